"""The word lists the finders read: data files under ``resources/lexicons/``, loaded once.

first_names.txt, last_names.txt and places.txt are generated from Faker by
tools/make_lexicons.py; common_words.txt, diminutives_ru.txt and
places_extra.txt are written by hand. Every entry is folded (fold.fold).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from fieldkit.domain.scrub.fold import fold, latin, variants

__all__ = ["Lexicons", "lexicons"]


@dataclass(frozen=True)
class Lexicons:
    first: frozenset[str]
    last: frozenset[str]
    common: frozenset[str]   # names that are also ordinary words
    keep: frozenset[str]     # places, institutions, months, function words
    diminutive: dict[str, str]  # short form -> full name
    short_forms: dict[str, frozenset[str]]  # full name (Cyrillic or Latin) -> its short forms, in both scripts

    def is_first(self, key: str) -> bool:
        return key in self.first or key in self.diminutive

    def is_name(self, key: str) -> bool:
        return key in self.first or key in self.last or key in self.diminutive


def _lines(path: Path) -> list[str]:
    if not path.is_file():
        return []
    return [line for line in path.read_text(encoding="utf-8").splitlines() if line.strip() and
            not line.startswith("#")]


def _words(path: Path) -> set[str]:
    return {fold(word) for line in _lines(path) for word in line.split()}


@lru_cache(maxsize=4)
def lexicons(folder: Path | None = None) -> Lexicons:
    """The lexicons in ``folder`` (default: the installed resources), read once."""
    if folder is None:
        from fieldkit import resources_dir

        folder = resources_dir() / "lexicons"
    generated: set[str] = set()
    for line in _lines(folder / "places.txt"):
        entry = fold(line.strip())
        generated.add(entry)
        if " " in entry:
            generated |= {w for w in entry.split() if len(w) >= 5}
    last = frozenset(_words(folder / "last_names.txt"))
    diminutive: dict[str, str] = {}
    short_forms: dict[str, set[str]] = {}
    for line in _lines(folder / "diminutives_ru.txt"):
        full, *short = (fold(w) for w in line.split())
        spelled = set(short) | {latin(w) for w in short}
        for key in (full, latin(full)):
            short_forms.setdefault(key, set()).update(spelled)
        for word in short:
            diminutive.setdefault(word, full)
            diminutive.setdefault(latin(word), full)
    extra = {spelled for word in _words(folder / "first_names_extra.txt") for spelled in variants(word)}
    first = frozenset(_words(folder / "first_names.txt") | extra)
    # A generated place that is also a first name is a name (Aydın is a city, and a man);
    # the hand-written places stay places (Bakı, though Baki is a name too).
    # A village named like a family (Cəfərli, Qasımlı) is taken for the family.
    keep = _words(folder / "places_extra.txt") | {
        w for w in generated - first - last if not w.endswith(("li", "lu", "lü", "ov", "ova", "yev", "yeva"))}
    return Lexicons(first=first, last=last, common=frozenset(_words(folder / "common_words.txt")),
                    keep=frozenset(keep), diminutive=diminutive,
                    short_forms={k: frozenset(v) for k, v in short_forms.items()})
