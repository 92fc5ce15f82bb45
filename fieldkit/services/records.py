"""Use cases on records: start, save (draft or final), add in batches, list, delete."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Callable, Iterable, Iterator
from typing import Any

from fieldkit.domain.form import META_TYPES, Form
from fieldkit.domain.messages import Message, without_answer
from fieldkit.domain.records import DRAFT, FINAL, Record, RecordFilter, new_record, utc_now
from fieldkit.domain.validation import Evaluation, evaluate, record_title
from fieldkit.domain.values import AnswerError, coerce, is_empty, read_answers
from fieldkit.services.privacy import NO_KEY_MESSAGE, MissingKey
from fieldkit.services.privacy import protect as protect_answers
from fieldkit.services.workspace import Workspace
from fieldkit.store import records as record_store
from fieldkit.store.database import waiting_at_most

__all__ = [
    "BatchError",
    "InvalidRecord",
    "add_json_records",
    "count_records",
    "delete_record",
    "get_record",
    "open_record",
    "record_history",
    "records_page",
    "restore_record",
    "audit_log",
    "list_records",
    "read_json_records",
    "record_as_json",
    "save_record",
    "start_record",
]


class InvalidRecord(ValueError):
    """A record that cannot be finalised; ``errors`` maps field names to messages."""

    def __init__(self, errors: dict[str, str]) -> None:
        self.errors = errors
        super().__init__("; ".join(f"{k}: {v}" for k, v in errors.items()))


class BatchError(ValueError):
    """A batch of records refused as a whole; the message names line and field."""


def start_record(workspace: Workspace, form_id: str) -> tuple[Form, Record]:
    """A new, unsaved draft of the latest version of a form, with its defaults."""
    form = workspace.form(form_id)
    data: dict[str, Any] = {}
    for question in form.questions:
        if question.type == "start":
            data[question.name] = utc_now()
        elif question.type == "deviceid":
            data[question.name] = workspace.device_id
        elif question.default and question.is_input:
            try:
                data[question.name] = coerce(question, form.choices_for(question), question.default)
            except AnswerError:
                pass  # a default that does not fit its type is simply not applied
    return form, new_record(form.form_id, form.version, workspace.device_id, data)


def _stamp_meta(form: Form, data: dict[str, Any], device_id: str) -> None:
    for question in form.questions:
        if question.type not in META_TYPES:
            continue
        if question.type == "end":
            data[question.name] = utc_now()
        elif question.type == "today":
            data[question.name] = dt.date.today().isoformat()
        elif question.type == "deviceid":
            data[question.name] = device_id
        elif question.type == "start" and is_empty(data.get(question.name)):
            data[question.name] = utc_now()


def prepare(form: Form, record: Record, answers: dict[str, Any], *, final: bool, device_id: str,
            language: str | None = None,
            protect: Callable[[dict[str, Any]], dict[str, Any]] | None = None) -> tuple[Record, Evaluation]:
    """The record as it would be saved, and its evaluation; raise InvalidRecord if final and invalid."""
    data = dict(answers)
    _stamp_meta(form, data, device_id)
    evaluation = evaluate(form, data, language=language)
    if final and not evaluation.valid:
        raise InvalidRecord(evaluation.errors)
    # A draft keeps what was typed even where it does not validate yet: the
    # evaluation clears only answers that are not relevant.
    values = evaluation.values
    if protect is not None:
        values = protect(values)  # sealed and scrubbed before anything is stored
    return (
        record.with_changes(
            data=values,
            status=FINAL if final else DRAFT,
            title=record_title(form, values),
            form_version=record.form_version or form.version,
        ),
        evaluation,
    )


UNIQUE_MESSAGE = "{value!r} is already used by another record of this form."


def unique_errors(workspace: Workspace, form: Form, records: list[Record]) -> dict[tuple[int, str], str]:
    """Answers of ``unique`` questions that another record (or batch member) already has."""
    errors: dict[tuple[int, str], str] = {}
    for question in (q for q in form.questions if q.unique and not q.repeats):
        seen: dict[str, int] = {}
        for position, record in enumerate(records):
            value = record.data.get(question.name)
            if is_empty(value):
                continue
            key = str(value).strip().casefold()
            if key in seen or record_store.find_duplicates(workspace.db, form.form_id, question.name, str(value),
                                                          record.uuid):
                message = Message(UNIQUE_MESSAGE, value=value)
                errors[(position, question.name)] = without_answer(message) if question.privacy else message
            seen[key] = position
    return errors


def save_record(workspace: Workspace, record: Record, answers: dict[str, Any], *, final: bool,
                language: str | None = None, wait_ms: int | None = None) -> Record:
    """Save one record (one transaction): as a draft always, as final only if valid.

    ``wait_ms``: how long to wait for a database another connection is writing to (an import)
    before DatabaseBusy; the default is the store's 10 s.
    """
    form = workspace.form(record.form_id, record.form_version)
    try:
        prepared, _ = prepare(form, record, answers, final=final, device_id=workspace.device_id, language=language,
                              protect=lambda values: protect_answers(workspace, form, values, record=record.uuid,
                                                                      remember=final))
    except MissingKey as exc:
        raise InvalidRecord({name: NO_KEY_MESSAGE for name in exc.fields}) from None
    if final:
        duplicates = unique_errors(workspace, form, [prepared])
        if duplicates:
            raise InvalidRecord({name: message for (_, name), message in duplicates.items()})
    if wait_ms is None:
        return record_store.save_records(workspace.db, [prepared], workspace.device_id)[0]
    with waiting_at_most(workspace.db, wait_ms):
        return record_store.save_records(workspace.db, [prepared], workspace.device_id)[0]


def delete_record(workspace: Workspace, uuid: str) -> None:
    """Soft delete: gone from the lists, kept with its history; audited."""
    record_store.delete_record(workspace.db, uuid, workspace.device_id)


def get_record(workspace: Workspace, uuid: str) -> Record | None:
    return record_store.get_record(workspace.db, uuid)


def open_record(workspace: Workspace, uuid: str) -> tuple[Form, Record]:
    """A stored record with the form version it was written with."""
    record = record_store.get_record(workspace.db, uuid)
    if record is None:
        raise KeyError(f"no record {uuid}")
    return workspace.form(record.form_id, record.form_version), record


def record_history(workspace: Workspace, uuid: str) -> list[dict[str, Any]]:
    """Every revision of a record, oldest first (revision, status, saved_at, data...)."""
    return record_store.record_history(workspace.db, uuid)


def count_records(workspace: Workspace, form_id: str, spec: RecordFilter | None = None) -> int:
    return record_store.count_records(workspace.db, form_id, spec)


def records_page(workspace: Workspace, form_id: str, spec: RecordFilter | None = None, *, offset: int = 0,
                 limit: int = 200) -> list[Record]:
    """A page of a form's records, filtered and sorted as ``spec`` says."""
    return record_store.page_records(workspace.db, form_id, spec, offset=offset, limit=limit)


def restore_record(workspace: Workspace, uuid: str) -> bool:
    """Undo a delete, as a new revision (it travels like the deletion did); audited. False when
    there is nothing to restore (a deletion that arrived for a record never had here)."""
    return record_store.restore_record(workspace.db, uuid, workspace.device_id)


def audit_log(workspace: Workspace, *, record_uuid: str | None = None, limit: int = 1000) -> list[dict[str, Any]]:
    """Who did what to which record, newest first."""
    from fieldkit.store.audit import audit_entries

    return audit_entries(workspace.db, record_uuid=record_uuid, limit=limit)


# -- JSON in and out (the CLI's shapes) ------------------------------------


def read_json_records(text: str) -> list[tuple[int, Any]]:
    """A JSON object, a JSON array of objects, or JSON Lines -> [(line, object)]."""
    stripped = text.strip()
    if not stripped:
        return []
    try:
        whole = json.loads(stripped)
    except (ValueError, RecursionError):  # not one document: JSON Lines (each line says what is wrong)
        whole = None
    else:
        line = text[: text.index(stripped[0])].count("\n") + 1
        if isinstance(whole, list):
            return [(line, item) for item in whole]
        return [(line, whole)]
    items = []
    for number, line_text in enumerate(text.splitlines(), start=1):
        if not line_text.strip():
            continue
        try:
            items.append((number, json.loads(line_text)))
        except json.JSONDecodeError as exc:
            raise BatchError(f"line {number}: not valid JSON ({exc.msg}, column {exc.colno})") from None
        except RecursionError:
            raise BatchError(f"line {number}: refused, nested too deeply to read") from None
        except ValueError:  # Python's limit on the digits of an integer (4,300)
            raise BatchError(f"line {number}: refused, a number with too many digits") from None
    return items


def add_json_records(workspace: Workspace, form_id: str, items: Iterable[tuple[int, Any]],
                     *, source: str = "input") -> list[Record]:
    """Validate every record as the form view does and save all as final, or none."""
    form = workspace.form(form_id)
    prepared: list[Record] = []
    lines: list[int] = []
    for line, item in items:
        where = f"{source}, line {line}"
        if not isinstance(item, dict):
            raise BatchError(f"{where}: expected a JSON object of field names and answers")
        try:
            answers = read_answers(form, item)
        except AnswerError as exc:
            raise BatchError(f"{where}, field {exc}") from None
        _, record = start_record(workspace, form_id)
        try:
            record, _ = prepare(form, record, {**record.data, **answers}, final=True, device_id=workspace.device_id,
                                protect=lambda values: protect_answers(workspace, form, values, record=record.uuid,
                                                                        remember=True))
        except MissingKey as exc:
            raise BatchError(f"{where}, field {exc.fields[0]}: {NO_KEY_MESSAGE}") from None
        except InvalidRecord as exc:
            name, message = next(iter(exc.errors.items()))
            more = f" (and {len(exc.errors) - 1} more)" if len(exc.errors) > 1 else ""
            raise BatchError(f"{where}, field {name}: {message}{more}") from None
        prepared.append(record)
        lines.append(line)
    if not prepared:
        raise BatchError(f"{source}: no records")
    duplicates = unique_errors(workspace, form, prepared)
    if duplicates:
        (position, name), message = next(iter(sorted(duplicates.items())))
        raise BatchError(f"{source}, line {lines[position]}, field {name}: {message}")
    return record_store.save_records(workspace.db, prepared, workspace.device_id)


def record_as_json(record: Record, form: Form | None = None) -> dict[str, Any]:
    """The CLI's JSON shape: uuid, revision, status, then every field in form order."""
    return {"uuid": record.uuid, "revision": record.revision, "status": record.status,
            **_in_form_order(form, record.data)}


def _in_form_order(form: Form | None, data: dict[str, Any], repeat: str | None = None) -> dict[str, Any]:
    if form is None:
        return dict(sorted(data.items()))
    names = form.repeat_field_names(repeat) if repeat else form.field_names()
    extra = [k for k in data if k not in names]  # fields of another version
    ordered: dict[str, Any] = {}
    for name in [*names, *extra]:
        value = data.get(name)
        if form.is_repeat(name) and isinstance(value, list):
            value = [_in_form_order(form, item, name) if isinstance(item, dict) else item for item in value]
        ordered[name] = value
    return ordered


def list_records(workspace: Workspace, form_id: str) -> Iterator[tuple[Record, Form]]:
    """Every record of a form, oldest first, with the form version it was written with."""
    workspace.form(form_id)  # KeyError for an unknown form
    for record in record_store.iter_records(workspace.db, form_id):
        try:
            form = workspace.form(form_id, record.form_version)
        except KeyError:
            form = workspace.form(form_id)
        yield record, form


# -- the record being edited, for recovery after a crash ---------------------------

_OPEN_KEY = "open_record"


def mark_open(workspace: Workspace, uuid: str) -> None:
    """Remember that this record is open in a form (cleared when the form closes)."""
    from fieldkit.store.database import meta_set, transaction

    with transaction(workspace.db):
        meta_set(workspace.db, _OPEN_KEY, uuid)


def clear_open(workspace: Workspace) -> None:
    from fieldkit.store.database import transaction

    with transaction(workspace.db):
        workspace.db.execute("DELETE FROM meta WHERE key = ?", [_OPEN_KEY])


def interrupted_draft(workspace: Workspace) -> Record | None:
    """The draft (or the final record with a pending edit) that was open when fieldkit last stopped
    without closing it."""
    from fieldkit.store.database import meta_get

    uuid = meta_get(workspace.db, _OPEN_KEY)
    if uuid is None:
        return None
    record = record_store.get_record(workspace.db, uuid)
    if record is None or record.deleted:
        return None
    if not record.is_final:
        return record
    # A final record is offered back when its pending edit was open (updated_at: when the edit was saved).
    from fieldkit.store.pending import get_pending

    pending = get_pending(workspace.db, uuid)
    return None if pending is None else record.with_changes(updated_at=pending.saved_at)
