"""Street addresses in Azerbaijani, Russian, Turkish and English (UAE included) forms.

The street and the house go; the city, district and country stay (analysis
needs them, and they point at many people, not one).
"""

from __future__ import annotations

import re

from fieldkit.domain.scrub.spans import Span

__all__ = ["addresses"]

# Each word starts at a word boundary: unanchored, a long run of letters and digits would be tried
# from each of its digits to its end (the square of its length).
_W = r"(?<![\w'’\-])[A-ZÇƏĞIİÖŞÜА-ЯЁ0-9][\wçəğıöşüа-яё'’\-]*"          # a capitalised word (or a number: 28 May)
_WL = r"(?<![\w'’\-])[A-ZÇƏĞIİÖŞÜА-ЯЁ][\wçəğıöşüа-яё'’\-]*"  # a capitalised word, not a number
_AL = r"(?:Al|Al-|El|Sheikh|Şeyx|Jumeirah)"
# The street word in any of its case forms (küçəsi, küçəsində, prospektindəki) and spellings (kuchesi, pr-ti)
_AZ_STREET = r"(?:küçə\w*|küç\.|kuc\w*|kuç\w*|pr-t\w*|prosp\.|prospekt\w*|pr\.|döngə\w*|dongə\w*|dalan\w*|" \
             r"məhəllə\w*|mikrorayon\w*|şose\w*|bulvar\w*|meydanı)"
_RU_STREET = r"(?:ул\.|улица|улице|улицы|пр\.|пр-т|проспект|проспекте|пер\.|переулок|переулке|бульвар|бульваре|" \
             r"шоссе|наб\.|набережная|мкр\.?|микрорайон|пл\.|площадь)"
_TR_STREET = r"(?:Mahallesi|Mah\.|Mh\.|Sokak|Sokağı|Sok\.|Sk\.|Caddesi|Cad\.|Cd\.|Bulvarı|Blv\.)"
_EN_STREET = r"(?:Street|St\.|St\b|Road|Rd\.|Rd\b|Avenue|Ave\.|Ave\b|Lane|Ln\.|Drive|Dr\.|Boulevard|Blvd\.?|Highway)"
_HOUSE = r"(?:\d+-?(?:ci|cı|cu|cü)\s+(?:bina|mənzil|ev|korpus|blok|mərtəbə)\w*|ev|evi|bina|binası|mənzil|m\.|д\.|дом|доме|" \
         r"кв\.?|квартира|квартире|корп\.|корпус|стр\.|строение|подъезд|под\.|этаж|эт\.|комната|комн\.|mən\.|apt\.?|apartment|" \
         r"flat|house|villa|building|bldg\.?|tower|floor|kat|daire|D\.?|blok|block|No\.?|№|No:|menzil|döngə|dalan)"
_NUMBER = r"\d+(?:[A-Za-zА-Яа-я]\d*)?(?:[/\-]\d+)?"
# any numbered part in Azerbaijani: 25-ci bina, 45-ci mənzil, 11-ci döngə, 106-cı bağ, 2139-cu məhəllə
_ORDINAL = r"\d+-?(?:ci|cı|cu|cü)\s+(?:bina|mənzil|ev|korpus|blok|döngə|dalan|küçə|məhəllə|bağ|sahə|massiv|mərtəbə)\w*"
# 12 saylı ev, 5 nömrəli bina
_COUNTED = r"\d+\s*(?:saylı|sayli|nömrəli|nomreli)\s+(?:ev|bina|mənzil|menzil|korpus)\w*"
_PART = r"(?:" + _ORDINAL + r"|" + _COUNTED + r"|(?i:" + _HOUSE + r")\s*[:.]?\s*(?:№\s*)?" + _NUMBER + r"(?![\w]))"
_TAIL = r"(?:\s*,?\s*(?:" + _ORDINAL + r"|" + _COUNTED + r"|(?:" + _HOUSE + r")?\s*[:.]?\s*(?:№\s*)?" + _NUMBER + \
        r"(?![\w])))?(?:\s*,?\s*" + _PART + r")*" \
        r"(?:\s*,\s*" + _AL + r"\s+" + _WL + r"(?:\s+\d{1,2}(?![\w]))?)?"

_ADDRESS = re.compile(
    r"(?:"
    # Nizami küçəsi 12; Həsən bəy Zərdabi küçəsi; 28 May küçəsi
    r"(?:[A-ZÇƏĞIİÖŞÜ]\.\s?)?(?:(?:" + _W + r"|bəy|xan|xanım)\s+){0,3}(?:" + _W + r"|bəy|xan)\s+" + _AZ_STREET +
    # ул. Садовая, улица Гагарина, проспект Мира
    r"|(?i:" + _RU_STREET + r")\s*" + _W + r"(?:\s+" + _WL + r")?" +
    # Садовая улица
    r"|" + _W + r"\s+(?i:улиц[аеыу]|переул(?:ок|ке|ка)|проспект[еау]?|бульвар[еау]?|шоссе|площад[ьи])" +
    # Красный пр., Тверская ул.: the Russian abbreviation after a Cyrillic name
    r"|[А-ЯЁ][а-яё\-]+\s+(?:пр\.|пер\.|ул\.)" +
    # Gül Sok., Atatürk Cad. No: 5, Çiçek Mahallesi
    r"|(?:" + _W + r"\s+){0,2}" + _W + r"\s+" + _TR_STREET +
    # 12 Main Street, Al Wasl Road, Sheikh Zayed Road
    r"|(?:\d{1,5}\s+)?(?:" + _AL + r"\s+)?(?:" + _W + r"\s+){0,2}" + _W + r"\s+" + _EN_STREET +
    # Al Qusais 2, Street 14 (Dubai): a numbered street, after its quarter
    r"|(?:" + _AL + r"\s+" + _W + r"(?:\s+\d+)?\s*,\s*)?(?:Street|St\.?|Road|Rd\.?|Sokak|Sk\.?)\s+\d+" +
    # a UK postcode: E2 8DD, SW1A 1AA
    r"|\b[A-Z]{1,2}\d[A-Z\d]?\s\d[A-Z]{2}\b" +
    # Villa 23, Flat 1203, apartment 5 (a house part on its own)
    # по адресу: Садовая 12-34; ünvan: Nizami 5
    r"|(?<=(?i:адресу:)\s)" + _W + r"(?:\s+" + _WL + r")?\s+" + _NUMBER +
    r"|(?i:(?<=по адресу )|(?<=адрес: )|(?<=ünvan: )|(?<=address: )|(?<=adres: ))" + _W + r"(?:\s+" + _WL + r")?\s+"
    + _NUMBER +
    r"|(?i:villa|flat|apartment|apt\.?|mənzil|квартира|кв\.?|daire|P\.?O\.? Box|building|bldg\.|tower|office|"
    r"офис|здание|корпус|bina|binası|korpus|дом|д\.)\s*[:.]?\s*" + _NUMBER + r"(?![\w])" +
    r"|(?<=,\s)(?i:ev|evi)\s+" + _NUMBER + r"(?![\w])" +
    # 3-cü döngə, ev 19: a numbered lane
    r"|\d{1,3}-?(?:ci|cı|cu|cü)\s+(?:döngə|dalan|küçə|məhəllə|mikrorayon|massiv|sahə|kvartal)\w*(?=\s*,?\s*(?:ev|bina|\d))" +
    r")" + _TAIL,
    re.UNICODE)
# 1234. Sokak No: 5 (Turkish numbered streets), found apart: the quarter before it may end on its number.
_NUMBERED = re.compile(r"(?<![\w.])\d{1,5}\.?\s+(?:Sokak|Sokağı|Sok\.|Sk\.|Cadde|Caddesi|Cad\.)" + _TAIL)
_START_WORDS = re.compile(r"^(?:The|A|An|In|On|At|We|They|He|She|I|My|Our|His|Her|Bu|O|Biz|Mən|Я|Мы|Он|Она|"
                          r"Они|В|На)\s+")


_LEAD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?\s+")
# A place in a case (Şirvanda, İstanbul'da, Dubayda, в Москве) before the street is where, not the street.
_CASED = re.compile(r"(?:['’]?(?:da|də|de|ta|te|dan|dən|den|ten|tan|a|ə|e|ya|yə|ye|nda|ndə))$")


def _place(word: str) -> bool:
    from fieldkit.domain.scrub.fold import keys
    from fieldkit.domain.scrub.lexicon import lexicons

    if word[:1].islower():
        return False
    keep, ks = lexicons().keep, keys(word)
    if "'" in word or "’" in word:
        return _CASED.search(word) is not None
    # in a case: the word itself is not a place (Füzuli, Təbriz are streets' names), its stem is
    return ks[0] not in keep and _CASED.search(ks[0]) is not None and any(k in keep for k in ks[1:])


def addresses(text: str) -> list[Span]:
    spans = []
    for match in _ADDRESS.finditer(text):
        start = match.start()
        lead = _START_WORDS.match(match.group())
        if lead:
            start += lead.end()
        while True:  # leading places stay: "Şirvanda Azadlıq prospekti" keeps Şirvanda
            word = _LEAD.match(text, start, match.end())
            if not word or not _place(word.group().strip()) or word.end() >= match.end() - 3:
                break
            start = word.end()
        spans.append(Span(start, match.end(), "ADDRESS"))
    spans += [Span(m.start(), m.end(), "ADDRESS") for m in _NUMBERED.finditer(text)]
    return spans
