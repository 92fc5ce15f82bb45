"""The record-aware pass: what the record itself says is identifying, found again in its free text.

At save, a record's direct answers (``contact``, names) are known before they
are sealed. Every word of them, in its usual spellings and with case endings
and possessives (Leyla: Leylanın, leyla, Leyla's, Лейлы), and every long digit
group, is taken out of the record's free text. A ``lookup`` adds the names of
every other record of the database (services keep them as keyed hashes).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from fieldkit.domain.scrub.fold import fold, keys, variants

__all__ = ["Known", "name_tokens"]

_WORD = re.compile(r"[^\W\d_]+(?:['’\-][^\W\d_]+)*", re.UNICODE)
_DIGITS = re.compile(r"\+?\d[\d\s\-().]{4,}\d")
# Words of a contact that say how to reach someone, not who they are.
_NOT_NAMES = frozenset(fold(w) for w in """
tel tel. phone mobile mob whatsapp viber telegram imo email e-mail mail via or and və ya yaxud или и через номер
telefon nömrə nömrəsi ünvan address адрес телефон сестра brother sister qardaş bacı ana ata mother father
only if call zəng звонить the of at in on by for to with daughter son qızı oğlu оглы кызы mr mrs ms xanım bəy
mail gmail yandex inbox box list com net org www http https instagram facebook telegram whatsapp
küçəsi küç prospekti pr döngəsi dalanı məhəllə məhəlləsi mənzil ev evi bina binası rayon rayonu şəhər şəhəri kənd
kəndi qəsəbə qəsəbəsi ул улица дом кв квартира район город село street road avenue apt flat house district city
village sokak sok cad caddesi mah mahallesi daire kat no
""".split())


def name_tokens(values: Iterable[str], keep: frozenset[str] = frozenset(),
                proper: Callable[[str], bool] | None = None) -> set[str]:
    """The words of ``values`` that can name a person (three letters or more, not a place or a filler).

    ``proper``: only words written with a capital, or for which ``proper`` says yes (a known name)."""
    found = set()
    for value in values:
        for match in _WORD.finditer(value or ""):
            word = fold(match.group())
            if len(word) < 3 or word in _NOT_NAMES or word in keep:
                continue
            if proper is None or match.group()[:1].isupper() or proper(word):
                found.add(word)
    return found


@dataclass
class Known:
    """Names and numbers known to identify someone: this record's own, and (``lookup``) the database's."""

    names: set[str] = field(default_factory=set)
    numbers: set[str] = field(default_factory=set)
    lookup: Callable[[str], bool] | None = None

    @classmethod
    def from_values(cls, values: Iterable[str], keep: frozenset[str] = frozenset(),
                    lookup: Callable[[str], bool] | None = None,
                    extra_keys: Callable[[str], Iterable[str]] | None = None) -> Known:
        values = [v for v in values if isinstance(v, str)]
        names: set[str] = set()
        from fieldkit.domain.scrub.lexicon import lexicons

        short_forms = lexicons().short_forms
        for word in name_tokens(values, keep):
            names |= variants(word)
            if extra_keys is not None:
                names |= set(extra_keys(word))
            # What the person is called at home: Сергей is Серёжа, Aleksandr is Sasha, Gülnarə is Güli.
            for full in (word, *(extra_keys(word) if extra_keys is not None else ())):
                names |= short_forms.get(full, frozenset())
            if len(word) >= 5 and not ("\u0400" <= word[0] <= "\u04ff"):
                names |= {word[:n] + end for n in (3, 4) for end in ("i", "ş", "ka", "cik", "can")}
        numbers = set()
        for value in values:
            for match in _DIGITS.finditer(value):
                digits = re.sub(r"\D", "", match.group())
                if len(digits) >= 5:
                    numbers.add(digits[-7:])
        return cls(names=names, numbers=numbers, lookup=lookup)

    def knows(self, word: str, more: Iterable[str] = ()) -> bool:
        """Whether ``word`` (in any of its forms, and the ``more`` keys a morphology gives) is a known name."""
        candidates = [k for k in (*keys(word), *more) if len(k) >= 3]
        if any(k in self.names for k in candidates):
            return True
        return self.lookup is not None and any(self.lookup(k) for k in candidates)

    def number_spans(self, text: str) -> list[tuple[int, int]]:
        if not self.numbers:
            return []
        spans = []
        for match in _DIGITS.finditer(text):
            digits = re.sub(r"\D", "", match.group())
            if len(digits) >= 5 and digits[-7:] in self.numbers:
                spans.append((match.start(), match.end()))
        return spans

    def __bool__(self) -> bool:
        return bool(self.names or self.numbers or self.lookup)
