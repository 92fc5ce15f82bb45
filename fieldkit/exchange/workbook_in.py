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
#: The parts read whole into memory (all but the worksheets, which are streamed: the shared strings
#: above all) may cost at most this much memory, estimated from their real unpacked size...
MAX_IN_MEMORY = 1024**3
#: ...and at most this many times the file's own size, plus this floor: so no 10 MB file costs more
#: than about 400 MB (a real export's shared strings are a few times its size, not dozens).
MEMORY_RATIO = 30
MEMORY_FLOOR = 64 * 1024**2
#: Memory per XML tag of a part held whole, beyond its text (a shared string's object).
_PER_TAG = 16
_ROOT = re.compile(rb"<[A-Za-z_]")
_FORMULA = re.compile(rb"<f[ >/]")
_CELL = re.compile(rb'<c r="([A-Z]{1,3}[0-9]{1,7})"')


def _sheet_titles(archive: zipfile.ZipFile) -> dict[str, str]:
    """Each worksheet part's sheet title (xl/worksheets/sheet3.xml -> 'kii'), as far as they read."""
    from defusedxml.ElementTree import fromstring

    try:
        book = fromstring(archive.read("xl/workbook.xml"))
        rels = fromstring(archive.read("xl/_rels/workbook.xml.rels"))
    except Exception:  # noqa: BLE001 - the part name then stands in for the title
        return {}
    targets = {rel.get("Id"): rel.get("Target", "") for rel in rels}
    titles = {}
    for sheet in book.iter():
        if sheet.tag.endswith("}sheet"):
            rid = next((v for k, v in sheet.attrib.items() if k.endswith("}id")), None)
            target = targets.get(rid, "")
            if target:
                path = target.lstrip("/") if target.startswith("/") else f"xl/{target}"
                titles[path] = sheet.get("name", "")
    return titles
_DTD = re.compile(rb"<!DOCTYPE|<!ENTITY", re.IGNORECASE)


#: What a sheet or a workbook the reader cannot parse is said to be (never the reader's own text).
SHEET_DAMAGED = "{file}, sheet {sheet}: damaged: the sheet XML cannot be read"
BOOK_DAMAGED = "{file}: damaged: the workbook's XML cannot be read"

# What a damaged zip raises on the way, in the standard library.
# (RuntimeError covers the "unsupported compression" error zipfile raises for odd archives.)
_DAMAGE = (zipfile.BadZipFile, OSError, EOFError, RuntimeError, zlib.error, ValueError)


def _streamed(name: str) -> bool:
    """A worksheet: calamine streams it row by row (every other part it reads whole)."""
    return name.startswith("xl/worksheets/") and name.endswith(".xml")


def _size_of(source: Any) -> int:
    if isinstance(source, io.BytesIO):
        return len(source.getbuffer())
    return Path(source).stat().st_size


class WorkbookError(ValueError):
    """A workbook refused; the message names the file (and sheet and row if known)."""


class IncomingWorkbook:
    """An arrived workbook, checked and open for reading; close it when done."""

    def __init__(self, path: Path, password: str | None = None) -> None:
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
        self.book: Any = None
        self.sheet_names: list[str] = list(self._calamine().sheet_names)

    def _calamine(self) -> Any:
        """calamine's workbook, opened (again, after ``release``) when needed."""
        from python_calamine_plus import CalamineWorkbook

        if self.book is None:
            source = self._source
            try:
                if isinstance(source, io.BytesIO):
                    source.seek(0)
                    self.book = CalamineWorkbook.from_filelike(source)
                else:
                    self.book = CalamineWorkbook.from_path(str(source))
            except Exception:  # calamine's errors for broken files vary; its text is no help to the user
                raise WorkbookError(Message(BOOK_DAMAGED, file=self.name)) from None
        return self.book

    def release(self) -> None:
        """Free what calamine holds (the shared strings) until the next ``rows``: an import of many
        files checks them all first, and then holds one file's strings at a time, not all of them."""
        self.close()

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
            whole = [info for info in infos if not _streamed(info.filename)]
            budget = min(MAX_IN_MEMORY, MEMORY_FLOOR + MEMORY_RATIO * _size_of(source))
            declared = sum(info.file_size for info in whole)
            if declared > budget:  # said before a byte of it is read
                largest = max(whole, key=lambda info: info.file_size)
                raise self._too_big(largest.filename, declared, budget)
            for info in infos:
                if info.filename.endswith((".xml", ".rels", ".vml")) and _streamed(info.filename):
                    self._check_xml_head(archive, info)
            cost = 0
            for info in whole:  # what each part really costs, read in pieces: its sizes may lie
                cost = self._check_whole_part(archive, info, cost, budget)

    def _too_big(self, part: str, size: int, budget: int) -> WorkbookError:
        return WorkbookError(Message("{file}: refused, part {part} and the other parts read whole need {size} MB "
                                     "of memory, more than a file of this size may ({budget} MB; a zip bomb?)",
                                     file=self.name, part=part, size=f"{size / 1024**2:,.0f}",
                                     budget=f"{budget / 1024**2:,.0f}"))

    def _check_whole_part(self, archive: zipfile.ZipFile, info: zipfile.ZipInfo, cost: int, budget: int) -> int:
        """Read a part that the reader will hold whole: no DTD before its root element, and what it
        costs in memory (its bytes and its tags) within ``budget``; return the cost so far."""
        head: bytes | None = b"" if info.filename.endswith((".xml", ".rels", ".vml")) else None
        read = 0
        try:
            with archive.open(info) as part:
                while chunk := part.read(1 << 20):
                    read += len(chunk)
                    cost += len(chunk) + _PER_TAG * chunk.count(b"<")
                    if cost > budget:
                        raise self._too_big(info.filename, cost, budget)
                    if head is not None:
                        head += chunk
                        root = _ROOT.search(head)
                        if root or len(head) >= 1024**2:
                            self._check_dtd(info, head[: root.start()] if root else head)
                            head = None
                # Compressed data left over once the declared size is out: the part holds more than
                # it says (calamine would read it all). A few bytes may be the stream's end marker.
                decompressor = getattr(part, "_decompressor", None)
                left = getattr(part, "_compress_left", 0) + len(getattr(decompressor, "unconsumed_tail", b""))
                if read and getattr(decompressor, "eof", True) is False and left > 64:
                    raise WorkbookError(Message("{file}: damaged part {part} ({problem})", file=self.name,
                                                part=info.filename, problem="longer than its declared size"))
        except WorkbookError:
            raise
        except _DAMAGE:
            raise self._damaged_part(archive, info.filename) from None
        if head is not None:
            self._check_dtd(info, head)
        return cost

    def _damaged_part(self, archive: zipfile.ZipFile, part: str) -> WorkbookError:
        """A part whose bytes do not unpack (a bad checksum, broken compressed data): its sheet named
        when it is one, never zlib's or zipfile's own text."""
        title = _sheet_titles(archive).get(part)
        if title:
            return WorkbookError(Message(SHEET_DAMAGED, file=self.name, sheet=title))
        return WorkbookError(Message("{file}: damaged part {part} (it does not read back as it was stored)",
                                     file=self.name, part=part))

    def _check_dtd(self, info: zipfile.ZipInfo, head: bytes) -> None:
        if _DTD.search(head):
            raise WorkbookError(Message("{file}: refused, part {part} declares XML entities (an entity bomb?)",
                                        file=self.name, part=info.filename))


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
        except _DAMAGE:
            raise self._damaged_part(archive, info.filename) from None
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
        except _DAMAGE:
            raise WorkbookError(Message("{file}: not an .xlsx workbook (not a zip archive; truncated or another "
                                        "kind of file)", file=self.name)) from None
        with archive:
            titles = _sheet_titles(archive)
            for info in archive.infolist():
                if info.filename.startswith("xl/worksheets/") and info.filename.endswith(".xml"):
                    self._check_no_formulas(archive, info, titles.get(info.filename))

    def _check_no_formulas(self, archive: zipfile.ZipFile, info: zipfile.ZipInfo, title: str | None) -> None:
        # fieldkit writes values only: a formula means the workbook was changed by hand.
        tail = b""
        try:
            with archive.open(info) as part:
                while chunk := part.read(1 << 20):
                    text = tail + chunk
                    found = _FORMULA.search(text)
                    if found:
                        cells = _CELL.findall(text, 0, found.start())
                        if title is not None and cells:
                            raise WorkbookError(Message(
                                "{file}, sheet {sheet}, cell {cell}: refused, it holds a formula; a fieldkit export "
                                "has values only (was it edited in Excel?)", file=self.name, sheet=title,
                                cell=cells[-1].decode("ascii")))
                        raise WorkbookError(Message("{file}: refused, {part} holds formulas; a fieldkit export has "
                                                    "values only (was it edited in Excel?)", file=self.name,
                                                    part=info.filename))
                    tail = chunk[-200:]  # (a cell's opening tag may straddle two reads)
        except _DAMAGE as exc:
            if isinstance(exc, WorkbookError):
                raise
            raise self._damaged_part(archive, info.filename) from None

    def rows(self, sheet: str, *, limit: int | None = None) -> Iterator[list[Any]]:
        """Every row of a sheet as Python values (str, float, int, bool, date, datetime), streamed.

        Rows are not padded: a row ends at its last cell. ``limit``: at most that many rows.
        Only one sheet is read at a time: starting another invalidates this one.
        """
        from python_calamine_plus import StreamingNotSupported

        book = self._calamine()
        try:
            try:
                stream = book.stream_sheet_by_name(sheet, max_row=None if limit is None else limit - 1)
            except StreamingNotSupported:  # not .xlsx (an .ods table, say): small, loaded whole
                loaded = book.get_sheet_by_name(sheet)
                stream = iter(loaded.iter_rows() if limit is None else list(loaded.iter_rows())[:limit])
            yield from stream
        except Exception:  # calamine's errors for damaged sheets vary; its text is no help to the user
            raise WorkbookError(Message(SHEET_DAMAGED, file=self.name, sheet=sheet)) from None

    def close(self) -> None:
        book, self.book = self.book, None
        try:
            if book is not None:
                book.close()
        except Exception:  # already closed
            return

    def __enter__(self) -> IncomingWorkbook:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
