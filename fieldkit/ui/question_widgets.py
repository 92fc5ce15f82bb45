"""One input widget per question type, made by ``create_widget`` (the factory).

Every widget offers the same small surface: ``value()`` in the stored shape
(see ``fieldkit.domain.values``), ``set_value()``, a ``changed`` signal,
``focus_widgets()`` for the tab order, and ``relabel(language)``.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QWidget,
)

from fieldkit.domain.form import Choice, Question
from fieldkit.ui.choice_widgets import SelectMultipleWidget, SelectOneWidget
from fieldkit.ui.question_widget import QuestionWidget
from fieldkit.ui.range_widget import RangeWidget
from fieldkit.ui.text_widgets import DateWidget, DecimalWidget, IntegerWidget, TextWidget, TimeWidget

__all__ = ["QuestionWidget", "WIDGETS", "create_widget"]


class AcknowledgeWidget(QuestionWidget):
    """One check box: 'OK' when ticked."""

    def __init__(self, question: Question, choices: tuple[Choice, ...], parent: QWidget | None = None) -> None:
        super().__init__(question, choices, parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.box = QCheckBox(self.tr("OK"))
        self.box.toggled.connect(self.changed)
        layout.addWidget(self.box)
        layout.addStretch(1)
        self.setFocusProxy(self.box)

    def value(self) -> Any:
        return "OK" if self.box.isChecked() else None

    def set_value(self, value: Any) -> None:
        self.box.setChecked(value == "OK")

    def focus_widgets(self) -> list[QWidget]:
        return [self.box]


class NoteWidget(QuestionWidget):
    """A note has only its label; it holds no value."""

    def __init__(self, question: Question, choices: tuple[Choice, ...], parent: QWidget | None = None) -> None:
        super().__init__(question, choices, parent)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)

    def value(self) -> Any:
        return None

    def set_value(self, value: Any) -> None:
        """Notes hold no value; nothing to show."""

    def focus_widgets(self) -> list[QWidget]:
        return []


#: The factory table: every type a person sees has exactly one widget.
WIDGETS: dict[str, type[QuestionWidget]] = {
    "text": TextWidget,
    "integer": IntegerWidget,
    "decimal": DecimalWidget,
    "date": DateWidget,
    "time": TimeWidget,
    "select_one": SelectOneWidget,
    "select_multiple": SelectMultipleWidget,
    "range": RangeWidget,
    "acknowledge": AcknowledgeWidget,
    "note": NoteWidget,
}


def create_widget(question: Question, choices: tuple[Choice, ...], parent: QWidget | None = None) -> QuestionWidget:
    """The widget for a question; KeyError for a type no one sees (calculate, metadata)."""
    widget = WIDGETS[question.type](question, choices, parent)
    if question.read_only:
        for target in widget.focus_widgets():
            target.setEnabled(False)
    return widget
