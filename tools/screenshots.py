"""Screenshots of the real app, offscreen, on the demo database: python tools/screenshots.py

Writes docs/images/*.png at 1366x768, the screen size of the field laptops.
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("FIELDKIT_NO_DIALOGS", "1")
OUT = Path(__file__).resolve().parents[1] / "docs" / "images"


def main() -> None:
    folder = Path(tempfile.mkdtemp(prefix="fieldkit-shots-"))
    os.environ["FIELDKIT_CONFIG_DIR"] = str(folder / "config")
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    QSettings.setPath(QSettings.Format.NativeFormat, QSettings.Scope.UserScope, str(folder / "settings"))

    from fieldkit.services.demo import build_demo
    from fieldkit.services.workspace import Workspace
    from fieldkit.ui.main_window import MainWindow

    with Workspace.open(folder / "demo.db", "demo passphrase") as workspace:
        build_demo(workspace)
    app = QApplication(sys.argv[:1])
    window = MainWindow(folder / "demo.db", passphrase="demo passphrase")
    window.resize(1366, 768)
    window.show()
    while not window.ready:
        app.processEvents()
        time.sleep(0.01)
    OUT.mkdir(parents=True, exist_ok=True)

    def shot(widget, name: str) -> None:
        for _ in range(20):
            app.processEvents()
        widget.grab().save(str(OUT / name))
        print(OUT / name)

    window.select_form("kii")
    shot(window, "records.png")
    window.open_record(window.model.records[0].uuid)
    shot(window, "kii-form.png")
    window.form_view.close_form()
    window.select_form("fgd")
    window.open_record(window.model.records[0].uuid)
    view = window.form_view
    view.scroll.ensureWidgetVisible(view.sections["discussion"])
    shot(window, "fgd-repeat.png")
    view.close_form()
    reports = window.show_reports()
    reports.resize(1366, 768)
    while not reports.ready:
        app.processEvents()
        time.sleep(0.01)
    reports.tabs.setCurrentIndex(1)
    shot(reports, "reports-training.png")
    reports.tabs.setCurrentIndex(4)
    shot(reports, "reports-charts.png")
    reports.close()
    window.close()


if __name__ == "__main__":
    main()
