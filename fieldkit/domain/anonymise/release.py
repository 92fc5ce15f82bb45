"""An anonymised release of one form's records: the search, the published rows and the report."""

from __future__ import annotations

import random
from collections import Counter
from dataclasses import dataclass, field
from typing import Any

from fieldkit.domain.anonymise.hierarchy import Hierarchy, cell_text
from fieldkit.domain.anonymise.lattice import Search, Table
from fieldkit.domain.anonymise.metrics import max_prosecutor_risk, mean_prosecutor_risk
from fieldkit.domain.messages import Message

__all__ = ["MIN_K", "MIN_L", "AnonymisationRefused", "ChosenLevel", "check_parameters", "PrivacyReport", "Release", "anonymise", "LOSS_METRIC"]

LOSS_METRIC = "generalised loss metric (Iyengar 2002; ARX's Loss): 0 = as entered, 1 = nothing left"

TOO_FEW = ("form {form}: only {records} record(s), fewer than k = {k}: no release can hide a victim among {k}; "
           "collect more records first")
NOT_DIVERSE = ("form {form}: l = {l} cannot be met even with every quasi-identifier at its top level: {columns} "
               "have fewer than {l} different answers among the {records} records")


WEAK_K = ("k = {k} is too small: form {form} has privacy marks (victims' data), so an anonymised release needs k "
          "of {minimum} or more (11 for a public one)")
WEAK_L = ("l = {l} is too small: form {form} has sensitive columns ({columns}), so an anonymised release needs l of "
          "{minimum} or more")
BAD_SHARE = "the suppression limit {share} is not a share of the records between 0 and 0.5 (0.05 is 5 %)"
#: The smallest k and l an anonymised release of a form with privacy marks may have.
MIN_K, MIN_L = 5, 2


class AnonymisationRefused(ValueError):
    """No release meets k, l and the suppression limit; the message says what stands in the way."""


def check_parameters(form: str, k: int, l: int, *, marked: bool, sensitive: list[str],
                     max_suppressed: float = 0.05) -> None:
    """Refuse a k or l too weak for victims' data, or a suppression limit that is no share."""
    if marked and k < MIN_K:
        raise AnonymisationRefused(Message(WEAK_K, k=k, form=form, minimum=MIN_K))
    if k < 1:
        raise AnonymisationRefused(Message(WEAK_K, k=k, form=form, minimum=1))
    if sensitive and l < MIN_L:
        raise AnonymisationRefused(Message(WEAK_L, l=l, form=form, columns=", ".join(sensitive), minimum=MIN_L))
    if not 0 <= max_suppressed <= 0.5:
        raise AnonymisationRefused(Message(BAD_SHARE, share=max_suppressed))


@dataclass(frozen=True)
class ChosenLevel:
    """The level the search chose for one quasi-identifier."""

    column: str
    level: int
    name: str
    height: int
    values: tuple[str, ...]  # the distinct published values

    def __str__(self) -> str:
        shown = ", ".join(self.values[:6]) + (", …" if len(self.values) > 6 else "")
        return f"{self.column}: {self.name} (level {self.level} of {self.height - 1}: {shown})"


@dataclass
class PrivacyReport:
    form: str
    k: int
    l: int
    records: int
    published: int
    suppressed: int
    max_suppressed: int
    k_reached: int
    l_reached: dict[str, int]
    max_risk: float
    mean_risk: float
    loss: float
    levels: list[ChosenLevel]
    sensitive: list[str]
    search: str
    left_out: dict[str, str] = field(default_factory=dict)
    metric: str = LOSS_METRIC


@dataclass
class Release:
    rows: list[dict[str, Any]]
    report: PrivacyReport


def _refuse_impossible(form: str, rows: list[dict[str, Any]], k: int, l: int, sensitive: list[str]) -> None:
    if len(rows) < k:
        raise AnonymisationRefused(Message(TOO_FEW, form=form, records=len(rows), k=k))
    poor = [name for name in sensitive if len({cell_text(r.get(name)) for r in rows}) < l]
    if poor:
        raise AnonymisationRefused(Message(NOT_DIVERSE, form=form, l=l, columns=", ".join(poor), records=len(rows)))


def anonymise(form: str, rows: list[dict[str, Any]], hierarchies: list[Hierarchy], sensitive: list[str], *,
              k: int, l: int = 2, max_suppressed: float = 0.05, shuffle: bool = True) -> Release:
    """The release of ``rows`` that loses least, k-anonymous and l-diverse on ``sensitive``.

    ``hierarchies``: one per quasi-identifier (its field is the row key). Groups that fail are left
    out whole; at most ``max_suppressed`` (a share) of the records may go. The published rows hold
    the quasi-identifiers generalised and everything else as given, in a secure random order.
    """
    if k < 1 or l < 1:
        raise ValueError("k and l must be at least 1")
    if not 0 <= max_suppressed <= 1:
        raise AnonymisationRefused(Message(BAD_SHARE, share=max_suppressed))
    quasi = [h.field for h in hierarchies]
    if not rows:
        return Release([], PrivacyReport(form, k, l, 0, 0, 0, 0, 0, {}, 0.0, 0.0, 0.0, [], list(sensitive), "none"))
    # Without quasi-identifiers or sensitive columns there is nothing to match a victim on, nor to learn.
    need = k if hierarchies or sensitive else 1
    _refuse_impossible(form, rows, need, l if sensitive else 1, sensitive)
    table = Table([[cell_text(r.get(q)) for r in rows] for q in quasi], hierarchies,
                  [[cell_text(r.get(s)) for r in rows] for s in sensitive], size=len(rows))
    limit = int(max_suppressed * len(rows) + 1e-9)
    search = Search(table, need, l if sensitive else 1, limit)
    node = search.run()
    if node is None:  # the top node always is a release once _refuse_impossible passed; kept for safety
        raise AnonymisationRefused(Message(TOO_FEW, form=form, records=len(rows), k=k))
    keys = table.keys(node.levels)
    published: list[dict[str, Any]] = []
    for row, key in zip(rows, keys):
        if key in node.suppressed_keys:
            continue
        out = dict(row)
        for c, name in enumerate(quasi):
            out[name] = table.values[c][node.levels[c]][key[c]]
        published.append(out)
    if shuffle:
        random.SystemRandom().shuffle(published)  # no order that follows the sealed export or the entry
    sizes = list(Counter(key for key in keys if key not in node.suppressed_keys).values())
    l_reached = {}
    for name in sensitive:
        groups: dict[tuple, set[str]] = {}
        for row in published:
            groups.setdefault(tuple(row[q] for q in quasi), set()).add(cell_text(row.get(name)))
        l_reached[name] = min((len(v) for v in groups.values()), default=0)
    levels = [ChosenLevel(h.field, level, h.levels[level], h.height, tuple(
        sorted({table.values[c][level][key[c]] for key in keys if key not in node.suppressed_keys})))
        for c, (h, level) in enumerate(zip(hierarchies, node.levels))]
    report = PrivacyReport(
        form=form, k=k, l=l, records=len(rows), published=len(published), suppressed=node.suppressed,
        max_suppressed=limit, k_reached=min(sizes, default=0), l_reached=l_reached,
        max_risk=max_prosecutor_risk(sizes), mean_risk=mean_prosecutor_risk(sizes), loss=node.loss, levels=levels,
        sensitive=list(sensitive),
        search=f"{search.method} search of {search.nodes} combinations of levels ({search.evaluated} evaluated)")
    return Release(published, report)
