"""File > Devices: the laptops this database has imported from, and the key each signs its exports with."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from fieldkit.services.devices import known_devices, this_laptop
from fieldkit.ui.text_table import text_table
from fieldkit.ui.timefmt import local_time

__all__ = ["DevicesDialog"]


class DevicesDialog(QDialog):
    """This laptop's own key fingerprint (for HQ to compare), then every known laptop."""

    def __init__(self, workspace: Any, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Devices"))
        own = this_laptop(workspace)
        devices = known_devices(workspace)
        layout = QVBoxLayout(self)
        self.own = QLabel(self.tr("This laptop: {name}, key fingerprint {fingerprint}").format(
            name=own["name"], fingerprint=own["fingerprint"]))
        self.own.setObjectName("own_fingerprint")
        self.own.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)  # to copy and compare
        layout.addWidget(self.own)
        layout.addWidget(QLabel(self.tr("Laptops imported from (each key was trusted on its first import; "
                                        "'fieldkit devices trust' trusts a new one):")))
        headers = [self.tr("Laptop"), self.tr("Device id"), self.tr("Key fingerprint"), self.tr("First seen"),
                   self.tr("Last seen"), self.tr("Files")]
        self.table = text_table(headers, [[device.name, device.device_id, device.fingerprint,
                                           local_time(device.first_seen), local_time(device.last_seen),
                                           str(device.files)] for device in devices])
        self.table.setObjectName("devices")
        layout.addWidget(self.table)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(900, 400)
