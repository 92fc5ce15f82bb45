"""Conformance, part two: repeats, choice filters, range, acknowledge, once(),
and form-load checks, as the XLSForm reference and ODK XForms spec describe them
(xlsform.org "Repeats", "Cascading selects", "Range", "Acknowledge";
docs.getodk.org/form-operators-functions: position, indexed-repeat, count, sum).
"""

from __future__ import annotations

import datetime as dt

import pytest

from fieldkit.domain.scoring import score_test
from fieldkit.domain.validation import evaluate, record_title
from fieldkit.domain.values import AnswerError, read_answers
from fieldkit.domain.xlsform import FormError, FormSource, SheetRows, build_form

TODAY = dt.date(2026, 11, 30)


def make(survey, choices=(), settings=None):
    sheets = {
        "survey": SheetRows("survey", [(i + 2, {k: str(v) for k, v in r.items()}) for i, r in enumerate(survey)]),
        "choices": SheetRows("choices", [(i + 2, {k: str(v) for k, v in r.items()}) for i, r in enumerate(choices)]),
    }
    if settings:
        sheets["settings"] = SheetRows("settings", [(2, settings)])
    return build_form(FormSource("other.xlsx", sheets))


HOUSEHOLD = [
    {"type": "integer", "name": "size", "label": "How many people?"},
    {"type": "begin repeat", "name": "person", "label": "Person", "repeat_count": "${size}"},
    {"type": "text", "name": "pname", "label": "Name", "required": "yes"},
    {"type": "integer", "name": "age", "label": "Age", "constraint": ". >= 0 and . < 120"},
    {"type": "calculate", "name": "pos", "calculation": "position(..)"},
    {"type": "select_one yn", "name": "school", "label": "At school?", "relevant": "${age} < 18"},
    {"type": "end repeat"},
    {"type": "calculate", "name": "total_age", "calculation": "sum(${age})"},
    {"type": "calculate", "name": "people", "calculation": "count(${person})"},
    {"type": "calculate", "name": "first_name", "calculation": "indexed-repeat(${pname}, ${person}, 1)"},
    {"type": "calculate", "name": "any_child", "calculation": "if(${age} < 18, 'yes', 'no')"},
]
YN = [{"list_name": "yn", "name": "yes", "label": "Yes"}, {"list_name": "yn", "name": "no", "label": "No"}]

CASCADE_CHOICES = [
    {"list_name": "region", "name": "north", "label": "North"},
    {"list_name": "region", "name": "south", "label": "South"},
    {"list_name": "district", "name": "guba", "label": "Guba", "region": "north"},
    {"list_name": "district", "name": "khachmaz", "label": "Khachmaz", "region": "north"},
    {"list_name": "district", "name": "lankaran", "label": "Lankaran", "region": "south"},
]
CASCADE = [
    {"type": "select_one region", "name": "region", "label": "Region"},
    {"type": "select_one district", "name": "district", "label": "District", "choice_filter": "region = ${region}"},
    {"type": "select_multiple district", "name": "visited", "label": "Visited",
     "choice_filter": "region = ${region} or name = 'lankaran'"},
]


def household(answers):
    return evaluate(make(HOUSEHOLD, YN), answers, today=TODAY)


# (id, answers, expected errors, expected values subset)
REPEAT_CASES = [
    ("repeat-count-creates-instances", {"size": 2}, {"person[1]/pname", "person[2]/pname"},
     {"people": "2"}),
    ("repeat-count-truncates", {"size": 1, "person": [{"pname": "A"}, {"pname": "B"}]}, set(),
     {"people": "1", "first_name": "A"}),
    ("repeat-count-zero", {"size": 0, "person": [{"pname": "A"}]}, set(), {"person": []}),
    ("position-of-instance", {"size": 2, "person": [{"pname": "A"}, {"pname": "B"}]}, set(), {}),
    ("sum-over-repeat", {"size": 3, "person": [{"pname": "A", "age": 30}, {"pname": "B", "age": 12},
                                                {"pname": "C"}]}, set(), {"total_age": "42"}),
    ("indexed-repeat", {"size": 2, "person": [{"pname": "Əli"}, {"pname": "Вера"}]}, set(), {"first_name": "Əli"}),
    ("relevance-per-instance", {"size": 2, "person": [{"pname": "A", "age": 30, "school": "yes"},
                                                       {"pname": "B", "age": 10, "school": "yes"}]}, set(), {}),
    ("constraint-per-instance", {"size": 2, "person": [{"pname": "A", "age": 30}, {"pname": "B", "age": 130}]},
     {"person[2]/age"}, {}),
    ("nodeset-comparison-any", {"size": 2, "person": [{"pname": "A", "age": 30}, {"pname": "B", "age": 10}]}, set(),
     {"any_child": "yes"}),
    ("nodeset-comparison-none", {"size": 1, "person": [{"pname": "A", "age": 30}]}, set(), {"any_child": "no"}),
    ("empty-repeat-sum-is-zero", {"size": 0}, set(), {"total_age": "0"}),
]


@pytest.mark.parametrize(("answers", "errors", "values"), [c[1:] for c in REPEAT_CASES],
                         ids=[c[0] for c in REPEAT_CASES])
def test_repeats(answers, errors, values):
    result = household(answers)
    assert set(result.errors) == errors
    for name, value in values.items():
        assert result.values[name] == value


def test_position_and_relevance_inside_instances():
    result = household({"size": 2, "person": [{"pname": "A", "age": 30, "school": "yes"},
                                              {"pname": "B", "age": 10, "school": "yes"}]})
    first, second = result.values["person"]
    assert (first["pos"], second["pos"]) == ("1", "2")
    assert first["school"] is None and second["school"] == "yes"  # not relevant for the adult: cleared
    assert result.relevant["person[1]/school"] is False and result.relevant["person[2]/school"] is True


FREE_REPEAT = [
    {"type": "begin repeat", "name": "item", "label": "Item"},
    {"type": "text", "name": "what", "label": "What", "required": "yes"},
    {"type": "decimal", "name": "price", "label": "Price"},
    {"type": "end repeat"},
    {"type": "calculate", "name": "n", "calculation": "count(${item})"},
    {"type": "calculate", "name": "cost", "calculation": "sum(${price})"},
    {"type": "integer", "name": "check", "label": "Check", "constraint": ". = count(${item})"},
]

FREE_CASES = [
    ("no-instances", {}, set(), {"n": "0"}),
    ("instances-as-given", {"item": [{"what": "a", "price": 1.5}, {"what": "b", "price": 2}]}, set(),
     {"n": "2", "cost": "3.5"}),
    ("required-inside-instance", {"item": [{"what": "a"}, {}]}, {"item[2]/what"}, {}),
    ("count-in-constraint-ok", {"item": [{"what": "a"}], "check": 1}, set(), {}),
    ("count-in-constraint-fails", {"item": [{"what": "a"}], "check": 2}, {"check"}, {}),
]


@pytest.mark.parametrize(("answers", "errors", "values"), [c[1:] for c in FREE_CASES],
                         ids=[c[0] for c in FREE_CASES])
def test_free_repeats(answers, errors, values):
    result = evaluate(make(FREE_REPEAT), answers, today=TODAY)
    assert set(result.errors) == errors
    for name, value in values.items():
        assert result.values[name] == value


CASCADE_CASES = [
    ("filter-offers-matching", {"region": "north"}, "district", {"guba", "khachmaz"}, set()),
    ("filter-offers-other-region", {"region": "south"}, "district", {"lankaran"}, set()),
    ("filter-empty-parent-offers-none", {}, "district", set(), set()),
    ("filter-refuses-outside", {"region": "south", "district": "guba"}, "district", {"lankaran"}, {"district"}),
    ("filter-accepts-inside", {"region": "north", "district": "guba"}, "district", {"guba", "khachmaz"}, set()),
    ("filter-with-or-and-name", {"region": "north"}, "visited", {"guba", "khachmaz", "lankaran"}, set()),
    ("filter-multiple-refuses", {"region": "south", "visited": ["guba"]}, "visited", {"lankaran"}, {"visited"}),
]


@pytest.mark.parametrize(("answers", "field", "offered", "errors"), [c[1:] for c in CASCADE_CASES],
                         ids=[c[0] for c in CASCADE_CASES])
def test_choice_filters(answers, field, offered, errors):
    result = evaluate(make(CASCADE, CASCADE_CHOICES), answers, today=TODAY)
    assert {c.name for c in result.choices[field]} == offered
    assert set(result.errors) == errors


RANGE = [{"type": "range", "name": "r", "label": "R", "parameters": "start=1 end=5 step=1"},
         {"type": "range", "name": "h", "label": "H", "parameters": "start=0 end=1 step=0.25"},
         {"type": "range", "name": "d", "label": "Default range"},
         {"type": "acknowledge", "name": "ok", "label": "I understand", "required": "yes"}]
RANGE_CASES = [
    ("range-in", {"r": 3, "ok": "OK"}, set()),
    ("range-low-edge", {"r": 1, "ok": "OK"}, set()),
    ("range-above", {"r": 6, "ok": "OK"}, {"r"}),
    ("range-below", {"r": 0, "ok": "OK"}, {"r"}),
    ("range-off-step", {"h": 0.3, "ok": "OK"}, {"h"}),
    ("range-on-decimal-step", {"h": 0.75, "ok": "OK"}, set()),
    ("range-default-is-1-to-10", {"d": 10, "ok": "OK"}, set()),
    ("range-default-refuses-11", {"d": 11, "ok": "OK"}, {"d"}),
    ("acknowledge-required", {}, {"ok"}),
    ("acknowledge-bad-value", {"ok": "maybe"}, {"ok"}),
]


@pytest.mark.parametrize(("answers", "errors"), [c[1:] for c in RANGE_CASES], ids=[c[0] for c in RANGE_CASES])
def test_range_and_acknowledge(answers, errors):
    assert set(evaluate(make(RANGE), answers, today=TODAY).errors) == errors


def test_once_keeps_its_first_value():
    form = make([{"type": "text", "name": "t", "label": "T"},
                 {"type": "calculate", "name": "code", "calculation": "once(concat('R-', uuid(6)))"}])
    first = evaluate(form, {"t": "x"}).values
    assert first["code"].startswith("R-") and len(first["code"]) == 8
    again = evaluate(form, first).values
    assert again["code"] == first["code"]
    assert evaluate(form, {"t": "x"}).values["code"] != first["code"]  # random, not derived from answers


LOAD_ERRORS = [
    ("bare-name-outside-filter", [{"type": "text", "name": "a", "label": "A", "relevant": "b = 1"}],
     "bare name 'b'"),
    ("filter-unknown-column", [{"type": "select_one region", "name": "r", "label": "R", "choice_filter": "zone = 'x'"}],
     "'zone' is not a column of the choices sheet"),
    ("filter-on-text", [{"type": "text", "name": "t", "label": "T", "choice_filter": "name = 'x'"}],
     "only selects have choices"),
    ("end-repeat-closes-group", [{"type": "begin group", "name": "g", "label": "G"},
                                 {"type": "text", "name": "t", "label": "T"}, {"type": "end repeat"}],
     "opened with 'begin group'"),
    ("range-bad-parameter", [{"type": "range", "name": "r", "label": "R", "parameters": "start=a"}],
     "range start='a' is not a number"),
    ("range-zero-step", [{"type": "range", "name": "r", "label": "R", "parameters": "step=0"}],
     "step must be more than 0"),
    ("repeat-count-bad-ref", [{"type": "begin repeat", "name": "p", "label": "P", "repeat_count": "${nobody}"},
                              {"type": "text", "name": "t", "label": "T"}, {"type": "end repeat"}],
     "${nobody} refers to no question"),
    ("no-label", [{"type": "text", "name": "t"}], "has no label"),
    ("bad-name", [{"type": "text", "name": "1st", "label": "First"}], "not a valid field name"),
    ("bad-privacy", [{"type": "text", "name": "t", "label": "T", "privacy": "secret"}], "privacy 'secret'"),
]


@pytest.mark.parametrize(("survey", "words"), [c[1:] for c in LOAD_ERRORS], ids=[c[0] for c in LOAD_ERRORS])
def test_load_refuses(survey, words):
    with pytest.raises(FormError) as caught:
        make(survey, CASCADE_CHOICES)
    assert any(words in str(p) for p in caught.value.problems), caught.value


JSON_CASES = [
    ("repeat-must-be-list", {"item": {"what": "a"}}, "item: a repeat is a list of objects"),
    ("repeat-unknown-field", {"item": [{"what": "a", "colour": "red"}]}, "item[1]/colour: form t has no such field"),
    ("repeat-bad-value", {"item": [{"what": "a"}, {"price": "cheap"}]}, "item[2]/price: 'cheap' is not a number"),
]


@pytest.mark.parametrize(("raw", "words"), [c[1:] for c in JSON_CASES], ids=[c[0] for c in JSON_CASES])
def test_json_answers_are_read_strictly(raw, words):
    form = make(FREE_REPEAT, settings={"form_id": "t"})
    with pytest.raises(AnswerError, match=words.replace("[", r"\[").replace("]", r"\]")):
        read_answers(form, raw)


def test_instance_name_is_the_title():
    form = make([{"type": "text", "name": "a", "label": "A"}], settings={"instance_name": "concat('Case ', ${a})"})
    assert record_title(form, {"a": "Gəncə"}) == "Case Gəncə"


SCORING_CHOICES = [
    {"list_name": "sex", "name": "female", "label": "F"}, {"list_name": "sex", "name": "male", "label": "M"},
    {"list_name": "phase", "name": "pre", "label": "Pre"}, {"list_name": "phase", "name": "post", "label": "Post"},
    {"list_name": "q1", "name": "a", "label": "A", "correct": "1"}, {"list_name": "q1", "name": "b", "label": "B"},
    {"list_name": "q2", "name": "a", "label": "A"}, {"list_name": "q2", "name": "b", "label": "B", "correct": "1"},
    {"list_name": "q3", "name": "a", "label": "A", "correct": "1"}, {"list_name": "q3", "name": "b", "label": "B",
                                                                     "correct": "1"},
    {"list_name": "q3", "name": "c", "label": "C"},
]
SCORING_SURVEY = [
    {"type": "text", "name": "event_code", "label": "Event"},
    {"type": "text", "name": "participant_code", "label": "Participant"},
    {"type": "select_one sex", "name": "sex", "label": "Sex"},
    {"type": "text", "name": "institution", "label": "Institution"},
    {"type": "select_one phase", "name": "phase", "label": "Phase"},
    {"type": "select_one q1", "name": "q1", "label": "Q1"},
    {"type": "select_one q2", "name": "q2", "label": "Q2", "points": "2"},
    {"type": "select_multiple q3", "name": "q3", "label": "Q3"},
]
SCORING_CASES = [
    ("all-right", {"q1": "a", "q2": "b", "q3": ["a", "b"]}, 100.0),
    ("all-wrong", {"q1": "b", "q2": "a", "q3": ["c"]}, 0.0),
    ("unanswered-counts-as-zero", {}, 0.0),
    ("points-weight", {"q2": "b"}, 50.0),
    ("partial", {"q1": "a", "q3": ["a", "b"]}, 50.0),
    ("multiple-needs-exact-set", {"q1": "a", "q2": "b", "q3": ["a"]}, 75.0),
    ("multiple-extra-wrong-option", {"q1": "a", "q2": "b", "q3": ["a", "b", "c"]}, 75.0),
]


@pytest.mark.parametrize(("answers", "expected"), [c[1:] for c in SCORING_CASES], ids=[c[0] for c in SCORING_CASES])
def test_scoring(answers, expected):
    form = make(SCORING_SURVEY, SCORING_CHOICES)
    assert form.is_test and form.computed_fields == ("score_pct",)
    assert score_test(form, answers) == expected
    assert evaluate(form, answers).values["score_pct"] == expected


def test_a_form_without_the_header_is_not_a_test():
    form = make(SCORING_SURVEY[5:], SCORING_CHOICES)
    assert not form.is_test and "score_pct" not in evaluate(form, {"q1": "a"}).values


def test_tables_are_large_enough():
    from test_conformance import BROKEN, EXPRESSIONS, VALIDATION

    part_one = len(EXPRESSIONS) + len(BROKEN) + len(VALIDATION)
    part_two = (len(REPEAT_CASES) + len(FREE_CASES) + len(CASCADE_CASES) + len(RANGE_CASES) + len(LOAD_ERRORS)
                + len(JSON_CASES) + len(SCORING_CASES))
    assert part_one + part_two >= 150


def test_instance_name_is_checked_at_load():
    with pytest.raises(FormError, match="instance_name"):
        make([{"type": "text", "name": "a", "label": "A"}], settings={"instance_name": "concat(${b})"})
