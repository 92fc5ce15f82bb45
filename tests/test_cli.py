"""The headless CLI: same validation as the GUI, one-line errors, JSON in and out."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest

from fieldkit import __version__
from fieldkit.cli import COMMANDS, build_parser, main

GOOD = {
    "interview_date": "2026-11-02", "place": "nakhchivan", "mode": "in_person", "institutions": ["SMS", "MFA"],
    "women": 6, "men": 7, "duration_min": 90, "interpreter": "no", "consent": "yes",
    "relevance": "Layihə çox aktualdır; Проект очень актуален.",
}


def run(capsys, *args, stdin=None, monkeypatch=None):
    if stdin is not None:
        import io

        monkeypatch.setattr(sys, "stdin", io.StringIO(stdin))
    code = main(list(args))
    out = capsys.readouterr()
    return code, out.out, out.err


def test_add_then_list_json(capsys, db_path, passphrase, tmp_path):
    source = tmp_path / "kii.jsonl"
    other = dict(GOOD, place="other", place_other="Şərur", consent="no", institutions="NGO IOM")
    source.write_text(json.dumps(GOOD, ensure_ascii=False) + "\n" + json.dumps(other, ensure_ascii=False) + "\n",
                      encoding="utf-8")
    code, out, err = run(capsys, "--db", str(db_path), "add", "kii", "--json", str(source))
    assert (code, err) == (0, "")
    assert "2 record(s)" in out
    code, out, _ = run(capsys, "--db", str(db_path), "list", "kii", "--json")
    rows = [json.loads(line) for line in out.splitlines()]
    assert code == 0 and len(rows) == 2
    by_place = {r["place"]: r for r in rows}
    first = by_place["nakhchivan"]
    assert first["relevance"] == GOOD["relevance"]
    assert first["institutions"] == ["MFA", "SMS"]  # choice order of the form
    assert (first["revision"], first["status"]) == (1, "final")
    assert set(first) >= {"uuid", "revision", "status", "place_other", "quotes", "follow_up"}
    second = by_place["other"]
    assert second["place_other"] == "Şərur"
    assert second["institutions"] == ["NGO", "IOM"]
    assert second["relevance"] is None  # consent = no: criterion notes are not relevant


def test_a_bad_record_rejects_the_whole_batch(capsys, db_path, passphrase, monkeypatch):
    bad = dict(GOOD, women=0, men=0)
    lines = "\n".join(json.dumps(r) for r in (GOOD, GOOD, bad)) + "\n"
    code, out, err = run(capsys, "--db", str(db_path), "add", "kii", "--json", "-", stdin=lines,
                         monkeypatch=monkeypatch)
    assert code == 1
    assert err.count("\n") == 1
    assert "stdin, line 3, field men" in err
    code, out, _ = run(capsys, "--db", str(db_path), "list", "kii", "--json")
    assert out == ""


@pytest.mark.parametrize(
    ("change", "words"),
    [
        ({"place": "paris"}, "field place: 'paris' is not one of the choices"),
        ({"women": "many"}, "field women: 'many' is not a whole number"),
        ({"duration_min": 601}, "field duration_min: Between 1 and 600 minutes."),
        ({"interview_date": "2999-01-01"}, "field interview_date: The date cannot be in the future."),
        ({"institutions": []}, "field institutions: Choose at least one institution."),
        ({"institutions": ["KGB"]}, "field institutions: 'KGB' not among the choices"),
        ({"nickname": "x"}, "field nickname: form kii has no such field"),
        ({"place": "other"}, "field place_other: This answer is required."),
    ],
)
def test_invalid_records_name_line_and_field(capsys, db_path, passphrase, monkeypatch, change, words):
    code, _, err = run(capsys, "--db", str(db_path), "add", "kii", "--json", "-",
                       stdin=json.dumps(dict(GOOD, **change)), monkeypatch=monkeypatch)
    assert code == 1
    assert "line 1" in err and words in err


def test_space_separated_select_multiple_and_json_array(capsys, db_path, passphrase, monkeypatch):
    items = [dict(GOOD, institutions="MFA SMS"), dict(GOOD, institutions=["IOM"])]
    code, out, err = run(capsys, "--db", str(db_path), "add", "kii", "--json", "-", stdin=json.dumps(items),
                         monkeypatch=monkeypatch)
    assert (code, err) == (0, "")
    _, out, _ = run(capsys, "--db", str(db_path), "list", "kii", "--json")
    assert sorted(tuple(json.loads(line)["institutions"]) for line in out.splitlines()) == [("IOM",), ("MFA", "SMS")]


def test_forms_list_and_add(capsys, db_path, passphrase, xlsform):
    code, out, _ = run(capsys, "--db", str(db_path), "forms", "list")
    assert code == 0 and "kii" in out
    path = xlsform([{"type": "text", "name": "note_text", "label": "Text"}],
                   settings={"form_id": "extra", "version": "3", "form_title": "Extra form"})
    code, out, _ = run(capsys, "--db", str(db_path), "forms", "add", str(path))
    assert code == 0 and "extra version 3: added" in out
    code, out, _ = run(capsys, "--db", str(db_path), "forms", "list", "--json")
    assert {json.loads(line)["form_id"] for line in out.splitlines()} >= {"kii", "extra"}


def test_unknown_form_and_wrong_passphrase_are_one_line(capsys, db_path, passphrase, monkeypatch):
    code, _, err = run(capsys, "--db", str(db_path), "list", "nope")
    assert code == 1 and err.startswith("fieldkit: no form 'nope'") and err.count("\n") == 1
    monkeypatch.setenv("FIELDKIT_PASSPHRASE", "not the passphrase")
    code, _, err = run(capsys, "--db", str(db_path), "list", "kii")
    assert code == 1 and "wrong passphrase" in err and err.count("\n") == 1


def test_missing_passphrase_is_explained(capsys, db_path, monkeypatch):
    monkeypatch.delenv("FIELDKIT_PASSPHRASE", raising=False)
    code, _, err = run(capsys, "--db", str(db_path), "forms", "list")
    assert code == 1 and "FIELDKIT_PASSPHRASE" in err
    assert not db_path.exists()


def test_every_command_has_help():
    parser = build_parser()
    text = parser.format_help()
    assert "--db" in text and "--version" in text
    for command in COMMANDS:
        words = command.split()
        sub = parser
        for word in words:
            action = next(a for a in sub._actions if a.__class__.__name__ == "_SubParsersAction")
            sub = action.choices[word]
        assert sub.description, command


def _subprocess(*args, env_extra=None, stdin=""):
    env = dict(os.environ, **(env_extra or {}))
    return subprocess.run([sys.executable, "-m", "fieldkit", *args], capture_output=True, text=True, env=env,
                          input=stdin, timeout=120, encoding="utf-8")


def test_version_and_no_traceback_in_a_real_process(db_path):
    result = _subprocess("--version")
    assert result.returncode == 0 and __version__ in result.stdout
    result = _subprocess("--db", str(db_path), "add", "kii", "--json", "-", stdin="{not json",
                         env_extra={"FIELDKIT_PASSPHRASE": "passphrase-x"})
    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    assert result.stderr.count("\n") == 1 and "line 1: not valid JSON" in result.stderr


def test_headless_commands_do_not_import_qt(db_path):
    code = (
        "import sys; from fieldkit.cli import main; "
        f"rc = main(['--db', {str(db_path)!r}, 'forms', 'list']); "
        "assert rc == 0, rc; "
        "assert not any(m.startswith('PySide6') for m in sys.modules), 'PySide6 imported'"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                            env=dict(os.environ, FIELDKIT_PASSPHRASE="passphrase-x"), timeout=120)
    assert result.returncode == 0, result.stderr


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="a screen-less session is a Linux thing")
def test_window_without_a_display_is_one_line(db_path):
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    result = subprocess.run([sys.executable, "-m", "fieldkit", "--db", str(db_path)], capture_output=True, text=True,
                            env=env, timeout=120)
    assert result.returncode == 1
    assert result.stderr.startswith("fieldkit: no display") and result.stderr.count("\n") == 1


def test_demo_fills_all_five_forms(capsys, db_path, passphrase):
    assert main(["--db", str(db_path), "demo"]) == 0
    out = capsys.readouterr().out
    assert "13 kii" in out
    assert main(["--db", str(db_path), "forms", "list", "--json"]) == 0
    counts = {json.loads(line)["form_id"]: json.loads(line)["records"] for line in capsys.readouterr().out.splitlines()}
    assert all(counts[form] >= 3 for form in ("kii", "fgd", "training_event", "training_test", "vot_feedback"))
    assert main(["--db", str(db_path), "demo"]) == 1  # never on a database that has records


def test_db_may_come_after_the_command_too(capsys, tmp_path, passphrase):
    """`fieldkit demo --db PATH`, as the issue writes it, and `fieldkit forms list --db PATH`."""
    target = tmp_path / "after.db"
    assert main(["demo", "--db", str(target)]) == 0
    assert target.exists() and "13 kii" in capsys.readouterr().out
    assert main(["forms", "list", "--json", "--db", str(target)]) == 0
    counts = {json.loads(line)["form_id"]: json.loads(line)["records"] for line in capsys.readouterr().out.splitlines()}
    assert counts["kii"] == 13
    # Before the command it still works, and after it wins.
    assert main(["--db", str(tmp_path / "other.db"), "list", "kii", "--db", str(target)]) == 0
    assert capsys.readouterr().out.count("\n") >= 13
