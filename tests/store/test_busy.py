"""A batch reported busy was not saved, and a batch saved is never reported busy (two real connections)."""

from __future__ import annotations

import threading
import time

import pytest

from fieldkit.domain.records import FINAL, new_record
from fieldkit.store.database import open_database, transaction, waiting_at_most
from fieldkit.store.errors import DatabaseBusy
from fieldkit.store.records import save_records

PASS = "busy passphrase"


def batch(n: int, tag: str) -> list:
    return [new_record("kii", "1", "dev", {"n": i, "tag": tag}).with_changes(status=FINAL) for i in range(n)]


def count(db) -> int:
    return db.execute("SELECT count(*) FROM records").fetchone()[0]


def test_a_batch_refused_busy_was_not_saved(tmp_path):
    first = open_database(tmp_path / "a.db", PASS, create=True)
    second = open_database(tmp_path / "a.db", PASS)
    try:
        first.conn.execute("BEGIN IMMEDIATE")  # another fieldkit in the middle of a long import
        with waiting_at_most(second, 200), pytest.raises(DatabaseBusy, match="busy"):
            save_records(second, batch(5, "refused"), "dev")
        first.conn.execute("ROLLBACK")
        assert count(second) == 0 and not second.conn.in_transaction
        save_records(second, batch(5, "saved"), "dev")  # and the connection is fine for the next one
        assert count(first) == 5
    finally:
        first.close()
        second.close()


def test_writers_racing_report_exactly_what_they_saved(tmp_path):
    path = tmp_path / "a.db"
    open_database(path, PASS, create=True).close()
    reported = {"saved": 0, "busy": 0}
    lock = threading.Lock()

    def writer(tag: str) -> None:
        db = open_database(path, PASS)
        try:
            for _ in range(30):
                try:
                    with waiting_at_most(db, 5):  # so that some batches do meet a busy database
                        save_records(db, batch(5, tag), "dev")
                except DatabaseBusy:
                    with lock:
                        reported["busy"] += 1
                    continue
                with lock:
                    reported["saved"] += 1
        finally:
            db.close()

    threads = [threading.Thread(target=writer, args=(tag,)) for tag in ("a", "b", "c")]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    db = open_database(path, PASS)
    try:
        assert count(db) == 5 * reported["saved"]
        assert reported["saved"] + reported["busy"] == 90
    finally:
        db.close()


def test_commit_waits_for_nothing(tmp_path):
    """BEGIN IMMEDIATE takes the write lock, so COMMIT never meets a busy database: a reader holding a
    snapshot open does not make a write transaction fail at COMMIT (WAL)."""
    first = open_database(tmp_path / "a.db", PASS, create=True)
    reader = open_database(tmp_path / "a.db", PASS)
    try:
        reader.conn.execute("BEGIN")
        reader.execute("SELECT count(*) FROM records").fetchone()  # a snapshot held open
        start = time.monotonic()
        with transaction(first):
            first.execute("INSERT INTO meta (key, value) VALUES ('k', 'v')")
        assert time.monotonic() - start < 1
        reader.conn.execute("ROLLBACK")
        assert reader.execute("SELECT value FROM meta WHERE key = 'k'").fetchone()[0] == "v"
    finally:
        first.close()
        reader.close()
