"""Victims' feedback: sealed identifiers, scrubbed text, anonymised exports, and canaries."""

from __future__ import annotations

import io
import json
import re
import subprocess
import sys
import zipfile
from collections import Counter
from pathlib import Path

import openpyxl
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from fieldkit.cli import main
from fieldkit.domain.anonymise import AnonymisationRefused, anonymise, cell_text
from fieldkit.domain.anonymise.builtin import builtin_hierarchies
from fieldkit.domain.anonymise.hierarchy import suppression_hierarchy
from fieldkit.exchange.encryption import decrypt
from fieldkit.services.export import PrivacyError, export_workbook
from fieldkit.services.merge import ImportRefused, merge_workbooks
from fieldkit.services.privacy import install_public_key
from fieldkit.services.records import BatchError, add_json_records
from fieldkit.services.sealing import KeyError_, is_sealed, load_private_key, new_key_pair, unseal
from fieldkit.services.workspace import Workspace

KEY_PASSPHRASE = "hq key passphrase 2026"
CANARIES = ["Gülnarə Canaryeva", "+994 55 987 65 43", "9CN4RY7", "canary.leak@mail.az", "Канарейкина"]
FEEDBACK = {"consent": "yes", "interview_date": "2026-11-01", "region": "guba_khachmaz", "age_band": "25_34",
            "sex": "female", "nationality": "azerbaijani", "exploitation_type": ["labour"], "destination": "russia",
            "services_received": ["shelter", "legal"], "satisfaction_overall": 4, "treated_with_respect": "yes"}


@pytest.fixture
def keys(tmp_path):
    private, public = new_key_pair(tmp_path / "hq-keys", KEY_PASSPHRASE)
    return private, public


def victim(i: int) -> dict:
    return {**FEEDBACK, "satisfaction_overall": 1 + i % 5, "exploitation_type": [["labour"], ["sexual"]][i % 2],
            "services_received": [["shelter"], ["legal", "medical"]][i % 2],
            "feedback": f"Mənim adım {CANARIES[0]}, telefonum {CANARIES[1]}, FİN {CANARIES[2]}. Baku-da IOM kömək etdi.",
            "suggestions": f"Write to {CANARIES[3]} — ask for Ольга {CANARIES[4]}.",
            "interviewer_notes": f"Respondent {i}: Mrs {CANARIES[0].split()[1]} from Guba.",
            "contact": f"{CANARIES[1]}, {CANARIES[0]}"}


def test_key_files_and_sealing(tmp_path, keys, workspace):
    private, public = keys
    assert "pub" in public.name and "pub" not in private.name
    assert b"BEGIN FIELDKIT HQ PRIVATE KEY" in private.read_bytes() and b"KDF: scrypt" in private.read_bytes()
    install_public_key(workspace, public)
    (record,) = add_json_records(workspace, "vot_feedback", [(1, victim(1))])
    sealed = record.data["contact"]
    assert is_sealed(sealed) and CANARIES[1] not in sealed
    assert unseal(load_private_key(private, KEY_PASSPHRASE), sealed, record=record.uuid,
                  field="contact") == f"{CANARIES[1]}, {CANARIES[0]}"
    other, _ = new_key_pair(tmp_path / "other-keys", "another passphrase")
    with pytest.raises(KeyError_, match="another key"):
        unseal(load_private_key(other, "another passphrase"), sealed)
    with pytest.raises(KeyError_, match="wrong key passphrase"):
        load_private_key(private, "not it")
    # The laptop holds only the public key: nothing it has can open the value.
    stored = workspace.db.execute("SELECT value FROM meta WHERE key = 'hq_public_key'").fetchone()[0]
    assert "PUBLIC KEY" in stored and "PRIVATE" not in stored


def test_without_hq_key_a_direct_identifier_cannot_be_kept(workspace):
    with pytest.raises(BatchError, match="field contact: HQ's public key is not installed"):
        add_json_records(workspace, "vot_feedback", [(1, victim(1))])
    without_contact = {k: v for k, v in victim(1).items() if k != "contact"}
    (record,) = add_json_records(workspace, "vot_feedback", [(1, without_contact)])
    assert record.data["contact"] is None


def test_free_text_is_scrubbed_before_it_is_stored(workspace, keys):
    install_public_key(workspace, keys[1])
    (record,) = add_json_records(workspace, "vot_feedback", [(1, victim(1))])
    text = record.data["feedback"]
    assert "[NAME]" in text and "[PHONE]" in text and "[ID]" in text
    assert "Baku" in text and "IOM" in text  # what analysis needs stays
    assert all(c not in json.dumps(record.data, ensure_ascii=False) for c in CANARIES)


def _all_text(path: Path, password: str | None = None) -> bytes:
    data = decrypt(path, password) if password else path.read_bytes()
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        return b"".join(archive.read(name) for name in archive.namelist())


def test_canaries_never_leave_in_clear(tmp_path, db_path, passphrase, keys, monkeypatch):
    workspace = Workspace.open(db_path, passphrase)
    install_public_key(workspace, keys[1])
    add_json_records(workspace, "vot_feedback", [(i, victim(i)) for i in range(1, 13)])
    sealed = tmp_path / "sealed.xlsx"
    export_workbook(workspace, sealed, password="export pw")
    anonymised = tmp_path / "anonymised.xlsx"
    export_workbook(workspace, anonymised, privacy="anonymised", k=5)
    # Every part of every workbook, shared strings and document properties included.
    for path, password in ((sealed, "export pw"), (anonymised, None)):
        raw = _all_text(path, password)
        for canary in CANARIES:
            for part in canary.split():
                if len(part) > 3:
                    assert part.encode() not in raw, (path.name, part)
    workspace.close()
    # The database, its WAL and anything else in its folder; temporary files nowhere.
    for file in db_path.parent.rglob("*"):
        if file.is_file() and not file.suffix == ".xlsx" and "keys" not in str(file):
            raw = file.read_bytes()
            for canary in CANARIES:
                assert canary.encode() not in raw, file.name
    assert not list(tmp_path.glob(".fieldkit-*"))


def test_sealed_export_needs_a_password_unless_said_otherwise(tmp_path, workspace, keys):
    install_public_key(workspace, keys[1])
    add_json_records(workspace, "vot_feedback", [(1, victim(1))])
    with pytest.raises(PrivacyError, match="give the export a password"):
        export_workbook(workspace, tmp_path / "x.xlsx")
    assert not (tmp_path / "x.xlsx").exists()
    export_workbook(workspace, tmp_path / "x.xlsx", allow_unencrypted=True)
    header = [c.value for c in openpyxl.load_workbook(tmp_path / "x.xlsx")["vot_feedback"][1]]
    assert "contact" in header  # present, but sealed
    cells = [c.value for c in openpyxl.load_workbook(tmp_path / "x.xlsx")["vot_feedback"][2]]
    assert is_sealed(cells[header.index("contact")])


def test_hq_unseals_a_sealed_export(tmp_path, workspace, keys, capsys, monkeypatch):
    private, public = keys
    install_public_key(workspace, public)
    add_json_records(workspace, "vot_feedback", [(1, victim(1))])
    export_workbook(workspace, tmp_path / "sealed.xlsx", password="pw-12345")
    monkeypatch.setenv("FIELDKIT_KEY_PASSPHRASE", KEY_PASSPHRASE)
    monkeypatch.setenv("FIELDKIT_IMPORT_PASSWORD", "pw-12345")
    clear = tmp_path / "clear.xlsx"
    assert main(["unseal", str(tmp_path / "sealed.xlsx"), "--key", str(private), "--out", str(clear)]) == 0
    assert "1 sealed value(s) opened" in capsys.readouterr().out
    from fieldkit.exchange.encryption import decrypt

    book = openpyxl.load_workbook(io.BytesIO(decrypt(clear, "pw-12345")))  # the input's password by default
    header = [c.value for c in book["vot_feedback"][1]]
    assert book["vot_feedback"][2][header.index("contact")].value == f"{CANARIES[1]}, {CANARIES[0]}"
    other, _ = new_key_pair(tmp_path / "other", "other passphrase 1")
    monkeypatch.setenv("FIELDKIT_KEY_PASSPHRASE", "other passphrase 1")
    wrong = tmp_path / "wrong.xlsx"
    assert main(["unseal", str(tmp_path / "sealed.xlsx"), "--key", str(other), "--out", str(wrong)]) == 1
    err = capsys.readouterr().err
    assert "another key" in err and err.count("\n") == 1 and not wrong.exists()


def _k_of(rows: list[dict], quasi: list[str]) -> int:
    """Strict k: the smallest number of rows sharing one combination of published quasi values."""
    from collections import Counter

    return min(Counter(tuple(cell_text(r.get(q)) for q in quasi) for r in rows).values())


def test_anonymised_export(tmp_path, workspace, keys, monkeypatch):
    # Was: cells suppressed with 'suppressed' matching anything, '_date' the day of the last save,
    # 'respondent_code' kept, k = 3 accepted. Now: whole levels, strict k, none of those columns.
    install_public_key(workspace, keys[1])
    add_json_records(workspace, "vot_feedback", [(i, {**victim(i), "interview_date": f"2026-0{1 + i % 3}-1{i % 9}",
                                                      "region": ["baku", "guba_khachmaz"][i % 2],
                                                      "age_band": ["18_24", "25_34", "35_44"][i % 3]})
                                                 for i in range(1, 21)])
    out = tmp_path / "public.xlsx"
    export_workbook(workspace, out, privacy="anonymised", k=5)
    book = openpyxl.load_workbook(out)
    sheet = book["vot_feedback"]
    header = [c.value for c in sheet[1]]
    for column in ("contact", "_uuid", "respondent_code", "_date", "_row", "_form_version"):
        assert column not in header
    rows = [dict(zip(header, (c.value for c in row))) for row in sheet.iter_rows(min_row=2)]
    assert len(rows) >= 19  # at most 5 % of 20 records left out
    assert "suppressed" not in {str(v) for r in rows for v in r.values()}
    assert all(re.fullmatch(r"2026(-0[1-3](-1\d)?|-Q1)?|\*", r["interview_date"]) for r in rows)
    quasi = ["interview_date", "region", "age_band", "sex", "nationality", "destination"]
    assert _k_of(rows, quasi) >= 5
    report = {r[0].value: [c.value for c in r] for r in book["_privacy_report"].iter_rows(min_row=2)}
    assert report["vot_feedback"][7] >= 5  # k reached
    with pytest.raises(ImportRefused, match="for reading, not for merging"):
        merge_workbooks(workspace, [out])
    with pytest.raises(AnonymisationRefused, match="fewer than k"):
        export_workbook(workspace, tmp_path / "too-strict.xlsx", privacy="anonymised", k=50)
    with pytest.raises(AnonymisationRefused, match="k = 3 is too small"):
        export_workbook(workspace, tmp_path / "too-weak.xlsx", privacy="anonymised", k=3)


ROWS = st.lists(st.fixed_dictionaries({
    "region": st.sampled_from(["baku", "guba_khachmaz", "nakhchivan", "karabakh"]),
    "age_band": st.sampled_from(["under_18", "18_24", "25_34", "35_44", "45_plus"]),
    "sex": st.sampled_from(["female", "male", "prefer_not_to_say"]),
    "interview_date": st.sampled_from(["2026-01-03", "2026-02-14", "2026-03-30", "2025-12-01"]),
    "exploitation_type": st.sampled_from(["labour", "sexual", "domestic_servitude"]),
}), min_size=5, max_size=60)


@settings(max_examples=60, deadline=None)
@given(rows=ROWS, k=st.integers(min_value=2, max_value=6), l=st.integers(min_value=1, max_value=2))
def test_anonymised_rows_are_k_anonymous(rows, k, l):
    # Was: k_anonymise kept every row (suppressed cells matching anything). Now: strict k and l on
    # what is published; whole records left out, at most 20 % here; every other value untouched.
    quasi = ["region", "age_band", "sex", "interview_date"]
    built = builtin_hierarchies()
    hierarchies = [built.get(q) or suppression_hierarchy(q) for q in quasi]
    try:
        release = anonymise("t", rows, hierarchies, ["exploitation_type"], k=k, l=l, max_suppressed=0.2)
    except AnonymisationRefused:
        assert len(rows) < k or len({r["exploitation_type"] for r in rows}) < l
        return
    released = release.rows
    assert len(released) >= len(rows) - int(0.2 * len(rows))
    if released:
        assert _k_of(released, quasi) >= k and release.report.k_reached >= k
        groups: dict = {}
        for row in released:
            groups.setdefault(tuple(row[q] for q in quasi), set()).add(row["exploitation_type"])
        assert min(len(v) for v in groups.values()) >= l
    assert Counter(r["exploitation_type"] for r in released) <= Counter(r["exploitation_type"] for r in rows)


def test_scrub_command_reads_lines(tmp_path):
    text = "Mənim adım Leyla Həsənova.\nCall +994 50 123 45 67 in Baku\n"
    result = subprocess.run([sys.executable, "-m", "fieldkit", "scrub"], input=text, capture_output=True,
                            text=True, encoding="utf-8", timeout=60)
    assert result.returncode == 0
    assert result.stdout == "Mənim adım [NAME].\nCall [PHONE] in Baku\n"


def test_keys_new_from_the_cli(tmp_path, monkeypatch, capsys, db_path, passphrase):
    monkeypatch.setenv("FIELDKIT_KEY_PASSPHRASE", KEY_PASSPHRASE)
    assert main(["keys", "new", "--out", str(tmp_path / "k")]) == 0
    public = next((tmp_path / "k").glob("*pub*.pem"))
    assert main(["--db", str(db_path), "keys", "install", str(public)]) == 0
    assert "installed" in capsys.readouterr().out
    assert main(["--db", str(db_path), "keys", "install", str(tmp_path / "k")]) == 1
