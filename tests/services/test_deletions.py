"""Deletions travel: a deletion is a revision, exported as a tombstone, merged at HQ like any revision.

Real databases (laptop A, laptop B, HQ), real workbooks written and read back.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import openpyxl
import pytest

from fieldkit.domain.merge import deletion_marker
from fieldkit.services.export import export_workbook
from fieldkit.services.merge import ImportRefused, merge_workbooks, open_conflicts, resolve_conflict
from fieldkit.services.records import (
    add_json_records,
    audit_log,
    delete_record,
    get_record,
    list_records,
    record_history,
    restore_record,
    save_record,
)
from fieldkit.services.reports import build_reports
from fieldkit.services.workspace import Workspace
from fieldkit.store.maintenance import check_database
from fieldkit.services.signing import _own_private as own_private
from hostile import resign

KII = {"interview_date": "2026-11-02", "place": "baku", "mode": "in_person", "institutions": ["MFA", "SMS"],
       "women": 1, "men": 2, "duration_min": 60, "consent": "yes", "relevance": "Çox aktualdır — очень актуально"}


@pytest.fixture
def laptops(tmp_path, monkeypatch):
    """Open databases by name, each with its own device identity; closed at the end."""
    opened: dict[str, Workspace] = {}

    def open_(name: str) -> Workspace:
        if name not in opened:
            monkeypatch.setenv("FIELDKIT_CONFIG_DIR", str(tmp_path / f"config-{name}"))
            opened[name] = Workspace.open(tmp_path / f"{name}.db", "passphrase-" + name, create=True)
        return opened[name]

    yield open_
    for workspace in opened.values():
        workspace.close()


def tables(workspace: Workspace) -> dict[str, list]:
    return {table: workspace.db.execute(f"SELECT * FROM {table} ORDER BY 1, 2").fetchall()
            for table in ("records", "record_history", "record_ancestors", "conflicts")}


def live(workspace: Workspace, form_id: str = "kii") -> set[str]:
    return {record.uuid for record, _ in list_records(workspace, form_id)}


def interviews(workspace: Workspace) -> int:
    return len(build_reports(workspace).interviews)


def healthy(*workspaces: Workspace) -> None:
    for workspace in workspaces:
        assert check_database(workspace.db).problems == []


def manifest_rows(path: Path) -> list[list]:
    """The manifest's rows, each without the empty cells the sheet's width adds at its end."""
    rows = []
    for row in openpyxl.load_workbook(path)["_manifest"].iter_rows():
        cells = [c.value for c in row]
        while cells and cells[-1] is None:
            cells.pop()
        rows.append(cells)
    return rows


@pytest.mark.parametrize("parallel", [False, True], ids=["here", "second-process"])
def test_a_deletion_on_a_laptop_reaches_hq_kept_restorable_and_out_of_the_reports(tmp_path, laptops, parallel):
    a, hq = laptops("a"), laptops("hq")
    gone, kept = add_json_records(a, "kii", [(1, KII), (2, {**KII, "place": "guba"})])
    export_workbook(a, tmp_path / "a1.xlsx")
    merge_workbooks(hq, [tmp_path / "a1.xlsx"], parallel=parallel)
    assert interviews(hq) == 2

    delete_record(a, gone.uuid)
    deleted = get_record(a, gone.uuid)
    assert (deleted.revision, deleted.status, deleted.deleted, deleted.data) == (2, "deleted", True, gone.data)
    summary = export_workbook(a, tmp_path / "a2.xlsx")
    assert (summary.records, summary.deleted) == (1, 1)
    rows = manifest_rows(tmp_path / "a2.xlsx")
    header = rows.index(["deleted_uuid", "form_id", "revision", "sha256", "ancestors", "deleted_at"])
    line = rows[header + 1]
    assert line[:4] == [gone.uuid, "kii", 2, deletion_marker(gone.uuid, 2)] and len(rows) == header + 2
    assert line[4] == " ".join(sorted(f"{r}:{s}" for r, s in [(1, gone_sha(a, gone.uuid)),
                                                              (2, deletion_marker(gone.uuid, 2))]))
    assert rows[header - 1] in ([], [None] * len(rows[header - 1]))  # its own section, after the record lines
    assert not any(gone.uuid in [c for c in row] for row in
                   openpyxl.load_workbook(tmp_path / "a2.xlsx")["kii"].iter_rows(values_only=True))

    result = merge_workbooks(hq, [tmp_path / "a2.xlsx"], parallel=parallel)
    assert (result.deleted, result.unchanged, result.updated, result.conflicts) == (1, 1, 0, 0)
    assert result.line().endswith(", 0 refused, 1 deleted")
    at_hq = get_record(hq, gone.uuid)
    assert (at_hq.deleted, at_hq.revision, at_hq.data) == (True, 2, gone.data)
    assert live(hq) == {kept.uuid} and interviews(hq) == 1
    assert [(h["revision"], h["status"], h["data"]) for h in record_history(hq, gone.uuid)] == [
        (1, "final", gone.data), (2, "deleted", gone.data)]
    (entry,) = [e for e in audit_log(hq, record_uuid=gone.uuid) if e["action"] == "delete"]
    assert (entry["detail"]["file"], entry["detail"]["from"]) == ("a2.xlsx", "import")  # deleted by import of a2
    healthy(a, hq)

    # HQ can bring it back: a revision of its own, which travels back to the laptop.
    assert restore_record(hq, gone.uuid)
    assert gone.uuid in live(hq) and interviews(hq) == 2 and get_record(hq, gone.uuid).revision == 3
    export_workbook(hq, tmp_path / "hq.xlsx")
    back = merge_workbooks(a, [tmp_path / "hq.xlsx"], parallel=parallel)
    assert back.updated == 1 and gone.uuid in live(a) and get_record(a, gone.uuid).revision == 3
    assert [e["action"] for e in audit_log(a, record_uuid=gone.uuid)][0] == "restore"
    healthy(a, hq)


def gone_sha(workspace: Workspace, uuid: str) -> str:
    return workspace.db.execute("SELECT sha256 FROM records WHERE uuid = ?", [uuid]).fetchone()[0]


def test_the_same_file_again_and_an_old_tombstone_change_nothing(tmp_path, laptops):
    a, hq = laptops("a"), laptops("hq")
    (record,) = add_json_records(a, "kii", [(1, KII)])
    export_workbook(a, tmp_path / "a1.xlsx")
    merge_workbooks(hq, [tmp_path / "a1.xlsx"])
    delete_record(a, record.uuid)
    export_workbook(a, tmp_path / "a2.xlsx")
    merge_workbooks(hq, [tmp_path / "a2.xlsx"])
    before = tables(hq)
    again = merge_workbooks(hq, [tmp_path / "a2.xlsx"])
    assert (again.deleted, again.unchanged, again.conflicts) == (0, 1, 0)
    assert tables(hq) == before
    # The record restored on A and sent: HQ has it live again; the old tombstone arriving late is old news.
    assert restore_record(a, record.uuid)
    export_workbook(a, tmp_path / "a3.xlsx")
    assert merge_workbooks(hq, [tmp_path / "a3.xlsx"]).updated == 1
    assert record.uuid in live(hq) and get_record(hq, record.uuid).revision == 3
    late = merge_workbooks(hq, [tmp_path / "a2.xlsx"])
    assert (late.deleted, late.unchanged, late.conflicts) == (0, 1, 0)
    assert record.uuid in live(hq)
    # And at a second HQ that gets the restore before the deletion, the same.
    other = laptops("hq2")
    merge_workbooks(other, [tmp_path / "a3.xlsx"])
    assert merge_workbooks(other, [tmp_path / "a2.xlsx"]).unchanged == 1 and record.uuid in live(other)
    healthy(a, hq, other)


def test_a_deletion_hq_never_had_the_record_of_is_kept_so_a_copy_does_not_resurrect_it(tmp_path, laptops):
    a, b, hq = laptops("a"), laptops("b"), laptops("hq")
    (record,) = add_json_records(a, "kii", [(1, KII)])
    export_workbook(a, tmp_path / "a1.xlsx")
    merge_workbooks(b, [tmp_path / "a1.xlsx"])  # B has a copy of A's record
    delete_record(a, record.uuid)
    export_workbook(a, tmp_path / "a2.xlsx")
    first = merge_workbooks(hq, [tmp_path / "a2.xlsx"])  # HQ hears of the deletion first
    assert (first.deleted, first.inserted) == (1, 0)
    assert live(hq) == set() and get_record(hq, record.uuid).deleted
    export_workbook(b, tmp_path / "b1.xlsx")
    copy = merge_workbooks(hq, [tmp_path / "b1.xlsx"])  # B's old copy arrives later
    assert (copy.inserted, copy.unchanged, copy.conflicts) == (0, 1, 0)
    assert live(hq) == set() and interviews(hq) == 0
    assert restore_record(hq, record.uuid) is False  # nothing to bring back: HQ never had its answers
    healthy(hq)
    # ...and HQ passes the deletion on to B.
    export_workbook(hq, tmp_path / "hq.xlsx")
    assert merge_workbooks(b, [tmp_path / "hq.xlsx"]).deleted == 1
    assert live(b) == set() and get_record(b, record.uuid).data == record.data
    healthy(b)


def test_two_laptops_deleting_the_same_revision_agree(tmp_path, laptops):
    a, b, hq = laptops("a"), laptops("b"), laptops("hq")
    (record,) = add_json_records(a, "kii", [(1, KII)])
    export_workbook(a, tmp_path / "a1.xlsx")
    merge_workbooks(b, [tmp_path / "a1.xlsx"])
    merge_workbooks(hq, [tmp_path / "a1.xlsx"])
    delete_record(a, record.uuid)
    delete_record(b, record.uuid)
    export_workbook(a, tmp_path / "a2.xlsx")
    export_workbook(b, tmp_path / "b2.xlsx")
    assert merge_workbooks(hq, [tmp_path / "a2.xlsx"]).deleted == 1
    second = merge_workbooks(hq, [tmp_path / "b2.xlsx"])
    assert (second.deleted, second.unchanged, second.conflicts) == (0, 1, 0)
    assert get_record(hq, record.uuid).revision == 2


def _race(tmp_path, laptops):
    """A deletes revision 1 of a record, B edits revision 1 into 2; both export."""
    a, b, hq = laptops("a"), laptops("b"), laptops("hq")
    (record,) = add_json_records(a, "kii", [(1, KII)])
    export_workbook(a, tmp_path / "a1.xlsx")
    merge_workbooks(b, [tmp_path / "a1.xlsx"])
    merge_workbooks(hq, [tmp_path / "a1.xlsx"])
    delete_record(a, record.uuid)
    save_record(b, get_record(b, record.uuid), {**KII, "duration_min": 95}, final=True)
    export_workbook(a, tmp_path / "a2.xlsx")
    export_workbook(b, tmp_path / "b2.xlsx")
    return a, b, hq, record.uuid


@pytest.mark.parametrize("order", [("a2", "b2"), ("b2", "a2")], ids=["deletion-first", "edit-first"])
@pytest.mark.parametrize("keep", ["deleted", "edit"])
def test_a_deletion_racing_an_edit_is_a_conflict_settled_either_way(tmp_path, laptops, order, keep):
    a, b, hq, uuid = _race(tmp_path, laptops)
    merge_workbooks(hq, [tmp_path / f"{order[0]}.xlsx"])
    second = merge_workbooks(hq, [tmp_path / f"{order[1]}.xlsx"])
    assert (second.conflicts, second.deleted, second.updated) == (1, 0, 0)
    assert second.conflict_uuids == [uuid]
    (conflict,) = open_conflicts(hq)
    assert conflict["deleted"] is (order[1] == "a2")  # the incoming side is the deletion, or the edit
    local_is_deletion = order[0] == "a2"
    side = "local" if (keep == "deleted") == local_is_deletion else "incoming"
    resolve_conflict(hq, conflict["id"], side)
    assert open_conflicts(hq) == []
    settled = get_record(hq, uuid)
    assert settled.revision == 3
    if keep == "deleted":
        assert settled.deleted and uuid not in live(hq) and interviews(hq) == 0
    else:
        assert not settled.deleted and settled.data["duration_min"] == 95 and interviews(hq) == 1
    # The settlement is a revision above both sides: each laptop takes it as a plain update.
    export_workbook(hq, tmp_path / "hq.xlsx")
    for laptop in (a, b):
        result = merge_workbooks(laptop, [tmp_path / "hq.xlsx"])
        assert result.conflicts == 0 and result.deleted + result.updated == 1
        assert get_record(laptop, uuid).revision == 3
        assert (uuid in live(laptop)) is (keep == "edit")
    # The two old files arriving again are old news.
    again = merge_workbooks(hq, [tmp_path / "a2.xlsx", tmp_path / "b2.xlsx"])
    assert (again.conflicts, again.deleted, again.updated) == (0, 0, 0)
    healthy(a, b, hq)


def test_since_last_carries_a_new_deletion_only(tmp_path, laptops):
    a, hq = laptops("a"), laptops("hq")
    first, second = add_json_records(a, "kii", [(1, KII), (2, {**KII, "place": "guba"})])
    out = tmp_path / "to-hq.xlsx"
    assert export_workbook(a, out, since_last=True).records == 2
    merge_workbooks(hq, [out])
    delete_record(a, first.uuid)
    summary = export_workbook(a, out, since_last=True)
    assert (summary.records, summary.deleted) == (0, 1)
    assert merge_workbooks(hq, [out]).deleted == 1 and live(hq) == {second.uuid}
    assert export_workbook(a, out, since_last=True).deleted == 0  # sent once
    assert export_workbook(a, tmp_path / "full.xlsx").deleted == 1  # a full export sends it again


def test_delete_export_since_last_import_and_restore_through_the_commands(tmp_path, laptops):
    a = laptops("a")
    (record,) = add_json_records(a, "kii", [(1, KII)])
    a.close()
    out = tmp_path / "to-hq.xlsx"

    def fieldkit(name: str, *args: str) -> subprocess.CompletedProcess:
        env = {**os.environ, "FIELDKIT_PASSPHRASE": "passphrase-" + name,
               "FIELDKIT_CONFIG_DIR": str(tmp_path / f"config-{name}")}
        return subprocess.run([sys.executable, "-m", "fieldkit", "--db", str(tmp_path / f"{name}.db"), *args],
                              capture_output=True, text=True, env=env, timeout=120)

    assert fieldkit("a", "export", "--out", str(out), "--since-last").returncode == 0
    assert fieldkit("hq", "import", str(out)).returncode == 0
    deleted = fieldkit("a", "delete-record", record.uuid)
    assert deleted.returncode == 0 and "revision 2" in deleted.stdout, deleted.stderr
    again = fieldkit("a", "delete-record", record.uuid)
    assert again.returncode == 1 and again.stderr.strip() == f"fieldkit: record {record.uuid} is deleted already"
    done = fieldkit("a", "export", "--out", str(out), "--since-last")
    assert done.returncode == 0 and "0 record(s) exported" in done.stdout and "; 1 deletion(s)" in done.stdout
    hq = fieldkit("hq", "import", str(out))
    assert hq.returncode == 0, hq.stderr
    assert hq.stdout.splitlines()[0] == ("0 inserted, 0 updated, 0 unchanged, 0 conflicts, 0 edited outside "
                                         "fieldkit, 0 refused, 1 deleted")
    listed = fieldkit("hq", "list", "kii")
    assert record.uuid not in listed.stdout
    restored = fieldkit("hq", "restore-record", record.uuid)
    assert restored.returncode == 0 and "revision 3" in restored.stdout, restored.stderr
    assert record.uuid in fieldkit("hq", "list", "kii").stdout
    missing = fieldkit("hq", "restore-record", "0f8fad5b-d9cb-469f-a165-70867728950e")
    assert missing.returncode == 1 and "no record" in missing.stderr and "Traceback" not in missing.stderr


def test_a_deletion_in_conflict_is_listed_as_one(tmp_path, laptops, monkeypatch, capsys):
    from fieldkit.cli import main

    _, _, hq, uuid = _race(tmp_path, laptops)
    merge_workbooks(hq, [tmp_path / "b2.xlsx", tmp_path / "a2.xlsx"])
    hq.close()
    monkeypatch.setenv("FIELDKIT_PASSPHRASE", "passphrase-hq")
    capsys.readouterr()
    assert main(["--db", str(tmp_path / "hq.db"), "conflicts"]) == 0
    (line,) = capsys.readouterr().out.splitlines()
    assert uuid in line and line.endswith("incoming revision 2 from a2.xlsx (a deletion)")


def test_a_draft_deleted_never_travels_and_a_deleted_record_saved_again_is_a_new_revision(tmp_path, laptops):
    from fieldkit.services.records import start_record

    a, hq = laptops("a"), laptops("hq")
    _, draft = start_record(a, "kii")
    draft = save_record(a, draft, KII, final=False)
    delete_record(a, draft.uuid)
    assert export_workbook(a, tmp_path / "a.xlsx").deleted == 0
    (record,) = add_json_records(a, "kii", [(1, KII)])
    export_workbook(a, tmp_path / "a1.xlsx")
    merge_workbooks(hq, [tmp_path / "a1.xlsx"])
    delete_record(a, record.uuid)
    edited = save_record(a, get_record(a, record.uuid), {**KII, "duration_min": 61}, final=True)
    assert edited.revision == 3 and not get_record(a, record.uuid).deleted
    export_workbook(a, tmp_path / "a2.xlsx")
    assert merge_workbooks(hq, [tmp_path / "a2.xlsx"]).updated == 1
    assert get_record(hq, record.uuid).data["duration_min"] == 61
    # A final record being edited again (a draft on top), deleted and restored: still a draft on top,
    # and its last final revision is sent with the ancestors it has, not its later deletion's.
    (other,) = add_json_records(a, "kii", [(1, {**KII, "place": "guba"})])
    save_record(a, get_record(a, other.uuid), {**KII, "place": "guba", "women": 4}, final=False)
    delete_record(a, other.uuid)
    assert restore_record(a, other.uuid)
    assert (get_record(a, other.uuid).status, get_record(a, other.uuid).revision) == ("draft", 4)
    export_workbook(a, tmp_path / "a3.xlsx")
    (line,) = [row for row in manifest_rows(tmp_path / "a3.xlsx") if row and row[0] == other.uuid]
    assert (line[2], line[4]) == (1, f"1:{line[3]}")
    healthy(a, hq)


def _with_deletion_line(good: Path, folder: Path, name: str, line: list) -> Path:
    book = openpyxl.load_workbook(good)
    sheet = book["_manifest"]
    sheet.append([])
    sheet.append(["deleted_uuid", "form_id", "revision", "sha256", "ancestors", "deleted_at"])
    sheet.append(line)
    path = folder / name
    book.save(path)
    return path


@pytest.mark.parametrize("parallel", [False, True], ids=["here", "second-process"])
def test_a_forged_tombstone_is_refused_naming_its_row(tmp_path, laptops, parallel):
    a, hq = laptops("a"), laptops("hq")
    (record,) = add_json_records(a, "kii", [(1, KII)])
    export_workbook(a, tmp_path / "good.xlsx")
    rows = len(manifest_rows(tmp_path / "good.xlsx"))
    uuid = "0f8fad5b-d9cb-469f-a165-70867728950e"
    cases = {
        "revision": [uuid, "kii", "two", deletion_marker(uuid, 2), "", "2026-11-30T06:00:00.000Z"],
        "uuid": [uuid.upper(), "kii", 2, deletion_marker(uuid, 2), "", "2026-11-30T06:00:00.000Z"],
        "hash": [uuid, "kii", 2, "a" * 64, "", "2026-11-30T06:00:00.000Z"],
        "ancestor": [uuid, "kii", 2, deletion_marker(uuid, 2), "5:" + "b" * 64, "2026-11-30T06:00:00.000Z"],
    }
    before = tables(hq)
    for name, line in cases.items():
        bad = _with_deletion_line(tmp_path / "good.xlsx", tmp_path, f"{name}.xlsx", line)
        with pytest.raises(ImportRefused) as caught:
            merge_workbooks(hq, [bad], parallel=parallel)
        message = str(caught.value)
        assert f"{name}.xlsx, sheet _manifest, row {rows + 3}: deleted record" in message, message
        assert "\n" not in message and len(message) < 300
        assert tables(hq) == before
    # A record both live and deleted in one file, and a uuid deleted twice.
    line = [record.uuid, "kii", 2, deletion_marker(record.uuid, 2), "", "2026-11-30T06:00:00.000Z"]
    both = _with_deletion_line(tmp_path / "good.xlsx", tmp_path, "both.xlsx", line)
    with pytest.raises(ImportRefused, match=f"row {rows + 3}: deleted record {record.uuid} is also among"):
        merge_workbooks(hq, [both], parallel=parallel)
    assert tables(hq) == before


def test_a_deletion_of_a_form_hq_lacks_installs_the_form_and_one_of_another_form_is_refused(
        tmp_path, laptops, xlsform):
    from fieldkit.services.forms import add_form_file
    from fieldkit.services.records import start_record

    a, hq = laptops("a"), laptops("hq")
    add_form_file(a, xlsform([{"type": "text", "name": "t", "label": "Text"}], (),
                             {"form_id": "sample", "version": "1"}))
    _, record = start_record(a, "sample")
    record = save_record(a, record, {"t": "Şəki — Москва"}, final=True)
    out = tmp_path / "to-hq.xlsx"
    export_workbook(a, out, form_ids=["sample"], since_last=True)  # to somewhere else: HQ never sees it
    delete_record(a, record.uuid)
    assert export_workbook(a, out, form_ids=["sample"], since_last=True).deleted == 1
    assert merge_workbooks(hq, [out]).deleted == 1
    assert "sample" in {info.form_id for info in hq.form_infos()} and get_record(hq, record.uuid).deleted
    healthy(hq)

    # The same uuid's deletion naming another form: refused (counted), the rest of the file taken.
    book = openpyxl.load_workbook(out)
    sheet = book["_manifest"]
    for row in sheet.iter_rows():
        if row[0].value == record.uuid:
            row[1].value = "kii"
    book.save(tmp_path / "other-form.xlsx")
    resign(tmp_path / "other-form.xlsx", own_private(a))  # as laptop A itself could sign it
    before = tables(hq)
    result = merge_workbooks(hq, [tmp_path / "other-form.xlsx"])
    assert (result.refused, result.deleted) == (1, 0)
    assert result.refused_reasons == [f"sheet _manifest, row {len(manifest_rows(out))}: deleted record "
                                      f"{record.uuid} belongs to form sample here, not kii"]
    assert tables(hq) == before
