"""A range answered on a slider, cleared with its own button."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QSlider,
    QToolButton,
    QWidget,
)

from fieldkit.domain.form import Choice, Question
from fieldkit.domain.values import range_bounds
from fieldkit.ui.question_widget import QuestionWidget

__all__ = ["RangeWidget"]


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


def _plain(number: float) -> str:
    return str(int(number)) if float(number).is_integer() else f"{number:g}"
