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


def _templates_below_the_window() -> set[str]:
    """Every template given to Message(...) or refuse(...) outside fieldkit/ui: literals, and the
    module constants named instead of a literal."""
    import ast
    import importlib

    found: set[str] = set()
    for path in sorted((ROOT / "fieldkit").rglob("*.py")):
        if "ui" in path.relative_to(ROOT / "fieldkit").parts:
            continue
        tree = ast.parse(path.read_text(encoding="utf-8"))
        module = None
        for node in ast.walk(tree):
            if not (isinstance(node, ast.Call) and node.args):
                continue
            name = node.func.id if isinstance(node.func, ast.Name) else getattr(node.func, "attr", "")
            if name not in ("Message", "refuse"):
                continue
            first = node.args[0]
            if isinstance(first, ast.Constant) and isinstance(first.value, str):
                found.add(first.value)
            elif isinstance(first, ast.Name):
                if module is None:
                    dotted = ".".join(path.relative_to(ROOT).with_suffix("").parts)
                    module = importlib.import_module(dotted)
                constant = getattr(module, first.id, None)  # a module constant, not a pass-through parameter
                if isinstance(constant, str):
                    found.add(constant)
    return found


@pytest.mark.parametrize("code", ["az", "ru"])
def test_every_message_from_below_the_window_is_translated(code):
    templates = _templates_below_the_window()
    assert len(templates) > 60  # the scan sees the import's refusals, the store's and the engine's messages
    catalog = {m.find("source").text: (m.find("translation").text or "")
               for m in ET.parse(CATALOGS / f"fieldkit_{code}.ts").iter("message")}
    missing = sorted(t for t in templates if not catalog.get(t, "").strip())
    assert not missing, missing[:5]


@pytest.mark.parametrize(("code", "column", "not_whole"), [("az", "women sütunu", "tam ədəd deyil"),
                                                        ("ru", "столбец women", "не целое число")])
def test_a_refused_import_reads_in_the_window_language(qtbot, tmp_path, db_path, passphrase, language, code, column,
                                                       not_whole):
    """A workbook edited by hand ('many' typed in an integer column) is refused in the window's language."""
    import openpyxl
    from PySide6.QtCore import Qt

    from fieldkit.services.export import export_workbook
    from fieldkit.services.records import add_json_records
    from fieldkit.services.workspace import Workspace

    with Workspace.open(tmp_path / "laptop.db", "laptop passphrase", create=True) as laptop:
        add_json_records(laptop, "kii", [(1, {"interview_date": "2026-11-02", "place": "baku", "mode": "in_person",
                                              "institutions": ["MFA"], "duration_min": 60,
                                              "women": 1, "men": 2, "consent": "yes"})])
        export_workbook(laptop, tmp_path / "laptop.xlsx")
    book = openpyxl.load_workbook(tmp_path / "laptop.xlsx")
    sheet = book["kii"]
    sheet.cell(row=2, column=[c.value for c in sheet[1]].index("women") + 1, value="many")
    book.save(tmp_path / "edited.xlsx")

    Workspace.open(db_path, passphrase).close()
    assert language(code) == code
    window = MainWindow(db_path, passphrase=passphrase)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window.ready, timeout=15000)
    dialog = window.show_import()
    qtbot.addWidget(dialog)
    dialog.add_files([str(tmp_path / "edited.xlsx")])
    qtbot.mouseClick(dialog.start_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.result is not None or dialog.error is not None, timeout=60000)
    assert str(dialog.error) == "edited.xlsx, sheet kii, row 2, column women: 'many' is not a whole number"
    shown = dialog.message.text()
    assert "edited.xlsx" in shown and column in shown and not_whole in shown and "'many'" in shown
    assert "sheet kii" not in shown and "is not a whole number" not in shown
    dialog.reject()
    window.close()
