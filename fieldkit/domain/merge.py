"""Merging a record that arrives from another laptop: insert, update, skip or conflict.

Each record carries its revision, the hash of its content, and its
*ancestors*: every (revision, hash) it descends from, its own included. A
record that arrives descends from the local one when the local (revision, hash)
is among its ancestors and its revision is higher; then it replaces it. When
the local one already descends from the arrival, the arrival is old news. Anything else is two laptops having
changed the same record differently: a conflict, never a silent overwrite.

A deletion is a revision too: deleting revision N makes revision N+1, whose
hash is ``deletion_marker(uuid, N+1)`` (no content: any laptop deleting the
same revision makes the same one), and which descends from the record's
ancestors. So ``decide`` orders it against edits like any revision: a
deletion of what HQ has is an update, an old deletion is old news, and a
deletion of revision N meeting an edit of revision N elsewhere is a conflict.
A restore is a further revision, descending from the deletion.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass

__all__ = ["INSERT", "UNCHANGED", "UPDATE", "CONFLICT", "Version", "decide", "deletion_marker", "parse_ancestors",
           "format_ancestors"]

INSERT, UNCHANGED, UPDATE, CONFLICT = "insert", "unchanged", "update", "conflict"

Ancestor = tuple[int, str]


@dataclass(frozen=True)
class Version:
    revision: int
    sha256: str
    ancestors: frozenset[Ancestor]

    @property
    def key(self) -> Ancestor:
        return (self.revision, self.sha256)


def decide(local: Version | None, incoming: Version) -> str:
    """What to do with ``incoming`` given the local version of the same record."""
    if local is None:
        return INSERT
    if local.key == incoming.key or incoming.key in local.ancestors:
        return UNCHANGED  # the same, or old news
    if local.key in incoming.ancestors:
        # A later revision descends from ours: take it. The same revision in
        # another form (a copy whose private fields were withheld or sealed on
        # the way) is not news.
        return UPDATE if incoming.revision > local.revision else UNCHANGED
    return CONFLICT


def deletion_marker(uuid: str, revision: int) -> str:
    """The hash of revision ``revision`` of record ``uuid`` when that revision is its deletion.

    It hashes no content (a content hash is of a JSON object, so the two never meet), and it
    can be checked: a tombstone whose hash is not this is forged or damaged."""
    return hashlib.sha256(f"fieldkit-deleted\n{uuid}\n{revision}".encode()).hexdigest()


def format_ancestors(ancestors: frozenset[Ancestor] | set[Ancestor]) -> str:
    """'1:ab12… 2:cd34…', oldest first: how ancestors travel in a workbook."""
    return " ".join(f"{revision}:{sha}" for revision, sha in sorted(ancestors))


def parse_ancestors(text: str) -> frozenset[Ancestor]:
    """The inverse of ``format_ancestors``; ValueError on anything else."""
    found = set()
    for part in text.split():
        if not _ANCESTOR.fullmatch(part):
            raise ValueError(f"{part[:20]!r} is not revision:sha256")
        revision, _, sha = part.partition(":")
        found.add((int(revision), sha))
    return frozenset(found)


_ANCESTOR = re.compile(r"[0-9]{1,9}:[0-9a-f]{64}")
