"""Pending edits of final records: what is typed into a final record until it is finalised or discarded.

A final record is never touched by an edit in progress: its answers stay in ``records`` (what reports,
lists, search and exports read) and the edit lives here (table ``pending_edits``, migration _v7), one
row per record, saved like a draft (the autosave, a crash) until finalising makes it the record's next
revision (``drop_pending`` in that transaction) or ``discard_pending`` drops it. ``base_revision`` is
the final revision the edit started from: an edit whose record has moved on (an import brought a newer
revision) is not finalised over it.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Any

import sqlite_utils

from fieldkit.domain.records import utc_now
from fieldkit.store.audit import log_action
from fieldkit.store.database import transaction

__all__ = ["PendingEdit", "discard_pending", "drop_pending", "get_pending", "pending_among",
           "save_pending"]


@dataclass(frozen=True)
class PendingEdit:
    uuid: str
    base_revision: int
    form_version: str
    data: dict[str, Any]
    saved_at: str
    device_id: str


def get_pending(db: sqlite_utils.Database, uuid: str) -> PendingEdit | None:
    row = db.execute("SELECT uuid, base_revision, form_version, data, saved_at, device_id FROM pending_edits "
                     "WHERE uuid = ?", [uuid]).fetchone()
    return None if row is None else PendingEdit(row[0], row[1], row[2], json.loads(row[3]), row[4], row[5])


def pending_among(db: sqlite_utils.Database, uuids: list[str]) -> set[str]:
    """Which of ``uuids`` have a pending edit (one query for a page of a list)."""
    if not uuids:
        return set()
    marks = ",".join("?" * len(uuids))
    return {r[0] for r in db.execute(f"SELECT uuid FROM pending_edits WHERE uuid IN ({marks})", uuids)}


def save_pending(db: sqlite_utils.Database, uuid: str, form_id: str, base_revision: int, form_version: str,
                 data: dict[str, Any], device_id: str) -> PendingEdit:
    """Save (or overwrite) the pending edit of a final record; the first save of an edit is audited."""
    now = utc_now()
    dumped = json.dumps(data, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    with transaction(db):
        existing = db.execute("SELECT base_revision FROM pending_edits WHERE uuid = ?", [uuid]).fetchone()
        db.execute("INSERT INTO pending_edits (uuid, base_revision, form_version, data, saved_at, device_id) "
                   "VALUES (?,?,?,?,?,?) ON CONFLICT(uuid) DO UPDATE SET data=excluded.data, "
                   "saved_at=excluded.saved_at, device_id=excluded.device_id",
                   [uuid, base_revision, form_version, dumped, now, device_id])
        if existing is None:
            log_action(db, "edit_begin", device_id, record_uuid=uuid, form_id=form_id, revision=base_revision)
    return PendingEdit(uuid, existing[0] if existing else base_revision, form_version, data, now, device_id)


def drop_pending(db: sqlite_utils.Database, uuids: list[str]) -> None:
    """Forget the pending edits of ``uuids`` (inside the transaction that finalises them)."""
    db.conn.executemany("DELETE FROM pending_edits WHERE uuid = ?", [(uuid,) for uuid in uuids])


def discard_pending(db: sqlite_utils.Database, uuid: str, form_id: str, device_id: str) -> bool:
    """Drop a record's pending edit; the record stays exactly as it was. Audited. False if there was none."""
    with transaction(db):
        row = db.execute("SELECT base_revision FROM pending_edits WHERE uuid = ?", [uuid]).fetchone()
        if row is None:
            return False
        db.execute("DELETE FROM pending_edits WHERE uuid = ?", [uuid])
        log_action(db, "edit_discard", device_id, record_uuid=uuid, form_id=form_id, revision=row[0])
    return True
