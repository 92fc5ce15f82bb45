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
