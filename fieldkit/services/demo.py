"""A realistic sample database from the seed evaluation's tables, so a newcomer sees every screen with data."""

from __future__ import annotations

import csv
import datetime as dt
import random
from typing import Any

from fieldkit.services.records import add_json_records
from fieldkit.services.workspace import Workspace, builtin_forms_dir

__all__ = ["build_demo"]

_WHO = {"IOM RO VIENNA": ["IOM"], "IOM COM": ["IOM"], "IOM PM": ["IOM"], "SCWFC": ["SCFWC"],
        "SMS/MFA NAR": ["SMS", "MFA"], "MIA CT": ["MIA"]}
_NOTES = {
    "relevance": ["The training answered a real need: the NRM was new to most inspectors.",
                  "Təlim ehtiyaca cavab verdi: milli yönləndirmə mexanizmi əksəriyyət üçün yeni idi.",
                  "Тренинг отвечал реальной потребности: НМП был нов для большинства инспекторов."],
    "effectiveness": ["Identification improved, but referrals from the regions are still rare.",
                      "Müəyyənləşdirmə yaxşılaşıb, amma regionlardan yönləndirmələr hələ azdır."],
    "sustainability": ["Trainers trained by the project left the ministry within a year.",
                       "Layihənin hazırladığı təlimçilər bir il ərzində nazirlikdən getdilər."],
    "impact": ["Too early to see fewer cases; awareness in Nakhchivan is clearly higher."],
}
_PLACES = {"Baku": "baku", "NAR": "nakhchivan", "Nakhchivan": "nakhchivan", "Guba": "guba", "Lankaran": "lankaran",
           "Ganja": "ganja"}


def _seed(name: str) -> list[dict[str, str]]:
    path = builtin_forms_dir().parent / "seed" / name
    with path.open(encoding="utf-8") as handle:
        return list(csv.DictReader(handle))


def _kii(rng: random.Random) -> list[dict[str, Any]]:
    records = []
    for row in _seed("seed_table4_interviews.csv"):
        place = _PLACES.get(row["place"], "other")
        record = {"interview_date": (dt.date(2019, 7, 1) + dt.timedelta(days=int(row["number"]))).isoformat(),
                  "place": place, "mode": "remote" if row["mode"].startswith("remote") else "in_person",
                  "institutions": _WHO.get(row["who"], [row["who"]]), "women": int(row["women"]),
                  "men": int(row["men"]), "duration_min": int(row["duration_min"]), "interpreter": "no",
                  "consent": "yes", "interviewee_roles": "Head of unit; senior specialist"}
        if place == "other":
            record["place_other"] = row["place"]
        for criterion, notes in _NOTES.items():
            record[criterion] = rng.choice(notes)
        record["quotes"] = "\u201cWe need the handbook in Azerbaijani, not only in English.\u201d"
        records.append(record)
    return records


def _events_and_tests(rng: random.Random) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    events, tests = [], []
    codes = {"Baku": "1.1.3", "NAR": "1.1.4", "Guba": "2.1.2"}
    for number, row in enumerate(_seed("seed_table6_training_scores.csv"), start=1):
        code = f"DEMO-{number:02d}"
        month = {"Nov/Dec 2018": "2018-11", "June 2019": "2019-06", "March 2019": "2019-03"}.get(row["period"],
                                                                                               "2019-01")
        activity = codes.get(row["place"], "3.1.3")
        events.append({"event_code": code, "activity_type": "cascade_training" if "cascade" in row["topic"].lower()
                       else "training", "output": activity.rsplit(".", 1)[0], "activity_code": activity,
                       "topic": row["topic"][:120], "date_start": f"{month}-12", "date_end": f"{month}-13",
                       "place": _PLACES.get(row["place"], "other"), "institutions": ["SMS", "IOM"],
                       "women": 6, "men": 6, "pass_mark": 70})
        post_target = float(row["score_result_pct"])  # the seed's post-test result
        for person in range(1, 7):
            for phase, share in (("pre", max(post_target - 8, 0)), ("post", post_target)):
                right = max(0, min(10, round(share / 10 + rng.uniform(-1, 1))))
                answers = {f"q{q:02d}": ("a" if q <= right else "b") for q in range(1, 11)}
                answers["q05"] = ["a", "b", "d"] if right >= 5 else ["c"]
                tests.append({"event_code": code, "participant_code": f"{code}-P{person}", "phase": phase,
                              "sex": "female" if person % 2 else "male", "institution": "SMS", **answers})
    return events, tests


def _fgd() -> list[dict[str, Any]]:
    return [{"fgd_date": f"2019-07-{day}", "place": place, "topic": topic, "facilitator": "Evaluator (E.K.)",
             "participant_groups": groups, "women": women, "men": men, "consent": "yes",
             "discussion": [{"question": "What changed in your work after the training?",
                             "notes": "Most now know the hotline; few have used the NRM forms."},
                            {"question": "What is missing?", "notes": "Shelter places outside Baku."}],
             "summary": "Awareness up; referral practice still weak.", "effectiveness": "Knowledge did not reach "
             "practice everywhere."}
            for day, place, topic, groups, women, men in (
                ("05", "baku", "Referral of victims", ["officials", "ngo_staff"], 5, 4),
                ("08", "nakhchivan", "Border identification", ["officials"], 2, 7),
                ("10", "guba", "Community awareness", ["community_members", "students"], 8, 3))]


def _feedback() -> list[dict[str, Any]]:
    base = {"consent": "yes", "nationality": "azerbaijani", "treated_with_respect": "yes"}
    return [
        {**base, "interview_date": "2019-06-20", "region": "baku", "age_band": "25_34", "sex": "female",
         "exploitation_type": ["labour"], "destination": "turkey", "services_received": ["shelter", "legal"],
         "satisfaction_overall": 4, "feedback": "The shelter staff were kind; the court took too long."},
        {**base, "interview_date": "2019-06-21", "region": "guba_khachmaz", "age_band": "18_24", "sex": "female",
         "exploitation_type": ["sexual"], "destination": "uae", "services_received": ["psychological", "medical"],
         "satisfaction_overall": 3, "treated_with_respect": "partly",
         "feedback": "Psixoloq çox kömək etdi, amma işə düzəlmək çətindir."},
        {**base, "interview_date": "2019-06-25", "region": "nakhchivan", "age_band": "35_44", "sex": "male",
         "exploitation_type": ["labour"], "destination": "russia", "services_received": ["one_time_grant"],
         "satisfaction_overall": 2, "feedback": "Пособия не хватило даже на месяц."},
        {"consent": "no", "interview_date": "2019-06-26", "region": "lankaran_astara"},
    ]


def build_demo(workspace: Workspace) -> dict[str, int]:
    """Fill an empty database with the sample records; refuse one that has records already."""
    if workspace.db.execute("SELECT count(*) FROM records").fetchone()[0]:
        raise ValueError(f"{workspace.path} already holds records; the demo needs a new database (--db)")
    rng = random.Random(2019)
    events, tests = _events_and_tests(rng)
    batches = {"kii": _kii(rng), "fgd": _fgd(), "training_event": events, "training_test": tests,
               "vot_feedback": _feedback()}
    counts = {}
    for form_id, records in batches.items():
        counts[form_id] = len(add_json_records(workspace, form_id, list(enumerate(records, start=1)),
                                               source=f"demo {form_id}"))
    return counts
