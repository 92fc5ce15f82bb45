"""Evaluation reports from known data: the seed's Table 4, a hand-worked pre/post set, indicators."""

from __future__ import annotations

import csv
import datetime as dt
from pathlib import Path

import openpyxl
import pytest

from fieldkit.cli import main
from fieldkit.domain.reports import (
    Filters,
    Indicator,
    Participant,
    TrainingEvent,
    indicators,
    training_scores,
)
from fieldkit.services.records import add_json_records
from fieldkit.services.reports import build_reports, framework, load_framework, save_framework, write_report

SEED = Path(__file__).resolve().parents[3] / "shared" / "data" / "seed_table4_interviews.csv"
# The seed's Table 4, as shipped in shared/data (kept here too, so the test runs anywhere).
TABLE4 = """number,who,women,men,duration_min,place,mode
1,IOM RO VIENNA,1,0,35,Vienna,remote (Skype)
2,MFA,1,1,90,Baku,in person
3,NGO,1,0,60,Baku,in person
4,IOM COM,0,1,30,Baku,in person
5,MLSPP,1,2,90,Baku,in person
6,EU,1,0,60,Baku,in person
7,GPO,0,5,75,Baku,in person
8,SCWFC,2,1,80,Baku,in person
9,JA,2,2,90,Baku,in person
10,SMS/MFA NAR,6,7,90,Nakhchivan,in person
11,MIA CT,0,1,80,Baku,in person
12,SMS/MFA NAR,2,2,70,Baku,in person
13,IOM PM,1,0,50,Baku,remote (Skype)
"""
WHO = {"IOM RO VIENNA": ["IOM"], "IOM COM": ["IOM"], "IOM PM": ["IOM"], "SCWFC": ["SCFWC"],
       "SMS/MFA NAR": ["SMS", "MFA"], "MIA CT": ["MIA"]}


def seed_interviews() -> list[dict]:
    text = SEED.read_text(encoding="utf-8") if SEED.exists() else TABLE4
    records = []
    for row in csv.DictReader(text.splitlines()):
        place = row["place"].lower()
        record = {"interview_date": (dt.date(2019, 7, 1) + dt.timedelta(days=int(row["number"]))).isoformat(),
                  "place": place if place in ("baku", "nakhchivan") else "other", "mode":
                  "remote" if row["mode"].startswith("remote") else "in_person",
                  "institutions": WHO.get(row["who"], [row["who"]]), "women": int(row["women"]),
                  "men": int(row["men"]), "duration_min": int(row["duration_min"]), "consent": "yes"}
        if record["place"] == "other":
            record["place_other"] = row["place"]
        records.append(record)
    return records


def test_the_seed_interviews_give_table_4(workspace, tmp_path):
    add_json_records(workspace, "kii", list(enumerate(seed_interviews(), start=1)))
    reports = build_reports(workspace)
    assert len(reports.interviews) == 13
    assert reports.totals["women"] == 18 and reports.totals["men"] == 22
    assert reports.totals["minutes"] == 900 and reports.totals["hours"] == 15
    assert reports.totals["average_minutes"] == 69
    assert reports.interviews[0].place == "Vienna" and reports.interviews[0].mode == "Remote (video call)"

    out = write_report(workspace, tmp_path / "report.xlsx")
    book = openpyxl.load_workbook(out)
    assert {"Interview log", "Training scores", "Indicators", "Evidence"} <= set(book.sheetnames)
    sheet = book["Interview log"]
    header = [c.value for c in sheet[4]]
    assert {"Women", "Men", "Minutes"} <= set(header)
    rows = {r[0].value: r for r in sheet.iter_rows(min_row=5) if r[0].value in ("Total", "Average")}
    women, men, minutes = header.index("Women"), header.index("Men"), header.index("Minutes")
    assert (rows["Total"][women].value, rows["Total"][men].value, rows["Total"][minutes].value) == (18, 22, 900)
    assert rows["Average"][minutes].value == 69
    charts = sum(len(s._charts) for s in book.worksheets)
    assert charts >= 1


def test_filters_change_the_log(workspace):
    add_json_records(workspace, "kii", list(enumerate(seed_interviews(), start=1)))
    nakhchivan = build_reports(workspace, Filters(place="nakhchivan"))
    assert (nakhchivan.totals["women"], nakhchivan.totals["men"]) == (6, 7)
    sms = build_reports(workspace, Filters(institution="SMS"))
    assert sms.totals["interviews"] == 2
    july = build_reports(workspace, Filters(date_from="2019-07-10", date_to="2019-07-12"))
    assert [r.number for r in july.interviews] == [1, 2, 3]


def person(code, phase, score, sex="female", answers=None):
    return Participant("E1", code, sex, "SMS", phase, score, answers or {})


def test_hand_worked_pre_post():
    people = [person("P1", "pre", 20, answers={"q1": False, "q2": True}),
              person("P1", "post", 80, answers={"q1": True, "q2": True}),
              person("P2", "pre", 40, "male", answers={"q1": False, "q2": False}),
              person("P2", "post", 60, "male", answers={"q1": True, "q2": False}),
              person("P3", "pre", 10), person("P4", "post", 100)]
    events = {"E1": TrainingEvent("E1", "2019-03-01", "baku", "NRM", 70)}
    (result,) = training_scores(people, events)
    assert (result.matched, result.pre_only, result.post_only) == (2, 1, 1)
    assert (result.pre_mean, result.post_mean, result.improvement) == (30.0, 70.0, 40.0)
    assert result.normalised_gain == round(40 / 70, 2)
    assert result.pass_share == 50.0  # P1 80 >= 70; P2 60 < 70; P4 unmatched
    assert result.by_sex["female"]["pass_share"] == 100.0 and result.by_sex["male"]["pass_share"] == 0.0
    assert result.questions["q1"] == (0.0, 100.0)
    assert result.questions["q2"] == (50.0, 50.0)
    assert not result.short_of_target  # post mean 70 reaches the pass mark
    (female,) = training_scores(people, events, Filters(sex="female"))
    assert (female.matched, female.pre_mean, female.post_mean) == (1, 20.0, 80.0)


def test_seed_table_6_is_flagged_short_of_target():
    people = [person(f"P{i}", "pre", 5) for i in range(5)] + [person(f"P{i}", "post", 13) for i in range(5)]
    (result,) = training_scores(people, {"E1": TrainingEvent("E1", "", "", "", 70)})
    assert result.post_mean == 13 and result.short_of_target and result.pass_share == 0.0


def test_indicator_tied_to_a_field():
    tied = Indicator("outcome", "2", "", "Share of interviews with consent", "percent", "70", method="share",
                     form="kii", field="consent", value="yes")
    records = {"kii": [{"_uuid": "a", "consent": "yes"}, {"_uuid": "b", "consent": "yes"},
                       {"_uuid": "c", "consent": "no"}]}
    (result,) = indicators([tied], records, [])
    assert (result.value, result.status, set(result.records)) == (66.7, "not met", {"a", "b", "c"})
    (met,) = indicators([tied], {"kii": records["kii"][:2]}, [])
    assert met.status == "met" and met.value == 100.0
    (nothing,) = indicators([tied], {"kii": []}, [])
    assert (nothing.value, nothing.status) == (None, "no data")
    yes_no = Indicator("objective", "OO", "", "Interpreter used", "yes_no", "yes", method="latest", form="kii",
                       field="interpreter")
    (latest,) = indicators([yes_no], {"kii": [{"_uuid": "x", "interpreter": "no", "_updated_at": "1"},
                                               {"_uuid": "y", "interpreter": "yes", "_updated_at": "2"}]}, [])
    assert (latest.value, latest.status, latest.records) == ("yes", "met", ("y",))
    untied = Indicator("outcome", "1", "", "Cases considered", "percent_change", "5")
    assert indicators([untied], {}, [])[0].status == "not tied"


def test_framework_defaults_to_the_seed_and_can_be_loaded(workspace, tmp_path):
    items = framework(workspace)
    assert [i.code for i in items if i.level == "activity"][:2] == ["1.1.1", "1.1.2"]
    pass_share = next(i for i in items if i.method == "pass_share")
    assert pass_share.target == "70"
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["level", "code", "statement", "indicator", "indicator_kind", "target", "baseline", "method",
                  "form", "field", "value"])
    sheet.append(["outcome", "9", "Consent", "Consent obtained", "percent", "90", "", "share", "kii", "consent",
                  "yes"])
    book.save(tmp_path / "framework.xlsx")
    loaded = load_framework(workspace, tmp_path / "framework.xlsx")
    assert [i.indicator for i in framework(workspace)] == ["Consent obtained"] == [i.indicator for i in loaded]
    with pytest.raises(ValueError, match="method 'magic'"):
        save_framework(workspace, [Indicator("outcome", "1", "", "x", "percent", "1", method="magic")])


def test_training_report_end_to_end(workspace, tmp_path, capsys, db_path):
    add_json_records(workspace, "training_event", [(1, {
        "event_code": "CT-1", "activity_type": "cascade_training", "output": "1.1", "activity_code": "1.1.4",
        "topic": "NRM", "date_start": "2019-06-10", "date_end": "2019-06-11", "place": "guba",
        "institutions": ["MIA"], "women": 1, "men": 1, "pass_mark": 70})])
    right = {f"q{i:02d}": "a" for i in range(1, 11)} | {"q05": ["a", "b", "d"]}
    wrong = {f"q{i:02d}": "b" for i in range(1, 11)} | {"q05": ["c"]}
    head = {"event_code": "CT-1", "institution": "MIA"}
    add_json_records(workspace, "training_test", [
        (1, {**head, "participant_code": "A", "sex": "female", "phase": "pre", **wrong}),
        (2, {**head, "participant_code": "A", "sex": "female", "phase": "post", **right}),
        (3, {**head, "participant_code": "B", "sex": "male", "phase": "pre", **wrong}),
        (4, {**head, "participant_code": "B", "sex": "male", "phase": "post", **wrong})])
    reports = build_reports(workspace)
    (scores,) = reports.scores
    assert (scores.pre_mean, scores.post_mean, scores.pass_share) == (0.0, 50.0, 50.0)
    assert scores.short_of_target
    done = {a.code: a.done for a in reports.activities}
    assert done["1.1.4"] and not done["1.1.1"]
    tied = next(r for r in reports.indicators if r.indicator.method == "pass_share")
    assert (tied.value, tied.status) == (50.0, "not met")
    workspace.close()
    assert main(["--db", str(db_path), "report", "--out", str(tmp_path / "r.xlsx")]) == 0
    book = openpyxl.load_workbook(tmp_path / "r.xlsx")
    assert sum(len(s._charts) for s in book.worksheets) >= 2  # pre/post with pass mark, indicators by status
    row = [c.value for c in book["Training scores"][5]]
    assert row[0] == "CT-1" and row[5] == 0 and row[6] == 50 and row[-1] == "yes"
