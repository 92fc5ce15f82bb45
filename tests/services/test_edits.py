"""Editing a final record is an explicit, pending revision: the final one stays what reports, lists,
search and exports read until the edit is finalised; a discarded edit leaves the record as it was."""

from __future__ import annotations

import pytest

from fieldkit.domain.records import RecordFilter
from fieldkit.services.edits import EditOutdated, discard_edit, finalise_edit, pending_among, pending_edit, save_edit
from fieldkit.services.records import (
    audit_log,
    get_record,
    interrupted_draft,
    mark_open,
    record_history,
    records_page,
    save_record,
    start_record,
)
from fieldkit.services.reports import build_reports
from fieldkit.store.database import open_database
from fieldkit.store.exchange import export_rows
from fieldkit.store.migrations import MIGRATIONS

from old_schema import old_database

BASE = {"interview_date": "2026-11-02", "place": "baku", "mode": "in_person", "institutions": ["MFA"],
        "women": 1, "men": 1, "duration_min": 60, "consent": "yes", "interviewee_roles": "Şöbə müdiri"}


def final_kii(workspace, **answers):
    _, record = start_record(workspace, "kii")
    return save_record(workspace, record, {**BASE, **answers}, final=True)


def what_the_others_read(workspace, uuid):
    """What reports, the list, search and exports see of the record."""
    (row,) = [r for r in build_reports(workspace).interviews if r.uuid == uuid]
    (listed,) = records_page(workspace, "kii")
    (exported,) = [r for r in export_rows(workspace.db, ["kii"]) if r[0] == uuid]
    found = [r.uuid for r in records_page(workspace, "kii", RecordFilter(search="Москва"))]
    return row.minutes, listed.data["duration_min"], listed.revision, exported, found


def test_a_pending_edit_leaves_the_final_record_untouched(workspace):
    record = final_kii(workspace)
    before = what_the_others_read(workspace, record.uuid)
    edit = save_edit(workspace, record, {**record.data, "duration_min": 75, "interviewee_roles": "Москва"})
    assert edit.base_revision == 1 and edit.data["duration_min"] == 75
    assert get_record(workspace, record.uuid) == record
    assert what_the_others_read(workspace, record.uuid) == before
    assert before[:3] == (60, 60, 1) and before[4] == []  # the edit's words are not searched
    assert pending_among(workspace, [record.uuid, "other"]) == {record.uuid}
    save_edit(workspace, record, {**record.data, "duration_min": 80})  # the autosave again: one pending row
    assert pending_edit(workspace, record.uuid).data["duration_min"] == 80
    assert [e["action"] for e in audit_log(workspace, record_uuid=record.uuid)] == ["edit_begin", "create"]


def test_discarding_leaves_the_record_exactly_as_it_was(workspace):
    record = final_kii(workspace)
    history = record_history(workspace, record.uuid)
    save_edit(workspace, record, {**record.data, "duration_min": 75})
    assert discard_edit(workspace, record)
    assert pending_edit(workspace, record.uuid) is None
    assert get_record(workspace, record.uuid) == record
    assert record_history(workspace, record.uuid) == history
    entry = audit_log(workspace, record_uuid=record.uuid)[0]
    assert (entry["action"], entry["revision"]) == ("edit_discard", 1)
    assert not discard_edit(workspace, record)  # nothing left to discard


def test_finalising_the_edit_makes_the_next_revision(workspace):
    record = final_kii(workspace)
    save_edit(workspace, record, {**record.data, "duration_min": 75})
    saved = finalise_edit(workspace, record, {**record.data, "duration_min": 75})
    assert (saved.revision, saved.status, saved.data["duration_min"]) == (2, "final", 75)
    assert pending_edit(workspace, record.uuid) is None
    assert [(h["revision"], h["data"]["duration_min"]) for h in record_history(workspace, record.uuid)] == [
        (1, 60), (2, 75)]
    assert what_the_others_read(workspace, record.uuid)[:3] == (75, 75, 2)


def test_an_edit_of_a_record_that_moved_on_is_kept_not_finalised(workspace):
    record = final_kii(workspace)
    save_edit(workspace, record, {**record.data, "duration_min": 75})
    newer = save_record(workspace, record, {**record.data, "duration_min": 90}, final=True)  # as an import would
    with pytest.raises(EditOutdated, match="revision 2 arrived, the edit started from revision 1"):
        finalise_edit(workspace, record, {**record.data, "duration_min": 75})
    assert get_record(workspace, record.uuid) == newer
    assert pending_edit(workspace, record.uuid).data["duration_min"] == 75


def test_an_invalid_edit_is_not_finalised(workspace):
    from fieldkit.services.records import InvalidRecord

    record = final_kii(workspace)
    with pytest.raises(InvalidRecord):
        finalise_edit(workspace, record, {**record.data, "women": 0, "men": 0})
    assert get_record(workspace, record.uuid) == record


def test_an_open_pending_edit_is_offered_back_after_a_crash(workspace):
    record = final_kii(workspace)
    mark_open(workspace, record.uuid)
    assert interrupted_draft(workspace) is None  # a final record opened only to read: nothing to offer
    edit = save_edit(workspace, record, {**record.data, "duration_min": 75})
    offered = interrupted_draft(workspace)
    assert offered.uuid == record.uuid and offered.updated_at == edit.saved_at


def test_a_schema_6_database_gets_the_pending_edits_table(tmp_path):
    path = tmp_path / "old.db"
    with old_database(path, 6):
        pass
    db = open_database(path, "passphrase")
    assert db.execute("SELECT count(*) FROM pending_edits").fetchone()[0] == 0
    assert db.execute("PRAGMA user_version").fetchone()[0] == len(MIGRATIONS)
    db.close()


def test_check_looks_at_pending_edits(workspace, db_path, passphrase):
    """``check`` reads pending edits too: one whose record is gone is a problem (an orphan); one
    overtaken by a newer revision is noted (finalising it will be refused), and fails no check."""
    import subprocess
    import sys

    from fieldkit.store.database import transaction

    def check():
        done = subprocess.run([sys.executable, "-m", "fieldkit", "--db", str(db_path), "check"], capture_output=True,
                              text=True, timeout=120, encoding="utf-8")
        return done.returncode, done.stdout

    record, other = final_kii(workspace), final_kii(workspace, place="guba")
    save_edit(workspace, record, {**record.data, "duration_min": 75})
    assert check() == (0, "2 record(s), 2 revision(s): ok\n")
    save_record(workspace, record, {**record.data, "duration_min": 90}, final=True)  # as an import would
    code, out = check()
    assert code == 0 and out.splitlines()[0] == (
        f"note: pending edit of record {record.uuid} began from revision 1, but the record is now at revision 2 "
        "(final): finalising it will be refused; open the record and discard the edit")
    save_edit(workspace, other, {**other.data, "duration_min": 70})
    with transaction(workspace.db):  # a record gone under its edit (damage, or a tool): an orphan
        for table in ("records", "record_history", "record_ancestors"):
            workspace.db.execute(f"DELETE FROM {table} WHERE uuid = ?", [other.uuid])
    code, out = check()
    assert code == 1 and f"problem: pending edit of record {other.uuid}, which does not exist (an orphan)" in out
