"""Records in the database: save with revisions and history, read, page, delete."""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

import sqlite_utils

from fieldkit.domain.consent import withdraws_consent
from fieldkit.domain.digest import content_hash
from fieldkit.domain.merge import deletion_marker
from fieldkit.domain.records import Record, RecordFilter, search_text, utc_now
from fieldkit.domain.text import fold
from fieldkit.store.audit import log_action
from fieldkit.store.database import transaction
from fieldkit.store.withdrawal import erase_earlier_revisions, secure_delete

__all__ = [
    "count_records",
    "delete_record",
    "find_duplicates",
    "get_record",
    "iter_records",
    "page_records",
    "keep_superseded",
    "mark_deleted",
    "record_history",
    "restore_record",
    "save_records",
    "settle",
    "settle_deletion",
]

_COLUMNS = "uuid, form_id, form_version, status, revision, created_at, updated_at, device_id, title, data, deleted_at"


def _dumps(data: dict[str, Any]) -> str:
    return json.dumps(data, ensure_ascii=False, sort_keys=True, separators=(",", ":"))


def _from_row(row: tuple) -> Record:
    return Record(
        uuid=row[0],
        form_id=row[1],
        form_version=row[2],
        status=row[3],
        revision=row[4],
        created_at=row[5],
        updated_at=row[6],
        device_id=row[7],
        title=row[8] or "",
        data=json.loads(row[9]),
        deleted=row[10] is not None,
    )


def get_record(db: sqlite_utils.Database, uuid: str) -> Record | None:
    row = db.execute(f"SELECT {_COLUMNS} FROM records WHERE uuid = ?", [uuid]).fetchone()
    return None if row is None else _from_row(row)


def _save_one(db: sqlite_utils.Database, record: Record, device_id: str) -> Record:
    existing = get_record(db, record.uuid)
    now = utc_now()
    if existing is None:
        saved = record.with_changes(revision=1, updated_at=now, device_id=device_id)
        action = "create"
    else:
        if existing.form_id != record.form_id:
            raise ValueError(f"record {record.uuid} belongs to form {existing.form_id}, not {record.form_id}")
        if (existing.data, existing.status, existing.form_version, existing.deleted) == (
            record.data, record.status, record.form_version, False
        ):
            return existing  # nothing changed: no new revision, no audit noise
        # A final record that is saved again starts a new revision; a draft is
        # the revision being written, so saving it again stays on that revision.
        # (A deleted record's revision is its deletion: saving it is a new one.)
        revision = existing.revision + 1 if existing.is_final or existing.deleted else existing.revision
        saved = record.with_changes(
            revision=revision, created_at=existing.created_at, updated_at=now, device_id=device_id
        )
        action = "finalise" if saved.is_final and not existing.is_final else "edit"
    # Consent withdrawn: what the person said before is erased with this save, and overwritten.
    withdrawing = existing is not None and saved.is_final and withdraws_consent(saved.data)
    with secure_delete(db, withdrawing):
        data = _dumps(saved.data)
        digest = content_hash(saved.data)
        if existing is not None:
            keep_superseded(db, [saved.uuid])
        db.execute(
            f"INSERT INTO records ({_COLUMNS}, search_text, sha256) VALUES (?,?,?,?,?,?,?,?,?,?,NULL,?,?) "
            "ON CONFLICT(uuid) DO UPDATE SET form_version=excluded.form_version, status=excluded.status, "
            "revision=excluded.revision, updated_at=excluded.updated_at, device_id=excluded.device_id, "
            "title=excluded.title, data=excluded.data, deleted_at=NULL, search_text=excluded.search_text, "
            "sha256=excluded.sha256",
            [saved.uuid, saved.form_id, saved.form_version, saved.status, saved.revision, saved.created_at,
             saved.updated_at, saved.device_id, saved.title, data, search_text(saved.title, saved.data), digest],
        )
        if saved.is_final:
            db.execute("INSERT OR IGNORE INTO record_ancestors (uuid, revision, sha256) VALUES (?,?,?)",
                       [saved.uuid, saved.revision, digest])
        db.execute(
            "INSERT INTO record_history (uuid, revision, status, form_version, saved_at, device_id, data) "
            "VALUES (?,?,?,?,?,?,NULL) ON CONFLICT(uuid, revision) DO UPDATE SET status=excluded.status, "
            "form_version=excluded.form_version, saved_at=excluded.saved_at, device_id=excluded.device_id, data=NULL",
            [saved.uuid, saved.revision, saved.status, saved.form_version, now, device_id],
        )
        log_action(db, action, device_id, record_uuid=saved.uuid, form_id=saved.form_id, revision=saved.revision,
                   detail={"status": saved.status})
        if withdrawing:
            erase_earlier_revisions(db, [saved.uuid], device_id)
    return saved


def save_records(db: sqlite_utils.Database, records: list[Record], device_id: str, *,
                 ending_edits: bool = False) -> list[Record]:
    """Save records in one transaction; return them as stored (revision, times).

    ``ending_edits``: the records are pending edits being finalised; their pending rows go in the
    same transaction."""
    with transaction(db):
        saved = [_save_one(db, record, device_id) for record in records]
        if ending_edits:
            from fieldkit.store.pending import drop_pending

            drop_pending(db, [record.uuid for record in records])
        return saved


def delete_record(db: sqlite_utils.Database, uuid: str, device_id: str) -> None:
    """Soft-delete: the record leaves the lists; its content and history stay.

    The deletion is a revision of its own (revision N+1, status 'deleted', the hash
    ``deletion_marker``), so that it travels and is ordered against edits like any other."""
    with transaction(db):
        record = get_record(db, uuid)
        if record is None or record.deleted:
            return
        now = utc_now()
        mark_deleted(db, uuid, record.form_version, record.revision + 1, device_id, deleted_at=now, saved_at=now)
        log_action(db, "delete", device_id, record_uuid=uuid, form_id=record.form_id, revision=record.revision + 1)


def mark_deleted(db: sqlite_utils.Database, uuid: str, form_version: str, revision: int, device_id: str, *,
                 deleted_at: str, saved_at: str, ancestors: frozenset[tuple[int, str]] = frozenset()) -> None:
    """Make revision ``revision`` of a stored record its deletion (inside a transaction): its answers
    stay (in history, and as the record's, for a restore). A record that was ever final (it has
    ancestors) gets the deletion among its ancestors, so that it travels; ``ancestors``: others to
    learn (those of a deletion that arrived)."""
    keep_superseded(db, [uuid])
    db.execute("UPDATE records SET status = 'deleted', revision = ?, updated_at = ?, device_id = ?, deleted_at = ? "
               "WHERE uuid = ?", [revision, deleted_at, device_id, deleted_at, uuid])
    db.execute(
        "INSERT INTO record_history (uuid, revision, status, form_version, saved_at, device_id, data) "
        "VALUES (?,?,'deleted',?,?,?,NULL) ON CONFLICT(uuid, revision) DO UPDATE SET status=excluded.status, "
        "form_version=excluded.form_version, saved_at=excluded.saved_at, device_id=excluded.device_id, data=NULL",
        [uuid, revision, form_version, saved_at, device_id])
    shared = ancestors or db.execute("SELECT 1 FROM record_ancestors WHERE uuid = ? LIMIT 1", [uuid]).fetchone()
    if shared:
        db.conn.executemany("INSERT OR IGNORE INTO record_ancestors (uuid, revision, sha256) VALUES (?,?,?)",
                            [(uuid, r, s) for r, s in ancestors | {(revision, deletion_marker(uuid, revision))}])


def settle_deletion(db: sqlite_utils.Database, uuid: str, revision: int, device_id: str,
                    extra_ancestors: frozenset[tuple[int, str]], detail: dict[str, Any]) -> None:
    """Settle a conflict by keeping the deletion, as revision ``revision`` (inside a transaction)."""
    record = get_record(db, uuid)
    if record is None:
        raise KeyError(f"record {uuid} is gone")
    now = utc_now()
    mark_deleted(db, uuid, record.form_version, revision, device_id, deleted_at=now, saved_at=now,
                 ancestors=extra_ancestors)
    log_action(db, "delete", device_id, record_uuid=uuid, form_id=record.form_id, revision=revision, detail=detail)


def keep_superseded(db: sqlite_utils.Database, uuids: list[str]) -> None:
    """Before the records ``uuids`` get new answers: their current revisions' history rows, which
    hold NULL while the record holds their answers, get a copy of them (inside a transaction)."""
    db.conn.executemany(
        "UPDATE record_history SET data = (SELECT r.data FROM records r WHERE r.uuid = record_history.uuid) "
        "WHERE uuid = ? AND data IS NULL", [(uuid,) for uuid in uuids])


def record_history(db: sqlite_utils.Database, uuid: str) -> list[dict[str, Any]]:
    """Every revision of a record, oldest first."""
    rows = db.execute(
        # The current revision's answers are the record's (see migration _v6).
        "SELECT h.revision, h.status, h.form_version, h.saved_at, h.device_id, coalesce(h.data, r.data) "
        "FROM record_history h JOIN records r ON r.uuid = h.uuid WHERE h.uuid = ? ORDER BY h.revision",
        [uuid],
    ).fetchall()
    return [
        {"revision": r[0], "status": r[1], "form_version": r[2], "saved_at": r[3], "device_id": r[4], "data": json.loads(r[5])}
        for r in rows
    ]


def _where(form_id: str, spec: RecordFilter) -> tuple[str, list[Any]]:
    clauses = ["form_id = ?", "deleted_at IS NOT NULL" if spec.deleted else "deleted_at IS NULL"]
    params: list[Any] = [form_id]
    if spec.status:
        clauses.append("status = ?")
        params.append(spec.status)
    for word in fold(spec.search).split():
        clauses.append("instr(search_text, ?) > 0")
        params.append(word)
    # Dates are the local calendar day of creation; created_at is UTC.
    if spec.date_from:
        clauses.append("date(created_at, 'localtime') >= ?")
        params.append(spec.date_from)
    if spec.date_to:
        clauses.append("date(created_at, 'localtime') <= ?")
        params.append(spec.date_to)
    return " AND ".join(clauses), params


def count_records(db: sqlite_utils.Database, form_id: str, spec: RecordFilter | None = None) -> int:
    where, params = _where(form_id, spec or RecordFilter())
    return int(db.execute(f"SELECT count(*) FROM records WHERE {where}", params).fetchone()[0])


def page_records(
    db: sqlite_utils.Database, form_id: str, spec: RecordFilter | None = None, *, offset: int = 0, limit: int = 200
) -> list[Record]:
    """A page of a form's records as ``spec`` filters and sorts them."""
    spec = spec or RecordFilter()
    where, params = _where(form_id, spec)
    direction = "DESC" if spec.descending else "ASC"
    rows = db.execute(
        f"SELECT {_COLUMNS} FROM records WHERE {where} "
        f"ORDER BY {spec.sort}{' COLLATE NOCASE' if spec.sort == 'title' else ''} {direction}, uuid {direction} "
        "LIMIT ? OFFSET ?",
        [*params, limit, offset],
    ).fetchall()
    return [_from_row(r) for r in rows]


def restore_record(db: sqlite_utils.Database, uuid: str, device_id: str) -> bool:
    """Bring a deleted record back into the lists, as it was before, as a revision of its own
    (descending from the deletion, so that the restore travels too); audited. False when there is
    nothing to restore: no such record, not deleted, or known here only by its deletion (a
    deletion that arrived for a record this database never had)."""
    with transaction(db):
        record = get_record(db, uuid)
        if record is None or not record.deleted:
            return False
        status = record.status
        if status == "deleted":
            row = db.execute("SELECT status FROM record_history WHERE uuid = ? AND revision < ? "
                             "AND status <> 'deleted' ORDER BY revision DESC LIMIT 1",
                             [uuid, record.revision]).fetchone()
            if row is None:
                return False
            status = row[0]
        revision, now = record.revision + 1, utc_now()
        keep_superseded(db, [uuid])
        db.execute("UPDATE records SET status = ?, revision = ?, updated_at = ?, device_id = ?, deleted_at = NULL "
                   "WHERE uuid = ?", [status, revision, now, device_id, uuid])
        db.execute("INSERT OR REPLACE INTO record_history (uuid, revision, status, form_version, saved_at, "
                   "device_id, data) VALUES (?,?,?,?,?,?,NULL)",
                   [uuid, revision, status, record.form_version, now, device_id])
        if status == "final":
            db.execute("INSERT OR IGNORE INTO record_ancestors (uuid, revision, sha256) "
                       "SELECT uuid, ?, sha256 FROM records WHERE uuid = ?", [revision, uuid])
        log_action(db, "restore", device_id, record_uuid=uuid, form_id=record.form_id, revision=revision)
        return True


def iter_records(db: sqlite_utils.Database, form_id: str, *, include_deleted: bool = False) -> Iterator[Record]:
    """Every record of a form, oldest first."""
    where = "form_id = ?" + ("" if include_deleted else " AND deleted_at IS NULL")
    for row in db.execute(f"SELECT {_COLUMNS} FROM records WHERE {where} ORDER BY created_at, uuid", [form_id]):
        yield _from_row(row)



def find_duplicates(db: sqlite_utils.Database, form_id: str, field: str, value: str, exclude_uuid: str) -> list[str]:
    """UUIDs of other live records of a form whose ``field`` equals ``value`` (trimmed, any case)."""
    rows = db.execute(
        "SELECT uuid FROM records WHERE form_id = ? AND deleted_at IS NULL AND uuid != ? "
        "AND lower(trim(CAST(json_extract(data, '$.' || ?) AS TEXT))) = lower(trim(?))",
        [form_id, exclude_uuid, field, value],
    ).fetchall()
    return [r[0] for r in rows]


def settle(db: sqlite_utils.Database, uuid: str, data: dict[str, Any], form_version: str, revision: int,
           title: str, device_id: str, extra_ancestors: frozenset[tuple[int, str]], detail: dict[str, Any]) -> None:
    """Write the settled revision of a conflicted record (inside a transaction); one that
    withdraws consent erases the earlier revisions' content (see ``store.withdrawal``)."""
    withdrawing = withdraws_consent(data)
    with secure_delete(db, withdrawing):
        _settle(db, uuid, data, form_version, revision, title, device_id, extra_ancestors, detail)
        if withdrawing:
            erase_earlier_revisions(db, [uuid], device_id, settling=True)


def _settle(db: sqlite_utils.Database, uuid: str, data: dict[str, Any], form_version: str, revision: int,
            title: str, device_id: str, extra_ancestors: frozenset[tuple[int, str]], detail: dict[str, Any]) -> None:
    now = utc_now()
    dumped = _dumps(data)
    digest = content_hash(data)
    keep_superseded(db, [uuid])
    db.execute("UPDATE records SET data = ?, form_version = ?, status = 'final', revision = ?, updated_at = ?, "
               "device_id = ?, title = ?, search_text = ?, sha256 = ?, deleted_at = NULL WHERE uuid = ?",
               [dumped, form_version, revision, now, device_id, title, search_text(title, data), digest, uuid])
    db.execute("INSERT OR REPLACE INTO record_history (uuid, revision, status, form_version, saved_at, device_id, "
               "data) VALUES (?,?,?,?,?,?,NULL)", [uuid, revision, "final", form_version, now, device_id])
    db.conn.executemany("INSERT OR IGNORE INTO record_ancestors (uuid, revision, sha256) VALUES (?,?,?)",
                        [(uuid, r, s) for r, s in extra_ancestors | {(revision, digest)}])
    row = db.execute("SELECT form_id FROM records WHERE uuid = ?", [uuid]).fetchone()
    log_action(db, "edit", device_id, record_uuid=uuid, form_id=row[0] if row else None, revision=revision,
               detail=detail)
