"""Backups: before every import, once a day, and on demand; restore checked first.

Every backup is checked before it takes its name (a damaged database is never copied), so the newest
file in ``backups/`` that still passes ``verify_backup`` is the one to restore. Backup names are
bounded (a long database name is shortened, with a digest of it) so they stay valid on Windows.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from dataclasses import dataclass
from pathlib import Path

from fieldkit.domain.messages import Message
from fieldkit.domain.records import utc_now
from fieldkit.services.workspace import Workspace
from fieldkit.store.audit import log_action
from fieldkit.store.database import meta_get, meta_set, open_database, transaction
from fieldkit.store.errors import DatabaseBusy, DatabaseDamaged, DiskFull, ReadOnlyDatabase, StoreError, WrongPassphrase
from fieldkit.store.integrity import damage_marker, mark_damaged
from fieldkit.store.maintenance import (CheckReport, backup_to, check_database, copy_file_as_is, install_staged,
                                        refuse_if_open_elsewhere, stage_backup, verify_backup)

__all__ = ["KEEP", "CheckOutcome", "backup", "backup_committed", "backup_name_stem", "keep_last", "backups_dir",
           "check", "check_file", "daily_backup_if_due", "latest_good_backup", "restore", "restore_file"]

KEEP = 10
_STEM_MAX = 40  # + "-" + 22-character stamp + "-" + reason + ".db": well under 255 per name


def backups_dir(workspace: Workspace | Path) -> Path:
    path = workspace.path if isinstance(workspace, Workspace) else Path(workspace)
    return path.parent / "backups"


def backup_name_stem(path: Path) -> str:
    """The database's name as its backups start: whole if short, else cut with 8 hex of its digest."""
    stem = Path(path).stem
    if len(stem) <= _STEM_MAX:
        return stem
    digest = hashlib.sha256(stem.encode("utf-8")).hexdigest()[:8]
    return f"{stem[:_STEM_MAX - 9]}-{digest}"


def _target(path: Path, reason: str) -> Path:
    stamp = dt.datetime.now(dt.timezone.utc).strftime("%Y%m%dT%H%M%S%fZ")
    return backups_dir(path) / f"{backup_name_stem(path)}-{stamp}-{reason}.db"


def _ours(path: Path) -> list[Path]:
    """The backups of the database at ``path``, oldest first (their names sort by time)."""
    folder = backups_dir(path)
    stem = backup_name_stem(path)
    return sorted(p for p in folder.glob(f"{stem}-*.db") if p.name[len(stem) + 1:][:1].isdigit())


def check(workspace: Workspace) -> CheckReport:
    return check_database(workspace.db)


@dataclass
class CheckOutcome:
    report: CheckReport
    damaged: bool
    good_backup: Path | None


def check_file(path: Path, passphrase: str) -> CheckOutcome:
    """``fieldkit check``: the database's pages and records; when damaged, the latest good backup."""
    path = Path(path)
    try:
        db = open_database(path, passphrase, damaged_ok=True)
    except DatabaseDamaged as exc:
        return CheckOutcome(CheckReport(problems=[str(exc)]), True, latest_good_backup(path, passphrase))
    except WrongPassphrase:
        found = salt_damage(path, passphrase)
        if found is None:
            raise
        return CheckOutcome(CheckReport(problems=[str(found)]), True, latest_good_backup(path, passphrase))
    try:
        report = check_database(db)
    finally:
        db.close()
    damaged = any(p.startswith(("page:", "sqlite:")) for p in report.problems)
    if damaged:
        mark_damaged(path, report.problems[0])
    elif report.ok:  # every page reads and checks (a good copy was put back by hand): writes may resume
        damage_marker(path).unlink(missing_ok=True)
    return CheckOutcome(report, damaged, latest_good_backup(path, passphrase) if not report.ok else None)


def salt_damage(path: Path, passphrase: str) -> DatabaseDamaged | None:
    """A database that refuses ``passphrase`` while its newest backup takes it: no page of the file
    checks because its first 16 bytes (the salt its key is derived with) changed, not because the
    passphrase is wrong. Marked damaged, so the usual advice (check, restore, recover) follows."""
    from fieldkit.store.integrity import damaged, opens_with

    ours = _ours(Path(path))
    if not ours or not opens_with(ours[-1], passphrase):
        return None
    return damaged(Path(path), f"this passphrase opens its backup {ours[-1].name} but not the file: its first "
                               "bytes (the key's salt) are damaged")


def latest_good_backup(path: Path, passphrase: str) -> Path | None:
    """The newest backup of the database at ``path`` that opens with ``passphrase`` and passes its checks."""
    for candidate in reversed(_ours(Path(path))):
        if verify_backup(candidate, passphrase) is None:
            return candidate
    return None


def backup(workspace: Workspace, out: Path | None = None, *, reason: str = "manual") -> Path:
    """Write a consistent, encrypted, checked copy of the database; keep the last KEEP automatic ones.

    A failure leaves no backup behind (the partial file is removed), so an error means nothing was written."""
    target = Path(out) if out else _target(workspace.path, reason)
    backup_to(workspace.db, target, workspace._passphrase)
    try:
        with transaction(workspace.db):
            meta_set(workspace.db, "last_backup_at", utc_now())
    except StoreError as exc:  # busy past the timeout: say so, and leave nothing that says otherwise
        target.unlink(missing_ok=True)
        raise type(exc)(Message("{problem}; no backup was written", problem=exc.args[0])) from None
    if out is None:
        keep_last(workspace)
    return target


def backup_committed(workspace: Workspace, *, reason: str) -> Path:
    """A backup of the database as last committed, for use inside a write transaction of ``workspace``
    (an import's): it is read through a connection of its own, which does not see the transaction.
    The caller calls ``keep_last`` once its transaction is committed, or deletes the backup if not."""
    target = _target(workspace.path, reason)
    other = open_database(workspace.path, workspace._passphrase)
    try:
        backup_to(other, target, workspace._passphrase)
    finally:
        other.close()
    meta_set(workspace.db, "last_backup_at", utc_now())  # in the caller's transaction
    return target


def keep_last(workspace: Workspace | Path) -> None:
    """Delete the automatic backups beyond the last KEEP (every one of them was checked when written)."""
    path = workspace.path if isinstance(workspace, Workspace) else Path(workspace)
    for old in _ours(path)[:-KEEP]:
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


def restore(workspace: Workspace, source: Path) -> Path | None:
    """Replace the open workspace's database with a backup (see ``restore_file``); the workspace stays
    open, on the restored database."""
    workspace.db.close()
    try:
        return restore_file(workspace.path, workspace._passphrase, source, device_id=workspace.device_id)
    finally:
        workspace.db = open_database(workspace.path, workspace._passphrase, damaged_ok=True)
        workspace.forget_forms()


def restore_file(path: Path, passphrase: str, source: Path, *, device_id: str | None = None) -> Path | None:
    """Replace the database at ``path`` (closed; it may be damaged) with the backup ``source``.

    The backup is copied beside the database and checked first (empty, foreign, another passphrase,
    damaged: refused, nothing touched); then the current state is kept in ``backups/`` (a checked backup,
    or a byte copy of a damaged file), then the copy takes the database's place. Returns the kept state."""
    path, source = Path(path), Path(source)
    path.parent.mkdir(parents=True, exist_ok=True)
    refuse_if_open_elsewhere(path, passphrase)  # before anything is written (install asks again)
    staged = stage_backup(source, path, passphrase)
    try:
        safety = _keep_current(path, passphrase)
        install_staged(staged, path, passphrase)
    except BaseException:
        staged.unlink(missing_ok=True)
        raise
    db = open_database(path, passphrase)
    try:
        if device_id is None:
            from fieldkit.services.device import database_device

            device_id = database_device(db).device_id
        with transaction(db):
            log_action(db, "restore", device_id,
                       detail={"from": source.name, "saved": safety.name if safety else None})
    except StoreError:
        pass  # the restore is done (and said so): a database busy this very moment costs only its audit line
    finally:
        db.close()
    keep_last(path)
    return safety


def _keep_current(path: Path, passphrase: str) -> Path | None:
    """The database's state before a restore: a checked backup, or (when it no longer reads whole) a byte
    copy named ``damaged-...``, which is no backup: ``latest_good_backup`` and ``keep_last`` pass it by."""
    target = _target(path, "before-restore")
    as_is = target.with_name(f"damaged-{target.name}")
    if not path.exists():
        return None
    try:
        db = open_database(path, passphrase)
    except (ReadOnlyDatabase, DiskFull, DatabaseBusy):
        raise
    except StoreError:  # damaged, its journal deleted, its first page unreadable: keep the bytes as they are
        return copy_file_as_is(path, as_is)
    try:
        return backup_to(db, target, passphrase)
    except DatabaseDamaged:
        return copy_file_as_is(path, as_is)
    finally:
        db.close()
