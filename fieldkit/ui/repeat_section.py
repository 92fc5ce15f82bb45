"""A repeat in the form view: one panel per instance, with Add and Remove."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFrame, QGroupBox, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from fieldkit.domain.form import Group

__all__ = ["RepeatSection"]


class RepeatSection(QGroupBox):
    """Instances of one repeat. With a repeat_count the form decides how many."""

    add_requested = Signal()
    remove_requested = Signal(int)

    def __init__(self, group: Group, path: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.group = group
        self.path = path
        self.fixed = group.repeat_count is not None
        self.setObjectName(f"repeat_{path}")
        layout = QVBoxLayout(self)
        self.panels_layout = QVBoxLayout()
        layout.addLayout(self.panels_layout)
        self.panels: list[QFrame] = []
        self.remove_buttons: list[QPushButton] = []
        self.add_button = QPushButton()
        self.add_button.setObjectName(f"add_{path}")
        self.add_button.clicked.connect(self.add_requested)
        self.add_button.setVisible(not self.fixed)
        layout.addWidget(self.add_button)
        self.item_label = group.name

    @property
    def count(self) -> int:
        return len(self.panels)

    def relabel(self, title: str) -> None:
        self.item_label = title or self.group.name
        self.setTitle(self.item_label)
        self.add_button.setText(self.tr("Add: {item}").format(item=self.item_label))
        for index, panel in enumerate(self.panels):
            panel.findChild(QLabel, "instance_title").setText(f"{self.item_label} {index + 1}")

    def clear(self) -> None:
        for panel in self.panels:
            self.panels_layout.removeWidget(panel)
            panel.hide()
            panel.deleteLater()
        self.panels = []
        self.remove_buttons = []

    def add_panel(self) -> QVBoxLayout:
        """A new, empty panel at the end; returns the layout to put its questions in."""
        index = len(self.panels)
        panel = QFrame()
        panel.setFrameShape(QFrame.Shape.StyledPanel)
        panel.setObjectName(f"{self.path}[{index + 1}]")
        outer = QVBoxLayout(panel)
        head = QHBoxLayout()
        title = QLabel(f"{self.item_label} {index + 1}")
        title.setObjectName("instance_title")
        title.setStyleSheet("font-weight: bold;")
        head.addWidget(title, 1)
        remove = QPushButton(self.tr("Remove"))
        remove.setToolTip(self.tr("Remove this {item} and its answers").format(item=self.item_label))
        remove.setVisible(not self.fixed)
        remove.clicked.connect(lambda: self.remove_requested.emit(index))
        head.addWidget(remove)
        outer.addLayout(head)
        body = QVBoxLayout()
        outer.addLayout(body)
        self.panels_layout.addWidget(panel)
        self.panels.append(panel)
        self.remove_buttons.append(remove)
        return body
