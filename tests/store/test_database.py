"""The encrypted store: passphrase, encryption at rest, migrations, transactions."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest

from fieldkit.domain.records import FINAL, new_record
from fieldkit.store.database import open_database, transaction
from fieldkit.store.errors import NoDatabase, StoreError, WrongPassphrase
from fieldkit.store.migrations import SCHEMA_VERSION
from fieldkit.store.records import get_record, record_history, save_records

CANARY = "CANARY-Gülnarə-Щукина-7f3a9"


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_new_database_is_migrated_and_has_a_device_id(tmp_path):
    db = open_database(tmp_path / "a.db", "passphrase-1", create=True)
    assert db.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    assert db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    device = db.execute("SELECT value FROM meta WHERE key='database_id'").fetchone()[0]
    db.close()
    again = open_database(tmp_path / "a.db", "passphrase-1")
    assert again.execute("SELECT value FROM meta WHERE key='database_id'").fetchone()[0] == device
    again.close()


def test_wrong_passphrase_is_refused_and_touches_nothing(tmp_path):
    path = tmp_path / "a.db"
    open_database(path, "right passphrase", create=True).close()
    before = (_digest(path), sorted(p.name for p in tmp_path.iterdir()))
    with pytest.raises(WrongPassphrase, match="wrong passphrase"):
        open_database(path, "wrong passphrase")
    assert (_digest(path), sorted(p.name for p in tmp_path.iterdir())) == before


def test_missing_database_is_not_created_unless_asked(tmp_path):
    with pytest.raises(NoDatabase):
        open_database(tmp_path / "none.db", "x")
    assert not (tmp_path / "none.db").exists()


def test_plain_sqlite_file_is_not_mistaken_for_ours(tmp_path):
    import sqlite3

    path = tmp_path / "plain.db"
    sqlite3.connect(path).execute("CREATE TABLE t(x)").connection.close()
    with pytest.raises(StoreError, match="plain.db is not encrypted: not a fieldkit database"):
        open_database(path, "anything")


def test_typed_text_never_reaches_the_disk_in_clear(tmp_path):
    path = tmp_path / "a.db"
    db = open_database(path, "passphrase-1", create=True)
    record = new_record("kii", "1", "dev", {"quotes": CANARY}).with_changes(status=FINAL)
    save_records(db, [record], "dev")
    # Read the files while the connection is open: the WAL holds the fresh pages.
    wal = Path(str(path) + "-wal")
    assert wal.exists() and wal.stat().st_size > 0
    for file in tmp_path.iterdir():
        raw = file.read_bytes()
        for encoding in ("utf-8", "utf-16-le", "utf-16-be"):
            assert CANARY.encode(encoding) not in raw, file.name
    db.close()
    for file in tmp_path.iterdir():
        assert CANARY.encode() not in file.read_bytes()


def test_transaction_is_all_or_nothing(tmp_path):
    db = open_database(tmp_path / "a.db", "passphrase-1", create=True)
    first = new_record("kii", "1", "dev", {"a": 1})
    second = new_record("kii", "1", "dev", {"a": 2})
    with pytest.raises(RuntimeError):
        with transaction(db):
            db.execute("INSERT INTO meta(key, value) VALUES ('x', 'y')")
            raise RuntimeError("power cut")
    assert db.execute("SELECT count(*) FROM meta WHERE key='x'").fetchone()[0] == 0
    bad = second.with_changes(form_id=None)  # violates NOT NULL: the whole batch must fail
    with pytest.raises(Exception):
        save_records(db, [first, bad], "dev")
    assert get_record(db, first.uuid) is None
    db.close()


def test_revisions_and_history(tmp_path):
    db = open_database(tmp_path / "a.db", "passphrase-1", create=True)
    draft = new_record("kii", "1", "dev", {"a": 1})
    saved = save_records(db, [draft], "dev")[0]
    assert (saved.revision, saved.status) == (1, "draft")
    saved = save_records(db, [saved.with_changes(data={"a": 2})], "dev")[0]
    assert saved.revision == 1  # a draft stays the revision being written
    final = save_records(db, [saved.with_changes(status=FINAL)], "dev")[0]
    assert (final.revision, final.status) == (1, "final")
    edited = save_records(db, [final.with_changes(data={"a": 3})], "dev")[0]
    assert edited.revision == 2
    same = save_records(db, [edited], "dev")[0]
    assert same.revision == 2 and same.updated_at == edited.updated_at  # no change, no revision
    history = record_history(db, draft.uuid)
    assert [(h["revision"], h["status"], h["data"]) for h in history] == [(1, "final", {"a": 2}), (2, "final", {"a": 3})]
    actions = [r[0] for r in db.execute("SELECT action FROM audit WHERE record_uuid=? ORDER BY id", [draft.uuid])]
    assert actions == ["create", "edit", "finalise", "edit"]
    db.close()
