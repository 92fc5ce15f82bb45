"""The bulk queries of export and import stay flat in memory: SQLite is never asked to sort all
records, and the import's manifest lives in a temporary table."""

from __future__ import annotations

from pathlib import Path

from fieldkit.store import exchange as exchange_store
from fieldkit.store.database import open_database, transaction


def _plan(db, sql: str, params: list) -> str:
    return " | ".join(str(row[-1]) for row in db.execute("EXPLAIN QUERY PLAN " + sql, params))


def test_export_rows_come_in_creation_order_without_a_sort(tmp_path: Path, monkeypatch):
    db = open_database(tmp_path / "x.db", "pass", create=True)
    statements: list[tuple[str, list]] = []
    real_execute = db.execute

    def recording(sql, params=()):
        statements.append((sql, list(params)))
        return real_execute(sql, params)

    monkeypatch.setattr(db, "execute", recording)  # sqlite-utils' method, to see the SQL sent
    list(exchange_store.export_rows(db, ["kii", "fgd"], since="2026-01-01T00:00:00Z"))
    monkeypatch.undo()
    assert len(statements) == 1
    plan = _plan(db, *statements[0])
    assert plan.startswith("SCAN r") and "TEMP B-TREE" not in plan, plan  # rowid order, nothing sorted
    db.close()


def test_manifest_scratch_finds_twice_listed_records_and_unseen_ones(tmp_path: Path):
    db = open_database(tmp_path / "x.db", "pass", create=True)
    sha = "a" * 64
    with transaction(db):
        scratch = exchange_store.ManifestScratch(db)
        assert scratch.add([("u1", "kii", 1, sha, "", "", ""), ("u2", "kii", 1, sha, "", "", "")]) is None
        assert scratch.add([("u3", "kii", 1, sha, "", "", ""), ("u1", "kii", 2, sha, "", "", "")]) == "u1"
        entries = scratch.lookup(["u2", "nope"])
        assert list(entries) == ["u2"] and not entries["u2"].known and not entries["u2"].seen
        scratch.mark_seen(["u1", "u2"])
        assert scratch.first_unseen() == "u3"
        scratch.drop()
    assert db.execute("SELECT count(*) FROM sqlite_temp_master WHERE name = 'import_manifest'").fetchone()[0] == 0
    db.close()


def test_lists_of_live_and_deleted_records_each_have_their_index(tmp_path: Path):
    from fieldkit.domain.records import RecordFilter
    from fieldkit.store.records import _where

    db = open_database(tmp_path / "x.db", "pass", create=True)
    indexes = {row[0] for row in db.execute("SELECT name FROM sqlite_master WHERE type = 'index' AND "
                                            "tbl_name = 'records' AND sql IS NOT NULL")}
    assert indexes == {"records_live", "records_deleted"}  # no index of every record to update on each insert
    for deleted, index in ((False, "records_live"), (True, "records_deleted")):
        where, params = _where("kii", RecordFilter(deleted=deleted))
        plan = _plan(db, f"SELECT uuid FROM records WHERE {where} ORDER BY updated_at DESC LIMIT 200", params)
        assert index in plan and "TEMP B-TREE" not in plan, plan
    db.close()
