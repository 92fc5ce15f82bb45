"""Anonymised releases through the real export (real database, real .xlsx read back): strict k
and l checked by an independent library (pycanon), and an attacker who knows the victims' true
quasi-identifiers finds none of them among fewer than k published rows."""

from __future__ import annotations

import os
import re
import subprocess
import sys
import warnings
from collections import Counter

import openpyxl
import pytest
from vot_population import QUASI, SENSITIVE, victims

from fieldkit.domain.anonymise import AnonymisationRefused, cell_text
from fieldkit.domain.anonymise.columns import hierarchy_for
from fieldkit.services.anonymised_export import REPORT_COLUMNS
from fieldkit.services.export import export_workbook
from fieldkit.services.records import add_json_records
from fieldkit.services.workspace import Workspace


def _fill(workspace, records):
    add_json_records(workspace, "vot_feedback", list(enumerate(records, start=1)))


def _read(path):
    book = openpyxl.load_workbook(path, read_only=True)
    sheet = list(book["vot_feedback"].iter_rows(values_only=True))
    header, rows = list(sheet[0]), [dict(zip(sheet[0], row)) for row in sheet[1:]]
    report = [dict(zip(REPORT_COLUMNS, row)) for row in book["_privacy_report"].iter_rows(min_row=2,
                                                                                          values_only=True)]
    book.close()
    return header, rows, {r["form"]: r for r in report}


def _levels(report) -> dict[str, int]:
    """The published level of each quasi-identifier, as the report tells it to anyone."""
    return {name: int(level) for name, level in re.findall(r"(\w+): [^;]*?\(level (\d+) of", report["levels chosen"])}


def _check_with_pycanon(rows, k, l):
    import pandas as pd
    from pycanon import anonymity

    frame = pd.DataFrame([{c: cell_text(r.get(c)) for c in QUASI + SENSITIVE} for r in rows])
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # pandas and numpy speak about their own futures
        assert anonymity.k_anonymity(frame, QUASI) >= k
        assert anonymity.l_diversity(frame, QUASI, SENSITIVE) >= l


def _attack(workspace, truth, rows, report, k):
    """For each victim: the published rows consistent with what the attacker knows (the true values,
    generalised by the published levels). None may be below k; suppressed victims are absent."""
    form = workspace.form("vot_feedback")
    levels = _levels(report)
    assert set(levels) == set(QUASI)
    published = Counter(tuple(cell_text(r[q]) for q in QUASI) for r in rows)
    found = []
    for victim in truth:
        known = tuple(hierarchy_for(form, form.question(q)).generalise(cell_text(victim.get(q)), levels[q])
                      for q in QUASI)
        found.append(published.get(known, 0))
    assert min(n for n in found if n) >= k
    assert found.count(0) == report["records suppressed"]
    return found


@pytest.mark.parametrize(("count", "k"), [(200, 5), (200, 11), (60, 5), (30, 5), (1000, 5)])
def test_a_release_is_k_anonymous_and_l_diverse_against_an_informed_attacker(tmp_path, workspace, count, k):
    truth = victims(count, seed=count, declined=0.03)
    _fill(workspace, truth)
    out = tmp_path / "public.xlsx"
    summary = export_workbook(workspace, out, privacy="anonymised", k=k)
    header, rows, reports = _read(out)
    report = reports["vot_feedback"]
    declined = sum(1 for v in truth if v["consent"] == "no")
    # A victim who did not consent is not published at all, and not counted against the suppression limit.
    assert declined and report["without consent"] == declined and report["records"] == count - declined
    assert len(rows) == report["published"] == summary.records == report["records"] - report["records suppressed"]
    assert report["records suppressed"] <= report["suppression limit"] == int(0.05 * (count - declined))
    _check_with_pycanon(rows, k, 2)
    _attack(workspace, [v for v in truth if v["consent"] != "no"], rows, report, k)
    assert report["k reached"] >= k and report["prosecutor risk (max)"] <= 1 / k + 1e-9
    assert 0 < report["information loss"] <= 1 and "Iyengar" in report["loss metric"]
    # No save time stamp, no key of a record, no order of entry, nothing unmarked that could identify.
    for column in ("_date", "_row", "_uuid", "_form_version", "respondent_code", "contact", "_created_at"):
        assert column not in header
    assert "respondent_code (a calculation" in report["left out"] and "contact (a direct identifier)" in report["left out"]
    assert set(header) >= set(QUASI + SENSITIVE)
    # Free text can tell an exact date, an age, a village: left out where there are quasi-identifiers.
    assert not {"feedback", "suggestions", "interviewer_notes", "consent"} & set(header)
    assert report["free text"] == "none published" and "feedback (free text: it can tell" in report["left out"]


def test_free_text_only_when_asked_and_then_said_to_be_outside_k(tmp_path, workspace):
    truth = victims(60, seed=5, declined=0.05)
    _fill(workspace, truth)
    summary = export_workbook(workspace, tmp_path / "text.xlsx", privacy="anonymised", k=5, with_text=True)
    header, rows, reports = _read(tmp_path / "text.xlsx")
    assert {"feedback", "suggestions", "interviewer_notes"} <= set(header) and "consent" not in header
    assert reports["vot_feedback"]["free text"].startswith("published scrubbed, NOT covered by k or l")
    assert summary.records == len(rows) and reports["vot_feedback"]["without consent"] >= 1


def test_rows_are_in_a_new_random_order_each_time(tmp_path, workspace):
    _fill(workspace, victims(200, seed=7))
    orders = []
    for name in ("a.xlsx", "b.xlsx"):
        export_workbook(workspace, tmp_path / name, privacy="anonymised", k=5)
        orders.append([tuple(cell_text(r.get(c)) for c in QUASI + SENSITIVE) for r in _read(tmp_path / name)[1]])
    assert sorted(orders[0]) == sorted(orders[1]) and orders[0] != orders[1]


def test_what_no_release_can_meet_is_refused_naming_it(tmp_path, workspace):
    _fill(workspace, [{**v, "satisfaction_overall": 4} for v in victims(12, seed=3)])
    with pytest.raises(AnonymisationRefused, match=r"l = 2 cannot be met .*: satisfaction_overall have fewer"):
        export_workbook(workspace, tmp_path / "x.xlsx", privacy="anonymised", k=5)
    with pytest.raises(AnonymisationRefused, match="only 12 record.*fewer than k = 20"):
        export_workbook(workspace, tmp_path / "x.xlsx", privacy="anonymised", k=20, l=3)
    with pytest.raises(AnonymisationRefused, match="k = 4 is too small: form vot_feedback has privacy marks"):
        export_workbook(workspace, tmp_path / "x.xlsx", privacy="anonymised", k=4)
    with pytest.raises(AnonymisationRefused, match="l = 1 is too small"):
        export_workbook(workspace, tmp_path / "x.xlsx", privacy="anonymised", k=5, l=1)
    assert not (tmp_path / "x.xlsx").exists()


def test_the_command_takes_k_l_and_the_suppression_limit(tmp_path, db_path, passphrase):
    with Workspace.open(db_path, passphrase, create=True) as workspace:
        _fill(workspace, victims(200, seed=11))
    env = {**os.environ, "FIELDKIT_PASSPHRASE": passphrase}

    def export(*options):
        return subprocess.run([sys.executable, "-m", "fieldkit", "--db", str(db_path), "export", "--privacy",
                               "anonymised", "--form", "vot_feedback", *options], capture_output=True, text=True,
                              env=env, timeout=120)

    done = export("--out", str(tmp_path / "k1.xlsx"), "--k", "1")
    assert done.returncode == 1 and done.stderr.count("\n") == 1 and "k = 1 is too small" in done.stderr
    assert not (tmp_path / "k1.xlsx").exists()
    done = export("--out", str(tmp_path / "k11.xlsx"), "--k", "11", "--l", "3", "--max-suppressed", "2%")
    assert done.returncode == 0, done.stderr
    assert "vot_feedback:" in done.stdout and "information loss" in done.stdout
    _, rows, reports = _read(tmp_path / "k11.xlsx")
    report = reports["vot_feedback"]
    assert (report["k"], report["l"], report["suppression limit"]) == (11, 3, 4)
    _check_with_pycanon(rows, 11, 3)


def test_a_form_of_ones_own_is_released_by_its_declared_hierarchies(tmp_path, workspace, xlsform):
    import random

    from fieldkit.services.forms import add_form_file

    from shelter_exit_form import CHOICES, HIERARCHIES, SETTINGS, SURVEY

    add_form_file(workspace, xlsform(SURVEY, CHOICES, SETTINGS, hierarchies=HIERARCHIES))
    stored = workspace.form("shelter_exit")  # rebuilt from the copy kept in the database
    assert set(stored.hierarchies) == {"city", "age", "visit_date"}
    rng = random.Random(5)
    records = [{"visit_date": f"2026-{rng.randint(1, 9):02d}-{rng.randint(10, 28)}",
                "city": rng.choice(["baku"] * 6 + ["sumqayit", "ganja", "shaki"]), "age": rng.randint(16, 60),
                "helped": rng.choice(["yes", "no"]), "case_number": f"C-{i}", "children": rng.randint(0, 4)}
               for i in range(80)]
    add_json_records(workspace, "shelter_exit", list(enumerate(records, start=1)))
    out = tmp_path / "exit.xlsx"
    export_workbook(workspace, out, privacy="anonymised", k=5, form_ids=["shelter_exit"])
    book = openpyxl.load_workbook(out, read_only=True)
    sheet = list(book["shelter_exit"].iter_rows(values_only=True))
    report = dict(zip(REPORT_COLUMNS, next(book["_privacy_report"].iter_rows(min_row=2, values_only=True))))
    book.close()
    assert list(sheet[0]) == ["visit_date", "city", "age", "helped"]  # the key and the unmarked number left out
    rows = [dict(zip(sheet[0], row)) for row in sheet[1:]]
    assert {r["city"] for r in rows} <= {"baku", "sumqayit", "ganja", "shaki", "capital", "regions", "country"}
    assert re.search(r"city: (value|level 1|level 2)", report["levels chosen"])
    published = Counter((r["visit_date"], r["city"], r["age"]) for r in rows)
    assert min(published.values()) >= 5
    assert "case_number (a key of the record" in report["left out"] and "children (an unmarked integer" in report["left out"]
