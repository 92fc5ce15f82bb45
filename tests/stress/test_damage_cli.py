"""The real ``fieldkit`` in a subprocess on really damaged, read-only and full-disk files (no mocks)."""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

PASS = "cli damage passphrase"
PAGE = 4096
KII = {"interview_date": "2026-11-02", "place": "baku", "mode": "in_person", "institutions": ["MFA"],
       "women": 1, "men": 2, "duration_min": 60, "consent": "yes"}
LINUX_ROOT = sys.platform.startswith("linux") and hasattr(os, "geteuid") and os.geteuid() == 0


def fieldkit(db: Path, *args: str, passphrase: str = PASS, stdin: str = "") -> subprocess.CompletedProcess:
    env = dict(os.environ, FIELDKIT_PASSPHRASE=passphrase)
    return subprocess.run([sys.executable, "-m", "fieldkit", "--db", str(db), *args], capture_output=True,
                          text=True, env=env, input=stdin, timeout=180)


def one_line(result: subprocess.CompletedProcess) -> str:
    text = result.stderr.strip()
    assert "Traceback" not in text and len(text.splitlines()) == 1 and len(text) < 600, text
    return text


def lines(count: int, place: str = "baku") -> str:
    return "\n".join(json.dumps({**KII, "place": place, "duration_min": 1 + i % 600, "interviewee_roles": "r" * 300})
                     for i in range(count))


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def flip(path: Path, page: int, offset: int = 700) -> None:
    with open(path, "r+b") as handle:
        handle.seek((page - 1) * PAGE + offset)
        data = handle.read(48)
        handle.seek((page - 1) * PAGE + offset)
        handle.write(bytes(b ^ 0x5A for b in data))


@pytest.fixture(scope="module")
def laptop(tmp_path_factory) -> tuple[Path, Path]:
    """A database of 1,500 records with one (checked) backup beside it."""
    folder = tmp_path_factory.mktemp("laptop")
    db = folder / "field.db"
    assert fieldkit(db, "add", "kii", "--json", "-", stdin=lines(1500)).returncode == 0
    result = fieldkit(db, "backup")
    assert result.returncode == 0, result.stderr
    (backup,) = [p for p in (folder / "backups").glob("field-*.db") if "manual" in p.name]
    return db, backup


@pytest.fixture
def damaged(tmp_path, laptop) -> tuple[Path, Path]:
    db, backup = laptop
    copy = tmp_path / "field.db"
    shutil.copyfile(db, copy)
    (tmp_path / "backups").mkdir()
    shutil.copyfile(backup, tmp_path / "backups" / backup.name)
    flip(copy, copy.stat().st_size // PAGE // 2)
    flip(copy, copy.stat().st_size // PAGE // 3)
    return copy, tmp_path / "backups" / backup.name


def test_check_says_damaged_and_names_the_backup_and_its_command(damaged):
    db, backup = damaged
    result = fieldkit(db, "check")
    assert result.returncode == 1
    assert "damaged" in result.stdout and "unexpected" not in result.stdout + result.stderr
    assert "wrong passphrase" not in result.stdout + result.stderr
    assert f"fieldkit --db {db} restore {backup}" in result.stdout


def test_a_plain_read_that_meets_the_damage_says_damaged_and_stops_the_writes(damaged):
    db, _ = damaged
    pages = db.stat().st_size // PAGE
    for tenth in range(4, 10):  # more of the file's second half (the schema, at its start, reads)
        flip(db, pages * tenth // 10)
    before = digest(db)
    # No check first: reads that meet the damaged pages (the records, their history) say so.
    results = [fieldkit(db, *command) for command in (("list", "kii"), ("report", "--out", str(db.parent / "r.xlsx")))]
    assert any(r.returncode == 1 for r in results), [r.stderr for r in results]
    for result in results:
        assert result.returncode == 0 or ("damaged" in one_line(result) and "unexpected" not in result.stderr)
    result = fieldkit(db, "add", "kii", "--json", "-", stdin=lines(1))
    assert result.returncode == 1 and "damaged" in one_line(result)
    assert digest(db) == before


def test_writes_stop_and_backups_refuse_on_a_damaged_database(damaged):
    db, backup = damaged
    assert fieldkit(db, "check").returncode == 1
    before = digest(db)
    result = fieldkit(db, "add", "kii", "--json", "-", stdin=lines(1))
    assert result.returncode == 1 and "damaged" in one_line(result)
    result = fieldkit(db, "backup")
    assert result.returncode == 1 and "damaged" in one_line(result)
    assert digest(db) == before
    assert sorted(p.name for p in backup.parent.iterdir()) == [backup.name]  # no copy of the damage


def test_the_daily_backup_finds_damage_and_does_not_copy_it(tmp_path, laptop):
    db = tmp_path / "field.db"
    shutil.copyfile(laptop[0], db)
    code = ("import sys\nfrom fieldkit.store.database import open_database, transaction, meta_set\n"
            f"db = open_database(sys.argv[1], {PASS!r})\n"
            "with transaction(db):\n    meta_set(db, 'last_backup_at', '2020-01-01T00:00:00Z')\ndb.close()\n")
    subprocess.run([sys.executable, "-c", code, str(db)], check=True, timeout=120)
    flip(db, db.stat().st_size // PAGE // 2)
    result = fieldkit(db, "list", "kii")  # opening it makes the daily backup, which reads every page
    assert result.returncode == 1 and "damaged" in one_line(result)
    assert not (tmp_path / "backups").exists() or not list((tmp_path / "backups").iterdir())
    again = fieldkit(db, "add", "kii", "--json", "-", stdin=lines(1))
    assert again.returncode == 1 and "damaged" in one_line(again)


def test_restore_mends_a_damaged_database(damaged):
    db, backup = damaged
    assert fieldkit(db, "check").returncode == 1
    result = fieldkit(db, "restore", str(backup))
    assert result.returncode == 0, result.stderr
    check = fieldkit(db, "check")
    assert check.returncode == 0 and check.stdout.strip().endswith("ok")
    assert "1500 record(s)" in check.stdout
    kept = [p.name for p in backup.parent.iterdir() if p.name.startswith("damaged-")]
    assert kept  # the damaged state is kept too (bytes as they were), apart from the backups
    assert fieldkit(db, "add", "kii", "--json", "-", stdin=lines(1)).returncode == 0


def test_recover_salvages_into_a_new_database_and_says_what_was_lost(damaged, tmp_path):
    db, _ = damaged
    out = tmp_path / "salvaged.db"
    result = fieldkit(db, "recover", "--out", str(out))
    assert result.returncode == 0, result.stderr
    assert "records:" in result.stdout and f"recovered into {out}" in result.stdout
    saved = int(next(line for line in result.stdout.splitlines() if line.startswith("records:")).split()[1])
    listed = fieldkit(out, "list", "kii")
    assert listed.returncode == 0 and len(listed.stdout.splitlines()) == saved
    assert ("not everything read" in result.stdout) == ("lost" in result.stdout or "rebuilt" in result.stdout)
    again = fieldkit(db, "recover", "--out", str(out))
    assert again.returncode == 1 and "exists already" in one_line(again)


def test_recover_names_the_records_lost_with_their_table(tmp_path, laptop):
    """The records table's root page damaged: no record reads; their history names every one lost."""
    from fieldkit.store.database import open_database

    db = tmp_path / "field.db"
    shutil.copyfile(laptop[0], db)
    opened = open_database(db, PASS)
    root = opened.execute("SELECT rootpage FROM sqlite_master WHERE name = 'records'").fetchone()[0]
    opened.close()
    flip(db, root, offset=100)
    result = fieldkit(db, "recover", "--out", str(tmp_path / "salvaged.db"))
    assert result.returncode == 0, result.stderr
    assert "records: 0 row(s) saved" in result.stdout and "the whole table" in result.stdout
    assert "1500 record(s) lost, known from their history or audit" in result.stdout
    assert "not everything read" in result.stdout


def test_page_one_damage_is_not_a_wrong_passphrase(tmp_path, laptop):
    db = tmp_path / "field.db"
    shutil.copyfile(laptop[0], db)
    flip(db, 1, offset=300)
    result = fieldkit(db, "check")
    assert result.returncode == 1
    assert "damaged" in result.stdout + result.stderr and "wrong passphrase" not in result.stdout + result.stderr
    wrong = fieldkit(laptop[0], "list", "kii", passphrase="not it")
    assert wrong.returncode == 1 and "wrong passphrase for" in one_line(wrong)


def test_damage_to_the_key_salt_is_told_by_the_backup_not_called_a_wrong_passphrase(damaged):
    """The first 16 bytes are the salt the page key is derived with: changed, no page checks, as with a
    wrong passphrase. The newest backup taking the passphrase tells the two apart."""
    db, backup = damaged
    shutil.copyfile(backup, db)  # the database as the backup has it, then its salt damaged
    with open(db, "r+b") as handle:
        handle.seek(3)
        handle.write(b"\x00\xff")
    wrong = fieldkit(db, "list", "kii", passphrase="not the passphrase")
    assert wrong.returncode == 1 and "wrong passphrase for" in one_line(wrong)  # a wrong one is still told
    result = fieldkit(db, "check")
    assert result.returncode == 1 and "wrong passphrase" not in result.stdout + result.stderr
    assert "salt" in result.stdout and f"fieldkit --db {db} restore {backup}" in result.stdout
    for command in (("list", "kii"), ("add", "kii", "--json", "-")):
        line = one_line(fieldkit(db, *command, stdin=lines(1)))
        assert "damaged" in line and "wrong passphrase" not in line
    assert fieldkit(db, "restore", str(backup)).returncode == 0
    assert fieldkit(db, "check").returncode == 0
    listed = fieldkit(db, "list", "kii", "--json")
    assert listed.returncode == 0 and len(listed.stdout.splitlines()) == 1500


def test_a_deleted_journal_is_named(tmp_path):
    db = tmp_path / "field.db"
    code = ("import os, sys\nfrom fieldkit.services.workspace import Workspace\n"
            "from fieldkit.services.records import add_json_records\n"
            "ws = Workspace.open(sys.argv[1], os.environ['FIELDKIT_PASSPHRASE'])\n"
            f"add_json_records(ws, 'kii', [(1, {KII!r})])\nos._exit(0)  # killed: its -wal and -shm stay\n")
    env = dict(os.environ, FIELDKIT_PASSPHRASE=PASS)
    subprocess.run([sys.executable, "-c", code, str(db)], check=True, env=env, timeout=120)
    wal = db.with_name("field.db-wal")
    assert wal.exists()
    wal.unlink()
    result = fieldkit(db, "list", "kii")
    assert result.returncode == 1
    line = one_line(result)
    assert "field.db-wal" in line and "missing" in line and "wrong passphrase" not in line


def test_restore_refuses_empty_foreign_and_plain_files_before_touching_anything(tmp_path, laptop):
    db = tmp_path / "field.db"
    shutil.copyfile(laptop[0], db)
    before = digest(db)
    empty = tmp_path / "empty.db"
    empty.write_bytes(b"")
    stranger = tmp_path / "stranger.db"
    assert fieldkit(stranger, "add", "kii", "--json", "-", stdin=lines(2), passphrase="another passphrase").returncode == 0
    plain = tmp_path / "plain.db"
    import sqlite3

    sqlite3.connect(plain).execute("CREATE TABLE t(x)").connection.close()
    for source, words in ((empty, "empty"), (stranger, "wrong passphrase"), (plain, "not encrypted"),
                          (tmp_path / "none.db", "no such backup")):
        result = fieldkit(db, "restore", str(source))
        assert result.returncode == 1
        line = one_line(result)
        assert words in line and "nothing was restored" in line or words == "no such backup", line
    assert digest(db) == before
    assert empty.read_bytes() == b""  # not made into a database either
    assert not (tmp_path / "backups").exists() or not list((tmp_path / "backups").glob("*before-restore*"))


def test_restore_waits_for_the_database_to_be_closed_elsewhere(tmp_path, laptop):
    """A window left open on the database would go on saving into the replaced file's journal: refused."""
    db = tmp_path / "field.db"
    shutil.copyfile(laptop[0], db)
    holder = ("import sys, time\nfrom fieldkit.store.database import open_database\n"
              f"db = open_database(sys.argv[1], {PASS!r})\n"
              "db.execute('SELECT count(*) FROM records').fetchone(); print('open', flush=True); time.sleep(30)\n")
    process = subprocess.Popen([sys.executable, "-c", holder, str(db)], stdout=subprocess.PIPE, text=True)
    try:
        assert process.stdout.readline().startswith("open")
        before = digest(db)
        result = fieldkit(db, "restore", str(laptop[1]))
    finally:
        process.kill()
        process.wait()
        process.stdout.close()
    assert result.returncode == 1
    line = one_line(result)
    assert "open in another fieldkit" in line and "nothing was restored" in line
    assert digest(db) == before
    assert not db.with_name("field.db.restoring").exists()
    assert not list(tmp_path.glob("backups/*before-restore*"))
    assert fieldkit(db, "restore", str(laptop[1])).returncode == 0  # once it is closed


def test_a_long_database_name_does_not_break_the_daily_backup(tmp_path):
    db = tmp_path / (("ə" * 20 + "x" * 200)[:230] + ".db")
    assert fieldkit(db, "add", "kii", "--json", "-", stdin=lines(2)).returncode == 0
    result = fieldkit(db, "backup")
    assert result.returncode == 0, result.stderr
    names = [p.name for p in (tmp_path / "backups").iterdir()]
    assert names and all(len(name) <= 100 for name in names), names
    assert fieldkit(db, "list", "kii").returncode == 0


def test_a_busy_backup_writes_nothing_and_says_busy(tmp_path, laptop):
    db = tmp_path / "field.db"
    shutil.copyfile(laptop[0], db)
    assert fieldkit(db, "backup").returncode == 0  # the daily one is not due during the test
    backups = sorted(p.name for p in (tmp_path / "backups").iterdir())
    holder = ("import sys, time\nfrom fieldkit.store.database import open_database\n"
              f"db = open_database(sys.argv[1], {PASS!r})\n"
              "db.conn.execute('BEGIN IMMEDIATE'); print('locked', flush=True); time.sleep(14)\n")
    process = subprocess.Popen([sys.executable, "-c", holder, str(db)], stdout=subprocess.PIPE, text=True)
    try:
        assert process.stdout.readline().startswith("locked")
        result = fieldkit(db, "backup")
    finally:
        process.kill()
        process.wait()
        process.stdout.close()
    assert result.returncode == 1
    line = one_line(result)
    assert "busy" in line and "no backup was written" in line
    assert sorted(p.name for p in (tmp_path / "backups").iterdir()) == backups


@contextlib.contextmanager
def tiny_disk(folder: Path, size: str):
    folder.mkdir()
    subprocess.run(["mount", "-t", "tmpfs", "-o", f"size={size}", "tmpfs", str(folder)], check=True)
    try:
        yield folder
    finally:
        subprocess.run(["umount", "-l", str(folder)], check=False)


@pytest.mark.skipif(not LINUX_ROOT, reason="mounts a small tmpfs: Linux, as root")
def test_a_restore_on_a_full_disk_says_full_and_leaves_the_database(tmp_path, laptop):
    with tiny_disk(tmp_path / "disk", "2M") as disk:
        db = disk / "small.db"
        assert fieldkit(db, "add", "kii", "--json", "-", stdin=lines(3)).returncode == 0
        before = digest(db)
        result = fieldkit(db, "restore", str(laptop[1]))  # a backup of 1,500 records does not fit
        assert result.returncode == 1
        line = one_line(result)
        assert "full" in line and "nothing was restored" in line and "passphrase" not in line
        assert digest(db) == before
        assert sorted(p.name for p in disk.iterdir() if p.is_file()) == ["small.db"]
        assert fieldkit(db, "check").returncode == 0


@pytest.mark.skipif(not LINUX_ROOT, reason="remounts a tmpfs read-only: Linux, as root")
def test_a_read_only_disk_says_read_only(tmp_path, laptop):
    with tiny_disk(tmp_path / "disk", "20M") as disk:
        db = disk / "field.db"
        shutil.copyfile(laptop[0], db)
        subprocess.run(["mount", "-o", "remount,ro", str(disk)], check=True)
        for command in (["check"], ["list", "kii"], ["add", "kii", "--json", "-"]):
            result = fieldkit(db, *command, stdin=lines(1))
            assert result.returncode == 1
            line = one_line(result)
            assert "read-only" in line and str(db) in line and "passphrase" not in line, line
