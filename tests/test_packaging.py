"""The wheel carries resources/ (the built-in forms) inside the package."""

from __future__ import annotations

import subprocess
import sys
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def test_wheel_contains_the_builtin_forms(tmp_path):
    result = subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "--quiet", "-w", str(tmp_path), str(ROOT)],
        capture_output=True, text=True, timeout=600,
    )
    assert result.returncode == 0, result.stderr
    (wheel,) = tmp_path.glob("fieldkit-*.whl")
    names = zipfile.ZipFile(wheel).namelist()
    assert "fieldkit/resources/forms/kii.xlsx" in names
    assert "fieldkit/cli.py" in names
    entry_points = next(n for n in names if n.endswith("entry_points.txt"))
    assert "fieldkit = fieldkit.cli:main" in zipfile.ZipFile(wheel).read(entry_points).decode()


def test_installed_copy_finds_its_forms():
    from fieldkit.services.workspace import builtin_forms_dir

    assert (builtin_forms_dir() / "kii.xlsx").is_file()
