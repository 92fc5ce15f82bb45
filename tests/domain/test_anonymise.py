"""The anonymiser's parts, pure: hierarchies, the lattice search, the loss metric and the risks."""

from __future__ import annotations

import itertools
import sys
import time
from collections import Counter
from pathlib import Path

import pytest

from fieldkit.domain.anonymise import AnonymisationRefused, anonymise, cell_text
from fieldkit.domain.anonymise import lattice
from fieldkit.domain.anonymise.builtin import builtin_hierarchies
from fieldkit.domain.anonymise.columns import plan_columns
from fieldkit.domain.anonymise.hierarchy import (
    date_hierarchy,
    interval_hierarchy,
    suppression_hierarchy,
    value_hierarchy,
)
from fieldkit.domain.anonymise.lattice import Search, Table
from fieldkit.domain.anonymise.metrics import cell_losses, max_prosecutor_risk, mean_prosecutor_risk
from fieldkit.domain.xlsform import build_form

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "services"))
from vot_population import QUASI, SENSITIVE, victims  # noqa: E402

FORMS = Path(__file__).resolve().parents[2] / "resources" / "forms"


def _vot_feedback():
    from fieldkit.exchange.xlsform import read_form_source

    return build_form(read_form_source(FORMS / "vot_feedback.xlsx"))


def _hierarchies():
    built = builtin_hierarchies()
    return [built.get(q) or suppression_hierarchy(q) for q in QUASI]


def test_dates_go_day_month_quarter_year_suppressed():
    dates = date_hierarchy("d")
    assert [dates.generalise("2026-11-02", level) for level in range(dates.height)] == \
        ["2026-11-02", "2026-11", "2026-Q4", "2026", "*"]
    assert dates.generalise("", 2) == "" and dates.generalise("", 4) == "*"  # blank stays blank below the top


def test_builtin_hierarchies_cover_every_choice_of_vot_feedback():
    form = _vot_feedback()
    built = builtin_hierarchies()
    for name in ("region", "age_band", "destination"):
        question = form.question(name)
        assert {c.name for c in form.choices_for(question)} == set(built[name].groups), name
    region, age, destination = built["region"], built["age_band"], built["destination"]
    assert [region.generalise("guba_khachmaz", level) for level in range(region.height)] == \
        ["guba_khachmaz", "other_regions", "azerbaijan"]
    assert region.generalise("absheron_khizi", 1) == "absheron" and region.generalise("baku", 1) == "baku"
    assert [age.generalise("25_34", level) for level in range(age.height)] == ["25_34", "18_34", "18_plus", "*"]
    assert age.generalise("under_18", 2) == "under_18"  # children stay apart until the top
    assert [destination.generalise("uae", level) for level in range(destination.height)] == ["uae", "abroad", "*"]
    assert destination.generalise("azerbaijan", 1) == "in_azerbaijan"
    # 5 x 3 x 4 x 2 x 2 x 3 combinations of levels
    assert [h.height for h in _hierarchies()] == [5, 3, 4, 2, 2, 3]


def test_a_hierarchy_is_a_tree_and_sets_are_generalised_choice_by_choice():
    with pytest.raises(ValueError, match="is under both"):
        value_hierarchy("x", {"a": ("g1", "top"), "b": ("g1", "other")})
    multiple = value_hierarchy("dest", {"turkey": ("abroad",), "russia": ("abroad",), "azerbaijan": ("home",)},
                               multiple=True)
    assert multiple.generalise(cell_text(["russia", "turkey"]), 1) == "abroad"
    assert multiple.generalise(cell_text(["azerbaijan", "turkey"]), 1) == "abroad home"
    assert multiple.generalise("narnia", 1) == "*"  # a value the hierarchy does not know: the most careful
    ages = interval_hierarchy("age", (5, 10))
    assert [ages.generalise("17", level) for level in range(ages.height)] == ["17", "15-19", "10-19", "*"]
    with pytest.raises(ValueError):
        interval_hierarchy("age", (5, 7))


def test_the_loss_metric_by_hand():
    # Four distinct ages; '18_34' covers two of them: (2 - 1) / (4 - 1).
    losses = cell_losses(["18_24", "25_34", "35_44", "under_18"], ["18_34", "18_34", "35_plus", "under_18"])
    assert losses == {"18_34": pytest.approx(1 / 3), "35_plus": 0.0, "under_18": 0.0}
    assert cell_losses(["a", "a"], ["*", "*"]) == {"*": 0.0}  # one value in the data: nothing to lose
    assert max_prosecutor_risk([5, 7, 10]) == pytest.approx(1 / 5)
    assert mean_prosecutor_risk([5, 7, 10]) == pytest.approx(3 / 22)
    # A suppressed record costs 1 in every quasi column.
    table = Table([["a", "a", "a", "b"]], [suppression_hierarchy("x")], [])
    node = table.evaluate((0,), k=3, l=1)
    assert node.suppressed == 1 and node.loss == pytest.approx(1 / 4)
    assert table.evaluate((1,), k=3, l=1).loss == pytest.approx(1.0)


def _brute_force(table: Table, k: int, l: int, limit: int):
    """Every node evaluated independently of the search: groups by published values, naively."""
    best = None
    for levels in itertools.product(*(range(h) for h in table.heights)):
        keys = [tuple(table.values[c][level][table.codes[c][level][i]] for c, level in enumerate(levels))
                for i in range(table.size)]
        groups: dict = {}
        for i, key in enumerate(keys):
            groups.setdefault(key, []).append(i)
        bad = [key for key, members in groups.items() if len(members) < k
               or any(len({column[i] for i in members}) < l for column in table.sensitive)]
        suppressed = sum(len(groups[key]) for key in bad)
        if suppressed <= limit:
            loss = table.evaluate(levels, k, l).loss
            if best is None or loss < best - 1e-12:
                best = loss
    return best


@pytest.mark.parametrize(("count", "seed", "k", "l", "share"), [
    (40, 1, 5, 2, 0.1), (60, 2, 5, 2, 0.2), (120, 3, 5, 2, 0.05), (120, 3, 11, 3, 0.05), (60, 4, 5, 3, 0.05)])
def test_the_search_finds_the_least_loss_that_meets_k_and_l(count, seed, k, l, share):
    rows = victims(count, seed=seed, declined=0.05)
    table = Table([[cell_text(r.get(q)) for r in rows] for q in QUASI], _hierarchies(),
                  [[cell_text(r.get(s)) for r in rows] for s in SENSITIVE])
    limit = int(share * count)
    search = Search(table, k, l, limit)
    node = search.run()
    assert node is not None and node.suppressed <= limit
    assert node.loss == pytest.approx(_brute_force(table, k, l, limit))
    assert search.evaluated < search.nodes or count < 50  # pruning skipped some nodes


def test_the_heuristic_for_large_lattices_gives_a_release(monkeypatch):
    rows = victims(300, seed=9)
    monkeypatch.setattr(lattice, "EXHAUSTIVE_LIMIT", 10)
    release = anonymise("t", rows, _hierarchies(), SENSITIVE, k=5, l=2)
    assert "heuristic" in release.report.search
    sizes = Counter(tuple(r[q] for q in QUASI) for r in release.rows)
    assert min(sizes.values()) >= 5 and release.report.suppressed <= 15
    exhaustive = anonymise("t", rows, _hierarchies(), SENSITIVE, k=5, l=2)
    assert release.report.loss >= exhaustive.report.loss - 1e-12  # never better than the optimum


def test_impossible_releases_are_refused_naming_the_columns():
    rows = victims(30, seed=2)
    with pytest.raises(AnonymisationRefused, match="only 30 record.*fewer than k = 31"):
        anonymise("vot_feedback", rows, _hierarchies(), SENSITIVE, k=31)
    same = [{**r, "satisfaction_overall": 4, "exploitation_type": ["labour"]} for r in rows]
    with pytest.raises(AnonymisationRefused, match="exploitation_type, satisfaction_overall have fewer than 2"):
        anonymise("vot_feedback", same, _hierarchies(), SENSITIVE, k=5)


def test_vot_feedback_columns():
    plan = plan_columns([_vot_feedback()])
    assert [h.field for h in plan.quasi] == QUASI and plan.sensitive == SENSITIVE
    assert {"respondent_code", "contact"} <= set(plan.left_out)
    # Free text is left out where there are quasi-identifiers; only consented records go, so no consent column.
    free = {"feedback", "suggestions", "interviewer_notes"}
    assert not plan.scrubbed and free <= set(plan.left_out) and plan.free_text == "none published"
    assert "treated_with_respect" in plan.published and "consent" not in plan.published
    asked = plan_columns([_vot_feedback()], with_text=True)
    assert free == set(asked.scrubbed) and free <= set(asked.published) and "NOT covered" in asked.free_text


def test_ten_thousand_records_in_a_few_seconds():
    rows = victims(10_000, seed=10, declined=0.03)
    started = time.perf_counter()
    release = anonymise("vot_feedback", rows, _hierarchies(), SENSITIVE, k=5, l=2)
    elapsed = time.perf_counter() - started
    assert release.report.k_reached >= 5 and release.report.published >= 9_500
    assert elapsed < 15, elapsed  # about 3 s on an idle core of the development machine (5 s under load)



def test_a_form_without_quasi_identifiers_or_sensitive_columns_is_published_whole():
    rows = [{"notes": "[NAME] spoke"}, {"notes": "fine"}]
    release = anonymise("kii", rows, [], [], k=5)
    assert sorted(r["notes"] for r in release.rows) == ["[NAME] spoke", "fine"] and release.report.suppressed == 0


def test_an_exhaustive_search_over_its_budget_ends_in_the_heuristic(monkeypatch):
    rows = victims(200, seed=12)
    monkeypatch.setattr(lattice, "WORK_BUDGET", 200 * 60)  # 60 evaluations of 200 records
    release = anonymise("t", rows, _hierarchies(), SENSITIVE, k=5, l=2)
    assert "not proven optimal" in release.report.search
    sizes = Counter(tuple(r[q] for q in QUASI) for r in release.rows)
    assert min(sizes.values()) >= 5 and release.report.suppressed <= 10
