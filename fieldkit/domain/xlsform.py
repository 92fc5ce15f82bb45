"""Build a ``Form`` from the rows of an XLSForm workbook, refusing broken forms.

Reading the workbook file is the exchange layer's job; this module receives the
rows as plain strings (a ``FormSource``), so it can also rebuild a form from the
copy kept in the database. Every problem names the file, sheet, row and column.
"""

from __future__ import annotations

import dataclasses
import re
from dataclasses import dataclass, field
from typing import Any

from fieldkit.domain.anonymise.sheet import parse_hierarchies
from fieldkit.domain.expressions import Expression, ExpressionError, parse
from fieldkit.domain.messages import shortened
from fieldkit.domain.form import (
    META_TYPES,
    QUESTION_TYPES,
    SELECT_TYPES,
    Choice,
    Form,
    Group,
    Question,
)

__all__ = ["FormError", "FormProblem", "FormSource", "SheetRows", "build_form"]

#: A form id or version longer than this is refused (they identify a form everywhere; real ones are short).
_MAX_ID = 64
#: Groups and repeats nested deeper than this are refused (real forms nest a few levels).
_MAX_GROUP_DEPTH = 30
_NAME = re.compile(r"^[A-Za-z_][A-Za-z0-9_.\-]*$")
_YES = {"yes", "true", "true()", "1", "y"}
_NO = {"", "no", "false", "false()", "0", "n"}
_TYPE_ALIASES = {
    "begin_group": "begin group",
    "end_group": "end group",
    "begin_repeat": "begin repeat",
    "end_repeat": "end repeat",
    "select one": "select_one",
    "select multiple": "select_multiple",
    "select_all_that_apply": "select_multiple",
    "int": "integer",
    "string": "text",
}
_PRIVACY = {"", "direct", "quasi", "text", "sensitive", "key"}


@dataclass(frozen=True)
class FormProblem:
    """One thing wrong with a form, located in its workbook."""

    file: str
    sheet: str
    row: int | None
    column: str | None
    message: str

    def __str__(self) -> str:
        where = [self.file] + ([f"sheet {self.sheet}"] if self.sheet else [])
        if self.row is not None:
            where.append(f"row {self.row}")
        if self.column:
            where.append(f"column {self.column}")
        return f"{', '.join(where)}: {self.message}"


class FormError(ValueError):
    """A form that cannot be used, with every problem found."""

    def __init__(self, problems: list[FormProblem]) -> None:
        self.problems = problems
        super().__init__("\n".join(str(p) for p in problems))


@dataclass
class SheetRows:
    """One worksheet: its header names and its rows (1-based sheet row numbers)."""

    name: str
    rows: list[tuple[int, dict[str, str]]] = field(default_factory=list)

    def to_json(self) -> dict[str, Any]:
        return {"name": self.name, "rows": [[n, r] for n, r in self.rows]}

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> SheetRows:
        return cls(data["name"], [(int(n), dict(r)) for n, r in data["rows"]])


@dataclass
class FormSource:
    """The content of an XLSForm workbook, as strings, with its file name."""

    filename: str
    sheets: dict[str, SheetRows]

    def to_json(self) -> dict[str, Any]:
        return {"filename": self.filename, "sheets": {k: v.to_json() for k, v in self.sheets.items()}}

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> FormSource:
        return cls(data["filename"], {k: SheetRows.from_json(v) for k, v in data["sheets"].items()})


def _split_column(column: str) -> tuple[str, str]:
    """'label::English (en)' -> ('label', 'English (en)'); 'label' -> ('label', '')."""
    if "::" in column:
        base, lang = column.split("::", 1)
        return base.strip().lower(), lang.strip()
    if ":" in column and column.split(":", 1)[0].strip().lower() in ("label", "hint", "constraint_message", "required_message"):
        base, lang = column.split(":", 1)
        return base.strip().lower(), lang.strip()
    return column.strip().lower(), ""


class _Builder:
    def __init__(self, source: FormSource) -> None:
        self.source = source
        self.problems: list[FormProblem] = []
        self.languages: list[str] = []

    def problem(self, sheet: str, row: int | None, column: str | None, message: str) -> None:
        self.problems.append(FormProblem(self.source.filename, sheet, row, column, message))

    # -- helpers -----------------------------------------------------------

    def texts(self, row: dict[str, str], base: str) -> dict[str, str]:
        texts: dict[str, str] = {}
        for column, value in row.items():
            name, lang = _split_column(column)
            if name == base and value.strip():
                texts[lang] = value.strip()
                if lang and lang not in self.languages:
                    self.languages.append(lang)
        return texts

    def column_for(self, row: dict[str, str], base: str) -> str:
        for column in row:
            if _split_column(column)[0] == base:
                return column
        return base

    def value(self, row: dict[str, str], base: str) -> str:
        for column, value in row.items():
            if _split_column(column) == (base, ""):
                return value.strip()
        return ""

    def expression(self, sheet: str, row_number: int, row: dict[str, str], base: str) -> Expression | None:
        text = self.value(row, base)
        if not text:
            return None
        try:
            return parse(text)
        except ExpressionError as exc:
            self.problem(sheet, row_number, base, f"{base} {shortened(text)!r} does not parse: {exc}")
            return None

    # -- sheets ------------------------------------------------------------

    def settings(self) -> dict[str, str]:
        sheet = self.source.sheets.get("settings")
        if sheet is None or not sheet.rows:
            return {}
        return {k.strip().lower(): v.strip() for k, v in sheet.rows[0][1].items() if v.strip()}

    def choices(self) -> dict[str, tuple[Choice, ...]]:
        sheet = self.source.sheets.get("choices")
        lists: dict[str, list[Choice]] = {}
        if sheet is None:
            return {}
        for number, row in sheet.rows:
            list_name = self.value(row, "list_name") or self.value(row, "list name")
            name = self.value(row, "name") or self.value(row, "value")
            if not list_name and not name:
                continue
            if not list_name:
                self.problem("choices", number, "list_name", f"choice {name!r} has no list_name")
                continue
            if not name:
                self.problem("choices", number, "name", f"a choice of list {list_name!r} has no name")
                continue
            existing = lists.setdefault(list_name, [])
            if any(c.name == name for c in existing):
                self.problem("choices", number, "name", f"duplicate choice {name!r} in list {list_name!r}")
                continue
            extra = {
                k.strip(): v.strip()
                for k, v in row.items()
                if _split_column(k)[0] not in ("list_name", "list name", "name", "value", "label", "image", "media")
                and v.strip()
            }
            existing.append(Choice(name, self.texts(row, "label"), extra))
        return {k: tuple(v) for k, v in lists.items()}

    def survey(self, choices: dict[str, tuple[Choice, ...]]) -> tuple[Question | Group, ...]:
        sheet = self.source.sheets.get("survey")
        if sheet is None:
            self.problem("survey", None, None, "the workbook has no 'survey' sheet")
            return ()
        # Each open group is (name, row, row dict, children); the root has no name.
        stack: list[tuple[str, int, dict[str, str], list[Question | Group]]] = [("", 0, {}, [])]
        seen: dict[str, int] = {}
        repeat_names: set[str] = set()
        for number, row in sheet.rows:
            raw_type = " ".join(self.value(row, "type").split())
            if not raw_type:
                if any(v.strip() for v in row.values()):
                    self.problem("survey", number, "type", "a row with content has no type")
                continue
            kind, _, list_name = raw_type.partition(" ")
            kind = _TYPE_ALIASES.get(raw_type.lower(), _TYPE_ALIASES.get(kind.lower(), kind.lower()))
            if kind in ("begin", "end") and list_name.lower() in ("group", "repeat"):
                kind, list_name = f"{kind} {list_name.lower()}", ""
            name = self.value(row, "name")
            groups = tuple(g[0] for g in stack[1:])

            if kind in ("end group", "end repeat"):
                if len(stack) == 1:
                    self.problem("survey", number, "type", f"'{kind}' without a matching begin")
                    continue
                group_name, group_row, group_dict, children = stack.pop()
                is_repeat = group_name in repeat_names
                if is_repeat != (kind == "end repeat"):
                    opened = "begin repeat" if is_repeat else "begin group"
                    self.problem("survey", number, "type", f"'{kind}' closes {group_name!r}, opened with '{opened}'")
                outer = tuple(g[0] for g in stack[1:])
                stack[-1][3].append(
                    Group(
                        name=group_name,
                        row=group_row,
                        labels=self.texts(group_dict, "label"),
                        relevant=self.expression("survey", group_row, group_dict, "relevant"),
                        appearance=self.value(group_dict, "appearance"),
                        children=tuple(children),
                        groups=outer,
                        repeat=is_repeat,
                        repeat_count=self.expression("survey", group_row, group_dict, "repeat_count")
                        if is_repeat else None,
                        repeats=tuple(g for g in outer if g in repeat_names),
                    )
                )
                continue

            if not name:
                self.problem("survey", number, "name", f"a '{raw_type}' row has no name")
                continue
            if not _NAME.match(name):
                self.problem("survey", number, "name", f"name {name!r} is not a valid field name (letters, digits, _ . -; not starting with a digit)")
                continue
            if name in seen:
                self.problem("survey", number, "name", f"duplicate name {name!r} (first used on row {seen[name]})")
                continue
            seen[name] = number

            if kind in ("begin group", "begin repeat") and len(stack) > _MAX_GROUP_DEPTH:
                self.problem("survey", number, "type", f"groups nested more than {_MAX_GROUP_DEPTH} deep")
                return ()
            if kind == "begin group":
                stack.append((name, number, row, []))
                continue
            if kind == "begin repeat":
                repeat_names.add(name)
                stack.append((name, number, row, []))
                continue

            if kind not in QUESTION_TYPES:
                self.problem("survey", number, "type", f"unknown type {raw_type!r}")
                continue
            if kind in SELECT_TYPES:
                list_name = list_name.strip()
                if not list_name:
                    self.problem("survey", number, "type", f"{kind} needs a choice list name, e.g. '{kind} yes_no'")
                    continue
                if list_name not in choices:
                    self.problem("survey", number, "type", f"choice list {list_name!r} is not in the choices sheet")
                    continue
            elif list_name:
                self.problem("survey", number, "type", f"unknown type {raw_type!r}")
                continue
            repeats = tuple(g for g in groups if g in repeat_names)
            question = self.question(number, row, name, kind, list_name or None, groups, repeats)
            if question is not None:
                stack[-1][3].append(question)

        for group_name, group_row, _, _ in stack[1:]:
            self.problem("survey", group_row, "type", f"group {group_name!r} is never closed with 'end group'")
        return tuple(stack[0][3])

    def question(
        self, number: int, row: dict[str, str], name: str, kind: str, list_name: str | None,
        groups: tuple[str, ...], repeats: tuple[str, ...] = (),
    ) -> Question | None:
        labels = self.texts(row, "label")
        hints = self.texts(row, "hint")
        if kind not in META_TYPES and kind != "calculate" and not labels and not hints:
            self.problem("survey", number, "label", f"question {name!r} has no label")
        calculation = self.expression("survey", number, row, "calculation")
        if kind == "calculate" and calculation is None and not self.value(row, "calculation"):
            self.problem("survey", number, "calculation", f"calculate {name!r} has no calculation")
        required_text = self.value(row, "required").lower()
        required: Expression | bool
        if required_text in _YES:
            required = True
        elif required_text in _NO:
            required = False
        else:
            required = self.expression("survey", number, row, "required") or False
        privacy = self.value(row, "privacy").lower()
        if privacy not in _PRIVACY:
            self.problem("survey", number, "privacy", f"privacy {privacy!r} is not one of direct, quasi, text, "
                         "sensitive, key")
        points_text = self.value(row, "points")
        points = 1.0
        if points_text:
            try:
                points = float(points_text)
            except ValueError:
                self.problem("survey", number, "points", f"points {points_text!r} is not a number")
        parameters = {}
        for part in self.value(row, "parameters").replace(",", " ").split():
            key, _, value = part.partition("=")
            parameters[key.strip().lower()] = value.strip()
        if kind == "range":
            self.check_range(number, parameters)
        choice_filter = self.expression("survey", number, row, "choice_filter")
        if choice_filter is not None and kind not in SELECT_TYPES:
            self.problem("survey", number, "choice_filter", f"choice_filter on {kind!r}: only selects have choices")
        return Question(
            name=name,
            type=kind,
            row=number,
            labels=labels,
            hints=hints,
            list_name=list_name,
            required=required,
            required_messages=self.texts(row, "required_message"),
            constraint=self.expression("survey", number, row, "constraint"),
            constraint_messages=self.texts(row, "constraint_message"),
            relevant=self.expression("survey", number, row, "relevant"),
            calculation=calculation,
            default=self.value(row, "default"),
            read_only=self.value(row, "read_only").lower() in _YES,
            appearance=self.value(row, "appearance"),
            privacy=privacy,
            points=points,
            parameters=parameters,
            groups=groups,
            repeats=repeats,
            choice_filter=choice_filter,
            unique=self.value(row, "unique").lower() in _YES,
        )

    def check_range(self, number: int, parameters: dict[str, str]) -> None:
        values = {}
        for key in ("start", "end", "step"):
            text = parameters.get(key, "")
            if not text:
                continue
            try:
                values[key] = float(text)
            except ValueError:
                self.problem("survey", number, "parameters", f"range {key}={text!r} is not a number")
        if values.get("step", 1) <= 0:
            self.problem("survey", number, "parameters", "range step must be more than 0")
        if values.get("start", 1) > values.get("end", 10):
            self.problem("survey", number, "parameters", "range start is after its end")

    def choice_columns(self, list_name: str, form: Form) -> set[str]:
        return _choice_columns_of(form, list_name)

    def check_references(self, form: Form) -> None:
        sheet = self.source.sheets["survey"]
        rows = dict(sheet.rows)
        names = {q.name for q in form.questions} | {g.name for g in _groups(form.children)}
        for number, row in rows.items():
            for column in ("relevant", "constraint", "calculation", "required", "choice_filter", "repeat_count"):
                text = self.value(row, column)
                if not text or (column == "required" and text.lower() in _YES | _NO):
                    continue
                try:
                    expression = parse(text)
                except ExpressionError:
                    continue  # already reported
                for ref in expression.references():
                    if ref not in names:
                        self.problem("survey", number, column, f"${{{ref}}} refers to no question of this form")
                bare = expression.bare_names()
                if column == "choice_filter":
                    kind = self.value(row, "type").split()
                    columns = self.choice_columns(kind[1] if len(kind) > 1 else "", form)
                    for name in bare:
                        if name not in columns:
                            self.problem("survey", number, column,
                                         f"{name!r} is not a column of the choices sheet (did you mean ${{{name}}}?)")
                else:
                    for name in bare:
                        self.problem("survey", number, column, f"bare name {name!r}: write ${{{name}}} for a question")
            for column, text in row.items():
                if _split_column(column)[0] in ("label", "hint") and "${" in text:
                    for ref in re.findall(r"\$\{\s*([^}\s]*)\s*\}", text):
                        if ref not in names:
                            self.problem("survey", number, column, f"${{{ref}}} refers to no question of this form")


def _choice_columns_of(form: Form, list_name: str) -> set[str]:
    columns = {"name", "label"}
    for choice in form.choices.get(list_name, ()):
        columns.update(choice.extra)
    return columns


def _groups(nodes: tuple[Question | Group, ...]) -> list[Group]:
    found: list[Group] = []
    for node in nodes:
        if isinstance(node, Group):
            found.append(node)
            found.extend(_groups(node.children))
    return found


def build_form(source: FormSource) -> Form:
    """Build and check a form; raise FormError listing every problem."""
    builder = _Builder(source)
    settings = builder.settings()
    choices = builder.choices()
    children = builder.survey(choices)
    stem = re.sub(r"\.[A-Za-z]+$", "", source.filename.replace("\\", "/").rsplit("/", 1)[-1])
    form_id = settings.get("form_id") or settings.get("id_string") or stem
    if not _NAME.match(form_id) or len(form_id) > _MAX_ID:
        builder.problem("settings", 2, "form_id", f"form_id {shortened(form_id)!r} is not a valid identifier"
                        + (f" (more than {_MAX_ID} characters)" if len(form_id) > _MAX_ID else ""))
    version = settings.get("version", "1")
    if len(version) > _MAX_ID or not version.isprintable():
        builder.problem("settings", 2, "version", f"version {shortened(version)!r} is not a version (at most "
                        f"{_MAX_ID} printable characters)")
    default_language = settings.get("default_language") or None
    languages = list(builder.languages)
    if default_language and default_language not in languages and languages:
        builder.problem("settings", 2, "default_language", f"default_language {default_language!r} is not one of the label languages: {', '.join(languages)}")
    form = Form(
        form_id=form_id,
        version=settings.get("version", "1"),
        title=settings.get("form_title") or settings.get("title") or form_id,
        children=children,
        choices=choices,
        languages=tuple(languages),
        default_language=default_language or (languages[0] if languages else None),
        settings=settings,
    )
    if "survey" in source.sheets:
        builder.check_references(form)
        instance_name = settings.get("instance_name", "")
        if instance_name:
            try:
                refs = list(parse(instance_name).references())
            except ExpressionError as exc:
                builder.problem("settings", 2, "instance_name", f"instance_name does not parse: {exc}")
            else:
                names = {q.name for q in form.questions}
                for ref in refs:
                    if ref not in names:
                        builder.problem("settings", 2, "instance_name", f"${{{ref}}} refers to no question of this form")
    if "hierarchies" in source.sheets and "survey" in source.sheets:
        declared = parse_hierarchies(source.sheets["hierarchies"].rows, form, builder.problem)
        form = dataclasses.replace(form, hierarchies=declared)
    if not builder.problems and not form.questions:
        builder.problem("survey", None, None, "the form has no questions")
    if builder.problems:
        builder.problems.sort(key=lambda p: ({"settings": 0, "survey": 1, "choices": 2, "hierarchies": 3}.get(p.sheet, 4), p.row or 0))
        raise FormError(builder.problems)
    return form
