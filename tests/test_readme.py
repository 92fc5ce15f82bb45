"""The README's two commands stay true: CI runs the same test command."""

from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def _commands() -> list[str]:
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    return re.findall(r"```sh\n(.+?)\n```", text)[:2]


def test_readme_opens_with_install_start_and_test_commands():
    start, tests = _commands()
    assert "pip install ." in start and start.endswith("fieldkit")
    assert "pip install '.[test]'" in tests and "pytest" in tests


def test_ci_runs_the_readme_test_command():
    _, tests = _commands()
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    test_part = tests.split("&&")[-1].strip()  # QT_QPA_PLATFORM=offscreen .venv/bin/pytest
    runner = test_part.split()[-1]
    assert "export QT_QPA_PLATFORM=offscreen" in ci
    assert re.search(rf"^{re.escape(runner)}$", ci, re.M)
    assert "pip install --quiet '.[test]'" in ci
