"""Evaluate a form against answers: relevance, calculations, required, constraints.

ODK semantics: a question that is not relevant (itself or through a group) is
not required, not validated, reads as empty in other expressions, and its value
is cleared when the record is saved. Constraints are checked only on answers
that are not empty.
"""

from __future__ import annotations

import datetime as dt
import math
from dataclasses import dataclass, field
from typing import Any

from fieldkit.domain.expressions import Expression, ExpressionError, parse, to_boolean, to_string
from fieldkit.domain.form import Form, Group, Question, pick_language
from fieldkit.domain.values import AnswerError, coerce, is_empty, to_expression_value

__all__ = ["Evaluation", "evaluate", "record_title", "REQUIRED_MESSAGE", "CONSTRAINT_MESSAGE"]

REQUIRED_MESSAGE = "This answer is required."
CONSTRAINT_MESSAGE = "This answer is not valid."


@dataclass
class Evaluation:
    """The state of a record under its form."""

    values: dict[str, Any]
    relevant: dict[str, bool]
    errors: dict[str, str] = field(default_factory=dict)

    @property
    def valid(self) -> bool:
        return not self.errors


class _Env:
    def __init__(self, form: Form, values: dict[str, Any], relevant: dict[str, bool], today: dt.date, now: dt.datetime):
        self.form = form
        self.values = values
        self.relevant = relevant
        self._today = today
        self._now = now
        self.self_value: Any = ""

    def value(self, name: str) -> Any:
        if not self.relevant.get(name, True) or not self.form.has(name):
            return ""
        return to_expression_value(self.form.question(name), self.values.get(name))

    def current(self) -> Any:
        return self.self_value

    def today(self) -> dt.date:
        return self._today

    def now(self) -> dt.datetime:
        return self._now


def _truth(expression: Expression | bool | None, env: _Env, default: bool) -> bool:
    if expression is None:
        return default
    if isinstance(expression, bool):
        return expression
    try:
        return to_boolean(expression.evaluate(env))
    except ExpressionError:
        return default


def _calculated(expression: Expression, env: _Env) -> str | None:
    try:
        result = expression.evaluate(env)
    except ExpressionError:
        return None
    if isinstance(result, float) and math.isnan(result):
        return None
    text = to_string(result)
    return text or None


def evaluate(
    form: Form,
    answers: dict[str, Any],
    *,
    language: str | None = None,
    today: dt.date | None = None,
    now: dt.datetime | None = None,
) -> Evaluation:
    """Compute relevance and calculations, then check every relevant answer."""
    now = now or dt.datetime.now().astimezone()
    today = today or now.date()
    values = {name: answers.get(name) for name in form.field_names()}
    relevant: dict[str, bool] = {}
    env = _Env(form, values, relevant, today, now)

    # Relevance and calculations can depend on each other in any order; repeat
    # passes in form order until nothing changes (bounded by the form's size).
    for _ in range(len(form.questions) + 2):
        before = (dict(relevant), dict(values))
        _walk(form.children, True, env)
        if (relevant, values) == before:
            break

    errors: dict[str, str] = {}
    for question in form.questions:
        if not relevant.get(question.name, True) or not question.is_input:
            continue
        value = values.get(question.name)
        try:
            coerce(question, form.choices_for(question), value)
        except AnswerError as exc:
            errors[question.name] = str(exc)
            continue
        if is_empty(value):
            if _truth(question.required, env, False):
                errors[question.name] = pick_language(question.required_messages, language, form.default_language) or REQUIRED_MESSAGE
            continue
        if question.constraint is not None:
            env.self_value = to_expression_value(question, value)
            if not _truth(question.constraint, env, False):
                errors[question.name] = pick_language(question.constraint_messages, language, form.default_language) or CONSTRAINT_MESSAGE
            env.self_value = ""

    cleaned = {name: (value if relevant.get(name, True) else None) for name, value in values.items()}
    return Evaluation(values=cleaned, relevant=relevant, errors=errors)


def _walk(nodes: tuple[Question | Group, ...], parent_relevant: bool, env: _Env) -> None:
    for node in nodes:
        env.self_value = ""
        is_relevant = parent_relevant and _truth(node.relevant, env, True)
        env.relevant[node.name] = is_relevant
        if isinstance(node, Group):
            _walk(node.children, is_relevant, env)
            continue
        if node.calculation is not None and is_relevant:
            env.values[node.name] = _calculated(node.calculation, env)


def record_title(form: Form, values: dict[str, Any], *, today: dt.date | None = None) -> str:
    """The record's title from the form's ``instance_name`` setting ('' without one)."""
    source = form.settings.get("instance_name", "")
    if not source:
        return ""
    try:
        expression = parse(source)
    except ExpressionError:
        return ""
    now = dt.datetime.now().astimezone()
    relevant = {name: True for name in form.field_names()}
    env = _Env(form, values, relevant, today or now.date(), now)
    return _calculated(expression, env) or ""
