"""The window in Azerbaijani and Russian; the catalogs miss no text."""

from __future__ import annotations

import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from fieldkit.ui import i18n
from fieldkit.ui.main_window import MainWindow

ROOT = Path(__file__).resolve().parents[2]
CATALOGS = ROOT / "resources" / "translations"


@pytest.mark.parametrize("code", ["az", "ru"])
def test_catalogs_are_complete_and_current(code, tmp_path):
    lupdate = shutil.which("pyside6-lupdate") or str(Path(sys.executable).with_name("pyside6-lupdate"))
    fresh = tmp_path / f"fresh_{code}.ts"
    subprocess.run([lupdate, *sorted(str(p) for p in (ROOT / "fieldkit" / "ui").glob("*.py")), "-ts", str(fresh)],
                   check=True, capture_output=True)
    in_code = {m.find("source").text for m in ET.parse(fresh).iter("message")}
    catalog = ET.parse(CATALOGS / f"fieldkit_{code}.ts")
    translated = {}
    for message in catalog.iter("message"):
        translation = message.find("translation")
        assert translation.get("type") != "unfinished", message.find("source").text
        text = translation.text or "".join(f.text or "" for f in translation.iter("numerusform"))
        assert text.strip(), message.find("source").text
        translated[message.find("source").text] = text
    assert in_code <= set(translated), sorted(in_code - set(translated))[:5]
    assert (CATALOGS / f"fieldkit_{code}.qm").stat().st_mtime >= (CATALOGS / f"fieldkit_{code}.ts").stat().st_mtime - 5


@pytest.fixture
def language():
    yield i18n.install
    i18n.install("en")


@pytest.mark.parametrize(("code", "unlock", "file_menu", "new_button", "form_label", "bad_date"), [
    ("az", "Kilidi aç", "&Fayl", "&Yeni", "Müsahibənin tarixi", "tarix deyil"),
    ("ru", "Разблокировать", "&Файл", "&Новая", "Дата интервью", "не дата"),
])
def test_the_window_speaks_the_chosen_language(qtbot, db_path, passphrase, language, code, unlock, file_menu,
                                               new_button, form_label, bad_date):
    from fieldkit.services.workspace import Workspace

    Workspace.open(db_path, passphrase).close()
    assert language(code) == code
    window = MainWindow(db_path)
    qtbot.addWidget(window)
    window.show()
    assert window.unlock_page.button.text() == unlock
    assert window.menuBar().actions()[0].text() == file_menu
    window.unlock(passphrase)
    qtbot.waitUntil(lambda: window.ready, timeout=15000)
    assert window.browse.new_button.text() == new_button
    window.select_form("kii")
    window.new_record()
    view = window.form_view
    assert view.rows["interview_date"].label.text().startswith(form_label)
    qtbot.keyClicks(view.rows["interview_date"].widget.focus_widgets()[0], "31.02.2026")
    assert bad_date in view.rows["interview_date"].message.text()  # the engine's own message, translated
    window.close()
