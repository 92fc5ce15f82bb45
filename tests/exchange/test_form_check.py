"""`fieldkit forms check`: broken forms are refused at load time, row by row."""

from __future__ import annotations

import pytest

from fieldkit.cli import main
from fieldkit.exchange.xlsform import load_form
from fieldkit.services.workspace import builtin_forms_dir

CHOICES = [{"list_name": "yn", "name": "yes", "label": "Yes"}, {"list_name": "yn", "name": "no", "label": "No"}]


def _check(capsys, path):
    code = main(["forms", "check", str(path)])
    captured = capsys.readouterr()
    return code, captured.err.strip().splitlines(), captured.out


@pytest.mark.parametrize(
    ("survey", "row", "column", "words"),
    [
        ([{"type": "text", "name": "a", "label": "A"}, {"type": "integr", "name": "n", "label": "N"}],
         3, "type", "unknown type 'integr'"),
        ([{"type": "text", "name": "a", "label": "A"}, {"type": "select_one colours", "name": "c", "label": "C"}],
         3, "type", "choice list 'colours' is not in the choices sheet"),
        ([{"type": "text", "name": "a", "label": "A"},
          {"type": "text", "name": "b", "label": "B", "relevant": "${nowhere} = 'x'"}],
         3, "relevant", "${nowhere} refers to no question"),
        ([{"type": "text", "name": "a", "label": "A"}, {"type": "integer", "name": "a", "label": "again"}],
         3, "name", "duplicate name 'a'"),
        ([{"type": "integer", "name": "n", "label": "N", "constraint": ". >= 0 and"}],
         2, "constraint", "does not parse"),
    ],
    ids=["unknown-type", "missing-list", "bad-ref", "duplicate-name", "bad-expression"],
)
def test_check_refuses_with_row_number(capsys, xlsform, survey, row, column, words):
    path = xlsform(survey, CHOICES, {"form_id": "t", "version": "1"}, name="broken form.xlsx")
    code, lines, _ = _check(capsys, path)
    assert code == 1
    assert len(lines) == 1
    line = lines[0]
    assert f"broken form.xlsx, sheet survey, row {row}, column {column}" in line
    assert words in line


def test_check_lists_every_problem(capsys, xlsform):
    path = xlsform(
        [{"type": "integr", "name": "a", "label": "A"},
         {"type": "text", "name": "b", "label": "B", "calculation": "concat(${zz})"},
         {"type": "text", "name": "b", "label": "B2"}],
        CHOICES,
    )
    code, lines, _ = _check(capsys, path)
    assert code == 1
    assert [("row 2" in lines[0]), ("row 3" in lines[1]), ("row 4" in lines[2])] == [True, True, True]


def test_check_accepts_a_good_form(capsys, xlsform):
    path = xlsform([{"type": "select_one yn", "name": "c", "label": "C"},
                    {"type": "text", "name": "why", "label": "Why?", "relevant": "${c} = 'no'"}], CHOICES)
    code, lines, out = _check(capsys, path)
    assert (code, lines) == (0, [])
    assert "ok" in out


def test_check_of_a_file_that_is_not_a_workbook(capsys, tmp_path):
    path = tmp_path / "noise.xlsx"
    path.write_bytes(b"\x00\x01 not a zip at all")
    code, lines, _ = _check(capsys, path)
    assert code == 1
    assert len(lines) == 1
    assert "noise.xlsx" in lines[0] and "not a zip archive" in lines[0]


def test_unclosed_group_and_missing_survey(capsys, xlsform, tmp_path):
    path = xlsform([{"type": "begin group", "name": "g", "label": "G"}, {"type": "text", "name": "a", "label": "A"}])
    code, lines, _ = _check(capsys, path)
    assert code == 1 and "never closed" in lines[0] and "row 2" in lines[0]


def test_builtin_kii_passes_and_has_its_contract():
    form, _ = load_form(builtin_forms_dir() / "kii.xlsx")
    assert form.form_id == "kii"
    names = [q.name for q in form.questions]
    assert names == [
        "interview_date", "place", "place_other", "mode", "institutions", "interviewee_roles", "women", "men",
        "duration_min", "interpreter", "consent", "relevance", "efficiency", "effectiveness", "impact",
        "sustainability", "gender_human_rights", "quotes", "follow_up",
    ]
    assert {form.language_code(lang) for lang in form.languages} == {"en", "az", "ru"}
    place = [c.name for c in form.choices_for(form.question("place"))]
    assert place == ["baku", "nakhchivan", "guba", "lankaran", "ganja", "sheki", "other"]
    assert [c.name for c in form.choices_for(form.question("mode"))] == ["in_person", "remote", "phone"]


def test_kii_institutions_are_the_shared_codes():
    import csv
    from pathlib import Path

    shared = Path(__file__).resolve().parents[3] / "shared" / "data" / "institutions.csv"
    if not shared.exists():
        pytest.skip("shared/data is not beside this checkout")
    with shared.open(encoding="utf-8") as handle:
        codes = [row["code"] for row in csv.DictReader(handle)]
    form, _ = load_form(builtin_forms_dir() / "kii.xlsx")
    assert [c.name for c in form.choices_for(form.question("institutions"))] == codes
