"""Integrity checks and backups of the encrypted database (SQLite backup API)."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path

import sqlcipher3
import sqlite_utils

from fieldkit.domain.digest import content_hash
from fieldkit.store.database import _connect
from fieldkit.store.errors import StoreError

__all__ = ["CheckReport", "backup_to", "check_database", "copy_into"]


@dataclass
class CheckReport:
    records: int = 0
    revisions: int = 0
    problems: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.problems


def check_database(db: sqlite_utils.Database, limit: int = 50) -> CheckReport:
    """SQLite's own integrity check, then the records: revisions, history, hashes, orphans."""
    report = CheckReport()

    def problem(text: str) -> None:
        if len(report.problems) < limit:
            report.problems.append(text)

    for (line,) in db.execute("PRAGMA integrity_check").fetchall():
        if line != "ok":
            problem(f"sqlite: {line}")
    for row in db.execute("PRAGMA foreign_key_check").fetchall():
        problem(f"foreign key: {row}")
    latest = {uuid: (revision, status, data) for uuid, revision, status, data in db.execute(
        # (a current revision's history row holds NULL: the record has its answers, see migration _v6)
        "SELECT h.uuid, h.revision, h.status, coalesce(h.data, (SELECT r.data FROM records r WHERE r.uuid = h.uuid)) "
        "FROM record_history h WHERE h.revision = (SELECT max(revision) FROM record_history m WHERE m.uuid = h.uuid)")}
    for uuid, revision in db.execute(
            "SELECT h.uuid, h.revision FROM record_history h JOIN records r ON r.uuid = h.uuid "
            "WHERE h.data IS NULL AND h.revision <> r.revision"):
        problem(f"record {uuid}: the answers of its revision {revision} are lost (history holds none)")
    for uuid, revision, status, data, sha in db.execute(
            "SELECT uuid, revision, status, data, sha256 FROM records"):
        report.records += 1
        parsed = json.loads(data)
        if sha and content_hash(parsed) != sha:
            problem(f"record {uuid}: its content does not match its hash")
        history = latest.get(uuid)
        if history is None:
            problem(f"record {uuid}: no history")
            continue
        if history[0] != revision:
            problem(f"record {uuid}: revision {revision}, but history ends at revision {history[0]}")
        elif history[1] != status or json.loads(history[2]) != parsed:
            problem(f"record {uuid}: revision {revision} differs from its history")
        if status == "final":
            known = db.execute("SELECT 1 FROM record_ancestors WHERE uuid = ? AND revision = ?",
                               [uuid, revision]).fetchone()
            if known is None:
                problem(f"record {uuid}: final revision {revision} is not among its ancestors")
    report.revisions = int(db.execute("SELECT count(*) FROM record_history").fetchone()[0])
    for (uuid,) in db.execute("SELECT DISTINCT uuid FROM record_history WHERE uuid NOT IN (SELECT uuid FROM records)"):
        problem(f"history of record {uuid}, which does not exist (an orphan)")
    for (uuid,) in db.execute(
            "SELECT DISTINCT uuid FROM record_ancestors WHERE uuid NOT IN (SELECT uuid FROM records)"):
        problem(f"ancestors of record {uuid}, which does not exist (an orphan)")
    for form_id, version in db.execute(
            "SELECT DISTINCT form_id, form_version FROM records "
            "WHERE (form_id, form_version) NOT IN (SELECT form_id, version FROM forms)"):
        problem(f"records of form {form_id} version {version}, which is not installed")
    return report


def backup_to(db: sqlite_utils.Database, target: Path, passphrase: str) -> Path:
    """Copy the open database to ``target`` (encrypted with the same passphrase), consistently."""
    target = Path(target)
    target.parent.mkdir(parents=True, exist_ok=True)
    partial = target.with_name(target.name + ".part")
    partial.unlink(missing_ok=True)
    try:
        destination = _connect(partial, passphrase)
        try:
            db.conn.backup(destination)
        finally:
            destination.close()
        partial.replace(target)
    except sqlcipher3.Error as exc:
        partial.unlink(missing_ok=True)
        raise StoreError(f"backup to {target} failed: {exc}") from None
    except OSError as exc:
        partial.unlink(missing_ok=True)
        raise StoreError(f"backup to {target} failed: {exc.strerror or exc}") from None
    return target


def copy_into(source: Path, db: sqlite_utils.Database, passphrase: str) -> None:
    """Replace the open database's content with ``source`` (a backup), page by page."""
    origin = _connect(Path(source), passphrase)
    try:
        origin.execute("SELECT count(*) FROM sqlite_master").fetchone()
        origin.backup(db.conn)
    except sqlcipher3.DatabaseError:
        raise StoreError(f"{Path(source).name}: not a backup of this database (wrong passphrase?)") from None
    finally:
        origin.close()

