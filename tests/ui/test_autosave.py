"""The autosave does not wait for a pause: continuous typing is saved at least every AUTOSAVE_MAX_MS."""

from __future__ import annotations

import time

from keyboard import type_text

from fieldkit.services.records import get_record
from fieldkit.ui.form_saving import AUTOSAVE_MAX_MS, AUTOSAVE_MS


def test_continuous_typing_is_saved_before_it_stops(qtbot, window):
    window.select_form("kii")
    window.new_record()
    view = window.form_view
    target = view.rows["interviewee_roles"].widget.focus_widgets()[0]
    typed, first_save = "", None
    start = time.monotonic()
    while time.monotonic() - start < (AUTOSAVE_MAX_MS + 2000) / 1000:
        type_text(qtbot, target, "ə" if len(typed) % 7 == 6 else "a")
        typed = target.text()
        qtbot.wait(AUTOSAVE_MS // 8)  # a keystroke long before the pause the idle autosave waits for
        stored = get_record(window.workspace, view.record.uuid)
        if stored is not None and first_save is None:
            first_save = time.monotonic() - start
            assert typed.startswith(stored.data["interviewee_roles"])
    assert first_save is not None, "nothing was saved while typing went on"
    assert first_save < (AUTOSAVE_MAX_MS + 1000) / 1000, first_save
    stored = get_record(window.workspace, view.record.uuid)
    assert len(stored.data["interviewee_roles"]) < len(typed)  # saved mid-typing, not only at the end
