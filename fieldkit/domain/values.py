"""Answer values: how each question type is stored, and how input is read.

Stored shapes (also the JSON shapes of the CLI): text and select_one are
strings, integer an int, decimal a float, date ``YYYY-MM-DD``, time ``HH:MM``,
select_multiple a list of choice names. An empty answer is ``None``.
"""

from __future__ import annotations

import datetime as dt
import math
import re
from typing import Any

from fieldkit.domain.form import Choice, Question

__all__ = ["AnswerError", "coerce", "is_empty", "to_expression_value"]


class AnswerError(ValueError):
    """An answer that does not fit its question's type."""


_TIME = re.compile(r"^([01]?\d|2[0-3]):([0-5]\d)(?::([0-5]\d)(?:\.\d+)?)?$")
_INTEGER = re.compile(r"^[+-]?\d+$")


def is_empty(value: Any) -> bool:
    return value is None or value == "" or value == []


def coerce(question: Question, choices: tuple[Choice, ...], raw: Any) -> Any:
    """Read an answer given as JSON or typed text into its stored shape."""
    if isinstance(raw, str) and question.type not in ("text", "note", "calculate"):
        raw = raw.strip()
    if is_empty(raw):
        return None
    kind = question.type
    if kind in ("text", "calculate", "note", "deviceid"):
        if isinstance(raw, (dict, list)):
            raise AnswerError("expected text")
        if isinstance(raw, float) and raw == int(raw):
            return str(int(raw))
        return raw if isinstance(raw, str) else str(raw)
    if kind == "integer":
        if isinstance(raw, bool):
            raise AnswerError(f"{raw!r} is not a whole number")
        if isinstance(raw, int):
            return raw
        if isinstance(raw, float) and raw.is_integer():
            return int(raw)
        if isinstance(raw, str) and _INTEGER.match(raw):
            return int(raw)
        raise AnswerError(f"{raw!r} is not a whole number")
    if kind == "decimal":
        if isinstance(raw, bool):
            raise AnswerError(f"{raw!r} is not a number")
        if isinstance(raw, (int, float)):
            number = float(raw)
        elif isinstance(raw, str):
            try:
                number = float(raw.replace(",", ".")) if re.fullmatch(r"[+-]?(\d+([.,]\d*)?|[.,]\d+)", raw) else math.nan
            except ValueError:
                number = math.nan
        else:
            number = math.nan
        if not math.isfinite(number):
            raise AnswerError(f"{raw!r} is not a number")
        return number
    if kind in ("date", "today"):
        if isinstance(raw, dt.datetime):
            raw = raw.date()
        if isinstance(raw, dt.date):
            return raw.isoformat()
        text = str(raw)
        if re.fullmatch(r"\d{4}-\d{2}-\d{2}", text):
            try:
                return dt.date.fromisoformat(text).isoformat()
            except ValueError:
                pass
        raise AnswerError(f"{raw!r} is not a date (YYYY-MM-DD)")
    if kind == "time":
        if isinstance(raw, dt.time):
            return raw.strftime("%H:%M")
        match = _TIME.match(str(raw))
        if not match:
            raise AnswerError(f"{raw!r} is not a time (HH:MM)")
        return f"{int(match.group(1)):02d}:{match.group(2)}"
    if kind in ("start", "end"):
        return str(raw)
    names = {c.name for c in choices}
    if kind == "select_one":
        if not isinstance(raw, (str, int)) or isinstance(raw, bool):
            raise AnswerError("expected one choice name")
        value = str(raw)
        if value not in names:
            raise AnswerError(f"{value!r} is not one of the choices ({', '.join(sorted(names))})")
        return value
    if kind == "select_multiple":
        if isinstance(raw, str):
            items = raw.split()
        elif isinstance(raw, list) and all(isinstance(i, (str, int)) and not isinstance(i, bool) for i in raw):
            items = [str(i) for i in raw]
        else:
            raise AnswerError("expected a list of choice names")
        unknown = [i for i in items if i not in names]
        if unknown:
            raise AnswerError(f"{', '.join(repr(u) for u in unknown)} not among the choices ({', '.join(sorted(names))})")
        ordered = [c.name for c in choices if c.name in items]  # stable order, no repeats
        return ordered or None
    raise AnswerError(f"question type {kind!r} takes no answer")


def to_expression_value(question: Question, value: Any) -> Any:
    """The stored value as an expression sees it (dates as dates, lists as 'a b')."""
    if is_empty(value):
        return ""
    if question.type in ("date", "today") and isinstance(value, str):
        try:
            return dt.date.fromisoformat(value)
        except ValueError:
            return value
    if isinstance(value, list):
        return " ".join(str(v) for v in value)
    return value
