"""Damage told apart at the store: real files with bytes changed on the disk, no mocks."""

from __future__ import annotations

import hashlib
import os
import sqlite3
from pathlib import Path

import pytest

from fieldkit.domain.records import FINAL, new_record
from fieldkit.store.database import open_database, transaction
from fieldkit.store.errors import DatabaseDamaged, StoreError, WrongPassphrase
from fieldkit.store.integrity import damage_marker
from fieldkit.store.maintenance import backup_to, check_database, verify_backup
from fieldkit.store.records import save_records
from fieldkit.store.salvage import salvage

PASS = "damage passphrase"
PAGE = 4096


def make_db(path: Path, records: int = 400) -> Path:
    db = open_database(path, PASS, create=True)
    for start in range(0, records, 100):
        batch = [new_record("kii", "1", "dev", {"n": i, "text": "ə ğ ı İ ö ü ç ş " * 20}).with_changes(status=FINAL)
                 for i in range(start, start + 100)]
        save_records(db, batch, "dev")
    db.close()
    return path


def flip(path: Path, page: int, offset: int = 700) -> None:
    with open(path, "r+b") as handle:
        handle.seek((page - 1) * PAGE + offset)
        data = handle.read(32)
        handle.seek((page - 1) * PAGE + offset)
        handle.write(bytes(b ^ 0xFF for b in data))


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_a_write_after_a_bad_page_says_damaged_not_read_only(tmp_path):
    path = make_db(tmp_path / "a.db")
    flip(path, path.stat().st_size // PAGE // 2)
    db = open_database(path, PASS)
    try:
        assert db.execute("PRAGMA quick_check").fetchone()[0] != "ok"  # reads the bad page
        record = new_record("kii", "1", "dev", {"n": -1}).with_changes(status=FINAL)
        with pytest.raises(DatabaseDamaged, match="damaged"):
            save_records(db, [record], "dev")
    finally:
        db.close()
    assert damage_marker(path).exists()
    before = digest(path)
    with pytest.raises(DatabaseDamaged, match="damaged"):  # every later open refuses, nothing written
        open_database(path, PASS)
    db = open_database(path, PASS, damaged_ok=True)
    try:
        with pytest.raises(DatabaseDamaged):
            with transaction(db):
                db.execute("INSERT INTO meta (key, value) VALUES ('x', 'y')")
    finally:
        db.close()
    assert digest(path) == before


def test_page_one_damage_is_not_a_wrong_passphrase(tmp_path):
    path = make_db(tmp_path / "a.db")
    flip(path, 1, offset=200)  # after the salt (its first 16 bytes)
    with pytest.raises(DatabaseDamaged, match="first page"):
        open_database(path, PASS)
    other = make_db(tmp_path / "b.db", records=100)
    with pytest.raises(WrongPassphrase, match="wrong passphrase for"):
        open_database(other, "not the passphrase")


def test_foreign_files_each_say_what_they_are(tmp_path):
    plain = tmp_path / "plain.db"
    sqlite3.connect(plain).execute("CREATE TABLE t(x)").connection.close()
    with pytest.raises(StoreError, match="not encrypted"):
        open_database(plain, PASS)
    junk = tmp_path / "junk.db"
    junk.write_bytes(b"junk" * 100)
    with pytest.raises(StoreError, match="not a fieldkit database"):
        open_database(junk, PASS)
    assert verify_backup(junk, PASS) is not None
    empty = tmp_path / "empty.db"
    empty.write_bytes(b"")
    assert "empty" in verify_backup(empty, PASS)


def test_a_deleted_journal_is_named(tmp_path):
    path = make_db(tmp_path / "a.db", records=100)
    db = open_database(path, PASS)
    save_records(db, [new_record("kii", "1", "dev", {"n": 1}).with_changes(status=FINAL)], "dev")
    # the process dies here (its -wal and -shm stay); then someone deletes the -wal
    wal, shm = path.with_name("a.db-wal"), path.with_name("a.db-shm")
    saved_wal, saved_shm = wal.read_bytes(), shm.read_bytes()
    db.close()
    wal.unlink(missing_ok=True)
    shm.write_bytes(saved_shm)
    assert saved_wal
    with pytest.raises(StoreError, match="journal a.db-wal of .* is missing"):
        open_database(path, PASS)


def test_a_backup_of_a_damaged_database_is_refused_and_leaves_no_file(tmp_path):
    path = make_db(tmp_path / "a.db")
    flip(path, path.stat().st_size // PAGE - 3)
    db = open_database(path, PASS)
    try:
        with pytest.raises(DatabaseDamaged):
            backup_to(db, tmp_path / "backups" / "copy.db", PASS)
    finally:
        db.close()
    assert list((tmp_path / "backups").iterdir()) == []
    assert damage_marker(path).exists()


def test_salvage_keeps_what_reads_and_says_what_was_lost(tmp_path):
    path = make_db(tmp_path / "a.db", records=1500)
    pages = path.stat().st_size // PAGE
    for page in (pages // 3, 2 * pages // 3):
        flip(path, page)
    report = salvage(path, PASS, tmp_path / "new.db")
    by_table = {t.table: t for t in report.tables}
    assert not report.complete
    assert any(t.gaps for t in report.tables)
    assert by_table["records"].saved > 1000
    db = open_database(tmp_path / "new.db", PASS)
    try:
        assert db.execute("SELECT count(*) FROM records").fetchone()[0] == by_table["records"].saved
        assert db.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    finally:
        db.close()
    lost = 1500 - by_table["records"].saved
    assert lost == 0 or len(report.records_lost) > 0 or by_table["records"].gaps
    with pytest.raises(StoreError, match="exists already"):
        salvage(path, PASS, tmp_path / "new.db")


def test_salvage_of_a_whole_database_loses_nothing(tmp_path):
    path = make_db(tmp_path / "a.db", records=200)
    db = open_database(path, PASS)
    before = len(check_database(db).problems)  # (these records' form is not installed: one problem)
    db.close()
    report = salvage(path, PASS, tmp_path / "new.db")
    assert report.complete and report.problems == before
    assert {t.table: t.saved for t in report.tables}["records"] == 200


@pytest.mark.skipif(os.name != "posix" or not hasattr(os, "geteuid") or os.geteuid() == 0,
                    reason="root writes to any file whatever its mode")
def test_a_read_only_file_says_read_only(tmp_path):
    path = make_db(tmp_path / "a.db", records=100)
    path.chmod(0o444)
    try:
        with pytest.raises(StoreError, match="read-only"):
            open_database(path, PASS)
    finally:
        path.chmod(0o644)


def test_an_encrypted_database_of_another_program_is_no_backup(tmp_path):
    from fieldkit.store.database import _connect

    other = tmp_path / "other.db"
    conn = _connect(other, PASS)  # the same passphrase, SQLCipher, but not fieldkit's tables
    conn.execute("CREATE TABLE notes (x)")
    conn.execute("INSERT INTO notes VALUES ('ə')")
    conn.close()
    assert "not a fieldkit database" in verify_backup(other, PASS)
    assert "wrong passphrase" in verify_backup(other, "another passphrase")
