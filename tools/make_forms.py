"""Write the built-in XLSForm workbooks in resources/forms/.

The workbooks are the source HQ edits in Excel; this script is how the team
(re)creates them reproducibly. Run: python tools/make_forms.py
"""

from __future__ import annotations

from pathlib import Path

import openpyxl
from openpyxl.styles import Font

FORMS = Path(__file__).resolve().parents[1] / "resources" / "forms"
LANGS = ("English (en)", "Azərbaycanca (az)", "Русский (ru)")


def t(en: str, az: str, ru: str) -> dict[str, str]:
    return {"en": en, "az": az, "ru": ru}


def row(type_: str, name: str = "", label: dict | None = None, **cols: object) -> dict:
    return {"type": type_, "name": name, "label": label, **cols}


def free_text(name: str, label: dict, **cols: object) -> dict:
    """A free-text question, marked ``text``: scrubbed of identifiers at every save (issue 20).

    Every free-text field of the built-in forms is one, except codes (event_code,
    participant_code) and the staff roles a form asks for by name (facilitator, trainers)."""
    return row("text", name, label, privacy="text", **cols)


PLACES = [
    ("baku", t("Baku", "Bakı", "Баку")),
    ("nakhchivan", t("Nakhchivan", "Naxçıvan", "Нахчыван")),
    ("guba", t("Guba", "Quba", "Губа")),
    ("lankaran", t("Lankaran", "Lənkəran", "Ленкорань")),
    ("ganja", t("Ganja", "Gəncə", "Гянджа")),
    ("sheki", t("Sheki", "Şəki", "Шеки")),
    ("other", t("Other", "Digər", "Другое")),
]
MODES = [
    ("in_person", t("In person", "Üzbəüz", "Лично")),
    ("remote", t("Remote (video call)", "Uzaqdan (video zəng)", "Удалённо (видеозвонок)")),
    ("phone", t("Phone", "Telefon", "Телефон")),
]
YES_NO = [("yes", t("Yes", "Bəli", "Да")), ("no", t("No", "Xeyr", "Нет"))]
# Codes as written in shared/data/institutions.csv; labels translated here.
INSTITUTIONS = [
    ("MFA", t("Ministry of Foreign Affairs", "Xarici İşlər Nazirliyi", "Министерство иностранных дел")),
    ("MIA", t("Ministry of Internal Affairs", "Daxili İşlər Nazirliyi", "Министерство внутренних дел")),
    ("MIA-MDCTHB", t("Main Department on Combating Trafficking in Human Beings (MIA)",
                     "İnsan alverinə qarşı mübarizə baş idarəsi (DİN)",
                     "Главное управление по борьбе с торговлей людьми (МВД)")),
    ("SMS", t("State Migration Service", "Dövlət Miqrasiya Xidməti", "Государственная миграционная служба")),
    ("SBS", t("State Border Service", "Dövlət Sərhəd Xidməti", "Государственная пограничная служба")),
    ("MLSPP", t("Ministry of Labour and Social Protection of the Population",
                "Əmək və Əhalinin Sosial Müdafiəsi Nazirliyi",
                "Министерство труда и социальной защиты населения")),
    ("GPO", t("General Prosecutor's Office", "Baş Prokurorluq", "Генеральная прокуратура")),
    ("JA", t("Justice Academy (Ministry of Justice)", "Ədliyyə Akademiyası (Ədliyyə Nazirliyi)",
             "Академия юстиции (Министерство юстиции)")),
    ("TCPO", t("Training Centre of the Prosecutor's Office", "Prokurorluğun Tədris Mərkəzi",
               "Учебный центр прокуратуры")),
    ("MOJ", t("Ministry of Justice", "Ədliyyə Nazirliyi", "Министерство юстиции")),
    ("OO", t("Ombudsman's Office", "Ombudsman Aparatı", "Аппарат омбудсмена")),
    ("SCFWC", t("State Committee for Family, Women and Children Affairs",
                "Ailə, Qadın və Uşaq Problemləri üzrə Dövlət Komitəsi",
                "Государственный комитет по делам семьи, женщин и детей")),
    ("NGO", t("Non-governmental organisation", "Qeyri-hökumət təşkilatı", "Неправительственная организация")),
    ("EU", t("European Union Delegation", "Avropa İttifaqının Nümayəndəliyi", "Представительство Европейского союза")),
    ("IOM", t("International Organization for Migration", "Beynəlxalq Miqrasiya Təşkilatı",
              "Международная организация по миграции")),
]
CRITERIA = [
    ("relevance", t("Relevance", "Uyğunluq", "Релевантность")),
    ("efficiency", t("Efficiency", "Səmərəlilik", "Эффективность (затраты)")),
    ("effectiveness", t("Effectiveness", "Effektivlik", "Результативность")),
    ("impact", t("Impact", "Təsir", "Воздействие")),
    ("sustainability", t("Sustainability", "Davamlılıq", "Устойчивость")),
    ("gender_human_rights", t("Gender and human rights", "Gender və insan hüquqları", "Гендер и права человека")),
]

KII_SURVEY = [
    row("begin group", "interview", t("Interview", "Müsahibə", "Интервью")),
    row("date", "interview_date", t("Date of the interview", "Müsahibənin tarixi", "Дата интервью"),
        required="yes", constraint=". <= today()",
        constraint_message=t("The date cannot be in the future.", "Tarix gələcəkdə ola bilməz.",
                             "Дата не может быть в будущем.")),
    row("select_one place", "place", t("Place", "Yer", "Место"), required="yes"),
    free_text("place_other", t("Other place: which?", "Digər yer: hansı?", "Другое место: какое?"),
        required="yes", relevant="${place} = 'other'"),
    row("select_one mode", "mode", t("Mode of the interview", "Müsahibənin forması", "Формат интервью"),
        required="yes"),
    row("select_multiple institutions", "institutions",
        t("Institutions represented", "Təmsil olunan qurumlar", "Представленные учреждения"),
        required="yes",
        required_message=t("Choose at least one institution.", "Ən azı bir qurum seçin.",
                           "Выберите хотя бы одно учреждение."),
        appearance="minimal"),
    free_text("interviewee_roles", t("Roles of the interviewees", "Müsahibə verənlərin vəzifələri",
                                       "Должности собеседников"),
        hint=t("Positions, not names.", "Adlar yox, vəzifələr.", "Должности, не имена.")),
    row("integer", "women", t("Women interviewed", "Müsahibə verən qadınlar", "Опрошено женщин"),
        required="yes", constraint=". >= 0",
        constraint_message=t("Must be 0 or more.", "0 və ya daha çox olmalıdır.", "Должно быть 0 или больше.")),
    row("integer", "men", t("Men interviewed", "Müsahibə verən kişilər", "Опрошено мужчин"),
        required="yes", constraint=". >= 0 and ${women} + . >= 1",
        constraint_message=t("Must be 0 or more, and at least one person (women + men) must be interviewed.",
                             "0 və ya daha çox olmalıdır; ən azı bir nəfər (qadın + kişi) olmalıdır.",
                             "Должно быть 0 или больше; всего (женщины + мужчины) не меньше одного.")),
    row("integer", "duration_min", t("Duration (minutes)", "Müddət (dəqiqə)", "Продолжительность (минуты)"),
        required="yes", constraint=". >= 1 and . <= 600",
        constraint_message=t("Between 1 and 600 minutes.", "1 ilə 600 dəqiqə arasında.", "От 1 до 600 минут.")),
    row("select_one yes_no", "interpreter", t("Was an interpreter used?", "Tərcüməçi iştirak edib?",
                                               "Был ли переводчик?")),
    row("select_one yes_no", "consent",
        t("Did the interviewees consent to notes being taken?",
          "Müsahibə verənlər qeydlərin aparılmasına razılıq verdimi?",
          "Согласились ли собеседники на ведение записей?"),
        required="yes"),
    row("end group"),
    row("begin group", "criteria", t("Notes per evaluation criterion", "Qiymətləndirmə meyarları üzrə qeydlər",
                                     "Заметки по критериям оценки"),
        relevant="${consent} = 'yes'"),
    *[free_text(name, label, appearance="multiline") for name, label in CRITERIA],
    free_text("quotes", t("Quotes", "Sitatlar", "Цитаты"), appearance="multiline",
        hint=t("Word for word, without names.", "Sözbəsöz, adlar olmadan.", "Дословно, без имён.")),
    free_text("follow_up", t("Follow-up", "Növbəti addımlar", "Дальнейшие действия"), appearance="multiline"),
    row("end group"),
]

KII = {
    "file": "kii.xlsx",
    "survey": KII_SURVEY,
    "choices": {"place": PLACES, "mode": MODES, "yes_no": YES_NO, "institutions": INSTITUTIONS},
    "settings": {
        "form_id": "kii",
        "form_title": "Key informant interview",
        "version": "2026120201",
        "default_language": "English (en)",
        "instance_name": "concat(${interview_date}, ' ', ${place})",
    },
}

SURVEY_COLUMNS = ["type", "name", "label", "hint", "required", "required_message", "constraint",
                  "constraint_message", "relevant", "calculation", "choice_filter", "default", "appearance",
                  "parameters", "read_only", "unique", "points", "privacy"]
TRANSLATED = {"label", "hint", "required_message", "constraint_message"}


def _headers(columns: list[str]) -> list[str]:
    headers = []
    for column in columns:
        if column in TRANSLATED:
            headers.extend(f"{column}::{lang}" for lang in LANGS)
        else:
            headers.append(column)
    return headers


def _cells(item: dict, columns: list[str]) -> list[object]:
    cells: list[object] = []
    for column in columns:
        value = item.get(column)
        if column in TRANSLATED:
            texts = value or {}
            cells.extend(texts.get(code, "") for code in ("en", "az", "ru"))
        else:
            cells.append(value if value is not None else "")
    return cells


def write_form(spec: dict) -> Path:
    workbook = openpyxl.Workbook()
    survey = workbook.active
    survey.title = "survey"
    used = [c for c in SURVEY_COLUMNS if any(item.get(c) for item in spec["survey"]) or c in ("type", "name", "label")]
    survey.append(_headers(used))
    for item in spec["survey"]:
        survey.append(_cells(item, used))
    choices = workbook.create_sheet("choices")
    extra = sorted({k for items in spec["choices"].values() for item in items if len(item) > 2 for k in item[2]})
    choices.append(["list_name", "name", *[f"label::{lang}" for lang in LANGS], *extra])
    for list_name, items in spec["choices"].items():
        for name, label, *more in items:
            extras = more[0] if more else {}
            choices.append([list_name, name, label["en"], label["az"], label["ru"], *[extras.get(k, "") for k in extra]])
    settings = workbook.create_sheet("settings")
    settings.append(list(spec["settings"]))
    settings.append(list(spec["settings"].values()))
    for sheet in workbook.worksheets:
        for cell in sheet[1]:
            cell.font = Font(bold=True)
        sheet.freeze_panes = "A2"
        for column in sheet.columns:
            width = max(len(str(c.value or "")) for c in column)
            sheet.column_dimensions[column[0].column_letter].width = min(max(width + 2, 10), 60)
    path = FORMS / spec["file"]
    FORMS.mkdir(parents=True, exist_ok=True)
    workbook.save(path)
    return path


if __name__ == "__main__":
    import sys

    sys.path.insert(0, str(Path(__file__).resolve().parent))
    from field_forms import FIELD_FORMS

    for form in (KII, *FIELD_FORMS):
        print(write_form(form))
