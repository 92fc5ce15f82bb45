"""Open the encrypted database: SQLCipher key, WAL, migrations, transactions.

sqlite-utils gives the schema and query helpers; every write of ours runs in
an explicit ``BEGIN IMMEDIATE`` ... ``COMMIT`` (see ``transaction``), so that a
save is one transaction and a crash leaves the database as it was before it.
"""

from __future__ import annotations

import contextlib
import os
import uuid
from collections.abc import Iterator
from pathlib import Path

import sqlcipher3
import sqlite_utils

from fieldkit.domain.messages import Message
from fieldkit.domain.records import utc_now
from fieldkit.store import integrity
from fieldkit.store.errors import DatabaseBusy, NoDatabase, StoreError, WrongPassphrase
from fieldkit.store.migrations import migrate

__all__ = [
    "DatabaseBusy",
    "NoDatabase",
    "StoreError",
    "WrongPassphrase",
    "open_database",
    "refuse_if_damaged",
    "transaction",
    "meta_get",
    "meta_set",
]

_CACHE_KB = 16_000
_BUSY_TIMEOUT_MS = 10_000


def _quote(passphrase: str) -> str:
    return "'" + passphrase.replace("'", "''") + "'"


def _connect(path: Path, passphrase: str) -> sqlcipher3.Connection:
    # isolation_level=None: we issue BEGIN/COMMIT ourselves; check_same_thread is
    # off because a connection may be opened on a worker thread and closed on
    # another, but each connection is only ever used by one thread at a time.
    conn = sqlcipher3.connect(str(path), isolation_level=None, check_same_thread=False)
    # SQLCipher logs decryption failures to stderr; we report them ourselves.
    conn.execute("PRAGMA cipher_log_level = NONE")
    conn.execute(f"PRAGMA key = {_quote(passphrase)}")
    return conn


def open_database(path: Path, passphrase: str, *, create: bool = False,
                  damaged_ok: bool = False) -> sqlite_utils.Database:
    """Open (or create) the encrypted database at ``path``.

    A wrong passphrase raises WrongPassphrase and leaves the file untouched; a damaged file
    DatabaseDamaged, a read-only file, folder or disk ReadOnlyDatabase, each naming the file.
    ``damaged_ok`` (for check, restore and recover) opens a database marked damaged, read as it is:
    no migration, and every write refused.
    """
    path = Path(path)
    if not passphrase:
        raise StoreError(Message("the passphrase is empty"))
    exists = path.exists()
    if not exists and not create:
        raise NoDatabase(Message("no database at {path}", path=str(path)))
    if not exists:
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise StoreError(Message("cannot create the folder {folder}: {problem}", folder=str(path.parent),
                                     problem=str(exc.strerror or exc))) from None
    elif path.is_dir():
        raise StoreError(Message("{path} is a folder, not a database file", path=str(path)))
    name_size = len(path.name) if os.name == "nt" else len(os.fsencode(path.name))
    if name_size + len("-wal") > 255:  # SQLite keeps NAME-wal and NAME-shm beside the file
        raise StoreError(Message("the name of {path} is too long ({size} characters): fieldkit keeps its journal "
                                 "beside it as NAME-wal; give it a shorter name", path=str(path), size=name_size))
    damage = integrity.known_damage(path) if exists else None
    if damage is not None and not damaged_ok:
        raise damage
    if exists:
        problem = integrity.missing_journal(path) or integrity.not_writable(path)
        if problem is not None:
            raise problem
    try:
        conn = _connect(path, passphrase)
    except sqlcipher3.Error as exc:
        raise StoreError(Message("cannot open {path}: {problem}", path=str(path), problem=str(exc))) from None
    try:
        conn.execute(f"PRAGMA busy_timeout = {_BUSY_TIMEOUT_MS}")
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except sqlcipher3.DatabaseError as exc:
        conn.close()
        raise integrity.unopenable(path, passphrase, exc) from None
    db = sqlite_utils.Database(conn)
    if damage is not None:
        db.fieldkit_damage = damage  # read as it is: transaction() refuses
        return db
    try:
        conn.execute("PRAGMA journal_mode = WAL")
        conn.execute("PRAGMA synchronous = NORMAL")
        conn.execute("PRAGMA foreign_keys = ON")
        # 16 MB of page cache (SQLite's default is 2 MB): an encrypted page that falls out of the
        # cache costs a decryption to come back, and an import of 100,000 records touches its
        # indexes all over. Measured: the import's inserts take half the time.
        conn.execute(f"PRAGMA cache_size = -{_CACHE_KB}")
        migrate(db, transaction)
        if meta_get(db, "database_id") is None:
            with transaction(db):
                db.execute("INSERT OR IGNORE INTO meta(key, value) VALUES ('database_id', ?)", [str(uuid.uuid4())])
                db.execute("INSERT OR IGNORE INTO meta(key, value) VALUES ('created_at', ?)", [utc_now()])
                # The database is a device of its own (services.device): its id is made with it.
                db.execute("INSERT OR IGNORE INTO meta(key, value) VALUES ('device_id', ?)", [str(uuid.uuid4())])
    except sqlcipher3.DatabaseError as exc:
        failed = _operational(path, exc, conn)
        conn.close()
        raise failed from None
    except BaseException:
        conn.close()
        raise
    return db


def _operational(path: Path, exc: Exception, conn: sqlcipher3.Connection | None = None) -> StoreError:
    return integrity.failure(path, exc, conn=conn) or StoreError(f"{path}: {exc}")


def _path_of(db: sqlite_utils.Database) -> Path:
    row = db.conn.execute("PRAGMA database_list").fetchone()
    return Path(row[2] or "database")


def _ours(exc: BaseException) -> bool:
    """An error of SQLite about the file (busy, full, read-only, damaged), not of our statements."""
    return isinstance(exc, sqlcipher3.DatabaseError) and not isinstance(
        exc, (sqlcipher3.IntegrityError, sqlcipher3.ProgrammingError)) and integrity.about_the_file(exc)


def refuse_if_damaged(db: sqlite_utils.Database) -> None:
    """Raise DatabaseDamaged if ``db`` is known damaged (by this connection or by another's marker)."""
    damage = getattr(db, "fieldkit_damage", None)
    if damage is None:
        path = _path_of(db)
        damage = integrity.known_damage(path) if integrity.damage_marker(path).exists() else None
    if damage is not None:
        db.fieldkit_damage = damage
        raise damage


@contextlib.contextmanager
def transaction(db: sqlite_utils.Database) -> Iterator[sqlite_utils.Database]:
    """One write transaction: everything inside is committed together or not at all.

    A full disk, a read-only file, a damaged file or a busy database become a StoreError that
    says so; the database is left as it was before the transaction. A database known damaged
    refuses before anything is written.

    A DatabaseBusy from here means nothing of the block was committed: BEGIN IMMEDIATE takes the
    write lock first, so the block never waits for it, and a COMMIT that fails is rolled back.
    """
    conn = db.conn
    refuse_if_damaged(db)
    try:
        conn.execute("BEGIN IMMEDIATE")
    except sqlcipher3.DatabaseError as exc:
        raise _operational(_path_of(db), exc, conn) from None
    try:
        yield db
    except BaseException as exc:
        if conn.in_transaction:  # SQLite may have rolled back already (a full disk does)
            with contextlib.suppress(sqlcipher3.Error):
                conn.execute("ROLLBACK")
        if _ours(exc):
            raise _operational(_path_of(db), exc, conn) from None
        raise
    try:
        conn.execute("COMMIT")
    except sqlcipher3.DatabaseError as exc:
        if conn.in_transaction:
            with contextlib.suppress(sqlcipher3.Error):
                conn.execute("ROLLBACK")
        raise _operational(_path_of(db), exc, conn) from None
    finally:
        erased, db.fieldkit_erased = getattr(db, "fieldkit_erased", False), False
    if erased:
        _truncate_journal(db)


def _truncate_journal(db: sqlite_utils.Database) -> None:
    """After a transaction that erased content (a withdrawal): copy the journal into the database
    and empty it, so that its older frames (the erased answers, encrypted) leave the disk too.
    Best effort, without waiting: a reader elsewhere keeps them until the journal is reused."""
    conn = db.conn
    try:
        conn.execute("PRAGMA busy_timeout = 0")
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchall()
    except sqlcipher3.Error:
        pass
    finally:
        with contextlib.suppress(sqlcipher3.Error):
            conn.execute(f"PRAGMA busy_timeout = {_BUSY_TIMEOUT_MS}")


@contextlib.contextmanager
def waiting_at_most(db: sqlite_utils.Database, milliseconds: int) -> Iterator[None]:
    """Within the block, give up on a database another connection is writing to after
    ``milliseconds`` (DatabaseBusy) instead of the usual 10 s: for saves made while someone types,
    which must not freeze the window during a long import."""
    db.conn.execute(f"PRAGMA busy_timeout = {int(milliseconds)}")
    try:
        yield
    finally:
        db.conn.execute(f"PRAGMA busy_timeout = {_BUSY_TIMEOUT_MS}")


def meta_get(db: sqlite_utils.Database, key: str) -> str | None:
    row = db.execute("SELECT value FROM meta WHERE key = ?", [key]).fetchone()
    return None if row is None else str(row[0])


def meta_set(db: sqlite_utils.Database, key: str, value: str) -> None:
    """Set a meta value; call inside a transaction."""
    db.execute("INSERT INTO meta(key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value", [key, value])
