"""A database as an older fieldkit left it: the first N migrations only, for migration tests."""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from pathlib import Path

import sqlcipher3
import sqlite_utils

from fieldkit.store.migrations import MIGRATIONS


@contextlib.contextmanager
def old_database(path: Path, version: int, passphrase: str = "passphrase") -> Iterator[sqlite_utils.Database]:
    """An encrypted database at schema ``version``, open for planting rows; closed on leaving."""
    conn = sqlcipher3.connect(str(path), isolation_level=None)
    conn.execute(f"PRAGMA key = '{passphrase}'")
    old = sqlite_utils.Database(conn)
    for step in MIGRATIONS[:version]:
        step(old)
    old.execute(f"PRAGMA user_version = {version}")
    try:
        yield old
    finally:
        conn.close()
