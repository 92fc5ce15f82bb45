"""E-mail addresses, social-media handles and links, phone numbers."""

from __future__ import annotations

import re

from fieldkit.domain.scrub.spans import Span

__all__ = ["emails", "handles", "phones"]

_EMAIL = re.compile(r"[\w.+\-]+@[\w\-]+(?:\.[\w\-]+)+", re.UNICODE)
_SITES = r"(?:facebook|fb|instagram|instagr\.am|t|telegram|vk|ok|twitter|x|tiktok|linkedin|youtube|wa|threads)"
_HANDLE = re.compile(
    r"(?:https?://)?(?:www\.|m\.)?" + _SITES + r"\.(?:com|me|ru|net|am)/[\w.\-/]+"
    r"|(?<![\w@.])@[\w.]{2,}[\w]"
    # "instagram: leyla_h", "telegramda leyla.h", "ник в телеге leyla_88": a word with _ . or digits after a site name
    r"|(?i:(?:instagram|insta|telegram|telegramda|teleqram|teleqramda|tiktok|facebook|vk|skype|imo|whatsapp|"
    r"телеграм\w*|телег\w*|инстаграм\w*|вк|ник|nick|login|username|istifadəçi adı)\s*[:\-]?\s*)"
    r"([A-Za-z][\w]*[._\d][\w.]*\w)", re.UNICODE)


def emails(text: str) -> list[Span]:
    return [Span(m.start(), m.end(), "EMAIL") for m in _EMAIL.finditer(text)]


def handles(text: str) -> list[Span]:
    spans = []
    for match in _HANDLE.finditer(text):
        if match.group(1):
            spans.append(Span(match.start(1), match.end(1), "HANDLE"))
        else:
            spans.append(Span(match.start(), match.end(), "HANDLE"))
    return spans


_LOOSE_PHONE = re.compile(r"(?<![\w+])(?:\+?\d{1,3}[\s\-.]?)?\(?\d{2,4}\)?[\s\-.]?\d{2,3}[\s\-.]?\d{2}[\s\-.]?\d{2}(?!\d)")


def phones(text: str) -> list[Span]:
    if sum(ch.isdigit() for ch in text) < 7:
        return []  # no phone number in it: the matcher is the slowest finder
    import phonenumbers

    spans = []
    for region in ("AZ", "RU", "GE", "TR", "AE"):
        for match in phonenumbers.PhoneNumberMatcher(text, region, leniency=phonenumbers.Leniency.POSSIBLE):
            digits = re.sub(r"\D", "", match.raw_string)
            if len(digits) >= 7:
                spans.append(Span(match.start, match.end, "PHONE"))
    for match in _LOOSE_PHONE.finditer(text):
        digits = re.sub(r"\D", "", match.group())
        if 9 <= len(digits) <= 13:
            spans.append(Span(match.start(), match.end(), "PHONE"))
    return spans
