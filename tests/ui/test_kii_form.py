"""Fill a KII by typing into the real widgets, as an evaluator would."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLineEdit, QPlainTextEdit

from keyboard import type_text

from fieldkit.services.records import get_record, list_records, record_history
from fieldkit.services.workspace import Workspace
from fieldkit.ui.form_view import AUTOSAVE_MS
from fieldkit.ui.history import HistoryDialog
from fieldkit.ui.main_window import MainWindow


def open_new(qtbot, window):
    window.select_form("kii")
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert window.form_view is not None
    return window.form_view


def editor(view, name):
    widget = view.rows[name].widget
    return widget.focus_widgets()[0]


def type_into(qtbot, view, name, text):
    target = editor(view, name)
    if isinstance(target, (QLineEdit, QPlainTextEdit)):
        target.clear()
    type_text(qtbot, target, text)


def choose_radio(qtbot, view, name, choice):
    for button in view.rows[name].widget.buttons:
        if button.property("choice") == choice:
            qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
            return
    raise AssertionError(f"no choice {choice} in {name}")


def choose_combo(qtbot, view, name, label):
    combo = view.rows[name].widget.combo
    combo.setFocus()
    for _ in range(combo.count()):
        if combo.currentText() == label:
            return
        qtbot.keyClick(combo, Qt.Key.Key_Down)
    assert combo.currentText() == label


def tick(qtbot, view, name, *choices):
    for box in view.rows[name].widget.boxes:
        if box.property("choice") in choices:
            qtbot.keyClick(box, Qt.Key.Key_Space)


def fill_valid_kii(qtbot, view, *, men="1"):
    yesterday = dt.date.today() - dt.timedelta(days=1)
    type_into(qtbot, view, "interview_date", yesterday.strftime("%d.%m.%Y"))
    choose_combo(qtbot, view, "place", "Baku")
    choose_radio(qtbot, view, "mode", "in_person")
    tick(qtbot, view, "institutions", "MFA", "SMS")
    type_into(qtbot, view, "interviewee_roles", "Baş məsləhətçi; главный специалист")
    type_into(qtbot, view, "women", "1")
    type_into(qtbot, view, "men", men)
    type_into(qtbot, view, "duration_min", "90")
    choose_radio(qtbot, view, "consent", "yes")
    type_into(qtbot, view, "relevance", "Layihə aktualdır — проект актуален")


def test_place_other_appears_only_for_other(qtbot, window):
    view = open_new(qtbot, window)
    row = view.rows["place_other"]
    assert row.isHidden()
    choose_combo(qtbot, view, "place", "Other")
    assert not row.isHidden()
    combo = view.rows["place"].widget.combo
    qtbot.keyClick(combo, Qt.Key.Key_Home)
    qtbot.keyClick(combo, Qt.Key.Key_Down)
    assert combo.currentText() == "Baku"
    assert row.isHidden()


def test_criterion_notes_show_only_with_consent(qtbot, window):
    view = open_new(qtbot, window)
    group = view.groups["criteria"]
    assert group.isHidden()
    choose_radio(qtbot, view, "consent", "yes")
    assert not group.isHidden()
    choose_radio(qtbot, view, "consent", "no")
    assert group.isHidden()


def test_constraint_violation_blocks_finalise_with_a_visible_message(qtbot, window):
    view = open_new(qtbot, window)
    uuid = view.record.uuid
    fill_valid_kii(qtbot, view, men="0")
    type_into(qtbot, view, "women", "0")
    message = view.rows["men"].message
    assert not message.isHidden()
    assert "at least one person" in message.text()
    qtbot.mouseClick(view.finalise_button, Qt.MouseButton.LeftButton)
    assert window.form_view is view  # still on the form
    stored = get_record(window.workspace, uuid)
    assert stored is None or stored.status == "draft"
    assert "1 answer(s)" in view.problems.text(), view.evaluation.errors

    type_into(qtbot, view, "men", "2")
    assert message.isHidden()
    qtbot.mouseClick(view.finalise_button, Qt.MouseButton.LeftButton)
    assert window.form_view is None
    stored = get_record(window.workspace, uuid)
    assert (stored.status, stored.revision) == ("final", 1)
    assert stored.data["men"] == 2 and stored.data["institutions"] == ["MFA", "SMS"]
    assert stored.data["relevance"] == "Layihə aktualdır — проект актуален"


def test_future_date_is_refused_next_to_the_question(qtbot, window):
    view = open_new(qtbot, window)
    tomorrow = dt.date.today() + dt.timedelta(days=1)
    type_into(qtbot, view, "interview_date", tomorrow.strftime("%d.%m.%Y"))
    assert view.rows["interview_date"].message.text() == "The date cannot be in the future."


def test_save_reopen_edit_makes_revision_two_with_history(qtbot, window):
    view = open_new(qtbot, window)
    uuid = view.record.uuid
    fill_valid_kii(qtbot, view)
    qtbot.keyClick(view, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert get_record(window.workspace, uuid).status == "final"

    # Back on the list: the record is selected; Enter opens it.
    assert window.model.record_at(window.table.currentIndex().row()).uuid == uuid
    qtbot.keyClick(window.table, Qt.Key.Key_Return)
    view = window.form_view
    assert view is not None and view.record.uuid == uuid
    assert editor(view, "duration_min").text() == "90"
    qtbot.keyClick(view.edit_button, Qt.Key.Key_F2)  # a final record opens read-only: F2 edits it
    type_into(qtbot, view, "duration_min", "75")
    qtbot.mouseClick(view.finalise_button, Qt.MouseButton.LeftButton)
    stored = get_record(window.workspace, uuid)
    assert (stored.revision, stored.status, stored.data["duration_min"]) == (2, "final", 75)
    history = record_history(window.workspace, uuid)
    assert [(h["revision"], h["data"]["duration_min"]) for h in history] == [(1, 90), (2, 75)]

    window.open_record(uuid)
    dialog = HistoryDialog(window.workspace, window.form_view.form, uuid, window)
    qtbot.addWidget(dialog)
    assert dialog.table.columnCount() == 2
    row = window.form_view.form.field_names().index("duration_min")
    assert [dialog.table.item(row, c).text() for c in range(2)] == ["90", "75"]
    assert dialog.table.item(row, 1).font().bold()


def test_a_draft_survives_closing_the_window(qtbot, db_path, passphrase, window):
    view = open_new(qtbot, window)
    uuid = view.record.uuid
    type_into(qtbot, view, "interviewee_roles", "Şöbə müdiri, начальник отдела")
    window.close()
    assert window.workspace is None

    with Workspace.open(db_path, passphrase) as workspace:
        (record, _), = list(list_records(workspace, "kii"))
    assert record.uuid == uuid and record.status == "draft"
    assert record.data["interviewee_roles"] == "Şöbə müdiri, начальник отдела"

    again = MainWindow(db_path, passphrase=passphrase)
    qtbot.addWidget(again)
    again.show()
    qtbot.waitUntil(lambda: again.ready, timeout=15000)
    again.select_form("kii")
    assert again.model.rowCount() == 1
    again.open_record(uuid)
    assert editor(again.form_view, "interviewee_roles").text() == "Şöbə müdiri, начальник отдела"
    again.close()


def test_typing_autosaves_the_draft(qtbot, window):
    view = open_new(qtbot, window)
    uuid = view.record.uuid
    type_into(qtbot, view, "interviewee_roles", "Hakim")
    assert get_record(window.workspace, uuid) is None
    qtbot.waitUntil(lambda: get_record(window.workspace, uuid) is not None, timeout=AUTOSAVE_MS + 1500)
    assert get_record(window.workspace, uuid).data["interviewee_roles"] == "Hakim"


def test_ctrl_s_saves_a_draft_even_when_invalid(qtbot, window):
    view = open_new(qtbot, window)
    type_into(qtbot, view, "women", "-3")
    qtbot.keyClick(editor(view, "women"), Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    stored = get_record(window.workspace, view.record.uuid)
    assert stored.status == "draft" and stored.data["women"] == -3


def test_tab_order_follows_the_form(qtbot, window):
    view = open_new(qtbot, window)
    window.activateWindow()
    first = editor(view, "interview_date")
    first.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is first)
    owner = {w: i for i, row in enumerate(view.rows.values()) for w in row.widget.focus_widgets()}
    visible = {owner[w] for w in owner if w.isVisibleTo(view) and w.isEnabled()}
    questions = [owner[first]]
    for _ in range(60):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        focused = QApplication.focusWidget()
        if focused not in owner:
            break  # left the questions: the Save / Finalise buttons come next
        questions.append(owner[focused])
    assert questions == sorted(questions)  # never jumps back up the form
    assert set(questions) == visible  # and reaches every visible question


def test_delete_hides_the_record_and_is_audited(qtbot, window):
    view = open_new(qtbot, window)
    uuid = view.record.uuid
    fill_valid_kii(qtbot, view)
    qtbot.mouseClick(view.finalise_button, Qt.MouseButton.LeftButton)
    assert window.model.rowCount() == 1
    window.delete_selected(confirm=False)
    assert window.model.rowCount() == 0
    assert get_record(window.workspace, uuid).deleted
    from fieldkit.store.audit import audit_entries

    assert audit_entries(window.workspace.db, record_uuid=uuid)[0]["action"] == "delete"


def test_what_is_typed_is_not_on_disk_in_clear(qtbot, db_path, window):
    canary = "KANARYA-Xədicə-Кузьмина-55"
    view = open_new(qtbot, window)
    type_into(qtbot, view, "interviewee_roles", canary)
    qtbot.waitUntil(lambda: get_record(window.workspace, view.record.uuid) is not None, timeout=AUTOSAVE_MS + 1500)
    files = list(db_path.parent.iterdir())
    assert any(f.name.endswith("-wal") for f in files)
    for file in files:
        if file.is_file():
            assert canary.encode() not in file.read_bytes(), file.name


def test_record_list_loads_page_by_page(qtbot, window):
    from fieldkit.domain.records import FINAL, new_record
    from fieldkit.store.records import save_records

    workspace = window.workspace
    records = [new_record("kii", workspace.form("kii").version, workspace.device_id, {"women": i}).with_changes(status=FINAL)
               for i in range(450)]
    save_records(workspace.db, records, workspace.device_id)
    window.browse.refresh()
    window.select_form("kii")
    model = window.model
    assert model.total == 450
    assert model.rowCount() == model.PAGE  # only the first page is read
    while model.canFetchMore(window.table.rootIndex()):
        model.fetchMore(window.table.rootIndex())
    assert model.rowCount() == 450
    assert len({r.uuid for r in model.records}) == 450  # no page repeats a record


def test_a_kii_filled_and_finalised_with_the_keyboard_only(qtbot, window):
    """Ctrl+N, typing, Tab, Enter, Space and arrows: not one mouse event."""
    window.select_form("kii")
    window.browse.table.setFocus()
    focus = QApplication.focusWidget

    def key(k, modifier=Qt.KeyboardModifier.NoModifier, times=1):
        for _ in range(times):
            qtbot.keyClick(focus(), k, modifier)

    def text(value):
        type_text(qtbot, focus(), value)

    window.activateWindow()
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    view = window.form_view
    uuid = view.record.uuid
    view.rows["interview_date"].widget.focus_widgets()[0].setFocus()
    qtbot.waitUntil(lambda: focus() is view.rows["interview_date"].widget.focus_widgets()[0])
    yesterday = dt.date.today() - dt.timedelta(days=1)
    text(yesterday.strftime("%d.%m.%Y"))
    key(Qt.Key.Key_Return)  # Enter moves on: to the place
    assert focus() is view.rows["place"].widget.combo
    text("Nakh")  # a select answered by typing
    assert view.rows["place"].widget.value() == "nakhchivan"
    key(Qt.Key.Key_Tab)  # to the mode
    text("p")  # 'Phone'
    assert view.rows["mode"].widget.value() == "phone"
    key(Qt.Key.Key_Tab)  # to the first institution (MFA)
    key(Qt.Key.Key_Space)
    assert view.rows["institutions"].widget.value() == ["MFA"]
    while focus() not in view.rows["interviewee_roles"].widget.focus_widgets():
        key(Qt.Key.Key_Tab)
    text("Şöbə müdiri")
    key(Qt.Key.Key_Return)
    text("2")
    key(Qt.Key.Key_Return)
    text("3")
    key(Qt.Key.Key_Return)
    text("75")
    key(Qt.Key.Key_Return)
    text("n")  # interpreter: No
    key(Qt.Key.Key_Tab)
    text("y")  # consent: Yes
    key(Qt.Key.Key_Tab)
    text("Bütün qurumlar üçün aktualdır")
    key(Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)  # finalise
    assert window.form_view is None, view.evaluation.errors
    stored = get_record(window.workspace, uuid)
    assert stored.status == "final"
    assert (stored.data["place"], stored.data["mode"], stored.data["women"], stored.data["men"]) == (
        "nakhchivan", "phone", 2, 3)
    assert stored.data["consent"] == "yes" and stored.data["relevance"] == "Bütün qurumlar üçün aktualdır"
