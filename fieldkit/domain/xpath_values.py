"""XPath values as JavaRosa converts them: numbers, strings, booleans, node-sets, comparisons."""

from __future__ import annotations

import datetime as dt
import math
import re
from typing import Any

__all__ = ["ExpressionError", "NodeSet", "compare", "arithmetic", "to_boolean", "to_number", "to_string"]


class ExpressionError(ValueError):
    """An expression that does not parse, or calls an unknown function."""


class NodeSet(tuple):
    """Several values at once: a field inside a repeat, seen from outside it.

    As in XPath, a node-set used as one value is its first node; ``count()``,
    ``sum()``, ``max()``, ``min()`` and ``join()`` use every node, and a
    comparison is true when any node satisfies it.
    """


_EPOCH = dt.date(1970, 1, 1)
_DATE_RE = re.compile(r"^\d{4}-\d{2}-\d{2}$")


def to_number(value: Any) -> float:
    """XPath ``number()``: NaN for what is not a number; dates count days since 1970."""
    if isinstance(value, NodeSet):
        return to_number(value[0]) if value else math.nan
    if isinstance(value, bool):
        return 1.0 if value else 0.0
    if isinstance(value, (int, float)):
        return float(value)
    if isinstance(value, dt.datetime):
        return (value - dt.datetime(1970, 1, 1, tzinfo=value.tzinfo)).total_seconds() / 86400
    if isinstance(value, dt.date):
        return float((value - _EPOCH).days)
    if isinstance(value, str):
        text = value.strip()
        if _DATE_RE.match(text):
            try:
                return float((dt.date.fromisoformat(text) - _EPOCH).days)
            except ValueError:
                return math.nan
        try:
            return float(text) if text and re.fullmatch(r"-?(\d+\.?\d*|\.\d+)", text) else math.nan
        except ValueError:  # pragma: no cover - regex guarantees a float
            return math.nan
    return math.nan


def to_string(value: Any) -> str:
    """XPath ``string()``: integers without '.0', dates as ISO."""
    if isinstance(value, NodeSet):
        return to_string(value[0]) if value else ""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, float):
        if math.isnan(value):
            return "NaN"
        if math.isinf(value):
            return "Infinity" if value > 0 else "-Infinity"
        if value == int(value) and abs(value) < 1e15:
            return str(int(value))
        return repr(value)
    if isinstance(value, int):
        return str(value)
    if isinstance(value, dt.datetime):
        return value.isoformat(timespec="milliseconds")
    if isinstance(value, (dt.date, dt.time)):
        return value.isoformat()
    return str(value)


def to_boolean(value: Any) -> bool:
    """XPath ``boolean()``: empty string, zero and NaN are false; a node-set is true if not empty."""
    if isinstance(value, NodeSet):
        return len(value) > 0
    if isinstance(value, bool):
        return value
    if isinstance(value, (int, float)):
        return not (value == 0 or math.isnan(value))
    if value is None:
        return False
    if isinstance(value, (dt.date, dt.time)):
        return True
    return len(str(value)) > 0


def _is_numeric(value: Any) -> bool:
    return isinstance(value, (int, float, dt.date)) and not isinstance(value, bool)


def compare(op: str, left: Any, right: Any) -> bool:
    """XPath comparison: numbers if either side is one, a node-set true when any node is."""
    if isinstance(left, NodeSet):
        return any(compare(op, item, right) for item in left)
    if isinstance(right, NodeSet):
        return any(compare(op, left, item) for item in right)
    if op in ("=", "!="):
        if isinstance(left, bool) or isinstance(right, bool):
            equal = to_boolean(left) == to_boolean(right)
        elif _is_numeric(left) or _is_numeric(right):
            a, b = to_number(left), to_number(right)
            equal = a == b  # NaN never equals anything, as in XPath
        else:
            equal = to_string(left) == to_string(right)
        return equal if op == "=" else not equal
    a, b = to_number(left), to_number(right)
    if math.isnan(a) or math.isnan(b):
        return False
    return {"<": a < b, "<=": a <= b, ">": a > b, ">=": a >= b}[op]


def arithmetic(op: str, left: Any, right: Any) -> float:
    """+ - * div mod on numbers, NaN where XPath gives NaN."""
    a, b = to_number(left), to_number(right)
    if op == "+":
        return a + b
    if op == "-":
        return a - b
    if op == "*":
        return a * b
    if op == "div":
        if b == 0:
            return math.nan if a == 0 or math.isnan(a) else math.copysign(math.inf, a) * math.copysign(1, b)
        return a / b
    if math.isnan(a) or math.isnan(b) or b == 0 or math.isinf(a):
        return math.nan
    return math.fmod(a, b)

