"""A year typo is refused where it is typed; a unique clash is settled in the conflicts view."""

from __future__ import annotations

from keyboard import type_text
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit

from fieldkit.services.export import export_workbook
from fieldkit.services.merge import merge_workbooks, open_conflicts
from fieldkit.services.records import add_json_records, list_records
from fieldkit.services.workspace import Workspace
from fieldkit.ui.conflicts_view import ConflictsDialog

EVENT = {"event_code": "TE-7", "activity_type": "training", "output": "1.1", "activity_code": "1.1.1",
         "topic": "NRM", "date_start": "2026-06-10", "date_end": "2026-06-11", "place": "guba",
         "institutions": ["MIA"], "women": 9, "men": 6}


def test_a_date_in_1026_is_refused_next_to_the_question(qtbot, window):
    window.select_form("kii")
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    view = window.form_view
    target = view.rows["interview_date"].widget.focus_widgets()[0]
    assert isinstance(target, QLineEdit)
    type_text(qtbot, target, "02.11.1026")
    qtbot.waitUntil(lambda: "1026-11-02 is not between 1900-01-01 and 9999-12-31"
                    in view.rows["interview_date"].message.text())


def test_two_events_with_one_code_are_kept_both_in_the_conflicts_view(qtbot, tmp_path):
    files = []
    for name in ("guba", "ganja"):
        with Workspace.open(tmp_path / f"{name}.db", "laptop passphrase", create=True) as laptop:
            add_json_records(laptop, "training_event", [(1, {**EVENT, "topic": f"NRM in {name}"})])
            files.append(export_workbook(laptop, tmp_path / f"{name}.xlsx").path)
    with Workspace.open(tmp_path / "hq.db", "hq passphrase", create=True) as hq:  # each database: a laptop
        assert merge_workbooks(hq, files).conflicts == 1
        dialog = ConflictsDialog(hq)
        qtbot.addWidget(dialog)
        dialog.show()
        assert dialog.keep_both.isVisible() and "event_code" in dialog.hint.text()
        assert dialog.differing_rows()  # the two events side by side: their topics differ
        qtbot.keyClicks(dialog.new_value, "TE-7")  # taken: refused in the dialog, nothing changed
        qtbot.mouseClick(dialog.keep_both, Qt.MouseButton.LeftButton)
        assert "taken" in dialog.problem.text() and len(open_conflicts(hq)) == 1
        dialog.new_value.clear()
        qtbot.keyClicks(dialog.new_value, "TE-7-GANJA")
        qtbot.mouseClick(dialog.keep_both, Qt.MouseButton.LeftButton)
        assert open_conflicts(hq) == [] and dialog.list.count() == 0
        codes = sorted(r.data["event_code"] for r, _ in list_records(hq, "training_event"))
        assert codes == ["TE-7", "TE-7-GANJA"]
