"""This installation's identity: a device id made once, and a name people read.

Kept in the user's config folder (platformdirs), not in a database, so every
database opened on this laptop records the same device; ``FIELDKIT_CONFIG_DIR``
moves the folder (tests, portable installs).
"""

from __future__ import annotations

import json
import os
import platform
import uuid
from dataclasses import dataclass
from pathlib import Path

__all__ = ["Device", "config_dir", "rename_device", "this_device"]

CONFIG_ENV = "FIELDKIT_CONFIG_DIR"


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


def this_device() -> Device:
    """The installation's device, created (and written) on first use."""
    path = config_dir() / "device.json"
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        return Device(str(data["device_id"]), str(data.get("name") or platform.node()))
    except (OSError, ValueError, KeyError, TypeError):
        pass  # absent or unreadable: make a new identity below
    device = Device(str(uuid.uuid4()), platform.node() or "laptop")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        temporary = path.with_suffix(".tmp")
        temporary.write_text(json.dumps({"device_id": device.device_id, "name": device.name}), encoding="utf-8")
        temporary.replace(path)
    except OSError:
        pass  # a read-only profile still works; the id just is not kept
    return device


def rename_device(name: str) -> Device:
    """Give this installation a name people read (in exports and the audit log); the id stays."""
    device = Device(this_device().device_id, name.strip() or platform.node() or "laptop")
    path = config_dir() / "device.json"
    path.parent.mkdir(parents=True, exist_ok=True)
    temporary = path.with_suffix(".tmp")
    temporary.write_text(json.dumps({"device_id": device.device_id, "name": device.name}), encoding="utf-8")
    temporary.replace(path)
    return device
