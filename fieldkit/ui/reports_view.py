"""The Reports view: filters, the four reports as tables, charts, the framework, export.

Reports are built off the GUI thread on a connection of their own, with a
progress bar and cancel; a filter change rebuilds them.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QDate, Qt, QTimer
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from fieldkit.domain.reports import Filters, Indicator
from fieldkit.ui.messages import error_text
from fieldkit.ui.operation import Cancelled, Operation

__all__ = ["ReportsDialog"]

_EDITABLE = ("target", "baseline", "method", "form", "field", "value")


def _table(headers: list[str]) -> QTableWidget:
    table = QTableWidget(0, len(headers))
    table.setHorizontalHeaderLabels(headers)
    table.verticalHeader().hide()
    table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
    table.horizontalHeader().setStretchLastSection(True)
    return table


def _fill(table: QTableWidget, rows: list[list[Any]]) -> None:
    table.setRowCount(len(rows))
    for r, row in enumerate(rows):
        for c, value in enumerate(row):
            item = QTableWidgetItem("" if value is None else str(value))
            if isinstance(value, (int, float)):
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            table.setItem(r, c, item)
    table.resizeColumnsToContents()


class ReportsDialog(QDialog):
    """Interview log, training scores, indicators (and activities), evidence."""

    def __init__(self, workspace: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.reports: Any = None
        self.operation: Operation | None = None
        self.setWindowTitle(self.tr("Reports"))
        layout = QVBoxLayout(self)
        layout.addLayout(self._build_filters())
        self.tabs = QTabWidget()
        self.log_table = _table([self.tr("No."), self.tr("Type"), self.tr("Date"), self.tr("Institutions"),
                                 self.tr("Women"), self.tr("Men"), self.tr("Minutes"), self.tr("Place"),
                                 self.tr("Mode")])
        self.totals = QLabel()
        self.totals.setObjectName("interview_totals")
        self.tabs.addTab(self._page(self.log_table, self.totals), self.tr("Interview log"))
        self.scores_table = _table([self.tr("Event"), self.tr("Date"), self.tr("Place"), self.tr("Participants"),
                                    self.tr("Topic"), self.tr("Pre mean %"), self.tr("Post mean %"),
                                    self.tr("Improvement"), self.tr("Normalised gain"), self.tr("Pass mark %"),
                                    self.tr("Post ≥ pass mark %"), self.tr("Below target")])
        self.tabs.addTab(self._page(self.scores_table), self.tr("Training scores"))
        self.indicator_table = _table([self.tr("Level"), self.tr("Code"), self.tr("Indicator"), self.tr("Kind"),
                                       self.tr("Target"), self.tr("Baseline"), self.tr("Method"), self.tr("Form"),
                                       self.tr("Field"), self.tr("Value wanted"), self.tr("Value"),
                                       self.tr("Status"), self.tr("Records behind")])
        self.indicator_table.setEditTriggers(QTableWidget.EditTrigger.DoubleClicked
                                             | QTableWidget.EditTrigger.EditKeyPressed)
        save = QPushButton(self.tr("Save the framework"))
        save.clicked.connect(self.save_framework)
        load = QPushButton(self.tr("Load the framework from Excel…"))
        load.clicked.connect(self.load_framework)
        buttons = QHBoxLayout()
        buttons.addWidget(QLabel(self.tr("Edit target, baseline, method (share, count, latest, mean, pass_share), "
                                         "form, field and value to tie an indicator to the data.")), 1)
        buttons.addWidget(save)
        buttons.addWidget(load)
        self.activity_table = _table([self.tr("Code"), self.tr("Planned activity"), self.tr("Done"),
                                      self.tr("Events"), self.tr("Recorded as")])
        self.tabs.addTab(self._page(self.indicator_table, buttons, self.activity_table), self.tr("Indicators"))
        self.evidence_table = _table([self.tr("Criterion"), self.tr("Note"), self.tr("Source"), self.tr("Date"),
                                      self.tr("Place"), self.tr("Institutions")])
        self.tabs.addTab(self._page(self.evidence_table), self.tr("Evidence"))
        self.charts = QWidget()
        self.charts_layout = QHBoxLayout(self.charts)
        self.tabs.addTab(self.charts, self.tr("Charts"))
        layout.addWidget(self.tabs, 1)
        bottom = QHBoxLayout()
        self.progress = QProgressBar()
        self.state = QLabel()
        self.state.setObjectName("report_state")
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.clicked.connect(self.cancel)
        self.export_button = QPushButton(self.tr("Export to Excel…"))
        self.export_button.clicked.connect(lambda: self.export())
        bottom.addWidget(self.progress, 1)
        bottom.addWidget(self.state, 2)
        bottom.addWidget(self.cancel_button)
        bottom.addWidget(self.export_button)
        layout.addLayout(bottom)
        self.resize(1200, 720)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(250)
        self._timer.timeout.connect(self.rebuild)
        self.rebuild()

    def _page(self, *parts: Any) -> QWidget:
        page = QWidget()
        column = QVBoxLayout(page)
        for part in parts:
            if isinstance(part, QWidget):
                column.addWidget(part)
            else:
                column.addLayout(part)
        return page

    def _build_filters(self) -> QHBoxLayout:
        bar = QHBoxLayout()
        self.dated = QCheckBox(self.tr("From"))
        self.date_from = QDateEdit(QDate(QDate.currentDate().year() - 1, 1, 1))
        self.date_to = QDateEdit(QDate.currentDate())
        for edit in (self.date_from, self.date_to):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("dd.MM.yyyy")
            edit.dateChanged.connect(self.schedule)
        self.dated.toggled.connect(self.schedule)
        self.place = QComboBox()
        self.place.setObjectName("report_place")
        self.institution = QComboBox()
        self.institution.setObjectName("report_institution")
        self.sex = QComboBox()
        self.sex.setObjectName("report_sex")
        self.place.addItem(self.tr("Every place"), None)
        self.institution.addItem(self.tr("Every institution"), None)
        try:
            kii = self.workspace.form("kii")
            for choice in kii.choices_for(kii.question("place")):
                self.place.addItem(choice.label(kii.language_for("en")), choice.name)
            for choice in kii.choices_for(kii.question("institutions")):
                self.institution.addItem(choice.name, choice.name)
        except KeyError:
            pass  # a database without the KII form: no lists to offer
        for text, value in ((self.tr("Both sexes"), None), (self.tr("Women"), "female"), (self.tr("Men"), "male")):
            self.sex.addItem(text, value)
        for box in (self.place, self.institution, self.sex):
            box.currentIndexChanged.connect(self.schedule)
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search the evidence"))
        self.search.textChanged.connect(self.schedule)
        for widget in (self.dated, self.date_from, QLabel(self.tr("to")), self.date_to, self.place,
                       self.institution, self.sex, self.search):
            bar.addWidget(widget)
        return bar

    def filters(self) -> Filters:
        dated = self.dated.isChecked()
        return Filters(self.date_from.date().toString("yyyy-MM-dd") if dated else None,
                       self.date_to.date().toString("yyyy-MM-dd") if dated else None,
                       self.place.currentData(), self.institution.currentData(), self.sex.currentData())

    def schedule(self) -> None:
        self._timer.start()

    # -- background work ------------------------------------------------------------

    def rebuild(self) -> None:
        from fieldkit.services.reports import ReportCancelled, build_reports

        if self.operation is not None and self.operation.running:
            self.operation.cancel()
        filters, search, workspace = self.filters(), self.search.text(), self.workspace

        def work(op: Operation) -> Any:
            other = workspace.open_another()
            try:
                return build_reports(other, filters, search=search, progress=op.progress, cancelled=op.cancelled)
            except ReportCancelled:
                raise Cancelled() from None
            finally:
                other.close()

        self.progress.setRange(0, 0)
        self.state.setText(self.tr("Building the reports…"))
        operation = Operation(work, on_progress=self._progress, parent=self)
        operation.signals.done.connect(lambda result, op=operation: self._done(op, result))
        operation.signals.failed.connect(lambda exc, op=operation: self._failed(op, exc))
        self.operation = operation.start()

    def _progress(self, done: int, total: int) -> None:
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(done)

    def cancel(self) -> None:
        if self.operation is not None and self.operation.running:
            self.operation.cancel()
        else:
            self.reject()

    def _failed(self, operation: Operation, exc: BaseException) -> None:
        if operation is not self.operation:
            return  # an older build, superseded
        self.progress.setRange(0, 1)
        self.progress.setValue(0)
        self.state.setText(self.tr("Cancelled.") if isinstance(exc, Cancelled)
                           else self.tr("The reports could not be built: {error}").format(error=exc))

    def _done(self, operation: Operation, reports: Any) -> None:
        if operation is not self.operation:
            return
        self.reports = reports
        self.progress.setRange(0, 1)
        self.progress.setValue(1)
        self._show(reports)

    @property
    def ready(self) -> bool:
        return self.reports is not None and not (self.operation is not None and self.operation.running)

    # -- showing ---------------------------------------------------------------------

    def _show(self, reports: Any) -> None:
        _fill(self.log_table, [[r.number, r.kind, r.date, r.institutions, r.women, r.men, r.minutes, r.place, r.mode]
                               for r in reports.interviews])
        t = reports.totals
        self.totals.setText(self.tr("Total: {n} interviews, {w} women, {m} men, {minutes} minutes ({h} h); "
                                    "average {a} minutes.").format(n=t["interviews"], w=t["women"], m=t["men"],
                                                                  minutes=t["minutes"], h=t["hours"],
                                                                  a=t["average_minutes"]))
        _fill(self.scores_table, [[s.event.event_code, s.event.date, s.event.place, s.matched, s.event.topic,
                                   s.pre_mean, s.post_mean, s.improvement, s.normalised_gain, s.event.pass_mark,
                                   s.pass_share, self.tr("yes") if s.short_of_target else self.tr("no")]
                                  for s in reports.scores])
        self.indicator_table.blockSignals(True)
        _fill(self.indicator_table, [[r.indicator.level, r.indicator.code, r.indicator.indicator, r.indicator.kind,
                                      r.indicator.target, r.indicator.baseline, r.indicator.method,
                                      r.indicator.form, r.indicator.field, r.indicator.value, r.value, r.status,
                                      len(r.records)]
                                     for r in reports.indicators])
        for row, result in enumerate(reports.indicators):
            # The records (or events) behind the value, named in the tooltip.
            shown = ", ".join(result.records[:30]) + (" …" if len(result.records) > 30 else "")
            self.indicator_table.item(row, 12).setToolTip(shown)
        for row in range(self.indicator_table.rowCount()):
            for column in range(self.indicator_table.columnCount()):
                item = self.indicator_table.item(row, column)
                if column not in (4, 5, 6, 7, 8, 9):
                    item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
        self.indicator_table.blockSignals(False)
        _fill(self.activity_table, [[a.code, a.statement, self.tr("yes") if a.done else self.tr("no"),
                                     ", ".join(a.events), ", ".join(a.types)] for a in reports.activities])
        _fill(self.evidence_table, [[e.criterion.replace("_", " "), e.text, e.kind, e.date, e.place, e.institutions]
                                    for e in reports.evidence])
        self._charts(reports)
        self.state.setText(self.tr("{n} interviews, {e} training events, {i} indicators, {v} notes.").format(
            n=len(reports.interviews), e=len(reports.scores), i=len(reports.indicators), v=len(reports.evidence)))

    def _charts(self, reports: Any) -> None:
        try:
            from PySide6.QtCharts import QBarCategoryAxis, QBarSeries, QBarSet, QChart, QChartView, QValueAxis
        except ImportError:  # Qt Charts is part of PySide6; without it the tables still work
            return
        while self.charts_layout.count():
            widget = self.charts_layout.takeAt(0).widget()
            if widget is not None:
                widget.deleteLater()
        by_institution: dict[str, list[int]] = {}
        for row in reports.interviews:
            for code in [c.strip() for c in row.institutions.split(",") if c.strip()]:
                counts = by_institution.setdefault(code, [0, 0])
                counts[0] += row.women
                counts[1] += row.men
        specs = [(self.tr("People interviewed by institution and sex"), sorted(by_institution),
                  [(self.tr("Women"), [by_institution[k][0] for k in sorted(by_institution)]),
                   (self.tr("Men"), [by_institution[k][1] for k in sorted(by_institution)])]),
                 (self.tr("Pre- and post-test means per event (%)"), [s.event.event_code for s in reports.scores],
                  [(self.tr("Pre"), [s.pre_mean or 0 for s in reports.scores]),
                   (self.tr("Post"), [s.post_mean or 0 for s in reports.scores]),
                   (self.tr("Pass mark"), [s.event.pass_mark for s in reports.scores])])]
        for title, categories, sets in specs:
            series = QBarSeries()
            for name, values in sets:
                bar = QBarSet(name)
                bar.append([float(v) for v in values])
                series.append(bar)
            chart = QChart()
            chart.setTitle(title)
            chart.addSeries(series)
            axis_x = QBarCategoryAxis()
            axis_x.append(categories)
            axis_y = QValueAxis()
            chart.addAxis(axis_x, Qt.AlignmentFlag.AlignBottom)
            chart.addAxis(axis_y, Qt.AlignmentFlag.AlignLeft)
            series.attachAxis(axis_x)
            series.attachAxis(axis_y)
            self.charts_layout.addWidget(QChartView(chart))

    # -- framework and export -----------------------------------------------------------

    def framework_from_table(self) -> list[Indicator]:
        from fieldkit.services.reports import framework

        items = [i for i in framework(self.workspace)]
        shown = [i for i in items if i.indicator]
        edited = []
        for row, item in enumerate(shown):
            cells = [self.indicator_table.item(row, column).text().strip() for column in range(4, 10)]
            edited.append(Indicator(item.level, item.code, item.statement, item.indicator, item.kind, *cells))
        replacements = iter(edited)
        return [next(replacements) if i.indicator else i for i in items]

    def save_framework(self) -> None:
        from fieldkit.services.reports import save_framework

        try:
            save_framework(self.workspace, self.framework_from_table())
        except ValueError as exc:
            self.state.setText(error_text(exc))
            return
        self.rebuild()

    def load_framework(self, name: str | None = None) -> None:
        from fieldkit.services.reports import load_framework

        if not name:
            name, _ = QFileDialog.getOpenFileName(self, self.tr("Results framework"), "",
                                                  self.tr("Excel or CSV (*.xlsx *.csv)"))
        if not name:
            return
        try:
            load_framework(self.workspace, Path(name))
        except Exception as exc:  # a broken file: say what, keep the old framework
            self.state.setText(self.tr("Not loaded: {error}").format(error=exc))
            return
        self.rebuild()

    def export(self, name: str | None = None) -> Operation | None:
        from fieldkit.services.reports import write_report

        if not name:
            name, _ = QFileDialog.getSaveFileName(self, self.tr("Export the reports"), "report.xlsx",
                                                  self.tr("Excel workbooks (*.xlsx)"))
        if not name:
            return None
        filters, workspace = self.filters(), self.workspace

        def work(op: Operation) -> Any:
            other = workspace.open_another()
            try:
                return write_report(other, Path(name), filters, progress=op.progress, cancelled=op.cancelled)
            finally:
                other.close()

        self.export_result: Any = None
        self.progress.setRange(0, 0)
        self.state.setText(self.tr("Writing {name}…").format(name=Path(name).name))

        def done(path: Any) -> None:
            self.export_result = path
            self.progress.setRange(0, 1)
            self.progress.setValue(1)
            self.state.setText(self.tr("Written to {path}.").format(path=path))

        self.export_operation = Operation(work, on_done=done, on_error=lambda exc: self.state.setText(error_text(exc)),
                                          on_progress=self._progress, parent=self).start()
        return self.export_operation
