"""Peak memory of the real ``fieldkit export`` with and without a password (Linux).

    python bench/export_memory.py [--records 100000]

Makes N KII records (bulk, not timed; their notes carry a canary), then runs
``fieldkit export`` in a fresh process, with the password from
FIELDKIT_EXPORT_PASSWORD and without one, sampling every 20 ms the resident
memory of the command and of its writer process (from 10,000 records the
workbook is written in a second process); with ``--watch``, the target's
folder, the temp folder and the processes' open files are searched for the
canary in clear while it runs (see tests/stress/clear_bytes.py); the folders
are searched after it in any case. Prints seconds, peak of each process, peak of
their sum, and whether anything clear was seen.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests" / "stress"))

from clear_bytes import kii_laptop, leaking_files, files_under, process_tree, start_export, watch  # noqa: E402


def _rss_kb(pid: int) -> int:
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1])
    except OSError:
        pass
    return 0


def run(db: Path, config: Path, folder: Path, password: bool, watching: bool) -> dict:
    kind = "locked" if password else "plain"
    usb, temp = folder / f"usb-{kind}", folder / f"temp-{kind}"
    usb.mkdir()
    temp.mkdir()
    start = time.monotonic()
    process = start_export(db, config, usb / "export.xlsx", temp, password=None if not password else
                           "bench export password")
    peaks: dict[int, int] = {}
    peak_sum = 0

    def sample() -> None:
        nonlocal peak_sum
        while process.poll() is None:
            total = 0
            for pid in process_tree(process.pid):
                rss = _rss_kb(pid)
                peaks[pid] = max(peaks.get(pid, 0), rss)
                total += rss
            peak_sum = max(peak_sum, total)
            time.sleep(0.02)

    sampler = threading.Thread(target=sample)
    sampler.start()
    leaked: list[str] = []
    if password and watching:  # a clear export holds the canary by design
        leaked, _ = watch(process, [usb, temp], time.monotonic() + 3600, database=db)
    out, err = process.communicate()
    sampler.join()
    seconds = time.monotonic() - start
    if process.returncode != 0:
        raise SystemExit(err.decode())
    if password:
        leaked += leaking_files(files_under(usb, temp))
    ordered = sorted(peaks.values(), reverse=True)
    return {"seconds": seconds, "peaks_mb": [round(kb / 1024) for kb in ordered], "sum_mb": round(peak_sum / 1024),
            "size_mb": round((usb / "export.xlsx").stat().st_size / 2**20, 1), "leaked": sorted(set(leaked))}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--records", type=int, default=100_000)
    parser.add_argument("--watch", action="store_true", help="also search the disk for clear bytes while the "
                                                             "encrypted export runs (slows it)")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as scratch:
        folder = Path(scratch)
        db, config = kii_laptop(folder, args.records)
        for password in (False, True):
            result = run(db, config, folder, password, args.watch)
            label = "with a password" if password else "without a password"
            print(f"{args.records} KII records, {label}: {result['seconds']:.1f} s, file {result['size_mb']} MB, "
                  f"peak per process {result['peaks_mb']} MB, peak of their sum {result['sum_mb']} MB"
                  + (f", clear bytes seen: {result['leaked'] or 'none'}" if password else ""), flush=True)


if __name__ == "__main__":
    main()
