"""Kill fieldkit processes at random moments and check what survives (used by tests and bench/kill.py)."""

from __future__ import annotations

import os
import random
import subprocess
import sys
import time
from pathlib import Path

import openpyxl

CHILD = Path(__file__).with_name("child.py")
PASSPHRASE = "stress passphrase"


def spawn(mode: str, db: Path, config: Path, extra: Path | None = None, env: dict | None = None):
    environment = dict(os.environ, FIELDKIT_CONFIG_DIR=str(config), **(env or {}))
    args = [sys.executable, str(CHILD), mode, str(db), PASSPHRASE] + ([str(extra)] if extra else [])
    return subprocess.Popen(args, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=environment)


def wait_ready(process) -> None:
    """Read the child's first line byte by byte from the pipe itself: ``readline`` on the text wrapper
    would buffer the lines after it (a "committed" or two), which ``communicate`` then never sees, since
    it reads the pipe, not the wrapper. That was the two-writers test's "one batch saved but not reported"."""
    line = _line_from_pipe(process.stdout.fileno())
    if not line.startswith("ready"):
        raise RuntimeError(f"child did not start: {line!r} {process.stderr.read()}")


def _line_from_pipe(fd: int) -> str:
    data = b""
    while not data.endswith(b"\n"):
        byte = os.read(fd, 1)
        if not byte:
            break
        data += byte
    return data.decode("utf-8", errors="replace")


def finish(process) -> tuple[list[str], str]:
    out, err = process.communicate(timeout=120)
    return out.splitlines(), err


def kill_after(process, seconds: float) -> list[str]:
    time.sleep(seconds)
    process.kill()  # SIGKILL on POSIX, TerminateProcess on Windows: no cleanup runs
    lines, _ = finish(process)
    return lines


def open_checked(db: Path, config: Path):
    os.environ["FIELDKIT_CONFIG_DIR"] = str(config)
    from fieldkit.services.backup import check
    from fieldkit.services.workspace import Workspace

    workspace = Workspace.open(db, PASSPHRASE)
    report = check(workspace)
    return workspace, report


def trial_save(folder: Path, rng: random.Random) -> str:
    db, config = folder / "save.db", folder / "config"
    process = spawn("save", db, config)
    wait_ready(process)
    lines = kill_after(process, rng.uniform(0.2, 1.5))
    committed = sum(5 for line in lines if line.startswith("committed"))
    workspace, report = open_checked(db, config)
    try:
        count = workspace.db.execute("SELECT count(*) FROM records").fetchone()[0]
    finally:
        workspace.close()
    assert report.ok, report.problems
    assert count >= committed, (count, committed)  # nothing committed is lost
    assert count % 5 == 0, count  # each batch whole or not at all
    return f"save: {committed} committed before the kill, {count} in the database"


def trial_import(folder: Path, rng: random.Random, source: Path, expected: int) -> str:
    db, config = folder / "import.db", folder / "config"
    process = spawn("import", db, config, source)
    wait_ready(process)
    kill_after(process, rng.uniform(0.05, 0.8))
    workspace, report = open_checked(db, config)
    try:
        count = workspace.db.execute("SELECT count(*) FROM records").fetchone()[0]
    finally:
        workspace.close()
    assert report.ok, report.problems
    assert count in (0, expected), count  # all or nothing
    return f"import: {count} of {expected} records after the kill"


def trial_export(folder: Path, rng: random.Random, db: Path, config: Path) -> str:
    target = folder / f"export-{rng.randrange(10**9)}.xlsx"
    process = spawn("export", db, config, target)
    wait_ready(process)
    kill_after(process, rng.uniform(0.05, 1.0))
    if target.exists():  # then it is complete: it opens and carries its manifest
        book = openpyxl.load_workbook(target, read_only=True)
        assert "_manifest" in book.sheetnames
        book.close()
        return "export: complete workbook under the final name"
    return "export: no file under the final name"


def make_laptop(folder: Path, records: int) -> tuple[Path, Path, Path]:
    """A database with ``records`` KII records, its config folder, and its export."""
    config = folder / "config"
    os.environ["FIELDKIT_CONFIG_DIR"] = str(config)
    from child import KII

    from fieldkit.services.export import export_workbook
    from fieldkit.services.records import add_json_records
    from fieldkit.services.workspace import Workspace

    db = folder / "laptop.db"
    with Workspace.open(db, PASSPHRASE) as workspace:
        for start in range(0, records, 500):
            add_json_records(workspace, "kii", [(i, {**KII, "duration_min": 1 + i % 600})
                                                for i in range(start, min(start + 500, records))])
        export_workbook(workspace, folder / "laptop.xlsx")
    return db, config, folder / "laptop.xlsx"
