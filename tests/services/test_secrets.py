"""Secrets (issue 20, point 7; unseal's copy from point 5): HQ's key file, one passphrase rule,
passwords from the environment or a prompt, unseal's copy protected, no message quoting a marked answer."""

from __future__ import annotations

import io
import os
import subprocess
import sys
import zipfile

import openpyxl
import pytest

from fieldkit.cli import main
from fieldkit.exchange.encryption import decrypt, is_encrypted
from fieldkit.services import key_file
from fieldkit.services.export import export_workbook
from fieldkit.services.privacy import install_public_key
from fieldkit.services.records import BatchError, add_json_records
from fieldkit.services.sealing import KeyError_, is_sealed, key_id, load_private_key, new_key_pair, unseal

KEY_PASSPHRASE = "hq key passphrase 2026"
PHONE = "+994 55 321 77 88"
VICTIM = {"consent": "yes", "interview_date": "2026-11-01", "region": "guba_khachmaz", "age_band": "25_34",
          "sex": "female", "nationality": "azerbaijani", "exploitation_type": ["labour"], "destination": "russia",
          "services_received": ["shelter"], "satisfaction_overall": 4, "treated_with_respect": "yes",
          "contact": f"{PHONE}, Leyla Qənbərova"}
POSIX = os.name == "posix"


def _mode(path) -> int:
    return path.stat().st_mode & 0o777


def test_hq_key_file_is_scrypt_costlier_than_the_database_mode_0600_written_atomically(tmp_path):
    private, public = new_key_pair(tmp_path / "keys", KEY_PASSPHRASE)
    text = private.read_text(encoding="utf-8")
    assert text.startswith(key_file.BEGIN) and "KDF: scrypt" in text and "Cipher: AES-256-GCM" in text
    n = int(text.split("KDF-N: ")[1].split()[0])
    r = int(text.split("KDF-R: ")[1].split()[0])
    assert n >= 2**17 and 128 * n * r >= 128 * 2**20  # 128 MiB a guess; SQLCipher's PBKDF2 needs none
    if POSIX:
        assert _mode(private) == 0o600
    assert sorted(p.name for p in private.parent.iterdir()) == sorted([private.name, public.name])  # no .part
    key = load_private_key(private, KEY_PASSPHRASE)
    assert key_id(key.public_key()) in private.name
    with pytest.raises(KeyError_, match="wrong key passphrase"):
        load_private_key(private, "not the passphrase")
    (tmp_path / "crlf.pem").write_bytes(private.read_bytes().replace(b"\n", b"\r\n"))  # saved by Notepad
    assert key_id(load_private_key(tmp_path / "crlf.pem", KEY_PASSPHRASE).public_key()) == key_id(key.public_key())
    cheaper = text.replace(f"KDF-N: {n}", "KDF-N: 16384")  # a parameter changed: the header is authenticated
    (tmp_path / "cheaper.pem").write_text(cheaper, encoding="utf-8")
    with pytest.raises(KeyError_, match="cheaper.pem"):
        load_private_key(tmp_path / "cheaper.pem", KEY_PASSPHRASE)
    greedy = text.replace(f"KDF-N: {n}", f"KDF-N: {2**30}")  # a file asking for 1 TB is refused before scrypt
    (tmp_path / "greedy.pem").write_text(greedy, encoding="utf-8")
    with pytest.raises(KeyError_, match="unusable parameters"):
        load_private_key(tmp_path / "greedy.pem", KEY_PASSPHRASE)


def _legacy_key(folder):
    """A key file as fieldkit wrote it before: PKCS#8, BestAvailableEncryption (PBKDF2, 2,048 iterations)."""
    from cryptography.hazmat.primitives import serialization
    from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey

    folder.mkdir()
    private = X25519PrivateKey.generate()
    kid = key_id(private.public_key())
    path = folder / f"fieldkit-hq-{kid}-private.pem"
    path.write_bytes(private.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                                           serialization.BestAvailableEncryption(KEY_PASSPHRASE.encode())))
    public = folder / f"fieldkit-hq-{kid}-pub.pem"
    public.write_bytes(private.public_key().public_bytes(serialization.Encoding.PEM,
                                                         serialization.PublicFormat.SubjectPublicKeyInfo))
    return path, public


def test_an_old_key_still_opens_says_so_and_is_rewrapped(tmp_path, workspace, capsys, monkeypatch):
    private, public = _legacy_key(tmp_path / "old")
    assert key_file.is_legacy(private)
    install_public_key(workspace, public)
    (record,) = add_json_records(workspace, "vot_feedback", [(1, VICTIM)])
    sealed = record.data["contact"]
    bound = {"record": record.uuid, "field": "contact"}
    assert unseal(load_private_key(private, KEY_PASSPHRASE), sealed, **bound) == VICTIM["contact"]
    export_workbook(workspace, tmp_path / "sealed.xlsx", password="export password 1")
    monkeypatch.setenv("FIELDKIT_KEY_PASSPHRASE", KEY_PASSPHRASE)
    monkeypatch.setenv("FIELDKIT_IMPORT_PASSWORD", "export password 1")
    assert main(["unseal", str(tmp_path / "sealed.xlsx"), "--key", str(private), "--out",
                 str(tmp_path / "open.xlsx")]) == 0
    assert f"fieldkit keys rewrap {private}" in capsys.readouterr().err  # the old key works, and says so
    assert main(["keys", "rewrap", str(private)]) == 0
    assert "rewrapped" in capsys.readouterr().out
    assert not key_file.is_legacy(private) and "KDF: scrypt" in private.read_text()
    if POSIX:
        assert _mode(private) == 0o600
    assert unseal(load_private_key(private, KEY_PASSPHRASE), sealed, **bound) == VICTIM["contact"]  # the same key
    assert main(["unseal", str(tmp_path / "sealed.xlsx"), "--key", str(private), "--out",
                 str(tmp_path / "open-2.xlsx")]) == 0
    assert "rewrap" not in capsys.readouterr().err
    monkeypatch.setenv("FIELDKIT_NEW_KEY_PASSPHRASE", "a new key passphrase")
    assert main(["keys", "rewrap", str(private)]) == 0
    assert unseal(load_private_key(private, "a new key passphrase"), sealed, **bound) == VICTIM["contact"]
    with pytest.raises(KeyError_, match="wrong key passphrase"):
        load_private_key(private, KEY_PASSPHRASE)
    monkeypatch.setenv("FIELDKIT_KEY_PASSPHRASE", "a new key passphrase")
    monkeypatch.setenv("FIELDKIT_NEW_KEY_PASSPHRASE", "short")
    before = private.read_bytes()
    assert main(["keys", "rewrap", str(private)]) == 1
    assert "at least 8 characters" in capsys.readouterr().err and private.read_bytes() == before


@pytest.mark.parametrize("secret", ["x", "seven77"])
def test_the_window_rule_holds_on_the_command_line(tmp_path, capsys, monkeypatch, secret):
    db = tmp_path / "new.db"
    monkeypatch.setenv("FIELDKIT_PASSPHRASE", secret)
    assert main(["--db", str(db), "forms", "list"]) == 1
    assert "database passphrase needs at least 8 characters" in capsys.readouterr().err and not db.exists()
    monkeypatch.setenv("FIELDKIT_PASSPHRASE", "a good passphrase")
    assert main(["--db", str(db), "forms", "list"]) == 0
    capsys.readouterr()
    monkeypatch.setenv("FIELDKIT_PASSPHRASE", secret)  # an existing database opens with what it has (wrong here)
    assert main(["--db", str(db), "forms", "list"]) == 1
    assert "at least 8" not in capsys.readouterr().err
    monkeypatch.setenv("FIELDKIT_PASSPHRASE", "a good passphrase")
    monkeypatch.setenv("FIELDKIT_EXPORT_PASSWORD", secret)
    assert main(["--db", str(db), "export", "--out", str(tmp_path / "out.xlsx")]) == 1
    assert "export password needs at least 8" in capsys.readouterr().err and not (tmp_path / "out.xlsx").exists()
    monkeypatch.setenv("FIELDKIT_KEY_PASSPHRASE", secret)
    assert main(["keys", "new", "--out", str(tmp_path / "keys")]) == 1
    assert "key passphrase needs at least 8" in capsys.readouterr().err
    assert not list((tmp_path / "keys").glob("*")) if (tmp_path / "keys").exists() else True


def test_passwords_come_from_the_environment_and_the_flag_is_warned(tmp_path, capsys, monkeypatch, db_path,
                                                                    passphrase):
    monkeypatch.setenv("FIELDKIT_EXPORT_PASSWORD", "from the environment")
    assert main(["--db", str(db_path), "demo"]) == 0
    assert main(["--db", str(db_path), "export", "--out", str(tmp_path / "env.xlsx")]) == 0
    assert capsys.readouterr().err == ""
    assert is_encrypted(tmp_path / "env.xlsx")
    assert zipfile.is_zipfile(io.BytesIO(decrypt(tmp_path / "env.xlsx", "from the environment")))
    monkeypatch.delenv("FIELDKIT_EXPORT_PASSWORD")
    assert main(["--db", str(db_path), "export", "--out", str(tmp_path / "flag.xlsx"), "--password",
                 "given on the line"]) == 0
    err = capsys.readouterr().err
    assert "visible to other users in the process list" in err and "FIELDKIT_EXPORT_PASSWORD" in err
    assert zipfile.is_zipfile(io.BytesIO(decrypt(tmp_path / "flag.xlsx", "given on the line")))
    monkeypatch.setenv("FIELDKIT_IMPORT_PASSWORD", "given on the line")
    other = tmp_path / "hq.db"
    assert main(["--db", str(other), "import", str(tmp_path / "flag.xlsx")]) == 0
    assert "inserted" in capsys.readouterr().out


def test_asking_for_a_password_without_a_terminal_says_what_to_set(tmp_path, db_path):
    environment = dict(os.environ, FIELDKIT_PASSPHRASE="a good passphrase")
    result = subprocess.run([sys.executable, "-m", "fieldkit", "--db", str(db_path), "export", "--out",
                             str(tmp_path / "x.xlsx"), "--ask-password"], stdin=subprocess.DEVNULL,
                            capture_output=True, text=True, env=environment, timeout=120)
    assert result.returncode == 1 and "FIELDKIT_EXPORT_PASSWORD" in result.stderr
    assert not (tmp_path / "x.xlsx").exists()


@pytest.fixture
def sealed_laptop(tmp_path, workspace):
    private, public = new_key_pair(tmp_path / "keys", KEY_PASSPHRASE)
    install_public_key(workspace, public)
    add_json_records(workspace, "vot_feedback", [(1, VICTIM)])
    export_workbook(workspace, tmp_path / "sealed.xlsx", password="laptop export pw")
    export_workbook(workspace, tmp_path / "unlocked.xlsx", allow_unencrypted=True)
    return private


def _contact(data: bytes) -> str:
    book = openpyxl.load_workbook(io.BytesIO(data))
    sheet = book["vot_feedback"]
    header = [c.value for c in sheet[1]]
    return sheet[2][header.index("contact")].value


def test_unseal_protects_its_copy_with_the_input_password_or_another(tmp_path, sealed_laptop, capsys,
                                                                     monkeypatch):
    private = sealed_laptop
    monkeypatch.setenv("FIELDKIT_KEY_PASSPHRASE", KEY_PASSPHRASE)
    monkeypatch.setenv("FIELDKIT_IMPORT_PASSWORD", "laptop export pw")
    same = tmp_path / "same.xlsx"
    assert main(["unseal", str(tmp_path / "sealed.xlsx"), "--key", str(private), "--out", str(same)]) == 0
    assert "protected by a password" in capsys.readouterr().out
    assert is_encrypted(same) and _contact(decrypt(same, "laptop export pw")) == VICTIM["contact"]
    monkeypatch.setenv("FIELDKIT_EXPORT_PASSWORD", "an hq password")
    other = tmp_path / "other.xlsx"
    assert main(["unseal", str(tmp_path / "sealed.xlsx"), "--key", str(private), "--out", str(other)]) == 0
    assert _contact(decrypt(other, "an hq password")) == VICTIM["contact"]
    monkeypatch.setenv("FIELDKIT_EXPORT_PASSWORD", "short")
    assert main(["unseal", str(tmp_path / "sealed.xlsx"), "--key", str(private), "--out",
                 str(tmp_path / "weak.xlsx")]) == 1
    assert "at least 8" in capsys.readouterr().err and not (tmp_path / "weak.xlsx").exists()


def test_unseal_of_a_file_without_password_needs_one_or_says_no_password(tmp_path, sealed_laptop, capsys,
                                                                          monkeypatch):
    private = sealed_laptop
    monkeypatch.setenv("FIELDKIT_KEY_PASSPHRASE", KEY_PASSPHRASE)
    refused = tmp_path / "refused.xlsx"
    assert main(["unseal", str(tmp_path / "unlocked.xlsx"), "--key", str(private), "--out", str(refused)]) == 1
    err = capsys.readouterr().err
    assert "--no-password" in err and err.count("\n") == 1 and not refused.exists()
    clear = tmp_path / "clear.xlsx"
    assert main(["unseal", str(tmp_path / "unlocked.xlsx"), "--key", str(private), "--out", str(clear),
                 "--no-password"]) == 0
    assert "without a password" in capsys.readouterr().out
    assert not is_encrypted(clear) and _contact(clear.read_bytes()) == VICTIM["contact"]


def test_no_message_quotes_an_answer_of_a_marked_field(workspace):
    pasted = {**VICTIM, "region": PHONE}  # a contact pasted into a choice field (quasi)
    pasted.pop("contact")
    with pytest.raises(BatchError) as refused:
        add_json_records(workspace, "vot_feedback", [(1, pasted)])
    text = str(refused.value)
    assert "region" in text and "not shown" in text and "994" not in text
    dated = {**pasted, "region": "baku", "interview_date": PHONE}  # into a date (quasi)
    with pytest.raises(BatchError) as refused:
        add_json_records(workspace, "vot_feedback", [(1, dated)])
    assert "interview_date" in str(refused.value) and "994" not in str(refused.value)
    # A field without a privacy mark still quotes what was typed: the message says what is wrong.
    kii = {"interview_date": "2026-11-02", "place": "nowhere-town", "mode": "in_person", "institutions": ["MFA"],
           "women": 1, "men": 1, "duration_min": 60, "consent": "no"}
    with pytest.raises(BatchError, match="nowhere-town"):
        add_json_records(workspace, "kii", [(1, kii)])


def test_an_import_refusal_names_the_column_not_the_marked_answer(tmp_path, workspace, passphrase):
    from fieldkit.services.merge import merge_workbooks
    from fieldkit.services.workspace import Workspace

    no_contact = {k: v for k, v in VICTIM.items() if k != "contact"}
    add_json_records(workspace, "vot_feedback", [(1, no_contact)])
    out = tmp_path / "laptop.xlsx"
    export_workbook(workspace, out, allow_unencrypted=True)
    book = openpyxl.load_workbook(out)
    sheet = book["vot_feedback"]
    header = [c.value for c in sheet[1]]
    sheet.cell(row=2, column=header.index("region") + 1, value=PHONE)
    book.save(out)
    with Workspace.open(tmp_path / "hq.db", "hq passphrase") as hq:
        with pytest.raises(ValueError) as refused:
            merge_workbooks(hq, [out], accept_edits=True)
    text = str(refused.value)
    assert "region" in text and "994" not in text, text
    assert not is_sealed(text)


@pytest.mark.skipif(not POSIX, reason="a pseudo-terminal")
def test_ask_password_prompts_on_the_terminal_twice_for_a_new_one(tmp_path, db_path):
    import pty

    def on_a_terminal(args: list[str], answers: list[str]) -> tuple[int, str]:
        environment = dict(os.environ, FIELDKIT_PASSPHRASE="a good passphrase")
        environment.pop("FIELDKIT_EXPORT_PASSWORD", None)
        pid, terminal = pty.fork()
        if pid == 0:  # the child: its terminal is the pseudo-terminal, as a person's would be
            os.execve(sys.executable, [sys.executable, "-m", "fieldkit", *args], environment)
        seen = b""
        for answer in answers:
            while b": " not in seen.rsplit(b"\n", 1)[-1]:
                seen += os.read(terminal, 1024)
            os.write(terminal, answer.encode() + b"\n")
            seen += b"\n"
        while True:
            try:
                chunk = os.read(terminal, 1024)
            except OSError:  # the child ended
                break
            if not chunk:
                break
            seen += chunk
        _, status = os.waitpid(pid, 0)
        return os.waitstatus_to_exitcode(status), seen.decode(errors="replace")

    code, seen = on_a_terminal(["--db", str(db_path), "export", "--out", str(tmp_path / "asked.xlsx"),
                                "--ask-password"], ["typed on the terminal", "typed on the terminal"])
    assert code == 0, seen
    assert "typed on the terminal" not in seen  # not echoed
    assert zipfile.is_zipfile(io.BytesIO(decrypt(tmp_path / "asked.xlsx", "typed on the terminal")))
    code, seen = on_a_terminal(["--db", str(db_path), "export", "--out", str(tmp_path / "differ.xlsx"),
                                "--ask-password"], ["typed on the terminal", "something else"])
    assert code == 1 and "differ" in seen and not (tmp_path / "differ.xlsx").exists()
