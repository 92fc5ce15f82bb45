"""Scrubber quality and speed: the team corpus and held-out sets, side by side, by category.

    python bench/scrub.py [HELDOUT.jsonl ...] [--misses] [--json]

Each file holds JSON lines: ``text``, ``identifiers`` (exact substrings that
must not survive), ``keep`` (substrings that must survive intact), and
optionally ``lang``, ``category`` and ``contact`` (the record's own contact
field: when present the text is scrubbed as a save does it, knowing the
record's direct identifiers). Always measured: tests/scrub_corpus.jsonl (the
team's generated corpus, tuned on) and tests/scrub_heldout_own.jsonl (written
before tuning, never tuned on); any further files are added as columns.

Recall: the share of identifiers of which nothing identifying is left (no word
of three or more letters, no run of three digits). Over-redaction: the share of
keep strings that did not survive intact. Targets: recall >= 0.97,
over-redaction <= 5 %, on text not tuned on. ``--misses`` prints what leaked
(do not read it for a file you mean to keep held out).
"""

from __future__ import annotations

import json
import re
import sys
import time
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
DEFAULT = [ROOT / "tests" / "scrub_corpus.jsonl", ROOT / "tests" / "scrub_heldout_own.jsonl"]


def leaked(identifier: str, output: str) -> bool:
    """Whether any identifying part of ``identifier`` is still in ``output``."""
    parts = [p for p in re.split(r"[\s,.;:()\-/@]+", identifier) if p]
    for part in parts:
        digits = re.sub(r"\D", "", part)
        if (len(part) >= 3 and not part.isdigit() and part in output) or (len(digits) >= 3 and digits in
                                                                         re.sub(r"\D", "", output)):
            return True
    return False


def read(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def _scrubber(row: dict):
    from fieldkit.domain.scrub import Known, lexicons
    from fieldkit.services.scrubbing import _cyrillic_keys, scrub_text

    if row.get("contact"):
        known = Known.from_values([row["contact"]], keep=lexicons().keep, extra_keys=_cyrillic_keys)
        return lambda text: scrub_text(text, known)
    return scrub_text


def measure(corpus: list[dict]) -> dict:
    """Recall, over-redaction and throughput over ``corpus``, overall and per category."""
    from fieldkit.services.scrubbing import scrub_text

    scrub_text("warm up: Мария")  # the morphology loads once, before the clock starts
    counts: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0, 0])  # caught, total, kept, keep_total
    misses, over = [], []
    start = time.perf_counter()
    for row in corpus:
        output = _scrubber(row)(row["text"])
        for category in ("all", row.get("category", "uncategorised")):
            tally = counts[category]
            for identifier in row["identifiers"]:
                tally[1] += 1
                if not leaked(identifier, output):
                    tally[0] += 1
                elif category == "all":
                    misses.append((identifier, output))
            for word in row["keep"]:
                tally[3] += 1
                if word in output:
                    tally[2] += 1
                elif category == "all":
                    over.append((word, output))
    seconds = time.perf_counter() - start
    chars = sum(len(r["text"]) for r in corpus)

    def figures(tally: list[int]) -> dict:
        return {"identifiers": tally[1], "recall": tally[0] / tally[1] if tally[1] else 1.0, "keep": tally[3],
                "over_redaction": 1 - tally[2] / tally[3] if tally[3] else 0.0}

    result = {"sentences": len(corpus), **figures(counts["all"]), "misses": misses, "over": over,
              "chars_per_second": chars / seconds if seconds else 0.0,
              "ms_per_sentence": 1000 * seconds / len(corpus) if corpus else 0.0,
              "categories": {c: figures(t) for c, t in sorted(counts.items()) if c != "all"}}
    return result


def main(argv: list[str] | None = None) -> None:
    args = sys.argv[1:] if argv is None else argv
    show, as_json = "--misses" in args, "--json" in args
    paths = DEFAULT + [Path(a) for a in args if not a.startswith("--")]
    results = {path.name: measure(read(path)) for path in paths}
    if as_json:
        print(json.dumps({k: {f: v for f, v in r.items() if f not in ("misses", "over")} for k, r in results.items()},
                         ensure_ascii=False, indent=1))
        return
    names = list(results)
    width = max(len(n) for n in names) + 2
    print("file".ljust(width) + "sentences  identifiers  recall  over-redaction  ms/sentence")
    for name, r in results.items():
        print(f"{name.ljust(width)}{r['sentences']:>9}  {r['identifiers']:>11}  {r['recall']:.3f}  "
              f"{100 * r['over_redaction']:>12.1f} %  {r['ms_per_sentence']:>11.2f}")
    categories = sorted({c for r in results.values() for c in r["categories"]})
    print("\nrecall / over-redaction by category (- where a file has none)")
    print("category".ljust(20) + "".join(n[:26].ljust(28) for n in names))
    for category in categories:
        cells = []
        for r in results.values():
            f = r["categories"].get(category)
            cells.append("-".ljust(28) if f is None else
                         f"{f['recall']:.3f} ({f['identifiers']}) / {100 * f['over_redaction']:.0f} % ({f['keep']})".ljust(28))
        print(category.ljust(20) + "".join(cells))
    print("\ntargets: recall >= 0.97, over-redaction <= 5 %, on text not tuned on")
    if show:
        for name, r in results.items():
            for identifier, output in r["misses"]:
                print(f"{name}: missed {identifier!r}: {output}")
            for word, output in r["over"]:
                print(f"{name}: over-redacted {word!r}: {output}")
    _throughput()


def _throughput() -> None:
    """Characters per second on long answers (the import and export paths), and ms per typical answer."""
    from fieldkit.services.scrubbing import scrub_text

    rows = read(DEFAULT[0])
    text = " ".join(r["text"] for r in rows)
    start = time.perf_counter()
    scrub_text(text)
    seconds = time.perf_counter() - start
    answer = " ".join(r["text"] for r in rows[:4])
    start = time.perf_counter()
    for _ in range(20):
        scrub_text(answer + " ")
    per_answer = (time.perf_counter() - start) / 20
    print(f"throughput {len(text) / seconds / 1000:.0f} k characters/s on one {len(text) // 1000} k-character text; "
          f"{1000 * per_answer:.1f} ms per {len(answer)}-character answer")


if __name__ == "__main__":
    main()
