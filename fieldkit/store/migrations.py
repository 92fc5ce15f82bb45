"""Versioned schema migrations, tracked in ``PRAGMA user_version``.

Each migration runs in its own transaction together with the version bump, so
a database is always at exactly one schema version. Add new migrations at the
end; never edit one that has shipped.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import sqlite_utils

from fieldkit.store.errors import StoreError

__all__ = ["MIGRATIONS", "SCHEMA_VERSION", "migrate"]


def _v1(db: sqlite_utils.Database) -> None:
    db["meta"].create({"key": str, "value": str}, pk="key")
    db["forms"].create(
        {"form_id": str, "version": str, "title": str, "source": str, "sha256": str, "added_at": str},
        pk=("form_id", "version"),
    )
    db["records"].create(
        {
            "uuid": str,
            "form_id": str,
            "form_version": str,
            "status": str,
            "revision": int,
            "created_at": str,
            "updated_at": str,
            "device_id": str,
            "title": str,
            "data": str,
            "deleted_at": str,
        },
        pk="uuid",
        not_null={"form_id", "form_version", "status", "revision", "created_at", "updated_at", "device_id", "data"},
    )
    db["records"].create_index(["form_id", "updated_at"], index_name="records_by_form")
    db["record_history"].create(
        {
            "uuid": str,
            "revision": int,
            "status": str,
            "form_version": str,
            "saved_at": str,
            "device_id": str,
            "data": str,
        },
        pk=("uuid", "revision"),
        not_null={"status", "form_version", "saved_at", "device_id", "data"},
    )
    db["audit"].create(
        {
            "id": int,
            "at": str,
            "action": str,
            "record_uuid": str,
            "form_id": str,
            "revision": int,
            "device_id": str,
            "detail": str,
        },
        pk="id",
        not_null={"at", "action"},
    )
    db["audit"].create_index(["record_uuid"], index_name="audit_by_record")


def _v2(db: sqlite_utils.Database) -> None:
    """A folded search text per record, so that search needs no JSON parsing."""
    import json

    from fieldkit.domain.records import search_text

    db["records"].add_column("search_text", str)
    rows = db.execute("SELECT uuid, title, data FROM records").fetchall()
    db.conn.executemany(
        "UPDATE records SET search_text = ? WHERE uuid = ?",
        [(search_text(title or "", json.loads(data)), uuid) for uuid, title, data in rows],
    )


def _v3(db: sqlite_utils.Database) -> None:
    """Exchange: content hashes, ancestors for merging, exports per destination, conflicts."""
    import json

    from fieldkit.domain.digest import content_hash

    db["records"].add_column("sha256", str)
    db["record_ancestors"].create({"uuid": str, "revision": int, "sha256": str}, pk=("uuid", "revision", "sha256"))
    db["exports"].create({"destination": str, "export_id": str, "exported_at": str, "records": int},
                         pk="destination")
    db["conflicts"].create(
        {
            "id": int,
            "uuid": str,
            "form_id": str,
            "form_version": str,
            "revision": int,
            "sha256": str,
            "ancestors": str,
            "data": str,
            "device_id": str,
            "updated_at": str,
            "source": str,
            "found_at": str,
            "resolved_at": str,
            "resolution": str,
        },
        pk="id",
    )
    db["conflicts"].create_index(["uuid"], index_name="conflicts_by_record")
    rows = db.execute("SELECT uuid, data FROM records").fetchall()
    db.conn.executemany("UPDATE records SET sha256 = ? WHERE uuid = ?",
                        [(content_hash(json.loads(data)), uuid) for uuid, data in rows])
    history = db.execute("SELECT uuid, revision, data FROM record_history WHERE status = 'final'").fetchall()
    db.conn.executemany("INSERT OR IGNORE INTO record_ancestors (uuid, revision, sha256) VALUES (?,?,?)",
                        [(uuid, revision, content_hash(json.loads(data))) for uuid, revision, data in history])


def _v4(db: sqlite_utils.Database) -> None:
    """The live records of a form, in list order: counted and paged without touching the table."""
    db.execute("CREATE INDEX records_live ON records (form_id, updated_at, uuid) WHERE deleted_at IS NULL")


def _v5(db: sqlite_utils.Database) -> None:
    """records_by_form (every record) gives way to an index of the deleted ones: records_live
    serves the lists, and each insert (100,000 in a big import) updates one index fewer."""
    db.execute("DROP INDEX IF EXISTS records_by_form")
    db.execute("CREATE INDEX records_deleted ON records (form_id, updated_at, uuid) WHERE deleted_at IS NOT NULL")


def _v6(db: sqlite_utils.Database) -> None:
    """A revision's answers are kept in record_history once they are superseded; while a revision is
    the record's current one, its history row holds NULL and ``records.data`` holds its answers (every
    record's answers were written twice: a 100,000-record import wrote 55 MB more than it needed).
    record_ancestors is stored by its key alone (WITHOUT ROWID): it is nothing but its key."""
    db.execute("CREATE TABLE record_history_v6 (uuid TEXT, revision INTEGER, status TEXT NOT NULL, "
               "form_version TEXT NOT NULL, saved_at TEXT NOT NULL, device_id TEXT NOT NULL, data TEXT, "
               "PRIMARY KEY (uuid, revision))")
    db.execute("INSERT INTO record_history_v6 SELECT h.uuid, h.revision, h.status, h.form_version, h.saved_at, "
               "h.device_id, CASE WHEN r.revision = h.revision AND r.data = h.data THEN NULL ELSE h.data END "
               "FROM record_history h LEFT JOIN records r ON r.uuid = h.uuid")
    db.execute("DROP TABLE record_history")
    db.execute("ALTER TABLE record_history_v6 RENAME TO record_history")
    db.execute("CREATE TABLE record_ancestors_v6 (uuid TEXT NOT NULL, revision INTEGER NOT NULL, "
               "sha256 TEXT NOT NULL, PRIMARY KEY (uuid, revision, sha256)) WITHOUT ROWID")
    db.execute("INSERT OR IGNORE INTO record_ancestors_v6 SELECT uuid, revision, sha256 FROM record_ancestors "
               "WHERE uuid IS NOT NULL AND revision IS NOT NULL AND sha256 IS NOT NULL")
    db.execute("DROP TABLE record_ancestors")
    db.execute("ALTER TABLE record_ancestors_v6 RENAME TO record_ancestors")


def _v7(db: sqlite_utils.Database) -> None:
    """A deletion is a revision of its own, so that it travels (see ``fieldkit.domain.merge``): each
    record deleted before is given its deletion's revision (the next one, status 'deleted', its
    answers kept in history), and, if it was ever final, the deletion among its ancestors."""
    import hashlib

    rows = db.execute("SELECT uuid, revision, form_version, device_id, deleted_at FROM records "
                      "WHERE deleted_at IS NOT NULL AND status <> 'deleted'").fetchall()
    for uuid, revision, form_version, device_id, deleted_at in rows:
        deletion = revision + 1
        db.execute("UPDATE record_history SET data = (SELECT r.data FROM records r WHERE r.uuid = record_history.uuid) "
                   "WHERE uuid = ? AND data IS NULL", [uuid])
        db.execute("UPDATE records SET status = 'deleted', revision = ?, updated_at = ? WHERE uuid = ?",
                   [deletion, deleted_at, uuid])
        db.execute("INSERT OR REPLACE INTO record_history (uuid, revision, status, form_version, saved_at, device_id, "
                   "data) VALUES (?,?,'deleted',?,?,?,NULL)", [uuid, deletion, form_version, deleted_at, device_id])
        if db.execute("SELECT 1 FROM record_ancestors WHERE uuid = ? LIMIT 1", [uuid]).fetchone():
            marker = hashlib.sha256(f"fieldkit-deleted\n{uuid}\n{deletion}".encode()).hexdigest()
            db.execute("INSERT OR IGNORE INTO record_ancestors (uuid, revision, sha256) VALUES (?,?,?)",
                       [uuid, deletion, marker])


def _v8(db: sqlite_utils.Database) -> None:
    """Pending edits of final records, kept apart from the records (see fieldkit.store.pending)."""
    db.execute("CREATE TABLE pending_edits (uuid TEXT PRIMARY KEY, base_revision INTEGER NOT NULL, "
               "form_version TEXT NOT NULL, data TEXT NOT NULL, saved_at TEXT NOT NULL, device_id TEXT NOT NULL)")


def _v9(db: sqlite_utils.Database) -> None:
    """The laptops HQ has imported from, and the key each signs its exports with (pinned on the
    first import: trust on first use)."""
    db.execute("CREATE TABLE devices (device_id TEXT PRIMARY KEY, name TEXT NOT NULL, public_key TEXT NOT NULL, "
               "fingerprint TEXT NOT NULL, first_seen TEXT NOT NULL, last_seen TEXT NOT NULL, "
               "files INTEGER NOT NULL DEFAULT 0)")


def _v10(db: sqlite_utils.Database) -> None:
    """Unique clashes: a conflict may be between two records (two laptops' events with one
    event_code), not two versions of one. ``clash_uuid`` is the local record whose ``clash_field``
    holds the same answer; ``created_at`` lets the held record be inserted when it is settled."""
    db.execute("ALTER TABLE conflicts ADD COLUMN clash_uuid TEXT")
    db.execute("ALTER TABLE conflicts ADD COLUMN clash_field TEXT")
    db.execute("ALTER TABLE conflicts ADD COLUMN created_at TEXT")


def _v11(db: sqlite_utils.Database) -> None:
    """Names known to identify someone, for scrubbing every record's free text: keyed hashes only
    (HMAC-SHA256 with this database's own secret, kept in meta), never the names in clear."""
    import secrets

    db.execute("CREATE TABLE name_keys (digest BLOB PRIMARY KEY) WITHOUT ROWID")
    db.execute("INSERT OR IGNORE INTO meta(key, value) VALUES ('name_key_secret', ?)", [secrets.token_hex(32)])


MIGRATIONS: list[Callable[[sqlite_utils.Database], None]] = [_v1, _v2, _v3, _v4, _v5, _v6, _v7, _v8, _v9, _v10,
                                                             _v11]
SCHEMA_VERSION = len(MIGRATIONS)


def migrate(db: sqlite_utils.Database, transaction: Callable[[sqlite_utils.Database], Any]) -> None:
    """Bring the database up to SCHEMA_VERSION, one transaction per step."""
    current = db.execute("PRAGMA user_version").fetchone()[0]
    if current > SCHEMA_VERSION:
        raise StoreError(
            f"this database was written by a newer fieldkit (schema {current}, this one knows {SCHEMA_VERSION}); update fieldkit"
        )
    for version in range(current + 1, SCHEMA_VERSION + 1):
        with transaction(db):
            MIGRATIONS[version - 1](db)
            db.execute(f"PRAGMA user_version = {version}")
