"""Kill trials on demand: fieldkit killed at random moments while saving, importing and exporting.

    python bench/kill.py [--trials 60]

After every kill: 'fieldkit check' passes, no committed record is lost, an
import is all or nothing, no half-written workbook lies under the final name,
and an encrypted export (the real command, 10,000 records, in two processes)
left no clear byte in the target's folder or the temp folder, nor in any file
its processes had open while it ran (tests/stress/clear_bytes.py).
"""

from __future__ import annotations

import argparse
import random
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests" / "stress"))


def main() -> None:
    from clear_bytes import kii_laptop, trial_encrypted_export
    from harness import make_laptop, trial_export, trial_import, trial_save

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--trials", type=int, default=60)
    parser.add_argument("--seed", type=int, default=2026)
    args = parser.parse_args()
    rng = random.Random(args.seed)
    outcomes: dict[str, int] = {}
    with tempfile.TemporaryDirectory(prefix="fieldkit-kill-") as folder_name:
        folder = Path(folder_name)
        db, config, export = make_laptop(folder / "laptop", 3000)
        (folder / "kii").mkdir()
        kii_db, kii_config = kii_laptop(folder / "kii", 10_000)
        for trial in range(args.trials):
            work = folder / f"trial-{trial}"
            work.mkdir()
            kind = ("save", "import", "export", "encrypted")[trial % 4]
            if kind == "encrypted":
                line = trial_encrypted_export(work, rng, kii_db, kii_config, longest=8.0)
                outcomes["encrypted export:nothing clear"] = outcomes.get("encrypted export:nothing clear", 0) + 1
                print(f"{trial + 1:3d} {line}", flush=True)
                continue
            if kind == "save":
                line = trial_save(work, rng)
            elif kind == "import":
                line = trial_import(work, rng, export, 3000)
            else:
                line = trial_export(work, rng, db, config)
            outcome = line.split(":")[0] + ":" + ("all" if "3000 of 3000" in line else "none" if "0 of 3000" in line
                                                  else "complete" if "complete" in line else "no file"
                                                  if "no file" in line else "committed kept")
            outcomes[outcome] = outcomes.get(outcome, 0) + 1
            print(f"{trial + 1:3d} {line}", flush=True)
    print(f"{args.trials} kills, every check passed; outcomes: {outcomes}")


if __name__ == "__main__":
    main()
