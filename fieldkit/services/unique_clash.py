"""Answers that must be unique (the XLSForm ``unique`` column) across every merged record.

A laptop refuses a second training event with an ``event_code`` it already has,
but two laptops can each register ``TE-2026-01``: at HQ the reports would then
join both events' pre/post tests to one code. So an arrival whose unique answer
another live record has already (from this database, or from an earlier file or
row of the same import) is not merged: it is held as a conflict, beside the
record it clashes with, until the user says what the two are:

- ``local``: one event recorded twice, the local record is the one; the arrival
  is stored, then deleted as its duplicate (history kept, restorable, audited),
  so the same arrival from that laptop is old news from then on;
- ``incoming``: one event recorded twice, the arrival is the one; the local
  record is deleted as its duplicate;
- ``both`` with a new answer: two events; the arrival is stored and gets the
  new answer as a revision above it (checked by the form's rules and unique
  too), which its laptop then takes as a plain update. The records of other
  forms that came from the same laptop and name the old answer in a field of
  the same name (its pre/post tests' ``event_code``) are its own: they get the
  new answer too, each as a revision (audited), so the reports join them to
  the right event. (Tests of that laptop that arrive later with the old code
  still join the other event: the laptop should take HQ's file, or correct
  them.)
"""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any, NamedTuple

from fieldkit.domain.conformance import problems
from fieldkit.domain.form import Form
from fieldkit.domain.messages import Message
from fieldkit.domain.validation import record_title
from fieldkit.services.workspace import Workspace
from fieldkit.store import exchange as exchange_store
from fieldkit.store import records as record_store
from fieldkit.store.database import transaction
from fieldkit.store.exchange import IncomingRecord

__all__ = ["Clash", "ClashRefused", "UniqueIndex", "find_clashes", "hold_clashes", "settle_clash"]

KEEPS = ("local", "incoming", "both")


class ClashRefused(ValueError):
    """A settlement that cannot be made (a new answer missing, invalid or taken); nothing changed."""


def _key(value: Any) -> str:
    return str(value).strip().casefold()


class UniqueIndex:
    """The unique answers of the live records, per form and field, loaded once per import and kept
    up to date as the import accepts records."""

    def __init__(self, workspace: Workspace, form_of: Callable[[str, str], Form | None]) -> None:
        self.db = workspace.db
        self.form_of = form_of
        self._fields: dict[tuple[str, str], tuple[str, ...]] = {}
        self._owner: dict[tuple[str, str], dict[str, str]] = {}  # (form, field) -> answer -> uuid
        self._answer: dict[tuple[str, str], dict[str, str]] = {}  # (form, field) -> uuid -> answer
        self._deleted: dict[str, set[str]] = {}  # form -> uuids deleted here

    def fields(self, form_id: str, version: str) -> tuple[str, ...]:
        found = self._fields.get((form_id, version))
        if found is None:
            form = self.form_of(form_id, version)
            found = tuple(q.name for q in form.questions if q.unique and not q.repeats) if form else ()
            self._fields[(form_id, version)] = found
        return found

    def _load(self, form_id: str, field: str) -> tuple[dict[str, str], dict[str, str]]:
        if (form_id, field) not in self._owner:
            owner: dict[str, str] = {}
            answer: dict[str, str] = {}
            deleted = self._deleted.setdefault(form_id, set())
            for uuid, value, is_deleted in exchange_store.unique_answers(self.db, form_id, field):
                if is_deleted:
                    deleted.add(uuid)
                elif value not in (None, ""):
                    owner[_key(value)] = uuid
                    answer[uuid] = _key(value)
            self._owner[(form_id, field)], self._answer[(form_id, field)] = owner, answer
        return self._owner[(form_id, field)], self._answer[(form_id, field)]

    def claim(self, record: IncomingRecord) -> tuple[str, str] | None:
        """(uuid, field) of another live record holding one of ``record``'s unique answers; None when
        there is none, and then the answers are ``record``'s from now on."""
        fields = self.fields(record.form_id, record.form_version)
        if not fields:
            return None
        data = record.data if record.data is not None else json.loads(record.data_json or "{}")
        wanted: list[tuple[str, str | None]] = []
        for field in fields:
            owner, _ = self._load(record.form_id, field)
            if record.uuid in self._deleted.get(record.form_id, ()):
                return None  # stays deleted here: its answers are no one's
            value = data.get(field)
            key = None if value in (None, "") else _key(value)
            other = owner.get(key) if key is not None else None
            if other is not None and other != record.uuid:
                return other, field
            wanted.append((field, key))
        for field, key in wanted:
            owner, answer = self._load(record.form_id, field)
            old = answer.pop(record.uuid, None)
            if old is not None and owner.get(old) == record.uuid:
                del owner[old]
            if key is not None:
                owner[key], answer[record.uuid] = record.uuid, key
        return None


class Clash(NamedTuple):
    """Two live final records already stored with one unique answer: ``held`` (the later one) is to
    be settled against ``kept`` (the earliest with that answer)."""

    form_id: str
    field: str
    value: Any
    held: str
    kept: str


def find_clashes(workspace: Workspace) -> list[Clash]:
    """Unique answers that live final records stored here share already: clashes merged before HQ
    checked unique answers across laptops (an import checks only what arrives). Reads only."""
    db = workspace.db
    found: list[Clash] = []
    for info in workspace.form_infos():
        fields: set[str] = set()
        for version in info.versions:
            try:
                fields.update(q.name for q in workspace.form(info.form_id, version).questions
                              if q.unique and not q.repeats)
            except KeyError:
                continue
        for field in sorted(fields):
            holders: dict[str, list[tuple[str, str, Any]]] = {}
            for uuid, created_at, value in exchange_store.live_final_answers(db, info.form_id, field):
                if value not in (None, ""):
                    holders.setdefault(_key(value), []).append((created_at, uuid, value))
            for same in holders.values():
                same.sort()
                found += [Clash(info.form_id, field, value, uuid, same[0][1]) for _, uuid, value in same[1:]]
    return found


def hold_clashes(workspace: Workspace) -> list[Clash]:
    """Hold each clash ``find_clashes`` finds as a conflict to settle (``fieldkit conflicts ID --keep
    ...``, the conflicts view), as an arrival's would be; both records stay as they are (and in the
    reports) until it is settled. A clash held already is not held twice. Returns those newly held."""
    db = workspace.db
    held: list[Clash] = []
    with transaction(db):
        already = {uuid for (uuid,) in db.execute(
            "SELECT uuid FROM conflicts WHERE resolved_at IS NULL AND clash_uuid IS NOT NULL")}
        for clash in find_clashes(workspace):
            record = exchange_store.stored_as_incoming(db, clash.held)
            if record is None or clash.held in already:
                continue
            exchange_store.add_conflict(db, record, "this database", clash=(clash.kept, clash.field))
            already.add(clash.held)
            held.append(clash)
    return held


def settle_clash(workspace: Workspace, conflict: dict[str, Any], keep: str, value: str | None = None) -> int:
    """Settle a unique clash as ``keep`` says (see the module's text); ClashRefused if it cannot be.
    Returns how many records of the arrival's laptop were given the new answer with it."""
    if keep not in KEEPS:
        raise ValueError(f"keep is one of {', '.join(KEEPS)}")
    db = workspace.db
    form = workspace.form(conflict["form_id"], conflict["form_version"])
    field, other, uuid = conflict["clash_field"], conflict["clash_uuid"], conflict["uuid"]
    data = conflict["data"]
    renamed: dict[str, Any] | None = None
    moved = 0
    if keep == "both":
        renamed = {**data, field: (value or "").strip()}
        if not renamed[field]:
            raise ClashRefused(Message("give the incoming record another {field} to keep both", field=field))
        found = problems(form, renamed)
        if found:
            raise ClashRefused(Message("{field} {value!r}: {problem}", field=found[0][0], value=renamed[field],
                                       problem=found[0][1]))
        if record_store.find_duplicates(db, form.form_id, field, renamed[field], uuid):
            raise ClashRefused(Message("{field} {value!r} is taken by another record too", field=field,
                                       value=renamed[field]))
    arrival = IncomingRecord(uuid, conflict["form_id"], conflict["form_version"], conflict["revision"],
                             conflict["created_at"] or conflict["updated_at"], conflict["updated_at"],
                             conflict["device_id"], data, conflict["sha256"], frozenset(conflict["ancestors"]),
                             record_title(form, data))
    detail = {"conflict": conflict["id"], "kept": keep, "source": conflict["source"], "field": field}
    with transaction(db):
        exists = db.execute("SELECT 1 FROM records WHERE uuid = ?", [uuid]).fetchone() is not None
        exchange_store.apply_incoming(db, [arrival], replacing=[uuid] if exists else [])
        if keep == "local":
            exchange_store.mark_duplicate(db, uuid, workspace.device_id, {**detail, "duplicate_of": other})
        elif keep == "incoming":
            exchange_store.mark_duplicate(db, other, workspace.device_id, {**detail, "duplicate_of": uuid})
        else:
            assert renamed is not None
            record_store.settle(db, uuid, renamed, conflict["form_version"], conflict["revision"] + 1,
                                record_title(form, renamed), workspace.device_id, frozenset(conflict["ancestors"]),
                                detail={**detail, "was": data.get(field), "now": renamed[field]})
            moved = _follow(workspace, conflict, data.get(field), renamed[field], detail)
        exchange_store.resolve_conflict_row(db, conflict["id"], keep if keep != "both" else f"both:{renamed[field]}")
    return moved if keep == "both" else 0


def _follow(workspace: Workspace, conflict: dict[str, Any], old: Any, new: str, detail: dict[str, Any]) -> int:
    """Give ``new`` to the live records of other forms, from the arrival's laptop, whose field of the
    clash's name holds ``old`` (inside the settling transaction); how many there were."""
    db, field = workspace.db, conflict["clash_field"]
    moved = 0
    for info in workspace.form_infos():
        if info.form_id == conflict["form_id"]:
            continue
        for uuid in exchange_store.records_naming(db, info.form_id, field, old, conflict["device_id"]):
            record = record_store.get_record(db, uuid)
            if record is None:
                continue
            try:
                form = workspace.form(record.form_id, record.form_version)
            except KeyError:
                continue
            if not form.has(field):
                continue
            data = {**record.data, field: new}
            record_store.settle(db, uuid, data, record.form_version, record.revision + 1, record_title(form, data),
                                workspace.device_id, frozenset(), detail={**detail, "was": old, "now": new})
            moved += 1
    return moved
