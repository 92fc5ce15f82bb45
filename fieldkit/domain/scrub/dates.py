"""Dates that can name a person: birth dates (with or without a cue word), and any full date.

A full date (day, month and year, in figures or with the month in words in
English, Azerbaijani or Russian) is taken out wherever it stands: in a
victim's account it is a birth date or an event that points at one person.
A year alone or a month and year stays, unless a birth cue stands beside it.
"""

from __future__ import annotations

import re

from fieldkit.domain.scrub.spans import Span

__all__ = ["dates"]

_MONTHS = (r"(?:january|february|march|april|may|june|july|august|september|october|november|december|"
           r"jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec|"
           r"yanvar|fevral|mart|aprel|iyun|iyul|avqust|sentyabr|oktyabr|noyabr|dekabr|"
           r"ocak|şubat|nisan|mayıs|haziran|temmuz|ağustos|eylül|ekim|kasım|aralık|"
           r"январ[ья]|феврал[ья]|марта?|апрел[ья]|ма[йя]|июн[ья]|июл[ья]|августа?|сентябр[ья]|октябр[ья]|"
           r"ноябр[ья]|декабр[ья]|январе|феврале|марте|апреле|мае|июне|июле|августе|сентябре|октябре|ноябре|декабре)\.?"
           r"(?:[ıiuü]n|[ıiuü]nun|[ıi]nda|[ıi]ndə|da|də|nda|ndə|d[ıiuü]r|d[ıiuü])?")
_ORDINAL_WORD = (r"(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth|"
                 r"fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth|thirtieth|"
                 r"twenty[\s\-](?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth)|thirty[\s\-]first)")
_DAY = r"(?:[0-3]?\d(?:st|nd|rd|th|-?(?:ci|cı|cu|cü|inci|ıncı|nci|ncı|го|е|ое|ого))?|" + _ORDINAL_WORD + r")"
_YEAR = r"(?:19|20)\d{2}(?:-?(?:ci|cı|cu|cü|го|й))?"
# a year in words: nineteen ninety-five, two thousand and one
_UNITS = r"(?:one|two|three|four|five|six|seven|eight|nine)"
_YEAR_WORDS = (r"(?:nineteen\s+(?:(?:seventy|eighty|ninety)(?:[\s\-]" + _UNITS + r")?|" r"sixty(?:[\s\-]" + _UNITS +
               r")?)|two\s+thousand(?:\s+(?:and\s+)?(?:" + _UNITS + r"|ten|eleven|twelve|\w+teen|twenty(?:[\s\-]" +
               _UNITS + r")?))?)")
_NUMERIC = r"(?:[0-3]?\d[./\-][01]?\d[./\-](?:19|20)?\d{2}|(?:19|20)\d{2}-[01]\d-[0-3]\d)"
_WORDS = (r"(?:" + _YEAR + r"\s+il(?:in)?\s+" + _MONTHS + r"\s+" + _DAY + r"(?:-?(?:də|da|dә))?"
          + r"|(?:the\s+)?" + _DAY + r"\s+(?:of\s+)?" + _MONTHS + r",?\s+(?:of\s+)?" + _YEAR + r"|" + _MONTHS + r"\s+" + _DAY + r",?\s+" + _YEAR
          + r"|" + _YEAR + r"\s+(?:il(?:in)?\s+)?" + _DAY + r"\s+" + _MONTHS + r")")
_FULL = re.compile(r"(?<![\w.])(?:" + _NUMERIC + r"|" + _WORDS + r")(?:\s*(?:года|г\.|il(?:də|i)?|ildə|yılında))?(?![\w])",
                   re.IGNORECASE)
_CUE = (r"(?:born(?: on| in)?|date of birth|birthday|birth date|ad günü|ad günüdür|день рожденья|др\b|DOB|d\.o\.b\.|doğum tarixi|doğum günü|doğulub|doğulmuşam|"
        r"anadan olub|təvəllüdlü|doğum tarihi|doğdu|дата рождения|д(?:ень|ня|не|нём|нем) рожд\w*|родил(?:ся|ась|ись)|г\.\s?р\.|"
        r"года рождения|год рождения|doğum ili|doğum yılı|year of birth)")
_CUED = re.compile(_CUE + r"\s*[:\-–]?\s*(?:on\s+|in\s+|в\s+)?(" + _MONTHS + r"\s+" + _YEAR + r"|" + _YEAR +
                   r"(?:\s+" + _MONTHS + r")?|" + _YEAR_WORDS + r")", re.IGNORECASE)
# A birthday cue, then within a few words a day and a month (no year): "her birthday is 3 May",
# "день рождения у неё 12 апреля", "ad günü avqustun 14-dür", or a year: "born in Sumgait in 1995".
_DAY_MONTH = (r"(?<![\w.])(?:" + _DAY + r"\s+(?:of\s+)?" + _MONTHS + r"|" + _MONTHS + r"\s+" + _DAY + r"|" + _YEAR +
              r"|" + _YEAR_WORDS + r")(?![\w])")
# ... or the cue after them: "iyunun 3-ü onun ad günüdür"
_CUE_AFTER = re.compile(r"(" + _DAY_MONTH + r")[^.!?\n\d]{0,20}?(?i:ad günü|doğum günü|birthday|день рождения|"
                        r"днём рождения|днем рождения)")
_NEAR_CUE = re.compile(_CUE + r"[^.!?\n\d]{0,30}?(" + _DAY_MONTH + r")", re.IGNORECASE)
_BEFORE_CUE = re.compile(r"(?<![\w.])(" + _YEAR + r"|" + _MONTHS + r"\s+" + _YEAR + r")(?:\s*il(?:də)?)?\s*"
                         r"(?:təvəllüdlü|doğumlu|года рождения|г\.\s?р\.|ildə doğulub|ildə doğulmuşam|ildə anadan|"
                         r"году родил\w*|(?:-?(?:da|də|de|ta|te|ci|cı|cu|cü|ildə)\s+)?(?:doğulub|doğulmuşam|"
                         r"doğuldu|doğulmuşdur|anadan olub|anadan olmuşam|doğdu)"
                         # 1988-ci ildə Şəkidə doğulmuşam: a place between the year and the verb
                         r"|(?:-?(?:ci|cı|cu|cü))?\s*ildə\s+[^\W\d_]+\s+(?:doğul|anadan ol)\w*)",
                         re.IGNORECASE)


def dates(text: str) -> list[Span]:
    spans = [Span(m.start(), m.end(), "DATE") for m in _FULL.finditer(text)]
    spans += [Span(m.start(1), m.end(1), "DATE") for m in _CUED.finditer(text)]
    spans += [Span(m.start(1), m.end(1), "DATE") for m in _BEFORE_CUE.finditer(text)]
    spans += [Span(m.start(1), m.end(1), "DATE") for m in _NEAR_CUE.finditer(text)]
    spans += [Span(m.start(1), m.end(1), "DATE") for m in _CUE_AFTER.finditer(text)]
    return spans
