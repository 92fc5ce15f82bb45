"""Signed workbooks: a laptop signs its export's manifest; HQ verifies it, pins each laptop's key on
its first import and refuses forgeries (issue 13, point 3). Real exports, read back by the real import."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import openpyxl
import pytest
from hostile import fabricated_record, forged_same_revision, rehashed_edit, resign

from fieldkit.services import signing
from fieldkit.services.export import export_workbook
from fieldkit.services.merge import ImportRefused, merge_workbooks
from fieldkit.services.records import add_json_records
from fieldkit.services.workspace import Workspace

KII = {"interview_date": "2026-11-02", "place": "baku", "mode": "in_person", "institutions": ["MFA", "SMS"],
       "women": 1, "men": 2, "duration_min": 60, "consent": "yes", "relevance": "Çox aktualdır — очень актуально"}


@pytest.fixture(params=[False, True], ids=["here", "second-process"])
def parallel(request):
    """Read the sheets in this process, or in a second one (what a big file gets)."""
    return request.param


def _open(tmp_path: Path, name: str, monkeypatch) -> Workspace:
    monkeypatch.setenv("FIELDKIT_CONFIG_DIR", str(tmp_path / f"config-{name}"))
    return Workspace.open(tmp_path / f"{name}.db", f"passphrase {name}", create=True)


@pytest.fixture
def exported(tmp_path, monkeypatch) -> Path:
    """A laptop's genuine export (two interviews, one focus group with repeats); the environment is
    then HQ's."""
    with _open(tmp_path, "laptop", monkeypatch) as laptop:
        add_json_records(laptop, "kii", [(1, KII), (2, {**KII, "place": "guba"})])
        fgd = {"fgd_date": "2026-11-01", "place": "guba", "topic": "Referral", "participant_groups": ["officials"],
               "women": 3, "men": 2, "consent": "yes", "discussion": [{"question": "Q1", "notes": "N1"}]}
        add_json_records(laptop, "fgd", [(1, fgd)])
        export_workbook(laptop, tmp_path / "laptop.xlsx")
    monkeypatch.setenv("FIELDKIT_CONFIG_DIR", str(tmp_path / "config-hq"))
    return tmp_path / "laptop.xlsx"


@pytest.fixture
def hq(tmp_path, exported):
    with Workspace.open(tmp_path / "hq.db", "passphrase hq", create=True) as workspace:
        yield workspace


def _values(path: Path) -> dict[str, str]:
    book = openpyxl.load_workbook(path, read_only=True)
    values = {}
    for row in book["_manifest"].iter_rows(values_only=True):
        if row and row[0] == "sheet":
            break
        if row and row[0]:
            values[row[0]] = row[1]
    book.close()
    return values


def _snapshot(workspace: Workspace) -> dict[str, list]:
    return {table: workspace.db.execute(f"SELECT * FROM {table} ORDER BY 1").fetchall()
            for table in ("records", "record_history", "record_ancestors", "conflicts", "devices", "audit")}


def test_the_manifest_is_signed_with_the_laptops_own_key(tmp_path, monkeypatch):
    with _open(tmp_path, "one", monkeypatch) as one:
        add_json_records(one, "kii", [(1, KII)])
        export_workbook(one, tmp_path / "a.xlsx")
        export_workbook(one, tmp_path / "b.xlsx")
        own = signing.own_fingerprint(one)
    with _open(tmp_path, "two", monkeypatch) as two:
        other = signing.own_fingerprint(two)
    a, b = _values(tmp_path / "a.xlsx"), _values(tmp_path / "b.xlsx")
    assert a["format_version"] == "2" and a["signed_by"] == b["signed_by"]  # one key per database, kept
    assert a["key_fingerprint"] == own == signing.fingerprint(a["signed_by"]) != other
    assert len(a["signature"]) == 128 and a["signature"] != b["signature"]
    assert len(a["forms_sha256"]) == 64


def test_a_genuine_export_imports_pins_its_laptop_and_reimports_unchanged(hq, exported, parallel):
    fingerprint = _values(exported)["key_fingerprint"]
    dry = merge_workbooks(hq, [exported], parallel=parallel, dry_run=True)
    assert dry.line().endswith(f"key fingerprint {fingerprint}, would be trusted on first use")
    assert hq.db.execute("SELECT count(*) FROM devices").fetchone()[0] == 0
    first = merge_workbooks(hq, [exported], parallel=parallel)
    assert (first.inserted, first.edited_outside, first.refused) == (3, 0, 0)
    assert first.new_devices == [(hq.device_name, fingerprint)]
    assert first.line().endswith(f"; new laptop {hq.device_name}, key fingerprint {fingerprint}, trusted on first use")
    again = merge_workbooks(hq, [exported], parallel=parallel)
    assert (again.inserted, again.updated, again.unchanged, again.new_devices) == (0, 0, 3, [])
    [device] = hq.db.execute("SELECT device_id, fingerprint, files FROM devices").fetchall()
    assert device == (_values(exported)["device_id"], fingerprint, 2)
    imports = [json.loads(d) for (d,) in hq.db.execute("SELECT detail FROM audit WHERE action = 'import' "
                                                        "AND record_uuid IS NULL ORDER BY id")]
    assert [(i["new_laptop"], i["key"]) for i in imports] == [(True, fingerprint), (False, fingerprint)]


@pytest.mark.parametrize("forge", [rehashed_edit, fabricated_record], ids=["rehashed-edit", "fabricated-record"])
def test_a_forged_manifest_is_refused_after_the_genuine_file(tmp_path, hq, exported, parallel, forge):
    merge_workbooks(hq, [exported], parallel=parallel)
    forged = forge(exported, tmp_path)
    before = _snapshot(hq)
    with pytest.raises(ImportRefused, match=f"^{forged.name}: the manifest's signature does not match: "
                                            "altered after export$"):
        merge_workbooks(hq, [forged], parallel=parallel)
    assert _snapshot(hq) == before


def test_a_forged_revision_cannot_hide_the_genuine_one(tmp_path, hq, exported, parallel):
    forged = forged_same_revision(exported, tmp_path)
    with pytest.raises(ImportRefused, match="signature does not match"):
        merge_workbooks(hq, [forged], parallel=parallel)
    assert merge_workbooks(hq, [exported], parallel=parallel).inserted == 3


def test_a_row_edited_in_excel_stays_edited_outside_fieldkit(tmp_path, hq, exported, parallel):
    book = openpyxl.load_workbook(exported)
    sheet = book["kii"]
    header = [c.value for c in sheet[1]]
    sheet.cell(row=2, column=header.index("women") + 1, value=9)
    book.save(tmp_path / "edited.xlsx")
    summary = merge_workbooks(hq, [tmp_path / "edited.xlsx"], parallel=parallel)
    assert (summary.inserted, summary.edited_outside) == (2, 1)


def test_a_file_resigned_with_another_key_is_refused_until_trusted(tmp_path, hq, exported, capsys):
    merge_workbooks(hq, [exported])
    device_id, known = _values(exported)["device_id"], _values(exported)["key_fingerprint"]
    copy = tmp_path / "reinstalled.xlsx"
    copy.write_bytes(exported.read_bytes())
    resign(copy)
    new = _values(copy)["key_fingerprint"]
    before = _snapshot(hq)
    with pytest.raises(ImportRefused) as caught:
        merge_workbooks(hq, [copy])
    message = str(caught.value)
    assert message == (f"reinstalled.xlsx, laptop {_values(exported)['device_name']} signs with a new key; if "
                       f"reinstalled, check its fingerprint with the owner, then run "
                       f"`fieldkit devices trust {device_id} reinstalled.xlsx`")
    assert len(message) < 200  # one line that says what and what to do (it ran to about 340)
    assert _snapshot(hq) == before
    hq.close()

    env = dict(os.environ, FIELDKIT_PASSPHRASE="passphrase hq")
    trust = _cli(tmp_path, env, "devices", "trust", device_id, str(copy))
    assert trust.returncode == 0, trust.stderr
    assert trust.stdout.strip().endswith(f"key {new} trusted instead of {known}")
    listed = _cli(tmp_path, env, "devices", "--json")
    [device] = [json.loads(line) for line in listed.stdout.splitlines()]
    assert (device["device_id"], device["fingerprint"], device["files"]) == (device_id, new, 1)
    imported = _cli(tmp_path, env, "import", str(copy))
    assert imported.returncode == 0 and "0 inserted, 0 updated, 3 unchanged" in imported.stdout, imported.stderr
    refused = _cli(tmp_path, env, "import", str(exported))  # the old key is no longer trusted
    assert refused.returncode == 1 and refused.stderr.count("\n") == 1
    assert "signs with a new key; if reinstalled" in refused.stderr
    with Workspace.open(tmp_path / "hq.db", "passphrase hq") as again:
        trusted = [json.loads(d) for (d,) in again.db.execute("SELECT detail FROM audit WHERE action = 'device_trust'")]
    assert trusted == [{"device": device_id, "file": "reinstalled.xlsx", "fingerprint": new, "name": device["name"],
                        "previous": known}]


def _cli(tmp_path: Path, env: dict[str, str], *args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "fieldkit", "--db", str(tmp_path / "hq.db"), *args],
                          capture_output=True, text=True, env=env, timeout=120, encoding="utf-8")


def test_trust_needs_a_validly_signed_file_of_that_laptop(tmp_path, hq, exported):
    from fieldkit.services.devices import trust

    with pytest.raises(ValueError, match="comes from laptop .* not someone-else"):
        trust(hq, "someone-else", exported)
    forged = fabricated_record(exported, tmp_path)
    with pytest.raises(ImportRefused, match="signature does not match"):
        trust(hq, _values(exported)["device_id"], forged)
    assert hq.db.execute("SELECT count(*) FROM devices").fetchone()[0] == 0


def test_two_files_of_one_new_laptop_with_two_keys_are_refused_together(tmp_path, hq, exported, parallel):
    copy = tmp_path / "other-key.xlsx"
    copy.write_bytes(exported.read_bytes())
    resign(copy)
    before = _snapshot(hq)
    with pytest.raises(ImportRefused, match="other-key.xlsx, laptop .* signs with a new key"):
        merge_workbooks(hq, [exported, copy], parallel=parallel)
    assert _snapshot(hq) == before


def test_a_laptop_imports_its_own_export(tmp_path, monkeypatch, parallel):
    with _open(tmp_path, "laptop", monkeypatch) as laptop:
        add_json_records(laptop, "kii", [(1, KII)])
        export_workbook(laptop, tmp_path / "own.xlsx")
        summary = merge_workbooks(laptop, [tmp_path / "own.xlsx"], parallel=parallel)
        assert (summary.unchanged, summary.new_devices) == (1, [])
        assert laptop.db.execute("SELECT count(*) FROM devices").fetchone()[0] == 0


def test_the_laptop_shows_its_own_fingerprint(tmp_path, monkeypatch):
    env = dict(os.environ, FIELDKIT_PASSPHRASE="passphrase cli", FIELDKIT_CONFIG_DIR=str(tmp_path / "config"))
    shown = _cli(tmp_path, env, "devices", "--self", "--json")
    assert shown.returncode == 0, shown.stderr
    own = json.loads(shown.stdout)
    monkeypatch.setenv("FIELDKIT_CONFIG_DIR", str(tmp_path / "config"))
    with Workspace.open(tmp_path / "hq.db", "passphrase cli") as workspace:
        assert own["fingerprint"] == signing.own_fingerprint(workspace) == signing.fingerprint(own["public_key"])
        assert own["device_id"] == workspace.device_id


def test_the_signature_survives_awkward_text_and_a_resave(tmp_path, monkeypatch, parallel):
    """A laptop named with outer spaces, a would-be formula and three scripts; the file opened and saved
    again by a spreadsheet program (openpyxl here): the digest of what is read back is what was signed."""
    from fieldkit.services.device import rename_device

    with Workspace.open(tmp_path / "laptop.db", "laptop passphrase", create=True) as laptop:
        laptop.device_name = rename_device(laptop.db, "=Şəki ноутбук 'A' \"1\"").name
        add_json_records(laptop, "kii", [(1, {**KII, "interviewee_roles": "  +1 тест\nİlham  "})])
        export_workbook(laptop, tmp_path / "laptop.xlsx", since_last=True)
    book = openpyxl.load_workbook(tmp_path / "laptop.xlsx")
    book.save(tmp_path / "resaved.xlsx")
    monkeypatch.setenv("FIELDKIT_CONFIG_DIR", str(tmp_path / "config-hq"))
    with Workspace.open(tmp_path / "hq.db", "hq passphrase", create=True) as hq:
        summary = merge_workbooks(hq, [tmp_path / "resaved.xlsx", tmp_path / "laptop.xlsx"], parallel=parallel)
        assert (summary.inserted, summary.unchanged, summary.edited_outside) == (1, 1, 0)
        assert summary.new_devices[0][0] == "=Şəki ноутбук 'A' \"1\""
