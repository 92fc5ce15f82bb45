"""The window's texts in Azerbaijani and Russian: English source -> (az, ru).

Plural texts (with %n) give a list per language: az one form, ru three
(one, few, many). tools/translate.py writes these into the Qt catalogs.
"""

T: dict[str, tuple[object, object]] = {
    "OK": ("OK", "ОК"),
    "Audit log": ("Audit jurnalı", "Журнал аудита"),
    "The last %n entries, newest first.": (["Son %n qeyd, ən yenisi əvvəldə."],
                                           ["Последняя %n запись, новые сверху.", "Последние %n записи, новые сверху.",
                                            "Последние %n записей, новые сверху."]),
    "When": ("Nə vaxt", "Когда"),
    "Action": ("Əməliyyat", "Действие"),
    "Form": ("Forma", "Форма"),
    "Record": ("Qeyd", "Запись"),
    "Revision": ("Versiya", "Версия"),
    "Device": ("Cihaz", "Устройство"),
    "Detail": ("Təfərrüat", "Подробности"),
    "<b>Forms</b>": ("<b>Formalar</b>", "<b>Формы</b>"),
    "Forms": ("Formalar", "Формы"),
    "&New": ("&Yeni", "&Новая"),
    "New record of this form (Ctrl+N)": ("Bu formanın yeni qeydi (Ctrl+N)", "Новая запись этой формы (Ctrl+N)"),
    "&Open": ("&Aç", "&Открыть"),
    "Open the selected record (Enter)": ("Seçilmiş qeydi aç (Enter)", "Открыть выбранную запись (Enter)"),
    "&Delete": ("&Sil", "&Удалить"),
    "Delete the selected record (Del); the audit log keeps it": (
        "Seçilmiş qeydi sil (Del); audit jurnalı onu saxlayır",
        "Удалить выбранную запись (Del); журнал аудита её сохраняет"),
    "&Restore": ("&Bərpa et", "&Восстановить"),
    "Bring the selected deleted record back": ("Seçilmiş silinmiş qeydi geri qaytar",
                                               "Вернуть выбранную удалённую запись"),
    "Records": ("Qeydlər", "Записи"),
    "Delete record": ("Qeydi sil", "Удалить запись"),
    "Resume": ("Davam et", "Продолжить"),
    "Later": ("Sonra", "Позже"),
    "fieldkit stopped while “{title}” ({form}) was open. Its draft was saved {time}.": (
        "fieldkit “{title}” ({form}) açıq olarkən dayandı. Qaralama {time} saxlanılıb.",
        "fieldkit остановился, когда «{title}» ({form}) был открыт. Черновик сохранён {time}."),
    "(untitled)": ("(adsız)", "(без названия)"),
    "Search answers (Ctrl+F)": ("Cavablarda axtar (Ctrl+F)", "Поиск по ответам (Ctrl+F)"),
    "Search": ("Axtarış", "Поиск"),
    "Status": ("Vəziyyət", "Статус"),
    "All records": ("Bütün qeydlər", "Все записи"),
    "Drafts": ("Qaralamalar", "Черновики"),
    "Final": ("Yekun", "Итоговая"),
    "Deleted": ("Silinmiş", "Удалённые"),
    "Created from": ("Yaradılıb:", "Создано с"),
    "From": ("Başlanğıc", "С"),
    "To": ("Son", "По"),
    "to": ("—", "по"),
    "No forms yet: add one with File > Add a form from Excel.": (
        "Hələ forma yoxdur: Fayl > Exceldən forma əlavə et ilə əlavə edin.",
        "Форм пока нет: добавьте через Файл > Добавить форму из Excel."),
    "%n record(s)": (["%n qeyd"], ["%n запись", "%n записи", "%n записей"]),
    "No record matches. Clear the search or the filters to see all.": (
        "Heç bir qeyd uyğun gəlmir. Hamısını görmək üçün axtarışı və ya filtrləri təmizləyin.",
        "Нет подходящих записей. Очистите поиск или фильтры, чтобы увидеть все."),
    "No records yet. Press New (Ctrl+N) to fill in the first one.": (
        "Hələ qeyd yoxdur. Birincini doldurmaq üçün Yeni (Ctrl+N) düyməsini basın.",
        "Записей пока нет. Нажмите «Новая» (Ctrl+N), чтобы заполнить первую."),
    "Conflicts": ("Ziddiyyətlər", "Конфликты"),
    "This laptop": ("Bu noutbuk", "Этот ноутбук"),
    "Incoming": ("Gələn", "Входящая"),
    "Keep this laptop's version": ("Bu noutbukun versiyasını saxla", "Оставить версию этого ноутбука"),
    "Take the incoming version": ("Gələn versiyanı götür", "Принять входящую версию"),
    "Close": ("Bağla", "Закрыть"),
    "%n record(s) were changed differently on two laptops. Both versions are kept until you choose; the choice "
    "becomes a new revision that every laptop accepts.": (
        ["%n qeyd iki noutbukda fərqli dəyişdirilib. Siz seçənə qədər hər iki versiya saxlanılır; seçiminiz bütün "
         "noutbukların qəbul etdiyi yeni versiya olur."],
        ["%n запись изменена по-разному на двух ноутбуках. Обе версии хранятся, пока вы не выберете; выбор станет "
         "новой версией, которую примут все ноутбуки.",
         "%n записи изменены по-разному на двух ноутбуках. Обе версии хранятся, пока вы не выберете; выбор станет "
         "новой версией, которую примут все ноутбуки.",
         "%n записей изменены по-разному на двух ноутбуках. Обе версии хранятся, пока вы не выберете; выбор станет "
         "новой версией, которую примут все ноутбуки."]),
    "No conflicts: every import merged cleanly.": ("Ziddiyyət yoxdur: bütün idxallar təmiz birləşdi.",
                                                   "Конфликтов нет: все импорты объединены без проблем."),
    "This laptop (revision {r}, {time})": ("Bu noutbuk (versiya {r}, {time})", "Этот ноутбук (версия {r}, {time})"),
    "Incoming (revision {r}, {time})": ("Gələn (versiya {r}, {time})", "Входящая (версия {r}, {time})"),
    "This laptop: deleted (revision {r}, {time})": ("Bu noutbuk: silinib (versiya {r}, {time})",
                                                     "Этот ноутбук: удалена (версия {r}, {time})"),
    "Incoming: deleted (revision {r}, {time})": ("Gələn: silinib (versiya {r}, {time})",
                                                  "Входящая: удалена (версия {r}, {time})"),
    "Choose a date in a calendar (F4)": ("Tarixi təqvimdə seçin (F4)", "Выбрать дату в календаре (F4)"),
    "Export to Excel": ("Excelə ixrac", "Экспорт в Excel"),
    "Export": ("İxrac et", "Экспортировать"),
    "Where to write the workbook (.xlsx)": ("İş kitabının yazılacağı yer (.xlsx)", "Куда записать книгу (.xlsx)"),
    "Browse…": ("Seç…", "Обзор…"),
    "File": ("Fayl", "Файл"),
    "Only what changed since the last export to this file": (
        "Yalnız bu fayla sonuncu ixracdan bəri dəyişənlər", "Только изменения с последнего экспорта в этот файл"),
    "Excel will ask for it; needed for victims' data": (
        "Excel onu soruşacaq; qurbanların məlumatları üçün lazımdır",
        "Excel спросит его; нужен для данных пострадавших"),
    "Password": ("Parol", "Пароль"),
    "Sealed, for HQ (identifiers sealed, free text scrubbed)": (
        "Möhürlənmiş, mərkəz üçün (identifikatorlar möhürlənir, sərbəst mətn təmizlənir)",
        "Запечатанный, для штаба (идентификаторы запечатаны, свободный текст очищен)"),
    "Anonymised, for anyone beyond HQ (k-anonymous)": (
        "Anonimləşdirilmiş, mərkəzdən kənar hər kəs üçün (k-anonim)",
        "Обезличенный, для всех за пределами штаба (k-анонимность)"),
    "Privacy": ("Məxfilik", "Конфиденциальность"),
    "Victims' data may go without a password (I take responsibility)": (
        "Qurbanların məlumatları parolsuz gedə bilər (məsuliyyəti öz üzərimə götürürəm)",
        "Данные пострадавших можно отправить без пароля (под мою ответственность)"),
    "Every published combination of quasi-identifiers is shared by at least k records (5 at least; 11 for a public "
    "release)": (
        "Kvazi-identifikatorların hər dərc olunan birləşməsi ən azı k qeyddə var (ən azı 5; açıq nəşr üçün 11)",
        "Каждое опубликованное сочетание квазиидентификаторов есть не менее чем у k записей (не меньше 5; 11 для "
        "публикации)"),
    "Each such group has at least l different answers in every sensitive column (exploitation, services, "
    "satisfaction)": (
        "Hər belə qrupda hər həssas sütunda ən azı l fərqli cavab var (istismar, xidmətlər, məmnunluq)",
        "В каждой такой группе не менее l разных ответов в каждом чувствительном столбце (эксплуатация, услуги, "
        "удовлетворённость)"),
    "l (anonymised)": ("l (anonimləşdirilmiş)", "l (обезличенный)"),
    "At most this share of the records may be left out whole; the rest is generalised": (
        "Qeydlərin ən çox bu payı tam kənarda qala bilər; qalanı ümumiləşdirilir",
        "Не более этой доли записей может быть исключено целиком; остальное обобщается"),
    "Records left out at most (anonymised)": ("Ən çox kənarda qalan qeydlər (anonimləşdirilmiş)",
                                              "Исключить записей не более (обезличенный)"),
    "{form}: {published} of {records} published ({suppressed} left out), k = {k}, information loss {loss}": (
        "{form}: {records} qeyddən {published} dərc olundu ({suppressed} kənarda qaldı), k = {k}, məlumat itkisi "
        "{loss}",
        "{form}: опубликовано {published} из {records} ({suppressed} исключено), k = {k}, потеря информации {loss}"),
    "form {form}: only {records} record(s), fewer than k = {k}: no release can hide a victim among {k}; collect more "
    "records first": (
        "{form} forması: cəmi {records} qeyd, k = {k}-dan azdır: heç bir nəşr zərərçəkmişi {k} nəfər arasında "
        "gizlədə bilməz; əvvəlcə daha çox qeyd toplayın",
        "форма {form}: всего {records} запис(ей), меньше k = {k}: никакая публикация не спрячет пострадавшего среди "
        "{k}; сначала соберите больше записей"),
    "form {form}: l = {l} cannot be met even with every quasi-identifier at its top level: {columns} have fewer than "
    "{l} different answers among the {records} records": (
        "{form} forması: bütün kvazi-identifikatorlar ən yuxarı səviyyədə olsa belə l = {l} təmin edilə bilməz: "
        "{records} qeyd arasında {columns} sütunlarında {l}-dən az fərqli cavab var",
        "форма {form}: l = {l} не достигается даже при всех квазиидентификаторах на верхнем уровне: у {columns} "
        "меньше {l} разных ответов среди {records} записей"),
    "k = {k} is too small: form {form} has privacy marks (victims' data), so an anonymised release needs k of "
    "{minimum} or more (11 for a public one)": (
        "k = {k} çox kiçikdir: {form} formasında məxfilik qeydləri var (zərərçəkmişlərin məlumatı), ona görə "
        "anonimləşdirilmiş nəşr üçün k ən azı {minimum} olmalıdır (açıq nəşr üçün 11)",
        "k = {k} слишком мало: в форме {form} есть пометки приватности (данные пострадавших), поэтому обезличенной "
        "публикации нужно k не меньше {minimum} (11 для открытой)"),
    "l = {l} is too small: form {form} has sensitive columns ({columns}), so an anonymised release needs l of "
    "{minimum} or more": (
        "l = {l} çox kiçikdir: {form} formasında həssas sütunlar var ({columns}), ona görə anonimləşdirilmiş nəşr "
        "üçün l ən azı {minimum} olmalıdır",
        "l = {l} слишком мало: в форме {form} есть чувствительные столбцы ({columns}), поэтому обезличенной "
        "публикации нужно l не меньше {minimum}"),
    "the suppression limit {share} is not a share of the records between 0 and 0.5 (0.05 is 5 %)": (
        "kənarda qalma həddi {share} qeydlərin 0 ilə 0.5 arasında payı deyil (0.05 = 5 %)",
        "предел исключения {share} — не доля записей от 0 до 0.5 (0.05 — это 5 %)"),
    "k (anonymised)": ("k (anonimləşdirilmiş)", "k (обезличенный)"),
    "Export to": ("Harada ixrac etmək", "Экспортировать в"),
    "Excel workbooks (*.xlsx)": ("Excel iş kitabları (*.xlsx)", "Книги Excel (*.xlsx)"),
    "Choose the file to write.": ("Yazılacaq faylı seçin.", "Выберите файл для записи."),
    "Choose at least one form.": ("Ən azı bir forma seçin.", "Выберите хотя бы одну форму."),
    "Cancelled: nothing was written.": ("Ləğv edildi: heç nə yazılmadı.", "Отменено: ничего не записано."),
    "{n} record(s) written to {path}.": ("{n} qeyd {path} faylına yazıldı.", "Записей записано в {path}: {n}."),
    "Form language": ("Formanın dili", "Язык формы"),
    "History": ("Tarixçə", "История"),
    "Save the draft and go back to the list (Esc)": ("Qaralamanı saxla və siyahıya qayıt (Esc)",
                                                     "Сохранить черновик и вернуться к списку (Esc)"),
    "Save draft": ("Qaralamanı saxla", "Сохранить черновик"),
    "Save what is typed so far (Ctrl+S)": ("İndiyə qədər yazılanı saxla (Ctrl+S)",
                                           "Сохранить введённое (Ctrl+S)"),
    "Finalise": ("Yekunlaşdır", "Завершить"),
    "Check every answer and mark the record final (Ctrl+Enter)": (
        "Hər cavabı yoxla və qeydi yekun kimi işarələ (Ctrl+Enter)",
        "Проверить все ответы и отметить запись как итоговую (Ctrl+Enter)"),
    "Sealed for HQ: only HQ can read it. Type to replace it.": (
        "Mərkəz üçün möhürlənib: yalnız mərkəz oxuya bilər. Əvəz etmək üçün yazın.",
        "Запечатано для штаба: прочесть может только штаб. Введите, чтобы заменить."),
    "Sealed on save with HQ's key {key}: this laptop cannot read it back.": (
        "Saxlananda mərkəzin {key} açarı ilə möhürlənir: bu noutbuk onu geri oxuya bilməz.",
        "При сохранении запечатывается ключом штаба {key}: этот ноутбук не сможет прочесть."),
    "Redact selection": ("Seçiləni gizlət", "Скрыть выделенное"),
    "Replace the selected words with [REDACTED] before anything is saved": (
        "Seçilmiş sözləri heç nə saxlanmamışdan əvvəl [REDACTED] ilə əvəz et",
        "Заменить выделенные слова на [REDACTED] до сохранения"),
    "Stored as: {text}": ("Belə saxlanılacaq: {text}", "Будет сохранено как: {text}"),
    "%n answer(s) to complete or correct before finalising.": (
        ["Yekunlaşdırmadan əvvəl %n cavabı doldurun və ya düzəldin."],
        ["Перед завершением заполните или исправьте %n ответ.", "Перед завершением заполните или исправьте %n ответа.",
         "Перед завершением заполните или исправьте %n ответов."]),
    "Every answer is valid: the record can be finalised.": (
        "Bütün cavablar düzgündür: qeyd yekunlaşdırıla bilər.", "Все ответы верны: запись можно завершить."),
    "Draft": ("Qaralama", "Черновик"),
    "saved {time}": ("saxlanılıb {time}", "сохранено {time}"),
    "not saved yet": ("hələ saxlanmayıb", "ещё не сохранено"),
    "{status} · revision {revision} · {saved}": ("{status} · versiya {revision} · {saved}",
                                                 "{status} · версия {revision} · {saved}"),
    "The draft could not be saved": ("Qaralama saxlanıla bilmədi", "Не удалось сохранить черновик"),
    "The record could not be finalised": ("Qeyd yekunlaşdırıla bilmədi", "Не удалось завершить запись"),
    "History of the record": ("Qeydin tarixçəsi", "История записи"),
    "%n revision(s)": (["%n versiya"], ["%n версия", "%n версии", "%n версий"]),
    "Revision {n}\n{status}, {time}": ("Versiya {n}\n{status}, {time}", "Версия {n}\n{status}, {time}"),
    "Import from Excel": ("Exceldən idxal", "Импорт из Excel"),
    "Import": ("İdxal et", "Импортировать"),
    "Add files…": ("Fayl əlavə et…", "Добавить файлы…"),
    "Workbooks": ("İş kitabları", "Книги"),
    "Only for workbooks protected by a password": ("Yalnız parolla qorunan iş kitabları üçün",
                                                   "Только для книг, защищённых паролем"),
    "Only report what would happen (dry run)": ("Yalnız nə baş verəcəyini göstər (sınaq)",
                                                "Только показать, что произойдёт (пробный прогон)"),
    "Apply rows edited in Excel, as new revisions": ("Exceldə dəyişdirilmiş sətirləri yeni versiya kimi tətbiq et",
                                                     "Применить строки, изменённые в Excel, как новые версии"),
    "Workbooks to import": ("İdxal ediləcək iş kitabları", "Книги для импорта"),
    "Add at least one workbook.": ("Ən azı bir iş kitabı əlavə edin.", "Добавьте хотя бы одну книгу."),
    "Conflicts wait for you in View > Conflicts.": ("Ziddiyyətlər Görünüş > Ziddiyyətlər bölməsində sizi gözləyir.",
                                                    "Конфликты ждут вас в Вид > Конфликты."),
    "Rows edited in Excel were not applied; tick the box above to apply them.": (
        "Exceldə dəyişdirilmiş sətirlər tətbiq edilmədi; tətbiq etmək üçün yuxarıdakı qutunu işarələyin.",
        "Строки, изменённые в Excel, не применены; отметьте флажок выше, чтобы применить."),
    "&File": ("&Fayl", "&Файл"),
    "&New record": ("&Yeni qeyd", "&Новая запись"),
    "&Add a form from Excel…": ("Exceldən &forma əlavə et…", "&Добавить форму из Excel…"),
    "&Export to Excel…": ("Excelə &ixrac…", "&Экспорт в Excel…"),
    "&Import from Excel…": ("Exceldən i&dxal…", "&Импорт из Excel…"),
    "Install &HQ's public key…": ("&Mərkəzin açıq açarını quraşdır…", "Установить открытый &ключ штаба…"),
    "&Quit": ("Çı&xış", "В&ыход"),
    "&View": ("&Görünüş", "&Вид"),
    "&Audit log": ("&Audit jurnalı", "&Журнал аудита"),
    "&Conflicts": ("&Ziddiyyətlər", "&Конфликты"),
    "&Reports": ("&Hesabatlar", "&Отчёты"),
    "process {pid} on {host}": ("{host} üzərində {pid} prosesi", "процесс {pid} на {host}"),
    "elsewhere": ("başqa yerdə", "в другом месте"),
    "This database is also open in another fieldkit ({where}). Both can save, one at a time; lists here refresh "
    "when you reopen them.": (
        "Bu verilənlər bazası başqa fieldkit-də də açıqdır ({where}). Hər ikisi növbə ilə saxlaya bilər; buradakı "
        "siyahılar yenidən açanda yenilənir.",
        "Эта база данных открыта и в другом fieldkit ({where}). Оба могут сохранять по очереди; списки здесь "
        "обновятся, когда вы их снова откроете."),
    "Open elsewhere": ("Başqa yerdə açıqdır", "Открыта в другом месте"),
    "Cannot open the database: {error}": ("Verilənlər bazası açılmır: {error}", "Не удаётся открыть базу: {error}"),
    "Delete “{title}”? It leaves the list; the audit log keeps it.": (
        "“{title}” silinsin? Siyahıdan çıxır; audit jurnalı onu saxlayır.",
        "Удалить «{title}»? Запись уйдёт из списка; журнал аудита её сохранит."),
    "HQ's public key": ("Mərkəzin açıq açarı", "Открытый ключ штаба"),
    "Public keys (*pub*.pem);;All files (*)": ("Açıq açarlar (*pub*.pem);;Bütün fayllar (*)",
                                                "Открытые ключи (*pub*.pem);;Все файлы (*)"),
    "The key cannot be installed": ("Açar quraşdırıla bilmir", "Ключ не удаётся установить"),
    "HQ's key {key} installed: direct identifiers are sealed for it.": (
        "Mərkəzin {key} açarı quraşdırıldı: birbaşa identifikatorlar onun üçün möhürlənir.",
        "Ключ штаба {key} установлен: прямые идентификаторы запечатываются для него."),
    "Add a form": ("Forma əlavə et", "Добавить форму"),
    "XLSForm workbooks (*.xlsx)": ("XLSForm iş kitabları (*.xlsx)", "Книги XLSForm (*.xlsx)"),
    "The form cannot be added": ("Forma əlavə edilə bilmir", "Форму не удаётся добавить"),
    "Form {id} version {version} added.": ("{id} formasının {version} versiyası əlavə edildi.",
                                           "Форма {id} версии {version} добавлена."),
    "Form {id} version {version} was already installed.": ("{id} formasının {version} versiyası artıq quraşdırılıb.",
                                                           "Форма {id} версии {version} уже установлена."),
    "Clear the answer": ("Cavabı təmizlə", "Очистить ответ"),
    "Updated": ("Yenilənib", "Изменено"),
    "Created": ("Yaradılıb", "Создано"),
    "final": ("yekun", "итоговая"),
    "draft": ("qaralama", "черновик"),
    "deleted": ("silinib", "удалена"),
    "Nothing to restore: only the deletion of this record arrived here, never its answers.": (
        "Bərpa ediləcək bir şey yoxdur: buraya bu qeydin yalnız silinməsi gəlib, cavabları heç vaxt gəlməyib.",
        "Нечего восстанавливать: сюда пришло только удаление этой записи, её ответы не приходили никогда."),
    "Add: {item}": ("Əlavə et: {item}", "Добавить: {item}"),
    "Remove": ("Sil", "Удалить"),
    "Remove this {item} and its answers": ("Bu {item} və cavablarını sil", "Удалить {item} и ответы"),
    "Reports": ("Hesabatlar", "Отчёты"),
    "No.": ("№", "№"),
    "Type": ("Növ", "Тип"),
    "Date": ("Tarix", "Дата"),
    "Institutions": ("Qurumlar", "Учреждения"),
    "Women": ("Qadınlar", "Женщины"),
    "Men": ("Kişilər", "Мужчины"),
    "Minutes": ("Dəqiqə", "Минуты"),
    "Place": ("Yer", "Место"),
    "Mode": ("Forma", "Формат"),
    "Interview log": ("Müsahibələr jurnalı", "Журнал интервью"),
    "Event": ("Tədbir", "Мероприятие"),
    "Participants": ("İştirakçılar", "Участники"),
    "Topic": ("Mövzu", "Тема"),
    "Pre mean %": ("İlkin orta %", "Средний до %"),
    "Post mean %": ("Yekun orta %", "Средний после %"),
    "Improvement": ("Artım", "Прирост"),
    "Normalised gain": ("Normallaşdırılmış artım", "Нормированный прирост"),
    "Pass mark %": ("Keçid balı %", "Проходной балл %"),
    "Post ≥ pass mark %": ("Yekun ≥ keçid balı %", "После ≥ проходного %"),
    "Below target": ("Hədəfdən aşağı", "Ниже цели"),
    "Training scores": ("Təlim nəticələri", "Результаты тренингов"),
    "Level": ("Səviyyə", "Уровень"),
    "Code": ("Kod", "Код"),
    "Indicator": ("Göstərici", "Индикатор"),
    "Kind": ("Növ", "Вид"),
    "Target": ("Hədəf", "Цель"),
    "Baseline": ("Başlanğıc", "Исходное"),
    "Method": ("Üsul", "Метод"),
    "Field": ("Sahə", "Поле"),
    "Value wanted": ("Axtarılan dəyər", "Искомое значение"),
    "Value": ("Dəyər", "Значение"),
    "Records behind": ("Əsas qeydlər", "Записей за значением"),
    "Save the framework": ("Nəticələr çərçivəsini saxla", "Сохранить рамку результатов"),
    "Load the framework from Excel…": ("Çərçivəni Exceldən yüklə…", "Загрузить рамку из Excel…"),
    "Edit target, baseline, method (share, count, latest, mean, pass_share), form, field and value to tie an "
    "indicator to the data.": (
        "Göstəricini məlumatlara bağlamaq üçün hədəfi, başlanğıcı, üsulu (share, count, latest, mean, pass_share), "
        "formanı, sahəni və dəyəri dəyişin.",
        "Чтобы привязать индикатор к данным, измените цель, исходное значение, метод (share, count, latest, mean, "
        "pass_share), форму, поле и значение."),
    "Planned activity": ("Planlaşdırılmış fəaliyyət", "Запланированное мероприятие"),
    "Done": ("Edilib", "Выполнено"),
    "Events": ("Tədbirlər", "Мероприятия"),
    "Recorded as": ("Necə qeyd edilib", "Записано как"),
    "Indicators": ("Göstəricilər", "Индикаторы"),
    "Criterion": ("Meyar", "Критерий"),
    "Note": ("Qeyd", "Заметка"),
    "Source": ("Mənbə", "Источник"),
    "Evidence": ("Sübutlar", "Доказательства"),
    "Charts": ("Diaqramlar", "Диаграммы"),
    "Cancel": ("Ləğv et", "Отмена"),
    "Export to Excel…": ("Excelə ixrac…", "Экспорт в Excel…"),
    "Every place": ("Bütün yerlər", "Все места"),
    "Every institution": ("Bütün qurumlar", "Все учреждения"),
    "Both sexes": ("Hər iki cins", "Оба пола"),
    "Search the evidence": ("Sübutlarda axtar", "Поиск по доказательствам"),
    "Building the reports…": ("Hesabatlar hazırlanır…", "Отчёты строятся…"),
    "Cancelled.": ("Ləğv edildi.", "Отменено."),
    "The reports could not be built: {error}": ("Hesabatlar hazırlana bilmədi: {error}",
                                                "Не удалось построить отчёты: {error}"),
    "Total: {n} interviews, {w} women, {m} men, {minutes} minutes ({h} h); average {a} minutes.": (
        "Cəmi: {n} müsahibə, {w} qadın, {m} kişi, {minutes} dəqiqə ({h} saat); orta {a} dəqiqə.",
        "Итого: интервью {n}, женщин {w}, мужчин {m}, {minutes} минут ({h} ч); в среднем {a} минут."),
    "yes": ("bəli", "да"),
    "no": ("xeyr", "нет"),
    "{n} interviews, {e} training events, {i} indicators, {v} notes.": (
        "{n} müsahibə, {e} təlim tədbiri, {i} göstərici, {v} qeyd.",
        "Интервью: {n}, тренингов: {e}, индикаторов: {i}, заметок: {v}."),
    "People interviewed by institution and sex": ("Qurum və cins üzrə müsahibə verənlər",
                                                  "Опрошенные по учреждениям и полу"),
    "Pre- and post-test means per event (%)": ("Tədbirlər üzrə ilkin və yekun test ortaları (%)",
                                               "Средние до и после по мероприятиям (%)"),
    "Pre": ("İlkin", "До"),
    "Post": ("Yekun", "После"),
    "Pass mark": ("Keçid balı", "Проходной балл"),
    "Results framework": ("Nəticələr çərçivəsi", "Рамка результатов"),
    "Excel or CSV (*.xlsx *.csv)": ("Excel və ya CSV (*.xlsx *.csv)", "Excel или CSV (*.xlsx *.csv)"),
    "Not loaded: {error}": ("Yüklənmədi: {error}", "Не загружено: {error}"),
    "Export the reports": ("Hesabatları ixrac et", "Экспортировать отчёты"),
    "Writing {name}…": ("{name} yazılır…", "Записывается {name}…"),
    "Written to {path}.": ("{path} faylına yazıldı.", "Записано в {path}."),
    "Create a passphrase": ("Parol ifadəsi yaradın", "Создайте парольную фразу"),
    "Unlock fieldkit": ("fieldkit-i kilidini açın", "Разблокировать fieldkit"),
    "The database is encrypted with this passphrase. It cannot be recovered: if it is lost, so is the data. Use "
    "at least 8 characters.": (
        "Verilənlər bazası bu parol ifadəsi ilə şifrələnir. Onu bərpa etmək mümkün deyil: itərsə, məlumatlar da "
        "itər. Ən azı 8 simvol istifadə edin.",
        "База данных шифруется этой парольной фразой. Её нельзя восстановить: если она потеряна, потеряны и "
        "данные. Используйте не менее 8 символов."),
    "Passphrase": ("Parol ifadəsi", "Парольная фраза"),
    "&Passphrase": ("&Parol ifadəsi", "&Парольная фраза"),
    "Confirm the passphrase": ("Parol ifadəsini təsdiqləyin", "Подтвердите парольную фразу"),
    "&Confirm": ("&Təsdiq", "&Подтверждение"),
    "Create the database": ("Verilənlər bazasını yarat", "Создать базу данных"),
    "Unlock": ("Kilidi aç", "Разблокировать"),
    "The passphrase needs at least 8 characters.": ("Parol ifadəsi ən azı 8 simvol olmalıdır.",
                                                    "Парольная фраза должна быть не короче 8 символов."),
    "The two passphrases differ; type them again.": ("İki parol ifadəsi fərqlidir; yenidən yazın.",
                                                     "Фразы не совпадают; введите их снова."),
    "Type the passphrase.": ("Parol ifadəsini yazın.", "Введите парольную фразу."),
    "Opening…": ("Açılır…", "Открывается…"),
    "Working…": ("İşlənir…", "Выполняется…"),
    "Cancelling…": ("Ləğv edilir…", "Отмена…"),
    "Stopped: {error}": ("Dayandı: {error}", "Остановлено: {error}"),
    "&Language": ("&Dil", "&Язык"),
    "&Help": ("&Kömək", "&Справка"),
    "Wrong passphrase for {path} (or the file is not a fieldkit database).": (
        "{path} üçün parol ifadəsi səhvdir (və ya fayl fieldkit verilənlər bazası deyil).",
        "Неверная парольная фраза для {path} (или файл не является базой fieldkit)."),
    "This answer is required.": ("Bu cavab mütləqdir.", "Этот ответ обязателен."),
    "This answer is not valid.": ("Bu cavab düzgün deyil.", "Этот ответ недопустим."),
    "expected text": ("mətn gözlənilir", "ожидается текст"),
    "{length} characters: longer than the {limit:,} an answer may have (a spreadsheet cell holds 32,767 and cuts "
    "the rest)": ("{length} simvol: cavab {limit:,} simvoldan uzun ola bilməz (cədvəl xanası 32 767 simvol saxlayır "
                  "və qalanını kəsir)",
                  "{length} символов: ответ не может быть длиннее {limit:,} (ячейка таблицы вмещает 32 767 и "
                  "обрезает остальное)"),
    "{value!r} is not a whole number": ("{value!r} tam ədəd deyil", "{value!r} — не целое число"),
    "{number} has more than 15 digits (Excel keeps 15)": ("{number} 15 rəqəmdən çoxdur (Excel 15 saxlayır)",
                                                          "{number}: больше 15 цифр (Excel хранит 15)"),
    "{value!r} has more than 15 digits (Excel keeps 15)": ("{value!r} 15 rəqəmdən çoxdur (Excel 15 saxlayır)",
                                                           "{value!r}: больше 15 цифр (Excel хранит 15)"),
    "{value!r} is not a number": ("{value!r} ədəd deyil", "{value!r} — не число"),
    "{value!r} is not a date (YYYY-MM-DD)": ("{value!r} tarix deyil (gg.aa.iiii)", "{value!r} — не дата (дд.мм.гггг)"),
    "{value!r} is not a time (HH:MM)": ("{value!r} vaxt deyil (SS:DD)", "{value!r} — не время (ЧЧ:ММ)"),
    "{value!r}: an acknowledgement is 'OK' or empty": ("{value!r}: təsdiq 'OK' və ya boş olur",
                                                       "{value!r}: подтверждение — «OK» или пусто"),
    "expected one choice name": ("bir seçim gözlənilir", "ожидается один вариант"),
    "{value!r} is not one of the choices ({choices})": ("{value!r} seçimlərdən biri deyil ({choices})",
                                                        "{value!r} — не один из вариантов ({choices})"),
    "expected a list of choice names": ("seçimlərin siyahısı gözlənilir", "ожидается список вариантов"),
    "{values} not among the choices ({choices})": ("{values} seçimlər arasında yoxdur ({choices})",
                                                   "{values} нет среди вариантов ({choices})"),
    "{number} is outside the range {low} to {high}": ("{number} {low}–{high} aralığından kənardır",
                                                      "{number} вне диапазона от {low} до {high}"),
    "{number} is not on a step of {step} from {start}": ("{number} {start}-dan {step} addımına düşmür",
                                                         "{number} не кратно шагу {step} от {start}"),
    "the answer (not shown: the field is privacy-marked)": (
        "cavab (göstərilmir: sahə məxfilik işarəlidir)", "ответ (не показан: поле помечено как конфиденциальное)"),
    "the database passphrase needs at least {n} characters; nothing was created": (
        "verilənlər bazasının parol ifadəsi ən azı {n} simvol olmalıdır; heç nə yaradılmadı",
        "парольная фраза базы данных должна содержать не менее {n} символов; ничего не создано"),
    "the export password needs at least {n} characters; nothing was written": (
        "ixracın parolu ən azı {n} simvol olmalıdır; heç nə yazılmadı",
        "пароль экспорта должен содержать не менее {n} символов; ничего не записано"),
    "the password of the unsealed copy needs at least {n} characters; nothing was written": (
        "açılmış surətin parolu ən azı {n} simvol olmalıdır; heç nə yazılmadı",
        "пароль распечатанной копии должен содержать не менее {n} символов; ничего не записано"),
    "the key passphrase needs at least {n} characters; nothing was written": (
        "açarın parol ifadəsi ən azı {n} simvol olmalıdır; heç nə yazılmadı",
        "парольная фраза ключа должна содержать не менее {n} символов; ничего не записано"),
    "{file} has no password, and its unsealed copy would hold victims' identities in clear: give the copy a "
    "password (FIELDKIT_EXPORT_PASSWORD, --ask-out-password), or say --no-password; nothing was written": (
        "{file} parolsuzdur və onun açılmış surəti qurbanların şəxsiyyətlərini açıq saxlayardı: surətə parol verin "
        "(FIELDKIT_EXPORT_PASSWORD, --ask-out-password) və ya --no-password deyin; heç nə yazılmadı",
        "{file} без пароля, и его распечатанная копия хранила бы личности пострадавших открыто: задайте копии "
        "пароль (FIELDKIT_EXPORT_PASSWORD, --ask-out-password) или укажите --no-password; ничего не записано"),
    "{value!r} is not among the choices offered here.": ("{value!r} burada təklif olunan seçimlərdən deyil.",
                                                         "{value!r} нет среди предложенных здесь вариантов."),
    "{value!r} is already used by another record of this form.": (
        "{value!r} bu formanın başqa qeydində artıq istifadə olunub.",
        "{value!r} уже используется в другой записи этой формы."),
    "HQ's public key is not installed on this laptop, so this answer cannot be kept (it would be readable). "
    "Install it with 'fieldkit keys install' or File > Install HQ's key.": (
        "Mərkəzin açıq açarı bu noutbukda quraşdırılmayıb, ona görə bu cavab saxlanıla bilməz (oxunaqlı qalardı). "
        "Onu 'fieldkit keys install' və ya Fayl > Mərkəzin açıq açarını quraşdır ilə quraşdırın.",
        "Открытый ключ штаба не установлен на этом ноутбуке, поэтому этот ответ нельзя сохранить (он остался бы "
        "читаемым). Установите его командой 'fieldkit keys install' или через Файл > Установить открытый ключ "
        "штаба."),
    "Name of this laptop": ("Bu noutbukun adı", "Имя этого ноутбука"),
    "&Name of this laptop": ("Bu noutbukun &adı", "&Имя этого ноутбука"),
    "Optional: HQ's '...-pub.pem' file, needed for victims' feedback": (
        "İstəyə görə: mərkəzin '...-pub.pem' faylı, qurbanların rəyi üçün lazımdır",
        "Необязательно: файл штаба '...-pub.pem', нужен для отзывов пострадавших"),
    "HQ's &public key": ("Mərkəzin &açıq açarı", "Открытый &ключ штаба"),
    "Look around first: open a sample database": ("Əvvəlcə tanış olun: nümunə verilənlər bazasını açın",
                                                  "Сначала осмотреться: открыть учебную базу"),
    "Too short: at least 8 characters.": ("Çox qısadır: ən azı 8 simvol.", "Слишком коротко: не менее 8 символов."),
    "Weak: longer, or mix words, digits and signs.": ("Zəif: daha uzun edin və ya söz, rəqəm və işarələri qarışdırın.",
                                                      "Слабо: длиннее, или смешайте слова, цифры и знаки."),
    "Fair.": ("Orta.", "Средне."),
    "Strong.": ("Güclü.", "Надёжно."),
    "Making the sample database…": ("Nümunə verilənlər bazası hazırlanır…", "Создаётся учебная база…"),
    "&Keyboard shortcuts": ("&Klaviatura qısayolları", "&Сочетания клавиш"),
    "Keyboard shortcuts": ("Klaviatura qısayolları", "Сочетания клавиш"),
    "Keys": ("Düymələr", "Клавиши"),
    "What they do": ("Nə edir", "Что делают"),
    "New record of the selected form": ("Seçilmiş formanın yeni qeydi", "Новая запись выбранной формы"),
    "Open the selected record; in a form, go to the next question": (
        "Seçilmiş qeydi aç; formada növbəti suala keç", "Открыть выбранную запись; в форме — к следующему вопросу"),
    "Next / previous answer": ("Növbəti / əvvəlki cavab", "Следующий / предыдущий ответ"),
    "Answer a choice": ("Seçimə cavab ver", "Выбрать ответ"),
    "Open the calendar of a date": ("Tarixin təqvimini aç", "Открыть календарь даты"),
    "Save the draft": ("Qaralamanı saxla", "Сохранить черновик"),
    "Finalise the record": ("Qeydi yekunlaşdır", "Завершить запись"),
    "Close the form (its draft is saved)": ("Formanı bağla (qaralama saxlanılır)",
                                            "Закрыть форму (черновик сохраняется)"),
    "Search the records": ("Qeydlərdə axtar", "Поиск записей"),
    "Delete the selected record": ("Seçilmiş qeydi sil", "Удалить выбранную запись"),
    "Export to / import from Excel": ("Excelə ixrac / Exceldən idxal", "Экспорт в Excel / импорт из Excel"),
    "This list": ("Bu siyahı", "Этот список"),
    "Quit": ("Çıxış", "Выход"),
    "{language}: from the next start of fieldkit.": ("{language}: fieldkit növbəti dəfə açılanda.",
                                                     "{language}: при следующем запуске fieldkit."),
    # Refused imports and the database's messages (context "messages", fieldkit/ui/messages.py)
    "{file}, {detail}": ("{file}, {detail}", "{file}, {detail}"),
    "{file}{detail}": ("{file}{detail}", "{file}{detail}"),
    "sheet {sheet}, row {row}": ("{sheet} vərəqi, sətir {row}", "лист {sheet}, строка {row}"),
    "{where}, column {column}": ("{where}, {column} sütunu", "{where}, столбец {column}"),
    "{where}: {problem}": ("{where}: {problem}", "{where}: {problem}"),
    "{where}, column {column}: {problem}": ("{where}, {column} sütunu: {problem}", "{where}, столбец {column}: {problem}"),
    "sheet {sheet}, {problem}": ("{sheet} vərəqi, {problem}", "лист {sheet}, {problem}"),
    "{file}: no such file": ("{file}: belə fayl yoxdur", "{file}: такого файла нет"),
    "{file}: not an .xlsx workbook (not a zip archive; truncated or another kind of file)": (
        "{file}: .xlsx iş kitabı deyil (zip arxivi deyil; kəsilib və ya başqa növ fayldır)",
        "{file}: не книга .xlsx (не zip-архив; файл обрезан или другого типа)"),
    "{file}: damaged: the workbook's XML cannot be read": (
        "{file}: zədələnib: iş kitabının XML-i oxuna bilmir",
        "{file}: повреждён: XML книги не читается"),
    "{file}: refused, {parts} parts inside (a zip bomb?)": ("{file}: rədd edildi, içində {parts} hissə var (zip bombası?)",
                                                            "{file}: отклонён, внутри {parts} частей (zip-бомба?)"),
    "{file}: refused, it would unpack to {size} GB (a zip bomb?)": (
        "{file}: rədd edildi, açılanda {size} GB olardı (zip bombası?)",
        "{file}: отклонён, при распаковке занял бы {size} ГБ (zip-бомба?)"),
    "{file}: refused, part {part} is compressed {ratio}x (a zip bomb?)": (
        "{file}: rədd edildi, {part} hissəsi {ratio} dəfə sıxılıb (zip bombası?)",
        "{file}: отклонён, часть {part} сжата в {ratio} раз (zip-бомба?)"),
    "{file}: refused, part {part} and the other parts read whole need {size} MB of memory, more than a file of "
    "this size may ({budget} MB; a zip bomb?)": (
        "{file}: rədd edildi, {part} hissəsi və bütöv oxunan digər hissələr {size} MB yaddaş tələb edir, bu ölçüdə "
        "fayl üçün icazə veriləndən çox ({budget} MB; zip bombası?)",
        "{file}: отклонён, часть {part} и другие части, читаемые целиком, требуют {size} МБ памяти — больше, чем "
        "допустимо для файла такого размера ({budget} МБ; zip-бомба?)"),
    "{file}: refused, part {part} declares XML entities (an entity bomb?)": (
        "{file}: rədd edildi, {part} hissəsi XML obyektləri elan edir (obyekt bombası?)",
        "{file}: отклонён, часть {part} объявляет XML-сущности (бомба сущностей?)"),
    "{file}: damaged part {part} (it does not read back as it was stored)": (
        "{file}: {part} hissəsi zədələnib (saxlandığı kimi oxunmur)",
        "{file}: часть {part} повреждена (не читается так, как была записана)"),
    "{file}: damaged part {part} ({problem})": ("{file}: {part} hissəsi zədələnib ({problem})",
                                                "{file}: повреждена часть {part} ({problem})"),
    "{file}, sheet {sheet}, cell {cell}: refused, it holds a formula; a fieldkit export has values only (was it edited in Excel?)": (
        "{file}, {sheet} vərəqi, {cell} xanası: rədd edildi, orada düstur var; fieldkit ixracında yalnız dəyərlər olur "
        "(Excel-də dəyişdirilib?)",
        "{file}, лист {sheet}, ячейка {cell}: отклонено, в ней формула; экспорт fieldkit содержит только значения "
        "(его меняли в Excel?)"),
    "{file}: refused, {part} holds formulas; a fieldkit export has values only (was it edited in Excel?)": (
        "{file}: rədd edildi, {part} düsturlar saxlayır; fieldkit ixracında yalnız dəyərlər olur (Excel-də "
        "dəyişdirilib?)",
        "{file}: отклонён, {part} содержит формулы; в экспорте fieldkit только значения (его правили в Excel?)"),
    "{file}, sheet {sheet}: damaged: the sheet XML cannot be read": (
        "{file}, {sheet} vərəqi: zədələnib: vərəqin XML-i oxuna bilmir",
        "{file}, лист {sheet}: повреждён: XML листа не читается"),
    "{file}: cannot be decrypted or read (not an encrypted .xlsx)": (
        "{file}: şifrəsi açıla və ya oxuna bilmir (şifrələnmiş .xlsx deyil)",
        "{file}: не расшифровывается и не читается (не зашифрованный .xlsx)"),
    "{file}: an old Excel (.xls) or other Office file, not an .xlsx export": (
        "{file}: köhnə Excel (.xls) və ya başqa Office faylıdır, .xlsx ixracı deyil",
        "{file}: старый Excel (.xls) или другой файл Office, не экспорт .xlsx"),
    "{file} is protected by a password; give it (FIELDKIT_IMPORT_PASSWORD or --ask-password; in the window, "
    "the Password field)": (
        "{file} parolla qorunur; parolu verin (FIELDKIT_IMPORT_PASSWORD və ya --ask-password; pəncərədə Parol sahəsi)",
        "{file} защищён паролем; укажите его (FIELDKIT_IMPORT_PASSWORD или --ask-password; в окне — поле «Пароль»)"),
    "{file}: wrong password": ("{file}: parol səhvdir", "{file}: неверный пароль"),
    "{file}: cannot be decrypted ({problem})": ("{file}: şifrəsi açıla bilmir ({problem})",
                                                "{file}: не расшифровывается ({problem})"),
    ": not a fieldkit export (it has no _manifest sheet)": (": fieldkit ixracı deyil (_manifest vərəqi yoxdur)",
                                                            ": не экспорт fieldkit (нет листа _manifest)"),
    ": not a fieldkit export (unknown manifest format)": (": fieldkit ixracı deyil (naməlum manifest formatı)",
                                                          ": не экспорт fieldkit (неизвестный формат манифеста)"),
    ": an anonymised export is for reading, not for merging (its records have no identity to merge on)": (
        ": anonimləşdirilmiş ixrac oxumaq üçündür, birləşdirmək üçün deyil (qeydlərinin birləşdirmə üçün kimliyi yoxdur)",
        ": анонимизированный экспорт — для чтения, не для слияния (у его записей нет идентичности для слияния)"),
    ": export format version {version!r} is not one this fieldkit reads (it reads {known}); update fieldkit": (
        ": {version!r} ixrac formatı versiyasını bu fieldkit oxumur (o, {known} oxuyur); fieldkit-i yeniləyin",
        ": версию формата экспорта {version!r} этот fieldkit не читает (он читает {known}); обновите fieldkit"),
    ": form {form} version {version} differs from the one installed here; the same version must have the same content": (
        ": {form} formasının {version} versiyası burada quraşdırılmışdan fərqlidir; eyni versiyanın məzmunu eyni olmalıdır",
        ": форма {form} версии {version} отличается от установленной здесь; у одной версии должно быть одно содержание"),
    "sheet {sheet}: listed in the manifest but missing": ("{sheet} vərəqi: manifestdə var, amma faylda yoxdur",
                                                          "лист {sheet}: указан в манифесте, но отсутствует"),
    "sheet {sheet}: column {column} is missing": ("{sheet} vərəqi: {column} sütunu yoxdur",
                                                  "лист {sheet}: нет столбца {column}"),
    "sheet {sheet}: column {column} appears twice": ("{sheet} vərəqi: {column} sütunu iki dəfə var",
                                                     "лист {sheet}: столбец {column} встречается дважды"),
    "sheet {sheet}: {rows} rows or more, but the manifest says {count}": (
        "{sheet} vərəqi: {rows} və ya daha çox sətir, amma manifestdə {count} deyilir",
        "лист {sheet}: {rows} строк или больше, а в манифесте {count}"),
    "sheet {sheet}: {rows} rows, but the manifest says {count}": (
        "{sheet} vərəqi: {rows} sətir, amma manifestdə {count} deyilir",
        "лист {sheet}: {rows} строк, а в манифесте {count}"),
    "sheet {sheet}: record {uuid} is in the manifest but in no sheet": (
        "{sheet} vərəqi: {uuid} qeydi manifestdə var, amma heç bir vərəqdə yoxdur",
        "лист {sheet}: запись {uuid} есть в манифесте, но ни на одном листе"),
    "sheet {sheet}: record {uuid} is listed twice": ("{sheet} vərəqi: {uuid} qeydi iki dəfə sadalanıb",
                                                     "лист {sheet}: запись {uuid} указана дважды"),
    "sheet {sheet}, row {row}: part {part!r} is not a number": ("{sheet} vərəqi, sətir {row}: {part!r} hissəsi ədəd deyil",
                                                                "лист {sheet}, строка {row}: часть {part!r} — не число"),
    "sheet {sheet}: the definition of form {form} {version} is broken ({problem})": (
        "{sheet} vərəqi: {form} {version} formasının tərifi pozulub ({problem})",
        "лист {sheet}: описание формы {form} {version} повреждено ({problem})"),
    "sheet {sheet}: the definition filed as {form} {version} is {actual}": (
        "{sheet} vərəqi: {form} {version} kimi qeyd olunan tərif əslində {actual}-dır",
        "лист {sheet}: описание, записанное как {form} {version}, на деле {actual}"),
    "sheet {sheet}, record {uuid}: ancestors {problem}": ("{sheet} vərəqi, {uuid} qeydi: əvvəlki versiyalar {problem}",
                                                          "лист {sheet}, запись {uuid}: предки {problem}"),
    "sheet {sheet}, record {uuid}: the manifest was altered (its hash no longer matches the untouched row)": (
        "{sheet} vərəqi, {uuid} qeydi: manifest dəyişdirilib (onun heşi toxunulmamış sətirlə artıq uyğun gəlmir)",
        "лист {sheet}, запись {uuid}: манифест изменён (его хеш больше не совпадает с нетронутой строкой)"),
    "{where}: form {form} version {version!r} is neither installed here nor in the file": (
        "{where}: {form} formasının {version!r} versiyası nə burada quraşdırılıb, nə də faylda var",
        "{where}: формы {form} версии {version!r} нет ни здесь, ни в файле"),
    "{where}: revision {revision} differs from the manifest's {listed}": (
        "{where}: {revision} versiyası manifestdəki {listed} versiyasından fərqlidir",
        "{where}: версия {revision} отличается от указанной в манифесте {listed}"),
    "{where}: {value!r} is not a number": ("{where}: {value!r} ədəd deyil", "{where}: {value!r} — не число"),
    "{where}: record {uuid} is not in the manifest": ("{where}: {uuid} qeydi manifestdə yoxdur",
                                                      "{where}: записи {uuid} нет в манифесте"),
    "{where}: record {uuid} appears twice in the file": ("{where}: {uuid} qeydi faylda iki dəfə var",
                                                         "{where}: запись {uuid} встречается в файле дважды"),
    "{where}, column _revision: {value!r} is not a revision number": (
        "{where}, _revision sütunu: {value!r} versiya nömrəsi deyil",
        "{where}, столбец _revision: {value!r} — не номер версии"),
    "{where}: _parent_uuid {parent} is no record of form {form} in this file": (
        "{where}: _parent_uuid {parent} bu faylda {form} formasının qeydi deyil",
        "{where}: _parent_uuid {parent} — не запись формы {form} в этом файле"),
    "{where}: form {form} {version} has no repeat {repeat}": ("{where}: {form} {version} formasında {repeat} təkrarı yoxdur",
                                                              "{where}: в форме {form} {version} нет повтора {repeat}"),
    "{where}, column _index: {index} leaves a gap (sheet {sheet} has no instance {missing} of {repeat} for this record)": (
        "{where}, _index sütunu: {index} boşluq yaradır ({sheet} vərəqində bu qeyd üçün {repeat} təkrarının {missing} "
        "nüsxəsi yoxdur)",
        "{where}, столбец _index: {index} оставляет пропуск (на листе {sheet} нет экземпляра {missing} повтора "
        "{repeat} для этой записи)"),
    "{where}, column _index: {index!r} is not a position (1, 2, ...)": (
        "{where}, _index sütunu: {index!r} mövqe deyil (1, 2, ...)",
        "{where}, столбец _index: {index!r} — не позиция (1, 2, ...)"),
    "{where}: instance {position} of {repeat} appears twice": ("{where}: {repeat} təkrarının nüsxəsi {position} iki dəfə var",
                                                               "{where}: экземпляр {position} повтора {repeat} встречается дважды"),
    "{where}, column _parent_path: {path!r} is no instance of this record": (
        "{where}, _parent_path sütunu: {path!r} bu qeydin nüsxəsi deyil",
        "{where}, столбец _parent_path: {path!r} — не экземпляр этой записи"),
    "{where}, column {column}: {value!r} is not a record id (a lower-case UUID, 8-4-4-4-12 hex digits)": (
        "{where}, {column} sütunu: {value!r} qeyd identifikatoru deyil (kiçik hərfli UUID, 8-4-4-4-12 onaltılıq rəqəm)",
        "{where}, столбец {column}: {value!r} — не идентификатор записи (UUID строчными, 8-4-4-4-12 шестнадцатеричных "
        "цифр)"),
    "{where}, column {column}: {value!r} is not a fieldkit device id": (
        "{where}, {column} sütunu: {value!r} fieldkit cihaz identifikatoru deyil",
        "{where}, столбец {column}: {value!r} — не идентификатор устройства fieldkit"),
    "{where}, column {column}: {value!r} is not a fieldkit time stamp": (
        "{where}, {column} sütunu: {value!r} fieldkit vaxt damğası deyil",
        "{where}, столбец {column}: {value!r} — не отметка времени fieldkit"),
    "disk full writing {file}; nothing was written": ("{file} yazılarkən disk doldu; heç nə yazılmadı",
                                                      "диск заполнен при записи {file}; ничего не записано"),
    "cannot write {file}: it is a folder or a device, not a file; nothing was written": (
        "{file} yazıla bilmir: bu fayl deyil, qovluq və ya qurğudur; heç nə yazılmadı",
        "невозможно записать {file}: это папка или устройство, а не файл; ничего не записано"),
    "import cancelled; nothing was changed": ("idxal ləğv edildi; heç nə dəyişmədi", "импорт отменён; ничего не изменено"),
    "{file}: the process reading it stopped unexpectedly (exit code {code}); nothing was changed": (
        "{file}: onu oxuyan proses gözlənilmədən dayandı (çıxış kodu {code}); heç nə dəyişmədi",
        "{file}: процесс, читавший его, неожиданно остановился (код выхода {code}); ничего не изменено"),
    "the passphrase is empty": ("parol ifadəsi boşdur", "парольная фраза пуста"),
    "no database at {path}": ("{path} ünvanında verilənlər bazası yoxdur", "по пути {path} нет базы данных"),
    "cannot create the folder {folder}: {problem}": ("{folder} qovluğu yaradıla bilmir: {problem}",
                                                     "не удаётся создать папку {folder}: {problem}"),
    "{path} is a folder, not a database file": ("{path} qovluqdur, verilənlər bazası faylı deyil",
                                                "{path} — папка, а не файл базы данных"),
    "cannot open {path}: {problem}": ("{path} açıla bilmir: {problem}", "не удаётся открыть {path}: {problem}"),
    "wrong passphrase for {path} (or the file is not a fieldkit database)": (
        "{path} üçün parol ifadəsi səhvdir (və ya fayl fieldkit verilənlər bazası deyil)",
        "неверная парольная фраза для {path} (или файл — не база данных fieldkit)"),
    "{path} is busy: another fieldkit is writing to it; try again": (
        "{path} məşğuldur: başqa fieldkit ona yazır; yenidən cəhd edin",
        "{path} занята: в неё пишет другой fieldkit; попробуйте ещё раз"),
    "{path} is read-only: cannot save here": ("{path} yalnız oxumaq üçündür: burada saxlamaq olmur",
                                              "{path} только для чтения: сохранить здесь нельзя"),
    "the disk holding {path} is full: nothing was saved": ("{path} olan disk doludur: heç nə saxlanmadı",
                                                           "диск с {path} заполнен: ничего не сохранено"),
    "{file}: no such backup": ("{file}: belə ehtiyat nüsxə yoxdur", "{file}: такой резервной копии нет"),
    "{file} fails its check ({problem}); nothing was restored": (
        "{file} yoxlamadan keçmir ({problem}); heç nə bərpa edilmədi",
        "{file} не проходит проверку ({problem}); ничего не восстановлено"),
    # damage, recovery, restore (issue 13)
    '{path} is open in another fieldkit (a window or a command): close it, then restore again; nothing was restored': (
        '{path} başqa fieldkit-də açıqdır (pəncərə və ya əmr): onu bağlayın, sonra yenidən bərpa edin; heç nə bərpa edilmədi',
        '{path} открыта в другом fieldkit (окно или команда): закройте её и повторите восстановление; ничего не восстановлено'),
    'the name of {path} is too long ({size} characters): fieldkit keeps its journal beside it as NAME-wal; give it a shorter name': (
        '{path} faylının adı çox uzundur ({size} simvol): fieldkit jurnalını onun yanında NAME-wal kimi saxlayır; ona daha qısa ad verin',
        'имя {path} слишком длинное ({size} символов): fieldkit хранит журнал рядом с ним как NAME-wal; дайте ему имя короче'),
    'backup to {path} failed: {problem}; no backup was written': (
        '{path} ünvanına ehtiyat nüsxə alınmadı: {problem}; heç bir ehtiyat nüsxə yazılmadı',
        'резервное копирование в {path} не удалось: {problem}; копия не записана'),
    'no backup was written': (
        'heç bir ehtiyat nüsxə yazılmadı',
        'резервная копия не записана'),
    'nothing was restored': (
        'heç nə bərpa edilmədi',
        'ничего не восстановлено'),
    'cannot read or write {path}: {problem}': (
        '{path} oxuna və ya yazıla bilmir: {problem}',
        'не удаётся прочитать или записать {path}: {problem}'),
    'cannot read {path}: {problem}': (
        '{path} oxuna bilmir: {problem}',
        'не удаётся прочитать {path}: {problem}'),
    'cannot replace {path}: {problem}; the backup is checked and waits in {staged}': (
        '{path} əvəz edilə bilmir: {problem}; ehtiyat nüsxə yoxlanılıb və {staged} faylında gözləyir',
        'не удаётся заменить {path}: {problem}; резервная копия проверена и ждёт в {staged}'),
    'cannot write {path}: {problem}; {action}': (
        '{path} yazıla bilmir: {problem}; {action}',
        'не удаётся записать {path}: {problem}; {action}'),
    'recover writes a new database: give it a file other than {path}': (
        'recover yeni verilənlər bazası yazır: ona {path} faylından başqa fayl verin',
        'recover пишет новую базу данных: укажите файл, отличный от {path}'),
    'the disk holding {path} is full: {action}': (
        '{path} olan disk doludur: {action}',
        'диск с {path} заполнен: {action}'),
    'the folder {folder} is read-only: fieldkit writes its journal beside {path}; make the folder writable': (
        '{folder} qovluğu yalnız oxumaq üçündür: fieldkit jurnalını {path} faylının yanına yazır; qovluğu yazıla bilən edin',
        'папка {folder} только для чтения: fieldkit пишет свой журнал рядом с {path}; разрешите запись в папку'),
    "the journal {wal} of {path} is missing (deleted?): the latest saves are in it; put it back beside the database, or restore a backup ('fieldkit check' names the latest good one)": (
        "{path} faylının {wal} jurnalı yoxdur (silinib?): son saxlananlar ondadır; onu verilənlər bazasının yanına qaytarın və ya ehtiyat nüsxəni bərpa edin ('fieldkit check' sonuncu yaxşı nüsxəni göstərir)",
        "журнал {wal} базы {path} отсутствует (удалён?): в нём последние сохранения; верните его рядом с базой или восстановите резервную копию ('fieldkit check' назовёт последнюю исправную)"),
    '{file} is damaged ({problem})': (
        '{file} zədələnib ({problem})',
        '{file} повреждён ({problem})'),
    '{file} is empty: not a backup': (
        '{file} boşdur: ehtiyat nüsxə deyil',
        '{file} пуст: это не резервная копия'),
    "{file} is not a fieldkit database (its tables are not fieldkit's)": (
        '{file} fieldkit verilənlər bazası deyil (cədvəlləri fieldkit-in deyil)',
        '{file} — не база данных fieldkit (её таблицы не от fieldkit)'),
    '{file}: {problem}': (
        '{file}: {problem}',
        '{file}: {problem}'),
    '{path} exists already: give recover a new file name': (
        '{path} artıq var: recover üçün yeni fayl adı verin',
        '{path} уже существует: дайте recover новое имя файла'),
    "{path} is damaged ({problem}): nothing more is written to it; 'fieldkit check' names the latest good backup to restore, 'fieldkit recover --out NEW.db' saves what can still be read": (
        "{path} zədələnib ({problem}): ona daha heç nə yazılmır; 'fieldkit check' bərpa üçün sonuncu yaxşı ehtiyat nüsxəni göstərir, 'fieldkit recover --out NEW.db' hələ oxunanları saxlayır",
        "{path} повреждена ({problem}): в неё больше ничего не пишется; 'fieldkit check' назовёт последнюю исправную резервную копию для восстановления, 'fieldkit recover --out NEW.db' сохранит то, что ещё читается"),
    "{path} is damaged and no good backup of it was found in {folder}: save what still reads with 'fieldkit --db {path} recover --out NEW.db'": (
        "{path} zədələnib və {folder} qovluğunda onun yaxşı ehtiyat nüsxəsi tapılmadı: hələ oxunanları 'fieldkit --db {path} recover --out NEW.db' ilə saxlayın",
        "{path} повреждена, и в {folder} нет её исправной резервной копии: сохраните то, что ещё читается, командой 'fieldkit --db {path} recover --out NEW.db'"),
    "{path} is damaged; the latest good backup is {backup}: restore it with 'fieldkit --db {path} restore {backup}' (or save what still reads with 'fieldkit --db {path} recover --out NEW.db')": (
        "{path} zədələnib; sonuncu yaxşı ehtiyat nüsxə {backup}: onu 'fieldkit --db {path} restore {backup}' ilə bərpa edin (və ya hələ oxunanları 'fieldkit --db {path} recover --out NEW.db' ilə saxlayın)",
        "{path} повреждена; последняя исправная резервная копия — {backup}: восстановите её командой 'fieldkit --db {path} restore {backup}' (или сохраните то, что ещё читается: 'fieldkit --db {path} recover --out NEW.db')"),
    '{path} is not a fieldkit database ({size} bytes, not whole encrypted pages)': (
        '{path} fieldkit verilənlər bazası deyil ({size} bayt, tam şifrlənmiş səhifələr deyil)',
        '{path} — не база данных fieldkit ({size} байт, не целые зашифрованные страницы)'),
    '{path} is not encrypted: not a fieldkit database': (
        '{path} şifrlənməyib: fieldkit verilənlər bazası deyil',
        '{path} не зашифрован: это не база данных fieldkit'),
    '{path} is on a read-only disk: nothing can be saved to it; copy it to a writable folder': (
        '{path} yalnız oxunan diskdədir: ona heç nə saxlamaq olmur; onu yazıla bilən qovluğa köçürün',
        '{path} на диске только для чтения: сохранить в неё ничего нельзя; скопируйте её в папку с правом записи'),
    '{path} is read-only (the file cannot be written): nothing can be saved to it; make it writable or copy it elsewhere': (
        '{path} yalnız oxumaq üçündür (fayl yazıla bilmir): ona heç nə saxlamaq olmur; onu yazıla bilən edin və ya başqa yerə köçürün',
        '{path} только для чтения (файл нельзя записать): сохранить в неё ничего нельзя; разрешите запись или скопируйте её в другое место'),
    '{path}: its first page (the list of its tables) does not read: nothing can be salvaged; restore a backup': (
        '{path}: birinci səhifəsi (cədvəllərinin siyahısı) oxunmur: heç nə xilas etmək olmur; ehtiyat nüsxəni bərpa edin',
        '{path}: её первая страница (список таблиц) не читается: спасти ничего нельзя; восстановите резервную копию'),
    '{problem}; no backup was written': (
        '{problem}; heç bir ehtiyat nüsxə yazılmadı',
        '{problem}; резервная копия не записана'),
    '{problem}; nothing was restored': (
        '{problem}; heç nə bərpa edilmədi',
        '{problem}; ничего не восстановлено'),
    "Not saved yet: {error}. What you typed is kept; saving again in a few seconds.": (
        "Hələ saxlanmayıb: {error}. Yazdıqlarınız qalır; bir neçə saniyədən sonra yenidən saxlanacaq.",
        "Ещё не сохранено: {error}. Введённое сохраняется в форме; новая попытка через несколько секунд."),
    # editing a final record (issue 13)
    "&Edit": ("&Redaktə et", "&Редактировать"),
    "Change this final record: the edit is kept apart until it is finalised or discarded (F2)": (
        "Bu yekun qeydi dəyişdir: dəyişiklik yekunlaşdırılana və ya ləğv edilənə qədər ayrıca saxlanılır (F2)",
        "Изменить эту окончательную запись: правка хранится отдельно, пока её не завершат или не отменят (F2)"),
    "Check every answer and make the edit the record's next revision (Ctrl+Enter)": (
        "Hər cavabı yoxla və dəyişikliyi qeydin növbəti versiyası et (Ctrl+Enter)",
        "Проверить все ответы и сделать правку следующей версией записи (Ctrl+Enter)"),
    "Discard edit": ("Dəyişikliyi ləğv et", "Отменить правку"),
    "Discard the changes to this record? It stays as it was finalised (revision {revision}).": (
        "Bu qeyddəki dəyişikliklər ləğv edilsin? Qeyd yekunlaşdırıldığı kimi qalır (versiya {revision}).",
        "Отменить изменения этой записи? Она останется такой, какой была завершена (версия {revision})."),
    "Edit a final record (the edit is finalised or discarded)": (
        "Yekun qeydi redaktə et (dəyişiklik yekunlaşdırılır və ya ləğv edilir)",
        "Редактировать окончательную запись (правку завершают или отменяют)"),
    "Finalise edit": ("Dəyişikliyi yekunlaşdır", "Завершить правку"),
    "Forget the changes: the record stays as it was finalised": (
        "Dəyişiklikləri unut: qeyd yekunlaşdırıldığı kimi qalır",
        "Забыть изменения: запись останется такой, какой была завершена"),
    "Keep the edit so far; the record stays final as it was until the edit is finalised (Ctrl+S)": (
        "İndiyədək dəyişikliyi saxla; dəyişiklik yekunlaşdırılana qədər qeyd olduğu kimi yekun qalır (Ctrl+S)",
        "Сохранить правку; до её завершения запись остаётся окончательной в прежнем виде (Ctrl+S)"),
    "Save edit": ("Dəyişikliyi saxla", "Сохранить правку"),
    "The edit could not be discarded": ("Dəyişiklik ləğv edilə bilmədi", "Не удалось отменить правку"),
    "The edit could not be finalised": ("Dəyişiklik yekunlaşdırıla bilmədi", "Не удалось завершить правку"),
    "edit not saved yet": ("dəyişiklik hələ saxlanılmayıb", "правка ещё не сохранена"),
    "edit saved {time}": ("dəyişiklik {time} saxlanılıb", "правка сохранена {time}"),
    "final, edit pending": ("yekun, dəyişiklik gözləyir", "окончательная, есть правка"),
    "read-only: press Edit ({key}) to change it": (
        "yalnız oxumaq üçün: dəyişmək üçün Redaktə et ({key}) düyməsini basın",
        "только для чтения: чтобы изменить, нажмите «Редактировать» ({key})"),
    "reports and exports use the final revision until the edit is finalised": (
        "dəyişiklik yekunlaşdırılana qədər hesabatlar və ixrac yekun versiyanı istifadə edir",
        "пока правка не завершена, отчёты и экспорт используют окончательную версию"),
    "{uuid}: an edit of this final record is pending; reports and exports use the final revision until it is "
    "finalised": (
        "{uuid}: bu yekun qeydin dəyişikliyi gözləyir; o yekunlaşdırılana qədər hesabatlar və ixrac yekun versiyanı "
        "istifadə edir",
        "{uuid}: у этой окончательной записи есть незавершённая правка; до её завершения отчёты и экспорт "
        "используют окончательную версию"),
    "This record changed while it was being edited (revision {revision} arrived, the edit started from revision "
    "{base}). Discard the edit and edit the record again.": (
        "Bu qeyd redaktə edilərkən dəyişdi (versiya {revision} gəldi, dəyişiklik versiya {base} üzərindən "
        "başlamışdı). Dəyişikliyi ləğv edin və qeydi yenidən redaktə edin.",
        "Эта запись изменилась во время правки (пришла версия {revision}, правка начата с версии {base}). "
        "Отмените правку и отредактируйте запись заново."),
    "fieldkit stopped while “{title}” ({form}) was being edited. The edit was saved {time}; the record stays "
    "final as it was until the edit is finalised.": (
        "fieldkit “{title}” ({form}) redaktə edilərkən dayandı. Dəyişiklik {time} saxlanılıb; dəyişiklik "
        "yekunlaşdırılana qədər qeyd olduğu kimi yekun qalır.",
        "fieldkit остановился во время правки «{title}» ({form}). Правка сохранена {time}; до её завершения "
        "запись остаётся окончательной в прежнем виде."),
    # signed workbooks (issue 13, point 3)
    ": an unsigned export from an older fieldkit (format version 1); update fieldkit on that laptop and export again": (
        ": köhnə fieldkit-in imzasız ixracı (format versiyası 1); həmin noutbukda fieldkit-i yeniləyin və yenidən ixrac edin",
        ": неподписанный экспорт старой версии fieldkit (версия формата 1); обновите fieldkit на том ноутбуке и "
        "экспортируйте снова"),
    ": the manifest is not signed (altered after export, or not written by fieldkit)": (
        ": manifest imzalanmayıb (ixracdan sonra dəyişdirilib, ya da fieldkit tərəfindən yazılmayıb)",
        ": манифест не подписан (изменён после экспорта или записан не fieldkit)"),
    ": the manifest's signature does not match: altered after export": (
        ": manifestin imzası uyğun gəlmir: ixracdan sonra dəyişdirilib",
        ": подпись манифеста не совпадает: изменён после экспорта"),
    ": the manifest's device id {device!r} or name {name!r} is not one fieldkit writes": (
        ": manifestdəki {device!r} cihaz id-si və ya {name!r} adı fieldkit-in yazdığı kimi deyil",
        ": идентификатор устройства {device!r} или имя {name!r} в манифесте не такие, какие пишет fieldkit"),
    "sheet {sheet}: altered after export (it is not what the signed manifest says)": (
        "{sheet} vərəqi: ixracdan sonra dəyişdirilib (imzalı manifestin dediyi deyil)",
        "лист {sheet}: изменён после экспорта (не то, что говорит подписанный манифест)"),
    "{where}: column _created_at, _updated_at, _device or _form_version differs from the signed manifest (altered after export)": (
        "{where}: _created_at, _updated_at, _device və ya _form_version sütunu imzalı manifestdən fərqlidir "
        "(ixracdan sonra dəyişdirilib)",
        "{where}: столбец _created_at, _updated_at, _device или _form_version отличается от подписанного манифеста "
        "(изменён после экспорта)"),
    "laptop {name} signs with a new key; if reinstalled, check its fingerprint with the owner, then run `fieldkit devices trust {device} {file}`": (
        "{name} noutbuku yeni açarla imzalayır; yenidən quraşdırılıbsa, barmaq izini sahibi ilə yoxlayın, sonra "
        "`fieldkit devices trust {device} {file}` işlədin",
        "ноутбук {name} подписывает новым ключом; если он переустановлен, сверьте отпечаток с владельцем, затем "
        "выполните `fieldkit devices trust {device} {file}`"),
    "this workbook claims to come from this database itself (device {device}) but is not signed with its key: a forgery": (
        "bu iş kitabı bu verilənlər bazasının özündən gəldiyini iddia edir ({device} cihazı), amma onun açarı ilə "
        "imzalanmayıb: saxtadır",
        "эта книга выдаёт себя за файл из этой самой базы данных (устройство {device}), но не подписана её ключом: "
        "подделка"),
    "laptop {name} ({device}) signs with key {key}, which is laptop {other}'s ({other_device}): one laptop cannot sign as another; if {other} was reinstalled under a new id, check with its owner and run `fieldkit devices trust {device} FILE`": (
        "{name} ({device}) noutbuku {key} açarı ilə imzalayır, bu isə {other} ({other_device}) noutbukunun açarıdır: "
        "bir noutbuk başqası adından imzalaya bilməz; {other} yeni id ilə yenidən quraşdırılıbsa, sahibi ilə "
        "yoxlayın və `fieldkit devices trust {device} FILE` işlədin",
        "ноутбук {name} ({device}) подписывает ключом {key}, который принадлежит ноутбуку {other} ({other_device}): "
        "один ноутбук не может подписывать за другой; если {other} переустановлен под новым идентификатором, "
        "сверьтесь с владельцем и выполните `fieldkit devices trust {device} FILE`"),
    "{where}, column _created_at: {created} is later than _updated_at {updated}": (
        "{where}, _created_at sütunu: {created} _updated_at {updated} vaxtından sonradır",
        "{where}, столбец _created_at: {created} позже, чем _updated_at {updated}"),
    "{where}, column _status: {value!r} is not 'final' (only final records travel)": (
        "{where}, _status sütunu: {value!r} 'final' deyil (yalnız yekun qeydlər göndərilir)",
        "{where}, столбец _status: {value!r} — не 'final' (передаются только окончательные записи)"),
    "{where}, column _updated_at: {updated} is in the future": (
        "{where}, _updated_at sütunu: {updated} gələcəkdədir",
        "{where}, столбец _updated_at: {updated} в будущем"),
    "&Devices…": ("&Cihazlar…", "&Устройства…"),
    "Devices": ("Cihazlar", "Устройства"),
    "This laptop: {name}, key fingerprint {fingerprint}": ("Bu noutbuk: {name}, açarın barmaq izi {fingerprint}",
                                                            "Этот ноутбук: {name}, отпечаток ключа {fingerprint}"),
    "Laptops imported from (each key was trusted on its first import; 'fieldkit devices trust' trusts a new one):": (
        "İdxal edilən noutbuklar (hər açara ilk idxalda etibar edilib; yenisinə 'fieldkit devices trust' etibar edir):",
        "Ноутбуки, из которых был импорт (каждому ключу доверились при первом импорте; новому доверяет "
        "'fieldkit devices trust'):"),
    "Laptop": ("Noutbuk", "Ноутбук"),
    "Device id": ("Cihazın id-si", "Идентификатор устройства"),
    "Key fingerprint": ("Açarın barmaq izi", "Отпечаток ключа"),
    "First seen": ("İlk dəfə", "Впервые"),
    "Last seen": ("Son dəfə", "В последний раз"),
    "Files": ("Fayllar", "Файлы"),
    "New laptop {name}, key fingerprint {fingerprint}: it would be trusted on first use.": (
        "Yeni noutbuk {name}, açarın barmaq izi {fingerprint}: ilk istifadədə ona etibar ediləcək.",
        "Новый ноутбук {name}, отпечаток ключа {fingerprint}: ему будет оказано доверие при первом использовании."),
    "New laptop {name}, key fingerprint {fingerprint}, trusted on first use.": (
        "Yeni noutbuk {name}, açarın barmaq izi {fingerprint}, ilk istifadədə etibar edildi.",
        "Новый ноутбук {name}, отпечаток ключа {fingerprint}, доверие при первом использовании."),
    # unique clashes, rules checked at HQ, exports refused
    "{value} is not between 1900-01-01 and 9999-12-31 (a typo in the year?)": (
        "{value} 1900-01-01 ilə 9999-12-31 arasında deyil (ildə yazı səhvi?)",
        "{value} — не между 1900-01-01 и 9999-12-31 (опечатка в годе?)"),
    "answered although the form says it does not apply here (a record saved by fieldkit never keeps it)": (
        "forma bunun burada aid olmadığını desə də, cavablandırılıb (fieldkit-in saxladığı qeyddə bu heç vaxt qalmır)",
        "есть ответ, хотя по форме вопрос здесь не задаётся (запись, сохранённая fieldkit, его никогда не хранит)"),
    "{value!r} is not what the form calculates ({expected!r})": (
        "{value!r} formanın hesabladığı deyil ({expected!r})",
        "{value!r} — не то, что вычисляет форма ({expected!r})"),
    "{value} is not the score of these answers ({expected})": (
        "{value} bu cavabların balı deyil ({expected})",
        "{value} — не балл этих ответов ({expected})"),
    "give the incoming record another {field} to keep both": (
        "hər ikisini saxlamaq üçün gələn qeydə başqa {field} verin",
        "чтобы оставить обе, дайте входящей записи другой {field}"),
    "{field} {value!r}: {problem}": ("{field} {value!r}: {problem}", "{field} {value!r}: {problem}"),
    "{field} {value!r} is taken by another record too": (
        "{field} {value!r} başqa qeyddə də var",
        "{field} {value!r} уже есть и у другой записи"),
    "{form} record {uuid}, field {field}: {problem}; HQ would refuse the whole file, so nothing was exported: "
    "open the record, correct the answer and save it, then export again": (
        "{form} qeydi {uuid}, {field} sahəsi: {problem}; mərkəz bütün faylı qəbul etməzdi, ona görə heç nə ixrac "
        "olunmadı: qeydi açın, cavabı düzəldin və saxlayın, sonra yenidən ixrac edin",
        "{form}, запись {uuid}, поле {field}: {problem}; центр отклонил бы весь файл, поэтому ничего не "
        "экспортировано: откройте запись, исправьте ответ и сохраните, затем экспортируйте снова"),
    "Keep both, the incoming one with this answer:": (
        "Hər ikisini saxla, gələni bu cavabla:", "Оставить обе, входящую с этим ответом:"),
    "another record with the same {field}": ("eyni {field} ilə başqa qeyd", "другая запись с тем же {field}"),
    "One record: keep this laptop's": ("Bir qeyddir: bu noutbukdakını saxla", "Одна запись: оставить с этого ноутбука"),
    "One record: keep the incoming one": ("Bir qeyddir: gələni saxla", "Одна запись: оставить входящую"),
    "a new {field}": ("yeni {field}", "новый {field}"),
    "The incoming record has the same {field} as a record here, and no two records may share it. If both describe "
    "one and the same thing, keep one (the other is deleted as its duplicate, and can be restored); if they are "
    "two, keep both and give the incoming one another {field}.": (
        "Gələn qeydin {field} dəyəri buradakı bir qeydinki ilə eynidir, iki qeyd isə onu bölüşə bilməz. Hər ikisi eyni "
        "şeyi təsvir edirsə, birini saxlayın (digəri onun təkrarı kimi silinir və bərpa oluna bilər); iki ayrı "
        "şeydirsə, hər ikisini saxlayın və gələnə başqa {field} verin.",
        "У входящей записи тот же {field}, что у записи здесь, а у двух записей он не может совпадать. Если обе "
        "описывают одно и то же, оставьте одну (другая удаляется как её дубликат, её можно восстановить); если это "
        "две разные, оставьте обе и дайте входящей другой {field}."),
    "sheet {sheet}: form {form} version {version} weakens a privacy mark: {problem}": (
        "{sheet} vərəqi: {form} formasının {version} versiyası məxfilik işarəsini zəiflədir: {problem}",
        "лист {sheet}: версия {version} формы {form} ослабляет отметку конфиденциальности: {problem}"),
    "{file}, sheet {sheet}, row {row}, column {column}: this sealed value belongs to another record or field "
    "(moved here, or damaged); nothing was written": (
        "{file}, {sheet} vərəqi, {row} sətri, {column} sütunu: bu möhürlü dəyər başqa qeydə və ya sahəyə aiddir "
        "(bura köçürülüb və ya zədələnib); heç nə yazılmadı",
        "{file}, лист {sheet}, строка {row}, столбец {column}: это запечатанное значение принадлежит другой записи "
        "или полю (перенесено сюда или повреждено); ничего не записано"),
    "{file}, sheet {sheet}, row {row}, column {column}: this sealed value belongs to another instance of this "
    "repeat (moved here); nothing was written": (
        "{file}, {sheet} vərəqi, {row} sətri, {column} sütunu: bu möhürlü dəyər bu təkrarın başqa nüsxəsinə aiddir "
        "(bura köçürülüb); heç nə yazılmadı",
        "{file}, лист {sheet}, строка {row}, столбец {column}: это запечатанное значение принадлежит другому "
        "экземпляру этого повтора (перенесено сюда); ничего не записано"),
    "{file}, sheet {sheet}, row {row}, column {column}: a sealed value outside a record's row; nothing was "
    "written": (
        "{file}, {sheet} vərəqi, {row} sətri, {column} sütunu: qeyd sətrindən kənarda möhürlü dəyər; heç nə "
        "yazılmadı",
        "{file}, лист {sheet}, строка {row}, столбец {column}: запечатанное значение вне строки записи; ничего не "
        "записано"),
    "{file}, sheet {sheet}, row {row}, column {column}: {problem}; nothing was written": (
        "{file}, {sheet} vərəqi, {row} sətri, {column} sütunu: {problem}; heç nə yazılmadı",
        "{file}, лист {sheet}, строка {row}, столбец {column}: {problem}; ничего не записано"),
}
