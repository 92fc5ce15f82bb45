"""A unique answer (event_code) is unique across every merged record, not one laptop's only:
two laptops' events with one code are a conflict the user settles, never one event at HQ."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

from fieldkit.services.export import export_workbook
from fieldkit.services.merge import merge_workbooks, open_conflicts, resolve_conflict
from fieldkit.services.records import add_json_records, list_records
from fieldkit.services.reports import build_reports
from fieldkit.services.unique_clash import ClashRefused
from fieldkit.services.workspace import Workspace

EVENT = {"event_code": "TE-2026-01", "activity_type": "training", "output": "1.1", "activity_code": "1.1.1",
         "topic": "NRM", "date_start": "2026-06-10", "date_end": "2026-06-11", "place": "guba",
         "institutions": ["MIA", "NGO"], "women": 9, "men": 6}
TEST = {"event_code": "TE-2026-01", "participant_code": "P-01", "sex": "female", "institution": "MIA",
        "phase": "pre"}


@pytest.fixture
def files(tmp_path):
    """Two laptops, each with its own training event TE-2026-01 (and a pre-test of it)."""
    paths = []
    for name, topic in (("guba", "NRM in Guba"), ("ganja", "NRM in Ganja")):
        with Workspace.open(tmp_path / f"{name}.db", f"{name} passphrase", create=True) as laptop:
            add_json_records(laptop, "training_event", [(1, {**EVENT, "topic": topic})])
            add_json_records(laptop, "training_test", [(1, TEST)])
            paths.append(export_workbook(laptop, tmp_path / f"{name}.xlsx").path)
    return paths


@pytest.fixture
def hq(tmp_path, files):
    with Workspace.open(tmp_path / "hq.db", "hq passphrase", create=True) as workspace:
        yield workspace


def events(workspace):
    return sorted((r.data["event_code"], r.data["topic"]) for r, _ in list_records(workspace, "training_event"))


def reported_events(workspace):
    activity = next(a for a in build_reports(workspace).activities if a.code == "1.1.1")
    return list(activity.events)


def test_two_laptops_events_with_one_code_are_a_conflict_not_one_event(files, hq):
    summary = merge_workbooks(hq, files)
    assert (summary.inserted, summary.conflicts) == (3, 1)  # two tests, the first event; the second is held
    assert events(hq) == [("TE-2026-01", "NRM in Guba")]
    (conflict,) = open_conflicts(hq)
    assert conflict["clash_field"] == "event_code" and conflict["data"]["topic"] == "NRM in Ganja"
    assert conflict["source"] == "ganja.xlsx"
    # Imported again, in any order: still one conflict, nothing merged.
    again = merge_workbooks(hq, list(reversed(files)))
    assert again.inserted == again.updated == 0 and len(open_conflicts(hq)) == 1


def test_the_clash_is_found_across_imports_too(files, hq):
    merge_workbooks(hq, files[:1])
    assert merge_workbooks(hq, files[1:]).conflicts == 1
    assert len(events(hq)) == 1


def test_two_events_keep_both_with_a_new_code(files, hq):
    merge_workbooks(hq, files)
    (conflict,) = open_conflicts(hq)
    assert resolve_conflict(hq, conflict["id"], "both", "TE-2026-01-GANJA") == 1  # Ganja's pre-test follows
    assert events(hq) == [("TE-2026-01", "NRM in Guba"), ("TE-2026-01-GANJA", "NRM in Ganja")]
    assert reported_events(hq) == ["TE-2026-01", "TE-2026-01-GANJA"]
    scores = {row.event.event_code: row for row in build_reports(hq).scores}
    assert sorted(scores) == ["TE-2026-01", "TE-2026-01-GANJA"]
    assert scores["TE-2026-01"].pre_only == scores["TE-2026-01-GANJA"].pre_only == 1  # each its own participant
    assert scores["TE-2026-01-GANJA"].event.topic == "NRM in Ganja"
    assert open_conflicts(hq) == []
    renamed = next(r for r, _ in list_records(hq, "training_event") if r.data["topic"] == "NRM in Ganja")
    assert renamed.revision == 2  # a revision above the arrival: its laptop takes it as an update
    # The same files again change nothing.
    again = merge_workbooks(hq, files)
    assert (again.inserted, again.updated, again.conflicts) == (0, 0, 0)
    edits = [d for (d,) in hq.db.execute("SELECT detail FROM audit WHERE action = 'edit'")]
    assert any("TE-2026-01-GANJA" in d for d in edits)


def test_one_event_recorded_twice_keeps_one(files, hq):
    merge_workbooks(hq, files)
    (conflict,) = open_conflicts(hq)
    resolve_conflict(hq, conflict["id"], "local")
    assert events(hq) == [("TE-2026-01", "NRM in Guba")]
    assert reported_events(hq) == ["TE-2026-01"]
    deleted = hq.db.execute("SELECT uuid, deleted_at FROM records WHERE uuid = ?", [conflict["uuid"]]).fetchone()
    assert deleted is not None and deleted[1]  # kept, deleted as a duplicate: restorable, audited
    assert merge_workbooks(hq, files).conflicts == 0


def test_the_incoming_one_can_be_the_event(files, hq):
    merge_workbooks(hq, files)
    (conflict,) = open_conflicts(hq)
    resolve_conflict(hq, conflict["id"], "incoming")
    assert events(hq) == [("TE-2026-01", "NRM in Ganja")]


def test_a_new_code_must_keep_the_rules_and_be_free(files, hq):
    merge_workbooks(hq, files)
    (conflict,) = open_conflicts(hq)
    before = hq.db.execute("SELECT count(*) FROM records").fetchone()[0]
    with pytest.raises(ClashRefused, match="event_code 'te-2026-01' is taken"):
        resolve_conflict(hq, conflict["id"], "both", "te-2026-01")
    with pytest.raises(ClashRefused, match="event_code 'TE 1 !'"):
        resolve_conflict(hq, conflict["id"], "both", "TE 1 !")
    with pytest.raises(ClashRefused, match="another event_code"):
        resolve_conflict(hq, conflict["id"], "both", "  ")
    assert hq.db.execute("SELECT count(*) FROM records").fetchone()[0] == before
    assert len(open_conflicts(hq)) == 1


def _cli(*args, db):
    env = dict(os.environ, FIELDKIT_PASSPHRASE="hq passphrase", FIELDKIT_CONFIG_DIR=str(db.parent / "config-cli-hq"))
    return subprocess.run([sys.executable, "-m", "fieldkit", "--db", str(db), *args], capture_output=True,
                          text=True, env=env, timeout=300)


def test_the_command_lists_and_settles_a_clash(files, tmp_path):
    db = tmp_path / "cli-hq.db"
    result = _cli("import", *map(str, files), db=db)
    assert result.returncode == 0 and "1 conflicts" in result.stdout, result.stderr
    listed = _cli("conflicts", db=db)
    assert "event_code 'TE-2026-01' is also record" in listed.stdout
    conflict_id = listed.stdout.split()[0]
    refused = _cli("conflicts", conflict_id, "--keep", "both", db=db)
    assert refused.returncode == 1 and "--value" in refused.stderr
    settled = _cli("conflicts", conflict_id, "--keep", "both", "--value", "TE-2026-02", db=db)
    assert settled.returncode == 0, settled.stderr
    assert "1 record(s) of the same laptop now name TE-2026-02 too" in settled.stdout
    with Workspace.open(db, "hq passphrase") as hq:
        assert [code for code, _ in events(hq)] == ["TE-2026-01", "TE-2026-02"]
        assert reported_events(hq) == ["TE-2026-01", "TE-2026-02"]
