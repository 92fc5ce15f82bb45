"""The functions an XLSForm expression may call (ODK XPath), by name and arity."""

from __future__ import annotations

import datetime as dt
import math
import re
import secrets
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from fieldkit.domain.xpath_values import ExpressionError, NodeSet, to_boolean, to_number, to_string

__all__ = ["FUNCTIONS"]

_EPOCH = dt.date(1970, 1, 1)



@dataclass(frozen=True)
class _Function:
    arity: tuple[int, int | None]
    run: Callable[..., Any]


def _selected(values: Any, choice: Any) -> bool:
    return to_string(choice).strip() in to_string(values).split()


def _count_selected(values: Any) -> float:
    return float(len(to_string(values).split()))


def _if(condition: Any, then: Any, otherwise: Any) -> Any:
    return then if to_boolean(condition) else otherwise


def _regex(value: Any, pattern: Any) -> bool:
    try:
        return re.search(to_string(pattern), to_string(value)) is not None
    except re.error as exc:
        raise ExpressionError(f"regex() pattern {to_string(pattern)!r} is invalid: {exc}") from exc


def _coalesce(*values: Any) -> Any:
    for value in values:
        if to_string(value) != "":
            return value
    return ""


def _int(value: Any) -> float:
    number = to_number(value)
    if math.isnan(number) or math.isinf(number):
        return number
    return float(math.trunc(number))


def _round(value: Any, digits: Any = 0) -> float:
    number = to_number(value)
    places = int(to_number(digits)) if to_string(digits) != "" else 0
    if math.isnan(number) or math.isinf(number):
        return number
    factor = 10.0**places
    # Half away from zero, as JavaRosa rounds, not banker's rounding.
    return math.copysign(math.floor(abs(number) * factor + 0.5) / factor, number)


def _date(value: Any) -> Any:
    if isinstance(value, dt.date):
        return value
    if isinstance(value, (int, float)):
        if math.isnan(value):
            return ""
        return _EPOCH + dt.timedelta(days=int(math.floor(value)))
    text = to_string(value).strip()
    try:
        return dt.date.fromisoformat(text[:10])
    except ValueError:
        return ""


def _substr(value: Any, start: Any, length: Any = None) -> str:
    text = to_string(value)
    begin = int(to_number(start))
    if length is None:
        return text[max(begin, 0):]
    return text[max(begin, 0): max(begin, 0) + max(int(to_number(length)), 0)]


def _flatten(values: tuple) -> list[Any]:
    flat: list[Any] = []
    for value in values:
        flat.extend(value if isinstance(value, NodeSet) else [value])
    return flat


def _numbers(*values: Any) -> list[float]:
    return [to_number(v) for v in _flatten(values) if to_string(v) != "" or not isinstance(v, str)]


def _min(*values: Any) -> float:
    numbers = _numbers(*values)
    return math.nan if not numbers or any(math.isnan(n) for n in numbers) else min(numbers)


def _max(*values: Any) -> float:
    numbers = _numbers(*values)
    return math.nan if not numbers or any(math.isnan(n) for n in numbers) else max(numbers)


def _selected_at(values: Any, index: Any) -> str:
    items = to_string(values).split()
    position = int(to_number(index))
    return items[position] if 0 <= position < len(items) else ""


def _uuid(length: Any = None) -> str:
    if length is None:
        return str(uuid.uuid4())
    size = max(1, min(int(to_number(length)) if to_string(length) else 32, 64))
    return "".join(secrets.choice("ABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(size))


def _join(separator: Any, *values: Any) -> str:
    return to_string(separator).join(to_string(v) for v in _flatten(values))


def _count(value: Any) -> float:
    if isinstance(value, NodeSet):
        return float(len(value))
    return 1.0 if to_string(value) != "" else 0.0


def _sum(*values: Any) -> float:
    total = 0.0
    for value in _flatten(values):
        if to_string(value) == "":
            continue  # an unanswered node adds nothing, as in ODK
        total += to_number(value)
    return total


FUNCTIONS: dict[str, _Function] = {
    "selected": _Function((2, 2), _selected),
    "count-selected": _Function((1, 1), _count_selected),
    "selected-at": _Function((2, 2), _selected_at),
    "if": _Function((3, 3), _if),
    "string-length": _Function((1, 1), lambda v: float(len(to_string(v)))),
    "regex": _Function((2, 2), _regex),
    "coalesce": _Function((2, None), _coalesce),
    "concat": _Function((0, None), lambda *v: "".join(to_string(x) for x in v)),
    "join": _Function((1, None), _join),
    "number": _Function((1, 1), to_number),
    "string": _Function((1, 1), to_string),
    "boolean": _Function((1, 1), to_boolean),
    "int": _Function((1, 1), _int),
    "round": _Function((1, 2), _round),
    "floor": _Function((1, 1), lambda v: float(math.floor(n)) if math.isfinite(n := to_number(v)) else n),
    "ceiling": _Function((1, 1), lambda v: float(math.ceil(n)) if math.isfinite(n := to_number(v)) else n),
    "abs": _Function((1, 1), lambda v: abs(to_number(v))),
    "pow": _Function((2, 2), lambda a, b: math.pow(to_number(a), to_number(b))),
    "min": _Function((1, None), _min),
    "count": _Function((1, 1), _count),
    "sum": _Function((1, None), _sum),
    "count-non-empty": _Function((1, 1), lambda v: float(sum(1 for x in _flatten((v,)) if to_string(x) != ""))),
    "max": _Function((1, None), _max),
    "not": _Function((1, 1), lambda v: not to_boolean(v)),
    "true": _Function((0, 0), lambda: True),
    "false": _Function((0, 0), lambda: False),
    "contains": _Function((2, 2), lambda a, b: to_string(b) in to_string(a)),
    "starts-with": _Function((2, 2), lambda a, b: to_string(a).startswith(to_string(b))),
    "ends-with": _Function((2, 2), lambda a, b: to_string(a).endswith(to_string(b))),
    "substr": _Function((2, 3), _substr),
    "substring-before": _Function((2, 2), lambda a, b: to_string(a).partition(to_string(b))[0] if to_string(b) in to_string(a) else ""),
    "substring-after": _Function((2, 2), lambda a, b: to_string(a).partition(to_string(b))[2]),
    "normalize-space": _Function((1, 1), lambda v: " ".join(to_string(v).split())),
    "translate": _Function((3, 3), lambda s, a, b: to_string(s).translate(
        {ord(c): (to_string(b)[i] if i < len(to_string(b)) else None) for i, c in reversed(list(enumerate(to_string(a))))})),
    "date": _Function((1, 1), _date),
    "uuid": _Function((0, 1), _uuid),
    # once(x): x the first time; the calculation keeps its value afterwards.
    "once": _Function((1, 1), lambda v: v),
    "decimal-date": _Function((1, 1), lambda v: to_number(_date(v))),
    # These are resolved against the environment in _evaluate.
    "today": _Function((0, 0), lambda: None),
    "now": _Function((0, 0), lambda: None),
    "position": _Function((0, 1), lambda *a: None),
    "indexed-repeat": _Function((3, 7), lambda *a: None),
}
