"""Accessibility and fit: every input is named for screen readers, headings grow with the user's font,
the window fits a 1366x768 laptop screen."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication

FORMS = ["kii", "fgd", "training_event", "training_test", "vot_feedback"]


@pytest.mark.parametrize("form_id", FORMS)
def test_every_input_of_every_form_has_an_accessible_name(qtbot, window, form_id):
    window.select_form(form_id)
    window.new_record()
    view = window.form_view
    assert view.rows, form_id
    unnamed = []
    for name, row in view.rows.items():
        for widget in row.widget.focus_widgets():
            if not widget.accessibleName().strip():
                unnamed.append(name)
    assert not unnamed, unnamed


def test_headings_grow_with_the_application_font(qtbot, window):
    app = QApplication.instance()
    original = app.font()
    try:
        sizes = {}
        for points in (9.0, 14.0):
            font = app.font()
            font.setPointSizeF(points)
            app.setFont(font)
            window.select_form("kii")
            window.new_record()
            sizes[points] = window.form_view.title.font().pointSizeF()
            assert window.form_view.title.font().bold()
        assert sizes[14.0] > sizes[9.0] * 1.4
    finally:
        app.setFont(original)


def test_the_window_fits_a_1366x768_laptop_screen(qtbot, window):
    window.select_form("kii")
    window.new_record()
    hint = window.minimumSizeHint()
    assert hint.width() <= 1366 and hint.height() <= 768 - 40, hint  # 40: the task bar
    window.resize(1366, 728)
    assert window.width() <= 1366 and window.height() <= 728
    view = window.form_view
    qtbot.waitUntil(lambda: view.isVisible(), timeout=5000)
    # The questions wrap to the width: no sideways scrolling on a laptop screen.
    assert not view.scroll.horizontalScrollBar().isVisible()
