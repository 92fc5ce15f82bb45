"""The window tells of a new laptop trusted on first use, and File > Devices shows the keys (issue 13, point 3)."""

from __future__ import annotations

from PySide6.QtCore import Qt

from fieldkit.services.export import export_workbook
from fieldkit.services.records import add_json_records
from fieldkit.services.signing import own_fingerprint
from fieldkit.services.workspace import Workspace
from fieldkit.ui.main_window import MainWindow

KII = {"interview_date": "2026-11-02", "place": "baku", "mode": "in_person", "institutions": ["MFA"],
       "women": 1, "men": 2, "duration_min": 60, "consent": "yes"}


def test_import_names_the_new_laptop_and_devices_lists_it(qtbot, tmp_path, monkeypatch):
    monkeypatch.setenv("FIELDKIT_CONFIG_DIR", str(tmp_path / "config-laptop"))
    with Workspace.open(tmp_path / "laptop.db", "laptop passphrase", create=True) as laptop:
        add_json_records(laptop, "kii", [(1, KII)])
        export_workbook(laptop, tmp_path / "laptop.xlsx")
        laptop_key, laptop_name = own_fingerprint(laptop), laptop.device_name
    monkeypatch.setenv("FIELDKIT_CONFIG_DIR", str(tmp_path / "config-hq"))
    window = MainWindow(tmp_path / "hq.db", passphrase="hq passphrase")
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window.ready, timeout=15000)

    dialog = window.show_import()
    qtbot.addWidget(dialog)
    dialog.add_files([str(tmp_path / "laptop.xlsx")])
    qtbot.mouseClick(dialog.start_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.result is not None or dialog.error is not None, timeout=60000)
    assert dialog.error is None, dialog.error
    text = dialog.message.text()
    assert f"New laptop {laptop_name}, key fingerprint {laptop_key}, trusted on first use." in text
    assert text.count("key fingerprint") == 1  # (not also in the counts' line)

    devices = window.show_devices()
    qtbot.addWidget(devices)
    assert devices.table.rowCount() == 1
    assert [devices.table.item(0, c).text() for c in (0, 2, 5)] == [laptop_name, laptop_key, "1"]
    assert devices.own.text() == (f"This laptop: {window.workspace.device_name}, key fingerprint "
                                  f"{own_fingerprint(window.workspace)}")
    window.close()
