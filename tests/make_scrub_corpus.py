"""Build the labelled scrubber corpus (tests/scrub_corpus.jsonl): run to regenerate.

Each line: {"lang", "text", "identifiers": [...], "keep": [...]}. Sentences are
written by template in English, Azerbaijani and Russian, like what victims and
officers say in feedback, with identifiers of every kind planted and words
that analysis needs (places, institutions, amounts, durations) to keep.
"""

from __future__ import annotations

import json
import random
from pathlib import Path

OUT = Path(__file__).with_name("scrub_corpus.jsonl")

# Names partly outside the scrubber's lists, so that endings and cues are tested too.
AZ_PEOPLE = ["Leyla Həsənova", "Elvin Məmmədov", "Günel Əliyeva", "Rəşad Quliyev", "Nərmin Abbasova",
             "Tural Hüseynov", "Sevinc Rzayeva", "Kamran Nəsibli", "Aysel Cəfərli", "Orxan Vəliyev",
             "Zərifə Bağırova", "Səbuhi Kərimov", "Ülviyyə Şükürova", "Fəxri Əsgərov", "Xəyalə Musayeva"]
RU_PEOPLE = ["Ольга Петрова", "Сергей Иванов", "Наталья Смирнова", "Дмитрий Кузнецов", "Ирина Соколова",
             "Алексей Морозов", "Татьяна Волкова", "Михаил Лебедев", "Елена Козлова", "Павел Новиков",
             "Гюльнара Алиева", "Рашад Гасанов"]
EN_PEOPLE = ["John Smith", "Mary Johnson", "David Brown", "Sarah Wilson", "Michael Taylor", "Emma Davies",
             "Peter Clarke", "Laura Evans"]
PHONES = ["050 123 45 67", "+994 50 123 45 67", "+994501234567", "(012) 555-12-34", "055-765-43-21",
          "070 987 65 43", "+7 912 345-67-89", "8 (495) 123-45-67", "+90 532 123 45 67", "+995 599 12 34 56",
          "077 222 33 44", "+994 12 498 76 54"]
EMAILS = ["leyla.h@mail.ru", "elvin1990@gmail.com", "o.petrova@yandex.ru", "john.smith@example.org",
          "gunel_aliyeva@box.az"]
FINS = ["5ZK9D2P", "7AB3C1D", "2XY45Z7", "9QW8E7R"]
PASSPORTS = ["AZE12345678", "AA1234567", "C01234567", "45 06 123456"]
IBANS = ["AZ21NABZ00000000137010001944", "GB82WEST12345698765432"]
CARDS = ["4111 1111 1111 1111", "5500-0000-0000-0004"]
PLATES = ["10-AB-123", "90 XY 456", "А123ВС 77"]
HANDLES = ["@leyla_h", "@elvin.m", "facebook.com/gunel.aliyeva", "t.me/rashad_q", "instagram.com/aysel.c"]
AZ_STREETS = ["Nizami küçəsi 12, mənzil 4", "Azadlıq prospekti 45", "Füzuli küçəsi 7", "Həsən bəy Zərdabi küçəsi 21"]
RU_STREETS = ["ул. Низами, д. 5, кв. 12", "улица Гагарина 17", "проспект Мира 101"]
EN_STREETS = ["12 Main Street", "45 Park Avenue"]
DOB_AZ = ["doğum tarixi 12.03.1995", "1998-ci il təvəllüdlü"]
DOB_RU = ["дата рождения 05.11.1990", "1987 года рождения"]
DOB_EN = ["born on 14.07.1993", "date of birth 1991-02-03"]

KEEP_AZ = ["Bakı", "Gəncə", "Sumqayıt", "Lənkəran", "Naxçıvan", "Türkiyə", "Rusiya", "Dubay", "IOM", "DİN", "DMX",
           "500 manat", "3 ay", "2 il", "15 nəfər"]
KEEP_RU = ["Баку", "Москва", "Турция", "ОАЭ", "МВД", "НПО", "300 долларов", "6 месяцев", "4 человека"]
KEEP_EN = ["Baku", "Istanbul", "Dubai", "Russia", "IOM", "MIA", "SMS", "NGO", "200 dollars", "two months",
           "5 people"]

TEMPLATES = {
    "az": [
        ("Mənim adım {p}, telefonum {phone}.", ["p", "phone"], []),
        ("{p} məni {keep1}-ya apardı, orada {keep2} qaldım.", ["p"], ["keep1", "keep2"]),
        ("Adım {first}, {keep1} şəhərindən gəlmişəm.", ["first"], ["keep1"]),
        ("Əlaqə üçün {email} ünvanına yazın və ya {phone} nömrəsinə zəng edin.", ["email", "phone"], []),
        ("FİN kodum {fin}, pasportum {passport} idi, işəgötürən götürdü.", ["fin", "passport"], []),
        ("{street} ünvanında yaşayırdım, {keep1} bunu bilir.", ["street"], ["keep1"]),
        ("Müsahibəçi: {p} {dob} olduğunu dedi.", ["p", "dob"], []),
        ("Pulu {iban} hesabına köçürdülər, {keep1} ödəmişdim.", ["iban"], ["keep1"]),
        ("Maşının nömrəsi {plate} idi, sürücü {p} idi.", ["plate", "p"], []),
        ("İnstaqramda {handle} adı ilə yazırdı, {keep1}-da görüşdük.", ["handle"], ["keep1"]),
        ("xanım {first} mənə {keep1} haqqında danışdı.", ["first"], ["keep1"]),
        ("Qardaşım {surname_cased} bizə kömək etdi.", ["surname_cased"], []),
        ("{keep1} və {keep2} mənə kömək etdi, {keep3} sonra evə qayıtdım.", [], ["keep1", "keep2", "keep3"]),
        ("Kart nömrəsi {card}, bank {keep1}-da idi.", ["card"], ["keep1"]),
        ("{p} oğlu ilə danışdım, nömrəsi {phone}.", ["p", "phone"], []),
    ],
    "ru": [
        ("Меня зовут {p}, мой телефон {phone}.", ["p", "phone"], []),
        ("{p} обещал работу в {keep1}, я провела там {keep2}.", ["p"], ["keep1", "keep2"]),
        ("Пишите на {email} или звоните {phone}.", ["email", "phone"], []),
        ("ФИН {fin}, паспорт {passport} забрал работодатель.", ["fin", "passport"], []),
        ("Жила по адресу {street}, {keep1} знает.", ["street"], ["keep1"]),
        ("Интервьюер: {p}, {dob}.", ["p", "dob"], []),
        ("Деньги перевели на счёт {iban}, я заплатила {keep1}.", ["iban"], ["keep1"]),
        ("Машина {plate}, водитель {p}.", ["plate", "p"], []),
        ("Он писал мне в {handle}, встретились в {keep1}.", ["handle"], ["keep1"]),
        ("госпожа {first} рассказала про {keep1}.", ["first"], ["keep1"]),
        ("{keep1} и {keep2} помогли, через {keep3} я вернулась.", [], ["keep1", "keep2", "keep3"]),
        ("Номер карты {card}, помог {p}.", ["card", "p"], []),
    ],
    "en": [
        ("My name is {p} and my phone is {phone}.", ["p", "phone"], []),
        ("{p} promised me a job in {keep1}; I stayed {keep2}.", ["p"], ["keep1", "keep2"]),
        ("Write to {email} or call {phone}.", ["email", "phone"], []),
        ("My FIN is {fin} and my passport number {passport} was taken.", ["fin", "passport"], []),
        ("I lived at {street} with {keep1} people.", ["street"], ["keep1"]),
        ("The officer noted that {p} was {dob}.", ["p", "dob"], []),
        ("They sent the money to {iban}; I had paid {keep1}.", ["iban"], ["keep1"]),
        ("The car was {plate} and the driver was Mr {last}.", ["plate", "last"], []),
        ("He messaged me as {handle} and we met in {keep1}.", ["handle"], ["keep1"]),
        ("{keep1} and {keep2} helped me; after {keep3} I went home.", [], ["keep1", "keep2", "keep3"]),
        ("Card {card} belonged to {p}.", ["card", "p"], []),
    ],
}

AZ_SUFFIXED = ["Hüseynovdur", "Məmmədovun", "Əliyevə", "Quliyevdən", "Həsənovla"]


def build(seed: int = 2026, per_template: int = 9) -> list[dict]:
    rng = random.Random(seed)
    people = {"az": AZ_PEOPLE, "ru": RU_PEOPLE, "en": EN_PEOPLE}
    streets = {"az": AZ_STREETS, "ru": RU_STREETS, "en": EN_STREETS}
    dobs = {"az": DOB_AZ, "ru": DOB_RU, "en": DOB_EN}
    keeps = {"az": KEEP_AZ, "ru": KEEP_RU, "en": KEEP_EN}
    rows = []
    for lang, templates in TEMPLATES.items():
        for template, identifiers, keep in templates:
            for _ in range(per_template):
                person = rng.choice(people[lang])
                values = {
                    "p": person, "first": person.split()[0], "last": person.split()[-1],
                    "phone": rng.choice(PHONES), "email": rng.choice(EMAILS), "fin": rng.choice(FINS),
                    "passport": rng.choice(PASSPORTS), "street": rng.choice(streets[lang]),
                    "dob": rng.choice(dobs[lang]), "iban": rng.choice(IBANS), "card": rng.choice(CARDS),
                    "plate": rng.choice(PLATES), "handle": rng.choice(HANDLES),
                    "surname_cased": rng.choice(AZ_SUFFIXED),
                }
                chosen = rng.sample(keeps[lang], 3)
                values.update({"keep1": chosen[0], "keep2": chosen[1], "keep3": chosen[2]})
                text = template.format(**values)
                ids = [values[k] for k in identifiers]
                if "dob" in identifiers:  # only the date itself is the identifier; its cue stays
                    ids = [i if i not in dobs[lang] else next(t for t in i.split() if any(c.isdigit() for c in t))
                           for i in ids]
                rows.append({"lang": lang, "text": text, "identifiers": ids, "keep": [values[k] for k in keep]})
    unique = {row["text"]: row for row in rows}
    return list(unique.values())


if __name__ == "__main__":
    corpus = build()
    OUT.write_text("".join(json.dumps(row, ensure_ascii=False) + "\n" for row in corpus), encoding="utf-8")
    print(f"{len(corpus)} sentences written to {OUT}")
