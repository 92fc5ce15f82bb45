"""Write small XLSForm workbooks for tests, as an M&E officer would in Excel."""

from __future__ import annotations

from pathlib import Path

import openpyxl


def _sheet(workbook, title, rows):
    sheet = workbook.create_sheet(title)
    columns: list[str] = []
    for row in rows:
        for key in row:
            if key not in columns:
                columns.append(key)
    sheet.append(columns)
    for row in rows:
        sheet.append([row.get(c, "") for c in columns])


def write_xlsform(path: Path, survey, choices=(), settings=None, hierarchies=()) -> Path:
    workbook = openpyxl.Workbook()
    workbook.remove(workbook.active)
    _sheet(workbook, "survey", list(survey))
    if choices:
        _sheet(workbook, "choices", list(choices))
    if settings:
        _sheet(workbook, "settings", [settings])
    if hierarchies:
        _sheet(workbook, "hierarchies", list(hierarchies))
    workbook.save(path)
    return path
