"""The built-in forms beside the KII: FGD, training event, pre/post test, victims' feedback.

Field names are contracts (reports, exports and HQ scripts rely on them).
Written to resources/forms/ by tools/make_forms.py.
"""

from __future__ import annotations

from make_forms import CRITERIA, INSTITUTIONS, PLACES, YES_NO, free_text, row, t

NOT_FUTURE = {
    "constraint": ". <= today()",
    "constraint_message": t("The date cannot be in the future.", "Tarix gələcəkdə ola bilməz.",
                            "Дата не может быть в будущем."),
}
NOT_NEGATIVE = {
    "constraint": ". >= 0",
    "constraint_message": t("Must be 0 or more.", "0 və ya daha çox olmalıdır.", "Должно быть 0 или больше."),
}
CONSENT_YES = "${consent} = 'yes'"

# -- focus group discussion -------------------------------------------------

FGD_SURVEY = [
    row("begin group", "session", t("Focus group discussion", "Fokus-qrup müzakirəsi", "Фокус-групповая дискуссия")),
    row("date", "fgd_date", t("Date of the discussion", "Müzakirənin tarixi", "Дата дискуссии"), required="yes",
        **NOT_FUTURE),
    row("select_one place", "place", t("Place", "Yer", "Место"), required="yes"),
    free_text("place_other", t("Other place: which?", "Digər yer: hansı?", "Другое место: какое?"),
        required="yes", relevant="${place} = 'other'"),
    free_text("topic", t("Topic", "Mövzu", "Тема"), required="yes"),
    row("text", "facilitator", t("Facilitator", "Moderator", "Модератор"),
        hint=t("Role or initials, not a full name.", "Tam ad yox, vəzifə və ya inisiallar.",
               "Роль или инициалы, не полное имя.")),
    row("select_multiple participant_groups", "participant_groups",
        t("Participant groups", "İştirakçı qrupları", "Группы участников"), required="yes"),
    row("integer", "women", t("Women taking part", "İştirak edən qadınlar", "Участвовало женщин"), required="yes",
        **NOT_NEGATIVE),
    row("integer", "men", t("Men taking part", "İştirak edən kişilər", "Участвовало мужчин"), required="yes",
        constraint=". >= 0 and ${women} + . >= 1",
        constraint_message=t("Must be 0 or more, and at least one person must take part.",
                             "0 və ya daha çox olmalıdır; ən azı bir nəfər iştirak etməlidir.",
                             "Должно быть 0 или больше; участвовать должен хотя бы один человек.")),
    row("integer", "under_18", t("Of whom under 18", "Onlardan 18 yaşdan kiçik", "Из них младше 18 лет"),
        constraint=". >= 0 and . <= ${women} + ${men}",
        constraint_message=t("Between 0 and the number of participants.", "0 ilə iştirakçıların sayı arasında.",
                             "От 0 до числа участников.")),
    row("integer", "with_disability", t("Of whom with a disability", "Onlardan əlilliyi olanlar",
                                        "Из них с инвалидностью"),
        constraint=". >= 0 and . <= ${women} + ${men}",
        constraint_message=t("Between 0 and the number of participants.", "0 ilə iştirakçıların sayı arasında.",
                             "От 0 до числа участников.")),
    row("select_one yes_no", "consent", t("Did the participants consent to notes being taken?",
                                          "İştirakçılar qeydlərin aparılmasına razılıq verdimi?",
                                          "Согласились ли участники на ведение записей?"), required="yes"),
    row("end group"),
    row("begin repeat", "discussion", t("Discussion question", "Müzakirə sualı", "Вопрос для обсуждения"),
        relevant=CONSENT_YES),
    free_text("question", t("Question asked", "Verilən sual", "Заданный вопрос"), required="yes"),
    free_text("notes", t("What was said", "Deyilənlər", "Что было сказано"), appearance="multiline"),
    row("end repeat"),
    free_text("summary", t("Summary", "Xülasə", "Итоги"), appearance="multiline", relevant=CONSENT_YES),
    row("begin group", "criteria", t("Notes per evaluation criterion", "Qiymətləndirmə meyarları üzrə qeydlər",
                                     "Заметки по критериям оценки"), relevant=CONSENT_YES),
    *[free_text(name, label, appearance="multiline") for name, label in CRITERIA],
    free_text("quotes", t("Quotes", "Sitatlar", "Цитаты"), appearance="multiline",
        hint=t("Word for word, without names.", "Sözbəsöz, adlar olmadan.", "Дословно, без имён.")),
    free_text("follow_up", t("Follow-up", "Növbəti addımlar", "Дальнейшие действия"), appearance="multiline"),
    row("end group"),
]

PARTICIPANT_GROUPS = [
    ("officials", t("Government officials", "Dövlət qulluqçuları", "Государственные служащие")),
    ("ngo_staff", t("NGO staff", "QHT əməkdaşları", "Сотрудники НПО")),
    ("community_members", t("Community members", "İcma üzvləri", "Члены общины")),
    ("students", t("Students", "Tələbələr", "Студенты")),
    ("survivors", t("Survivors of trafficking", "İnsan alverindən zərər çəkənlər", "Пострадавшие от торговли людьми")),
]

FGD = {
    "file": "fgd.xlsx",
    "survey": FGD_SURVEY,
    "choices": {"place": PLACES, "yes_no": YES_NO, "participant_groups": PARTICIPANT_GROUPS},
    "settings": {"form_id": "fgd", "form_title": "Focus group discussion", "version": "2026120201",
                 "default_language": "English (en)", "instance_name": "concat(${fgd_date}, ' ', ${topic})"},
}

# -- training event ------------------------------------------------------------

ACTIVITY_TYPES = [
    ("training", t("Training", "Təlim", "Тренинг")),
    ("training_of_trainers", t("Training of trainers", "Təlimçilərin təlimi", "Тренинг для тренеров")),
    ("cascade_training", t("Cascade training", "Kaskad təlim", "Каскадный тренинг")),
    ("workshop", t("Workshop", "Seminar", "Семинар")),
    ("study_visit", t("Study visit", "Təcrübə mübadiləsi səfəri", "Ознакомительный визит")),
    ("working_group_meeting", t("Working group meeting", "İşçi qrupunun iclası", "Заседание рабочей группы")),
    ("conference", t("Conference", "Konfrans", "Конференция")),
]
OUTPUTS = [
    ("1.1", t("1.1 Judicial staff skills (THB cases)", "1.1 Məhkəmə işçilərinin bacarıqları (insan alveri işləri)",
              "1.1 Навыки судебных работников (дела о торговле людьми)")),
    ("2.1", t("2.1 Methodologies and tools to identify and protect victims",
              "2.1 Qurbanların müəyyənləşdirilməsi və müdafiəsi üçün metodika və vasitələr",
              "2.1 Методики и инструменты выявления и защиты жертв")),
    ("3.1", t("3.1 Diplomats and officials: identification and referral",
              "3.1 Diplomatlar və məmurlar: müəyyənləşdirmə və yönləndirmə",
              "3.1 Дипломаты и чиновники: выявление и перенаправление")),
]
ACTIVITIES = [
    ("1.1.1", "1.1", t("1.1.1 Working group meetings on the curriculum", "1.1.1 Tədris proqramı üzrə işçi qrupu iclasları",
                       "1.1.1 Заседания рабочей группы по учебной программе")),
    ("1.1.2", "1.1", t("1.1.2 Advanced Training Programme (Justice Academy)",
                       "1.1.2 Təkmilləşdirmə Tədris Proqramı (Ədliyyə Akademiyası)",
                       "1.1.2 Программа повышения квалификации (Академия юстиции)")),
    ("1.1.3", "1.1", t("1.1.3 Training of trainers on the victim and rights-based approach",
                       "1.1.3 Qurban və hüquq əsaslı yanaşma üzrə təlimçilərin təlimi",
                       "1.1.3 Тренинг для тренеров по подходу, основанному на правах жертв")),
    ("1.1.4", "1.1", t("1.1.4 Cascade trainings", "1.1.4 Kaskad təlimlər", "1.1.4 Каскадные тренинги")),
    ("2.1.1", "2.1", t("2.1.1 Rapid assessment on vulnerabilities", "2.1.1 Həssaslıqlar üzrə sürətli qiymətləndirmə",
                       "2.1.1 Экспресс-оценка уязвимостей")),
    ("2.1.2", "2.1", t("2.1.2 Workshops for SMS, MOI and MLSPP inspectors",
                       "2.1.2 DMX, DİN və ƏƏSMN inspektorları üçün seminarlar",
                       "2.1.2 Семинары для инспекторов ГМС, МВД и МТСЗН")),
    ("2.1.3", "2.1", t("2.1.3 Workshop in Baku for MIA staff", "2.1.3 DİN əməkdaşları üçün Bakıda seminar",
                       "2.1.3 Семинар в Баку для сотрудников МВД")),
    ("2.1.4", "2.1", t("2.1.4 Handbook on Direct Assistance: reprint and dissemination",
                       "2.1.4 Birbaşa Yardım üzrə Təlimat: təkrar nəşr və yayım",
                       "2.1.4 Руководство по прямой помощи: переиздание и распространение")),
    ("3.1.1", "3.1", t("3.1.1 Manual for diplomats", "3.1.1 Diplomatlar üçün dərslik", "3.1.1 Пособие для дипломатов")),
    ("3.1.2", "3.1", t("3.1.2 Workshop for diplomatic personnel", "3.1.2 Diplomatik heyət üçün seminar",
                       "3.1.2 Семинар для дипломатического персонала")),
    ("3.1.3", "3.1", t("3.1.3 Trainings for MFA and MIA officials", "3.1.3 XİN və DİN əməkdaşları üçün təlimlər",
                       "3.1.3 Тренинги для сотрудников МИД и МВД")),
]

TRAINING_EVENT_SURVEY = [
    row("text", "event_code", t("Event code", "Tədbirin kodu", "Код мероприятия"), required="yes", unique="yes",
        constraint="regex(., '^[A-Za-z0-9][A-Za-z0-9._/-]*$')",
        constraint_message=t("Letters, digits and . _ / - only, e.g. TOT-2019-01.",
                             "Yalnız hərflər, rəqəmlər və . _ / -, məsələn TOT-2019-01.",
                             "Только буквы, цифры и . _ / -, например TOT-2019-01."),
        hint=t("Unique: the pre/post tests of the event use the same code.",
               "Unikal: tədbirin ilkin/yekun testləri eyni kodu istifadə edir.",
               "Уникальный: в тестах до/после мероприятия используется тот же код.")),
    row("select_one activity_type", "activity_type", t("Type of activity", "Fəaliyyətin növü", "Тип мероприятия"),
        required="yes"),
    row("select_one output", "output", t("Output", "Nəticə (output)", "Результат (output)"), required="yes"),
    row("select_one activity", "activity_code", t("Activity", "Fəaliyyət", "Мероприятие"), required="yes",
        choice_filter="output = ${output}"),
    free_text("topic", t("Topic", "Mövzu", "Тема"), required="yes"),
    row("date", "date_start", t("First day", "Birinci gün", "Первый день"), required="yes"),
    row("date", "date_end", t("Last day", "Son gün", "Последний день"), required="yes",
        constraint=". >= ${date_start}",
        constraint_message=t("The last day cannot be before the first.", "Son gün birinci gündən əvvəl ola bilməz.",
                             "Последний день не может быть раньше первого.")),
    row("select_one place", "place", t("Place", "Yer", "Место"), required="yes"),
    free_text("place_other", t("Other place: which?", "Digər yer: hansı?", "Другое место: какое?"),
        required="yes", relevant="${place} = 'other'"),
    row("select_multiple institutions", "institutions", t("Institutions taking part", "İştirakçı qurumlar",
                                                          "Участвующие учреждения"), required="yes"),
    row("text", "trainers", t("Trainers", "Təlimçilər", "Тренеры")),
    row("integer", "women", t("Women taking part", "İştirak edən qadınlar", "Участвовало женщин"), required="yes",
        **NOT_NEGATIVE),
    row("integer", "men", t("Men taking part", "İştirak edən kişilər", "Участвовало мужчин"), required="yes",
        **NOT_NEGATIVE),
    row("integer", "pass_mark", t("Pass mark (%)", "Keçid balı (%)", "Проходной балл (%)"), required="yes",
        default="70", constraint=". >= 0 and . <= 100",
        constraint_message=t("Between 0 and 100.", "0 ilə 100 arasında.", "От 0 до 100.")),
]

TRAINING_EVENT = {
    "file": "training_event.xlsx",
    "survey": TRAINING_EVENT_SURVEY,
    "choices": {"activity_type": ACTIVITY_TYPES, "output": OUTPUTS,
                "activity": [(code, label, {"output": output}) for code, output, label in ACTIVITIES],
                "place": PLACES, "institutions": INSTITUTIONS},
    "settings": {"form_id": "training_event", "form_title": "Training event", "version": "2026120201",
                 "default_language": "English (en)", "instance_name": "concat(${event_code}, ' ', ${topic})"},
}

# -- pre/post test ---------------------------------------------------------------

SEX = [("female", t("Female", "Qadın", "Женский")), ("male", t("Male", "Kişi", "Мужской"))]
PHASES = [("pre", t("Pre-test (before the training)", "İlkin test (təlimdən əvvəl)", "Входной тест (до тренинга)")),
          ("post", t("Post-test (after the training)", "Yekun test (təlimdən sonra)", "Итоговый тест (после тренинга)"))]

# (name, question, [(option, label, correct)])
TEST_QUESTIONS = [
    ("q01", t("What distinguishes trafficking in human beings from migrant smuggling?",
              "İnsan alverini miqrantların qaçaqmalçılığından nə fərqləndirir?",
              "Чем торговля людьми отличается от незаконного ввоза мигрантов?"),
     [("a", t("Exploitation of the person is the purpose", "Məqsəd insanın istismarıdır", "Цель — эксплуатация человека"), 1),
      ("b", t("A border is always crossed", "Sərhəd həmişə keçilir", "Всегда пересекается граница"), 0),
      ("c", t("The person always paid for the journey", "Şəxs həmişə səfərin pulunu ödəyib", "Человек всегда оплатил поездку"), 0)]),
    ("q02", t("Does a victim's consent to the exploitation matter once coercion or deception was used?",
              "Məcburiyyət və ya aldatma olduqda qurbanın razılığının əhəmiyyəti varmı?",
              "Имеет ли значение согласие жертвы, если было принуждение или обман?"),
     [("a", t("No, consent is irrelevant", "Xeyr, razılığın əhəmiyyəti yoxdur", "Нет, согласие не имеет значения"), 1),
      ("b", t("Yes, it makes it legal", "Bəli, bu onu qanuni edir", "Да, это делает её законной"), 0),
      ("c", t("Only for adults", "Yalnız yetkinlər üçün", "Только для взрослых"), 0)]),
    ("q03", t("For a child, which element is NOT needed to establish trafficking?",
              "Uşaq üçün insan alverini müəyyən etmək üçün hansı element LAZIM DEYİL?",
              "Какой элемент НЕ нужен, чтобы установить торговлю ребёнком?"),
     [("a", t("The means (force, deception...)", "Vasitələr (zor, aldatma...)", "Способ (сила, обман...)"), 1),
      ("b", t("The act (recruitment, transport...)", "Hərəkət (cəlb etmə, daşıma...)", "Действие (вербовка, перевозка...)"), 0),
      ("c", t("The purpose of exploitation", "İstismar məqsədi", "Цель эксплуатации"), 0)]),
    ("q04", t("What is the national referral mechanism (NRM)?", "Milli yönləndirmə mexanizmi (MYM) nədir?",
              "Что такое национальный механизм перенаправления (НМП)?"),
     [("a", t("A framework through which agencies identify and refer victims to assistance",
              "Qurumların qurbanları müəyyən edib yardıma yönləndirdiyi çərçivə",
              "Система, через которую ведомства выявляют жертв и направляют их за помощью"), 1),
      ("b", t("A police database of offenders", "Cinayətkarların polis bazası", "Полицейская база преступников"), 0),
      ("c", t("A visa procedure", "Viza proseduru", "Визовая процедура"), 0)]),
    ("q05", t("Which are indicators of forced labour? (choose all that apply)",
              "Hansılar məcburi əməyin göstəriciləridir? (uyğun olanların hamısını seçin)",
              "Что является признаками принудительного труда? (выберите все подходящие)"),
     [("a", t("Identity documents withheld", "Şəxsiyyət sənədlərinin saxlanılması", "Изъятие документов"), 1),
      ("b", t("Debt bondage", "Borc əsarəti", "Долговая кабала"), 1),
      ("c", t("A written contract", "Yazılı müqavilə", "Письменный договор"), 0),
      ("d", t("Restricted movement", "Hərəkət azadlığının məhdudlaşdırılması", "Ограничение передвижения"), 1)]),
    ("q06", t("What is the first step when you meet a possible victim?",
              "Ehtimal olunan qurbanla qarşılaşdıqda ilk addım nədir?",
              "Каков первый шаг при встрече с возможной жертвой?"),
     [("a", t("Ensure the person's safety and immediate needs", "Şəxsin təhlükəsizliyini və təcili ehtiyaclarını təmin etmək",
              "Обеспечить безопасность и неотложные нужды человека"), 1),
      ("b", t("Take a full statement at once", "Dərhal tam ifadə almaq", "Сразу взять полные показания"), 0),
      ("c", t("Contact the person's family", "Şəxsin ailəsi ilə əlaqə saxlamaq", "Связаться с семьёй человека"), 0)]),
    ("q07", t("May a victim be punished for offences committed as a direct result of being trafficked?",
              "Qurban insan alverinin birbaşa nəticəsi olaraq törətdiyi hüquqpozmalara görə cəzalandırıla bilərmi?",
              "Можно ли наказывать жертву за правонарушения, совершённые как прямое следствие торговли людьми?"),
     [("a", t("No (non-punishment principle)", "Xeyr (cəzalandırmama prinsipi)", "Нет (принцип ненаказания)"), 1),
      ("b", t("Yes, always", "Bəli, həmişə", "Да, всегда"), 0)]),
    ("q08", t("How long is the recovery and reflection period meant to give a victim?",
              "Bərpa və düşünmə müddəti qurbana nə üçün verilir?",
              "Для чего жертве предоставляется период восстановления и размышления?"),
     [("a", t("Time to recover and decide freely whether to cooperate with the authorities",
              "Bərpa olunmaq və hakimiyyətlə əməkdaşlıq barədə sərbəst qərar vermək üçün vaxt",
              "Время восстановиться и свободно решить, сотрудничать ли с властями"), 1),
      ("b", t("Time for the police to finish the case", "Polisin işi bitirməsi üçün vaxt",
              "Время полиции закончить дело"), 0)]),
    ("q09", t("Whose informed consent is needed before a victim's data are shared?",
              "Qurbanın məlumatları paylaşılmazdan əvvəl kimin məlumatlı razılığı lazımdır?",
              "Чьё информированное согласие нужно до передачи данных жертвы?"),
     [("a", t("The victim's", "Qurbanın", "Самой жертвы"), 1),
      ("b", t("The employer's", "İşəgötürənin", "Работодателя"), 0),
      ("c", t("No one's", "Heç kimin", "Ничьё"), 0)]),
    ("q10", t("Which body coordinates the fight against trafficking in Azerbaijan?",
              "Azərbaycanda insan alverinə qarşı mübarizəni hansı qurum əlaqələndirir?",
              "Какой орган координирует борьбу с торговлей людьми в Азербайджане?"),
     [("a", t("The National Coordinator (MIA Main Department on Combating Trafficking)",
              "Milli Koordinator (DİN İnsan alverinə qarşı mübarizə baş idarəsi)",
              "Национальный координатор (Главное управление МВД по борьбе с торговлей людьми)"), 1),
      ("b", t("The Ministry of Culture", "Mədəniyyət Nazirliyi", "Министерство культуры"), 0),
      ("c", t("Each municipality alone", "Hər bələdiyyə ayrılıqda", "Каждый муниципалитет отдельно"), 0)]),
]

TRAINING_TEST_SURVEY = [
    row("begin group", "participant", t("Participant", "İştirakçı", "Участник")),
    row("text", "event_code", t("Event code", "Tədbirin kodu", "Код мероприятия"), required="yes",
        hint=t("As on the training event record.", "Təlim tədbirinin qeydindəki kimi.", "Как в записи о мероприятии.")),
    row("text", "participant_code", t("Participant code", "İştirakçı kodu", "Код участника"), required="yes",
        hint=t("The same code on the pre- and post-test; never a name.",
               "İlkin və yekun testdə eyni kod; heç vaxt ad deyil.",
               "Один и тот же код во входном и итоговом тесте; не имя.")),
    row("select_one sex", "sex", t("Sex", "Cins", "Пол"), required="yes"),
    row("select_one institutions", "institution", t("Institution", "Qurum", "Учреждение"), required="yes"),
    row("select_one phase", "phase", t("Test", "Test", "Тест"), required="yes"),
    row("end group"),
    row("begin group", "test", t("Questions", "Suallar", "Вопросы")),
    *[row(f"select_{'multiple' if name == 'q05' else 'one'} {name}", name, question,
          points="2" if name == "q05" else "") for name, question, _ in TEST_QUESTIONS],
    row("end group"),
]

TRAINING_TEST = {
    "file": "training_test.xlsx",
    "survey": TRAINING_TEST_SURVEY,
    "choices": {"sex": SEX, "institutions": INSTITUTIONS, "phase": PHASES,
                **{name: [(option, label, {"correct": "1" if right else ""}) for option, label, right in options]
                   for name, _, options in TEST_QUESTIONS}},
    "settings": {"form_id": "training_test", "form_title": "Pre/post test: trafficking basics",
                 "version": "2026113001", "default_language": "English (en)",
                 "instance_name": "concat(${event_code}, ' ', ${participant_code}, ' ', ${phase})"},
}

# -- victims' feedback ---------------------------------------------------------------

REGIONS = [
    ("baku", t("Baku", "Bakı", "Баку")),
    ("absheron_khizi", t("Absheron-Khizi", "Abşeron-Xızı", "Абшерон-Хызы")),
    ("mountainous_shirvan", t("Mountainous Shirvan", "Dağlıq Şirvan", "Горный Ширван")),
    ("ganja_dashkasan", t("Ganja-Dashkasan", "Gəncə-Daşkəsən", "Гянджа-Дашкесан")),
    ("gazakh_tovuz", t("Gazakh-Tovuz", "Qazax-Tovuz", "Газах-Товуз")),
    ("guba_khachmaz", t("Guba-Khachmaz", "Quba-Xaçmaz", "Губа-Хачмаз")),
    ("lankaran_astara", t("Lankaran-Astara", "Lənkəran-Astara", "Ленкорань-Астара")),
    ("central_aran", t("Central Aran", "Mərkəzi Aran", "Центральный Аран")),
    ("mil_mughan", t("Mil-Mughan", "Mil-Muğan", "Миль-Муган")),
    ("shirvan_salyan", t("Shirvan-Salyan", "Şirvan-Salyan", "Ширван-Сальян")),
    ("shaki_zagatala", t("Shaki-Zagatala", "Şəki-Zaqatala", "Шеки-Загатала")),
    ("east_zangezur", t("East Zangezur", "Şərqi Zəngəzur", "Восточный Зангезур")),
    ("karabakh", t("Karabakh", "Qarabağ", "Карабах")),
    ("nakhchivan", t("Nakhchivan", "Naxçıvan", "Нахчыван")),
]
AGE_BANDS = [("under_18", t("Under 18", "18 yaşdan kiçik", "До 18")), ("18_24", t("18–24", "18–24", "18–24")),
             ("25_34", t("25–34", "25–34", "25–34")), ("35_44", t("35–44", "35–44", "35–44")),
             ("45_plus", t("45 or older", "45 və yuxarı", "45 и старше"))]
VOT_SEX = SEX + [("prefer_not_to_say", t("Prefers not to say", "Deməmək istəyir", "Предпочитает не говорить"))]
NATIONALITY = [("azerbaijani", t("Azerbaijani", "Azərbaycanlı", "Азербайджанская")),
               ("other", t("Other", "Digər", "Другая"))]
EXPLOITATION = [("labour", t("Labour", "Əmək", "Трудовая")), ("sexual", t("Sexual", "Cinsi", "Сексуальная")),
                ("domestic_servitude", t("Domestic servitude", "Məişət köləliyi", "Домашнее рабство")),
                ("forced_begging", t("Forced begging", "Məcburi dilənçilik", "Принудительное попрошайничество")),
                ("other", t("Other", "Digər", "Другое"))]
DESTINATIONS = [("azerbaijan", t("Azerbaijan (internal)", "Azərbaycan (daxili)", "Азербайджан (внутренняя)")),
                ("turkey", t("Türkiye", "Türkiyə", "Турция")), ("uae", t("United Arab Emirates", "BƏƏ", "ОАЭ")),
                ("russia", t("Russia", "Rusiya", "Россия")), ("other", t("Other", "Digər", "Другое"))]
SERVICES = [("shelter", t("Shelter", "Sığınacaq", "Приют")), ("medical", t("Medical", "Tibbi", "Медицинская")),
            ("psychological", t("Psychological", "Psixoloji", "Психологическая")),
            ("legal", t("Legal", "Hüquqi", "Юридическая")),
            ("one_time_grant", t("One-time grant", "Birdəfəlik müavinət", "Единовременное пособие")),
            ("vocational_training", t("Vocational training", "Peşə təlimi", "Профессиональное обучение")),
            ("repatriation", t("Repatriation", "Repatriasiya", "Репатриация")),
            ("none", t("None", "Heç biri", "Никакой"))]
RESPECT = [("yes", t("Yes", "Bəli", "Да")), ("no", t("No", "Xeyr", "Нет")),
           ("partly", t("Partly", "Qismən", "Частично"))]

VOT_SURVEY = [
    row("select_one yes_no", "consent",
        t("Has the person given informed consent to this interview?",
          "Şəxs bu müsahibəyə məlumatlı razılıq veribmi?",
          "Дал ли человек информированное согласие на это интервью?"),
        required="yes",
        hint=t("Without consent only the date and region are kept (for response rates).",
               "Razılıq olmadan yalnız tarix və region saxlanılır (cavab nisbəti üçün).",
               "Без согласия сохраняются только дата и регион (для доли ответов).")),
    row("date", "interview_date", t("Date", "Tarix", "Дата"), required="yes", privacy="quasi", **NOT_FUTURE),
    row("select_one region", "region", t("Economic region", "İqtisadi rayon", "Экономический район"), required="yes",
        privacy="quasi"),
    row("calculate", "respondent_code", None, relevant=CONSENT_YES,
        calculation="once(concat('R-', uuid(8)))"),
    row("begin group", "about", t("About the person", "Şəxs haqqında", "О человеке"), relevant=CONSENT_YES),
    row("select_one age_band", "age_band", t("Age", "Yaş", "Возраст"), privacy="quasi"),
    row("select_one vot_sex", "sex", t("Sex", "Cins", "Пол"), privacy="quasi"),
    row("select_one nationality", "nationality", t("Nationality", "Vətəndaşlıq", "Гражданство"), privacy="quasi"),
    row("select_multiple exploitation", "exploitation_type", t("Type of exploitation", "İstismarın növü",
                                                               "Вид эксплуатации")),
    row("select_one destination", "destination", t("Country of exploitation", "İstismar ölkəsi",
                                                   "Страна эксплуатации"), privacy="quasi"),
    row("end group"),
    row("begin group", "services", t("Assistance", "Yardım", "Помощь"), relevant=CONSENT_YES),
    row("select_multiple services", "services_received", t("Services received", "Alınan xidmətlər",
                                                           "Полученные услуги"),
        constraint="not(selected(., 'none')) or count-selected(.) = 1",
        constraint_message=t("'None' cannot be combined with a service.", "'Heç biri' xidmətlə birləşdirilə bilməz.",
                             "«Никакой» нельзя сочетать с услугой.")),
    row("range", "satisfaction_overall", t("Overall satisfaction (1 = very unhappy, 5 = very satisfied)",
                                           "Ümumi məmnunluq (1 = çox narazı, 5 = çox razı)",
                                           "Общая удовлетворённость (1 = очень недоволен, 5 = очень доволен)"),
        parameters="start=1 end=5 step=1"),
    row("select_one respect", "treated_with_respect", t("Were you treated with respect?",
                                                        "Sizə hörmətlə yanaşıldımı?",
                                                        "Относились ли к вам с уважением?")),
    row("text", "feedback", t("Feedback in the person's words", "Şəxsin öz sözləri ilə rəyi",
                              "Отзыв своими словами"), appearance="multiline", privacy="text"),
    row("text", "suggestions", t("Suggestions", "Təkliflər", "Предложения"), appearance="multiline", privacy="text"),
    row("text", "contact", t("Contact for follow-up (only if the person asks)",
                             "Növbəti əlaqə üçün məlumat (yalnız şəxs istəsə)",
                             "Контакт для связи (только по просьбе человека)"), privacy="direct"),
    row("text", "interviewer_notes", t("Interviewer's notes", "Müsahibəçinin qeydləri", "Заметки интервьюера"),
        appearance="multiline", privacy="text"),
    row("end group"),
]

VOT_FEEDBACK = {
    "file": "vot_feedback.xlsx",
    "survey": VOT_SURVEY,
    "choices": {"yes_no": YES_NO, "region": REGIONS, "age_band": AGE_BANDS, "vot_sex": VOT_SEX,
                "nationality": NATIONALITY, "exploitation": EXPLOITATION, "destination": DESTINATIONS,
                "services": SERVICES, "respect": RESPECT},
    "settings": {"form_id": "vot_feedback", "form_title": "Feedback of a victim of trafficking",
                 "version": "2026113001", "default_language": "English (en)",
                 "instance_name": "concat(${interview_date}, ' ', ${region}, ' ', coalesce(${respondent_code}, 'declined'))"},
}

FIELD_FORMS = (FGD, TRAINING_EVENT, TRAINING_TEST, VOT_FEEDBACK)
