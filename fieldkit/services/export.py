"""Export: the final records of this laptop as a workbook HQ can read and merge."""

from __future__ import annotations

import json
import uuid as uuid_module
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from fieldkit import __version__
from fieldkit.domain.digest import content_hash
from fieldkit.domain.form import Form, Group, Question
from fieldkit.domain.messages import Message
from fieldkit.domain.records import utc_now
from fieldkit.domain.values import AnswerError, converter
from fieldkit.exchange.export_format import (
    DICTIONARY_SHEET,
    FORM_CHUNK,
    FORMAT,
    FORMAT_VERSION,
    FORMS_SHEET,
    MANIFEST_SHEET,
    META_COLUMNS,
    REPEAT_COLUMNS,
    ManifestDeletion,
    ManifestRecord,
    cell_text,
    written_fingerprint,
    manifest_rows,
    sheet_title,
)
from fieldkit.exchange.atomic import full_disk
from fieldkit.exchange.scratch import ScratchText
from fieldkit.exchange.spawned import worth_a_process
from fieldkit.exchange.workbook_out import ExportCancelled, Sheet, WorkbookWriter, excel_date
from fieldkit.exchange.workbook_process import ProcessWorkbookWriter
from fieldkit.services import signing
from fieldkit.services.privacy import protect
from fieldkit.services.workspace import Workspace
from fieldkit.store import exchange as exchange_store
from fieldkit.store import forms as form_store
from fieldkit.store.deletions import export_deletions
from fieldkit.store.audit import log_action
from fieldkit.store.database import transaction

__all__ = ["ExportCancelled", "ExportRefused", "ExportSummary", "PrivacyError", "export_workbook", "cell_value"]

Progress = Callable[[int, int], None]


@dataclass
class ExportSummary:
    path: Path
    export_id: str
    records: int
    sheets: dict[str, int] = field(default_factory=dict)
    deleted: int = 0  # deleted records sent (tombstones)
    privacy: list[Any] = field(default_factory=list)  # anonymised: each form's PrivacyReport


def _join(value: Any) -> Any:
    return " ".join(str(v) for v in value) if isinstance(value, list) else value


def _cell_converter(question: Question | None) -> Callable[[Any], Any] | None:
    """What turns a stored answer into its cell value; None when it is already one."""
    if question is None:
        return None
    if question.type in ("date", "today"):
        return excel_date
    if question.type == "select_multiple":
        return _join
    return None


def cell_value(question: Question | None, value: Any) -> Any:
    """A stored answer as an Excel cell value (dates as dates, lists as 'a b')."""
    convert = _cell_converter(question)
    return convert(value) if convert is not None and value is not None else _join(value)


@dataclass
class _FormSheets:
    title: str
    columns: list[str]
    questions: dict[str, Question | None]
    repeats: dict[str, tuple[str, list[str], Group]]  # repeat name -> (title, columns, group)


def _plan(forms: dict[str, list[Form]], taken: set[str]) -> dict[str, _FormSheets]:
    """Sheets and columns per form: the newest version's fields, then older ones' extras.

    Every repeat, nested or not, gets a sheet of its own.
    """
    plans = {}
    for form_id, versions in forms.items():
        columns: list[str] = []
        questions: dict[str, Question | None] = {}
        repeats: dict[str, tuple[str, list[str], Group]] = {}
        for form in reversed(versions):
            for name in form.field_names():
                if form.is_repeat(name):
                    continue
                if name not in columns:
                    columns.append(name)
                    questions[name] = form.question(name) if form.has(name) else None
            for group in form.repeat_groups:
                _, repeat_columns, _ = repeats.setdefault(group.name, ("", [], group))
                for child in form.repeat_field_names(group.name):
                    if form.is_repeat(child) or child in repeat_columns:
                        continue
                    repeat_columns.append(child)
                    questions.setdefault(child, form.question(child))
        title = sheet_title(form_id, taken)
        repeat_sheets = {name: (sheet_title(f"{form_id}.{name}", taken), cols, group)
                         for name, (_, cols, group) in repeats.items()}
        plans[form_id] = _FormSheets(title, columns, questions, repeat_sheets)
    return plans


def _dictionary_rows(forms: dict[str, list[Form]]) -> list[list[Any]]:
    rows = []
    for form_id, versions in forms.items():
        form = versions[-1]
        langs = [form.language_for(code) for code in ("en", "az", "ru")]
        for question in form.questions:
            if question.type == "note":
                continue
            labels = [question.labels.get(lang or "", "") if lang else "" for lang in langs]
            if not any(labels):
                labels[0] = question.label(None, form.default_language) if question.labels else ""
            choices = "; ".join(f"{c.name}={c.label(langs[0], form.default_language)}"
                                for c in form.choices_for(question))
            privacy = question.privacy
            rows.append([form_id, form.version, question.name, question.type, "/".join(question.repeats),
                         *labels, choices, privacy])
        for name in form.computed_fields:
            rows.append([form_id, form.version, name, "decimal", "", "Score (%)", "Bal (%)", "Балл (%)", "", ""])
    return rows


def export_workbook(
    workspace: Workspace,
    out: Path,
    *,
    form_ids: list[str] | None = None,
    since_last: bool = False,
    password: str | None = None,
    privacy: str | None = None,
    allow_unencrypted: bool = False,
    k: int = 5,
    l: int = 2,
    max_suppressed: float = 0.05,
    with_text: bool = False,
    progress: Progress | None = None,
    cancelled: Callable[[], bool] = lambda: False,
    parallel: bool | None = False,
) -> ExportSummary:
    """Write the latest final revision of every live record of the forms to ``out``.

    ``parallel``: write the workbook in this process (False), in a second one while this one reads
    the records (True), or as the export's size says (None, see ``exchange.spawned.worth_a_process``):
    what the command and the window do (a script asking for it needs ``if __name__ == "__main__":``).

    ``privacy``: 'sealed' (laptop to HQ; the default for forms with privacy
    marks, which then need a password unless ``allow_unencrypted``) or
    'anonymised' (beyond HQ: no direct identifiers, quasi-identifiers generalised
    to strict k-anonymity, sensitive columns l-diverse, at most ``max_suppressed``
    of the records left out; see ``export_anonymised``).
    """
    out = Path(out)
    if password is not None:
        from fieldkit.services.passwords import check_new

        check_new(password, "export")
    db = workspace.db
    known = [info.form_id for info in workspace.form_infos()]
    chosen = form_ids or known
    unknown = [f for f in chosen if f not in known]
    if unknown:
        raise KeyError(f"no form {unknown[0]!r} in this database (see 'fieldkit forms list')")
    destination = str(out.resolve())
    since = exchange_store.last_export(db, destination) if since_last else None
    total = exchange_store.estimate_export_rows(db, chosen, since)

    versions_used: dict[str, set[str]] = {f: set() for f in chosen}
    for form_id in chosen:
        for (version,) in db.execute(
                "SELECT DISTINCT form_version FROM records WHERE form_id = ? AND deleted_at IS NULL", [form_id]):
            versions_used[form_id].add(version)
        versions_used[form_id].add(workspace.form(form_id).version)
    forms = {f: sorted((workspace.form(f, v) for v in vs), key=lambda form: _key(form.version))
             for f, vs in versions_used.items()}
    # Forms with privacy marks and something to send: those need care.
    marked = {f for f, versions in forms.items() if any(q.privacy for form in versions for q in form.questions)
              and exchange_store.has_export_rows(db, [f], since)}
    # Free text alone (KII and FGD notes) is scrubbed again below, but asks for no password: it is
    # the sealed identities and the quasi-identifiers of victims' forms that do.
    sensitive = {f for f in marked if any(q.privacy in ("direct", "quasi") for form in forms[f] for q in form.questions)}
    mode = privacy or ("sealed" if sensitive else "plain")
    if mode not in ("sealed", "anonymised", "plain"):
        raise ValueError(f"privacy {mode!r} is not 'sealed' or 'anonymised'")
    if mode == "anonymised":
        from fieldkit.services.anonymised_export import export_anonymised

        return export_anonymised(workspace, out, forms, password=password, k=k, l=l, max_suppressed=max_suppressed,
                                 with_text=with_text, progress=progress, cancelled=cancelled)
    if sensitive and not password and not allow_unencrypted:
        raise PrivacyError(f"{', '.join(sorted(sensitive))} holds victims' data: give the export a password "
                           "(FIELDKIT_EXPORT_PASSWORD or --ask-password; in the window, the Password field), or say "
                           "explicitly that it may go without one (--no-password)")

    taken: set[str] = {DICTIONARY_SHEET, FORMS_SHEET, MANIFEST_SHEET}
    plans = _plan(forms, taken)
    writer: WorkbookWriter | ProcessWorkbookWriter
    if parallel or (parallel is None and worth_a_process(total)):
        writer = ProcessWorkbookWriter(out, password=password)
    else:
        writer = WorkbookWriter(out, password=password)
    for plan in plans.values():
        writer.add(Sheet(plan.title, plan.columns + META_COLUMNS))
        for title, columns, _ in plan.repeats.values():
            writer.add(Sheet(title, columns + REPEAT_COLUMNS))
    writer.add(Sheet(DICTIONARY_SHEET, ["form", "version", "field", "type", "repeat", "label_en", "label_az",
                                        "label_ru", "choices", "privacy"],
                     widths={6: 40, 7: 40, 8: 40, 9: 60}))
    forms_header = ["form_id", "version", "part", "definition"]
    writer.add(Sheet(FORMS_SHEET, forms_header, filter=False))
    writer.add(Sheet(MANIFEST_SHEET, ["key", "value"], widths={1: 38, 2: 40, 4: 66, 5: 70}, filter=False))

    export_id = str(uuid_module.uuid4())
    # What changes from now on is for the next --since-last export: a deletion made while this one
    # runs waits for it (its record may be among the rows already written).
    started = utc_now()
    manifest_records = _RecordSpool()
    done = 0
    try:
        converters = {form_id: [(c, _cell_converter(plan.questions.get(c))) for c in plan.columns]
                      for form_id, plan in plans.items()}
        readback = _ReadBack(workspace, plans)
        for row in exchange_store.export_rows(db, chosen, since):
            plan = plans[row.form_id]
            data = row.data
            if row.form_id in marked:
                # Sealed and scrubbed at save already; again here, so that nothing
                # saved by an older fieldkit leaves in clear.
                data = protect(workspace, workspace.form(row.form_id, row.form_version), data, record=row.uuid)
            get = data.get
            values = [convert(get(c)) if convert else get(c) for c, convert in converters[row.form_id]]
            values += [row.uuid, row.revision, "final", row.created_at, row.updated_at, row.device_id,
                       row.form_version]
            readback.check(row, values)  # what HQ would refuse stops the export here, naming it
            writer.append(plan.title, values)
            for name, (_, _, group) in plan.repeats.items():
                if not group.repeats:  # top-level repeats; nested ones are written by their parent
                    _append_instances(writer, plan, name, data.get(name) or [], row.uuid, "",
                                      check=lambda field, cell, row=row: readback.cell(row, field, cell))
            sha = row.current_sha256 if row.current_sha256 and data is row.data else content_hash(data)
            manifest_records.add(row.uuid, row.form_id, row.revision, sha, row.ancestors, written_fingerprint(values),
                                 signing.meta_digest(cell_text(row.created_at), cell_text(row.updated_at),
                                                     cell_text(row.device_id), cell_text(row.form_version)))
            done += 1
            if done % 500 == 0:
                if cancelled():
                    raise ExportCancelled()
                if progress:
                    progress(done, max(total, done))
        for dictionary_row in _dictionary_rows(forms):
            writer.append(DICTIONARY_SHEET, dictionary_row)
        forms_digest = signing.forms_digest()
        forms_digest.row(forms_header)
        for form_id, form_versions in forms.items():
            for form in form_versions:
                text = json.dumps(form_store.get_form_source(db, form_id, form.version), ensure_ascii=False)
                for part, start in enumerate(range(0, len(text), FORM_CHUNK), start=1):
                    forms_row = [form_id, form.version, part, text[start: start + FORM_CHUNK]]
                    forms_digest.row(forms_row)
                    writer.append(FORMS_SHEET, forms_row)
        exported_at = utc_now()
        sheets = {title: (count, _form_of(plans, title)[0], _form_of(plans, title)[1])
                  for title, count in writer.rows.items()
                  if title not in (DICTIONARY_SHEET, FORMS_SHEET, MANIFEST_SHEET)}
        values = {"format": FORMAT, "format_version": FORMAT_VERSION, "app_version": __version__,
                  "device_id": workspace.device_id, "device_name": workspace.device_name, "export_id": export_id,
                  "exported_at": exported_at, "since": since or "", "records": done,
                  "privacy": "sealed" if sensitive else "none"}
        deletions = [ManifestDeletion(*d) for d in export_deletions(db, chosen, since, started)]
        if deletions:
            values["deleted"] = len(deletions)
        for manifest_row in _signed_manifest(workspace, values, sheets, manifest_records, deletions, forms_digest):
            writer.append(MANIFEST_SHEET, manifest_row)
        # The write lock first, then the file, then the commit: a busy database means no file (rather than
        # a file that is neither recorded nor audited), and an export that happened is always audited.
        published = False
        try:
            with transaction(db):
                exchange_store.record_export(db, destination, export_id, started, done)
                log_action(db, "export", workspace.device_id,
                           detail={"file": out.name, "export_id": export_id, "records": done, "since": since or "",
                                   "encrypted": bool(password), "deleted": len(deletions)})
                writer.save(cancelled=cancelled)
                published = True
        except BaseException:
            if published:  # the commit failed after the rename: the file must not stay without its record
                out.unlink(missing_ok=True)
            raise
    except BaseException as exc:
        writer.discard()
        full = full_disk(out, exc)  # met while spooling rows to temporary files, before the file itself
        if full is not None:
            raise full from None
        raise
    finally:
        manifest_records.close()
    if progress:
        progress(done, done)
    return ExportSummary(out, export_id, done, {t: c for t, (c, _, _) in sheets.items()}, len(deletions))


def _signed_manifest(workspace: Workspace, values: dict[str, Any], sheets: dict[str, tuple[int, str, str]],
                     records: _RecordSpool, deletions: list[ManifestDeletion],
                     forms_digest: signing.RowDigest) -> Iterator[list[Any]]:
    """The manifest's rows, signed: the digest of every row (read once from the spool), then the rows
    with the signature among the values (read again)."""
    public = signing.own_public_key(workspace)
    values = {**values, signing.KEY: public, signing.KEY_FINGERPRINT: signing.fingerprint(public),
              signing.FORMS_DIGEST: forms_digest.hexdigest()}
    digest = signing.ManifestDigest()
    digest.row(["key", "value"])  # the sheet's header row, written by the writer
    for manifest_row in manifest_rows(values, sheets, records, deletions):
        digest.row(manifest_row)
    values[signing.SIGNATURE] = signing.sign(workspace, digest.digest())
    return manifest_rows(values, sheets, records, deletions)


EXPORT_REFUSED = ("{form} record {uuid}, field {field}: {problem}; HQ would refuse the whole file, so nothing was "
                  "exported: open the record, correct the answer and save it, then export again")


class ExportRefused(ValueError):
    """A record HQ's import would refuse (saved by an older fieldkit, say); nothing was written."""


class _ReadBack:
    """The import's cell conversion (``values.converter``) run on every cell an export writes: a
    record whose cells HQ would refuse (a date before 1900, saved by an older fieldkit) stops the
    export before the file is put in place, named so that it can be corrected."""

    def __init__(self, workspace: Workspace, plans: dict[str, _FormSheets]) -> None:
        self.workspace = workspace
        self.plans = plans
        self._checks: dict[tuple[str, str], list[tuple[int, str, Callable[[Any], Any]]]] = {}

    def _plan(self, form_id: str, version: str) -> list[tuple[int, str, Callable[[Any], Any]]]:
        checks = self._checks.get((form_id, version))
        if checks is None:
            form = self.workspace.form(form_id, version)
            checks = [(index, name, converter(form.question(name), form.choices_for(form.question(name))))
                      for index, name in enumerate(self.plans[form_id].columns) if form.has(name)]
            self._checks[(form_id, version)] = checks
        return checks

    def check(self, row: Any, values: list[Any]) -> None:
        for index, name, convert in self._plan(row.form_id, row.form_version):
            cell = values[index]
            if cell is None or cell == "":
                continue
            try:
                convert(cell)
            except AnswerError as exc:
                raise ExportRefused(Message(EXPORT_REFUSED, form=row.form_id, uuid=row.uuid, field=name,
                                            problem=exc.args[0])) from None

    def cell(self, row: Any, field: str, cell: Any) -> None:
        """The same for a cell of a repeat's sheet (``field`` as its path: discussion[2]/notes)."""
        name = field.rsplit("/", 1)[-1]
        form = self.workspace.form(row.form_id, row.form_version)
        if cell is None or cell == "" or not form.has(name):
            return
        question = form.question(name)
        try:
            converter(question, form.choices_for(question))(cell)
        except AnswerError as exc:
            raise ExportRefused(Message(EXPORT_REFUSED, form=row.form_id, uuid=row.uuid, field=field,
                                        problem=exc.args[0])) from None


class _RecordSpool:
    """The manifest's record lines, kept in an encrypted scratch file until the manifest sheet is
    written (after every data sheet): 100,000 records cost disk, not memory, and nothing clear."""

    def __init__(self) -> None:
        self.file = ScratchText()

    def add(self, uuid: str, form_id: str, revision: int, sha256: str, ancestors: str, cells_sha256: str,
            meta_sha256: str) -> None:
        # uuids, form ids, revisions, hashes and ancestors hold no tab and no line break
        self.file.write(f"{uuid}\t{form_id}\t{revision}\t{sha256}\t{ancestors}\t{cells_sha256}\t{meta_sha256}\n")

    def __iter__(self) -> Iterator[ManifestRecord]:
        for line in self.file:
            uuid, form_id, revision, sha, ancestors, cells, meta = line.rstrip("\n").split("\t")
            yield ManifestRecord(uuid, form_id, int(revision), sha, ancestors, cells, meta)

    def close(self) -> None:
        self.file.close()


class PrivacyError(ValueError):
    """An export that would put victims' data at risk; nothing was written."""


def _form_of(plans: dict[str, _FormSheets], title: str) -> tuple[str, str]:
    for form_id, plan in plans.items():
        if plan.title == title:
            return form_id, ""
        for name, (repeat_title, _, _) in plan.repeats.items():
            if repeat_title == title:
                return form_id, name
    return "", ""


def _append_instances(writer: WorkbookWriter | ProcessWorkbookWriter, plan: _FormSheets, name: str, instances: list[dict[str, Any]],
                      parent_uuid: str, parent_path: str,
                      check: Callable[[str, Any], None] = lambda field, cell: None) -> None:
    title, columns, _ = plan.repeats[name]
    for index, instance in enumerate(instances, start=1):
        path = f"{parent_path}/{name}[{index}]" if parent_path else f"{name}[{index}]"
        cells = [cell_value(plan.questions.get(c), instance.get(c)) for c in columns]
        for column, cell in zip(columns, cells):
            check(f"{path}/{column}", cell)
        writer.append(title, cells + [parent_uuid, parent_path, index])
        for child, (_, _, group) in plan.repeats.items():
            if group.repeats and group.repeats[-1] == name:
                _append_instances(writer, plan, child, instance.get(child) or [], parent_uuid, path, check)


def _key(version: str) -> tuple:
    from fieldkit.domain.form import version_key

    return version_key(version)
