"""Integrity checks and backups of the encrypted database (SQLite backup API); restore's checks.

A backup reads every page of the database (SQLCipher checks each page's HMAC as it decrypts it),
and the copy then gets SQLite's ``quick_check`` before it takes its final name: a damaged database
is never copied as a backup, and the check costs one read of the copy, not of the database twice.
"""

from __future__ import annotations

import errno
import json
import shutil
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import sqlcipher3
import sqlite_utils

from fieldkit.domain.digest import content_hash
from fieldkit.domain.messages import Message
from fieldkit.store import integrity
from fieldkit.store.database import _connect, _path_of
from fieldkit.store.errors import DatabaseBusy, DatabaseDamaged, DiskFull, StoreError

__all__ = ["CheckReport", "backup_to", "check_database", "copy_file_as_is", "install_staged", "page_problems",
           "refuse_if_open_elsewhere", "stage_backup", "verify_backup"]


@dataclass
class CheckReport:
    records: int = 0
    revisions: int = 0
    problems: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)  # worth knowing, not damage: they fail no check

    @property
    def ok(self) -> bool:
        return not self.problems


def check_database(db: sqlite_utils.Database, limit: int = 50) -> CheckReport:
    """SQLite's own integrity check, then the records: revisions, history, hashes, orphans."""
    report = CheckReport()

    def problem(text: str) -> None:
        if len(report.problems) < limit:
            report.problems.append(text)

    try:
        for text in page_problems(db.conn, full=True):
            problem(text)
    except sqlcipher3.DatabaseError as exc:
        problem(f"sqlite: {exc}")
    if report.problems:  # pages that do not read: the record checks below would only stop on them
        return report
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
    _check_pending_edits(db, report, problem)
    return report


def _check_pending_edits(db: sqlite_utils.Database, report: CheckReport, problem: Callable[[str], None]) -> None:
    """An edit of a final record waits in ``pending_edits`` on the revision it began from: its record
    must exist (else it is an orphan), and that revision should still be the record's current final
    one. One that is not was overtaken (an import brought a newer revision, or a deletion): nothing is
    wrong with the database, but finalising the edit will be refused, so it is noted."""
    for uuid, base, revision, status, deleted in db.execute(
            "SELECT p.uuid, p.base_revision, r.revision, r.status, r.deleted_at IS NOT NULL FROM pending_edits p "
            "LEFT JOIN records r ON r.uuid = p.uuid ORDER BY p.uuid"):
        if revision is None:
            problem(f"pending edit of record {uuid}, which does not exist (an orphan)")
        elif base > revision:
            problem(f"pending edit of record {uuid}: it begins from revision {base}, but the record has only "
                    f"{revision}")
        elif base != revision or status != "final" or deleted:
            now = "deleted" if deleted or status == "deleted" else f"at revision {revision} ({status})"
            report.notes.append(f"pending edit of record {uuid} began from revision {base}, but the record is now "
                                f"{now}: finalising it will be refused; open the record and discard the edit")


def page_problems(conn: sqlcipher3.Connection, *, full: bool = False, limit: int = 20) -> list[str]:
    """SQLCipher's HMAC check of every page, then SQLite's ``quick_check`` (``integrity_check`` when
    ``full``: it compares the indexes with their tables too); empty when both find nothing."""
    found = [f"page: {line}" for (line,) in conn.execute("PRAGMA cipher_integrity_check").fetchmany(limit)]
    if found:
        return found
    pragma = "integrity_check" if full else "quick_check"
    lines = [line for (line,) in conn.execute(f"PRAGMA {pragma}({limit})").fetchall()]
    return [] if lines == ["ok"] else [f"sqlite: {line}" for line in lines]


def _disk_error(target: Path, exc: OSError, action: Message) -> StoreError:
    if exc.errno == errno.ENOSPC:
        return DiskFull(Message("the disk holding {path} is full: {action}", path=str(target), action=action))
    return StoreError(Message("cannot write {path}: {problem}; {action}", path=str(target),
                              problem=str(exc.strerror or exc), action=action))


def backup_to(db: sqlite_utils.Database, target: Path, passphrase: str) -> Path:
    """Copy the open database to ``target`` (encrypted with the same passphrase), consistently, and check
    the copy before it takes its name. A damaged database is marked so (DatabaseDamaged) and not copied."""
    target = Path(target)
    source = _path_of(db)
    partial = target.with_name(target.name + ".part")
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        partial.unlink(missing_ok=True)
        destination = _connect(partial, passphrase)
        try:
            db.conn.backup(destination)
            problems = page_problems(destination)
        finally:
            destination.close()
        if problems:
            raise integrity.damaged(source, problems[0])
        partial.replace(target)
    except sqlcipher3.DatabaseError as exc:
        _remove(partial)
        found = integrity.failure(source, exc) if integrity.about_the_file(exc) else None
        if isinstance(found, DatabaseDamaged):
            raise found from None
        if found is not None and not integrity.not_writable(source):
            raise StoreError(Message("backup to {path} failed: {problem}; no backup was written", path=str(target),
                                     problem=found.args[0])) from None
        raise StoreError(Message("backup to {path} failed: {problem}; no backup was written", path=str(target),
                                 problem=str(exc))) from None
    except OSError as exc:
        _remove(partial)
        raise _disk_error(target, exc, Message("no backup was written")) from None
    except BaseException:
        _remove(partial)
        raise
    return target


def _remove(path: Path) -> None:
    for leftover in (path, path.with_name(path.name + "-wal"), path.with_name(path.name + "-shm"),
                     integrity.damage_marker(path)):
        try:
            leftover.unlink(missing_ok=True)
        except OSError:
            pass


def verify_backup(path: Path, passphrase: str) -> str | None:
    """Why the file at ``path`` is not a good fieldkit backup for ``passphrase`` (None if it is one):
    empty, not SQLCipher, another passphrase, damaged pages, or no fieldkit tables. Reads only."""
    path = Path(path)
    try:
        size = path.stat().st_size
    except OSError as exc:
        return str(Message("{file}: {problem}", file=str(path), problem=str(exc.strerror or exc)))
    if size == 0:
        return str(Message("{file} is empty: not a backup", file=path.name))
    conn = _connect(path, passphrase)
    try:
        try:
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
        except sqlcipher3.DatabaseError as exc:
            return str(integrity.unopenable(path, passphrase, exc, mark=False))
        tables = {name for (name,) in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        if not {"meta", "records", "record_history", "forms"} <= tables or conn.execute(
                "SELECT 1 FROM meta WHERE key = 'database_id'").fetchone() is None:
            return str(Message("{file} is not a fieldkit database (its tables are not fieldkit's)", file=path.name))
        problems = page_problems(conn)
        if problems:
            return str(Message("{file} is damaged ({problem})", file=path.name, problem=problems[0]))
    except sqlcipher3.DatabaseError as exc:
        return str(Message("{file} is damaged ({problem})", file=path.name, problem=str(exc)))
    finally:
        conn.close()
    return None


def stage_backup(source: Path, beside: Path, passphrase: str) -> Path:
    """Copy ``source`` next to the database ``beside`` (as ``NAME.db.restoring``) and check the copy:
    a refusal (StoreError) leaves nothing behind; the database itself is not touched."""
    source, staged = Path(source), Path(beside).with_name(Path(beside).name + ".restoring")
    if not source.is_file():
        raise StoreError(Message("{file}: no such backup", file=str(source)))
    _remove(staged)
    try:
        shutil.copyfile(source, staged)
        for suffix in ("-wal",):  # a backup copied by hand with its journal: the journal's saves count
            journal = source.with_name(source.name + suffix)
            if journal.is_file():
                shutil.copyfile(journal, staged.with_name(staged.name + suffix))
    except OSError as exc:
        _remove(staged)
        raise _disk_error(staged, exc, Message("nothing was restored")) from None
    try:
        problem = verify_backup(staged, passphrase)
    except BaseException:
        _remove(staged)
        raise
    if problem is not None:
        _remove(staged)
        raise StoreError(Message("{problem}; nothing was restored", problem=problem.replace(staged.name, source.name)))
    return staged


def copy_file_as_is(path: Path, target: Path) -> Path:
    """A byte copy of the database file and its journal (for a database that no longer reads whole:
    the state before a restore is kept even when the backup API cannot read it)."""
    path, target = Path(path), Path(target)
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(path, target)
        journal = path.with_name(path.name + "-wal")
        if journal.is_file():
            shutil.copyfile(journal, target.with_name(target.name + "-wal"))
    except OSError as exc:
        _remove(target)
        raise _disk_error(target, exc, Message("nothing was restored")) from None
    return target


def refuse_if_open_elsewhere(path: Path, passphrase: str) -> None:
    """A database another connection has open (a window, a script) must not be replaced under it: that
    connection would go on writing into the old file's journal, and its saves would be lost unseen.
    SQLite's exclusive lock cannot be had while any other connection has the database open."""
    if not path.exists():
        return
    conn = _connect(path, passphrase)
    try:
        conn.execute("PRAGMA busy_timeout = 2000")
        conn.execute("PRAGMA locking_mode = EXCLUSIVE")
        conn.execute("BEGIN EXCLUSIVE")
        conn.execute("PRAGMA schema_version").fetchone()
        conn.execute("ROLLBACK")
    except sqlcipher3.DatabaseError as exc:
        if integrity._code(exc) in (5, 6):  # busy, locked
            raise DatabaseBusy(Message("{path} is open in another fieldkit (a window or a command): close it, "
                                       "then restore again; nothing was restored", path=str(path))) from None
        # a damaged file may not even read its header: nobody else can be using it either
    finally:
        conn.close()


def install_staged(staged: Path, path: Path, passphrase: str) -> None:
    """Put the checked copy ``staged`` in place of the database ``path`` (closed by every connection of
    ours, and open in no other): its journal goes first, so that no page of the old database is ever
    applied to the new one."""
    staged, path = Path(staged), Path(path)
    refuse_if_open_elsewhere(path, passphrase)
    try:
        for journal in (path.with_name(path.name + "-wal"), path.with_name(path.name + "-shm")):
            journal.unlink(missing_ok=True)
        staged.replace(path)
        integrity.damage_marker(path).unlink(missing_ok=True)
    except OSError as exc:
        raise StoreError(Message("cannot replace {path}: {problem}; the backup is checked and waits in {staged}",
                                 path=str(path), problem=str(exc.strerror or exc), staged=staged.name)) from None
