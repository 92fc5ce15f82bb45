"""The window's export follows the same rule for a new password as the command line (issue 20, point 7)."""

from __future__ import annotations

import io
import zipfile

from PySide6.QtCore import Qt

from fieldkit.exchange.encryption import decrypt


def test_a_short_export_password_is_refused_in_the_window_too(qtbot, window, tmp_path):
    dialog = window.show_export()
    qtbot.addWidget(dialog)
    target = tmp_path / "to-hq.xlsx"
    dialog.path.setText(str(target))
    qtbot.keyClicks(dialog.password, "abc1")
    qtbot.mouseClick(dialog.start_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.result is not None or dialog.error is not None, timeout=60000)
    assert dialog.result is None and "at least 8 characters" in dialog.message.text()
    assert not target.exists() and list(tmp_path.glob("*.part")) == []
    dialog.password.clear()
    qtbot.keyClicks(dialog.password, "a longer password")
    qtbot.mouseClick(dialog.start_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.result is not None, timeout=60000)
    assert zipfile.is_zipfile(io.BytesIO(decrypt(target, "a longer password")))
