"""The laptops HQ has imported from, each with the public key it signs its exports with;
and this database's own signing key (kept here, in the encrypted database, never in clear on disk)."""

from __future__ import annotations

from typing import NamedTuple

import sqlite_utils

from fieldkit.domain.records import utc_now
from fieldkit.store.database import meta_get, meta_set

__all__ = ["KnownDevice", "device_with_key", "get_device", "known_devices", "own_signing_key", "pin_device", "saw_device",
           "set_own_signing_key"]

_OWN_KEY = "signing_key"


class KnownDevice(NamedTuple):
    device_id: str
    name: str
    public_key: str  # hex of the raw Ed25519 public key
    fingerprint: str
    first_seen: str
    last_seen: str
    files: int


_COLUMNS = "device_id, name, public_key, fingerprint, first_seen, last_seen, files"


def own_signing_key(db: sqlite_utils.Database) -> str | None:
    """Hex of this database's raw Ed25519 private key, or None before the first export."""
    return meta_get(db, _OWN_KEY)


def set_own_signing_key(db: sqlite_utils.Database, private_hex: str) -> None:
    """Keep this database's signing key (inside a transaction); an existing one is never replaced."""
    if meta_get(db, _OWN_KEY) is None:
        meta_set(db, _OWN_KEY, private_hex)


def get_device(db: sqlite_utils.Database, device_id: str) -> KnownDevice | None:
    row = db.execute(f"SELECT {_COLUMNS} FROM devices WHERE device_id = ?", [device_id]).fetchone()
    return None if row is None else KnownDevice(*row)


def device_with_key(db: sqlite_utils.Database, public_key: str) -> KnownDevice | None:
    """The laptop already trusted with ``public_key``, if any."""
    row = db.execute(f"SELECT {_COLUMNS} FROM devices WHERE public_key = ? ORDER BY first_seen LIMIT 1",
                     [public_key]).fetchone()
    return None if row is None else KnownDevice(*row)


def known_devices(db: sqlite_utils.Database) -> list[KnownDevice]:
    """Every laptop seen, by name."""
    return [KnownDevice(*row) for row in db.execute(f"SELECT {_COLUMNS} FROM devices ORDER BY name, device_id")]


def pin_device(db: sqlite_utils.Database, device_id: str, name: str, public_key: str, fingerprint: str) -> None:
    """Trust ``public_key`` for ``device_id`` from now on (inside a transaction): a new laptop,
    or a known one whose new key was checked with its owner."""
    now = utc_now()
    db.execute(
        "INSERT INTO devices (device_id, name, public_key, fingerprint, first_seen, last_seen, files) "
        "VALUES (?,?,?,?,?,?,0) ON CONFLICT(device_id) DO UPDATE SET name=excluded.name, "
        "public_key=excluded.public_key, fingerprint=excluded.fingerprint",
        [device_id, name, public_key, fingerprint, now, now])


def saw_device(db: sqlite_utils.Database, device_id: str, name: str) -> None:
    """One more file imported from a known laptop (inside the import's transaction)."""
    db.execute("UPDATE devices SET name = ?, last_seen = ?, files = files + 1 WHERE device_id = ?",
               [name, utc_now(), device_id])
