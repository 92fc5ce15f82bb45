"""Russian morphology for the scrubber: pymorphy3 (OpenCorpora dictionary), loaded once, lazily.

Its Name, Surn and Patr tags find names in any case (Марии, Гусейновой,
Виталием Орловым) and its other tags tell ordinary words (вера, роман) and
places (Москве) apart. It stays in services so that the domain is stdlib only.
"""

from __future__ import annotations

import threading
from functools import lru_cache

from fieldkit.domain.scrub.fold import fold

__all__ = ["RussianMorphology", "russian"]

_NAME_TAGS = frozenset({"Name", "Surn", "Patr"})
_PLACE_TAGS = frozenset({"Geox", "Orgn", "Trad"})


class RussianMorphology:
    """fieldkit.domain.scrub.Morphology over pymorphy3; the analyser is built on first use."""

    def __init__(self) -> None:
        self._analyzer = None
        self._lock = threading.Lock()

    def _parse(self, word: str) -> list:
        if self._analyzer is None:
            with self._lock:
                if self._analyzer is None:
                    import pymorphy3

                    self._analyzer = pymorphy3.MorphAnalyzer()
        return self._analyzer.parse(word)

    @lru_cache(maxsize=65536)
    def _facts(self, word: str) -> tuple[tuple[str, ...], bool]:
        parses = self._parse(word)
        if not parses:
            return (), False
        known = self._analyzer.word_is_known(word)  # type: ignore[union-attr]
        top = parses[0]
        if known:
            names = tuple(dict.fromkeys(fold(p.normal_form) for p in parses
                                        if p.score >= 0.05 and _NAME_TAGS & p.tag.grammemes))
            # Every likely parse, not a name, that is a word of the language or a place
            common = any(p.score >= 0.2 and not (_NAME_TAGS & p.tag.grammemes) for p in parses)
        else:
            # An unknown word: the predictor's guess counts only when its best parse is a name.
            names = (fold(top.normal_form),) if _NAME_TAGS & top.tag.grammemes else ()
            common = False
        if _PLACE_TAGS & top.tag.grammemes:
            names, common = (), True
        return names, common

    def name_keys(self, word: str) -> tuple[str, ...]:
        return self._facts(word)[0]

    def is_common(self, word: str) -> bool:
        return self._facts(word)[1]


_RUSSIAN: RussianMorphology | None = None


def russian() -> RussianMorphology:
    global _RUSSIAN
    if _RUSSIAN is None:
        _RUSSIAN = RussianMorphology()
    return _RUSSIAN
