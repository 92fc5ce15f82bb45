"""XLSForm expressions: a safe parser and evaluator with ODK XPath semantics.

Expressions are parsed into a small tree of tuples once, when a form is loaded,
and evaluated many times while someone types. Nothing here calls Python's
``eval``: the only operations are the functions of ``xpath_functions`` and
the operators of ``_BINARY_PRECEDENCE``.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any, Protocol

from fieldkit.domain.xpath_functions import FUNCTIONS
from fieldkit.domain.xpath_values import (
    ExpressionError,
    NodeSet,
    arithmetic,
    compare,
    to_boolean,
    to_number,
    to_string,
)

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


#: How deep an expression may nest (brackets, minus signs, operators, calls): far beyond any form,
#: and well within Python's recursion limit for parsing and evaluating it.
MAX_DEPTH = 100


class _Parser:
    def __init__(self, source: str) -> None:
        self.source = source
        self.tokens = _tokenize(source)
        self.i = 0
        self.level = 0

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
        self.level += 1
        try:
            if self.level > MAX_DEPTH:
                raise ExpressionError(f"nested more than {MAX_DEPTH} deep at position {token.pos + 1}")
            if token.kind == "op" and token.text == "-":
                self.take()
                return ("neg", self.unary())
            return self.primary()
        finally:
            self.level -= 1

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
    tree = _Parser(source).parse()
    if _depth(tree) > 2 * MAX_DEPTH:  # a chain of operators (1+1+1...) nests without brackets
        raise ExpressionError(f"nested more than {2 * MAX_DEPTH} deep (a chain of that many operators)")
    return Expression(source, tree)


def _depth(tree: tuple) -> int:
    """The depth of a tree, without recursion (it may be deep)."""
    deepest, stack = 0, [(tree, 1)]
    while stack:
        node, depth = stack.pop()
        deepest = max(deepest, depth)
        kind = node[0]
        if kind == "bin":
            stack += [(node[2], depth + 1), (node[3], depth + 1)]
        elif kind == "neg":
            stack.append((node[1], depth + 1))
        elif kind == "call":
            stack += [(arg, depth + 1) for arg in node[2]]
    return deepest


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
            return compare(op, left, right)
        if op == "|":
            raise ExpressionError("node-set union '|' is not supported")
        return arithmetic(op, left, right)
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
