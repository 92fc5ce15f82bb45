"""Scrubbing as the saves do it: Russian morphology, the record's own identifiers, the database's names.

``record_scrubber`` is built once per save from the record's direct answers
(before they are sealed): every word of them, in its spellings and forms, is
taken out of the record's free text. The same words go, as keyed hashes
(HMAC-SHA256 with the database's secret), into the database's list of names,
which every free-text answer of every record is checked against.
"""

from __future__ import annotations

import hashlib
import hmac
from collections.abc import Callable, Iterable

from fieldkit.domain.scrub import Known, lexicons, name_tokens, scrub
from fieldkit.domain.scrub.fold import variants
from fieldkit.services.morphology import russian
from fieldkit.services.workspace import Workspace
from fieldkit.store import name_keys

__all__ = ["digest", "record_scrubber", "remember_names", "scrub_text"]


def scrub_text(text: str, known: Known | None = None) -> str:
    """``text`` scrubbed with Russian morphology (and ``known``, the record-aware pass, if given)."""
    return scrub(text, known=known, morphology=russian())


def digest(secret: bytes, key: str) -> bytes:
    return hmac.digest(secret, key.encode("utf-8"), "sha256")[:16]


def _cyrillic_keys(word: str) -> tuple[str, ...]:
    return russian().name_keys(word) if "\u0400" <= word[:1] <= "\u04ff" else ()


class _DatabaseNames:
    """The database's name list, read once per workspace and kept in memory as digests."""

    def __init__(self, workspace: Workspace) -> None:
        self.secret = name_keys.secret(workspace.db)
        self.digests = name_keys.all_digests(workspace.db)

    def __call__(self, key: str) -> bool:
        return bool(self.digests) and digest(self.secret, key) in self.digests


def _database_names(workspace: Workspace) -> _DatabaseNames | None:
    names = getattr(workspace, "_scrub_names", None)
    if names is None:
        try:
            names = _DatabaseNames(workspace)
        except LookupError:
            return None
        workspace._scrub_names = names  # type: ignore[attr-defined]
    return names


def _keys_of(values: Iterable[str]) -> set[str]:
    """The keys the database remembers: a contact's words written with a capital or known as names
    (so that 'küçəsi' or 'sister' typed into a contact never becomes a name everywhere)."""
    words = lexicons()
    found: set[str] = set()
    for word in name_tokens(values, words.keep, proper=words.is_name):
        found |= variants(word)
        found |= set(_cyrillic_keys(word))
    return found


def remember_names(workspace: Workspace, values: Iterable[str]) -> int:
    """Add the name words of ``values`` to the database's keyed-hash list; return how many were new."""
    names = _database_names(workspace)
    if names is None:
        return 0
    new = {digest(names.secret, key) for key in _keys_of(values)} - names.digests
    if not new:
        return 0
    added = name_keys.add(workspace.db, new)
    names.digests |= new
    return added


def record_scrubber(workspace: Workspace, direct_values: Iterable[str], *, remember: bool = True
                    ) -> Callable[[str], str]:
    """A scrub function for one record's free text, knowing its direct answers and the database's names.

    ``remember``: add the direct answers' names to the database's list too."""
    values = [v for v in direct_values if isinstance(v, str) and v.strip()]
    if values and remember:
        remember_names(workspace, values)
    known = Known.from_values(values, keep=lexicons().keep, lookup=_database_names(workspace),
                              extra_keys=_cyrillic_keys)
    return lambda text: scrub_text(text, known)
