"""What the ``privacy`` marks do at save: direct identifiers sealed, free text scrubbed.

Applied to every save (drafts and autosaves included), so no direct identifier
and no unscrubbed free text is ever written to the database in clear.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

from fieldkit.domain.form import Form, Group
from fieldkit.services.scrubbing import record_scrubber
from fieldkit.services.sealing import (KeyError_, instance_of, is_bound, is_sealed, key_id, load_public_key,
                                      new_instance_tag, seal)
from fieldkit.services.workspace import Workspace
from fieldkit.store.database import meta_get, meta_set, transaction

__all__ = ["MissingKey", "hq_key_id", "install_public_key", "needs_key", "protect", "text_scrubber"]

_KEY = "hq_public_key"
NO_KEY_MESSAGE = ("HQ's public key is not installed on this laptop, so this answer cannot be kept "
                  "(it would be readable). Install it with 'fieldkit keys install' or File > Install HQ's key.")


class MissingKey(ValueError):
    """A direct identifier was typed but no HQ key is installed to seal it."""

    def __init__(self, fields: list[str]) -> None:
        self.fields = fields
        super().__init__(f"{', '.join(fields)}: {NO_KEY_MESSAGE}")


def install_public_key(workspace: Workspace, path: Path) -> str:
    """Install HQ's public key (a '...-pub.pem' file); return its key id."""
    try:
        pem = Path(path).read_bytes()
    except OSError as exc:
        raise KeyError_(f"{Path(path).name}: {exc.strerror or exc}") from None
    key = load_public_key(pem)
    with transaction(workspace.db):
        meta_set(workspace.db, _KEY, pem.decode("ascii"))
    workspace._hq_key = None  # type: ignore[attr-defined]
    return key_id(key)


def _public_key(workspace: Workspace) -> object | None:
    cached = getattr(workspace, "_hq_key", None)
    if cached is not None:
        return cached
    pem = meta_get(workspace.db, _KEY)
    if not pem:
        return None
    key = load_public_key(pem.encode("ascii"))
    workspace._hq_key = key  # type: ignore[attr-defined]
    return key


def hq_key_id(workspace: Workspace) -> str | None:
    key = _public_key(workspace)
    return None if key is None else key_id(key)


def needs_key(form: Form) -> bool:
    return any(q.privacy == "direct" for q in form.questions)


def protect(workspace: Workspace, form: Form, data: dict[str, Any], *, record: str,
            remember: bool = False) -> dict[str, Any]:
    """``data`` with direct identifiers sealed and 'text' answers scrubbed; MissingKey without a key.

    ``record``: the record's UUID, to which every sealed value is bound (with its field's name and,
    inside a repeat, its instance's tag: see ``sealing``). ``remember``: add the names in the direct
    answers to the database's list (a final save; a draft's contact may be half typed, and its
    fragments, 'Ana' of 'Anar', must not become names)."""
    missing: list[str] = []
    # The record's own direct answers, read before they are sealed, are scrubbed out of its free
    # text in every form they take (and remembered, as keyed hashes, for every other record).
    scrub = record_scrubber(workspace, _direct_values(form.children, data), remember=remember)
    protected = _protect(workspace, form, form.children, data, missing, record, "", scrub)
    if missing:
        raise MissingKey(missing)
    return protected


def _instance_tags(nodes: tuple, item: dict[str, Any], parent: str) -> str:
    """The tag chain of one repeat instance: the one its values were sealed with, or a new one."""
    for node in nodes:
        if isinstance(node, Group) and not node.repeat:
            found = _instance_tags(node.children, item, parent)
            if found:
                return found
        elif not isinstance(node, Group) and node.privacy == "direct":
            value = item.get(node.name)
            if is_sealed(value) and is_bound(value):
                chain = instance_of(value)
                head, _, last = chain.rpartition(".")
                if last and head == parent:
                    return chain
    tag = new_instance_tag()
    return f"{parent}.{tag}" if parent else tag


def text_scrubber(workspace: Workspace, form: Form, data: dict[str, Any]) -> Callable[[str], str]:
    """How a save would scrub this record's free text now (for the window's "Stored as" previews)."""
    return record_scrubber(workspace, _direct_values(form.children, data), remember=False)


def _direct_values(nodes: tuple, data: dict[str, Any]) -> list[str]:
    values: list[str] = []
    for node in nodes:
        if isinstance(node, Group):
            for item in (data.get(node.name) or []) if node.repeat else [data]:
                if isinstance(item, dict):
                    values += _direct_values(node.children, item)
        elif node.privacy == "direct" and isinstance(data.get(node.name), str) and not is_sealed(data[node.name]):
            values.append(data[node.name])
    return values


def _protect(workspace: Workspace, form: Form, nodes: tuple, data: dict[str, Any], missing: list[str],
             record: str, instance: str, scrub: Callable[[str], str]) -> dict:
    result = dict(data)
    for node in nodes:
        if isinstance(node, Group):
            if node.repeat:
                result[node.name] = [_protect(workspace, form, node.children, item, missing, record,
                                              _instance_tags(node.children, item, instance), scrub)
                                     for item in (data.get(node.name) or [])]
            else:
                result.update({k: v for k, v in _protect(workspace, form, node.children, data, missing, record,
                                                         instance, scrub).items()})
            continue
        value = data.get(node.name)
        if not isinstance(value, str) or not value:
            continue
        if node.privacy == "direct" and not is_sealed(value):
            key = _public_key(workspace)
            if key is None:
                missing.append(node.name)
                result[node.name] = None
            else:
                result[node.name] = seal(key, value, record=record, field=node.name, instance=instance)
        elif node.privacy == "text":
            result[node.name] = scrub(value)
    return result
