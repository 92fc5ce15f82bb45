"""The history of a record: every revision side by side, field by field."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QTableWidget, QTableWidgetItem, QVBoxLayout, QWidget

from fieldkit.domain.form import Form
from fieldkit.services.records import record_history
from fieldkit.ui.timefmt import local_time

__all__ = ["HistoryDialog"]


def _shown(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, list):
        return " ".join(str(v) for v in value)
    return str(value)


class HistoryDialog(QDialog):
    """One column per revision, one row per field; changed cells in bold."""

    def __init__(self, workspace: Any, form: Form, uuid: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("History of the record"))
        self.revisions = record_history(workspace, uuid)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("%n revision(s)", "", len(self.revisions))))
        names = form.field_names()
        self.table = QTableWidget(len(names), len(self.revisions))
        self.table.setVerticalHeaderLabels([form.question(n).label(None, form.default_language) for n in names])
        self.table.setHorizontalHeaderLabels([
            self.tr("Revision {n}\n{status}, {time}").format(
                n=r["revision"], status=r["status"], time=local_time(r["saved_at"]))
            for r in self.revisions
        ])
        for column, revision in enumerate(self.revisions):
            previous = self.revisions[column - 1]["data"] if column else None
            for row, name in enumerate(names):
                item = QTableWidgetItem(_shown(revision["data"].get(name)))
                if previous is not None and previous.get(name) != revision["data"].get(name):
                    font = item.font()
                    font.setBold(True)
                    item.setFont(font)
                self.table.setItem(row, column, item)
        self.table.resizeColumnsToContents()
        layout.addWidget(self.table)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(760, 520)
