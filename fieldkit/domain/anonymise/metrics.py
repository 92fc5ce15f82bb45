"""Information loss and re-identification risk of a release.

Loss: the generalised loss metric of Iyengar (2002), which ARX calls "Loss".
Each published quasi-identifier cell costs (m - 1) / (M - 1), where m is the
number of distinct values of that column in the data that its published value
covers and M the number of distinct values of the column in the data (0 when
M is 1); a suppressed record costs 1 in every quasi column. The loss of a
release is the mean over all cells of all records: 0 is the data as entered,
1 is nothing left of the quasi-identifiers.

Risk: prosecutor risk, for an attacker who knows that the victim is in the
release and knows the victim's quasi-identifiers: 1 / (size of the group of
published records that share them). The report gives its maximum (1 / the
smallest group, at most 1 / k) and its mean over the published records.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable

__all__ = ["cell_losses", "mean_prosecutor_risk", "max_prosecutor_risk"]


def cell_losses(originals: list[str], published: list[str]) -> dict[str, float]:
    """The loss of each published value: ``originals[i]`` was published as ``published[i]``."""
    distinct = len(set(originals))
    covered: dict[str, set[str]] = {}
    for original, value in zip(originals, published):
        covered.setdefault(value, set()).add(original)
    if distinct <= 1:
        return {value: 0.0 for value in covered}
    return {value: (len(members) - 1) / (distinct - 1) for value, members in covered.items()}


def max_prosecutor_risk(class_sizes: Iterable[int]) -> float:
    """1 / the smallest group (0 for an empty release)."""
    sizes = [n for n in class_sizes if n]
    return 1 / min(sizes) if sizes else 0.0


def mean_prosecutor_risk(class_sizes: Iterable[int]) -> float:
    """The mean over published records of 1 / their group's size: groups / records."""
    sizes = [n for n in class_sizes if n]
    return len(sizes) / sum(sizes) if sizes else 0.0


def class_sizes(keys: Iterable[tuple]) -> list[int]:
    """The size of each group of equal keys."""
    return list(Counter(keys).values())
