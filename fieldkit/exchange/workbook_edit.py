"""Rewrite every cell of a workbook through a function (used to unseal at HQ)."""

from __future__ import annotations

import io
from collections.abc import Callable
from pathlib import Path
from typing import Any

from fieldkit.exchange.atomic import write_atomically
from fieldkit.exchange.encryption import decrypt, is_encrypted
from fieldkit.exchange.workbook_in import IncomingWorkbook, WorkbookError
from fieldkit.exchange.workbook_out import RISKY_PREFIXES

__all__ = ["map_cells"]


def map_cells(source: Path, out: Path, change: Callable[[Any], Any], *, password: str | None = None) -> int:
    """Write ``out`` with ``change`` applied to every cell of ``source``; return how many changed."""
    import openpyxl

    IncomingWorkbook(source, password).close()  # the same checks as an import: bombs, DTDs, passwords
    data: Any = io.BytesIO(decrypt(source, password)) if is_encrypted(source) else source
    try:
        book = openpyxl.load_workbook(data)
    except Exception as exc:
        raise WorkbookError(f"{Path(source).name}: cannot be read ({type(exc).__name__}: {exc})") from None
    changed = 0
    for sheet in book.worksheets:
        for row in sheet.iter_rows():
            for cell in row:
                new = change(cell.value)
                if new is not cell.value:
                    cell.value = new
                    if isinstance(new, str) and new.startswith(RISKY_PREFIXES):
                        cell.data_type = "s"
                    changed += 1
    write_atomically(Path(out), book.save)
    return changed
