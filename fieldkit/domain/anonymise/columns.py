"""Which columns of a form an anonymised release publishes, generalises, or leaves out, and why.

Published: quasi-identifiers (generalised), sensitive columns (l-diverse),
scrubbed free text (``text``), and unmarked answers from a fixed list
(select_one, select_multiple, range, acknowledge). Left out: direct
identifiers, per-record keys (``key``, ``unique``), calculations (a respondent
code is one), device metadata (start, end, today, deviceid), repeats, and any
unmarked free value (text, integer, decimal, date, time): such a value may
identify a person, so the form must say what it is before it is published.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from fieldkit.domain.anonymise.builtin import BUILTIN_FORM, builtin_hierarchies, builtin_sensitive
from fieldkit.domain.anonymise.hierarchy import (
    Hierarchy,
    date_hierarchy,
    interval_hierarchy,
    suppression_hierarchy,
    value_hierarchy,
)
from fieldkit.domain.consent import CONSENT_FIELD
from fieldkit.domain.form import Form, HierarchyDeclaration, Question

__all__ = ["ColumnPlan", "hierarchy_for", "plan_columns"]

#: The strongest mark any version gives a field is the one that counts.
_STRENGTH = {"direct": 5, "key": 4, "quasi": 3, "sensitive": 2, "text": 1, "": 0}
_LISTED = {"select_one", "select_multiple", "range", "acknowledge"}
_META = {"start", "end", "today", "deviceid"}

TEXT_LEFT_OUT = ("free text: it can tell what the quasi-identifiers hide (an exact date, an age, a village), so a "
                 "release with quasi-identifiers leaves it out; --with-text publishes it scrubbed, outside k")
TEXT_OUTSIDE = "published scrubbed, NOT covered by k or l (--with-text): {columns}"


@dataclass
class ColumnPlan:
    """What the release does with each column of one form."""

    published: list[str] = field(default_factory=list)  # in form order; quasi and sensitive among them
    quasi: list[Hierarchy] = field(default_factory=list)
    sensitive: list[str] = field(default_factory=list)
    scrubbed: list[str] = field(default_factory=list)
    left_out: dict[str, str] = field(default_factory=dict)
    free_text: str = "none published"  # what the report says of the form's free text


def _from_declaration(declaration: HierarchyDeclaration, question: Question) -> Hierarchy:
    multiple = question.type == "select_multiple"
    if declaration.kind == "date":
        return date_hierarchy(question.name)
    if declaration.kind == "intervals":
        return interval_hierarchy(question.name, declaration.widths, declaration.origin)
    if declaration.kind == "values":
        return value_hierarchy(question.name, declaration.groups, multiple=multiple)
    return suppression_hierarchy(question.name, multiple=multiple)


def hierarchy_for(form: Form, question: Question) -> Hierarchy:
    """The form's own hierarchy for a quasi-identifier, else the built-in one, else one by its type."""
    if question.name in form.hierarchies:
        return _from_declaration(form.hierarchies[question.name], question)
    if form.form_id == BUILTIN_FORM and question.name in builtin_hierarchies():
        return builtin_hierarchies()[question.name]
    if question.type in ("date", "today"):
        return date_hierarchy(question.name)
    return suppression_hierarchy(question.name, multiple=question.type == "select_multiple")


def _mark(versions: list[Form], name: str) -> str:
    marks = [form.question(name).privacy for form in versions if form.has(name)]
    return max(marks, key=lambda m: _STRENGTH.get(m, 0), default="")


def plan_columns(versions: list[Form], *, with_text: bool = False) -> ColumnPlan:
    """The plan for a form's records of every version in ``versions`` (oldest first).

    Free text (``text``) of a form with quasi-identifiers or sensitive columns is left out unless
    ``with_text``: a note can tell what the generalised columns hide (an exact date, an age, a
    village). Only records with consent are published, so the ``consent`` column says nothing."""
    newest = versions[-1]
    plan = ColumnPlan()
    marked_sensitive = any(q.privacy == "sensitive" for form in versions for q in form.questions)
    builtin = set(builtin_sensitive()) if newest.form_id == BUILTIN_FORM and not marked_sensitive else set()
    for name in newest.field_names():
        if newest.is_repeat(name):
            plan.left_out[name] = "a repeat (one record, several rows)"
            continue
        if not newest.has(name):
            plan.left_out[name] = "computed by fieldkit"
            continue
        question = newest.question(name)
        mark = _mark(versions, name)
        unique = any(form.has(name) and form.question(name).unique for form in versions)
        if mark == "direct":
            plan.left_out[name] = "a direct identifier"
        elif mark == "key" or unique:
            plan.left_out[name] = "a key of the record (unique to one person)"
        elif mark == "quasi":
            plan.quasi.append(hierarchy_for(newest, question))
            plan.published.append(name)
        elif mark == "sensitive" or name in builtin:
            plan.sensitive.append(name)
            plan.published.append(name)
            if question.type == "text":
                plan.scrubbed.append(name)
        elif mark == "text":
            plan.scrubbed.append(name)
            plan.published.append(name)
        elif question.type == "calculate":
            plan.left_out[name] = "a calculation (it may be a code of the record); mark it to publish it"
        elif question.type in _META:
            plan.left_out[name] = "device metadata (times, device id)"
        elif question.type in _LISTED:
            plan.published.append(name)
        else:
            plan.left_out[name] = f"an unmarked {question.type} (it may identify); mark it to publish it"
    free = [name for name in plan.scrubbed if name not in plan.sensitive]
    if free and (plan.quasi or plan.sensitive):
        if with_text:
            plan.free_text = TEXT_OUTSIDE.format(columns=", ".join(free))
        else:
            plan.published = [name for name in plan.published if name not in free]
            plan.scrubbed = [name for name in plan.scrubbed if name not in free]
            plan.left_out.update({name: TEXT_LEFT_OUT for name in free})
    elif free:
        plan.free_text = "published scrubbed: " + ", ".join(free)
    if CONSENT_FIELD in plan.published:
        plan.published.remove(CONSENT_FIELD)
        plan.left_out[CONSENT_FIELD] = "only records with consent are published"
    return plan
