"""A short fuzz of the importer in the suite (bench/fuzz_import.py runs it for minutes)."""

from __future__ import annotations

import random
import sys
from pathlib import Path

from fieldkit.services.export import export_workbook
from fieldkit.services.merge import ImportRefused, merge_workbooks
from fieldkit.services.records import add_json_records

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "bench"))
from fuzz_import import mutate  # noqa: E402

KII = {"interview_date": "2026-11-02", "place": "baku", "mode": "in_person", "institutions": ["MFA"],
       "women": 1, "men": 2, "duration_min": 60, "consent": "yes"}


def test_mutated_exports_are_imported_or_refused_cleanly(tmp_path, workspace):
    add_json_records(workspace, "kii", [(i, {**KII, "duration_min": i}) for i in range(1, 8)])
    export_workbook(workspace, tmp_path / "good.xlsx")
    good = (tmp_path / "good.xlsx").read_bytes()
    rng = random.Random(20261130)
    before = workspace.db.execute("SELECT count(*), sum(revision) FROM records").fetchone()
    outcomes = {"accepted": 0, "refused": 0}
    for _ in range(150):
        path = tmp_path / "mutant.xlsx"
        path.write_bytes(mutate(good, random.Random(rng.randrange(2**32))))
        try:
            merge_workbooks(workspace, [path], dry_run=True)
            outcomes["accepted"] += 1
        except ImportRefused as exc:
            outcomes["refused"] += 1
            assert "mutant.xlsx" in str(exc) and "\n" not in str(exc)
        assert workspace.db.execute("SELECT count(*), sum(revision) FROM records").fetchone() == before
    assert outcomes["refused"] > 50 and outcomes["accepted"] > 0
