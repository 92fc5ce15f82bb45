"""A final record opens read-only; Edit makes a pending edit that reports, the list and exports ignore
until it is finalised; Discard edit leaves the record as it was. Through the real window."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap

from keyboard import type_text
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from fieldkit.services.edits import pending_edit
from fieldkit.services.records import audit_log, get_record, record_history, save_record, start_record
from fieldkit.services.reports import build_reports
from fieldkit.store.exchange import export_rows
from fieldkit.ui.main_window import MainWindow

BASE = {"interview_date": "2026-11-02", "place": "baku", "mode": "in_person", "institutions": ["MFA"],
        "women": 1, "men": 1, "duration_min": 60, "consent": "yes", "interviewee_roles": "Şöbə müdiri"}


def final_kii(window):
    _, record = start_record(window.workspace, "kii")
    record = save_record(window.workspace, record, BASE, final=True)
    window.browse.refresh()
    window.select_form("kii")
    return record


def editor(view, name):
    return view.rows[name].widget.focus_widgets()[0]


def retype(qtbot, view, name, text):
    target = editor(view, name)
    target.selectAll()
    type_text(qtbot, target, text)


def reported_minutes(window, uuid):
    (row,) = [r for r in build_reports(window.workspace).interviews if r.uuid == uuid]
    return row.minutes


def exported(window, uuid):
    (row,) = [r for r in export_rows(window.workspace.db, ["kii"]) if r[0] == uuid]
    return row


def listed_status(window, uuid):
    window.browse.refresh()
    row = next(i for i, r in enumerate(window.model.records) if r.uuid == uuid)
    return window.model.index(row, 1).data(), window.model.index(row, 2).data()


def test_a_final_record_is_read_only_until_edit(qtbot, window):
    record = final_kii(window)
    audit = audit_log(window.workspace, record_uuid=record.uuid)
    window.open_record(record.uuid)
    view = window.form_view
    assert "read-only" in view.state.text() and "F2" in view.state.text()
    assert not view.edit_button.isHidden() and view.save_button.isHidden() and view.finalise_button.isHidden()
    duration = editor(view, "duration_min")
    assert not duration.isEnabled()
    qtbot.keyClicks(duration, "5")  # a stray keystroke
    qtbot.keyClick(view, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert duration.text() == "60" and not view.dirty
    qtbot.keyClick(view, Qt.Key.Key_Escape)
    assert window.form_view is None
    assert get_record(window.workspace, record.uuid) == record
    assert pending_edit(window.workspace, record.uuid) is None
    assert audit_log(window.workspace, record_uuid=record.uuid) == audit


def test_an_edit_stays_pending_and_is_discarded(qtbot, window, monkeypatch):
    record = final_kii(window)
    history = record_history(window.workspace, record.uuid)
    window.open_record(record.uuid)
    view = window.form_view
    qtbot.keyClick(view.edit_button, Qt.Key.Key_F2)
    assert editor(view, "duration_min").isEnabled() and not view.discard_button.isHidden()
    assert view.edit_button.isHidden()
    retype(qtbot, view, "duration_min", "75")
    retype(qtbot, view, "interviewee_roles", "Baş məsləhətçi")
    qtbot.keyClick(view, Qt.Key.Key_Escape)  # the edit is saved as pending; back to the list
    assert window.form_view is None
    assert pending_edit(window.workspace, record.uuid).data["duration_min"] == 75
    assert get_record(window.workspace, record.uuid) == record
    assert reported_minutes(window, record.uuid) == 60
    assert exported(window, record.uuid).data["duration_min"] == 60 and exported(window, record.uuid).revision == 1
    assert listed_status(window, record.uuid) == ("final, edit pending", 1)
    window.browse.search.setText("baş məsləhətçi")
    window.browse.apply_filter()
    assert window.model.records == []  # search reads the final revision too
    window.browse.search.setText("")
    window.browse.apply_filter()

    window.open_record(record.uuid)  # the edit is offered again: opened in edit mode with its answers
    view = window.form_view
    assert editor(view, "duration_min").text() == "75" and not view.discard_button.isHidden()
    asked = []
    monkeypatch.setattr(QMessageBox, "question", lambda *a: asked.append(a[2]) or QMessageBox.StandardButton.Yes)
    qtbot.mouseClick(view.discard_button, Qt.MouseButton.LeftButton)
    assert asked and "revision 1" in asked[0]
    assert window.form_view is None
    assert get_record(window.workspace, record.uuid) == record
    assert record_history(window.workspace, record.uuid) == history
    assert pending_edit(window.workspace, record.uuid) is None
    assert listed_status(window, record.uuid) == ("final", 1)
    assert audit_log(window.workspace, record_uuid=record.uuid)[0]["action"] == "edit_discard"


def test_a_finalised_edit_is_the_next_revision(qtbot, window):
    record = final_kii(window)
    window.open_record(record.uuid)
    view = window.form_view
    view.edit_button.click()
    retype(qtbot, view, "duration_min", "75")
    qtbot.keyClick(view, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert window.form_view is None
    stored = get_record(window.workspace, record.uuid)
    assert (stored.revision, stored.status, stored.data["duration_min"]) == (2, "final", 75)
    assert [(h["revision"], h["data"]["duration_min"]) for h in record_history(window.workspace, record.uuid)] == [
        (1, 60), (2, 75)]
    assert pending_edit(window.workspace, record.uuid) is None
    assert reported_minutes(window, record.uuid) == 75 and exported(window, record.uuid).revision == 2
    assert listed_status(window, record.uuid) == ("final", 2)


def test_a_pending_edit_survives_closing_and_a_crash(qtbot, window, db_path, passphrase):
    record = final_kii(window)
    window.open_record(record.uuid)
    view = window.form_view
    view.begin_edit()
    retype(qtbot, view, "duration_min", "75")
    qtbot.waitUntil(lambda: pending_edit(window.workspace, record.uuid) is not None, timeout=5000)  # autosaved
    # Another start while this one still has the edit open, as after a crash: the edit is offered back.
    again = MainWindow(db_path, passphrase=passphrase)
    qtbot.addWidget(again)
    again.show()
    qtbot.waitUntil(lambda: again.ready, timeout=15000)
    assert not again.browse.resume_bar.isHidden()
    qtbot.mouseClick(again.browse.resume_button, Qt.MouseButton.LeftButton)
    assert editor(again.form_view, "duration_min").text() == "75"
    again.form_view.close_form()
    again.close()
    retype(qtbot, view, "duration_min", "80")
    window.close()  # closing the window saves the edit, still pending
    from fieldkit.services.workspace import Workspace

    with Workspace.open(db_path, passphrase) as workspace:
        assert pending_edit(workspace, record.uuid).data["duration_min"] == 80
        assert get_record(workspace, record.uuid) == record


KILLED_WHILE_EDITING = textwrap.dedent("""
    import sys, time
    from pathlib import Path
    from PySide6.QtWidgets import QApplication
    from PySide6.QtTest import QTest
    from fieldkit.ui.main_window import MainWindow
    from fieldkit.services.edits import pending_edit
    app = QApplication([])
    window = MainWindow(Path(sys.argv[1]), passphrase=sys.argv[2])
    window.show()
    while not window.ready:
        app.processEvents(); time.sleep(0.01)
    window.open_record(sys.argv[3])
    view = window.form_view
    view.begin_edit()
    editor = view.rows["duration_min"].widget.focus_widgets()[0]
    editor.selectAll()
    QTest.keyClicks(editor, "75")
    while pending_edit(window.workspace, sys.argv[3]) is None:   # the autosave
        app.processEvents(); time.sleep(0.02)
    print("saved", flush=True)
    while True:                                                     # editing on... until killed
        app.processEvents(); time.sleep(0.02)
""")


def test_a_pending_edit_of_a_killed_process_is_offered_back(qtbot, window, db_path, passphrase, config_dir):
    record = final_kii(window)
    window.close()
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", FIELDKIT_CONFIG_DIR=str(config_dir))
    process = subprocess.Popen([sys.executable, "-c", KILLED_WHILE_EDITING, str(db_path), passphrase, record.uuid],
                               stdout=subprocess.PIPE, text=True, env=env)
    try:
        assert process.stdout.readline().strip() == "saved", "the child never autosaved"
    finally:
        process.kill()  # as a flat battery: no closeEvent, nothing more saved
        process.wait(timeout=30)
        process.stdout.close()
    again = MainWindow(db_path, passphrase=passphrase)
    qtbot.addWidget(again)
    again.show()
    qtbot.waitUntil(lambda: again.ready, timeout=15000)
    assert get_record(again.workspace, record.uuid) == record  # the final record is as it was
    assert not again.browse.resume_bar.isHidden()
    assert "was being edited" in again.browse.resume_text.text()
    qtbot.mouseClick(again.browse.resume_button, Qt.MouseButton.LeftButton)
    view = again.form_view
    assert editor(view, "duration_min").text() == "75" and not view.discard_button.isHidden()
    assert "edit saved" in view.state.text()
    again.close()
