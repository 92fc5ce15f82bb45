"""Anonymised exports: for anything that goes beyond HQ.

No direct identifier at all, free text scrubbed, quasi-identifiers generalised
(dates to the month, ages to bands; places are already economic regions in the
victims' form) and made k-anonymous by suppression, no timestamp finer than the
day, no record identifiers: rows are numbered afresh. A ``_privacy_report``
sheet says what was done. Such a file is for reading, not for merging.
"""

from __future__ import annotations

import uuid as uuid_module
from collections.abc import Callable
from pathlib import Path
from typing import Any

from fieldkit import __version__
from fieldkit.domain.anonymise import AnonymisationRefused, generalise, k_anonymise
from fieldkit.domain.form import Form
from fieldkit.domain.records import utc_now
from fieldkit.domain.scrubber import scrub
from fieldkit.exchange.export_format import FORMAT, FORMAT_VERSION, MANIFEST_SHEET, sheet_title
from fieldkit.exchange.workbook_out import ExportCancelled, Sheet, WorkbookWriter, excel_date
from fieldkit.services.workspace import Workspace
from fieldkit.store import exchange as exchange_store
from fieldkit.store.audit import log_action
from fieldkit.store.database import transaction

__all__ = ["AnonymisationRefused", "export_anonymised"]

REPORT_SHEET = "_privacy_report"


def _row_values(form: Form, data: dict[str, Any], columns: list[str]) -> dict[str, Any]:
    values: dict[str, Any] = {}
    for name in columns:
        question = form.question(name) if form.has(name) else None
        value = data.get(name)
        if question is not None and question.privacy == "text" and isinstance(value, str):
            value = scrub(value)
        elif question is not None and question.privacy == "quasi":
            value = generalise(value, question.type, name)
        elif isinstance(value, list):
            value = " ".join(str(v) for v in value)
        elif question is not None and question.type in ("date", "today"):
            value = excel_date(value)
        values[name] = value
    return values


def export_anonymised(workspace: Workspace, out: Path, forms: dict[str, list[Form]], *, password: str | None,
                      k: int, max_suppressed: float, progress: Callable[[int, int], None] | None,
                      cancelled: Callable[[], bool]) -> Any:
    from fieldkit.services.export import ExportSummary

    writer = WorkbookWriter(Path(out), password=password)
    taken = {REPORT_SHEET, MANIFEST_SHEET}
    reports = []
    total = exchange_store.count_export_rows(workspace.db, list(forms))
    done = 0
    try:
        for form_id, versions in forms.items():
            newest = versions[-1]
            direct = {q.name for form in versions for q in form.questions if q.privacy == "direct"}
            columns = [n for n in newest.field_names() if n not in direct and not newest.is_repeat(n)]
            quasi = [q.name for q in newest.questions if q.privacy == "quasi" and q.name in columns]
            sensitive = [q.name for q in newest.questions
                         if q.is_select and not q.privacy and q.name in columns and not q.repeats][:5]
            rows = []
            for row in exchange_store.export_rows(workspace.db, [form_id]):
                form = workspace.form(form_id, row.form_version)
                values = _row_values(form, row.data, columns)
                values["_form_version"] = row.form_version
                values["_date"] = excel_date(row.updated_at[:10])  # the day, never the time
                rows.append(values)
                done += 1
                if done % 500 == 0:
                    if cancelled():
                        raise ExportCancelled()
                    if progress:
                        progress(done, total)
            try:
                rows, report = k_anonymise(rows, quasi, k, max_suppressed, sensitive)
            except AnonymisationRefused as exc:
                raise AnonymisationRefused(f"form {form_id}: {exc}") from None
            title = sheet_title(form_id, taken)
            writer.add(Sheet(title, ["_row", *columns, "_form_version", "_date"]))
            for number, values in enumerate(rows, start=1):
                writer.append(title, [number, *[values.get(c) for c in columns], values["_form_version"],
                                      values["_date"]])
            reports.append((form_id, report))
        writer.add(Sheet(REPORT_SHEET, ["form", "k wanted", "k reached", "rows", "rows with a suppressed cell",
                                        "cells suppressed", "quasi-identifiers", "l-diversity", "method"],
                         widths={7: 50, 8: 40, 9: 80}, filter=False))
        for form_id, report in reports:
            diversity = ", ".join(f"{name}: {value}" for name, value in report.l_diversity.items())
            writer.append(REPORT_SHEET, [form_id, report.k, report.k_reached, report.rows, report.rows_suppressed,
                                         report.cells_suppressed, ", ".join(report.quasi_columns), diversity,
                                         report.method])
        export_id = str(uuid_module.uuid4())
        writer.add(Sheet(MANIFEST_SHEET, ["key", "value"], filter=False))
        for key, value in {"format": FORMAT, "format_version": FORMAT_VERSION, "app_version": __version__,
                           "privacy": "anonymised", "k": k, "export_id": export_id,
                           "exported_at": utc_now()[:10]}.items():
            writer.append(MANIFEST_SHEET, [key, str(value)])
        # The write lock first, then the file, then the commit (as export_workbook): no file without its audit.
        published = False
        try:
            with transaction(workspace.db):
                log_action(workspace.db, "export", workspace.device_id,
                           detail={"file": Path(out).name, "export_id": export_id, "records": done,
                                   "privacy": "anonymised", "k": k})
                writer.save(cancelled=cancelled)
                published = True
        except BaseException:
            if published:
                Path(out).unlink(missing_ok=True)
            raise
    except BaseException:
        writer.discard()
        raise
    return ExportSummary(Path(out), export_id, done, {f: r.rows for f, r in reports})
