"""Start-up time of fieldkit's main window against a bare PySide6 QMainWindow.

Each measurement is a fresh Python process (imports included), timed from
process start until the window is shown and painted; the figure is the median
of several runs, alternating the two programs so that the machine's state
affects both alike. Also printed: the time until the database is unlocked and
the lists are filled ("ready"), which a real user waits for too.

    python bench/startup.py [--runs 7]

Target (foundation issue): shown / bare <= 1.5.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

BARE = r"""
import time, sys
t0 = float(sys.argv[1])
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication([])
w = QMainWindow(); w.resize(1100, 700); w.show()
app.processEvents()
print("shown", time.time() - t0)
"""

FIELDKIT = r"""
import time, sys
t0 = float(sys.argv[1])
from pathlib import Path
from PySide6.QtWidgets import QApplication
from fieldkit.ui.main_window import MainWindow
app = QApplication([])
w = MainWindow(Path(sys.argv[2]), passphrase=sys.argv[3])
w.show()
app.processEvents()
print("shown", time.time() - t0)
while not w.ready:
    app.processEvents()
    time.sleep(0.001)
app.processEvents()
print("ready", time.time() - t0)
w.close()
"""


def _run(script: str, *args: str) -> dict[str, float]:
    import time

    env = dict(os.environ, QT_QPA_PLATFORM=os.environ.get("QT_QPA_PLATFORM", "offscreen"))
    start = time.time()
    out = subprocess.run([sys.executable, "-c", script, repr(start), *args], capture_output=True, text=True,
                         env=env, check=True, timeout=120).stdout
    return {line.split()[0]: float(line.split()[1]) for line in out.splitlines() if line[:5] in ("shown", "ready")}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        db = Path(folder) / "bench.db"
        passphrase = "bench passphrase"
        _run(FIELDKIT, str(db), passphrase)  # create the database and install the forms once
        bare, shown, ready = [], [], []
        for _ in range(args.runs):
            bare.append(_run(BARE)["shown"])
            times = _run(FIELDKIT, str(db), passphrase)
            shown.append(times["shown"])
            ready.append(times["ready"])
    b, s, r = statistics.median(bare), statistics.median(shown), statistics.median(ready)
    print(f"bare QMainWindow shown:      {b * 1000:7.0f} ms (median of {args.runs})")
    print(f"fieldkit main window shown:  {s * 1000:7.0f} ms")
    print(f"fieldkit unlocked and ready: {r * 1000:7.0f} ms")
    print(f"startup ratio (shown / bare): {s / b:.2f}  (target <= 1.5)")
    print(f"ready ratio (ready / bare):   {r / b:.2f}")


if __name__ == "__main__":
    main()
