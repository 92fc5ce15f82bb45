"""The base of every answer widget: one value, one signal, a tab order."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QWidget,
)

from fieldkit.domain.form import Choice, Question

__all__ = ["QuestionWidget"]


class QuestionWidget(QWidget):
    """Base of all answer widgets."""

    changed = Signal()

    def __init__(self, question: Question, choices: tuple[Choice, ...], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.question = question
        self.choices = choices

    def value(self) -> Any:
        raise TypeError(f"{type(self).__name__} must define value()")

    def set_value(self, value: Any) -> None:
        raise TypeError(f"{type(self).__name__} must define set_value()")

    def focus_widgets(self) -> list[QWidget]:
        return [self]

    def relabel(self, language: str | None, default: str | None) -> None:
        """Show choice labels in ``language`` (text inputs have none)."""

    def set_choices(self, allowed: set[str]) -> None:
        """Offer only these choices (a choice_filter); text inputs have none."""

    def set_accessible(self, name: str) -> None:
        for widget in self.focus_widgets():
            if not widget.accessibleName():
                widget.setAccessibleName(name)
