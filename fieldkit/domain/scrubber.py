"""Remove personal identifiers from free text, in Azerbaijani, Russian and English.

Each finder marks spans; overlapping spans merge; each span becomes a typed
placeholder: [NAME], [PHONE], [ID], [EMAIL], [ADDRESS], [DATE], [ACCOUNT],
[PLATE], [HANDLE]. What analysis needs stays: cities and regions, countries,
institutions, amounts, durations, counts. The finders are rules and word lists,
not a model: fast, explainable, and testable against a labelled corpus.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

__all__ = ["Span", "find", "scrub", "PLACEHOLDERS"]

PLACEHOLDERS = ("NAME", "PHONE", "ID", "EMAIL", "ADDRESS", "DATE", "ACCOUNT", "PLATE", "HANDLE")


@dataclass(frozen=True)
class Span:
    start: int
    end: int
    kind: str


# -- word lists -------------------------------------------------------------------------

_KEEP = {w.casefold() for w in """
IOM MIA MFA SMS SBS MLSPP GPO JA TCPO MOJ OO SCFWC NGO EU UN UNHCR UNICEF OSCE ILO DİN XİN DMX ƏƏSMN QHT НПО МВД МИД
Baku Bakı Баку Nakhchivan Naxçıvan Нахчыван Ganja Gəncə Гянджа Sumgait Sumqayıt Сумгаит Lankaran Lənkəran Ленкорань
Guba Quba Губа Sheki Şəki Шеки Shirvan Şirvan Ширван Mingachevir Mingəçevir Khachmaz Xaçmaz Astara Masallı Masalli
Füzuli Fuzuli Qubadlı Qubadli Ağdam Agdam Şamaxı Shamakhi Zaqatala Zagatala Qax Balakən Tovuz Qazax Gazakh Salyan
Absheron Abşeron Khizi Xızı Karabakh Qarabağ Карабах Zangezur Zəngəzur Aran Mughan Muğan Lachin Laçın Kəlbəcər
Azerbaijan Azərbaycan Азербайджан Turkey Türkiyə Турция Russia Rusiya Россия Iran İran Иран Georgia Gürcüstan Грузия
Dubai Dubay Дубай UAE BƏƏ ОАЭ Moscow Moskva Москва Istanbul İstanbul Стамбул Rostov Ростов Saratov Саратов Kirov
Europe Avropa Vienna Vyana Вена Austria Avstriya Lithuania Litva Kazakhstan Qazaxıstan Ukraine Ukrayna Tbilisi
January February March April May June July August September October November December Yanvar Fevral Mart Aprel
May İyun İyul Avqust Sentyabr Oktyabr Noyabr Dekabr Январь Февраль Март Апрель Май Июнь Июль Август Сентябрь Октябрь
Ноябрь Декабрь Monday Tuesday Wednesday Thursday Friday Saturday Sunday Bazar Cümə Şənbə
Mr Mrs Ms Dr I The A An This That We They He She It My Our Their His Her Ministry Office Service Court Police
Bu O Biz Mən Sən Onlar Я Мы Он Она Они Это В На
""".split()}

_FIRST_NAMES = {w.casefold() for w in """
Əli Ali Али Həsən Hasan Гасан Hüseyn Huseyn Гусейн Məmməd Mammad Мамед Rəşad Rashad Рашад Elvin Эльвин Orxan Orkhan
Орхан Tural Турал Kamran Камран Ramil Рамиль Elçin Elchin Эльчин Vüqar Vugar Вугар Anar Анар Namiq Namig Намик Rauf
Рауф Fərid Farid Фарид Nicat Nijat Ниджат Emin Эмин Samir Самир Cavid Javid Джавид Vüsal Vusal Вюсал İlham Ilham
Ильхам Ilgar İlqar Ильгар Elnur Эльнур Ruslan Руслан Murad Мурад Tofiq Tofig Тофик Zaur Заур Rövşən Rovshan Ровшан
Aydın Aydin Айдын Fuad Фуад Şahin Shahin Шахин Kənan Kanan Канан Nurlan Нурлан Bəxtiyar Bakhtiyar Бахтияр Səbuhi
Leyla Лейла Aysel Айсель Günel Gunel Гюнель Nərmin Narmin Нармин Aynur Айнур Sevinc Sevinj Севиндж Gülnar Gulnar
Гюльнар Gülnarə Гульнара Könül Konul Кенуль Aygün Aygun Айгюн Nigar Нигяр Səbinə Sabina Сабина Lalə Lala Лала
Fidan Фидан Ülviyyə Ulviyya Ульвия Zəhra Zahra Захра Arzu Арзу Xədicə Khadija Хадиджа Şəbnəm Shabnam Шабнам Ayşə
Aysha Айша Gülər Gular Гюляр Kəmalə Kamala Камала Rəna Rena Рена Vüsalə Vusala Вюсаля Turan Туран Aida Аида Sevda
Севда Mehriban Мехрибан Elmira Эльмира Naila Наиля Zülfiyyə Zulfiya Зульфия Tamilla Тамилла Zərifə Zarifa
Ivan Иван Sergey Sergei Сергей Alexei Alexey Алексей Dmitry Dmitri Дмитрий Andrei Andrey Андрей Nikolai Николай
Vladimir Владимир Mikhail Михаил Pavel Павел Oleg Олег Igor Игорь Yuri Юрий Viktor Виктор Anton Антон Maxim Максим
Olga Ольга Tatiana Tatyana Татьяна Natalia Natalya Наталья Elena Yelena Елена Irina Ирина Svetlana Светлана
Marina Марина Anna Анна Maria Мария Ekaterina Екатерина Yulia Юлия Anastasia Анастасия Galina Галина Lyudmila
Людмила Valentina Валентина Oksana Оксана Vera Вера Nadezhda Надежда Sofia София Daria Дарья Kristina Кристина
John James Michael David Robert William Richard Thomas Peter Paul Mark George Daniel Anthony Steven Andrew Kevin Brian
Mary Patricia Jennifer Linda Elizabeth Barbara Susan Jessica Sarah Karen Nancy Lisa Emily Emma Olivia Sophie Laura
Ahmed Mehmet Ayşe Fatma Mustafa Emre Zeynep Elif Aziz Ramin Rамин Tahir Таир Ilkin İlkin Ильгин Rüstəm Rustam Рустам
""".split()}

_TITLES = r"(?:Mr|Mrs|Ms|Miss|Dr|Prof|cənab|xanım|müəllim|müəllimə|həkim|господин|госпожа|г-н|г-жа)\.?"
_KIN = (r"(?:qardaşım|bacım|anam|atam|ərim|arvadım|oğlum|qızım|dostum|rəfiqəm|qonşum|qonşumuz|əmim|dayım|xalam|"
        r"bibim|брат|сестра|муж|жена|мать|мама|отец|папа|сын|дочь|друг|подруга|сосед|соседка|дядя|тётя|тетя|"
        r"brother|sister|husband|wife|mother|father|son|daughter|friend|neighbour|neighbor|uncle|aunt|cousin)")
_AFTER_TITLES = r"(?:xanım|bəy|müəllim|müəllimə|həkim|ağa|əmi|dayı)"
_NAME_CUES = (r"(?:my name is|his name is|her name is|named|called|name:|adım|adı|mənim adım|onun adı|soyadım|"
              r"soyadı|меня зовут|его зовут|её зовут|ее зовут|зовут|по имени|фамилия|имя)")
_WORD = r"[A-ZÇƏĞIİÖŞÜА-ЯЁ][a-zçəğıiöşüа-яё'’\-]+"
_SURNAME_END = (r"(?:ov|ova|ev|eva|yev|yeva|yeva|ova|li|lı|lu|lü|zadə|zade|ski|skaya|sky|ов|ова|ев|ева|ёв|ёва|ин|ина|"
                r"ский|ская|зade|заде|оглы|кызы|ович|евич|овна|евна|ична)")
_AZ_SUFFIX = (r"(?:dur|dır|dir|dür|un|ün|ın|in|nun|nün|nın|nin|a|ə|ya|yə|la|lə|dan|dən|da|də|nu|nü|nı|ni|u|ü|ı|i|"
              r"ym|yım|yəm|am|əm|lar|lər|у|а|ой|ым|ом|ым|е|ы|ой|ую)?")
_HOUSE = r"ev|bina|mənzil|m\.|д\.|дом|кв\.|квартира|apt\.?|flat|house|No\.?|№"
_PATRONYMIC = r"(?:oğlu|ogly|oglu|qızı|qizi|gizi|kyzy|оглы|кызы)"

_RE = {
    "EMAIL": re.compile(r"[\w.+\-]+@[\w\-]+(?:\.[\w\-]+)+", re.UNICODE),
    "HANDLE": re.compile(r"(?:(?:https?://)?(?:www\.)?(?:facebook|fb|instagram|t|vk|twitter|x|tiktok|linkedin)"
                         r"\.(?:com|me|ru)/[\w.\-/]+|(?<![\w@])@[A-Za-z0-9_.]{3,})", re.IGNORECASE),
    "IBAN": re.compile(r"\b[A-Z]{2}\d{2}(?:\s?[A-Z0-9]{4}){2,7}(?:\s?[A-Z0-9]{1,4})?\b"),
    "CARD": re.compile(r"\b(?:\d[ \-]?){12,18}\d\b"),
    "PLATE": re.compile(r"\b\d{2}\s?[-‐]?\s?[A-Z]{2}\s?[-‐]?\s?\d{3}\b|\b[АВЕКМНОРСТУХ]\s?\d{3}\s?[АВЕКМНОРСТУХ]{2}\s?\d{2,3}\b"),
    "FIN_CUE": re.compile(r"(?:FİN|FIN|PIN|ФИН|fin kod[uı]?|FİN kod[uı]?)\s*(?:kod[uı]?|code|код)?\s*[:\-–]?\s*"
                          r"([0-9A-Z]{7})\b", re.IGNORECASE),
    "FIN": re.compile(r"\b(?=[0-9A-Z]{7}\b)(?=(?:[A-Z]*\d){2})(?=(?:\d*[A-Z]){2})[0-9A-Z]{7}\b"),
    "DOC": re.compile(r"(?:passport|pasport|паспорт|vəsiqə\w*|удостоверени\w*|ID(?: card)?|şəxsiyyət vəsiqəsi)"
                      r"(?:\s+(?:no\.?|number|nömrəsi|№|номер|seriya|серия))?\s*[:\-–]?\s*"
                      r"((?:AZE|AA|AB|MYI|C|P)?\s?\d{6,9}|\d{2}\s?\d{2}\s?\d{6})", re.IGNORECASE),
    "DOC_BARE": re.compile(r"\b(?:AZE|AA|MYI)\s?\d{7,8}\b"),
    "DOB": re.compile(r"(?:born(?: on| in)?|date of birth|DOB|d\.o\.b\.|doğum tarixi|doğulub|anadan olub|"
                      r"təvəllüdlü|дата рождения|родил(?:ся|ась)|г\.р\.|года рождения)\s*[:\-–]?\s*"
                      r"(\d{1,2}[./\-]\d{1,2}[./\-]\d{2,4}|\d{4}-\d{2}-\d{2}|\d{1,2}\s+\w+\s+\d{4}|\d{4})", re.IGNORECASE),
    "DOB_BEFORE": re.compile(r"\b(\d{1,2}[./\-]\d{1,2}[./\-]\d{4}|\d{4})(?:-?(?:ci|cı|cu|cü)?\s*il(?:də)?)?\s+"
                             r"(?:təvəllüdlü|doğumlu|года рождения|г\.\s?р\.)", re.IGNORECASE),
    "ADDRESS": re.compile(
        r"(?:(?:(?:" + _WORD + r"|bəy|xanım)\s+){0,3}" + _WORD + r"\s+(?:küçəsi|küç\.|prospekti|pr\.|döngəsi|dalanı|məhəlləsi|"
        r"street|st\.|avenue|ave\.|road|rd\.|lane|boulevard|blvd\.?)"
        r"|(?:ул\.|улица|пр\.|проспект|пер\.|переулок|бульвар|street|avenue|küçə)\s+" + _WORD + r"(?:\s+" + _WORD + r")?"
        r"|\d{1,4}\s+" + _WORD + r"\s+(?:Street|St\.|Avenue|Ave\.|Road|Rd\.|Lane))"
        r"(?:\s*,?\s*(?:" + _HOUSE + r")?\s*\d+[A-Za-zА-Яа-я]?\b)?(?:\s*,?\s*(?:" + _HOUSE + r")\s*\d+[A-Za-zА-Яа-я]?\b)*",
        re.UNICODE),
}


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
    number = "".join(str(int(c, 36)) for c in moved)
    return int(number) % 97 == 1


def _phones(text: str) -> list[Span]:
    import phonenumbers

    spans = []
    for region in ("AZ", "RU", "GE", "TR"):
        for match in phonenumbers.PhoneNumberMatcher(text, region, leniency=phonenumbers.Leniency.POSSIBLE):
            digits = re.sub(r"\D", "", match.raw_string)
            if len(digits) >= 7:
                spans.append(Span(match.start, match.end, "PHONE"))
    for match in re.finditer(r"(?<![\w+])(?:\+?\d{1,3}[\s\-]?)?\(?\d{2,4}\)?[\s\-]\d{2,3}[\s\-]\d{2}[\s\-]\d{2}\b", text):
        spans.append(Span(match.start(), match.end(), "PHONE"))
    return spans


def _is_name_token(token: str) -> bool:
    base = token.casefold()
    if base in _KEEP:
        return False
    if base in _FIRST_NAMES:
        return True
    stripped = re.sub(_AZ_SUFFIX + r"$", "", base) if len(base) > 5 else base
    return stripped in _FIRST_NAMES


_TOKEN = re.compile(r"[A-Za-zÇƏĞIİÖŞÜçəğıiöşüА-Яа-яЁё'’\-]+")
_SURNAME = re.compile(r"^" + _WORD + _SURNAME_END + _AZ_SUFFIX + r"$")


def _names(text: str) -> list[Span]:
    spans: list[Span] = []
    tokens = list(_TOKEN.finditer(text))
    flags = []
    for token in tokens:
        word = token.group()
        capital = word[:1].isupper()
        keep = word.casefold() in _KEEP or word.rstrip("'’").casefold() in _KEEP
        flags.append(capital and not keep and (_is_name_token(word) or bool(_SURNAME.match(word))))
    # A name token pulls in the capitalised words around it, and a patronymic after it.
    for i, token in enumerate(tokens):
        if not flags[i]:
            continue
        start, end = token.start(), token.end()
        j = i - 1
        while j >= 0 and tokens[j].group()[:1].isupper() and tokens[j].group().casefold() not in _KEEP \
                and text[tokens[j].end():start].strip() == "" and j >= i - 2:
            start = tokens[j].start()
            j -= 1
        k = i + 1
        while k < len(tokens) and text[end:tokens[k].start()].strip() == "" and k <= i + 2 and (
                (tokens[k].group()[:1].isupper() and tokens[k].group().casefold() not in _KEEP)
                or re.fullmatch(_PATRONYMIC + _AZ_SUFFIX, tokens[k].group(), re.IGNORECASE)):
            end = tokens[k].end()
            k += 1
        spans.append(Span(start, end, "NAME"))
    # Names after cue words, whatever the list says.
    for match in re.finditer(r"(?i:" + _NAME_CUES + r")\s*[:\-–]?\s*((?:" + _WORD + r"\s*){1,3})", text):
        words = match.group(1).split()
        kept = [w for w in words if w.casefold() not in _KEEP]
        if kept and words[0].casefold() not in _KEEP:
            spans.append(Span(match.start(1), match.start(1) + len(match.group(1).rstrip()), "NAME"))
    for match in re.finditer(r"(?i:" + _KIN + r")\s+(" + _WORD + r"(?:\s+" + _WORD + r")?)", text):
        if match.group(1).split()[0].casefold() not in _KEEP:
            spans.append(Span(match.start(1), match.end(1), "NAME"))
    for match in re.finditer(r"(" + _WORD + r")\s+" + _AFTER_TITLES + r"\b", text):
        if match.group(1).casefold() not in _KEEP:
            spans.append(Span(match.start(1), match.end(1), "NAME"))
    for match in re.finditer(_TITLES + r"\s+((?:" + _WORD + r"\s*){1,2})", text):
        spans.append(Span(match.start(1), match.start(1) + len(match.group(1).rstrip()), "NAME"))
    for match in re.finditer(r"((?:" + _WORD + r"\s+){1,2})(?i:" + _PATRONYMIC + r")", text):
        spans.append(Span(match.start(1), match.end(), "NAME"))
    return spans


def find(text: str) -> list[Span]:
    """Every identifier span in ``text``, merged, in order."""
    spans: list[Span] = []
    for kind in ("EMAIL", "HANDLE"):
        spans += [Span(m.start(), m.end(), kind) for m in _RE[kind].finditer(text)]
    spans += [Span(m.start(), m.end(), "ACCOUNT") for m in _RE["IBAN"].finditer(text) if _iban_ok(m.group())]
    for match in _RE["CARD"].finditer(text):
        digits = re.sub(r"\D", "", match.group())
        if 13 <= len(digits) <= 19 and _luhn(digits):
            spans.append(Span(match.start(), match.end(), "ACCOUNT"))
    spans += [Span(m.start(), m.end(), "PLATE") for m in _RE["PLATE"].finditer(text)]
    spans += [Span(m.start(1), m.end(1), "ID") for m in _RE["FIN_CUE"].finditer(text)]
    spans += [Span(m.start(), m.end(), "ID") for m in _RE["FIN"].finditer(text)]
    spans += [Span(m.start(1), m.end(1), "ID") for m in _RE["DOC"].finditer(text)]
    spans += [Span(m.start(), m.end(), "ID") for m in _RE["DOC_BARE"].finditer(text)]
    spans += [Span(m.start(1), m.end(1), "DATE") for m in _RE["DOB"].finditer(text)]
    spans += [Span(m.start(1), m.end(1), "DATE") for m in _RE["DOB_BEFORE"].finditer(text)]
    spans += [Span(m.start(), m.end(), "ADDRESS") for m in _RE["ADDRESS"].finditer(text)]
    taken = [(s.start, s.end) for s in spans]
    spans += [s for s in _phones(text) if not any(a <= s.start < b or a < s.end <= b for a, b in taken)]
    spans += _names(text)
    return _merge(spans)


_PRIORITY = {kind: i for i, kind in enumerate(("EMAIL", "HANDLE", "ACCOUNT", "ID", "PLATE", "PHONE", "DATE",
                                               "ADDRESS", "NAME"))}


def _merge(spans: list[Span]) -> list[Span]:
    merged: list[Span] = []
    for span in sorted(spans, key=lambda s: (s.start, -s.end)):
        if merged and span.start < merged[-1].end:
            last = merged[-1]
            kind = last.kind if _PRIORITY[last.kind] <= _PRIORITY[span.kind] else span.kind
            merged[-1] = Span(last.start, max(last.end, span.end), kind)
        else:
            merged.append(span)
    return merged


def scrub(text: str, extra: list[tuple[int, int]] | None = None) -> str:
    """``text`` with every identifier (and every ``extra`` span) replaced by its placeholder."""
    spans = find(text) + [Span(a, b, "NAME") for a, b in (extra or [])]
    out, position = [], 0
    for span in _merge(spans):
        out.append(text[position: span.start])
        out.append(f"[{span.kind}]")
        position = span.end
    out.append(text[position:])
    return "".join(out)
