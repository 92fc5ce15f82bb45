"""Records: one filled-in form, with the metadata that lets it travel and merge."""

from __future__ import annotations

import datetime as dt
import re
import uuid as uuid_module
from dataclasses import dataclass, field, replace
from typing import Any

__all__ = ["DRAFT", "FINAL", "SORT_COLUMNS", "Record", "RecordFilter", "is_canonical_uuid", "new_record", "search_text",
           "utc_now"]

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


_CANONICAL_UUID = re.compile(r"[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}")


def is_canonical_uuid(value: object) -> bool:
    """A record's identity as fieldkit writes it: 36 characters, 8-4-4-4-12 lower-case hex digits.
    Anything else (upper case, braces, a space, no dashes) would be a second record at HQ."""
    return value.__class__ is str and len(value) == 36 and _CANONICAL_UUID.fullmatch(value) is not None  # type: ignore[arg-type]


def new_record(form_id: str, form_version: str, device_id: str, data: dict[str, Any] | None = None) -> Record:
    now = utc_now()
    return Record(
        uuid=str(uuid_module.uuid4()),  # canonical: lower case, 8-4-4-4-12 (see is_canonical_uuid)
        form_id=form_id,
        form_version=form_version,
        status=DRAFT,
        revision=1,
        created_at=now,
        updated_at=now,
        device_id=device_id,
        data=dict(data or {}),
    )


#: Columns a record list can be sorted by.
SORT_COLUMNS = ("title", "status", "revision", "updated_at", "created_at")


@dataclass(frozen=True)
class RecordFilter:
    """Which records a list shows, and in what order.

    ``search`` is matched (folded, see ``fieldkit.domain.text``) against every
    answer and the title; ``date_from``/``date_to`` (ISO dates, inclusive) apply
    to the day the record was created, in local time; ``deleted`` shows the
    deleted records instead of the live ones.
    """

    search: str = ""
    status: str | None = None
    date_from: str | None = None
    date_to: str | None = None
    deleted: bool = False
    sort: str = "updated_at"
    descending: bool = True

    def __post_init__(self) -> None:
        if self.sort not in SORT_COLUMNS:
            raise ValueError(f"cannot sort records by {self.sort!r}")
        if self.status not in (None, DRAFT, FINAL):
            raise ValueError(f"unknown status {self.status!r}")


def search_text(title: str, data: dict[str, Any]) -> str:
    """Everything searchable in a record, folded, in one string."""
    from fieldkit.domain.text import fold

    return fold(searchable_text(title, data))


def searchable_text(title: str, data: dict[str, Any]) -> str:
    """Everything searchable in a record, in one string, not yet folded (``search_text`` folds it)."""
    parts: list[str] = [title] if title else []
    append = parts.append

    def collect(values: Any) -> None:
        for value in values:
            kind = value.__class__
            if kind is str:
                append(value)
            elif value is None:
                continue
            elif kind is list:
                if value and value[0].__class__ is str:  # choices
                    append(" ".join(value))
                else:
                    collect(value)
            elif kind is dict:
                collect(value.values())
            else:
                append(str(value))

    collect(data.values())
    return " ".join(parts)
