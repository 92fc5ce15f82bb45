"""A deletion is a revision of its own in the store; a database of schema 6 (deletions were a mark
only) is migrated so that its deletions are revisions too, and travel."""

from __future__ import annotations

import json

from fieldkit.domain.digest import content_hash
from fieldkit.domain.merge import deletion_marker
from fieldkit.store.database import open_database
from fieldkit.store.deletions import export_deletions
from fieldkit.store.exchange import local_versions
from fieldkit.store.maintenance import check_database
from fieldkit.store.records import get_record, record_history, restore_record

from old_schema import old_database

FINAL_UUID = "0f8fad5b-d9cb-469f-a165-70867728950e"
DRAFT_UUID = "7c9e6679-7425-40de-944b-e07fc1f90ae7"
LIVE_UUID = "16fd2706-8baf-433b-82eb-8c7fada847da"


def _schema_6(path):
    with old_database(path, 6) as old:
        old.execute("INSERT INTO forms VALUES ('kii', '1', 'KII', '{}', '', '2026-11-30T06:00:00Z')")
        for uuid, status, deleted_at, data in [
                (FINAL_UUID, "final", "2026-11-30T07:00:00.000Z", {"a": "Şəki"}),
                (DRAFT_UUID, "draft", "2026-11-30T08:00:00.000Z", {"a": "Москва"}),
                (LIVE_UUID, "final", None, {"a": "Bakı"})]:
            text = json.dumps(data, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
            old.execute("INSERT INTO records (uuid, form_id, form_version, status, revision, created_at, updated_at, "
                        "device_id, title, data, deleted_at, search_text, sha256) VALUES (?, 'kii', '1', ?, 1, "
                        "'2026-11-30T06:00:00.000Z', '2026-11-30T06:00:00.000Z', 'dev', '', ?, ?, '', ?)",
                        [uuid, status, text, deleted_at, content_hash(data)])
            old.execute("INSERT INTO record_history VALUES (?, 1, ?, '1', '2026-11-30T06:00:00.000Z', 'dev', NULL)",
                        [uuid, status])
            if status == "final":
                old.execute("INSERT INTO record_ancestors VALUES (?, 1, ?)", [uuid, content_hash(data)])


def test_a_schema_6_database_gets_its_deletions_as_revisions(tmp_path):
    path = tmp_path / "old.db"
    _schema_6(path)
    db = open_database(path, "passphrase")
    deleted = get_record(db, FINAL_UUID)
    assert (deleted.revision, deleted.status, deleted.deleted, deleted.data) == (2, "deleted", True, {"a": "Şəki"})
    assert [(h["revision"], h["status"], h["saved_at"], h["data"]) for h in record_history(db, FINAL_UUID)] == [
        (1, "final", "2026-11-30T06:00:00.000Z", {"a": "Şəki"}),
        (2, "deleted", "2026-11-30T07:00:00.000Z", {"a": "Şəki"})]
    assert get_record(db, DRAFT_UUID).revision == 2 and get_record(db, LIVE_UUID).revision == 1
    assert check_database(db).problems == []
    # The final one's deletion travels (with its time); the draft's never left the laptop.
    (line,) = export_deletions(db, ["kii"])
    assert (line.uuid, line.revision, line.sha256, line.deleted_at) == (
        FINAL_UUID, 2, deletion_marker(FINAL_UUID, 2), "2026-11-30T07:00:00.000Z")
    assert local_versions(db, [FINAL_UUID])[FINAL_UUID][1].key == (2, deletion_marker(FINAL_UUID, 2))
    # Each comes back as it was: the final one final, the draft a draft; each as a revision of its own.
    assert restore_record(db, FINAL_UUID, "dev") and restore_record(db, DRAFT_UUID, "dev")
    assert [(r.revision, r.status, r.deleted) for r in (get_record(db, FINAL_UUID), get_record(db, DRAFT_UUID))] == [
        (3, "final", False), (3, "draft", False)]
    assert check_database(db).problems == []
    assert list(export_deletions(db, ["kii"])) == []
    db.close()
