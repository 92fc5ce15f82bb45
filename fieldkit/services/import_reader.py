"""Read one arrived workbook, row by row, into records to merge; refuse what is not sound.

The reader streams: a sheet is read in chunks of rows, each chunk is checked,
converted and handed on (to be written inside the import's transaction), and
the manifest waits in a temporary table. So memory stays flat however many
records a file holds; the transaction makes the whole import all or nothing,
so a problem met on the last row still leaves the database as it was.

Records of a form with repeats wait in memory until the file's repeat sheets
are read: their content (and hash) is only whole then.
"""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from fieldkit.domain.digest import hash_and_json
from fieldkit.domain.form import Form
from fieldkit.domain.merge import parse_ancestors
from fieldkit.domain.messages import Message
from fieldkit.domain.records import search_text
from fieldkit.domain.validation import record_title
from fieldkit.domain.values import AnswerError, coerce, converter
from fieldkit.domain.xlsform import FormError, FormSource, build_form
from fieldkit.exchange.export_format import (
    FORMAT,
    FORMAT_VERSION,
    FORMS_SHEET,
    MANIFEST_SHEET,
    META_COLUMNS,
    REPEAT_COLUMNS,
    Manifest,
    ManifestError,
    cells_fingerprint,
    iter_manifest_records,
    parse_manifest_head,
)
from fieldkit.exchange.workbook_in import IncomingWorkbook, PasswordNeeded, WorkbookError, WrongPassword
from fieldkit.services.workspace import Workspace
from fieldkit.store import forms as form_store
from fieldkit.store.exchange import IncomingRecord, ManifestScratch, ScratchEntry

__all__ = ["Arrival", "FileReader", "ImportRefused", "CHUNK"]

#: Rows read, checked and handed on together.
CHUNK = 2000

# Templates of refusals used in several places (each one is translated in the window).
_AT_ROW = "sheet {sheet}, row {row}"
_AT_COLUMN = "{where}, column {column}"
_TOO_MANY = "sheet {sheet}: {rows} rows or more, but the manifest says {count}"
_ROWS_DIFFER = "sheet {sheet}: {rows} rows, but the manifest says {count}"


class ImportRefused(ValueError):
    """A file that cannot be imported; nothing was changed. The message names file, sheet, row."""


@dataclass
class Arrival:
    record: IncomingRecord
    manifest_sha: str
    edited: bool
    where: str


def _text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value).strip()


def _refused(exc: Exception) -> ImportRefused:
    """A refusal from below (a damaged workbook, a password), its message kept as it was."""
    return ImportRefused(exc.args[0] if exc.args else str(exc))


Sink = Callable[[list[Arrival]], None]


@dataclass
class _Waiting:
    """A record of a form with repeats, waiting for its repeat sheets."""

    form_id: str
    where: str
    meta: list[Any]  # revision, created_at, updated_at, device, form_version
    entry: ScratchEntry
    data: dict[str, Any]


class FileReader:
    """One workbook: ``open()`` checks what it is (quickly), ``read(sink)`` streams its records."""

    def __init__(self, workspace: Workspace, path: Path, password: str | None) -> None:
        self.workspace = workspace
        self.path = Path(path)
        self.name = self.path.name
        self.password = password
        self.untouched = 0  # rows known here already, read back cell for cell: nothing to convert
        self.new_forms: dict[tuple[str, str], tuple[Form, FormSource]] = {}
        self.manifest = Manifest()
        self.records_announced = 0
        self._head_rows = 0
        self._changed = False  # some row differs from what its manifest vouches for
        self._waiting: dict[str, _Waiting] = {}
        self.book: IncomingWorkbook | None = None

    def refuse(self, template: str, **params: Any) -> ImportRefused:
        """A refusal naming this file; ``template`` (English, translated in the window) and its values."""
        detail = Message(template, **params)
        return ImportRefused(Message("{file}{detail}" if template.startswith(":") else "{file}, {detail}",
                                     file=self.name, detail=detail))

    # -- what the file is ---------------------------------------------------------------------------

    def open(self) -> None:
        """Open the file and read its manifest's head: ours, a version we read, meant for merging."""
        try:
            self.book = IncomingWorkbook(self.path, self.password)
        except (WorkbookError, PasswordNeeded, WrongPassword) as exc:
            raise _refused(exc) from None
        try:
            self._check_head()
        except BaseException:
            self.close()
            raise

    def _check_head(self) -> None:
        book = self.book
        assert book is not None
        if MANIFEST_SHEET not in book.sheet_names:
            raise self.refuse(": not a fieldkit export (it has no _manifest sheet)")
        try:
            self.manifest, self._head_rows = parse_manifest_head(book.rows(MANIFEST_SHEET))
        except ManifestError as exc:
            raise self.refuse("sheet {sheet}, {problem}", sheet=MANIFEST_SHEET, problem=str(exc)) from None
        except WorkbookError as exc:
            raise _refused(exc) from None
        values = self.manifest.values
        if values.get("format") != FORMAT:
            raise self.refuse(": not a fieldkit export (unknown manifest format)")
        if values.get("privacy") == "anonymised":
            raise self.refuse(": an anonymised export is for reading, not for merging (its records have no "
                              "identity to merge on)")
        version = values.get("format_version", "")
        if version != str(FORMAT_VERSION):
            raise self.refuse(": export format version {version!r} is not one this fieldkit reads "
                              "(it reads {known}); update fieldkit", version=version, known=FORMAT_VERSION)
        for title in self.manifest.sheets:
            if title not in book.sheet_names:
                raise self.refuse("sheet {sheet}: listed in the manifest but missing", sheet=title)
        announced = values.get("records", "")
        self.records_announced = int(announced) if announced.isdigit() else 0

    def close(self) -> None:
        if self.book is not None:
            self.book.close()
            self.book = None

    # -- the records --------------------------------------------------------------------------------

    def read(self, sink: Sink, progress: Callable[[int], None]) -> None:
        """Stream every record to ``sink`` in chunks; ImportRefused on the first problem."""
        book = self.book
        assert book is not None, "open() first"
        try:
            self.forms = self._read_forms(book)
            scratch = ManifestScratch(self.workspace.db)
            try:
                self._read_manifest_records(book, scratch)
                sheets = self.manifest.sheets
                for title, (count, form_id, repeat) in sheets.items():
                    if not repeat:
                        self._read_main(book, title, count, form_id, scratch, sink, progress)
                for title, (count, form_id, repeat) in sheets.items():
                    if repeat:
                        self._read_repeat(book, title, count, form_id, repeat)
                missing = scratch.first_unseen()
                if missing is not None:
                    raise self.refuse("sheet {sheet}: record {uuid} is in the manifest but in no sheet",
                                      sheet=MANIFEST_SHEET, uuid=missing)
                waiting = [self._arrival(uuid, w.form_id, w.where, w.meta, w.entry, w.data)
                           for uuid, w in self._waiting.items()]
                self._waiting.clear()
                if waiting:
                    sink(waiting)
                if self._changed or waiting:
                    book.check_no_formulas()  # some row changed: was it turned into a formula?
            finally:
                scratch.drop()
        except WorkbookError as exc:  # a damaged sheet met while reading it
            raise _refused(exc) from None
        finally:
            self.close()

    def _read_manifest_records(self, book: IncomingWorkbook, scratch: ManifestScratch) -> None:
        rows = book.rows(MANIFEST_SHEET)
        for _ in range(self._head_rows):
            next(rows, None)
        batch: list[tuple[str, str, int, str, str, str]] = []

        def flush() -> None:
            twice = scratch.add(batch)
            if twice is not None:
                raise self.refuse("sheet {sheet}: record {uuid} is listed twice", sheet=MANIFEST_SHEET, uuid=twice)
            batch.clear()

        try:
            for r in iter_manifest_records(rows, self._head_rows + 1):
                batch.append((r.uuid, r.form_id, r.revision, r.sha256, r.ancestors, r.cells_sha256))
                if len(batch) == CHUNK:
                    flush()
        except ManifestError as exc:
            raise self.refuse("sheet {sheet}, {problem}", sheet=MANIFEST_SHEET, problem=str(exc)) from None
        if batch:
            flush()

    def _read_forms(self, book: IncomingWorkbook) -> dict[tuple[str, str], Form]:
        forms: dict[tuple[str, str], Form] = {}
        if FORMS_SHEET not in book.sheet_names:
            return forms
        parts: dict[tuple[str, str], list[tuple[int, str]]] = defaultdict(list)
        for number, row in enumerate(book.rows(FORMS_SHEET), start=1):
            if number == 1 or not row or not _text(row[0]):
                continue
            cells = [_text(c) for c in row] + ["", "", "", ""]
            if not cells[2].isdigit():
                raise self.refuse("sheet {sheet}, row {row}: part {part!r} is not a number", sheet=FORMS_SHEET,
                                  row=number, part=cells[2])
            parts[(cells[0], cells[1])].append((int(cells[2]), str(row[3] if len(row) > 3 else "")))
        for (form_id, version), chunks in parts.items():
            text = "".join(chunk for _, chunk in sorted(chunks))
            try:
                source = FormSource.from_json(json.loads(text))
                form = build_form(source)
            except (ValueError, KeyError, TypeError, FormError) as exc:
                raise self.refuse("sheet {sheet}: the definition of form {form} {version} is broken ({problem})",
                                  sheet=FORMS_SHEET, form=form_id, version=version,
                                  problem=str(exc).splitlines()[0][:200]) from None
            if (form.form_id, form.version) != (form_id, version):
                raise self.refuse("sheet {sheet}: the definition filed as {form} {version} is {actual}",
                                  sheet=FORMS_SHEET, form=form_id, version=version,
                                  actual=f"{form.form_id} {form.version}")
            local = form_store.get_form_source(self.workspace.db, form_id, version)
            if local is None:
                self.new_forms[(form_id, version)] = (form, source)
            elif json.dumps(local["sheets"], sort_keys=True) != json.dumps(source.to_json()["sheets"], sort_keys=True):
                raise self.refuse(": form {form} version {version} differs from the one installed here; "
                                  "the same version must have the same content", form=form_id, version=version)
            forms[(form_id, version)] = form
        return forms

    def _form(self, form_id: str, version: str, where: str) -> Form:
        if (form_id, version) in self.forms:
            return self.forms[(form_id, version)]
        try:
            return self.workspace.form(form_id, version)
        except KeyError:
            raise self.refuse("{where}: form {form} version {version!r} is neither installed here nor in "
                              "the file", where=where, form=form_id, version=version) from None

    def _header(self, book: IncomingWorkbook, title: str, needed: list[str]) -> tuple[list[str], Iterator[Any]]:
        rows = book.rows(title)
        header = [_text(c) for c in next(rows, [])]
        missing = [c for c in needed if c not in header]
        if missing:
            raise self.refuse("sheet {sheet}: column {column} is missing", sheet=title, column=missing[0])
        duplicated = {c for c in header if c and header.count(c) > 1}
        if duplicated:
            raise self.refuse("sheet {sheet}: column {column} appears twice", sheet=title,
                              column=sorted(duplicated)[0])
        return header, rows

    def _read_main(self, book: IncomingWorkbook, title: str, count: int, form_id: str, scratch: ManifestScratch,
                   sink: Sink, progress: Callable[[int], None]) -> None:
        header, rows = self._header(book, title, META_COLUMNS)
        sheet = _MainSheet(self, title, form_id, header,
                           any(v[1] == form_id and v[2] for v in self.manifest.sheets.values()))
        uuid_at = sheet.at["_uuid"]
        width = len(header)
        seen = 0
        chunk: list[tuple[int, list[Any], str]] = []
        for number, row in enumerate(rows, start=2):
            if len(row) < width:
                row = list(row) + [""] * (width - len(row))
            uuid = row[uuid_at]
            if uuid.__class__ is not str:
                uuid = _text(uuid)
            if not uuid and not any(c not in (None, "") for c in row):
                continue
            seen += 1
            if seen > count:  # more rows than announced: refuse before reading the rest
                raise self.refuse(_TOO_MANY, sheet=title, rows=seen, count=count)
            chunk.append((number, row, uuid))
            if len(chunk) == CHUNK:
                sheet.take(chunk, scratch, sink)
                progress(len(chunk))
                chunk = []
        if seen != count:
            raise self.refuse(_ROWS_DIFFER, sheet=title, rows=seen, count=count)
        if chunk:
            sheet.take(chunk, scratch, sink)
            progress(len(chunk))

    def _arrival(self, uuid: str, form_id: str, where: str, meta: list[Any], entry: ScratchEntry,
                 data: dict[str, Any]) -> Arrival:
        """A record read whole: hash it, check it against its manifest line."""
        revision, created_at, updated_at, device, form_version = meta
        form = self._form(form_id, form_version, where)
        for name in form.field_names():
            if name not in data:
                data[name] = [] if form.is_repeat(name) else None
        sha, text = hash_and_json(data)
        if entry.revision != revision:
            raise self.refuse("{where}: revision {revision} differs from the manifest's {listed}", where=where,
                              revision=revision, listed=entry.revision)
        try:
            ancestors = parse_ancestors(entry.ancestors) | {(entry.revision, entry.sha256)}
        except ValueError as exc:
            raise self.refuse("sheet {sheet}, record {uuid}: ancestors {problem}", sheet=MANIFEST_SHEET, uuid=uuid,
                              problem=str(exc)) from None
        edited = sha != entry.sha256
        if edited:
            self._changed = True
        title = record_title(form, data)
        record = IncomingRecord(uuid, form_id, form_version, revision, created_at, updated_at, device, data,
                                sha, frozenset(ancestors), title, text, search_text(title, data))
        return Arrival(record, entry.sha256, edited, where)

    def value(self, form: Form, question: Any, raw: Any, where: str) -> Any:
        if raw is None or raw == "":
            return None
        if question is None:  # a computed field (score_pct)
            if isinstance(raw, bool) or not isinstance(raw, (int, float)):
                raise self.refuse("{where}: {value!r} is not a number", where=where, value=raw)
            return float(raw)
        try:
            return coerce(question, form.choices_for(question), raw)
        except AnswerError as exc:
            raise self.refuse("{where}: {problem}", where=where, problem=exc.args[0]) from None

    def _read_repeat(self, book: IncomingWorkbook, title: str, count: int, form_id: str, repeat: str) -> None:
        header, rows = self._header(book, title, REPEAT_COLUMNS)
        at = {name: i for i, name in enumerate(header)}
        seen = 0
        for number, row in enumerate(rows, start=2):
            if not any(c not in (None, "") for c in row):
                continue
            seen += 1
            if seen > count:
                raise self.refuse(_TOO_MANY, sheet=title, rows=seen, count=count)
            row = list(row) + [None] * (len(header) - len(row))
            where = Message(_AT_ROW, sheet=title, row=number)
            parent = _text(row[at["_parent_uuid"]])
            waiting = self._waiting.get(parent)
            if waiting is None or waiting.form_id != form_id:
                raise self.refuse("{where}: _parent_uuid {parent} is no record of form {form} in this file",
                                  where=where, parent=parent or "(empty)", form=form_id)
            form = self._form(form_id, waiting.meta[4], where)
            if not form.is_repeat(repeat):
                raise self.refuse("{where}: form {form} {version} has no repeat {repeat}", where=where, form=form_id,
                                  version=form.version, repeat=repeat)
            index = _text(row[at["_index"]])
            if not index.isdigit() or int(index) < 1:
                raise self.refuse("{where}, column _index: {index!r} is not a position (1, 2, ...)", where=where,
                                  index=index)
            instance = {name: self.value(form, form.question(name), row[at[name]],
                                         Message(_AT_COLUMN, where=where, column=name))
                        for name in form.repeat_field_names(repeat) if name in at and not form.is_repeat(name)}
            container = self._container(waiting.data, _text(row[at["_parent_path"]]), where)
            instances = container.setdefault(repeat, [])
            position = int(index)
            while len(instances) < position:
                instances.append({})
            if instances[position - 1]:
                raise self.refuse("{where}: instance {position} of {repeat} appears twice", where=where,
                                  position=position, repeat=repeat)
            instances[position - 1] = instance
        if seen != count:
            raise self.refuse(_ROWS_DIFFER, sheet=title, rows=seen, count=count)

    def _container(self, data: dict[str, Any], path: str, where: str) -> dict[str, Any]:
        container = data
        for part in [p for p in path.split("/") if p]:
            name, _, rest = part.partition("[")
            index = rest.rstrip("]")
            instances = container.get(name)
            if not index.isdigit() or not isinstance(instances, list) or not 1 <= int(index) <= len(instances):
                raise self.refuse("{where}, column _parent_path: {path!r} is no instance of this record",
                                  where=where, path=path)
            container = instances[int(index) - 1]
        return container


class _MainSheet:
    """The rows of one form's sheet, taken a chunk at a time."""

    def __init__(self, reader: FileReader, title: str, form_id: str, header: list[str], has_repeats: bool) -> None:
        self.reader = reader
        self.title = title
        self.form_id = form_id
        self.at = {name: i for i, name in enumerate(header)}
        self.width = len(header)
        self.has_repeats = has_repeats
        self.converters: dict[str, list[tuple[int, str, Any]]] = {}

    def take(self, chunk: list[tuple[int, list[Any], str]], scratch: ManifestScratch, sink: Sink) -> None:
        reader, title, at = self.reader, self.title, self.at
        uuids = [uuid for _, _, uuid in chunk]
        entries = scratch.lookup(uuids)
        scratch.mark_seen(uuids)
        in_chunk: set[str] = set()
        arrivals: list[Arrival] = []
        for number, row, uuid in chunk:
            entry = entries.get(uuid)
            if entry is None:
                raise reader.refuse("{where}: record {uuid} is not in the manifest",
                                    where=Message(_AT_ROW, sheet=title, row=number), uuid=uuid or "(no _uuid)")
            if entry.seen or uuid in in_chunk:
                raise reader.refuse("{where}: record {uuid} appears twice in the file",
                                    where=Message(_AT_ROW, sheet=title, row=number), uuid=uuid)
            in_chunk.add(uuid)
            cells = row if len(row) == self.width else row[: self.width]
            if (not self.has_repeats and entry.known
                    and entry.cells_sha256 and entry.cells_sha256 == cells_fingerprint(cells)):
                reader.untouched += 1  # this version is known here, and nobody touched the row: old news
                continue
            where = Message(_AT_ROW, sheet=title, row=number)
            revision = _text(row[at["_revision"]])
            if not revision.isdigit():
                raise reader.refuse("{where}, column _revision: {value!r} is not a revision number", where=where,
                                    value=revision)
            form_version = _text(row[at["_form_version"]])
            data = self._data(row, form_version, where)
            meta = [int(revision), _text(row[at["_created_at"]]), _text(row[at["_updated_at"]]),
                    _text(row[at["_device"]]), form_version]
            if self.has_repeats:
                reader._waiting[uuid] = _Waiting(self.form_id, where, meta, entry, data)
                continue
            arrival = reader._arrival(uuid, self.form_id, where, meta, entry, data)
            if arrival.edited and entry.cells_sha256 and entry.cells_sha256 == cells_fingerprint(cells):
                # The cells are exactly as exported, so the manifest is what changed.
                raise reader.refuse("sheet {sheet}, record {uuid}: the manifest was altered (its hash no "
                                    "longer matches the untouched row)", sheet=MANIFEST_SHEET, uuid=uuid)
            arrivals.append(arrival)
        if arrivals:
            sink(arrivals)

    def _data(self, row: list[Any], form_version: str, where: str) -> dict[str, Any]:
        reader = self.reader
        form = reader._form(self.form_id, form_version, where)
        converters = self.converters.get(form_version)
        if converters is None:
            converters = self.converters[form_version] = [
                (self.at[name], name, converter(form.question(name), form.choices_for(form.question(name)))
                 if form.has(name) else None)
                for name in form.field_names() if name in self.at and not form.is_repeat(name)]
        data: dict[str, Any] = {}
        for index, name, convert in converters:
            raw = row[index]
            if raw is None or raw == "":
                data[name] = None
            elif convert is None:
                data[name] = reader.value(form, None, raw, Message(_AT_COLUMN, where=where, column=name))
            else:
                try:
                    data[name] = convert(raw)
                except AnswerError as exc:
                    raise reader.refuse("{where}, column {column}: {problem}", where=where, column=name,
                                        problem=exc.args[0]) from None
        return data
