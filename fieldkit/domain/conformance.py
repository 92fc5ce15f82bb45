"""Does a stored record obey its form? The laptop's rules, applied again where a record arrives.

A record that fieldkit finalised went through ``validation.evaluate``: every
relevant answer of the right type, required ones present, constraints true,
answers that are not relevant cleared, calculations and the test score as the
form computes them. ``problems`` tells, for a record read from a workbook, where
it is not so: the same engine, the same messages (HQ reads them in the form's
default language, as a refusal names the cell).

An answer that is not relevant is not cleared here but reported: a record
saved by fieldkit never keeps one, so its presence means the record was not
made by fieldkit's rules, and clearing it would change the content its hash
vouches for (see the README, "Excel exchange").

The record is judged as of the time it was saved (``updated_at``, or now if
that is later or unreadable): a constraint such as ``. <= today()`` then means
"not after the day it was saved", which a forged future date cannot pass and a
genuine record, checked months later, still does. The day is the latest
calendar day anywhere at that instant (UTC+14), so a laptop east of HQ is never
refused for the difference of time zones.
"""

from __future__ import annotations

import datetime as dt
import math
from typing import Any

from fieldkit.domain.expressions import Expression
from fieldkit.domain.form import Form, Group, Question
from fieldkit.domain.messages import Message
from fieldkit.domain.validation import evaluate
from fieldkit.domain.values import is_empty

__all__ = ["NOT_CALCULATED", "NOT_RELEVANT", "NOT_SCORE", "problems", "saved_when"]

NOT_RELEVANT = "answered although the form says it does not apply here (a record saved by fieldkit never keeps it)"
NOT_CALCULATED = "{value!r} is not what the form calculates ({expected!r})"
NOT_SCORE = "{value} is not the score of these answers ({expected})"

# Functions whose result changes from one evaluation to the next: their calculations are kept as saved.
_CHANGING = frozenset({"today", "now", "uuid", "once", "random"})
_EAST_MOST = dt.timedelta(hours=14)


def saved_when(saved_at: str | None, now: dt.datetime | None = None) -> tuple[dt.date, dt.datetime]:
    """(today, now) as the record was saved: ``saved_at`` (ISO, UTC) unless later than ``now``."""
    now = now or dt.datetime.now(dt.timezone.utc)
    when = now
    if saved_at:
        try:
            parsed = dt.datetime.fromisoformat(saved_at.replace("Z", "+00:00"))
        except ValueError:
            parsed = None
        if parsed is not None:
            if parsed.tzinfo is None:
                parsed = parsed.replace(tzinfo=dt.timezone.utc)
            when = min(parsed, now)
    return (when.astimezone(dt.timezone.utc) + _EAST_MOST).date(), when


def problems(form: Form, data: dict[str, Any], *, saved_at: str | None = None,
             now: dt.datetime | None = None, stored: bool = False) -> list[tuple[str, Any]]:
    """(path, message) of every way ``data`` breaks its form's rules, [] when it obeys them.
    A path is a field name, or ``repeat[2]/name`` inside a repeat's second instance. ``stored``:
    the answers were read by ``values.coerce`` already (their types are not checked again)."""
    if stored and _ruleless(form):
        return []  # the types were checked when the answers were read; there is nothing else to break
    today, moment = saved_when(saved_at, now)
    evaluation = evaluate(form, data, today=today, now=moment, stored=stored)
    found: list[tuple[str, Any]] = list(evaluation.errors.items())
    if _plain(form):  # no repeats, no calculations: only answers where they do not apply
        question = form.question
        for name, applies in evaluation.relevant.items():
            if not applies and form.has(name) and not is_empty(data.get(name)) and question(name).type != "note":
                found.append((name, Message(NOT_RELEVANT)))
    else:
        _compare(form.children, "", data, evaluation.values, evaluation.relevant, found)
    if form.is_test:
        stored, expected = data.get("score_pct"), evaluation.values.get("score_pct")
        if not _same_score(stored, expected):
            found.append(("score_pct", Message(NOT_SCORE, value=stored, expected=expected)))
    return found


def _compare(nodes: tuple[Question | Group, ...], prefix: str, given: dict[str, Any], computed: dict[str, Any],
             relevant: dict[str, bool], found: list[tuple[str, Any]]) -> None:
    """Answers kept where they do not apply, and calculations that are not the form's."""
    for node in nodes:
        path = prefix + node.name
        applies = relevant.get(path, True)
        if isinstance(node, Group) and node.repeat:
            instances = given.get(node.name) if isinstance(given.get(node.name), list) else []
            if not applies and any(_answered(i) for i in instances):
                found.append((path, Message(NOT_RELEVANT)))
                continue
            results = computed.get(node.name) or []
            for index, instance in enumerate(instances):
                if isinstance(instance, dict) and index < len(results):
                    _compare(node.children, f"{path}[{index + 1}]/", instance, results[index], relevant, found)
        elif isinstance(node, Group):
            _compare(node.children, prefix, given, computed, relevant, found)
        elif node.type == "note":
            continue
        elif not applies:
            if not is_empty(given.get(node.name)):
                found.append((path, Message(NOT_RELEVANT)))
        elif node.calculation is not None and not _changing(node.calculation):
            value, expected = given.get(node.name), computed.get(node.name)
            if (value or None) != (expected or None) and str(value) != str(expected):
                message = Message(NOT_CALCULATED, value=value, expected=expected or "")
                found.append((path, without_answer(message) if node.privacy else message))


def _ruleless(form: Form) -> bool:
    known = form.__dict__.get("_conformance_ruleless")
    if known is None:
        known = _plain(form) and not form.is_test and not any(
            q.relevant is not None or q.constraint is not None or q.choice_filter is not None
            or q.required not in (None, False) for q in form.questions) and not any(
            g.relevant is not None for g in _groups(form.children))
        object.__setattr__(form, "_conformance_ruleless", known)
    return bool(known)


def _groups(nodes: tuple[Question | Group, ...]) -> list[Group]:
    found = []
    for node in nodes:
        if isinstance(node, Group):
            found.append(node)
            found.extend(_groups(node.children))
    return found


def _plain(form: Form) -> bool:
    known = form.__dict__.get("_conformance_plain")
    if known is None:
        known = not form.repeat_groups and all(q.calculation is None for q in form.questions)
        object.__setattr__(form, "_conformance_plain", known)
    return bool(known)


def _answered(instance: Any) -> bool:
    return isinstance(instance, dict) and any(not is_empty(v) for v in instance.values())


def _changing(expression: Expression) -> bool:
    stack = [expression.tree]
    while stack:
        node = stack.pop()
        if node[0] == "call":
            if node[1] in _CHANGING:
                return True
            stack.extend(node[2])
        elif node[0] == "bin":
            stack.extend((node[2], node[3]))
        elif node[0] == "neg":
            stack.append(node[1])
    return False


def _same_score(stored: Any, expected: Any) -> bool:
    if stored is None or expected is None:
        return stored is None and expected is None
    try:
        return math.isclose(float(stored), float(expected), abs_tol=1e-6)
    except (TypeError, ValueError):
        return False
