"""The reports an evaluation needs, computed from records (pure: no database, no Excel).

- ``interview_log``: one row per KII and FGD, with totals (the seed's Table 4);
- ``training_scores``: pre/post means, gain and pass share per event (Table 6, done right);
- ``indicators``: the results framework with values computed from the data (Table 3);
- ``evidence``: the notes of KIIs and FGDs grouped by evaluation criterion.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

__all__ = [
    "CRITERIA",
    "EvidenceItem",
    "Filters",
    "Indicator",
    "IndicatorResult",
    "InterviewRow",
    "Participant",
    "TrainingEvent",
    "EventScores",
    "evidence",
    "indicators",
    "interview_log",
    "interview_totals",
    "training_scores",
]

CRITERIA = ("relevance", "efficiency", "effectiveness", "impact", "sustainability", "gender_human_rights")


@dataclass(frozen=True)
class Filters:
    """What the reports look at: a date range (ISO days), a place, an institution, a sex."""

    date_from: str | None = None
    date_to: str | None = None
    place: str | None = None
    institution: str | None = None
    sex: str | None = None

    def date_ok(self, day: str | None) -> bool:
        if not day:
            return self.date_from is None and self.date_to is None
        return (self.date_from is None or day >= self.date_from) and (self.date_to is None or day <= self.date_to)

    def place_ok(self, place: str | None) -> bool:
        return self.place is None or place == self.place

    def institutions_ok(self, codes: Iterable[str] | str | None) -> bool:
        if self.institution is None:
            return True
        if codes is None:
            return False
        return self.institution in ([codes] if isinstance(codes, str) else list(codes))


# -- interview log ------------------------------------------------------------------


@dataclass(frozen=True)
class InterviewRow:
    number: int
    kind: str  # KII or FGD
    date: str
    institutions: str
    women: int
    men: int
    minutes: int | None
    place: str
    mode: str
    uuid: str


def interview_log(kii: Iterable[dict[str, Any]], fgd: Iterable[dict[str, Any]], filters: Filters = Filters(),
                  labels: dict[str, str] | None = None) -> list[InterviewRow]:
    """One row per interview (KII and FGD records as dicts with '_uuid'), by date."""
    labels = labels or {}
    rows = []
    for kind, records, day_field in (("KII", kii, "interview_date"), ("FGD", fgd, "fgd_date")):
        for data in records:
            groups = data.get("participant_groups") or []
            institutions = data.get("institutions") or groups
            if not (filters.date_ok(data.get(day_field)) and filters.place_ok(data.get("place"))
                    and filters.institutions_ok(institutions)):
                continue
            place = data.get("place") or ""
            shown_place = data.get("place_other") if place == "other" and data.get("place_other") else (
                labels.get(f"place:{place}", place))
            rows.append((data.get(day_field) or "", kind, data, shown_place, institutions))
    rows.sort(key=lambda r: (r[0], r[1]))
    return [
        InterviewRow(number, kind, day, ", ".join(institutions), int(data.get("women") or 0),
                     int(data.get("men") or 0), data.get("duration_min"), place,
                     labels.get(f"mode:{data.get('mode')}", data.get("mode") or ("in_person" if kind == "FGD" else "")),
                     data.get("_uuid", ""))
        for number, (day, kind, data, place, institutions) in enumerate(rows, start=1)
    ]


def interview_totals(rows: list[InterviewRow]) -> dict[str, float]:
    """Totals and the average length: what the Total and Average rows show."""
    minutes = [r.minutes for r in rows if r.minutes is not None]
    return {
        "interviews": len(rows),
        "women": sum(r.women for r in rows),
        "men": sum(r.men for r in rows),
        "minutes": sum(minutes),
        "hours": round(sum(minutes) / 60, 1),
        "average_minutes": round(sum(minutes) / len(minutes)) if minutes else 0,
        "average_women": round(sum(r.women for r in rows) / len(rows), 1) if rows else 0,
        "average_men": round(sum(r.men for r in rows) / len(rows), 1) if rows else 0,
    }


# -- training scores ------------------------------------------------------------------


@dataclass(frozen=True)
class Participant:
    event_code: str
    participant_code: str
    sex: str | None
    institution: str | None
    phase: str
    score: float | None
    answers: dict[str, bool]  # question -> answered right
    day: str | None = None


@dataclass(frozen=True)
class TrainingEvent:
    event_code: str
    date: str
    place: str
    topic: str
    pass_mark: float
    activity_type: str = ""
    activity_code: str = ""
    women: int = 0
    men: int = 0


@dataclass
class EventScores:
    event: TrainingEvent
    matched: int
    pre_only: int
    post_only: int
    pre_mean: float | None
    post_mean: float | None
    improvement: float | None
    normalised_gain: float | None
    pass_share: float | None
    by_sex: dict[str, dict[str, float | None]] = field(default_factory=dict)
    questions: dict[str, tuple[float | None, float | None]] = field(default_factory=dict)

    @property
    def short_of_target(self) -> bool:
        """The post-test mean is below the pass mark (or there is no post-test)."""
        return self.post_mean is None or self.post_mean < self.event.pass_mark


def _mean(values: list[float]) -> float | None:
    return round(sum(values) / len(values), 1) if values else None


def training_scores(participants: Iterable[Participant], events: dict[str, TrainingEvent],
                    filters: Filters = Filters(), default_pass_mark: float = 70) -> list[EventScores]:
    """One row per event_code: pre and post matched by participant code."""
    by_event: dict[str, dict[str, dict[str, Participant]]] = defaultdict(lambda: {"pre": {}, "post": {}})
    for person in participants:
        if person.phase not in ("pre", "post") or person.score is None:
            continue
        if filters.sex is not None and person.sex != filters.sex:
            continue
        if not filters.institutions_ok(person.institution):
            continue
        event = events.get(person.event_code)
        if event is not None and not (filters.date_ok(event.date) and filters.place_ok(event.place)):
            continue
        if event is None and (filters.date_from or filters.date_to or filters.place):
            continue
        by_event[person.event_code][person.phase][person.participant_code] = person
    results = []
    for code in sorted(by_event):
        pre, post = by_event[code]["pre"], by_event[code]["post"]
        event = events.get(code) or TrainingEvent(code, "", "", "", default_pass_mark)
        matched = sorted(set(pre) & set(post))
        pre_scores = [pre[p].score for p in matched]
        post_scores = [post[p].score for p in matched]
        pre_mean, post_mean = _mean(pre_scores), _mean(post_scores)  # type: ignore[arg-type]
        improvement = round(post_mean - pre_mean, 1) if pre_mean is not None and post_mean is not None else None
        gain = (round((post_mean - pre_mean) / (100 - pre_mean), 2)
                if improvement is not None and pre_mean is not None and pre_mean < 100 else None)
        passed = [s for s in post_scores if s is not None and s >= event.pass_mark]
        pass_share = round(100 * len(passed) / len(post_scores), 1) if post_scores else None
        by_sex = {}
        for sex in ("female", "male"):
            people = [p for p in matched if post[p].sex == sex]
            post_sex = [post[p].score for p in people]
            by_sex[sex] = {
                "participants": len(people),
                "pre_mean": _mean([pre[p].score for p in people]),  # type: ignore[misc]
                "post_mean": _mean(post_sex),  # type: ignore[arg-type]
                "pass_share": round(100 * sum(1 for s in post_sex if s >= event.pass_mark) / len(post_sex), 1)
                if post_sex else None,
            }
        questions: dict[str, tuple[float | None, float | None]] = {}
        names = sorted({q for person in [*pre.values(), *post.values()] for q in person.answers})
        for name in names:
            shares = []
            for group in (pre, post):
                answered = [p.answers[name] for p in group.values() if name in p.answers]
                shares.append(round(100 * sum(answered) / len(answered), 1) if answered else None)
            questions[name] = (shares[0], shares[1])
        results.append(EventScores(event, len(matched), len(set(pre) - set(post)), len(set(post) - set(pre)),
                                   pre_mean, post_mean, improvement, gain, pass_share, by_sex, questions))
    return results


# -- indicators ---------------------------------------------------------------------------


@dataclass(frozen=True)
class Indicator:
    """One row of the results framework; ``method`` ties it to the data (or is empty)."""

    level: str
    code: str
    statement: str
    indicator: str
    kind: str  # yes_no, percent, percent_change, number
    target: str
    baseline: str = ""
    method: str = ""  # share, count, latest, mean, pass_share
    form: str = ""
    field: str = ""
    value: str = ""


@dataclass(frozen=True)
class IndicatorResult:
    indicator: Indicator
    value: float | str | None
    status: str  # met, not met, no data, not tied
    records: tuple[str, ...]


METHODS = ("share", "count", "latest", "mean", "pass_share")


def _number(text: str) -> float | None:
    try:
        return float(str(text).replace("%", "").strip())
    except ValueError:
        return None


def _matches(answer: Any, wanted: str) -> bool:
    if isinstance(answer, list):
        return wanted in answer
    return answer is not None and str(answer) == wanted


def indicators(framework: list[Indicator], records: dict[str, list[dict[str, Any]]],
               scores: list[EventScores]) -> list[IndicatorResult]:
    """Each indicator's value from the data, against its target."""
    results = []
    for item in framework:
        if not item.indicator:
            continue
        if not item.method:
            results.append(IndicatorResult(item, None, "not tied", ()))
            continue
        value: float | str | None = None
        behind: list[str] = []
        if item.method == "pass_share":
            post = [(s.pass_share, s.matched) for s in scores if s.pass_share is not None and s.matched]
            total = sum(n for _, n in post)
            value = round(sum(share * n for share, n in post) / total, 1) if total else None  # type: ignore[operator]
            behind = [s.event.event_code for s in scores if s.matched]
        else:
            rows = [r for r in records.get(item.form, []) if r.get(item.field) not in (None, "", [])]
            behind = [r["_uuid"] for r in rows]
            if item.method == "share" and rows:
                value = round(100 * sum(1 for r in rows if _matches(r.get(item.field), item.value)) / len(rows), 1)
            elif item.method == "count":
                chosen = [r for r in rows if not item.value or _matches(r.get(item.field), item.value)]
                behind = [r["_uuid"] for r in chosen]
                value = float(len(chosen)) if records.get(item.form) else None
            elif item.method == "mean" and rows:
                numbers = [n for r in rows if (n := _number(r.get(item.field))) is not None]
                value = round(sum(numbers) / len(numbers), 1) if numbers else None
            elif item.method == "latest" and rows:
                latest = max(rows, key=lambda r: r.get("_updated_at", ""))
                value = str(latest.get(item.field))
                behind = [latest["_uuid"]]
        results.append(IndicatorResult(item, value, _status(item, value), tuple(behind)))
    return results


def _status(item: Indicator, value: float | str | None) -> str:
    if value is None:
        return "no data"
    if item.kind == "yes_no" or isinstance(value, str):
        return "met" if str(value).strip().lower() == item.target.strip().lower() else "not met"
    target = _number(item.target)
    if target is None:
        return "no data"
    if item.kind == "percent_change":
        baseline = _number(item.baseline)
        if not baseline:
            return "no data"
        change = 100 * (float(value) - baseline) / baseline
        return "met" if change >= target else "not met"
    return "met" if float(value) >= target else "not met"


# -- evidence -----------------------------------------------------------------------------


@dataclass(frozen=True)
class EvidenceItem:
    criterion: str  # one of CRITERIA, or 'quotes'
    text: str
    kind: str
    date: str
    place: str
    institutions: str
    uuid: str


def evidence(kii: Iterable[dict[str, Any]], fgd: Iterable[dict[str, Any]], filters: Filters = Filters(),
             search: str = "") -> list[EvidenceItem]:
    """Every criterion note and quote, with its source; ``search`` keeps those containing it (folded)."""
    from fieldkit.domain.text import fold

    wanted = fold(search)
    items = []
    for kind, records, day_field in (("KII", kii, "interview_date"), ("FGD", fgd, "fgd_date")):
        for data in records:
            institutions = data.get("institutions") or data.get("participant_groups") or []
            if not (filters.date_ok(data.get(day_field)) and filters.place_ok(data.get("place"))
                    and filters.institutions_ok(institutions)):
                continue
            place = data.get("place_other") if data.get("place") == "other" else data.get("place")
            for criterion in (*CRITERIA, "quotes"):
                text = data.get(criterion)
                if text and (not wanted or wanted in fold(text)):
                    items.append(EvidenceItem(criterion, text, kind, data.get(day_field) or "", place or "",
                                              ", ".join(institutions), data.get("_uuid", "")))
    order = {c: i for i, c in enumerate((*CRITERIA, "quotes"))}
    items.sort(key=lambda e: (order[e.criterion], e.date))
    return items

