"""One input widget per question type, made by ``create_widget`` (the factory).

Every widget offers the same small surface: ``value()`` in the stored shape
(see ``fieldkit.domain.values``), ``set_value()``, a ``changed`` signal,
``focus_widgets()`` for the tab order, and ``relabel(language)``.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

from PySide6.QtCore import QDate, QRegularExpression, Qt, Signal
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import (
    QButtonGroup,
    QCalendarWidget,
    QCheckBox,
    QComboBox,
    QGridLayout,
    QLabel,
    QHBoxLayout,
    QLineEdit,
    QMenu,
    QPlainTextEdit,
    QRadioButton,
    QSizePolicy,
    QSlider,
    QToolButton,
    QVBoxLayout,
    QWidget,
    QWidgetAction,
)

from fieldkit.domain.form import Choice, Question
from fieldkit.domain.values import range_bounds

__all__ = ["QuestionWidget", "WIDGETS", "create_widget"]

# Lists longer than this become a combo box (select_one) or a grid (select_multiple).
_SHORT_LIST = 5


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


class SelectOneWidget(QuestionWidget):
    """Radio buttons for a short list, a combo box for a long one or 'minimal'."""

    def __init__(self, question: Question, choices: tuple[Choice, ...], parent: QWidget | None = None) -> None:
        super().__init__(question, choices, parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.combo: QComboBox | None = None
        self.buttons: list[QRadioButton] = []
        likert = "likert" in question.appearance
        if not likert and (len(choices) > _SHORT_LIST or "minimal" in question.appearance):
            self.combo = QComboBox()
            self.combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
            self.combo.setMinimumWidth(160)
            self.combo.addItem("", None)
            for choice in choices:
                self.combo.addItem(choice.name, choice.name)
            self.combo.currentIndexChanged.connect(self.changed)
            layout.addWidget(self.combo)
            self.setFocusProxy(self.combo)
        else:
            self.group = QButtonGroup(self)
            self.group.setExclusive(True)
            for choice in choices:
                button = QRadioButton(choice.name)
                button.setProperty("choice", choice.name)
                self.group.addButton(button)
                self.buttons.append(button)
                layout.addWidget(button)
            self.group.buttonToggled.connect(lambda *_: self.changed.emit())
            for button in self.buttons:
                button.installEventFilter(self)
            if self.buttons:
                self.setFocusProxy(self.buttons[0])
        layout.addStretch(1)

    def eventFilter(self, watched: Any, event: Any) -> bool:  # noqa: N802 - Qt API
        """Typing the first letters of a choice answers it, as in a list box."""
        from PySide6.QtCore import QEvent

        if event.type() == QEvent.Type.KeyPress and event.text().strip() and event.text().isprintable() \
                and not event.modifiers() & ~Qt.KeyboardModifier.ShiftModifier:
            typed = event.text().casefold()
            for button in self.buttons:
                if button.isVisible() or not self.isVisible():
                    if button.text().casefold().startswith(typed) or str(button.property("choice")).startswith(typed):
                        button.setChecked(True)
                        button.setFocus()
                        return True
        return super().eventFilter(watched, event)

    def relabel(self, language: str | None, default: str | None) -> None:
        self._labels = {c.name: c.label(language, default) for c in self.choices}
        if self.combo is not None:
            for i in range(1, self.combo.count()):
                self.combo.setItemText(i, self._labels[self.combo.itemData(i)])
        else:
            for button in self.buttons:
                button.setText(self._labels[button.property("choice")])

    def set_choices(self, allowed: set[str]) -> None:
        current = self.value()
        if self.combo is not None:
            offered = [self.combo.itemData(i) for i in range(1, self.combo.count())]
            wanted = [c.name for c in self.choices if c.name in allowed]
            if offered != wanted:
                self.combo.blockSignals(True)
                self.combo.clear()
                self.combo.addItem("", None)
                for name in wanted:
                    self.combo.addItem(getattr(self, "_labels", {}).get(name, name), name)
                self.combo.setCurrentIndex(max(self.combo.findData(current), 0))
                self.combo.blockSignals(False)
                if self.value() != current:
                    self.changed.emit()
            return
        for button in self.buttons:
            button.setVisible(button.property("choice") in allowed)
        if current is not None and current not in allowed:
            self.set_value(None)
            self.changed.emit()

    def value(self) -> Any:
        if self.combo is not None:
            return self.combo.currentData()
        checked = self.group.checkedButton()
        return None if checked is None else checked.property("choice")

    def set_value(self, value: Any) -> None:
        if self.combo is not None:
            index = self.combo.findData(value)
            self.combo.setCurrentIndex(max(index, 0))
            return
        self.group.setExclusive(False)  # allows clearing every button
        for button in self.buttons:
            button.setChecked(button.property("choice") == value)
        self.group.setExclusive(True)

    def focus_widgets(self) -> list[QWidget]:
        return [self.combo] if self.combo is not None else list(self.buttons)


class SelectMultipleWidget(QuestionWidget):
    """Check boxes; a long list is laid out in columns."""

    def __init__(self, question: Question, choices: tuple[Choice, ...], parent: QWidget | None = None) -> None:
        super().__init__(question, choices, parent)
        layout = QGridLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        columns = 1 if len(choices) <= _SHORT_LIST else 2
        rows = -(-len(choices) // columns)
        self.boxes: list[QCheckBox] = []
        for i, choice in enumerate(choices):
            box = QCheckBox(choice.name)
            box.setProperty("choice", choice.name)
            if columns > 1:  # long labels are clipped (full text in the tooltip), never widen the form
                box.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Fixed)
                box.setMinimumWidth(120)
            box.toggled.connect(self.changed)
            self.boxes.append(box)
            layout.addWidget(box, i % rows, i // rows)
        if self.boxes:
            self.setFocusProxy(self.boxes[0])

    def relabel(self, language: str | None, default: str | None) -> None:
        for box, choice in zip(self.boxes, self.choices):
            box.setText(choice.label(language, default))
            box.setToolTip(f"{choice.label(language, default)} ({choice.name})")

    def set_choices(self, allowed: set[str]) -> None:
        dropped = False
        for box in self.boxes:
            keep = box.property("choice") in allowed
            box.setVisible(keep)
            if not keep and box.isChecked():
                box.blockSignals(True)
                box.setChecked(False)
                box.blockSignals(False)
                dropped = True
        if dropped:
            self.changed.emit()

    def value(self) -> Any:
        chosen = [b.property("choice") for b in self.boxes if b.isChecked()]
        return chosen or None

    def set_value(self, value: Any) -> None:
        chosen = set(value or [])
        for box in self.boxes:
            box.setChecked(box.property("choice") in chosen)

    def focus_widgets(self) -> list[QWidget]:
        # Top to bottom, then the next column: the order the eye reads them.
        return list(self.boxes)


class RangeWidget(QuestionWidget):
    """A slider with its number (ODK's range), or a spin box for 'no-ticks'-less typing."""

    def __init__(self, question: Question, choices: tuple[Choice, ...], parent: QWidget | None = None) -> None:
        super().__init__(question, choices, parent)
        start, end, step = range_bounds(question)
        self.start, self.step = start, step
        self.integral = all(float(x).is_integer() for x in (start, end, step))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.slider = QSlider(Qt.Orientation.Horizontal)
        self.slider.setRange(0, int(round((end - start) / step)))
        self.slider.setSingleStep(1)
        self.slider.setPageStep(1)
        self.slider.setMaximumWidth(320)
        self.slider.setTickPosition(QSlider.TickPosition.TicksBelow)
        self.shown = QLabel()
        self.shown.setMinimumWidth(60)
        self.clear = QToolButton()
        self.clear.setText("×")
        self.clear.setToolTip(self.tr("Clear the answer"))
        self.clear.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.clear.clicked.connect(lambda: self.set_value(None, notify=True))
        layout.addWidget(QLabel(_plain(start)))
        layout.addWidget(self.slider)
        layout.addWidget(QLabel(_plain(end)))
        layout.addWidget(self.shown)
        layout.addWidget(self.clear)
        layout.addStretch(1)
        self._answered = False
        self.slider.valueChanged.connect(self._moved)
        self.setFocusProxy(self.slider)
        self._show()

    def _moved(self) -> None:
        self._answered = True
        self._show()
        self.changed.emit()

    def _show(self) -> None:
        value = self.value()
        self.shown.setText("—" if value is None else _plain(value))

    def value(self) -> Any:
        if not self._answered:
            return None
        number = self.start + self.slider.value() * self.step
        return int(round(number)) if self.integral else round(number, 10)

    def set_value(self, value: Any, notify: bool = False) -> None:
        self.slider.blockSignals(True)
        if value is None:
            self._answered = False
            self.slider.setValue(0)
        else:
            self._answered = True
            self.slider.setValue(int(round((float(value) - self.start) / self.step)))
        self.slider.blockSignals(False)
        self._show()
        if notify:
            self.changed.emit()

    def focus_widgets(self) -> list[QWidget]:
        return [self.slider]


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


def _plain(number: float) -> str:
    return str(int(number)) if float(number).is_integer() else f"{number:g}"


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
