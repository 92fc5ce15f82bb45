"""Schema 11: the name-key list (keyed hashes) and its per-database secret, added to an older database."""

from __future__ import annotations

from fieldkit.store import name_keys
from fieldkit.store.database import open_database

from old_schema import old_database


def test_a_schema_10_database_gets_an_empty_list_and_its_own_secret(tmp_path):
    secrets = []
    for name in ("a.db", "b.db"):
        path = tmp_path / name
        with old_database(path, 10):
            pass
        db = open_database(path, "passphrase")
        assert db.execute("PRAGMA user_version").fetchone()[0] >= 11
        assert name_keys.all_digests(db) == set()
        secrets.append(name_keys.secret(db))
        assert name_keys.add(db, [b"\x01" * 16, b"\x01" * 16, b"\x02" * 16]) == 2
        assert name_keys.add(db, [b"\x02" * 16]) == 0
        assert name_keys.all_digests(db) == {b"\x01" * 16, b"\x02" * 16}
        db.close()
    assert len(secrets[0]) == 32 and secrets[0] != secrets[1]
