"""The audit log: who did what to which record, and when."""

from __future__ import annotations

import json
from typing import Any

import sqlite_utils

from fieldkit.domain.records import utc_now

__all__ = ["audit_entries", "last_actor", "log_action"]

ACTIONS = frozenset({"create", "edit", "finalise", "delete", "restore", "form_add", "export", "import",
                     "edit_begin", "edit_discard", "device_trust", "device_rename", "withdraw"})


def log_action(
    db: sqlite_utils.Database,
    action: str,
    device_id: str,
    *,
    record_uuid: str | None = None,
    form_id: str | None = None,
    revision: int | None = None,
    detail: dict[str, Any] | None = None,
) -> None:
    """Append one entry; call inside the transaction of the change it records."""
    if action not in ACTIONS:
        raise ValueError(f"unknown audit action {action!r}")
    db.execute(
        "INSERT INTO audit (at, action, record_uuid, form_id, revision, device_id, detail) VALUES (?,?,?,?,?,?,?)",
        [utc_now(), action, record_uuid, form_id, revision, device_id,
         json.dumps(detail or {}, ensure_ascii=False, sort_keys=True)],
    )


def audit_entries(db: sqlite_utils.Database, *, record_uuid: str | None = None, limit: int = 1000) -> list[dict[str, Any]]:
    """Entries, newest first; only one record's when ``record_uuid`` is given."""
    where, params = ("WHERE record_uuid = ?", [record_uuid]) if record_uuid else ("", [])
    rows = db.execute(
        f"SELECT id, at, action, record_uuid, form_id, revision, device_id, detail FROM audit {where} "
        "ORDER BY id DESC LIMIT ?",
        [*params, limit],
    ).fetchall()
    keys = ("id", "at", "action", "record_uuid", "form_id", "revision", "device_id", "detail")
    return [dict(zip(keys, row[:-1] + (json.loads(row[-1] or "{}"),))) for row in rows]


def last_actor(db: sqlite_utils.Database, action: str) -> str | None:
    """The device id that last did ``action`` here (e.g. the id its last export carried), or None."""
    row = db.execute("SELECT device_id FROM audit WHERE action = ? ORDER BY id DESC LIMIT 1", [action]).fetchone()
    return row[0] if row and row[0] else None
