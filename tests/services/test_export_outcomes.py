"""An export's outcome is true (issue 13, point 10), through the real command: a full disk or a
device is one line, exit 1 and no file; a busy database means no file rather than a file that is
neither recorded nor audited; an export that happened is always audited."""

from __future__ import annotations

import os
import subprocess
import sys
import threading
import time

import pytest

from fieldkit.services.records import add_json_records
from fieldkit.services.workspace import Workspace

KII = {"interview_date": "2026-11-02", "place": "baku", "mode": "in_person", "institutions": ["MFA"],
       "women": 1, "men": 2, "duration_min": 60, "consent": "yes"}
PASSPHRASE = "export outcomes passphrase"


@pytest.fixture
def laptop(tmp_path):
    path = tmp_path / "laptop.db"
    with Workspace.open(path, PASSPHRASE, create=True) as workspace:
        add_json_records(workspace, "kii", [(1, KII), (2, {**KII, "place": "guba"})])
    return path


def export(db, out, *options, timeout=120):
    env = {**os.environ, "FIELDKIT_PASSPHRASE": PASSPHRASE, "FIELDKIT_CONFIG_DIR": str(db.parent / "config")}
    done = subprocess.run([sys.executable, "-m", "fieldkit", "--db", str(db), "export", "--out", str(out), *options],
                          capture_output=True, text=True, env=env, timeout=timeout)
    if done.returncode:
        assert done.stderr.count("\n") == 1 and done.stderr.startswith("fieldkit: "), done.stderr
        assert "Traceback" not in done.stderr and len(done.stderr) < 400
    return done.returncode, done.stderr


def exports_audited(db) -> int:
    with Workspace.open(db, PASSPHRASE) as workspace:
        return workspace.db.execute("SELECT count(*) FROM audit WHERE action = 'export'").fetchone()[0]


@pytest.fixture
def full_disk(tmp_path):
    """A 16 KB tmpfs (Linux, as root); skipped where it cannot be mounted."""
    folder = tmp_path / "full"
    folder.mkdir()
    if not sys.platform.startswith("linux") or subprocess.run(
            ["mount", "-t", "tmpfs", "-o", "size=16k", "tmpfs", str(folder)], capture_output=True).returncode:
        pytest.skip("cannot mount a small tmpfs here")
    yield folder
    subprocess.run(["umount", str(folder)], check=False)


def test_a_full_disk_is_one_line_and_leaves_no_file(laptop, full_disk):
    code, err = export(laptop, full_disk / "kii.xlsx")
    assert code == 1 and f"disk full writing {full_disk / 'kii.xlsx'}; nothing was written" in err, err
    assert list(full_disk.iterdir()) == []
    assert exports_audited(laptop) == 0


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no named pipes")
def test_a_device_is_never_replaced_by_the_file(laptop, tmp_path):
    device = tmp_path / "device"  # a named pipe stands for /dev/full (which an export once replaced)
    os.mkfifo(device)
    code, err = export(laptop, device)
    assert code == 1 and f"cannot write {device}: it is a folder or a device" in err, err
    assert not device.is_file() and device.exists()


def _holding_the_write_lock(db):
    workspace = Workspace.open(db, PASSPHRASE)
    workspace.db.conn.execute("BEGIN IMMEDIATE")
    return workspace


@pytest.mark.parametrize("options", [(), ("--privacy", "anonymised", "--form", "kii")], ids=["sealed", "anonymised"])
def test_a_busy_database_leaves_no_file(laptop, tmp_path, options):
    out = tmp_path / "busy.xlsx"
    holder = _holding_the_write_lock(laptop)
    try:
        code, err = export(laptop, out, *options)
    finally:
        holder.db.conn.execute("ROLLBACK")
        holder.close()
    assert code == 1 and "busy" in err, err
    assert not out.exists() and [p.name for p in tmp_path.iterdir() if p.name.startswith(".fieldkit-")] == []
    assert exports_audited(laptop) == 0
    assert export(laptop, out, *options) == (0, "") and out.exists() and exports_audited(laptop) == 1


def test_an_export_that_waited_for_the_lock_is_written_and_audited(laptop, tmp_path):
    out = tmp_path / "waited.xlsx"
    holder = _holding_the_write_lock(laptop)

    def release():
        time.sleep(2)
        holder.db.conn.execute("ROLLBACK")

    thread = threading.Thread(target=release)
    thread.start()
    try:
        code, err = export(laptop, out)
    finally:
        thread.join()
        holder.close()
    assert (code, err) == (0, "") and out.exists()
    assert exports_audited(laptop) == 1


def test_a_full_disk_under_the_second_process_writer_is_the_same_line(laptop, full_disk):
    from fieldkit.exchange.atomic import NotWritten
    from fieldkit.services.export import export_workbook

    with Workspace.open(laptop, PASSPHRASE) as workspace:
        with pytest.raises(NotWritten) as caught:
            export_workbook(workspace, full_disk / "kii.xlsx", parallel=True)
    assert str(caught.value) == f"disk full writing {full_disk / 'kii.xlsx'}; nothing was written"
    assert list(full_disk.iterdir()) == []



_LIMITED = """
import os, resource, signal, sys
from pathlib import Path

PASSPHRASE = os.environ["FIELDKIT_PASSPHRASE"]


def export_in_two_processes(db, out):
    from fieldkit.exchange.atomic import NotWritten
    from fieldkit.services.export import export_workbook
    from fieldkit.services.workspace import Workspace

    with Workspace.open(Path(db), PASSPHRASE) as workspace:
        try:
            export_workbook(workspace, Path(out), parallel=True)
        except NotWritten as exc:
            print(f"fieldkit: {exc}", file=sys.stderr)
            return 1
    return 0


if __name__ == "__main__":
    signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # a write past the limit then fails with EFBIG, like a full disk
    limit = int(sys.argv[1])
    resource.setrlimit(resource.RLIMIT_FSIZE, (limit, limit))  # the second process inherits it
    if sys.argv[2] == "second-process":
        raise SystemExit(export_in_two_processes(*sys.argv[3:]))
    from fieldkit.cli import main
    raise SystemExit(main(["--db", sys.argv[3], "export", "--out", sys.argv[4]]))
"""


@pytest.mark.skipif(sys.platform == "win32", reason="RLIMIT_FSIZE is POSIX")
@pytest.mark.parametrize("writer", ["here", "second-process"])
def test_a_disk_that_fills_while_rows_are_spooled_is_the_same_line(tmp_path, writer):
    """The export spools each sheet's rows to temporary files (openpyxl) and its manifest lines to
    another before the workbook is zipped under its temporary name. No small file system can be
    mounted without root, so the child process gets a file-size limit (RLIMIT_FSIZE, with SIGXFSZ
    ignored): every write past 1 MB fails with EFBIG, an error the full-disk ones share. The rows
    are text that compresses well, so it is a spooled sheet that meets it first, not the file (nor
    the database, which an export does not write until the file is complete). What this does not
    cover: ENOSPC itself (the same branch), and a temporary folder on another disk than the file's."""
    db = tmp_path / "laptop.db"
    with Workspace.open(db, PASSPHRASE, create=True) as workspace:
        roles = "Şöbə müdiri, референт; " * 60
        add_json_records(workspace, "kii", [(1, {**KII, "interviewee_roles": roles})] * 1500)
    Workspace.open(db, PASSPHRASE).close()  # its daily backup is taken here, before the limit
    out = tmp_path / "out" / "kii.xlsx"
    script = tmp_path / "limited.py"
    script.write_text(_LIMITED, encoding="utf-8")
    done = subprocess.run([sys.executable, str(script), str(1024**2), writer, str(db), str(out)],
                          capture_output=True, text=True, env={**os.environ, "FIELDKIT_PASSPHRASE": PASSPHRASE},
                          timeout=300)
    assert done.returncode == 1, done.stderr
    assert done.stderr == f"fieldkit: disk full writing {out}; nothing was written\n", done.stderr
    assert not out.parent.exists() or list(out.parent.iterdir()) == []
    assert exports_audited(db) == 0
