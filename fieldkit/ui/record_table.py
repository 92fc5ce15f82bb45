"""The records of one form as a table model that fetches rows page by page.

Only the rows the view needs are read: the first page on reset, the next one
when the view scrolls near the end (``canFetchMore``/``fetchMore``), so the
list opens as fast with 100,000 records as with ten.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from fieldkit.domain.records import SORT_COLUMNS, Record, RecordFilter
from fieldkit.ui.timefmt import local_time

__all__ = ["RecordTableModel"]

Index = QModelIndex | QPersistentModelIndex


class RecordTableModel(QAbstractTableModel):
    """Title, status, revision, updated, created; newest first unless sorted otherwise."""

    PAGE = 200

    def __init__(self, workspace: Any, form_id: str | None = None, parent: Any = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.form_id = form_id
        self.records: list[Record] = []
        self.pending: set[str] = set()  # uuids of the final records that have a pending edit
        self.spec = RecordFilter()
        self.total = 0
        self._exhausted = True
        # In the order of SORT_COLUMNS: a click on a header sorts by that column.
        self.headers = [self.tr("Record"), self.tr("Status"), self.tr("Revision"), self.tr("Updated"), self.tr("Created")]
        if form_id is not None:
            self.reload()

    def set_form(self, form_id: str | None) -> None:
        self.form_id = form_id
        self.reload()

    def set_filter(self, spec: RecordFilter) -> None:
        self.spec = spec
        self.reload()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self.spec = replace(self.spec, sort=SORT_COLUMNS[column],
                            descending=order == Qt.SortOrder.DescendingOrder)
        self.reload()

    def reload(self) -> None:
        from fieldkit.services.records import count_records

        self.beginResetModel()
        self.records = []
        self.pending = set()
        self._exhausted = self.form_id is None
        self.total = 0 if self.form_id is None else count_records(self.workspace, self.form_id, self.spec)
        self.endResetModel()
        if self.canFetchMore(QModelIndex()):
            self.fetchMore(QModelIndex())

    # -- Qt model API --------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self.records)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self.headers)

    def canFetchMore(self, parent: Index) -> bool:  # noqa: N802
        return not parent.isValid() and not self._exhausted

    def fetchMore(self, parent: Index) -> None:  # noqa: N802
        from fieldkit.services.edits import pending_among
        from fieldkit.services.records import records_page

        if parent.isValid() or self._exhausted or self.form_id is None:
            return
        page = records_page(self.workspace, self.form_id, self.spec, offset=len(self.records), limit=self.PAGE)
        if len(page) < self.PAGE:
            self._exhausted = True
        if not page:
            return
        self.pending |= pending_among(self.workspace, [r.uuid for r in page if r.is_final])
        first = len(self.records)
        self.beginInsertRows(QModelIndex(), first, first + len(page) - 1)
        self.records.extend(page)
        self.endInsertRows()

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:  # noqa: N802
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self.headers[section]
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self.records):
            return None
        record = self.records[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            column = index.column()
            if column == 0:
                return record.title or self.tr("(untitled)")
            if column == 1:
                if record.deleted:  # (its revision is its deletion)
                    return self.tr("deleted")
                if record.uuid in self.pending:
                    return self.tr("final, edit pending")
                return self.tr("final") if record.is_final else self.tr("draft")
            if column == 2:
                return record.revision
            if column == 3:
                return local_time(record.updated_at)
            return local_time(record.created_at)
        if role == Qt.ItemDataRole.UserRole:
            return record.uuid
        if role == Qt.ItemDataRole.ToolTipRole:
            if record.uuid in self.pending:
                return self.tr("{uuid}: an edit of this final record is pending; reports and exports use the "
                               "final revision until it is finalised").format(uuid=record.uuid)
            return record.uuid
        return None

    def record_at(self, row: int) -> Record | None:
        return self.records[row] if 0 <= row < len(self.records) else None
