"""Every question type a person sees has exactly one widget, and round-trips its value."""

from __future__ import annotations

import pytest

from fieldkit.domain.form import INPUT_TYPES, Choice, Question
from fieldkit.ui.question_widgets import WIDGETS, create_widget

CHOICES = (Choice("a", {"": "Ə"}), Choice("b", {"": "Ж"}), Choice("c", {"": "C"}))
SAMPLES = {
    "text": "Gülər Məmmədova — Гюляр",
    "integer": 42,
    "decimal": 2.5,
    "date": "2026-11-30",
    "time": "09:05",
    "select_one": "b",
    "select_multiple": ["a", "c"],
}


def test_every_shown_type_has_a_widget():
    assert set(WIDGETS) == INPUT_TYPES | {"note"}


@pytest.mark.parametrize("kind", sorted(SAMPLES))
def test_value_round_trip(qtbot, kind):
    question = Question(name="q", type=kind, row=2, labels={"": "Q"}, list_name="l" if "select" in kind else None)
    widget = create_widget(question, CHOICES)
    qtbot.addWidget(widget)
    assert widget.value() is None
    widget.set_value(SAMPLES[kind])
    assert widget.value() == SAMPLES[kind]
    widget.set_value(None)
    assert widget.value() is None


def test_long_select_one_is_a_combo_and_minimal_too(qtbot):
    many = tuple(Choice(f"c{i}", {}) for i in range(8))
    long_list = create_widget(Question("q", "select_one", 2, list_name="l"), many)
    minimal = create_widget(Question("q", "select_one", 2, list_name="l", appearance="minimal"), CHOICES)
    short = create_widget(Question("q", "select_one", 2, list_name="l"), CHOICES)
    for widget in (long_list, minimal, short):
        qtbot.addWidget(widget)
    assert long_list.combo is not None and minimal.combo is not None and short.combo is None


def test_read_only_cannot_be_typed_into(qtbot):
    widget = create_widget(Question("q", "text", 2, read_only=True), ())
    qtbot.addWidget(widget)
    assert not widget.focus_widgets()[0].isEnabled()


def test_error_messages_stay_readable_on_light_and_dark_palettes(qtbot):
    """The error colour follows the palette: at least 4.5:1 against the window (WCAG AA) in both."""
    from PySide6.QtGui import QColor, QGuiApplication, QPalette
    from PySide6.QtWidgets import QApplication, QStyleFactory

    from fieldkit.ui.style import contrast, error_color, is_dark

    app = QApplication.instance()
    original = QGuiApplication.palette()
    try:
        light = QStyleFactory.create("Fusion").standardPalette()
        dark = QPalette(light)
        for role, value in ((QPalette.ColorRole.Window, "#2b2b2b"), (QPalette.ColorRole.WindowText, "#f0f0f0"),
                            (QPalette.ColorRole.Base, "#1e1e1e"), (QPalette.ColorRole.Text, "#f0f0f0")):
            dark.setColor(role, QColor(value))
        seen = {}
        for name, palette in (("light", light), ("dark", dark)):
            app.setPalette(palette)
            colour = QColor(error_color())
            seen[name] = colour.name()
            assert is_dark() == (name == "dark")
            for role in (QPalette.ColorRole.Window, QPalette.ColorRole.Base):
                assert contrast(colour, palette.color(role)) >= 4.5, (name, colour.name())
        assert seen["light"] != seen["dark"]
    finally:
        app.setPalette(original)


def test_the_window_has_fieldkits_own_icon(qtbot, window):
    icon = window.windowIcon()
    assert not icon.isNull()
    image = icon.pixmap(64, 64).toImage()
    assert not image.isNull()
    centre = image.pixelColor(26, 12)  # the clip at the top of the clipboard: fieldkit's dark green
    assert (centre.red(), centre.green(), centre.blue()) == (0x17, 0x4f, 0x42)
