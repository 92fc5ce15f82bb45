"""Editing a final record: an explicit, pending revision that is finalised or discarded.

Opening a final record shows it read-only; Edit starts a pending edit. What is typed then is saved
(autosaved, kept over a crash) in ``fieldkit.store.pending``, never in the record: reports, the
records list, search and exports go on using the final revision until ``finalise_edit`` makes the
edit the record's next revision (its history keeps the old one). ``discard_edit`` drops the edit and
leaves the record exactly as it was (no revision bump); both are audited.
"""

from __future__ import annotations

from typing import Any

from fieldkit.domain.messages import Message
from fieldkit.domain.records import Record
from fieldkit.services.privacy import NO_KEY_MESSAGE, MissingKey
from fieldkit.services.privacy import protect as protect_answers
from fieldkit.services.records import InvalidRecord, prepare, unique_errors
from fieldkit.services.workspace import Workspace
from fieldkit.store import pending as pending_store
from fieldkit.store import records as record_store
from fieldkit.store.database import waiting_at_most
from fieldkit.store.pending import PendingEdit

__all__ = ["EditOutdated", "PendingEdit", "discard_edit", "finalise_edit", "pending_among", "pending_edit",
           "save_edit"]

OUTDATED_MESSAGE = ("This record changed while it was being edited (revision {revision} arrived, the edit started "
                    "from revision {base}). Discard the edit and edit the record again.")


class EditOutdated(ValueError):
    """The record moved on (an import) since its pending edit began; the edit is kept, not finalised."""


def pending_edit(workspace: Workspace, uuid: str) -> PendingEdit | None:
    return pending_store.get_pending(workspace.db, uuid)


def pending_among(workspace: Workspace, uuids: list[str]) -> set[str]:
    """Which of these records have a pending edit (for the records list)."""
    return pending_store.pending_among(workspace.db, uuids)


def save_edit(workspace: Workspace, record: Record, answers: dict[str, Any], *, language: str | None = None,
              wait_ms: int | None = None) -> PendingEdit:
    """Save what is typed into a final record as its pending edit (the record is not touched)."""
    if not record.is_final:
        raise ValueError(f"record {record.uuid} is a draft: it is saved, not edited")
    form = workspace.form(record.form_id, record.form_version)
    try:
        prepared, _ = prepare(form, record, answers, final=False, device_id=workspace.device_id, language=language,
                              protect=lambda values: protect_answers(workspace, form, values, record=record.uuid))
    except MissingKey as exc:
        raise InvalidRecord({name: NO_KEY_MESSAGE for name in exc.fields}) from None
    args = (workspace.db, record.uuid, record.form_id, record.revision, record.form_version, prepared.data,
            workspace.device_id)
    if wait_ms is None:
        return pending_store.save_pending(*args)
    with waiting_at_most(workspace.db, wait_ms):
        return pending_store.save_pending(*args)


def finalise_edit(workspace: Workspace, record: Record, answers: dict[str, Any], *,
                  language: str | None = None) -> Record:
    """Make the edit the record's next final revision (if valid) and end the pending edit, in one transaction."""
    current = record_store.get_record(workspace.db, record.uuid)
    pending = pending_store.get_pending(workspace.db, record.uuid)
    base = pending.base_revision if pending is not None else record.revision
    if current is None or current.revision != base or not current.is_final:
        raise EditOutdated(Message(OUTDATED_MESSAGE, revision=current.revision if current else "?", base=base))
    form = workspace.form(current.form_id, current.form_version)
    try:
        prepared, _ = prepare(form, current, answers, final=True, device_id=workspace.device_id, language=language,
                              protect=lambda values: protect_answers(workspace, form, values, record=current.uuid,
                                                                      remember=True))
    except MissingKey as exc:
        raise InvalidRecord({name: NO_KEY_MESSAGE for name in exc.fields}) from None
    duplicates = unique_errors(workspace, form, [prepared])
    if duplicates:
        raise InvalidRecord({name: message for (_, name), message in duplicates.items()})
    return record_store.save_records(workspace.db, [prepared], workspace.device_id, ending_edits=True)[0]


def discard_edit(workspace: Workspace, record: Record) -> bool:
    """Drop the pending edit of a record: it stays exactly as it was. Audited; False if there was none."""
    return pending_store.discard_pending(workspace.db, record.uuid, record.form_id, workspace.device_id)
