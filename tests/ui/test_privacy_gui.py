"""Victims' feedback in the window: no key, no contact; sealed on save; text scrubbed and shown first."""

from __future__ import annotations

from keyboard import type_text
from PySide6.QtCore import Qt

from fieldkit.services.records import get_record
from fieldkit.services.sealing import is_sealed, new_key_pair


def open_vot(qtbot, window):
    window.select_form("vot_feedback")
    window.new_record()
    view = window.form_view
    for button in view.rows["consent"].widget.buttons:
        if button.property("choice") == "yes":
            qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    return view


def test_without_hq_key_the_contact_cannot_be_typed(qtbot, window):
    view = open_vot(qtbot, window)
    assert not view.rows["contact"].widget.isEnabled()
    note = view.findChild(type(view.rows["contact"].label), "privacy_contact")
    assert "HQ's public key is not installed" in note.text()


def test_contact_is_sealed_and_feedback_scrubbed(qtbot, window, tmp_path):
    _, public = new_key_pair(tmp_path / "keys", "hq key passphrase")
    assert window.install_key(str(public))
    view = open_vot(qtbot, window)
    contact = view.rows["contact"].widget.focus_widgets()[0]
    assert view.rows["contact"].widget.isEnabled()
    type_text(qtbot, contact, "+994 50 765 43 21")
    feedback = view.rows["feedback"].widget.focus_widgets()[0]
    type_text(qtbot, feedback, "Mənim adım Leyla Həsənova, IOM Bakıda kömək etdi. Qonşu Xalid dedi.")
    preview = view.previews["feedback"]
    assert "[NAME]" in preview.text() and "IOM" in preview.text()
    # The officer marks one more span: the neighbour's first name the rules did not know.
    cursor = feedback.textCursor()
    text = feedback.toPlainText()
    cursor.setPosition(text.index("Xalid"))
    cursor.setPosition(text.index("Xalid") + len("Xalid"), cursor.MoveMode.KeepAnchor)
    feedback.setTextCursor(cursor)
    assert view.redact_selection("feedback")
    assert "Xalid" not in feedback.toPlainText()
    assert view.save_draft()
    stored = get_record(window.workspace, view.record.uuid)
    assert is_sealed(stored.data["contact"])
    assert "Həsənova" not in stored.data["feedback"] and "[REDACTED]" in stored.data["feedback"]
    view.close_form()
    window.open_record(stored.uuid)
    again = window.form_view
    assert again.rows["contact"].widget.value() is None  # the sealed value is never shown
    assert "Sealed for HQ" in again.rows["contact"].widget.focus_widgets()[0].placeholderText()
    assert again.save_draft()
    assert get_record(window.workspace, stored.uuid).data["contact"] == stored.data["contact"]  # kept as it was
