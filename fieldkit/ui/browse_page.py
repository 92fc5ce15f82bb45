"""The list page: forms on the left, the selected form's records on the right."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from fieldkit.domain.records import Record
from fieldkit.ui.record_table import RecordTableModel

__all__ = ["BrowsePage"]


class BrowsePage(QSplitter):
    """Shows forms and records; asks the window to create, open or delete."""

    new_requested = Signal()
    open_requested = Signal(str)
    delete_requested = Signal()

    def __init__(self, workspace: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.addWidget(QLabel(self.tr("<b>Forms</b>")))
        self.form_list = QListWidget()
        self.form_list.setObjectName("form_list")
        self.form_list.setAccessibleName(self.tr("Forms"))
        self.form_list.currentItemChanged.connect(self._form_selected)
        left_layout.addWidget(self.form_list)
        self.addWidget(left)

        right = QWidget()
        right_layout = QVBoxLayout(right)
        bar = QHBoxLayout()
        self.heading = QLabel()
        self.heading.setStyleSheet("font-size: 14pt; font-weight: bold;")
        bar.addWidget(self.heading, 1)
        self.new_button = QPushButton(self.tr("&New"))
        self.new_button.setToolTip(self.tr("New record of this form (Ctrl+N)"))
        self.new_button.clicked.connect(self.new_requested)
        self.open_button = QPushButton(self.tr("&Open"))
        self.open_button.setToolTip(self.tr("Open the selected record (Enter)"))
        self.open_button.clicked.connect(self._open_current)
        self.delete_button = QPushButton(self.tr("&Delete"))
        self.delete_button.setToolTip(self.tr("Delete the selected record (Del); the audit log keeps it"))
        self.delete_button.clicked.connect(self.delete_requested)
        for button in (self.new_button, self.open_button, self.delete_button):
            bar.addWidget(button)
        right_layout.addLayout(bar)

        self.model = RecordTableModel(workspace)
        self.table = QTableView()
        self.table.setObjectName("record_table")
        self.table.setAccessibleName(self.tr("Records"))
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.activated.connect(lambda index: self._open_row(index.row()))
        delete_action = QAction(self.tr("Delete record"), self.table, shortcut=QKeySequence.StandardKey.Delete,
                                triggered=self.delete_requested)
        delete_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self.table.addAction(delete_action)
        right_layout.addWidget(self.table, 1)
        self.empty_hint = QLabel()
        self.empty_hint.setObjectName("empty_hint")
        self.empty_hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        right_layout.addWidget(self.empty_hint)
        self.addWidget(right)
        self.setStretchFactor(1, 3)

    def refresh(self) -> None:
        """Re-read the forms (with counts) and the selected form's records."""
        current = self.current_form_id()
        self.form_list.blockSignals(True)
        self.form_list.clear()
        for info in self.workspace.form_infos():
            item = QListWidgetItem(f"{info.title}\n{self.tr('%n record(s)', '', info.record_count)}")
            item.setData(Qt.ItemDataRole.UserRole, info.form_id)
            item.setToolTip(f"{info.form_id} · version {info.version}")
            self.form_list.addItem(item)
            if info.form_id == current:
                self.form_list.setCurrentItem(item)
        self.form_list.blockSignals(False)
        if self.form_list.currentItem() is None and self.form_list.count():
            self.form_list.setCurrentRow(0)
        else:
            self._form_selected()

    def current_form_id(self) -> str | None:
        item = self.form_list.currentItem()
        return None if item is None else item.data(Qt.ItemDataRole.UserRole)

    def select_form(self, form_id: str) -> None:
        for row in range(self.form_list.count()):
            if self.form_list.item(row).data(Qt.ItemDataRole.UserRole) == form_id:
                self.form_list.setCurrentRow(row)
                return
        raise KeyError(form_id)

    def current_record(self) -> Record | None:
        return self.model.record_at(self.table.currentIndex().row())

    def select_record(self, uuid: str) -> None:
        for row, record in enumerate(self.model.records):
            if record.uuid == uuid:
                self.table.selectRow(row)
                return

    def _form_selected(self, *_: Any) -> None:
        form_id = self.current_form_id()
        self.model.set_form(form_id)
        if form_id is None:
            self.heading.setText("")
            self.empty_hint.setText(self.tr("No forms yet: add one with File > Add a form from Excel."))
            return
        self.heading.setText(self.workspace.form(form_id).title)
        self.empty_hint.setText(
            self.tr("No records yet. Press New (Ctrl+N) to fill in the first one.") if self.model.total == 0
            else self.tr("%n record(s)", "", self.model.total))
        if self.model.rowCount():
            self.table.selectRow(0)

    def _open_row(self, row: int) -> None:
        record = self.model.record_at(row)
        if record is not None:
            self.open_requested.emit(record.uuid)

    def _open_current(self) -> None:
        self._open_row(self.table.currentIndex().row())
