"""The database's list of name keys: keyed hashes of the names its records' direct answers hold.

Only digests are stored (the services compute them with the secret); the
secret itself lives in ``meta`` inside the encrypted database, so a digest
can be checked on this laptop and guessed nowhere else.
"""

from __future__ import annotations

from collections.abc import Iterable

import sqlite_utils

from fieldkit.store.database import meta_get, transaction

__all__ = ["add", "all_digests", "secret"]

_SECRET = "name_key_secret"


def secret(db: sqlite_utils.Database) -> bytes:
    value = meta_get(db, _SECRET)
    if not value:
        raise LookupError("this database has no name-key secret (its schema is older than fieldkit's)")
    return bytes.fromhex(value)


def all_digests(db: sqlite_utils.Database) -> set[bytes]:
    return {bytes(row[0]) for row in db.execute("SELECT digest FROM name_keys")}


def add(db: sqlite_utils.Database, digests: Iterable[bytes]) -> int:
    """Add ``digests`` (one transaction); return how many were new."""
    rows = [(d,) for d in set(digests)]
    if not rows:
        return 0
    with transaction(db):
        before = db.execute("SELECT count(*) FROM name_keys").fetchone()[0]
        db.conn.executemany("INSERT OR IGNORE INTO name_keys(digest) VALUES (?)", rows)
        after = db.execute("SELECT count(*) FROM name_keys").fetchone()[0]
    return int(after - before)
