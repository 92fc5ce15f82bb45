"""E-mail addresses, social-media handles and links, phone numbers."""

from __future__ import annotations

import re

from fieldkit.domain.scrub.spans import Span

__all__ = ["emails", "handles", "phones"]

# Anchored at the start of a run: unanchored, a long word without '@' costs the square of its length.
_EMAIL = re.compile(r"(?<![\w.+\-])[\w.+\-]+@[\w\-]+(?:\.[\w\-]+)+", re.UNICODE)
_SITES = r"(?:facebook|fb|instagram|instagr\.am|t|telegram|vk|ok|twitter|x|tiktok|linkedin|youtube|wa|threads)"
_HANDLE = re.compile(
    r"(?:https?://)?(?:www\.|m\.)?" + _SITES + r"\.(?:com|me|ru|net|am)/[\w.\-/@]+"
    r"|(?<![\w@.])@[\w.]{2,}[\w]"
    # "instagram: leyla_h", "telegramda leyla.h", "ник в телеге leyla_88": a word with _ . or digits after a site name
    r"|(?i:(?:instagram|insta|telegram|telegramda|teleqram|teleqramda|tiktok|facebook|vk|skype|imo|whatsapp|"
    r"телеграм\w*|телег\w*|инстаграм\w*|вк|ник|nick|login|username|istifadəçi adı)\s*[:\-]?\s*)"
    r"([A-Za-z][\w]*[._\d][\w.]*\w)", re.UNICODE)


# Written out to dodge robots: "leman dot aliyeva at gmail dot com", "nigar.h(at)mail.ru",
# "rustam_1990 [at] yandex [dot] ru", "elvin_agent @ gmail.com", "x собака mail.ru". The domain must end
# on a known top-level domain, so "at home" or "at the station" never reads as one.
_PART = r"[\w\-]+"
_DOT = r"(?:\s*\.\s*|\s*[(\[{]\s*(?i:dot|точка|nöqtə)\s*[)\]}]\s*|\s+(?i:dot|точка|nöqtə)\s+)"
_AT = r"(?:\s*@\s*|\s*[(\[{]\s*(?i:at|собака)\s*[)\]}]\s*|\s+(?i:at|собака|собачка)\s+)"
_TLD = r"(?i:com|ru|az|net|org|tr|ua|info|me|io|co|uk|de|kz|ge|by|ae|mail|biz)"
_EMAIL_SPELLED = re.compile(r"(?<![\w.+\-])" + _PART + r"(?:" + _DOT + _PART + r"){0,3}(?:\s\d{2,4})?" + _AT + _PART +
                            r"(?:" + _DOT + _PART + r"){0,2}?" + _DOT + _TLD + r"(?![\w])")


def emails(text: str) -> list[Span]:
    spans = [Span(m.start(), m.end(), "EMAIL") for m in _EMAIL.finditer(text)] if "@" in text else []
    return spans + [Span(m.start(), m.end(), "EMAIL") for m in _EMAIL_SPELLED.finditer(text)
                    if not _EMAIL.fullmatch(m.group())]


# A login-shaped word: Latin letters joined by '_' (vip_vakansii, maryam_dxb) is a handle wherever it
# stands; joined by '.' (aysu.dubai.jobs) after a site or page word within a few words.
_UNDERSCORED = re.compile(r"(?<![\w@./])[A-Za-z][A-Za-z0-9]*(?:_[A-Za-z0-9]+)+(?:\.[A-Za-z0-9_]+)*(?![\w@])")
_DOTTED = re.compile(
    r"(?i:instagram\w*|insta\w*|инст\w*|ig\b|тикток\w*|вконтакте|skype|скайп\w*|telegram\w*|teleqram\w*|tiktok\w*|facebook\w*|səhifə\w*|page|profile|profil\w*|"
    r"channel|kanal\w*|канал\w*|страниц\w*|аккаунт\w*|account|hesab\w*|ник\w*|snapchat|username|login)"
    r"[^.!?\n]{0,25}?(?<![\w.@/])([a-z][a-z0-9]*(?:\.[a-z0-9]+)+)(?![\w@/])")


def handles(text: str) -> list[Span]:
    spans = [Span(m.start(), m.end(), "HANDLE") for m in _UNDERSCORED.finditer(text)]
    spans += [Span(m.start(1), m.end(1), "HANDLE") for m in _DOTTED.finditer(text)]
    for match in _HANDLE.finditer(text):
        if match.group(1):
            spans.append(Span(match.start(1), match.end(1), "HANDLE"))
        else:
            spans.append(Span(match.start(), match.end(), "HANDLE"))
    return spans


_LOOSE_PHONE = re.compile(
    r"(?<![\w+])(?:\+?\d{1,3}[\s\-.]?)?\(?\d{2,4}\)?[\s\-.]?\d{2,3}[\s\-.]?\d{2}[\s\-.]?\d{2}(?!\d)"
    # international, any grouping: +971 50 123 4567, +90 (532) 123 45 67
    r"|\+\d{1,3}[\s\-.]?\(?\d{1,4}\)?(?:[\s\-.]?\d{2,4}){2,4}(?!\d)"
    # national with a trunk 0: 0532 123 4567, 050 123 4567 (Turkey, the Emirates, Georgia)
    r"|(?<![\w+])0\d{2,3}[\s\-.]?\d{3}[\s\-.]?\d{2,4}(?!\d)")


_AMOUNT_AFTER = re.compile(r"\s*(?:manat|azn|usd|dollar|\$|€|₼|euro|avro|евро|рубл|руб|rubl|lira|tl|aed|dirham|"
                           r"дирхам|доллар|ман|gel|lari|лари|%|percent|faiz|процент)", re.IGNORECASE)
_AMOUNT_BEFORE = re.compile(r"(?:\$|€|₼|AZN|USD|EUR|RUB|TL|AED)\s*$")


def _amount(text: str, start: int, end: int) -> bool:
    return bool(_AMOUNT_AFTER.match(text, end) or _AMOUNT_BEFORE.search(text[max(0, start - 5):start]))


def phones(text: str) -> list[Span]:
    return [s for s in _phones(text) if not _amount(text, s.start, s.end)]


def _phones(text: str) -> list[Span]:
    if sum(ch.isdigit() for ch in text) < 7:
        return []  # no phone number in it: the matcher is the slowest finder
    import phonenumbers

    spans = []
    # Azerbaijan's and Russia's plans by the library; other countries' by the patterns below, which
    # are ten times faster than three more passes of the matcher.
    for region in ("AZ", "RU"):
        for match in phonenumbers.PhoneNumberMatcher(text, region, leniency=phonenumbers.Leniency.POSSIBLE):
            digits = re.sub(r"\D", "", match.raw_string)
            if len(digits) >= 7:
                spans.append(Span(match.start, match.end, "PHONE"))
    for match in _LOOSE_PHONE.finditer(text):
        digits = re.sub(r"\D", "", match.group())
        if 9 <= len(digits) <= 13:
            spans.append(Span(match.start(), match.end(), "PHONE"))
    return spans
