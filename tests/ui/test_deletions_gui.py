"""Deletions that arrive, in the window: the Deleted list restores them; a deletion in conflict says so."""

from __future__ import annotations

from PySide6.QtCore import Qt

from fieldkit.services.export import export_workbook
from fieldkit.services.merge import merge_workbooks
from fieldkit.services.records import add_json_records, delete_record, get_record, list_records, save_record
from fieldkit.services.workspace import Workspace
from fieldkit.ui.main_window import MainWindow

KII = {"interview_date": "2026-11-02", "place": "baku", "mode": "in_person", "institutions": ["MFA"],
       "women": 1, "men": 2, "duration_min": 60, "consent": "yes"}


def test_a_deletion_from_a_laptop_is_restored_from_the_deleted_list_and_a_racing_one_is_a_conflict(
        qtbot, tmp_path, monkeypatch):
    def laptop(name):
        monkeypatch.setenv("FIELDKIT_CONFIG_DIR", str(tmp_path / f"config-{name}"))
        return Workspace.open(tmp_path / f"{name}.db", f"{name} passphrase", create=True)

    a, b = laptop("a"), laptop("b")
    gone, raced = add_json_records(a, "kii", [(1, KII), (2, {**KII, "place": "guba"})])
    export_workbook(a, tmp_path / "a1.xlsx")
    merge_workbooks(b, [tmp_path / "a1.xlsx"])
    (never,) = add_json_records(a, "kii", [(3, {**KII, "place": "ganja"})])  # HQ never gets its answers
    delete_record(a, gone.uuid)
    delete_record(a, raced.uuid)
    delete_record(a, never.uuid)
    save_record(b, get_record(b, raced.uuid), {**KII, "place": "guba", "duration_min": 90}, final=True)
    export_workbook(a, tmp_path / "a2.xlsx")
    export_workbook(b, tmp_path / "b2.xlsx")
    a.close()
    b.close()

    monkeypatch.setenv("FIELDKIT_CONFIG_DIR", str(tmp_path / "config-hq"))
    window = MainWindow(tmp_path / "hq.db", passphrase="hq passphrase")
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window.ready, timeout=15000)
    merge_workbooks(window.workspace, [tmp_path / "a1.xlsx", tmp_path / "b2.xlsx"])
    summary = merge_workbooks(window.workspace, [tmp_path / "a2.xlsx"])
    assert (summary.deleted, summary.conflicts) == (2, 1)

    browse = window.browse
    browse.select_form("kii")
    browse.status_box.setCurrentIndex(browse.status_box.findData("deleted"))
    qtbot.waitUntil(lambda: browse.model.rowCount() == 2)
    assert [browse.model.index(row, 1).data() for row in range(2)] == ["deleted", "deleted"]
    browse.select_record(never.uuid)
    qtbot.mouseClick(browse.restore_button, Qt.MouseButton.LeftButton)
    assert get_record(window.workspace, never.uuid).deleted
    assert window.statusBar().currentMessage().startswith("Nothing to restore")
    browse.select_record(gone.uuid)
    assert browse.restore_button.isVisible()
    qtbot.mouseClick(browse.restore_button, Qt.MouseButton.LeftButton)
    assert not get_record(window.workspace, gone.uuid).deleted
    assert browse.model.rowCount() == 1

    dialog = window.show_conflicts()
    qtbot.addWidget(dialog)
    assert dialog.list.count() == 1
    assert dialog.table.horizontalHeaderItem(1).text().startswith("Incoming: deleted (revision 2")
    qtbot.mouseClick(dialog.take_incoming, Qt.MouseButton.LeftButton)
    assert dialog.list.count() == 0
    settled = get_record(window.workspace, raced.uuid)
    assert settled.deleted and settled.revision == 3
    assert {r.uuid for r, _ in list_records(window.workspace, "kii")} == {gone.uuid}
