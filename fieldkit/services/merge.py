"""Import and merge workbooks from other laptops: nothing lost, nothing twice.

Every file is checked whole before anything is written (structure, manifest,
row counts, types, choices); then all files are applied in one transaction.
New records are inserted; an unchanged record is skipped; a later revision
replaces the local one (history kept); two different edits of the same record
are a conflict, kept for review. A row whose content no longer matches its
manifest hash was edited outside fieldkit: reported, and applied as a new
revision only when asked (``accept_edits``).
"""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from fieldkit.domain.digest import content_hash
from fieldkit.domain.form import Form
from fieldkit.domain.merge import CONFLICT, INSERT, UPDATE, Version, decide, parse_ancestors
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
    ManifestError,
    cells_fingerprint,
    parse_manifest,
)
from fieldkit.exchange.workbook_in import IncomingWorkbook, PasswordNeeded, WorkbookError, WrongPassword
from fieldkit.services.workspace import Workspace
from fieldkit.store import exchange as exchange_store
from fieldkit.store import forms as form_store
from fieldkit.store.audit import log_action
from fieldkit.store.database import transaction
from fieldkit.store.exchange import IncomingRecord

__all__ = ["ImportRefused", "ImportSummary", "PasswordNeeded", "WrongPassword", "merge_workbooks",
           "open_conflicts", "resolve_conflict"]

Progress = Callable[[int, int], None]


class ImportRefused(ValueError):
    """A file that cannot be imported; nothing was changed. The message names file, sheet, row."""


class _DryRun(Exception):
    pass


@dataclass
class ImportSummary:
    files: list[str] = field(default_factory=list)
    inserted: int = 0
    updated: int = 0
    unchanged: int = 0
    conflicts: int = 0
    edited_outside: int = 0
    refused: int = 0
    dry_run: bool = False
    conflict_uuids: list[str] = field(default_factory=list)
    edited_uuids: list[str] = field(default_factory=list)
    refused_reasons: list[str] = field(default_factory=list)

    def line(self) -> str:
        head = "dry run, nothing written: " if self.dry_run else ""
        return (f"{head}{self.inserted} inserted, {self.updated} updated, {self.unchanged} unchanged, "
                f"{self.conflicts} conflicts, {self.edited_outside} edited outside fieldkit, {self.refused} refused")


@dataclass
class _Arrival:
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


class _FileReader:
    """Reads and checks one workbook into arrivals; raises ImportRefused."""

    def __init__(self, workspace: Workspace, path: Path, password: str | None,
                 local: dict[str, tuple[str, int, str]]) -> None:
        self.workspace = workspace
        self.local = local
        self.untouched = 0  # rows known here already, read back cell for cell: nothing to convert
        self.untouched_rows: dict[str, bool] = {}  # uuid -> its cells are exactly as exported
        self.path = Path(path)
        self.name = self.path.name
        self.password = password
        self.new_forms: dict[tuple[str, str], tuple[Form, FormSource]] = {}

    def refuse(self, message: str) -> ImportRefused:
        return ImportRefused(f"{self.name}{', ' if not message.startswith(':') else ''}{message}")

    def read(self, progress: Callable[[int], None]) -> list[_Arrival]:
        try:
            book = IncomingWorkbook(self.path, self.password)
        except (WorkbookError, PasswordNeeded, WrongPassword) as exc:
            raise ImportRefused(str(exc)) from None
        with book:
            if MANIFEST_SHEET not in book.sheet_names:
                raise self.refuse(": not a fieldkit export (it has no _manifest sheet)")
            try:
                manifest = parse_manifest(list(book.rows(MANIFEST_SHEET)))
            except ManifestError as exc:
                raise self.refuse(f"sheet {MANIFEST_SHEET}, {exc}") from None
            except WorkbookError as exc:
                raise ImportRefused(str(exc)) from None
            if manifest.values.get("format") != FORMAT:
                raise self.refuse(": not a fieldkit export (unknown manifest format)")
            if manifest.values.get("privacy") == "anonymised":
                raise self.refuse(": an anonymised export is for reading, not for merging (its records have no "
                                  "identity to merge on)")
            version = manifest.values.get("format_version", "")
            if version != str(FORMAT_VERSION):
                raise self.refuse(f": export format version {version!r} is not one this fieldkit reads "
                                  f"(it reads {FORMAT_VERSION}); update fieldkit")
            self.forms = self._read_forms(book)
            for title in manifest.sheets:
                if title not in book.sheet_names:
                    raise self.refuse(f"sheet {title}: listed in the manifest but missing")
            records: dict[str, dict[str, Any]] = {}
            meta: dict[str, tuple[str, str, list[Any]]] = {}
            main = [(t, v) for t, v in manifest.sheets.items() if not v[2]]
            repeats = [(t, v) for t, v in manifest.sheets.items() if v[2]]
            for title, (count, form_id, _) in main:
                self._read_main(book, title, count, form_id, manifest, records, meta, progress)
            for title, (count, form_id, repeat) in repeats:
                self._read_repeat(book, title, count, form_id, repeat, records, meta)
            if not all(self.untouched_rows.get(u) for u in records):
                book.check_no_formulas()  # some row changed: was it turned into a formula?
            missing = [u for u in manifest.records if u not in records]
            if missing:
                raise self.refuse(f"sheet {MANIFEST_SHEET}: record {missing[0]} is in the manifest but in no sheet")
        arrivals = []
        for uuid, data in records.items():
            if data is None:
                continue  # untouched and known here: unchanged
            form_id, where, row = meta[uuid]
            revision, created_at, updated_at, device, form_version = row
            entry = manifest.records[uuid]
            form = self._form(form_id, form_version, where)
            for name in form.field_names():
                data.setdefault(name, [] if form.is_repeat(name) else None)
            sha = content_hash(data)
            if entry.revision != revision:
                raise self.refuse(f"{where}: revision {revision} differs from the manifest's {entry.revision}")
            try:
                ancestors = parse_ancestors(entry.ancestors) | {(entry.revision, entry.sha256)}
            except ValueError as exc:
                raise self.refuse(f"sheet {MANIFEST_SHEET}, record {uuid}: ancestors {exc}") from None
            if sha != entry.sha256 and self.untouched_rows.get(uuid):
                # The cells are exactly as exported, so the manifest is what changed.
                raise self.refuse(f"sheet {MANIFEST_SHEET}, record {uuid}: the manifest was altered (its hash no "
                                  "longer matches the untouched row)")
            record = IncomingRecord(uuid, form_id, form_version, revision, created_at, updated_at, device, data,
                                    sha, frozenset(ancestors), record_title(form, data))
            arrivals.append(_Arrival(record, entry.sha256, sha != entry.sha256, where))
        return arrivals

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
                raise self.refuse(f"sheet {FORMS_SHEET}, row {number}: part {cells[2]!r} is not a number")
            parts[(cells[0], cells[1])].append((int(cells[2]), str(row[3] or "")))
        for (form_id, version), chunks in parts.items():
            text = "".join(chunk for _, chunk in sorted(chunks))
            try:
                source = FormSource.from_json(json.loads(text))
                form = build_form(source)
            except (ValueError, KeyError, TypeError, FormError) as exc:
                raise self.refuse(f"sheet {FORMS_SHEET}: the definition of form {form_id} {version} is broken "
                                  f"({str(exc).splitlines()[0][:200]})") from None
            if (form.form_id, form.version) != (form_id, version):
                raise self.refuse(f"sheet {FORMS_SHEET}: the definition filed as {form_id} {version} is "
                                  f"{form.form_id} {form.version}")
            local = form_store.get_form_source(self.workspace.db, form_id, version)
            if local is None:
                self.new_forms[(form_id, version)] = (form, source)
            elif json.dumps(local["sheets"], sort_keys=True) != json.dumps(source.to_json()["sheets"], sort_keys=True):
                raise self.refuse(f": form {form_id} version {version} differs from the one installed here; "
                                  "the same version must have the same content")
            forms[(form_id, version)] = form
        return forms

    def _form(self, form_id: str, version: str, where: str) -> Form:
        if (form_id, version) in self.forms:
            return self.forms[(form_id, version)]
        try:
            return self.workspace.form(form_id, version)
        except KeyError:
            raise self.refuse(f"{where}: form {form_id} version {version!r} is neither installed here nor in "
                              "the file") from None

    def _header(self, book: IncomingWorkbook, title: str, needed: list[str]) -> tuple[list[str], Any]:
        rows = book.rows(title)
        header = [_text(c) for c in next(rows, [])]
        missing = [c for c in needed if c not in header]
        if missing:
            raise self.refuse(f"sheet {title}: column {missing[0]} is missing")
        duplicated = {c for c in header if c and header.count(c) > 1}
        if duplicated:
            raise self.refuse(f"sheet {title}: column {sorted(duplicated)[0]} appears twice")
        return header, rows

    def _read_main(self, book: IncomingWorkbook, title: str, count: int, form_id: str, manifest: Any,
                   records: dict[str, dict[str, Any] | None], meta: dict[str, tuple[str, str, list[Any]]],
                   progress: Callable[[int], None]) -> None:
        announced = book.height(title) - 1
        if announced > count:  # far more rows than announced: refuse before reading them
            raise self.refuse(f"sheet {title}: {announced} rows, but the manifest says {count}")
        header, rows = self._header(book, title, META_COLUMNS)
        at = {name: i for i, name in enumerate(header)}
        width = len(header)
        uuid_at = at["_uuid"]
        seen = 0
        converters: dict[str, list[tuple[int, str, Any]]] = {}
        has_repeats = any(v[1] == form_id and v[2] for v in manifest.sheets.values())
        for number, row in enumerate(rows, start=2):
            if len(row) < width:
                row = list(row) + [""] * (width - len(row))
            uuid = row[uuid_at]
            if uuid.__class__ is not str:
                uuid = _text(uuid)
            if not uuid and not any(c not in (None, "") for c in row):
                continue
            seen += 1
            where = f"sheet {title}, row {number}"
            entry = manifest.records.get(uuid)
            if entry is None:
                raise self.refuse(f"{where}: record {uuid or '(no _uuid)'} is not in the manifest")
            if uuid in records:
                raise self.refuse(f"{where}: record {uuid} appears twice in the file")
            fingerprint = cells_fingerprint(row if len(row) == width else row[:width])
            untouched = bool(entry.cells_sha256) and entry.cells_sha256 == fingerprint
            self.untouched_rows[uuid] = untouched and not has_repeats
            if (not has_repeats and untouched
                    and self.local.get(uuid) == (form_id, entry.revision, entry.sha256)):
                records[uuid] = None  # known here at this revision, and nobody touched the row
                self.untouched += 1
                continue
            revision = _text(row[at["_revision"]])
            if not revision.isdigit():
                raise self.refuse(f"{where}, column _revision: {revision!r} is not a revision number")
            form_version = _text(row[at["_form_version"]])
            form = self._form(form_id, form_version, where)
            if form_version not in converters:
                converters[form_version] = [
                    (at[name], name, converter(form.question(name), form.choices_for(form.question(name)))
                     if form.has(name) else None)
                    for name in form.field_names() if name in at and not form.is_repeat(name)]
            data: dict[str, Any] = {}
            for index, name, convert in converters[form_version]:
                raw = row[index]
                if raw is None or raw == "":
                    data[name] = None
                    continue
                if convert is None:
                    data[name] = self._value(form, None, raw, f"{where}, column {name}")
                    continue
                try:
                    data[name] = convert(raw)
                except AnswerError as exc:
                    raise self.refuse(f"{where}, column {name}: {exc}") from None
            records[uuid] = data
            meta[uuid] = (form_id, where, [int(revision), _text(row[at["_created_at"]]),
                                           _text(row[at["_updated_at"]]), _text(row[at["_device"]]), form_version])
            if seen % 2000 == 0:
                progress(2000)
        progress(seen % 2000)
        if seen != count:
            raise self.refuse(f"sheet {title}: {seen} rows, but the manifest says {count}")

    def _value(self, form: Form, question: Any, raw: Any, where: str) -> Any:
        if raw is None or raw == "":
            return None
        if question is None:  # a computed field (score_pct)
            if isinstance(raw, bool) or not isinstance(raw, (int, float)):
                raise self.refuse(f"{where}: {raw!r} is not a number")
            return float(raw)
        try:
            return coerce(question, form.choices_for(question), raw)
        except AnswerError as exc:
            raise self.refuse(f"{where}: {exc}") from None

    def _read_repeat(self, book: IncomingWorkbook, title: str, count: int, form_id: str, repeat: str,
                     records: dict[str, dict[str, Any]], meta: dict[str, tuple[str, str, list[Any]]]) -> None:
        header, rows = self._header(book, title, REPEAT_COLUMNS)
        at = {name: i for i, name in enumerate(header)}
        seen = 0
        for number, row in enumerate(rows, start=2):
            if not any(c not in (None, "") for c in row):
                continue
            seen += 1
            row = list(row) + [None] * (len(header) - len(row))
            where = f"sheet {title}, row {number}"
            parent = _text(row[at["_parent_uuid"]])
            if parent not in records or meta[parent][0] != form_id:
                raise self.refuse(f"{where}: _parent_uuid {parent or '(empty)'} is no record of form {form_id} "
                                  "in this file")
            form = self._form(form_id, meta[parent][2][4], where)
            if not form.is_repeat(repeat):
                raise self.refuse(f"{where}: form {form_id} {form.version} has no repeat {repeat}")
            index = _text(row[at["_index"]])
            if not index.isdigit() or int(index) < 1:
                raise self.refuse(f"{where}, column _index: {index!r} is not a position (1, 2, ...)")
            instance = {name: self._value(form, form.question(name), row[at[name]], f"{where}, column {name}")
                        for name in form.repeat_field_names(repeat) if name in at and not form.is_repeat(name)}
            container = self._container(records[parent], _text(row[at["_parent_path"]]), where)
            instances = container.setdefault(repeat, [])
            position = int(index)
            while len(instances) < position:
                instances.append({})
            if instances[position - 1]:
                raise self.refuse(f"{where}: instance {position} of {repeat} appears twice")
            instances[position - 1] = instance
        if seen != count:
            raise self.refuse(f"sheet {title}: {seen} rows, but the manifest says {count}")

    def _container(self, data: dict[str, Any], path: str, where: str) -> dict[str, Any]:
        container = data
        for part in [p for p in path.split("/") if p]:
            name, _, rest = part.partition("[")
            index = rest.rstrip("]")
            instances = container.get(name)
            if not index.isdigit() or not isinstance(instances, list) or not 1 <= int(index) <= len(instances):
                raise self.refuse(f"{where}, column _parent_path: {path!r} is no instance of this record")
            container = instances[int(index) - 1]
        return container


def merge_workbooks(
    workspace: Workspace,
    files: list[Path],
    *,
    dry_run: bool = False,
    accept_edits: bool = False,
    password: str | None = None,
    progress: Progress | None = None,
    cancelled: Callable[[], bool] = lambda: False,
) -> ImportSummary:
    """Import every file, all or nothing; return what happened to each record."""
    summary = ImportSummary(files=[Path(f).name for f in files], dry_run=dry_run)
    local = exchange_store.local_keys(workspace.db)
    readers = [_FileReader(workspace, Path(f), password, local) for f in files]
    done = 0
    total = 0

    def advance(step: int) -> None:
        nonlocal done
        done += step
        if cancelled():
            raise ImportRefused("import cancelled; nothing was changed")
        if progress:
            progress(done, max(total, done))

    per_file = []
    for reader in readers:
        try:
            per_file.append((reader, reader.read(advance)))
        except WorkbookError as exc:  # a damaged sheet met while reading it
            raise ImportRefused(str(exc)) from None
    total = done
    db = workspace.db
    if not dry_run and any(arrivals or reader.new_forms for reader, arrivals in per_file):
        from fieldkit.services.backup import backup

        backup(workspace, reason="before-import")  # a merge that changes anything can be undone
    try:
        with transaction(db):
            for reader, arrivals in per_file:
                for (form_id, version), (form, source) in reader.new_forms.items():
                    if form_store.get_form_source(db, form_id, version) is None:
                        form_store.put_form(db, form_id, version, form.title, source.to_json(), "")
                        log_action(db, "form_add", workspace.device_id, form_id=form_id,
                                   detail={"version": version, "file": reader.name, "from": "import"})
                counts = _apply(workspace, reader.name, arrivals, accept_edits, summary)
                counts["unchanged"] += reader.untouched
                summary.unchanged += reader.untouched
                log_action(db, "import", workspace.device_id, detail={"file": reader.name, **counts})
            if dry_run:
                raise _DryRun()
    except _DryRun:
        pass
    workspace.forget_forms()
    return summary


def _apply(workspace: Workspace, source: str, arrivals: list[_Arrival], accept_edits: bool,
           summary: ImportSummary) -> dict[str, int]:
    db = workspace.db
    known = exchange_store.local_keys(db) if arrivals else {}
    local = exchange_store.local_versions(db, [a.record.uuid for a in arrivals if a.record.uuid in known])
    counts = {"inserted": 0, "updated": 0, "unchanged": 0, "conflicts": 0, "edited_outside": 0, "refused": 0}
    writes: list[IncomingRecord] = []
    for arrival in arrivals:
        record = arrival.record
        if arrival.edited:
            counts["edited_outside"] += 1
            summary.edited_uuids.append(record.uuid)
            if not accept_edits:
                continue
            # Applied as a new revision on top of the one the manifest vouches for.
            record = IncomingRecord(
                record.uuid, record.form_id, record.form_version, record.revision + 1, record.created_at,
                record.updated_at, record.device_id, record.data, record.sha256,
                record.ancestors | {(record.revision + 1, record.sha256)}, record.title)
            log_action(db, "import", workspace.device_id, record_uuid=record.uuid, form_id=record.form_id,
                       revision=record.revision, detail={"file": source, "edited_outside": True})
        known = local.get(record.uuid)
        if known is not None and known[0] != record.form_id:
            counts["refused"] += 1
            summary.refused_reasons.append(f"{arrival.where}: record {record.uuid} belongs to form {known[0]} here, "
                                           f"not {record.form_id}")
            continue
        version = Version(record.revision, record.sha256, record.ancestors)
        action = decide(known[1] if known else None, version)
        if action == INSERT:
            counts["inserted"] += 1
            writes.append(record)
        elif action == UPDATE:
            counts["updated"] += 1
            writes.append(record)
        elif action == CONFLICT:
            counts["conflicts"] += 1
            summary.conflict_uuids.append(record.uuid)
            exchange_store.add_conflict(db, record, source)
        else:
            counts["unchanged"] += 1
            if known is not None:
                # Learn the arrival's ancestors: a copy of this revision stays old news.
                writes_ancestors = [(record.uuid, r, s) for r, s in record.ancestors]
                db.conn.executemany(
                    "INSERT OR IGNORE INTO record_ancestors (uuid, revision, sha256) VALUES (?,?,?)",
                    writes_ancestors)
        if action in (INSERT, UPDATE):  # a later file of the same import sees this one's result
            local[record.uuid] = (record.form_id, version)
    exchange_store.apply_incoming(db, writes)
    for key, value in counts.items():
        setattr(summary, key, getattr(summary, key) + value)
    return counts


def resolve_conflict(workspace: Workspace, conflict_id: int, keep: str) -> None:
    """Settle a conflict: keep 'local' or take 'incoming', as a revision above both sides."""
    from fieldkit.store import records as record_store

    if keep not in ("local", "incoming"):
        raise ValueError("keep is 'local' or 'incoming'")
    db = workspace.db
    conflict = next((c for c in exchange_store.open_conflicts(db) if c["id"] == conflict_id), None)
    if conflict is None:
        raise KeyError(f"no open conflict {conflict_id}")
    current = record_store.get_record(db, conflict["uuid"])
    if current is None:
        raise KeyError(f"record {conflict['uuid']} is gone")
    chosen, form_version = ((current.data, current.form_version) if keep == "local"
                            else (conflict["data"], conflict["form_version"]))
    form = workspace.form(current.form_id, form_version)
    with transaction(db):
        # Both sides' histories become ancestors of the settled revision, so the
        # other laptop takes it as an update, not as a new conflict.
        record_store.settle(db, current.uuid, chosen, form_version, max(current.revision, conflict["revision"]) + 1,
                            record_title(form, chosen), workspace.device_id, conflict["ancestors"],
                            detail={"conflict": conflict_id, "kept": keep, "source": conflict["source"]})
        exchange_store.resolve_conflict_row(db, conflict_id, keep)


def open_conflicts(workspace: Workspace) -> list[dict[str, Any]]:
    """Conflicts waiting for a decision, oldest first, each with the incoming data."""
    return exchange_store.open_conflicts(workspace.db)
