"""Open workbooks that arrive from elsewhere, suspiciously, and read them fast.

Before anything is parsed: the file must be a zip (or an encrypted workbook
and a password), unpack to a bounded size at a sane compression ratio (zip
bombs), and carry no DTD in any XML part (entity bombs). Then python-calamine-plus
streams the cells row by row: a sheet of 100,000 rows is never whole in memory.

(python-calamine-plus is the fork of python-calamine that streams .xlsx sheets;
measured on a 100,000-record export it reads in 1.9 s and 14 MB where
python-calamine's whole-sheet read takes 3.0 s and 267 MB, see bench/exchange.py.)
"""

from __future__ import annotations

import io
import re
import zipfile
import zlib
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from fieldkit.domain.messages import Message
from fieldkit.exchange.encryption import PasswordNeeded, WrongPassword, decrypt, is_encrypted

__all__ = ["IncomingWorkbook", "WorkbookError", "MAX_UNPACKED", "PasswordNeeded", "WrongPassword"]

#: Refuse workbooks that unpack to more than this (a million rows of 20 fields fit).
MAX_UNPACKED = 2 * 1024**3
#: ...or whose parts are compressed more than this (real sheets stay under ~50x).
MAX_RATIO = 200
MAX_PARTS = 10_000
_ROOT = re.compile(rb"<[A-Za-z_]")
_FORMULA = re.compile(rb"<f[ >/]")
_DTD = re.compile(rb"<!DOCTYPE|<!ENTITY", re.IGNORECASE)


# What a damaged zip raises on the way, in the standard library.
# (RuntimeError covers the "unsupported compression" error zipfile raises for odd archives.)
_DAMAGE = (zipfile.BadZipFile, OSError, EOFError, RuntimeError, zlib.error, ValueError)


class WorkbookError(ValueError):
    """A workbook refused; the message names the file (and sheet and row if known)."""


class IncomingWorkbook:
    """An arrived workbook, checked and open for reading; close it when done."""

    def __init__(self, path: Path, password: str | None = None) -> None:
        from python_calamine_plus import CalamineWorkbook

        self.path = Path(path)
        self.name = self.path.name
        if not self.path.is_file():
            raise WorkbookError(Message("{file}: no such file", file=self.name))
        source: Any
        if is_encrypted(self.path):
            try:
                source = io.BytesIO(decrypt(self.path, password))
            except (WrongPassword, PasswordNeeded):
                raise
            except ValueError as exc:
                raise WorkbookError(exc.args[0] if exc.args else str(exc)) from None
        else:
            source = self.path
        self._check_zip(source)
        self._source = source
        try:
            if isinstance(source, io.BytesIO):
                source.seek(0)
                self.book = CalamineWorkbook.from_filelike(source)
            else:
                self.book = CalamineWorkbook.from_path(str(source))
        except Exception as exc:  # calamine's errors for broken files vary
            raise WorkbookError(Message("{file}: cannot be read as a workbook ({problem})", file=self.name,
                                        problem=f"{type(exc).__name__}: {exc}")) from None
        self.sheet_names: list[str] = list(self.book.sheet_names)

    def _check_zip(self, source: Any) -> None:
        try:
            archive = zipfile.ZipFile(source)
        except _DAMAGE:
            raise WorkbookError(Message("{file}: not an .xlsx workbook (not a zip archive; truncated or another "
                                        "kind of file)", file=self.name)) from None
        with archive:
            infos = archive.infolist()
            if len(infos) > MAX_PARTS:
                raise WorkbookError(Message("{file}: refused, {parts} parts inside (a zip bomb?)", file=self.name,
                                            parts=len(infos)))
            total = sum(i.file_size for i in infos)
            if total > MAX_UNPACKED:
                raise WorkbookError(Message("{file}: refused, it would unpack to {size} GB (a zip bomb?)", file=self.name,
                                            size=f"{total / 1024**3:.1f}"))
            for info in infos:
                if info.file_size > 10 * 1024**2 and info.file_size > MAX_RATIO * max(info.compress_size, 1):
                    raise WorkbookError(Message("{file}: refused, part {part} is compressed {ratio}x (a zip bomb?)",
                                                file=self.name, part=info.filename,
                                                ratio=info.file_size // max(info.compress_size, 1)))
            for info in infos:
                if info.filename.endswith((".xml", ".rels", ".vml")):
                    self._check_xml_head(archive, info)


    def _check_xml_head(self, archive: zipfile.ZipFile, info: zipfile.ZipInfo) -> None:
        # A DTD can only stand before the root element: read up to it.
        try:
            with archive.open(info) as part:
                head = b""
                while len(head) < 1024**2:
                    chunk = part.read(65536)
                    if not chunk:
                        break
                    head += chunk
                    root = _ROOT.search(head)
                    if root:
                        head = head[: root.start()]
                        break
        except _DAMAGE as exc:
            raise WorkbookError(Message("{file}: damaged part {part} ({problem})", file=self.name,
                                        part=info.filename, problem=str(exc))) from None
        if _DTD.search(head):
            raise WorkbookError(Message("{file}: refused, part {part} declares XML entities (an entity bomb?)",
                                        file=self.name, part=info.filename))

    def check_no_formulas(self) -> None:
        """Refuse a workbook with formulas (fieldkit writes values only). Reads every sheet's XML once,
        so it is called only when some row does not read back exactly as it was written."""
        source = self._source
        if isinstance(source, io.BytesIO):
            source.seek(0)
        try:
            archive = zipfile.ZipFile(source)
        except _DAMAGE as exc:
            raise WorkbookError(Message("{file}: damaged ({problem})", file=self.name, problem=str(exc))) from None
        with archive:
            for info in archive.infolist():
                if info.filename.startswith("xl/worksheets/") and info.filename.endswith(".xml"):
                    self._check_no_formulas(archive, info)

    def _check_no_formulas(self, archive: zipfile.ZipFile, info: zipfile.ZipInfo) -> None:
        # fieldkit writes values only: a formula means the workbook was changed by hand.
        tail = b""
        try:
            with archive.open(info) as part:
                while chunk := part.read(1 << 20):
                    if _FORMULA.search(tail + chunk):
                        raise WorkbookError(Message("{file}: refused, {part} holds formulas; a fieldkit export has "
                                                    "values only (was it edited in Excel?)", file=self.name,
                                                    part=info.filename))
                    tail = chunk[-3:]
        except _DAMAGE as exc:
            if isinstance(exc, WorkbookError):
                raise
            raise WorkbookError(Message("{file}: damaged part {part} ({problem})", file=self.name,
                                        part=info.filename, problem=str(exc))) from None

    def rows(self, sheet: str, *, limit: int | None = None) -> Iterator[list[Any]]:
        """Every row of a sheet as Python values (str, float, int, bool, date, datetime), streamed.

        Rows are not padded: a row ends at its last cell. ``limit``: at most that many rows.
        Only one sheet is read at a time: starting another invalidates this one.
        """
        from python_calamine_plus import StreamingNotSupported

        try:
            try:
                stream = self.book.stream_sheet_by_name(sheet, max_row=None if limit is None else limit - 1)
            except StreamingNotSupported:  # not .xlsx (an .ods table, say): small, loaded whole
                loaded = self.book.get_sheet_by_name(sheet)
                stream = iter(loaded.iter_rows() if limit is None else list(loaded.iter_rows())[:limit])
            yield from stream
        except Exception as exc:  # calamine's errors for damaged sheets vary
            raise WorkbookError(Message("{file}, sheet {sheet}: cannot be read ({problem})", file=self.name, sheet=sheet,
                                        problem=f"{type(exc).__name__}: {exc}")) from None

    def close(self) -> None:
        try:
            self.book.close()
        except Exception:  # already closed
            return

    def __enter__(self) -> IncomingWorkbook:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
