"""Look for a clear string on disk while an export runs and after it is killed (tests, bench/export_memory.py).

``scan`` reads every file under some folders, and every regular file the export's processes have open
(``/proc/PID/fd``, Linux: that is where a file without a name in the temp folder is, which a power cut
leaves behind on Windows), and looks for the canary in the raw bytes and inside every zip part it
finds, even in a zip that is half written (each local entry is inflated as far as it goes).
"""

from __future__ import annotations

import os
import subprocess
import sys
import time
import zlib
from pathlib import Path

CANARY = "zqxcanaryvw"  # lower case, no digits: nothing a scrubber takes for a name or an ID
LAPTOP_PASSPHRASE = "laptop passphrase for kills"
EXPORT_PASSWORD = "export password 2026"


def kii_laptop(folder: Path, count: int) -> tuple[Path, Path]:
    """A database of ``count`` final KII records whose notes carry the canary (bulk inserted); its config."""
    config = folder / "config"
    os.environ["FIELDKIT_CONFIG_DIR"] = str(config)
    from fieldkit.domain.digest import content_hash
    from fieldkit.domain.records import utc_now
    from fieldkit.services.workspace import Workspace
    from fieldkit.store.database import transaction
    from fieldkit.store.exchange import IncomingRecord, apply_incoming

    db = folder / "laptop.db"
    with Workspace.open(db, LAPTOP_PASSPHRASE) as workspace:
        version = workspace.form("kii").version
        now = utc_now()
        batch = []
        for i in range(count):
            data = {"interview_date": "2026-11-02", "place": "baku", "mode": "in_person", "institutions": ["MFA"],
                    "women": 1, "men": 2, "duration_min": 1 + i % 600, "interpreter": "no", "consent": "yes",
                    "relevance": f"the project {CANARY} mattered to the shelter, said respondent number {i}",
                    "quotes": f"{CANARY} quote {i}"}
            sha = content_hash(data)
            batch.append(IncomingRecord(f"{i:08d}-0000-4000-8000-000000000000", "kii", version, 1, now, now,
                                        workspace.device_id, data, sha, frozenset({(1, sha)})))
            if len(batch) == 5000:
                with transaction(workspace.db):
                    apply_incoming(workspace.db, batch)
                batch = []
        if batch:
            with transaction(workspace.db):
                apply_incoming(workspace.db, batch)
    return db, config


def start_export(db: Path, config: Path, target: Path, temp: Path, *, password: str | None = EXPORT_PASSWORD):
    """``fieldkit export`` in a fresh process, its temp folder ``temp``, the password from the environment."""
    env = dict(os.environ, FIELDKIT_CONFIG_DIR=str(config), FIELDKIT_PASSPHRASE=LAPTOP_PASSPHRASE,
               TMPDIR=str(temp), TEMP=str(temp), TMP=str(temp))
    env.pop("FIELDKIT_EXPORT_PASSWORD", None)
    args = [sys.executable, "-m", "fieldkit", "--db", str(db), "export", "--out", str(target)]
    if password:
        env["FIELDKIT_EXPORT_PASSWORD"] = password
    else:
        args.append("--no-password")
    return subprocess.Popen(args, stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env)


def process_tree(pid: int) -> list[int]:
    """``pid`` and its descendants (Linux /proc; just ``pid`` elsewhere)."""
    if not Path("/proc").is_dir():
        return [pid]
    parents: dict[int, int] = {}
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                stat = (entry / "stat").read_text()
                parents[int(entry.name)] = int(stat.rsplit(")", 1)[1].split()[1])
            except (OSError, ValueError, IndexError):
                continue
    tree, frontier = [pid], [pid]
    while frontier:
        children = [child for child, parent in parents.items() if parent in frontier]
        tree += children
        frontier = children
    return tree


def open_files(pids: list[int]) -> list[Path]:
    """The regular files the processes have open, deleted ones included (Linux)."""
    found = []
    for pid in pids:
        folder = Path(f"/proc/{pid}/fd")
        try:
            entries = list(folder.iterdir())
        except OSError:
            continue
        for entry in entries:
            try:
                target = os.readlink(entry)
            except OSError:
                continue
            if target.startswith("/") and not target.startswith("/dev/"):
                found.append(entry)
    return found


def leaks(data: bytes, canary: str = CANARY) -> bool:
    """Whether ``data`` holds the canary in clear, or inside a zip part (complete or cut short)."""
    needle = canary.encode("utf-8")
    if needle in data:
        return True
    at = data.find(b"PK\x03\x04")
    while at != -1:
        header = data[at:at + 30]
        if len(header) == 30 and header[8:10] == b"\x08\x00":  # deflated
            start = at + 30 + int.from_bytes(header[26:28], "little") + int.from_bytes(header[28:30], "little")
            inflater = zlib.decompressobj(-15)
            try:
                if needle in inflater.decompress(data[start:], 1 << 30):
                    return True
            except zlib.error:
                pass
        at = data.find(b"PK\x03\x04", at + 4)
    return False


def files_under(*folders: Path) -> list[Path]:
    return [path for folder in folders if folder.exists() for path in folder.rglob("*") if path.is_file()]


def leaking_files(paths: list[Path], canary: str = CANARY) -> list[str]:
    found = []
    for path in paths:
        try:
            data = path.read_bytes()
        except OSError:  # gone between the listing and the read
            continue
        if leaks(data, canary):
            found.append(str(path) if not str(path).startswith("/proc/") else f"{path} -> {_link(path)}")
    return found


def watch(process, folders: list[Path], until: float, *, database: Path) -> tuple[list[str], int]:
    """Scan the folders and the processes' open files until ``until`` (or the export ends): what leaked, and
    how many scans were made. The database and its journal are skipped (SQLCipher; tested elsewhere)."""
    leaked: list[str] = []
    scans = 0
    skip = {str(database), f"{database}-wal", f"{database}-shm", f"{database}-journal"}
    while time.monotonic() < until and process.poll() is None:
        pids = process_tree(process.pid)
        handles = [h for h in open_files(pids) if _link(h) not in skip]
        leaked += leaking_files(files_under(*folders) + handles)
        scans += 1
    return leaked, scans


def _link(path: Path) -> str:
    try:
        return os.readlink(path)
    except OSError:
        return ""


def wait_gone(pids: list[int], seconds: float = 10.0) -> None:
    """Wait until the processes have ended (a spawned writer notices its parent is gone within half a second)."""
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline and any(Path(f"/proc/{pid}").exists() and _alive(pid) for pid in pids):
        time.sleep(0.05)


def _alive(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except (OSError, IndexError):
        return False
    return state != "Z"


def trial_encrypted_export(folder: Path, rng, db: Path, config: Path, *, longest: float) -> str:
    """``fieldkit export`` with a password, watched on disk and killed after up to ``longest`` seconds;
    AssertionError if a clear byte was seen then or is left after."""
    usb, temp = folder / "usb", folder / "temp"
    usb.mkdir()
    temp.mkdir()
    process = start_export(db, config, usb / "sealed.xlsx", temp)
    moment = rng.uniform(0.3, longest)
    leaked, scans = watch(process, [usb, temp], time.monotonic() + moment, database=db)
    pids = process_tree(process.pid)
    process.kill()  # SIGKILL: no clean-up runs in the parent; its writer process notices and stops
    process.communicate(timeout=60)
    wait_gone(pids)
    leaked += leaking_files(files_under(usb, temp))
    assert leaked == [], sorted(set(leaked))
    left = files_under(usb)
    assert all(p.name == "sealed.xlsx" or p.name.endswith(".part") for p in left), left
    if (usb / "sealed.xlsx").exists():  # then it is the whole export, encrypted
        from fieldkit.exchange.encryption import is_encrypted

        assert is_encrypted(usb / "sealed.xlsx")
        return f"encrypted export: killed after {moment:.1f} s, complete and encrypted, {scans} scans, nothing clear"
    return f"encrypted export: killed after {moment:.1f} s, no file, {scans} scans, nothing clear"
