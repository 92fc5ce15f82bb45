"""Word forms for matching: Turkic casefolding, Azerbaijani suffixes, possessives, transliteration.

A word in the text is matched through its *keys*: the casefolded word and the
stems left when case endings and possessives are taken off. A name is stored
through its *variants*: the same name as Azerbaijani, Turkish, Russian and
English writers spell it (Məmmədov, Mammadov, Memmedov, Мамедов).
"""

from __future__ import annotations

import re
from functools import lru_cache
from itertools import combinations, product

__all__ = ["fold", "is_placeholder", "keys", "latin", "variants"]

_TURKIC = str.maketrans({"İ": "i", "I": "ı"})


@lru_cache(maxsize=65536)
def fold(word: str) -> str:
    """Casefold as Azerbaijani and Turkish do: İ to i and I to ı, then Unicode casefold.

    Python's own casefold turns 'İ' into 'i̇' (i with a combining dot) and 'I'
    into 'i', so 'İlham' and 'ilham' would not meet. Dotted and dotless i are
    then merged (ı to i) so that 'Aydın', 'AYDIN' and 'Aydin' fold alike; ё is é's
    Russian twin and folds to е.
    """
    return word.translate(_TURKIC).casefold().replace("ı", "i").replace("ё", "е").replace("’", "'")


# Azerbaijani/Turkish case endings, possessives and copulas, longest first: a name
# 'Leyla' is met as Leylanın, Leylaya, Leyladan, Leylagil, Leylanı, Leylaymış...
_AZ_ENDINGS = sorted({
    "nın", "nin", "nun", "nün", "ın", "in", "un", "ün",
    "ya", "yə", "ye", "a", "ə", "e",
    "nı", "ni", "nu", "nü", "yı", "yi", "yu", "yü", "ı", "i", "u", "ü",
    "da", "də", "de", "ta", "te", "nda", "ndə", "nde",
    "dan", "dən", "den", "tan", "ten", "ndan", "ndən", "nden",
    "la", "lə", "le", "yla", "ylə", "yle", "ilə", "ile",
    "gil", "gilə", "gildə", "gildən", "gilin", "lar", "lər", "ler",
    "dır", "dir", "dur", "dür", "dı", "di", "du", "dü", "ydı", "ydi", "ymış", "ymiş", "mış", "miş",
    "cığaz", "cık", "cik", "ciğim", "can",
}, key=len, reverse=True)
_AZ_ENDINGS_FOLDED = sorted({fold(e) for e in _AZ_ENDINGS}, key=len, reverse=True)
# Case endings only (no copula, no past tense): a lower-case word is read with these, so that a
# verb (danışdı) is not taken for a name (Daniş).
_AZ_CASES_FOLDED = sorted({fold(e) for e in (
    "nın", "nin", "nun", "nün", "ın", "in", "un", "ün", "ya", "yə", "ye", "a", "ə", "e", "nı", "ni", "nu", "nü",
    "yı", "yi", "yu", "yü", "ı", "i", "u", "ü", "da", "də", "de", "nda", "ndə", "dan", "dən", "den", "ndan", "ndən",
    "la", "lə", "yla", "ylə", "ilə", "gil", "gilə", "gildə", "gilin")}, key=len, reverse=True)
# Russian endings on names the dictionary does not know (Məmmədova -> Мамедовой, Лейлы).
_RU_ENDINGS = ("ой", "ей", "ому", "ему", "ым", "им", "ою", "ую", "ы", "и", "е", "у", "ю", "а", "я", "ом", "ем",
               "ого", "его", "ах", "ам", "ами")
_POSSESSIVE = re.compile(r"['’`](?:s|nin|nın|nun|nün|in|ın|un|ün|a|ə|ya|yə|da|də|dan|dən|ı|i|u|ü|nı|ni|la|lə)$",
                         re.IGNORECASE)


@lru_cache(maxsize=65536)
def keys(word: str, deep: bool = True) -> tuple[str, ...]:
    """The folded word and its stems with possessives and case endings taken off (longest first).

    ``deep``: two layers of endings too (Leylagilin, Elnarəniz); a lower-case word is read with one."""
    base = fold(word).strip("'-")
    base = _POSSESSIVE.sub("", base).rstrip("'")
    found = [base]
    if "'" in base or "’" in base:  # Ayşe'yle, Hope's: the proper noun before its apostrophe
        head = re.split("['’]", base, maxsplit=1)[0]
        if len(head) >= 2:
            found.append(head)
    if len(base) < 4:
        return tuple(found)
    cyrillic = "а" <= base[-1] <= "я"
    endings = _RU_ENDINGS if cyrillic else _AZ_ENDINGS_FOLDED if deep else _AZ_CASES_FOLDED
    for ending in endings:
        if base.endswith(ending) and len(base) - len(ending) >= 3:
            stem = base[: -len(ending)]
            found.append(stem)
            if cyrillic:
                found += [stem + "а", stem + "я", stem + "ий", stem + "ь"]
            elif deep:
                # Two layers: Leylagilin, Elnarəniz; and a buffer consonant: Leylanın -> Leyla.
                for second in _AZ_ENDINGS_FOLDED:
                    if stem.endswith(second) and len(stem) - len(second) >= 3:
                        found.append(stem[: -len(second)])
                if stem.endswith(("n", "y", "s")) and len(stem) >= 4:
                    found.append(stem[:-1])
    return tuple(dict.fromkeys(found))


# -- transliteration ---------------------------------------------------------------------------

# Azerbaijani Latin as it is written without its letters (Mammadov, Memmedov) ...
_AZ_ASCII = {"ə": ("a", "e"), "ç": ("ch", "c"), "ş": ("sh", "s"), "ğ": ("g", "gh"), "ö": ("o",), "ü": ("u",),
             "x": ("kh", "x", "h"), "q": ("g", "q"), "c": ("j", "c"), "ı": ("i",), "i": ("i",)}
# ... and in Russian letters (Мамедов, Гасанова, Лейла).
_AZ_CYR = {"a": ("а",), "b": ("б",), "c": ("дж",), "ç": ("ч",), "d": ("д",), "e": ("е", "э"), "ə": ("а", "е", "я"),
           "f": ("ф",), "g": ("г",), "ğ": ("г",), "h": ("г", "х"), "x": ("х",), "ı": ("ы", "и"), "i": ("и",),
           "j": ("ж",), "k": ("к",), "q": ("г", "к"), "l": ("л",), "m": ("м",), "n": ("н",), "o": ("о",),
           "ö": ("о", "ё"), "p": ("п",), "r": ("р",), "s": ("с",), "ş": ("ш",), "t": ("т",), "u": ("у",),
           "ü": ("у", "ю"), "v": ("в",), "y": ("й",), "z": ("з",), "w": ("в",)}
_RU_LAT = {"а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "е": "e", "ж": "zh", "з": "z", "и": "i", "й": "y",
           "к": "k", "л": "l", "м": "m", "н": "n", "о": "o", "п": "p", "р": "r", "с": "s", "т": "t", "у": "u",
           "ф": "f", "х": "kh", "ц": "ts", "ч": "ch", "ш": "sh", "щ": "shch", "ъ": "", "ы": "y", "ь": "",
           "э": "e", "ю": "yu", "я": "ya"}
_CAP = 24  # variants per word: enough for the usual spellings, bounded for long names


def _expand(word: str, table: dict[str, tuple[str, ...]]) -> set[str]:
    """Spellings with the usual letter first, then with one, then two, unusual letters."""
    choices = [table.get(ch, (ch,)) for ch in word]
    primary = [c[0] for c in choices]
    out = {"".join(primary)}
    places = [i for i, c in enumerate(choices) if len(c) > 1]
    for i in places:
        for alt in choices[i][1:]:
            out.add("".join(primary[:i] + [alt] + primary[i + 1:]))
    for i, j in combinations(places, 2):
        for a, b in product(choices[i][1:], choices[j][1:]):
            spelled = list(primary)
            spelled[i], spelled[j] = a, b
            out.add("".join(spelled))
            if len(out) >= _CAP:
                return out
    return out


def latin(word: str) -> str:
    """A Russian word in plain Latin letters (Саша: sasha)."""
    return "".join(_RU_LAT.get(ch, ch) for ch in fold(word))


@lru_cache(maxsize=16384)
def variants(name: str) -> frozenset[str]:
    """Folded spellings of ``name`` in Latin Azerbaijani, plain Latin and Cyrillic."""
    base = fold(name)
    out = {base}
    if re.search(r"[а-я]", base):
        latin = "".join(_RU_LAT.get(ch, ch) for ch in base)
        out |= {latin, latin.replace("iy", "i").replace("yy", "y"), latin.replace("kh", "x")}
        return frozenset(out)
    out |= _expand(base, _AZ_ASCII)
    cyr = base.replace("ya", "я").replace("yu", "ю").replace("yo", "ё")
    cyr = "".join("я" if ch == "я" else ch for ch in cyr)
    cyrillic = {re.sub(r"([аеиоуыэяю])й([аеоуы])", r"\1\2", v)
                for v in _expand(cyr, {**_AZ_CYR, "я": ("я",), "ю": ("ю",), "ё": ("ё",)})}
    out |= {v.replace("ё", "е") for v in cyrillic}
    # Russian writers double no consonant: Məmmədov -> Мамедов
    out |= {re.sub(r"([бвгджзклмнпрстфхцчшщ])\1", r"\1", v) for v in cyrillic}
    return frozenset(out)


_PLACEHOLDER = re.compile(r"\[(?:NAME|PHONE|ID|EMAIL|ADDRESS|DATE|ACCOUNT|PLATE|HANDLE|REDACTED)\]")


def is_placeholder(text: str, start: int) -> bool:
    return bool(_PLACEHOLDER.match(text, start))
