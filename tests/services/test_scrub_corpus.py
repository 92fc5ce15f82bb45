"""The scrubber on its labelled sets, measured as bench/scrub.py measures them.

tests/scrub_corpus.jsonl is the team's generated corpus (tuned on);
tests/scrub_heldout_own.jsonl was written before the scrubber was reworked and
never tuned on. The thresholds are what is honestly reached, a little below the
figures of the day, so that a regression fails.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT / "bench"))

from scrub import measure, read  # noqa: E402


@pytest.mark.parametrize("name, recall, over", [
    ("scrub_corpus.jsonl", 0.99, 0.01),
    ("scrub_heldout_own.jsonl", 0.95, 0.03),
])
def test_recall_and_over_redaction(name, recall, over):
    result = measure(read(ROOT / "tests" / name))
    assert result["recall"] >= recall, (result["recall"], result["misses"][:5])
    assert result["over_redaction"] <= over, (result["over_redaction"], result["over"][:5])


def test_the_held_out_format_is_read_with_categories_and_contact(tmp_path):
    path = tmp_path / "set.jsonl"
    path.write_text('{"lang": "az", "category": "record", "text": "Brelkanın qardaşı gəldi", '
                    '"identifiers": ["Brelkanın"], "keep": ["qardaşı"], "contact": "Brelka Zumud"}\n'
                    '{"lang": "en", "category": "keep", "text": "IOM in Baku", "identifiers": [], '
                    '"keep": ["IOM", "Baku"]}\n', encoding="utf-8")
    result = measure(read(path))
    assert result["recall"] == 1.0 and result["over_redaction"] == 0.0
    assert set(result["categories"]) == {"record", "keep"}
    assert result["categories"]["record"]["identifiers"] == 1
