"""People's names: word lists, surname shapes, morphology, cue words, and the record's own names.

A word is a name when one of its forms (fold.keys: case endings, possessives
and Turkic casefolding undone) is in the name lists, has a surname's shape
(-ov, -ova, -zadə, -ский, -ович), or is tagged a name by the morphology
(pymorphy3 for Russian, handed in by services). A name that is also an
ordinary word (common_words.txt: Ümid, Hope, Вера) is a name only with a
name beside it, after a title or cue word, or capitalised inside a sentence
before a word that is not. A capital alone at the start of a sentence makes
nothing a name; places, institutions and months are never names.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Callable
from typing import Protocol

from fieldkit.domain.scrub.fold import fold, keys
from fieldkit.domain.scrub.known import Known
from fieldkit.domain.scrub.lexicon import Lexicons
from fieldkit.domain.scrub.spans import Span

__all__ = ["Morphology", "names"]


class Morphology(Protocol):
    """What a morphological analyser tells about one (Cyrillic) word."""

    def name_keys(self, word: str) -> tuple[str, ...]:
        """Folded normal forms of the word's parses tagged as a first name, surname or patronymic."""

    def is_common(self, word: str) -> bool:
        """Whether the word also has a likely parse that is not a name (a noun, verb, adjective...)."""


_TOKEN = re.compile(r"[^\W\d_]+(?:['’\-][^\W\d_]+)*", re.UNICODE)
_SURNAME = re.compile(r"^[^\W\d_]{2,}(?:ov|ova|ev|eva|yev|yeva|zadə|zade|ski|skaya|sky|skiy|ovich|evich|ovna|evna|"
                      r"ов|ова|ев|ева|ёв|ёва|ский|ская|заде|ович|евич|овна|евна|ична|ьевич|ьевна)$")
_SURNAME_WEAK = re.compile(r"^[^\W\d_]{4,}(?:li|lu|lü|ly|ин|ина|ын|ына)$")
_PATRONYMIC = re.compile(r"^(?:oğlu|ogly|oglu|qızı|qizi|gizi|kyzy|оглы|кызы)", re.IGNORECASE)
_PROPER_SUFFIX = re.compile(r"['’][^\W\d_]{1,4}$")
_BOUNDARY = re.compile(r"(?:^|[.!?;:\n•\-–—]\s*|\(\s*)$")
_QUOTE = "'\"«»“”‘’„"
_CUES = re.compile(
    r"(?<!\w)(?i:my name is|his name is|her name is|their names? (?:is|are)|name:|"
    r"adım|adı|adını|mənim adım|onun adı|soyadım|soyadı|ləqəbi|ləqəbli|меня зовут|его зовут|её зовут|"
    r"ее зовут|зовут|звали|по имени|фамилия|имя|benim adım|adı)"
    r"\s*[:\-–]?\s*[" + _QUOTE + r"]?")
_KIN = re.compile(
    r"(?<!\w)(?i:named|called|known as|know (?:him|her) as|nicknamed|nickname|aka|a\.k\.a\.|also known as|он же|она же|"
    r"они же|по прозвищу|qardaşım|bacım|anam|atam|ərim|arvadım|oğlum|qızım|dostum|rəfiqəm|qonşum|qonşumuz|əmim|dayım|xalam|bibim|"
    r"yoldaşım|nişanlım|sevgilim|брат|сестра|муж|жена|мать|мама|отец|папа|сын|дочь|друг|подруга|сосед|соседка|дядя|"
    r"тётя|тетя|жених|парень|brother|sister|husband|wife|mother|father|son|daughter|friend|neighbour|neighbor|uncle|"
    r"aunt|cousin|boyfriend|girlfriend|fiancé|fiance|boss|employer|recruiter|agent|driver|abim|ablam|kardeşim)"
    r"\s*[,:]?\s*[" + _QUOTE + r"]?")
# A nickname cue: the first capitalised word within the next few ("кличка у него была Шрам",
# "ləqəbi isə Qara idi", "they called him Chief").
_NICK_CUES = re.compile(r"(?<!\w)(?i:по кличке|по прозвищу|кличк[аиеу]|прозвищ[еау]|погоняло|ləqəbi|ləqəbli|ləqəb|"
                        r"nickname[sd]?|called(?:\s+(?:him|her|them|me|us))?|прозвали|называли|çağırırdılar|deyirdilər)(?!\w)")
# ... and after the nickname: "Hamı onu Ələş deyə çağırırdı", "ona Ayka deyirdi", "Машей звали"
_NICK_AFTER = re.compile(r"(?i:deyə|dey(?:ir|ər|ib)\w*|çağırır\w*|çağırar\w*|адлы|adlı|"
                         r"(?:его|её|ее|их)\s+(?:звали|называли|кличут|прозвали))(?!\w)")
# a household by its head: Kamalgilə, Leylagildə (-gil + a case)
_GIL = re.compile(r"^(?P<stem>[^\W\d_]{3,})gil(?:ə|in|də|dən|ə|i)?$")
# English words of a pet name's shape that start sentences
_EN_WORDS = frozenset("early every many only any sorry really lately finally usually luckily honestly actually suddenly "
                      "mostly nearly happy busy ready lucky daily weekly monthly".split())
_TITLES = re.compile(r"(?<!\w)(?:Mr|Mrs|Ms|Miss|Dr|Prof|cənab|xanım|müəllim|müəllimə|həkim|господин|госпожа|г-н|г-жа|"
                     r"Bay|Bayan|Sayın)\.?\s*", re.IGNORECASE)
_AFTER_TITLES = frozenset(fold(w) for w in ("xanım", "bəy", "müəllim", "müəllimə", "həkim", "ağa", "əmi", "dayı", "bacı",
                                              "abla", "hanım", "bey", "usta", "kişi", "xala"))
_INSTITUTION = re.compile(r"^(?:nazirli|idarə|xidmət|komitə|komissiya|prokurorluq|prokurorluğ|məhkəmə|aparat|"
                          r"mərkəz|şöbə|departament|agentli|universitet|ministry|service|office|department|agency|"
                          r"committee|commission|court|centre|center|university|police|министерств|управлени|служб|"
                          r"комитет|прокуратур|суд|центр|отдел|агентств|университет|bakanlığ|müdürlüğ)")
_DISTRICT = re.compile(r"^(?:р-н|район\w*|rayon\w*|district|oblast|область|şəhər\w*|qəsəbə\w*|kənd\w*|köy\w*|"
                       r"ilçe\w*|village|region|city|park\w*|bağ[ıi]|bağ[ıi]nda|metro\w*|stansiya\w*|meydan\w*|"
                       r"bayram\w*|ay[ıi]|ay[ıi]nda|байрам\w*|праздник\w*|парк\w*|станци\w*|метро|площад\w*|"
                       r"hotel\w*|otel\w*|гостиниц\w*|отел\w*|festival\w*|holiday|square|station|airport|"
                       r"aeroport\w*|havaliman\w*|аэропорт\w*|vokzal\w*|вокзал\w*)$")
_FUNCTION = frozenset(fold(w) for w in """
the a an this that we they he she it i my our their his her its you me him us them and or but so then when
bu o biz mən sən siz onlar və ki amma da də ilə я мы он она они это вы ты и а но что как
onu ona onun məni mənə bizi bizə sizi sizə onları onlara özü özünü him them its
его её ее ему ей их им ими меня мне нас нам вас вам тебя тебе себя себе сам сама
""".split())


# Short and pet forms: a first name's beginning and a diminutive suffix (Оленька, Вовчик, Машуля, Наташка,
# Димон; Ələş, Məmməş, Sevcik; Lenny, Johnny, Annie). The shape is taken only where the beginning is that of
# a listed first name; English -y/-ie forms only inside a sentence (Early, Every, Many start sentences).
_DIM_RU = re.compile(r"^(?P<stem>[а-я]{2,6}?)(?:енька|онька|ечка|очка|ушка|юшка|уля|юля|уся|юся|уша|юша|ша|чик|ка|ик|ёк|ек|он|ян)$")
_DIM_AZ = re.compile(r"^(?P<stem>[^\W\d_]{3,6}?)(?:ş|iş|cik|cık|çik|çık|ka|ik|ük|can)$")
_DIM_EN = re.compile(r"^(?P<stem>[a-z]{3,6}?)(?:ny|ie|y|my|sy)$")
_RU_CASE = re.compile(r"(?:ой|ей|ом|ем|[аяуюеиы])$")


def _prefixes(lexicons: Lexicons) -> frozenset[str]:
    cached = _PREFIXES.get(id(lexicons))
    if cached is None:
        cached = frozenset(name[:k] for name in (*lexicons.first, *lexicons.diminutive)
                           for k in range(2, min(len(name), 7) + 1))
        _PREFIXES[id(lexicons)] = cached
    return cached


_PREFIXES: dict[int, frozenset[str]] = {}


def _pet_form(word: str, first_key: str, lexicons: Lexicons, initial: bool, is_cyr: bool) -> bool:
    prefixes = _prefixes(lexicons)
    if is_cyr:
        forms = {first_key, _RU_CASE.sub("", first_key)}
        return any((m := _DIM_RU.match(f)) is not None and m.group("stem") in prefixes and
                   (len(m.group("stem")) >= 3 or len(f) - len(m.group("stem")) >= 3) for f in forms)
    m = _DIM_AZ.match(first_key)
    if m and m.group("stem") in prefixes and first_key not in lexicons.common:
        return True
    m = _DIM_EN.match(first_key)
    if not m or first_key in lexicons.common or first_key in _EN_WORDS:
        return False
    # inside a sentence any listed beginning (Lenny); at its start, a listed name (Nicky: Nick)
    return m.group("stem") in (lexicons.first if initial else prefixes)


def _initial(text: str, start: int) -> bool:
    before = text[max(0, start - 12):start].rstrip(" \t" + _QUOTE)
    if not before and start > 12:
        return False  # a long run of spaces or quotes: not a sentence start we can see
    return not before or bool(_BOUNDARY.search(before[-3:] if len(before) >= 3 else before))


def names(text: str, lexicons: Lexicons, morphology: Morphology | None = None, known: Known | None = None,
          cyrillic: Callable[[str], bool] = lambda w: "\u0400" <= w[0] <= "\u04ff") -> list[Span]:
    tokens = list(_TOKEN.finditer(text))
    n = len(tokens)
    strong = [False] * n      # a name on its own
    weak = [False] * n        # a name that is also a word: a name only in company
    keep = [False] * n
    caps = [False] * n
    initial = [False] * n
    for i, token in enumerate(tokens):
        word = token.group()
        if token.start() > 0 and text[token.start() - 1] == "[":
            keep[i] = True  # a placeholder: [NAME]
            continue
        ks = keys(word)
        first_key = ks[0]
        caps[i] = word[:1].isupper()
        initial[i] = _initial(text, token.start())
        is_cyr = cyrillic(word)
        morph_keys: tuple[str, ...] = ()
        if morphology is not None and is_cyr:
            morph_keys = morphology.name_keys(word)
        candidates = (*ks, *morph_keys)
        if known is not None and known.names and any(k in known.names for k in candidates if len(k) >= 3):
            strong[i] = True  # the record's own name: whatever its case or meaning
            continue
        if first_key in _FUNCTION or first_key in _AFTER_TITLES or first_key in lexicons.keep or (
                any(k in lexicons.keep for k in ks[1:]) and not lexicons.is_name(first_key)) or (
                first_key[-2:] in ("li", "lu", "lü", "ly") and len(first_key) >= 5 and first_key[:-2] in lexicons.keep):
            keep[i] = True
            continue
        if caps[i] and word.isupper() and len(word) <= 5 and not (len(word) >= 4 and first_key in lexicons.first):
            keep[i] = True  # an acronym: IOM, DMX, НПО (but ILQAR, ANAR written in capitals are names)
            continue
        hits = [k for k in candidates if len(k) >= 3 and lexicons.is_name(k)]
        shaped = caps[i] and (any(_SURNAME.match(k) for k in ks) or (
            not initial[i] and len(first_key) >= 6 and any(_SURNAME_WEAK.match(k) for k in ks[:2])))
        if caps[i] and not hits and not shaped and _pet_form(word, first_key, lexicons, initial[i], is_cyr) and not (
                is_cyr and initial[i] and morphology is not None and not morph_keys and morphology.is_common(word)):
            strong[i] = True
            continue
        if not hits and not shaped and not morph_keys:
            lookup = known is not None and known.lookup is not None and (caps[i] or len(first_key) >= 4)
            if lookup and known.knows(word, morph_keys):  # type: ignore[union-attr]
                if caps[i] and initial[i] and first_key in lexicons.common:
                    weak[i] = True
                else:
                    strong[i] = True
            continue
        if first_key in hits:
            ambiguous = first_key in lexicons.common
        else:
            ambiguous = all(k in lexicons.common for k in hits) if hits else False
        ambiguous = ambiguous or (is_cyr and morphology is not None and morphology.is_common(word))
        gil = _GIL.match(first_key)
        if ambiguous and caps[i] and gil and lexicons.is_first(gil.group("stem")):
            ambiguous = False  # Kamalgilə: to Kamal's family
        if ambiguous and caps[i] and morph_keys and _pet_form(word, first_key, lexicons, initial[i], is_cyr):
            ambiguous = False  # Оленька: a pet name, though also a word
        if ambiguous and caps[i] and _PROPER_SUFFIX.search(word):
            ambiguous = False  # Sevinc'in, Hope's: an apostrophe before a suffix marks a proper noun
        if caps[i]:
            (weak if ambiguous else strong)[i] = True
        elif not ambiguous and len(first_key) >= (4 if is_cyr else 5) and (
                any(lexicons.is_first(k) for k in hits
                    if k == first_key or k in morph_keys or (len(k) >= (4 if is_cyr else 5) and k in keys(word, False)))):
            strong[i] = True
        if not strong[i] and not ambiguous and known is not None and known.lookup is not None and \
                known.knows(word, morph_keys):
            strong[i] = True
    def adjacent(i: int, j: int) -> bool:
        a, b = (i, j) if i < j else (j, i)
        return 0 <= a and b < n and text[tokens[a].end(): tokens[b].start()].strip(" ") == ""

    # An institution (Daxili İşlər Nazirliyi, İnsan Alverinə Qarşı Mübarizə İdarəsi, State Migration
    # Service) keeps its capitalised words; so does a district (Хатаинский р-н, Xətai rayonu).
    for i, token in enumerate(tokens):
        head = fold(token.group())
        if _INSTITUTION.match(head) or (_DISTRICT.match(head) and i > 0):
            j = i if _INSTITUTION.match(head) else i - 1
            while j >= 0 and (caps[j] or j == i) and j >= i - 6 and (j == i or adjacent(j, j + 1)):
                if not (strong[j] and known is not None and any(k in known.names for k in keys(tokens[j].group()))):
                    keep[j], strong[j], weak[j] = True, False, False
                j -= 1
    # Cue words, kin words and titles make the next word a name, whatever the lists say.
    cued = [False] * n
    after_cue = {m.end() for m in _CUES.finditer(text)}
    token_starts = [t.start() for t in tokens]
    for m in _NICK_CUES.finditer(text):
        first = bisect.bisect_left(token_starts, m.end())
        if first >= n:
            continue
        for i in range(first, min(first + (1 if m.group().isascii() else 4), n)):
            if re.search(r"[.!?;\n]", text[m.end(): tokens[i].start()]):
                break
            if caps[i] and not keep[i]:
                after_cue.add(tokens[i].start())
                break
    for m in _NICK_AFTER.finditer(text):
        j = bisect.bisect_left(token_starts, m.start()) - 1
        if j >= 0 and text[tokens[j].end(): m.start()].strip(" " + _QUOTE) == "" and caps[j] and not initial[j] and not keep[j] and fold(tokens[j].group()) not in _FUNCTION:
            after_cue.add(tokens[j].start())
    after_kin = {m.end() for m in _KIN.finditer(text)} | {m.end() for m in _TITLES.finditer(text)}
    for i, token in enumerate(tokens):
        if fold(token.group()) in _FUNCTION or keep[i]:
            pass
        elif token.start() in after_cue:
            cued[i] = True  # "my name is leyla": any case
        elif token.start() in after_kin and (caps[i] or weak[i]):
            cued[i] = True
        if i + 1 < n and fold(tokens[i + 1].group()) in _AFTER_TITLES and caps[i] and not keep[i] and \
                text[token.end(): tokens[i + 1].start()].strip() == "":
            cued[i] = True

    final = [strong[i] or cued[i] for i in range(n)]
    for i in range(n):
        if weak[i] and not final[i]:
            company = any(adjacent(i, j) and (strong[j] or cued[j]) for j in (i - 1, i + 1) if 0 <= j < n)
            inside = caps[i] and not initial[i] and not (
                i + 1 < n and adjacent(i, i + 1) and caps[i + 1] and not strong[i + 1])
            final[i] = company or inside
    spans = []
    for i in range(n):
        if not final[i]:
            continue
        start, end = tokens[i].start(), tokens[i].end()
        j = i - 1
        # A capitalised word before a surname is its first name, even at the start of a sentence.
        surname = any(_SURNAME.match(k) or _SURNAME_WEAK.match(k) or (k in lexicons.last and k not in lexicons.first)
                      for k in keys(tokens[i].group()))
        while j >= i - 2 and j >= 0 and adjacent(j, j + 1) and caps[j] and not keep[j] and (
                final[j] or weak[j] or not initial[j] or (surname and j == i - 1)):
            start = tokens[j].start()
            j -= 1
        k = i + 1
        while k <= i + 2 and k < n and adjacent(k - 1, k) and not keep[k] and (
                caps[k] or _PATRONYMIC.match(tokens[k].group())):
            end = tokens[k].end()
            k += 1
        start, end = _glued(text, start, end)
        spans.append(Span(start, end, "NAME"))
    return spans


def _glued(text: str, start: int, end: int) -> tuple[int, int]:
    """A name inside a handle or a login (gunel_aliyeva, leyla1990, Nigar.A) takes the whole of it."""
    def part(i: int) -> bool:
        return 0 <= i < len(text) and (text[i].isalnum() or text[i] == "_")

    def inside(i: int) -> bool:  # a word character, or '.' between two of them
        return part(i) or (0 <= i < len(text) and text[i] == "." and part(i - 1) and part(i + 1))

    def glue(i: int) -> bool:  # what joins a name to the rest of a login
        return 0 <= i < len(text) and (text[i] == "_" or text[i].isdigit() or (text[i] == "." and inside(i)))

    if glue(end):
        while inside(end):
            end += 1
    if glue(start - 1):
        while inside(start - 1):
            start -= 1
    return start, end
