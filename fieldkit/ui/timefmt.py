"""Times are stored in UTC and shown in the user's local time."""

from __future__ import annotations

import datetime as dt

__all__ = ["local_time"]


def local_time(iso_utc: str | None) -> str:
    """'2026-11-30T10:03:00.000Z' -> '30.11.2026 14:03' in the local zone."""
    if not iso_utc:
        return ""
    try:
        moment = dt.datetime.fromisoformat(iso_utc.replace("Z", "+00:00"))
    except ValueError:
        return iso_utc
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=dt.timezone.utc)
    return moment.astimezone().strftime("%d.%m.%Y %H:%M")
