"""The search of the lattice of generalisation levels for the release that loses least.

A node gives a level to each quasi-identifier. At a node, records with the same
published quasi values form a group; a group smaller than k, or with fewer
than l distinct answers in a sensitive column, is suppressed whole (left out).
A node is a release when it suppresses at most the allowed number of records.

Both conditions are monotone: generalising only merges groups, so a node above
a release is a release too, and a node below a failed node fails. The search is
exhaustive where the lattice is small (every form fieldkit ships: vot_feedback
has 720 nodes), in the order of a lower bound of the loss (the loss with no
record suppressed, which the levels alone give), skipping nodes below a known
failure, and stopping when the bound passes the best release found: the
result is optimal for the loss metric. Where the lattice has more than
``EXHAUSTIVE_LIMIT`` nodes, or the exhaustive search would evaluate more than
its budget (``WORK_BUDGET`` record-evaluations, a few seconds), a documented
heuristic: from the bottom, generalise one column at a time (the step that
suppresses fewest records, then loses least) until the node is a release, then
lower each column again while it stays one (a local optimum, like ARX's
heuristic search); the better of it and the best node found so far is kept, and
the report says the result is not proven optimal.
"""

from __future__ import annotations

import itertools
from collections import Counter
from dataclasses import dataclass
from operator import itemgetter

from fieldkit.domain.anonymise.hierarchy import Hierarchy
from fieldkit.domain.anonymise.metrics import cell_losses

__all__ = ["EXHAUSTIVE_LIMIT", "WORK_BUDGET", "Node", "Search", "Table"]

EXHAUSTIVE_LIMIT = 20_000
#: At most this many records times evaluated nodes in the exhaustive search (5,000 nodes of 1,000 records).
WORK_BUDGET = 5_000_000
_first = itemgetter(0)


@dataclass(frozen=True)
class Node:
    """One evaluated node: its levels, the records it suppresses and its loss."""

    levels: tuple[int, ...]
    suppressed: int
    loss: float
    suppressed_keys: frozenset[tuple]


class Table:
    """Quasi-identifier and sensitive columns as integer codes, per level: cheap to regroup."""

    def __init__(self, quasi: list[list[str]], hierarchies: list[Hierarchy], sensitive: list[list[str]],
                 size: int | None = None) -> None:
        self.size = size if size is not None else len(quasi[0]) if quasi else len(sensitive[0]) if sensitive else 0
        self.hierarchies = hierarchies
        self.codes: list[list[list[int]]] = []
        self.values: list[list[list[str]]] = []
        self.losses: list[list[list[float]]] = []
        self.totals: list[list[float]] = []
        for column, hierarchy in zip(quasi, hierarchies):
            distinct = sorted(set(column))
            codes, values, losses, totals = [], [], [], []
            for level in range(hierarchy.height):
                published = {v: hierarchy.generalise(v, level) for v in distinct}
                names = sorted(set(published.values()))
                number = {name: i for i, name in enumerate(names)}
                per_record = [number[published[v]] for v in column]
                loss = cell_losses(column, [published[v] for v in column])
                per_code = [loss[name] for name in names]
                codes.append(per_record)
                values.append(names)
                losses.append(per_code)
                totals.append(sum(per_code[c] for c in per_record))
            self.codes.append(codes)
            self.values.append(values)
            self.losses.append(losses)
            self.totals.append(totals)
        self.sensitive = [[number for number in _numbered(column)] for column in sensitive]

    @property
    def heights(self) -> tuple[int, ...]:
        return tuple(h.height for h in self.hierarchies)

    def keys(self, levels: tuple[int, ...]) -> list[tuple]:
        """Each record's published quasi values (as codes) at ``levels``."""
        if not levels:
            return [()] * self.size
        return list(zip(*(self.codes[c][level] for c, level in enumerate(levels))))

    def bound(self, levels: tuple[int, ...]) -> float:
        """The loss at ``levels`` if no record were suppressed: a lower bound of the loss there."""
        if not levels or not self.size:
            return 0.0
        return sum(self.totals[c][level] for c, level in enumerate(levels)) / (self.size * len(levels))

    def evaluate(self, levels: tuple[int, ...], k: int, l: int) -> Node:
        keys = self.keys(levels)
        sizes = Counter(keys)
        bad = {key for key, n in sizes.items() if n < k}
        if l > 1:
            for column in self.sensitive:
                distinct = Counter(map(_first, set(zip(keys, column))))
                bad.update(key for key, n in distinct.items() if n < l)
        suppressed = sum(sizes[key] for key in bad)
        if not self.size:
            return Node(levels, 0, 0.0, frozenset())
        columns = len(levels)
        if not columns:
            return Node(levels, suppressed, suppressed / self.size, frozenset(bad))
        lost = sum(self.totals[c][level] for c, level in enumerate(levels))
        for key in bad:
            cells = sum(self.losses[c][level][key[c]] for c, level in enumerate(levels))
            lost += sizes[key] * (columns - cells)
        return Node(levels, suppressed, lost / (self.size * columns), frozenset(bad))


def _numbered(column: list[str]) -> list[int]:
    number: dict[str, int] = {}
    return [number.setdefault(v, len(number)) for v in column]


class Search:
    """Find the release of least loss: ``run()`` gives its node, or None when no node is a release."""

    def __init__(self, table: Table, k: int, l: int, max_suppressed: int) -> None:
        self.table, self.k, self.l, self.limit = table, k, l, max_suppressed
        self.evaluated = 0
        self.nodes = 1
        for height in table.heights:
            self.nodes *= height
        self.method = "exhaustive" if self.nodes <= EXHAUSTIVE_LIMIT else "heuristic"

    def _evaluate(self, levels: tuple[int, ...]) -> Node:
        self.evaluated += 1
        return self.table.evaluate(levels, self.k, self.l)

    def _better(self, node: Node, best: Node | None) -> bool:
        if node.suppressed > self.limit:
            return False
        if best is None:
            return True
        return (round(node.loss, 12), node.suppressed, sum(node.levels), node.levels) < \
            (round(best.loss, 12), best.suppressed, sum(best.levels), best.levels)

    def run(self) -> Node | None:
        if self.method == "heuristic":
            return self._heuristic()
        best, finished = self._exhaustive()
        if finished:
            return best
        self.method = "exhaustive (stopped at its budget, not proven optimal) then heuristic"
        other = self._heuristic()
        return other if other is not None and self._better(other, best) else best

    def _exhaustive(self) -> tuple[Node | None, bool]:
        """The best release, and whether the search finished (else it ran out of its budget)."""
        heights = self.table.heights
        budget = max(50, WORK_BUDGET // max(self.table.size, 1))
        order = sorted(itertools.product(*(range(h) for h in heights)),
                       key=lambda levels: (self.table.bound(levels), sum(levels), levels))
        failed: list[tuple[int, ...]] = []  # the highest nodes known not to be releases
        best: Node | None = None
        for levels in order:
            if best is not None and self.table.bound(levels) > best.loss + 1e-12:
                break
            if any(all(a <= b for a, b in zip(levels, f)) for f in failed):
                continue  # below a failure: fails too
            if self.evaluated >= budget:
                return best, False
            node = self._evaluate(levels)
            if node.suppressed > self.limit:
                failed = [f for f in failed if not all(a <= b for a, b in zip(f, levels))] + [levels]
            elif self._better(node, best):
                best = node
        return best, True

    def _heuristic(self) -> Node | None:
        heights = self.table.heights
        current = self._evaluate(tuple(0 for _ in heights))
        while current.suppressed > self.limit:
            steps = [tuple(level + (c == i) for c, level in enumerate(current.levels))
                     for i in range(len(heights)) if current.levels[i] < heights[i] - 1]
            if not steps:
                return None
            current = min((self._evaluate(s) for s in steps), key=lambda n: (n.suppressed, n.loss, n.levels))
        improved = True
        while improved:
            improved = False
            for i in range(len(heights)):
                if current.levels[i] == 0:
                    continue
                lower = self._evaluate(tuple(level - (c == i) for c, level in enumerate(current.levels)))
                if self._better(lower, current):
                    current, improved = lower, True
        return current
