"""The form model: a questionnaire as the rest of fieldkit sees it."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field

from fieldkit.domain.expressions import Expression

__all__ = [
    "Choice",
    "Form",
    "Group",
    "HierarchyDeclaration",
    "Question",
    "INPUT_TYPES",
    "META_TYPES",
    "QUESTION_TYPES",
    "SELECT_TYPES",
    "pick_language",
    "version_key",
]

#: Types a person answers.
INPUT_TYPES = frozenset(
    {"text", "integer", "decimal", "date", "time", "select_one", "select_multiple", "range", "acknowledge"}
)
SELECT_TYPES = frozenset({"select_one", "select_multiple"})
#: Types filled in by the device, never shown (ODK metadata).
META_TYPES = frozenset({"start", "end", "today", "deviceid"})
#: Every question type the engine knows (groups are not questions).
QUESTION_TYPES = INPUT_TYPES | META_TYPES | {"note", "calculate"}

Labels = dict[str, str]


def pick_language(texts: Labels, language: str | None, default: str | None) -> str:
    """The text in ``language``, else the default language, else any text."""
    for lang in (language, default, ""):
        if lang is not None and texts.get(lang):
            return texts[lang]
    return next((t for t in texts.values() if t), "")


@dataclass(frozen=True)
class Choice:
    name: str
    labels: Labels
    extra: dict[str, str] = field(default_factory=dict)

    def label(self, language: str | None = None, default: str | None = None) -> str:
        return pick_language(self.labels, language, default) or self.name


@dataclass(frozen=True)
class Question:
    """One row of the survey sheet that holds a value (or a note)."""

    name: str
    type: str
    row: int
    labels: Labels = field(default_factory=dict)
    hints: Labels = field(default_factory=dict)
    list_name: str | None = None
    required: Expression | bool = False
    required_messages: Labels = field(default_factory=dict)
    constraint: Expression | None = None
    constraint_messages: Labels = field(default_factory=dict)
    relevant: Expression | None = None
    calculation: Expression | None = None
    default: str = ""
    read_only: bool = False
    appearance: str = ""
    privacy: str = ""
    points: float = 1.0
    parameters: dict[str, str] = field(default_factory=dict)
    groups: tuple[str, ...] = ()
    repeats: tuple[str, ...] = ()
    choice_filter: Expression | None = None
    unique: bool = False

    @property
    def is_select(self) -> bool:
        return self.type in SELECT_TYPES

    @property
    def is_input(self) -> bool:
        return self.type in INPUT_TYPES

    @property
    def shown(self) -> bool:
        """Whether a person sees this question in the form view."""
        return self.type in INPUT_TYPES or self.type == "note"

    def label(self, language: str | None = None, default: str | None = None) -> str:
        return pick_language(self.labels, language, default) or self.name

    def hint(self, language: str | None = None, default: str | None = None) -> str:
        return pick_language(self.hints, language, default)


@dataclass(frozen=True)
class Group:
    """A ``begin group`` ... ``end group`` block."""

    name: str
    row: int
    labels: Labels = field(default_factory=dict)
    relevant: Expression | None = None
    appearance: str = ""
    children: tuple[Question | Group, ...] = ()
    groups: tuple[str, ...] = ()
    repeat: bool = False
    repeat_count: Expression | None = None
    repeats: tuple[str, ...] = ()

    def label(self, language: str | None = None, default: str | None = None) -> str:
        return pick_language(self.labels, language, default)


@dataclass(frozen=True)
class HierarchyDeclaration:
    """A quasi-identifier's generalisation hierarchy, as its form's ``hierarchies`` sheet declares it.

    ``kind``: 'values' (``groups``: each value's group at level 1, 2, ...), 'date' (day, month,
    quarter, year), 'intervals' (``widths`` from ``origin``) or 'suppress' (kept or suppressed).
    """

    field: str
    kind: str
    row: int
    groups: dict[str, tuple[str, ...]] = field(default_factory=dict)
    widths: tuple[float, ...] = ()
    origin: float = 0.0


@dataclass(frozen=True)
class Form:
    """A loaded, checked questionnaire."""

    form_id: str
    version: str
    title: str
    children: tuple[Question | Group, ...]
    choices: dict[str, tuple[Choice, ...]]
    languages: tuple[str, ...] = ()
    default_language: str | None = None
    settings: dict[str, str] = field(default_factory=dict)
    hierarchies: dict[str, HierarchyDeclaration] = field(default_factory=dict)

    def __post_init__(self) -> None:
        index = {q.name: q for q in _walk_questions(self.children)}
        groups = {g.name: g for g in _walk_groups(self.children)}
        object.__setattr__(self, "_questions", index)
        object.__setattr__(self, "_groups", groups)
        header = ("event_code", "participant_code", "sex", "institution", "phase")
        has_key = any(c.extra.get("correct", "").strip() in ("1", "yes", "true")
                      for choices in self.choices.values() for c in choices)
        object.__setattr__(self, "_is_test", has_key and all(name in index for name in header))
        object.__setattr__(self, "_field_names", tuple(_field_names(self.children)))

    @property
    def questions(self) -> list[Question]:
        """Every question in form order, groups flattened."""
        return list(self._questions.values())  # type: ignore[attr-defined]

    def question(self, name: str) -> Question:
        return self._questions[name]  # type: ignore[attr-defined, no-any-return]

    def has(self, name: str) -> bool:
        return name in self._questions  # type: ignore[attr-defined]

    def group(self, name: str) -> Group:
        return self._groups[name]  # type: ignore[attr-defined, no-any-return]

    def choices_for(self, question: Question) -> tuple[Choice, ...]:
        return self.choices.get(question.list_name or "", ())

    def field_names(self) -> list[str]:
        """Top-level keys of a record's data: answers, calculations, repeats (as lists)."""
        return list(self._field_names) + list(self.computed_fields)  # type: ignore[attr-defined]

    def repeat_field_names(self, repeat: str) -> list[str]:
        """Keys of one instance of a repeat."""
        return _field_names(self.group(repeat).children)

    @property
    def repeat_groups(self) -> list[Group]:
        return [g for g in self._groups.values() if g.repeat]  # type: ignore[attr-defined]

    def is_repeat(self, name: str) -> bool:
        return name in self._groups and self._groups[name].repeat  # type: ignore[attr-defined]

    @property
    def is_test(self) -> bool:
        """A pre/post test: the test header fields and an answer key (choices column ``correct``)."""
        return self._is_test  # type: ignore[attr-defined, no-any-return]

    @property
    def computed_fields(self) -> tuple[str, ...]:
        """Fields fieldkit adds to a record (the score of a test form)."""
        return ("score_pct",) if self.is_test else ()

    def language_code(self, language: str) -> str:
        """'Azərbaycanca (az)' -> 'az'; a language without a code is its own name."""
        if language.endswith(")") and "(" in language:
            return language[language.rindex("(") + 1 : -1].strip()
        return language

    def language_for(self, code: str) -> str | None:
        """The form language whose code (or name) is ``code``."""
        for language in self.languages:
            if self.language_code(language) == code or language == code:
                return language
        return None


def _field_names(nodes: tuple[Question | Group, ...]) -> list[str]:
    names: list[str] = []
    for node in nodes:
        if isinstance(node, Group):
            names.extend([node.name] if node.repeat else _field_names(node.children))
        elif node.type != "note":
            names.append(node.name)
    return names


def _walk_questions(nodes: tuple[Question | Group, ...]) -> Iterator[Question]:
    for node in nodes:
        if isinstance(node, Group):
            yield from _walk_questions(node.children)
        else:
            yield node


def _walk_groups(nodes: tuple[Question | Group, ...]) -> Iterator[Group]:
    for node in nodes:
        if isinstance(node, Group):
            yield node
            yield from _walk_groups(node.children)


def version_key(version: str) -> tuple:
    """Sort key for form versions: '2026113001' < '2026120101', '1.9' < '1.10'."""
    parts = re.findall(r"\d+|\D+", version.strip())
    return tuple((0, int(p), "") if p.isascii() and p.isdigit() and len(p) < 19 else (1, 0, p) for p in parts)
