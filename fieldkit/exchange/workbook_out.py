"""Write export workbooks with openpyxl's write-only mode: streamed, flat memory.

Every sheet is created first and filled in any order; each one streams to its
own temporary file, so a sheet of 100,000 rows never sits in memory. Those
files are ``ScratchFile``s (encrypted under a key held in memory only), never
openpyxl's own clear ones: a killed export leaves nothing readable in the temp
folder. A workbook with a password is put together and encrypted in memory, so
only its encrypted bytes reach the target's folder; either kind is written to a
temporary file beside the target, flushed to the disk and renamed over it only
when complete: a killed export leaves no half-written file under the final
name. User text is never a formula (see ``_text_cell``).
"""

from __future__ import annotations

import contextlib
import datetime as dt
import io
import os
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from fieldkit.exchange.atomic import write_atomically
from fieldkit.exchange.scratch import ScratchFile

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
        #: the file's own time stamps (docProps) to the day only: an anonymised release says no more
        self.times_to_day = False

    def add(self, sheet: Sheet) -> None:
        from openpyxl.cell import WriteOnlyCell
        from openpyxl.utils import get_column_letter

        from openpyxl.worksheet._writer import WorksheetWriter

        worksheet = self.book.create_sheet(sheet.title)
        worksheet.freeze_panes = "A2"
        for index, header in enumerate(sheet.headers, start=1):
            width = sheet.widths.get(index, min(max(len(header) + 4, 10), _MAX_WIDTH))
            worksheet.column_dimensions[get_column_letter(index)].width = width
        # The sheet's XML goes to an encrypted scratch file, not to openpyxl's clear temporary file
        # (what its write-only sheets create on their first row when they have no writer yet).
        worksheet._writer = WorksheetWriter(worksheet, out=ScratchFile())
        worksheet._writer.write_top()
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
            if self.password:
                from fieldkit.exchange.encryption import encrypt

                clear = io.BytesIO()  # the clear workbook never touches a disk
                _save(self.book, clear, self.times_to_day)
                encrypted = encrypt(clear.getbuffer(), self.password)
                clear = io.BytesIO()
                if cancelled():
                    raise ExportCancelled()
                with open(temporary, "wb") as handle:
                    handle.write(encrypted)
                    handle.flush()
                    os.fsync(handle.fileno())
            else:
                with open(temporary, "wb") as handle:
                    _save(self.book, handle, self.times_to_day)
                    handle.flush()
                    os.fsync(handle.fileno())
            if cancelled():
                raise ExportCancelled()

        try:
            write_atomically(self.path, write)
        finally:
            self._forget()

    def discard(self) -> None:
        """Drop what was streamed (cancel): close the sheets' scratch files (their keys go with them)."""
        self._forget()

    def _forget(self) -> None:
        for worksheet, _ in self.sheets.values():
            # openpyxl's two generators, the rows' first (it writes into the other), then the file
            with contextlib.suppress(Exception):
                if worksheet._rows is not None:
                    worksheet._rows.close()
            with contextlib.suppress(Exception):
                worksheet._writer.xf.close()
            with contextlib.suppress(Exception):
                worksheet._writer.out.close()


def _save(book: Any, target: Any, times_to_day: bool = False) -> None:
    """openpyxl's ``save_workbook`` into ``target`` (a file object), each sheet copied from its scratch file."""
    from zipfile import ZIP_DEFLATED, ZipFile

    from openpyxl.writer.excel import ExcelWriter

    class ScratchExcelWriter(ExcelWriter):  # type: ignore[misc]
        def write_worksheet(self, ws: Any) -> None:  # openpyxl's, for write-only sheets, reading the scratch file
            from openpyxl.drawing.spreadsheet_drawing import SpreadsheetDrawing

            ws._drawing = SpreadsheetDrawing()
            ws._drawing.charts = ws._charts
            ws._drawing.images = ws._images
            if not ws.closed:
                ws.close()
            writer = ws._writer
            ws._rels = writer._rels
            with self._archive.open(ws.path[1:], "w", force_zip64=True) as part:
                for chunk in writer.out.chunks():
                    part.write(chunk)
            self.manifest.append(ws)
            writer.out.close()

    archive = ZipFile(target, "w", ZIP_DEFLATED, allowZip64=True)
    now = dt.datetime.now(tz=dt.timezone.utc).replace(tzinfo=None)
    if times_to_day:
        now = now.replace(hour=0, minute=0, second=0, microsecond=0)
        book.properties.created = now
    book.properties.modified = now
    ScratchExcelWriter(book, archive).save()


def excel_date(value: str | None) -> dt.date | str | None:
    """A stored ISO date as a real Excel date (what is not a date stays text)."""
    if not value:
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        return value
