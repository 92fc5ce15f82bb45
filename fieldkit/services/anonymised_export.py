"""Anonymised exports: for anything that goes beyond HQ.

Each form's records are released by generalisation (``domain.anonymise``):
quasi-identifiers coarsened by their hierarchies to the levels that lose least
while every published combination is shared by at least k records and every
sensitive column has at least l different answers in each such group; groups
that cannot be kept are left out whole. No direct identifier, no key of a
record, no save time stamp, no form version, rows in a secure random order.
Records whose person did not consent (``consent`` = no) are not published at
all. Free text is left out of a form that has quasi-identifiers or sensitive
columns: an informed attacker reads an exact date, an age or a village in a
note and undoes the generalisation (the outside attack did, for 3 of 29
victims at k = 5); ``with_text`` publishes it scrubbed, and the report says it
lies outside the guarantee. A form without such columns (KII, FGD) keeps its
scrubbed text. A ``_privacy_report`` sheet says what was done. Such a file is
for reading, not for merging.
"""

from __future__ import annotations

import uuid as uuid_module
from collections.abc import Callable
from pathlib import Path
from typing import Any

from fieldkit import __version__
from fieldkit.domain.anonymise import AnonymisationRefused, PrivacyReport, anonymise, cell_text, plan_columns
from fieldkit.domain.anonymise.release import check_parameters
from fieldkit.domain.form import Form
from fieldkit.domain.consent import withdraws_consent
from fieldkit.domain.records import utc_now
from fieldkit.exchange.export_format import FORMAT, FORMAT_VERSION, MANIFEST_SHEET, sheet_title
from fieldkit.exchange.workbook_out import ExportCancelled, Sheet, WorkbookWriter
from fieldkit.services.scrubbing import record_scrubber
from fieldkit.services.workspace import Workspace
from fieldkit.store import exchange as exchange_store
from fieldkit.store.audit import log_action
from fieldkit.store.database import transaction

__all__ = ["AnonymisationRefused", "REPORT_COLUMNS", "REPORT_SHEET", "export_anonymised"]

REPORT_SHEET = "_privacy_report"
REPORT_COLUMNS = ["form", "k", "l", "records", "published", "records suppressed", "suppression limit", "k reached",
                  "l reached", "prosecutor risk (max)", "prosecutor risk (mean)", "information loss", "loss metric",
                  "levels chosen", "sensitive columns", "left out", "search", "without consent", "free text"]


def _published(value: Any) -> Any:
    return cell_text(value) if isinstance(value, list) else value


def _report_row(report: PrivacyReport, declined: int, text: str) -> list[Any]:
    return [report.form, report.k, report.l, report.records, report.published, report.suppressed,
            report.max_suppressed, report.k_reached,
            ", ".join(f"{name}: {value}" for name, value in report.l_reached.items()),
            round(report.max_risk, 4), round(report.mean_risk, 4), round(report.loss, 4), report.metric,
            "; ".join(str(level) for level in report.levels), ", ".join(report.sensitive),
            "; ".join(f"{name} ({why})" for name, why in report.left_out.items()), report.search, declined, text]


def export_anonymised(workspace: Workspace, out: Path, forms: dict[str, list[Form]], *, password: str | None,
                      k: int, l: int = 2, max_suppressed: float = 0.05, with_text: bool = False,
                      progress: Callable[[int, int], None] | None, cancelled: Callable[[], bool]) -> Any:
    from fieldkit.services.export import ExportSummary

    plans = {form_id: plan_columns(versions, with_text=with_text) for form_id, versions in forms.items()}
    for form_id, versions in forms.items():
        # Free text alone (KII, FGD notes) is scrubbed; the k rule is for forms about persons' identities.
        marked = any(q.privacy and q.privacy != "text" for form in versions for q in form.questions)
        check_parameters(form_id, k, l, marked=marked, sensitive=plans[form_id].sensitive,
                         max_suppressed=max_suppressed)
    scrub = record_scrubber(workspace, [], remember=False)  # the database's list of names, morphology
    writer = WorkbookWriter(Path(out), password=password)
    writer.times_to_day = True
    taken = {REPORT_SHEET, MANIFEST_SHEET}
    reports = []
    total = exchange_store.count_export_rows(workspace.db, list(forms))
    done = 0
    try:
        for form_id in forms:
            plan = plans[form_id]
            scrubbed = set(plan.scrubbed)
            rows = []
            declined = 0
            for row in exchange_store.export_rows(workspace.db, [form_id]):
                done += 1
                if withdraws_consent(row.data):  # she said no: nothing of hers is published, not even a count
                    declined += 1
                    continue
                values = {}
                for name in plan.published:
                    value = row.data.get(name)
                    values[name] = scrub(value) if name in scrubbed and isinstance(value, str) else _published(value)
                rows.append(values)
                if done % 500 == 0:
                    if cancelled():
                        raise ExportCancelled()
                    if progress:
                        progress(done, total)
            release = anonymise(form_id, rows, plan.quasi, plan.sensitive, k=k, l=l, max_suppressed=max_suppressed)
            release.report.left_out = dict(plan.left_out)
            title = sheet_title(form_id, taken)
            writer.add(Sheet(title, list(plan.published)))
            for values in release.rows:
                writer.append(title, [values.get(c) for c in plan.published])
            reports.append((release.report, declined))
        writer.add(Sheet(REPORT_SHEET, REPORT_COLUMNS, widths={13: 60, 14: 80, 16: 80, 17: 40}, filter=False))
        for report, declined in reports:
            writer.append(REPORT_SHEET, _report_row(report, declined, plans[report.form].free_text))
        export_id = str(uuid_module.uuid4())
        writer.add(Sheet(MANIFEST_SHEET, ["key", "value"], filter=False))
        for key, value in {"format": FORMAT, "format_version": FORMAT_VERSION, "app_version": __version__,
                           "privacy": "anonymised", "k": k, "l": l, "max_suppressed": max_suppressed,
                           "export_id": export_id, "exported_at": utc_now()[:10]}.items():
            writer.append(MANIFEST_SHEET, [key, str(value)])
        # The write lock first, then the file, then the commit (as export_workbook): no file without its audit.
        published = False
        try:
            with transaction(workspace.db):
                log_action(workspace.db, "export", workspace.device_id,
                           detail={"file": Path(out).name, "export_id": export_id, "records": done,
                                   "privacy": "anonymised", "k": k, "l": l,
                                   "published": sum(r.published for r, _ in reports)})
                writer.save(cancelled=cancelled)
                published = True
        except BaseException:
            if published:
                Path(out).unlink(missing_ok=True)
            raise
    except BaseException:
        writer.discard()
        raise
    return ExportSummary(Path(out), export_id, sum(r.published for r, _ in reports),
                         {r.form: r.published for r, _ in reports}, privacy=[r for r, _ in reports])
