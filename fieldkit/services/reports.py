"""Build the evaluation reports from the database, and write them to Excel."""

from __future__ import annotations

import csv
import json
from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from fieldkit.domain.reports import (
    EventScores,
    EvidenceItem,
    Filters,
    Indicator,
    IndicatorResult,
    InterviewRow,
    Participant,
    TrainingEvent,
    evidence,
    indicators,
    interview_log,
    interview_totals,
    training_scores,
)
from fieldkit.domain.scoring import question_scores
from fieldkit.services.workspace import Workspace, builtin_forms_dir
from fieldkit.store import records as record_store
from fieldkit.store.database import meta_get, meta_set, transaction

__all__ = ["Activity", "Reports", "build_reports", "framework", "load_framework", "save_framework", "write_report"]

_FRAMEWORK_KEY = "results_framework"
_COLUMNS = ["level", "code", "statement", "indicator", "indicator_kind", "target", "baseline", "method", "form",
            "field", "value"]


class ReportCancelled(Exception):
    pass


@dataclass(frozen=True)
class Activity:
    code: str
    statement: str
    events: tuple[str, ...]
    types: tuple[str, ...]

    @property
    def done(self) -> bool:
        return bool(self.events)


@dataclass
class Reports:
    filters: Filters
    interviews: list[InterviewRow] = field(default_factory=list)
    totals: dict[str, float] = field(default_factory=dict)
    scores: list[EventScores] = field(default_factory=list)
    indicators: list[IndicatorResult] = field(default_factory=list)
    activities: list[Activity] = field(default_factory=list)
    evidence: list[EvidenceItem] = field(default_factory=list)
    question_labels: dict[str, str] = field(default_factory=dict)


# -- the results framework (data, editable) -------------------------------------------------


def _indicator(row: dict[str, Any]) -> Indicator:
    get = {k: str(row.get(k) or "").strip() for k in _COLUMNS}
    return Indicator(get["level"], get["code"], get["statement"], get["indicator"], get["indicator_kind"],
                     get["target"], get["baseline"], get["method"], get["form"], get["field"], get["value"])


def _default_framework() -> list[dict[str, str]]:
    path = builtin_forms_dir().parent / "frameworks" / "results_framework.csv"
    with path.open(encoding="utf-8") as handle:
        return [dict(row) for row in csv.DictReader(handle)]


def framework(workspace: Workspace) -> list[Indicator]:
    """The project's results framework: the one saved here, else the seed's."""
    stored = meta_get(workspace.db, _FRAMEWORK_KEY)
    rows = json.loads(stored) if stored else _default_framework()
    return [_indicator(row) for row in rows]


def save_framework(workspace: Workspace, items: list[Indicator]) -> None:
    from fieldkit.domain.reports import METHODS

    for number, item in enumerate(items, start=2):
        if item.method and item.method not in METHODS:
            raise ValueError(f"framework row {number}: method {item.method!r} is not one of {', '.join(METHODS)}")
        if item.method and item.method != "pass_share" and not (item.form and item.field):
            raise ValueError(f"framework row {number}: method {item.method} needs a form and a field")
    rows = [dict(zip(_COLUMNS, (i.level, i.code, i.statement, i.indicator, i.kind, i.target, i.baseline, i.method,
                                i.form, i.field, i.value))) for i in items]
    with transaction(workspace.db):
        meta_set(workspace.db, _FRAMEWORK_KEY, json.dumps(rows, ensure_ascii=False))


def load_framework(workspace: Workspace, path: Path) -> list[Indicator]:
    """Replace the framework with the rows of a CSV or Excel file (same columns)."""
    path = Path(path)
    if path.suffix.lower() == ".csv":
        with path.open(encoding="utf-8-sig") as handle:
            rows = [dict(r) for r in csv.DictReader(handle)]
    else:
        from fieldkit.exchange.tables import read_table

        rows = read_table(path)
    if not rows or "indicator" not in rows[0]:
        raise ValueError(f"{path.name}: expected the columns {', '.join(_COLUMNS)}")
    items = [_indicator(row) for row in rows]
    save_framework(workspace, items)
    return items


# -- building -------------------------------------------------------------------------------


def _final_records(workspace: Workspace, form_id: str, tick: Callable[[], None]) -> list[dict[str, Any]]:
    rows = []
    for record in record_store.iter_records(workspace.db, form_id):
        tick()
        if record.is_final:
            rows.append({**record.data, "_uuid": record.uuid, "_updated_at": record.updated_at,
                         "_form_version": record.form_version})
    return rows


def build_reports(workspace: Workspace, filters: Filters = Filters(), *, search: str = "",
                  progress: Callable[[int, int], None] | None = None,
                  cancelled: Callable[[], bool] = lambda: False) -> Reports:
    """Every report, from the final records, as the filters say."""
    infos = workspace.form_infos()
    total = sum(i.record_count for i in infos) or 1
    done = 0

    def tick() -> None:
        nonlocal done
        done += 1
        if done % 1000 == 0:
            if cancelled():
                raise ReportCancelled()
            if progress:
                progress(done, total)

    kii = workspace.form("kii") if any(i.form_id == "kii" for i in infos) else None
    labels = {}
    if kii is not None:
        for name in ("place", "mode"):
            for choice in kii.choices_for(kii.question(name)):
                labels[f"{name}:{choice.name}"] = choice.label(kii.language_for("en"), kii.default_language)
    records = {info.form_id: _final_records(workspace, info.form_id, tick) for info in infos}
    reports = Reports(filters)
    reports.interviews = interview_log(records.get("kii", []), records.get("fgd", []), filters, labels)
    reports.totals = interview_totals(reports.interviews)

    events = {}
    for data in records.get("training_event", []):
        try:
            pass_mark = float(data.get("pass_mark") if data.get("pass_mark") is not None else 70)
        except (TypeError, ValueError):
            pass_mark = 70.0
        events[data.get("event_code") or ""] = TrainingEvent(
            data.get("event_code") or "", data.get("date_start") or "",
            data.get("place_other") if data.get("place") == "other" else data.get("place") or "",
            data.get("topic") or "", pass_mark, data.get("activity_type") or "", data.get("activity_code") or "",
            int(data.get("women") or 0), int(data.get("men") or 0))
    participants = []
    for info in infos:
        form = workspace.form(info.form_id)
        if not form.is_test:
            continue
        for data in records[info.form_id]:
            versioned = workspace.form(info.form_id, data["_form_version"])
            answers = {s.name: s.earned > 0 for s in question_scores(versioned, data) if s.answered}
            participants.append(Participant(data.get("event_code") or "", data.get("participant_code") or "",
                                            data.get("sex"), data.get("institution"), data.get("phase") or "",
                                            data.get("score_pct"), answers))
            for question in versioned.questions:
                reports.question_labels.setdefault(question.name, question.label(None, versioned.default_language))
    reports.scores = training_scores(participants, events, filters)
    items = framework(workspace)
    reports.indicators = indicators(items, records, reports.scores)
    reports.activities = [
        Activity(item.code, item.statement,
                 tuple(sorted(e.event_code for e in events.values() if e.activity_code == item.code)),
                 tuple(sorted({e.activity_type for e in events.values() if e.activity_code == item.code})))
        for item in items if item.level == "activity"]
    reports.evidence = evidence(records.get("kii", []), records.get("fgd", []), filters, search)
    if progress:
        progress(total, total)
    return reports


def write_report(workspace: Workspace, out: Path, filters: Filters = Filters(), *,
                 progress: Callable[[int, int], None] | None = None,
                 cancelled: Callable[[], bool] = lambda: False) -> Path:
    """Build every report and write them to one formatted workbook with charts."""
    from fieldkit.exchange.report_writer import write_report_workbook

    reports = build_reports(workspace, filters, progress=progress, cancelled=cancelled)
    write_report_workbook(Path(out), reports_as_tables(reports))
    return Path(out)


def reports_as_tables(reports: Reports) -> dict[str, Any]:
    """Plain rows for the writer (the exchange layer knows no domain types)."""
    return {
        "filters": {k: v for k, v in asdict(reports.filters).items() if v},
        "interviews": [asdict(r) for r in reports.interviews],
        "totals": reports.totals,
        "scores": [{"event": asdict(s.event), **{k: v for k, v in asdict(s).items() if k != "event"},
                    "short_of_target": s.short_of_target} for s in reports.scores],
        "question_labels": reports.question_labels,
        "indicators": [{**asdict(r.indicator), "value": r.value, "status": r.status, "records": len(r.records)}
                       for r in reports.indicators],
        "activities": [{**asdict(a), "done": a.done} for a in reports.activities],
        "evidence": [asdict(e) for e in reports.evidence],
    }
