"""Conformance table: expressions and validation as the XLSForm/ODK docs define them.

Sources: the XLSForm reference (xlsform.org: relevant, constraint, required,
calculation, default) and the ODK XForms form-operators-functions reference
(docs.getodk.org/form-operators-functions). Each row is one documented
behaviour; the ids say which.
"""

from __future__ import annotations

import datetime as dt
import math

import pytest

from fieldkit.domain.expressions import ExpressionError, parse
from fieldkit.domain.validation import evaluate
from fieldkit.domain.xlsform import FormSource, SheetRows, build_form

TODAY = dt.date(2026, 11, 30)


class Env:
    def __init__(self, values=None, current=""):
        self.values = values or {}
        self._current = current

    def value(self, name):
        return self.values.get(name, "")

    def current(self):
        return self._current

    def today(self):
        return TODAY

    def now(self):
        return dt.datetime(2026, 11, 30, 10, 30, tzinfo=dt.timezone.utc)


# (id, expression, field values, current value ".", expected)
EXPRESSIONS = [
    # arithmetic operators
    ("add", "1 + 2", {}, "", 3.0),
    ("subtract", "5 - 7", {}, "", -2.0),
    ("multiply", "3 * 4", {}, "", 12.0),
    ("div", "7 div 2", {}, "", 3.5),
    ("div-by-zero-is-infinity", "1 div 0", {}, "", math.inf),
    ("mod", "10 mod 3", {}, "", 1.0),
    ("mod-negative-keeps-sign", "-7 mod 3", {}, "", -1.0),
    ("precedence-mul-before-add", "2 + 3 * 4", {}, "", 14.0),
    ("parentheses", "(2 + 3) * 4", {}, "", 20.0),
    ("unary-minus", "-${a} + 1", {"a": 3}, "", -2.0),
    ("decimal-literal", "0.5 + .25", {}, "", 0.75),
    ("string-number-arithmetic", "${a} + ${b}", {"a": "2", "b": "3"}, "", 5.0),
    ("empty-in-arithmetic-is-nan", "${a} + 1", {"a": ""}, "", math.nan),
    # comparison
    ("eq-number", "${a} = 3", {"a": 3}, "", True),
    ("eq-number-string", "${a} = 3", {"a": "3"}, "", True),
    ("ne", "${a} != 3", {"a": 4}, "", True),
    ("lt", "${a} < 10", {"a": 9}, "", True),
    ("le-equal", "${a} <= 10", {"a": 10}, "", True),
    ("gt-false", "${a} > 10", {"a": 10}, "", False),
    ("ge", "${a} >= 0", {"a": 0}, "", True),
    ("string-eq", "${place} = 'other'", {"place": "other"}, "", True),
    ("string-eq-double-quotes", '${place} = "baku"', {"place": "baku"}, "", True),
    ("string-ne", "${place} != 'other'", {"place": "baku"}, "", True),
    ("empty-eq-empty-string", "${a} = ''", {"a": ""}, "", True),
    ("empty-not-less-than-number", "${a} < 5", {"a": ""}, "", False),
    ("empty-not-greater-than-number", "${a} > 5", {"a": ""}, "", False),
    ("self-reference", ". >= 18", {}, 20, True),
    ("self-reference-false", ". >= 18", {}, 17, False),
    # boolean logic
    ("and", "${a} > 1 and ${a} < 5", {"a": 3}, "", True),
    ("and-false", "${a} > 1 and ${a} < 5", {"a": 7}, "", False),
    ("or", "${a} = 1 or ${a} = 2", {"a": 2}, "", True),
    ("and-binds-tighter-than-or", "1 = 1 or 1 = 2 and 1 = 3", {}, "", True),
    ("not", "not(${a} = 1)", {"a": 2}, "", True),
    ("true-false", "true() and not(false())", {}, "", True),
    ("boolean-of-empty", "boolean(${a})", {"a": ""}, "", False),
    ("boolean-of-text", "boolean(${a})", {"a": "x"}, "", True),
    # select functions
    ("selected-yes", "selected(${s}, 'b')", {"s": "a b c"}, "", True),
    ("selected-no", "selected(${s}, 'd')", {"s": "a b c"}, "", False),
    ("selected-whole-word-only", "selected(${s}, 'a')", {"s": "ab"}, "", False),
    ("selected-empty", "selected(${s}, 'a')", {"s": ""}, "", False),
    ("count-selected", "count-selected(${s})", {"s": "a b c"}, "", 3.0),
    ("count-selected-empty", "count-selected(${s})", {"s": ""}, "", 0.0),
    ("selected-at", "selected-at(${s}, 1)", {"s": "a b c"}, "", "b"),
    # if, coalesce, concat
    ("if-true", "if(${a} > 1, 'big', 'small')", {"a": 2}, "", "big"),
    ("if-false", "if(${a} > 1, 'big', 'small')", {"a": 0}, "", "small"),
    ("coalesce-first", "coalesce(${a}, ${b})", {"a": "x", "b": "y"}, "", "x"),
    ("coalesce-second", "coalesce(${a}, ${b})", {"a": "", "b": "y"}, "", "y"),
    ("concat", "concat(${a}, '-', ${b})", {"a": "Bakı", "b": "Гянджа"}, "", "Bakı-Гянджа"),
    ("concat-number-no-decimal", "concat('n=', 1 + 1)", {}, "", "n=2"),
    ("join", "join(', ', 'a', 'b')", {}, "", "a, b"),
    # strings
    ("string-length", "string-length(${t})", {"t": "Şəki"}, "", 4.0),
    ("string-length-empty", "string-length(${t})", {"t": ""}, "", 0.0),
    ("regex-match", "regex(., '^[0-9]{7}$')", {}, "1234567", True),
    ("regex-no-match", "regex(., '^[0-9]{7}$')", {}, "12345", False),
    ("regex-unicode", "regex(., '^[A-Za-zƏəĞğIıİiÖöÜüÇçŞş ]+$')", {}, "Gülər Əliyeva", True),
    ("contains", "contains(${t}, 'ab')", {"t": "xaby"}, "", True),
    ("starts-with", "starts-with(${t}, 'AZ')", {"t": "AZE123"}, "", True),
    ("ends-with", "ends-with(${t}, '.xlsx')", {"t": "kii.xlsx"}, "", True),
    ("substr", "substr('fieldkit', 0, 5)", {}, "", "field"),
    ("normalize-space", "normalize-space('  a   b ')", {}, "", "a b"),
    ("translate", "translate('abc', 'abc', 'ABC')", {}, "", "ABC"),
    # numbers
    ("number-of-string", "number('12.5')", {}, "", 12.5),
    ("number-of-text-is-nan", "number('abc')", {}, "", math.nan),
    ("int-truncates", "int(3.9)", {}, "", 3.0),
    ("int-truncates-negative", "int(-3.9)", {}, "", -3.0),
    ("round-half-up", "round(2.5)", {}, "", 3.0),
    ("round-digits", "round(3.14159, 2)", {}, "", 3.14),
    ("round-negative-half", "round(-2.5)", {}, "", -3.0),
    ("floor", "floor(2.7)", {}, "", 2.0),
    ("ceiling", "ceiling(2.1)", {}, "", 3.0),
    ("abs", "abs(-4)", {}, "", 4.0),
    ("pow", "pow(2, 10)", {}, "", 1024.0),
    ("min", "min(3, 1, 2)", {}, "", 1.0),
    ("max", "max(3, 1, 2)", {}, "", 3.0),
    # dates
    ("today", "today()", {}, "", TODAY),
    ("date-le-today", ". <= today()", {}, dt.date(2026, 11, 29), True),
    ("date-future-fails", ". <= today()", {}, dt.date(2026, 12, 1), False),
    ("date-compare-fields", "${end} >= ${start}", {"start": dt.date(2026, 1, 1), "end": dt.date(2026, 1, 2)}, "", True),
    ("date-compare-fields-false", "${end} >= ${start}", {"start": dt.date(2026, 1, 2), "end": dt.date(2026, 1, 1)}, "", False),
    ("date-arithmetic-days", "today() - ${d}", {"d": dt.date(2026, 11, 20)}, "", 10.0),
    ("date-string-literal", "date('2026-11-30') = today()", {}, "", True),
    ("decimal-date", "decimal-date(date('1970-01-02'))", {}, "", 1.0),
    ("string-of-date", "string(today())", {}, "", "2026-11-30"),
]


@pytest.mark.parametrize(("expression", "values", "current", "expected"),
                         [c[1:] for c in EXPRESSIONS], ids=[c[0] for c in EXPRESSIONS])
def test_expression(expression, values, current, expected):
    result = parse(expression).evaluate(Env(values, current))
    if isinstance(expected, float) and math.isnan(expected):
        assert isinstance(result, float) and math.isnan(result)
    else:
        assert result == expected


# Expressions a form must refuse when it is loaded.
BROKEN = [
    ("dangling-operator", "${a} +"),
    ("unknown-function", "frobnicate(1)"),
    ("unclosed-paren", "(1 + 2"),
    ("two-values", "1 2"),
    ("empty-reference", "${} = 1"),
    ("wrong-arity-if", "if(1, 2)"),
    ("unclosed-string", "'abc"),
    ("stray-character", "1 # 2"),
    ("python-is-not-xpath", "__import__('os')"),
    ("empty-call-arg", "concat(1,)"),
]


@pytest.mark.parametrize("expression", [b[1] for b in BROKEN], ids=[b[0] for b in BROKEN])
def test_broken_expression_is_refused(expression):
    with pytest.raises(ExpressionError):
        parse(expression)


def _form(survey, choices=()):
    header_rows = [(i + 2, {k: str(v) for k, v in row.items()}) for i, row in enumerate(survey)]
    choice_rows = [(i + 2, {k: str(v) for k, v in row.items()}) for i, row in enumerate(choices)]
    return build_form(FormSource("test.xlsx", {
        "survey": SheetRows("survey", header_rows),
        "choices": SheetRows("choices", choice_rows),
    }))


YES_NO = [{"list_name": "yn", "name": "yes", "label": "Yes"}, {"list_name": "yn", "name": "no", "label": "No"}]


# (id, survey rows, answers, expected errors (field -> True), expected cleaned values subset)
VALIDATION = [
    ("required-empty", [{"type": "text", "name": "a", "label": "A", "required": "yes"}], {}, {"a"}, {}),
    ("required-filled", [{"type": "text", "name": "a", "label": "A", "required": "yes"}], {"a": "x"}, set(), {"a": "x"}),
    ("required-true-spelling", [{"type": "text", "name": "a", "label": "A", "required": "TRUE"}], {}, {"a"}, {}),
    ("required-expression", [
        {"type": "integer", "name": "n", "label": "N"},
        {"type": "text", "name": "a", "label": "A", "required": "${n} > 2"}], {"n": 3}, {"a"}, {}),
    ("required-expression-false", [
        {"type": "integer", "name": "n", "label": "N"},
        {"type": "text", "name": "a", "label": "A", "required": "${n} > 2"}], {"n": 1}, set(), {}),
    ("constraint-ok", [{"type": "integer", "name": "n", "label": "N", "constraint": ". >= 0"}], {"n": 0}, set(), {"n": 0}),
    ("constraint-violated", [{"type": "integer", "name": "n", "label": "N", "constraint": ". >= 0"}], {"n": -1}, {"n"}, {}),
    ("constraint-skipped-when-empty", [{"type": "integer", "name": "n", "label": "N", "constraint": ". >= 5"}], {}, set(), {}),
    ("constraint-uses-other-field", [
        {"type": "integer", "name": "w", "label": "W"},
        {"type": "integer", "name": "m", "label": "M", "constraint": ". + ${w} >= 1"}], {"w": 0, "m": 0}, {"m"}, {}),
    ("not-relevant-not-required", [
        {"type": "select_one yn", "name": "c", "label": "C"},
        {"type": "text", "name": "a", "label": "A", "required": "yes", "relevant": "${c} = 'yes'"}],
     {"c": "no"}, set(), {"a": None}),
    ("relevant-required", [
        {"type": "select_one yn", "name": "c", "label": "C"},
        {"type": "text", "name": "a", "label": "A", "required": "yes", "relevant": "${c} = 'yes'"}],
     {"c": "yes"}, {"a"}, {}),
    ("not-relevant-value-cleared", [
        {"type": "select_one yn", "name": "c", "label": "C"},
        {"type": "text", "name": "a", "label": "A", "relevant": "${c} = 'yes'"}],
     {"c": "no", "a": "typed before"}, set(), {"a": None}),
    ("not-relevant-constraint-ignored", [
        {"type": "select_one yn", "name": "c", "label": "C"},
        {"type": "integer", "name": "n", "label": "N", "relevant": "${c} = 'yes'", "constraint": ". > 100"}],
     {"c": "no", "n": 5}, set(), {"n": None}),
    ("group-relevance-applies-to-children", [
        {"type": "select_one yn", "name": "c", "label": "C"},
        {"type": "begin group", "name": "g", "label": "G", "relevant": "${c} = 'yes'"},
        {"type": "text", "name": "a", "label": "A", "required": "yes"},
        {"type": "end group"}], {"c": "no", "a": "x"}, set(), {"a": None}),
    ("non-relevant-reads-as-empty", [
        {"type": "select_one yn", "name": "c", "label": "C"},
        {"type": "integer", "name": "n", "label": "N", "relevant": "${c} = 'yes'"},
        {"type": "calculate", "name": "k", "calculation": "coalesce(${n}, 'none')"}],
     {"c": "no", "n": 5}, set(), {"k": "none"}),
    ("calculate", [
        {"type": "integer", "name": "w", "label": "W"},
        {"type": "integer", "name": "m", "label": "M"},
        {"type": "calculate", "name": "total", "calculation": "${w} + ${m}"}], {"w": 2, "m": 3}, set(), {"total": "5"}),
    ("calculate-chain-out-of-order", [
        {"type": "calculate", "name": "b", "calculation": "${a} * 2"},
        {"type": "calculate", "name": "a", "calculation": "${n} + 1"},
        {"type": "integer", "name": "n", "label": "N"}], {"n": 1}, set(), {"a": "2", "b": "4"}),
    ("calculate-empty-input-is-empty", [
        {"type": "integer", "name": "n", "label": "N"},
        {"type": "calculate", "name": "k", "calculation": "${n} * 2"}], {}, set(), {"k": None}),
    ("integer-type-checked", [{"type": "integer", "name": "n", "label": "N"}], {"n": "abc"}, {"n"}, {}),
    ("decimal-accepts-fraction", [{"type": "decimal", "name": "d", "label": "D"}], {"d": 2.5}, set(), {"d": 2.5}),
    ("date-type-checked", [{"type": "date", "name": "d", "label": "D"}], {"d": "31.02.2026"}, {"d"}, {}),
    ("time-ok", [{"type": "time", "name": "t", "label": "T"}], {"t": "09:30"}, set(), {"t": "09:30"}),
    ("select-one-unknown-choice", [{"type": "select_one yn", "name": "c", "label": "C"}], {"c": "maybe"}, {"c"}, {}),
    ("select-multiple-required-empty-list", [
        {"type": "select_multiple yn", "name": "s", "label": "S", "required": "yes"}], {"s": []}, {"s"}, {}),
    ("select-multiple-constraint-count", [
        {"type": "select_multiple yn", "name": "s", "label": "S", "constraint": "count-selected(.) <= 1"}],
     {"s": ["yes", "no"]}, {"s"}, {}),
    ("regex-constraint", [
        {"type": "text", "name": "code", "label": "Code", "constraint": "regex(., '^[A-Z]{2}[0-9]{3}$')"}],
     {"code": "AZ12"}, {"code"}, {}),
    ("date-not-in-future", [
        {"type": "date", "name": "d", "label": "D", "constraint": ". <= today()"}], {"d": "2026-12-01"}, {"d"}, {}),
    ("note-never-required", [{"type": "note", "name": "n", "label": "Read this", "required": "yes"}], {}, set(), {}),
]


@pytest.mark.parametrize(("survey", "answers", "errors", "values"),
                         [v[1:] for v in VALIDATION], ids=[v[0] for v in VALIDATION])
def test_validation(survey, answers, errors, values):
    form = _form(survey, YES_NO)
    result = evaluate(form, answers, today=TODAY)
    assert set(result.errors) == errors
    for name, value in values.items():
        assert result.values[name] == value


def test_messages_come_from_the_form_in_the_chosen_language():
    form = _form([{"type": "integer", "name": "n", "label::English (en)": "N", "label::Azərbaycanca (az)": "N",
                   "constraint": ". >= 0",
                   "constraint_message::English (en)": "Not negative",
                   "constraint_message::Azərbaycanca (az)": "Mənfi olmamalıdır"}])
    assert evaluate(form, {"n": -1}, language="Azərbaycanca (az)").errors["n"] == "Mənfi olmamalıdır"
    assert evaluate(form, {"n": -1}, language="English (en)").errors["n"] == "Not negative"


def test_table_is_large_enough():
    assert len(EXPRESSIONS) + len(BROKEN) + len(VALIDATION) >= 60
