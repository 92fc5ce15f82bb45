"""HQ applies the laptop's rules to what it merges, and a laptop exports only what HQ can import.

Real exports, edited as someone in Excel would, read back by the real import; the rules are
those of the built-in forms (resources/forms)."""

from __future__ import annotations

import datetime as dt
import json
import os
import subprocess
import sys

import openpyxl
import pytest

from fieldkit.services.export import ExportRefused, export_workbook
from fieldkit.services.merge import ImportRefused, merge_workbooks
from fieldkit.services.records import BatchError, add_json_records
from fieldkit.services.workspace import Workspace
from fieldkit.store.database import transaction

KII = {"interview_date": "2026-11-02", "place": "baku", "mode": "in_person", "institutions": ["MFA"],
       "women": 1, "men": 2, "duration_min": 60, "consent": "yes", "relevance": "Layihə aktualdır"}
VOT = {"consent": "yes", "interview_date": "2026-11-03", "region": "baku", "age_band": None,
       "feedback": "Kömək etdilər, спасибо"}
FGD = {"fgd_date": "2026-11-04", "place": "guba", "topic": "Referral", "participant_groups": ["officials"],
       "women": 3, "men": 2, "consent": "yes", "discussion": [{"question": "What works?", "notes": "Hotline"},
                                                               {"question": "What does not?", "notes": "Shelters"}]}


@pytest.fixture
def laptop(tmp_path):
    with Workspace.open(tmp_path / "laptop.db", "laptop passphrase", create=True) as workspace:
        yield workspace


@pytest.fixture
def hq(tmp_path):
    with Workspace.open(tmp_path / "hq.db", "hq passphrase", create=True) as workspace:
        yield workspace


def edit(path, sheet_name, row, **cells):
    book = openpyxl.load_workbook(path)
    sheet = book[sheet_name]
    header = [c.value for c in sheet[1]]
    for column, value in cells.items():
        sheet.cell(row=row, column=header.index(column) + 1).value = value
    book.save(path)
    return path


def records_of(workspace):
    return workspace.db.execute("SELECT count(*) FROM records").fetchone()[0]


def test_genuine_records_of_every_kind_are_merged(tmp_path, laptop, hq):
    add_json_records(laptop, "kii", [(1, KII), (2, {**KII, "place": "other", "place_other": "Şəki", "consent": "no",
                                                    "relevance": None})])
    add_json_records(laptop, "vot_feedback", [(1, VOT), (2, {"consent": "no", "interview_date": "2026-11-03",
                                                             "region": "baku"})])
    add_json_records(laptop, "fgd", [(1, FGD)])
    export_workbook(laptop, tmp_path / "all.xlsx", allow_unencrypted=True)
    summary = merge_workbooks(hq, [tmp_path / "all.xlsx"])
    assert summary.inserted == 5 and summary.refused == 0


def test_victims_feedback_kept_without_consent_is_refused(tmp_path, laptop, hq):
    """The real victims' form: without consent only the date and region are kept."""
    (record,) = add_json_records(laptop, "vot_feedback", [(1, {"consent": "no", "interview_date": "2026-11-03",
                                                               "region": "baku"})])
    assert record.data["respondent_code"] is None and record.data["feedback"] is None
    out = export_workbook(laptop, tmp_path / "vot.xlsx", allow_unencrypted=True).path
    edit(out, "vot_feedback", 2, feedback="They told me everything")
    with pytest.raises(ImportRefused, match=r"vot\.xlsx, sheet vot_feedback, row 2, column feedback: answered "
                                            r"although the form says it does not apply here"):
        merge_workbooks(hq, [out])
    assert records_of(hq) == 0


def test_a_repeat_instance_breaking_a_rule_is_named_by_its_path(tmp_path, laptop, hq):
    add_json_records(laptop, "fgd", [(1, FGD)])
    out = export_workbook(laptop, tmp_path / "fgd.xlsx").path
    edit(out, "fgd.discussion", 3, question=None)
    with pytest.raises(ImportRefused, match=r"sheet fgd, row 2, column discussion\[2\]/question: This answer is "
                                            r"required"):
        merge_workbooks(hq, [out], accept_edits=True)
    assert records_of(hq) == 0


def test_an_edited_test_score_is_refused(tmp_path, laptop, hq):
    test = {"event_code": "TE-1", "participant_code": "P-01", "sex": "female", "institution": "MIA", "phase": "pre"}
    add_json_records(laptop, "training_test", [(1, test)])
    out = export_workbook(laptop, tmp_path / "test.xlsx").path
    edit(out, "training_test", 2, score_pct=100)
    with pytest.raises(ImportRefused, match=r"row 2, column score_pct: 100.0 is not the score of these answers \(0.0\)"):
        merge_workbooks(hq, [out], accept_edits=True)


def test_one_bad_record_refuses_the_whole_file(tmp_path, laptop, hq):
    add_json_records(laptop, "kii", [(i, {**KII, "women": i}) for i in range(1, 6)])
    out = export_workbook(laptop, tmp_path / "five.xlsx").path
    edit(out, "kii", 5, duration_min=0)
    with pytest.raises(ImportRefused, match="row 5, column duration_min: Between 1 and 600 minutes"):
        merge_workbooks(hq, [out])
    assert records_of(hq) == 0


def test_the_worker_process_checks_too(tmp_path, laptop, hq):
    add_json_records(laptop, "kii", [(1, KII), (2, KII)])
    out = export_workbook(laptop, tmp_path / "two.xlsx").path
    edit(out, "kii", 3, women=0, men=0)
    with pytest.raises(ImportRefused, match="row 3, column men: Must be 0 or more"):
        merge_workbooks(hq, [out], parallel=True)
    assert records_of(hq) == 0


def _cli(*args, db, passphrase):
    env = dict(os.environ, FIELDKIT_PASSPHRASE=passphrase)
    return subprocess.run([sys.executable, "-m", "fieldkit", "--db", str(db), *args], capture_output=True, text=True,
                          env=env, timeout=300)


def test_accept_edits_refuses_a_date_the_form_forbids(tmp_path, laptop):
    add_json_records(laptop, "kii", [(1, KII)])
    out = export_workbook(laptop, tmp_path / "edited.xlsx").path
    future = dt.date.today() + dt.timedelta(days=400)
    edit(out, "kii", 2, interview_date=future)
    result = _cli("import", "--accept-edits", str(out), db=tmp_path / "hq.db", passphrase="hq passphrase")
    assert result.returncode == 1, result.stdout
    assert result.stderr.count("\n") == 1
    assert "edited.xlsx, sheet kii, row 2, column interview_date: The date cannot be in the future." in result.stderr
    with Workspace.open(tmp_path / "hq.db", "hq passphrase") as hq:
        assert records_of(hq) == 0
    # An edit that keeps to the rules is applied as before.
    edit(out, "kii", 2, interview_date=dt.date(2026, 10, 30))
    result = _cli("import", "--accept-edits", str(out), db=tmp_path / "hq.db", passphrase="hq passphrase")
    assert result.returncode == 0, result.stderr
    assert "1 edited outside fieldkit" in result.stdout


# -- dates a workbook cannot carry --------------------------------------------------------------------


def test_a_date_before_1900_is_refused_at_entry(laptop):
    with pytest.raises(BatchError, match=r"line 1, field interview_date: .*1026-11-02 is not between 1900-01-01 and "
                                         r"9999-12-31"):
        add_json_records(laptop, "kii", [(1, {**KII, "interview_date": "1026-11-02"})])
    assert add_json_records(laptop, "kii", [(1, {**KII, "interview_date": "1900-01-01"})])


def _saved_by_an_older_fieldkit(workspace, record, **answers):
    with transaction(workspace.db):
        workspace.db.execute("UPDATE records SET data = ? WHERE uuid = ?",
                             [json.dumps({**record.data, **answers}, ensure_ascii=False), record.uuid])


def test_an_export_with_an_old_out_of_range_date_names_the_record(tmp_path, laptop):
    _, old = add_json_records(laptop, "kii", [(1, KII), (2, KII)])
    _saved_by_an_older_fieldkit(laptop, old, interview_date="1026-11-02")
    out = tmp_path / "usb.xlsx"
    with pytest.raises(ExportRefused) as caught:
        export_workbook(laptop, out)
    message = str(caught.value)
    assert f"kii record {old.uuid}, field interview_date: 1026-11-02 is not between" in message
    assert "open the record, correct the answer" in message and "\n" not in message
    assert not out.exists() and not list(tmp_path.glob("*.xlsx*"))
    assert not laptop.db.execute("SELECT count(*) FROM exports").fetchone()[0]
    # Corrected, it goes.
    _saved_by_an_older_fieldkit(laptop, old, interview_date="2026-11-02")
    assert export_workbook(laptop, out).records == 2


def test_the_export_command_says_which_record_to_correct(tmp_path):
    db = tmp_path / "laptop.db"
    with Workspace.open(db, "laptop passphrase", create=True) as laptop:
        (record,) = add_json_records(laptop, "kii", [(1, KII)])
        _saved_by_an_older_fieldkit(laptop, record, interview_date="1026-11-02")
    result = _cli("export", "--out", str(tmp_path / "out.xlsx"), db=db, passphrase="laptop passphrase")
    assert result.returncode == 1
    assert result.stderr.count("\n") == 1 and record.uuid in result.stderr and "interview_date" in result.stderr
    assert not (tmp_path / "out.xlsx").exists()


def test_an_export_names_a_bad_answer_inside_a_repeat_by_its_path(tmp_path, laptop):
    survey = [{"type": "text", "name": "topic", "label": "Topic"},
              {"type": "begin repeat", "name": "visit", "label": "Visit"},
              {"type": "date", "name": "day", "label": "Day"},
              {"type": "end repeat", "name": "visit"}]
    from xlsform_maker import write_xlsform

    from fieldkit.services.forms import add_form_file

    add_form_file(laptop, write_xlsform(tmp_path / "visits.xlsx", survey, settings={"form_id": "visits",
                                                                               "version": "1"}))
    (record,) = add_json_records(laptop, "visits", [(1, {"topic": "x", "visit": [{"day": "2026-01-02"},
                                                                                {"day": "2026-01-03"}]})])
    _saved_by_an_older_fieldkit(laptop, record, visit=[{"day": "2026-01-02"}, {"day": "1026-01-03"}])
    with pytest.raises(ExportRefused, match=rf"visits record {record.uuid}, field visit\[2\]/day: 1026-01-03"):
        export_workbook(laptop, tmp_path / "out.xlsx")
    assert not (tmp_path / "out.xlsx").exists()
