"""Scrubbing that knows the record, through the real save path: the database, the exported
workbook and the report's Evidence sheet; the database's name list holds keyed hashes only."""

from __future__ import annotations

import hashlib
import hmac
import io
import json
import subprocess
import sys
import zipfile

import openpyxl
import pytest

from fieldkit.domain.scrub import scrub
from fieldkit.exchange.encryption import decrypt
from fieldkit.services.export import export_workbook
from fieldkit.services.privacy import install_public_key
from fieldkit.services.records import add_json_records
from fieldkit.services.reports import write_report
from fieldkit.services.sealing import new_key_pair

FEEDBACK = {"consent": "yes", "interview_date": "2026-11-01", "region": "guba_khachmaz", "age_band": "25_34",
            "sex": "female", "nationality": "azerbaijani", "exploitation_type": ["labour"], "destination": "russia",
            "services_received": ["shelter", "legal"], "satisfaction_overall": 4, "treated_with_respect": "yes"}
# A first name and a surname that are in no word list: only the record itself can tell they are names.
CONTACT = "Zərniyar Qəndilova, +994 50 412 77 31"


@pytest.fixture
def keyed(workspace, tmp_path):
    _, public = new_key_pair(tmp_path / "hq-keys", "hq key passphrase 2026")
    install_public_key(workspace, public)
    return workspace


def _cells(path, password=None) -> str:
    data = decrypt(path, password) if password else path.read_bytes()
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        return b"".join(archive.read(n) for n in archive.namelist()).decode("utf-8", "replace")


def _whole_database(workspace) -> str:
    """Every cell of every table, as text (the database as fieldkit reads it, decrypted)."""
    out = []
    for (table,) in workspace.db.execute("SELECT name FROM sqlite_master WHERE type = 'table'").fetchall():
        for row in workspace.db.execute(f"SELECT * FROM [{table}]").fetchall():
            out += [c.hex() if isinstance(c, bytes) else str(c) for c in row]
    return "\n".join(out)


def test_the_words_of_the_contact_are_invisible_without_the_record():
    assert "Zərniyar" in scrub("Zərniyarın bacısı gəldi") and "zərniyar" in scrub("zərniyar gəldi")


def test_the_records_own_contact_is_scrubbed_from_its_free_text_in_every_form(keyed, tmp_path):
    answers = {**FEEDBACK, "contact": CONTACT,
               "feedback": "Zərniyarın dediyinə görə, agent ona ayda 800 dollar vəd etmişdi. Bakıdan getdik.",
               "suggestions": "zərniyar wants Zarniyar's case to be heard; Qandilova is her family name",
               "interviewer_notes": "Звонила Зэрнияр, номер 050 412 77 31, в Гянджу."}
    (record,) = add_json_records(keyed, "vot_feedback", [(1, answers)])
    stored = json.dumps(record.data, ensure_ascii=False)
    for trace in ("Zərniyar", "zərniyar", "Zarniyar", "Qandilova", "412 77 31"):
        assert trace not in stored, trace
    assert "800 dollar" in record.data["feedback"] and "Bakıdan" in record.data["feedback"]
    database = _whole_database(keyed)
    for trace in ("Zərniyar", "zərniyar", "Qəndilova", "Qandilova", "412 77 31"):
        assert trace not in database, trace
    out = tmp_path / "sealed.xlsx"
    export_workbook(keyed, out, password="export pw 1")
    cells = _cells(out, "export pw 1")
    assert "800 dollar" in cells
    for trace in ("Zərniyar", "zərniyar", "Zarniyar", "Qəndilova", "Qandilova", "Зэрнияр"):
        assert trace not in cells, trace


def test_a_contact_name_is_scrubbed_from_every_other_record_of_the_database(keyed, tmp_path):
    add_json_records(keyed, "vot_feedback", [(1, {**FEEDBACK, "contact": CONTACT, "feedback": "ok"})])
    (other,) = add_json_records(keyed, "vot_feedback", [(1, {
        **FEEDBACK, "feedback": "Zərniyarın bacısı da orada işləyirdi, Qəndilovalar Gəncəyə köçdü."})])
    assert other.data["feedback"].startswith("[NAME] bacısı") and "Qəndilova" not in other.data["feedback"]
    assert "Gəncəyə" in other.data["feedback"]


def test_the_name_list_holds_keyed_hashes_never_names(keyed):
    add_json_records(keyed, "vot_feedback", [(1, {**FEEDBACK, "contact": CONTACT, "feedback": "ok"})])
    secret = bytes.fromhex(keyed.db.execute("SELECT value FROM meta WHERE key = 'name_key_secret'").fetchone()[0])
    digests = {bytes(r[0]) for r in keyed.db.execute("SELECT digest FROM name_keys")}
    assert len(secret) == 32 and digests
    assert hmac.digest(secret, "zərniyar".encode(), "sha256")[:16] in digests
    assert hashlib.sha256("zərniyar".encode()).digest()[:16] not in digests  # keyed: not guessable elsewhere
    for (table,) in keyed.db.execute("SELECT name FROM sqlite_master WHERE type = 'table'").fetchall():
        columns = [r[1] for r in keyed.db.execute(f"PRAGMA table_info([{table}])")]
        for row in keyed.db.execute(f"SELECT * FROM [{table}]"):
            for column, cell in zip(columns, row):
                if column == "data" or not isinstance(cell, str):
                    continue
                assert "zərniyar" not in cell.casefold() and "qəndilov" not in cell.casefold(), (table, column)


def test_a_second_database_has_its_own_secret(tmp_path, keyed):
    from fieldkit.services.workspace import Workspace

    other = Workspace.open(tmp_path / "second.db", "another passphrase 2026", create=True)
    try:
        mine = keyed.db.execute("SELECT value FROM meta WHERE key = 'name_key_secret'").fetchone()[0]
        theirs = other.db.execute("SELECT value FROM meta WHERE key = 'name_key_secret'").fetchone()[0]
        assert mine != theirs and len(mine) == 64
    finally:
        other.close()


KII = {"interview_date": "2026-11-02", "place": "baku", "mode": "in_person", "institutions": ["MFA"],
       "women": 1, "men": 2, "duration_min": 60, "consent": "yes"}


def test_kii_and_fgd_notes_are_scrubbed_before_they_are_stored_and_in_the_report(workspace, tmp_path):
    notes = "Leyla Həsənova (050 123 45 67, FİN 5ZK9D2P) said the MFA office in Bakı helped within 3 months."
    (record,) = add_json_records(workspace, "kii", [(1, {**KII, "relevance": notes, "quotes": "Elvin Məmmədov: 'enough'"})])
    for trace in ("Leyla", "Həsənova", "123 45 67", "5ZK9D2P", "Elvin", "Məmmədov"):
        assert trace not in json.dumps(record.data, ensure_ascii=False), trace
    assert "MFA" in record.data["relevance"] and "Bakı" in record.data["relevance"]
    report = write_report(workspace, tmp_path / "report.xlsx")
    sheet = openpyxl.load_workbook(report)["Evidence"]
    texts = [str(c.value) for row in sheet.iter_rows() for c in row if c.value]
    assert any("[NAME]" in t and "MFA" in t for t in texts)
    assert not any(trace in t for t in texts for trace in ("Leyla", "Həsənova", "5ZK9D2P", "Məmmədov"))
    form = workspace.form("fgd")
    assert all(q.privacy == "text" for q in form.questions if q.name in ("notes", "summary", "quotes", "relevance"))


FREE_TEXT_EXCEPTIONS = {"event_code", "participant_code", "facilitator", "trainers", "contact"}


def test_every_free_text_field_of_every_built_in_form_is_marked(workspace):
    for form_id in ("kii", "fgd", "training_event", "training_test", "vot_feedback"):
        form = workspace.form(form_id)
        for question in form.questions:
            if question.type == "text" and question.name not in FREE_TEXT_EXCEPTIONS:
                assert question.privacy == "text", (form.form_id, question.name)


def test_a_draft_is_scrubbed_too(workspace):
    from fieldkit.services.records import save_record, start_record

    _, record = start_record(workspace, "kii")
    saved = save_record(workspace, record, {**record.data, "consent": "yes", "quotes": "Call Rəşad Quliyev on 055-765-43-21"},
                        final=False)
    assert saved.data["quotes"] == "Call [NAME] on [PHONE]"
    row = workspace.db.execute("SELECT data FROM records WHERE uuid = ?", [saved.uuid]).fetchone()[0]
    assert "Quliyev" not in row and "765" not in row


def test_morphology_loads_lazily_once():
    code = ("import sys; import fieldkit.services.privacy, fieldkit.services.scrubbing as s; "
            "assert 'pymorphy3' not in sys.modules; print(s.scrub_text('Марии позвонил Виталий Орлов')); "
            "assert 'pymorphy3' in sys.modules; a = s.russian()._analyzer; s.scrub_text('Ольгой'); "
            "assert s.russian()._analyzer is a")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "[NAME] позвонил [NAME]"


def test_a_half_typed_contact_in_a_draft_adds_no_names_to_the_database(keyed):
    from fieldkit.services.records import save_record, start_record

    _, record = start_record(keyed, "vot_feedback")
    for typed in ("Zərn", "Zərniyar Qəndi"):  # autosaves while the contact is being typed
        draft = save_record(keyed, record, {**record.data, **FEEDBACK, "contact": typed,
                                            "feedback": "Zərniyar dedi ki, Qəndi gəldi"}, final=False)
    assert draft.data["feedback"] == "[NAME] dedi ki, [NAME] gəldi"  # the draft's own contact: scrubbed
    assert keyed.db.execute("SELECT count(*) FROM name_keys").fetchone()[0] == 0
    save_record(keyed, draft, {**draft.data, "contact": CONTACT}, final=True)
    assert keyed.db.execute("SELECT count(*) FROM name_keys").fetchone()[0] > 0


def test_the_database_remembers_only_a_contacts_names(keyed):
    add_json_records(keyed, "vot_feedback", [(1, {**FEEDBACK, "contact": "Zərniyar, Nizami küçəsi 5, bacısı vasitəsilə",
                                                  "feedback": "ok"})])
    (other,) = add_json_records(keyed, "vot_feedback", [(1, {
        **FEEDBACK, "feedback": "Zərniyar gəlmədi; Füzuli küçəsi uzaqdır, bacısı vasitəsilə xəbər göndərdik"})])
    assert other.data["feedback"] == "[NAME] gəlmədi; [ADDRESS] uzaqdır, bacısı vasitəsilə xəbər göndərdik"
