"""A big export's workbook is written in a second process: the same workbook as written here, a
cancel or a problem there leaves nothing under the target name, and the process never outlives it."""

from __future__ import annotations

import multiprocessing
from pathlib import Path

import openpyxl
import pytest

from fieldkit.services.export import ExportCancelled, export_workbook
from fieldkit.services.merge import merge_workbooks
from fieldkit.services.records import add_json_records
from fieldkit.services.workspace import Workspace

KII = {"interview_date": "2026-11-02", "place": "baku", "mode": "in_person", "institutions": ["MFA", "SMS"],
       "women": 1, "men": 2, "duration_min": 60, "consent": "yes",
       "relevance": "=Şəki, İlham — очень актуально"}  # (a would-be formula stays text)


@pytest.fixture
def laptop(tmp_path, monkeypatch):
    monkeypatch.setenv("FIELDKIT_CONFIG_DIR", str(tmp_path / "config"))
    with Workspace.open(tmp_path / "laptop.db", "laptop passphrase", create=True) as workspace:
        add_json_records(workspace, "kii", [(i, {**KII, "women": i}) for i in range(1, 1201)])
        yield workspace


def _cells(path: Path) -> dict[str, list[tuple]]:
    book = openpyxl.load_workbook(path, read_only=True)
    sheets = {}
    for sheet in book.worksheets:
        rows = [tuple(c.value for c in row) for row in sheet.iter_rows()]
        if sheet.title == "_manifest":  # its export id, time and so signature differ from one export to the next
            rows = [r for r in rows if not r or r[0] not in ("export_id", "exported_at", "signature")]
        sheets[sheet.title] = rows
    book.close()
    return sheets


def test_a_second_process_writes_the_same_workbook(laptop, tmp_path):
    here = export_workbook(laptop, tmp_path / "here.xlsx", parallel=False)
    there = export_workbook(laptop, tmp_path / "there.xlsx", parallel=True)
    assert (here.records, there.records) == (1200, 1200)
    assert here.sheets == there.sheets
    assert _cells(tmp_path / "here.xlsx") == _cells(tmp_path / "there.xlsx")
    book, reference = (openpyxl.load_workbook(tmp_path / name) for name in ("there.xlsx", "here.xlsx"))
    assert book["kii"].freeze_panes == "A2" and book["kii"].auto_filter.ref.endswith("1201")
    assert [(s.title, s.auto_filter.ref, dict(s.column_dimensions)["A"].width) for s in book.worksheets] == [
        (s.title, s.auto_filter.ref, dict(s.column_dimensions)["A"].width) for s in reference.worksheets]
    assert not any(cell.data_type == "f" for row in book["kii"].iter_rows() for cell in row)
    with Workspace.open(tmp_path / "hq.db", "hq passphrase", create=True) as hq:
        summary = merge_workbooks(hq, [tmp_path / "there.xlsx"])
        assert (summary.inserted, summary.edited_outside, summary.refused) == (1200, 0, 0)
    assert not multiprocessing.active_children()


def test_a_password_reaches_the_second_process(laptop, tmp_path):
    export_workbook(laptop, tmp_path / "locked.xlsx", password="sesame-2026", parallel=True)
    with Workspace.open(tmp_path / "hq.db", "hq passphrase", create=True) as hq:
        assert merge_workbooks(hq, [tmp_path / "locked.xlsx"], password="sesame-2026").inserted == 1200


@pytest.mark.parametrize("when", [1, 10**6], ids=["while-reading", "while-saving"])
def test_a_cancel_leaves_nothing_under_the_target_name(laptop, tmp_path, when):
    target = tmp_path / "out" / "cancelled.xlsx"
    asked = []

    def cancelled() -> bool:
        asked.append(1)
        return len(asked) >= when or len(asked) > 2  # (while saving: after the rows, which ask twice)

    with pytest.raises(ExportCancelled):
        export_workbook(laptop, target, parallel=True, cancelled=cancelled)
    assert not target.exists()
    assert not list(target.parent.glob("*.part")) if target.parent.exists() else True
    assert not multiprocessing.active_children()


@pytest.mark.parametrize("parallel", [False, True], ids=["here", "second-process"])
def test_a_problem_in_the_writer_is_raised_as_it_was_met(laptop, tmp_path, parallel):
    target = tmp_path / "taken.xlsx"
    target.mkdir()  # a folder where the file should go: the final rename fails
    with pytest.raises(OSError):
        export_workbook(laptop, target, parallel=parallel)
    assert target.is_dir() and not list(tmp_path.glob("*.part"))
    assert not multiprocessing.active_children()
