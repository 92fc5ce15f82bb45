"""The main window: unlock first, then the list of forms and records, then forms.

The window shows at once with only the unlock page; the database is opened on
a worker thread (the passphrase's key derivation takes a moment) and the list
page is built when it is ready. Opening a record swaps the list for the form
view; closing the form (or the window) saves its draft.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QTimer
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QDialog, QMainWindow, QMessageBox, QStackedWidget, QWidget

from fieldkit.ui.messages import error_text
from fieldkit.ui.style import app_icon
from fieldkit.ui.unlock_page import UnlockPage

__all__ = ["MainWindow"]


class MainWindow(QMainWindow):
    """Unlock page, list page (``browse``) and the form view of the open record."""

    def __init__(self, db_path: Path, *, passphrase: str | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db_path = Path(db_path)
        self.workspace: Any = None
        self.browse: Any = None
        self.form_view: Any = None
        self._operation: Any = None
        self._closed = False
        self._quiet = bool(__import__("os").environ.get("FIELDKIT_NO_DIALOGS"))
        self.open_elsewhere = False
        self.setWindowTitle("fieldkit")
        self.resize(1100, 700)
        from PySide6.QtCore import QSettings

        geometry = QSettings("fieldkit", "fieldkit").value("window/geometry")
        if geometry is not None:
            self.restoreGeometry(geometry)  # where and how big it was last time
        self.pages = QStackedWidget()
        self.setCentralWidget(self.pages)
        self.unlock_page = UnlockPage(self.db_path)
        self.unlock_page.submitted.connect(self.unlock)
        self.unlock_page.demo_requested.connect(self.open_demo)
        self.pages.addWidget(self.unlock_page)
        self._build_menu()
        self.statusBar().showMessage(str(self.db_path))
        # Unlock once the window has been painted (see paintEvent): the worker's imports and
        # key derivation would otherwise compete with the first paint.
        self._painted = False
        self._unlock_after_paint = passphrase or None
        if passphrase:
            self.unlock_page.set_busy(True)
            QTimer.singleShot(300, self._unlock_now)  # (a window that is not painted soon: hidden, minimised)

    def _build_menu(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        self.new_action = QAction(self.tr("&New record"), self, shortcut=QKeySequence.StandardKey.New,
                                  triggered=self.new_record)
        self.add_form_action = QAction(self.tr("&Add a form from Excel…"), self, triggered=lambda: self.add_form())
        self.export_action = QAction(self.tr("&Export to Excel…"), self, shortcut=QKeySequence("Ctrl+E"),
                                     triggered=self.show_export)
        self.import_action = QAction(self.tr("&Import from Excel…"), self, shortcut=QKeySequence("Ctrl+I"),
                                     triggered=self.show_import)
        self.key_action = QAction(self.tr("Install &HQ's public key…"), self, triggered=lambda: self.install_key())
        self.devices_action = QAction(self.tr("&Devices…"), self, triggered=lambda: self.show_devices())
        self.setWindowIcon(app_icon())
        for action in (self.new_action, self.add_form_action, self.export_action, self.import_action,
                       self.key_action, self.devices_action):
            action.setEnabled(False)
            file_menu.addAction(action)
        file_menu.addSeparator()
        file_menu.addAction(QAction(self.tr("&Quit"), self, shortcut=QKeySequence.StandardKey.Quit,
                                    triggered=self.close))
        view_menu = self.menuBar().addMenu(self.tr("&View"))
        self.audit_action = QAction(self.tr("&Audit log"), self, shortcut=QKeySequence("Ctrl+L"),
                                    triggered=self.show_audit_log)
        self.conflicts_action = QAction(self.tr("&Conflicts"), self, triggered=self.show_conflicts)
        self.reports_action = QAction(self.tr("&Reports"), self, shortcut=QKeySequence("Ctrl+R"),
                                      triggered=self.show_reports)
        for action in (self.reports_action, self.audit_action, self.conflicts_action):
            action.setEnabled(False)
            view_menu.addAction(action)
        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        help_menu.addAction(QAction(self.tr("&Keyboard shortcuts"), self, shortcut=QKeySequence("F1"),
                                    triggered=self.show_shortcuts))
        language_menu = view_menu.addMenu(self.tr("&Language"))
        from fieldkit.ui.i18n import LANGUAGES

        for code, name in LANGUAGES.items():
            language_menu.addAction(QAction(name, self, triggered=lambda _=False, c=code: self.set_language(c)))

    # -- unlocking -------------------------------------------------------------

    def paintEvent(self, event: Any) -> None:  # noqa: N802 (Qt's name)
        super().paintEvent(event)
        if not self._painted:
            self._painted = True
            QTimer.singleShot(0, self._after_first_paint)

    def _after_first_paint(self) -> None:
        """What the first paint does not need: the menu's icons (unseen until a menu opens; QStyle's
        first use costs several milliseconds), then the unlock."""
        from PySide6.QtWidgets import QStyle

        style = self.style()
        for action, icon in ((self.new_action, QStyle.StandardPixmap.SP_FileIcon),
                             (self.add_form_action, QStyle.StandardPixmap.SP_FileDialogNewFolder),
                             (self.export_action, QStyle.StandardPixmap.SP_ArrowUp),
                             (self.import_action, QStyle.StandardPixmap.SP_ArrowDown),
                             (self.key_action, QStyle.StandardPixmap.SP_DialogYesButton)):
            action.setIcon(style.standardIcon(icon))
        self._unlock_now()

    def _unlock_now(self) -> None:
        if self._unlock_after_paint:
            passphrase, self._unlock_after_paint = self._unlock_after_paint, None
            self.unlock(passphrase)

    def unlock(self, passphrase: str) -> None:
        from fieldkit.ui.operation import Operation

        path = self.db_path

        def work(_op: Any) -> Any:
            from fieldkit.services.workspace import Workspace

            return Workspace.open(path, passphrase, create=True)

        self._operation = Operation(work, on_done=self._unlocked, on_error=self._unlock_failed, parent=self).start()

    def open_demo(self) -> None:
        """First run: build the sample database beside the real one and open it instead."""
        from fieldkit.ui.operation import Operation

        demo = self.db_path.with_name("fieldkit-demo.db")
        passphrase = "fieldkit demo"  # sample data only: nothing to protect
        self.unlock_page.set_busy(True)
        self.unlock_page.message.setText(self.tr("Making the sample database…"))

        def work(_op: Any) -> Any:
            from fieldkit.services.demo import build_demo
            from fieldkit.services.workspace import Workspace

            workspace = Workspace.open(demo, passphrase, create=True)
            if workspace.db.execute("SELECT count(*) FROM records").fetchone()[0] == 0:
                build_demo(workspace)
            return workspace

        self.db_path = demo
        self._operation = Operation(work, on_done=self._unlocked, on_error=self._unlock_failed, parent=self).start()

    def _first_run_settings(self, workspace: Any) -> None:
        """What the first-run page asked besides the passphrase: the laptop's name, HQ's key."""
        page = self.unlock_page
        if not page.creating:
            return
        from fieldkit.services.device import rename_device

        if page.device_name.text().strip():
            workspace.device_name = rename_device(workspace.db, page.device_name.text()).name
        if page.hq_key.text().strip():
            self.install_key(page.hq_key.text().strip())

    def _unlocked(self, workspace: Any) -> None:
        if self._closed:  # the window closed while the database was opening
            workspace.close()
            return
        from fieldkit.ui.browse_page import BrowsePage

        self.workspace = workspace
        if self.db_path.name != "fieldkit-demo.db":
            self._first_run_settings(workspace)
        self._claim_database()
        self.browse = BrowsePage(workspace)
        self.browse.new_requested.connect(self.new_record)
        self.browse.open_requested.connect(self.open_record)
        self.browse.delete_requested.connect(self.delete_selected)
        self.browse.restore_requested.connect(self.restore_selected)
        self.pages.addWidget(self.browse)
        for action in (self.new_action, self.add_form_action, self.audit_action, self.export_action,
                       self.import_action, self.conflicts_action, self.reports_action, self.key_action,
                       self.devices_action):
            action.setEnabled(True)
        self.pages.setCurrentWidget(self.browse)
        self.browse.refresh()
        self.browse.form_list.setFocus()
        self._offer_interrupted_draft()

    def _offer_interrupted_draft(self) -> None:
        from fieldkit.services.records import interrupted_draft

        record = interrupted_draft(self.workspace)
        if record is not None:
            self.browse.offer_resume(record, self.workspace.form(record.form_id, record.form_version).title)

    def _claim_database(self) -> None:
        """Say so when another fieldkit has this database open (both can save, one at a time)."""
        from PySide6.QtCore import QLockFile

        self.lock = QLockFile(str(self.db_path) + ".lock")
        self.lock.setStaleLockTime(0)  # a lock whose process is gone is stale, however recent
        self.open_elsewhere = not self.lock.tryLock(50)
        if self.open_elsewhere:
            info = self.lock.getLockInfo()  # (pid, host, app), with a leading 'found' in some Qt bindings
            found, pid, host = (True, *info[:2]) if len(info) == 3 else info[:3]
            where = self.tr("process {pid} on {host}").format(pid=pid, host=host) if found else self.tr("elsewhere")
            self.open_elsewhere_text = self.tr(
                "This database is also open in another fieldkit ({where}). Both can save, one at a time; "
                "lists here refresh when you reopen them.").format(where=where)
            self.statusBar().showMessage(self.open_elsewhere_text)
            QMessageBox.information(self, self.tr("Open elsewhere"), self.open_elsewhere_text) \
                if not self._quiet else None

    def _unlock_failed(self, exc: BaseException) -> None:
        from fieldkit.services.workspace import StoreError, WrongPassphrase

        if isinstance(exc, WrongPassphrase):
            self.unlock_page.fail(self.tr("Wrong passphrase for {path} (or the file is not a fieldkit "
                                          "database).").format(path=self.db_path))
        elif isinstance(exc, StoreError):
            self.unlock_page.fail(error_text(exc))
        else:
            self.unlock_page.fail(self.tr("Cannot open the database: {error}").format(error=exc))

    @property
    def ready(self) -> bool:
        """True once the database is open and the lists are filled."""
        return self.workspace is not None

    # Shortcuts to the list page's parts, for the tests and the menu.
    @property
    def table(self) -> Any:
        return self.browse.table

    @property
    def model(self) -> Any:
        return self.browse.model

    def select_form(self, form_id: str) -> None:
        self.browse.select_form(form_id)

    # -- records ---------------------------------------------------------------

    def new_record(self) -> None:
        from fieldkit.services.records import start_record

        form_id = None if self.browse is None else self.browse.current_form_id()
        if form_id is None:
            return
        form, record = start_record(self.workspace, form_id)
        self._show_form(form, record, is_new=True)

    def open_record(self, uuid: str) -> None:
        """Open a record: a draft to go on typing, a final one read-only (or in its pending edit)."""
        from fieldkit.services.edits import pending_edit
        from fieldkit.services.records import open_record

        if not self.close_form():
            return
        form, record = open_record(self.workspace, uuid)
        pending = pending_edit(self.workspace, uuid) if record.is_final else None
        self._show_form(form, record, is_new=False, pending=pending)

    def _show_form(self, form: Any, record: Any, *, is_new: bool, pending: Any = None) -> None:
        from fieldkit.ui.form_view import FormView

        if not self.close_form():
            return
        self.form_view = FormView(self.workspace, form, record, is_new=is_new, pending=pending)
        self.form_view.closed.connect(self._form_closed)
        self.pages.addWidget(self.form_view)
        self.pages.setCurrentWidget(self.form_view)
        self.form_view.focus_first()

    def close_form(self) -> bool:
        """Close the open form (saving its draft); False if it could not be saved."""
        if self.form_view is None:
            return True
        return bool(self.form_view.close_form())

    def _form_closed(self) -> None:
        view, self.form_view = self.form_view, None
        if view is None:
            return
        self.pages.removeWidget(view)
        view.deleteLater()
        if self.browse is not None:
            self.pages.setCurrentWidget(self.browse)
            self.browse.refresh()
            self.browse.select_record(view.record.uuid)
            self.browse.table.setFocus()

    def delete_selected(self, confirm: bool = True) -> None:
        from fieldkit.services.records import delete_record

        record = self.browse.current_record()
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
        self.browse.refresh()

    def restore_selected(self) -> None:
        from fieldkit.services.records import restore_record

        record = self.browse.current_record()
        if record is not None and record.deleted:
            if not restore_record(self.workspace, record.uuid):
                self.statusBar().showMessage(self.tr(
                    "Nothing to restore: only the deletion of this record arrived here, never its answers."))
            self.browse.refresh()

    def show_audit_log(self) -> None:
        from fieldkit.ui.audit_view import AuditDialog

        if self.workspace is not None:
            self.audit_dialog = AuditDialog(self.workspace, self)
            self.audit_dialog.show()

    def show_devices(self) -> Any:
        """File > Devices: this laptop's key fingerprint and the laptops imported from."""
        from fieldkit.services.workspace import StoreError
        from fieldkit.ui.devices_view import DevicesDialog

        if self.workspace is None:
            return None
        try:
            self.devices_dialog = DevicesDialog(self.workspace, self)
        except StoreError as exc:  # the database said no (busy, read-only): one line, as everywhere
            QMessageBox.warning(self, self.tr("Devices"), error_text(exc))
            return None
        self.devices_dialog.show()
        return self.devices_dialog

    def _refresh_list(self, *_: Any) -> None:
        if self.workspace is not None and self.browse is not None and not self._closed:
            self.browse.refresh()

    def install_key(self, name: str | None = None) -> bool:
        """Install HQ's public key (asked for when not given): direct identifiers are then sealed for it."""
        from PySide6.QtWidgets import QFileDialog

        from fieldkit.services.privacy import install_public_key

        if not name:
            name, _ = QFileDialog.getOpenFileName(self, self.tr("HQ's public key"), "",
                                                  self.tr("Public keys (*pub*.pem);;All files (*)"))
        if not name:
            return False
        try:
            kid = install_public_key(self.workspace, Path(name))
        except ValueError as exc:
            QMessageBox.warning(self, self.tr("The key cannot be installed"), error_text(exc))
            return False
        self.statusBar().showMessage(self.tr("HQ's key {key} installed: direct identifiers are sealed for it.")
                                     .format(key=kid))
        return True

    SHORTCUTS = (
        ("Ctrl+N", QT_TRANSLATE_NOOP("MainWindow", "New record of the selected form")),
        ("Enter", QT_TRANSLATE_NOOP("MainWindow", "Open the selected record; in a form, go to the next question")),
        ("Tab / Shift+Tab", QT_TRANSLATE_NOOP("MainWindow", "Next / previous answer")),
        ("Space, arrows, first letters", QT_TRANSLATE_NOOP("MainWindow", "Answer a choice")),
        ("F4", QT_TRANSLATE_NOOP("MainWindow", "Open the calendar of a date")),
        ("F2", QT_TRANSLATE_NOOP("MainWindow", "Edit a final record (the edit is finalised or discarded)")),
        ("Ctrl+S", QT_TRANSLATE_NOOP("MainWindow", "Save the draft")),
        ("Ctrl+Enter", QT_TRANSLATE_NOOP("MainWindow", "Finalise the record")),
        ("Esc", QT_TRANSLATE_NOOP("MainWindow", "Close the form (its draft is saved)")),
        ("Ctrl+F", QT_TRANSLATE_NOOP("MainWindow", "Search the records")),
        ("Del", QT_TRANSLATE_NOOP("MainWindow", "Delete the selected record")),
        ("Ctrl+E / Ctrl+I", QT_TRANSLATE_NOOP("MainWindow", "Export to / import from Excel")),
        ("Ctrl+R", QT_TRANSLATE_NOOP("MainWindow", "Reports")),
        ("Ctrl+L", QT_TRANSLATE_NOOP("MainWindow", "Audit log")),
        ("F1", QT_TRANSLATE_NOOP("MainWindow", "This list")),
        ("Ctrl+Q", QT_TRANSLATE_NOOP("MainWindow", "Quit")),
    )

    def show_shortcuts(self) -> Any:
        """Every keyboard shortcut, in a table."""
        from PySide6.QtWidgets import QTableWidget, QTableWidgetItem, QVBoxLayout

        dialog = QDialog(self)
        dialog.setWindowTitle(self.tr("Keyboard shortcuts"))
        table = QTableWidget(len(self.SHORTCUTS), 2, dialog)
        table.setObjectName("shortcuts")
        table.setHorizontalHeaderLabels([self.tr("Keys"), self.tr("What they do")])
        table.verticalHeader().hide()
        for row, (keys, what) in enumerate(self.SHORTCUTS):
            table.setItem(row, 0, QTableWidgetItem(keys))
            table.setItem(row, 1, QTableWidgetItem(QCoreApplication.translate("MainWindow", what)))
        table.resizeColumnsToContents()
        table.horizontalHeader().setStretchLastSection(True)
        QVBoxLayout(dialog).addWidget(table)
        dialog.resize(560, 460)
        dialog.show()
        self.shortcuts_dialog = dialog
        return dialog

    def set_language(self, code: str) -> None:
        """Remember the window's language; it is used from the next start."""
        from fieldkit.ui.i18n import LANGUAGES, remember

        remember(code)
        self.statusBar().showMessage(self.tr("{language}: from the next start of fieldkit.").format(
            language=LANGUAGES[code]))

    def show_export(self) -> Any:
        from fieldkit.ui.exchange_dialogs import ExportDialog

        if self.workspace is None or not self.close_form():
            return None
        self.export_dialog = ExportDialog(self.workspace, self)
        self.export_dialog.show()
        return self.export_dialog

    def show_import(self) -> Any:
        from fieldkit.ui.exchange_dialogs import ImportDialog

        if self.workspace is None or not self.close_form():
            return None
        self.import_dialog = ImportDialog(self.workspace, self)
        self.import_dialog.finished.connect(self._refresh_list)
        self.import_dialog.show()
        return self.import_dialog

    def show_reports(self) -> Any:
        from fieldkit.ui.reports_view import ReportsDialog

        if self.workspace is None:
            return None
        self.reports_dialog = ReportsDialog(self.workspace, self)
        self.reports_dialog.show()
        return self.reports_dialog

    def show_conflicts(self) -> Any:
        from fieldkit.ui.conflicts_view import ConflictsDialog

        if self.workspace is None:
            return None
        self.conflicts_dialog = ConflictsDialog(self.workspace, self)
        self.conflicts_dialog.finished.connect(self._refresh_list)
        self.conflicts_dialog.show()
        return self.conflicts_dialog

    def add_form(self, name: str | None = None) -> bool:
        """Add a form from an XLSForm file (asked for when not given); True if it is now installed."""
        from PySide6.QtWidgets import QFileDialog

        from fieldkit.domain.xlsform import FormError
        from fieldkit.services.forms import add_form_file

        if not name:
            name, _ = QFileDialog.getOpenFileName(self, self.tr("Add a form"), "",
                                                  self.tr("XLSForm workbooks (*.xlsx)"))
        if not name:
            return False
        try:
            form, added = add_form_file(self.workspace, Path(name))
        except FormError as exc:
            self.last_error = error_text(exc)
            QMessageBox.warning(self, self.tr("The form cannot be added"), self.last_error)
            return False
        self.browse.refresh()
        self.browse.select_form(form.form_id)
        template = (self.tr("Form {id} version {version} added.") if added
                    else self.tr("Form {id} version {version} was already installed."))
        self.statusBar().showMessage(template.format(id=form.form_id, version=form.version))
        return True

    # -- closing ---------------------------------------------------------------

    def closeEvent(self, event: Any) -> None:  # noqa: N802 - Qt API
        if not self.close_form():
            event.ignore()
            return
        self._closed = True
        from PySide6.QtCore import QSettings

        QSettings("fieldkit", "fieldkit").setValue("window/geometry", self.saveGeometry())
        for dialog in self.findChildren(QDialog):
            operation = getattr(dialog, "operation", None)
            if operation is not None and operation.running:
                operation.cancel()  # its own connection; it stops at the next check
            dialog.close()
        if self.workspace is not None:
            self.workspace.close()
            self.workspace = None
        lock = getattr(self, "lock", None)
        if lock is not None and not self.open_elsewhere:
            lock.unlock()
        super().closeEvent(event)
