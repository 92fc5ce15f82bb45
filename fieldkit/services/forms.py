"""Use cases on forms: check an XLSForm file, add it to the database."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

from fieldkit.domain.form import Form, version_key
from fieldkit.domain.privacy_marks import public_key_problem, weakenings
from fieldkit.domain.xlsform import FormError, FormProblem
from fieldkit.exchange.xlsform import load_form
from fieldkit.services.workspace import Workspace
from fieldkit.store import forms as form_store

__all__ = ["FormError", "add_form_file", "check_form_file"]


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
    path = Path(path)
    form, source = load_form(path)
    problem = public_key_problem(form)
    if problem:
        raise FormError([FormProblem(path.name, "settings", 2, "public_key", problem)])
    digest = hashlib.sha256(path.read_bytes()).hexdigest()
    stored = form_store.get_form_source(workspace.db, form.form_id, form.version)
    if stored is not None:
        if json.dumps(stored["sheets"], sort_keys=True) == json.dumps(source.to_json()["sheets"], sort_keys=True):
            return form, False
        raise FormError([FormProblem(path.name, "settings", None, "version",
                                     f"form {form.form_id} version {form.version} is already installed with other "
                                     "content; give the changed form a higher version")])
    latest = workspace.latest_version(form.form_id)
    if latest is not None and version_key(form.version) < version_key(latest):
        raise FormError([FormProblem(path.name, "settings", None, "version",
                                     f"form {form.form_id} version {form.version} is older than the installed "
                                     f"version {latest}")])
    weakened = weakenings([workspace.form(form.form_id, v) for v in form_store.form_versions(workspace.db, form.form_id)],
                          form)
    if weakened:
        first, more = weakened[0], weakened[1:]
        also = f" (and {len(more)} more: {', '.join(w.field for w in more)})" if more else ""
        raise FormError([FormProblem(path.name, "survey", first.row, "privacy", f"{first}{also}")])
    workspace.store_form(form, source, digest)
    return form, True
