"""Schema 7: a conflict may be a unique clash between two records. A schema 6 database keeps its
conflicts, which stay conflicts between two versions of one record."""

from __future__ import annotations

import sqlcipher3
import sqlite_utils

from fieldkit.store.database import open_database
from fieldkit.store.exchange import open_conflicts
from fieldkit.store.migrations import MIGRATIONS


def test_a_schema_6_database_keeps_its_conflicts(tmp_path):
    path = tmp_path / "old.db"
    conn = sqlcipher3.connect(str(path), isolation_level=None)
    conn.execute("PRAGMA key = 'passphrase'")
    old = sqlite_utils.Database(conn)
    for step in MIGRATIONS[:6]:
        step(old)
    old.execute("PRAGMA user_version = 6")
    old.execute("INSERT INTO conflicts (uuid, form_id, form_version, revision, sha256, ancestors, data, device_id, "
                "updated_at, source, found_at) VALUES ('u1', 'kii', '1', 2, ?, '', '{\"place\": \"Şəki\"}', 'dev', "
                "'2026-11-30T06:00:00Z', 'a.xlsx', '2026-11-30T07:00:00Z')", ["a" * 64])
    conn.close()

    db = open_database(path, "passphrase")
    (conflict,) = open_conflicts(db)
    assert conflict["data"] == {"place": "Şəki"} and conflict["revision"] == 2
    assert conflict["clash_uuid"] is None and conflict["clash_field"] is None and conflict["created_at"] is None
    db.close()
