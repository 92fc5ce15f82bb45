"""Scores of pre/post tests from the answer key in the form.

A test form is any form with the test header fields (event_code,
participant_code, sex, institution, phase) and choices marked ``correct`` = 1.
A question scores its ``points`` (default 1) when answered right: the right
option of a select_one; exactly the set of right options of a
select_multiple. Unanswered questions score 0 and still count in the maximum.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from fieldkit.domain.form import Form, Question

__all__ = ["QuestionScore", "answer_key", "question_scores", "score_test"]

_TRUE = {"1", "yes", "true", "y"}


def answer_key(form: Form, question: Question) -> frozenset[str]:
    """The right options of a scored question (empty: the question is not scored)."""
    return frozenset(
        c.name for c in form.choices_for(question) if c.extra.get("correct", "").strip().lower() in _TRUE
    )


@dataclass(frozen=True)
class QuestionScore:
    name: str
    points: float
    earned: float
    answered: bool


def question_scores(form: Form, values: dict[str, Any]) -> list[QuestionScore]:
    """One score per scored question, in form order."""
    scores = []
    for question in form.questions:
        if question.repeats or not question.is_select:
            continue
        key = answer_key(form, question)
        if not key:
            continue
        value = values.get(question.name)
        chosen = frozenset(value if isinstance(value, list) else [value] if value else [])
        right = chosen == key if question.type == "select_multiple" else bool(chosen) and chosen <= key
        scores.append(QuestionScore(question.name, question.points, question.points if right else 0.0, bool(chosen)))
    return scores


def score_test(form: Form, values: dict[str, Any]) -> float | None:
    """Percentage of points earned, one decimal; None when the form scores nothing."""
    scores = question_scores(form, values)
    total = sum(s.points for s in scores)
    if total <= 0:
        return None
    return round(100 * sum(s.earned for s in scores) / total, 1)
