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
        <source>fieldkit stopped while “{title}” ({form}) was being edited. The edit was saved {time}; the record stays final as it was until the edit is finalised.</source>
        <translation>fieldkit “{title}” ({form}) redaktə edilərkən dayandı. Dəyişiklik {time} saxlanılıb; dəyişiklik yekunlaşdırılana qədər qeyd olduğu kimi yekun qalır.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/browse_page.py" line="139" />
        <source>fieldkit stopped while “{title}” ({form}) was open. Its draft was saved {time}.</source>
        <translation>fieldkit “{title}” ({form}) açıq olarkən dayandı. Qaralama {time} saxlanılıb.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/browse_page.py" line="141" />
        <source>(untitled)</source>
        <translation>(adsız)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/browse_page.py" line="154" />
        <source>Search answers (Ctrl+F)</source>
        <translation>Cavablarda axtar (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/browse_page.py" line="155" />
        <source>Search</source>
        <translation>Axtarış</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/browse_page.py" line="166" />
        <source>Status</source>
        <translation>Vəziyyət</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/browse_page.py" line="167" />
        <source>All records</source>
        <translation>Bütün qeydlər</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/browse_page.py" line="167" />
        <source>Drafts</source>
        <translation>Qaralamalar</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/browse_page.py" line="167" />
        <source>Final</source>
        <translation>Yekun</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/browse_page.py" line="168" />
        <source>Deleted</source>
        <translation>Silinmiş</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/browse_page.py" line="172" />
        <source>Created from</source>
        <translation>Yaradılıb:</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/browse_page.py" line="178" />
        <source>From</source>
        <translation>Başlanğıc</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/browse_page.py" line="178" />
        <source>To</source>
        <translation>Son</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/browse_page.py" line="184" />
        <source>to</source>
        <translation>—</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/browse_page.py" line="218" />
        <source>No forms yet: add one with File &gt; Add a form from Excel.</source>
        <translation>Hələ forma yoxdur: Fayl &gt; Exceldən forma əlavə et ilə əlavə edin.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../fieldkit/ui/browse_page.py" line="220" />
        <source>%n record(s)</source>
        <translation><numerusform>%n qeyd</numerusform></translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/browse_page.py" line="222" />
        <source>No record matches. Clear the search or the filters to see all.</source>
        <translation>Heç bir qeyd uyğun gəlmir. Hamısını görmək üçün axtarışı və ya filtrləri təmizləyin.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/browse_page.py" line="224" />
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
        <location filename="../../fieldkit/ui/conflicts_view.py" line="163" />
        <source>This laptop: deleted (revision {r}, {time})</source>
        <translation>Bu noutbuk: silinib (versiya {r}, {time})</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/conflicts_view.py" line="164" />
        <source>This laptop (revision {r}, {time})</source>
        <translation>Bu noutbuk (versiya {r}, {time})</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/conflicts_view.py" line="165" />
        <source>Incoming: deleted (revision {r}, {time})</source>
        <translation>Gələn: silinib (versiya {r}, {time})</translation>
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
    <name>DevicesDialog</name>
    <message>
        <location filename="../../fieldkit/ui/devices_view.py" line="21" />
        <source>Devices</source>
        <translation>Cihazlar</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/devices_view.py" line="25" />
        <source>This laptop: {name}, key fingerprint {fingerprint}</source>
        <translation>Bu noutbuk: {name}, açarın barmaq izi {fingerprint}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/devices_view.py" line="30" />
        <source>Laptops imported from (each key was trusted on its first import; 'fieldkit devices trust' trusts a new one):</source>
        <translation>İdxal edilən noutbuklar (hər açara ilk idxalda etibar edilib; yenisinə 'fieldkit devices trust' etibar edir):</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/devices_view.py" line="32" />
        <source>Laptop</source>
        <translation>Noutbuk</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/devices_view.py" line="32" />
        <source>Device id</source>
        <translation>Cihazın id-si</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/devices_view.py" line="32" />
        <source>Key fingerprint</source>
        <translation>Açarın barmaq izi</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/devices_view.py" line="32" />
        <source>First seen</source>
        <translation>İlk dəfə</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/devices_view.py" line="33" />
        <source>Last seen</source>
        <translation>Son dəfə</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/devices_view.py" line="33" />
        <source>Files</source>
        <translation>Fayllar</translation>
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
        <location filename="../../fieldkit/ui/exchange_dialogs.py" line="178" />
        <source>Every published combination of quasi-identifiers is shared by at least k records (5 at least; 11 for a public release)</source>
        <translation>Kvazi-identifikatorların hər dərc olunan birləşməsi ən azı k qeyddə var (ən azı 5; açıq nəşr üçün 11)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/exchange_dialogs.py" line="241" />
        <source>{form}: {published} of {records} published ({suppressed} left out), k = {k}, information loss {loss}</source>
        <translation>{form}: {records} qeyddən {published} dərc olundu ({suppressed} kənarda qaldı), k = {k}, məlumat itkisi {loss}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/exchange_dialogs.py" line="180" />
        <source>k (anonymised)</source>
        <translation>k (anonimləşdirilmiş)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/exchange_dialogs.py" line="185" />
        <source>Each such group has at least l different answers in every sensitive column (exploitation, services, satisfaction)</source>
        <translation>Hər belə qrupda hər həssas sütunda ən azı l fərqli cavab var (istismar, xidmətlər, məmnunluq)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/exchange_dialogs.py" line="187" />
        <source>l (anonymised)</source>
        <translation>l (anonimləşdirilmiş)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/exchange_dialogs.py" line="193" />
        <source>At most this share of the records may be left out whole; the rest is generalised</source>
        <translation>Qeydlərin ən çox bu payı tam kənarda qala bilər; qalanı ümumiləşdirilir</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/exchange_dialogs.py" line="195" />
        <source>Records left out at most (anonymised)</source>
        <translation>Ən çox kənarda qalan qeydlər (anonimləşdirilmiş)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/exchange_dialogs.py" line="199" />
        <source>Export to</source>
        <translation>Harada ixrac etmək</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/exchange_dialogs.py" line="200" />
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel iş kitabları (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/exchange_dialogs.py" line="210" />
        <source>Choose the file to write.</source>
        <translation>Yazılacaq faylı seçin.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/exchange_dialogs.py" line="212" />
        <source>Choose at least one form.</source>
        <translation>Ən azı bir forma seçin.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/exchange_dialogs.py" line="234" />
        <source>Cancelled: nothing was written.</source>
        <translation>Ləğv edildi: heç nə yazılmadı.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/exchange_dialogs.py" line="239" />
        <source>{n} record(s) written to {path}.</source>
        <translation>{n} qeyd {path} faylına yazıldı.</translation>
    </message>
</context>
<context>
    <name>FormSaving</name>
    <message>
        <location filename="../../fieldkit/ui/form_saving.py" line="73" />
        <source>History</source>
        <extracomment>The autosave runs this long after the last keystroke... ... and at least this often while typing goes on (a pause may never come). An autosave waits this long for a database that another connection is writing to (an import), then tries again RETRY_MS later: the window never freezes while someone types.</extracomment>
        <translation>Tarixçə</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/form_saving.py" line="75" />
        <source>Close</source>
        <translation>Bağla</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/form_saving.py" line="76" />
        <source>Save the draft and go back to the list (Esc)</source>
        <translation>Qaralamanı saxla və siyahıya qayıt (Esc)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/form_saving.py" line="78" />
        <source>&amp;Edit</source>
        <translation>&amp;Redaktə et</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/form_saving.py" line="79" />
        <source>Change this final record: the edit is kept apart until it is finalised or discarded (F2)</source>
        <translation>Bu yekun qeydi dəyişdir: dəyişiklik yekunlaşdırılana və ya ləğv edilənə qədər ayrıca saxlanılır (F2)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/form_saving.py" line="82" />
        <location filename="../../fieldkit/ui/form_saving.py" line="267" />
        <source>Discard edit</source>
        <translation>Dəyişikliyi ləğv et</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/form_saving.py" line="83" />
        <source>Forget the changes: the record stays as it was finalised</source>
        <translation>Dəyişiklikləri unut: qeyd yekunlaşdırıldığı kimi qalır</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/form_saving.py" line="85" />
        <source>Save draft</source>
        <translation>Qaralamanı saxla</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/form_saving.py" line="86" />
        <source>Save what is typed so far (Ctrl+S)</source>
        <translation>İndiyə qədər yazılanı saxla (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/form_saving.py" line="88" />
        <source>Finalise</source>
        <translation>Yekunlaşdır</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/form_saving.py" line="89" />
        <source>Check every answer and mark the record final (Ctrl+Enter)</source>
        <translation>Hər cavabı yoxla və qeydi yekun kimi işarələ (Ctrl+Enter)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/form_saving.py" line="122" />
        <source>Save edit</source>
        <translation>Dəyişikliyi saxla</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/form_saving.py" line="123" />
        <source>Keep the edit so far; the record stays final as it was until the edit is finalised (Ctrl+S)</source>
        <translation>İndiyədək dəyişikliyi saxla; dəyişiklik yekunlaşdırılana qədər qeyd olduğu kimi yekun qalır (Ctrl+S)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/form_saving.py" line="125" />
        <source>Finalise edit</source>
        <translation>Dəyişikliyi yekunlaşdır</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/form_saving.py" line="126" />
        <source>Check every answer and make the edit the record's next revision (Ctrl+Enter)</source>
        <translation>Hər cavabı yoxla və dəyişikliyi qeydin növbəti versiyası et (Ctrl+Enter)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/form_saving.py" line="139" />
        <source>Final</source>
        <translation>Yekun</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/form_saving.py" line="139" />
        <source>Draft</source>
        <translation>Qaralama</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/form_saving.py" line="141" />
        <source>edit saved {time}</source>
        <translation>dəyişiklik {time} saxlanılıb</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/form_saving.py" line="142" />
        <source>edit not saved yet</source>
        <translation>dəyişiklik hələ saxlanılmayıb</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/form_saving.py" line="143" />
        <source>reports and exports use the final revision until the edit is finalised</source>
        <translation>dəyişiklik yekunlaşdırılana qədər hesabatlar və ixrac yekun versiyanı istifadə edir</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/form_saving.py" line="145" />
        <source>read-only: press Edit ({key}) to change it</source>
        <translation>yalnız oxumaq üçün: dəyişmək üçün Redaktə et ({key}) düyməsini basın</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/form_saving.py" line="147" />
        <source>saved {time}</source>
        <translation>saxlanılıb {time}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/form_saving.py" line="148" />
        <source>not saved yet</source>
        <translation>hələ saxlanmayıb</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/form_saving.py" line="149" />
        <source>{status} · revision {revision} · {saved}</source>
        <translation>{status} · versiya {revision} · {saved}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/form_saving.py" line="197" />
        <location filename="../../fieldkit/ui/form_saving.py" line="206" />
        <source>The draft could not be saved</source>
        <translation>Qaralama saxlanıla bilmədi</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/form_saving.py" line="201" />
        <source>Not saved yet: {error}. What you typed is kept; saving again in a few seconds.</source>
        <translation>Hələ saxlanmayıb: {error}. Yazdıqlarınız qalır; bir neçə saniyədən sonra yenidən saxlanacaq.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../fieldkit/ui/form_saving.py" line="243" />
        <source>%n answer(s) to complete or correct before finalising.</source>
        <translation><numerusform>Yekunlaşdırmadan əvvəl %n cavabı doldurun və ya düzəldin.</numerusform></translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/form_saving.py" line="248" />
        <source>The edit could not be finalised</source>
        <translation>Dəyişiklik yekunlaşdırıla bilmədi</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/form_saving.py" line="251" />
        <source>The record could not be finalised</source>
        <translation>Qeyd yekunlaşdırıla bilmədi</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/form_saving.py" line="268" />
        <source>Discard the changes to this record? It stays as it was finalised (revision {revision}).</source>
        <translation>Bu qeyddəki dəyişikliklər ləğv edilsin? Qeyd yekunlaşdırıldığı kimi qalır (versiya {revision}).</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/form_saving.py" line="276" />
        <source>The edit could not be discarded</source>
        <translation>Dəyişiklik ləğv edilə bilmədi</translation>
    </message>
</context>
<context>
    <name>FormView</name>
    <message>
        <location filename="../../fieldkit/ui/form_view.py" line="86" />
        <source>Form language</source>
        <translation>Formanın dili</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/form_view.py" line="177" />
        <source>Sealed for HQ: only HQ can read it. Type to replace it.</source>
        <translation>Mərkəz üçün möhürlənib: yalnız mərkəz oxuya bilər. Əvəz etmək üçün yazın.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/form_view.py" line="178" />
        <source>Sealed on save with HQ's key {key}: this laptop cannot read it back.</source>
        <translation>Saxlananda mərkəzin {key} açarı ilə möhürlənir: bu noutbuk onu geri oxuya bilməz.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/form_view.py" line="191" />
        <source>Redact selection</source>
        <translation>Seçiləni gizlət</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/form_view.py" line="192" />
        <source>Replace the selected words with [REDACTED] before anything is saved</source>
        <translation>Seçilmiş sözləri heç nə saxlanmamışdan əvvəl [REDACTED] ilə əvəz et</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/form_view.py" line="229" />
        <source>Stored as: {text}</source>
        <translation>Belə saxlanılacaq: {text}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../fieldkit/ui/form_view.py" line="372" />
        <source>%n answer(s) to complete or correct before finalising.</source>
        <translation><numerusform>Yekunlaşdırmadan əvvəl %n cavabı doldurun və ya düzəldin.</numerusform></translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/form_view.py" line="374" />
        <source>Every answer is valid: the record can be finalised.</source>
        <translation>Bütün cavablar düzgündür: qeyd yekunlaşdırıla bilər.</translation>
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
        <location filename="../../fieldkit/ui/exchange_dialogs.py" line="253" />
        <source>Import from Excel</source>
        <translation>Exceldən idxal</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/exchange_dialogs.py" line="254" />
        <source>Import</source>
        <translation>İdxal et</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/exchange_dialogs.py" line="257" />
        <source>Add files…</source>
        <translation>Fayl əlavə et…</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/exchange_dialogs.py" line="262" />
        <source>Workbooks</source>
        <translation>İş kitabları</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/exchange_dialogs.py" line="265" />
        <source>Only for workbooks protected by a password</source>
        <translation>Yalnız parolla qorunan iş kitabları üçün</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/exchange_dialogs.py" line="266" />
        <source>Password</source>
        <translation>Parol</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/exchange_dialogs.py" line="267" />
        <source>Only report what would happen (dry run)</source>
        <translation>Yalnız nə baş verəcəyini göstər (sınaq)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/exchange_dialogs.py" line="268" />
        <source>Apply rows edited in Excel, as new revisions</source>
        <translation>Exceldə dəyişdirilmiş sətirləri yeni versiya kimi tətbiq et</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/exchange_dialogs.py" line="279" />
        <source>Workbooks to import</source>
        <translation>İdxal ediləcək iş kitabları</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/exchange_dialogs.py" line="280" />
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Excel iş kitabları (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/exchange_dialogs.py" line="284" />
        <source>Add at least one workbook.</source>
        <translation>Ən azı bir iş kitabı əlavə edin.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/exchange_dialogs.py" line="297" />
        <source>New laptop {name}, key fingerprint {fingerprint}: it would be trusted on first use.</source>
        <translation>Yeni noutbuk {name}, açarın barmaq izi {fingerprint}: ilk istifadədə ona etibar ediləcək.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/exchange_dialogs.py" line="299" />
        <source>New laptop {name}, key fingerprint {fingerprint}, trusted on first use.</source>
        <translation>Yeni noutbuk {name}, açarın barmaq izi {fingerprint}, ilk istifadədə etibar edildi.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/exchange_dialogs.py" line="302" />
        <source>Conflicts wait for you in View &gt; Conflicts.</source>
        <translation>Ziddiyyətlər Görünüş &gt; Ziddiyyətlər bölməsində sizi gözləyir.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/exchange_dialogs.py" line="304" />
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
        <location filename="../../fieldkit/ui/main_window.py" line="71" />
        <source>&amp;Devices…</source>
        <translation>&amp;Cihazlar…</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/main_window.py" line="78" />
        <source>&amp;Quit</source>
        <translation>Çı&amp;xış</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/main_window.py" line="80" />
        <source>&amp;View</source>
        <translation>&amp;Görünüş</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/main_window.py" line="81" />
        <source>&amp;Audit log</source>
        <translation>&amp;Audit jurnalı</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/main_window.py" line="83" />
        <source>&amp;Conflicts</source>
        <translation>&amp;Ziddiyyətlər</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/main_window.py" line="84" />
        <source>&amp;Reports</source>
        <translation>&amp;Hesabatlar</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/main_window.py" line="89" />
        <source>&amp;Help</source>
        <translation>&amp;Kömək</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/main_window.py" line="90" />
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Klaviatura qısayolları</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/main_window.py" line="92" />
        <source>&amp;Language</source>
        <translation>&amp;Dil</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/main_window.py" line="144" />
        <source>Making the sample database…</source>
        <translation>Nümunə verilənlər bazası hazırlanır…</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/main_window.py" line="212" />
        <source>process {pid} on {host}</source>
        <translation>{host} üzərində {pid} prosesi</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/main_window.py" line="212" />
        <source>elsewhere</source>
        <translation>başqa yerdə</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/main_window.py" line="214" />
        <source>This database is also open in another fieldkit ({where}). Both can save, one at a time; lists here refresh when you reopen them.</source>
        <translation>Bu verilənlər bazası başqa fieldkit-də də açıqdır ({where}). Hər ikisi növbə ilə saxlaya bilər; buradakı siyahılar yenidən açanda yenilənir.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/main_window.py" line="217" />
        <source>Open elsewhere</source>
        <translation>Başqa yerdə açıqdır</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/main_window.py" line="224" />
        <source>Wrong passphrase for {path} (or the file is not a fieldkit database).</source>
        <translation>{path} üçün parol ifadəsi səhvdir (və ya fayl fieldkit verilənlər bazası deyil).</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/main_window.py" line="229" />
        <source>Cannot open the database: {error}</source>
        <translation>Verilənlər bazası açılmır: {error}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/main_window.py" line="307" />
        <source>Delete record</source>
        <translation>Qeydi sil</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/main_window.py" line="308" />
        <source>Delete “{title}”? It leaves the list; the audit log keeps it.</source>
        <translation>“{title}” silinsin? Siyahıdan çıxır; audit jurnalı onu saxlayır.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/main_window.py" line="322" />
        <source>Nothing to restore: only the deletion of this record arrived here, never its answers.</source>
        <translation>Bərpa ediləcək bir şey yoxdur: buraya bu qeydin yalnız silinməsi gəlib, cavabları heç vaxt gəlməyib.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/main_window.py" line="342" />
        <source>Devices</source>
        <translation>Cihazlar</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/main_window.py" line="358" />
        <source>HQ's public key</source>
        <translation>Mərkəzin açıq açarı</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/main_window.py" line="359" />
        <source>Public keys (*pub*.pem);;All files (*)</source>
        <translation>Açıq açarlar (*pub*.pem);;Bütün fayllar (*)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/main_window.py" line="365" />
        <source>The key cannot be installed</source>
        <translation>Açar quraşdırıla bilmir</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/main_window.py" line="367" />
        <source>HQ's key {key} installed: direct identifiers are sealed for it.</source>
        <translation>Mərkəzin {key} açarı quraşdırıldı: birbaşa identifikatorlar onun üçün möhürlənir.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/main_window.py" line="372" />
        <source>New record of the selected form</source>
        <translation>Seçilmiş formanın yeni qeydi</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/main_window.py" line="373" />
        <source>Open the selected record; in a form, go to the next question</source>
        <translation>Seçilmiş qeydi aç; formada növbəti suala keç</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/main_window.py" line="374" />
        <source>Next / previous answer</source>
        <translation>Növbəti / əvvəlki cavab</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/main_window.py" line="375" />
        <source>Answer a choice</source>
        <translation>Seçimə cavab ver</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/main_window.py" line="376" />
        <source>Open the calendar of a date</source>
        <translation>Tarixin təqvimini aç</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/main_window.py" line="377" />
        <source>Edit a final record (the edit is finalised or discarded)</source>
        <translation>Yekun qeydi redaktə et (dəyişiklik yekunlaşdırılır və ya ləğv edilir)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/main_window.py" line="378" />
        <source>Save the draft</source>
        <translation>Qaralamanı saxla</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/main_window.py" line="379" />
        <source>Finalise the record</source>
        <translation>Qeydi yekunlaşdır</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/main_window.py" line="380" />
        <source>Close the form (its draft is saved)</source>
        <translation>Formanı bağla (qaralama saxlanılır)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/main_window.py" line="381" />
        <source>Search the records</source>
        <translation>Qeydlərdə axtar</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/main_window.py" line="382" />
        <source>Delete the selected record</source>
        <translation>Seçilmiş qeydi sil</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/main_window.py" line="383" />
        <source>Export to / import from Excel</source>
        <translation>Excelə ixrac / Exceldən idxal</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/main_window.py" line="384" />
        <source>Reports</source>
        <translation>Hesabatlar</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/main_window.py" line="385" />
        <source>Audit log</source>
        <translation>Audit jurnalı</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/main_window.py" line="386" />
        <source>This list</source>
        <translation>Bu siyahı</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/main_window.py" line="387" />
        <source>Quit</source>
        <translation>Çıxış</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/main_window.py" line="395" />
        <source>Keyboard shortcuts</source>
        <translation>Klaviatura qısayolları</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/main_window.py" line="398" />
        <source>Keys</source>
        <translation>Düymələr</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/main_window.py" line="398" />
        <source>What they do</source>
        <translation>Nə edir</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/main_window.py" line="416" />
        <source>{language}: from the next start of fieldkit.</source>
        <translation>{language}: fieldkit növbəti dəfə açılanda.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/main_window.py" line="465" />
        <source>Add a form</source>
        <translation>Forma əlavə et</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/main_window.py" line="466" />
        <source>XLSForm workbooks (*.xlsx)</source>
        <translation>XLSForm iş kitabları (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/main_window.py" line="473" />
        <source>The form cannot be added</source>
        <translation>Forma əlavə edilə bilmir</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/main_window.py" line="477" />
        <source>Form {id} version {version} added.</source>
        <translation>{id} formasının {version} versiyası əlavə edildi.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/main_window.py" line="478" />
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
        <location filename="../../fieldkit/ui/record_table.py" line="38" />
        <source>Record</source>
        <translation>Qeyd</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/record_table.py" line="38" />
        <source>Status</source>
        <translation>Vəziyyət</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/record_table.py" line="38" />
        <source>Revision</source>
        <translation>Versiya</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/record_table.py" line="38" />
        <source>Updated</source>
        <translation>Yenilənib</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/record_table.py" line="38" />
        <source>Created</source>
        <translation>Yaradılıb</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/record_table.py" line="107" />
        <source>(untitled)</source>
        <translation>(adsız)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/record_table.py" line="110" />
        <source>deleted</source>
        <translation>silinib</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/record_table.py" line="112" />
        <source>final, edit pending</source>
        <translation>yekun, dəyişiklik gözləyir</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/record_table.py" line="113" />
        <source>final</source>
        <translation>yekun</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/record_table.py" line="113" />
        <source>draft</source>
        <translation>qaralama</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/record_table.py" line="123" />
        <source>{uuid}: an edit of this final record is pending; reports and exports use the final revision until it is finalised</source>
        <translation>{uuid}: bu yekun qeydin dəyişikliyi gözləyir; o yekunlaşdırılana qədər hesabatlar və ixrac yekun versiyanı istifadə edir</translation>
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
        <location filename="../../fieldkit/ui/unlock_page.py" line="37" />
        <source>Create a passphrase</source>
        <translation>Parol ifadəsi yaradın</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/unlock_page.py" line="37" />
        <source>Unlock fieldkit</source>
        <translation>fieldkit-i kilidini açın</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/unlock_page.py" line="47" />
        <source>The database is encrypted with this passphrase. It cannot be recovered: if it is lost, so is the data. Use at least 8 characters.</source>
        <translation>Verilənlər bazası bu parol ifadəsi ilə şifrələnir. Onu bərpa etmək mümkün deyil: itərsə, məlumatlar da itər. Ən azı 8 simvol istifadə edin.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/unlock_page.py" line="56" />
        <source>Passphrase</source>
        <translation>Parol ifadəsi</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/unlock_page.py" line="57" />
        <source>&amp;Passphrase</source>
        <translation>&amp;Parol ifadəsi</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/unlock_page.py" line="61" />
        <source>Confirm the passphrase</source>
        <translation>Parol ifadəsini təsdiqləyin</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/unlock_page.py" line="66" />
        <source>Name of this laptop</source>
        <translation>Bu noutbukun adı</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/unlock_page.py" line="71" />
        <source>Optional: HQ's '...-pub.pem' file, needed for victims' feedback</source>
        <translation>İstəyə görə: mərkəzin '...-pub.pem' faylı, qurbanların rəyi üçün lazımdır</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/unlock_page.py" line="80" />
        <source>&amp;Language</source>
        <translation>&amp;Dil</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/unlock_page.py" line="81" />
        <source>&amp;Confirm</source>
        <translation>&amp;Təsdiq</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/unlock_page.py" line="85" />
        <source>&amp;Name of this laptop</source>
        <translation>Bu noutbukun &amp;adı</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/unlock_page.py" line="88" />
        <source>Browse…</source>
        <translation>Seç…</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/unlock_page.py" line="91" />
        <source>HQ's &amp;public key</source>
        <translation>Mərkəzin &amp;açıq açarı</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/unlock_page.py" line="99" />
        <source>Create the database</source>
        <translation>Verilənlər bazasını yarat</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/unlock_page.py" line="99" />
        <source>Unlock</source>
        <translation>Kilidi aç</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/unlock_page.py" line="105" />
        <source>Look around first: open a sample database</source>
        <translation>Əvvəlcə tanış olun: nümunə verilənlər bazasını açın</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/unlock_page.py" line="119" />
        <source>{language}: from the next start of fieldkit.</source>
        <translation>{language}: fieldkit növbəti dəfə açılanda.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/unlock_page.py" line="127" />
        <source>Too short: at least 8 characters.</source>
        <translation>Çox qısadır: ən azı 8 simvol.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/unlock_page.py" line="129" />
        <source>Weak: longer, or mix words, digits and signs.</source>
        <translation>Zəif: daha uzun edin və ya söz, rəqəm və işarələri qarışdırın.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/unlock_page.py" line="131" />
        <source>Fair.</source>
        <translation>Orta.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/unlock_page.py" line="133" />
        <source>Strong.</source>
        <translation>Güclü.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/unlock_page.py" line="139" />
        <source>HQ's public key</source>
        <translation>Mərkəzin açıq açarı</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/unlock_page.py" line="140" />
        <source>Public keys (*pub*.pem);;All files (*)</source>
        <translation>Açıq açarlar (*pub*.pem);;Bütün fayllar (*)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/unlock_page.py" line="148" />
        <source>The passphrase needs at least 8 characters.</source>
        <translation>Parol ifadəsi ən azı 8 simvol olmalıdır.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/unlock_page.py" line="151" />
        <source>The two passphrases differ; type them again.</source>
        <translation>İki parol ifadəsi fərqlidir; yenidən yazın.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/unlock_page.py" line="155" />
        <source>Type the passphrase.</source>
        <translation>Parol ifadəsini yazın.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/unlock_page.py" line="157" />
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
        <source>{file}: refused, part {part} and the other parts read whole need {size} MB of memory, more than a file of this size may ({budget} MB; a zip bomb?)</source>
        <translation>{file}: rədd edildi, {part} hissəsi və bütöv oxunan digər hissələr {size} MB yaddaş tələb edir, bu ölçüdə fayl üçün icazə veriləndən çox ({budget} MB; zip bombası?)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages.py" line="40" />
        <source>{file}: damaged part {part} (it does not read back as it was stored)</source>
        <translation>{file}: {part} hissəsi zədələnib (saxlandığı kimi oxunmur)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages.py" line="41" />
        <source>{file}: damaged part {part} ({problem})</source>
        <translation>{file}: {part} hissəsi zədələnib ({problem})</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages.py" line="42" />
        <source>{file}, sheet {sheet}, cell {cell}: refused, it holds a formula; a fieldkit export has values only (was it edited in Excel?)</source>
        <translation>{file}, {sheet} vərəqi, {cell} xanası: rədd edildi, orada düstur var; fieldkit ixracında yalnız dəyərlər olur (Excel-də dəyişdirilib?)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages.py" line="44" />
        <source>{file}: refused, {part} holds formulas; a fieldkit export has values only (was it edited in Excel?)</source>
        <translation>{file}: rədd edildi, {part} düsturlar saxlayır; fieldkit ixracında yalnız dəyərlər olur (Excel-də dəyişdirilib?)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages.py" line="33" />
        <source>{file}: damaged: the workbook's XML cannot be read</source>
        <translation>{file}: zədələnib: iş kitabının XML-i oxuna bilmir</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages.py" line="46" />
        <source>{file}, sheet {sheet}: damaged: the sheet XML cannot be read</source>
        <translation>{file}, {sheet} vərəqi: zədələnib: vərəqin XML-i oxuna bilmir</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages.py" line="47" />
        <source>{file}: cannot be decrypted or read (not an encrypted .xlsx)</source>
        <translation>{file}: şifrəsi açıla və ya oxuna bilmir (şifrələnmiş .xlsx deyil)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages.py" line="48" />
        <source>{file}: an old Excel (.xls) or other Office file, not an .xlsx export</source>
        <translation>{file}: köhnə Excel (.xls) və ya başqa Office faylıdır, .xlsx ixracı deyil</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages.py" line="49" />
        <source>{file} is protected by a password; give it (FIELDKIT_IMPORT_PASSWORD or --ask-password; in the window, the Password field)</source>
        <translation>{file} parolla qorunur; parolu verin (FIELDKIT_IMPORT_PASSWORD və ya --ask-password; pəncərədə Parol sahəsi)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages.py" line="51" />
        <source>{file}: wrong password</source>
        <translation>{file}: parol səhvdir</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages.py" line="52" />
        <source>{file}: cannot be decrypted ({problem})</source>
        <translation>{file}: şifrəsi açıla bilmir ({problem})</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages.py" line="53" />
        <source>: not a fieldkit export (it has no _manifest sheet)</source>
        <translation>: fieldkit ixracı deyil (_manifest vərəqi yoxdur)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages.py" line="54" />
        <source>: not a fieldkit export (unknown manifest format)</source>
        <translation>: fieldkit ixracı deyil (naməlum manifest formatı)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages.py" line="55" />
        <source>: an anonymised export is for reading, not for merging (its records have no identity to merge on)</source>
        <translation>: anonimləşdirilmiş ixrac oxumaq üçündür, birləşdirmək üçün deyil (qeydlərinin birləşdirmə üçün kimliyi yoxdur)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages.py" line="57" />
        <source>: export format version {version!r} is not one this fieldkit reads (it reads {known}); update fieldkit</source>
        <translation>: {version!r} ixrac formatı versiyasını bu fieldkit oxumur (o, {known} oxuyur); fieldkit-i yeniləyin</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages.py" line="59" />
        <source>: form {form} version {version} differs from the one installed here; the same version must have the same content</source>
        <translation>: {form} formasının {version} versiyası burada quraşdırılmışdan fərqlidir; eyni versiyanın məzmunu eyni olmalıdır</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages.py" line="62" />
        <source>: an unsigned export from an older fieldkit (format version 1); update fieldkit on that laptop and export again</source>
        <translation>: köhnə fieldkit-in imzasız ixracı (format versiyası 1); həmin noutbukda fieldkit-i yeniləyin və yenidən ixrac edin</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages.py" line="64" />
        <source>: the manifest is not signed (altered after export, or not written by fieldkit)</source>
        <translation>: manifest imzalanmayıb (ixracdan sonra dəyişdirilib, ya da fieldkit tərəfindən yazılmayıb)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages.py" line="65" />
        <source>: the manifest's signature does not match: altered after export</source>
        <translation>: manifestin imzası uyğun gəlmir: ixracdan sonra dəyişdirilib</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages.py" line="66" />
        <source>: the manifest's device id {device!r} or name {name!r} is not one fieldkit writes</source>
        <translation>: manifestdəki {device!r} cihaz id-si və ya {name!r} adı fieldkit-in yazdığı kimi deyil</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages.py" line="67" />
        <source>sheet {sheet}: altered after export (it is not what the signed manifest says)</source>
        <translation>{sheet} vərəqi: ixracdan sonra dəyişdirilib (imzalı manifestin dediyi deyil)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages.py" line="68" />
        <source>{where}: column _created_at, _updated_at, _device or _form_version differs from the signed manifest (altered after export)</source>
        <translation>{where}: _created_at, _updated_at, _device və ya _form_version sütunu imzalı manifestdən fərqlidir (ixracdan sonra dəyişdirilib)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages.py" line="70" />
        <source>laptop {name} signs with a new key; if reinstalled, check its fingerprint with the owner, then run `fieldkit devices trust {device} {file}`</source>
        <translation>{name} noutbuku yeni açarla imzalayır; yenidən quraşdırılıbsa, barmaq izini sahibi ilə yoxlayın, sonra `fieldkit devices trust {device} {file}` işlədin</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages.py" line="72" />
        <source>this workbook claims to come from this database itself (device {device}) but is not signed with its key: a forgery</source>
        <translation>bu iş kitabı bu verilənlər bazasının özündən gəldiyini iddia edir ({device} cihazı), amma onun açarı ilə imzalanmayıb: saxtadır</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages.py" line="74" />
        <source>{where}, column _created_at: {created} is later than _updated_at {updated}</source>
        <translation>{where}, _created_at sütunu: {created} _updated_at {updated} vaxtından sonradır</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages.py" line="75" />
        <source>{where}, column _updated_at: {updated} is in the future</source>
        <translation>{where}, _updated_at sütunu: {updated} gələcəkdədir</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages.py" line="76" />
        <source>{where}, column _status: {value!r} is not 'final' (only final records travel)</source>
        <translation>{where}, _status sütunu: {value!r} 'final' deyil (yalnız yekun qeydlər göndərilir)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages.py" line="77" />
        <source>laptop {name} ({device}) signs with key {key}, which is laptop {other}'s ({other_device}): one laptop cannot sign as another; if {other} was reinstalled under a new id, check with its owner and run `fieldkit devices trust {device} FILE`</source>
        <translation>{name} ({device}) noutbuku {key} açarı ilə imzalayır, bu isə {other} ({other_device}) noutbukunun açarıdır: bir noutbuk başqası adından imzalaya bilməz; {other} yeni id ilə yenidən quraşdırılıbsa, sahibi ilə yoxlayın və `fieldkit devices trust {device} FILE` işlədin</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages.py" line="81" />
        <source>sheet {sheet}: listed in the manifest but missing</source>
        <translation>{sheet} vərəqi: manifestdə var, amma faylda yoxdur</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages.py" line="82" />
        <source>sheet {sheet}: column {column} is missing</source>
        <translation>{sheet} vərəqi: {column} sütunu yoxdur</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages.py" line="83" />
        <source>sheet {sheet}: column {column} appears twice</source>
        <translation>{sheet} vərəqi: {column} sütunu iki dəfə var</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages.py" line="84" />
        <source>sheet {sheet}: {rows} rows or more, but the manifest says {count}</source>
        <translation>{sheet} vərəqi: {rows} və ya daha çox sətir, amma manifestdə {count} deyilir</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages.py" line="85" />
        <source>sheet {sheet}: {rows} rows, but the manifest says {count}</source>
        <translation>{sheet} vərəqi: {rows} sətir, amma manifestdə {count} deyilir</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages.py" line="86" />
        <source>sheet {sheet}: record {uuid} is in the manifest but in no sheet</source>
        <translation>{sheet} vərəqi: {uuid} qeydi manifestdə var, amma heç bir vərəqdə yoxdur</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages.py" line="87" />
        <source>sheet {sheet}: record {uuid} is listed twice</source>
        <translation>{sheet} vərəqi: {uuid} qeydi iki dəfə sadalanıb</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages.py" line="88" />
        <source>sheet {sheet}, row {row}: part {part!r} is not a number</source>
        <translation>{sheet} vərəqi, sətir {row}: {part!r} hissəsi ədəd deyil</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages.py" line="89" />
        <source>sheet {sheet}: the definition of form {form} {version} is broken ({problem})</source>
        <translation>{sheet} vərəqi: {form} {version} formasının tərifi pozulub ({problem})</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages.py" line="90" />
        <source>sheet {sheet}: the definition filed as {form} {version} is {actual}</source>
        <translation>{sheet} vərəqi: {form} {version} kimi qeyd olunan tərif əslində {actual}-dır</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages.py" line="91" />
        <source>sheet {sheet}, record {uuid}: ancestors {problem}</source>
        <translation>{sheet} vərəqi, {uuid} qeydi: əvvəlki versiyalar {problem}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages.py" line="92" />
        <source>sheet {sheet}, record {uuid}: the manifest was altered (its hash no longer matches the untouched row)</source>
        <translation>{sheet} vərəqi, {uuid} qeydi: manifest dəyişdirilib (onun heşi toxunulmamış sətirlə artıq uyğun gəlmir)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages.py" line="94" />
        <source>{where}: form {form} version {version!r} is neither installed here nor in the file</source>
        <translation>{where}: {form} formasının {version!r} versiyası nə burada quraşdırılıb, nə də faylda var</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages.py" line="96" />
        <source>{where}: revision {revision} differs from the manifest's {listed}</source>
        <translation>{where}: {revision} versiyası manifestdəki {listed} versiyasından fərqlidir</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages.py" line="97" />
        <source>{where}: {value!r} is not a number</source>
        <translation>{where}: {value!r} ədəd deyil</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages.py" line="98" />
        <source>{where}: record {uuid} is not in the manifest</source>
        <translation>{where}: {uuid} qeydi manifestdə yoxdur</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages.py" line="99" />
        <source>{where}: record {uuid} appears twice in the file</source>
        <translation>{where}: {uuid} qeydi faylda iki dəfə var</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages.py" line="100" />
        <source>{where}, column _revision: {value!r} is not a revision number</source>
        <translation>{where}, _revision sütunu: {value!r} versiya nömrəsi deyil</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages.py" line="101" />
        <source>{where}: _parent_uuid {parent} is no record of form {form} in this file</source>
        <translation>{where}: _parent_uuid {parent} bu faylda {form} formasının qeydi deyil</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages.py" line="102" />
        <source>{where}: form {form} {version} has no repeat {repeat}</source>
        <translation>{where}: {form} {version} formasında {repeat} təkrarı yoxdur</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages.py" line="103" />
        <source>{where}, column _index: {index!r} is not a position (1, 2, ...)</source>
        <translation>{where}, _index sütunu: {index!r} mövqe deyil (1, 2, ...)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages.py" line="104" />
        <source>{where}, column _index: {index} leaves a gap (sheet {sheet} has no instance {missing} of {repeat} for this record)</source>
        <translation>{where}, _index sütunu: {index} boşluq yaradır ({sheet} vərəqində bu qeyd üçün {repeat} təkrarının {missing} nüsxəsi yoxdur)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages.py" line="106" />
        <source>{where}: instance {position} of {repeat} appears twice</source>
        <translation>{where}: {repeat} təkrarının nüsxəsi {position} iki dəfə var</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages.py" line="107" />
        <source>{where}, column _parent_path: {path!r} is no instance of this record</source>
        <translation>{where}, _parent_path sütunu: {path!r} bu qeydin nüsxəsi deyil</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages.py" line="108" />
        <source>{where}, column {column}: {value!r} is not a record id (a lower-case UUID, 8-4-4-4-12 hex digits)</source>
        <translation>{where}, {column} sütunu: {value!r} qeyd identifikatoru deyil (kiçik hərfli UUID, 8-4-4-4-12 onaltılıq rəqəm)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages.py" line="110" />
        <source>{where}, column {column}: {value!r} is not a fieldkit device id</source>
        <translation>{where}, {column} sütunu: {value!r} fieldkit cihaz identifikatoru deyil</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages.py" line="111" />
        <source>{where}, column {column}: {value!r} is not a fieldkit time stamp</source>
        <translation>{where}, {column} sütunu: {value!r} fieldkit vaxt damğası deyil</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages.py" line="112" />
        <source>import cancelled; nothing was changed</source>
        <translation>idxal ləğv edildi; heç nə dəyişmədi</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages.py" line="113" />
        <source>{file}: the process reading it stopped unexpectedly (exit code {code}); nothing was changed</source>
        <translation>{file}: onu oxuyan proses gözlənilmədən dayandı (çıxış kodu {code}); heç nə dəyişmədi</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages.py" line="116" />
        <source>the passphrase is empty</source>
        <translation>parol ifadəsi boşdur</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages.py" line="117" />
        <source>no database at {path}</source>
        <translation>{path} ünvanında verilənlər bazası yoxdur</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages.py" line="118" />
        <source>cannot create the folder {folder}: {problem}</source>
        <translation>{folder} qovluğu yaradıla bilmir: {problem}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages.py" line="119" />
        <source>{path} is a folder, not a database file</source>
        <translation>{path} qovluqdur, verilənlər bazası faylı deyil</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages.py" line="120" />
        <source>cannot open {path}: {problem}</source>
        <translation>{path} açıla bilmir: {problem}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages.py" line="121" />
        <source>wrong passphrase for {path} (or the file is not a fieldkit database)</source>
        <translation>{path} üçün parol ifadəsi səhvdir (və ya fayl fieldkit verilənlər bazası deyil)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages.py" line="122" />
        <source>{path} is busy: another fieldkit is writing to it; try again</source>
        <translation>{path} məşğuldur: başqa fieldkit ona yazır; yenidən cəhd edin</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages.py" line="123" />
        <source>{path} is read-only: cannot save here</source>
        <translation>{path} yalnız oxumaq üçündür: burada saxlamaq olmur</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages.py" line="124" />
        <source>the disk holding {path} is full: nothing was saved</source>
        <translation>{path} olan disk doludur: heç nə saxlanmadı</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages.py" line="125" />
        <source>{file}: no such backup</source>
        <translation>{file}: belə ehtiyat nüsxə yoxdur</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages.py" line="127" />
        <source>disk full writing {file}; nothing was written</source>
        <translation>{file} yazılarkən disk doldu; heç nə yazılmadı</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages.py" line="128" />
        <source>cannot write {file}: it is a folder or a device, not a file; nothing was written</source>
        <translation>{file} yazıla bilmir: bu fayl deyil, qovluq və ya qurğudur; heç nə yazılmadı</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages.py" line="129" />
        <source>{file} fails its check ({problem}); nothing was restored</source>
        <translation>{file} yoxlamadan keçmir ({problem}); heç nə bərpa edilmədi</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages.py" line="130" />
        <source>{path} is open in another fieldkit (a window or a command): close it, then restore again; nothing was restored</source>
        <translation>{path} başqa fieldkit-də açıqdır (pəncərə və ya əmr): onu bağlayın, sonra yenidən bərpa edin; heç nə bərpa edilmədi</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages.py" line="131" />
        <source>the name of {path} is too long ({size} characters): fieldkit keeps its journal beside it as NAME-wal; give it a shorter name</source>
        <translation>{path} faylının adı çox uzundur ({size} simvol): fieldkit jurnalını onun yanında NAME-wal kimi saxlayır; ona daha qısa ad verin</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages.py" line="132" />
        <source>backup to {path} failed: {problem}; no backup was written</source>
        <translation>{path} ünvanına ehtiyat nüsxə alınmadı: {problem}; heç bir ehtiyat nüsxə yazılmadı</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages.py" line="133" />
        <source>no backup was written</source>
        <translation>heç bir ehtiyat nüsxə yazılmadı</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages.py" line="134" />
        <source>nothing was restored</source>
        <translation>heç nə bərpa edilmədi</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages.py" line="135" />
        <source>cannot read or write {path}: {problem}</source>
        <translation>{path} oxuna və ya yazıla bilmir: {problem}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages.py" line="136" />
        <source>cannot read {path}: {problem}</source>
        <translation>{path} oxuna bilmir: {problem}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages.py" line="137" />
        <source>cannot replace {path}: {problem}; the backup is checked and waits in {staged}</source>
        <translation>{path} əvəz edilə bilmir: {problem}; ehtiyat nüsxə yoxlanılıb və {staged} faylında gözləyir</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages.py" line="138" />
        <source>cannot write {path}: {problem}; {action}</source>
        <translation>{path} yazıla bilmir: {problem}; {action}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages.py" line="139" />
        <source>recover writes a new database: give it a file other than {path}</source>
        <translation>recover yeni verilənlər bazası yazır: ona {path} faylından başqa fayl verin</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages.py" line="140" />
        <source>the disk holding {path} is full: {action}</source>
        <translation>{path} olan disk doludur: {action}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages.py" line="141" />
        <source>the folder {folder} is read-only: fieldkit writes its journal beside {path}; make the folder writable</source>
        <translation>{folder} qovluğu yalnız oxumaq üçündür: fieldkit jurnalını {path} faylının yanına yazır; qovluğu yazıla bilən edin</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages.py" line="142" />
        <source>the journal {wal} of {path} is missing (deleted?): the latest saves are in it; put it back beside the database, or restore a backup ('fieldkit check' names the latest good one)</source>
        <translation>{path} faylının {wal} jurnalı yoxdur (silinib?): son saxlananlar ondadır; onu verilənlər bazasının yanına qaytarın və ya ehtiyat nüsxəni bərpa edin ('fieldkit check' sonuncu yaxşı nüsxəni göstərir)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages.py" line="143" />
        <source>{file} is damaged ({problem})</source>
        <translation>{file} zədələnib ({problem})</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages.py" line="144" />
        <source>{file} is empty: not a backup</source>
        <translation>{file} boşdur: ehtiyat nüsxə deyil</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages.py" line="145" />
        <source>{file} is not a fieldkit database (its tables are not fieldkit's)</source>
        <translation>{file} fieldkit verilənlər bazası deyil (cədvəlləri fieldkit-in deyil)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages.py" line="146" />
        <source>{file}: {problem}</source>
        <translation>{file}: {problem}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages.py" line="147" />
        <source>{path} exists already: give recover a new file name</source>
        <translation>{path} artıq var: recover üçün yeni fayl adı verin</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages.py" line="148" />
        <source>{path} is damaged ({problem}): nothing more is written to it; 'fieldkit check' names the latest good backup to restore, 'fieldkit recover --out NEW.db' saves what can still be read</source>
        <translation>{path} zədələnib ({problem}): ona daha heç nə yazılmır; 'fieldkit check' bərpa üçün sonuncu yaxşı ehtiyat nüsxəni göstərir, 'fieldkit recover --out NEW.db' hələ oxunanları saxlayır</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages.py" line="149" />
        <source>{path} is damaged and no good backup of it was found in {folder}: save what still reads with 'fieldkit --db {path} recover --out NEW.db'</source>
        <translation>{path} zədələnib və {folder} qovluğunda onun yaxşı ehtiyat nüsxəsi tapılmadı: hələ oxunanları 'fieldkit --db {path} recover --out NEW.db' ilə saxlayın</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages.py" line="150" />
        <source>{path} is damaged; the latest good backup is {backup}: restore it with 'fieldkit --db {path} restore {backup}' (or save what still reads with 'fieldkit --db {path} recover --out NEW.db')</source>
        <translation>{path} zədələnib; sonuncu yaxşı ehtiyat nüsxə {backup}: onu 'fieldkit --db {path} restore {backup}' ilə bərpa edin (və ya hələ oxunanları 'fieldkit --db {path} recover --out NEW.db' ilə saxlayın)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages.py" line="151" />
        <source>{path} is not a fieldkit database ({size} bytes, not whole encrypted pages)</source>
        <translation>{path} fieldkit verilənlər bazası deyil ({size} bayt, tam şifrlənmiş səhifələr deyil)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages.py" line="152" />
        <source>{path} is not encrypted: not a fieldkit database</source>
        <translation>{path} şifrlənməyib: fieldkit verilənlər bazası deyil</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages.py" line="153" />
        <source>{path} is on a read-only disk: nothing can be saved to it; copy it to a writable folder</source>
        <translation>{path} yalnız oxunan diskdədir: ona heç nə saxlamaq olmur; onu yazıla bilən qovluğa köçürün</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages.py" line="154" />
        <source>{path} is read-only (the file cannot be written): nothing can be saved to it; make it writable or copy it elsewhere</source>
        <translation>{path} yalnız oxumaq üçündür (fayl yazıla bilmir): ona heç nə saxlamaq olmur; onu yazıla bilən edin və ya başqa yerə köçürün</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages.py" line="155" />
        <source>{path}: its first page (the list of its tables) does not read: nothing can be salvaged; restore a backup</source>
        <translation>{path}: birinci səhifəsi (cədvəllərinin siyahısı) oxunmur: heç nə xilas etmək olmur; ehtiyat nüsxəni bərpa edin</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages.py" line="156" />
        <source>{problem}; no backup was written</source>
        <translation>{problem}; heç bir ehtiyat nüsxə yazılmadı</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages.py" line="157" />
        <source>{problem}; nothing was restored</source>
        <translation>{problem}; heç nə bərpa edilmədi</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages.py" line="159" />
        <source>This record changed while it was being edited (revision {revision} arrived, the edit started from revision {base}). Discard the edit and edit the record again.</source>
        <translation>Bu qeyd redaktə edilərkən dəyişdi (versiya {revision} gəldi, dəyişiklik versiya {base} üzərindən başlamışdı). Dəyişikliyi ləğv edin və qeydi yenidən redaktə edin.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages.py" line="162" />
        <source>the database passphrase needs at least {n} characters; nothing was created</source>
        <translation>verilənlər bazasının parol ifadəsi ən azı {n} simvol olmalıdır; heç nə yaradılmadı</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages.py" line="163" />
        <source>the export password needs at least {n} characters; nothing was written</source>
        <translation>ixracın parolu ən azı {n} simvol olmalıdır; heç nə yazılmadı</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages.py" line="164" />
        <source>the password of the unsealed copy needs at least {n} characters; nothing was written</source>
        <translation>açılmış surətin parolu ən azı {n} simvol olmalıdır; heç nə yazılmadı</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages.py" line="166" />
        <source>the key passphrase needs at least {n} characters; nothing was written</source>
        <translation>açarın parol ifadəsi ən azı {n} simvol olmalıdır; heç nə yazılmadı</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages.py" line="167" />
        <source>{file} has no password, and its unsealed copy would hold victims' identities in clear: give the copy a password (FIELDKIT_EXPORT_PASSWORD, --ask-out-password), or say --no-password; nothing was written</source>
        <translation>{file} parolsuzdur və onun açılmış surəti qurbanların şəxsiyyətlərini açıq saxlayardı: surətə parol verin (FIELDKIT_EXPORT_PASSWORD, --ask-out-password) və ya --no-password deyin; heç nə yazılmadı</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages.py" line="171" />
        <source>give the incoming record another {field} to keep both</source>
        <translation>hər ikisini saxlamaq üçün gələn qeydə başqa {field} verin</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages.py" line="172" />
        <source>{field} {value!r}: {problem}</source>
        <translation>{field} {value!r}: {problem}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages.py" line="173" />
        <source>{field} {value!r} is taken by another record too</source>
        <translation>{field} {value!r} başqa qeyddə də var</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages.py" line="174" />
        <source>{form} record {uuid}, field {field}: {problem}; HQ would refuse the whole file, so nothing was exported: open the record, correct the answer and save it, then export again</source>
        <translation>{form} qeydi {uuid}, {field} sahəsi: {problem}; mərkəz bütün faylı qəbul etməzdi, ona görə heç nə ixrac olunmadı: qeydi açın, cavabı düzəldin və saxlayın, sonra yenidən ixrac edin</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages.py" line="178" />
        <source>form {form}: only {records} record(s), fewer than k = {k}: no release can hide a victim among {k}; collect more records first</source>
        <translation>{form} forması: cəmi {records} qeyd, k = {k}-dan azdır: heç bir nəşr zərərçəkmişi {k} nəfər arasında gizlədə bilməz; əvvəlcə daha çox qeyd toplayın</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages.py" line="180" />
        <source>form {form}: l = {l} cannot be met even with every quasi-identifier at its top level: {columns} have fewer than {l} different answers among the {records} records</source>
        <translation>{form} forması: bütün kvazi-identifikatorlar ən yuxarı səviyyədə olsa belə l = {l} təmin edilə bilməz: {records} qeyd arasında {columns} sütunlarında {l}-dən az fərqli cavab var</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages.py" line="182" />
        <source>k = {k} is too small: form {form} has privacy marks (victims' data), so an anonymised release needs k of {minimum} or more (11 for a public one)</source>
        <translation>k = {k} çox kiçikdir: {form} formasında məxfilik qeydləri var (zərərçəkmişlərin məlumatı), ona görə anonimləşdirilmiş nəşr üçün k ən azı {minimum} olmalıdır (açıq nəşr üçün 11)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages.py" line="184" />
        <source>l = {l} is too small: form {form} has sensitive columns ({columns}), so an anonymised release needs l of {minimum} or more</source>
        <translation>l = {l} çox kiçikdir: {form} formasında həssas sütunlar var ({columns}), ona görə anonimləşdirilmiş nəşr üçün l ən azı {minimum} olmalıdır</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages.py" line="186" />
        <source>the suppression limit {share} is not a share of the records between 0 and 0.5 (0.05 is 5 %)</source>
        <translation>kənarda qalma həddi {share} qeydlərin 0 ilə 0.5 arasında payı deyil (0.05 = 5 %)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages.py" line="189" />
        <source>sheet {sheet}: form {form} version {version} weakens a privacy mark: {problem}</source>
        <translation>{sheet} vərəqi: {form} formasının {version} versiyası məxfilik işarəsini zəiflədir: {problem}</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages.py" line="191" />
        <source>{file}, sheet {sheet}, row {row}, column {column}: this sealed value belongs to another record or field (moved here, or damaged); nothing was written</source>
        <translation>{file}, {sheet} vərəqi, {row} sətri, {column} sütunu: bu möhürlü dəyər başqa qeydə və ya sahəyə aiddir (bura köçürülüb və ya zədələnib); heç nə yazılmadı</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages.py" line="193" />
        <source>{file}, sheet {sheet}, row {row}, column {column}: this sealed value belongs to another instance of this repeat (moved here); nothing was written</source>
        <translation>{file}, {sheet} vərəqi, {row} sətri, {column} sütunu: bu möhürlü dəyər bu təkrarın başqa nüsxəsinə aiddir (bura köçürülüb); heç nə yazılmadı</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages.py" line="195" />
        <source>{file}, sheet {sheet}, row {row}, column {column}: a sealed value outside a record's row; nothing was written</source>
        <translation>{file}, {sheet} vərəqi, {row} sətri, {column} sütunu: qeyd sətrindən kənarda möhürlü dəyər; heç nə yazılmadı</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages.py" line="197" />
        <source>{file}, sheet {sheet}, row {row}, column {column}: {problem}; nothing was written</source>
        <translation>{file}, {sheet} vərəqi, {row} sətri, {column} sütunu: {problem}; heç nə yazılmadı</translation>
    </message>
</context>
<context>
    <name>validation</name>
    <message>
        <location filename="../../fieldkit/ui/messages.py" line="204" />
        <source>This answer is required.</source>
        <translation>Bu cavab mütləqdir.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages.py" line="205" />
        <source>This answer is not valid.</source>
        <translation>Bu cavab düzgün deyil.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages.py" line="206" />
        <source>expected text</source>
        <translation>mətn gözlənilir</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages.py" line="207" />
        <source>{length} characters: longer than the {limit:,} an answer may have (a spreadsheet cell holds 32,767 and cuts the rest)</source>
        <translation>{length} simvol: cavab {limit:,} simvoldan uzun ola bilməz (cədvəl xanası 32 767 simvol saxlayır və qalanını kəsir)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages.py" line="209" />
        <source>{value!r} is not a whole number</source>
        <translation>{value!r} tam ədəd deyil</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages.py" line="210" />
        <source>{number} has more than 15 digits (Excel keeps 15)</source>
        <translation>{number} 15 rəqəmdən çoxdur (Excel 15 saxlayır)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages.py" line="211" />
        <source>{value!r} has more than 15 digits (Excel keeps 15)</source>
        <translation>{value!r} 15 rəqəmdən çoxdur (Excel 15 saxlayır)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages.py" line="212" />
        <source>{value!r} is not a number</source>
        <translation>{value!r} ədəd deyil</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages.py" line="213" />
        <source>{value!r} is not a date (YYYY-MM-DD)</source>
        <translation>{value!r} tarix deyil (gg.aa.iiii)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages.py" line="214" />
        <source>{value} is not between 1900-01-01 and 9999-12-31 (a typo in the year?)</source>
        <translation>{value} 1900-01-01 ilə 9999-12-31 arasında deyil (ildə yazı səhvi?)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages.py" line="215" />
        <source>answered although the form says it does not apply here (a record saved by fieldkit never keeps it)</source>
        <translation>forma bunun burada aid olmadığını desə də, cavablandırılıb (fieldkit-in saxladığı qeyddə bu heç vaxt qalmır)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages.py" line="217" />
        <source>{value!r} is not what the form calculates ({expected!r})</source>
        <translation>{value!r} formanın hesabladığı deyil ({expected!r})</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages.py" line="218" />
        <source>{value} is not the score of these answers ({expected})</source>
        <translation>{value} bu cavabların balı deyil ({expected})</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages.py" line="219" />
        <source>{value!r} is not a time (HH:MM)</source>
        <translation>{value!r} vaxt deyil (SS:DD)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages.py" line="220" />
        <source>{value!r}: an acknowledgement is 'OK' or empty</source>
        <translation>{value!r}: təsdiq 'OK' və ya boş olur</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages.py" line="221" />
        <source>expected one choice name</source>
        <translation>bir seçim gözlənilir</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages.py" line="222" />
        <source>{value!r} is not one of the choices ({choices})</source>
        <translation>{value!r} seçimlərdən biri deyil ({choices})</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages.py" line="223" />
        <source>expected a list of choice names</source>
        <translation>seçimlərin siyahısı gözlənilir</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages.py" line="224" />
        <source>{values} not among the choices ({choices})</source>
        <translation>{values} seçimlər arasında yoxdur ({choices})</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages.py" line="225" />
        <source>{number} is outside the range {low} to {high}</source>
        <translation>{number} {low}–{high} aralığından kənardır</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages.py" line="226" />
        <source>{number} is not on a step of {step} from {start}</source>
        <translation>{number} {start}-dan {step} addımına düşmür</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages.py" line="227" />
        <source>{value!r} is not among the choices offered here.</source>
        <translation>{value!r} burada təklif olunan seçimlərdən deyil.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages.py" line="228" />
        <source>the answer (not shown: the field is privacy-marked)</source>
        <translation>cavab (göstərilmir: sahə məxfilik işarəlidir)</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages.py" line="229" />
        <source>{value!r} is already used by another record of this form.</source>
        <translation>{value!r} bu formanın başqa qeydində artıq istifadə olunub.</translation>
    </message>
    <message>
        <location filename="../../fieldkit/ui/messages.py" line="230" />
        <source>HQ's public key is not installed on this laptop, so this answer cannot be kept (it would be readable). Install it with 'fieldkit keys install' or File &gt; Install HQ's key.</source>
        <translation>Mərkəzin açıq açarı bu noutbukda quraşdırılmayıb, ona görə bu cavab saxlanıla bilməz (oxunaqlı qalardı). Onu 'fieldkit keys install' və ya Fayl &gt; Mərkəzin açıq açarını quraşdır ilə quraşdırın.</translation>
    </message>
</context>
</TS>