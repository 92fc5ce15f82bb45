"""A form's own generalisation hierarchies: its ``hierarchies`` sheet.

One row per value, or one row per field for a built-in kind::

    field        kind       value            level1          level2
    region                  baku             baku            azerbaijan
    region                  absheron_khizi   absheron        azerbaijan
    region                  guba_khachmaz    other_regions   azerbaijan
    visit_date   date
    age          intervals  0                5               10
    sex          suppress

``field`` is a question marked ``quasi``. Without ``kind``, the rows give each
value (a choice name, for a select: every choice needs a row) its group at
level 1, 2, ...; groups must form a tree, and every value has a group at each
level. ``date``: day, month, quarter, year. ``intervals``: ``value`` is where
the intervals start (0 if empty), ``level1``, ``level2``, ... their widths,
each a multiple of the one before (for integer, decimal and range questions).
``suppress``: kept as entered, or suppressed. Above the last level, every
hierarchy ends in one value for all records (``*`` unless the last level
already is one group).
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable

from fieldkit.domain.form import SELECT_TYPES, Form, HierarchyDeclaration

__all__ = ["KINDS", "SHEET", "parse_hierarchies"]

SHEET = "hierarchies"
KINDS = ("values", "date", "intervals", "suppress")
_LEVEL = re.compile(r"^level\s*_?(\d+)$")
_NUMERIC = {"integer", "decimal", "range"}
Problem = Callable[[str, "int | None", "str | None", str], None]


def _cells(row: dict[str, str]) -> dict[str, str]:
    return {key.strip().lower(): value.strip() for key, value in row.items()}


def _levels(row: dict[str, str], number: int, problem: Problem) -> list[tuple[str, str]] | None:
    """The filled level columns in order, as (column, text); None after a reported gap."""
    found = sorted((int(m.group(1)), key) for key in row if (m := _LEVEL.match(key)))
    levels: list[tuple[str, str]] = []
    for position, (index, key) in enumerate(found):
        if index != position + 1:
            problem(SHEET, number, key, f"column {key} without level{position + 1} before it")
            return None
        levels.append((key, row[key]))
    while levels and not levels[-1][1]:
        levels.pop()
    for key, text in levels:
        if not text:
            problem(SHEET, number, key, f"{key} is empty, but a higher level is filled")
            return None
    return levels


def parse_hierarchies(rows: list[tuple[int, dict[str, str]]], form: Form,
                      problem: Problem) -> dict[str, HierarchyDeclaration]:
    """The declarations of the sheet's rows, each problem reported with its row and column."""
    declared: dict[str, HierarchyDeclaration] = {}
    values: dict[str, list[tuple[int, str, list[tuple[str, str]]]]] = {}
    for number, raw in rows:
        row = _cells(raw)
        name = row.get("field", "")
        if not name:
            problem(SHEET, number, "field", "a row with content has no field")
            continue
        if not form.has(name):
            problem(SHEET, number, "field", f"field {name!r} is no question of this form")
            continue
        question = form.question(name)
        if question.privacy != "quasi":
            problem(SHEET, number, "field", f"field {name!r} is not marked quasi in the survey's privacy column")
            continue
        kind = row.get("kind", "").lower() or "values"
        if kind not in KINDS:
            problem(SHEET, number, "kind", f"kind {kind!r} is not one of {', '.join(KINDS)}")
            continue
        if name in declared or (kind != "values" and name in values):
            problem(SHEET, number, "kind" if kind != "values" else "field", f"field {name!r} has its hierarchy "
                    f"declared twice (first on row {(declared[name].row if name in declared else values[name][0][0])})")
            continue
        levels = _levels(row, number, problem)
        if levels is None:
            continue
        if kind == "date":
            if question.type not in ("date", "today"):
                problem(SHEET, number, "kind", f"kind date for field {name!r}, which is a {question.type}")
                continue
            declared[name] = HierarchyDeclaration(name, "date", number)
        elif kind == "suppress":
            declared[name] = HierarchyDeclaration(name, "suppress", number)
        elif kind == "intervals":
            declaration = _intervals(name, question.type, number, row, levels, problem)
            if declaration is not None:
                declared[name] = declaration
        else:
            value = row.get("value", "")
            if not value:
                problem(SHEET, number, "value", f"a row of field {name!r} has no value (or say its kind)")
                continue
            if not levels:
                problem(SHEET, number, "level1", f"value {value!r} of field {name!r} has no group in level1")
                continue
            values.setdefault(name, []).append((number, value, levels))
    for name, entries in values.items():
        declaration = _values(form, name, entries, problem)
        if declaration is not None:
            declared[name] = declaration
    return declared


def _intervals(name: str, kind: str, number: int, row: dict[str, str], levels: list[tuple[str, str]],
               problem: Problem) -> HierarchyDeclaration | None:
    if kind not in _NUMERIC:
        problem(SHEET, number, "kind", f"kind intervals for field {name!r}, which is a {kind}, not a number")
        return None
    if not levels:
        problem(SHEET, number, "level1", f"kind intervals needs the width of each level in level1, level2, ...")
        return None
    widths: list[float] = []
    for key, text in levels:
        try:
            width = float(text)
        except ValueError:
            width = math.nan
        if not math.isfinite(width) or width <= 0:
            problem(SHEET, number, key, f"width {text!r} is not a number above 0")
            return None
        if widths and (width <= widths[-1] or not math.isclose(width / widths[-1], round(width / widths[-1]))):
            problem(SHEET, number, key, f"width {text} is not a multiple of the width before it ({widths[-1]:g})")
            return None
        widths.append(width)
    origin_text = row.get("value", "") or "0"
    try:
        origin = float(origin_text)
    except ValueError:
        origin = math.nan
    if not math.isfinite(origin):
        problem(SHEET, number, "value", f"where the intervals start, {origin_text!r}, is not a number")
        return None
    return HierarchyDeclaration(name, "intervals", number, widths=tuple(widths), origin=origin)


def _values(form: Form, name: str, entries: list[tuple[int, str, list[tuple[str, str]]]],
            problem: Problem) -> HierarchyDeclaration | None:
    question = form.question(name)
    choices = [c.name for c in form.choices_for(question)] if question.type in SELECT_TYPES else None
    groups: dict[str, tuple[str, ...]] = {}
    first_row, depth = entries[0][0], len(entries[0][2])
    above: dict[tuple[int, str], tuple[str, int]] = {}
    ok = True
    for number, value, levels in entries:
        if value in groups:
            problem(SHEET, number, "value", f"value {value!r} of field {name!r} appears twice")
            ok = False
            continue
        if choices is not None and value not in choices:
            problem(SHEET, number, "value", f"{value!r} is not a choice of field {name!r} (list "
                    f"{question.list_name!r})")
            ok = False
            continue
        if len(levels) != depth:
            key = levels[-1][0] if len(levels) > depth else f"level{len(levels) + 1}"
            problem(SHEET, number, key, f"value {value!r} has {len(levels)} level(s), but row {first_row} of "
                    f"field {name!r} has {depth}: every value needs a group at each level")
            ok = False
            continue
        path = tuple(text for _, text in levels)
        for index in range(depth - 1):
            parent, seen = above.setdefault((index, path[index]), (path[index + 1], number))
            if parent != path[index + 1]:
                problem(SHEET, number, levels[index + 1][0], f"group {path[index]!r} is under {parent!r} on row "
                        f"{seen} but under {path[index + 1]!r} here: a group has one group above it")
                ok = False
                break
        groups[value] = path
    if ok and choices is not None:
        missing = [c for c in choices if c not in groups]
        if missing:
            problem(SHEET, first_row, "value", f"choice {missing[0]!r} of field {name!r} has no row: every choice "
                    f"needs one ({len(missing)} missing)")
            ok = False
    return HierarchyDeclaration(name, "values", first_row, groups=groups) if ok else None
