"""The main window: unlock, then forms on the left and their records on the right.

The window shows at once; the database is opened on a worker thread (the
passphrase's key derivation takes a moment) and the lists fill when it is
ready. Opening a record swaps the list for the form view.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from fieldkit.ui.operation import Operation
from fieldkit.ui.record_table import RecordTableModel
from fieldkit.ui.unlock_page import UnlockPage

__all__ = ["MainWindow"]


class MainWindow(QMainWindow):
    """Forms, records, and the form view of the record being edited."""

    def __init__(self, db_path: Path, *, passphrase: str | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db_path = Path(db_path)
        self.workspace: Any = None
        self.form_view: Any = None
        self._operation: Operation | None = None
        self.setWindowTitle("fieldkit")
        self.resize(1100, 700)

        self.pages = QStackedWidget()
        self.setCentralWidget(self.pages)
        self.unlock_page = UnlockPage(self.db_path)
        self.unlock_page.submitted.connect(self.unlock)
        self.pages.addWidget(self.unlock_page)
        self.browse_page = self._build_browse_page()
        self.pages.addWidget(self.browse_page)
        self._build_menu()
        self.statusBar().showMessage(str(self.db_path))
        if passphrase:
            self.unlock_page.set_busy(True)
            self.unlock(passphrase)

    # -- building ----------------------------------------------------------

    def _build_browse_page(self) -> QWidget:
        page = QSplitter()
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.addWidget(QLabel(self.tr("<b>Forms</b>")))
        self.form_list = QListWidget()
        self.form_list.setObjectName("form_list")
        self.form_list.setAccessibleName(self.tr("Forms"))
        self.form_list.currentItemChanged.connect(self._form_selected)
        left_layout.addWidget(self.form_list)
        page.addWidget(left)

        right = QWidget()
        right_layout = QVBoxLayout(right)
        bar = QHBoxLayout()
        self.form_heading = QLabel()
        self.form_heading.setStyleSheet("font-size: 14pt; font-weight: bold;")
        bar.addWidget(self.form_heading, 1)
        self.new_button = QPushButton(self.tr("&New"))
        self.new_button.setToolTip(self.tr("New record of this form (Ctrl+N)"))
        self.new_button.clicked.connect(self.new_record)
        self.open_button = QPushButton(self.tr("&Open"))
        self.open_button.setToolTip(self.tr("Open the selected record (Enter)"))
        self.open_button.clicked.connect(self.open_selected)
        self.delete_button = QPushButton(self.tr("&Delete"))
        self.delete_button.setToolTip(self.tr("Delete the selected record (Del); it stays in the audit log"))
        self.delete_button.clicked.connect(lambda: self.delete_selected())
        for button in (self.new_button, self.open_button, self.delete_button):
            bar.addWidget(button)
        right_layout.addLayout(bar)
        self.table = QTableView()
        self.table.setObjectName("record_table")
        self.table.setAccessibleName(self.tr("Records"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.activated.connect(lambda index: self.open_record(self.model.record_at(index.row()).uuid))
        right_layout.addWidget(self.table, 1)
        self.empty_hint = QLabel()
        self.empty_hint.setObjectName("empty_hint")
        self.empty_hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        right_layout.addWidget(self.empty_hint)
        page.addWidget(right)
        page.setStretchFactor(1, 3)
        self.model = RecordTableModel(None)
        self.table.setModel(self.model)
        return page

    def _build_menu(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        self.new_action = QAction(self.tr("&New record"), self, shortcut=QKeySequence.StandardKey.New,
                                  triggered=self.new_record)
        self.add_form_action = QAction(self.tr("&Add a form from Excel…"), self, triggered=self.add_form)
        quit_action = QAction(self.tr("&Quit"), self, shortcut=QKeySequence.StandardKey.Quit, triggered=self.close)
        for action in (self.new_action, self.add_form_action):
            file_menu.addAction(action)
            action.setEnabled(False)
        file_menu.addSeparator()
        file_menu.addAction(quit_action)
        delete_action = QAction(self.tr("Delete record"), self, shortcut=QKeySequence.StandardKey.Delete,
                                triggered=lambda: self.delete_selected())
        delete_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.table.addAction(delete_action)

    # -- unlocking -------------------------------------------------------------

    def unlock(self, passphrase: str) -> None:
        path = self.db_path

        def work(_op: Operation) -> Any:
            from fieldkit.services.workspace import Workspace

            return Workspace.open(path, passphrase, create=True)

        self._operation = Operation(work, on_done=self._unlocked, on_error=self._unlock_failed, parent=self).start()

    def _unlocked(self, workspace: Any) -> None:
        self.workspace = workspace
        self.model.workspace = workspace
        for action in (self.new_action, self.add_form_action):
            action.setEnabled(True)
        self.pages.setCurrentWidget(self.browse_page)
        self.refresh_forms()
        self.form_list.setFocus()

    def _unlock_failed(self, exc: BaseException) -> None:
        from fieldkit.services.workspace import StoreError

        if isinstance(exc, StoreError):
            self.unlock_page.fail(str(exc))
        else:
            self.unlock_page.fail(self.tr("Cannot open the database: {error}").format(error=exc))

    @property
    def ready(self) -> bool:
        """True once the database is open and the lists are filled."""
        return self.workspace is not None

    # -- forms and records -----------------------------------------------------

    def refresh_forms(self) -> None:
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

    def _form_selected(self, *_: Any) -> None:
        form_id = self.current_form_id()
        self.model.set_form(form_id)
        if form_id is None:
            self.form_heading.setText("")
            self.empty_hint.setText(self.tr("No forms yet: add one with File > Add a form from Excel."))
            return
        self.form_heading.setText(self.workspace.form(form_id).title)
        self.empty_hint.setText(
            self.tr("No records yet. Press New (Ctrl+N) to fill in the first one.") if self.model.total == 0
            else self.tr("%n record(s)", "", self.model.total))
        if self.model.rowCount():
            self.table.selectRow(0)

    def new_record(self) -> None:
        from fieldkit.services.records import start_record

        form_id = self.current_form_id()
        if self.workspace is None or form_id is None:
            return
        form, record = start_record(self.workspace, form_id)
        self._show_form(form, record, is_new=True)

    def open_selected(self) -> None:
        record = self.model.record_at(self.table.currentIndex().row())
        if record is not None:
            self.open_record(record.uuid)

    def open_record(self, uuid: str) -> None:
        from fieldkit.services.records import open_record

        form, record = open_record(self.workspace, uuid)
        self._show_form(form, record, is_new=False)

    def _show_form(self, form: Any, record: Any, *, is_new: bool) -> None:
        from fieldkit.ui.form_view import FormView

        if self.form_view is not None and not self.close_form():
            return
        self.form_view = FormView(self.workspace, form, record, is_new=is_new)
        self.form_view.closed.connect(self._form_closed)
        self.pages.addWidget(self.form_view)
        self.pages.setCurrentWidget(self.form_view)
        first = next((r.widget for r in self.form_view.rows.values() if r.widget.focus_widgets()), None)
        if first is not None:
            first.setFocus()

    def close_form(self) -> bool:
        """Close the open form (saving its draft); False if it could not be saved."""
        if self.form_view is None:
            return True
        return bool(self.form_view.close_form())

    def _form_closed(self) -> None:
        view, self.form_view = self.form_view, None
        if view is not None:
            uuid = view.record.uuid
            self.pages.removeWidget(view)
            view.deleteLater()
            self.pages.setCurrentWidget(self.browse_page)
            self.refresh_forms()
            self._select_uuid(uuid)
            self.table.setFocus()

    def _select_uuid(self, uuid: str) -> None:
        for row, record in enumerate(self.model.records):
            if record.uuid == uuid:
                self.table.selectRow(row)
                return

    def delete_selected(self, confirm: bool = True) -> None:
        from fieldkit.services.records import delete_record

        record = self.model.record_at(self.table.currentIndex().row())
        if record is None:
            return
        if confirm:
            answer = QMessageBox.question(
                self, self.tr("Delete record"),
                self.tr("Delete “{title}”? It leaves the list; the audit log keeps it.").format(
                    title=record.title or record.uuid))
            if answer != QMessageBox.StandardButton.Yes:
                return
        delete_record(self.workspace, record.uuid)
        self.refresh_forms()

    def add_form(self) -> None:
        from fieldkit.domain.xlsform import FormError
        from fieldkit.services.forms import add_form_file

        name, _ = QFileDialog.getOpenFileName(self, self.tr("Add a form"), "", self.tr("XLSForm workbooks (*.xlsx)"))
        if not name:
            return
        try:
            form, added = add_form_file(self.workspace, Path(name))
        except FormError as exc:
            QMessageBox.warning(self, self.tr("The form cannot be added"), str(exc))
            return
        self.refresh_forms()
        self.select_form(form.form_id)
        self.statusBar().showMessage(
            self.tr("Form {id} version {version} added.").format(id=form.form_id, version=form.version) if added
            else self.tr("Form {id} version {version} was already installed.").format(id=form.form_id,
                                                                                       version=form.version))

    # -- closing ---------------------------------------------------------------

    def closeEvent(self, event: Any) -> None:  # noqa: N802 - Qt API
        if not self.close_form():
            event.ignore()
            return
        if self.workspace is not None:
            self.workspace.close()
            self.workspace = None
        super().closeEvent(event)
