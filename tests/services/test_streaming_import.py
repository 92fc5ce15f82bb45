"""The import streams a file in chunks inside one transaction: problems met late still change nothing,
duplicates across chunks are found, re-imports take the fast path, and a backup comes only before a change."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest

from fieldkit.services import import_reader
from fieldkit.services.backup import backups_dir
from fieldkit.services.export import export_workbook
from fieldkit.services.merge import ImportRefused, merge_workbooks
from fieldkit.services.records import add_json_records, list_records
from fieldkit.services.workspace import Workspace

KII = {"interview_date": "2026-11-02", "place": "baku", "mode": "in_person", "institutions": ["MFA", "SMS"],
       "women": 1, "men": 2, "duration_min": 60, "consent": "yes", "relevance": "Şəki, Gəncə — очень актуально"}


@pytest.fixture(params=[False, True], ids=["here", "second-process"])
def parallel(request):
    """Read the sheets in this process, or in a second one (what a big file gets)."""
    return request.param


@pytest.fixture
def small_chunks(monkeypatch):
    """Chunks of 3 rows, so that a dozen records span several chunks."""
    monkeypatch.setattr(import_reader, "CHUNK", 3)


def _laptop_export(tmp_path: Path, monkeypatch, count: int = 10) -> Path:
    monkeypatch.setenv("FIELDKIT_CONFIG_DIR", str(tmp_path / "config-laptop"))
    with Workspace.open(tmp_path / "laptop.db", "laptop passphrase", create=True) as laptop:
        add_json_records(laptop, "kii", [(i, {**KII, "women": i}) for i in range(1, count + 1)])
        export_workbook(laptop, tmp_path / "laptop.xlsx")
    monkeypatch.setenv("FIELDKIT_CONFIG_DIR", str(tmp_path / "config-hq"))
    return tmp_path / "laptop.xlsx"


def _snapshot(workspace: Workspace) -> dict[str, list]:
    return {table: workspace.db.execute(f"SELECT * FROM {table} ORDER BY 1, 2").fetchall()
            for table in ("records", "record_history", "record_ancestors", "conflicts", "forms", "audit", "meta")}


def _edit(source: Path, target: Path, row: int, column: str, value) -> Path:
    book = openpyxl.load_workbook(source)
    sheet = book["kii"]
    header = [c.value for c in sheet[1]]
    sheet.cell(row=row, column=header.index(column) + 1, value=value)
    book.save(target)
    return target


def test_many_chunks_import_whole_and_reimport_takes_the_fast_path(tmp_path, monkeypatch, small_chunks, parallel):
    exported = _laptop_export(tmp_path, monkeypatch)
    with Workspace.open(tmp_path / "hq.db", "hq passphrase", create=True) as hq:
        first = merge_workbooks(hq, [exported], parallel=parallel)
        assert (first.inserted, first.unchanged) == (10, 0)
        records = {r.data["women"]: r for r, _ in list_records(hq, "kii")}
        assert sorted(records) == list(range(1, 11))
        assert records[7].data["relevance"] == KII["relevance"]
        again = merge_workbooks(hq, [exported], parallel=parallel)
        assert (again.inserted, again.updated, again.unchanged) == (0, 0, 10)


def test_a_problem_in_a_late_chunk_leaves_the_database_as_it_was(tmp_path, monkeypatch, small_chunks, parallel):
    exported = _laptop_export(tmp_path, monkeypatch)
    late = _edit(exported, tmp_path / "late.xlsx", 11, "women", "many")  # the last record, in the 4th chunk
    with Workspace.open(tmp_path / "hq.db", "hq passphrase", create=True) as hq:
        add_json_records(hq, "kii", [(1, {**KII, "place": "ganja"})])
        before = _snapshot(hq)
        with pytest.raises(ImportRefused, match=r"late.xlsx, sheet kii, row 11, column women: 'many'"):
            merge_workbooks(hq, [late], parallel=parallel)
        assert _snapshot(hq) == before
        assert not backups_dir(hq).exists() or not list(backups_dir(hq).glob("*before-import*"))


def test_a_bad_second_file_undoes_the_first(tmp_path, monkeypatch, small_chunks, parallel):
    exported = _laptop_export(tmp_path, monkeypatch)
    bad = _edit(exported, tmp_path / "bad.xlsx", 8, "place", "paris")
    with Workspace.open(tmp_path / "hq.db", "hq passphrase", create=True) as hq:
        before = _snapshot(hq)
        with pytest.raises(ImportRefused, match="bad.xlsx, sheet kii, row 8, column place"):
            merge_workbooks(hq, [exported, bad], parallel=parallel)
        assert _snapshot(hq) == before


def test_a_record_twice_in_different_chunks_is_refused(tmp_path, monkeypatch, small_chunks, parallel):
    exported = _laptop_export(tmp_path, monkeypatch)
    book = openpyxl.load_workbook(exported)
    sheet = book["kii"]
    uuid_column = [c.value for c in sheet[1]].index("_uuid") + 1
    sheet.cell(row=10, column=uuid_column, value=sheet.cell(row=2, column=uuid_column).value)
    book.save(tmp_path / "twice.xlsx")
    with Workspace.open(tmp_path / "hq.db", "hq passphrase", create=True) as hq:
        before = _snapshot(hq)
        with pytest.raises(ImportRefused, match="sheet kii, row 10: record .* appears twice in the file"):
            merge_workbooks(hq, [tmp_path / "twice.xlsx"], parallel=parallel)
        assert _snapshot(hq) == before


def test_a_manifest_record_missing_from_the_sheets_is_refused(tmp_path, monkeypatch, small_chunks, parallel):
    exported = _laptop_export(tmp_path, monkeypatch)
    book = openpyxl.load_workbook(exported)
    sheet = book["kii"]
    sheet.delete_rows(5)
    # The manifest still lists the record and still says 10 rows.
    book.save(tmp_path / "short.xlsx")
    with Workspace.open(tmp_path / "hq.db", "hq passphrase", create=True) as hq:
        with pytest.raises(ImportRefused, match="sheet kii: 9 rows, but the manifest says 10"):
            merge_workbooks(hq, [tmp_path / "short.xlsx"], parallel=parallel)


def test_a_backup_only_before_an_import_that_changes_something(tmp_path, monkeypatch):
    exported = _laptop_export(tmp_path, monkeypatch, count=3)
    with Workspace.open(tmp_path / "hq.db", "hq passphrase", create=True) as hq:
        add_json_records(hq, "kii", [(1, {**KII, "place": "ganja"})])
        merge_workbooks(hq, [exported], dry_run=True)
        assert not list(backups_dir(hq).glob("*before-import*"))
        merge_workbooks(hq, [exported])
        saved = list(backups_dir(hq).glob("*before-import*"))
        assert len(saved) == 1
        # The backup is the database as it was: HQ's one record, none of the laptop's.
        with Workspace.open(saved[0], "hq passphrase", create=False, install_builtin=False) as old:
            assert [r.data["place"] for r, _ in list_records(old, "kii")] == ["ganja"]
        merge_workbooks(hq, [exported])  # nothing new: no second backup
        assert len(list(backups_dir(hq).glob("*before-import*"))) == 1


def test_a_cancelled_import_changes_nothing_and_leaves_no_backup(tmp_path, monkeypatch, small_chunks):
    exported = _laptop_export(tmp_path, monkeypatch)
    with Workspace.open(tmp_path / "hq.db", "hq passphrase", create=True) as hq:
        add_json_records(hq, "kii", [(1, {**KII, "place": "ganja"})])
        before = _snapshot(hq)
        seen: list[tuple[int, int]] = []

        def progress(done: int, total: int) -> None:
            seen.append((done, total))

        # Cancel once two chunks are merged (the first chunk's records are written by then).
        with pytest.raises(ImportRefused, match="import cancelled; nothing was changed"):
            merge_workbooks(hq, [exported], progress=progress, cancelled=lambda: len(seen) >= 2)
        assert seen[0] == (3, 10)  # the manifest announced 10 records; 3 per chunk
        assert _snapshot(hq) == before
        assert not list(backups_dir(hq).glob("*before-import*"))


def test_a_manifest_head_too_long_is_refused_early(tmp_path, monkeypatch):
    exported = _laptop_export(tmp_path, monkeypatch, count=2)
    book = openpyxl.load_workbook(exported)
    manifest = book["_manifest"]
    manifest.insert_rows(2, 6000)  # a long head of made-up values before the real ones
    for i in range(6000):
        manifest.cell(row=2 + i, column=1, value=f"key{i}")
        manifest.cell(row=2 + i, column=2, value="value")
    book.save(tmp_path / "long-head.xlsx")
    with Workspace.open(tmp_path / "hq.db", "hq passphrase", create=True) as hq:
        with pytest.raises(ImportRefused, match="sheet _manifest, row 5001: no record list after 5000 rows"):
            merge_workbooks(hq, [tmp_path / "long-head.xlsx"])
