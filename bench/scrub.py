"""Scrubber quality and speed on the labelled corpus (tests/scrub_corpus.jsonl).

    python bench/scrub.py [CORPUS.jsonl]

Recall: the share of planted identifiers of which nothing identifying is left
(no word of three or more letters, no run of three digits). Over-redaction: the
share of keep-list words (places, institutions, amounts, durations) that did not
survive intact. Targets: recall >= 0.97, over-redaction <= 5 %.
"""

from __future__ import annotations

import json
import re
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))


def leaked(identifier: str, output: str) -> bool:
    """Whether any identifying part of ``identifier`` is still in ``output``."""
    parts = [p for p in re.split(r"[\s,.;:()\-/@]+", identifier) if p]
    for part in parts:
        digits = re.sub(r"\D", "", part)
        if (len(part) >= 3 and not part.isdigit() and part in output) or (len(digits) >= 3 and digits in
                                                                         re.sub(r"\D", "", output)):
            return True
    return False


def measure(corpus: list[dict]) -> dict[str, float]:
    from fieldkit.domain.scrubber import scrub

    caught = total = kept = keep_total = 0
    misses, over = [], []
    start = time.perf_counter()
    for row in corpus:
        output = scrub(row["text"])
        for identifier in row["identifiers"]:
            total += 1
            if leaked(identifier, output):
                misses.append((identifier, output))
            else:
                caught += 1
        for word in row["keep"]:
            keep_total += 1
            if word in output:
                kept += 1
            else:
                over.append((word, output))
    seconds = time.perf_counter() - start
    chars = sum(len(r["text"]) for r in corpus)
    return {"sentences": len(corpus), "identifiers": total, "recall": caught / total if total else 1.0,
            "over_redaction": 1 - kept / keep_total if keep_total else 0.0, "misses": misses, "over": over,
            "chars_per_second": chars / seconds if seconds else 0.0}


def main() -> None:
    path = Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "tests" / "scrub_corpus.jsonl"
    corpus = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    result = measure(corpus)
    for identifier, output in result["misses"][:10]:
        print(f"missed {identifier!r}: {output}")
    for word, output in result["over"][:10]:
        print(f"over-redacted {word!r}: {output}")
    print(f"{result['sentences']} sentences, {result['identifiers']} identifiers")
    print(f"recall {result['recall']:.3f} (target >= 0.97)   over-redaction {100 * result['over_redaction']:.1f} % "
          f"(target <= 5 %)   throughput {result['chars_per_second'] / 1000:.0f} k characters/s")


if __name__ == "__main__":
    main()
