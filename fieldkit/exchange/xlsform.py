"""Read XLSForm workbooks (.xlsx) into a ``FormSource`` and check them.

openpyxl reads the cells; the domain builds and checks the form. pyxform, the
reference XLSForm converter, is run as a last check so that a form fieldkit
accepts is also a form ODK tools accept.
"""

from __future__ import annotations

import datetime as dt
import zipfile
from pathlib import Path
from typing import Any

from fieldkit.domain.form import Form
from fieldkit.domain.xlsform import FormError, FormProblem, FormSource, SheetRows, build_form

__all__ = ["read_form_source", "load_form", "check_with_pyxform"]

_SHEETS = ("survey", "choices", "settings", "hierarchies")
# A questionnaire is small; refuse anything that unpacks to more than this.
_MAX_UNPACKED_BYTES = 50 * 1024 * 1024


def _cell_text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, dt.datetime):
        return value.date().isoformat() if value.time() == dt.time() else value.isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    return str(value)


def _unreadable(path: Path, why: str) -> FormError:
    return FormError([FormProblem(path.name, "", None, None, f"cannot be read as an XLSForm workbook: {why}")])


def read_form_source(path: Path) -> FormSource:
    """The sheets survey, choices and settings of ``path`` as strings."""
    import openpyxl  # deferred: keeps start-up of the GUI and CLI fast

    path = Path(path)
    if not path.is_file():
        raise _unreadable(path, "no such file")
    try:
        with zipfile.ZipFile(path) as archive:
            if sum(info.file_size for info in archive.infolist()) > _MAX_UNPACKED_BYTES:
                raise _unreadable(path, "it unpacks to more than 50 MB")
    except zipfile.BadZipFile:
        raise _unreadable(path, "not an .xlsx file (not a zip archive)") from None
    try:
        workbook = openpyxl.load_workbook(path, read_only=True, data_only=True)
    except Exception as exc:  # openpyxl raises many kinds on broken files
        raise _unreadable(path, f"{type(exc).__name__}: {exc}") from None
    try:
        sheets: dict[str, SheetRows] = {}
        for worksheet in workbook.worksheets:
            key = worksheet.title.strip().lower()
            if key not in _SHEETS:
                continue
            rows = worksheet.iter_rows(values_only=True)
            header_row = next(rows, None)
            if header_row is None:
                sheets[key] = SheetRows(key)
                continue
            headers = [_cell_text(h).strip() for h in header_row]
            sheet = SheetRows(key)
            for number, cells in enumerate(rows, start=2):
                row = {h: _cell_text(c) for h, c in zip(headers, cells) if h}
                if any(v.strip() for v in row.values()):
                    sheet.rows.append((number, row))
            sheets[key] = sheet
    finally:
        workbook.close()
    return FormSource(path.name, sheets)


def check_with_pyxform(path: Path) -> list[FormProblem]:
    """Problems pyxform finds in the workbook (converting it to an XForm)."""
    from pyxform.errors import PyXFormError
    from pyxform.xls2xform import convert

    try:
        convert(xlsform=str(path), validate=False, pretty_print=False)
    except PyXFormError as exc:
        return [FormProblem(Path(path).name, "survey", None, None, f"pyxform: {exc}")]
    except Exception as exc:  # pyxform has no single error type for bad input
        return [FormProblem(Path(path).name, "", None, None, f"pyxform: {type(exc).__name__}: {exc}")]
    return []


def load_form(path: Path, *, strict: bool = True) -> tuple[Form, FormSource]:
    """Read, build and check a form; raise FormError with every problem."""
    source = read_form_source(Path(path))
    form = build_form(source)
    if strict:
        problems = check_with_pyxform(Path(path))
        if problems:
            raise FormError(problems)
    return form, source
