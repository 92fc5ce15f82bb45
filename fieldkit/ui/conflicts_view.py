"""Conflicts: the same record changed differently on two laptops, side by side."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from fieldkit.services.merge import open_conflicts, resolve_conflict
from fieldkit.services.records import get_record
from fieldkit.ui.messages import translated
from fieldkit.ui.timefmt import local_time

__all__ = ["ConflictsDialog"]

_CHANGED = QColor(255, 236, 179)


def _shown(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, list):
        return "; ".join(_shown(v) if isinstance(v, dict) else str(v) for v in value)
    if isinstance(value, dict):
        return ", ".join(f"{k}={_shown(v)}" for k, v in value.items() if v is not None)
    return str(value)


class ConflictsDialog(QDialog):
    """Pick a conflict, compare this laptop's version with the incoming one, choose."""

    def __init__(self, workspace: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.setWindowTitle(self.tr("Conflicts"))
        layout = QVBoxLayout(self)
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        layout.addWidget(self.hint)
        splitter = QSplitter()
        self.list = QListWidget()
        self.list.setObjectName("conflict_list")
        self.list.currentRowChanged.connect(self._show)
        splitter.addWidget(self.list)
        self.table = QTableWidget(0, 2)
        self.table.setObjectName("conflict_table")
        self.table.setHorizontalHeaderLabels([self.tr("This laptop"), self.tr("Incoming")])
        self.table.horizontalHeader().setStretchLastSection(True)
        splitter.addWidget(self.table)
        splitter.setStretchFactor(1, 3)
        layout.addWidget(splitter, 1)
        buttons = QHBoxLayout()
        self.keep_local = QPushButton(self.tr("Keep this laptop's version"))
        self.keep_local.clicked.connect(lambda: self.resolve("local"))
        self.take_incoming = QPushButton(self.tr("Take the incoming version"))
        self.take_incoming.clicked.connect(lambda: self.resolve("incoming"))
        # A unique clash (two records, one answer that must be unique): one record twice, or two.
        self.new_value = QLineEdit()
        self.new_value.setObjectName("clash_new_value")
        self.keep_both = QPushButton(self.tr("Keep both, the incoming one with this answer:"))
        self.keep_both.setObjectName("clash_keep_both")
        self.keep_both.clicked.connect(lambda: self.resolve("both"))
        self.problem = QLabel()
        self.problem.setObjectName("clash_problem")
        self.problem.setWordWrap(True)
        layout.addWidget(self.problem)
        close = QPushButton(self.tr("Close"))
        close.clicked.connect(self.accept)
        buttons.addWidget(self.keep_local)
        buttons.addWidget(self.take_incoming)
        buttons.addWidget(self.keep_both)
        buttons.addWidget(self.new_value)
        buttons.addStretch(1)
        buttons.addWidget(close)
        layout.addLayout(buttons)
        self.resize(980, 560)
        self.reload()

    def reload(self) -> None:
        self.conflicts = open_conflicts(self.workspace)
        self.list.clear()
        for conflict in self.conflicts:
            record = get_record(self.workspace, conflict["clash_uuid"] or conflict["uuid"])
            title = (record.title if record and record.title else conflict["uuid"][:8])
            text = f"{conflict['form_id']}: {title}\n{self.tr('from')} {conflict['source']}"
            if conflict["clash_uuid"]:
                text += "\n" + self.tr("another record with the same {field}").format(field=conflict["clash_field"])
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, conflict["id"])
            self.list.addItem(item)
        self.count_hint = (
            self.tr("%n record(s) were changed differently on two laptops. Both versions are kept until you "
                    "choose; the choice becomes a new revision that every laptop accepts.", "", len(self.conflicts))
            if self.conflicts else self.tr("No conflicts: every import merged cleanly."))
        self.hint.setText(self.count_hint)
        for button in (self.keep_local, self.take_incoming):
            button.setEnabled(bool(self.conflicts))
        self._kind(None)
        if self.conflicts:
            self.list.setCurrentRow(0)
        else:
            self.table.setRowCount(0)

    def _kind(self, conflict: dict[str, Any] | None) -> None:
        """The buttons for two versions of one record, or for two records with one unique answer."""
        clash = bool(conflict and conflict["clash_uuid"])
        self.keep_both.setVisible(clash)
        self.new_value.setVisible(clash)
        self.problem.setText("")
        if clash:
            assert conflict is not None
            self.keep_local.setText(self.tr("One record: keep this laptop's"))
            self.take_incoming.setText(self.tr("One record: keep the incoming one"))
            self.new_value.setPlaceholderText(self.tr("a new {field}").format(field=conflict["clash_field"]))
            self.hint.setText(self.tr(
                "The incoming record has the same {field} as a record here, and no two records may share it. "
                "If both describe one and the same thing, keep one (the other is deleted as its duplicate, "
                "and can be restored); if they are two, keep both and give the incoming one another {field}.")
                .format(field=conflict["clash_field"]))
        else:
            self.hint.setText(getattr(self, "count_hint", ""))
            self.keep_local.setText(self.tr("Keep this laptop's version"))
            self.take_incoming.setText(self.tr("Take the incoming version"))

    def _show(self, row: int) -> None:
        if not 0 <= row < len(self.conflicts):
            return
        conflict = self.conflicts[row]
        self._kind(conflict)
        record = get_record(self.workspace, conflict["clash_uuid"] or conflict["uuid"])
        form = self.workspace.form(conflict["form_id"], conflict["form_version"])
        local = record.data if record else {}
        incoming = conflict["data"]
        names = [n for n in form.field_names() if n in local or n in incoming]
        names += [n for n in local if n not in names]
        self.table.setRowCount(len(names))
        labels = []
        for index, name in enumerate(names):
            labels.append(form.question(name).label(None, form.default_language) if form.has(name) else name)
            mine, theirs = _shown(local.get(name)), _shown(incoming.get(name))
            for column, text in enumerate((mine, theirs)):
                item = QTableWidgetItem(text)
                if mine != theirs:
                    item.setBackground(QBrush(_CHANGED))
                    item.setForeground(QBrush(QColor(0, 0, 0)))
                self.table.setItem(index, column, item)
        self.table.setVerticalHeaderLabels(labels)
        mine_header = (self.tr("This laptop: deleted (revision {r}, {time})") if record and record.deleted
                       else self.tr("This laptop (revision {r}, {time})"))
        theirs_header = (self.tr("Incoming: deleted (revision {r}, {time})") if conflict["deleted"]
                         else self.tr("Incoming (revision {r}, {time})"))
        self.table.setHorizontalHeaderLabels([
            mine_header.format(r=record.revision if record else "?",
                               time=local_time(record.updated_at) if record else ""),
            theirs_header.format(r=conflict["revision"], time=local_time(conflict["updated_at"]))])
        self.table.resizeColumnsToContents()

    def differing_rows(self) -> list[int]:
        return [r for r in range(self.table.rowCount())
                if self.table.item(r, 0).text() != self.table.item(r, 1).text()]

    def resolve(self, keep: str) -> None:
        row = self.list.currentRow()
        if not 0 <= row < len(self.conflicts):
            return
        try:
            resolve_conflict(self.workspace, self.conflicts[row]["id"], keep, self.new_value.text())
        except ValueError as exc:  # a new answer missing, invalid or taken: nothing changed
            self.problem.setText(translated(exc.args[0] if exc.args else str(exc)))
            return
        self.new_value.clear()
        self.reload()
