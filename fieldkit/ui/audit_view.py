"""The audit log: who did what to which record, and when."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from fieldkit.services.records import audit_log
from fieldkit.ui.text_table import text_table
from fieldkit.ui.timefmt import local_time

__all__ = ["AuditDialog"]


class AuditDialog(QDialog):
    """The newest entries first: time, action, form, record, revision, device."""

    def __init__(self, workspace: Any, parent: QWidget | None = None, *, record_uuid: str | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Audit log"))
        entries = audit_log(workspace, record_uuid=record_uuid)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("The last %n entries, newest first.", "", len(entries))))
        headers = [self.tr("When"), self.tr("Action"), self.tr("Form"), self.tr("Record"), self.tr("Revision"),
                   self.tr("Device"), self.tr("Detail")]
        self.table = text_table(headers, [
            [local_time(entry["at"]), entry["action"], entry["form_id"] or "", entry["record_uuid"] or "",
             "" if entry["revision"] is None else str(entry["revision"]), entry["device_id"] or "",
             ", ".join(f"{k}: {v}" for k, v in entry["detail"].items())] for entry in entries])
        layout.addWidget(self.table)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(900, 500)
