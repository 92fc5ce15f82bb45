"""Write the evaluation report workbook: one formatted sheet per report, native charts.

Reports are small (one row per interview, event, indicator or note), so the
normal openpyxl mode is used: it allows charts, merged titles and styles.
"""

from __future__ import annotations

from collections import defaultdict
from pathlib import Path
from typing import Any

from fieldkit.exchange.atomic import write_atomically
from fieldkit.exchange.workbook_out import RISKY_PREFIXES

__all__ = ["write_report_workbook", "SHEETS"]

SHEETS = ("Interview log", "Training scores", "Question difficulty", "Indicators", "Activities", "Evidence")


def _setup(sheet: Any, title: str, subtitle: str, headers: list[str], widths: list[int]) -> int:
    from openpyxl.styles import Alignment, Font, PatternFill
    from openpyxl.utils import get_column_letter

    sheet["A1"] = title
    sheet["A1"].font = Font(bold=True, size=14)
    sheet["A2"] = subtitle
    sheet["A2"].font = Font(italic=True, color="666666")
    for column, (header, width) in enumerate(zip(headers, widths), start=1):
        cell = sheet.cell(row=4, column=column, value=header)
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = PatternFill("solid", fgColor="305496")
        cell.alignment = Alignment(wrap_text=True, vertical="top")
        sheet.column_dimensions[get_column_letter(column)].width = width
    sheet.freeze_panes = "A5"
    return 5


def _put(sheet: Any, row: int, values: list[Any], formats: dict[int, str] | None = None) -> None:
    from openpyxl.styles import Alignment

    for column, value in enumerate(values, start=1):
        cell = sheet.cell(row=row, column=column, value=value)
        if isinstance(value, str) and value.startswith(RISKY_PREFIXES):
            cell.data_type = "s"  # user text is never a formula
            cell.quotePrefix = True
        if formats and column in formats:
            cell.number_format = formats[column]
        if isinstance(value, str) and len(value) > 40:
            cell.alignment = Alignment(wrap_text=True, vertical="top")


def _interview_log(book: Any, data: dict[str, Any], subtitle: str) -> None:
    from openpyxl.chart import BarChart, Reference
    from openpyxl.styles import Font

    sheet = book.create_sheet("Interview log")
    headers = ["No.", "Type", "Date", "Institutions", "Women", "Men", "Minutes", "Place", "Mode"]
    row = _setup(sheet, "Interview log (key informant interviews and focus groups)", subtitle, headers,
                 [6, 7, 12, 34, 8, 8, 9, 16, 14])
    for item in data["interviews"]:
        _put(sheet, row, [item["number"], item["kind"], item["date"], item["institutions"], item["women"],
                          item["men"], item["minutes"], item["place"], item["mode"]])
        row += 1
    totals = data["totals"]
    _put(sheet, row, ["Total", f"{totals.get('interviews', 0)} interviews", "", "", totals.get("women", 0),
                      totals.get("men", 0), totals.get("minutes", 0), f"{totals.get('hours', 0)} h", ""])
    _put(sheet, row + 1, ["Average", "", "", "", totals.get("average_women", 0), totals.get("average_men", 0),
                          totals.get("average_minutes", 0), "", ""])
    for r in (row, row + 1):
        for c in range(1, 10):
            sheet.cell(row=r, column=c).font = Font(bold=True)
    # Chart data: interviews by institution and sex (an interview counts for each institution in it).
    by_institution: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    for item in data["interviews"]:
        for code in [c.strip() for c in item["institutions"].split(",") if c.strip()] or ["(none)"]:
            by_institution[code][0] += item["women"]
            by_institution[code][1] += item["men"]
    start = 4
    sheet.cell(row=start, column=11, value="Institution")
    sheet.cell(row=start, column=12, value="Women")
    sheet.cell(row=start, column=13, value="Men")
    for offset, (code, (women, men)) in enumerate(sorted(by_institution.items()), start=1):
        _put_at(sheet, start + offset, 11, [code, women, men])
    if by_institution:
        chart = BarChart()
        chart.type = "col"
        chart.grouping = "stacked"
        chart.overlap = 100
        chart.title = "People interviewed by institution and sex"
        chart.y_axis.title = "People"
        end = start + len(by_institution)
        chart.add_data(Reference(sheet, min_col=12, max_col=13, min_row=start, max_row=end), titles_from_data=True)
        chart.set_categories(Reference(sheet, min_col=11, min_row=start + 1, max_row=end))
        chart.height, chart.width = 9, 18
        sheet.add_chart(chart, "O4")


def _put_at(sheet: Any, row: int, column: int, values: list[Any]) -> None:
    for offset, value in enumerate(values):
        cell = sheet.cell(row=row, column=column + offset, value=value)
        if isinstance(value, str) and value.startswith(RISKY_PREFIXES):
            cell.data_type = "s"


def _training_scores(book: Any, data: dict[str, Any], subtitle: str) -> None:
    from openpyxl.chart import BarChart, LineChart, Reference
    from openpyxl.styles import PatternFill

    sheet = book.create_sheet("Training scores")
    headers = ["Event", "Date", "Place", "Participants", "Topic", "Pre mean %", "Post mean %",
               "Improvement (points)", "Normalised gain", "Pass mark %", "Post ≥ pass mark %",
               "Women: post mean %", "Women: post ≥ pass mark %", "Men: post mean %", "Men: post ≥ pass mark %",
               "Pre only", "Post only", "Below target"]
    row = _setup(sheet, "Training scores: pre- and post-tests matched by participant", subtitle, headers,
                 [16, 11, 12, 12, 30, 10, 10, 12, 10, 9, 12, 11, 12, 11, 12, 8, 8, 9])
    first = row
    flag = PatternFill("solid", fgColor="F8CBAD")
    for item in data["scores"]:
        event = item["event"]
        women, men = item["by_sex"].get("female", {}), item["by_sex"].get("male", {})
        _put(sheet, row, [event["event_code"], event["date"], event["place"], item["matched"], event["topic"],
                          item["pre_mean"], item["post_mean"], item["improvement"], item["normalised_gain"],
                          event["pass_mark"], item["pass_share"], women.get("post_mean"), women.get("pass_share"),
                          men.get("post_mean"), men.get("pass_share"), item["pre_only"], item["post_only"],
                          "yes" if item["short_of_target"] else "no"], {9: "0.00"})
        if item["short_of_target"]:
            for column in range(1, len(headers) + 1):
                sheet.cell(row=row, column=column).fill = flag
        row += 1
    if data["scores"]:
        bars = BarChart()
        bars.type = "col"
        bars.title = "Pre- and post-test means per event, against the pass mark"
        bars.y_axis.title = "%"
        bars.y_axis.scaling.min, bars.y_axis.scaling.max = 0, 100
        bars.add_data(Reference(sheet, min_col=6, max_col=7, min_row=first - 1, max_row=row - 1),
                      titles_from_data=True)
        bars.set_categories(Reference(sheet, min_col=1, min_row=first, max_row=row - 1))
        line = LineChart()
        line.add_data(Reference(sheet, min_col=10, min_row=first - 1, max_row=row - 1), titles_from_data=True)
        bars += line
        bars.height, bars.width = 9, 20
        sheet.add_chart(bars, f"A{row + 2}")


def _question_difficulty(book: Any, data: dict[str, Any], subtitle: str) -> None:
    sheet = book.create_sheet("Question difficulty")
    headers = ["Event", "Question", "Text", "Right at pre-test %", "Right at post-test %", "Change (points)"]
    row = _setup(sheet, "Which questions the training did (not) teach", subtitle, headers, [16, 10, 60, 12, 12, 12])
    for item in data["scores"]:
        for name, (pre, post) in item["questions"].items():
            change = round(post - pre, 1) if pre is not None and post is not None else None
            _put(sheet, row, [item["event"]["event_code"], name, data["question_labels"].get(name, name), pre, post,
                              change])
            row += 1


def _indicators(book: Any, data: dict[str, Any], subtitle: str) -> None:
    from openpyxl.styles import PatternFill

    sheet = book.create_sheet("Indicators")
    headers = ["Level", "Code", "Result", "Indicator", "Kind", "Baseline", "Target", "Value", "Status",
               "Computed from", "Records behind"]
    row = _setup(sheet, "Indicators against their targets (monitoring matrix)", subtitle, headers,
                 [10, 7, 40, 50, 13, 9, 9, 9, 10, 30, 9])
    colours = {"met": "C6EFCE", "not met": "FFC7CE", "no data": "EDEDED", "not tied": "FFFFFF"}
    for item in data["indicators"]:
        source = (f"{item['method']} of {item['form']}.{item['field']}"
                  + (f" = {item['value']}" if item["value"] and item["method"] != "pass_share" else "")
                  if item["method"] and item["method"] != "pass_share" else
                  "post-test participants at or above the pass mark" if item["method"] else "")
        value = item.get("value")
        _put(sheet, row, [item["level"], item["code"], item["statement"], item["indicator"], item["kind"],
                          item["baseline"], item["target"], value, item["status"], source, item["records"]])
        sheet.cell(row=row, column=9).fill = PatternFill("solid", fgColor=colours.get(item["status"], "FFFFFF"))
        row += 1
    counts = {status: sum(1 for i in data["indicators"] if i["status"] == status) for status in colours}
    if data["indicators"]:
        from openpyxl.chart import BarChart, Reference

        sheet.cell(row=4, column=13, value="Status")
        sheet.cell(row=4, column=14, value="Indicators")
        for offset, (status, count) in enumerate(counts.items(), start=1):
            sheet.cell(row=4 + offset, column=13, value=status)
            sheet.cell(row=4 + offset, column=14, value=count)
        chart = BarChart()
        chart.type = "bar"
        chart.title = "Indicators by status"
        chart.add_data(Reference(sheet, min_col=14, min_row=4, max_row=4 + len(counts)), titles_from_data=True)
        chart.set_categories(Reference(sheet, min_col=13, min_row=5, max_row=4 + len(counts)))
        chart.height, chart.width = 7, 14
        sheet.add_chart(chart, "P4")


def _activities(book: Any, data: dict[str, Any], subtitle: str) -> None:
    sheet = book.create_sheet("Activities")
    headers = ["Code", "Planned activity", "Done", "Events", "Recorded as"]
    row = _setup(sheet, "Activities: planned against done", subtitle, headers, [8, 70, 7, 30, 28])
    for item in data["activities"]:
        _put(sheet, row, [item["code"], item["statement"], "yes" if item["done"] else "no",
                          ", ".join(item["events"]), ", ".join(item["types"])])
        row += 1


def _evidence(book: Any, data: dict[str, Any], subtitle: str) -> None:
    sheet = book.create_sheet("Evidence")
    headers = ["Criterion", "Note", "Source", "Date", "Place", "Institutions"]
    row = _setup(sheet, "Evidence by evaluation criterion (quotes listed apart)", subtitle, headers,
                 [18, 80, 8, 12, 14, 30])
    for item in data["evidence"]:
        _put(sheet, row, [item["criterion"].replace("_", " "), item["text"], item["kind"], item["date"],
                          item["place"], item["institutions"]])
        row += 1


def write_report_workbook(path: Path, data: dict[str, Any]) -> None:
    """All reports in one workbook at ``path`` (written to a temporary file, then renamed)."""
    from openpyxl import Workbook

    book = Workbook()
    book.remove(book.active)
    filters = ", ".join(f"{k.replace('_', ' ')}: {v}" for k, v in data["filters"].items()) or "all records"
    subtitle = f"Final records only; {filters}."
    _interview_log(book, data, subtitle)
    _training_scores(book, data, subtitle)
    _question_difficulty(book, data, subtitle)
    _indicators(book, data, subtitle)
    _activities(book, data, subtitle)
    _evidence(book, data, subtitle)
    write_atomically(Path(path), book.save)
