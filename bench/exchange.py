"""Excel exchange speed and memory, against bare openpyxl and bare python-calamine.

    python bench/exchange.py [--records 100000]

Makes N records of a 20-field form, then measures in one run:
- export / bare openpyxl write-only dump of the same cells        (target <= 1.2)
- import into an empty database / bare python-calamine read of the file  (target <= 3)
- re-import of the same file (all unchanged) / bare read          (target <= 1.5)
- peak memory of export and import at N vs N/10 records            (target: <= +50 MB)
Each export and import runs in a fresh process, which reports its time and its peak
resident set size; the export and the bare write count the better of two runs (this
VM's timings wander by 10 %).
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import random
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

PASSPHRASE = "bench passphrase"
WORDS = ("Bakı", "Naxçıvan", "Гянджа", "şöbə", "müdiri", "training", "referral", "НПО", "ölkə", "İlham", "sığınacaq")


def make_form(path: Path) -> None:
    import openpyxl

    book = openpyxl.Workbook()
    survey = book.active
    survey.title = "survey"
    survey.append(["type", "name", "label"])
    rows = [("date", "day"), ("select_one place", "place"), ("select_multiple inst", "institutions"),
            ("integer", "women"), ("integer", "men"), ("integer", "minutes"), ("decimal", "score"),
            ("text", "topic"), ("text", "notes"), ("text", "roles"), ("select_one yn", "consent"),
            ("integer", "age"), ("decimal", "cost"), ("text", "code"), ("select_one yn", "interpreter"),
            ("time", "start_time"), ("text", "quotes"), ("integer", "count"), ("date", "follow_up"),
            ("text", "summary")]
    for kind, name in rows:
        survey.append([kind, name, name.title()])
    choices = book.create_sheet("choices")
    choices.append(["list_name", "name", "label"])
    for name in ("baku", "nakhchivan", "guba", "lankaran", "ganja"):
        choices.append(["place", name, name.title()])
    for name in ("MFA", "MIA", "SMS", "NGO", "IOM"):
        choices.append(["inst", name, name])
    for name in ("yes", "no"):
        choices.append(["yn", name, name])
    settings = book.create_sheet("settings")
    settings.append(["form_id", "version"])
    settings.append(["bench", "1"])
    book.save(path)


def answers(rng: random.Random) -> dict:
    def text(n: int) -> str:
        return " ".join(rng.choice(WORDS) for _ in range(n))

    day = dt.date(2019, 1, 1) + dt.timedelta(days=rng.randrange(900))
    return {"day": day.isoformat(), "place": rng.choice(["baku", "nakhchivan", "guba", "lankaran", "ganja"]),
            "institutions": [c for c in ("MFA", "MIA", "SMS", "NGO", "IOM") if c in rng.sample(
                ["MFA", "MIA", "SMS", "NGO", "IOM"], 2)], "women": rng.randrange(10),
            "men": rng.randrange(10), "minutes": rng.randrange(1, 600), "score": round(rng.random() * 100, 1),
            "topic": text(3), "notes": text(12), "roles": text(2), "consent": "yes", "age": rng.randrange(18, 70),
            "cost": round(rng.random() * 1000, 2), "code": f"E-{rng.randrange(10**6):06d}", "interpreter": "no",
            "start_time": f"{rng.randrange(24):02d}:{rng.randrange(60):02d}", "quotes": text(6),
            "count": rng.randrange(100), "follow_up": (day + dt.timedelta(days=30)).isoformat(), "summary": text(8)}


def populate(folder: Path, count: int) -> Path:
    """A laptop database with ``count`` final records of the bench form (bulk, not timed)."""
    from fieldkit.domain.digest import content_hash
    from fieldkit.domain.records import utc_now
    from fieldkit.services.forms import add_form_file
    from fieldkit.services.workspace import Workspace
    from fieldkit.store.database import transaction
    from fieldkit.store.exchange import IncomingRecord, apply_incoming

    make_form(folder / "bench.xlsx")
    path = folder / "laptop.db"
    with Workspace.open(path, PASSPHRASE) as workspace:
        add_form_file(workspace, folder / "bench.xlsx")
        rng = random.Random(7)
        now = utc_now()
        batch = []
        for i in range(count):
            data = answers(rng)
            sha = content_hash(data)
            batch.append(IncomingRecord(f"{i:08d}-0000-4000-8000-000000000000", "bench", "1", 1, now, now,
                                        workspace.device_id, data, sha, frozenset({(1, sha)})))
            if len(batch) == 10000:
                with transaction(workspace.db):
                    apply_incoming(workspace.db, batch)
                batch = []
        if batch:
            with transaction(workspace.db):
                apply_incoming(workspace.db, batch)
    return path


def bare_write(source: Path, target: Path) -> float:
    """openpyxl write-only dump of exactly the cells of ``source`` (read beforehand, not timed)."""
    from openpyxl import Workbook
    from python_calamine_plus import CalamineWorkbook

    book = CalamineWorkbook.from_path(str(source))
    sheets = {name: list(book.stream_sheet_by_name(name)) for name in book.sheet_names}
    start = time.perf_counter()
    out = Workbook(write_only=True)
    for name, rows in sheets.items():
        sheet = out.create_sheet(name)
        for row in rows:
            sheet.append(row)
    out.save(target)
    return time.perf_counter() - start


def bare_read(path: Path) -> float:
    """python-calamine (pip install '.[bench]'): every cell of every sheet, each sheet loaded whole."""
    from python_calamine import CalamineWorkbook

    start = time.perf_counter()
    book = CalamineWorkbook.from_path(str(path))
    cells = 0
    for name in book.sheet_names:
        for row in book.get_sheet_by_name(name).iter_rows():
            cells += len(row)
    return time.perf_counter() - start


def bare_stream(path: Path) -> float:
    """python-calamine-plus, the streaming reader the import uses: every cell of every sheet."""
    from python_calamine_plus import CalamineWorkbook

    start = time.perf_counter()
    book = CalamineWorkbook.from_path(str(path))
    cells = 0
    for name in book.sheet_names:
        for row in book.stream_sheet_by_name(name):
            cells += len(row)
    return time.perf_counter() - start


def timed_export(db: Path, out: Path) -> float:
    import openpyxl  # noqa: F401  (loaded before the clock starts, as in bare_write)

    from fieldkit.services.export import export_workbook
    from fieldkit.services.workspace import Workspace

    with Workspace.open(db, PASSPHRASE) as workspace:
        start = time.perf_counter()
        export_workbook(workspace, out, form_ids=["bench"], parallel=None)  # as the command runs it
        return time.perf_counter() - start


def timed_import(db: Path, file: Path) -> tuple[float, str]:
    """The whole command: open the database, merge, close."""
    from fieldkit.services.merge import merge_workbooks
    from fieldkit.services.workspace import Workspace

    start = time.perf_counter()
    with Workspace.open(db, PASSPHRASE) as workspace:
        summary = merge_workbooks(workspace, [file], parallel=None)  # as the command runs it
    return time.perf_counter() - start, summary.line()


_RUNS = {"export": "timed_export(*args)", "import": "timed_import(*args)[0]", "bare_write": "bare_write(*args)"}


def fresh_process(action: str, *paths: Path) -> tuple[float, float]:
    """(seconds, peak RSS in MB) of one export or import in a fresh process, as the command runs it:
    open the database, do it, close (the interpreter's start and imports are not counted). The peak
    adds the peak of the second process that reads a big import's sheets (an upper bound: the two
    peaks need not fall at the same moment)."""
    # VmHWM, not ru_maxrss: ru_maxrss survives exec and would report this
    # (big) benchmark process's own peak. Linux only, as this benchmark is.
    code = f"""
import sys
sys.path.insert(0, {str(ROOT)!r})
from bench.exchange import bare_write, timed_export, timed_import
from pathlib import Path
args = [Path(p) for p in {[str(p) for p in paths]!r}]
seconds = {_RUNS[action]}
peak = [line for line in open('/proc/self/status') if line.startswith('VmHWM')][0]
import resource
children = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss  # the import's second process, if any
print(seconds, int(peak.split()[1]) + children)
"""
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True,
                         env=dict(os.environ)).stdout
    seconds, peak = out.strip().splitlines()[-1].split()
    return float(seconds), int(peak) / 1024


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--records", type=int, default=100_000)
    args = parser.parse_args()
    os.environ.setdefault("FIELDKIT_CONFIG_DIR", tempfile.mkdtemp(prefix="fieldkit-bench-config-"))
    n, small = args.records, max(args.records // 10, 1)
    with tempfile.TemporaryDirectory(prefix="fieldkit-bench-") as folder_name:
        folder = Path(folder_name)
        runs: dict[tuple[str, str], tuple[float, float]] = {}
        for label, count in (("small", small), ("big", n)):
            print(f"making {count} records of a 20-field form...", flush=True)
            place = folder / label
            place.mkdir()
            laptop = populate(place, count)
            # Each run in a fresh process: its time and its peak memory. The disk is
            # settled first (os.sync), so that no run pays for the write-back of the last.
            os.sync()
            tries = 2 if label == "big" else 1
            exports = [fresh_process("export", laptop, place / "export.xlsx") for _ in range(tries)]
            runs[("export", label)] = (min(t for t, _ in exports), max(m for _, m in exports))
            os.sync()
            runs[("import", label)] = fresh_process("import", place / "hq.db", place / "export.xlsx")
            os.sync()
            runs[("reimport", label)] = fresh_process("import", place / "hq.db", place / "export.xlsx")
        big = folder / "big"
        os.sync()
        # The bare write runs as the export does, in a fresh process (the better of two runs).
        write_time = min(fresh_process("bare_write", big / "export.xlsx", big / "bare.xlsx")[0] for _ in range(2))
        read_time = bare_read(big / "export.xlsx")
        stream_time = bare_stream(big / "export.xlsx")
        size = (big / "export.xlsx").stat().st_size / 1024**2
        export_time, import_time, reimport_time = (runs[(a, "big")][0] for a in ("export", "import", "reimport"))
        memory = {(a, label): runs[(a, label)][1] for a in ("export", "import") for label in ("small", "big")}

    print(f"records: {n} ({size:.1f} MB workbook), python {sys.version.split()[0]}, {os.cpu_count()} cores")
    print(f"export                      {export_time:7.2f} s   bare openpyxl write-only {write_time:6.2f} s   "
          f"ratio {export_time / write_time:.2f}  (target <= 1.2)")
    print(f"import into empty database  {import_time:7.2f} s   bare calamine read       {read_time:6.2f} s   "
          f"ratio {import_time / read_time:.2f}  (target <= 3)")
    print(f"re-import, all unchanged    {reimport_time:7.2f} s   bare calamine read       {read_time:6.2f} s   "
          f"ratio {reimport_time / read_time:.2f}  (target <= 1.5)")
    print(f"  (the import streams with python-calamine-plus, whose bare read takes {stream_time:.2f} s: "
          f"import {import_time / stream_time:.2f}, re-import {reimport_time / stream_time:.2f} against it)")
    for action in ("export", "import"):
        low, high = memory[(action, "small")], memory[(action, "big")]
        print(f"peak memory {action}: {low:6.0f} MB at {small} records, {high:6.0f} MB at {n}: "
              f"+{high - low:.0f} MB  (target <= +50 MB)")
    print(json.dumps({"export_ratio": round(export_time / write_time, 2),
                      "import_ratio": round(import_time / read_time, 2),
                      "reimport_ratio": round(reimport_time / read_time, 2),
                      "import_ratio_stream": round(import_time / stream_time, 2),
                      "reimport_ratio_stream": round(reimport_time / stream_time, 2),
                      "export_memory_growth_mb": round(memory[("export", "big")] - memory[("export", "small")]),
                      "import_memory_growth_mb": round(memory[("import", "big")] - memory[("import", "small")])}))


if __name__ == "__main__":
    main()
