"""One question in the form view: label, hint, answer widget and message."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from fieldkit.domain.form import Form, Question
from fieldkit.ui.messages import translated
from fieldkit.ui.question_widgets import QuestionWidget
from fieldkit.ui.style import error_color

__all__ = ["QuestionRow"]


class QuestionRow(QWidget):
    """Label, hint, answer widget and message of one question.

    The form is evaluated on every keystroke; ``show`` and ``show_message`` touch Qt only when what
    they show changes (a keystroke changes one or two rows, not the hundreds a long form has)."""

    def __init__(self, question: Question, widget: QuestionWidget, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.question = question
        self.widget = widget
        self._shown: bool | None = None
        self._message: str | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 4)
        layout.setSpacing(2)
        self.label = QLabel()
        self.label.setWordWrap(True)
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        self.label.setObjectName(f"label_{question.name}")
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        self.hint.setStyleSheet("color: palette(mid);")
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setObjectName(f"message_{question.name}")
        self.message.setStyleSheet(f"color: {error_color()}; font-weight: bold;")
        self.message.hide()
        layout.addWidget(self.label)
        layout.addWidget(self.hint)
        layout.addWidget(widget)
        layout.addWidget(self.message)
        focus = widget.focus_widgets()
        if focus:
            self.label.setBuddy(focus[0])

    def relabel(self, form: Form, language: str | None) -> None:
        text = self.question.label(language, form.default_language)
        if self.question.required is True:
            text += " *"
        self.label.setText(text)
        hint = self.question.hint(language, form.default_language)
        self.hint.setText(hint)
        self.hint.setVisible(bool(hint))
        self.widget.relabel(language, form.default_language)
        self.widget.set_accessible(self.question.label(language, form.default_language))

    def show_relevant(self, relevant: bool) -> None:
        if relevant != self._shown:
            self._shown = relevant
            self.setVisible(relevant)

    def show_message(self, text: str | None) -> None:
        shown = translated(text) if text else ""
        if shown != self._message:
            self._message = shown
            self.message.setText(shown)
            self.message.setVisible(bool(shown))
