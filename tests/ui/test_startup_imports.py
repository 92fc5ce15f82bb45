"""The window's first paint needs no database layer: the unlock page is up before sqlite-utils,
SQLCipher or the form engine are loaded (they cost the start-up more than half again)."""

from __future__ import annotations

import os
import subprocess
import sys

SCRIPT = """
import sys
from pathlib import Path
from PySide6.QtWidgets import QApplication
from fieldkit.ui.main_window import MainWindow
app = QApplication([])
window = MainWindow(Path(sys.argv[1]))  # no passphrase: the unlock page waits for one
window.show()
app.processEvents()
heavy = sorted(m for m in ("sqlite_utils", "sqlcipher3", "openpyxl", "fieldkit.store", "fieldkit.domain.xlsform")
               if m in sys.modules)
print("loaded:", " ".join(heavy))
"""


def test_the_first_paint_loads_no_database_layer(tmp_path):
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", FIELDKIT_CONFIG_DIR=str(tmp_path / "config"))
    done = subprocess.run([sys.executable, "-c", SCRIPT, str(tmp_path / "none.db")], capture_output=True, text=True,
                          env=env, timeout=120)
    assert done.returncode == 0, done.stderr[-2000:]
    assert done.stdout.strip().splitlines()[-1] == "loaded:"


def test_what_waits_for_the_first_paint_comes_after_it(window):
    """The unlock and the menu's icons wait for the first paint; both are there once it is done."""
    assert window.ready
    for action in (window.new_action, window.add_form_action, window.export_action, window.import_action,
                   window.key_action):
        assert not action.icon().isNull()
