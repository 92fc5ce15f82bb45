"""Backups: before every import, once a day, and on demand; restore checked first."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from fieldkit.domain.messages import Message
from fieldkit.domain.records import utc_now
from fieldkit.services.workspace import Workspace
from fieldkit.store.audit import log_action
from fieldkit.store.database import meta_get, meta_set, open_database, transaction
from fieldkit.store.errors import StoreError
from fieldkit.store.maintenance import CheckReport, backup_to, check_database, copy_into

__all__ = ["KEEP", "backup", "backup_committed", "keep_last", "backups_dir", "check", "daily_backup_if_due", "restore"]

KEEP = 10


def backups_dir(workspace: Workspace) -> Path:
    return workspace.path.parent / "backups"


def check(workspace: Workspace) -> CheckReport:
    return check_database(workspace.db)


def backup(workspace: Workspace, out: Path | None = None, *, reason: str = "manual") -> Path:
    """Write a consistent, encrypted copy of the database; keep the last KEEP automatic ones."""
    stamp = dt.datetime.now(dt.timezone.utc).strftime("%Y%m%dT%H%M%S%fZ")
    target = Path(out) if out else backups_dir(workspace) / f"{workspace.path.stem}-{stamp}-{reason}.db"
    backup_to(workspace.db, target, workspace._passphrase)
    with transaction(workspace.db):
        meta_set(workspace.db, "last_backup_at", utc_now())
    if out is None:
        keep_last(workspace)
    return target


def backup_committed(workspace: Workspace, *, reason: str) -> Path:
    """A backup of the database as last committed, for use inside a write transaction of ``workspace``
    (an import's): it is read through a connection of its own, which does not see the transaction.
    The caller calls ``keep_last`` once its transaction is committed, or deletes the backup if not."""
    stamp = dt.datetime.now(dt.timezone.utc).strftime("%Y%m%dT%H%M%S%fZ")
    target = backups_dir(workspace) / f"{workspace.path.stem}-{stamp}-{reason}.db"
    other = open_database(workspace.path, workspace._passphrase)
    try:
        backup_to(other, target, workspace._passphrase)
    finally:
        other.close()
    meta_set(workspace.db, "last_backup_at", utc_now())  # in the caller's transaction
    return target


def keep_last(workspace: Workspace) -> None:
    """Delete the automatic backups beyond the last KEEP."""
    kept = sorted(backups_dir(workspace).glob(f"{workspace.path.stem}-*.db"))
    for old in kept[:-KEEP]:
        old.unlink(missing_ok=True)


def daily_backup_if_due(workspace: Workspace) -> Path | None:
    """A backup when the last one is more than a day old (and there is something to keep)."""
    last = meta_get(workspace.db, "last_backup_at")
    if last:
        then = dt.datetime.fromisoformat(last.replace("Z", "+00:00"))
        if dt.datetime.now(dt.timezone.utc) - then < dt.timedelta(days=1):
            return None
    if workspace.db.execute("SELECT count(*) FROM records").fetchone()[0] == 0:
        return None
    return backup(workspace, reason="daily")


def restore(workspace: Workspace, source: Path) -> Path:
    """Replace the database with a backup, after checking it; the current state is backed up first."""
    source = Path(source)
    if not source.is_file():
        raise StoreError(Message("{file}: no such backup", file=str(source)))
    candidate = open_database(source, workspace._passphrase)
    try:
        report = check_database(candidate)
    finally:
        candidate.close()
    if not report.ok:
        raise StoreError(Message("{file} fails its check ({problem}); nothing was restored", file=source.name,
                                 problem=report.problems[0]))
    safety = backup(workspace, reason="before-restore")
    copy_into(source, workspace.db, workspace._passphrase)
    workspace.forget_forms()
    with transaction(workspace.db):
        log_action(workspace.db, "restore", workspace.device_id, detail={"from": source.name, "saved": safety.name})
    return safety
