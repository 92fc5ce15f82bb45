"""Every figure the issues ask for, in one run, as one table.

    python bench/run_all.py [--records 100000]

Start-up ratio to a bare Qt window; record list first paint and save latency
(p95) with N records; export and import ratios and peak memory (see
bench/exchange.py); scrubber recall, over-redaction and throughput; report
build time on N records.
"""

from __future__ import annotations

import argparse
import os
import platform
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

KII = {"interview_date": "2026-11-02", "place": "baku", "mode": "in_person", "institutions": ["MFA", "SMS"],
       "women": 1, "men": 2, "duration_min": 60, "consent": "yes", "relevance": "Layihə aktualdır, Bakı və Naxçıvan"}


def populate_kii(db: Path, count: int) -> None:
    """``count`` final KII records, in bulk (not timed)."""
    from fieldkit.domain.digest import content_hash
    from fieldkit.domain.records import utc_now
    from fieldkit.services.workspace import Workspace
    from fieldkit.store.database import transaction
    from fieldkit.store.exchange import IncomingRecord, apply_incoming

    with Workspace.open(db, "bench passphrase") as workspace:
        version = workspace.form("kii").version
        batch = []
        for i in range(count):
            data = {**KII, "duration_min": 1 + i % 600, "women": i % 7}
            sha = content_hash(data)
            now = utc_now()
            batch.append(IncomingRecord(f"{i:08d}-1111-4000-8000-000000000000", "kii", version, 1, now, now,
                                        workspace.device_id, data, sha, frozenset({(1, sha)}), f"2026-11-02 baku {i}"))
            if len(batch) == 10000:
                with transaction(workspace.db):
                    apply_incoming(workspace.db, batch)
                batch = []
        if batch:
            with transaction(workspace.db):
                apply_incoming(workspace.db, batch)


def list_first_paint(db: Path) -> float:
    code = f"""
import time, sys
from pathlib import Path
from PySide6.QtWidgets import QApplication
from fieldkit.ui.main_window import MainWindow
app = QApplication([])
w = MainWindow(Path({str(db)!r}), passphrase="bench passphrase"); w.show()
while not w.ready:
    app.processEvents(); time.sleep(0.001)
w.select_form("fieldkit" if False else "fgd"); app.processEvents()
start = time.perf_counter()
w.select_form("kii"); w.table.viewport().repaint(); app.processEvents()
print(time.perf_counter() - start, w.model.total, w.model.rowCount())
w.close()
"""
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True,
                         env=dict(os.environ)).stdout.split()
    return float(out[0])


def save_latency(db: Path, saves: int = 200) -> tuple[float, float]:
    from fieldkit.services.records import save_record, start_record
    from fieldkit.services.workspace import Workspace

    times = []
    with Workspace.open(db, "bench passphrase") as workspace:
        for i in range(saves):
            _, record = start_record(workspace, "kii")
            start = time.perf_counter()
            save_record(workspace, record, {**KII, "duration_min": 1 + i}, final=True)
            times.append(time.perf_counter() - start)
    times.sort()
    return statistics.median(times), times[int(0.95 * len(times)) - 1]


def report_time(db: Path) -> float:
    from fieldkit.services.reports import build_reports
    from fieldkit.services.workspace import Workspace

    with Workspace.open(db, "bench passphrase") as workspace:
        start = time.perf_counter()
        build_reports(workspace)
        return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--records", type=int, default=100_000)
    args = parser.parse_args()
    os.environ.setdefault("FIELDKIT_CONFIG_DIR", tempfile.mkdtemp(prefix="fieldkit-bench-config-"))
    rows: list[tuple[str, str, str]] = []

    startup = subprocess.run([sys.executable, str(ROOT / "bench" / "startup.py"), "--runs", "5"],
                             capture_output=True, text=True, check=True).stdout
    ratio = next(line for line in startup.splitlines() if "startup ratio" in line).split(":")[1].split()[0]
    ready = next(line for line in startup.splitlines() if "unlocked and ready" in line).split(":")[1].strip()
    rows.append(("start-up: main window shown / bare QMainWindow", ratio, "<= 1.5"))
    rows.append(("start-up: unlocked and lists filled", ready, ""))

    with tempfile.TemporaryDirectory(prefix="fieldkit-bench-") as folder_name:
        db = Path(folder_name) / "big.db"
        populate_kii(db, args.records)
        rows.append((f"record list, first paint with {args.records} records",
                     f"{list_first_paint(db) * 1000:.0f} ms", "<= 300 ms"))
        median, p95 = save_latency(db)
        rows.append((f"save latency with {args.records} records (median / p95)",
                     f"{median * 1000:.1f} / {p95 * 1000:.1f} ms", "p95 <= 20 ms"))
        rows.append((f"report build, {args.records} records", f"{report_time(db):.1f} s", ""))

    exchange = subprocess.run([sys.executable, str(ROOT / "bench" / "exchange.py"), "--records", str(args.records)],
                              capture_output=True, text=True, check=True).stdout
    import json

    figures = json.loads(exchange.strip().splitlines()[-1])
    rows.append(("export / bare openpyxl write-only", f"{figures['export_ratio']:.2f}", "<= 1.2"))
    rows.append(("import into empty db / bare calamine read", f"{figures['import_ratio']:.2f}", "<= 3"))
    rows.append(("re-import (unchanged) / bare calamine read", f"{figures['reimport_ratio']:.2f}", "<= 1.5"))
    rows.append((f"peak memory growth, export, {args.records // 10} -> {args.records} records",
                 f"+{figures['export_memory_growth_mb']} MB", "<= +50 MB"))
    rows.append((f"peak memory growth, import, {args.records // 10} -> {args.records} records",
                 f"+{figures['import_memory_growth_mb']} MB", "<= +50 MB"))

    sys.path.insert(0, str(ROOT / "bench"))
    from scrub import measure

    corpus = [__import__("json").loads(line) for line in
              (ROOT / "tests" / "scrub_corpus.jsonl").read_text(encoding="utf-8").splitlines() if line.strip()]
    scrub = measure(corpus)
    rows.append(("scrubber recall (team corpus)", f"{scrub['recall']:.3f}", ">= 0.97"))
    rows.append(("scrubber over-redaction (team corpus)", f"{100 * scrub['over_redaction']:.1f} %", "<= 5 %"))
    held = measure([__import__("json").loads(line) for line in (ROOT / "tests" / "scrub_heldout_own.jsonl")
                    .read_text(encoding="utf-8").splitlines() if line.strip()])
    rows.append(("scrubber recall (own held-out, never tuned on)", f"{held['recall']:.3f}", ">= 0.97"))
    rows.append(("scrubber over-redaction (own held-out)", f"{100 * held['over_redaction']:.1f} %", "<= 5 %"))
    rows.append(("scrubber throughput", f"{scrub['chars_per_second'] / 1000:.0f} k characters/s", ""))

    width = max(len(r[0]) for r in rows)
    print(f"machine: {platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}, "
          f"{platform.system()} {platform.release()}")
    print(f"| {'figure':<{width}} | value | target |")
    print(f"| {'-' * width} | --- | --- |")
    for name, value, target in rows:
        print(f"| {name:<{width}} | {value} | {target} |")


if __name__ == "__main__":
    main()
