"""Thousands of keystrokes through every kind of answer widget of a long form, in a child process:
the typing never crashes, never loses a reference to None, and what was typed is what was saved.

PySide6 6.12.0 drops a reference to None on every Qt call that returns nothing; a form view makes
dozens per keystroke, so Python aborted ('Fatal Python error: none_dealloc') after a few hundred
keystrokes and the typing since the last autosave was lost. The child process (tests/ui/soak_typing.py)
types; a fatal abort there fails this test instead of killing pytest.

FIELDKIT_SOAK_PYTHON=/path/to/python runs the child with another interpreter (a virtual environment
with another PySide6 and fieldkit's other dependencies; this checkout is put on its PYTHONPATH): with
PySide6-Essentials 6.12.0 the child stops after about 1,100 keystrokes, None down over 1,000
references, and the test fails.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from pathlib import Path

from xlsform_maker import write_xlsform

CHILD = Path(__file__).with_name("soak_typing.py")
KEYSTROKES = 5000


def long_form(path: Path) -> Path:
    """110 questions of every type a person types into, and a repeat."""
    survey = []
    for i in range(1, 41):
        survey.append({"type": "text", "name": f"text_{i}", "label": f"Text {i}"})
    for i in range(1, 16):
        survey.append({"type": "integer", "name": f"int_{i}", "label": f"Integer {i}"})
        survey.append({"type": "decimal", "name": f"dec_{i}", "label": f"Decimal {i}"})
    for i in range(1, 11):
        survey.append({"type": "date", "name": f"date_{i}", "label": f"Date {i}"})
        survey.append({"type": "select_one short", "name": f"one_{i}", "label": f"One of four {i}"})
        survey.append({"type": "select_one long", "name": f"pick_{i}", "label": f"One of eight {i}"})
        survey.append({"type": "select_multiple multi", "name": f"many_{i}", "label": f"Several {i}"})
    survey += [
        {"type": "begin_repeat", "name": "visits", "label": "Visit"},
        {"type": "text", "name": "visit_note", "label": "Note"},
        {"type": "integer", "name": "visit_people", "label": "People"},
        {"type": "select_one short", "name": "visit_kind", "label": "Kind"},
        {"type": "date", "name": "visit_date", "label": "Date"},
        {"type": "end_repeat", "name": "visits"},
    ]
    choices = [{"list_name": "short", "name": name.lower(), "label": name}
               for name in ("Alpha", "Bravo", "Charlie", "Delta")]
    choices += [{"list_name": "long", "name": f"c{i}", "label": f"Choice {i}"} for i in range(1, 9)]
    choices += [{"list_name": "multi", "name": f"m{i}", "label": f"Option {i}"} for i in range(1, 7)]
    return write_xlsform(path, survey, choices, {"form_id": "soak", "version": "1", "form_title": "Soak"})


def run_child(tmp_path: Path, python: str = sys.executable, keystrokes: int = KEYSTROKES,
              env: dict[str, str] | None = None) -> tuple[subprocess.CompletedProcess, dict | None]:
    form = long_form(tmp_path / "soak.xlsx")
    environment = dict(os.environ, QT_QPA_PLATFORM="offscreen", FIELDKIT_NO_DIALOGS="1",
                       FIELDKIT_CONFIG_DIR=str(tmp_path / "config"), XDG_CONFIG_HOME=str(tmp_path / "xdg"),
                       FIELDKIT_PASSPHRASE="soak passphrase", **(env or {}))
    done = subprocess.run([python, str(CHILD), str(tmp_path / "soak.db"), "soak passphrase", str(form), "soak",
                           str(keystrokes), "4"], capture_output=True, text=True, env=environment, timeout=300)
    lines = [line for line in done.stdout.splitlines() if line.startswith("{")]
    return done, json.loads(lines[-1]) if lines else None


def test_five_thousand_keystrokes_in_a_long_form(tmp_path):
    other = os.environ.get("FIELDKIT_SOAK_PYTHON")
    root = str(Path(__file__).resolve().parents[2])
    started = time.monotonic()
    done, result = run_child(tmp_path, other, env={"PYTHONPATH": root}) if other else run_child(tmp_path)
    took = time.monotonic() - started
    assert done.returncode == 0, (done.returncode, result, done.stderr[-2000:])
    assert result["keystrokes"] >= KEYSTROKES
    assert result["mismatches"] == []
    assert result["answers"] == 110 + 4 * 4  # every question, the four questions of each of four instances
    assert result["refs_before"] - result["refs_after"] < 200, result
    assert result["autosaves_while_typing"] >= 1, result  # typing without a pause is saved all the same
    assert took < 120, took
