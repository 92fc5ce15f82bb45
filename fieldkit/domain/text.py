"""Text folding for search: Azerbaijani, Russian and English typed any way.

Folding makes a search find what was meant, not only what was typed exactly:
case is ignored; the four Azerbaijani/Turkish i's (I ı İ i) are one letter, so
"ilham" finds "İlham" and "INTERNAL" finds "internal"; accents are ignored, so
a keyboard without ə ş ç ğ ö ü still finds "Şəki" by "seki"; Cyrillic ё is е.
"""

from __future__ import annotations

import unicodedata

__all__ = ["fold"]

_BEFORE_CASE = str.maketrans({"İ": "i", "I": "i", "ı": "i"})
_LETTERS = str.maketrans({"ə": "e", "ё": "е", "ß": "ss"})


def fold(text: str) -> str:
    """The search form of ``text``: lower case, one i, no accents, single spaces."""
    folded = text.translate(_BEFORE_CASE).casefold().translate(_LETTERS)
    decomposed = unicodedata.normalize("NFKD", folded)
    # Drop combining marks (ş -> s, ü -> u) but keep Cyrillic й as й, which is
    # a letter of its own in Russian, not an accented и.
    kept = []
    for i, char in enumerate(decomposed):
        if unicodedata.combining(char):
            if char == "\u0306" and i and decomposed[i - 1] in "иИ":
                kept.append(char)
            continue
        kept.append(char)
    return " ".join(unicodedata.normalize("NFC", "".join(kept)).split())
