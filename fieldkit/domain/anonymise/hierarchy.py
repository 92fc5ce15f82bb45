"""Generalisation hierarchies: how one quasi-identifier is made coarser, level by level.

Level 0 is the value as entered; each level above covers more values; the top
level covers every value (one published value for all records). A hierarchy
is a tree: two values that share a level share every level above it, so a
release at a higher level can be read off one at a lower level.
"""

from __future__ import annotations

import datetime as dt
import math
from dataclasses import dataclass, field
from typing import Any

__all__ = ["SUPPRESSED", "Hierarchy", "cell_text", "date_hierarchy", "interval_hierarchy", "suppression_hierarchy",
           "value_hierarchy"]

#: What a quasi-identifier reads at its top level when no coarser group was declared.
SUPPRESSED = "*"


def cell_text(value: Any) -> str:
    """A stored answer as the text the anonymiser compares: a list as its sorted names, 4.0 as '4'."""
    if value is None:
        return ""
    if isinstance(value, (list, tuple)):
        return " ".join(sorted({str(v) for v in value}))
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value).strip()


@dataclass(frozen=True)
class Hierarchy:
    """How ``field`` is generalised: ``levels`` names each level, bottom (as entered) first."""

    field: str
    kind: str  # 'date', 'intervals', 'values' or 'suppression'
    levels: tuple[str, ...]
    groups: dict[str, tuple[str, ...]] = field(default_factory=dict)  # values: value -> its group per level >= 1
    widths: tuple[float, ...] = ()  # intervals: the width of level 1, 2, ...
    origin: float = 0.0
    top: str = SUPPRESSED
    multiple: bool = False  # a select_multiple answer: each of its choices is generalised

    @property
    def height(self) -> int:
        """The number of levels, the top included."""
        return len(self.levels)

    def generalise(self, value: str, level: int) -> str:
        """``value`` (see ``cell_text``) at ``level``; a blank answer stays blank below the top."""
        if level <= 0:
            return value
        if level >= self.height - 1:
            return self.top
        if value == "":
            return ""
        if self.kind == "date":
            return _date_at(value, level)
        if self.kind == "intervals":
            return _interval_at(value, self.widths[level - 1], self.origin)
        if self.kind == "values":
            if self.multiple:
                return " ".join(sorted({self._group(v, level) for v in value.split()}))
            return self._group(value, level)
        return SUPPRESSED

    def _group(self, value: str, level: int) -> str:
        groups = self.groups.get(value)
        return groups[level - 1] if groups else SUPPRESSED  # a value the hierarchy does not know: the most careful


def _date_at(value: str, level: int) -> str:
    try:
        day = dt.date.fromisoformat(value[:10])
    except ValueError:
        return SUPPRESSED
    if level == 1:
        return f"{day.year:04d}-{day.month:02d}"
    if level == 2:
        return f"{day.year:04d}-Q{(day.month - 1) // 3 + 1}"
    return f"{day.year:04d}"


def _number_text(number: float) -> str:
    return str(int(number)) if float(number).is_integer() else f"{number:g}"


def _interval_at(value: str, width: float, origin: float) -> str:
    try:
        number = float(value)
    except ValueError:
        return SUPPRESSED
    if not math.isfinite(number):
        return SUPPRESSED
    low = origin + math.floor((number - origin) / width) * width
    if float(width).is_integer() and float(low).is_integer():
        return f"{_number_text(low)}-{_number_text(low + width - 1)}"
    return f"{_number_text(low)}-<{_number_text(low + width)}"


def date_hierarchy(name: str) -> Hierarchy:
    """Day, month, quarter, year, suppressed."""
    return Hierarchy(name, "date", ("day", "month", "quarter", "year", "suppressed"))


def interval_hierarchy(name: str, widths: tuple[float, ...], origin: float = 0.0) -> Hierarchy:
    """The number, then intervals of each width (each a multiple of the one before), then suppressed."""
    for narrow, wide in zip(widths, widths[1:]):
        if wide <= narrow or not math.isclose(wide / narrow, round(wide / narrow)):
            raise ValueError(f"interval widths {widths}: each must be a multiple of the one before")
    levels = ("value", *(f"intervals of {_number_text(w)}" for w in widths), "suppressed")
    return Hierarchy(name, "intervals", levels, widths=tuple(widths), origin=origin)


def suppression_hierarchy(name: str, multiple: bool = False) -> Hierarchy:
    """Kept as entered, or suppressed."""
    return Hierarchy(name, "suppression", ("value", "suppressed"), multiple=multiple)


def value_hierarchy(name: str, groups: dict[str, tuple[str, ...]], level_names: tuple[str, ...] = (),
                    multiple: bool = False) -> Hierarchy:
    """Values grouped level by level (``groups``: value -> its group at level 1, 2, ...).

    The top is the last level when it has one group for every value, else ``SUPPRESSED`` above it.
    Raises ValueError when it is not a tree (a group under two groups at the next level).
    """
    depth = {len(g) for g in groups.values()}
    if len(depth) > 1:
        raise ValueError(f"{name}: every value needs a group at each of the same levels")
    height = depth.pop() if depth else 0
    for level in range(height - 1):
        above: dict[str, str] = {}
        for value, path in groups.items():
            if above.setdefault(path[level], path[level + 1]) != path[level + 1]:
                raise ValueError(f"{name}: group {path[level]!r} is under both {above[path[level]]!r} and "
                                 f"{path[level + 1]!r}")
    names = list(level_names) or [f"level {i}" for i in range(1, height + 1)]
    tops = {path[-1] for path in groups.values()} if height else set()
    if height and len(tops) == 1:
        return Hierarchy(name, "values", ("value", *names), groups=dict(groups), top=tops.pop(), multiple=multiple)
    return Hierarchy(name, "values", ("value", *names, "suppressed"), groups=dict(groups), multiple=multiple)
