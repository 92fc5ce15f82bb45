"""The sheets of an arrived workbook, row by row: cells turned into answers.

This is the part of an import that needs no database: read the form sheets,
check each row against its manifest line (is it listed, is it there once,
is it old news), convert its cells to answers and hash them. It asks its host
two things: the manifest lines of a chunk of uuids (``Lookup``) and where to
hand the converted rows (``Deliver``). The host is the importing process
itself (``FileReader``, for small files), or a second process
(``import_worker``) reads while the first one checks the records against their
manifest lines and writes them: a big import then uses two cores.

Records of a form with repeats wait in memory until the file's repeat sheets
are read: their content is only whole then.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any, NamedTuple

from fieldkit.domain.conformance import problems
from fieldkit.domain.digest import hash_and_json
from fieldkit.domain.form import Form
from fieldkit.domain.messages import Message
from fieldkit.domain.records import is_canonical_uuid, searchable_text
from fieldkit.domain.validation import record_title
from fieldkit.domain.values import AnswerError, coerce, converter
from fieldkit.exchange.export_format import META_COLUMNS, REPEAT_COLUMNS, TIME_STAMP, cell_text, cells_fingerprint
from fieldkit.exchange.workbook_in import IncomingWorkbook, WorkbookError
from fieldkit.store.exchange import IncomingRecord, ScratchEntry

__all__ = ["Arrival", "Converted", "ImportRefused", "Row", "SheetsJob", "SheetsReader", "refusal", "sheet_cells"]

# Templates of refusals used in several places (each one is translated in the window).
_AT_ROW = "sheet {sheet}, row {row}"
_AT_COLUMN = "{where}, column {column}"
_TOO_MANY = "sheet {sheet}: {rows} rows or more, but the manifest says {count}"
_ROWS_DIFFER = "sheet {sheet}: {rows} rows, but the manifest says {count}"
_NOT_A_UUID = "{where}, column {column}: {value!r} is not a record id (a lower-case UUID, 8-4-4-4-12 hex digits)"
_NOT_A_DEVICE = "{where}, column {column}: {value!r} is not a fieldkit device id"
_NOT_A_TIME = "{where}, column {column}: {value!r} is not a fieldkit time stamp"
#: The longest device id, created_at or updated_at taken (fieldkit writes 36 and 24 characters).
_MAX_META = 64
_DIGITS = re.compile(r"[0-9]{1,9}")  # a revision, an index (ASCII digits: '²' is a digit to str.isdigit)


class ImportRefused(ValueError):
    """A file that cannot be imported; nothing was changed. The message names file, sheet, row."""


def refusal(file: str, template: str, **params: Any) -> ImportRefused:
    """A refusal naming ``file``; ``template`` (English, translated in the window) and its values."""
    detail = Message(template, **params)
    return ImportRefused(Message("{file}{detail}" if template.startswith(":") else "{file}, {detail}",
                                 file=file, detail=detail))


def refused_from(exc: Exception) -> ImportRefused:
    """A refusal from below (a damaged workbook, a password), its message kept as it was."""
    return ImportRefused(exc.args[0] if exc.args else str(exc))


class Row(NamedTuple):
    """Where a record's row is (a tuple, cheap to make for every row; its Message only when a refusal needs it)."""

    sheet: str
    number: int

    def message(self) -> Message:
        return Message(_AT_ROW, sheet=self.sheet, row=self.number)

    def __str__(self) -> str:
        return str(self.message())


def _message(where: Message | Row) -> Message:
    return where.message() if isinstance(where, Row) else where


def sheet_cells(row: list[Any], width: int) -> list[Any]:
    """A row's cells under the header: padded when it ends early, cut when it runs past."""
    if len(row) < width:
        return list(row) + [""] * (width - len(row))
    return row if len(row) == width else row[:width]


@dataclass
class Arrival:
    """A record read whole and checked against its manifest line, ready to merge."""

    record: IncomingRecord
    manifest_sha: str
    edited: bool
    where: Row


class Converted(NamedTuple):
    """A row's record: its answers converted and hashed, its title and searchable text; not yet
    checked against its manifest line (the writing side does that, where the lines are)."""

    sheet: str
    number: int
    uuid: str
    form_id: str
    revision: int
    created_at: str
    updated_at: str
    device_id: str
    form_version: str
    sha256: str  # of the answers' canonical form
    data_json: str  # all the answers
    title: str
    searchable: str  # the text search finds it by, not yet folded (the writing side folds it)

    @property
    def where(self) -> Row:
        return Row(self.sheet, self.number)


class SheetsJob(NamedTuple):
    """What reading a file's sheets needs (it travels to a second process, so it pickles)."""

    path: Path
    password: str | None
    name: str  # the file's name, for refusals
    sheets: dict[str, tuple[int, str, str]]  # title -> (rows, form_id, repeat), from the manifest
    forms: dict[tuple[str, str], Form]  # every version of the file's forms, the file's and this database's
    chunk: int  # rows read, checked and handed on together


Chunk = list[tuple[int, list[Any], str]]  # (row number, cells, uuid)
#: Chunks of rows, each with the manifest lines of its uuids (marked seen as they are looked up).
Lookup = Callable[[Iterable[Chunk]], Iterator[tuple[Chunk, dict[str, ScratchEntry]]]]
#: Rows converted, the uuids of rows known here and untouched (nothing to do), and how many rows
#: of the sheet that was.
Deliver = Callable[[list[Converted], list[str], int], None]


@dataclass
class _Waiting:
    """A record of a form with repeats, waiting for its repeat sheets."""

    form_id: str
    where: Row
    meta: list[Any]  # revision, created_at, updated_at, device, form_version
    data: dict[str, Any]


class SheetsReader:
    """Reads every form sheet of one file; ImportRefused on the first problem."""

    def __init__(self, job: SheetsJob, book: IncomingWorkbook) -> None:
        self.job = job
        self.book = book
        self.name = job.name
        self._waiting: dict[str, _Waiting] = {}
        # the latest time stamp taken: now, and a day's grace for a laptop whose clock runs ahead
        self.latest_time = (dt.datetime.now(dt.timezone.utc) + dt.timedelta(days=1)).isoformat(
            timespec="milliseconds").replace("+00:00", "Z")

    def refuse(self, template: str, **params: Any) -> ImportRefused:
        return refusal(self.name, template, **params)

    def read(self, lookup: Lookup, deliver: Deliver) -> None:
        try:
            sheets = self.job.sheets
            for title, (count, form_id, repeat) in sheets.items():
                if not repeat:
                    self._read_main(title, count, form_id, lookup, deliver)
            for title, (count, form_id, repeat) in sheets.items():
                if repeat:
                    self._read_repeat(title, count, form_id, repeat)
            waiting = [self._converted(w.where, uuid, w.form_id, w.meta, w.data) for uuid, w in self._waiting.items()]
            self._waiting.clear()
            if waiting:
                deliver(waiting, [], 0)
        except WorkbookError as exc:  # a damaged sheet met while reading it
            raise refused_from(exc) from None

    def _converted(self, where: Row, uuid: str, form_id: str, meta: list[Any], data: dict[str, Any]) -> Converted:
        form = self._form(form_id, meta[4], where)
        self._obeys(form, where, data, meta[2])
        sha, text = hash_and_json(data)
        title = record_title(form, data)
        return Converted(where.sheet, where.number, uuid, form_id, *meta, sha, text, title,
                         searchable_text(title, data))

    def _obeys(self, form: Form, where: Row, data: dict[str, Any], saved_at: str) -> None:
        """Refuse a record that breaks its form's rules (the laptop's engine, as of its save), naming
        the first cell that does; a record in a repeat is named by its path (discussion[2]/notes)."""
        found = problems(form, data, saved_at=saved_at, stored=True)  # (the cells were read by coerce)
        if found:
            self.book.check_no_formulas()  # a formula reads as empty: say so, rather than "required"
            path, problem = found[0]
            raise self.refuse("{where}, column {column}: {problem}", where=where.message(), column=path,
                              problem=problem)

    def _form(self, form_id: str, version: str, where: Message | Row) -> Form:
        form = self.job.forms.get((form_id, version))
        if form is None:
            raise self.refuse("{where}: form {form} version {version!r} is neither installed here nor in "
                              "the file", where=_message(where), form=form_id, version=version)
        return form

    def _header(self, title: str, needed: list[str]) -> tuple[list[str], Iterator[Any]]:
        rows = self.book.rows(title)
        header = [cell_text(c) for c in next(rows, [])]
        missing = [c for c in needed if c not in header]
        if missing:
            raise self.refuse("sheet {sheet}: column {column} is missing", sheet=title, column=missing[0])
        duplicated = {c for c in header if c and header.count(c) > 1}
        if duplicated:
            raise self.refuse("sheet {sheet}: column {column} appears twice", sheet=title,
                              column=sorted(duplicated)[0])
        return header, rows

    def _read_main(self, title: str, count: int, form_id: str, lookup: Lookup, deliver: Deliver) -> None:
        header, rows = self._header(title, META_COLUMNS)
        sheet = _MainSheet(self, title, form_id, header,
                           any(v[1] == form_id and v[2] for v in self.job.sheets.values()))
        size = self.job.chunk

        def chunks() -> Iterator[Chunk]:
            uuid_at = sheet.at["_uuid"]
            width = len(header)
            seen = 0
            chunk: Chunk = []
            for number, row in enumerate(rows, start=2):
                row = sheet_cells(row, width)
                uuid = row[uuid_at]
                if uuid.__class__ is not str:
                    uuid = cell_text(uuid)
                if not uuid and not any(c not in (None, "") for c in row):
                    continue
                seen += 1
                if seen > count:  # more rows than announced: refuse before reading the rest
                    raise self.refuse(_TOO_MANY, sheet=title, rows=seen, count=count)
                if not is_canonical_uuid(uuid):  # 'ABC...', 'abc... ' would be a second copy of abc...
                    raise self.refuse(_NOT_A_UUID, where=Message(_AT_ROW, sheet=title, row=number), column="_uuid",
                                      value=row[uuid_at])
                chunk.append((number, row, uuid))
                if len(chunk) == size:
                    yield chunk
                    chunk = []
            if seen != count:
                raise self.refuse(_ROWS_DIFFER, sheet=title, rows=seen, count=count)
            if chunk:
                yield chunk

        for chunk, entries in lookup(chunks()):
            deliver(*sheet.take(chunk, entries), len(chunk))

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

    def _read_repeat(self, title: str, count: int, form_id: str, repeat: str) -> None:
        header, rows = self._header(title, REPEAT_COLUMNS)
        at = {name: i for i, name in enumerate(header)}
        seen = 0
        placed: dict[int, tuple[list[dict[str, Any]], dict[int, int]]] = {}  # each list filled: its rows by position
        for number, row in enumerate(rows, start=2):
            if not any(c not in (None, "") for c in row):
                continue
            seen += 1
            if seen > count:
                raise self.refuse(_TOO_MANY, sheet=title, rows=seen, count=count)
            row = list(row) + [None] * (len(header) - len(row))
            where = Message(_AT_ROW, sheet=title, row=number)
            parent = row[at["_parent_uuid"]]
            if not is_canonical_uuid(parent):
                raise self.refuse(_NOT_A_UUID, where=where, column="_parent_uuid", value=parent)
            waiting = self._waiting.get(parent)
            if waiting is None or waiting.form_id != form_id:
                raise self.refuse("{where}: _parent_uuid {parent} is no record of form {form} in this file",
                                  where=where, parent=parent or "(empty)", form=form_id)
            form = self._form(form_id, waiting.meta[4], where)
            if not form.is_repeat(repeat):
                raise self.refuse("{where}: form {form} {version} has no repeat {repeat}", where=where, form=form_id,
                                  version=form.version, repeat=repeat)
            index = cell_text(row[at["_index"]])
            if not _DIGITS.fullmatch(index) or int(index) < 1:
                raise self.refuse("{where}, column _index: {index!r} is not a position (1, 2, ...)", where=where,
                                  index=index)
            instance = {name: self.value(form, form.question(name), row[at[name]],
                                         Message(_AT_COLUMN, where=where, column=name))
                        for name in form.repeat_field_names(repeat) if name in at and not form.is_repeat(name)}
            container = self._container(waiting.data, cell_text(row[at["_parent_path"]]), where)
            instances = container.setdefault(repeat, [])
            position = int(index)
            while len(instances) < position:
                instances.append({})
            if instances[position - 1]:
                raise self.refuse("{where}: instance {position} of {repeat} appears twice", where=where,
                                  position=position, repeat=repeat)
            instances[position - 1] = instance
            placed.setdefault(id(instances), (instances, {}))[1][position] = number
        if seen != count:
            raise self.refuse(_ROWS_DIFFER, sheet=title, rows=seen, count=count)
        for instances, rows_at in placed.values():
            self._refuse_a_gap(title, repeat, instances, rows_at)

    def _refuse_a_gap(self, title: str, repeat: str, instances: list[dict[str, Any]], rows_at: dict[int, int]) -> None:
        """Positions 1, 2, ... with none missing: a gap would leave an empty instance (blamed on its
        required answers, or kept as one nobody entered)."""
        missing = next((p for p in range(1, len(instances) + 1) if p not in rows_at), None)
        if missing is None:
            return
        after = min(p for p in rows_at if p > missing)
        raise self.refuse("{where}, column _index: {index} leaves a gap (sheet {sheet} has no instance {missing} of "
                          "{repeat} for this record)", where=Message(_AT_ROW, sheet=title, row=rows_at[after]),
                          index=after, sheet=title, missing=missing, repeat=repeat)

    def _container(self, data: dict[str, Any], path: str, where: str) -> dict[str, Any]:
        container = data
        for part in [p for p in path.split("/") if p]:
            name, _, rest = part.partition("[")
            index = rest.rstrip("]")
            instances = container.get(name)
            if not _DIGITS.fullmatch(index) or not isinstance(instances, list) or not 1 <= int(index) <= len(instances):
                raise self.refuse("{where}, column _parent_path: {path!r} is no instance of this record",
                                  where=where, path=path)
            container = instances[int(index) - 1]
        return container


class _MainSheet:
    """The rows of one form's sheet, taken a chunk at a time."""

    def __init__(self, reader: SheetsReader, title: str, form_id: str, header: list[str], has_repeats: bool) -> None:
        self.reader = reader
        self.title = title
        self.form_id = form_id
        self.at = {name: i for i, name in enumerate(header)}
        self.has_repeats = has_repeats
        # per form version: the form, its converters by column, the names of all its fields, those with no column
        self.plans: dict[str, tuple[Form, list[tuple[int, str, Any]], tuple[str, ...], list[tuple[str, Any]]]] = {}

    def take(self, chunk: Chunk, entries: dict[str, ScratchEntry]) -> tuple[list[Converted], list[str]]:
        """The chunk's rows converted, and the uuids of those known here and untouched."""
        reader, title, at = self.reader, self.title, self.at
        in_chunk: set[str] = set()
        converted: list[Converted] = []
        untouched: list[str] = []
        for number, row, uuid in chunk:
            entry = entries.get(uuid)
            if entry is None:
                raise reader.refuse("{where}: record {uuid} is not in the manifest",
                                    where=Message(_AT_ROW, sheet=title, row=number), uuid=uuid or "(no _uuid)")
            if entry.seen or uuid in in_chunk:
                raise reader.refuse("{where}: record {uuid} appears twice in the file",
                                    where=Message(_AT_ROW, sheet=title, row=number), uuid=uuid)
            in_chunk.add(uuid)
            if (not self.has_repeats and entry.known
                    and entry.cells_sha256 and entry.cells_sha256 == cells_fingerprint(row)):
                untouched.append(uuid)  # this version is known here, and nobody touched the row: old news
                continue
            where = Row(title, number)
            revision = cell_text(row[at["_revision"]])
            if not _DIGITS.fullmatch(revision) or int(revision) < 1:
                raise reader.refuse("{where}, column _revision: {value!r} is not a revision number",
                                    where=where.message(), value=revision)
            status = cell_text(row[at["_status"]])
            if status != "final":  # (only final revisions travel: a draft or 'deleted' here was typed in)
                raise reader.refuse("{where}, column _status: {value!r} is not 'final' (only final records travel)",
                                    where=where.message(), value=status)
            form_version = cell_text(row[at["_form_version"]])
            names, values = self._values(row, form_version, where)
            meta = [int(revision), *(self._meta(row, column, where) for column in ("_created_at", "_updated_at",
                                                                                   "_device")), form_version]
            self._check_times(meta[1], meta[2], where)
            if self.has_repeats:
                reader._waiting[uuid] = _Waiting(self.form_id, where, meta, dict(zip(names, values)))
                continue
            converted.append(reader._converted(where, uuid, self.form_id, meta, dict(zip(names, values))))
        return converted, untouched

    def _meta(self, row: list[Any], column: str, where: Row) -> str:
        """A device id or time stamp: short, printable text (a forged 10 MB one is refused, not stored)."""
        text = cell_text(row[self.at[column]])
        if len(text) > _MAX_META or not text.isprintable():
            template = _NOT_A_DEVICE if column == "_device" else _NOT_A_TIME
            raise self.reader.refuse(template, where=where.message(), column=column, value=text)
        return text

    def _check_times(self, created: str, updated: str, where: Row) -> None:
        """Time stamps as fieldkit writes them (UTC, ISO 8601, 'Z'), created no later than updated, and
        updated not in the future (a day's grace for a laptop's clock): they sort and filter records."""
        for column, text in (("_created_at", created), ("_updated_at", updated)):
            if not TIME_STAMP.fullmatch(text):
                raise self.reader.refuse(_NOT_A_TIME, where=where.message(), column=column, value=text)
        if created > updated:
            raise self.reader.refuse("{where}, column _created_at: {created} is later than _updated_at {updated}",
                                     where=where.message(), created=created, updated=updated)
        if updated > self.reader.latest_time:
            raise self.reader.refuse("{where}, column _updated_at: {updated} is in the future", where=where.message(),
                                     updated=updated)

    def _values(self, row: list[Any], form_version: str, where: Row) -> tuple[tuple[str, ...], list[Any]]:
        """The answers of a row: every field of its form version (those without a column empty)."""
        reader = self.reader
        plan = self.plans.get(form_version)
        if plan is None:
            form = reader._form(self.form_id, form_version, where)
            converters = [(self.at[name], name, converter(form.question(name), form.choices_for(form.question(name)))
                           if form.has(name) else None)
                          for name in form.field_names() if name in self.at and not form.is_repeat(name)]
            read = {name for _, name, _ in converters}
            missing = [(name, [] if form.is_repeat(name) else None) for name in form.field_names() if name not in read]
            names = tuple(name for _, name, _ in converters) + tuple(name for name, _ in missing)
            plan = self.plans[form_version] = (form, converters, names, missing)
        form, converters, names, missing = plan
        values: list[Any] = []
        append = values.append
        for index, name, convert in converters:
            raw = row[index]
            if not raw and (raw is None or raw.__class__ is str):  # (a truth test first: the usual cell is full)
                append(None)
            elif convert is None:
                append(reader.value(form, None, raw, Message(_AT_COLUMN, where=where.message(), column=name)))
            else:
                try:
                    append(convert(raw))
                except AnswerError as exc:
                    raise reader.refuse("{where}, column {column}: {problem}", where=where.message(), column=name,
                                        problem=exc.args[0]) from None
        for _, empty in missing:
            append([] if empty == [] else None)  # (a new list each time: repeats are filled in place)
        return names, values
