"""Records: one filled-in form, with the metadata that lets it travel and merge."""

from __future__ import annotations

import datetime as dt
import uuid as uuid_module
from dataclasses import dataclass, field, replace
from typing import Any

__all__ = ["DRAFT", "FINAL", "Record", "utc_now", "new_record"]

DRAFT = "draft"
FINAL = "final"


def utc_now() -> str:
    """The current time in UTC, ISO 8601 with milliseconds and 'Z'."""
    return dt.datetime.now(dt.timezone.utc).isoformat(timespec="milliseconds").replace("+00:00", "Z")


@dataclass(frozen=True)
class Record:
    """A record as stored: its answers plus identity, revision and provenance."""

    uuid: str
    form_id: str
    form_version: str
    status: str
    revision: int
    created_at: str
    updated_at: str
    device_id: str
    data: dict[str, Any] = field(default_factory=dict)
    title: str = ""
    deleted: bool = False

    @property
    def is_final(self) -> bool:
        return self.status == FINAL

    def with_changes(self, **changes: Any) -> Record:
        return replace(self, **changes)


def new_record(form_id: str, form_version: str, device_id: str, data: dict[str, Any] | None = None) -> Record:
    now = utc_now()
    return Record(
        uuid=str(uuid_module.uuid4()),
        form_id=form_id,
        form_version=form_version,
        status=DRAFT,
        revision=1,
        created_at=now,
        updated_at=now,
        device_id=device_id,
        data=dict(data or {}),
    )
