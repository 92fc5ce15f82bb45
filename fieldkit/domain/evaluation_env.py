"""What an expression sees while a record is evaluated (internal to ``validation``): the answers
in their scope (a repeat's instance, or the whole record), relevance, today and now.

Paths: ``name`` at the top level, ``repeat[2]/name`` inside the second instance of a repeat.
"""

from __future__ import annotations

import copy
import datetime as dt
import math
from dataclasses import dataclass
from typing import Any

from fieldkit.domain.expressions import Expression, ExpressionError, NodeSet, to_boolean, to_string
from fieldkit.domain.form import Choice, Form, Question
from fieldkit.domain.values import to_expression_value


@dataclass(frozen=True)
class _Frame:
    repeat: str
    index: int  # 0-based
    instance: dict[str, Any]


def _prefix(scope: tuple[_Frame, ...]) -> str:
    if not scope:
        return ""
    return "".join(f"{f.repeat}[{f.index + 1}]/" for f in scope)


def _copy(value: Any) -> Any:
    """A copy of answers that evaluation may change in place: dicts and lists, not the values in
    them (strings and numbers are never changed); several times faster than ``copy.deepcopy``."""
    if value.__class__ is dict:
        return {k: (_copy(v) if v.__class__ in (dict, list) else v) for k, v in value.items()}
    if value.__class__ is list:
        return [(_copy(v) if v.__class__ in (dict, list) else v) for v in value]
    return copy.deepcopy(value)


class _Env:
    def __init__(self, form: Form, data: dict[str, Any], relevant: dict[str, bool], today: dt.date,
                 now: dt.datetime) -> None:
        self.form = form
        self.data = data
        self.relevant = relevant
        self._today = today
        self._now = now
        self.scope: tuple[_Frame, ...] = ()
        self.self_value: Any = ""
        self.choice: Choice | None = None

    # -- the Environment protocol ---------------------------------------------

    def value(self, name: str) -> Any:
        form = self.form
        if form.is_repeat(name):
            return NodeSet(self._instances(name))
        if not form.has(name):
            return ""
        question = form.question(name)
        common = 0
        while (common < len(question.repeats) and common < len(self.scope)
               and self.scope[common].repeat == question.repeats[common]):
            common += 1
        base_scope = self.scope[:common]
        container = base_scope[-1].instance if base_scope else self.data
        if common == len(question.repeats):
            return self._read(question, container, base_scope)
        return NodeSet(self._collect(question, container, base_scope, common))

    def current(self) -> Any:
        return self.self_value

    def today(self) -> dt.date:
        return self._today

    def now(self) -> dt.datetime:
        return self._now

    def position(self) -> int:
        if not self.scope:
            raise ExpressionError("position(..) is only meaningful inside a repeat")
        return self.scope[-1].index + 1

    def indexed(self, name: str, indices: list[tuple[str, int]]) -> Any:
        if not self.form.has(name):
            return ""
        container: Any = self.data
        scope: tuple[_Frame, ...] = ()
        for repeat, index in indices:
            instances = container.get(repeat) or [] if isinstance(container, dict) else []
            if not 1 <= index <= len(instances):
                return ""
            container = instances[index - 1]
            scope += (_Frame(repeat, index - 1, container),)
        return self._read(self.form.question(name), container, scope)

    def column(self, name: str) -> Any:
        if self.choice is None:
            raise ExpressionError(f"bare name {name!r} outside a choice_filter")
        if name == "name":
            return self.choice.name
        if name == "label":
            return self.choice.label()
        return self.choice.extra.get(name, "")

    # -- helpers ----------------------------------------------------------------

    def _read(self, question: Question, container: dict[str, Any], scope: tuple[_Frame, ...]) -> Any:
        if not self.relevant.get(_prefix(scope) + question.name, True):
            return ""
        return to_expression_value(question, container.get(question.name))

    def _collect(self, question: Question, container: dict[str, Any], scope: tuple[_Frame, ...],
                 depth: int) -> list[Any]:
        repeat = question.repeats[depth]
        found: list[Any] = []
        for index, instance in enumerate(container.get(repeat) or []):
            inner = scope + (_Frame(repeat, index, instance),)
            if not self.relevant.get(_prefix(inner)[:-1], True):
                continue
            if depth + 1 == len(question.repeats):
                found.append(self._read(question, instance, inner))
            else:
                found.extend(self._collect(question, instance, inner, depth + 1))
        return found

    def _instances(self, repeat: str) -> list[Any]:
        group = self.form.group(repeat)
        common = 0
        while (common < len(group.repeats) and common < len(self.scope)
               and self.scope[common].repeat == group.repeats[common]):
            common += 1
        container = self.scope[common - 1].instance if common else self.data
        if common == len(group.repeats):
            return list(container.get(repeat) or [])
        return []


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
