"""Input nested 100,000 deep, numbers of 5,000 digits, 10 MB values, forged record ids: each is
refused in one short line that says where, by the real command (issue 13, points 6 and 10)."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest
from xlsform_maker import write_xlsform

from fieldkit.domain.messages import Message

KII = {"interview_date": "2026-11-02", "place": "baku", "mode": "in_person", "institutions": ["MFA"],
       "women": 1, "men": 2, "duration_min": 60, "consent": "yes"}


def fieldkit(tmp_path, *args):
    env = {**os.environ, "FIELDKIT_PASSPHRASE": "bounded passphrase", "FIELDKIT_CONFIG_DIR": str(tmp_path / "config")}
    done = subprocess.run([sys.executable, "-m", "fieldkit", "--db", str(tmp_path / "t.db"), *args],
                          capture_output=True, text=True, encoding="utf-8", env=env, timeout=120)
    return done.returncode, done.stdout, done.stderr


def one_line(err: str) -> str:
    assert err.count("\n") == 1 and err.startswith("fieldkit: "), err[:2000]
    assert len(err) < 400 and "Traceback" not in err and "please report" not in err, err[:2000]
    return err


@pytest.mark.parametrize(("text", "words"), [
    ("[" * 100_000 + "]" * 100_000, "line 1: refused, nested too deeply"),
    (json.dumps({**KII, "women": "7" * 5000}), "field women: '77777"),
    (json.dumps(KII)[:-1] + ', "men": ' + "7" * 5000 + "}", "line 1: refused, a number with too many digits"),
    (json.dumps({**KII, "duration_min": "ə" * (10 * 1024 * 1024)}), "field duration_min: 'əəə"),
    (json.dumps({**KII, "uuid": "0F8FAD5B-D9CB-469F-A165-70867728950E"}), "uuid: form kii has no such field"),
], ids=["deep", "5000-digit-text", "5000-digit-number", "10-MB-value", "given-uuid"])
def test_add_json_refuses_in_one_line(tmp_path, text, words):
    source = tmp_path / "records.json"
    source.write_text(text, encoding="utf-8")
    code, _, err = fieldkit(tmp_path, "add", "kii", "--json", str(source))
    assert code == 1 and words in one_line(err), err[:2000]
    code, out, _ = fieldkit(tmp_path, "list", "kii", "--json")
    assert code == 0 and out == ""


@pytest.mark.parametrize(("row", "words"), [
    ({"type": "integer", "name": "b", "label": "B", "constraint": "(" * 100_000 + ". > 1" + ")" * 100_000},
     "row 3, column constraint: constraint '((((("),
    ({"type": "integer", "name": "b", "label": "B", "relevant": "-" * 30_000 + "1"},
     "row 3, column relevant: relevant '-----"),
    ({"type": "integer", "name": "b", "label": "B", "calculation": "1" + " + 1" * 8_000},
     "row 3, column calculation: calculation '1 + 1"),
], ids=["brackets", "minus-signs", "operators"])
def test_deep_expressions_are_refused_naming_the_cell(tmp_path, row, words):
    path = write_xlsform(tmp_path / "deep.xlsx", [{"type": "integer", "name": "a", "label": "A"}, row],
                         settings={"form_id": "deep", "version": "1"})
    code, _, err = fieldkit(tmp_path, "forms", "check", str(path))
    assert code == 1 and words in err and "nested more than" in err, err[:2000]
    assert err.count("\n") == 1 and len(err) < 400


def test_groups_nested_100000_deep_are_refused_naming_the_row(tmp_path):
    depth = 100_000
    survey = ([{"type": "begin_group", "name": f"g{i}", "label": "G"} for i in range(depth)]
              + [{"type": "integer", "name": "a", "label": "A"}] + [{"type": "end_group"}] * depth)
    path = write_xlsform(tmp_path / "deep-groups.xlsx", survey, settings={"form_id": "deep", "version": "1"})
    code, _, err = fieldkit(tmp_path, "forms", "check", str(path))
    assert code == 1 and "sheet survey, row 32, column type: groups nested more than 30 deep" in err, err[:2000]


def test_a_message_quotes_a_10_mb_value_shortened():
    message = Message("{where}: {value!r} is not a number", where="sheet kii, row 2", value="ə" * 10_000_000)
    assert len(message) < 200 and "(10,000,000 characters)" in message
    assert Message("{number} has more than 15 digits", number=10**5000).startswith("a number of about 5,001 digits")


@pytest.mark.parametrize(("settings", "words"), [
    ({"form_id": "f" * 100, "version": "1"}, "sheet settings, row 2, column form_id: form_id 'fffff"),
    ({"form_id": "long", "version": "1." * 5000}, "sheet settings, row 2, column version: version '1.1.1."),
], ids=["form_id", "version"])
def test_form_ids_and_versions_are_short(tmp_path, settings, words):
    path = write_xlsform(tmp_path / "long.xlsx", [{"type": "integer", "name": "a", "label": "A"}], settings=settings)
    code, _, err = fieldkit(tmp_path, "forms", "check", str(path))
    assert code == 1 and words in err and "64" in err and len(err) < 400, err[:2000]
