"""Fuzz the importer for a set time: mutated exports must be imported or refused cleanly.

    python bench/fuzz_import.py [--minutes 5]

Every input is a real export with bytes flipped, cut, repeated or replaced (in
the zip and inside its XML parts). The import must either succeed or raise
ImportRefused (one line naming the file) and leave the database unchanged;
anything else is a bug, printed with the seed that makes it.
"""

from __future__ import annotations

import argparse
import io
import os
import random
import sys
import tempfile
import time
import traceback
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))


def mutate(good: bytes, rng: random.Random) -> bytes:
    kind = rng.randrange(4)
    if kind == 0:  # flip bytes of the zip itself
        data = bytearray(good)
        for _ in range(rng.randint(1, 20)):
            data[rng.randrange(len(data))] = rng.randrange(256)
        return bytes(data)
    if kind == 1:  # cut
        return good[: rng.randrange(len(good))]
    # change an XML part inside a valid zip
    source = zipfile.ZipFile(io.BytesIO(good))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        victim = rng.choice([i.filename for i in source.infolist()])
        for item in source.infolist():
            data = source.read(item)
            if item.filename == victim:
                data = bytearray(data)
                if kind == 2:
                    for _ in range(rng.randint(1, 10)):
                        data[rng.randrange(len(data))] = rng.choice(b"<>&\"'0123456789abc=/ ")
                else:
                    start = rng.randrange(len(data))
                    data[start:start] = data[start: start + rng.randint(1, 200)]
                data = bytes(data)
            target.writestr(item, data)
    return out.getvalue()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--minutes", type=float, default=5)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    os.environ.setdefault("FIELDKIT_CONFIG_DIR", tempfile.mkdtemp(prefix="fieldkit-fuzz-config-"))
    from fieldkit.services.export import export_workbook
    from fieldkit.services.merge import ImportRefused, merge_workbooks
    from fieldkit.services.records import add_json_records
    from fieldkit.services.workspace import Workspace

    kii = {"interview_date": "2026-11-02", "place": "baku", "mode": "in_person", "institutions": ["MFA"],
           "women": 1, "men": 2, "duration_min": 60, "consent": "yes", "relevance": "Bakı, Гянджа"}
    folder = Path(tempfile.mkdtemp(prefix="fieldkit-fuzz-"))
    with Workspace.open(folder / "laptop.db", "fuzz passphrase") as laptop:
        add_json_records(laptop, "kii", [(i, {**kii, "duration_min": i}) for i in range(1, 30)])
        export_workbook(laptop, folder / "good.xlsx")
    good = (folder / "good.xlsx").read_bytes()
    hq = Workspace.open(folder / "hq.db", "fuzz passphrase")
    rng = random.Random(args.seed)
    deadline = time.monotonic() + 60 * args.minutes
    runs = refused = accepted = bugs = 0
    seen: set[str] = set()
    while time.monotonic() < deadline:
        seed = rng.randrange(2**32)
        path = folder / "mutant.xlsx"
        path.write_bytes(mutate(good, random.Random(seed)))
        before = hq.db.execute("SELECT count(*), coalesce(sum(revision), 0) FROM records").fetchone()
        runs += 1
        try:
            merge_workbooks(hq, [path], dry_run=True)
            accepted += 1
        except ImportRefused as exc:
            refused += 1
            if "\n" in str(exc) or "mutant.xlsx" not in str(exc):
                bugs += 1
                print(f"seed {seed}: unclear refusal: {exc!r}")
        except Exception as exc:
            bugs += 1
            kind = f"{type(exc).__name__}: {str(exc)[:80]}"
            if kind not in seen:
                seen.add(kind)
                print(f"seed {seed}: crash {kind}\n{traceback.format_exc(limit=-3)}")
        if hq.db.execute("SELECT count(*), coalesce(sum(revision), 0) FROM records").fetchone() != before:
            bugs += 1
            print(f"seed {seed}: the database changed")
    hq.close()
    print(f"{runs} mutated imports in {args.minutes} min: {accepted} accepted, {refused} refused cleanly, "
          f"{bugs} bugs")


if __name__ == "__main__":
    main()
