"""Excel sync: export, import, merge of several laptops, edits in Excel, formulas."""

from __future__ import annotations

import json
from pathlib import Path

import openpyxl
import pytest

from fieldkit.cli import main
from fieldkit.services.export import export_workbook
from fieldkit.services.merge import ImportRefused, merge_workbooks, open_conflicts, resolve_conflict
from fieldkit.services.records import add_json_records, get_record, list_records, save_record
from fieldkit.services.workspace import Workspace

KII = {"interview_date": "2026-11-02", "place": "baku", "mode": "in_person", "institutions": ["MFA", "SMS"],
       "women": 1, "men": 2, "duration_min": 60, "consent": "yes", "relevance": "Çox aktualdır — очень актуально"}


def laptop(tmp_path: Path, name: str, monkeypatch: pytest.MonkeyPatch) -> Workspace:
    """A workspace with its own database and its own device identity."""
    config = tmp_path / f"config-{name}"
    monkeypatch.setenv("FIELDKIT_CONFIG_DIR", str(config))
    return Workspace.open(tmp_path / f"{name}.db", "passphrase-" + name, create=True)


def snapshot(workspace: Workspace) -> dict[str, list]:
    db = workspace.db
    return {table: db.execute(f"SELECT * FROM {table} ORDER BY 1, 2").fetchall()
            for table in ("records", "record_history", "record_ancestors", "conflicts", "forms", "audit")}


def records_of(workspace: Workspace, form_id: str = "kii") -> dict[str, dict]:
    return {r.uuid: r for r, _ in list_records(workspace, form_id)}


def test_export_sheets_dictionary_manifest_and_people_friendly(tmp_path, workspace):
    add_json_records(workspace, "kii", [(1, KII)])
    fgd = {"fgd_date": "2026-11-01", "place": "guba", "topic": "Referral", "participant_groups": ["officials"],
           "women": 3, "men": 2, "consent": "yes", "discussion": [{"question": "Q1", "notes": "N1"}, {"question": "Q2"}]}
    add_json_records(workspace, "fgd", [(1, fgd)])
    out = tmp_path / "laptop.xlsx"
    summary = export_workbook(workspace, out)
    assert summary.records == 2
    book = openpyxl.load_workbook(out)
    assert {"kii", "fgd", "fgd.discussion", "_dictionary", "_forms", "_manifest"} <= set(book.sheetnames)
    kii = book["kii"]
    header = [c.value for c in kii[1]]
    assert header[:3] == ["interview_date", "place", "place_other"]
    assert header[-7:] == ["_uuid", "_revision", "_status", "_created_at", "_updated_at", "_device", "_form_version"]
    row = {h: c.value for h, c in zip(header, kii[2])}
    assert row["interview_date"].date().isoformat() == "2026-11-02" and kii["A2"].is_date
    assert row["institutions"] == "MFA SMS" and row["relevance"] == KII["relevance"]
    assert kii.freeze_panes == "A2" and kii.auto_filter.ref.startswith("A1:")
    assert kii.column_dimensions["A"].width >= 10 and kii[1][0].font.b
    discussion = [[c.value for c in r] for r in book["fgd.discussion"].iter_rows()]
    assert discussion[0] == ["question", "notes", "_parent_uuid", "_parent_path", "_index"]
    assert [r[0] for r in discussion[1:]] == ["Q1", "Q2"] and discussion[1][4] == 1
    dictionary = [[c.value for c in r] for r in book["_dictionary"].iter_rows()]
    assert dictionary[0][:8] == ["form", "version", "field", "type", "repeat", "label_en", "label_az", "label_ru"]
    place = next(r for r in dictionary if r[0] == "kii" and r[2] == "place")
    assert place[5:8] == ["Place", "Yer", "Место"] and "baku=Baku" in place[8]
    manifest = {r[0].value: r[1].value for r in book["_manifest"].iter_rows(max_row=10) if r[0].value}
    assert manifest["format"] == "fieldkit-export" and manifest["format_version"] == "2"
    assert manifest["device_id"] == workspace.device_id and manifest["export_id"] == summary.export_id
    assert not list(tmp_path.glob(".fieldkit-*"))  # the temporary file was renamed, not left behind


def test_no_cell_is_ever_a_formula(tmp_path, workspace):
    risky = ["=HYPERLINK(\"http://x\",\"click\")", "+1+2", "-3", "@SUM(A1)", "\tTAB", "=1+1"]
    for text in risky:
        add_json_records(workspace, "kii", [(1, {**KII, "interviewee_roles": text})])
    out = tmp_path / "risky.xlsx"
    export_workbook(workspace, out)
    book = openpyxl.load_workbook(out)
    for sheet in book.worksheets:
        for row in sheet.iter_rows():
            for cell in row:
                assert cell.data_type != "f", (sheet.title, cell.coordinate, cell.value)
    values = {c.value for c in book["kii"]["F"]}
    assert set(risky) - {"\tTAB"} <= values
    # ...and they come back exactly as typed.
    with Workspace.open(tmp_path / "hq.db", "hq passphrase", create=True) as hq:
        merge_workbooks(hq, [out])
        assert sorted(r.data["interviewee_roles"] for r in records_of(hq).values()) == sorted(risky)


def test_two_laptops_merge_without_loss_or_duplicates(tmp_path, monkeypatch):
    a = laptop(tmp_path, "a", monkeypatch)
    b = laptop(tmp_path, "b", monkeypatch)
    add_json_records(a, "kii", [(1, {**KII, "place": "nakhchivan"}), (2, {**KII, "duration_min": 45})])
    add_json_records(b, "kii", [(1, {**KII, "place": "guba"})])
    export_workbook(a, tmp_path / "a1.xlsx")
    export_workbook(b, tmp_path / "b1.xlsx")
    for order in (["a1", "b1"], ["b1", "a1"]):
        hq = laptop(tmp_path, f"hq-{'-'.join(order)}", monkeypatch)
        for _ in range(2):
            for name in order:
                merge_workbooks(hq, [tmp_path / f"{name}.xlsx"])
        got = records_of(hq)
        assert len(got) == 3
        assert {r.uuid for r in got.values()} == set(records_of(a)) | set(records_of(b))
        assert all(r.revision == 1 and r.status == "final" for r in got.values())
        hq.close()

    # An edit on A after the first sync arrives at HQ as revision 2.
    hq = laptop(tmp_path, "hq", monkeypatch)
    merge_workbooks(hq, [tmp_path / "a1.xlsx", tmp_path / "b1.xlsx"])
    uuid = next(u for u, r in records_of(a).items() if r.data["place"] == "nakhchivan")
    record = get_record(a, uuid)
    save_record(a, record, {**record.data, "duration_min": 75}, final=True)
    export_workbook(a, tmp_path / "a2.xlsx")
    summary = merge_workbooks(hq, [tmp_path / "a2.xlsx"])
    assert (summary.updated, summary.unchanged, summary.inserted, summary.conflicts) == (1, 1, 0, 0)
    arrived = get_record(hq, uuid)
    assert (arrived.revision, arrived.data["duration_min"]) == (2, 75)
    from fieldkit.services.records import record_history

    assert [h["revision"] for h in record_history(hq, uuid)] == [1, 2]
    # The old file arriving late changes nothing.
    late = merge_workbooks(hq, [tmp_path / "a1.xlsx"])
    assert (late.unchanged, late.updated, late.conflicts) == (2, 0, 0)
    assert get_record(hq, uuid).revision == 2

    # The same record edited differently on A and on B: a conflict, both kept.
    merge_workbooks(b, [tmp_path / "a2.xlsx"])
    on_b = get_record(b, uuid)
    save_record(b, on_b, {**on_b.data, "duration_min": 80}, final=True)
    record = get_record(a, uuid)
    save_record(a, record, {**record.data, "duration_min": 70}, final=True)
    export_workbook(a, tmp_path / "a3.xlsx")
    export_workbook(b, tmp_path / "b3.xlsx")
    assert merge_workbooks(hq, [tmp_path / "a3.xlsx"]).updated == 1
    clash = merge_workbooks(hq, [tmp_path / "b3.xlsx"])
    assert clash.conflicts == 1 and clash.conflict_uuids == [uuid]
    assert get_record(hq, uuid).data["duration_min"] == 70  # local kept until someone decides
    (conflict,) = open_conflicts(hq)
    assert conflict["data"]["duration_min"] == 80
    resolve_conflict(hq, conflict["id"], "incoming")
    settled = get_record(hq, uuid)
    assert settled.data["duration_min"] == 80 and settled.revision == 4
    assert open_conflicts(hq) == []
    # HQ's settled revision goes back to A and B as a plain update.
    export_workbook(hq, tmp_path / "hq.xlsx")
    for side in (a, b):
        result = merge_workbooks(side, [tmp_path / "hq.xlsx"])
        assert (result.conflicts, result.updated) == (0, 1)
        assert get_record(side, uuid).data["duration_min"] == 80
    for workspace in (a, b, hq):
        workspace.close()


def test_a_cell_edited_in_excel_is_reported_not_merged(tmp_path, workspace, capsys, passphrase):
    (record,) = add_json_records(workspace, "kii", [(1, KII)])
    out = tmp_path / "edited.xlsx"
    export_workbook(workspace, out)
    book = openpyxl.load_workbook(out)
    sheet = book["kii"]
    column = [c.value for c in sheet[1]].index("duration_min") + 1
    sheet.cell(row=2, column=column, value=599)
    book.save(out)
    hq_db = tmp_path / "hq.db"
    assert main(["--db", str(hq_db), "import", str(out)]) == 0
    out_text = capsys.readouterr().out
    assert "1 edited outside fieldkit" in out_text and record.uuid in out_text
    with Workspace.open(hq_db, passphrase) as hq:
        assert get_record(hq, record.uuid) is None  # not merged silently
    assert main(["--db", str(hq_db), "import", "--accept-edits", str(out)]) == 0
    with Workspace.open(hq_db, passphrase) as hq:
        applied = get_record(hq, record.uuid)
        assert applied.data["duration_min"] == 599 and applied.revision == 2
        details = [detail for (detail,) in hq.db.execute("SELECT detail FROM audit WHERE action='import'")]
        assert any("edited_outside" in detail for detail in details)


def test_dry_run_changes_nothing(tmp_path, workspace, monkeypatch):
    add_json_records(workspace, "kii", [(1, KII)])
    export_workbook(workspace, tmp_path / "x.xlsx")
    hq = laptop(tmp_path, "hq", monkeypatch)
    before = snapshot(hq)
    summary = merge_workbooks(hq, [tmp_path / "x.xlsx"], dry_run=True)
    assert summary.inserted == 1 and summary.dry_run
    assert snapshot(hq) == before
    hq.close()


def test_since_last_exports_only_what_changed(tmp_path, workspace):
    first, second = add_json_records(workspace, "kii", [(1, KII), (2, {**KII, "place": "guba"})])
    out = tmp_path / "usb.xlsx"
    assert export_workbook(workspace, out, since_last=True).records == 2
    assert export_workbook(workspace, out, since_last=True).records == 0
    save_record(workspace, first, {**first.data, "men": 5}, final=True)
    assert export_workbook(workspace, out, since_last=True).records == 1
    assert export_workbook(workspace, tmp_path / "other-stick.xlsx", since_last=True).records == 2  # per destination
    exports = [e for e in workspace.db.execute("SELECT detail FROM audit WHERE action = 'export'")]
    assert len(exports) == 4


def test_password_protected_export(tmp_path, workspace, monkeypatch):
    add_json_records(workspace, "kii", [(1, KII)])
    out = tmp_path / "locked.xlsx"
    export_workbook(workspace, out, password="Qax-2026!")
    assert out.read_bytes()[:8] == b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # an encrypted Office file, not a zip
    hq = laptop(tmp_path, "hq", monkeypatch)
    before = snapshot(hq)
    with pytest.raises(ImportRefused, match="protected by a password"):
        merge_workbooks(hq, [out])
    with pytest.raises(ImportRefused, match="wrong password"):
        merge_workbooks(hq, [out], password="nope")
    assert snapshot(hq) == before
    assert merge_workbooks(hq, [out], password="Qax-2026!").inserted == 1
    hq.close()


def test_import_brings_a_form_hq_does_not_have(tmp_path, workspace, monkeypatch, xlsform):
    from fieldkit.services.forms import add_form_file

    add_form_file(workspace, xlsform([{"type": "text", "name": "topic", "label": "Topic"}],
                                     settings={"form_id": "local_only", "version": "3"}))
    add_json_records(workspace, "local_only", [(1, {"topic": "Şirvan"})])
    export_workbook(workspace, tmp_path / "new-form.xlsx")
    hq = laptop(tmp_path, "hq", monkeypatch)
    assert merge_workbooks(hq, [tmp_path / "new-form.xlsx"]).inserted == 1
    assert [r.data["topic"] for r, _ in list_records(hq, "local_only")] == ["Şirvan"]
    hq.close()


def test_json_export_survives_round_trip_of_every_type(tmp_path, workspace, monkeypatch):
    test = {"event_code": "E-1", "participant_code": "P-1", "sex": "male", "institution": "SMS", "phase": "pre",
            "q01": "a", "q05": ["a", "b", "d"]}
    event = {"event_code": "E-1", "activity_type": "workshop", "output": "2.1", "activity_code": "2.1.2",
             "topic": "NRM", "date_start": "2019-03-01", "date_end": "2019-03-02", "place": "other",
             "place_other": "Şəki", "institutions": ["SMS"], "women": 3, "men": 4, "pass_mark": 65}
    add_json_records(workspace, "training_test", [(1, test)])
    add_json_records(workspace, "training_event", [(1, event)])
    export_workbook(workspace, tmp_path / "t.xlsx")
    hq = laptop(tmp_path, "hq", monkeypatch)
    merge_workbooks(hq, [tmp_path / "t.xlsx"])
    for form_id in ("training_test", "training_event"):
        mine = {r.uuid: r.data for r, _ in list_records(workspace, form_id)}
        theirs = {r.uuid: r.data for r, _ in list_records(hq, form_id)}
        assert json.dumps(theirs, sort_keys=True) == json.dumps(mine, sort_keys=True)
    hq.close()


def test_export_sends_the_last_final_revision_never_a_draft(tmp_path, workspace):
    from fieldkit.services.records import start_record

    record = save_record(workspace, start_record(workspace, "kii")[1], {**KII, "place": "baku"}, final=True)
    reopened = save_record(workspace, record, {**KII, "place": "guba"}, final=False)  # being edited again
    assert reopened.revision == 2 and not reopened.is_final
    save_record(workspace, start_record(workspace, "kii")[1], {**KII, "place": "ganja"}, final=False)  # never final

    def rows(name: str) -> list[dict]:
        export_workbook(workspace, tmp_path / name)
        sheet = openpyxl.load_workbook(tmp_path / name)["kii"]
        header = [c.value for c in sheet[1]]
        return [dict(zip(header, (c.value for c in row))) for row in sheet.iter_rows(min_row=2)]

    sent = rows("first.xlsx")
    assert [(r["place"], r["_revision"], r["_uuid"]) for r in sent] == [("baku", 1, record.uuid)]
    save_record(workspace, reopened, {**KII, "place": "guba"}, final=True)
    sent = rows("second.xlsx")
    assert [(r["place"], r["_revision"]) for r in sent] == [("guba", 2)]
