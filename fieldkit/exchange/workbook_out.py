"""Write export workbooks with openpyxl's write-only mode: streamed, flat memory.

Every sheet is created first and filled in any order; each one streams to its
own temporary file, so a sheet of 100,000 rows never sits in memory. The
workbook is written to a temporary file beside the target and renamed over it
only when complete: a killed export leaves no half-written file under the
final name. User text is never a formula (see ``_text_cell``).
"""

from __future__ import annotations

import contextlib
import datetime as dt
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from fieldkit.exchange.atomic import write_atomically

__all__ = ["Sheet", "WorkbookWriter", "RISKY_PREFIXES", "ExportCancelled"]

#: A cell starting with one of these is a formula (or becomes one when edited) in Excel.
RISKY_PREFIXES = ("=", "+", "-", "@", "\t", "\r")
_MAX_WIDTH = 60


class ExportCancelled(Exception):
    """The user cancelled; nothing was written under the target name."""


@dataclass
class Sheet:
    """A sheet to write: title, header row, and widths guessed from the header."""

    title: str
    headers: list[str]
    widths: dict[int, float] = field(default_factory=dict)
    filter: bool = True


class WorkbookWriter:
    """``with WorkbookWriter(path) as book: book.add(sheet); book.append(title, row)``."""

    def __init__(self, path: Path, *, password: str | None = None) -> None:
        from openpyxl import Workbook
        from openpyxl.styles import Font

        self.path = Path(path)
        self.password = password
        self.book = Workbook(write_only=True)
        self.sheets: dict[str, Any] = {}
        self.rows: dict[str, int] = {}
        self.widths: dict[str, list[int]] = {}
        self._bold = Font(bold=True)
        self._date_format = "yyyy-mm-dd"

    def add(self, sheet: Sheet) -> None:
        from openpyxl.cell import WriteOnlyCell
        from openpyxl.utils import get_column_letter

        worksheet = self.book.create_sheet(sheet.title)
        worksheet.freeze_panes = "A2"
        for index, header in enumerate(sheet.headers, start=1):
            width = sheet.widths.get(index, min(max(len(header) + 4, 10), _MAX_WIDTH))
            worksheet.column_dimensions[get_column_letter(index)].width = width
        header_cells = []
        for header in sheet.headers:
            cell = WriteOnlyCell(worksheet, value=header)
            cell.data_type = "s"
            cell.font = self._bold
            header_cells.append(cell)
        worksheet.append(header_cells)
        self.sheets[sheet.title] = (worksheet, sheet)
        self.rows[sheet.title] = 0

    def append(self, title: str, values: Iterable[Any]) -> None:
        worksheet, _ = self.sheets[title]
        row = []
        for value in values:
            if (value.__class__ is str or isinstance(value, str)) and value.startswith(RISKY_PREFIXES):
                row.append(self._text_cell(worksheet, value))
            else:
                row.append(value)
        worksheet.append(row)
        self.rows[title] += 1

    def _text_cell(self, worksheet: Any, value: str) -> Any:
        # Written as a string cell, never 'f': Excel shows '=SUM(A1)' as typed
        # and runs nothing, and the value reads back exactly.
        from openpyxl.cell import WriteOnlyCell

        cell = WriteOnlyCell(worksheet, value=value)
        cell.data_type = "s"
        cell.quotePrefix = True
        return cell

    def save(self, *, cancelled: Callable[[], bool] = lambda: False) -> None:
        from openpyxl.utils import get_column_letter

        for title, (worksheet, sheet) in self.sheets.items():
            if sheet.filter and sheet.headers:
                last = get_column_letter(len(sheet.headers))
                worksheet.auto_filter.ref = f"A1:{last}{self.rows[title] + 1}"
        def write(temporary: Path) -> None:
            if cancelled():
                raise ExportCancelled()
            self.book.save(temporary)
            if self.password:
                from fieldkit.exchange.encryption import encrypt_in_place

                encrypt_in_place(temporary, self.password)
            if cancelled():
                raise ExportCancelled()

        write_atomically(self.path, write)

    def discard(self) -> None:
        """Drop what was streamed (cancel): remove the temporary sheet files."""
        with contextlib.suppress(Exception):
            for worksheet, _ in self.sheets.values():
                worksheet.close()


def excel_date(value: str | None) -> dt.date | str | None:
    """A stored ISO date as a real Excel date (what is not a date stays text)."""
    if not value:
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        return value
