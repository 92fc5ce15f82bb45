"""Evaluate a form against answers: relevance, calculations, choice filters,
repeats, required and constraints.

ODK semantics: a question that is not relevant (itself or through a group) is
not required, not validated, reads as empty in other expressions, and its value
is cleared when the record is saved. Constraints are checked only on answers
that are not empty. Inside a repeat, ``${field}`` of the same repeat means the
same instance; from outside, it means every instance (a node-set).

Results are keyed by *path*: ``name`` at the top level, ``repeat[2]/name``
inside the second instance of a repeat (1-based, as ``position(..)``).
"""

from __future__ import annotations

import datetime as dt
import math
from dataclasses import dataclass, field
from typing import Any

from fieldkit.domain.evaluation_env import _calculated, _copy, _Env, _Frame, _prefix, _truth
from fieldkit.domain.expressions import Expression, ExpressionError, parse, to_number
from fieldkit.domain.form import Choice, Form, Group, Question, pick_language
from fieldkit.domain.messages import Message, without_answer
from fieldkit.domain.scoring import score_test
from fieldkit.domain.values import AnswerError, coerce, is_empty, to_expression_value

__all__ = [
    "CONSTRAINT_MESSAGE",
    "Evaluation",
    "FILTER_MESSAGE",
    "REQUIRED_MESSAGE",
    "evaluate",
    "record_title",
]

REQUIRED_MESSAGE = "This answer is required."
CONSTRAINT_MESSAGE = "This answer is not valid."
FILTER_MESSAGE = "{value!r} is not among the choices offered here."


def _quoting(question: Question, message: Message) -> Message:
    """``message`` as it may be shown for ``question``: without the answer if the field is privacy-marked."""
    return without_answer(message) if question.privacy else message
# Beyond this, a repeat_count is a mistake in the form, not a number of people.
MAX_REPEAT_COUNT = 1000


@dataclass
class Evaluation:
    """The state of a record under its form, keyed by path."""

    values: dict[str, Any]
    relevant: dict[str, bool]
    errors: dict[str, str] = field(default_factory=dict)
    choices: dict[str, tuple[Choice, ...]] = field(default_factory=dict)

    @property
    def valid(self) -> bool:
        return not self.errors


class _Evaluator:
    def __init__(self, form: Form, data: dict[str, Any], language: str | None, env: _Env,
                 stored: bool = False) -> None:
        self.stored = stored  # every answer is in its stored shape already (read by ``coerce``)
        self.form = form
        self.data = data
        self.language = language
        self.env = env
        self.relevant = env.relevant
        self.choices: dict[str, tuple[Choice, ...]] = {}
        self.errors: dict[str, str] = {}

    def message(self, texts: dict[str, str], fallback: str) -> str:
        return pick_language(texts, self.language, self.form.default_language) or fallback

    # Pass 1 (repeated to a fixed point): relevance, repeat counts, calculations.
    def walk(self, nodes: tuple[Question | Group, ...], relevant: bool, scope: tuple[_Frame, ...],
             container: dict[str, Any]) -> None:
        env = self.env
        for node in nodes:
            env.scope, env.self_value = scope, ""
            path = _prefix(scope) + node.name
            is_relevant = relevant and _truth(node.relevant, env, True)
            self.relevant[path] = is_relevant
            if isinstance(node, Group) and node.repeat:
                instances = container.get(node.name)
                if not isinstance(instances, list):
                    instances = []
                if node.repeat_count is not None and is_relevant:
                    count = _repeat_count(node.repeat_count, env)
                    instances = instances[:count] + [{} for _ in range(count - len(instances))]
                container[node.name] = instances
                for index, instance in enumerate(instances):
                    inner = scope + (_Frame(node.name, index, instance),)
                    self.relevant[_prefix(inner)[:-1]] = is_relevant
                    self.walk(node.children, is_relevant, inner, instance)
            elif isinstance(node, Group):
                self.walk(node.children, is_relevant, scope, container)
            elif node.calculation is not None and is_relevant:
                if node.calculation.tree[:2] == ("call", "once") and not is_empty(container.get(node.name)):
                    continue  # once(): computed the first time, then kept
                env.scope = scope
                container[node.name] = _calculated(node.calculation, env)

    # Pass 2: choice filters and checks of every relevant answer.
    def check(self, nodes: tuple[Question | Group, ...], scope: tuple[_Frame, ...],
              container: dict[str, Any]) -> None:
        env = self.env
        for node in nodes:
            path = _prefix(scope) + node.name
            if isinstance(node, Group):
                if node.repeat:
                    for index, instance in enumerate(container.get(node.name) or []):
                        self.check(node.children, scope + (_Frame(node.name, index, instance),), instance)
                else:
                    self.check(node.children, scope, container)
                continue
            env.scope = scope
            if node.choice_filter is not None:
                self.choices[path] = self.filtered(node, env)
            if not self.relevant.get(path, True) or not node.is_input:
                continue
            value = container.get(node.name)
            if not self.stored:
                try:
                    coerce(node, self.form.choices_for(node), value)
                except AnswerError as exc:
                    self.errors[path] = exc.args[0] if exc.args else str(exc)  # keeps a Message's template
                    continue
            if is_empty(value):
                if _truth(node.required, env, False):
                    self.errors[path] = self.message(node.required_messages, REQUIRED_MESSAGE)
                continue
            if path in self.choices:
                offered = {c.name for c in self.choices[path]}
                chosen = value if isinstance(value, list) else [value]
                outside = [v for v in chosen if v not in offered]
                if outside:
                    self.errors[path] = _quoting(node, Message(FILTER_MESSAGE, value=outside[0]))
                    continue
            if node.constraint is not None:
                env.self_value = to_expression_value(node, value)
                if not _truth(node.constraint, env, False):
                    self.errors[path] = self.message(node.constraint_messages, CONSTRAINT_MESSAGE)
                env.self_value = ""

    def filtered(self, question: Question, env: _Env) -> tuple[Choice, ...]:
        kept = []
        for choice in self.form.choices_for(question):
            env.choice = choice
            if _truth(question.choice_filter, env, False):
                kept.append(choice)
        env.choice = None
        return tuple(kept)

    # The same two passes for a form of one pass (no repeats, no calculations: see ``_one_pass``),
    # over its nodes as a flat list: what an import runs for every record it reads.
    def walk_flat(self, plan: list[tuple[Question | Group, int, bool]]) -> None:
        env, relevant, known = self.env, self.relevant, []
        env.scope, env.self_value = (), ""
        for node, parent, _ in plan:
            is_relevant = (parent < 0 or known[parent]) and _truth(node.relevant, env, True)
            known.append(is_relevant)
            relevant[node.name] = is_relevant

    def check_flat(self, plan: list[tuple[Question | Group, int, bool]]) -> None:
        env, relevant, data, errors = self.env, self.relevant, self.data, self.errors
        for node, _, is_input in plan:
            if not is_input:
                if node.__class__ is Question and node.choice_filter is not None:
                    self.choices[node.name] = self.filtered(node, env)
                continue
            name = node.name
            if node.choice_filter is not None:
                self.choices[name] = self.filtered(node, env)
            if not relevant[name]:
                continue
            value = data.get(name)
            if value is None or value == "" or value == []:
                if node.required is not None and node.required is not False and _truth(node.required, env, False):
                    errors[name] = self.message(node.required_messages, REQUIRED_MESSAGE)
                continue
            if name in self.choices:
                offered = {c.name for c in self.choices[name]}
                outside = [v for v in (value if isinstance(value, list) else [value]) if v not in offered]
                if outside:
                    errors[name] = _quoting(node, Message(FILTER_MESSAGE, value=outside[0]))
                    continue
            if node.constraint is not None:
                env.self_value = to_expression_value(node, value)
                if not _truth(node.constraint, env, False):
                    errors[name] = self.message(node.constraint_messages, CONSTRAINT_MESSAGE)
                env.self_value = ""

    # Pass 3: clear what is not relevant.
    def clean(self, nodes: tuple[Question | Group, ...], scope: tuple[_Frame, ...],
              container: dict[str, Any]) -> None:
        for node in nodes:
            path = _prefix(scope) + node.name
            relevant = self.relevant.get(path, True)
            if isinstance(node, Group) and node.repeat:
                if not relevant:
                    container[node.name] = []
                for index, instance in enumerate(container.get(node.name) or []):
                    self.clean(node.children, scope + (_Frame(node.name, index, instance),), instance)
            elif isinstance(node, Group):
                self.clean(node.children, scope, container)
            elif node.type != "note":
                if not relevant:
                    container[node.name] = None
                elif node.is_input and container.get(node.name) is not None and not self.stored:
                    # Stored in its one shape (e.g. a decimal to 15 digits), so
                    # it hashes and travels the same everywhere.
                    try:
                        container[node.name] = coerce(node, self.form.choices_for(node), container[node.name])
                    except AnswerError:
                        pass  # a draft keeps what was typed; the error is reported
                else:
                    container.setdefault(node.name, None)
            # Keys that are not fields of the form are dropped by the caller.


def _repeat_count(expression: Expression, env: _Env) -> int:
    try:
        number = to_number(expression.evaluate(env))
    except ExpressionError:
        return 0
    if math.isnan(number) or number < 0:
        return 0
    return min(int(number), MAX_REPEAT_COUNT)


def _one_pass(form: Form) -> bool:
    """Whether one pass in form order settles relevance: no calculations, no repeats, and each
    ``relevant`` reads only what comes before it (most forms; it halves an import's checks)."""
    known = form.__dict__.get("_one_pass_enough")
    if known is None:
        order: dict[str, int] = {}
        known = True
        stack = list(reversed(form.children))
        while stack and known:
            node = stack.pop()
            if (isinstance(node, Group) and node.repeat) or getattr(node, "calculation", None) is not None:
                known = False
                break
            if isinstance(node.relevant, Expression):
                known = all(order.get(name, len(order) + 1) < len(order) for name in node.relevant.references())
            order[node.name] = len(order)
            if isinstance(node, Group):
                stack.extend(reversed(node.children))
        object.__setattr__(form, "_one_pass_enough", known)
    return bool(known)


def _flat_plan(form: Form) -> list[tuple[Question | Group, int, bool]]:
    """A one-pass form's nodes in form order: (node, index of its group or -1, takes an answer)."""
    plan = form.__dict__.get("_flat_plan")
    if plan is None:
        plan = []

        def add(nodes: tuple[Question | Group, ...], parent: int) -> None:
            for node in nodes:
                plan.append((node, parent, isinstance(node, Question) and node.is_input))
                if isinstance(node, Group):
                    add(node.children, len(plan) - 1)
        add(form.children, -1)
        object.__setattr__(form, "_flat_plan", plan)
    return plan


def _only_fields(form: Form, data: dict[str, Any], repeat: str | None = None) -> dict[str, Any]:
    names = form.repeat_field_names(repeat) if repeat else form.field_names()
    kept: dict[str, Any] = {}
    for name in names:
        value = data.get(name)
        if form.is_repeat(name):
            kept[name] = [_only_fields(form, item, name) for item in (value or []) if isinstance(item, dict)]
        else:
            kept[name] = value
    return kept


def evaluate(
    form: Form,
    answers: dict[str, Any],
    *,
    language: str | None = None,
    today: dt.date | None = None,
    now: dt.datetime | None = None,
    stored: bool = False,
) -> Evaluation:
    """Compute relevance, calculations and choice filters; check every relevant answer.

    ``stored``: every answer is in its stored shape already (as ``coerce`` gives it: a record
    read from a workbook or the database), so types are not checked again, and the record is
    only checked: answers that are not relevant are not cleared from ``values`` (``relevant``
    says which they are; see ``conformance``)."""
    now = now or dt.datetime.now().astimezone()
    today = today or now.date()
    data = _only_fields(form, _copy(answers))
    relevant: dict[str, bool] = {}
    env = _Env(form, data, relevant, today, now)
    evaluator = _Evaluator(form, data, language, env, stored)

    # Relevance and calculations can depend on each other in any order; repeat
    # passes in form order until nothing changes (bounded by the form's size).
    one_pass = _one_pass(form)
    if one_pass and stored:  # (the generic passes below give the same results, a little slower)
        plan = _flat_plan(form)
        evaluator.walk_flat(plan)
        evaluator.check_flat(plan)
    else:
        if one_pass:
            evaluator.walk(form.children, True, (), data)
        for _ in range(0 if one_pass else len(form.questions) + 2):
            before = (dict(relevant), _copy(data))
            evaluator.walk(form.children, True, (), data)
            if (relevant, data) == before:
                break
        evaluator.check(form.children, (), data)
        if not stored:
            evaluator.clean(form.children, (), data)
    if form.is_test:
        data["score_pct"] = score_test(form, data)
    return Evaluation(values=data, relevant=relevant, errors=evaluator.errors, choices=evaluator.choices)


def record_title(form: Form, values: dict[str, Any], *, today: dt.date | None = None) -> str:
    """The record's title from the form's ``instance_name`` setting ('' without one)."""
    expression = form.__dict__.get("_instance_name", False)
    if expression is False:  # parsed once per form (an import asks for every record's title)
        source = form.settings.get("instance_name", "")
        try:
            expression = parse(source) if source else None
        except ExpressionError:
            expression = None
        object.__setattr__(form, "_instance_name", expression)
    if expression is None:
        return ""
    now = dt.datetime.now().astimezone()
    env = _Env(form, values, {}, today or now.date(), now)
    return _calculated(expression, env) or ""
