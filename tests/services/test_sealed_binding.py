"""Sealed values bound to their record, field and repeat instance (issue 20, point 6): a value
moved elsewhere does not open; v1 values of older databases still open, reported as unbound. Real
saves, real exports edited with openpyxl, the real import and the real ``fieldkit unseal``."""

from __future__ import annotations

import base64
import os
import subprocess
import sys
from pathlib import Path

import openpyxl
import pytest

from fieldkit.services.export import export_workbook
from fieldkit.services.merge import merge_workbooks
from fieldkit.services.privacy import install_public_key
from fieldkit.services.records import add_json_records, get_record, save_record
from fieldkit.services.sealing import (Moved, instance_of, is_bound, key_id, load_private_key, load_public_key,
                                       new_key_pair, seal, unseal)
from fieldkit.services.workspace import Workspace

KEY_PASSPHRASE = "hq key passphrase 2026"
FEEDBACK = {"consent": "yes", "interview_date": "2026-11-01", "region": "guba_khachmaz", "age_band": "25_34",
            "sex": "female", "nationality": "azerbaijani", "exploitation_type": ["labour"], "destination": "russia",
            "services_received": ["shelter"], "satisfaction_overall": 4, "treated_with_respect": "yes"}
UUID_A = "a1b2c3d4-1111-4111-8111-111111111111"
UUID_B = "22222222-2222-4222-8222-222222222222"


@pytest.fixture
def keys(tmp_path):
    return new_key_pair(tmp_path / "hq-keys", KEY_PASSPHRASE)


def _v1_seal(public_key, value: str) -> str:
    """A value as fieldkit sealed it before the binding (sealed:v1:), for an older database."""
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM
    from cryptography.hazmat.primitives.kdf.hkdf import HKDF

    raw = serialization.Encoding.Raw, serialization.PublicFormat.Raw
    ephemeral = X25519PrivateKey.generate()
    ephemeral_raw, recipient = ephemeral.public_key().public_bytes(*raw), public_key.public_bytes(*raw)
    key = HKDF(algorithm=hashes.SHA256(), length=32, salt=ephemeral_raw + recipient,
               info=b"fieldkit sealed value v1").derive(ephemeral.exchange(public_key))
    nonce = os.urandom(12)
    token = base64.b64encode(ephemeral_raw + nonce + AESGCM(key).encrypt(nonce, value.encode(), recipient))
    return f"sealed:v1:{key_id(public_key)}:{token.decode()}"


def test_a_value_opens_only_for_its_record_field_and_instance(keys):
    private_path, public_path = keys
    public, private = load_public_key(public_path.read_bytes()), load_private_key(private_path, KEY_PASSPHRASE)
    sealed = seal(public, "Gülnarə +994 55 987 65 43", record=UUID_A, field="contact")
    assert sealed.startswith("sealed:v2:") and is_bound(sealed) and instance_of(sealed) == ""
    assert unseal(private, sealed, record=UUID_A, field="contact") == "Gülnarə +994 55 987 65 43"
    for record, field in ((UUID_B, "contact"), (UUID_A, "phone"), (UUID_A.upper(), "contact")):
        with pytest.raises(Moved, match="another record or field"):
            unseal(private, sealed, record=record, field=field)
    with pytest.raises(Moved):
        unseal(private, sealed)  # a bound value is never opened without its place
    in_repeat = seal(public, "Ольга", record=UUID_A, field="name", instance="0a1b2c3d")
    assert instance_of(in_repeat) == "0a1b2c3d"
    retagged = in_repeat.replace(":0a1b2c3d:", ":ffffffff:")  # claimed for another instance
    with pytest.raises(Moved):
        unseal(private, retagged, record=UUID_A, field="name")
    old = _v1_seal(public, "Канарейкина")
    assert not is_bound(old) and unseal(private, old, record=UUID_B, field="anything") == "Канарейкина"


def _laptop(tmp_path: Path, keys, monkeypatch) -> Workspace:
    monkeypatch.setenv("FIELDKIT_CONFIG_DIR", str(tmp_path / "config-laptop"))
    workspace = Workspace.open(tmp_path / "laptop.db", "passphrase laptop", create=True)
    install_public_key(workspace, keys[1])
    return workspace


def _cli(tmp_path: Path, *args: str) -> subprocess.CompletedProcess:
    env = {**os.environ, "FIELDKIT_KEY_PASSPHRASE": KEY_PASSPHRASE, "FIELDKIT_CONFIG_DIR": str(tmp_path / "cfg")}
    return subprocess.run([sys.executable, "-m", "fieldkit", *args], capture_output=True, text=True, env=env,
                          timeout=120)


def _swap(path: Path, sheet: str, column: str, row_a: int, row_b: int, out: Path) -> None:
    book = openpyxl.load_workbook(path)
    header = [c.value for c in book[sheet][1]]
    col = header.index(column) + 1
    a, b = book[sheet].cell(row_a, col), book[sheet].cell(row_b, col)
    a.value, b.value = b.value, a.value
    book.save(out)


def test_a_swapped_contact_is_refused_by_unseal_and_by_the_signed_import(tmp_path, keys, monkeypatch):
    with _laptop(tmp_path, keys, monkeypatch) as laptop:
        first, second = add_json_records(laptop, "vot_feedback", [
            (1, {**FEEDBACK, "contact": "Aysel, +994 50 111 22 33"}),
            (2, {**FEEDBACK, "contact": "Leyla, +994 50 444 55 66"})])
        assert is_bound(first.data["contact"]) and is_bound(second.data["contact"])
        export_workbook(laptop, tmp_path / "sealed.xlsx", allow_unencrypted=True)
    genuine = _cli(tmp_path, "unseal", str(tmp_path / "sealed.xlsx"), "--key", str(keys[0]),
                   "--out", str(tmp_path / "clear.xlsx"), "--no-password")
    assert genuine.returncode == 0, genuine.stderr
    assert "2 sealed value(s) opened" in genuine.stdout and "older fieldkit" not in genuine.stdout
    _swap(tmp_path / "sealed.xlsx", "vot_feedback", "contact", 2, 3, tmp_path / "swapped.xlsx")
    moved = _cli(tmp_path, "unseal", str(tmp_path / "swapped.xlsx"), "--key", str(keys[0]),
                 "--out", str(tmp_path / "wrong.xlsx"), "--no-password")
    assert moved.returncode == 1 and moved.stdout == ""
    assert moved.stderr.count("\n") == 1, moved.stderr
    assert "swapped.xlsx, sheet vot_feedback, row 2, column contact: this sealed value belongs to another " \
           "record or field" in moved.stderr and "nothing was written" in moved.stderr
    assert not (tmp_path / "wrong.xlsx").exists() and not list(tmp_path.glob(".fieldkit-*"))
    # The manifest's signed per-record hash covers the sealed text: at HQ, the swap is an edit made
    # outside fieldkit, and nothing of it is applied.
    monkeypatch.setenv("FIELDKIT_CONFIG_DIR", str(tmp_path / "config-hq"))
    with Workspace.open(tmp_path / "hq.db", "passphrase hq", create=True) as hq:
        summary = merge_workbooks(hq, [tmp_path / "swapped.xlsx"])
        assert (summary.inserted, summary.edited_outside) == (0, 2)
        assert get_record(hq, first.uuid) is None and get_record(hq, second.uuid) is None


ROSTER = [
    {"type": "text", "name": "shelter", "label": "Shelter"},
    {"type": "begin repeat", "name": "people", "label": "People"},
    {"type": "text", "name": "person_name", "label": "Name", "privacy": "direct"},
    {"type": "text", "name": "person_phone", "label": "Phone", "privacy": "direct"},
    {"type": "integer", "name": "person_age", "label": "Age"},
    {"type": "end repeat"},
]


def test_repeat_values_are_bound_to_their_instance(tmp_path, keys, monkeypatch, xlsform):
    from fieldkit.services.forms import add_form_file

    with _laptop(tmp_path, keys, monkeypatch) as laptop:
        add_form_file(laptop, xlsform(ROSTER, settings={"form_id": "roster", "version": "1"}))
        people = [{"person_name": f"Name{i}", "person_phone": f"+994 50 000 00 0{i}", "person_age": 30 + i}
                  for i in range(1, 4)]
        (record,) = add_json_records(laptop, "roster", [(1, {"shelter": "A", "people": people})])
        tags = [instance_of(p["person_name"]) for p in record.data["people"]]
        assert all(instance_of(p["person_phone"]) == t for p, t in zip(record.data["people"], tags))
        assert len(set(tags)) == 3 and all(len(t) == 8 for t in tags)
        # An edit that removes the first instance and adds one: the kept ones keep their tags (their
        # index changed), the new one gets its own, and HQ opens all of them.
        from fieldkit.services.edits import finalise_edit

        kept = record.data["people"][1:]
        edited = finalise_edit(laptop, record, {**record.data, "people": [
            *kept, {"person_name": "Name4", "person_phone": "+994 50 000 00 04", "person_age": 40}]})
        new_tags = [instance_of(p["person_name"]) for p in edited.data["people"]]
        assert new_tags[:2] == tags[1:] and new_tags[2] not in tags
        assert instance_of(edited.data["people"][2]["person_phone"]) == new_tags[2]
        export_workbook(laptop, tmp_path / "roster.xlsx", allow_unencrypted=True)
    done = _cli(tmp_path, "unseal", str(tmp_path / "roster.xlsx"), "--key", str(keys[0]),
                "--out", str(tmp_path / "clear.xlsx"), "--no-password")
    assert done.returncode == 0 and "6 sealed value(s) opened" in done.stdout, done.stderr
    clear = openpyxl.load_workbook(tmp_path / "clear.xlsx")["roster.people"]
    header = [c.value for c in clear[1]]
    assert [r[header.index("person_name")].value for r in clear.iter_rows(min_row=2)] == ["Name2", "Name3", "Name4"]
    # One phone moved to another person of the same record: refused, naming the cell.
    _swap(tmp_path / "roster.xlsx", "roster.people", "person_phone", 2, 3, tmp_path / "mixed.xlsx")
    mixed = _cli(tmp_path, "unseal", str(tmp_path / "mixed.xlsx"), "--key", str(keys[0]),
                 "--out", str(tmp_path / "mixed-clear.xlsx"), "--no-password")
    assert mixed.returncode == 1 and not (tmp_path / "mixed-clear.xlsx").exists()
    assert "sheet roster.people, row 2, column person_phone: this sealed value belongs to another instance " \
           "of this repeat" in mixed.stderr and mixed.stderr.count("\n") == 1


def test_v1_values_of_an_older_database_still_open_reported_as_unbound(tmp_path, keys, monkeypatch):
    public = load_public_key(keys[1].read_bytes())
    with _laptop(tmp_path, keys, monkeypatch) as laptop:
        (record,) = add_json_records(laptop, "vot_feedback", [(1, {**FEEDBACK, "contact": "x"})])
        # As an older fieldkit saved it: an unbound value (a sealed value is kept as it is at save).
        old = _v1_seal(public, "Нигяр, +994 70 123 45 67")
        save_record(laptop, get_record(laptop, record.uuid), {**record.data, "contact": old}, final=True)
        assert get_record(laptop, record.uuid).data["contact"] == old
        export_workbook(laptop, tmp_path / "old.xlsx", allow_unencrypted=True)
    done = _cli(tmp_path, "unseal", str(tmp_path / "old.xlsx"), "--key", str(keys[0]),
                "--out", str(tmp_path / "clear.xlsx"), "--no-password")
    assert done.returncode == 0, done.stderr
    assert "1 sealed value(s) opened" in done.stdout and "1 of them were sealed by an older fieldkit" in done.stdout
    sheet = openpyxl.load_workbook(tmp_path / "clear.xlsx")["vot_feedback"]
    header = [c.value for c in sheet[1]]
    assert sheet[2][header.index("contact")].value == "Нигяр, +994 70 123 45 67"


def test_text_that_only_looks_sealed_is_sealed_like_any_answer(tmp_path, keys, monkeypatch):
    with _laptop(tmp_path, keys, monkeypatch) as laptop:
        typed = "sealed:v2:Aysel +994 50 111 22 33"
        (record,) = add_json_records(laptop, "vot_feedback", [(1, {**FEEDBACK, "contact": typed})])
        stored = record.data["contact"]
        assert stored != typed and is_bound(stored) and "Aysel" not in stored
        private = load_private_key(keys[0], KEY_PASSPHRASE)
        assert unseal(private, stored, record=record.uuid, field="contact") == typed
