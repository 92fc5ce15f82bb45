"""fieldkit check, backups and restore; a full disk and a read-only database."""

from __future__ import annotations

import json

import pytest

from fieldkit.cli import main
from fieldkit.services.backup import backup, backups_dir, check, daily_backup_if_due, restore
from fieldkit.services.records import add_json_records, get_record, save_record
from fieldkit.services.workspace import Workspace
from fieldkit.store.errors import StoreError

KII = {"interview_date": "2026-11-02", "place": "baku", "mode": "in_person", "institutions": ["MFA"],
       "women": 1, "men": 2, "duration_min": 60, "consent": "yes"}


def test_check_passes_then_finds_damage(workspace, capsys, db_path, passphrase):
    (record,) = add_json_records(workspace, "kii", [(1, KII)])
    save_record(workspace, record, {**KII, "men": 3}, final=True)
    assert check(workspace).ok
    workspace.db.execute("UPDATE records SET data = ? WHERE uuid = ?", [json.dumps({**KII, "men": 99}), record.uuid])
    workspace.db.execute("INSERT INTO record_history (uuid, revision, status, form_version, saved_at, device_id, data)"
                         " VALUES ('ghost', 1, 'final', '1', 'x', 'd', '{}')")
    report = check(workspace)
    assert not report.ok
    text = "\n".join(report.problems)
    assert "does not match its hash" in text and "ghost" in text
    workspace.close()
    assert main(["--db", str(db_path), "check"]) == 1
    assert "problem:" in capsys.readouterr().out


def test_backup_and_restore(workspace, tmp_path):
    (first,) = add_json_records(workspace, "kii", [(1, KII)])
    saved = backup(workspace)
    assert saved.parent == backups_dir(workspace) and saved.exists()
    add_json_records(workspace, "kii", [(1, {**KII, "place": "guba"})])
    safety = restore(workspace, saved)
    assert get_record(workspace, first.uuid) is not None
    assert workspace.db.execute("SELECT count(*) FROM records").fetchone()[0] == 1
    assert check(workspace).ok
    assert safety.exists()  # the state before the restore is kept too
    with Workspace.open(safety, workspace._passphrase) as before:
        assert before.db.execute("SELECT count(*) FROM records").fetchone()[0] == 2


def test_restore_refuses_a_foreign_file(workspace, tmp_path):
    stranger = Workspace.open(tmp_path / "stranger.db", "another passphrase")
    stranger.close()
    with pytest.raises(StoreError):
        restore(workspace, tmp_path / "stranger.db")
    (tmp_path / "junk.db").write_bytes(b"junk" * 100)
    with pytest.raises(StoreError):
        restore(workspace, tmp_path / "junk.db")


def test_backups_keep_the_last_ten_and_come_before_imports(workspace, tmp_path):
    from fieldkit.services.export import export_workbook
    from fieldkit.services.merge import merge_workbooks

    add_json_records(workspace, "kii", [(1, KII)])
    for _ in range(12):
        backup(workspace, reason="test")
    assert len(list(backups_dir(workspace).glob("*.db"))) == 10
    assert daily_backup_if_due(workspace) is None  # one was made just now
    export_workbook(workspace, tmp_path / "mine.xlsx")
    merge_workbooks(workspace, [tmp_path / "mine.xlsx"])  # changes nothing: no backup needed
    assert not any("before-import" in p.name for p in backups_dir(workspace).glob("*.db"))
    with Workspace.open(tmp_path / "other" / "laptop.db", "other passphrase") as other:
        add_json_records(other, "kii", [(1, {**KII, "place": "guba"})])
        export_workbook(other, tmp_path / "other.xlsx")
    merge_workbooks(workspace, [tmp_path / "other.xlsx"])
    assert any("before-import" in p.name for p in backups_dir(workspace).glob("*.db"))


def test_a_full_disk_saves_nothing_and_says_so(workspace):
    (record,) = add_json_records(workspace, "kii", [(1, KII)])
    pages = workspace.db.execute("PRAGMA page_count").fetchone()[0]
    workspace.db.execute(f"PRAGMA max_page_count = {pages}")  # as if the disk were full
    big = [(i, {**KII, "interviewee_roles": "x" * 3000 + str(i)}) for i in range(1, 60)]
    with pytest.raises(StoreError, match="full"):
        add_json_records(workspace, "kii", big)
    assert workspace.db.execute("SELECT count(*) FROM records").fetchone()[0] == 1
    assert get_record(workspace, record.uuid).data == record.data


def test_a_read_only_database_says_so(workspace):
    add_json_records(workspace, "kii", [(1, KII)])
    workspace.db.execute("PRAGMA query_only = ON")  # as on a write-protected stick
    with pytest.raises(StoreError, match="read-only"):
        add_json_records(workspace, "kii", [(1, KII)])


def _flip_middle(path):
    size = path.stat().st_size
    with open(path, "r+b") as handle:
        handle.seek(size // 2)
        data = handle.read(64)
        handle.seek(size // 2)
        handle.write(bytes(b ^ 0xFF for b in data))


def test_restore_mends_a_damaged_open_workspace_and_keeps_the_damage_apart(workspace, passphrase):
    add_json_records(workspace, "kii", [(i, {**KII, "interviewee_roles": "r" * 500}) for i in range(300)])
    good = backup(workspace)
    workspace.db.close()
    _flip_middle(workspace.path)
    from fieldkit.services.backup import check_file, latest_good_backup

    outcome = check_file(workspace.path, passphrase)
    assert outcome.damaged and outcome.good_backup == good
    workspace.db = __import__("fieldkit.store.database", fromlist=["x"]).open_database(
        workspace.path, passphrase, damaged_ok=True)
    with pytest.raises(StoreError, match="damaged"):
        add_json_records(workspace, "kii", [(1, KII)])
    with pytest.raises(StoreError, match="damaged"):
        backup(workspace)
    safety = restore(workspace, good)
    assert safety.name.startswith("damaged-")  # a byte copy of the damage, never taken for a backup
    assert latest_good_backup(workspace.path, passphrase) == good
    assert check(workspace).ok
    assert workspace.db.execute("SELECT count(*) FROM records").fetchone()[0] == 300
    add_json_records(workspace, "kii", [(1, KII)])  # writes again


def test_backup_names_are_bounded_and_keep_last_finds_them(tmp_path, passphrase):
    from fieldkit.services.backup import backup_name_stem

    long_name = tmp_path / ("İ" * 10 + "a" * 200 + ".db")
    assert len(backup_name_stem(long_name)) <= 40
    assert backup_name_stem(tmp_path / "field.db") == "field"
    assert backup_name_stem(long_name) != backup_name_stem(tmp_path / ("İ" * 10 + "a" * 199 + "b.db"))
    with Workspace.open(long_name, passphrase) as workspace:
        add_json_records(workspace, "kii", [(1, KII)])
        for _ in range(12):
            saved = backup(workspace, reason="test")
            assert len(saved.name) < 100
        assert len(list(backups_dir(workspace).glob("*.db"))) == 10
    too_long = tmp_path / ("ş" * 126 + ".db")  # 255 bytes: no room for its journal's name beside it
    with pytest.raises(StoreError, match="too long"):
        Workspace.open(too_long, passphrase)


def test_a_backup_that_cannot_be_written_leaves_nothing_and_says_why(workspace, tmp_path):
    add_json_records(workspace, "kii", [(1, KII)])
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file where the backup's folder would be")
    with pytest.raises(StoreError, match="no backup was written"):
        backup(workspace, blocker / "copy.db")
    assert blocker.read_text().startswith("a file")


def test_a_marked_database_refuses_until_a_full_check_passes(workspace, passphrase):
    from fieldkit.services.backup import check_file
    from fieldkit.store.integrity import damage_marker, mark_damaged

    add_json_records(workspace, "kii", [(1, KII)])
    workspace.close()
    mark_damaged(workspace.path, "found by another fieldkit")  # e.g. a good copy was put back by hand since
    with pytest.raises(StoreError, match="damaged .found by another fieldkit"):
        Workspace.open(workspace.path, passphrase)
    outcome = check_file(workspace.path, passphrase)
    assert outcome.report.ok and not outcome.damaged
    assert not damage_marker(workspace.path).exists()
    with Workspace.open(workspace.path, passphrase) as again:
        add_json_records(again, "kii", [(1, KII)])
