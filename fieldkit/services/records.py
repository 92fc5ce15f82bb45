"""Use cases on records: start, save (draft or final), add in batches, list, delete."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import Any

from fieldkit.domain.form import META_TYPES, Form
from fieldkit.domain.records import DRAFT, FINAL, Record, new_record, utc_now
from fieldkit.domain.validation import Evaluation, evaluate, record_title
from fieldkit.domain.values import AnswerError, coerce, is_empty
from fieldkit.services.workspace import Workspace
from fieldkit.store import records as record_store

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
            language: str | None = None) -> tuple[Record, Evaluation]:
    """The record as it would be saved, and its evaluation; raise InvalidRecord if final and invalid."""
    data = dict(answers)
    _stamp_meta(form, data, device_id)
    evaluation = evaluate(form, data, language=language)
    if final and not evaluation.valid:
        raise InvalidRecord(evaluation.errors)
    values = evaluation.values
    if not final:
        # A draft keeps what was typed even where it does not validate yet.
        values = {k: (data.get(k) if k in evaluation.errors else v) for k, v in values.items()}
    return (
        record.with_changes(
            data=values,
            status=FINAL if final else DRAFT,
            title=record_title(form, values),
            form_version=record.form_version or form.version,
        ),
        evaluation,
    )


def save_record(workspace: Workspace, record: Record, answers: dict[str, Any], *, final: bool,
                language: str | None = None) -> Record:
    """Save one record (one transaction): as a draft always, as final only if valid."""
    form = workspace.form(record.form_id, record.form_version)
    prepared, _ = prepare(form, record, answers, final=final, device_id=workspace.device_id, language=language)
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


def count_records(workspace: Workspace, form_id: str) -> int:
    return record_store.count_records(workspace.db, form_id)


def records_page(workspace: Workspace, form_id: str, after: tuple[str, str] | None = None,
                 limit: int = 200) -> list[Record]:
    """A page of a form's records, newest first, after the (updated_at, uuid) key given."""
    return record_store.page_records(workspace.db, form_id, after=after, limit=limit)


# -- JSON in and out (the CLI's shapes) ------------------------------------


def read_json_records(text: str) -> list[tuple[int, Any]]:
    """A JSON object, a JSON array of objects, or JSON Lines -> [(line, object)]."""
    stripped = text.strip()
    if not stripped:
        return []
    try:
        whole = json.loads(stripped)
    except json.JSONDecodeError:
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
    return items


def add_json_records(workspace: Workspace, form_id: str, items: Iterable[tuple[int, Any]],
                     *, source: str = "input") -> list[Record]:
    """Validate every record as the form view does and save all as final, or none."""
    form = workspace.form(form_id)
    prepared: list[Record] = []
    for line, item in items:
        where = f"{source}, line {line}"
        if not isinstance(item, dict):
            raise BatchError(f"{where}: expected a JSON object of field names and answers")
        answers: dict[str, Any] = {}
        for name, raw in item.items():
            if not form.has(name):
                raise BatchError(f"{where}, field {name}: form {form_id} has no such field")
            question = form.question(name)
            if question.type == "calculate" or question.type == "note":
                continue  # computed by the form, never taken from input
            try:
                answers[name] = coerce(question, form.choices_for(question), raw)
            except AnswerError as exc:
                raise BatchError(f"{where}, field {name}: {exc}") from None
        _, record = start_record(workspace, form_id)
        try:
            record, _ = prepare(form, record, {**record.data, **answers}, final=True, device_id=workspace.device_id)
        except InvalidRecord as exc:
            name, message = next(iter(exc.errors.items()))
            more = f" (and {len(exc.errors) - 1} more)" if len(exc.errors) > 1 else ""
            raise BatchError(f"{where}, field {name}: {message}{more}") from None
        prepared.append(record)
    if not prepared:
        raise BatchError(f"{source}: no records")
    return record_store.save_records(workspace.db, prepared, workspace.device_id)


def record_as_json(record: Record, form: Form | None = None) -> dict[str, Any]:
    """The CLI's JSON shape: uuid, revision, status, then every field in form order."""
    names = form.field_names() if form is not None else sorted(record.data)
    extra = [k for k in record.data if k not in names]  # fields of another version
    fields = {name: record.data.get(name) for name in [*names, *extra]}
    return {"uuid": record.uuid, "revision": record.revision, "status": record.status, **fields}


def list_records(workspace: Workspace, form_id: str) -> Iterator[tuple[Record, Form]]:
    """Every record of a form, oldest first, with the form version it was written with."""
    workspace.form(form_id)  # KeyError for an unknown form
    for record in record_store.iter_records(workspace.db, form_id):
        try:
            form = workspace.form(form_id, record.form_version)
        except KeyError:
            form = workspace.form(form_id)
        yield record, form
