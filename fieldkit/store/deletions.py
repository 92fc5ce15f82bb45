"""Deleted records as they travel: the deletions an export sends, and those an import applies.

A deletion is a revision of its record (see ``fieldkit.domain.merge``): an export sends it as a
line of the manifest (a *tombstone*: uuid, form, revision, hash, ancestors, when), and an import
decides on it as on any revision, then marks the record deleted, its answers and history kept.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import NamedTuple

import sqlite_utils

from fieldkit.domain.digest import content_hash
from fieldkit.domain.merge import deletion_marker, format_ancestors, parse_ancestors
from fieldkit.domain.records import utc_now
from fieldkit.store.records import mark_deleted

__all__ = ["Deletion", "IncomingDeletion", "apply_deletions", "export_deletions"]


class Deletion(NamedTuple):
    """A deleted record as it travels: its deletion's revision and hash, its ancestors, when."""

    uuid: str
    form_id: str
    revision: int
    sha256: str
    ancestors: str
    deleted_at: str


def export_deletions(db: sqlite_utils.Database, form_ids: list[str], since: str | None = None,
                     until: str | None = None) -> Iterator[Deletion]:
    """The deleted records of the forms whose deletion travels (every record deleted here, or whose
    deletion arrived here, that was ever final: the others never left this laptop), deleted here
    after ``since`` and not after ``until``; oldest record first. ``deleted_at`` is when it was
    deleted where it was deleted (its deletion's history row), not when this database learnt it."""
    marks = ",".join("?" for _ in form_ids)
    rows = db.execute(
        "SELECT r.uuid, r.form_id, r.revision, "
        "(SELECT group_concat(a.revision || ':' || a.sha256, ' ') FROM record_ancestors a WHERE a.uuid = r.uuid), "
        "coalesce(h.saved_at, r.deleted_at) FROM records r "
        "LEFT JOIN record_history h ON h.uuid = r.uuid AND h.revision = r.revision "
        f"WHERE r.deleted_at IS NOT NULL AND r.status = 'deleted' AND r.form_id IN ({marks}) "
        "AND EXISTS (SELECT 1 FROM record_ancestors a WHERE a.uuid = r.uuid AND a.revision = r.revision)"
        + (" AND r.deleted_at > ?" if since else "") + (" AND r.deleted_at <= ?" if until else "")
        + " ORDER BY r.rowid",
        [*form_ids, *([since] if since else []), *([until] if until else [])])
    for uuid, form_id, revision, ancestors, deleted_at in rows:
        yield Deletion(uuid, form_id, revision, deletion_marker(uuid, revision),
                       format_ancestors(parse_ancestors(ancestors or "")), deleted_at)


class IncomingDeletion(NamedTuple):
    """A deletion that arrived: its manifest line, checked, and where it is."""

    uuid: str
    form_id: str
    revision: int
    sha256: str
    ancestors: frozenset[tuple[int, str]]  # its own (revision, sha256) included
    deleted_at: str
    row: int  # its row in the file's manifest


def apply_deletions(db: sqlite_utils.Database, deletions: list[IncomingDeletion], device_id: str,
                    form_versions: dict[str, str]) -> None:
    """Mark records deleted as they arrived (inside the import's transaction): each becomes its
    deletion's revision, its answers and history kept. A deletion of a record this database never
    had is kept as a deleted record with no answers (of form version ``form_versions[form_id]``),
    so that a copy of the live record arriving later is old news, not a resurrection."""
    now = utc_now()
    for d in deletions:
        row = db.execute("SELECT form_version FROM records WHERE uuid = ?", [d.uuid]).fetchone()
        if row is not None:
            form_version = str(row[0])
        else:
            form_version = form_versions[d.form_id]
            db.execute(
                "INSERT INTO records (uuid, form_id, form_version, status, revision, created_at, updated_at, "
                "device_id, title, data, deleted_at, search_text, sha256) "
                "VALUES (?,?,?,'deleted',?,?,?,?,'','{}',?,'',?)",
                [d.uuid, d.form_id, form_version, d.revision, d.deleted_at, now, device_id, now, _EMPTY_SHA])
        mark_deleted(db, d.uuid, form_version, d.revision, device_id, deleted_at=now, saved_at=d.deleted_at,
                     ancestors=d.ancestors)


_EMPTY_SHA = content_hash({})
