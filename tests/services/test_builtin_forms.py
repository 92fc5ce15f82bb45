"""The five built-in forms: their contracts (field names, lists, rules) and behaviour."""

from __future__ import annotations

import json

import pytest

from fieldkit.cli import main
from fieldkit.exchange.xlsform import load_form
from fieldkit.services.records import BatchError, add_json_records, save_record, start_record
from fieldkit.services.workspace import builtin_forms_dir

FORMS = ["fgd", "kii", "training_event", "training_test", "vot_feedback"]


def test_forms_list_shows_the_five_and_each_passes_check(capsys, db_path, passphrase):
    assert main(["--db", str(db_path), "forms", "list", "--json"]) == 0
    listed = [json.loads(line)["form_id"] for line in capsys.readouterr().out.splitlines()]
    assert listed == FORMS
    files = sorted(str(p) for p in builtin_forms_dir().glob("*.xlsx"))
    assert main(["forms", "check", *files]) == 0
    assert capsys.readouterr().err == ""


def fields(form_id):
    form, _ = load_form(builtin_forms_dir() / f"{form_id}.xlsx")
    return form


def test_fgd_contract():
    form = fields("fgd")
    names = [q.name for q in form.questions]
    for name in ("fgd_date", "place", "topic", "facilitator", "participant_groups", "women", "men", "under_18",
                 "with_disability", "consent", "question", "notes", "summary", "relevance", "efficiency",
                 "effectiveness", "impact", "sustainability", "gender_human_rights"):
        assert name in names
    assert form.is_repeat("discussion") and form.repeat_field_names("discussion") == ["question", "notes"]
    assert [c.name for c in form.choices_for(form.question("participant_groups"))] == [
        "officials", "ngo_staff", "community_members", "students", "survivors"]
    assert form.question("consent").required is True


def test_training_event_contract():
    form = fields("training_event")
    assert form.question("event_code").unique and form.question("event_code").required is True
    assert [c.name for c in form.choices_for(form.question("activity_type"))] == [
        "training", "training_of_trainers", "cascade_training", "workshop", "study_visit",
        "working_group_meeting", "conference"]
    assert [c.name for c in form.choices_for(form.question("output"))] == ["1.1", "2.1", "3.1"]
    codes = [(c.name, c.extra["output"]) for c in form.choices_for(form.question("activity_code"))]
    assert codes == [(f"{o}.{i}", o) for o, n in (("1.1", 4), ("2.1", 4), ("3.1", 3)) for i in range(1, n + 1)]
    assert form.question("activity_code").choice_filter is not None
    assert form.question("pass_mark").default == "70"


def test_training_test_contract():
    form = fields("training_test")
    assert form.is_test
    header = [q.name for q in form.questions][:5]
    assert header == ["event_code", "participant_code", "sex", "institution", "phase"]
    questions = [q.name for q in form.questions][5:]
    assert len(questions) == 10
    assert [c.name for c in form.choices_for(form.question("phase"))] == ["pre", "post"]


def test_vot_feedback_contract():
    form = fields("vot_feedback")
    privacy = {q.name: q.privacy for q in form.questions if q.privacy}
    assert privacy == {
        "interview_date": "quasi", "region": "quasi", "age_band": "quasi", "sex": "quasi", "nationality": "quasi",
        "destination": "quasi", "feedback": "text", "suggestions": "text", "contact": "direct",
        "interviewer_notes": "text"}
    assert [c.name for c in form.choices_for(form.question("region"))] == [
        "baku", "absheron_khizi", "mountainous_shirvan", "ganja_dashkasan", "gazakh_tovuz", "guba_khachmaz",
        "lankaran_astara", "central_aran", "mil_mughan", "shirvan_salyan", "shaki_zagatala", "east_zangezur",
        "karabakh", "nakhchivan"]
    assert [c.name for c in form.choices_for(form.question("age_band"))] == [
        "under_18", "18_24", "25_34", "35_44", "45_plus"]
    assert [c.name for c in form.choices_for(form.question("sex"))] == ["female", "male", "prefer_not_to_say"]
    assert form.question("satisfaction_overall").type == "range"


def test_without_consent_only_date_and_region_are_kept(workspace):
    _, record = start_record(workspace, "vot_feedback")
    saved = save_record(workspace, record, {
        "consent": "no", "interview_date": "2026-11-01", "region": "guba_khachmaz", "age_band": "25_34",
        "feedback": "Mən Ayşə Məmmədova, telefonum 050 123 45 67", "contact": "+994501234567"}, final=True)
    kept = {k: v for k, v in saved.data.items() if v not in (None, [])}
    assert kept == {"consent": "no", "interview_date": "2026-11-01", "region": "guba_khachmaz"}


def test_respondent_code_is_random_and_kept(workspace):
    _, record = start_record(workspace, "vot_feedback")
    answers = {"consent": "yes", "interview_date": "2026-11-01", "region": "baku"}
    first = save_record(workspace, record, answers, final=False)
    code = first.data["respondent_code"]
    assert code.startswith("R-") and len(code) == 10
    again = save_record(workspace, first, {**first.data, "feedback": "more"}, final=True)
    assert again.data["respondent_code"] == code
    _, other = start_record(workspace, "vot_feedback")
    assert save_record(workspace, other, answers, final=True).data["respondent_code"] != code


EVENT = {"event_code": "CT-2019-07", "activity_type": "cascade_training", "output": "1.1", "activity_code": "1.1.4",
         "topic": "NRM", "date_start": "2019-06-10", "date_end": "2019-06-11", "place": "guba",
         "institutions": ["MIA", "NGO"], "women": 9, "men": 6}


def test_event_code_is_unique(workspace):
    add_json_records(workspace, "training_event", [(1, EVENT)])
    with pytest.raises(BatchError, match="line 1, field event_code: 'ct-2019-07' is already used"):
        add_json_records(workspace, "training_event", [(1, {**EVENT, "event_code": "ct-2019-07"})])
    with pytest.raises(BatchError, match="line 3, field event_code"):
        add_json_records(workspace, "training_event", [(2, {**EVENT, "event_code": "X-1"}),
                                                       (3, {**EVENT, "event_code": "X-1"})])
    saved = add_json_records(workspace, "training_event", [(1, {**EVENT, "event_code": "CT-2019-08"})])
    assert saved[0].data["pass_mark"] == 70  # the default


def test_end_date_not_before_start(workspace):
    with pytest.raises(BatchError, match="date_end: The last day cannot be before the first."):
        add_json_records(workspace, "training_event", [(1, {**EVENT, "date_end": "2019-06-09"})])


def test_training_test_score_is_stored(workspace):
    answers = {"event_code": "CT-2019-07", "participant_code": "P-01", "sex": "female", "institution": "MIA",
               "phase": "post", "q01": "a", "q02": "a", "q03": "a", "q04": "a", "q05": ["a", "b", "d"],
               "q06": "a", "q07": "a", "q08": "a", "q09": "a", "q10": "a"}
    (perfect,) = add_json_records(workspace, "training_test", [(1, answers)])
    assert perfect.data["score_pct"] == 100.0
    (half,) = add_json_records(workspace, "training_test", [(1, {**answers, "q05": ["a"], "q01": "b", "q02": "b",
                                                                   "q03": "b"})])
    assert half.data["score_pct"] == round(100 * 6 / 11, 1)  # q05 weighs 2 points
