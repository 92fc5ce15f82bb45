"""Rewrite every cell of a workbook through a function (used to unseal at HQ).

Streamed both ways: the rows are read with the import's reader (its checks first: bombs, DTDs,
passwords, the memory the parts read whole may cost) and written with the export's writer, a row
at a time, so a workbook of millions of small cells costs no more memory than a small one.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from fieldkit.exchange.workbook_in import IncomingWorkbook
from fieldkit.exchange.workbook_out import Sheet, WorkbookWriter

__all__ = ["map_cells"]


def map_cells(source: Path, out: Path, change: Callable[[Any], Any], *, password: str | None = None,
              out_password: str | None = None) -> int:
    """Write ``out`` with ``change`` applied to every cell of ``source``; return how many changed.
    Nothing is written under ``out`` unless every cell was read and changed. ``out_password``
    encrypts ``out`` (in memory: nothing clear reaches a disk, see ``WorkbookWriter``)."""
    changed = 0
    writer = WorkbookWriter(Path(out), password=out_password)
    try:
        with IncomingWorkbook(Path(source), password) as book:
            for title in book.sheet_names:
                rows = book.rows(title)
                header = next(rows, [])
                writer.add(Sheet(title, ["" if cell is None else str(cell) for cell in header]))
                for row in rows:
                    values = []
                    for value in row:
                        new = change(value)
                        if new is not value:
                            changed += 1
                        values.append(new)
                    writer.append(title, values)
        writer.save()
    except BaseException:
        writer.discard()
        raise
    return changed
