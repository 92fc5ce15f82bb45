"""The rest of XLSForm in the window: repeats, cascading selects, languages,
form versions, search and filters, delete and restore, and a killed process."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap

from keyboard import type_text
from PySide6.QtCore import Qt

from fieldkit.services.records import audit_log, get_record, save_record, start_record
from fieldkit.ui.audit_view import AuditDialog
from fieldkit.ui.main_window import MainWindow


def new_record(qtbot, window, form_id):
    window.select_form(form_id)
    qtbot.mouseClick(window.browse.new_button, Qt.MouseButton.LeftButton)
    return window.form_view


def click_choice(qtbot, view, path, choice):
    for button in view.rows[path].widget.buttons:
        if button.property("choice") == choice:
            qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
            return
    raise AssertionError(choice)


def test_a_repeat_is_added_and_removed(qtbot, window):
    view = new_record(qtbot, window, "fgd")
    section = view.sections["discussion"]
    assert section.isHidden()  # only with consent
    click_choice(qtbot, view, "consent", "yes")
    assert not section.isHidden() and section.count == 0
    qtbot.mouseClick(section.add_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(section.add_button, Qt.MouseButton.LeftButton)
    assert section.count == 2
    type_text(qtbot, view.rows["discussion[1]/question"].widget.focus_widgets()[0], "Birinci sual")
    type_text(qtbot, view.rows["discussion[2]/question"].widget.focus_widgets()[0], "Второй вопрос")
    qtbot.mouseClick(section.remove_buttons[0], Qt.MouseButton.LeftButton)
    assert section.count == 1
    assert view.rows["discussion[1]/question"].widget.value() == "Второй вопрос"
    assert "discussion[2]/question" not in view.rows
    assert view.save_draft()
    stored = get_record(window.workspace, view.record.uuid)
    assert stored.data["discussion"] == [{"question": "Второй вопрос", "notes": None}]


def test_a_cascading_select_narrows_its_choices(qtbot, window):
    view = new_record(qtbot, window, "training_event")
    outputs = view.rows["output"].widget
    activity = view.rows["activity_code"].widget.combo

    def offered():
        return [activity.itemData(i) for i in range(1, activity.count())]

    assert offered() == []  # nothing until an output is chosen
    click_choice(qtbot, view, "output", "2.1")
    assert offered() == ["2.1.1", "2.1.2", "2.1.3", "2.1.4"]
    activity.setCurrentIndex(activity.findData("2.1.3"))
    assert view.rows["activity_code"].widget.value() == "2.1.3"
    click_choice(qtbot, view, "output", "3.1")
    assert offered() == ["3.1.1", "3.1.2", "3.1.3"]
    assert view.rows["activity_code"].widget.value() is None  # the old activity is not offered any more
    assert outputs.value() == "3.1"


def test_switching_the_form_language_relabels(qtbot, window):
    view = new_record(qtbot, window, "kii")
    label = view.rows["interview_date"].label
    place = view.rows["place"].widget.combo
    assert label.text().startswith("Date of the interview")
    view.language_box.setCurrentIndex(view.language_box.findData("Azərbaycanca (az)"))
    assert label.text().startswith("Müsahibənin tarixi")
    assert place.itemText(1) == "Bakı"
    assert view.groups["criteria"].title() == "Qiymətləndirmə meyarları üzrə qeydlər"
    view.language_box.setCurrentIndex(view.language_box.findData("Русский (ru)"))
    assert label.text().startswith("Дата интервью")
    assert place.itemText(1) == "Баку"


KILLED = textwrap.dedent("""
    import sys, time
    from pathlib import Path
    from PySide6.QtWidgets import QApplication
    from PySide6.QtTest import QTest
    from fieldkit.ui.main_window import MainWindow
    from fieldkit.services.records import get_record
    app = QApplication([])
    window = MainWindow(Path(sys.argv[1]), passphrase=sys.argv[2])
    window.show()
    while not window.ready:
        app.processEvents(); time.sleep(0.01)
    window.select_form("kii")
    window.new_record()
    view = window.form_view
    editor = view.rows["interviewee_roles"].widget.focus_widgets()[0]
    QTest.keyClicks(editor, "Head of unit, typed before the crash")
    while get_record(window.workspace, view.record.uuid) is None:   # the autosave
        app.processEvents(); time.sleep(0.02)
    print(view.record.uuid, flush=True)
    while True:                                                        # typing on... until killed
        app.processEvents(); time.sleep(0.02)
""")


def test_a_killed_process_draft_is_offered_back(qtbot, db_path, passphrase, config_dir):
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", FIELDKIT_CONFIG_DIR=str(config_dir))
    process = subprocess.Popen([sys.executable, "-c", KILLED, str(db_path), passphrase], stdout=subprocess.PIPE,
                               text=True, env=env)
    try:
        uuid = process.stdout.readline().strip()
        assert uuid, "the child never autosaved"
    finally:
        process.kill()  # no goodbye, no closeEvent: as a battery running out
        process.wait(timeout=30)
        process.stdout.close()
    window = MainWindow(db_path, passphrase=passphrase)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window.ready, timeout=15000)
    bar = window.browse.resume_bar
    assert not bar.isHidden()
    assert "Key informant interview" in window.browse.resume_text.text()
    qtbot.mouseClick(window.browse.resume_button, Qt.MouseButton.LeftButton)
    view = window.form_view
    assert view.record.uuid == uuid
    assert view.rows["interviewee_roles"].widget.value() == "Head of unit, typed before the crash"
    view.close_form()
    window.close()
    # Closed normally this time: nothing is offered on the next start.
    again = MainWindow(db_path, passphrase=passphrase)
    qtbot.addWidget(again)
    again.show()
    qtbot.waitUntil(lambda: again.ready, timeout=15000)
    assert again.browse.resume_bar.isHidden()
    again.close()


def test_a_newer_form_version_leaves_old_records_on_the_old_one(qtbot, window, xlsform, monkeypatch):
    v1 = xlsform([{"type": "text", "name": "topic", "label": "Topic", "required": "yes"}],
                 settings={"form_id": "survey_x", "version": "1", "form_title": "Survey X"}, name="x1.xlsx")
    v2 = xlsform([{"type": "text", "name": "topic", "label": "Topic", "required": "yes"},
                  {"type": "integer", "name": "people", "label": "People"}],
                 settings={"form_id": "survey_x", "version": "2", "form_title": "Survey X"}, name="x2.xlsx")
    assert window.add_form(str(v1))
    view = new_record(qtbot, window, "survey_x")
    type_text(qtbot, view.rows["topic"].widget.focus_widgets()[0], "Old topic")
    qtbot.mouseClick(view.finalise_button, Qt.MouseButton.LeftButton)
    old_uuid = get_record(window.workspace, view.record.uuid).uuid
    assert window.add_form(str(v2))
    window.open_record(old_uuid)
    assert window.form_view.form.version == "1" and "people" not in window.form_view.rows
    window.form_view.close_form()
    view = new_record(qtbot, window, "survey_x")
    assert view.form.version == "2" and "people" in view.rows
    assert window.add_form(str(v1))  # the same version again: already installed, nothing changes
    assert "already installed" in window.statusBar().currentMessage()
    bad = xlsform([{"type": "text", "name": "topic", "label": "Changed"}],
                  settings={"form_id": "survey_x", "version": "2"}, name="x2b.xlsx")
    from PySide6.QtWidgets import QMessageBox

    warnings = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a: warnings.append(a[2]) or QMessageBox.StandardButton.Ok)
    assert not window.add_form(str(bad))
    assert warnings and "x2b.xlsx" in warnings[0]
    assert "already installed with other content" in window.last_error


def _kii(window, **answers):
    _, record = start_record(window.workspace, "kii")
    base = {"interview_date": "2026-11-02", "place": "baku", "mode": "in_person", "institutions": ["MFA"],
            "women": 1, "men": 1, "duration_min": 60, "consent": "yes"}
    return save_record(window.workspace, record, {**base, **answers}, final=True)


def test_search_folds_azerbaijani_and_russian(qtbot, window):
    _kii(window, interviewee_roles="İcraçı direktor, şöbə müdiri")
    _kii(window, interviewee_roles="Начальник отдела, Москва")
    _kii(window, interviewee_roles="Internal affairs officer")
    window.browse.refresh()
    window.select_form("kii")
    assert window.model.rowCount() == 3

    def search(text):
        window.browse.search.clear()
        type_text(qtbot, window.browse.search, text)
        qtbot.waitUntil(lambda: window.model.spec.search == text, timeout=3000)
        return sorted(r.data["interviewee_roles"] for r in window.model.records)

    assert search("icraçı") == ["İcraçı direktor, şöbə müdiri"]
    assert search("İCRAÇI") == ["İcraçı direktor, şöbə müdiri"]
    assert search("sobe mudiri") == ["İcraçı direktor, şöbə müdiri"]
    assert search("INTERNAL") == ["Internal affairs officer"]
    assert search("ınternal") == ["Internal affairs officer"]
    assert search("москва") == ["Начальник отдела, Москва"]
    assert search("НАЧАЛЬНИК") == ["Начальник отдела, Москва"]
    assert search("nobody") == []
    assert "No record matches" in window.browse.empty_hint.text()


def test_filter_by_status_sort_delete_and_restore(qtbot, window):
    first = _kii(window, duration_min=30)
    second = _kii(window, duration_min=90)
    _, draft = start_record(window.workspace, "kii")
    save_record(window.workspace, draft, {"place": "guba"}, final=False)
    window.browse.refresh()
    window.select_form("kii")
    status = window.browse.status_box
    status.setCurrentIndex(status.findData("draft"))
    assert [r.status for r in window.model.records] == ["draft"]
    status.setCurrentIndex(status.findData("final"))
    assert {r.uuid for r in window.model.records} == {first.uuid, second.uuid}
    window.table.sortByColumn(4, Qt.SortOrder.AscendingOrder)  # created, oldest first
    assert [r.uuid for r in window.model.records] == [first.uuid, second.uuid]
    window.table.sortByColumn(4, Qt.SortOrder.DescendingOrder)
    assert [r.uuid for r in window.model.records] == [second.uuid, first.uuid]

    window.browse.select_record(first.uuid)
    window.delete_selected(confirm=False)
    assert [r.uuid for r in window.model.records] == [second.uuid]
    status.setCurrentIndex(status.findData("deleted"))
    assert [r.uuid for r in window.model.records] == [first.uuid]
    assert window.browse.restore_button.isVisibleTo(window.browse)
    window.browse.select_record(first.uuid)
    qtbot.mouseClick(window.browse.restore_button, Qt.MouseButton.LeftButton)
    assert window.model.records == []
    assert not get_record(window.workspace, first.uuid).deleted
    actions = [e["action"] for e in audit_log(window.workspace, record_uuid=first.uuid)]
    assert actions[:2] == ["restore", "delete"]

    dialog = AuditDialog(window.workspace, window)
    qtbot.addWidget(dialog)
    shown = [dialog.table.item(r, 1).text() for r in range(dialog.table.rowCount())]
    assert shown[:2] == ["restore", "delete"]


def test_filter_by_creation_date(qtbot, window):
    _kii(window)
    window.browse.refresh()
    window.select_form("kii")
    from PySide6.QtCore import QDate

    window.browse.date_from.setDate(QDate.currentDate().addDays(-1))
    window.browse.date_to.setDate(QDate.currentDate())
    window.browse.date_check.setChecked(True)
    assert window.model.rowCount() == 1
    window.browse.date_to.setDate(QDate.currentDate().addDays(-1))
    assert window.model.rowCount() == 0


def test_a_range_is_answered_with_the_keyboard(qtbot, window):
    view = new_record(qtbot, window, "vot_feedback")
    click_choice(qtbot, view, "consent", "yes")
    slider = view.rows["satisfaction_overall"].widget.slider
    assert view.rows["satisfaction_overall"].widget.value() is None
    for _ in range(3):
        qtbot.keyClick(slider, Qt.Key.Key_Right)
    assert view.rows["satisfaction_overall"].widget.value() == 4


def test_autosave_never_freezes_the_window_while_an_import_holds_the_database(qtbot, window):
    """Another connection writes for a long time (as a 100,000-record import does): the autosave
    waits a moment, says so in the state line, keeps the answers, and saves once the writer is done."""
    import time

    from PySide6.QtCore import QTimer

    window.select_form("kii")
    window.new_record()
    view = window.form_view
    other = window.workspace.open_another()
    other.db.conn.execute("BEGIN IMMEDIATE")  # the import's write lock
    ticks: list[float] = []
    timer = QTimer()
    timer.timeout.connect(lambda: ticks.append(time.perf_counter()))
    timer.start(20)
    try:
        type_text(qtbot, view.rows["interviewee_roles"].widget.focus_widgets()[0], "Şöbə müdiri")
        qtbot.waitUntil(lambda: "Not saved yet" in view.state.text(), timeout=10000)
        assert "busy" in view.state.text()
        gaps = [b - a for a, b in zip(ticks, ticks[1:])]
        assert max(gaps) < 1.5, max(gaps)  # the window kept running (the store's own wait is 10 s)
    finally:
        other.db.conn.execute("ROLLBACK")
        other.close()
    qtbot.waitUntil(lambda: view.stored and not view.dirty, timeout=10000)  # the retry saved it
    timer.stop()
    saved = get_record(window.workspace, view.record.uuid)
    assert saved.data["interviewee_roles"] == "Şöbə müdiri"


def test_the_window_refuses_a_version_that_drops_a_privacy_mark(qtbot, window, xlsform, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    survey = [{"type": "text", "name": "contact", "label": "Contact", "privacy": "direct"},
              {"type": "text", "name": "story", "label": "Story", "privacy": "text"}]
    assert window.add_form(str(xlsform(survey, settings={"form_id": "shelter", "version": "1"}, name="s1.xlsx")))
    unmarked = [{k: v for k, v in row.items() if k != "privacy"} for row in survey]
    warnings = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a: warnings.append(a[2]) or QMessageBox.StandardButton.Ok)
    assert not window.add_form(str(xlsform(unmarked, settings={"form_id": "shelter", "version": "2"},
                                           name="s2.xlsx")))
    assert warnings and "s2.xlsx, sheet survey, row 2, column privacy" in warnings[0]
    assert "contact is marked direct in version 1, not marked here" in window.last_error
    assert window.workspace.latest_version("shelter") == "1"
