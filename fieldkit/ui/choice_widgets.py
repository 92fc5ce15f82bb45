"""Choices: radio buttons or a combo box for one, check boxes for several; filtered on demand."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QRadioButton,
    QSizePolicy,
    QWidget,
)

from fieldkit.domain.form import Choice, Question
from fieldkit.ui.question_widget import QuestionWidget

__all__ = ["SelectMultipleWidget", "SelectOneWidget"]

# Lists longer than this become a combo box (select_one) or two columns (select_multiple).
_SHORT_LIST = 5


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
            keep = button.property("choice") in allowed
            if button.isHidden() == keep:  # Qt is called only for a change (this runs on every keystroke)
                button.setVisible(keep)
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
            if box.isHidden() == keep:  # Qt is called only for a change (this runs on every keystroke)
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
