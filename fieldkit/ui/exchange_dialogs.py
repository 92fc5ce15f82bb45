"""Export and Import: a dialog each; the work runs off the GUI thread, with progress and cancel.

The work opens its own connection to the database (``Workspace.open_another``),
so the window stays usable and no connection is shared between threads.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QProgressBar,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from fieldkit.ui.messages import error_text
from fieldkit.ui.operation import Operation

__all__ = ["ExportDialog", "ImportDialog"]


class _WorkDialog(QDialog):
    """The shared part: a progress bar, a message, Start and Cancel."""

    def __init__(self, workspace: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.operation: Operation | None = None
        self.result: Any = None
        self.error: BaseException | None = None
        self.layout_ = QVBoxLayout(self)
        self.form = QFormLayout()
        self.layout_.addLayout(self.form)
        self.progress = QProgressBar()
        self.progress.setRange(0, 1)
        self.progress.setValue(0)
        self.message = QLabel()
        self.message.setObjectName("work_message")
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.start_button = QPushButton()
        self.start_button.setDefault(True)
        self.start_button.clicked.connect(self.start)
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.clicked.connect(self.cancel)
        self.resize(560, 420)

    def finish_layout(self) -> None:
        """Progress, message and buttons go below the dialog's own fields."""
        self.layout_.addWidget(self.progress)
        self.layout_.addWidget(self.message)
        row = QHBoxLayout()
        row.addStretch(1)
        row.addWidget(self.start_button)
        row.addWidget(self.cancel_button)
        self.layout_.addLayout(row)

    def work(self, op: Operation, other: Any) -> Any:
        raise TypeError("a dialog defines work()")

    def start(self) -> None:
        if self.operation is not None and self.operation.running:
            return
        problem = self.check()
        if problem:
            self.message.setText(problem)
            return
        self.start_button.setEnabled(False)
        self.error = None
        self.message.setText(self.tr("Working…"))
        self.progress.setRange(0, 0)  # busy until the first count arrives
        workspace = self.workspace

        def run(op: Operation) -> Any:
            other = workspace.open_another()
            try:
                return self.work(op, other)
            finally:
                other.close()

        self.operation = Operation(run, on_done=self._done, on_error=self._failed, on_progress=self._progress,
                                   parent=self).start()

    def check(self) -> str:
        return ""

    def cancel(self) -> None:
        if self.operation is not None and self.operation.running:
            self.operation.cancel()
            self.message.setText(self.tr("Cancelling…"))
        else:
            self.reject()

    def _progress(self, done: int, total: int) -> None:
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(done)

    def _done(self, result: Any) -> None:
        self.result = result
        self.progress.setRange(0, 1)
        self.progress.setValue(1)
        self.start_button.setEnabled(True)
        self.cancel_button.setText(self.tr("Close"))
        self.message.setText(self.describe(result))

    def _failed(self, exc: BaseException) -> None:
        self.error = exc
        self.progress.setRange(0, 1)
        self.progress.setValue(0)
        self.start_button.setEnabled(True)
        self.message.setText(self.tr("Stopped: {error}").format(error=error_text(exc)))

    def describe(self, result: Any) -> str:
        return str(result)

    @property
    def busy(self) -> bool:
        return self.operation is not None and self.operation.running


class ExportDialog(_WorkDialog):
    """Choose forms, a file and (optionally) a password; export in the background."""

    def __init__(self, workspace: Any, parent: QWidget | None = None) -> None:
        super().__init__(workspace, parent)
        self.setWindowTitle(self.tr("Export to Excel"))
        self.start_button.setText(self.tr("Export"))
        self.forms = QListWidget()
        self.forms.setObjectName("export_forms")
        for info in workspace.form_infos():
            item = QListWidgetItem(f"{info.title} ({info.form_id})")
            item.setData(Qt.ItemDataRole.UserRole, info.form_id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked)
            self.forms.addItem(item)
        self.form.addRow(self.tr("Forms"), self.forms)
        path_row = QHBoxLayout()
        self.path = QLineEdit()
        self.path.setObjectName("export_path")
        self.path.setPlaceholderText(self.tr("Where to write the workbook (.xlsx)"))
        browse = QPushButton(self.tr("Browse…"))
        browse.clicked.connect(self._browse)
        path_row.addWidget(self.path, 1)
        path_row.addWidget(browse)
        self.form.addRow(self.tr("File"), path_row)
        self.since_last = QCheckBox(self.tr("Only what changed since the last export to this file"))
        self.form.addRow("", self.since_last)
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setPlaceholderText(self.tr("Excel will ask for it; needed for victims' data"))
        self.form.addRow(self.tr("Password"), self.password)
        self.privacy = QComboBox()
        self.privacy.setObjectName("export_privacy")
        self.privacy.addItem(self.tr("Sealed, for HQ (identifiers sealed, free text scrubbed)"), "sealed")
        self.privacy.addItem(self.tr("Anonymised, for anyone beyond HQ (k-anonymous)"), "anonymised")
        self.form.addRow(self.tr("Privacy"), self.privacy)
        self.no_password = QCheckBox(self.tr("Victims' data may go without a password (I take responsibility)"))
        self.form.addRow("", self.no_password)
        self.k = QSpinBox()
        self.k.setObjectName("export_k")
        self.k.setRange(5, 50)  # below 5 is refused for victims' data
        self.k.setValue(5)
        self.k.setToolTip(self.tr("Every published combination of quasi-identifiers is shared by at least k records "
                                  "(5 at least; 11 for a public release)"))
        self.form.addRow(self.tr("k (anonymised)"), self.k)
        self.l_diversity = QSpinBox()
        self.l_diversity.setObjectName("export_l")
        self.l_diversity.setRange(2, 10)
        self.l_diversity.setValue(2)
        self.l_diversity.setToolTip(self.tr("Each such group has at least l different answers in every sensitive "
                                            "column (exploitation, services, satisfaction)"))
        self.form.addRow(self.tr("l (anonymised)"), self.l_diversity)
        self.max_suppressed = QSpinBox()
        self.max_suppressed.setObjectName("export_max_suppressed")
        self.max_suppressed.setRange(0, 50)
        self.max_suppressed.setValue(5)
        self.max_suppressed.setSuffix(" %")
        self.max_suppressed.setToolTip(self.tr("At most this share of the records may be left out whole; the rest "
                                               "is generalised"))
        self.form.addRow(self.tr("Records left out at most (anonymised)"), self.max_suppressed)
        self.finish_layout()

    def _browse(self) -> None:
        name, _ = QFileDialog.getSaveFileName(self, self.tr("Export to"), self.path.text() or "fieldkit-export.xlsx",
                                              self.tr("Excel workbooks (*.xlsx)"))
        if name:
            self.path.setText(name if name.lower().endswith(".xlsx") else name + ".xlsx")

    def chosen_forms(self) -> list[str]:
        return [self.forms.item(i).data(Qt.ItemDataRole.UserRole) for i in range(self.forms.count())
                if self.forms.item(i).checkState() == Qt.CheckState.Checked]

    def check(self) -> str:
        if not self.path.text().strip():
            return self.tr("Choose the file to write.")
        if not self.chosen_forms():
            return self.tr("Choose at least one form.")
        return ""

    def work(self, op: Operation, other: Any) -> Any:
        from fieldkit.services.export import export_workbook

        return export_workbook(other, Path(self.path.text().strip()), parallel=None,
                               form_ids=self.chosen_forms(),
                               since_last=self.since_last.isChecked(), password=self.password.text() or None,
                               privacy=self.privacy.currentData(), allow_unencrypted=self.no_password.isChecked(),
                               k=self.k.value(), l=self.l_diversity.value(),
                               max_suppressed=self.max_suppressed.value() / 100, progress=op.progress,
                               cancelled=op.cancelled)

    def _failed(self, exc: BaseException) -> None:
        from fieldkit.services.export import ExportCancelled

        if isinstance(exc, ExportCancelled):
            self.error = exc
            self.progress.setRange(0, 1)
            self.progress.setValue(0)
            self.start_button.setEnabled(True)
            self.message.setText(self.tr("Cancelled: nothing was written."))
            return
        super()._failed(exc)

    def describe(self, result: Any) -> str:
        lines = [self.tr("{n} record(s) written to {path}.").format(n=result.records, path=result.path)]
        for report in getattr(result, "privacy", []):
            lines.append(self.tr("{form}: {published} of {records} published ({suppressed} left out), k = {k}, "
                                 "information loss {loss}").format(
                form=report.form, published=report.published, records=report.records, suppressed=report.suppressed,
                k=report.k_reached, loss=f"{report.loss:.2f}"))
        return "\n".join(lines)


class ImportDialog(_WorkDialog):
    """Choose workbooks from other laptops and merge them in the background."""

    def __init__(self, workspace: Any, parent: QWidget | None = None) -> None:
        super().__init__(workspace, parent)
        self.setWindowTitle(self.tr("Import from Excel"))
        self.start_button.setText(self.tr("Import"))
        self.files = QListWidget()
        self.files.setObjectName("import_files")
        add = QPushButton(self.tr("Add files…"))
        add.clicked.connect(self._browse)
        column = QVBoxLayout()
        column.addWidget(self.files)
        column.addWidget(add)
        self.form.addRow(self.tr("Workbooks"), column)
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setPlaceholderText(self.tr("Only for workbooks protected by a password"))
        self.form.addRow(self.tr("Password"), self.password)
        self.dry_run = QCheckBox(self.tr("Only report what would happen (dry run)"))
        self.accept_edits = QCheckBox(self.tr("Apply rows edited in Excel, as new revisions"))
        self.form.addRow("", self.dry_run)
        self.form.addRow("", self.accept_edits)
        self.finish_layout()

    def add_files(self, names: list[str]) -> None:
        for name in names:
            if name and not self.files.findItems(name, Qt.MatchFlag.MatchExactly):
                self.files.addItem(name)

    def _browse(self) -> None:
        names, _ = QFileDialog.getOpenFileNames(self, self.tr("Workbooks to import"), "",
                                                self.tr("Excel workbooks (*.xlsx)"))
        self.add_files(names)

    def check(self) -> str:
        return "" if self.files.count() else self.tr("Add at least one workbook.")

    def work(self, op: Operation, other: Any) -> Any:
        from fieldkit.services.merge import merge_workbooks

        files = [Path(self.files.item(i).text()) for i in range(self.files.count())]
        return merge_workbooks(other, files, dry_run=self.dry_run.isChecked(), parallel=None,
                               accept_edits=self.accept_edits.isChecked(), password=self.password.text() or None,
                               progress=op.progress, cancelled=op.cancelled)

    def describe(self, result: Any) -> str:
        lines = [result.line(with_devices=False)]
        for name, fingerprint in result.new_devices:
            text = (self.tr("New laptop {name}, key fingerprint {fingerprint}: it would be trusted on first use.")
                    if result.dry_run else
                    self.tr("New laptop {name}, key fingerprint {fingerprint}, trusted on first use."))
            lines.append(text.format(name=name, fingerprint=fingerprint))
        if result.conflicts:
            lines.append(self.tr("Conflicts wait for you in View > Conflicts."))
        if result.edited_outside and not self.accept_edits.isChecked():
            lines.append(self.tr("Rows edited in Excel were not applied; tick the box above to apply them."))
        lines.extend(result.refused_reasons[:5])
        return "\n".join(lines)
