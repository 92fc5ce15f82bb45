"""Answer values: how each question type is stored, and how input is read.

Stored shapes (also the JSON shapes of the CLI): text and select_one are
strings, integer an int, decimal a float, date ``YYYY-MM-DD``, time ``HH:MM``,
select_multiple a list of choice names. An empty answer is ``None``.
"""

from __future__ import annotations

import datetime as dt
import math
import re
from typing import Any

from fieldkit.domain.form import Choice, Form, Question
from fieldkit.domain.messages import Message, without_answer

__all__ = ["AnswerError", "clean_text", "coerce", "converter", "is_empty", "range_bounds", "read_answers", "to_expression_value"]


class AnswerError(ValueError):
    """An answer that does not fit its question's type."""


_TIME = re.compile(r"^([01]?\d|2[0-3]):([0-5]\d)(?::([0-5]\d)(?:\.\d+)?)?$")
_INTEGER = re.compile(r"^[+-]?\d+$")
_TIME_STORED = re.compile(r"([01]\d|2[0-3]):[0-5]\d")


# Characters XML 1.0 (so .xlsx) cannot carry; typed text never needs them.
_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


def clean_text(text: str) -> str:
    """One line ending (\\n) and no control characters: what survives Excel unchanged."""
    if text.isprintable():  # the common case, checked in C: no line breaks, controls or surrogates
        return text
    return _CONTROL.sub("", text.replace("\r\n", "\n").replace("\r", "\n"))


MAX_INTEGER = 10**15 - 1
# An Excel cell holds 32,767 characters and longer text is cut silently on the way;
# answers stay below, so a cell at the limit is a sign of damage, not an answer.
MAX_TEXT = 32_000


# The dates a workbook carries both ways: a spreadsheet's calendar starts in 1900 (an earlier
# date is written as text and refused by the import), and ISO dates stop at 9999.
FIRST_DATE = dt.date(1900, 1, 1)
LAST_DATE = dt.date(9999, 12, 31)
DATE_RANGE_MESSAGE = "{value} is not between 1900-01-01 and 9999-12-31 (a typo in the year?)"


def _date_in_range(day: dt.date) -> str:
    if not FIRST_DATE <= day <= LAST_DATE:
        raise AnswerError(Message(DATE_RANGE_MESSAGE, value=day.isoformat()))
    return day.isoformat()


def excel_precision(number: float) -> float:
    """A decimal kept to the 15 significant digits a spreadsheet keeps, so it survives one.
    Negative zero is zero: a spreadsheet has no -0 (written as '-0', it reads back as 0)."""
    return float(f"{number:.15g}") + 0.0


def is_empty(value: Any) -> bool:
    return value is None or value == "" or value == []


def coerce(question: Question, choices: tuple[Choice, ...], raw: Any) -> Any:
    """Read an answer given as JSON or typed text into its stored shape. The message of an answer
    refused for a privacy-marked field names no value (see ``messages.Hidden``)."""
    if not question.privacy:
        return _coerce(question, choices, raw)
    try:
        return _coerce(question, choices, raw)
    except AnswerError as exc:
        if exc.args and isinstance(exc.args[0], Message):
            raise AnswerError(without_answer(exc.args[0])) from None
        raise


def _coerce(question: Question, choices: tuple[Choice, ...], raw: Any) -> Any:
    if isinstance(raw, str) and question.type not in ("text", "note", "calculate"):
        raw = raw.strip()
    if is_empty(raw) or (isinstance(raw, str) and not raw.strip()):
        return None  # only spaces is no answer
    kind = question.type
    if kind in ("text", "calculate", "note", "deviceid"):
        if isinstance(raw, (dict, list)):
            raise AnswerError(Message("expected text"))
        if isinstance(raw, float) and raw.is_integer():
            return str(int(raw))
        text = clean_text(raw if isinstance(raw, str) else str(raw))
        if len(text) > MAX_TEXT:
            raise AnswerError(Message("{length} characters: longer than the {limit:,} an answer may have (a spreadsheet "
                                      "cell holds 32,767 and cuts the rest)", length=len(text), limit=MAX_TEXT))
        return text
    if kind == "integer":
        if isinstance(raw, bool):
            raise AnswerError(Message("{value!r} is not a whole number", value=raw))
        if isinstance(raw, int):
            number = raw
        elif isinstance(raw, float) and raw.is_integer():
            number = int(raw)
        elif isinstance(raw, str) and _INTEGER.match(raw):
            if len(raw.lstrip("+-").lstrip("0")) > 15:  # (before int(): Python refuses over 4,300 digits)
                raise AnswerError(Message("{value!r} has more than 15 digits (Excel keeps 15)", value=raw))
            number = int(raw)
        else:
            raise AnswerError(Message("{value!r} is not a whole number", value=raw))
        if abs(number) > MAX_INTEGER:
            raise AnswerError(Message("{number} has more than 15 digits (Excel keeps 15)", number=number))
        return number
    if kind == "decimal":
        if isinstance(raw, bool):
            raise AnswerError(Message("{value!r} is not a number", value=raw))
        if isinstance(raw, (int, float)):
            number = float(raw)
        elif isinstance(raw, str):
            try:
                number = float(raw.replace(",", ".")) if re.fullmatch(r"[+-]?(\d+([.,]\d*)?|[.,]\d+)", raw) else math.nan
            except ValueError:
                number = math.nan
        else:
            number = math.nan
        if not math.isfinite(number):
            raise AnswerError(Message("{value!r} is not a number", value=raw))
        return excel_precision(number)
    if kind in ("date", "today"):
        if isinstance(raw, dt.datetime):
            raw = raw.date()
        if isinstance(raw, dt.date):
            return _date_in_range(raw)
        if isinstance(raw, dt.time):  # a date cell of 0 or less reads back as a time of day
            raise AnswerError(Message("{value!r} is not a date (YYYY-MM-DD)", value=raw.strftime("%H:%M:%S")))
        text = str(raw)
        if re.fullmatch(r"\d{4}-\d{2}-\d{2}", text):
            try:
                day = dt.date.fromisoformat(text)
            except ValueError:
                pass
            else:
                return _date_in_range(day)
        raise AnswerError(Message("{value!r} is not a date (YYYY-MM-DD)", value=raw))
    if kind == "time":
        if isinstance(raw, dt.time):
            return raw.strftime("%H:%M")
        match = _TIME.match(str(raw))
        if not match:
            raise AnswerError(Message("{value!r} is not a time (HH:MM)", value=raw))
        return f"{int(match.group(1)):02d}:{match.group(2)}"
    if kind in ("start", "end"):
        return str(raw)
    if kind == "acknowledge":
        if raw is True or (isinstance(raw, str) and raw.strip().upper() in ("OK", "YES", "TRUE", "1")):
            return "OK"
        raise AnswerError(Message("{value!r}: an acknowledgement is 'OK' or empty", value=raw))
    if kind == "range":
        return _range_value(question, raw)
    names = {c.name for c in choices}
    if kind == "select_one":
        if not isinstance(raw, (str, int)) or isinstance(raw, bool):
            raise AnswerError(Message("expected one choice name"))
        value = str(raw)
        if value not in names:
            raise AnswerError(Message("{value!r} is not one of the choices ({choices})", value=value,
                                       choices=", ".join(sorted(names))))
        return value
    if kind == "select_multiple":
        if isinstance(raw, str):
            items = raw.split()
        elif isinstance(raw, list) and all(isinstance(i, (str, int)) and not isinstance(i, bool) for i in raw):
            items = [str(i) for i in raw]
        else:
            raise AnswerError(Message("expected a list of choice names"))
        unknown = [i for i in items if i not in names]
        if unknown:
            raise AnswerError(Message("{values} not among the choices ({choices})",
                                       values=", ".join(repr(u) for u in unknown), choices=", ".join(sorted(names))))
        ordered = [c.name for c in choices if c.name in items]  # stable order, no repeats
        return ordered or None
    raise AnswerError(f"question type {kind!r} takes no answer")


def range_bounds(question: Question) -> tuple[float, float, float]:
    """start, end, step of a range question (XLSForm defaults 1, 10, 1)."""
    def number(key: str, default: float) -> float:
        try:
            return float(question.parameters.get(key, "") or default)
        except ValueError:
            return default

    return number("start", 1), number("end", 10), number("step", 1)


def _range_value(question: Question, raw: Any) -> int | float:
    if isinstance(raw, bool):
        raise AnswerError(Message("{value!r} is not a number", value=raw))
    try:
        number = float(raw.replace(",", ".")) if isinstance(raw, str) else float(raw)
    except (TypeError, ValueError):
        raise AnswerError(Message("{value!r} is not a number", value=raw)) from None
    if not math.isfinite(number):
        raise AnswerError(Message("{value!r} is not a number", value=raw))
    start, end, step = range_bounds(question)
    low, high = min(start, end), max(start, end)
    if not low <= number <= high:
        raise AnswerError(Message("{number} is outside the range {low} to {high}", number=_plain(number), low=_plain(low),
                                   high=_plain(high)))
    steps = (number - start) / step
    if abs(steps - round(steps)) > 1e-9:
        raise AnswerError(Message("{number} is not on a step of {step} from {start}", number=_plain(number),
                                   step=_plain(step), start=_plain(start)))
    return int(number) if all(float(x).is_integer() for x in (start, end, step)) else excel_precision(number)


def _plain(number: float) -> str:
    return str(int(number)) if float(number).is_integer() else str(number)


def to_expression_value(question: Question, value: Any) -> Any:
    """The stored value as an expression sees it (dates as dates, lists as 'a b')."""
    if is_empty(value):
        return ""
    if question.type in ("date", "today") and isinstance(value, str):
        try:
            return dt.date.fromisoformat(value)
        except ValueError:
            return value
    if isinstance(value, list):
        return " ".join(str(v) for v in value)
    return value


def read_answers(form: Form, raw: Any, *, repeat: str | None = None, path: str = "") -> dict[str, Any]:
    """Answers given as JSON (keys are field names; a repeat is a list of objects)
    in their stored shapes. AnswerError names the field path of the first problem."""
    if not isinstance(raw, dict):
        where = f" at {path.rstrip('/')}" if path else ""
        raise AnswerError(f"expected a JSON object of field names and answers{where}")
    allowed = form.repeat_field_names(repeat) if repeat else form.field_names()
    answers: dict[str, Any] = {}
    for name, value in raw.items():
        field_path = f"{path}{name}"
        if name not in allowed or name in form.computed_fields:
            if name in form.computed_fields:
                continue  # computed by fieldkit, never taken from input
            raise AnswerError(f"{field_path}: form {form.form_id} has no such field"
                              + (f" in repeat {repeat}" if repeat else ""))
        if form.is_repeat(name):
            if value is None:
                answers[name] = []
                continue
            if not isinstance(value, list):
                raise AnswerError(f"{field_path}: a repeat is a list of objects")
            answers[name] = [read_answers(form, item, repeat=name, path=f"{field_path}[{i}]/")
                             for i, item in enumerate(value, start=1)]
            continue
        question = form.question(name)
        if question.type in ("calculate", "note"):
            continue  # computed by the form, never taken from input
        try:
            answers[name] = coerce(question, form.choices_for(question), value)
        except AnswerError as exc:
            raise AnswerError(f"{field_path}: {exc}") from None
    return answers


def converter(question: Question, choices: tuple[Choice, ...]) -> Any:
    """A function reading one answer of ``question`` as ``coerce`` does, faster for the
    shapes a workbook gives (used when importing many rows)."""
    kind = question.type
    slow = lambda raw: coerce(question, choices, raw)  # noqa: E731

    if kind in ("text", "calculate"):
        def text(raw: Any) -> Any:
            if raw.__class__ is str and len(raw) <= MAX_TEXT:
                return clean_text(raw) if raw.strip() else None
            return slow(raw)
        return text
    if kind == "integer":
        def integer(raw: Any) -> Any:
            if raw.__class__ is float and raw.is_integer() and abs(raw) <= MAX_INTEGER:
                return int(raw)
            if raw.__class__ is int and abs(raw) <= MAX_INTEGER:
                return raw
            return slow(raw)
        return integer
    if kind == "decimal":
        def decimal(raw: Any) -> Any:
            if raw.__class__ is float and math.isfinite(raw):
                return excel_precision(raw)
            if raw.__class__ is int:  # a whole number, as a reader may give it
                return excel_precision(float(raw))
            return slow(raw)
        return decimal
    if kind == "select_one":
        names = {c.name for c in choices}

        def select_one(raw: Any) -> Any:
            return raw if raw.__class__ is str and raw in names else slow(raw)
        return select_one
    if kind == "select_multiple":
        order = {c.name: i for i, c in enumerate(choices)}

        def select_multiple(raw: Any) -> Any:
            if raw.__class__ is str:
                items = raw.split()
                if items and all(i in order for i in items) and len(set(items)) == len(items):
                    return sorted(items, key=order.__getitem__)
            return slow(raw)
        return select_multiple
    if kind == "time":
        def time(raw: Any) -> Any:
            if raw.__class__ is str and len(raw) == 5 and _TIME_STORED.match(raw):
                return raw  # already as stored: HH:MM
            return slow(raw)
        return time
    if kind in ("date", "today"):
        def date(raw: Any) -> Any:
            if raw.__class__ is dt.date and raw.year >= 1900:
                return raw.isoformat()
            return slow(raw)
        return date
    return slow
