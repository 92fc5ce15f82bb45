"""Import and merge workbooks from other laptops: nothing lost, nothing twice.

All files are imported in one transaction: all or nothing. Each file is
streamed (see ``import_reader``; a big one is read in a second process): its rows are checked, converted and merged a
chunk at a time, so memory stays flat; a problem anywhere rolls everything
back. New records are inserted; an unchanged record is skipped; a later
revision replaces the local one (history kept); two different edits of the
same record are a conflict, kept for review. A row whose content no longer
matches its manifest hash was edited outside fieldkit: reported, and applied
as a new revision only when asked (``accept_edits``). A deleted record (a line
of the manifest's deletions) is decided on like a revision: it marks the local
record deleted (history kept, restorable), is old news, or is a conflict with
an edit made elsewhere. A backup of the database
as it was is taken before the first change (never for a dry run, nor for an
import that changes nothing).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from fieldkit.domain.form import Form
from fieldkit.domain.merge import CONFLICT, INSERT, UPDATE, Version, decide, deletion_marker
from fieldkit.domain.messages import Message
from fieldkit.domain.validation import record_title
from fieldkit.services.import_reader import Arrival, FileReader, ImportRefused
from fieldkit.services.unique_clash import UniqueIndex, settle_clash
from fieldkit.services.workspace import Workspace
from fieldkit.store import exchange as exchange_store
from fieldkit.store import forms as form_store
from fieldkit.store import records as record_store
from fieldkit.store.audit import log_action
from fieldkit.store.database import transaction
from fieldkit.store.deletions import IncomingDeletion, apply_deletions
from fieldkit.store.exchange import IncomingRecord

__all__ = ["ImportRefused", "ImportSummary", "merge_workbooks", "open_conflicts", "resolve_conflict"]

Progress = Callable[[int, int], None]


class _DryRun(Exception):
    pass


@dataclass
class ImportSummary:
    files: list[str] = field(default_factory=list)
    inserted: int = 0
    updated: int = 0
    unchanged: int = 0
    conflicts: int = 0
    edited_outside: int = 0
    refused: int = 0
    deleted: int = 0  # records marked deleted by a deletion that arrived
    dry_run: bool = False
    conflict_uuids: list[str] = field(default_factory=list)
    edited_uuids: list[str] = field(default_factory=list)
    refused_reasons: list[str] = field(default_factory=list)
    new_devices: list[tuple[str, str]] = field(default_factory=list)  # (name, key fingerprint): trusted on first use

    def line(self, *, with_devices: bool = True) -> str:
        head = "dry run, nothing written: " if self.dry_run else ""
        trusted = "would be trusted" if self.dry_run else "trusted"
        devices = "".join(f"; new laptop {name}, key fingerprint {key}, {trusted} on first use"
                          for name, key in self.new_devices) if with_devices else ""
        return (f"{head}{self.inserted} inserted, {self.updated} updated, {self.unchanged} unchanged, "
                f"{self.conflicts} conflicts, {self.edited_outside} edited outside fieldkit, {self.refused} refused, "
                f"{self.deleted} deleted{devices}")


def merge_workbooks(
    workspace: Workspace,
    files: list[Path],
    *,
    dry_run: bool = False,
    accept_edits: bool = False,
    password: str | None = None,
    progress: Progress | None = None,
    cancelled: Callable[[], bool] = lambda: False,
    parallel: bool | None = False,
) -> ImportSummary:
    """Import every file, all or nothing; return what happened to each record.

    ``parallel``: read each file's sheets in this process (False), in a second process (True), or
    as its size says (None, see ``exchange.spawned.worth_a_process``): what the command and the
    window do. A second process is started with multiprocessing's "spawn", which runs the main
    module again, so a script asking for it needs ``if __name__ == "__main__":``; hence not by
    default."""
    summary = ImportSummary(files=[Path(f).name for f in files], dry_run=dry_run)
    readers = [FileReader(workspace, Path(f), password, parallel=parallel) for f in files]
    try:
        for reader in readers:  # every file is ours and readable before anything is read in full
            reader.open()
        total = sum(reader.records_announced for reader in readers)
        done = 0

        def advance(step: int) -> None:
            nonlocal done
            done += step
            if cancelled():
                raise ImportRefused(Message("import cancelled; nothing was changed"))
            if progress:
                progress(done, max(total, done))

        merger = _Merger(workspace, accept_edits, summary, backup_first=not dry_run)
        try:
            with transaction(workspace.db):
                for reader in readers:
                    merger.merge_file(reader, advance)
                if dry_run:
                    raise _DryRun()
        except _DryRun:
            pass
        except BaseException:
            if merger.backup is not None:  # nothing changed after all: the backup is of no use
                merger.backup.unlink(missing_ok=True)
            raise
        if merger.backup is not None:
            from fieldkit.services.backup import keep_last

            keep_last(workspace)
    finally:
        for reader in readers:
            reader.close()
        workspace.forget_forms()
    return summary


class _Merger:
    """Merges arrivals into the database, a chunk at a time, inside the import's transaction."""

    def __init__(self, workspace: Workspace, accept_edits: bool, summary: ImportSummary, *,
                 backup_first: bool) -> None:
        self.workspace = workspace
        self.db = workspace.db
        self.accept_edits = accept_edits
        self.summary = summary
        self.backup_pending = backup_first
        self.backup: Path | None = None
        self.unique = UniqueIndex(workspace, self._form_of)

    def _form_of(self, form_id: str, version: str) -> Form | None:
        """A form version rows may name: installed here, or new in the file being merged."""
        new = self.reader.new_forms.get((form_id, version))
        if new is not None:
            return new[0]
        try:
            return self.workspace.form(form_id, version)
        except KeyError:
            return None

    def _before_change(self) -> None:
        if self.backup_pending:
            from fieldkit.services.backup import backup_committed

            # A merge that changes anything can be undone.
            self.backup = backup_committed(self.workspace, reason="before-import")
            self.backup_pending = False

    def merge_file(self, reader: FileReader, advance: Callable[[int], None]) -> None:
        self.source = reader.name
        self.reader = reader
        self.counts = {"inserted": 0, "updated": 0, "unchanged": 0, "conflicts": 0, "edited_outside": 0,
                       "refused": 0, "deleted": 0}
        from fieldkit.services import devices

        problem = devices.key_problem(self.workspace, reader.signer, reader.name)
        if problem is not None:  # (another file of this import pinned that laptop's key)
            raise ImportRefused(Message("{file}, {detail}", file=reader.name, detail=problem))
        reader.read(self.merge, advance, self.merge_deletions)
        new_laptop = devices.admit(self.workspace, reader.signer)  # (its signature was checked as it was read)
        if new_laptop:
            self.summary.new_devices.append((reader.signer.name or reader.signer.device_id,
                                             reader.signer.fingerprint))
        db = self.db
        for (form_id, version), (form, source) in reader.new_forms.items():
            if form_store.get_form_source(db, form_id, version) is None:
                self._before_change()
                form_store.put_form(db, form_id, version, form.title, source.to_json(), "")
                log_action(db, "form_add", self.workspace.device_id, form_id=form_id,
                           detail={"version": version, "file": reader.name, "from": "import"})
        self.counts["unchanged"] += reader.untouched
        log_action(db, "import", self.workspace.device_id,
                   detail={"file": reader.name, **self.counts, "signed_by": reader.signer.device_id,
                           "key": reader.signer.fingerprint, "new_laptop": new_laptop})
        for key, value in self.counts.items():
            setattr(self.summary, key, getattr(self.summary, key) + value)

    def merge(self, arrivals: list[Arrival]) -> None:
        """Decide and write one chunk (the next chunk sees this one's writes)."""
        db, counts, summary = self.db, self.counts, self.summary
        local = exchange_store.local_versions(db, [a.record.uuid for a in arrivals])
        writes: list[IncomingRecord] = []
        replacing: list[str] = []
        learnt: list[tuple[str, int, str]] = []
        restored: list[IncomingRecord] = []
        for arrival in arrivals:
            record = arrival.record
            clash: tuple[str, str] | None = None
            if arrival.edited:
                counts["edited_outside"] += 1
                summary.edited_uuids.append(record.uuid)
                if not self.accept_edits:
                    continue
                # Applied as a new revision on top of the one the manifest vouches for.
                record = record._replace(revision=record.revision + 1,
                                         ancestors=record.ancestors | {(record.revision + 1, record.sha256)})
                self._before_change()
                log_action(db, "import", self.workspace.device_id, record_uuid=record.uuid, form_id=record.form_id,
                           revision=record.revision, detail={"file": self.source, "edited_outside": True})
            known = local.get(record.uuid)
            if known is not None and known[0] != record.form_id:
                counts["refused"] += 1
                summary.refused_reasons.append(f"{arrival.where}: record {record.uuid} belongs to form {known[0]} "
                                               f"here, not {record.form_id}")
                continue
            version = Version(record.revision, record.sha256, record.ancestors)
            action = decide(known[1] if known else None, version)
            if action in (INSERT, UPDATE):
                clash = self.unique.claim(record)
                if clash is not None:  # another record has its unique answer: held, to be settled
                    action = CONFLICT
            if action == INSERT:
                counts["inserted"] += 1
                writes.append(record)
            elif action == UPDATE:
                counts["updated"] += 1
                writes.append(record)
                replacing.append(record.uuid)
                if known is not None and known[1].sha256 == deletion_marker(record.uuid, known[1].revision):
                    restored.append(record)  # deleted here; restored (or edited again) where it comes from
            elif action == CONFLICT:
                counts["conflicts"] += 1
                summary.conflict_uuids.append(record.uuid)
                self._before_change()
                exchange_store.add_conflict(db, record, self.source, clash)
            else:
                counts["unchanged"] += 1
                learnt.extend(_unknown_ancestors(record.uuid, record.ancestors, known))
        if writes or learnt:
            self._before_change()
        if learnt:
            exchange_store.learn_ancestors(db, learnt)
        exchange_store.apply_incoming(db, writes, replacing=replacing)
        for record in restored:
            log_action(db, "restore", self.workspace.device_id, record_uuid=record.uuid, form_id=record.form_id,
                       revision=record.revision, detail={"file": self.source, "from": "import"})

    def merge_deletions(self, deletions: list[IncomingDeletion]) -> None:
        """Decide and apply a chunk of the file's deleted records, as revisions like any other."""
        db, counts, summary = self.db, self.counts, self.summary
        local = exchange_store.local_versions(db, [d.uuid for d in deletions])
        apply: list[IncomingDeletion] = []
        learnt: list[tuple[str, int, str]] = []
        for deletion in deletions:
            known = local.get(deletion.uuid)
            if known is not None and known[0] != deletion.form_id:
                counts["refused"] += 1
                summary.refused_reasons.append(f"sheet _manifest, row {deletion.row}: deleted record {deletion.uuid} "
                                               f"belongs to form {known[0]} here, not {deletion.form_id}")
                continue
            version = Version(deletion.revision, deletion.sha256, deletion.ancestors)
            action = decide(known[1] if known else None, version)
            if action in (INSERT, UPDATE):
                # (INSERT: a record this database never had; kept as deleted, so that a copy of it
                # arriving from another laptop is old news, not a resurrection.)
                counts["deleted"] += 1
                apply.append(deletion)
            elif action == CONFLICT:
                assert known is not None
                counts["conflicts"] += 1
                summary.conflict_uuids.append(deletion.uuid)
                self._before_change()
                current = record_store.get_record(db, deletion.uuid)
                assert current is not None
                exchange_store.add_conflict(db, IncomingRecord(
                    deletion.uuid, deletion.form_id, current.form_version, deletion.revision, deletion.deleted_at,
                    deletion.deleted_at, self.reader.manifest.values.get("device_id", ""), {}, deletion.sha256,
                    deletion.ancestors), self.source)
            else:
                counts["unchanged"] += 1
                learnt.extend(_unknown_ancestors(deletion.uuid, deletion.ancestors, known))
        if apply or learnt:
            self._before_change()
        if learnt:
            exchange_store.learn_ancestors(db, learnt)
        if apply:
            apply_deletions(db, apply, self.reader.manifest.values.get("device_id", "") or self.workspace.device_id,
                            self.reader.form_versions)
            for deletion in apply:
                log_action(db, "delete", self.workspace.device_id, record_uuid=deletion.uuid,
                           form_id=deletion.form_id, revision=deletion.revision,
                           detail={"file": self.source, "from": "import", "deleted_at": deletion.deleted_at})


def _unknown_ancestors(uuid: str, ancestors: frozenset[tuple[int, str]],
                       known: tuple[str, Version] | None) -> list[tuple[str, int, str]]:
    """An old-news arrival's ancestors this database does not know yet, to learn: a copy of that
    revision stays old news."""
    if known is None:
        return []
    return [(uuid, r, s) for r, s in ancestors if (r, s) not in known[1].ancestors]


def resolve_conflict(workspace: Workspace, conflict_id: int, keep: str, value: str | None = None) -> int:
    """Settle a conflict: keep 'local' or take 'incoming', as a revision above both sides. A side
    that is a deletion (this laptop's, or the incoming one) settles as a deletion of that revision.
    A unique clash (two records, one answer) is settled by ``unique_clash.settle_clash``: 'local',
    'incoming' or 'both' with ``value``, the incoming record's new answer."""
    db = workspace.db
    conflict = next((c for c in exchange_store.open_conflicts(db) if c["id"] == conflict_id), None)
    if conflict is None:
        raise KeyError(f"no open conflict {conflict_id}")
    if conflict["clash_uuid"]:  # (returns how many records followed a new unique answer)
        return settle_clash(workspace, conflict, keep, value)
    if keep not in ("local", "incoming"):
        raise ValueError("keep is 'local' or 'incoming' (keeping both is for records that share a unique answer)")
    current = record_store.get_record(db, conflict["uuid"])
    if current is None:
        raise KeyError(f"record {conflict['uuid']} is gone")
    revision = max(current.revision, conflict["revision"]) + 1
    detail = {"conflict": conflict_id, "kept": keep, "source": conflict["source"]}
    if (current.deleted if keep == "local" else conflict["deleted"]):
        with transaction(db):
            # The deletion kept, above both sides (the local side's revisions are among the record's
            # ancestors already): every laptop takes it as a plain deletion.
            record_store.settle_deletion(db, current.uuid, revision, workspace.device_id, conflict["ancestors"],
                                         detail)
            exchange_store.resolve_conflict_row(db, conflict_id, keep)
        return 0
    chosen, form_version = ((current.data, current.form_version) if keep == "local"
                            else (conflict["data"], conflict["form_version"]))
    form = workspace.form(current.form_id, form_version)
    with transaction(db):
        # Both sides' histories become ancestors of the settled revision, so the
        # other laptop takes it as an update, not as a new conflict.
        record_store.settle(db, current.uuid, chosen, form_version, revision,
                            record_title(form, chosen), workspace.device_id, conflict["ancestors"], detail=detail)
        exchange_store.resolve_conflict_row(db, conflict_id, keep)
    return 0


def open_conflicts(workspace: Workspace) -> list[dict[str, Any]]:
    """Conflicts waiting for a decision, oldest first, each with the incoming data."""
    return exchange_store.open_conflicts(workspace.db)
