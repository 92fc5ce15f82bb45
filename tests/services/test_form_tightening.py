"""Protection can only be tightened (issue 20, point 4): a new form version that drops or weakens
a privacy mark is refused in one line naming the field and the mark, by ``fieldkit forms add``, the
service the window uses, and the import; ODK's ``public_key`` setting is refused, never ignored."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import openpyxl
import pytest

from fieldkit.domain.xlsform import FormError
from fieldkit.services.export import export_workbook
from fieldkit.services.forms import add_form_file, check_form_file
from fieldkit.services.merge import ImportRefused, merge_workbooks
from fieldkit.services.records import add_json_records
from fieldkit.services.workspace import Workspace, builtin_forms_dir

SHELTER = [
    {"type": "date", "name": "visit_date", "label": "Date", "privacy": "quasi"},
    {"type": "text", "name": "contact", "label": "Contact", "privacy": "direct"},
    {"type": "text", "name": "story", "label": "Story", "privacy": "text"},
    {"type": "integer", "name": "nights", "label": "Nights"},
]


def _version(survey, version: str, **settings) -> tuple[list[dict], dict]:
    return survey, {"form_id": "shelter", "version": version, **settings}


def _marks(**marks: str) -> list[dict]:
    """SHELTER with some marks changed (a value of None drops the field)."""
    rows = []
    for row in SHELTER:
        mark = marks.get(row["name"], row["privacy"] if "privacy" in row else "")
        if mark is None:
            continue
        rows.append({**{k: v for k, v in row.items() if k != "privacy"}, "privacy": mark})
    return rows


@pytest.fixture
def with_v1(workspace, xlsform):
    add_form_file(workspace, xlsform(SHELTER, settings={"form_id": "shelter", "version": "1"}, name="v1.xlsx"))
    return workspace


@pytest.mark.parametrize(("field", "mark", "words"), [
    ("contact", "", "contact is marked direct in version 1, not marked here"),
    ("contact", "text", "contact is marked direct in version 1, marked text here"),
    ("visit_date", "", "visit_date is marked quasi in version 1, not marked here"),
    ("visit_date", "text", "visit_date is marked quasi in version 1, marked text here"),
    ("story", "quasi", "story is marked text in version 1, marked quasi here"),
])
def test_a_weakened_mark_is_refused(with_v1, xlsform, field, mark, words):
    path = xlsform(_marks(**{field: mark}), settings={"form_id": "shelter", "version": "2"}, name="v2.xlsx")
    with pytest.raises(FormError) as refused:
        add_form_file(with_v1, path)
    text = str(refused.value)
    assert words in text and "v2.xlsx, sheet survey, row" in text and text.count("\n") == 0, text
    assert [i.versions for i in with_v1.form_infos() if i.form_id == "shelter"] == [("1",)]


def test_tightening_adding_and_dropping_are_accepted(with_v1, xlsform):
    tighter = _marks(visit_date="direct", story="direct", nights="quasi")
    assert add_form_file(with_v1, xlsform(tighter, settings={"form_id": "shelter", "version": "2"}, name="v2.xlsx"))[1]
    assert with_v1.form("shelter").question("nights").privacy == "quasi"
    dropped = [r for r in tighter if r["name"] != "contact"]
    assert add_form_file(with_v1, xlsform(dropped, settings={"form_id": "shelter", "version": "3"}, name="v3.xlsx"))[1]
    # A dropped name keeps its mark: brought back unmarked by a later version, it is refused.
    back = [*dropped, {"type": "text", "name": "contact", "label": "Contact"}]
    with pytest.raises(FormError, match="contact is marked direct in version 2, not marked here"):
        add_form_file(with_v1, xlsform(back, settings={"form_id": "shelter", "version": "4"}, name="v4.xlsx"))
    # And the weakening of a mark a later version raised (visit_date, direct since version 2).
    with pytest.raises(FormError, match="visit_date is marked direct in version 3, marked quasi here"):
        add_form_file(with_v1, xlsform(_marks(visit_date="quasi", story="direct", nights="quasi"),
                                       settings={"form_id": "shelter", "version": "5"}, name="v5.xlsx"))


def _builtin_without_privacy(tmp_path: Path) -> Path:
    """The shipped vot_feedback as HQ might send it back: a new version, the privacy column gone."""
    book = openpyxl.load_workbook(builtin_forms_dir() / "vot_feedback.xlsx")
    survey = book["survey"]
    header = [c.value for c in survey[1]]
    survey.delete_cols(header.index("privacy") + 1)
    settings = book["settings"]
    column = [c.value for c in settings[1]].index("version") + 1
    settings.cell(2, column).value = str(int(settings.cell(2, column).value) + 1)
    book.save(tmp_path / "vot_feedback_v2.xlsx")
    return tmp_path / "vot_feedback_v2.xlsx"


def _cli(tmp_path: Path, *args: str) -> subprocess.CompletedProcess:
    env = {**os.environ, "FIELDKIT_CONFIG_DIR": str(tmp_path / "cfg")}
    return subprocess.run([sys.executable, "-m", "fieldkit", "--db", str(tmp_path / "field.db"), *args],
                          capture_output=True, text=True, env=env, timeout=120)


def test_the_cli_refuses_vot_feedback_without_its_privacy_column(tmp_path, passphrase):
    path = _builtin_without_privacy(tmp_path)
    done = _cli(tmp_path, "forms", "add", str(path))
    assert done.returncode == 1 and done.stdout == ""
    assert done.stderr.count("\n") == 1, done.stderr
    assert "vot_feedback_v2.xlsx, sheet survey, row" in done.stderr
    assert "interview_date is marked quasi in version 2026113001, not marked here" in done.stderr
    assert "more:" in done.stderr and "contact" in done.stderr  # the other weakened fields are named too
    listed = _cli(tmp_path, "forms", "list", "--json")
    assert '"versions": ["2026113001"]' in next(line for line in listed.stdout.splitlines() if "vot_feedback" in line)


def test_public_key_is_refused_at_check_and_at_install(tmp_path, passphrase, xlsform, workspace):
    path = xlsform(SHELTER, settings={"form_id": "shelter", "version": "1", "public_key": "MIIBIjANBgkqhkiG9w0B"},
                   name="odk.xlsx")
    (problem,) = check_form_file(path)
    assert (problem.sheet, problem.row, problem.column) == ("settings", 2, "public_key")
    with pytest.raises(FormError, match="public_key is ODK's encryption of whole submissions"):
        add_form_file(workspace, path)
    workspace.close()
    for command in ("check", "add"):
        done = _cli(tmp_path, "forms", command, str(path))
        assert done.returncode == 1 and done.stderr.count("\n") == 1, done.stderr
        assert "odk.xlsx, sheet settings, row 2, column public_key: public_key is ODK's encryption" in done.stderr
        assert "fieldkit keys install" in done.stderr
    assert "shelter" not in _cli(tmp_path, "forms", "list").stdout


def test_an_import_that_brings_a_weakened_version_is_refused(tmp_path, monkeypatch, xlsform):
    def laptop(name: str, version: str, survey) -> Path:
        monkeypatch.setenv("FIELDKIT_CONFIG_DIR", str(tmp_path / f"config-{name}"))
        with Workspace.open(tmp_path / f"{name}.db", f"passphrase {name}", create=True) as workspace:
            add_form_file(workspace, xlsform(survey, settings={"form_id": "shelter", "version": version},
                                             name=f"{name}.xlsx"))
            add_json_records(workspace, "shelter", [(1, {"visit_date": "2026-11-01", "nights": 3})])
            export_workbook(workspace, tmp_path / f"{name}-export.xlsx", allow_unencrypted=True)
        return tmp_path / f"{name}-export.xlsx"

    careful = laptop("careful", "1", SHELTER)
    careless = laptop("careless", "2", [{k: v for k, v in r.items() if k != "privacy"} for r in SHELTER])
    monkeypatch.setenv("FIELDKIT_CONFIG_DIR", str(tmp_path / "config-hq"))
    with Workspace.open(tmp_path / "hq.db", "passphrase hq", create=True) as hq:
        assert merge_workbooks(hq, [careful]).inserted == 1
        with pytest.raises(ImportRefused) as refused:
            merge_workbooks(hq, [careless])
        text = str(refused.value)
        assert "careless-export.xlsx, sheet _forms: form shelter version 2 weakens a privacy mark" in text
        assert "visit_date is marked quasi in version 1, not marked here" in text
        assert [i.versions for i in hq.form_infos() if i.form_id == "shelter"] == [("1",)]
        assert sum(i.record_count for i in hq.form_infos() if i.form_id == "shelter") == 1


def test_forms_add_of_several_files_is_all_or_none(tmp_path, passphrase, xlsform):
    v1 = xlsform(SHELTER, settings={"form_id": "shelter", "version": "1"}, name="v1.xlsx")
    other = xlsform([{"type": "text", "name": "topic", "label": "Topic"}], settings={"form_id": "other"},
                    name="other.xlsx")
    weakened = xlsform(_marks(contact=""), settings={"form_id": "shelter", "version": "2"}, name="v2.xlsx")
    # v2 is checked against v1 of the same command, before anything is stored: nothing is.
    done = _cli(tmp_path, "forms", "add", str(other), str(v1), str(weakened))
    assert done.returncode == 1 and "v2.xlsx" in done.stderr and "contact is marked direct in version 1" in done.stderr
    listed = _cli(tmp_path, "forms", "list").stdout
    assert "shelter" not in listed and "other" not in listed
    tighter = xlsform(_marks(contact="direct", nights="quasi"), settings={"form_id": "shelter", "version": "2"},
                      name="v2ok.xlsx")
    done = _cli(tmp_path, "forms", "add", str(v1), str(tighter), str(v1))
    assert done.returncode == 0, done.stderr
    assert done.stdout.splitlines() == ["shelter version 1: added", "shelter version 2: added",
                                        "shelter version 1: already installed"]
