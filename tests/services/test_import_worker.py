"""A big file's sheets are read in a second process: the result is the same database as reading
them here, refusals read the same, and the second process never outlives the import."""

from __future__ import annotations

import multiprocessing
import pickle
import subprocess
import sys
import textwrap
from pathlib import Path

import openpyxl
import pytest

from fieldkit.domain.messages import Message
from fieldkit.services import import_reader
from fieldkit.services.export import export_workbook
from fieldkit.services.forms import add_form_file
from fieldkit.services.merge import ImportRefused, merge_workbooks
from fieldkit.services.records import save_record, start_record
from fieldkit.services.workspace import Workspace

SURVEY = [
    {"type": "text", "name": "t", "label": "Text"},
    {"type": "integer", "name": "i", "label": "Integer"},
    {"type": "decimal", "name": "d", "label": "Decimal"},
    {"type": "date", "name": "day", "label": "Date"},
    {"type": "select_multiple colours", "name": "many", "label": "Many"},
    {"type": "begin repeat", "name": "rows", "label": "Rows"},
    {"type": "text", "name": "rt", "label": "Row text"},
    {"type": "end repeat"},
]
CHOICES = [{"list_name": "colours", "name": c, "label": c} for c in ("qırmızı", "синий", "ağ")]
FLAT = [{"type": "text", "name": "t", "label": "Text"}, {"type": "integer", "name": "i", "label": "Integer"}]


@pytest.fixture
def small_chunks(monkeypatch):
    """Chunks of 3 rows, so that a dozen records make many lookups and many chunks."""
    monkeypatch.setattr(import_reader, "CHUNK", 3)


def _export(tmp_path: Path, monkeypatch, xlsform, survey, count: int) -> Path:
    monkeypatch.setenv("FIELDKIT_CONFIG_DIR", str(tmp_path / "config-laptop"))
    form = xlsform(survey, CHOICES if survey is SURVEY else (), {"form_id": "sample", "version": "1"})
    with Workspace.open(tmp_path / "laptop.db", "laptop passphrase", create=True) as laptop:
        add_form_file(laptop, form)
        for n in range(count):
            answers = {"t": f"Şəki İlham №{n} — Москва", "i": n}
            if survey is SURVEY:
                answers.update({"d": n / 3, "day": "2026-11-02", "many": ["qırmızı", "ağ"][: 1 + n % 2],
                                "rows": [{"rt": f"sıra {k} строка"} for k in range(n % 3)]})
            _, record = start_record(laptop, "sample")
            save_record(laptop, record, answers, final=True)
        export_workbook(laptop, tmp_path / "laptop.xlsx")
    monkeypatch.setenv("FIELDKIT_CONFIG_DIR", str(tmp_path / "config-hq"))
    return tmp_path / "laptop.xlsx"


def _tables(workspace: Workspace) -> dict[str, list]:
    return {table: workspace.db.execute(f"SELECT * FROM {table} ORDER BY 1, 2").fetchall()
            for table in ("records", "record_history", "record_ancestors", "conflicts")}


def test_a_second_process_gives_the_same_database_as_reading_here(tmp_path, monkeypatch, xlsform, small_chunks):
    exported = _export(tmp_path, monkeypatch, xlsform, SURVEY, 11)
    databases = {}
    for parallel in (False, True):
        with Workspace.open(tmp_path / f"hq-{parallel}.db", "hq passphrase", create=True) as hq:
            summary = merge_workbooks(hq, [exported], parallel=parallel)
            assert (summary.inserted, summary.unchanged, summary.refused) == (11, 0, 0)
            again = merge_workbooks(hq, [exported], parallel=parallel)
            assert (again.inserted, again.updated, again.unchanged) == (0, 0, 11)
            databases[parallel] = _tables(hq)
    assert databases[True] == databases[False]
    records = databases[True]["records"]
    assert len(records) == 11
    assert any("seki ilham" in str(row) for row in records)  # the search text was folded on the way


def test_a_flat_form_takes_the_fast_path_in_the_second_process(tmp_path, monkeypatch, xlsform, small_chunks):
    exported = _export(tmp_path, monkeypatch, xlsform, FLAT, 10)
    with Workspace.open(tmp_path / "hq.db", "hq passphrase", create=True) as hq:
        assert merge_workbooks(hq, [exported], parallel=True).inserted == 10
        progress: list[int] = []
        again = merge_workbooks(hq, [exported], parallel=True, progress=lambda done, total: progress.append(done))
        assert (again.inserted, again.unchanged) == (0, 10)
        assert progress[-1] == 10


@pytest.mark.parametrize("parallel", [False, True], ids=["here", "second-process"])
def test_a_refusal_reads_the_same_whichever_process_met_it(tmp_path, monkeypatch, xlsform, small_chunks, parallel):
    exported = _export(tmp_path, monkeypatch, xlsform, FLAT, 10)
    book = openpyxl.load_workbook(exported)
    sheet = book["sample"]
    sheet.cell(row=9, column=[c.value for c in sheet[1]].index("i") + 1, value="many")
    book.save(tmp_path / "late.xlsx")
    with Workspace.open(tmp_path / "hq.db", "hq passphrase", create=True) as hq:
        before = _tables(hq)
        with pytest.raises(ImportRefused, match=r"late.xlsx, sheet sample, row 9, column i: 'many'") as caught:
            merge_workbooks(hq, [tmp_path / "late.xlsx"], parallel=parallel)
        assert isinstance(caught.value.args[0], Message)  # still translatable after the trip between processes
        assert _tables(hq) == before
    assert not multiprocessing.active_children()


def test_a_cancelled_import_stops_the_second_process(tmp_path, monkeypatch, xlsform, small_chunks):
    exported = _export(tmp_path, monkeypatch, xlsform, FLAT, 12)
    with Workspace.open(tmp_path / "hq.db", "hq passphrase", create=True) as hq:
        before = _tables(hq)
        seen: list[int] = []
        with pytest.raises(ImportRefused, match="import cancelled; nothing was changed"):
            merge_workbooks(hq, [exported], parallel=True, progress=lambda done, total: seen.append(done),
                            cancelled=lambda: len(seen) >= 1)
        assert _tables(hq) == before
    assert not multiprocessing.active_children()


def test_a_second_process_that_dies_midway_leaves_the_database_as_it_was(tmp_path, monkeypatch, xlsform,
                                                                         small_chunks):
    exported = _export(tmp_path, monkeypatch, xlsform, FLAT, 12)
    with Workspace.open(tmp_path / "hq.db", "hq passphrase", create=True) as hq:
        before = _tables(hq)

        def kill_it(done: int, total: int) -> None:
            for child in multiprocessing.active_children():
                child.kill()
                child.join()

        with pytest.raises(ImportRefused, match="laptop.xlsx: the process reading it stopped unexpectedly"):
            merge_workbooks(hq, [exported], parallel=True, progress=kill_it)
        assert _tables(hq) == before


def test_a_second_process_that_cannot_start_leaves_the_reading_here(tmp_path, monkeypatch, xlsform):
    """A script without ``if __name__ == "__main__":`` that asks for a second process runs itself
    again in it, where starting one more fails: nothing was read there, so it is read here."""
    exported = _export(tmp_path, monkeypatch, xlsform, FLAT, 5)
    script = tmp_path / "unguarded.py"
    script.write_text(textwrap.dedent(f"""
        import os
        from pathlib import Path
        from fieldkit.services.merge import merge_workbooks
        from fieldkit.services.workspace import Workspace
        with Workspace.open(Path({str(tmp_path)!r}) / f"hq-{{os.getpid()}}.db", "hq passphrase", create=True) as hq:
            print(merge_workbooks(hq, [Path({str(exported)!r})], parallel=True).line())
    """), encoding="utf-8")
    done = subprocess.run([sys.executable, str(script)], capture_output=True, text=True, timeout=120,
                          cwd=tmp_path)
    assert done.returncode == 0, done.stderr[-2000:]
    assert done.stdout.strip().splitlines()[-1].startswith("5 inserted, 0 updated")


def test_a_message_travels_between_processes_whole():
    inner = Message("{where}, column {column}: {problem}", where=Message("sheet {sheet}, row {row}", sheet="kii",
                                                                         row=3), column="women", problem="{not a field}")
    outer = Message("{file}, {detail}", file="a {b}.xlsx", detail=inner)
    back = pickle.loads(pickle.dumps(outer))
    assert back == outer and back.template == outer.template
    assert back.params["detail"].params["where"].params == {"sheet": "kii", "row": 3}
    assert back.translated(lambda template: template.upper()) == outer.translated(lambda template: template.upper())
