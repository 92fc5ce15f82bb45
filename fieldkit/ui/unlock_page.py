"""The first page of the window: create a passphrase, or unlock with it."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from fieldkit.services.passwords import MIN_LENGTH as MIN_PASSPHRASE
from fieldkit.ui.style import error_color, heading

__all__ = ["UnlockPage", "MIN_PASSPHRASE"]


class UnlockPage(QWidget):
    """Asks for the passphrase; emits ``submitted`` with it once it is acceptable."""

    submitted = Signal(str)
    demo_requested = Signal()

    def __init__(self, db_path: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db_path = db_path
        self.creating = not db_path.exists()
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        title = QLabel(self.tr("Create a passphrase") if self.creating else self.tr("Unlock fieldkit"))
        heading(title, 1.8)
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
        self.strength = QLabel()
        self.strength.setObjectName("strength")
        self.device_name = QLineEdit()
        self.device_name.setObjectName("device_name")
        self.device_name.setAccessibleName(self.tr("Name of this laptop"))
        self.language = QComboBox()
        self.language.setObjectName("first_run_language")
        self.hq_key = QLineEdit()
        self.hq_key.setObjectName("hq_key")
        self.hq_key.setPlaceholderText(self.tr("Optional: HQ's '...-pub.pem' file, needed for victims' feedback"))
        if self.creating:
            # First run: everything a new laptop needs, on one page.
            from fieldkit.ui.i18n import LANGUAGES, current

            for code, name in LANGUAGES.items():
                self.language.addItem(name, code)
            self.language.setCurrentIndex(max(self.language.findData(current()), 0))
            self.language.currentIndexChanged.connect(self._language_chosen)
            form.insertRow(0, self.tr("&Language"), self.language)
            form.addRow(self.tr("&Confirm"), self.confirm)
            form.addRow("", self.strength)
            self.passphrase.textChanged.connect(self._show_strength)
            self.device_name.setText(_default_device_name())
            form.addRow(self.tr("&Name of this laptop"), self.device_name)
            key_row = QHBoxLayout()
            key_row.addWidget(self.hq_key, 1)
            browse = QPushButton(self.tr("Browse…"))
            browse.clicked.connect(self._browse_key)
            key_row.addWidget(browse)
            form.addRow(self.tr("HQ's &public key"), key_row)
        layout.addLayout(form)
        self.message = QLabel()
        self.message.setObjectName("unlock_message")
        self.message.setWordWrap(True)
        self.message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.message.setStyleSheet(f"color: {error_color()};")
        layout.addWidget(self.message)
        self.button = QPushButton(self.tr("Create the database") if self.creating else self.tr("Unlock"))
        self.button.setDefault(True)
        self.button.clicked.connect(self.submit)
        self.passphrase.returnPressed.connect(self.confirm.setFocus if self.creating else self.submit)
        self.confirm.returnPressed.connect(self.submit)
        layout.addWidget(self.button)
        self.demo_button = QPushButton(self.tr("Look around first: open a sample database"))
        self.demo_button.setObjectName("demo_button")
        self.demo_button.clicked.connect(self.demo_requested)
        self.demo_button.setVisible(self.creating)
        layout.addWidget(self.demo_button)
        layout.addStretch(2)
        self.setMaximumWidth(16777215)
        self.setFocusProxy(self.passphrase)

    def _language_chosen(self) -> None:
        from fieldkit.ui.i18n import LANGUAGES, remember

        code = self.language.currentData()
        remember(code)
        self.message.setText(self.tr("{language}: from the next start of fieldkit.").format(language=LANGUAGES[code]))

    def _show_strength(self) -> None:
        text = self.passphrase.text()
        kinds = sum(any(test(c) for c in text) for test in (str.islower, str.isupper, str.isdigit,
                                                             lambda c: not c.isalnum()))
        score = len(text) // 4 + kinds
        if len(text) < MIN_PASSPHRASE:
            verdict = self.tr("Too short: at least 8 characters.")
        elif score < 5:
            verdict = self.tr("Weak: longer, or mix words, digits and signs.")
        elif score < 7:
            verdict = self.tr("Fair.")
        else:
            verdict = self.tr("Strong.")
        self.strength.setText(verdict)

    def _browse_key(self) -> None:
        from PySide6.QtWidgets import QFileDialog

        name, _ = QFileDialog.getOpenFileName(self, self.tr("HQ's public key"), "",
                                              self.tr("Public keys (*pub*.pem);;All files (*)"))
        if name:
            self.hq_key.setText(name)

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


def _default_device_name() -> str:
    import platform

    return platform.node() or "laptop"
