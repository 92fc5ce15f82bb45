"""First start creates the passphrase; later starts unlock with it."""

from __future__ import annotations

from PySide6.QtCore import Qt

from fieldkit.services.workspace import Workspace
from fieldkit.ui.main_window import MainWindow


def test_first_start_creates_with_confirmation(qtbot, db_path):
    window = MainWindow(db_path)
    qtbot.addWidget(window)
    window.show()
    page = window.unlock_page
    assert page.creating and not db_path.exists()
    qtbot.keyClicks(page.passphrase, "short")
    qtbot.keyClicks(page.confirm, "short")
    qtbot.keyClick(page.confirm, Qt.Key.Key_Return)
    assert "at least 8" in page.message.text() and not db_path.exists()
    page.passphrase.clear()
    page.confirm.clear()
    qtbot.keyClicks(page.passphrase, "long enough 1")
    qtbot.keyClicks(page.confirm, "long enough 2")
    qtbot.keyClick(page.confirm, Qt.Key.Key_Return)
    assert "differ" in page.message.text() and not db_path.exists()
    qtbot.keyClicks(page.confirm, "long enough 1")
    qtbot.keyClick(page.confirm, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.ready, timeout=15000)
    assert db_path.exists()
    assert window.browse.form_list.count() >= 1
    window.close()
    Workspace.open(db_path, "long enough 1", create=False).close()


def test_wrong_passphrase_says_so_and_allows_another_try(qtbot, db_path):
    Workspace.open(db_path, "the right one", create=True).close()
    before = db_path.read_bytes()
    window = MainWindow(db_path)
    qtbot.addWidget(window)
    window.show()
    page = window.unlock_page
    assert not page.creating
    qtbot.keyClicks(page.passphrase, "the wrong one")
    qtbot.keyClick(page.passphrase, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: "Wrong passphrase" in page.message.text(), timeout=15000)
    assert not window.ready and page.passphrase.isEnabled()
    assert db_path.read_bytes() == before
    page.passphrase.clear()
    qtbot.keyClicks(page.passphrase, "the right one")
    qtbot.keyClick(page.passphrase, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.ready, timeout=15000)
    window.close()


def test_a_database_open_elsewhere_is_said(qtbot, db_path, passphrase):
    first = MainWindow(db_path, passphrase=passphrase)
    qtbot.addWidget(first)
    first.show()
    qtbot.waitUntil(lambda: first.ready, timeout=15000)
    assert not first.open_elsewhere
    second = MainWindow(db_path, passphrase=passphrase)
    qtbot.addWidget(second)
    second.show()
    qtbot.waitUntil(lambda: second.ready, timeout=15000)
    assert second.open_elsewhere
    assert "also open in another fieldkit" in second.statusBar().currentMessage()
    second.close()
    first.close()
    third = MainWindow(db_path, passphrase=passphrase)
    qtbot.addWidget(third)
    third.show()
    qtbot.waitUntil(lambda: third.ready, timeout=15000)
    assert not third.open_elsewhere
    third.close()


def test_first_run_names_the_laptop_installs_the_key_and_rates_the_passphrase(qtbot, db_path, tmp_path, config_dir):
    from fieldkit.services.device import database_device
    from fieldkit.services.privacy import hq_key_id
    from fieldkit.services.sealing import new_key_pair

    _, public = new_key_pair(tmp_path / "keys", "hq key passphrase")
    window = MainWindow(db_path)
    qtbot.addWidget(window)
    window.show()
    page = window.unlock_page
    assert page.language.count() == 3 and page.demo_button.isVisibleTo(page)
    qtbot.keyClicks(page.passphrase, "abc")
    assert "Too short" in page.strength.text()
    page.passphrase.clear()
    qtbot.keyClicks(page.passphrase, "Correct-Horse-Battery-7")
    assert page.strength.text() == "Strong."
    qtbot.keyClicks(page.confirm, "Correct-Horse-Battery-7")
    page.device_name.clear()
    qtbot.keyClicks(page.device_name, "Naxcivan laptop 2")
    page.hq_key.setText(str(public))
    qtbot.keyClick(page.confirm, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.ready, timeout=15000)
    assert database_device(window.workspace.db).name == "Naxcivan laptop 2" == window.workspace.device_name
    assert hq_key_id(window.workspace) is not None
    window.close()


def test_first_run_can_open_the_sample_database(qtbot, db_path):
    window = MainWindow(db_path)
    qtbot.addWidget(window)
    window.show()
    qtbot.mouseClick(window.unlock_page.demo_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.ready, timeout=60000)
    assert window.db_path.name == "fieldkit-demo.db" and not db_path.exists()
    window.select_form("kii")
    assert window.model.total == 13
    window.close()
