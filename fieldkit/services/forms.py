"""Use cases on forms: check an XLSForm file, add it to the database."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

from fieldkit.domain.form import Form, version_key
from fieldkit.domain.privacy_marks import public_key_problem, weakenings
from fieldkit.domain.xlsform import FormError, FormProblem, FormSource
from fieldkit.exchange.xlsform import load_form
from fieldkit.services.workspace import Workspace
from fieldkit.store import forms as form_store

__all__ = ["FormError", "add_form_file", "add_form_files", "check_form_file"]


def check_form_file(path: Path) -> list[FormProblem]:
    """Every problem of an XLSForm file; empty when the form can be used."""
    try:
        form, _ = load_form(Path(path))
    except FormError as exc:
        return exc.problems
    problem = public_key_problem(form)
    return [FormProblem(Path(path).name, "settings", 2, "public_key", problem)] if problem else []


def add_form_file(workspace: Workspace, path: Path) -> tuple[Form, bool]:
    """Add a form version from an XLSForm file; return it and whether it was new.

    A newer version is added beside the old ones (old records keep theirs). The
    same version with other content, or an older version, is refused, and so is a version that
    weakens a privacy mark of an earlier one (see ``domain.privacy_marks``) or asks for ODK's
    ``public_key`` encryption, which fieldkit does not do.
    """
    return add_form_files(workspace, [path])[0]


def add_form_files(workspace: Workspace, paths: list[Path]) -> list[tuple[Form, bool]]:
    """Add several form files, all or none: every file is checked (against the versions installed
    and those of the files before it) before any is stored. Each is (form, whether it was new)."""
    checked: list[tuple[Form, FormSource, str, bool]] = []
    for path in paths:
        batch = [(form, source) for form, source, _, new in checked if new]
        checked.append(_checked(workspace, Path(path), batch))
    for form, source, digest, new in checked:
        if new:
            workspace.store_form(form, source, digest)
    return [(form, new) for form, _, _, new in checked]


def _checked(workspace: Workspace, path: Path,
             batch: list[tuple[Form, FormSource]]) -> tuple[Form, FormSource, str, bool]:
    form, source = load_form(path)
    problem = public_key_problem(form)
    if problem:
        raise FormError([FormProblem(path.name, "settings", 2, "public_key", problem)])
    digest = hashlib.sha256(path.read_bytes()).hexdigest()
    stored = form_store.get_form_source(workspace.db, form.form_id, form.version)
    stored = stored or next((s.to_json() for f, s in batch if (f.form_id, f.version) == (form.form_id, form.version)),
                            None)
    if stored is not None:
        if _same_sheets(stored, source):
            return form, source, digest, False
        raise FormError([FormProblem(path.name, "settings", None, "version",
                                     f"form {form.form_id} version {form.version} is already installed with other "
                                     "content; give the changed form a higher version")])
    earlier = [workspace.form(form.form_id, v) for v in form_store.form_versions(workspace.db, form.form_id)]
    earlier += [f for f, _ in batch if f.form_id == form.form_id]
    latest = max((f.version for f in earlier), key=version_key, default=None)
    if latest is not None and version_key(form.version) < version_key(latest):
        raise FormError([FormProblem(path.name, "settings", None, "version",
                                     f"form {form.form_id} version {form.version} is older than the installed "
                                     f"version {latest}")])
    weakened = weakenings(earlier, form)
    if weakened:
        first, more = weakened[0], weakened[1:]
        also = f" (and {len(more)} more: {', '.join(w.field for w in more)})" if more else ""
        raise FormError([FormProblem(path.name, "survey", first.row, "privacy", f"{first}{also}")])
    return form, source, digest, True


def _same_sheets(stored: dict, source: FormSource) -> bool:
    return json.dumps(stored["sheets"], sort_keys=True) == json.dumps(source.to_json()["sheets"], sort_keys=True)
