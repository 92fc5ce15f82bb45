"""The Reports view: built in the background, filters change the figures, export works."""

from __future__ import annotations

import openpyxl

from fieldkit.services.records import add_json_records

KII = {"interview_date": "2019-07-02", "place": "baku", "mode": "in_person", "institutions": ["MFA"],
       "women": 1, "men": 1, "duration_min": 90, "consent": "yes", "relevance": "Çox aktualdır"}


def test_a_filter_changes_the_figures(qtbot, window, tmp_path):
    add_json_records(window.workspace, "kii", [
        (1, KII), (2, {**KII, "place": "nakhchivan", "women": 6, "men": 7, "institutions": ["SMS", "MFA"]}),
        (3, {**KII, "women": 2, "men": 2, "duration_min": 70, "relevance": "Davamlılıq zəifdir"})])
    dialog = window.show_reports()
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.ready, timeout=20000)
    assert dialog.log_table.rowCount() == 3
    assert "9 women, 10 men" in dialog.totals.text()
    dialog.place.setCurrentIndex(dialog.place.findData("nakhchivan"))
    qtbot.waitUntil(lambda: dialog.ready and dialog.log_table.rowCount() == 1, timeout=20000)
    assert "6 women, 7 men" in dialog.totals.text()
    dialog.place.setCurrentIndex(0)
    dialog.institution.setCurrentIndex(dialog.institution.findData("SMS"))
    qtbot.waitUntil(lambda: dialog.ready and dialog.log_table.rowCount() == 1, timeout=20000)
    dialog.institution.setCurrentIndex(0)
    qtbot.keyClicks(dialog.search, "davamli")
    qtbot.waitUntil(lambda: dialog.ready and dialog.evidence_table.rowCount() == 1
                    and dialog.evidence_table.item(0, 1).text() == "Davamlılıq zəifdir", timeout=20000)

    dialog.export(str(tmp_path / "from-gui.xlsx"))
    qtbot.waitUntil(lambda: getattr(dialog, "export_result", None) is not None, timeout=20000)
    assert "Interview log" in openpyxl.load_workbook(tmp_path / "from-gui.xlsx").sheetnames


def test_the_framework_is_edited_in_the_view(qtbot, window):
    add_json_records(window.workspace, "kii", [(1, KII), (2, {**KII, "consent": "no"})])
    dialog = window.show_reports()
    qtbot.addWidget(dialog)
    qtbot.waitUntil(lambda: dialog.ready, timeout=20000)
    table = dialog.indicator_table
    row = next(r for r in range(table.rowCount())
               if table.item(r, 11).text() == "not tied" and table.item(r, 3).text() == "percent")
    for column, text in ((4, "40"), (6, "share"), (7, "kii"), (8, "consent"), (9, "yes")):
        table.item(row, column).setText(text)
    dialog.save_framework()
    qtbot.waitUntil(lambda: dialog.ready and table.item(row, 11).text() == "met", timeout=20000)
    assert table.item(row, 10).text() == "50.0"
    assert table.item(row, 12).text() == "2" and len(table.item(row, 12).toolTip().split(", ")) == 2
