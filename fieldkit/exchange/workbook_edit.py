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
              out_password: str | None = None,
              change_row: Callable[[str, list[str], int, list[Any]], list[Any]] | None = None) -> int:
    """Write ``out`` with ``change`` applied to every cell of ``source``; return how many changed.
    ``change_row`` (sheet title, header, row number counted as Excel does, cells), when given, is
    applied to each row instead (for changes that need the row: which record a cell belongs to).
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
                names = ["" if cell is None else str(cell) for cell in header]
                for number, row in enumerate(rows, start=2):
                    if change_row is not None:
                        values = list(change_row(title, names, number, list(row)))
                        changed += sum(1 for old, new in zip(row, values) if new is not old)
                    else:
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
