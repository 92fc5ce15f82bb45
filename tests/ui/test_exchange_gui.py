"""Export, import and conflicts in the window: background work with progress and cancel."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer

from fieldkit.domain.records import FINAL, new_record
from fieldkit.services.export import export_workbook
from fieldkit.services.merge import merge_workbooks
from fieldkit.services.records import add_json_records, get_record, save_record
from fieldkit.services.workspace import Workspace
from fieldkit.store.records import save_records
from fieldkit.ui.main_window import MainWindow

KII = {"interview_date": "2026-11-02", "place": "baku", "mode": "in_person", "institutions": ["MFA"],
       "women": 1, "men": 2, "duration_min": 60, "consent": "yes"}


def many(workspace, count):
    records = [new_record("kii", workspace.form("kii").version, workspace.device_id, {**KII, "duration_min": 1 + i % 600})
               .with_changes(status=FINAL) for i in range(count)]
    save_records(workspace.db, records, workspace.device_id)


def test_export_runs_in_the_background_with_progress(qtbot, window, tmp_path):
    many(window.workspace, 1200)
    dialog = window.show_export()
    qtbot.addWidget(dialog)
    target = tmp_path / "to-hq.xlsx"
    dialog.path.setText(str(target))
    ticks = []
    timer = QTimer()
    timer.timeout.connect(lambda: ticks.append(1))
    timer.start(10)
    qtbot.mouseClick(dialog.start_button, Qt.MouseButton.LeftButton)
    assert dialog.busy
    qtbot.waitUntil(lambda: dialog.result is not None or dialog.error is not None, timeout=60000)
    timer.stop()
    assert dialog.error is None, dialog.error
    assert dialog.result.records == 1200 and target.exists()
    assert dialog.progress.value() == dialog.progress.maximum()
    assert "1200 record(s)" in dialog.message.text()
    assert len(ticks) > 3  # the GUI thread kept running while the export worked


def test_export_can_be_cancelled_and_leaves_no_file(qtbot, window, tmp_path):
    many(window.workspace, 1500)
    dialog = window.show_export()
    qtbot.addWidget(dialog)
    target = tmp_path / "never.xlsx"
    dialog.path.setText(str(target))
    qtbot.mouseClick(dialog.start_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(dialog.cancel_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.error is not None or dialog.result is not None, timeout=60000)
    assert dialog.result is None
    assert "Cancelled" in dialog.message.text()
    assert not target.exists() and not list(tmp_path.glob(".fieldkit-*"))


def test_import_dialog_merges_and_reports(qtbot, window, tmp_path):
    with Workspace.open(tmp_path / "laptop.db", "laptop passphrase", create=True) as laptop:
        add_json_records(laptop, "kii", [(1, KII), (2, {**KII, "place": "guba"})])
        export_workbook(laptop, tmp_path / "laptop.xlsx")
    dialog = window.show_import()
    qtbot.addWidget(dialog)
    dialog.add_files([str(tmp_path / "laptop.xlsx")])
    qtbot.mouseClick(dialog.start_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.result is not None or dialog.error is not None, timeout=60000)
    assert dialog.error is None, dialog.error
    assert "2 inserted" in dialog.message.text()
    dialog.accept()
    window.select_form("kii")
    assert window.model.rowCount() == 2


def test_a_big_export_and_import_use_a_second_process_and_the_window_keeps_running(qtbot, window, tmp_path):
    """From 10,000 records on (with two cores) the workbook is written, and read back, by a second
    process that the window's worker thread starts: the window keeps running, nothing is left behind."""
    import multiprocessing

    many(window.workspace, 10_000)
    ticks = []
    timer = QTimer()
    timer.timeout.connect(lambda: ticks.append(1))
    timer.start(10)
    dialog = window.show_export()
    qtbot.addWidget(dialog)
    target = tmp_path / "big.xlsx"
    dialog.path.setText(str(target))
    qtbot.mouseClick(dialog.start_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.result is not None or dialog.error is not None, timeout=120000)
    assert dialog.error is None, dialog.error
    assert dialog.result.records == 10_000 and target.exists()
    dialog.accept()
    dialog = window.show_import()
    qtbot.addWidget(dialog)
    dialog.add_files([str(target)])
    qtbot.mouseClick(dialog.start_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.result is not None or dialog.error is not None, timeout=120000)
    timer.stop()
    assert dialog.error is None, dialog.error
    assert "0 inserted, 0 updated, 10000 unchanged" in dialog.message.text()
    assert len(ticks) > 20  # the GUI thread kept running throughout
    assert not multiprocessing.active_children()


def test_a_conflict_is_resolved_side_by_side(qtbot, tmp_path, monkeypatch):
    def laptop(name):
        monkeypatch.setenv("FIELDKIT_CONFIG_DIR", str(tmp_path / f"config-{name}"))
        return Workspace.open(tmp_path / f"{name}.db", f"{name} passphrase", create=True)

    a, b = laptop("a"), laptop("b")
    (record,) = add_json_records(a, "kii", [(1, KII)])
    export_workbook(a, tmp_path / "a1.xlsx")
    merge_workbooks(b, [tmp_path / "a1.xlsx"])
    save_record(a, get_record(a, record.uuid), {**KII, "duration_min": 70, "follow_up": "Zəng etmək"}, final=True)
    save_record(b, get_record(b, record.uuid), {**KII, "duration_min": 80}, final=True)
    export_workbook(a, tmp_path / "a2.xlsx")
    export_workbook(b, tmp_path / "b2.xlsx")
    a.close()
    b.close()

    hq_db = tmp_path / "hq.db"
    monkeypatch.setenv("FIELDKIT_CONFIG_DIR", str(tmp_path / "config-hq"))
    window = MainWindow(hq_db, passphrase="hq passphrase")
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window.ready, timeout=15000)
    merge_workbooks(window.workspace, [tmp_path / "a2.xlsx"])
    assert merge_workbooks(window.workspace, [tmp_path / "b2.xlsx"]).conflicts == 1

    dialog = window.show_conflicts()
    qtbot.addWidget(dialog)
    assert dialog.list.count() == 1
    names = [dialog.table.verticalHeaderItem(r).text() for r in dialog.differing_rows()]
    assert names == ["Duration (minutes)", "Follow-up"]
    row = dialog.differing_rows()[0]
    assert (dialog.table.item(row, 0).text(), dialog.table.item(row, 1).text()) == ("70", "80")
    qtbot.mouseClick(dialog.take_incoming, Qt.MouseButton.LeftButton)
    assert dialog.list.count() == 0 and "No conflicts" in dialog.hint.text()
    settled = get_record(window.workspace, record.uuid)
    assert settled.data["duration_min"] == 80 and settled.data["follow_up"] is None and settled.revision == 3
    window.close()
