"""Anonymisation for data that goes beyond HQ: generalise, then reach k-anonymity.

Quasi-identifiers are first generalised (dates to the month, ages to bands);
then cells are suppressed (written ``suppressed``) until every row matches at
least k-1 others on all quasi columns, a suppressed cell matching anything.
The greedy choice suppresses, in the rarest row, the cell whose suppression
gains it the most matches, so few cells go. If reaching k would take more than
a set share of the quasi cells, nothing is released and the reason is given.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from typing import Any

__all__ = ["SUPPRESSED", "AnonymisationRefused", "PrivacyReport", "generalise", "k_anonymise", "k_of"]

SUPPRESSED = "suppressed"
_AGE_BANDS = ((0, 17, "under_18"), (18, 24, "18_24"), (25, 34, "25_34"), (35, 44, "35_44"), (45, 200, "45_plus"))


class AnonymisationRefused(ValueError):
    """k cannot be reached without suppressing more than allowed."""


@dataclass
class PrivacyReport:
    k: int
    k_reached: int
    rows: int
    rows_suppressed: int
    cells_suppressed: int
    quasi_columns: list[str]
    l_diversity: dict[str, int] = field(default_factory=dict)
    method: str = ("generalisation (dates to month, ages to bands) then greedy cell suppression to "
                   "k-anonymity; a suppressed cell matches any value")


def generalise(value: Any, kind: str, name: str = "") -> Any:
    """A quasi-identifier made coarser: a date to its month, an age to its band."""
    if value in (None, ""):
        return value
    if kind in ("date", "today"):
        try:
            return dt.date.fromisoformat(str(value)[:10]).strftime("%Y-%m")
        except ValueError:
            return SUPPRESSED
    if kind in ("integer", "decimal", "range") and "age" in name.lower():
        for low, high, band in _AGE_BANDS:
            if low <= float(value) <= high:
                return band
    if isinstance(value, list):
        return " ".join(str(v) for v in value)
    return value


def _matches(a: tuple, b: tuple) -> bool:
    return all(x == y or x == SUPPRESSED or y == SUPPRESSED for x, y in zip(a, b))


def _counts(keys: list[tuple]) -> list[int]:
    exact = Counter(keys)
    if not any(SUPPRESSED in key for key in exact):
        return [exact[key] for key in keys]
    distinct = list(exact)
    per_key = {key: sum(n for other, n in exact.items() if _matches(key, other)) for key in distinct}
    return [per_key[key] for key in keys]


def k_of(rows: list[dict[str, Any]], quasi: list[str]) -> int:
    """The k the rows reach on the quasi columns (a suppressed cell matches anything)."""
    if not rows:
        return 0
    return min(_counts([tuple(r.get(q) for q in quasi) for r in rows]))


def k_anonymise(rows: list[dict[str, Any]], quasi: list[str], k: int, max_share: float = 0.2,
                sensitive: list[str] | None = None) -> tuple[list[dict[str, Any]], PrivacyReport]:
    """Suppress the fewest cells (greedily) so that the rows are k-anonymous on ``quasi``."""
    if k < 1:
        raise ValueError("k must be at least 1")
    rows = [dict(r) for r in rows]
    report = PrivacyReport(k, 0, len(rows), 0, 0, list(quasi))
    if not rows:
        return rows, report
    if not quasi:
        report.k_reached = len(rows)
        return rows, report
    if len(rows) < k:
        raise AnonymisationRefused(f"only {len(rows)} records: fewer than k = {k}, so no release can be anonymous")
    budget = int(max_share * len(rows) * len(quasi))
    suppressed = 0
    while True:
        keys = [tuple(r.get(q) for q in quasi) for r in rows]
        counts = _counts(keys)
        worst = min(range(len(rows)), key=lambda i: counts[i])
        if counts[worst] >= k:
            break
        best_gain, best_column = -1, None
        for column, name in enumerate(quasi):
            if keys[worst][column] == SUPPRESSED:
                continue
            trial = list(keys[worst])
            trial[column] = SUPPRESSED
            gain = sum(1 for other in keys if _matches(tuple(trial), other))
            if gain > best_gain:
                best_gain, best_column = gain, name
        if best_column is None:  # all suppressed already; cannot happen while len(rows) >= k
            break
        rows[worst][best_column] = SUPPRESSED
        suppressed += 1
        if suppressed > budget:
            raise AnonymisationRefused(
                f"reaching k = {k} would suppress more than {int(100 * max_share)} % of the quasi-identifier "
                f"cells ({suppressed} of {len(rows) * len(quasi)} so far); collect more records or lower k")
    report.cells_suppressed = suppressed
    report.rows_suppressed = sum(1 for r in rows if any(r.get(q) == SUPPRESSED for q in quasi))
    report.k_reached = k_of(rows, quasi)
    classes: dict[tuple, list[dict[str, Any]]] = defaultdict(list)
    for row in rows:
        classes[tuple(row.get(q) for q in quasi)].append(row)
    for name in sensitive or []:
        report.l_diversity[name] = min(len({str(r.get(name)) for r in members}) for members in classes.values())
    return rows, report
