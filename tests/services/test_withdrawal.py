"""Withdrawn consent (issue 20, point 8): a final revision with consent 'no' erases the content of
the record's earlier revisions (sealed values included) in the same transaction; history keeps that
they existed. Checked through the real save paths, in every table of the database, in its pages
(decrypted with the passphrase, so the free space that SQLite leaves behind is read too), and in
what the next export carries."""

from __future__ import annotations

import hashlib
import io
import zipfile
from pathlib import Path

import pytest

from fieldkit.services.edits import finalise_edit, save_edit
from fieldkit.services.export import export_workbook
from fieldkit.services.privacy import install_public_key
from fieldkit.services.records import add_json_records, get_record, record_history, save_record
from fieldkit.services.sealing import new_key_pair
from fieldkit.services.workspace import Workspace

# Words no scrubber touches, so that they reach the database as typed.
CANARY = "quokkaxylophone"
PENDING_CANARY = "wombatclarinet"
FEEDBACK = {"consent": "yes", "interview_date": "2026-11-01", "region": "guba_khachmaz", "age_band": "25_34",
            "sex": "female", "nationality": "azerbaijani", "exploitation_type": ["labour"], "destination": "russia",
            "services_received": ["shelter"], "satisfaction_overall": 4, "treated_with_respect": "yes",
            "feedback": f"the {CANARY} helped me a lot", "contact": "Aysel, +994 50 111 22 33"}


def _pages(path: Path, passphrase: str) -> bytes:
    """Every page of a closed SQLCipher 4 database, decrypted (its defaults: 4096-byte pages,
    PBKDF2-HMAC-SHA512 with 256,000 iterations, AES-256-CBC, 80 reserved bytes: IV then HMAC)."""
    from cryptography.hazmat.primitives.ciphers import Cipher, algorithms, modes

    raw = path.read_bytes()
    salt, size, reserve = raw[:16], 4096, 80
    key = hashlib.pbkdf2_hmac("sha512", passphrase.encode(), salt, 256_000, 32)
    plain = []
    for start in range(0, len(raw), size):
        page = raw[start:start + size]
        skip = 16 if start == 0 else 0
        iv = page[size - reserve:size - reserve + 16]
        decryptor = Cipher(algorithms.AES(key), modes.CBC(iv)).decryptor()
        plain.append(decryptor.update(page[skip:size - reserve]) + decryptor.finalize())
    text = b"".join(plain)
    assert b"CREATE TABLE" in text and plain[0][:2] == b"\x10\x00"  # truly decrypted (page size 4096)
    return text


def _every_table(workspace: Workspace) -> str:
    db = workspace.db
    names = [r[0] for r in db.execute("SELECT name FROM sqlite_master WHERE type = 'table'")]
    assert {"records", "record_history", "pending_edits", "audit", "conflicts"} <= set(names)
    return "\n".join(repr(row) for name in names for row in db.execute(f'SELECT * FROM "{name}"'))


@pytest.fixture
def laptop(tmp_path, db_path, passphrase):
    _, public = new_key_pair(tmp_path / "hq-keys", "hq key passphrase 2026")
    with Workspace.open(db_path, passphrase) as workspace:
        install_public_key(workspace, public)
    return db_path


def test_withdrawal_through_an_edit_erases_every_earlier_content(tmp_path, laptop, passphrase):
    with Workspace.open(laptop, passphrase) as workspace:
        (record,) = add_json_records(workspace, "vot_feedback", [(1, FEEDBACK)])
        sealed = record.data["contact"]
    # Another day: the person withdraws. The evaluator opens the record, edits (autosaved as a
    # pending edit, more text typed first), says no and finalises.
    with Workspace.open(laptop, passphrase) as workspace:
        record = get_record(workspace, record.uuid)
        assert CANARY in _every_table(workspace)
        for n in range(1, 6):  # autosaves while typing, each longer than the last
            save_edit(workspace, record, {**record.data, "suggestions": f"more about the {PENDING_CANARY} " * n})
        save_edit(workspace, record, {**record.data, "consent": "no"})
        withdrawn = finalise_edit(workspace, record, {**record.data, "consent": "no"})
        # The write-ahead log, whose older frames held the erased answers, was emptied after the commit.
        assert Path(f"{laptop}-wal").stat().st_size == 0
        assert withdrawn.revision == 2 and withdrawn.data["feedback"] is None and withdrawn.data["contact"] is None
        history = record_history(workspace, record.uuid)
        assert [(h["revision"], h["status"], h["data"]) for h in history][0] == (1, "final", {})
        assert history[0]["saved_at"] and history[0]["device_id"] == workspace.device_id
        assert history[1]["data"]["consent"] == "no"
        # That revision 1 existed, and its content hash, stay (merging needs them).
        hashes = workspace.db.execute("SELECT revision FROM record_ancestors WHERE uuid = ? ORDER BY revision",
                                      [record.uuid]).fetchall()
        assert [r[0] for r in hashes] == [1, 2]
        tables = _every_table(workspace)
        for gone in (CANARY, PENDING_CANARY, sealed):
            assert gone not in tables, gone
        (entry,) = [a for a in workspace.db.execute("SELECT action, detail FROM audit WHERE action = 'withdraw'")]
        assert '"revisions_erased": 1' in entry[1] or '"revisions_erased":1' in entry[1]
        from fieldkit.services.backup import check

        assert check(workspace).problems == []  # 'fieldkit check' finds an erased history sound
        export_workbook(workspace, tmp_path / "after.xlsx", allow_unencrypted=True)
    with zipfile.ZipFile(io.BytesIO((tmp_path / "after.xlsx").read_bytes())) as book:
        exported = b"".join(book.read(name) for name in book.namelist())
    assert CANARY.encode() not in exported and sealed.encode() not in exported
    # The pages themselves, free space included: the erased bytes were overwritten, not freed.
    pages = _pages(laptop, passphrase)
    for gone in (CANARY, PENDING_CANARY, sealed):
        assert gone.encode() not in pages, gone


def test_withdrawal_through_a_plain_save_and_the_cli_add(tmp_path, laptop, passphrase):
    with Workspace.open(laptop, passphrase) as workspace:
        (record,) = add_json_records(workspace, "vot_feedback", [(1, FEEDBACK)])
        edited = save_record(workspace, record, {**record.data, "suggestions": "second revision"}, final=True)
        assert edited.revision == 2
        kept = add_json_records(workspace, "vot_feedback", [(1, {**FEEDBACK, "feedback": "someone else"})])[0]
    with Workspace.open(laptop, passphrase) as workspace:
        record = get_record(workspace, record.uuid)
        save_record(workspace, record, {**record.data, "consent": "no"}, final=True)
        history = record_history(workspace, record.uuid)
        assert [h["data"] for h in history[:2]] == [{}, {}] and history[2]["data"]["consent"] == "no"
        assert CANARY not in repr(workspace.db.execute("SELECT * FROM record_history WHERE uuid = ?",
                                                       [record.uuid]).fetchall())
        # Another person's record is untouched.
        assert get_record(workspace, kept.uuid).data["feedback"] == "someone else"
    assert CANARY.encode() not in _pages(laptop, passphrase)


def test_a_draft_saying_no_does_not_erase_yet_and_a_first_no_has_nothing_to_erase(laptop, passphrase):
    with Workspace.open(laptop, passphrase) as workspace:
        (record,) = add_json_records(workspace, "vot_feedback", [(1, FEEDBACK)])
        save_edit(workspace, record, {**record.data, "consent": "no"})  # still being written
        assert record_history(workspace, record.uuid)[0]["data"]["feedback"] == f"the {CANARY} helped me a lot"
        (declined,) = add_json_records(workspace, "vot_feedback", [(2, {"consent": "no",
                                                                         "interview_date": "2026-11-02",
                                                                         "region": "baku"})])
        assert [h["revision"] for h in record_history(workspace, declined.uuid)] == [1]
        assert not workspace.db.execute("SELECT 1 FROM audit WHERE action = 'withdraw'").fetchone()


def test_a_withdrawal_that_arrives_at_hq_erases_hqs_earlier_copy(tmp_path, monkeypatch):
    from fieldkit.services.merge import merge_workbooks

    _, public = new_key_pair(tmp_path / "hq-keys", "hq key passphrase 2026")
    monkeypatch.setenv("FIELDKIT_CONFIG_DIR", str(tmp_path / "config-laptop"))
    with Workspace.open(tmp_path / "laptop.db", "passphrase laptop") as laptop:
        install_public_key(laptop, public)
        (record,) = add_json_records(laptop, "vot_feedback", [(1, FEEDBACK)])
        export_workbook(laptop, tmp_path / "first.xlsx", allow_unencrypted=True)
        save_record(laptop, record, {**record.data, "consent": "no"}, final=True)
        export_workbook(laptop, tmp_path / "second.xlsx", allow_unencrypted=True)
    monkeypatch.setenv("FIELDKIT_CONFIG_DIR", str(tmp_path / "config-hq"))
    hq_db = tmp_path / "hq.db"
    with Workspace.open(hq_db, "passphrase hq") as hq:
        assert merge_workbooks(hq, [tmp_path / "first.xlsx"]).inserted == 1
    with Workspace.open(hq_db, "passphrase hq") as hq:
        assert CANARY in _every_table(hq)
        assert merge_workbooks(hq, [tmp_path / "second.xlsx"]).updated == 1
        history = record_history(hq, record.uuid)
        assert [(h["revision"], h["data"]) for h in history][0] == (1, {})
        assert history[1]["data"]["consent"] == "no"
        assert CANARY not in _every_table(hq) and record.data["contact"] not in _every_table(hq)
    assert CANARY.encode() not in _pages(hq_db, "passphrase hq")
