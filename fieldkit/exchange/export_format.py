"""The layout of a fieldkit export workbook: names, columns, the manifest.

A workbook has one sheet per form (field names as headers, then the meta
columns), one sheet per repeat, ``_dictionary`` (what every column means),
``_forms`` (the form definitions, so HQ can import data of a form it lacks)
and ``_manifest`` (format, device, export id, row counts, a SHA-256 and the
ancestors of every record, then the deleted records: a line per deletion, a
*tombstone*, under a header of its own; and the signature of it all: see
``services.signing``). This module knows the layout; it knows nothing of the
database.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

from fieldkit.domain.merge import deletion_marker, parse_ancestors
from fieldkit.domain.messages import shortened
from fieldkit.domain.records import is_canonical_uuid

__all__ = [
    "FORMAT",
    "TIME_STAMP",
    "cell_text",
    "FORMAT_VERSION",
    "META_COLUMNS",
    "REPEAT_COLUMNS",
    "Manifest",
    "ManifestRecord",
    "ManifestDeletion",
    "iter_manifest_deletions",
    "cells_fingerprint",
    "written_fingerprint",
    "manifest_rows",
    "iter_manifest_records",
    "parse_manifest_head",
    "sheet_title",
    "FORMS_SHEET",
    "DICTIONARY_SHEET",
    "MANIFEST_SHEET",
    "FORM_CHUNK",
]

FORMAT = "fieldkit-export"
FORMAT_VERSION = 2  # 2: the manifest is signed, and each record line has the hash of its row's meta columns
META_COLUMNS = ["_uuid", "_revision", "_status", "_created_at", "_updated_at", "_device", "_form_version"]
REPEAT_COLUMNS = ["_parent_uuid", "_parent_path", "_index"]
DICTIONARY_SHEET, FORMS_SHEET, MANIFEST_SHEET = "_dictionary", "_forms", "_manifest"
FORM_CHUNK = 30000  # characters of a form definition per cell (Excel's limit is 32,767)

_SHEET_HEADER = ["sheet", "rows", "form_id", "repeat"]
_MAX_HEAD_ROWS = 5_000
_RECORD_HEADER = ["record_uuid", "form_id", "revision", "sha256", "ancestors", "cells_sha256", "meta_sha256"]
_RECORD_HEADER_V1 = _RECORD_HEADER[:6]  # what an older manifest has: its head is read, then refused by version
_DELETED_HEADER = ["deleted_uuid", "form_id", "revision", "sha256", "ancestors", "deleted_at"]
_BAD_TITLE = re.compile(r"[\[\]:*?/\\]")
_COUNT = re.compile(r"[0-9]{1,15}")  # a row count, a revision (ASCII digits: int("²") fails)


def sheet_title(name: str, taken: set[str]) -> str:
    """A valid, unique Excel sheet title (31 characters, none of []:*?/\\)."""
    base = _BAD_TITLE.sub("_", name)[:31] or "sheet"
    title, n = base, 2
    while title.lower() in {t.lower() for t in taken}:
        suffix = f"~{n}"
        title, n = base[: 31 - len(suffix)] + suffix, n + 1
    taken.add(title)
    return title


_TO_FLOAT = frozenset({int, Decimal})


def written_fingerprint(values: list[Any]) -> str:
    """The fingerprint of a row as the export writes ``values``: the same as ``cells_fingerprint``
    of the cells a reader gets back ('' for empty, numbers as floats)."""
    return _digest(["" if value is None else float(value) if value.__class__ in _TO_FLOAT else value
                    for value in values])


def _digest(cells: list[Any]) -> str:
    return hashlib.sha256(repr(cells).encode("utf-8", "surrogatepass")).hexdigest()


def cells_fingerprint(cells: list[Any]) -> str:
    """SHA-256 of a row's cells as read: a row that no one touched keeps its fingerprint.

    Numbers count as floats: a reader may give a whole number as 3 or as 3.0.
    """
    return _digest([float(c) if c.__class__ is int else c for c in cells])


@dataclass(frozen=True)
class ManifestRecord:
    uuid: str
    form_id: str
    revision: int
    sha256: str
    ancestors: str
    cells_sha256: str = ""
    meta_sha256: str = ""  # the hash of the row's _created_at, _updated_at, _device, _form_version


@dataclass(frozen=True)
class ManifestDeletion:
    """A deleted record's line (a tombstone): its deletion's revision and hash, ancestors, when."""

    uuid: str
    form_id: str
    revision: int
    sha256: str
    ancestors: str
    deleted_at: str
    row: int = 0  # where it was read


@dataclass
class Manifest:
    values: dict[str, str] = field(default_factory=dict)
    sheets: dict[str, tuple[int, str, str]] = field(default_factory=dict)  # title -> (rows, form_id, repeat)
    records: dict[str, ManifestRecord] = field(default_factory=dict)


def manifest_rows(values: dict[str, Any], sheets: dict[str, tuple[int, str, str]],
                  records: Iterable[ManifestRecord],
                  deletions: Iterable[ManifestDeletion] = ()) -> Iterator[list[Any]]:
    """The rows of the ``_manifest`` sheet, header row excluded (it is ['key', 'value']); the
    records are taken one by one, as they come; the deletions follow, after a header of their own
    (none when there are none)."""
    for key, value in values.items():
        yield [key, str(value)]
    yield []
    yield list(_SHEET_HEADER)
    for title, (count, form_id, repeat) in sheets.items():
        yield [title, count, form_id, repeat]
    yield []
    yield list(_RECORD_HEADER)
    for r in records:
        yield [r.uuid, r.form_id, r.revision, r.sha256, r.ancestors, r.cells_sha256, r.meta_sha256]
    header = False
    for d in deletions:
        if not header:
            yield []
            yield list(_DELETED_HEADER)
            header = True
        yield [d.uuid, d.form_id, d.revision, d.sha256, d.ancestors, d.deleted_at]


class ManifestError(ValueError):
    pass


def cell_text(value: Any) -> str:
    """A cell as text, as a person reads it: nothing for an empty cell, 3 for 3.0, no outer spaces."""
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value).strip()


def parse_manifest_head(rows: Iterator[list[Any]]) -> tuple[Manifest, int]:
    """Read the ``_manifest`` rows up to the records' header (header row included), which the
    iterator is left just after; return the values and sheets, and the number of the last row read."""
    manifest = Manifest()
    section = "values"
    number = 0
    for number, row in enumerate(rows, start=1):
        if number > _MAX_HEAD_ROWS:  # a manifest's head is a dozen values and a line per sheet
            raise ManifestError(f"row {number}: no record list after {_MAX_HEAD_ROWS} rows (not a fieldkit manifest)")
        cells = [cell_text(c) for c in row]
        if number == 1:
            if cells[:2] != ["key", "value"]:
                raise ManifestError("row 1: expected the header 'key', 'value'")
            continue
        if not any(cells):
            continue
        if cells[: len(_SHEET_HEADER)] == _SHEET_HEADER:
            section = "sheets"
            continue
        if cells[: len(_RECORD_HEADER_V1)] == _RECORD_HEADER_V1:
            return manifest, number
        cells += [""] * 6
        if section == "values":
            manifest.values[cells[0]] = cells[1]
        else:
            if not _COUNT.fullmatch(cells[1]):
                raise ManifestError(f"row {number}: the row count of sheet {cells[0]!r} is not a number")
            manifest.sheets[cells[0]] = (int(cells[1]), cells[2], cells[3])
    return manifest, number


def iter_manifest_records(rows: Iterator[list[Any]], first: int) -> Iterator[ManifestRecord]:
    """The record lines of a manifest, from row number ``first`` on; ManifestError names the row.
    (A uuid listed twice is for the reader to find: this keeps nothing.) They end at the deleted
    records' header, which ``rows`` is left just after: the generator's return value is its row
    number (None when there is none), for ``iter_manifest_deletions``."""
    for number, row in enumerate(rows, start=first):
        if row and row[0] == _DELETED_HEADER[0] and [cell_text(c) for c in row[:6]] == _DELETED_HEADER:
            return number
        if len(row) < 7:
            row = list(row) + [""] * (7 - len(row))
        uuid, form_id, revision, sha, ancestors = row[0], row[1], row[2], row[3], row[4]
        cells_sha, meta_sha = row[5], row[6]
        if (uuid.__class__ is not str or sha.__class__ is not str or cells_sha.__class__ is not str
                or meta_sha.__class__ is not str):
            uuid, form_id, sha, ancestors, cells_sha, meta_sha = (
                cell_text(uuid), cell_text(form_id), cell_text(sha), cell_text(ancestors), cell_text(cells_sha),
                cell_text(meta_sha))
        if not uuid:
            continue
        if not is_canonical_uuid(uuid):  # 'ABC...' or 'abc... ' would make a second copy of abc...
            raise ManifestError(f"row {number}, column record_uuid: {shortened(uuid)!r} is not a record id "
                                "(a lower-case UUID, 8-4-4-4-12 hex digits)")
        if revision.__class__ is float and revision.is_integer() and 1 <= revision < 1e15:
            revision = int(revision)
        elif _COUNT.fullmatch(cell_text(revision)):
            revision = int(cell_text(revision))
        else:
            raise ManifestError(f"row {number}: record {uuid!r} has no valid revision")
        if len(sha) != 64:
            raise ManifestError(f"row {number}: record {uuid!r} has no valid SHA-256")
        yield ManifestRecord(uuid, form_id if form_id.__class__ is str else cell_text(form_id), revision, sha,
                             ancestors if ancestors.__class__ is str else cell_text(ancestors), cells_sha, meta_sha)
    return None


_ANCESTORS = re.compile(r"(?:[0-9]{1,9}:[0-9a-f]{64})?(?: [0-9]{1,9}:[0-9a-f]{64})*")
#: A time stamp as fieldkit writes it (``utc_now``): UTC, ISO 8601, milliseconds, "Z".
TIME_STAMP = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}(?:\.[0-9]{1,6})?Z")


def iter_manifest_deletions(rows: Iterator[list[Any]], first: int) -> Iterator[ManifestDeletion]:
    """The deleted records' lines, from row number ``first`` on (after their header); each checked
    on its own: a canonical uuid, a revision above 1, the deletion's hash of that revision (see
    ``deletion_marker``), ancestors that it descends from, a UTC time. ManifestError names the row."""
    for number, row in enumerate(rows, start=first):
        cells = [cell_text(c) for c in row[:6]] + [""] * (6 - min(len(row), 6))
        uuid, form_id, revision_text, sha, ancestors, deleted_at = cells
        if not any(cells) and not any(cell_text(c) for c in row[6:]):
            continue
        shown = uuid[:40]
        if not is_canonical_uuid(uuid):
            raise ManifestError(f"row {number}: deleted record {shown!r} is not a UUID (lower-case, canonical)")
        if not form_id or len(form_id) > 200:
            raise ManifestError(f"row {number}: deleted record {uuid} names no form")
        if not revision_text.isdigit() or not 2 <= int(revision_text) < 10**9:
            raise ManifestError(f"row {number}: deleted record {uuid} has no valid revision "
                                f"({revision_text[:20]!r}; a deletion is revision 2 or later)")
        revision = int(revision_text)
        if sha != deletion_marker(uuid, revision):
            raise ManifestError(f"row {number}: deleted record {uuid}: its SHA-256 is not that of the "
                                f"deletion of revision {revision}")
        if len(ancestors) > 200_000 or not _ANCESTORS.fullmatch(ancestors):
            raise ManifestError(f"row {number}: deleted record {uuid}: its ancestors are not revision:sha256")
        parsed = parse_ancestors(ancestors)
        if any(r > revision for r, _ in parsed) or any(r == revision and a != sha for r, a in parsed):
            raise ManifestError(f"row {number}: deleted record {uuid}: an ancestor is newer than its deletion")
        if not TIME_STAMP.fullmatch(deleted_at):
            raise ManifestError(f"row {number}: deleted record {uuid}: deleted_at {deleted_at[:40]!r} is not a "
                                "UTC time")
        yield ManifestDeletion(uuid, form_id, revision, sha, ancestors, deleted_at, number)
