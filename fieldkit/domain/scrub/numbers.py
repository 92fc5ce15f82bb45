"""Identity documents (FIN, passports), bank accounts and cards, vehicle plates."""

from __future__ import annotations

import re

from fieldkit.domain.scrub.spans import Span

__all__ = ["accounts", "documents", "plates"]

_IBAN = re.compile(r"\b[A-Z]{2}\d{2}(?:\s?[A-Z0-9]{4}){2,7}(?:\s?[A-Z0-9]{1,4})?\b")
_CARD = re.compile(r"\b(?:\d[ \-]?){12,18}\d\b")
_PLATE = re.compile(
    r"\b\d{2}\s?[-‐]?\s?[A-Z]{2}\s?[-‐]?\s?\d{3}\b"                     # Azerbaijan 10-AB-123
    r"|\b[ABEKMHOPCTYXАВЕКМНОРСТУХ]\s?\d{3}\s?[ABEKMHOPCTYXАВЕКМНОРСТУХ]{2}\s?\d{2,3}\b"  # Russia А123ВС 77
    r"|\b\d{2}\s[A-Z]{1,3}\s\d{2,4}\b"                                 # Turkey 34 ABC 123
    r"|\b[A-Z]{2}-\d{3}-[A-Z]{2}\b"                                     # Georgia AB-123-CD
    r"|(?i:(?:plates?(?:\s+number)?|nömrə\s*nişanı|номер\s+машины|госномер|plaka|dövlət\s+nömrəsi)\s*[:\-]?\s*)"
    r"([A-ZА-Я0-9][A-ZА-Я0-9\s\-]{3,10}\d)"
    # the Emirates: the emirate, a letter or code, up to five digits (Dubai A 12345, Sharjah 3 45678)
    r"|\b(?:Dubai|Abu\s+Dhabi|Sharjah|Ajman|Fujairah|Ras\s+Al\s+Khaimah|RAK|Umm\s+Al\s+Quwain|Дубай|Шарджа)\s+"
    r"[A-Z0-9]{1,2}\s+\d{3,5}\b"
    # Russia in lower case or with spaces: к 456 ур 799
    r"|(?i:(?<![\w])[авекмнорстух]\s?\d{3}\s?[авекмнорстух]{2}\s?\d{2,3}(?![\w]))")
_FIN_CUE = re.compile(r"(?:FİN|FIN|PIN|ФИН|fin\s*kod[uı]?|FİN\s*kod[uı]?m?)\s*(?:kod[uı]?m?|code|код)?\s*(?:idi|:|\-|–)?\s*"
                      r"([0-9A-Z]{7})\b", re.IGNORECASE)
# A FIN is seven capitals and digits; one digit is enough (5ZKXDPQ is not a word), as long as it is not
# a word we print in capitals or a plain number.
_FIN = re.compile(r"(?<![\w\-])(?=[0-9A-Z]{7}(?![\w\-]))(?=[0-9A-Z]*\d)(?=[0-9A-Z]*[A-Z])[0-9A-Z]{7}(?![\w\-])")
_DOC = re.compile(r"(?<!\w)(?:passport\w*|pasport\w*|паспорт\w*|vəsiqə\w*|удостоверени\w*|ID(?: card)?|şəxsiyyət vəsiqəsi|"
                  r"kimlik(?: no)?|tc(?: kimlik)?(?: no)?|document|sənəd\w*|документ\w*)"
                  r"(?:\s+(?:no\.?|number|nömrəsi|№|номер|seriya|серии|серия|series))?\s*[:\-–]?\s*"
                  r"((?:AZE|AA|AB|MYI|[A-Z]{1,2})?\s?\d{6,11}|\d{2}\s?\d{2}\s?\d{6}|\d{4}(?=\s+(?:номер|№|nömrə)))",
                  re.IGNORECASE)
_DOC_NUMBER = re.compile(r"(?:номер|№|nömrəsi|number|no\.?)\s*[:\-]?\s*(\d{6,9})\b", re.IGNORECASE)
_DOC_SERIES = re.compile(r"(?<!\d)\d{2}\s?\d{2}\s*(?:№|N|No\.?|номер|nömrə)\s*\d{6}(?!\d)", re.IGNORECASE)
# "şəxsiyyət vəsiqəsinin seriyası AZE, nömrəsi 12345678": the number a few words after the document
_DOC_LATER = re.compile(r"(?:vəsiqə|pasport|passport|паспорт|sənəd|document|kimlik|удостоверени|şəxsiyyət)\w*"
                        r"[^.\n]{0,40}?(?:nömrəsi|nömrə|номер|number|numarası|no\.?|№)\s*[:\-]?\s*(\d{6,11})(?!\d)",
                        re.IGNORECASE)
_DOC_BARE = re.compile(r"\b(?:AZE|AA|AB|MYI)\s?\d{7,8}\b|\b\d{2}\s\d{2}\s\d{6}\b|\b[A-Z]\d{8}\b|\b[A-Z]{2}\d{7}\b")


def _luhn(digits: str) -> bool:
    total, double = 0, False
    for char in reversed(digits):
        n = int(char)
        if double:
            n = n * 2 - 9 if n > 4 else n * 2
        total += n
        double = not double
    return total % 10 == 0


def _iban_ok(text: str) -> bool:
    compact = text.replace(" ", "")
    if not 15 <= len(compact) <= 34:
        return False
    moved = compact[4:] + compact[:4]
    return int("".join(str(int(c, 36)) for c in moved)) % 97 == 1


# An IBAN written in one piece, or a card in four groups of four, is taken whatever its check digits:
# a mistyped number still points at its holder.
_IBAN_COMPACT = re.compile(r"\b[A-Z]{2}\d{2}[A-Z0-9]{11,30}\b")
# 16 to 34 digits in one run: no phone is that long, it is an account (a Russian р/с has 20)
_LONG_RUN = re.compile(r"(?<![\d\w])\d{16,34}(?![\d\w])")
_CARD_GROUPS = re.compile(r"(?<![\d])\d{4}[ \-]\d{4}[ \-]\d{4}[ \-]\d{4}(?:[ \-]\d{1,3})?(?![\d])")


# A number of four or more digits a few words after an account word (IBAN, card, hesab, счёт, MTCN,
# Western Union): "kartın son 4 rəqəmi 5521", "номер счёта 40817810099910004312". Amounts and years stay.
_ACCOUNT_CUE = re.compile(
    r"(?i:(?<!\w)(?:(?:р/с|р/сч|л/с|iban|accounts?|acct|cards?|mtcn|swift|bic)(?!\w)|kart(?!of)\w*|hesab\w*|счет\w*|"
    r"счёт\w*|карт(?!офел|ошк)\w*|western\s+union|money\s*gram|transfer\s+code|köçürmə\s+kodu|код\s+перевода))"
    r"[^.!?\n]{0,30}?(?<![\d\w])(\d(?:[ \-]?\d){3,29})(?![\d\w])")


def _account_like(text: str, start: int, end: int) -> bool:
    digits = re.sub(r"\D", "", text[start:end])
    if len(digits) == 4 and 1950 <= int(digits) <= 2039:
        return False  # a year
    return not _AMOUNT_AFTER.match(text, end)


_AMOUNT_AFTER = re.compile(r"\s*(?:-?(?:ci|cı|cu|cü)\b|manat|azn|usd|dollar|\$|€|₼|euro|avro|евро|рубл|руб|rubl|lira|tl|"
                           r"aed|dirham|дирхам|доллар|ман|gel|lari|лари|%|percent|faiz|процент|il\b|year|год|лет|"
                           r"ay\b|month|месяц|saat|hour|час|gün|day|дн|нəfər|nəfər|people|человек)", re.IGNORECASE)


def accounts(text: str) -> list[Span]:
    spans = [Span(m.start(), m.end(), "ACCOUNT") for m in _IBAN.finditer(text)
             if _iban_ok(m.group()) or (" " in m.group() and sum(c.isdigit() for c in m.group()) >= 12)]
    spans += [Span(m.start(1), m.end(1), "ACCOUNT") for m in _ACCOUNT_CUE.finditer(text)
              if _account_like(text, m.start(1), m.end(1))]
    spans += [Span(m.start(), m.end(), "ACCOUNT") for m in _IBAN_COMPACT.finditer(text)
              if sum(c.isdigit() for c in m.group()) >= 10]
    spans += [Span(m.start(), m.end(), "ACCOUNT") for m in _CARD_GROUPS.finditer(text)]
    spans += [Span(m.start(), m.end(), "ACCOUNT") for m in _LONG_RUN.finditer(text)]
    for match in _CARD.finditer(text):
        digits = re.sub(r"\D", "", match.group())
        if 13 <= len(digits) <= 19 and _luhn(digits):
            spans.append(Span(match.start(), match.end(), "ACCOUNT"))
    return spans


def plates(text: str) -> list[Span]:
    spans = []
    for m in _PLATE.finditer(text):
        spans.append(Span(m.start(1), m.end(1), "PLATE") if m.group(1) else Span(m.start(), m.end(), "PLATE"))
    return spans


def documents(text: str) -> list[Span]:
    spans = [Span(m.start(1), m.end(1), "ID") for m in _FIN_CUE.finditer(text)]
    spans += [Span(m.start(), m.end(), "ID") for m in _FIN.finditer(text)]
    for match in _DOC.finditer(text):
        spans.append(Span(match.start(1), match.end(1), "ID"))
        after = _DOC_NUMBER.match(text, match.end(1) + (1 if match.end(1) < len(text) else 0))
        if after:
            spans.append(Span(after.start(1), after.end(1), "ID"))
    spans += [Span(m.start(), m.end(), "ID") for m in _DOC_BARE.finditer(text)]
    spans += [Span(m.start(), m.end(), "ID") for m in _DOC_SERIES.finditer(text)]
    spans += [Span(m.start(1), m.end(1), "ID") for m in _DOC_LATER.finditer(text)]
    return spans
