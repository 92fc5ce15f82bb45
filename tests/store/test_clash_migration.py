"""Schema 7: a conflict may be a unique clash between two records. A schema 6 database keeps its
conflicts, which stay conflicts between two versions of one record."""

from __future__ import annotations

from fieldkit.store.database import open_database
from fieldkit.store.exchange import open_conflicts

from old_schema import old_database


def test_a_schema_6_database_keeps_its_conflicts(tmp_path):
    path = tmp_path / "old.db"
    with old_database(path, 6) as old:
        old.execute("INSERT INTO conflicts (uuid, form_id, form_version, revision, sha256, ancestors, data, "
                    "device_id, updated_at, source, found_at) VALUES ('u1', 'kii', '1', 2, ?, '', "
                    "'{\"place\": \"Şəki\"}', 'dev', '2026-11-30T06:00:00Z', 'a.xlsx', '2026-11-30T07:00:00Z')",
                    ["a" * 64])

    db = open_database(path, "passphrase")
    (conflict,) = open_conflicts(db)
    assert conflict["data"] == {"place": "Şəki"} and conflict["revision"] == 2
    assert conflict["clash_uuid"] is None and conflict["clash_field"] is None and conflict["created_at"] is None
    db.close()
