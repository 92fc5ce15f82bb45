"""An XLSForm someone else wrote (KoboToolbox style) installs and behaves as ODK would."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from fieldkit.cli import main

SURVEY = [
    {"type": "start", "name": "start"},
    {"type": "today", "name": "today"},
    {"type": "begin_group", "name": "hh", "label::English (en)": "Household", "label::Français (fr)": "Ménage"},
    {"type": "date", "name": "visit", "label::English (en)": "Visit date", "label::Français (fr)": "Date",
     "required": "true", "constraint": ". <= today()", "constraint_message::English (en)": "Not in the future"},
    {"type": "select_one region", "name": "region", "label::English (en)": "Region", "label::Français (fr)": "Région",
     "required": "true"},
    {"type": "select_one district", "name": "district", "label::English (en)": "District",
     "label::Français (fr)": "District", "required": "true", "choice_filter": "region=${region}"},
    {"type": "text", "name": "phone", "label::English (en)": "Phone", "label::Français (fr)": "Téléphone",
     "constraint": "regex(., '^\\+994[0-9]{9}$')", "constraint_message::English (en)": "Format +994XXXXXXXXX"},
    {"type": "integer", "name": "members", "label::English (en)": "Members", "label::Français (fr)": "Membres",
     "required": "true", "constraint": ". > 0 and . <= 30"},
    {"type": "end_group"},
    {"type": "begin_repeat", "name": "member", "label::English (en)": "Member", "label::Français (fr)": "Membre",
     "repeat_count": "${members}"},
    {"type": "integer", "name": "age", "label::English (en)": "Age", "label::Français (fr)": "Âge",
     "required": "true", "constraint": ". >= 0"},
    {"type": "select_one yn", "name": "works", "label::English (en)": "Works?", "label::Français (fr)": "Travaille?",
     "relevant": "${age} >= 15", "required": "true"},
    {"type": "end_repeat"},
    {"type": "calculate", "name": "workers", "calculation": "count-non-empty(${works})"},
    {"type": "calculate", "name": "adults", "calculation": "sum(if(${age} >= 18, 1, 0))"},
    {"type": "select_one yn", "name": "needs_help", "label::English (en)": "Needs help?",
     "label::Français (fr)": "Besoin d'aide?"},
    {"type": "text", "name": "help_what", "label::English (en)": "What help?", "label::Français (fr)": "Quelle aide?",
     "relevant": "selected(${needs_help}, 'yes')", "required": "true"},
]
CHOICES = [
    {"list_name": "yn", "name": "yes", "label::English (en)": "Yes", "label::Français (fr)": "Oui"},
    {"list_name": "yn", "name": "no", "label::English (en)": "No", "label::Français (fr)": "Non"},
    {"list_name": "region", "name": "north", "label::English (en)": "North", "label::Français (fr)": "Nord"},
    {"list_name": "region", "name": "south", "label::English (en)": "South", "label::Français (fr)": "Sud"},
    {"list_name": "district", "name": "guba", "label::English (en)": "Guba", "label::Français (fr)": "Guba",
     "region": "north"},
    {"list_name": "district", "name": "lankaran", "label::English (en)": "Lankaran",
     "label::Français (fr)": "Lankaran", "region": "south"},
]
SETTINGS = {"form_title": "Household visit", "form_id": "hh_visit", "version": "2024051501",
            "default_language": "English (en)"}

GOOD = {"visit": "2026-11-01", "region": "north", "district": "guba", "phone": "+994501234567", "members": 2,
        "member": [{"age": 40, "works": "yes"}, {"age": 8}], "needs_help": "no"}


@pytest.fixture
def installed(capsys, xlsform, db_path, passphrase):
    path = xlsform(SURVEY, CHOICES, SETTINGS, name="hh_visit.xlsx")
    assert main(["forms", "check", str(path)]) == 0
    assert main(["--db", str(db_path), "forms", "add", str(path)]) == 0
    capsys.readouterr()
    return db_path


def add(capsys, monkeypatch, db_path, record):
    import io
    import sys

    monkeypatch.setattr(sys, "stdin", io.StringIO(json.dumps(record)))
    code = main(["--db", str(db_path), "add", "hh_visit", "--json", "-"])
    return code, capsys.readouterr().err.strip()


def test_accepts_a_valid_record_and_computes(capsys, monkeypatch, installed):
    code, err = add(capsys, monkeypatch, installed, GOOD)
    assert (code, err) == (0, "")
    assert main(["--db", str(installed), "list", "hh_visit", "--json"]) == 0
    (row,) = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert row["workers"] == "1" and row["adults"] == "1"
    assert row["member"][1]["works"] is None  # a child: 'works' not relevant
    assert row["today"] == dt.date.today().isoformat() and row["start"]
    assert row["help_what"] is None


@pytest.mark.parametrize(
    ("change", "words"),
    [
        ({"visit": "2999-01-01"}, "field visit: Not in the future"),
        ({"district": "lankaran"}, "field district: 'lankaran' is not among the choices offered"),
        ({"phone": "0501234567"}, "field phone: Format +994XXXXXXXXX"),
        ({"members": 0}, "field members"),
        ({"member": [{"age": 40}, {"age": 8}]}, "field member[1]/works: This answer is required."),
        ({"needs_help": "yes"}, "field help_what: This answer is required."),
        ({"member": [{"age": -1}, {"age": 8}]}, "field member[1]/age"),
    ],
    ids=["today", "choice-filter", "regex", "constraint", "repeat-required", "relevant-required", "repeat-constraint"],
)
def test_refuses_as_odk_would(capsys, monkeypatch, installed, change, words):
    code, err = add(capsys, monkeypatch, installed, {**GOOD, **change})
    assert code == 1 and words in err
    assert main(["--db", str(installed), "list", "hh_visit", "--json"]) == 0
    assert capsys.readouterr().out == ""


def test_repeat_count_drops_extra_instances(capsys, monkeypatch, installed):
    record = {**GOOD, "members": 1, "member": [{"age": 40, "works": "no"}, {"age": 8}]}
    assert add(capsys, monkeypatch, installed, record) == (0, "")
    main(["--db", str(installed), "list", "hh_visit", "--json"])
    (row,) = [json.loads(line) for line in capsys.readouterr().out.splitlines()]
    assert len(row["member"]) == 1
