"""This database's identity: a device id made with the database, and a name people read.

The device id (``_device`` in exports, the manifest's ``device_id``, the audit
log's actor) belongs to the database, like its signing key: both are kept in
the encrypted database (``meta``). So two databases under one installation are
two laptops to HQ, and a workbook that names the importing database's own id
but is not signed by its key is a forgery (see ``services.devices``).

Before this, the id was the installation's, kept in ``device.json`` in the
user's config folder (``FIELDKIT_CONFIG_DIR`` moves it). A database made then
has no id of its own yet; on its first open it adopts that file's id and name,
so that its earlier exports and the key HQ pinned for it still match, and the
file records which database took it (``database_id``). Every other database
opened later under that installation gets a new id of its own: only one of them
can be the laptop HQ knows, and the first opened is the one that was in use.
An old database opened where there is no ``device.json`` (moved to another
computer before the update) takes the id its last export carried (its audit
log says), or a new one if it never exported.
"""

from __future__ import annotations

import json
import os
import platform
import uuid
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from fieldkit.store.database import meta_get, meta_set, transaction
from fieldkit.store.errors import StoreError

__all__ = ["Device", "config_dir", "database_device", "rename_device"]

CONFIG_ENV = "FIELDKIT_CONFIG_DIR"
_ID, _NAME = "device_id", "device_name"


@dataclass(frozen=True)
class Device:
    device_id: str
    name: str


def config_dir() -> Path:
    override = os.environ.get(CONFIG_ENV)
    if override:
        return Path(override)
    from platformdirs import user_config_dir

    return Path(user_config_dir("fieldkit", appauthor=False))


def _installation() -> dict[str, Any]:
    """What ``device.json`` holds (an older fieldkit's per-installation id), or {}."""
    try:
        data = json.loads((config_dir() / "device.json").read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return data if isinstance(data, dict) else {}


def _default_name() -> str:
    return str(_installation().get("name") or "").strip() or platform.node() or "laptop"


def database_device(db: Any) -> Device:  # db: sqlite_utils.Database
    """The device this database is: its id and name, kept in it (adopted from ``device.json`` on the
    first open of a database made before ids were kept in the database)."""
    device_id = meta_get(db, _ID)
    if device_id is None:
        return _adopt(db)
    return Device(device_id, meta_get(db, _NAME) or _default_name())


def _adopt(db: Any) -> Device:
    """Give a database made by an older fieldkit its id: the installation's, if no other database
    took it yet; else a new one. Kept in the database first, then claimed in ``device.json``."""
    from fieldkit.store.audit import last_actor

    installation = _installation()
    database_id = meta_get(db, "database_id") or ""
    old_id, claimed = str(installation.get("device_id") or ""), str(installation.get("database_id") or "")
    adopts = bool(old_id) and claimed in ("", database_id)
    if adopts:
        device = Device(old_id, _default_name())
    else:  # with no installation id to take (a database moved to another computer): the id it exported with
        exported = last_actor(db, "export") if not old_id else None
        device = Device(exported or str(uuid.uuid4()), _default_name())
    try:
        with transaction(db):
            if meta_get(db, _ID) is None:  # another process may have just done it
                meta_set(db, _ID, device.device_id)
                meta_set(db, _NAME, device.name)
    except StoreError:
        return device  # a damaged or read-only database is read as it is; the id is settled on a later open
    device = Device(meta_get(db, _ID) or device.device_id, meta_get(db, _NAME) or device.name)
    if adopts and not claimed:
        _write_installation({**installation, "database_id": database_id})
    return device


def _write_installation(data: dict[str, Any]) -> None:
    path = config_dir() / "device.json"
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        temporary = path.with_suffix(".tmp")
        temporary.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
        temporary.replace(path)
    except OSError:
        pass  # a read-only profile: another old database opened later may adopt the id too


def rename_device(db: Any, name: str) -> Device:
    """Give this database's device a name people read (in exports and at HQ); the id stays. Audited."""
    from fieldkit.store.audit import log_action

    device = database_device(db)
    renamed = Device(device.device_id, name.strip()[:200] or _default_name())
    with transaction(db):
        meta_set(db, _NAME, renamed.name)
        log_action(db, "device_rename", renamed.device_id, detail={"from": device.name, "to": renamed.name})
    return renamed
