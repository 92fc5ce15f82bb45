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


@pytest.fixture(autouse=True, scope="session")
def qt_settings(tmp_path_factory):
    """Window geometry and language go to a temporary folder, not the user's settings."""
    from PySide6.QtCore import QSettings

    folder = tmp_path_factory.mktemp("qsettings")
    for scope in (QSettings.Scope.UserScope, QSettings.Scope.SystemScope):
        QSettings.setPath(QSettings.Format.NativeFormat, scope, str(folder))
        QSettings.setPath(QSettings.Format.IniFormat, scope, str(folder))
    return folder
