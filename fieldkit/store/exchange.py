"""What export and import need from the database, in bulk."""

from __future__ import annotations

import json
from collections.abc import Iterator, Sequence
from typing import Any, NamedTuple

import sqlcipher3
import sqlite_utils

from fieldkit.domain.merge import Version, deletion_marker, format_ancestors, parse_ancestors
from fieldkit.domain.records import search_text, utc_now
from fieldkit.store.records import keep_superseded
from fieldkit.store.withdrawal import erase_earlier_revisions, secure_delete, withdrawn_among

__all__ = [
    "ExportRow",
    "add_conflict",
    "stored_as_incoming",
    "live_final_answers",
    "IncomingRecord",
    "ManifestScratch",
    "ScratchEntry",
    "apply_incoming",
    "count_export_rows",
    "estimate_export_rows",
    "has_export_rows",
    "export_rows",
    "last_export",
    "learn_ancestors",
    "mark_duplicate",
    "records_naming",
    "unique_answers",
    "local_versions",
    "open_conflicts",
    "record_export",
    "resolve_conflict_row",
]


class ExportRow(NamedTuple):
    """The latest final revision of a live record (a tuple: one is made per exported row)."""

    uuid: str
    form_id: str
    form_version: str
    revision: int
    created_at: str
    updated_at: str
    device_id: str
    data: dict[str, Any]
    ancestors: str
    current_sha256: str | None = None  # the hash of ``data`` when it is the record's current content


_LATEST_FINAL = (
    # Records first, scanned in rowid (creation) order (see export_rows). A final record is its own
    # latest final revision; only a record being edited again (a draft on top) needs its history.
    "FROM records r LEFT JOIN record_history h ON h.uuid = r.uuid AND h.revision = CASE WHEN r.status <> 'final' "
    "THEN (SELECT max(revision) FROM record_history m WHERE m.uuid = r.uuid AND m.status = 'final') END "
    "WHERE r.deleted_at IS NULL AND +r.form_id IN ({forms}) AND (r.status = 'final' OR h.uuid IS NOT NULL) "
    "{since}"
)
#: The latest final revision's columns: the record's own, or its history row's.
_FINAL_COLUMNS = ("r.uuid, r.form_id, coalesce(h.form_version, r.form_version), coalesce(h.revision, r.revision), "
                  "r.created_at, coalesce(h.saved_at, r.updated_at), coalesce(h.device_id, r.device_id), "
                  "coalesce(h.data, r.data)")


def _export_query(form_ids: list[str], since: str | None) -> tuple[str, list[Any]]:
    marks = ",".join("?" for _ in form_ids)
    query = _LATEST_FINAL.format(forms=marks, since="AND coalesce(h.saved_at, r.updated_at) > ?" if since else "")
    return query, [*form_ids, *([since] if since else [])]


def estimate_export_rows(db: sqlite_utils.Database, form_ids: list[str], since: str | None = None) -> int:
    """About how many rows an export will have (for a progress bar), from the records_live index
    alone: live records of the forms, changed since ``since``. Records that were never finalised
    count too, so it errs high."""
    marks = ",".join("?" for _ in form_ids)
    return int(db.execute(
        f"SELECT count(*) FROM records WHERE form_id IN ({marks}) AND deleted_at IS NULL"
        + (" AND updated_at > ?" if since else ""), [*form_ids, *([since] if since else [])]).fetchone()[0])


def has_export_rows(db: sqlite_utils.Database, form_ids: list[str], since: str | None = None) -> bool:
    query, params = _export_query(form_ids, since)
    return db.execute(f"SELECT 1 {query} LIMIT 1", params).fetchone() is not None


def count_export_rows(db: sqlite_utils.Database, form_ids: list[str], since: str | None = None) -> int:
    query, params = _export_query(form_ids, since)
    return int(db.execute(f"SELECT count(*) {query}", params).fetchone()[0])


def export_rows(db: sqlite_utils.Database, form_ids: list[str], since: str | None = None) -> Iterator[ExportRow]:
    """Rows to export, oldest record first (forms interleaved); streamed from the cursor.

    The records table is scanned in rowid order and each record's history row
    is looked up by its key: SQLite sorts nothing, so memory stays flat however
    many records there are (sorting 100,000 records with their data took 85
    MB), and pages are read in the order they were written (an order by any
    other column reads them all over the file, each page decrypted again).
    """
    query, params = _export_query(form_ids, since)
    return _export_rows(db.execute(
        f"SELECT {_FINAL_COLUMNS}, "
        # (the ancestors of the revision sent: not a later deletion of a record being edited again)
        "(SELECT group_concat(a.revision || ':' || a.sha256, ' ') FROM record_ancestors a WHERE a.uuid = r.uuid "
        "AND a.revision <= coalesce(h.revision, r.revision)), "
        "CASE WHEN h.uuid IS NULL THEN r.sha256 END "
        f"{query} ORDER BY r.rowid",
        params,
    ))


def _export_rows(cursor: Any) -> Iterator[ExportRow]:
    for row in cursor:
        ancestors = row[8] or ""
        if " " in ancestors:  # several: in a stable order, as they are compared as text nowhere
            ancestors = format_ancestors(parse_ancestors(ancestors))
        yield ExportRow(row[0], row[1], row[2], row[3], row[4], row[5], row[6], json.loads(row[7]), ancestors,
                        row[9])


def last_export(db: sqlite_utils.Database, destination: str) -> str | None:
    row = db.execute("SELECT exported_at FROM exports WHERE destination = ?", [destination]).fetchone()
    return None if row is None else str(row[0])


def record_export(db: sqlite_utils.Database, destination: str, export_id: str, at: str, count: int) -> None:
    """Remember an export to ``destination`` (inside a transaction)."""
    db.execute(
        "INSERT INTO exports (destination, export_id, exported_at, records) VALUES (?,?,?,?) "
        "ON CONFLICT(destination) DO UPDATE SET export_id=excluded.export_id, exported_at=excluded.exported_at, "
        "records=excluded.records",
        [destination, export_id, at, count],
    )


def local_versions(db: sqlite_utils.Database, uuids: list[str]) -> dict[str, tuple[str, Version]]:
    """uuid -> (form_id, version) for the local records among ``uuids``."""
    found: dict[str, tuple[str, Version]] = {}
    for start in range(0, len(uuids), 900):
        chunk = uuids[start: start + 900]
        marks = ",".join("?" for _ in chunk)
        rows = db.execute(
            "SELECT r.uuid, r.form_id, r.revision, r.sha256, "
            "(SELECT group_concat(a.revision || ':' || a.sha256, ' ') FROM record_ancestors a WHERE a.uuid = r.uuid), "
            f"r.status FROM records r WHERE r.uuid IN ({marks})",
            chunk,
        ).fetchall()
        for uuid, form_id, revision, sha, ancestors, status in rows:
            if status == "deleted":  # its revision is its deletion, whose hash is the marker's
                sha = deletion_marker(uuid, revision)
            found[uuid] = (form_id, Version(revision, sha or "", parse_ancestors(ancestors or "")))
    return found


class ScratchEntry(NamedTuple):
    """A manifest line of the file being imported, and the local record of that uuid if any
    (a tuple: one is made per row, and they travel between processes)."""

    form_id: str
    revision: int
    sha256: str
    ancestors: str
    cells_sha256: str
    seen: bool
    known: bool  # this revision, with this content, is known here (the record's or an ancestor of it)
    meta_sha256: str = ""  # the hash of the row's other stored columns (see services.signing.meta_digest)


class ManifestScratch:
    """The manifest of the file being imported, kept in a temporary table, not in memory.

    A manifest lists every record of a file (100,000 lines for 100,000 records);
    here it costs disk pages that SQLite spills, not RAM. The table belongs to
    this connection only and is dropped with ``drop``, or by a rollback.
    """

    _BATCH = 900  # host parameters per IN (...), under every SQLite's limit

    def __init__(self, db: sqlite_utils.Database) -> None:
        self.conn = db.conn
        self.conn.execute("DROP TABLE IF EXISTS temp.import_manifest")
        self.conn.execute(
            "CREATE TEMP TABLE import_manifest (uuid TEXT PRIMARY KEY, form_id TEXT NOT NULL, "
            "revision INTEGER NOT NULL, sha256 TEXT NOT NULL, ancestors TEXT NOT NULL, cells_sha256 TEXT NOT NULL, "
            "seen INTEGER NOT NULL DEFAULT 0, meta_sha256 TEXT NOT NULL DEFAULT '') WITHOUT ROWID")
        self.conn.execute("DROP TABLE IF EXISTS temp.import_deletions")
        self.conn.execute(
            "CREATE TEMP TABLE import_deletions (row INTEGER PRIMARY KEY, uuid TEXT NOT NULL UNIQUE, "
            "form_id TEXT NOT NULL, revision INTEGER NOT NULL, sha256 TEXT NOT NULL, ancestors TEXT NOT NULL, "
            "deleted_at TEXT NOT NULL)")

    def add(self, rows: list[tuple[str, str, int, str, str, str, str]]) -> str | None:
        """Add manifest lines (uuid, form_id, revision, sha256, ancestors, cells_sha256, meta_sha256);
        return a uuid listed twice, or None."""
        insert = ("INSERT INTO temp.import_manifest (uuid, form_id, revision, sha256, ancestors, cells_sha256, "
                  "meta_sha256) VALUES (?,?,?,?,?,?,?)")
        self.conn.execute("SAVEPOINT manifest_lines")
        try:
            self.conn.executemany(insert, rows)
        except sqlcipher3.IntegrityError:
            # Find the line that was refused: undo the batch, then add it a line at a time.
            self.conn.execute("ROLLBACK TO manifest_lines")
            for row in rows:
                try:
                    self.conn.execute(insert, row)
                except sqlcipher3.IntegrityError:
                    self.conn.execute("RELEASE manifest_lines")
                    return row[0]
        self.conn.execute("RELEASE manifest_lines")
        return None

    def lookup(self, uuids: list[str]) -> dict[str, ScratchEntry]:
        found: dict[str, ScratchEntry] = {}
        for start in range(0, len(uuids), self._BATCH):
            chunk = uuids[start: start + self._BATCH]
            marks = ",".join("?" * len(chunk))
            for row in self.conn.execute(
                    "SELECT m.uuid, m.form_id, m.revision, m.sha256, m.ancestors, m.cells_sha256, m.seen, "
                    "EXISTS (SELECT 1 FROM record_ancestors a WHERE a.uuid = m.uuid AND a.revision = m.revision "
                    "AND a.sha256 = m.sha256), "  # the ancestors' key alone answers: no record row is read
                    f"m.meta_sha256 FROM temp.import_manifest m WHERE m.uuid IN ({marks})", chunk):
                found[row[0]] = ScratchEntry(row[1], row[2], row[3], row[4], row[5], bool(row[6]), bool(row[7]),
                                             row[8])
        return found

    def has_all(self, uuids: list[str]) -> bool:
        """Whether every one of ``uuids`` has its line here already."""
        wanted = set(uuids)
        found = 0
        chunk = list(wanted)
        for start in range(0, len(chunk), self._BATCH):
            part = chunk[start: start + self._BATCH]
            marks = ",".join("?" * len(part))
            found += self.conn.execute(f"SELECT count(*) FROM temp.import_manifest WHERE uuid IN ({marks})",
                                       part).fetchone()[0]
        return found == len(wanted)

    def claim(self, uuids: list[str]) -> dict[str, ScratchEntry]:
        """The lines of ``uuids`` as they were (``seen`` says whether an earlier chunk had them), now seen."""
        found = self.lookup(uuids)
        self.mark_seen(uuids)
        return found

    def mark_seen(self, uuids: list[str]) -> None:
        self.conn.executemany("UPDATE temp.import_manifest SET seen = 1 WHERE uuid = ?", [(u,) for u in uuids])

    def first_unseen(self) -> str | None:
        row = self.conn.execute("SELECT uuid FROM temp.import_manifest WHERE seen = 0 LIMIT 1").fetchone()
        return None if row is None else str(row[0])

    def add_deletions(self, rows: list[tuple[int, str, str, int, str, str, str]]) -> str | None:
        """Add deletion lines (row, uuid, form_id, revision, sha256, ancestors, deleted_at); return a
        uuid listed twice among them, or None. (A handful per file: one at a time.)"""
        for row in rows:
            try:
                self.conn.execute("INSERT INTO temp.import_deletions (row, uuid, form_id, revision, sha256, "
                                  "ancestors, deleted_at) VALUES (?,?,?,?,?,?,?)", row)
            except sqlcipher3.IntegrityError:
                return row[1]
        return None

    def deleted_and_listed(self) -> tuple[int, str] | None:
        """(row, uuid) of a deletion whose record is also among the file's records, or None."""
        row = self.conn.execute("SELECT d.row, d.uuid FROM temp.import_deletions d JOIN temp.import_manifest m "
                                "ON m.uuid = d.uuid ORDER BY d.row LIMIT 1").fetchone()
        return None if row is None else (int(row[0]), str(row[1]))

    def deletions(self, size: int) -> Iterator[list[tuple[int, str, str, int, str, str, str]]]:
        """The deletion lines in the manifest's order, ``size`` at a time."""
        last = -1
        while True:
            batch = self.conn.execute(
                "SELECT row, uuid, form_id, revision, sha256, ancestors, deleted_at FROM temp.import_deletions "
                "WHERE row > ? ORDER BY row LIMIT ?", [last, size]).fetchall()
            if not batch:
                return
            last = batch[-1][0]
            yield [tuple(b) for b in batch]

    def drop(self) -> None:
        self.conn.execute("DROP TABLE IF EXISTS temp.import_manifest")
        self.conn.execute("DROP TABLE IF EXISTS temp.import_deletions")


class IncomingRecord(NamedTuple):
    """A record as it arrived from another laptop (a tuple: 100,000 of them are made per import)."""

    uuid: str
    form_id: str
    form_version: str
    revision: int
    created_at: str
    updated_at: str
    device_id: str
    data: dict[str, Any] | None  # None when ``data_json`` has it (records read from a workbook)
    sha256: str
    ancestors: frozenset[tuple[int, str]]
    title: str = ""
    data_json: str | None = None  # ``data`` as JSON, when the caller has it already
    search: str | None = None  # its search text, likewise


def _dumps(data: dict[str, Any]) -> str:
    return json.dumps(data, ensure_ascii=False, sort_keys=True, separators=(",", ":"))


def apply_incoming(db: sqlite_utils.Database, records: list[IncomingRecord], *, replacing: Sequence[str] = ()) -> None:
    """Insert or replace records as they arrived (inside the import's transaction), in bulk.
    ``replacing``: the uuids among them that exist here (their current revisions go to history)."""
    if not records:
        return
    # A later revision that withdraws consent erases what this database kept of the earlier ones.
    here = set(replacing)
    withdrawn = withdrawn_among([(r.uuid, r.data, r.data_json) for r in records if r.uuid in here]) if here else []
    with secure_delete(db, bool(withdrawn)):
        _apply_incoming(db, records, replacing)
        devices = {r.uuid: r.device_id for r in records}
        for uuid in withdrawn:
            erase_earlier_revisions(db, [uuid], devices[uuid])


def _apply_incoming(db: sqlite_utils.Database, records: list[IncomingRecord], replacing: Sequence[str]) -> None:
    if replacing:
        keep_superseded(db, list(replacing))
    rows = [(r.uuid, r.form_id, r.form_version, "final", r.revision, r.created_at, r.updated_at, r.device_id,
             r.title, r.data_json or _dumps(r.data), r.search if r.search is not None else search_text(r.title, r.data or {}), r.sha256)
            for r in records]
    db.conn.executemany(
        "INSERT INTO records (uuid, form_id, form_version, status, revision, created_at, updated_at, device_id, "
        "title, data, deleted_at, search_text, sha256) VALUES (?,?,?,?,?,?,?,?,?,?,NULL,?,?) "
        "ON CONFLICT(uuid) DO UPDATE SET form_version=excluded.form_version, status=excluded.status, "
        "revision=excluded.revision, updated_at=excluded.updated_at, device_id=excluded.device_id, "
        "title=excluded.title, data=excluded.data, search_text=excluded.search_text, sha256=excluded.sha256, "
        "deleted_at=NULL",  # an update descends from the local revision: from its deletion, if it is deleted
        rows,
    )
    db.conn.executemany(
        # The history row of the revision that is now current holds no answers: the record has them.
        "INSERT INTO record_history (uuid, revision, status, form_version, saved_at, device_id, data) "
        "VALUES (?,?,?,?,?,?,NULL) ON CONFLICT(uuid, revision) DO UPDATE SET status=excluded.status, "
        "form_version=excluded.form_version, saved_at=excluded.saved_at, device_id=excluded.device_id, "
        "data=NULL",
        [(r.uuid, r.revision, "final", r.form_version, r.updated_at, r.device_id) for r in records],
    )
    db.conn.executemany(
        "INSERT OR IGNORE INTO record_ancestors (uuid, revision, sha256) VALUES (?,?,?)",
        [(r.uuid, revision, sha) for r in records for revision, sha in r.ancestors],
    )


def learn_ancestors(db: sqlite_utils.Database, rows: list[tuple[str, int, str]]) -> None:
    """Remember (uuid, revision, sha256) as ancestors of local records (inside a transaction)."""
    db.conn.executemany("INSERT OR IGNORE INTO record_ancestors (uuid, revision, sha256) VALUES (?,?,?)", rows)


def add_conflict(db: sqlite_utils.Database, record: IncomingRecord, source: str,
                 clash: tuple[str, str] | None = None) -> None:
    """Keep an arrival that conflicts with the local record, for review (inside a transaction).
    ``clash``: (uuid, field) of the other local record that holds the same answer to a ``unique``
    question; the arrival is then held here, not merged, until the clash is settled."""
    existing = db.execute(
        "SELECT 1 FROM conflicts WHERE uuid = ? AND sha256 = ? AND revision = ? AND resolved_at IS NULL",
        [record.uuid, record.sha256, record.revision]).fetchone()
    if existing:
        return  # the same arrival, seen again: one conflict is enough
    db.execute(
        "INSERT INTO conflicts (uuid, form_id, form_version, revision, sha256, ancestors, data, device_id, "
        "updated_at, source, found_at, clash_uuid, clash_field, created_at) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
        [record.uuid, record.form_id, record.form_version, record.revision, record.sha256,
         format_ancestors(record.ancestors), record.data_json or _dumps(record.data), record.device_id, record.updated_at, source,
         utc_now(), *(clash or (None, None)), record.created_at],
    )


def open_conflicts(db: sqlite_utils.Database) -> list[dict[str, Any]]:
    """Open conflicts, oldest first; ``clash_uuid`` is None for two versions of one record."""
    rows = db.execute(
        "SELECT id, uuid, form_id, form_version, revision, sha256, ancestors, data, device_id, updated_at, source, "
        "found_at, clash_uuid, clash_field, created_at FROM conflicts WHERE resolved_at IS NULL ORDER BY id").fetchall()
    keys = ("id", "uuid", "form_id", "form_version", "revision", "sha256", "ancestors", "data", "device_id",
            "updated_at", "source", "found_at", "clash_uuid", "clash_field", "created_at")
    return [{**dict(zip(keys, row)), "data": json.loads(row[7]), "ancestors": parse_ancestors(row[6] or ""),
             "deleted": row[5] == deletion_marker(row[1], row[4])}  # the incoming side is a deletion
            for row in rows]


def unique_answers(db: sqlite_utils.Database, form_id: str, field: str) -> Iterator[tuple[str, Any, bool]]:
    """(uuid, answer, deleted) of every record of a form that answered ``field``."""
    yield from db.execute(
        "SELECT uuid, json_extract(data, '$.' || ?), deleted_at IS NOT NULL FROM records WHERE form_id = ? "
        "AND json_extract(data, '$.' || ?) IS NOT NULL", [field, form_id, field])


def live_final_answers(db: sqlite_utils.Database, form_id: str, field: str) -> Iterator[tuple[str, str, Any]]:
    """(uuid, created_at, answer) of every live final record of a form that answered ``field``."""
    yield from db.execute(
        "SELECT uuid, created_at, json_extract(data, '$.' || ?) FROM records WHERE form_id = ? AND status = 'final' "
        "AND deleted_at IS NULL AND json_extract(data, '$.' || ?) IS NOT NULL", [field, form_id, field])


def records_naming(db: sqlite_utils.Database, form_id: str, field: str, value: Any, device_id: str) -> list[str]:
    """UUIDs of the live final records of a form, last saved by ``device_id``, whose ``field`` is ``value``."""
    return [uuid for (uuid,) in db.execute(
        "SELECT uuid FROM records WHERE form_id = ? AND deleted_at IS NULL AND status = 'final' AND device_id = ? "
        "AND json_extract(data, '$.' || ?) = ?", [form_id, device_id, field, value])]


def mark_duplicate(db: sqlite_utils.Database, uuid: str, device_id: str, detail: dict[str, Any]) -> None:
    """Delete (softly: history kept, restorable) a record found to be another's duplicate (inside a transaction)."""
    from fieldkit.store.audit import log_action

    row = db.execute("SELECT form_id, revision FROM records WHERE uuid = ? AND deleted_at IS NULL", [uuid]).fetchone()
    if row is None:
        return
    db.execute("UPDATE records SET deleted_at = ? WHERE uuid = ?", [utc_now(), uuid])
    log_action(db, "delete", device_id, record_uuid=uuid, form_id=row[0], revision=row[1], detail=detail)


def resolve_conflict_row(db: sqlite_utils.Database, conflict_id: int, resolution: str) -> None:
    db.execute("UPDATE conflicts SET resolved_at = ?, resolution = ? WHERE id = ?", [utc_now(), resolution, conflict_id])


def stored_as_incoming(db: sqlite_utils.Database, uuid: str) -> IncomingRecord | None:
    """A live final record as it is stored, in the shape of an arrival (its hash and ancestors): so a
    record found clashing after it was merged can be held as a conflict like one that just arrived."""
    row = db.execute("SELECT uuid, form_id, form_version, revision, created_at, updated_at, device_id, data, sha256, "
                     "title FROM records WHERE uuid = ? AND status = 'final' AND deleted_at IS NULL", [uuid]).fetchone()
    if row is None:
        return None
    ancestors = frozenset((int(revision), sha) for revision, sha in db.execute(
        "SELECT revision, sha256 FROM record_ancestors WHERE uuid = ?", [uuid]))
    return IncomingRecord(row[0], row[1], row[2], row[3], row[4], row[5], row[6], None, row[8] or "", ancestors,
                          row[9] or "", data_json=row[7])
