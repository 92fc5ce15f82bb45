"""The unlocked main window most GUI tests start from."""

from __future__ import annotations

import pytest

from fieldkit.ui.main_window import MainWindow


@pytest.fixture
def window(qtbot, db_path, passphrase):
    win = MainWindow(db_path, passphrase=passphrase)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitUntil(lambda: win.ready, timeout=15000)
    return win
