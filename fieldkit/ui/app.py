"""Start the window: the Qt application, then the main window."""

from __future__ import annotations

import os
import sys
from pathlib import Path

from PySide6.QtWidgets import QApplication

from fieldkit.ui.main_window import MainWindow

__all__ = ["run"]

# Same variable the headless commands read (fieldkit.services.workspace); read
# here directly so the window can show before the database layer is imported.
PASSPHRASE_ENV = "FIELDKIT_PASSPHRASE"


def run(db_path: Path, *, lang: str | None = None) -> int:
    """Show the main window on ``db_path`` and run until it closes."""
    from fieldkit.ui import i18n

    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("fieldkit")
    app.setOrganizationName("fieldkit")
    from fieldkit.ui.style import app_icon

    app.setWindowIcon(app_icon())
    if lang:
        i18n.remember(lang)  # --lang is remembered for the next start
    i18n.install(i18n.chosen_language(lang))
    window = MainWindow(Path(db_path), passphrase=os.environ.get(PASSPHRASE_ENV) or None)
    window.show()
    return int(app.exec())
