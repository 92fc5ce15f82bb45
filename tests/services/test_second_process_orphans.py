"""A big import's or export's second process does not outlive the first: killed mid-work, the first
leaves the second to stop on its own within seconds (and the database as it was)."""

from __future__ import annotations

import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

from fieldkit.services.export import export_workbook
from fieldkit.services.records import add_json_records
from fieldkit.services.workspace import Workspace

KII = {"interview_date": "2026-11-02", "place": "baku", "mode": "in_person", "institutions": ["MFA"],
       "women": 1, "men": 2, "duration_min": 60, "consent": "yes"}

SCRIPT = """
import multiprocessing, sys, time
from pathlib import Path
from fieldkit.services.export import export_workbook
from fieldkit.services.merge import merge_workbooks
from fieldkit.services.workspace import Workspace

def hold(done, total):
    # The second process is at work: say who it is, then stay here until killed.
    print(" ".join(str(p.pid) for p in multiprocessing.active_children()), flush=True)
    time.sleep(120)

if __name__ == "__main__":
    folder = Path(sys.argv[2])
    if sys.argv[1] == "export":
        with Workspace.open(folder / "laptop.db", "laptop passphrase") as laptop:
            export_workbook(laptop, folder / "killed.xlsx", parallel=True, progress=hold)
    else:
        from fieldkit.services import import_reader

        import_reader.CHUNK = 100  # many chunks: the second process waits for this one's answers
        with Workspace.open(folder / "hq.db", "hq passphrase", create=True) as hq:
            merge_workbooks(hq, [folder / "laptop.xlsx"], parallel=True, progress=hold)
"""


def _running(pid: int) -> bool:
    status = Path(f"/proc/{pid}/status")
    try:
        state = next(line for line in status.read_text().splitlines() if line.startswith("State:"))
    except (FileNotFoundError, ProcessLookupError, StopIteration):
        return False
    return "Z" not in state.split()[1]  # a zombie has ended


@pytest.mark.skipif(not Path("/proc/self/status").exists(), reason="reads process states from /proc (Linux)")
@pytest.mark.parametrize("work", ["export", "import"])
def test_the_second_process_stops_when_the_first_is_killed(tmp_path, monkeypatch, work):
    monkeypatch.setenv("FIELDKIT_CONFIG_DIR", str(tmp_path / "config"))
    with Workspace.open(tmp_path / "laptop.db", "laptop passphrase", create=True) as laptop:
        add_json_records(laptop, "kii", [(i, {**KII, "women": i}) for i in range(1, 1501)])
        export_workbook(laptop, tmp_path / "laptop.xlsx")
    (tmp_path / "script.py").write_text(textwrap.dedent(SCRIPT), encoding="utf-8")
    first = subprocess.Popen([sys.executable, str(tmp_path / "script.py"), work, str(tmp_path)],
                             stdout=subprocess.PIPE, text=True)
    try:
        line = first.stdout.readline()
        children = [int(pid) for pid in line.split()]
        assert children, "no second process was running"
    finally:
        first.kill()
        first.wait()
        first.stdout.close()
    deadline = time.monotonic() + 15
    while any(_running(pid) for pid in children) and time.monotonic() < deadline:
        time.sleep(0.1)
    assert not any(_running(pid) for pid in children)
    assert not (tmp_path / "killed.xlsx").exists()
    if work == "import":
        with Workspace.open(tmp_path / "hq.db", "hq passphrase") as hq:
            assert hq.db.execute("SELECT count(*) FROM records WHERE form_id = 'kii'").fetchone()[0] == 0
