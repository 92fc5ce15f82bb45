"""Unique clashes already stored at HQ (merged before HQ checked unique answers across laptops: an
import checks only what arrives): ``fieldkit check`` names them, ``fieldkit conflicts --scan`` holds
each as a conflict, which is then settled as an arrival's clash is."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

from fieldkit.services.export import export_workbook
from fieldkit.services.merge import merge_workbooks, open_conflicts, resolve_conflict
from fieldkit.services.records import add_json_records, list_records
from fieldkit.services.unique_clash import find_clashes, hold_clashes
from fieldkit.services.workspace import Workspace
from fieldkit.store import exchange as exchange_store
from fieldkit.store.database import transaction

EVENT = {"event_code": "TE-2026-01", "activity_type": "training", "output": "1.1", "activity_code": "1.1.1",
         "topic": "NRM", "date_start": "2026-06-10", "date_end": "2026-06-11", "place": "guba",
         "institutions": ["MIA", "NGO"], "women": 9, "men": 6}
HQ = "hq passphrase"


@pytest.fixture
def hq_path(tmp_path):
    """HQ's database holding two laptops' events TE-2026-01, merged as an older fieldkit did (both
    stored, no conflict)."""
    files = []
    for name in ("guba", "ganja"):
        with Workspace.open(tmp_path / f"{name}.db", f"{name} passphrase") as laptop:
            add_json_records(laptop, "training_event", [(1, {**EVENT, "topic": f"NRM in {name}"})])
            files.append(export_workbook(laptop, tmp_path / f"{name}.xlsx").path)
    with Workspace.open(tmp_path / "hq.db", HQ) as hq:
        merge_workbooks(hq, files)
        (held,) = open_conflicts(hq)
        arrival = exchange_store.IncomingRecord(
            held["uuid"], held["form_id"], held["form_version"], held["revision"], held["created_at"],
            held["updated_at"], held["device_id"], held["data"], held["sha256"], frozenset(held["ancestors"]))
        with transaction(hq.db):
            exchange_store.apply_incoming(hq.db, [arrival])
            hq.db.execute("DELETE FROM conflicts")
        assert len(list(list_records(hq, "training_event"))) == 2 and open_conflicts(hq) == []
    return tmp_path / "hq.db"


def fieldkit(db, *args):
    return subprocess.run([sys.executable, "-m", "fieldkit", "--db", str(db), *args], capture_output=True, text=True,
                          env={**os.environ, "FIELDKIT_PASSPHRASE": HQ}, timeout=120, encoding="utf-8")


def test_check_names_a_stored_clash_and_the_scan_holds_it(hq_path):
    checked = fieldkit(hq_path, "check")
    assert checked.returncode == 0, checked.stdout + checked.stderr  # not damage: the database is sound
    [note] = [line for line in checked.stdout.splitlines() if line.startswith("note: ")]
    assert "share the unique answer event_code 'TE-2026-01'; 'fieldkit conflicts --scan' holds them" in note

    scanned = fieldkit(hq_path, "conflicts", "--scan")
    assert scanned.returncode == 0, scanned.stderr
    assert "event_code 'TE-2026-01' is also record" in scanned.stdout
    assert scanned.stderr.startswith("1 unique clash(es) held as conflicts")
    again = fieldkit(hq_path, "conflicts", "--scan")  # held once, not twice
    assert again.stdout == "" and again.stderr.startswith("1 unique clash(es)")
    listed = fieldkit(hq_path, "conflicts")
    assert "from this database: event_code 'TE-2026-01' is also record" in listed.stdout
    assert "note: " not in fieldkit(hq_path, "check").stdout  # held now: check says no more


@pytest.mark.parametrize("keep", ["both", "local"])
def test_a_held_stored_clash_is_settled_like_an_arrivals(hq_path, keep):
    with Workspace.open(hq_path, HQ) as hq:
        [clash] = hold_clashes(hq)
        (conflict,) = open_conflicts(hq)
        assert (conflict["uuid"], conflict["clash_uuid"]) == (clash.held, clash.kept)
        resolve_conflict(hq, conflict["id"], keep, "TE-2026-01-B" if keep == "both" else None)
        codes = sorted(r.data["event_code"] for r, _ in list_records(hq, "training_event"))
        assert codes == (["TE-2026-01", "TE-2026-01-B"] if keep == "both" else ["TE-2026-01"])
        assert find_clashes(hq) == [] and open_conflicts(hq) == []
