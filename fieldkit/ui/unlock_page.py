"""The first page of the window: create a passphrase, or unlock with it."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFormLayout, QLabel, QLineEdit, QPushButton, QVBoxLayout, QWidget

__all__ = ["UnlockPage", "MIN_PASSPHRASE"]

MIN_PASSPHRASE = 8


class UnlockPage(QWidget):
    """Asks for the passphrase; emits ``submitted`` with it once it is acceptable."""

    submitted = Signal(str)

    def __init__(self, db_path: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db_path = db_path
        self.creating = not db_path.exists()
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        title = QLabel(self.tr("Create a passphrase") if self.creating else self.tr("Unlock fieldkit"))
        title.setStyleSheet("font-size: 18pt; font-weight: bold;")
        title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(title)
        where = QLabel(str(db_path))
        where.setAlignment(Qt.AlignmentFlag.AlignCenter)
        where.setStyleSheet("color: palette(mid);")
        layout.addWidget(where)
        if self.creating:
            warning = QLabel(self.tr(
                "The database is encrypted with this passphrase. It cannot be recovered: "
                "if it is lost, so is the data. Use at least 8 characters."))
            warning.setWordWrap(True)
            warning.setAlignment(Qt.AlignmentFlag.AlignCenter)
            layout.addWidget(warning)
        form = QFormLayout()
        self.passphrase = QLineEdit()
        self.passphrase.setObjectName("passphrase")
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase.setAccessibleName(self.tr("Passphrase"))
        form.addRow(self.tr("&Passphrase"), self.passphrase)
        self.confirm = QLineEdit()
        self.confirm.setObjectName("confirm")
        self.confirm.setEchoMode(QLineEdit.EchoMode.Password)
        self.confirm.setAccessibleName(self.tr("Confirm the passphrase"))
        if self.creating:
            form.addRow(self.tr("&Confirm"), self.confirm)
        layout.addLayout(form)
        self.message = QLabel()
        self.message.setObjectName("unlock_message")
        self.message.setWordWrap(True)
        self.message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.message.setStyleSheet("color: #c0392b;")
        layout.addWidget(self.message)
        self.button = QPushButton(self.tr("Create the database") if self.creating else self.tr("Unlock"))
        self.button.setDefault(True)
        self.button.clicked.connect(self.submit)
        self.passphrase.returnPressed.connect(self.confirm.setFocus if self.creating else self.submit)
        self.confirm.returnPressed.connect(self.submit)
        layout.addWidget(self.button)
        layout.addStretch(2)
        self.setMaximumWidth(16777215)
        self.setFocusProxy(self.passphrase)

    def submit(self) -> None:
        text = self.passphrase.text()
        if self.creating:
            if len(text) < MIN_PASSPHRASE:
                self.fail(self.tr("The passphrase needs at least 8 characters."))
                return
            if text != self.confirm.text():
                self.fail(self.tr("The two passphrases differ; type them again."))
                self.confirm.clear()
                return
        elif not text:
            self.fail(self.tr("Type the passphrase."))
            return
        self.message.setText(self.tr("Opening…"))
        self.set_busy(True)
        self.submitted.emit(text)

    def set_busy(self, busy: bool) -> None:
        for widget in (self.passphrase, self.confirm, self.button):
            widget.setEnabled(not busy)

    def fail(self, message: str) -> None:
        self.set_busy(False)
        self.message.setText(message)
        self.passphrase.selectAll()
        self.passphrase.setFocus()
