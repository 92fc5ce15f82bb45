"""A revision's answers are stored once: in the record while it is current, in its history row once
it is superseded. A database of schema 5 (answers stored twice) is migrated and loses nothing."""

from __future__ import annotations

import json

from fieldkit.domain.records import FINAL, new_record
from fieldkit.store.database import open_database, transaction
from fieldkit.store.exchange import IncomingRecord, apply_incoming
from fieldkit.store.maintenance import check_database
from fieldkit.store.records import get_record, record_history, save_records, settle

from old_schema import old_database


def _history_rows(db, uuid):
    return db.execute("SELECT revision, data FROM record_history WHERE uuid = ? ORDER BY revision", [uuid]).fetchall()


def test_a_current_revision_is_stored_once_and_a_superseded_one_is_kept(tmp_path):
    db = open_database(tmp_path / "a.db", "passphrase", create=True)
    record = save_records(db, [new_record("kii", "1", "dev", {"a": "Şəki"}).with_changes(status=FINAL)], "dev")[0]
    assert _history_rows(db, record.uuid) == [(1, None)]  # the record holds revision 1's answers
    second = save_records(db, [record.with_changes(data={"a": "Москва"})], "dev")[0]
    assert _history_rows(db, record.uuid) == [(1, '{"a":"Şəki"}'), (2, None)]
    draft = save_records(db, [second.with_changes(data={"a": "draft"}, status="draft")], "dev")[0]
    save_records(db, [draft.with_changes(data={"a": "draft, again"})], "dev")
    assert [(h["revision"], h["status"], h["data"]) for h in record_history(db, record.uuid)] == [
        (1, "final", {"a": "Şəki"}), (2, "final", {"a": "Москва"}), (3, "draft", {"a": "draft, again"})]
    with transaction(db):
        settle(db, record.uuid, {"a": "settled"}, "1", 4, "", "dev", frozenset(), {})
    assert [h["data"] for h in record_history(db, record.uuid)] == [
        {"a": "Şəki"}, {"a": "Москва"}, {"a": "draft, again"}, {"a": "settled"}]
    # (a bare store has no forms installed; every other check holds)
    assert [p for p in check_database(db).problems if "not installed" not in p] == []
    db.close()


def test_an_import_that_replaces_a_record_keeps_the_replaced_revision(tmp_path):
    db = open_database(tmp_path / "a.db", "passphrase", create=True)
    record = save_records(db, [new_record("kii", "1", "dev", {"a": 1}).with_changes(status=FINAL)], "dev")[0]
    arriving = IncomingRecord(record.uuid, "kii", "1", 2, record.created_at, record.updated_at, "other", None,
                              "b" * 64, frozenset({(2, "b" * 64)}), "", '{"a":2}', "2")
    with transaction(db):
        apply_incoming(db, [arriving], replacing=[record.uuid])
    assert get_record(db, record.uuid).data == {"a": 2}
    assert [(h["revision"], h["data"]) for h in record_history(db, record.uuid)] == [(1, {"a": 1}), (2, {"a": 2})]
    db.close()


def test_the_check_finds_a_revision_whose_answers_are_lost(tmp_path):
    db = open_database(tmp_path / "a.db", "passphrase", create=True)
    record = save_records(db, [new_record("kii", "1", "dev", {"a": 1}).with_changes(status=FINAL)], "dev")[0]
    save_records(db, [record.with_changes(data={"a": 2})], "dev")
    with transaction(db):  # damage: revision 1's answers gone
        db.execute("UPDATE record_history SET data = NULL WHERE uuid = ? AND revision = 1", [record.uuid])
    assert any("answers of its revision 1 are lost" in p for p in check_database(db).problems)
    db.close()


def test_a_schema_5_database_is_migrated_without_loss(tmp_path):
    path = tmp_path / "old.db"
    with old_database(path, 5) as old:
        revisions = [(1, {"a": "Şəki"}), (2, {"a": "Москва"})]
        for revision, data in revisions:
            old.execute("INSERT INTO record_history VALUES ('u1', ?, 'final', '1', '2026-11-30T06:00:00Z', 'dev', ?)",
                        [revision, json.dumps(data, ensure_ascii=False)])
            old.execute("INSERT INTO record_ancestors VALUES ('u1', ?, ?)", [revision, str(revision) * 64])
        old.execute("INSERT INTO records (uuid, form_id, form_version, status, revision, created_at, updated_at, "
                    "device_id, title, data, search_text, sha256) VALUES ('u1', 'kii', '1', 'final', 2, "
                    "'2026-11-30T06:00:00Z', '2026-11-30T06:00:00Z', 'dev', '', ?, 'moskva', ?)",
                    [json.dumps(revisions[1][1], ensure_ascii=False), "2" * 64])

    db = open_database(path, "passphrase")
    assert [(h["revision"], h["data"]) for h in record_history(db, "u1")] == revisions
    assert _history_rows(db, "u1") == [(1, '{"a": "Şəki"}'), (2, None)]
    assert db.execute("SELECT count(*) FROM record_ancestors").fetchone()[0] == 2
    schema = db.execute("SELECT sql FROM sqlite_master WHERE name = 'record_ancestors'").fetchone()[0]
    assert "WITHOUT ROWID" in schema
    db.close()
