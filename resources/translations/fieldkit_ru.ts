<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="ru_RU">
<context>
    <name>AcknowledgeWidget</name>
    <message>
        <location filename="../../fieldkit/ui/question_widgets.py" line="35" />
        <source>OK</source>
        <translation>ОК</translation>
    </message>
</context>
<context>
    <name>AuditDialog</name>
    <message>
        <location filename="../../fieldkit/ui/audit_view.py" line="20" />
        <source>Audit log</source>
        <translation>Журнал аудита</translation>
    </message>
    <message numerus="yes">
        <location filename="../../fieldkit/ui/audit_view.py" line="23" />
        <source>The last %n entries, newest first.</source>
        <translation><numerusform>Последняя %n запись, новые сверху.</numerusform><numerusform>Последние %n записи, новые сверху.</numerusform><numerusform>Последние %n записей, новые сверху.</numerusform></translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/audit_view.py" line="24" />
        <source>When</source>
        <translation>Когда</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/audit_view.py" line="24" />
        <source>Action</source>
        <translation>Действие</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/audit_view.py" line="24" />
        <source>Form</source>
        <translation>Форма</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/audit_view.py" line="24" />
        <source>Record</source>
        <translation>Запись</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/audit_view.py" line="24" />
        <source>Revision</source>
        <translation>Версия</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/audit_view.py" line="25" />
        <source>Device</source>
        <translation>Устройство</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/audit_view.py" line="25" />
        <source>Detail</source>
        <translation>Подробности</translation>
    </message>
</context>
<context>
    <name>BrowsePage</name>
    <message>
        <location filename="../../fieldkit/ui/browse_page.py" line="49" />
        <source>&lt;b&gt;Forms&lt;/b&gt;</source>
        <translation>&lt;b&gt;Формы&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/browse_page.py" line="52" />
        <source>Forms</source>
        <translation>Формы</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/browse_page.py" line="63" />
        <source>&amp;New</source>
        <translation>&amp;Новая</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/browse_page.py" line="64" />
        <source>New record of this form (Ctrl+N)</source>
        <translation>Новая запись этой формы (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/browse_page.py" line="66" />
        <source>&amp;Open</source>
        <translation>&amp;Открыть</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/browse_page.py" line="67" />
        <source>Open the selected record (Enter)</source>
        <translation>Открыть выбранную запись (Enter)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/browse_page.py" line="69" />
        <source>&amp;Delete</source>
        <translation>&amp;Удалить</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/browse_page.py" line="70" />
        <source>Delete the selected record (Del); the audit log keeps it</source>
        <translation>Удалить выбранную запись (Del); журнал аудита её сохраняет</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/browse_page.py" line="72" />
        <source>&amp;Restore</source>
        <translation>&amp;Восстановить</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/browse_page.py" line="73" />
        <source>Bring the selected deleted record back</source>
        <translation>Вернуть выбранную удалённую запись</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/browse_page.py" line="92" />
        <source>Records</source>
        <translation>Записи</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/browse_page.py" line="102" />
        <source>Delete record</source>
        <translation>Удалить запись</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/browse_page.py" line="123" />
        <source>Resume</source>
        <translation>Продолжить</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/browse_page.py" line="126" />
        <source>Later</source>
        <translation>Позже</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/browse_page.py" line="136" />
        <source>fieldkit stopped while “{title}” ({form}) was being edited. The edit was saved {time}; the record stays final as it was until the edit is finalised.</source>
        <translation>fieldkit остановился во время правки «{title}» ({form}). Правка сохранена {time}; до её завершения запись остаётся окончательной в прежнем виде.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/browse_page.py" line="139" />
        <source>fieldkit stopped while “{title}” ({form}) was open. Its draft was saved {time}.</source>
        <translation>fieldkit остановился, когда «{title}» ({form}) был открыт. Черновик сохранён {time}.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/browse_page.py" line="141" />
        <source>(untitled)</source>
        <translation>(без названия)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/browse_page.py" line="154" />
        <source>Search answers (Ctrl+F)</source>
        <translation>Поиск по ответам (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/browse_page.py" line="155" />
        <source>Search</source>
        <translation>Поиск</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/browse_page.py" line="166" />
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/browse_page.py" line="167" />
        <source>All records</source>
        <translation>Все записи</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/browse_page.py" line="167" />
        <source>Drafts</source>
        <translation>Черновики</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/browse_page.py" line="167" />
        <source>Final</source>
        <translation>Итоговая</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/browse_page.py" line="168" />
        <source>Deleted</source>
        <translation>Удалённые</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/browse_page.py" line="172" />
        <source>Created from</source>
        <translation>Создано с</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/browse_page.py" line="178" />
        <source>From</source>
        <translation>С</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/browse_page.py" line="178" />
        <source>To</source>
        <translation>По</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/browse_page.py" line="184" />
        <source>to</source>
        <translation>по</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/browse_page.py" line="218" />
        <source>No forms yet: add one with File &gt; Add a form from Excel.</source>
        <translation>Форм пока нет: добавьте через Файл &gt; Добавить форму из Excel.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../fieldkit/ui/browse_page.py" line="220" />
        <source>%n record(s)</source>
        <translation><numerusform>%n запись</numerusform><numerusform>%n записи</numerusform><numerusform>%n записей</numerusform></translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/browse_page.py" line="222" />
        <source>No record matches. Clear the search or the filters to see all.</source>
        <translation>Нет подходящих записей. Очистите поиск или фильтры, чтобы увидеть все.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/browse_page.py" line="224" />
        <source>No records yet. Press New (Ctrl+N) to fill in the first one.</source>
        <translation>Записей пока нет. Нажмите «Новая» (Ctrl+N), чтобы заполнить первую.</translation>
    </message>
</context>
<context>
    <name>ConflictsDialog</name>
    <message>
        <location filename="../../fieldkit/ui/conflicts_view.py" line="50" />
        <source>Conflicts</source>
        <translation>Конфликты</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/conflicts_view.py" line="62" />
        <source>This laptop</source>
        <translation>Этот ноутбук</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/conflicts_view.py" line="62" />
        <source>Incoming</source>
        <translation>Входящая</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/conflicts_view.py" line="68" />
        <location filename="../../fieldkit/ui/conflicts_view.py" line="137" />
        <source>Keep this laptop's version</source>
        <translation>Оставить версию этого ноутбука</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/conflicts_view.py" line="70" />
        <location filename="../../fieldkit/ui/conflicts_view.py" line="138" />
        <source>Take the incoming version</source>
        <translation>Принять входящую версию</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/conflicts_view.py" line="75" />
        <source>Keep both, the incoming one with this answer:</source>
        <translation>Оставить обе, входящую с этим ответом:</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/conflicts_view.py" line="82" />
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/conflicts_view.py" line="102" />
        <source>another record with the same {field}</source>
        <translation>другая запись с тем же {field}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../fieldkit/ui/conflicts_view.py" line="107" />
        <source>%n record(s) were changed differently on two laptops. Both versions are kept until you choose; the choice becomes a new revision that every laptop accepts.</source>
        <translation><numerusform>%n запись изменена по-разному на двух ноутбуках. Обе версии хранятся, пока вы не выберете; выбор станет новой версией, которую примут все ноутбуки.</numerusform><numerusform>%n записи изменены по-разному на двух ноутбуках. Обе версии хранятся, пока вы не выберете; выбор станет новой версией, которую примут все ноутбуки.</numerusform><numerusform>%n записей изменены по-разному на двух ноутбуках. Обе версии хранятся, пока вы не выберете; выбор станет новой версией, которую примут все ноутбуки.</numerusform></translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/conflicts_view.py" line="109" />
        <source>No conflicts: every import merged cleanly.</source>
        <translation>Конфликтов нет: все импорты объединены без проблем.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/conflicts_view.py" line="127" />
        <source>One record: keep this laptop's</source>
        <translation>Одна запись: оставить с этого ноутбука</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/conflicts_view.py" line="128" />
        <source>One record: keep the incoming one</source>
        <translation>Одна запись: оставить входящую</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/conflicts_view.py" line="129" />
        <source>a new {field}</source>
        <translation>новый {field}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/conflicts_view.py" line="131" />
        <source>The incoming record has the same {field} as a record here, and no two records may share it. If both describe one and the same thing, keep one (the other is deleted as its duplicate, and can be restored); if they are two, keep both and give the incoming one another {field}.</source>
        <translation>У входящей записи тот же {field}, что у записи здесь, а у двух записей он не может совпадать. Если обе описывают одно и то же, оставьте одну (другая удаляется как её дубликат, её можно восстановить); если это две разные, оставьте обе и дайте входящей другой {field}.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/conflicts_view.py" line="163" />
        <source>This laptop: deleted (revision {r}, {time})</source>
        <translation>Этот ноутбук: удалена (версия {r}, {time})</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/conflicts_view.py" line="164" />
        <source>This laptop (revision {r}, {time})</source>
        <translation>Этот ноутбук (версия {r}, {time})</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/conflicts_view.py" line="165" />
        <source>Incoming: deleted (revision {r}, {time})</source>
        <translation>Входящая: удалена (версия {r}, {time})</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/conflicts_view.py" line="166" />
        <source>Incoming (revision {r}, {time})</source>
        <translation>Входящая (версия {r}, {time})</translation>
    </message>
</context>
<context>
    <name>DateWidget</name>
    <message>
        <location filename="../../fieldkit/ui/text_widgets.py" line="137" />
        <source>Choose a date in a calendar (F4)</source>
        <translation>Выбрать дату в календаре (F4)</translation>
    </message>
</context>
<context>
    <name>DevicesDialog</name>
    <message>
        <location filename="../../fieldkit/ui/devices_view.py" line="21" />
        <source>Devices</source>
        <translation>Устройства</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/devices_view.py" line="25" />
        <source>This laptop: {name}, key fingerprint {fingerprint}</source>
        <translation>Этот ноутбук: {name}, отпечаток ключа {fingerprint}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/devices_view.py" line="30" />
        <source>Laptops imported from (each key was trusted on its first import; 'fieldkit devices trust' trusts a new one):</source>
        <translation>Ноутбуки, из которых был импорт (каждому ключу доверились при первом импорте; новому доверяет 'fieldkit devices trust'):</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/devices_view.py" line="32" />
        <source>Laptop</source>
        <translation>Ноутбук</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/devices_view.py" line="32" />
        <source>Device id</source>
        <translation>Идентификатор устройства</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/devices_view.py" line="32" />
        <source>Key fingerprint</source>
        <translation>Отпечаток ключа</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/devices_view.py" line="32" />
        <source>First seen</source>
        <translation>Впервые</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/devices_view.py" line="33" />
        <source>Last seen</source>
        <translation>В последний раз</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/devices_view.py" line="33" />
        <source>Files</source>
        <translation>Файлы</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../fieldkit/ui/exchange_dialogs.py" line="141" />
        <source>Export to Excel</source>
        <translation>Экспорт в Excel</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/exchange_dialogs.py" line="142" />
        <source>Export</source>
        <translation>Экспортировать</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/exchange_dialogs.py" line="151" />
        <source>Forms</source>
        <translation>Формы</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/exchange_dialogs.py" line="155" />
        <source>Where to write the workbook (.xlsx)</source>
        <translation>Куда записать книгу (.xlsx)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/exchange_dialogs.py" line="156" />
        <source>Browse…</source>
        <translation>Обзор…</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/exchange_dialogs.py" line="160" />
        <source>File</source>
        <translation>Файл</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/exchange_dialogs.py" line="161" />
        <source>Only what changed since the last export to this file</source>
        <translation>Только изменения с последнего экспорта в этот файл</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/exchange_dialogs.py" line="165" />
        <source>Excel will ask for it; needed for victims' data</source>
        <translation>Excel спросит его; нужен для данных пострадавших</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/exchange_dialogs.py" line="166" />
        <source>Password</source>
        <translation>Пароль</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/exchange_dialogs.py" line="169" />
        <source>Sealed, for HQ (identifiers sealed, free text scrubbed)</source>
        <translation>Запечатанный, для штаба (идентификаторы запечатаны, свободный текст очищен)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/exchange_dialogs.py" line="170" />
        <source>Anonymised, for anyone beyond HQ (k-anonymous)</source>
        <translation>Обезличенный, для всех за пределами штаба (k-анонимность)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/exchange_dialogs.py" line="171" />
        <source>Privacy</source>
        <translation>Конфиденциальность</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/exchange_dialogs.py" line="172" />
        <source>Victims' data may go without a password (I take responsibility)</source>
        <translation>Данные пострадавших можно отправить без пароля (под мою ответственность)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/exchange_dialogs.py" line="178" />
        <source>Every published combination of quasi-identifiers is shared by at least k records (5 at least; 11 for a public release)</source>
        <translation>Каждое опубликованное сочетание квазиидентификаторов есть не менее чем у k записей (не меньше 5; 11 для публикации)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/exchange_dialogs.py" line="241" />
        <source>{form}: {published} of {records} published ({suppressed} left out), k = {k}, information loss {loss}</source>
        <translation>{form}: опубликовано {published} из {records} ({suppressed} исключено), k = {k}, потеря информации {loss}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/exchange_dialogs.py" line="180" />
        <source>k (anonymised)</source>
        <translation>k (обезличенный)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/exchange_dialogs.py" line="185" />
        <source>Each such group has at least l different answers in every sensitive column (exploitation, services, satisfaction)</source>
        <translation>В каждой такой группе не менее l разных ответов в каждом чувствительном столбце (эксплуатация, услуги, удовлетворённость)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/exchange_dialogs.py" line="187" />
        <source>l (anonymised)</source>
        <translation>l (обезличенный)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/exchange_dialogs.py" line="193" />
        <source>At most this share of the records may be left out whole; the rest is generalised</source>
        <translation>Не более этой доли записей может быть исключено целиком; остальное обобщается</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/exchange_dialogs.py" line="195" />
        <source>Records left out at most (anonymised)</source>
        <translation>Исключить записей не более (обезличенный)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/exchange_dialogs.py" line="199" />
        <source>Export to</source>
        <translation>Экспортировать в</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/exchange_dialogs.py" line="200" />
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Книги Excel (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/exchange_dialogs.py" line="210" />
        <source>Choose the file to write.</source>
        <translation>Выберите файл для записи.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/exchange_dialogs.py" line="212" />
        <source>Choose at least one form.</source>
        <translation>Выберите хотя бы одну форму.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/exchange_dialogs.py" line="234" />
        <source>Cancelled: nothing was written.</source>
        <translation>Отменено: ничего не записано.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/exchange_dialogs.py" line="239" />
        <source>{n} record(s) written to {path}.</source>
        <translation>Записей записано в {path}: {n}.</translation>
    </message>
</context>
<context>
    <name>FormSaving</name>
    <message>
        <location filename="../../fieldkit/ui/form_saving.py" line="73" />
        <source>History</source>
        <extracomment>The autosave runs this long after the last keystroke... ... and at least this often while typing goes on (a pause may never come). An autosave waits this long for a database that another connection is writing to (an import), then tries again RETRY_MS later: the window never freezes while someone types.</extracomment>
        <translation>История</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/form_saving.py" line="75" />
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/form_saving.py" line="76" />
        <source>Save the draft and go back to the list (Esc)</source>
        <translation>Сохранить черновик и вернуться к списку (Esc)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/form_saving.py" line="78" />
        <source>&amp;Edit</source>
        <translation>&amp;Редактировать</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/form_saving.py" line="79" />
        <source>Change this final record: the edit is kept apart until it is finalised or discarded (F2)</source>
        <translation>Изменить эту окончательную запись: правка хранится отдельно, пока её не завершат или не отменят (F2)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/form_saving.py" line="82" />
        <location filename="../../fieldkit/ui/form_saving.py" line="267" />
        <source>Discard edit</source>
        <translation>Отменить правку</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/form_saving.py" line="83" />
        <source>Forget the changes: the record stays as it was finalised</source>
        <translation>Забыть изменения: запись останется такой, какой была завершена</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/form_saving.py" line="85" />
        <source>Save draft</source>
        <translation>Сохранить черновик</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/form_saving.py" line="86" />
        <source>Save what is typed so far (Ctrl+S)</source>
        <translation>Сохранить введённое (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/form_saving.py" line="88" />
        <source>Finalise</source>
        <translation>Завершить</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/form_saving.py" line="89" />
        <source>Check every answer and mark the record final (Ctrl+Enter)</source>
        <translation>Проверить все ответы и отметить запись как итоговую (Ctrl+Enter)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/form_saving.py" line="122" />
        <source>Save edit</source>
        <translation>Сохранить правку</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/form_saving.py" line="123" />
        <source>Keep the edit so far; the record stays final as it was until the edit is finalised (Ctrl+S)</source>
        <translation>Сохранить правку; до её завершения запись остаётся окончательной в прежнем виде (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/form_saving.py" line="125" />
        <source>Finalise edit</source>
        <translation>Завершить правку</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/form_saving.py" line="126" />
        <source>Check every answer and make the edit the record's next revision (Ctrl+Enter)</source>
        <translation>Проверить все ответы и сделать правку следующей версией записи (Ctrl+Enter)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/form_saving.py" line="139" />
        <source>Final</source>
        <translation>Итоговая</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/form_saving.py" line="139" />
        <source>Draft</source>
        <translation>Черновик</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/form_saving.py" line="141" />
        <source>edit saved {time}</source>
        <translation>правка сохранена {time}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/form_saving.py" line="142" />
        <source>edit not saved yet</source>
        <translation>правка ещё не сохранена</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/form_saving.py" line="143" />
        <source>reports and exports use the final revision until the edit is finalised</source>
        <translation>пока правка не завершена, отчёты и экспорт используют окончательную версию</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/form_saving.py" line="145" />
        <source>read-only: press Edit ({key}) to change it</source>
        <translation>только для чтения: чтобы изменить, нажмите «Редактировать» ({key})</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/form_saving.py" line="147" />
        <source>saved {time}</source>
        <translation>сохранено {time}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/form_saving.py" line="148" />
        <source>not saved yet</source>
        <translation>ещё не сохранено</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/form_saving.py" line="149" />
        <source>{status} · revision {revision} · {saved}</source>
        <translation>{status} · версия {revision} · {saved}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/form_saving.py" line="197" />
        <location filename="../../fieldkit/ui/form_saving.py" line="206" />
        <source>The draft could not be saved</source>
        <translation>Не удалось сохранить черновик</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/form_saving.py" line="201" />
        <source>Not saved yet: {error}. What you typed is kept; saving again in a few seconds.</source>
        <translation>Ещё не сохранено: {error}. Введённое сохраняется в форме; новая попытка через несколько секунд.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../fieldkit/ui/form_saving.py" line="243" />
        <source>%n answer(s) to complete or correct before finalising.</source>
        <translation><numerusform>Перед завершением заполните или исправьте %n ответ.</numerusform><numerusform>Перед завершением заполните или исправьте %n ответа.</numerusform><numerusform>Перед завершением заполните или исправьте %n ответов.</numerusform></translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/form_saving.py" line="248" />
        <source>The edit could not be finalised</source>
        <translation>Не удалось завершить правку</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/form_saving.py" line="251" />
        <source>The record could not be finalised</source>
        <translation>Не удалось завершить запись</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/form_saving.py" line="268" />
        <source>Discard the changes to this record? It stays as it was finalised (revision {revision}).</source>
        <translation>Отменить изменения этой записи? Она останется такой, какой была завершена (версия {revision}).</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/form_saving.py" line="276" />
        <source>The edit could not be discarded</source>
        <translation>Не удалось отменить правку</translation>
    </message>
</context>
<context>
    <name>FormView</name>
    <message>
        <location filename="../../fieldkit/ui/form_view.py" line="86" />
        <source>Form language</source>
        <translation>Язык формы</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/form_view.py" line="177" />
        <source>Sealed for HQ: only HQ can read it. Type to replace it.</source>
        <translation>Запечатано для штаба: прочесть может только штаб. Введите, чтобы заменить.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/form_view.py" line="178" />
        <source>Sealed on save with HQ's key {key}: this laptop cannot read it back.</source>
        <translation>При сохранении запечатывается ключом штаба {key}: этот ноутбук не сможет прочесть.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/form_view.py" line="191" />
        <source>Redact selection</source>
        <translation>Скрыть выделенное</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/form_view.py" line="192" />
        <source>Replace the selected words with [REDACTED] before anything is saved</source>
        <translation>Заменить выделенные слова на [REDACTED] до сохранения</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/form_view.py" line="229" />
        <source>Stored as: {text}</source>
        <translation>Будет сохранено как: {text}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../fieldkit/ui/form_view.py" line="372" />
        <source>%n answer(s) to complete or correct before finalising.</source>
        <translation><numerusform>Перед завершением заполните или исправьте %n ответ.</numerusform><numerusform>Перед завершением заполните или исправьте %n ответа.</numerusform><numerusform>Перед завершением заполните или исправьте %n ответов.</numerusform></translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/form_view.py" line="374" />
        <source>Every answer is valid: the record can be finalised.</source>
        <translation>Все ответы верны: запись можно завершить.</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <location filename="../../fieldkit/ui/history.py" line="29" />
        <source>History of the record</source>
        <translation>История записи</translation>
    </message>
    <message numerus="yes">
        <location filename="../../fieldkit/ui/history.py" line="32" />
        <source>%n revision(s)</source>
        <translation><numerusform>%n версия</numerusform><numerusform>%n версии</numerusform><numerusform>%n версий</numerusform></translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/history.py" line="37" />
        <source>Revision {n}
{status}, {time}</source>
        <translation>Версия {n}
{status}, {time}</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../fieldkit/ui/exchange_dialogs.py" line="253" />
        <source>Import from Excel</source>
        <translation>Импорт из Excel</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/exchange_dialogs.py" line="254" />
        <source>Import</source>
        <translation>Импортировать</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/exchange_dialogs.py" line="257" />
        <source>Add files…</source>
        <translation>Добавить файлы…</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/exchange_dialogs.py" line="262" />
        <source>Workbooks</source>
        <translation>Книги</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/exchange_dialogs.py" line="265" />
        <source>Only for workbooks protected by a password</source>
        <translation>Только для книг, защищённых паролем</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/exchange_dialogs.py" line="266" />
        <source>Password</source>
        <translation>Пароль</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/exchange_dialogs.py" line="267" />
        <source>Only report what would happen (dry run)</source>
        <translation>Только показать, что произойдёт (пробный прогон)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/exchange_dialogs.py" line="268" />
        <source>Apply rows edited in Excel, as new revisions</source>
        <translation>Применить строки, изменённые в Excel, как новые версии</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/exchange_dialogs.py" line="279" />
        <source>Workbooks to import</source>
        <translation>Книги для импорта</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/exchange_dialogs.py" line="280" />
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Книги Excel (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/exchange_dialogs.py" line="284" />
        <source>Add at least one workbook.</source>
        <translation>Добавьте хотя бы одну книгу.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/exchange_dialogs.py" line="297" />
        <source>New laptop {name}, key fingerprint {fingerprint}: it would be trusted on first use.</source>
        <translation>Новый ноутбук {name}, отпечаток ключа {fingerprint}: ему будет оказано доверие при первом использовании.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/exchange_dialogs.py" line="299" />
        <source>New laptop {name}, key fingerprint {fingerprint}, trusted on first use.</source>
        <translation>Новый ноутбук {name}, отпечаток ключа {fingerprint}, доверие при первом использовании.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/exchange_dialogs.py" line="302" />
        <source>Conflicts wait for you in View &gt; Conflicts.</source>
        <translation>Конфликты ждут вас в Вид &gt; Конфликты.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/exchange_dialogs.py" line="304" />
        <source>Rows edited in Excel were not applied; tick the box above to apply them.</source>
        <translation>Строки, изменённые в Excel, не применены; отметьте флажок выше, чтобы применить.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../fieldkit/ui/main_window.py" line="62" />
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/main_window.py" line="63" />
        <source>&amp;New record</source>
        <translation>&amp;Новая запись</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/main_window.py" line="65" />
        <source>&amp;Add a form from Excel…</source>
        <translation>&amp;Добавить форму из Excel…</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/main_window.py" line="66" />
        <source>&amp;Export to Excel…</source>
        <translation>&amp;Экспорт в Excel…</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/main_window.py" line="68" />
        <source>&amp;Import from Excel…</source>
        <translation>&amp;Импорт из Excel…</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/main_window.py" line="70" />
        <source>Install &amp;HQ's public key…</source>
        <translation>Установить открытый &amp;ключ штаба…</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/main_window.py" line="71" />
        <source>&amp;Devices…</source>
        <translation>&amp;Устройства…</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/main_window.py" line="78" />
        <source>&amp;Quit</source>
        <translation>В&amp;ыход</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/main_window.py" line="80" />
        <source>&amp;View</source>
        <translation>&amp;Вид</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/main_window.py" line="81" />
        <source>&amp;Audit log</source>
        <translation>&amp;Журнал аудита</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/main_window.py" line="83" />
        <source>&amp;Conflicts</source>
        <translation>&amp;Конфликты</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/main_window.py" line="84" />
        <source>&amp;Reports</source>
        <translation>&amp;Отчёты</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/main_window.py" line="89" />
        <source>&amp;Help</source>
        <translation>&amp;Справка</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/main_window.py" line="90" />
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Сочетания клавиш</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/main_window.py" line="92" />
        <source>&amp;Language</source>
        <translation>&amp;Язык</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/main_window.py" line="144" />
        <source>Making the sample database…</source>
        <translation>Создаётся учебная база…</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/main_window.py" line="212" />
        <source>process {pid} on {host}</source>
        <translation>процесс {pid} на {host}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/main_window.py" line="212" />
        <source>elsewhere</source>
        <translation>в другом месте</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/main_window.py" line="214" />
        <source>This database is also open in another fieldkit ({where}). Both can save, one at a time; lists here refresh when you reopen them.</source>
        <translation>Эта база данных открыта и в другом fieldkit ({where}). Оба могут сохранять по очереди; списки здесь обновятся, когда вы их снова откроете.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/main_window.py" line="217" />
        <source>Open elsewhere</source>
        <translation>Открыта в другом месте</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/main_window.py" line="224" />
        <source>Wrong passphrase for {path} (or the file is not a fieldkit database).</source>
        <translation>Неверная парольная фраза для {path} (или файл не является базой fieldkit).</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/main_window.py" line="229" />
        <source>Cannot open the database: {error}</source>
        <translation>Не удаётся открыть базу: {error}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/main_window.py" line="307" />
        <source>Delete record</source>
        <translation>Удалить запись</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/main_window.py" line="308" />
        <source>Delete “{title}”? It leaves the list; the audit log keeps it.</source>
        <translation>Удалить «{title}»? Запись уйдёт из списка; журнал аудита её сохранит.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/main_window.py" line="322" />
        <source>Nothing to restore: only the deletion of this record arrived here, never its answers.</source>
        <translation>Нечего восстанавливать: сюда пришло только удаление этой записи, её ответы не приходили никогда.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/main_window.py" line="342" />
        <source>Devices</source>
        <translation>Устройства</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/main_window.py" line="358" />
        <source>HQ's public key</source>
        <translation>Открытый ключ штаба</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/main_window.py" line="359" />
        <source>Public keys (*pub*.pem);;All files (*)</source>
        <translation>Открытые ключи (*pub*.pem);;Все файлы (*)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/main_window.py" line="365" />
        <source>The key cannot be installed</source>
        <translation>Ключ не удаётся установить</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/main_window.py" line="367" />
        <source>HQ's key {key} installed: direct identifiers are sealed for it.</source>
        <translation>Ключ штаба {key} установлен: прямые идентификаторы запечатываются для него.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/main_window.py" line="372" />
        <source>New record of the selected form</source>
        <translation>Новая запись выбранной формы</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/main_window.py" line="373" />
        <source>Open the selected record; in a form, go to the next question</source>
        <translation>Открыть выбранную запись; в форме — к следующему вопросу</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/main_window.py" line="374" />
        <source>Next / previous answer</source>
        <translation>Следующий / предыдущий ответ</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/main_window.py" line="375" />
        <source>Answer a choice</source>
        <translation>Выбрать ответ</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/main_window.py" line="376" />
        <source>Open the calendar of a date</source>
        <translation>Открыть календарь даты</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/main_window.py" line="377" />
        <source>Edit a final record (the edit is finalised or discarded)</source>
        <translation>Редактировать окончательную запись (правку завершают или отменяют)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/main_window.py" line="378" />
        <source>Save the draft</source>
        <translation>Сохранить черновик</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/main_window.py" line="379" />
        <source>Finalise the record</source>
        <translation>Завершить запись</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/main_window.py" line="380" />
        <source>Close the form (its draft is saved)</source>
        <translation>Закрыть форму (черновик сохраняется)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/main_window.py" line="381" />
        <source>Search the records</source>
        <translation>Поиск записей</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/main_window.py" line="382" />
        <source>Delete the selected record</source>
        <translation>Удалить выбранную запись</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/main_window.py" line="383" />
        <source>Export to / import from Excel</source>
        <translation>Экспорт в Excel / импорт из Excel</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/main_window.py" line="384" />
        <source>Reports</source>
        <translation>Отчёты</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/main_window.py" line="385" />
        <source>Audit log</source>
        <translation>Журнал аудита</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/main_window.py" line="386" />
        <source>This list</source>
        <translation>Этот список</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/main_window.py" line="387" />
        <source>Quit</source>
        <translation>Выход</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/main_window.py" line="395" />
        <source>Keyboard shortcuts</source>
        <translation>Сочетания клавиш</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/main_window.py" line="398" />
        <source>Keys</source>
        <translation>Клавиши</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/main_window.py" line="398" />
        <source>What they do</source>
        <translation>Что делают</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/main_window.py" line="416" />
        <source>{language}: from the next start of fieldkit.</source>
        <translation>{language}: при следующем запуске fieldkit.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/main_window.py" line="465" />
        <source>Add a form</source>
        <translation>Добавить форму</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/main_window.py" line="466" />
        <source>XLSForm workbooks (*.xlsx)</source>
        <translation>Книги XLSForm (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/main_window.py" line="473" />
        <source>The form cannot be added</source>
        <translation>Форму не удаётся добавить</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/main_window.py" line="477" />
        <source>Form {id} version {version} added.</source>
        <translation>Форма {id} версии {version} добавлена.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/main_window.py" line="478" />
        <source>Form {id} version {version} was already installed.</source>
        <translation>Форма {id} версии {version} уже установлена.</translation>
    </message>
</context>
<context>
    <name>RangeWidget</name>
    <message>
        <location filename="../../fieldkit/ui/range_widget.py" line="43" />
        <source>Clear the answer</source>
        <translation>Очистить ответ</translation>
    </message>
</context>
<context>
    <name>RecordTableModel</name>
    <message>
        <location filename="../../fieldkit/ui/record_table.py" line="38" />
        <source>Record</source>
        <translation>Запись</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/record_table.py" line="38" />
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/record_table.py" line="38" />
        <source>Revision</source>
        <translation>Версия</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/record_table.py" line="38" />
        <source>Updated</source>
        <translation>Изменено</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/record_table.py" line="38" />
        <source>Created</source>
        <translation>Создано</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/record_table.py" line="107" />
        <source>(untitled)</source>
        <translation>(без названия)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/record_table.py" line="110" />
        <source>deleted</source>
        <translation>удалена</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/record_table.py" line="112" />
        <source>final, edit pending</source>
        <translation>окончательная, есть правка</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/record_table.py" line="113" />
        <source>final</source>
        <translation>итоговая</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/record_table.py" line="113" />
        <source>draft</source>
        <translation>черновик</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/record_table.py" line="123" />
        <source>{uuid}: an edit of this final record is pending; reports and exports use the final revision until it is finalised</source>
        <translation>{uuid}: у этой окончательной записи есть незавершённая правка; до её завершения отчёты и экспорт используют окончательную версию</translation>
    </message>
</context>
<context>
    <name>RepeatSection</name>
    <message>
        <location filename="../../fieldkit/ui/repeat_section.py" line="44" />
        <source>Add: {item}</source>
        <translation>Добавить: {item}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/repeat_section.py" line="68" />
        <source>Remove</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/repeat_section.py" line="69" />
        <source>Remove this {item} and its answers</source>
        <translation>Удалить {item} и ответы</translation>
    </message>
</context>
<context>
    <name>ReportsDialog</name>
    <message>
        <location filename="../../fieldkit/ui/reports_view.py" line="68" />
        <source>Reports</source>
        <translation>Отчёты</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/reports_view.py" line="72" />
        <source>No.</source>
        <translation>№</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/reports_view.py" line="72" />
        <source>Type</source>
        <translation>Тип</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/reports_view.py" line="72" />
        <location filename="../../fieldkit/ui/reports_view.py" line="78" />
        <location filename="../../fieldkit/ui/reports_view.py" line="101" />
        <source>Date</source>
        <translation>Дата</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/reports_view.py" line="72" />
        <location filename="../../fieldkit/ui/reports_view.py" line="102" />
        <source>Institutions</source>
        <translation>Учреждения</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/reports_view.py" line="73" />
        <location filename="../../fieldkit/ui/reports_view.py" line="164" />
        <location filename="../../fieldkit/ui/reports_view.py" line="294" />
        <source>Women</source>
        <translation>Женщины</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/reports_view.py" line="73" />
        <location filename="../../fieldkit/ui/reports_view.py" line="164" />
        <location filename="../../fieldkit/ui/reports_view.py" line="295" />
        <source>Men</source>
        <translation>Мужчины</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/reports_view.py" line="73" />
        <source>Minutes</source>
        <translation>Минуты</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/reports_view.py" line="73" />
        <location filename="../../fieldkit/ui/reports_view.py" line="78" />
        <location filename="../../fieldkit/ui/reports_view.py" line="102" />
        <source>Place</source>
        <translation>Место</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/reports_view.py" line="74" />
        <source>Mode</source>
        <translation>Формат</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/reports_view.py" line="77" />
        <source>Interview log</source>
        <translation>Журнал интервью</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/reports_view.py" line="78" />
        <source>Event</source>
        <translation>Мероприятие</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/reports_view.py" line="78" />
        <source>Participants</source>
        <translation>Участники</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/reports_view.py" line="79" />
        <source>Topic</source>
        <translation>Тема</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/reports_view.py" line="79" />
        <source>Pre mean %</source>
        <translation>Средний до %</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/reports_view.py" line="79" />
        <source>Post mean %</source>
        <translation>Средний после %</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/reports_view.py" line="80" />
        <source>Improvement</source>
        <translation>Прирост</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/reports_view.py" line="80" />
        <source>Normalised gain</source>
        <translation>Нормированный прирост</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/reports_view.py" line="80" />
        <source>Pass mark %</source>
        <translation>Проходной балл %</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/reports_view.py" line="81" />
        <source>Post ≥ pass mark %</source>
        <translation>После ≥ проходного %</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/reports_view.py" line="81" />
        <source>Below target</source>
        <translation>Ниже цели</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/reports_view.py" line="82" />
        <source>Training scores</source>
        <translation>Результаты тренингов</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/reports_view.py" line="83" />
        <source>Level</source>
        <translation>Уровень</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/reports_view.py" line="83" />
        <location filename="../../fieldkit/ui/reports_view.py" line="98" />
        <source>Code</source>
        <translation>Код</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/reports_view.py" line="83" />
        <source>Indicator</source>
        <translation>Индикатор</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/reports_view.py" line="83" />
        <source>Kind</source>
        <translation>Вид</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/reports_view.py" line="84" />
        <source>Target</source>
        <translation>Цель</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/reports_view.py" line="84" />
        <source>Baseline</source>
        <translation>Исходное</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/reports_view.py" line="84" />
        <source>Method</source>
        <translation>Метод</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/reports_view.py" line="84" />
        <source>Form</source>
        <translation>Форма</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/reports_view.py" line="85" />
        <source>Field</source>
        <translation>Поле</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/reports_view.py" line="85" />
        <source>Value wanted</source>
        <translation>Искомое значение</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/reports_view.py" line="85" />
        <source>Value</source>
        <translation>Значение</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/reports_view.py" line="86" />
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/reports_view.py" line="86" />
        <source>Records behind</source>
        <translation>Записей за значением</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/reports_view.py" line="89" />
        <source>Save the framework</source>
        <translation>Сохранить рамку результатов</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/reports_view.py" line="91" />
        <source>Load the framework from Excel…</source>
        <translation>Загрузить рамку из Excel…</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/reports_view.py" line="94" />
        <source>Edit target, baseline, method (share, count, latest, mean, pass_share), form, field and value to tie an indicator to the data.</source>
        <translation>Чтобы привязать индикатор к данным, измените цель, исходное значение, метод (share, count, latest, mean, pass_share), форму, поле и значение.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/reports_view.py" line="98" />
        <source>Planned activity</source>
        <translation>Запланированное мероприятие</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/reports_view.py" line="98" />
        <source>Done</source>
        <translation>Выполнено</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/reports_view.py" line="99" />
        <source>Events</source>
        <translation>Мероприятия</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/reports_view.py" line="99" />
        <source>Recorded as</source>
        <translation>Записано как</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/reports_view.py" line="100" />
        <source>Indicators</source>
        <translation>Индикаторы</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/reports_view.py" line="101" />
        <source>Criterion</source>
        <translation>Критерий</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/reports_view.py" line="101" />
        <source>Note</source>
        <translation>Заметка</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/reports_view.py" line="101" />
        <source>Source</source>
        <translation>Источник</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/reports_view.py" line="103" />
        <source>Evidence</source>
        <translation>Доказательства</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/reports_view.py" line="106" />
        <source>Charts</source>
        <translation>Диаграммы</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/reports_view.py" line="112" />
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/reports_view.py" line="114" />
        <source>Export to Excel…</source>
        <translation>Экспорт в Excel…</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/reports_view.py" line="140" />
        <source>From</source>
        <translation>С</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/reports_view.py" line="154" />
        <source>Every place</source>
        <translation>Все места</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/reports_view.py" line="155" />
        <source>Every institution</source>
        <translation>Все учреждения</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/reports_view.py" line="164" />
        <source>Both sexes</source>
        <translation>Оба пола</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/reports_view.py" line="169" />
        <source>Search the evidence</source>
        <translation>Поиск по доказательствам</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/reports_view.py" line="171" />
        <source>to</source>
        <translation>по</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/reports_view.py" line="204" />
        <source>Building the reports…</source>
        <translation>Отчёты строятся…</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/reports_view.py" line="225" />
        <source>Cancelled.</source>
        <translation>Отменено.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/reports_view.py" line="226" />
        <source>The reports could not be built: {error}</source>
        <translation>Не удалось построить отчёты: {error}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/reports_view.py" line="246" />
        <source>Total: {n} interviews, {w} women, {m} men, {minutes} minutes ({h} h); average {a} minutes.</source>
        <translation>Итого: интервью {n}, женщин {w}, мужчин {m}, {minutes} минут ({h} ч); в среднем {a} минут.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/reports_view.py" line="252" />
        <location filename="../../fieldkit/ui/reports_view.py" line="270" />
        <source>yes</source>
        <translation>да</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/reports_view.py" line="252" />
        <location filename="../../fieldkit/ui/reports_view.py" line="270" />
        <source>no</source>
        <translation>нет</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/reports_view.py" line="275" />
        <source>{n} interviews, {e} training events, {i} indicators, {v} notes.</source>
        <translation>Интервью: {n}, тренингов: {e}, индикаторов: {i}, заметок: {v}.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/reports_view.py" line="293" />
        <source>People interviewed by institution and sex</source>
        <translation>Опрошенные по учреждениям и полу</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/reports_view.py" line="296" />
        <source>Pre- and post-test means per event (%)</source>
        <translation>Средние до и после по мероприятиям (%)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/reports_view.py" line="297" />
        <source>Pre</source>
        <translation>До</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/reports_view.py" line="298" />
        <source>Post</source>
        <translation>После</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/reports_view.py" line="299" />
        <source>Pass mark</source>
        <translation>Проходной балл</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/reports_view.py" line="346" />
        <source>Results framework</source>
        <translation>Рамка результатов</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/reports_view.py" line="347" />
        <source>Excel or CSV (*.xlsx *.csv)</source>
        <translation>Excel или CSV (*.xlsx *.csv)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/reports_view.py" line="353" />
        <source>Not loaded: {error}</source>
        <translation>Не загружено: {error}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/reports_view.py" line="361" />
        <source>Export the reports</source>
        <translation>Экспортировать отчёты</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/reports_view.py" line="362" />
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Книги Excel (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/reports_view.py" line="376" />
        <source>Writing {name}…</source>
        <translation>Записывается {name}…</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/reports_view.py" line="382" />
        <source>Written to {path}.</source>
        <translation>Записано в {path}.</translation>
    </message>
</context>
<context>
    <name>UnlockPage</name>
    <message>
        <location filename="../../fieldkit/ui/unlock_page.py" line="37" />
        <source>Create a passphrase</source>
        <translation>Создайте парольную фразу</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/unlock_page.py" line="37" />
        <source>Unlock fieldkit</source>
        <translation>Разблокировать fieldkit</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/unlock_page.py" line="47" />
        <source>The database is encrypted with this passphrase. It cannot be recovered: if it is lost, so is the data. Use at least 8 characters.</source>
        <translation>База данных шифруется этой парольной фразой. Её нельзя восстановить: если она потеряна, потеряны и данные. Используйте не менее 8 символов.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/unlock_page.py" line="56" />
        <source>Passphrase</source>
        <translation>Парольная фраза</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/unlock_page.py" line="57" />
        <source>&amp;Passphrase</source>
        <translation>&amp;Парольная фраза</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/unlock_page.py" line="61" />
        <source>Confirm the passphrase</source>
        <translation>Подтвердите парольную фразу</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/unlock_page.py" line="66" />
        <source>Name of this laptop</source>
        <translation>Имя этого ноутбука</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/unlock_page.py" line="71" />
        <source>Optional: HQ's '...-pub.pem' file, needed for victims' feedback</source>
        <translation>Необязательно: файл штаба '...-pub.pem', нужен для отзывов пострадавших</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/unlock_page.py" line="80" />
        <source>&amp;Language</source>
        <translation>&amp;Язык</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/unlock_page.py" line="81" />
        <source>&amp;Confirm</source>
        <translation>&amp;Подтверждение</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/unlock_page.py" line="85" />
        <source>&amp;Name of this laptop</source>
        <translation>&amp;Имя этого ноутбука</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/unlock_page.py" line="88" />
        <source>Browse…</source>
        <translation>Обзор…</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/unlock_page.py" line="91" />
        <source>HQ's &amp;public key</source>
        <translation>Открытый &amp;ключ штаба</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/unlock_page.py" line="99" />
        <source>Create the database</source>
        <translation>Создать базу данных</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/unlock_page.py" line="99" />
        <source>Unlock</source>
        <translation>Разблокировать</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/unlock_page.py" line="105" />
        <source>Look around first: open a sample database</source>
        <translation>Сначала осмотреться: открыть учебную базу</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/unlock_page.py" line="119" />
        <source>{language}: from the next start of fieldkit.</source>
        <translation>{language}: при следующем запуске fieldkit.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/unlock_page.py" line="127" />
        <source>Too short: at least 8 characters.</source>
        <translation>Слишком коротко: не менее 8 символов.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/unlock_page.py" line="129" />
        <source>Weak: longer, or mix words, digits and signs.</source>
        <translation>Слабо: длиннее, или смешайте слова, цифры и знаки.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/unlock_page.py" line="131" />
        <source>Fair.</source>
        <translation>Средне.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/unlock_page.py" line="133" />
        <source>Strong.</source>
        <translation>Надёжно.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/unlock_page.py" line="139" />
        <source>HQ's public key</source>
        <translation>Открытый ключ штаба</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/unlock_page.py" line="140" />
        <source>Public keys (*pub*.pem);;All files (*)</source>
        <translation>Открытые ключи (*pub*.pem);;Все файлы (*)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/unlock_page.py" line="148" />
        <source>The passphrase needs at least 8 characters.</source>
        <translation>Парольная фраза должна быть не короче 8 символов.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/unlock_page.py" line="151" />
        <source>The two passphrases differ; type them again.</source>
        <translation>Фразы не совпадают; введите их снова.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/unlock_page.py" line="155" />
        <source>Type the passphrase.</source>
        <translation>Введите парольную фразу.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/unlock_page.py" line="157" />
        <source>Opening…</source>
        <translation>Открывается…</translation>
    </message>
</context>
<context>
    <name>_WorkDialog</name>
    <message>
        <location filename="../../fieldkit/ui/exchange_dialogs.py" line="59" />
        <source>Cancel</source>
        <translation>Отмена</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/exchange_dialogs.py" line="85" />
        <source>Working…</source>
        <translation>Выполняется…</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/exchange_dialogs.py" line="105" />
        <source>Cancelling…</source>
        <translation>Отмена…</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/exchange_dialogs.py" line="118" />
        <source>Close</source>
        <translation>Закрыть</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/exchange_dialogs.py" line="126" />
        <source>Stopped: {error}</source>
        <translation>Остановлено: {error}</translation>
    </message>
</context>
<context>
    <name>messages</name>
    <message>
        <location filename="../../fieldkit/ui/messages.py" line="22" />
        <source>{file}, {detail}</source>
        <translation>{file}, {detail}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages.py" line="23" />
        <source>{file}{detail}</source>
        <translation>{file}{detail}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages.py" line="24" />
        <source>sheet {sheet}, row {row}</source>
        <translation>лист {sheet}, строка {row}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages.py" line="25" />
        <source>{where}, column {column}</source>
        <translation>{where}, столбец {column}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages.py" line="26" />
        <source>{where}: {problem}</source>
        <translation>{where}: {problem}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages.py" line="27" />
        <source>{where}, column {column}: {problem}</source>
        <translation>{where}, столбец {column}: {problem}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages.py" line="28" />
        <source>sheet {sheet}, {problem}</source>
        <translation>лист {sheet}, {problem}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages.py" line="30" />
        <source>{file}: no such file</source>
        <translation>{file}: такого файла нет</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages.py" line="31" />
        <source>{file}: not an .xlsx workbook (not a zip archive; truncated or another kind of file)</source>
        <translation>{file}: не книга .xlsx (не zip-архив; файл обрезан или другого типа)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages.py" line="34" />
        <source>{file}: refused, {parts} parts inside (a zip bomb?)</source>
        <translation>{file}: отклонён, внутри {parts} частей (zip-бомба?)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages.py" line="35" />
        <source>{file}: refused, it would unpack to {size} GB (a zip bomb?)</source>
        <translation>{file}: отклонён, при распаковке занял бы {size} ГБ (zip-бомба?)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages.py" line="36" />
        <source>{file}: refused, part {part} is compressed {ratio}x (a zip bomb?)</source>
        <translation>{file}: отклонён, часть {part} сжата в {ratio} раз (zip-бомба?)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages.py" line="37" />
        <source>{file}: refused, part {part} declares XML entities (an entity bomb?)</source>
        <translation>{file}: отклонён, часть {part} объявляет XML-сущности (бомба сущностей?)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages.py" line="38" />
        <source>{file}: refused, part {part} and the other parts read whole need {size} MB of memory, more than a file of this size may ({budget} MB; a zip bomb?)</source>
        <translation>{file}: отклонён, часть {part} и другие части, читаемые целиком, требуют {size} МБ памяти — больше, чем допустимо для файла такого размера ({budget} МБ; zip-бомба?)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages.py" line="40" />
        <source>{file}: damaged part {part} (it does not read back as it was stored)</source>
        <translation>{file}: часть {part} повреждена (не читается так, как была записана)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages.py" line="41" />
        <source>{file}: damaged part {part} ({problem})</source>
        <translation>{file}: повреждена часть {part} ({problem})</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages.py" line="42" />
        <source>{file}, sheet {sheet}, cell {cell}: refused, it holds a formula; a fieldkit export has values only (was it edited in Excel?)</source>
        <translation>{file}, лист {sheet}, ячейка {cell}: отклонено, в ней формула; экспорт fieldkit содержит только значения (его меняли в Excel?)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages.py" line="44" />
        <source>{file}: refused, {part} holds formulas; a fieldkit export has values only (was it edited in Excel?)</source>
        <translation>{file}: отклонён, {part} содержит формулы; в экспорте fieldkit только значения (его правили в Excel?)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages.py" line="33" />
        <source>{file}: damaged: the workbook's XML cannot be read</source>
        <translation>{file}: повреждён: XML книги не читается</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages.py" line="46" />
        <source>{file}, sheet {sheet}: damaged: the sheet XML cannot be read</source>
        <translation>{file}, лист {sheet}: повреждён: XML листа не читается</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages.py" line="47" />
        <source>{file}: cannot be decrypted or read (not an encrypted .xlsx)</source>
        <translation>{file}: не расшифровывается и не читается (не зашифрованный .xlsx)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages.py" line="48" />
        <source>{file}: an old Excel (.xls) or other Office file, not an .xlsx export</source>
        <translation>{file}: старый Excel (.xls) или другой файл Office, не экспорт .xlsx</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages.py" line="49" />
        <source>{file} is protected by a password; give it (FIELDKIT_IMPORT_PASSWORD or --ask-password; in the window, the Password field)</source>
        <translation>{file} защищён паролем; укажите его (FIELDKIT_IMPORT_PASSWORD или --ask-password; в окне — поле «Пароль»)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages.py" line="51" />
        <source>{file}: wrong password</source>
        <translation>{file}: неверный пароль</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages.py" line="52" />
        <source>{file}: cannot be decrypted ({problem})</source>
        <translation>{file}: не расшифровывается ({problem})</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages.py" line="53" />
        <source>: not a fieldkit export (it has no _manifest sheet)</source>
        <translation>: не экспорт fieldkit (нет листа _manifest)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages.py" line="54" />
        <source>: not a fieldkit export (unknown manifest format)</source>
        <translation>: не экспорт fieldkit (неизвестный формат манифеста)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages.py" line="55" />
        <source>: an anonymised export is for reading, not for merging (its records have no identity to merge on)</source>
        <translation>: анонимизированный экспорт — для чтения, не для слияния (у его записей нет идентичности для слияния)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages.py" line="57" />
        <source>: export format version {version!r} is not one this fieldkit reads (it reads {known}); update fieldkit</source>
        <translation>: версию формата экспорта {version!r} этот fieldkit не читает (он читает {known}); обновите fieldkit</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages.py" line="59" />
        <source>: form {form} version {version} differs from the one installed here; the same version must have the same content</source>
        <translation>: форма {form} версии {version} отличается от установленной здесь; у одной версии должно быть одно содержание</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages.py" line="62" />
        <source>: an unsigned export from an older fieldkit (format version 1); update fieldkit on that laptop and export again</source>
        <translation>: неподписанный экспорт старой версии fieldkit (версия формата 1); обновите fieldkit на том ноутбуке и экспортируйте снова</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages.py" line="64" />
        <source>: the manifest is not signed (altered after export, or not written by fieldkit)</source>
        <translation>: манифест не подписан (изменён после экспорта или записан не fieldkit)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages.py" line="65" />
        <source>: the manifest's signature does not match: altered after export</source>
        <translation>: подпись манифеста не совпадает: изменён после экспорта</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages.py" line="66" />
        <source>: the manifest's device id {device!r} or name {name!r} is not one fieldkit writes</source>
        <translation>: идентификатор устройства {device!r} или имя {name!r} в манифесте не такие, какие пишет fieldkit</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages.py" line="67" />
        <source>sheet {sheet}: altered after export (it is not what the signed manifest says)</source>
        <translation>лист {sheet}: изменён после экспорта (не то, что говорит подписанный манифест)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages.py" line="68" />
        <source>{where}: column _created_at, _updated_at, _device or _form_version differs from the signed manifest (altered after export)</source>
        <translation>{where}: столбец _created_at, _updated_at, _device или _form_version отличается от подписанного манифеста (изменён после экспорта)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages.py" line="70" />
        <source>laptop {name} signs with a new key; if reinstalled, check its fingerprint with the owner, then run `fieldkit devices trust {device} {file}`</source>
        <translation>ноутбук {name} подписывает новым ключом; если он переустановлен, сверьте отпечаток с владельцем, затем выполните `fieldkit devices trust {device} {file}`</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages.py" line="72" />
        <source>this workbook claims to come from this database itself (device {device}) but is not signed with its key: a forgery</source>
        <translation>эта книга выдаёт себя за файл из этой самой базы данных (устройство {device}), но не подписана её ключом: подделка</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages.py" line="74" />
        <source>{where}, column _created_at: {created} is later than _updated_at {updated}</source>
        <translation>{where}, столбец _created_at: {created} позже, чем _updated_at {updated}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages.py" line="75" />
        <source>{where}, column _updated_at: {updated} is in the future</source>
        <translation>{where}, столбец _updated_at: {updated} в будущем</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages.py" line="76" />
        <source>{where}, column _status: {value!r} is not 'final' (only final records travel)</source>
        <translation>{where}, столбец _status: {value!r} — не 'final' (передаются только окончательные записи)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages.py" line="77" />
        <source>laptop {name} ({device}) signs with key {key}, which is laptop {other}'s ({other_device}): one laptop cannot sign as another; if {other} was reinstalled under a new id, check with its owner and run `fieldkit devices trust {device} FILE`</source>
        <translation>ноутбук {name} ({device}) подписывает ключом {key}, который принадлежит ноутбуку {other} ({other_device}): один ноутбук не может подписывать за другой; если {other} переустановлен под новым идентификатором, сверьтесь с владельцем и выполните `fieldkit devices trust {device} FILE`</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages.py" line="81" />
        <source>sheet {sheet}: listed in the manifest but missing</source>
        <translation>лист {sheet}: указан в манифесте, но отсутствует</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages.py" line="82" />
        <source>sheet {sheet}: column {column} is missing</source>
        <translation>лист {sheet}: нет столбца {column}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages.py" line="83" />
        <source>sheet {sheet}: column {column} appears twice</source>
        <translation>лист {sheet}: столбец {column} встречается дважды</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages.py" line="84" />
        <source>sheet {sheet}: {rows} rows or more, but the manifest says {count}</source>
        <translation>лист {sheet}: {rows} строк или больше, а в манифесте {count}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages.py" line="85" />
        <source>sheet {sheet}: {rows} rows, but the manifest says {count}</source>
        <translation>лист {sheet}: {rows} строк, а в манифесте {count}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages.py" line="86" />
        <source>sheet {sheet}: record {uuid} is in the manifest but in no sheet</source>
        <translation>лист {sheet}: запись {uuid} есть в манифесте, но ни на одном листе</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages.py" line="87" />
        <source>sheet {sheet}: record {uuid} is listed twice</source>
        <translation>лист {sheet}: запись {uuid} указана дважды</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages.py" line="88" />
        <source>sheet {sheet}, row {row}: part {part!r} is not a number</source>
        <translation>лист {sheet}, строка {row}: часть {part!r} — не число</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages.py" line="89" />
        <source>sheet {sheet}: the definition of form {form} {version} is broken ({problem})</source>
        <translation>лист {sheet}: описание формы {form} {version} повреждено ({problem})</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages.py" line="90" />
        <source>sheet {sheet}: the definition filed as {form} {version} is {actual}</source>
        <translation>лист {sheet}: описание, записанное как {form} {version}, на деле {actual}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages.py" line="91" />
        <source>sheet {sheet}, record {uuid}: ancestors {problem}</source>
        <translation>лист {sheet}, запись {uuid}: предки {problem}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages.py" line="92" />
        <source>sheet {sheet}, record {uuid}: the manifest was altered (its hash no longer matches the untouched row)</source>
        <translation>лист {sheet}, запись {uuid}: манифест изменён (его хеш больше не совпадает с нетронутой строкой)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages.py" line="94" />
        <source>{where}: form {form} version {version!r} is neither installed here nor in the file</source>
        <translation>{where}: формы {form} версии {version!r} нет ни здесь, ни в файле</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages.py" line="96" />
        <source>{where}: revision {revision} differs from the manifest's {listed}</source>
        <translation>{where}: версия {revision} отличается от указанной в манифесте {listed}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages.py" line="97" />
        <source>{where}: {value!r} is not a number</source>
        <translation>{where}: {value!r} — не число</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages.py" line="98" />
        <source>{where}: record {uuid} is not in the manifest</source>
        <translation>{where}: записи {uuid} нет в манифесте</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages.py" line="99" />
        <source>{where}: record {uuid} appears twice in the file</source>
        <translation>{where}: запись {uuid} встречается в файле дважды</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages.py" line="100" />
        <source>{where}, column _revision: {value!r} is not a revision number</source>
        <translation>{where}, столбец _revision: {value!r} — не номер версии</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages.py" line="101" />
        <source>{where}: _parent_uuid {parent} is no record of form {form} in this file</source>
        <translation>{where}: _parent_uuid {parent} — не запись формы {form} в этом файле</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages.py" line="102" />
        <source>{where}: form {form} {version} has no repeat {repeat}</source>
        <translation>{where}: в форме {form} {version} нет повтора {repeat}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages.py" line="103" />
        <source>{where}, column _index: {index!r} is not a position (1, 2, ...)</source>
        <translation>{where}, столбец _index: {index!r} — не позиция (1, 2, ...)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages.py" line="104" />
        <source>{where}, column _index: {index} leaves a gap (sheet {sheet} has no instance {missing} of {repeat} for this record)</source>
        <translation>{where}, столбец _index: {index} оставляет пропуск (на листе {sheet} нет экземпляра {missing} повтора {repeat} для этой записи)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages.py" line="106" />
        <source>{where}: instance {position} of {repeat} appears twice</source>
        <translation>{where}: экземпляр {position} повтора {repeat} встречается дважды</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages.py" line="107" />
        <source>{where}, column _parent_path: {path!r} is no instance of this record</source>
        <translation>{where}, столбец _parent_path: {path!r} — не экземпляр этой записи</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages.py" line="108" />
        <source>{where}, column {column}: {value!r} is not a record id (a lower-case UUID, 8-4-4-4-12 hex digits)</source>
        <translation>{where}, столбец {column}: {value!r} — не идентификатор записи (UUID строчными, 8-4-4-4-12 шестнадцатеричных цифр)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages.py" line="110" />
        <source>{where}, column {column}: {value!r} is not a fieldkit device id</source>
        <translation>{where}, столбец {column}: {value!r} — не идентификатор устройства fieldkit</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages.py" line="111" />
        <source>{where}, column {column}: {value!r} is not a fieldkit time stamp</source>
        <translation>{where}, столбец {column}: {value!r} — не отметка времени fieldkit</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages.py" line="112" />
        <source>import cancelled; nothing was changed</source>
        <translation>импорт отменён; ничего не изменено</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages.py" line="113" />
        <source>{file}: the process reading it stopped unexpectedly (exit code {code}); nothing was changed</source>
        <translation>{file}: процесс, читавший его, неожиданно остановился (код выхода {code}); ничего не изменено</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages.py" line="116" />
        <source>the passphrase is empty</source>
        <translation>парольная фраза пуста</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages.py" line="117" />
        <source>no database at {path}</source>
        <translation>по пути {path} нет базы данных</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages.py" line="118" />
        <source>cannot create the folder {folder}: {problem}</source>
        <translation>не удаётся создать папку {folder}: {problem}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages.py" line="119" />
        <source>{path} is a folder, not a database file</source>
        <translation>{path} — папка, а не файл базы данных</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages.py" line="120" />
        <source>cannot open {path}: {problem}</source>
        <translation>не удаётся открыть {path}: {problem}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages.py" line="121" />
        <source>wrong passphrase for {path} (or the file is not a fieldkit database)</source>
        <translation>неверная парольная фраза для {path} (или файл — не база данных fieldkit)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages.py" line="122" />
        <source>{path} is busy: another fieldkit is writing to it; try again</source>
        <translation>{path} занята: в неё пишет другой fieldkit; попробуйте ещё раз</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages.py" line="123" />
        <source>{path} is read-only: cannot save here</source>
        <translation>{path} только для чтения: сохранить здесь нельзя</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages.py" line="124" />
        <source>the disk holding {path} is full: nothing was saved</source>
        <translation>диск с {path} заполнен: ничего не сохранено</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages.py" line="125" />
        <source>{file}: no such backup</source>
        <translation>{file}: такой резервной копии нет</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages.py" line="127" />
        <source>disk full writing {file}; nothing was written</source>
        <translation>диск заполнен при записи {file}; ничего не записано</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages.py" line="128" />
        <source>cannot write {file}: it is a folder or a device, not a file; nothing was written</source>
        <translation>невозможно записать {file}: это папка или устройство, а не файл; ничего не записано</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages.py" line="129" />
        <source>{file} fails its check ({problem}); nothing was restored</source>
        <translation>{file} не проходит проверку ({problem}); ничего не восстановлено</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages.py" line="130" />
        <source>{path} is open in another fieldkit (a window or a command): close it, then restore again; nothing was restored</source>
        <translation>{path} открыта в другом fieldkit (окно или команда): закройте её и повторите восстановление; ничего не восстановлено</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages.py" line="131" />
        <source>the name of {path} is too long ({size} characters): fieldkit keeps its journal beside it as NAME-wal; give it a shorter name</source>
        <translation>имя {path} слишком длинное ({size} символов): fieldkit хранит журнал рядом с ним как NAME-wal; дайте ему имя короче</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages.py" line="132" />
        <source>backup to {path} failed: {problem}; no backup was written</source>
        <translation>резервное копирование в {path} не удалось: {problem}; копия не записана</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages.py" line="133" />
        <source>no backup was written</source>
        <translation>резервная копия не записана</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages.py" line="134" />
        <source>nothing was restored</source>
        <translation>ничего не восстановлено</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages.py" line="135" />
        <source>cannot read or write {path}: {problem}</source>
        <translation>не удаётся прочитать или записать {path}: {problem}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages.py" line="136" />
        <source>cannot read {path}: {problem}</source>
        <translation>не удаётся прочитать {path}: {problem}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages.py" line="137" />
        <source>cannot replace {path}: {problem}; the backup is checked and waits in {staged}</source>
        <translation>не удаётся заменить {path}: {problem}; резервная копия проверена и ждёт в {staged}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages.py" line="138" />
        <source>cannot write {path}: {problem}; {action}</source>
        <translation>не удаётся записать {path}: {problem}; {action}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages.py" line="139" />
        <source>recover writes a new database: give it a file other than {path}</source>
        <translation>recover пишет новую базу данных: укажите файл, отличный от {path}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages.py" line="140" />
        <source>the disk holding {path} is full: {action}</source>
        <translation>диск с {path} заполнен: {action}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages.py" line="141" />
        <source>the folder {folder} is read-only: fieldkit writes its journal beside {path}; make the folder writable</source>
        <translation>папка {folder} только для чтения: fieldkit пишет свой журнал рядом с {path}; разрешите запись в папку</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages.py" line="142" />
        <source>the journal {wal} of {path} is missing (deleted?): the latest saves are in it; put it back beside the database, or restore a backup ('fieldkit check' names the latest good one)</source>
        <translation>журнал {wal} базы {path} отсутствует (удалён?): в нём последние сохранения; верните его рядом с базой или восстановите резервную копию ('fieldkit check' назовёт последнюю исправную)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages.py" line="143" />
        <source>{file} is damaged ({problem})</source>
        <translation>{file} повреждён ({problem})</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages.py" line="144" />
        <source>{file} is empty: not a backup</source>
        <translation>{file} пуст: это не резервная копия</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages.py" line="145" />
        <source>{file} is not a fieldkit database (its tables are not fieldkit's)</source>
        <translation>{file} — не база данных fieldkit (её таблицы не от fieldkit)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages.py" line="146" />
        <source>{file}: {problem}</source>
        <translation>{file}: {problem}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages.py" line="147" />
        <source>{path} exists already: give recover a new file name</source>
        <translation>{path} уже существует: дайте recover новое имя файла</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages.py" line="148" />
        <source>{path} is damaged ({problem}): nothing more is written to it; 'fieldkit check' names the latest good backup to restore, 'fieldkit recover --out NEW.db' saves what can still be read</source>
        <translation>{path} повреждена ({problem}): в неё больше ничего не пишется; 'fieldkit check' назовёт последнюю исправную резервную копию для восстановления, 'fieldkit recover --out NEW.db' сохранит то, что ещё читается</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages.py" line="149" />
        <source>{path} is damaged and no good backup of it was found in {folder}: save what still reads with 'fieldkit --db {path} recover --out NEW.db'</source>
        <translation>{path} повреждена, и в {folder} нет её исправной резервной копии: сохраните то, что ещё читается, командой 'fieldkit --db {path} recover --out NEW.db'</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages.py" line="150" />
        <source>{path} is damaged; the latest good backup is {backup}: restore it with 'fieldkit --db {path} restore {backup}' (or save what still reads with 'fieldkit --db {path} recover --out NEW.db')</source>
        <translation>{path} повреждена; последняя исправная резервная копия — {backup}: восстановите её командой 'fieldkit --db {path} restore {backup}' (или сохраните то, что ещё читается: 'fieldkit --db {path} recover --out NEW.db')</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages.py" line="151" />
        <source>{path} is not a fieldkit database ({size} bytes, not whole encrypted pages)</source>
        <translation>{path} — не база данных fieldkit ({size} байт, не целые зашифрованные страницы)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages.py" line="152" />
        <source>{path} is not encrypted: not a fieldkit database</source>
        <translation>{path} не зашифрован: это не база данных fieldkit</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages.py" line="153" />
        <source>{path} is on a read-only disk: nothing can be saved to it; copy it to a writable folder</source>
        <translation>{path} на диске только для чтения: сохранить в неё ничего нельзя; скопируйте её в папку с правом записи</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages.py" line="154" />
        <source>{path} is read-only (the file cannot be written): nothing can be saved to it; make it writable or copy it elsewhere</source>
        <translation>{path} только для чтения (файл нельзя записать): сохранить в неё ничего нельзя; разрешите запись или скопируйте её в другое место</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages.py" line="155" />
        <source>{path}: its first page (the list of its tables) does not read: nothing can be salvaged; restore a backup</source>
        <translation>{path}: её первая страница (список таблиц) не читается: спасти ничего нельзя; восстановите резервную копию</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages.py" line="156" />
        <source>{problem}; no backup was written</source>
        <translation>{problem}; резервная копия не записана</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages.py" line="157" />
        <source>{problem}; nothing was restored</source>
        <translation>{problem}; ничего не восстановлено</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages.py" line="159" />
        <source>This record changed while it was being edited (revision {revision} arrived, the edit started from revision {base}). Discard the edit and edit the record again.</source>
        <translation>Эта запись изменилась во время правки (пришла версия {revision}, правка начата с версии {base}). Отмените правку и отредактируйте запись заново.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages.py" line="162" />
        <source>the database passphrase needs at least {n} characters; nothing was created</source>
        <translation>парольная фраза базы данных должна содержать не менее {n} символов; ничего не создано</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages.py" line="163" />
        <source>the export password needs at least {n} characters; nothing was written</source>
        <translation>пароль экспорта должен содержать не менее {n} символов; ничего не записано</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages.py" line="164" />
        <source>the password of the unsealed copy needs at least {n} characters; nothing was written</source>
        <translation>пароль распечатанной копии должен содержать не менее {n} символов; ничего не записано</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages.py" line="166" />
        <source>the key passphrase needs at least {n} characters; nothing was written</source>
        <translation>парольная фраза ключа должна содержать не менее {n} символов; ничего не записано</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages.py" line="167" />
        <source>{file} has no password, and its unsealed copy would hold victims' identities in clear: give the copy a password (FIELDKIT_EXPORT_PASSWORD, --ask-out-password), or say --no-password; nothing was written</source>
        <translation>{file} без пароля, и его распечатанная копия хранила бы личности пострадавших открыто: задайте копии пароль (FIELDKIT_EXPORT_PASSWORD, --ask-out-password) или укажите --no-password; ничего не записано</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages.py" line="171" />
        <source>give the incoming record another {field} to keep both</source>
        <translation>чтобы оставить обе, дайте входящей записи другой {field}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages.py" line="172" />
        <source>{field} {value!r}: {problem}</source>
        <translation>{field} {value!r}: {problem}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages.py" line="173" />
        <source>{field} {value!r} is taken by another record too</source>
        <translation>{field} {value!r} уже есть и у другой записи</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages.py" line="174" />
        <source>{form} record {uuid}, field {field}: {problem}; HQ would refuse the whole file, so nothing was exported: open the record, correct the answer and save it, then export again</source>
        <translation>{form}, запись {uuid}, поле {field}: {problem}; центр отклонил бы весь файл, поэтому ничего не экспортировано: откройте запись, исправьте ответ и сохраните, затем экспортируйте снова</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages.py" line="178" />
        <source>form {form}: only {records} record(s), fewer than k = {k}: no release can hide a victim among {k}; collect more records first</source>
        <translation>форма {form}: всего {records} запис(ей), меньше k = {k}: никакая публикация не спрячет пострадавшего среди {k}; сначала соберите больше записей</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages.py" line="180" />
        <source>form {form}: l = {l} cannot be met even with every quasi-identifier at its top level: {columns} have fewer than {l} different answers among the {records} records</source>
        <translation>форма {form}: l = {l} не достигается даже при всех квазиидентификаторах на верхнем уровне: у {columns} меньше {l} разных ответов среди {records} записей</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages.py" line="182" />
        <source>k = {k} is too small: form {form} has privacy marks (victims' data), so an anonymised release needs k of {minimum} or more (11 for a public one)</source>
        <translation>k = {k} слишком мало: в форме {form} есть пометки приватности (данные пострадавших), поэтому обезличенной публикации нужно k не меньше {minimum} (11 для открытой)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages.py" line="184" />
        <source>l = {l} is too small: form {form} has sensitive columns ({columns}), so an anonymised release needs l of {minimum} or more</source>
        <translation>l = {l} слишком мало: в форме {form} есть чувствительные столбцы ({columns}), поэтому обезличенной публикации нужно l не меньше {minimum}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages.py" line="186" />
        <source>the suppression limit {share} is not a share of the records between 0 and 0.5 (0.05 is 5 %)</source>
        <translation>предел исключения {share} — не доля записей от 0 до 0.5 (0.05 — это 5 %)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages.py" line="189" />
        <source>sheet {sheet}: form {form} version {version} weakens a privacy mark: {problem}</source>
        <translation>лист {sheet}: версия {version} формы {form} ослабляет отметку конфиденциальности: {problem}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages.py" line="191" />
        <source>{file}, sheet {sheet}, row {row}, column {column}: this sealed value belongs to another record or field (moved here, or damaged); nothing was written</source>
        <translation>{file}, лист {sheet}, строка {row}, столбец {column}: это запечатанное значение принадлежит другой записи или полю (перенесено сюда или повреждено); ничего не записано</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages.py" line="193" />
        <source>{file}, sheet {sheet}, row {row}, column {column}: this sealed value belongs to another instance of this repeat (moved here); nothing was written</source>
        <translation>{file}, лист {sheet}, строка {row}, столбец {column}: это запечатанное значение принадлежит другому экземпляру этого повтора (перенесено сюда); ничего не записано</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages.py" line="195" />
        <source>{file}, sheet {sheet}, row {row}, column {column}: a sealed value outside a record's row; nothing was written</source>
        <translation>{file}, лист {sheet}, строка {row}, столбец {column}: запечатанное значение вне строки записи; ничего не записано</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages.py" line="197" />
        <source>{file}, sheet {sheet}, row {row}, column {column}: {problem}; nothing was written</source>
        <translation>{file}, лист {sheet}, строка {row}, столбец {column}: {problem}; ничего не записано</translation>
    </message>
</context>
<context>
    <name>validation</name>
    <message>
        <location filename="../../fieldkit/ui/messages.py" line="204" />
        <source>This answer is required.</source>
        <translation>Этот ответ обязателен.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages.py" line="205" />
        <source>This answer is not valid.</source>
        <translation>Этот ответ недопустим.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages.py" line="206" />
        <source>expected text</source>
        <translation>ожидается текст</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages.py" line="207" />
        <source>{length} characters: longer than the {limit:,} an answer may have (a spreadsheet cell holds 32,767 and cuts the rest)</source>
        <translation>{length} символов: ответ не может быть длиннее {limit:,} (ячейка таблицы вмещает 32 767 и обрезает остальное)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages.py" line="209" />
        <source>{value!r} is not a whole number</source>
        <translation>{value!r} — не целое число</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages.py" line="210" />
        <source>{number} has more than 15 digits (Excel keeps 15)</source>
        <translation>{number}: больше 15 цифр (Excel хранит 15)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages.py" line="211" />
        <source>{value!r} has more than 15 digits (Excel keeps 15)</source>
        <translation>{value!r}: больше 15 цифр (Excel хранит 15)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages.py" line="212" />
        <source>{value!r} is not a number</source>
        <translation>{value!r} — не число</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages.py" line="213" />
        <source>{value!r} is not a date (YYYY-MM-DD)</source>
        <translation>{value!r} — не дата (дд.мм.гггг)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages.py" line="214" />
        <source>{value} is not between 1900-01-01 and 9999-12-31 (a typo in the year?)</source>
        <translation>{value} — не между 1900-01-01 и 9999-12-31 (опечатка в годе?)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages.py" line="215" />
        <source>answered although the form says it does not apply here (a record saved by fieldkit never keeps it)</source>
        <translation>есть ответ, хотя по форме вопрос здесь не задаётся (запись, сохранённая fieldkit, его никогда не хранит)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages.py" line="217" />
        <source>{value!r} is not what the form calculates ({expected!r})</source>
        <translation>{value!r} — не то, что вычисляет форма ({expected!r})</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages.py" line="218" />
        <source>{value} is not the score of these answers ({expected})</source>
        <translation>{value} — не балл этих ответов ({expected})</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages.py" line="219" />
        <source>{value!r} is not a time (HH:MM)</source>
        <translation>{value!r} — не время (ЧЧ:ММ)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages.py" line="220" />
        <source>{value!r}: an acknowledgement is 'OK' or empty</source>
        <translation>{value!r}: подтверждение — «OK» или пусто</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages.py" line="221" />
        <source>expected one choice name</source>
        <translation>ожидается один вариант</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages.py" line="222" />
        <source>{value!r} is not one of the choices ({choices})</source>
        <translation>{value!r} — не один из вариантов ({choices})</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages.py" line="223" />
        <source>expected a list of choice names</source>
        <translation>ожидается список вариантов</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages.py" line="224" />
        <source>{values} not among the choices ({choices})</source>
        <translation>{values} нет среди вариантов ({choices})</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages.py" line="225" />
        <source>{number} is outside the range {low} to {high}</source>
        <translation>{number} вне диапазона от {low} до {high}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages.py" line="226" />
        <source>{number} is not on a step of {step} from {start}</source>
        <translation>{number} не кратно шагу {step} от {start}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages.py" line="227" />
        <source>{value!r} is not among the choices offered here.</source>
        <translation>{value!r} нет среди предложенных здесь вариантов.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages.py" line="228" />
        <source>the answer (not shown: the field is privacy-marked)</source>
        <translation>ответ (не показан: поле помечено как конфиденциальное)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages.py" line="229" />
        <source>{value!r} is already used by another record of this form.</source>
        <translation>{value!r} уже используется в другой записи этой формы.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages.py" line="230" />
        <source>HQ's public key is not installed on this laptop, so this answer cannot be kept (it would be readable). Install it with 'fieldkit keys install' or File &gt; Install HQ's key.</source>
        <translation>Открытый ключ штаба не установлен на этом ноутбуке, поэтому этот ответ нельзя сохранить (он остался бы читаемым). Установите его командой 'fieldkit keys install' или через Файл &gt; Установить открытый ключ штаба.</translation>
    </message>
</context>
</TS>