"""The list page: forms on the left, the selected form's records on the right."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QDate, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QStyle,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from fieldkit.domain.records import DRAFT, FINAL, SORT_COLUMNS, Record, RecordFilter
from fieldkit.ui.record_table import RecordTableModel
from fieldkit.ui.style import heading
from fieldkit.ui.timefmt import local_time

__all__ = ["BrowsePage"]


class BrowsePage(QSplitter):
    """Shows forms and records; asks the window to create, open or delete."""

    new_requested = Signal()
    open_requested = Signal(str)
    delete_requested = Signal()
    restore_requested = Signal()

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
        heading(self.heading, 1.4)
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
        self.restore_button = QPushButton(self.tr("&Restore"))
        self.restore_button.setToolTip(self.tr("Bring the selected deleted record back"))
        self.restore_button.clicked.connect(self.restore_requested)
        self.restore_button.hide()
        style = self.style()
        for button, icon in ((self.new_button, QStyle.StandardPixmap.SP_FileIcon),
                             (self.open_button, QStyle.StandardPixmap.SP_DialogOpenButton),
                             (self.delete_button, QStyle.StandardPixmap.SP_TrashIcon),
                             (self.restore_button, QStyle.StandardPixmap.SP_BrowserReload)):
            button.setIcon(style.standardIcon(icon))
        for button in (self.new_button, self.open_button, self.delete_button, self.restore_button):
            bar.addWidget(button)
        right_layout.addLayout(bar)
        self.resume_bar = self._build_resume_bar()
        right_layout.addWidget(self.resume_bar)
        right_layout.addLayout(self._build_filter_bar())

        self.model = RecordTableModel(workspace)
        self.table = QTableView()
        self.table.setObjectName("record_table")
        self.table.setAccessibleName(self.tr("Records"))
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.setSortingEnabled(True)
        self.table.horizontalHeader().setSortIndicator(3, Qt.SortOrder.DescendingOrder)
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

    def _build_resume_bar(self) -> QFrame:
        bar = QFrame()
        bar.setObjectName("resume_bar")
        bar.setFrameShape(QFrame.Shape.StyledPanel)
        bar.setStyleSheet("#resume_bar { background: palette(alternate-base); }")
        layout = QHBoxLayout(bar)
        self.resume_text = QLabel()
        self.resume_text.setWordWrap(True)
        layout.addWidget(self.resume_text, 1)
        self.resume_button = QPushButton(self.tr("Resume"))
        self.resume_button.clicked.connect(self._resume)
        self._resume_uuid: str | None = None
        self.dismiss_button = QPushButton(self.tr("Later"))
        self.dismiss_button.clicked.connect(bar.hide)
        layout.addWidget(self.resume_button)
        layout.addWidget(self.dismiss_button)
        bar.hide()
        return bar

    def offer_resume(self, record: Record, form_title: str) -> None:
        """Say that a draft (or the edit of a final record) was left open when fieldkit stopped, and
        offer it back."""
        template = (self.tr("fieldkit stopped while “{title}” ({form}) was being edited. The edit was saved "
                            "{time}; the record stays final as it was until the edit is finalised.")
                    if record.is_final else
                    self.tr("fieldkit stopped while “{title}” ({form}) was open. Its draft was saved {time}."))
        self.resume_text.setText(template.format(
            title=record.title or self.tr("(untitled)"), form=form_title, time=local_time(record.updated_at)))
        self._resume_uuid = record.uuid
        self.resume_bar.show()

    def _resume(self) -> None:
        self.resume_bar.hide()
        if self._resume_uuid is not None:
            self.open_requested.emit(self._resume_uuid)

    def _build_filter_bar(self) -> QHBoxLayout:
        bar = QHBoxLayout()
        self.search = QLineEdit()
        self.search.setObjectName("search")
        self.search.setPlaceholderText(self.tr("Search answers (Ctrl+F)"))
        self.search.setAccessibleName(self.tr("Search"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(lambda: self._search_timer.start())
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(200)
        self._search_timer.timeout.connect(self.apply_filter)
        QShortcut(QKeySequence.StandardKey.Find, self, self.search.setFocus)
        bar.addWidget(self.search, 2)
        self.status_box = QComboBox()
        self.status_box.setObjectName("status_filter")
        self.status_box.setAccessibleName(self.tr("Status"))
        for text, value in ((self.tr("All records"), None), (self.tr("Drafts"), DRAFT), (self.tr("Final"), FINAL),
                            (self.tr("Deleted"), "deleted")):
            self.status_box.addItem(text, value)
        self.status_box.currentIndexChanged.connect(self.apply_filter)
        bar.addWidget(self.status_box)
        self.date_check = QCheckBox(self.tr("Created from"))
        self.date_check.toggled.connect(self.apply_filter)
        bar.addWidget(self.date_check)
        today = QDate.currentDate()
        self.date_from = QDateEdit(today.addDays(-30))
        self.date_to = QDateEdit(today)
        for edit, name in ((self.date_from, self.tr("From")), (self.date_to, self.tr("To"))):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("dd.MM.yyyy")
            edit.setAccessibleName(name)
            edit.dateChanged.connect(self.apply_filter)
        bar.addWidget(self.date_from)
        bar.addWidget(QLabel(self.tr("to")))
        bar.addWidget(self.date_to)
        return bar

    def current_filter(self) -> RecordFilter:
        status = self.status_box.currentData()
        dated = self.date_check.isChecked()
        header = self.table.horizontalHeader() if hasattr(self, "table") else None
        sort, descending = "updated_at", True
        if header is not None and header.sortIndicatorSection() >= 0:
            sort = SORT_COLUMNS[header.sortIndicatorSection()]
            descending = header.sortIndicatorOrder() == Qt.SortOrder.DescendingOrder
        return RecordFilter(
            search=self.search.text(),
            status=status if status in (DRAFT, FINAL) else None,
            deleted=status == "deleted",
            date_from=self.date_from.date().toString("yyyy-MM-dd") if dated else None,
            date_to=self.date_to.date().toString("yyyy-MM-dd") if dated else None,
            sort=sort,
            descending=descending,
        )

    def apply_filter(self) -> None:
        self._search_timer.stop()
        spec = self.current_filter()
        self.delete_button.setVisible(not spec.deleted)
        self.restore_button.setVisible(spec.deleted)
        self.model.set_filter(spec)
        self._show_counts()
        if self.model.rowCount():
            self.table.selectRow(0)

    def _show_counts(self) -> None:
        if self.current_form_id() is None:
            self.empty_hint.setText(self.tr("No forms yet: add one with File > Add a form from Excel."))
        elif self.model.total:
            self.empty_hint.setText(self.tr("%n record(s)", "", self.model.total))
        elif self.current_filter() != RecordFilter(sort=self.model.spec.sort, descending=self.model.spec.descending):
            self.empty_hint.setText(self.tr("No record matches. Clear the search or the filters to see all."))
        else:
            self.empty_hint.setText(self.tr("No records yet. Press New (Ctrl+N) to fill in the first one."))

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
        self.model.spec = self.current_filter()
        self.model.set_form(form_id)
        self.heading.setText("" if form_id is None else self.workspace.form(form_id).title)
        self._show_counts()
        if self.model.rowCount():
            self.table.selectRow(0)

    def _open_row(self, row: int) -> None:
        record = self.model.record_at(row)
        if record is not None:
            self.open_requested.emit(record.uuid)

    def _open_current(self) -> None:
        self._open_row(self.table.currentIndex().row())
