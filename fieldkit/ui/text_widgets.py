"""Typed answers: text, numbers, times and dates (typed as dd.mm.yyyy, a calendar on F4)."""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

from PySide6.QtCore import QDate, QRegularExpression, Qt
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import (
    QCalendarWidget,
    QHBoxLayout,
    QLineEdit,
    QMenu,
    QPlainTextEdit,
    QToolButton,
    QVBoxLayout,
    QWidget,
    QWidgetAction,
)

from fieldkit.domain.form import Choice, Question
from fieldkit.ui.question_widget import QuestionWidget

__all__ = ["DateWidget", "DecimalWidget", "IntegerWidget", "TextWidget", "TimeWidget"]


class TextWidget(QuestionWidget):
    def __init__(self, question: Question, choices: tuple[Choice, ...], parent: QWidget | None = None) -> None:
        super().__init__(question, choices, parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        if "multiline" in question.appearance:
            self.editor: QLineEdit | QPlainTextEdit = QPlainTextEdit()
            self.editor.setTabChangesFocus(True)  # Tab moves on, as in every other field
            self.editor.setFixedHeight(90)
            self.editor.textChanged.connect(self.changed)
        else:
            self.editor = QLineEdit()
            self.editor.textChanged.connect(self.changed)
        layout.addWidget(self.editor)
        self.setFocusProxy(self.editor)

    def value(self) -> Any:
        text = self.editor.toPlainText() if isinstance(self.editor, QPlainTextEdit) else self.editor.text()
        return text if text.strip() else None

    def set_value(self, value: Any) -> None:
        text = "" if value is None else str(value)
        if isinstance(self.editor, QPlainTextEdit):
            self.editor.setPlainText(text)
        else:
            self.editor.setText(text)

    def focus_widgets(self) -> list[QWidget]:
        return [self.editor]


class _LineWidget(QuestionWidget):
    """A one-line input whose text is parsed into the stored value."""

    pattern = ".*"
    placeholder = ""

    def __init__(self, question: Question, choices: tuple[Choice, ...], parent: QWidget | None = None) -> None:
        super().__init__(question, choices, parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.editor = QLineEdit()
        self.editor.setValidator(QRegularExpressionValidator(QRegularExpression(self.pattern), self.editor))
        self.editor.setPlaceholderText(self.placeholder)
        self.editor.setMaximumWidth(220)
        self.editor.textChanged.connect(self.changed)
        layout.addWidget(self.editor)
        layout.addStretch(1)
        self.setFocusProxy(self.editor)

    def parse(self, text: str) -> Any:
        return text

    def format(self, value: Any) -> str:
        return str(value)

    def value(self) -> Any:
        text = self.editor.text().strip()
        return self.parse(text) if text else None

    def set_value(self, value: Any) -> None:
        self.editor.setText("" if value is None else self.format(value))

    def focus_widgets(self) -> list[QWidget]:
        return [self.editor]


class IntegerWidget(_LineWidget):
    pattern = r"[+-]?\d{0,12}"

    def parse(self, text: str) -> Any:
        try:
            return int(text)
        except ValueError:
            return text  # left for validation to name


class DecimalWidget(_LineWidget):
    pattern = r"[+-]?\d{0,15}([.,]\d{0,10})?"

    def parse(self, text: str) -> Any:
        try:
            return float(text.replace(",", "."))
        except ValueError:
            return text

    def format(self, value: Any) -> str:
        return f"{value:g}" if isinstance(value, float) else str(value)


class TimeWidget(_LineWidget):
    pattern = r"\d{0,2}(:\d{0,2})?"
    placeholder = "HH:MM"


_DMY = re.compile(r"^(\d{1,2})[./](\d{1,2})[./](\d{4})$")


class DateWidget(_LineWidget):
    """A date typed as dd.mm.yyyy (or yyyy-mm-dd), with a calendar on demand."""

    pattern = r"[0-9./\-]{0,10}"
    placeholder = "dd.mm.yyyy"

    def __init__(self, question: Question, choices: tuple[Choice, ...], parent: QWidget | None = None) -> None:
        super().__init__(question, choices, parent)
        self.button = QToolButton()
        self.button.setText("…")
        self.button.setToolTip(self.tr("Choose a date in a calendar (F4)"))
        self.button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.calendar = QCalendarWidget()
        menu = QMenu(self.button)
        action = QWidgetAction(menu)
        action.setDefaultWidget(self.calendar)
        menu.addAction(action)
        self.button.setMenu(menu)
        self.button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.calendar.clicked.connect(self._picked)
        self.calendar.activated.connect(self._picked)
        self.layout().insertWidget(1, self.button)

    def keyPressEvent(self, event) -> None:  # noqa: N802 - Qt API
        if event.key() == Qt.Key.Key_F4:
            self.button.showMenu()
            return
        super().keyPressEvent(event)

    def _picked(self, date: QDate) -> None:
        self.set_value(dt.date(date.year(), date.month(), date.day()).isoformat())
        self.button.menu().hide()
        self.editor.setFocus()

    def parse(self, text: str) -> Any:
        match = _DMY.match(text)
        try:
            if match:
                day, month, year = (int(g) for g in match.groups())
                return dt.date(year, month, day).isoformat()
            return dt.date.fromisoformat(text).isoformat()
        except ValueError:
            return text  # not a date: validation says so

    def format(self, value: Any) -> str:
        try:
            return dt.date.fromisoformat(str(value)).strftime("%d.%m.%Y")
        except ValueError:
            return str(value)
