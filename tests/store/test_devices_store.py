"""The devices table: made by a migration from schema 6; this database's own key kept in it, encrypted."""

from __future__ import annotations

from fieldkit.store import devices as device_store
from fieldkit.store.database import open_database, transaction

from old_schema import old_database


def test_a_schema_6_database_gets_the_devices_table(tmp_path):
    path = tmp_path / "old.db"
    with old_database(path, 6) as old:
        old.execute("INSERT INTO meta (key, value) VALUES ('hq_public_key', 'kept')")

    db = open_database(path, "passphrase")
    assert device_store.known_devices(db) == []
    assert device_store.own_signing_key(db) is None  # made on first need, not by the migration
    with transaction(db):
        device_store.pin_device(db, "dev-1", "Şəki laptop", "ab" * 32, "ABCD")
        device_store.saw_device(db, "dev-1", "Şəki laptop")
        device_store.set_own_signing_key(db, "cd" * 32)
        device_store.set_own_signing_key(db, "ef" * 32)  # never replaced
    [device] = device_store.known_devices(db)
    assert (device.device_id, device.name, device.public_key, device.files) == ("dev-1", "Şəki laptop", "ab" * 32, 1)
    assert device_store.own_signing_key(db) == "cd" * 32
    assert db.execute("SELECT value FROM meta WHERE key = 'hq_public_key'").fetchone()[0] == "kept"
    db.close()
    assert b"cdcdcdcd" not in path.read_bytes()  # the key is in the encrypted database, never in clear
