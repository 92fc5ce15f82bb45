"""Hostile and broken workbooks: refused in one clear line, the database unchanged."""

from __future__ import annotations

import pytest
from hostile import HOSTILE

from fieldkit.cli import main
from fieldkit.services.export import export_workbook
from fieldkit.services.merge import ImportRefused, merge_workbooks
from fieldkit.services.records import add_json_records
from fieldkit.services.workspace import Workspace

KII = {"interview_date": "2026-11-02", "place": "baku", "mode": "in_person", "institutions": ["MFA"],
       "women": 1, "men": 2, "duration_min": 60, "consent": "yes"}
FGD = {"fgd_date": "2026-11-01", "place": "guba", "topic": "Referral", "participant_groups": ["officials"],
       "women": 3, "men": 2, "consent": "yes",
       "discussion": [{"question": "Q1", "notes": "N1"}, {"question": "Q2", "notes": "N2"}]}


@pytest.fixture(scope="module")
def good(tmp_path_factory):
    folder = tmp_path_factory.mktemp("good")
    with Workspace.open(folder / "laptop.db", "laptop passphrase", create=True) as laptop:
        add_json_records(laptop, "kii", [(1, KII), (2, {**KII, "place": "guba"})])
        add_json_records(laptop, "fgd", [(1, FGD)])
        export_workbook(laptop, folder / "good.xlsx")
    return folder / "good.xlsx"


@pytest.fixture
def hq(tmp_path):
    workspace = Workspace.open(tmp_path / "hq.db", "hq passphrase", create=True)
    add_json_records(workspace, "kii", [(1, {**KII, "place": "ganja"})])  # HQ has data of its own
    yield workspace
    workspace.close()


def snapshot(workspace):
    return {table: workspace.db.execute(f"SELECT * FROM {table} ORDER BY 1").fetchall()
            for table in ("records", "record_history", "record_ancestors", "conflicts", "forms", "audit", "meta", "devices")}


@pytest.mark.parametrize(("make", "words"), [h[1:] for h in HOSTILE], ids=[h[0] for h in HOSTILE])
def test_refused_with_the_database_unchanged(tmp_path, good, hq, make, words):
    bad = make(good, tmp_path)
    before = snapshot(hq)
    with pytest.raises(ImportRefused) as caught:
        merge_workbooks(hq, [bad])
    message = str(caught.value)
    assert bad.name in message and words in message, message
    assert "\n" not in message and len(message) < 400, message[:1000]
    assert snapshot(hq) == before


def test_a_bad_file_among_good_ones_changes_nothing(tmp_path, good, hq):
    bad = HOSTILE[8][1](good, tmp_path)  # text in an integer column
    before = snapshot(hq)
    with pytest.raises(ImportRefused):
        merge_workbooks(hq, [good, bad])
    assert snapshot(hq) == before
    assert merge_workbooks(hq, [good]).inserted == 3  # two interviews, one focus group


def test_cli_says_one_line_and_exits_non_zero(tmp_path, good, capsys, monkeypatch):
    bad = HOSTILE[0][1](good, tmp_path)
    monkeypatch.setenv("FIELDKIT_PASSPHRASE", "hq passphrase 2")
    assert main(["--db", str(tmp_path / "cli.db"), "import", str(bad)]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and err.startswith("fieldkit: noise.xlsx")
