"""A realistic, skewed population of victims' feedback records (most in Baku, a few rare values)."""

from __future__ import annotations

import datetime as dt
import random

REGIONS = {"baku": 55, "absheron_khizi": 12, "guba_khachmaz": 6, "ganja_dashkasan": 6, "lankaran_astara": 5,
           "central_aran": 3, "shaki_zagatala": 3, "mil_mughan": 2, "shirvan_salyan": 2, "gazakh_tovuz": 2,
           "mountainous_shirvan": 1, "nakhchivan": 1, "karabakh": 1, "east_zangezur": 1}
AGES = {"18_24": 30, "25_34": 35, "35_44": 18, "under_18": 7, "45_plus": 10}
SEXES = {"female": 75, "male": 22, "prefer_not_to_say": 3}
NATIONALITIES = {"azerbaijani": 93, "other": 7}
DESTINATIONS = {"turkey": 30, "russia": 25, "uae": 20, "azerbaijan": 20, "other": 5}
EXPLOITATION = {"labour": 45, "sexual": 35, "domestic_servitude": 10, "forced_begging": 5, "other": 5}
SERVICES = ["shelter", "medical", "psychological", "legal", "one_time_grant", "vocational_training", "repatriation"]
QUASI = ["interview_date", "region", "age_band", "sex", "nationality", "destination"]
SENSITIVE = ["exploitation_type", "services_received", "satisfaction_overall"]


def _pick(rng: random.Random, weights: dict[str, int]) -> str:
    return rng.choices(list(weights), weights=list(weights.values()))[0]


def victims(count: int, seed: int = 20, declined: float = 0.0, start: str = "2025-01-01",
            days: int = 700) -> list[dict]:
    """``count`` records as entered; ``declined``: the share without consent (date and region only)."""
    rng = random.Random(seed)
    first = dt.date.fromisoformat(start)
    records = []
    for _ in range(count):
        date = (first + dt.timedelta(days=rng.randrange(days))).isoformat()
        region = _pick(rng, REGIONS)
        if rng.random() < declined:
            records.append({"consent": "no", "interview_date": date, "region": region})
            continue
        exploitation = [_pick(rng, EXPLOITATION)]
        if rng.random() < 0.1:
            exploitation = sorted({*exploitation, _pick(rng, EXPLOITATION)})
        records.append({
            "consent": "yes", "interview_date": date, "region": region, "age_band": _pick(rng, AGES),
            "sex": _pick(rng, SEXES), "nationality": _pick(rng, NATIONALITIES),
            "destination": _pick(rng, DESTINATIONS), "exploitation_type": exploitation,
            "services_received": sorted(rng.sample(SERVICES, rng.randint(1, 3))),
            "satisfaction_overall": rng.choices([1, 2, 3, 4, 5], weights=[5, 10, 20, 40, 25])[0],
            "treated_with_respect": rng.choice(["yes", "yes", "yes", "partly", "no"]),
            "feedback": "The shelter helped; the court took long.",
        })
    return records
