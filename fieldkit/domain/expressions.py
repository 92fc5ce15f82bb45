"""XLSForm expressions: a safe parser and evaluator with ODK XPath semantics.

Expressions are parsed into a small tree of tuples once, when a form is loaded,
and evaluated many times while someone types. Nothing here calls Python's
``eval``: the only operations are the ones listed in ``FUNCTIONS`` and
``_BINARY``.
"""

from __future__ import annotations

import datetime as dt
import math
import re
import secrets
import uuid
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any, Protocol

__all__ = [
    "ExpressionError",
    "Expression",
    "Environment",
    "NodeSet",
    "parse",
    "to_boolean",
    "to_number",
    "to_string",
]


class ExpressionError(ValueError):
    """An expression that does not parse, or calls an unknown function."""


class NodeSet(tuple):
    """Several values at once: a field inside a repeat, seen from outside it.

    As in XPath, a node-set used as one value is its first node; ``count()``,
    ``sum()``, ``max()``, ``min()`` and ``join()`` use every node, and a
    comparison is true when any node satisfies it.
    """


class Environment(Protocol):
    """What an expression can see: other fields, the current value, today."""

    def value(self, name: str) -> Any: ...

    def current(self) -> Any: ...

    def today(self) -> dt.date: ...

    def now(self) -> dt.datetime: ...

    def position(self) -> int: ...

    def indexed(self, name: str, indices: list[tuple[str, int]]) -> Any: ...

    def column(self, name: str) -> Any: ...


# --------------------------------------------------------------------------
# Tokens

_TOKEN = re.compile(
    r"""
    (?P<ws>\s+)
  | (?P<ref>\$\{\s*(?P<refname>[^}\s]*)\s*\})
  | (?P<num>\d+(?:\.\d*)?|\.\d+)
  | (?P<str>'[^']*'|"[^"]*")
  | (?P<op>!=|<=|>=|=|<|>|\+|-|\*|\||/)
  | (?P<paren>[(),])
  | (?P<dotdot>\.\.)
  | (?P<dot>\.)
  | (?P<name>[A-Za-z_][A-Za-z0-9_.\-]*(?::[A-Za-z_][A-Za-z0-9_.\-]*)?)
    """,
    re.VERBOSE,
)

_WORD_OPERATORS = {"and", "or", "div", "mod"}


@dataclass(frozen=True)
class _Token:
    kind: str
    text: str
    pos: int


def _tokenize(source: str) -> list[_Token]:
    tokens: list[_Token] = []
    pos = 0
    while pos < len(source):
        match = _TOKEN.match(source, pos)
        if not match:
            raise ExpressionError(f"unexpected {source[pos]!r} at position {pos + 1}")
        kind = match.lastgroup or ""
        if kind == "refname":  # pragma: no cover - inner group never last
            kind = "ref"
        text = match.group(0)
        if match.group("ref") is not None:
            kind = "ref"
            name = match.group("refname")
            if not name:
                raise ExpressionError(f"empty reference ${{}} at position {pos + 1}")
            text = name
        if kind != "ws":
            tokens.append(_Token(kind, text, pos))
        pos = match.end()
    tokens.append(_Token("end", "", len(source)))
    return tokens


# --------------------------------------------------------------------------
# Parser (precedence climbing, XPath 1.0 operator precedence)

_BINARY_PRECEDENCE = {
    "or": 1,
    "and": 2,
    "=": 3,
    "!=": 3,
    "<": 4,
    "<=": 4,
    ">": 4,
    ">=": 4,
    "+": 5,
    "-": 5,
    "*": 6,
    "div": 6,
    "mod": 6,
    "|": 7,
}


class _Parser:
    def __init__(self, source: str) -> None:
        self.source = source
        self.tokens = _tokenize(source)
        self.i = 0

    def peek(self) -> _Token:
        return self.tokens[self.i]

    def take(self) -> _Token:
        token = self.tokens[self.i]
        self.i += 1
        return token

    def expect(self, text: str) -> None:
        token = self.take()
        if token.text != text:
            found = token.text or "end of expression"
            raise ExpressionError(f"expected {text!r} at position {token.pos + 1}, found {found!r}")

    def parse(self) -> tuple:
        if self.peek().kind == "end":
            raise ExpressionError("empty expression")
        tree = self.binary(1)
        token = self.peek()
        if token.kind != "end":
            raise ExpressionError(f"unexpected {token.text!r} at position {token.pos + 1}")
        return tree

    def operator(self) -> str | None:
        token = self.peek()
        if token.kind == "op" and token.text in _BINARY_PRECEDENCE:
            return token.text
        if token.kind == "name" and token.text in _WORD_OPERATORS:
            return token.text
        return None

    def binary(self, min_precedence: int) -> tuple:
        left = self.unary()
        while True:
            op = self.operator()
            if op is None or _BINARY_PRECEDENCE[op] < min_precedence:
                return left
            self.take()
            right = self.binary(_BINARY_PRECEDENCE[op] + 1)
            left = ("bin", op, left, right)

    def unary(self) -> tuple:
        token = self.peek()
        if token.kind == "op" and token.text == "-":
            self.take()
            return ("neg", self.unary())
        return self.primary()

    def primary(self) -> tuple:
        token = self.take()
        if token.kind == "num":
            return ("num", float(token.text))
        if token.kind == "str":
            return ("str", token.text[1:-1])
        if token.kind == "ref":
            return ("ref", token.text)
        if token.kind == "dot":
            return ("self",)
        if token.kind == "dotdot":
            return ("parent",)
        if token.text == "(":
            inner = self.binary(1)
            self.expect(")")
            return inner
        if token.kind == "name" and self.peek().text == "(":
            return self.call(token)
        if token.kind == "name" and token.text not in _WORD_OPERATORS:
            # A bare name: a column of the choices sheet in a choice_filter.
            return ("path", token.text)
        found = token.text or "end of expression"
        raise ExpressionError(f"unexpected {found!r} at position {token.pos + 1}")

    def call(self, name: _Token) -> tuple:
        self.expect("(")
        args: list[tuple] = []
        if self.peek().text != ")":
            args.append(self.binary(1))
            while self.peek().text == ",":
                self.take()
                args.append(self.binary(1))
        self.expect(")")
        spec = FUNCTIONS.get(name.text)
        if spec is None:
            raise ExpressionError(f"unknown function {name.text}() at position {name.pos + 1}")
        low, high = spec.arity
        if len(args) < low or (high is not None and len(args) > high):
            expected = str(low) if low == high else f"{low} to {high}" if high else f"at least {low}"
            raise ExpressionError(
                f"{name.text}() takes {expected} argument(s), got {len(args)} at position {name.pos + 1}"
            )
        return ("call", name.text, tuple(args))


# --------------------------------------------------------------------------
# Conversions (XPath 1.0 as JavaRosa applies them)

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


def _compare(op: str, left: Any, right: Any) -> bool:
    if isinstance(left, NodeSet):
        return any(_compare(op, item, right) for item in left)
    if isinstance(right, NodeSet):
        return any(_compare(op, left, item) for item in right)
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


def _arithmetic(op: str, left: Any, right: Any) -> float:
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


# --------------------------------------------------------------------------
# Functions


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


# --------------------------------------------------------------------------
# Public expression object


@dataclass(frozen=True)
class Expression:
    """A parsed expression: its source text and its tree."""

    source: str
    tree: tuple

    def evaluate(self, env: Environment) -> Any:
        return _evaluate(self.tree, env)

    def references(self) -> Iterator[str]:
        """Names of every ``${ref}`` in the expression, in order."""
        yield from _references(self.tree)

    def uses_self(self) -> bool:
        return any(node[0] == "self" for node in _walk(self.tree))

    def bare_names(self) -> list[str]:
        """Bare names (choice columns); only meaningful in a choice_filter."""
        return [node[1] for node in _walk(self.tree) if node[0] == "path"]


def parse(source: str) -> Expression:
    """Parse an XLSForm expression; raises ExpressionError with a position."""
    return Expression(source, _Parser(source).parse())


def _walk(tree: tuple) -> Iterator[tuple]:
    yield tree
    kind = tree[0]
    if kind == "bin":
        yield from _walk(tree[2])
        yield from _walk(tree[3])
    elif kind == "neg":
        yield from _walk(tree[1])
    elif kind == "call":
        for arg in tree[2]:
            yield from _walk(arg)


def _references(tree: tuple) -> Iterator[str]:
    for node in _walk(tree):
        if node[0] == "ref":
            yield node[1]


def _evaluate(tree: tuple, env: Environment) -> Any:
    kind = tree[0]
    if kind in ("num", "str"):
        return tree[1]
    if kind == "ref":
        return env.value(tree[1])
    if kind == "self":
        return env.current()
    if kind == "parent":
        raise ExpressionError("'..' can only be used as position(..)")
    if kind == "path":
        return env.column(tree[1])
    if kind == "neg":
        return -to_number(_evaluate(tree[1], env))
    if kind == "bin":
        op = tree[1]
        if op == "and":
            return to_boolean(_evaluate(tree[2], env)) and to_boolean(_evaluate(tree[3], env))
        if op == "or":
            return to_boolean(_evaluate(tree[2], env)) or to_boolean(_evaluate(tree[3], env))
        left, right = _evaluate(tree[2], env), _evaluate(tree[3], env)
        if op in ("=", "!=", "<", "<=", ">", ">="):
            return _compare(op, left, right)
        if op == "|":
            raise ExpressionError("node-set union '|' is not supported")
        return _arithmetic(op, left, right)
    # call
    name, args = tree[1], tree[2]
    if name == "today":
        return env.today()
    if name == "now":
        return env.now()
    if name == "position":
        if args and args[0] != ("parent",):
            raise ExpressionError("position() takes '..' (the current repeat)")
        return float(env.position())
    if name == "indexed-repeat":
        if len(args) % 2 == 0 or any(a[0] != "ref" for a in args[0::2][:1] + args[1::2]):
            raise ExpressionError("indexed-repeat() takes ${field}, then pairs of ${repeat}, index")
        pairs = [(args[i][1], int(to_number(_evaluate(args[i + 1], env)))) for i in range(1, len(args), 2)]
        return env.indexed(args[0][1], pairs)
    if name == "if":  # evaluate only the branch taken
        branch = args[1] if to_boolean(_evaluate(args[0], env)) else args[2]
        return _evaluate(branch, env)
    return FUNCTIONS[name].run(*(_evaluate(arg, env) for arg in args))
