"""Privacy marks only tighten from one version of a form to the next.

``direct`` is the strongest mark (sealed at save); ``quasi``, ``text`` (and any other mark, such as
``sensitive``) are of the same strength but protect differently (generalised, scrubbed, kept
diverse), so changing one into another weakens what the first did; no mark is the weakest. A new
version may keep a field's mark, raise it to ``direct``, or mark a field no earlier version marked.

A field may be dropped (a version that no longer asks for a name collects less), but its name
keeps its marks: every earlier version counts, not only the latest, so a later version that
brings ``contact`` back unmarked is refused as well. What old records hold stays as it was sealed
or scrubbed: they keep their own version.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from fieldkit.domain.form import Form, Question, version_key

__all__ = ["PUBLIC_KEY_PROBLEM", "Weakening", "public_key_problem", "weakenings"]

STRONGEST = "direct"

PUBLIC_KEY_PROBLEM = ("public_key is ODK's encryption of whole submissions, which fieldkit does not do: the "
                      "answers would be kept in clear. Remove it; mark the identifying fields 'direct' in the "
                      "survey's privacy column and install HQ's key (fieldkit keys install)")


@dataclass(frozen=True)
class Weakening:
    """A field whose privacy mark the new version weakens."""

    field: str
    row: int | None  # the field's survey row in the new version (None: the new version has no such field)
    earlier_version: str
    earlier: str
    now: str

    def __str__(self) -> str:
        return (f"{self.field} is marked {self.earlier} in version {self.earlier_version}, "
                f"{('marked ' + self.now) if self.now else 'not marked'} here: a new version may keep or tighten a "
                f"privacy mark, never weaken it (mark it {self.earlier}"
                f"{'' if self.earlier == STRONGEST else ' or ' + STRONGEST})")


def allowed(earlier: str, now: str) -> bool:
    """Whether a field marked ``earlier`` may be marked ``now`` in a later version."""
    return not earlier or now == earlier or now == STRONGEST


def weakenings(earlier_versions: Iterable[Form], form: Form) -> list[Weakening]:
    """Every field of ``form`` whose mark weakens the mark of an earlier version (the latest of
    those first), one per field."""
    now: dict[str, Question] = {q.name: q for q in form.questions}
    found: dict[str, Weakening] = {}
    for earlier in sorted(earlier_versions, key=lambda f: version_key(f.version), reverse=True):
        if version_key(earlier.version) >= version_key(form.version):
            continue
        for question in earlier.questions:
            if question.name in found or not question.privacy:
                continue
            current = now.get(question.name)
            if current is None:
                continue  # dropped: collected no more (its name keeps the mark for later versions)
            if not allowed(question.privacy, current.privacy):
                found[question.name] = Weakening(question.name, current.row, earlier.version, question.privacy,
                                                 current.privacy)
    return sorted(found.values(), key=lambda w: w.row or 0)


def public_key_problem(form: Form) -> str | None:
    """Why a form with ODK's ``public_key`` setting is refused, or None without one."""
    return PUBLIC_KEY_PROBLEM if (form.settings.get("public_key") or "").strip() else None
