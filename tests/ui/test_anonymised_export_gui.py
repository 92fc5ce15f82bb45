"""The export dialog makes an anonymised release: k (5 at least), l and the suppression limit."""

from __future__ import annotations

import sys
from pathlib import Path

import openpyxl
from PySide6.QtCore import Qt

from fieldkit.services.records import add_json_records

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "services"))
from vot_population import victims  # noqa: E402


def test_the_dialog_releases_victims_feedback_anonymised(qtbot, window, tmp_path):
    add_json_records(window.workspace, "vot_feedback", list(enumerate(victims(60, seed=60), start=1)))
    dialog = window.show_export()
    qtbot.addWidget(dialog)
    target = tmp_path / "public.xlsx"
    dialog.path.setText(str(target))
    dialog.privacy.setCurrentIndex(dialog.privacy.findData("anonymised"))
    assert dialog.k.minimum() == 5 and dialog.k.maximum() >= 11
    dialog.k.selectAll()
    qtbot.keyClicks(dialog.k, "6")
    dialog.l_diversity.selectAll()
    qtbot.keyClicks(dialog.l_diversity, "2")
    dialog.max_suppressed.selectAll()
    qtbot.keyClicks(dialog.max_suppressed, "10")
    qtbot.mouseClick(dialog.start_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.result is not None or dialog.error is not None, timeout=60000)
    assert dialog.error is None, dialog.error
    assert "vot_feedback:" in dialog.message.text() and "information loss" in dialog.message.text()
    book = openpyxl.load_workbook(target, read_only=True)
    report = list(book["_privacy_report"].iter_rows(values_only=True))
    header = next(book["vot_feedback"].iter_rows(values_only=True))
    book.close()
    row = dict(zip(report[0], next(r for r in report[1:] if r[0] == "vot_feedback")))
    assert (row["k"], row["l"], row["suppression limit"]) == (6, 2, 6) and row["k reached"] >= 6
    assert "respondent_code" not in header and "_date" not in header
