"""Withdrawn consent: the content of a record's earlier revisions is erased, in the save's transaction.

A revision saved final whose ``consent`` answer is ``no`` withdraws what the person said before:
the answers of every earlier revision (sealed values included) are erased from history, and so is
a pending edit of the record and the versions kept by settled conflicts. History keeps that each
revision existed: its number, time, device, status and form version (and, in ``record_ancestors``,
the content hash of each final one, which merging needs). The writes run with SQLite's
``secure_delete`` on, so the erased text is overwritten with zeros in the database's pages
(SQLCipher encrypts the zeroed pages like any other) instead of lingering in free space, and
after the commit the write-ahead log, whose older frames still hold them, is checkpointed and
emptied (when no other connection is reading).
"""

from __future__ import annotations

import contextlib
import json
from collections.abc import Iterator
from typing import Any

import sqlite_utils

from fieldkit.domain.consent import withdraws_consent
from fieldkit.store.audit import log_action

__all__ = ["ERASED", "erase_earlier_revisions", "secure_delete", "withdrawn_among"]

#: What an erased revision holds in history instead of its answers.
ERASED = "{}"


@contextlib.contextmanager
def secure_delete(db: sqlite_utils.Database, on: bool = True) -> Iterator[None]:
    """Deleted and replaced content is overwritten with zeros while inside (when ``on``)."""
    if not on:
        yield
        return
    before = db.conn.execute("PRAGMA secure_delete").fetchone()[0]
    db.conn.execute("PRAGMA secure_delete = ON")
    try:
        yield
    finally:
        db.conn.execute(f"PRAGMA secure_delete = {int(before)}")


def withdrawn_among(rows: list[tuple[str, dict[str, Any] | None, str | None]]) -> list[str]:
    """The uuids among (uuid, data, data as JSON) whose answers withdraw consent."""
    found = []
    for uuid, data, dumped in rows:
        if data is None:
            if not dumped or '"consent":"no"' not in dumped.replace(" ", ""):
                continue  # (cheap: most records of an import do not withdraw anything)
            data = json.loads(dumped)
        if withdraws_consent(data):
            found.append(uuid)
    return found


def erase_earlier_revisions(db: sqlite_utils.Database, uuids: list[str], device_id: str, *,
                            settling: bool = False) -> int:
    """Erase the content of every revision of ``uuids`` but the current one (inside a transaction,
    under ``secure_delete``); return how many revisions were erased. Audited per record.

    An open conflict keeps both versions (settling it needs them) unless ``settling``: the
    withdrawal is the conflict's settlement."""
    erased = 0
    for uuid in uuids:
        row = db.execute("SELECT revision, form_id FROM records WHERE uuid = ?", [uuid]).fetchone()
        if row is None:
            continue
        revision, form_id = row
        count = db.execute("UPDATE record_history SET data = ? WHERE uuid = ? AND revision < ? "
                           "AND (data IS NULL OR data <> ?)", [ERASED, uuid, revision, ERASED]).rowcount
        pending = db.execute("DELETE FROM pending_edits WHERE uuid = ?", [uuid]).rowcount
        db.execute("UPDATE conflicts SET data = ? WHERE uuid = ? AND (resolved_at IS NOT NULL OR ?)",
                   [ERASED, uuid, int(settling)])
        if count or pending:
            log_action(db, "withdraw", device_id, record_uuid=uuid, form_id=form_id, revision=revision,
                       detail={"revisions_erased": count, "pending_edit_erased": bool(pending)})
        erased += count
    if erased:
        db.fieldkit_erased = True  # the journal is emptied after the commit (store.database.transaction)
    return erased
