"""A form's own generalisation hierarchies (its ``hierarchies`` sheet): read with the form, and a
bad one refused by `fieldkit forms check` in one line naming sheet, row and column."""

from __future__ import annotations

import pytest

from fieldkit.cli import main
from fieldkit.domain.anonymise.columns import hierarchy_for, plan_columns
from fieldkit.exchange.xlsform import load_form
from shelter_exit_form import CHOICES, HIERARCHIES, SETTINGS, SURVEY



def test_a_declared_hierarchy_is_read_with_the_form(xlsform):
    form, _ = load_form(xlsform(SURVEY, CHOICES, SETTINGS, hierarchies=HIERARCHIES))
    city = hierarchy_for(form, form.question("city"))
    assert [city.generalise("sumqayit", level) for level in range(city.height)] == ["sumqayit", "capital", "country"]
    age = hierarchy_for(form, form.question("age"))
    assert [age.generalise("37", level) for level in range(age.height)] == ["37", "35-39", "30-39", "20-39", "*"]
    plan = plan_columns([form])
    assert [h.field for h in plan.quasi] == ["visit_date", "city", "age"] and plan.sensitive == ["helped"]
    assert "case_number" in plan.left_out and "children" in plan.left_out  # a key; an unmarked number


@pytest.mark.parametrize(("rows", "row", "column", "words"), [
    ([{"field": "town", "value": "x", "level1": "y"}], 2, "field", "field 'town' is no question of this form"),
    ([{"field": "helped", "value": "yes", "level1": "y"}], 2, "field", "'helped' is not marked quasi"),
    ([{"field": "age", "kind": "buckets"}], 2, "kind", "kind 'buckets' is not one of"),
    ([{"field": "city", "kind": "date"}], 2, "kind", "kind date for field 'city', which is a select_one"),
    ([{"field": "age", "kind": "intervals", "level1": "5", "level2": "7"}], 2, "level2",
     "width 7 is not a multiple of the width before it (5)"),
    ([{"field": "age", "kind": "intervals", "level1": "five"}], 2, "level1", "width 'five' is not a number"),
    (HIERARCHIES[:3], 2, "value", "choice 'shaki' of field 'city' has no row"),
    ([*HIERARCHIES[:3], {"field": "city", "value": "paris", "level1": "regions", "level2": "country"}], 5, "value",
     "'paris' is not a choice of field 'city'"),
    ([*HIERARCHIES[:3], {"field": "city", "value": "shaki", "level1": "capital", "level2": "abroad"}], 5, "level2",
     "group 'capital' is under 'country' on row 2 but under 'abroad' here"),
    ([*HIERARCHIES[:3], {"field": "city", "value": "shaki", "level1": "regions"}], 5, "level2",
     "value 'shaki' has 1 level(s), but row 2 of field 'city' has 2"),
    ([{"field": "city", "value": "baku", "level2": "country"}], 2, "level2", "column level2 without level1"),
], ids=["unknown-field", "not-quasi", "unknown-kind", "date-on-select", "widths-not-multiples", "width-not-number",
        "choice-missing", "unknown-choice", "not-a-tree", "uneven-levels", "level-gap"])
def test_a_bad_hierarchy_is_refused_in_one_line(capsys, xlsform, rows, row, column, words):
    path = xlsform(SURVEY, CHOICES, SETTINGS, name="exit form.xlsx", hierarchies=rows)
    code = main(["forms", "check", str(path)])
    lines = capsys.readouterr().err.strip().splitlines()
    assert code == 1 and len(lines) == 1, lines
    assert f"exit form.xlsx, sheet hierarchies, row {row}, column {column}" in lines[0] and words in lines[0], lines[0]
