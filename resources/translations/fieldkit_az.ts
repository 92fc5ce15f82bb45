<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="az_AZ">
<context>
    <name>AcknowledgeWidget</name>
    <message>
        <location filename="../../fieldkit/ui/question_widgets.py" line="35" />
        <source>OK</source>
        <translation>OK</translation>
    </message>
</context>
<context>
    <name>AuditDialog</name>
    <message>
        <location filename="../../fieldkit/ui/audit_view.py" line="20" />
        <source>Audit log</source>
        <translation>Audit jurnalı</translation>
    </message>
    <message numerus="yes">
        <location filename="../../fieldkit/ui/audit_view.py" line="23" />
        <source>The last %n entries, newest first.</source>
        <translation><numerusform>Son %n qeyd, ən yenisi əvvəldə.</numerusform></translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/audit_view.py" line="24" />
        <source>When</source>
        <translation>Nə vaxt</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/audit_view.py" line="24" />
        <source>Action</source>
        <translation>Əməliyyat</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/audit_view.py" line="24" />
        <source>Form</source>
        <translation>Forma</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/audit_view.py" line="24" />
        <source>Record</source>
        <translation>Qeyd</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/audit_view.py" line="24" />
        <source>Revision</source>
        <translation>Versiya</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/audit_view.py" line="25" />
        <source>Device</source>
        <translation>Cihaz</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/audit_view.py" line="25" />
        <source>Detail</source>
        <translation>Təfərrüat</translation>
    </message>
</context>
<context>
    <name>BrowsePage</name>
    <message>
        <location filename="../../fieldkit/ui/browse_page.py" line="49" />
        <source>&lt;b&gt;Forms&lt;/b&gt;</source>
        <translation>&lt;b&gt;Formalar&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/browse_page.py" line="52" />
        <source>Forms</source>
        <translation>Formalar</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/browse_page.py" line="63" />
        <source>&amp;New</source>
        <translation>&amp;Yeni</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/browse_page.py" line="64" />
        <source>New record of this form (Ctrl+N)</source>
        <translation>Bu formanın yeni qeydi (Ctrl+N)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/browse_page.py" line="66" />
        <source>&amp;Open</source>
        <translation>&amp;Aç</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/browse_page.py" line="67" />
        <source>Open the selected record (Enter)</source>
        <translation>Seçilmiş qeydi aç (Enter)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/browse_page.py" line="69" />
        <source>&amp;Delete</source>
        <translation>&amp;Sil</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/browse_page.py" line="70" />
        <source>Delete the selected record (Del); the audit log keeps it</source>
        <translation>Seçilmiş qeydi sil (Del); audit jurnalı onu saxlayır</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/browse_page.py" line="72" />
        <source>&amp;Restore</source>
        <translation>&amp;Bərpa et</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/browse_page.py" line="73" />
        <source>Bring the selected deleted record back</source>
        <translation>Seçilmiş silinmiş qeydi geri qaytar</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/browse_page.py" line="92" />
        <source>Records</source>
        <translation>Qeydlər</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/browse_page.py" line="102" />
        <source>Delete record</source>
        <translation>Qeydi sil</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/browse_page.py" line="123" />
        <source>Resume</source>
        <translation>Davam et</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/browse_page.py" line="126" />
        <source>Later</source>
        <translation>Sonra</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/browse_page.py" line="136" />
        <source>fieldkit stopped while “{title}” ({form}) was open. Its draft was saved {time}.</source>
        <translation>fieldkit “{title}” ({form}) açıq olarkən dayandı. Qaralama {time} saxlanılıb.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/browse_page.py" line="137" />
        <source>(untitled)</source>
        <translation>(adsız)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/browse_page.py" line="150" />
        <source>Search answers (Ctrl+F)</source>
        <translation>Cavablarda axtar (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/browse_page.py" line="151" />
        <source>Search</source>
        <translation>Axtarış</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/browse_page.py" line="162" />
        <source>Status</source>
        <translation>Vəziyyət</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/browse_page.py" line="163" />
        <source>All records</source>
        <translation>Bütün qeydlər</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/browse_page.py" line="163" />
        <source>Drafts</source>
        <translation>Qaralamalar</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/browse_page.py" line="163" />
        <source>Final</source>
        <translation>Yekun</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/browse_page.py" line="164" />
        <source>Deleted</source>
        <translation>Silinmiş</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/browse_page.py" line="168" />
        <source>Created from</source>
        <translation>Yaradılıb:</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/browse_page.py" line="174" />
        <source>From</source>
        <translation>Başlanğıc</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/browse_page.py" line="174" />
        <source>To</source>
        <translation>Son</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/browse_page.py" line="180" />
        <source>to</source>
        <translation>—</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/browse_page.py" line="214" />
        <source>No forms yet: add one with File &gt; Add a form from Excel.</source>
        <translation>Hələ forma yoxdur: Fayl &gt; Exceldən forma əlavə et ilə əlavə edin.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../fieldkit/ui/browse_page.py" line="216" />
        <source>%n record(s)</source>
        <translation><numerusform>%n qeyd</numerusform></translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/browse_page.py" line="218" />
        <source>No record matches. Clear the search or the filters to see all.</source>
        <translation>Heç bir qeyd uyğun gəlmir. Hamısını görmək üçün axtarışı və ya filtrləri təmizləyin.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/browse_page.py" line="220" />
        <source>No records yet. Press New (Ctrl+N) to fill in the first one.</source>
        <translation>Hələ qeyd yoxdur. Birincini doldurmaq üçün Yeni (Ctrl+N) düyməsini basın.</translation>
    </message>
</context>
<context>
    <name>ConflictsDialog</name>
    <message>
        <location filename="../../fieldkit/ui/conflicts_view.py" line="50" />
        <source>Conflicts</source>
        <translation>Ziddiyyətlər</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/conflicts_view.py" line="62" />
        <source>This laptop</source>
        <translation>Bu noutbuk</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/conflicts_view.py" line="62" />
        <source>Incoming</source>
        <translation>Gələn</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/conflicts_view.py" line="68" />
        <location filename="../../fieldkit/ui/conflicts_view.py" line="137" />
        <source>Keep this laptop's version</source>
        <translation>Bu noutbukun versiyasını saxla</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/conflicts_view.py" line="70" />
        <location filename="../../fieldkit/ui/conflicts_view.py" line="138" />
        <source>Take the incoming version</source>
        <translation>Gələn versiyanı götür</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/conflicts_view.py" line="75" />
        <source>Keep both, the incoming one with this answer:</source>
        <translation>Hər ikisini saxla, gələni bu cavabla:</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/conflicts_view.py" line="82" />
        <source>Close</source>
        <translation>Bağla</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/conflicts_view.py" line="102" />
        <source>another record with the same {field}</source>
        <translation>eyni {field} ilə başqa qeyd</translation>
    </message>
    <message numerus="yes">
        <location filename="../../fieldkit/ui/conflicts_view.py" line="107" />
        <source>%n record(s) were changed differently on two laptops. Both versions are kept until you choose; the choice becomes a new revision that every laptop accepts.</source>
        <translation><numerusform>%n qeyd iki noutbukda fərqli dəyişdirilib. Siz seçənə qədər hər iki versiya saxlanılır; seçiminiz bütün noutbukların qəbul etdiyi yeni versiya olur.</numerusform></translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/conflicts_view.py" line="109" />
        <source>No conflicts: every import merged cleanly.</source>
        <translation>Ziddiyyət yoxdur: bütün idxallar təmiz birləşdi.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/conflicts_view.py" line="127" />
        <source>One record: keep this laptop's</source>
        <translation>Bir qeyddir: bu noutbukdakını saxla</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/conflicts_view.py" line="128" />
        <source>One record: keep the incoming one</source>
        <translation>Bir qeyddir: gələni saxla</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/conflicts_view.py" line="129" />
        <source>a new {field}</source>
        <translation>yeni {field}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/conflicts_view.py" line="131" />
        <source>The incoming record has the same {field} as a record here, and no two records may share it. If both describe one and the same thing, keep one (the other is deleted as its duplicate, and can be restored); if they are two, keep both and give the incoming one another {field}.</source>
        <translation>Gələn qeydin {field} dəyəri buradakı bir qeydinki ilə eynidir, iki qeyd isə onu bölüşə bilməz. Hər ikisi eyni şeyi təsvir edirsə, birini saxlayın (digəri onun təkrarı kimi silinir və bərpa oluna bilər); iki ayrı şeydirsə, hər ikisini saxlayın və gələnə başqa {field} verin.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/conflicts_view.py" line="164" />
        <source>This laptop (revision {r}, {time})</source>
        <translation>Bu noutbuk (versiya {r}, {time})</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/conflicts_view.py" line="166" />
        <source>Incoming (revision {r}, {time})</source>
        <translation>Gələn (versiya {r}, {time})</translation>
    </message>
</context>
<context>
    <name>DateWidget</name>
    <message>
        <location filename="../../fieldkit/ui/text_widgets.py" line="137" />
        <source>Choose a date in a calendar (F4)</source>
        <translation>Tarixi təqvimdə seçin (F4)</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <location filename="../../fieldkit/ui/exchange_dialogs.py" line="141" />
        <source>Export to Excel</source>
        <translation>Excelə ixrac</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/exchange_dialogs.py" line="142" />
        <source>Export</source>
        <translation>İxrac et</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/exchange_dialogs.py" line="151" />
        <source>Forms</source>
        <translation>Formalar</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/exchange_dialogs.py" line="155" />
        <source>Where to write the workbook (.xlsx)</source>
        <translation>İş kitabının yazılacağı yer (.xlsx)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/exchange_dialogs.py" line="156" />
        <source>Browse…</source>
        <translation>Seç…</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/exchange_dialogs.py" line="160" />
        <source>File</source>
        <translation>Fayl</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/exchange_dialogs.py" line="161" />
        <source>Only what changed since the last export to this file</source>
        <translation>Yalnız bu fayla sonuncu ixracdan bəri dəyişənlər</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/exchange_dialogs.py" line="165" />
        <source>Excel will ask for it; needed for victims' data</source>
        <translation>Excel onu soruşacaq; qurbanların məlumatları üçün lazımdır</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/exchange_dialogs.py" line="166" />
        <source>Password</source>
        <translation>Parol</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/exchange_dialogs.py" line="169" />
        <source>Sealed, for HQ (identifiers sealed, free text scrubbed)</source>
        <translation>Möhürlənmiş, mərkəz üçün (identifikatorlar möhürlənir, sərbəst mətn təmizlənir)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/exchange_dialogs.py" line="170" />
        <source>Anonymised, for anyone beyond HQ (k-anonymous)</source>
        <translation>Anonimləşdirilmiş, mərkəzdən kənar hər kəs üçün (k-anonim)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/exchange_dialogs.py" line="171" />
        <source>Privacy</source>
        <translation>Məxfilik</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/exchange_dialogs.py" line="172" />
        <source>Victims' data may go without a password (I take responsibility)</source>
        <translation>Qurbanların məlumatları parolsuz gedə bilər (məsuliyyəti öz üzərimə götürürəm)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/exchange_dialogs.py" line="177" />
        <source>Every released row matches at least k-1 others (5 by default; 11 for public release)</source>
        <translation>Hər buraxılan sətir ən azı k-1 digəri ilə üst-üstə düşür (standart 5; açıq nəşr üçün 11)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/exchange_dialogs.py" line="179" />
        <source>k (anonymised)</source>
        <translation>k (anonimləşdirilmiş)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/exchange_dialogs.py" line="183" />
        <source>Export to</source>
        <translation>Harada ixrac etmək</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/exchange_dialogs.py" line="184" />
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel iş kitabları (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/exchange_dialogs.py" line="194" />
        <source>Choose the file to write.</source>
        <translation>Yazılacaq faylı seçin.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/exchange_dialogs.py" line="196" />
        <source>Choose at least one form.</source>
        <translation>Ən azı bir forma seçin.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/exchange_dialogs.py" line="216" />
        <source>Cancelled: nothing was written.</source>
        <translation>Ləğv edildi: heç nə yazılmadı.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/exchange_dialogs.py" line="221" />
        <source>{n} record(s) written to {path}.</source>
        <translation>{n} qeyd {path} faylına yazıldı.</translation>
    </message>
</context>
<context>
    <name>FormView</name>
    <message>
        <location filename="../../fieldkit/ui/form_view.py" line="139" />
        <source>Form language</source>
        <extracomment>An autosave waits this long for a database that another connection is writing to (an import), then tries again RETRY_MS later: the window never freezes while someone types.</extracomment>
        <translation>Formanın dili</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/form_view.py" line="167" />
        <source>History</source>
        <translation>Tarixçə</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/form_view.py" line="169" />
        <source>Close</source>
        <translation>Bağla</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/form_view.py" line="170" />
        <source>Save the draft and go back to the list (Esc)</source>
        <translation>Qaralamanı saxla və siyahıya qayıt (Esc)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/form_view.py" line="172" />
        <source>Save draft</source>
        <translation>Qaralamanı saxla</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/form_view.py" line="173" />
        <source>Save what is typed so far (Ctrl+S)</source>
        <translation>İndiyə qədər yazılanı saxla (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/form_view.py" line="175" />
        <source>Finalise</source>
        <translation>Yekunlaşdır</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/form_view.py" line="176" />
        <source>Check every answer and mark the record final (Ctrl+Enter)</source>
        <translation>Hər cavabı yoxla və qeydi yekun kimi işarələ (Ctrl+Enter)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/form_view.py" line="255" />
        <source>Sealed for HQ: only HQ can read it. Type to replace it.</source>
        <translation>Mərkəz üçün möhürlənib: yalnız mərkəz oxuya bilər. Əvəz etmək üçün yazın.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/form_view.py" line="256" />
        <source>Sealed on save with HQ's key {key}: this laptop cannot read it back.</source>
        <translation>Saxlananda mərkəzin {key} açarı ilə möhürlənir: bu noutbuk onu geri oxuya bilməz.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/form_view.py" line="269" />
        <source>Redact selection</source>
        <translation>Seçiləni gizlət</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/form_view.py" line="270" />
        <source>Replace the selected words with [REDACTED] before anything is saved</source>
        <translation>Seçilmiş sözləri heç nə saxlanmamışdan əvvəl [REDACTED] ilə əvəz et</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/form_view.py" line="300" />
        <source>Stored as: {text}</source>
        <translation>Belə saxlanılacaq: {text}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../fieldkit/ui/form_view.py" line="432" />
        <location filename="../../fieldkit/ui/form_view.py" line="503" />
        <source>%n answer(s) to complete or correct before finalising.</source>
        <translation><numerusform>Yekunlaşdırmadan əvvəl %n cavabı doldurun və ya düzəldin.</numerusform></translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/form_view.py" line="434" />
        <source>Every answer is valid: the record can be finalised.</source>
        <translation>Bütün cavablar düzgündür: qeyd yekunlaşdırıla bilər.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/form_view.py" line="439" />
        <source>Final</source>
        <translation>Yekun</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/form_view.py" line="439" />
        <source>Draft</source>
        <translation>Qaralama</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/form_view.py" line="440" />
        <source>saved {time}</source>
        <translation>saxlanılıb {time}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/form_view.py" line="441" />
        <source>not saved yet</source>
        <translation>hələ saxlanmayıb</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/form_view.py" line="442" />
        <source>{status} · revision {revision} · {saved}</source>
        <translation>{status} · versiya {revision} · {saved}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/form_view.py" line="464" />
        <location filename="../../fieldkit/ui/form_view.py" line="473" />
        <source>The draft could not be saved</source>
        <translation>Qaralama saxlanıla bilmədi</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/form_view.py" line="468" />
        <source>Not saved yet: {error}. What you typed is kept; saving again in a few seconds.</source>
        <translation>Hələ saxlanmayıb: {error}. Yazdıqlarınız qalır; bir neçə saniyədən sonra yenidən saxlanacaq.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/form_view.py" line="507" />
        <source>The record could not be finalised</source>
        <translation>Qeyd yekunlaşdırıla bilmədi</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <location filename="../../fieldkit/ui/history.py" line="29" />
        <source>History of the record</source>
        <translation>Qeydin tarixçəsi</translation>
    </message>
    <message numerus="yes">
        <location filename="../../fieldkit/ui/history.py" line="32" />
        <source>%n revision(s)</source>
        <translation><numerusform>%n versiya</numerusform></translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/history.py" line="37" />
        <source>Revision {n}
{status}, {time}</source>
        <translation>Versiya {n}
{status}, {time}</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../fieldkit/ui/exchange_dialogs.py" line="229" />
        <source>Import from Excel</source>
        <translation>Exceldən idxal</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/exchange_dialogs.py" line="230" />
        <source>Import</source>
        <translation>İdxal et</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/exchange_dialogs.py" line="233" />
        <source>Add files…</source>
        <translation>Fayl əlavə et…</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/exchange_dialogs.py" line="238" />
        <source>Workbooks</source>
        <translation>İş kitabları</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/exchange_dialogs.py" line="241" />
        <source>Only for workbooks protected by a password</source>
        <translation>Yalnız parolla qorunan iş kitabları üçün</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/exchange_dialogs.py" line="242" />
        <source>Password</source>
        <translation>Parol</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/exchange_dialogs.py" line="243" />
        <source>Only report what would happen (dry run)</source>
        <translation>Yalnız nə baş verəcəyini göstər (sınaq)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/exchange_dialogs.py" line="244" />
        <source>Apply rows edited in Excel, as new revisions</source>
        <translation>Exceldə dəyişdirilmiş sətirləri yeni versiya kimi tətbiq et</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/exchange_dialogs.py" line="255" />
        <source>Workbooks to import</source>
        <translation>İdxal ediləcək iş kitabları</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/exchange_dialogs.py" line="256" />
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel iş kitabları (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/exchange_dialogs.py" line="260" />
        <source>Add at least one workbook.</source>
        <translation>Ən azı bir iş kitabı əlavə edin.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/exchange_dialogs.py" line="273" />
        <source>Conflicts wait for you in View &gt; Conflicts.</source>
        <translation>Ziddiyyətlər Görünüş &gt; Ziddiyyətlər bölməsində sizi gözləyir.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/exchange_dialogs.py" line="275" />
        <source>Rows edited in Excel were not applied; tick the box above to apply them.</source>
        <translation>Exceldə dəyişdirilmiş sətirlər tətbiq edilmədi; tətbiq etmək üçün yuxarıdakı qutunu işarələyin.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../fieldkit/ui/main_window.py" line="62" />
        <source>&amp;File</source>
        <translation>&amp;Fayl</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/main_window.py" line="63" />
        <source>&amp;New record</source>
        <translation>&amp;Yeni qeyd</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/main_window.py" line="65" />
        <source>&amp;Add a form from Excel…</source>
        <translation>Exceldən &amp;forma əlavə et…</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/main_window.py" line="66" />
        <source>&amp;Export to Excel…</source>
        <translation>Excelə &amp;ixrac…</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/main_window.py" line="68" />
        <source>&amp;Import from Excel…</source>
        <translation>Exceldən i&amp;dxal…</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/main_window.py" line="70" />
        <source>Install &amp;HQ's public key…</source>
        <translation>&amp;Mərkəzin açıq açarını quraşdır…</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/main_window.py" line="77" />
        <source>&amp;Quit</source>
        <translation>Çı&amp;xış</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/main_window.py" line="79" />
        <source>&amp;View</source>
        <translation>&amp;Görünüş</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/main_window.py" line="80" />
        <source>&amp;Audit log</source>
        <translation>&amp;Audit jurnalı</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/main_window.py" line="82" />
        <source>&amp;Conflicts</source>
        <translation>&amp;Ziddiyyətlər</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/main_window.py" line="83" />
        <source>&amp;Reports</source>
        <translation>&amp;Hesabatlar</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/main_window.py" line="88" />
        <source>&amp;Help</source>
        <translation>&amp;Kömək</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/main_window.py" line="89" />
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Klaviatura qısayolları</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/main_window.py" line="91" />
        <source>&amp;Language</source>
        <translation>&amp;Dil</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/main_window.py" line="143" />
        <source>Making the sample database…</source>
        <translation>Nümunə verilənlər bazası hazırlanır…</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/main_window.py" line="211" />
        <source>process {pid} on {host}</source>
        <translation>{host} üzərində {pid} prosesi</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/main_window.py" line="211" />
        <source>elsewhere</source>
        <translation>başqa yerdə</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/main_window.py" line="213" />
        <source>This database is also open in another fieldkit ({where}). Both can save, one at a time; lists here refresh when you reopen them.</source>
        <translation>Bu verilənlər bazası başqa fieldkit-də də açıqdır ({where}). Hər ikisi növbə ilə saxlaya bilər; buradakı siyahılar yenidən açanda yenilənir.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/main_window.py" line="216" />
        <source>Open elsewhere</source>
        <translation>Başqa yerdə açıqdır</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/main_window.py" line="223" />
        <source>Wrong passphrase for {path} (or the file is not a fieldkit database).</source>
        <translation>{path} üçün parol ifadəsi səhvdir (və ya fayl fieldkit verilənlər bazası deyil).</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/main_window.py" line="228" />
        <source>Cannot open the database: {error}</source>
        <translation>Verilənlər bazası açılmır: {error}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/main_window.py" line="303" />
        <source>Delete record</source>
        <translation>Qeydi sil</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/main_window.py" line="304" />
        <source>Delete “{title}”? It leaves the list; the audit log keeps it.</source>
        <translation>“{title}” silinsin? Siyahıdan çıxır; audit jurnalı onu saxlayır.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/main_window.py" line="337" />
        <source>HQ's public key</source>
        <translation>Mərkəzin açıq açarı</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/main_window.py" line="338" />
        <source>Public keys (*pub*.pem);;All files (*)</source>
        <translation>Açıq açarlar (*pub*.pem);;Bütün fayllar (*)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/main_window.py" line="344" />
        <source>The key cannot be installed</source>
        <translation>Açar quraşdırıla bilmir</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/main_window.py" line="346" />
        <source>HQ's key {key} installed: direct identifiers are sealed for it.</source>
        <translation>Mərkəzin {key} açarı quraşdırıldı: birbaşa identifikatorlar onun üçün möhürlənir.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/main_window.py" line="351" />
        <source>New record of the selected form</source>
        <translation>Seçilmiş formanın yeni qeydi</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/main_window.py" line="352" />
        <source>Open the selected record; in a form, go to the next question</source>
        <translation>Seçilmiş qeydi aç; formada növbəti suala keç</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/main_window.py" line="353" />
        <source>Next / previous answer</source>
        <translation>Növbəti / əvvəlki cavab</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/main_window.py" line="354" />
        <source>Answer a choice</source>
        <translation>Seçimə cavab ver</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/main_window.py" line="355" />
        <source>Open the calendar of a date</source>
        <translation>Tarixin təqvimini aç</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/main_window.py" line="356" />
        <source>Save the draft</source>
        <translation>Qaralamanı saxla</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/main_window.py" line="357" />
        <source>Finalise the record</source>
        <translation>Qeydi yekunlaşdır</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/main_window.py" line="358" />
        <source>Close the form (its draft is saved)</source>
        <translation>Formanı bağla (qaralama saxlanılır)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/main_window.py" line="359" />
        <source>Search the records</source>
        <translation>Qeydlərdə axtar</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/main_window.py" line="360" />
        <source>Delete the selected record</source>
        <translation>Seçilmiş qeydi sil</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/main_window.py" line="361" />
        <source>Export to / import from Excel</source>
        <translation>Excelə ixrac / Exceldən idxal</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/main_window.py" line="362" />
        <source>Reports</source>
        <translation>Hesabatlar</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/main_window.py" line="363" />
        <source>Audit log</source>
        <translation>Audit jurnalı</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/main_window.py" line="364" />
        <source>This list</source>
        <translation>Bu siyahı</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/main_window.py" line="365" />
        <source>Quit</source>
        <translation>Çıxış</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/main_window.py" line="373" />
        <source>Keyboard shortcuts</source>
        <translation>Klaviatura qısayolları</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/main_window.py" line="376" />
        <source>Keys</source>
        <translation>Düymələr</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/main_window.py" line="376" />
        <source>What they do</source>
        <translation>Nə edir</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/main_window.py" line="394" />
        <source>{language}: from the next start of fieldkit.</source>
        <translation>{language}: fieldkit növbəti dəfə açılanda.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/main_window.py" line="443" />
        <source>Add a form</source>
        <translation>Forma əlavə et</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/main_window.py" line="444" />
        <source>XLSForm workbooks (*.xlsx)</source>
        <translation>XLSForm iş kitabları (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/main_window.py" line="451" />
        <source>The form cannot be added</source>
        <translation>Forma əlavə edilə bilmir</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/main_window.py" line="455" />
        <source>Form {id} version {version} added.</source>
        <translation>{id} formasının {version} versiyası əlavə edildi.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/main_window.py" line="456" />
        <source>Form {id} version {version} was already installed.</source>
        <translation>{id} formasının {version} versiyası artıq quraşdırılıb.</translation>
    </message>
</context>
<context>
    <name>RangeWidget</name>
    <message>
        <location filename="../../fieldkit/ui/range_widget.py" line="43" />
        <source>Clear the answer</source>
        <translation>Cavabı təmizlə</translation>
    </message>
</context>
<context>
    <name>RecordTableModel</name>
    <message>
        <location filename="../../fieldkit/ui/record_table.py" line="37" />
        <source>Record</source>
        <translation>Qeyd</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/record_table.py" line="37" />
        <source>Status</source>
        <translation>Vəziyyət</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/record_table.py" line="37" />
        <source>Revision</source>
        <translation>Versiya</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/record_table.py" line="37" />
        <source>Updated</source>
        <translation>Yenilənib</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/record_table.py" line="37" />
        <source>Created</source>
        <translation>Yaradılıb</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/record_table.py" line="103" />
        <source>(untitled)</source>
        <translation>(adsız)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/record_table.py" line="105" />
        <source>final</source>
        <translation>yekun</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/record_table.py" line="105" />
        <source>draft</source>
        <translation>qaralama</translation>
    </message>
</context>
<context>
    <name>RepeatSection</name>
    <message>
        <location filename="../../fieldkit/ui/repeat_section.py" line="44" />
        <source>Add: {item}</source>
        <translation>Əlavə et: {item}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/repeat_section.py" line="68" />
        <source>Remove</source>
        <translation>Sil</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/repeat_section.py" line="69" />
        <source>Remove this {item} and its answers</source>
        <translation>Bu {item} və cavablarını sil</translation>
    </message>
</context>
<context>
    <name>ReportsDialog</name>
    <message>
        <location filename="../../fieldkit/ui/reports_view.py" line="68" />
        <source>Reports</source>
        <translation>Hesabatlar</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/reports_view.py" line="72" />
        <source>No.</source>
        <translation>№</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/reports_view.py" line="72" />
        <source>Type</source>
        <translation>Növ</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/reports_view.py" line="72" />
        <location filename="../../fieldkit/ui/reports_view.py" line="78" />
        <location filename="../../fieldkit/ui/reports_view.py" line="101" />
        <source>Date</source>
        <translation>Tarix</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/reports_view.py" line="72" />
        <location filename="../../fieldkit/ui/reports_view.py" line="102" />
        <source>Institutions</source>
        <translation>Qurumlar</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/reports_view.py" line="73" />
        <location filename="../../fieldkit/ui/reports_view.py" line="164" />
        <location filename="../../fieldkit/ui/reports_view.py" line="294" />
        <source>Women</source>
        <translation>Qadınlar</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/reports_view.py" line="73" />
        <location filename="../../fieldkit/ui/reports_view.py" line="164" />
        <location filename="../../fieldkit/ui/reports_view.py" line="295" />
        <source>Men</source>
        <translation>Kişilər</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/reports_view.py" line="73" />
        <source>Minutes</source>
        <translation>Dəqiqə</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/reports_view.py" line="73" />
        <location filename="../../fieldkit/ui/reports_view.py" line="78" />
        <location filename="../../fieldkit/ui/reports_view.py" line="102" />
        <source>Place</source>
        <translation>Yer</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/reports_view.py" line="74" />
        <source>Mode</source>
        <translation>Forma</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/reports_view.py" line="77" />
        <source>Interview log</source>
        <translation>Müsahibələr jurnalı</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/reports_view.py" line="78" />
        <source>Event</source>
        <translation>Tədbir</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/reports_view.py" line="78" />
        <source>Participants</source>
        <translation>İştirakçılar</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/reports_view.py" line="79" />
        <source>Topic</source>
        <translation>Mövzu</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/reports_view.py" line="79" />
        <source>Pre mean %</source>
        <translation>İlkin orta %</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/reports_view.py" line="79" />
        <source>Post mean %</source>
        <translation>Yekun orta %</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/reports_view.py" line="80" />
        <source>Improvement</source>
        <translation>Artım</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/reports_view.py" line="80" />
        <source>Normalised gain</source>
        <translation>Normallaşdırılmış artım</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/reports_view.py" line="80" />
        <source>Pass mark %</source>
        <translation>Keçid balı %</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/reports_view.py" line="81" />
        <source>Post ≥ pass mark %</source>
        <translation>Yekun ≥ keçid balı %</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/reports_view.py" line="81" />
        <source>Below target</source>
        <translation>Hədəfdən aşağı</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/reports_view.py" line="82" />
        <source>Training scores</source>
        <translation>Təlim nəticələri</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/reports_view.py" line="83" />
        <source>Level</source>
        <translation>Səviyyə</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/reports_view.py" line="83" />
        <location filename="../../fieldkit/ui/reports_view.py" line="98" />
        <source>Code</source>
        <translation>Kod</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/reports_view.py" line="83" />
        <source>Indicator</source>
        <translation>Göstərici</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/reports_view.py" line="83" />
        <source>Kind</source>
        <translation>Növ</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/reports_view.py" line="84" />
        <source>Target</source>
        <translation>Hədəf</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/reports_view.py" line="84" />
        <source>Baseline</source>
        <translation>Başlanğıc</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/reports_view.py" line="84" />
        <source>Method</source>
        <translation>Üsul</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/reports_view.py" line="84" />
        <source>Form</source>
        <translation>Forma</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/reports_view.py" line="85" />
        <source>Field</source>
        <translation>Sahə</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/reports_view.py" line="85" />
        <source>Value wanted</source>
        <translation>Axtarılan dəyər</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/reports_view.py" line="85" />
        <source>Value</source>
        <translation>Dəyər</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/reports_view.py" line="86" />
        <source>Status</source>
        <translation>Vəziyyət</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/reports_view.py" line="86" />
        <source>Records behind</source>
        <translation>Əsas qeydlər</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/reports_view.py" line="89" />
        <source>Save the framework</source>
        <translation>Nəticələr çərçivəsini saxla</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/reports_view.py" line="91" />
        <source>Load the framework from Excel…</source>
        <translation>Çərçivəni Exceldən yüklə…</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/reports_view.py" line="94" />
        <source>Edit target, baseline, method (share, count, latest, mean, pass_share), form, field and value to tie an indicator to the data.</source>
        <translation>Göstəricini məlumatlara bağlamaq üçün hədəfi, başlanğıcı, üsulu (share, count, latest, mean, pass_share), formanı, sahəni və dəyəri dəyişin.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/reports_view.py" line="98" />
        <source>Planned activity</source>
        <translation>Planlaşdırılmış fəaliyyət</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/reports_view.py" line="98" />
        <source>Done</source>
        <translation>Edilib</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/reports_view.py" line="99" />
        <source>Events</source>
        <translation>Tədbirlər</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/reports_view.py" line="99" />
        <source>Recorded as</source>
        <translation>Necə qeyd edilib</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/reports_view.py" line="100" />
        <source>Indicators</source>
        <translation>Göstəricilər</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/reports_view.py" line="101" />
        <source>Criterion</source>
        <translation>Meyar</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/reports_view.py" line="101" />
        <source>Note</source>
        <translation>Qeyd</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/reports_view.py" line="101" />
        <source>Source</source>
        <translation>Mənbə</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/reports_view.py" line="103" />
        <source>Evidence</source>
        <translation>Sübutlar</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/reports_view.py" line="106" />
        <source>Charts</source>
        <translation>Diaqramlar</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/reports_view.py" line="112" />
        <source>Cancel</source>
        <translation>Ləğv et</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/reports_view.py" line="114" />
        <source>Export to Excel…</source>
        <translation>Excelə ixrac…</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/reports_view.py" line="140" />
        <source>From</source>
        <translation>Başlanğıc</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/reports_view.py" line="154" />
        <source>Every place</source>
        <translation>Bütün yerlər</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/reports_view.py" line="155" />
        <source>Every institution</source>
        <translation>Bütün qurumlar</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/reports_view.py" line="164" />
        <source>Both sexes</source>
        <translation>Hər iki cins</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/reports_view.py" line="169" />
        <source>Search the evidence</source>
        <translation>Sübutlarda axtar</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/reports_view.py" line="171" />
        <source>to</source>
        <translation>—</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/reports_view.py" line="204" />
        <source>Building the reports…</source>
        <translation>Hesabatlar hazırlanır…</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/reports_view.py" line="225" />
        <source>Cancelled.</source>
        <translation>Ləğv edildi.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/reports_view.py" line="226" />
        <source>The reports could not be built: {error}</source>
        <translation>Hesabatlar hazırlana bilmədi: {error}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/reports_view.py" line="246" />
        <source>Total: {n} interviews, {w} women, {m} men, {minutes} minutes ({h} h); average {a} minutes.</source>
        <translation>Cəmi: {n} müsahibə, {w} qadın, {m} kişi, {minutes} dəqiqə ({h} saat); orta {a} dəqiqə.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/reports_view.py" line="252" />
        <location filename="../../fieldkit/ui/reports_view.py" line="270" />
        <source>yes</source>
        <translation>bəli</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/reports_view.py" line="252" />
        <location filename="../../fieldkit/ui/reports_view.py" line="270" />
        <source>no</source>
        <translation>xeyr</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/reports_view.py" line="275" />
        <source>{n} interviews, {e} training events, {i} indicators, {v} notes.</source>
        <translation>{n} müsahibə, {e} təlim tədbiri, {i} göstərici, {v} qeyd.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/reports_view.py" line="293" />
        <source>People interviewed by institution and sex</source>
        <translation>Qurum və cins üzrə müsahibə verənlər</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/reports_view.py" line="296" />
        <source>Pre- and post-test means per event (%)</source>
        <translation>Tədbirlər üzrə ilkin və yekun test ortaları (%)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/reports_view.py" line="297" />
        <source>Pre</source>
        <translation>İlkin</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/reports_view.py" line="298" />
        <source>Post</source>
        <translation>Yekun</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/reports_view.py" line="299" />
        <source>Pass mark</source>
        <translation>Keçid balı</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/reports_view.py" line="346" />
        <source>Results framework</source>
        <translation>Nəticələr çərçivəsi</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/reports_view.py" line="347" />
        <source>Excel or CSV (*.xlsx *.csv)</source>
        <translation>Excel və ya CSV (*.xlsx *.csv)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/reports_view.py" line="353" />
        <source>Not loaded: {error}</source>
        <translation>Yüklənmədi: {error}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/reports_view.py" line="361" />
        <source>Export the reports</source>
        <translation>Hesabatları ixrac et</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/reports_view.py" line="362" />
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel iş kitabları (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/reports_view.py" line="376" />
        <source>Writing {name}…</source>
        <translation>{name} yazılır…</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/reports_view.py" line="382" />
        <source>Written to {path}.</source>
        <translation>{path} faylına yazıldı.</translation>
    </message>
</context>
<context>
    <name>UnlockPage</name>
    <message>
        <location filename="../../fieldkit/ui/unlock_page.py" line="38" />
        <source>Create a passphrase</source>
        <translation>Parol ifadəsi yaradın</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/unlock_page.py" line="38" />
        <source>Unlock fieldkit</source>
        <translation>fieldkit-i kilidini açın</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/unlock_page.py" line="48" />
        <source>The database is encrypted with this passphrase. It cannot be recovered: if it is lost, so is the data. Use at least 8 characters.</source>
        <translation>Verilənlər bazası bu parol ifadəsi ilə şifrələnir. Onu bərpa etmək mümkün deyil: itərsə, məlumatlar da itər. Ən azı 8 simvol istifadə edin.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/unlock_page.py" line="57" />
        <source>Passphrase</source>
        <translation>Parol ifadəsi</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/unlock_page.py" line="58" />
        <source>&amp;Passphrase</source>
        <translation>&amp;Parol ifadəsi</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/unlock_page.py" line="62" />
        <source>Confirm the passphrase</source>
        <translation>Parol ifadəsini təsdiqləyin</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/unlock_page.py" line="67" />
        <source>Name of this laptop</source>
        <translation>Bu noutbukun adı</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/unlock_page.py" line="72" />
        <source>Optional: HQ's '...-pub.pem' file, needed for victims' feedback</source>
        <translation>İstəyə görə: mərkəzin '...-pub.pem' faylı, qurbanların rəyi üçün lazımdır</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/unlock_page.py" line="81" />
        <source>&amp;Language</source>
        <translation>&amp;Dil</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/unlock_page.py" line="82" />
        <source>&amp;Confirm</source>
        <translation>&amp;Təsdiq</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/unlock_page.py" line="86" />
        <source>&amp;Name of this laptop</source>
        <translation>Bu noutbukun &amp;adı</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/unlock_page.py" line="89" />
        <source>Browse…</source>
        <translation>Seç…</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/unlock_page.py" line="92" />
        <source>HQ's &amp;public key</source>
        <translation>Mərkəzin &amp;açıq açarı</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/unlock_page.py" line="100" />
        <source>Create the database</source>
        <translation>Verilənlər bazasını yarat</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/unlock_page.py" line="100" />
        <source>Unlock</source>
        <translation>Kilidi aç</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/unlock_page.py" line="106" />
        <source>Look around first: open a sample database</source>
        <translation>Əvvəlcə tanış olun: nümunə verilənlər bazasını açın</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/unlock_page.py" line="120" />
        <source>{language}: from the next start of fieldkit.</source>
        <translation>{language}: fieldkit növbəti dəfə açılanda.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/unlock_page.py" line="128" />
        <source>Too short: at least 8 characters.</source>
        <translation>Çox qısadır: ən azı 8 simvol.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/unlock_page.py" line="130" />
        <source>Weak: longer, or mix words, digits and signs.</source>
        <translation>Zəif: daha uzun edin və ya söz, rəqəm və işarələri qarışdırın.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/unlock_page.py" line="132" />
        <source>Fair.</source>
        <translation>Orta.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/unlock_page.py" line="134" />
        <source>Strong.</source>
        <translation>Güclü.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/unlock_page.py" line="140" />
        <source>HQ's public key</source>
        <translation>Mərkəzin açıq açarı</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/unlock_page.py" line="141" />
        <source>Public keys (*pub*.pem);;All files (*)</source>
        <translation>Açıq açarlar (*pub*.pem);;Bütün fayllar (*)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/unlock_page.py" line="149" />
        <source>The passphrase needs at least 8 characters.</source>
        <translation>Parol ifadəsi ən azı 8 simvol olmalıdır.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/unlock_page.py" line="152" />
        <source>The two passphrases differ; type them again.</source>
        <translation>İki parol ifadəsi fərqlidir; yenidən yazın.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/unlock_page.py" line="156" />
        <source>Type the passphrase.</source>
        <translation>Parol ifadəsini yazın.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/unlock_page.py" line="158" />
        <source>Opening…</source>
        <translation>Açılır…</translation>
    </message>
</context>
<context>
    <name>_WorkDialog</name>
    <message>
        <location filename="../../fieldkit/ui/exchange_dialogs.py" line="59" />
        <source>Cancel</source>
        <translation>Ləğv et</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/exchange_dialogs.py" line="85" />
        <source>Working…</source>
        <translation>İşlənir…</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/exchange_dialogs.py" line="105" />
        <source>Cancelling…</source>
        <translation>Ləğv edilir…</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/exchange_dialogs.py" line="118" />
        <source>Close</source>
        <translation>Bağla</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/exchange_dialogs.py" line="126" />
        <source>Stopped: {error}</source>
        <translation>Dayandı: {error}</translation>
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
        <translation>{sheet} vərəqi, sətir {row}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages.py" line="25" />
        <source>{where}, column {column}</source>
        <translation>{where}, {column} sütunu</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages.py" line="26" />
        <source>{where}: {problem}</source>
        <translation>{where}: {problem}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages.py" line="27" />
        <source>{where}, column {column}: {problem}</source>
        <translation>{where}, {column} sütunu: {problem}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages.py" line="28" />
        <source>sheet {sheet}, {problem}</source>
        <translation>{sheet} vərəqi, {problem}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages.py" line="30" />
        <source>{file}: no such file</source>
        <translation>{file}: belə fayl yoxdur</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages.py" line="31" />
        <source>{file}: not an .xlsx workbook (not a zip archive; truncated or another kind of file)</source>
        <translation>{file}: .xlsx iş kitabı deyil (zip arxivi deyil; kəsilib və ya başqa növ fayldır)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages.py" line="33" />
        <source>{file}: cannot be read as a workbook ({problem})</source>
        <translation>{file}: iş kitabı kimi oxuna bilmir ({problem})</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages.py" line="34" />
        <source>{file}: refused, {parts} parts inside (a zip bomb?)</source>
        <translation>{file}: rədd edildi, içində {parts} hissə var (zip bombası?)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages.py" line="35" />
        <source>{file}: refused, it would unpack to {size} GB (a zip bomb?)</source>
        <translation>{file}: rədd edildi, açılanda {size} GB olardı (zip bombası?)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages.py" line="36" />
        <source>{file}: refused, part {part} is compressed {ratio}x (a zip bomb?)</source>
        <translation>{file}: rədd edildi, {part} hissəsi {ratio} dəfə sıxılıb (zip bombası?)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages.py" line="37" />
        <source>{file}: refused, part {part} declares XML entities (an entity bomb?)</source>
        <translation>{file}: rədd edildi, {part} hissəsi XML obyektləri elan edir (obyekt bombası?)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages.py" line="38" />
        <source>{file}: damaged ({problem})</source>
        <translation>{file}: zədələnib ({problem})</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages.py" line="39" />
        <source>{file}: damaged part {part} ({problem})</source>
        <translation>{file}: {part} hissəsi zədələnib ({problem})</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages.py" line="40" />
        <source>{file}: refused, {part} holds formulas; a fieldkit export has values only (was it edited in Excel?)</source>
        <translation>{file}: rədd edildi, {part} düsturlar saxlayır; fieldkit ixracında yalnız dəyərlər olur (Excel-də dəyişdirilib?)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages.py" line="42" />
        <source>{file}, sheet {sheet}: cannot be read ({problem})</source>
        <translation>{file}, {sheet} vərəqi: oxuna bilmir ({problem})</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages.py" line="43" />
        <source>{file}: cannot be decrypted or read (not an encrypted .xlsx)</source>
        <translation>{file}: şifrəsi açıla və ya oxuna bilmir (şifrələnmiş .xlsx deyil)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages.py" line="44" />
        <source>{file}: an old Excel (.xls) or other Office file, not an .xlsx export</source>
        <translation>{file}: köhnə Excel (.xls) və ya başqa Office faylıdır, .xlsx ixracı deyil</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages.py" line="45" />
        <source>{file} is protected by a password; give it with --password</source>
        <translation>{file} parolla qorunur; parolu verin (--password)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages.py" line="46" />
        <source>{file}: wrong password</source>
        <translation>{file}: parol səhvdir</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages.py" line="47" />
        <source>{file}: cannot be decrypted ({problem})</source>
        <translation>{file}: şifrəsi açıla bilmir ({problem})</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages.py" line="48" />
        <source>: not a fieldkit export (it has no _manifest sheet)</source>
        <translation>: fieldkit ixracı deyil (_manifest vərəqi yoxdur)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages.py" line="49" />
        <source>: not a fieldkit export (unknown manifest format)</source>
        <translation>: fieldkit ixracı deyil (naməlum manifest formatı)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages.py" line="50" />
        <source>: an anonymised export is for reading, not for merging (its records have no identity to merge on)</source>
        <translation>: anonimləşdirilmiş ixrac oxumaq üçündür, birləşdirmək üçün deyil (qeydlərinin birləşdirmə üçün kimliyi yoxdur)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages.py" line="52" />
        <source>: export format version {version!r} is not one this fieldkit reads (it reads {known}); update fieldkit</source>
        <translation>: {version!r} ixrac formatı versiyasını bu fieldkit oxumur (o, {known} oxuyur); fieldkit-i yeniləyin</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages.py" line="54" />
        <source>: form {form} version {version} differs from the one installed here; the same version must have the same content</source>
        <translation>: {form} formasının {version} versiyası burada quraşdırılmışdan fərqlidir; eyni versiyanın məzmunu eyni olmalıdır</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages.py" line="57" />
        <source>sheet {sheet}: listed in the manifest but missing</source>
        <translation>{sheet} vərəqi: manifestdə var, amma faylda yoxdur</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages.py" line="58" />
        <source>sheet {sheet}: column {column} is missing</source>
        <translation>{sheet} vərəqi: {column} sütunu yoxdur</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages.py" line="59" />
        <source>sheet {sheet}: column {column} appears twice</source>
        <translation>{sheet} vərəqi: {column} sütunu iki dəfə var</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages.py" line="60" />
        <source>sheet {sheet}: {rows} rows or more, but the manifest says {count}</source>
        <translation>{sheet} vərəqi: {rows} və ya daha çox sətir, amma manifestdə {count} deyilir</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages.py" line="61" />
        <source>sheet {sheet}: {rows} rows, but the manifest says {count}</source>
        <translation>{sheet} vərəqi: {rows} sətir, amma manifestdə {count} deyilir</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages.py" line="62" />
        <source>sheet {sheet}: record {uuid} is in the manifest but in no sheet</source>
        <translation>{sheet} vərəqi: {uuid} qeydi manifestdə var, amma heç bir vərəqdə yoxdur</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages.py" line="63" />
        <source>sheet {sheet}: record {uuid} is listed twice</source>
        <translation>{sheet} vərəqi: {uuid} qeydi iki dəfə sadalanıb</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages.py" line="64" />
        <source>sheet {sheet}, row {row}: part {part!r} is not a number</source>
        <translation>{sheet} vərəqi, sətir {row}: {part!r} hissəsi ədəd deyil</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages.py" line="65" />
        <source>sheet {sheet}: the definition of form {form} {version} is broken ({problem})</source>
        <translation>{sheet} vərəqi: {form} {version} formasının tərifi pozulub ({problem})</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages.py" line="66" />
        <source>sheet {sheet}: the definition filed as {form} {version} is {actual}</source>
        <translation>{sheet} vərəqi: {form} {version} kimi qeyd olunan tərif əslində {actual}-dır</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages.py" line="67" />
        <source>sheet {sheet}, record {uuid}: ancestors {problem}</source>
        <translation>{sheet} vərəqi, {uuid} qeydi: əvvəlki versiyalar {problem}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages.py" line="68" />
        <source>sheet {sheet}, record {uuid}: the manifest was altered (its hash no longer matches the untouched row)</source>
        <translation>{sheet} vərəqi, {uuid} qeydi: manifest dəyişdirilib (onun heşi toxunulmamış sətirlə artıq uyğun gəlmir)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages.py" line="70" />
        <source>{where}: form {form} version {version!r} is neither installed here nor in the file</source>
        <translation>{where}: {form} formasının {version!r} versiyası nə burada quraşdırılıb, nə də faylda var</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages.py" line="72" />
        <source>{where}: revision {revision} differs from the manifest's {listed}</source>
        <translation>{where}: {revision} versiyası manifestdəki {listed} versiyasından fərqlidir</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages.py" line="73" />
        <source>{where}: {value!r} is not a number</source>
        <translation>{where}: {value!r} ədəd deyil</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages.py" line="74" />
        <source>{where}: record {uuid} is not in the manifest</source>
        <translation>{where}: {uuid} qeydi manifestdə yoxdur</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages.py" line="75" />
        <source>{where}: record {uuid} appears twice in the file</source>
        <translation>{where}: {uuid} qeydi faylda iki dəfə var</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages.py" line="76" />
        <source>{where}, column _revision: {value!r} is not a revision number</source>
        <translation>{where}, _revision sütunu: {value!r} versiya nömrəsi deyil</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages.py" line="77" />
        <source>{where}: _parent_uuid {parent} is no record of form {form} in this file</source>
        <translation>{where}: _parent_uuid {parent} bu faylda {form} formasının qeydi deyil</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages.py" line="78" />
        <source>{where}: form {form} {version} has no repeat {repeat}</source>
        <translation>{where}: {form} {version} formasında {repeat} təkrarı yoxdur</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages.py" line="79" />
        <source>{where}, column _index: {index!r} is not a position (1, 2, ...)</source>
        <translation>{where}, _index sütunu: {index!r} mövqe deyil (1, 2, ...)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages.py" line="80" />
        <source>{where}: instance {position} of {repeat} appears twice</source>
        <translation>{where}: {repeat} təkrarının nüsxəsi {position} iki dəfə var</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages.py" line="81" />
        <source>{where}, column _parent_path: {path!r} is no instance of this record</source>
        <translation>{where}, _parent_path sütunu: {path!r} bu qeydin nüsxəsi deyil</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages.py" line="82" />
        <source>import cancelled; nothing was changed</source>
        <translation>idxal ləğv edildi; heç nə dəyişmədi</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages.py" line="83" />
        <source>{file}: the process reading it stopped unexpectedly (exit code {code}); nothing was changed</source>
        <translation>{file}: onu oxuyan proses gözlənilmədən dayandı (çıxış kodu {code}); heç nə dəyişmədi</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages.py" line="86" />
        <source>the passphrase is empty</source>
        <translation>parol ifadəsi boşdur</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages.py" line="87" />
        <source>no database at {path}</source>
        <translation>{path} ünvanında verilənlər bazası yoxdur</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages.py" line="88" />
        <source>cannot create the folder {folder}: {problem}</source>
        <translation>{folder} qovluğu yaradıla bilmir: {problem}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages.py" line="89" />
        <source>{path} is a folder, not a database file</source>
        <translation>{path} qovluqdur, verilənlər bazası faylı deyil</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages.py" line="90" />
        <source>cannot open {path}: {problem}</source>
        <translation>{path} açıla bilmir: {problem}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages.py" line="91" />
        <source>wrong passphrase for {path} (or the file is not a fieldkit database)</source>
        <translation>{path} üçün parol ifadəsi səhvdir (və ya fayl fieldkit verilənlər bazası deyil)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages.py" line="92" />
        <source>{path} is busy: another fieldkit is writing to it; try again</source>
        <translation>{path} məşğuldur: başqa fieldkit ona yazır; yenidən cəhd edin</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages.py" line="93" />
        <source>{path} is read-only: cannot save here</source>
        <translation>{path} yalnız oxumaq üçündür: burada saxlamaq olmur</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages.py" line="94" />
        <source>the disk holding {path} is full: nothing was saved</source>
        <translation>{path} olan disk doludur: heç nə saxlanmadı</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages.py" line="95" />
        <source>{file}: no such backup</source>
        <translation>{file}: belə ehtiyat nüsxə yoxdur</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages.py" line="96" />
        <source>{file} fails its check ({problem}); nothing was restored</source>
        <translation>{file} yoxlamadan keçmir ({problem}); heç nə bərpa edilmədi</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages.py" line="98" />
        <source>give the incoming record another {field} to keep both</source>
        <translation>hər ikisini saxlamaq üçün gələn qeydə başqa {field} verin</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages.py" line="99" />
        <source>{field} {value!r}: {problem}</source>
        <translation>{field} {value!r}: {problem}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages.py" line="100" />
        <source>{field} {value!r} is taken by another record too</source>
        <translation>{field} {value!r} başqa qeyddə də var</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages.py" line="101" />
        <source>{form} record {uuid}, field {field}: {problem}; HQ would refuse the whole file, so nothing was exported: open the record, correct the answer and save it, then export again</source>
        <translation>{form} qeydi {uuid}, {field} sahəsi: {problem}; mərkəz bütün faylı qəbul etməzdi, ona görə heç nə ixrac olunmadı: qeydi açın, cavabı düzəldin və saxlayın, sonra yenidən ixrac edin</translation>
    </message>
</context>
<context>
    <name>validation</name>
    <message>
        <location filename="../../fieldkit/ui/messages.py" line="110" />
        <source>This answer is required.</source>
        <translation>Bu cavab mütləqdir.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages.py" line="111" />
        <source>This answer is not valid.</source>
        <translation>Bu cavab düzgün deyil.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages.py" line="112" />
        <source>expected text</source>
        <translation>mətn gözlənilir</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages.py" line="113" />
        <source>{length} characters: longer than the {limit:,} an answer may have (a spreadsheet cell holds 32,767 and cuts the rest)</source>
        <translation>{length} simvol: cavab {limit:,} simvoldan uzun ola bilməz (cədvəl xanası 32 767 simvol saxlayır və qalanını kəsir)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages.py" line="115" />
        <source>{value!r} is not a whole number</source>
        <translation>{value!r} tam ədəd deyil</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages.py" line="116" />
        <source>{number} has more than 15 digits (Excel keeps 15)</source>
        <translation>{number} 15 rəqəmdən çoxdur (Excel 15 saxlayır)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages.py" line="117" />
        <source>{value!r} is not a number</source>
        <translation>{value!r} ədəd deyil</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages.py" line="118" />
        <source>{value!r} is not a date (YYYY-MM-DD)</source>
        <translation>{value!r} tarix deyil (gg.aa.iiii)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages.py" line="119" />
        <source>{value} is not between 1900-01-01 and 9999-12-31 (a typo in the year?)</source>
        <translation>{value} 1900-01-01 ilə 9999-12-31 arasında deyil (ildə yazı səhvi?)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages.py" line="120" />
        <source>answered although the form says it does not apply here (a record saved by fieldkit never keeps it)</source>
        <translation>forma bunun burada aid olmadığını desə də, cavablandırılıb (fieldkit-in saxladığı qeyddə bu heç vaxt qalmır)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages.py" line="122" />
        <source>{value!r} is not what the form calculates ({expected!r})</source>
        <translation>{value!r} formanın hesabladığı deyil ({expected!r})</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages.py" line="123" />
        <source>{value} is not the score of these answers ({expected})</source>
        <translation>{value} bu cavabların balı deyil ({expected})</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages.py" line="124" />
        <source>{value!r} is not a time (HH:MM)</source>
        <translation>{value!r} vaxt deyil (SS:DD)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages.py" line="125" />
        <source>{value!r}: an acknowledgement is 'OK' or empty</source>
        <translation>{value!r}: təsdiq 'OK' və ya boş olur</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages.py" line="126" />
        <source>expected one choice name</source>
        <translation>bir seçim gözlənilir</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages.py" line="127" />
        <source>{value!r} is not one of the choices ({choices})</source>
        <translation>{value!r} seçimlərdən biri deyil ({choices})</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages.py" line="128" />
        <source>expected a list of choice names</source>
        <translation>seçimlərin siyahısı gözlənilir</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages.py" line="129" />
        <source>{values} not among the choices ({choices})</source>
        <translation>{values} seçimlər arasında yoxdur ({choices})</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages.py" line="130" />
        <source>{number} is outside the range {low} to {high}</source>
        <translation>{number} {low}–{high} aralığından kənardır</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages.py" line="131" />
        <source>{number} is not on a step of {step} from {start}</source>
        <translation>{number} {start}-dan {step} addımına düşmür</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages.py" line="132" />
        <source>{value!r} is not among the choices offered here.</source>
        <translation>{value!r} burada təklif olunan seçimlərdən deyil.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages.py" line="133" />
        <source>{value!r} is already used by another record of this form.</source>
        <translation>{value!r} bu formanın başqa qeydində artıq istifadə olunub.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages.py" line="134" />
        <source>HQ's public key is not installed on this laptop, so this answer cannot be kept (it would be readable). Install it with 'fieldkit keys install' or File &gt; Install HQ's key.</source>
        <translation>Mərkəzin açıq açarı bu noutbukda quraşdırılmayıb, ona görə bu cavab saxlanıla bilməz (oxunaqlı qalardı). Onu 'fieldkit keys install' və ya Fayl &gt; Mərkəzin açıq açarını quraşdır ilə quraşdırın.</translation>
    </message>
</context>
</TS>