"""A record read back (from a workbook) is judged by the laptop's engine: ``conformance.problems``.
And the quick path for stored answers (``evaluate(stored=True)``) says what the full one says."""

from __future__ import annotations

import datetime as dt
import importlib.util
from pathlib import Path

import pytest

from fieldkit.domain.conformance import problems, saved_when
from fieldkit.domain.validation import evaluate
from fieldkit.domain.values import AnswerError, coerce

_spec = importlib.util.spec_from_file_location("engine_table", Path(__file__).with_name("test_conformance.py"))
engine_table = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(engine_table)
_form, VALIDATION, YES_NO = engine_table._form, engine_table.VALIDATION, engine_table.YES_NO
TODAY = dt.date(2026, 11, 30)


def _stored(form, answers):
    """The answers as coerce stores them, or None when one does not fit its type."""
    stored = {}
    for name, value in answers.items():
        if not form.has(name) or form.is_repeat(name):
            stored[name] = value
            continue
        question = form.question(name)
        try:
            stored[name] = coerce(question, form.choices_for(question), value)
        except AnswerError:
            return None
    return stored


@pytest.mark.parametrize(("survey", "answers"), [row[1:3] for row in VALIDATION], ids=[row[0] for row in VALIDATION])
def test_the_quick_path_for_stored_answers_agrees_with_the_engine(survey, answers):
    form = _form(survey, YES_NO)
    stored = _stored(form, answers)
    if stored is None:
        pytest.skip("an answer of the wrong type: never stored")
    full = evaluate(form, stored, today=TODAY)
    quick = evaluate(form, stored, today=TODAY, stored=True)
    assert set(quick.errors) == set(full.errors)
    assert {k: v for k, v in quick.relevant.items()} == full.relevant


SURVEY = [
    {"type": "date", "name": "day", "label": "Day", "constraint": ". <= today()", "required": "yes"},
    {"type": "select_one yn", "name": "consent", "label": "Consent", "required": "yes"},
    {"type": "text", "name": "notes", "label": "Notes", "relevant": "${consent} = 'yes'"},
    {"type": "integer", "name": "women", "label": "Women"},
    {"type": "integer", "name": "men", "label": "Men"},
    {"type": "calculate", "name": "people", "label": "", "calculation": "${women} + ${men}"},
    {"type": "calculate", "name": "code", "label": "", "calculation": "once(uuid(6))"},
    {"type": "begin repeat", "name": "visit", "label": "Visit"},
    {"type": "text", "name": "where", "label": "Where", "required": "yes"},
    {"type": "end repeat", "name": "visit"},
]
GOOD = {"day": "2026-11-02", "consent": "yes", "notes": "fine", "women": 1, "men": 2, "people": "3",
        "code": "ab12cd", "visit": [{"where": "Şəki"}]}


def test_a_record_as_fieldkit_saves_it_has_no_problems():
    form = _form(SURVEY, YES_NO)
    assert problems(form, GOOD, saved_at="2026-11-03T08:00:00.000Z", stored=True) == []
    assert problems(form, {**GOOD, "code": "zz99zz"}, stored=True) == []  # once(uuid()): kept as saved


@pytest.mark.parametrize(("change", "path", "words"), [
    ({"notes": "kept", "consent": "no"}, "notes", "does not apply here"),
    ({"people": "4"}, "people", "is not what the form calculates ('3')"),
    ({"visit": [{"where": "Şəki"}, {"where": None}]}, "visit[2]/where", "required"),
    ({"day": "2026-11-04"}, "day", "not valid"),  # after the day it was saved
])
def test_what_fieldkit_would_not_have_saved_is_named(change, path, words):
    form = _form(SURVEY, YES_NO)
    found = problems(form, {**GOOD, **change}, saved_at="2026-11-03T08:00:00.000Z", stored=True)
    assert found and found[0][0] == path and words in str(found[0][1]), found


def test_a_record_is_judged_as_of_its_save_never_later_than_now():
    now = dt.datetime(2026, 12, 1, 12, tzinfo=dt.timezone.utc)
    assert saved_when("2026-11-03T08:00:00.000Z", now)[1] == dt.datetime(2026, 11, 3, 8, tzinfo=dt.timezone.utc)
    assert saved_when("2031-01-01T00:00:00Z", now)[1] == now  # a save "in the future" is judged now
    assert saved_when("not a time", now)[1] == now
    # The latest calendar day anywhere at that instant: a laptop east of HQ is not refused.
    assert saved_when("2026-11-03T20:00:00Z", now)[0] == dt.date(2026, 11, 4)


def test_a_form_without_rules_is_checked_by_types_alone():
    form = _form([{"type": "text", "name": "a", "label": "A"}, {"type": "integer", "name": "n", "label": "N"}])
    assert problems(form, {"a": "x", "n": 3}, stored=True) == []
    ruled = _form([{"type": "integer", "name": "n", "label": "N", "constraint": ". > 5"}])
    assert problems(ruled, {"n": 3}, stored=True)[0][0] == "n"
