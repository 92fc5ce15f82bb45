"""Form definitions kept in the database, so records stay readable under the
version they were written with."""

from __future__ import annotations

import json
from typing import Any

import sqlite_utils

from fieldkit.domain.records import utc_now

__all__ = ["form_rows", "form_versions", "get_form_source", "put_form"]


def put_form(db: sqlite_utils.Database, form_id: str, version: str, title: str, source: dict[str, Any], sha256: str) -> None:
    """Store one form version (inside a transaction)."""
    db.execute(
        "INSERT INTO forms (form_id, version, title, source, sha256, added_at) VALUES (?,?,?,?,?,?) "
        "ON CONFLICT(form_id, version) DO UPDATE SET title=excluded.title, source=excluded.source, sha256=excluded.sha256",
        [form_id, version, title, json.dumps(source, ensure_ascii=False), sha256, utc_now()],
    )


def form_rows(db: sqlite_utils.Database) -> list[dict[str, Any]]:
    """Every stored form version (without its source), by form then version."""
    rows = db.execute("SELECT form_id, version, title, sha256, added_at FROM forms ORDER BY form_id, added_at").fetchall()
    return [dict(zip(("form_id", "version", "title", "sha256", "added_at"), r)) for r in rows]


def get_form_source(db: sqlite_utils.Database, form_id: str, version: str) -> dict[str, Any] | None:
    row = db.execute("SELECT source FROM forms WHERE form_id = ? AND version = ?", [form_id, version]).fetchone()
    return None if row is None else json.loads(row[0])


def form_versions(db: sqlite_utils.Database, form_id: str) -> list[str]:
    """The versions of ``form_id`` stored here, oldest first."""
    return [str(r[0]) for r in db.execute("SELECT version FROM forms WHERE form_id = ? ORDER BY added_at", [form_id])]
