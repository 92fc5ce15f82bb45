"""Make hostile and broken workbooks from a good export (no binaries are committed).

Each maker takes a good fieldkit export and a folder and returns the path of a
bad file; ``HOSTILE`` lists them with the words the refusal must contain.
"""

from __future__ import annotations

import io
import os
import zipfile
from collections.abc import Callable
from pathlib import Path

import openpyxl


def _edit(good: Path, folder: Path, name: str, change: Callable[[openpyxl.Workbook], None]) -> Path:
    book = openpyxl.load_workbook(good)
    change(book)
    path = folder / name
    book.save(path)
    return path


def _column(sheet, header: str) -> int:
    return [c.value for c in sheet[1]].index(header) + 1


def noise(good: Path, folder: Path) -> Path:
    path = folder / "noise.xlsx"
    path.write_bytes(os.urandom(4096))
    return path


def truncated(good: Path, folder: Path) -> Path:
    data = good.read_bytes()
    path = folder / "truncated.xlsx"
    path.write_bytes(data[: len(data) // 2])
    return path


def foreign(good: Path, folder: Path) -> Path:
    book = openpyxl.Workbook()
    book.active.append(["name", "phone"])
    book.active.append(["somebody", "123"])
    path = folder / "foreign.xlsx"
    book.save(path)
    return path


def csv_renamed(good: Path, folder: Path) -> Path:
    path = folder / "table.csv.xlsx"
    path.write_text("uuid,women\n1,2\n", encoding="utf-8")
    return path


def xls_renamed(good: Path, folder: Path) -> Path:
    path = folder / "old.xls.xlsx"
    path.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 4088)  # an OLE file that is no workbook
    return path


def unknown_version(good: Path, folder: Path) -> Path:
    def change(book):
        sheet = book["_manifest"]
        for row in sheet.iter_rows(min_row=2):
            if row[0].value == "format_version":
                row[1].value = "99"
    return _edit(good, folder, "future.xlsx", change)


def row_count_mismatch(good: Path, folder: Path) -> Path:
    def change(book):
        sheet = book["kii"]
        sheet.delete_rows(sheet.max_row)
    return _edit(good, folder, "short.xlsx", change)


def duplicate_uuids(good: Path, folder: Path) -> Path:
    def change(book):
        sheet = book["kii"]
        column = _column(sheet, "_uuid")
        sheet.cell(row=3, column=column, value=sheet.cell(row=2, column=column).value)
    return _edit(good, folder, "twins.xlsx", change)


def text_in_integer(good: Path, folder: Path) -> Path:
    def change(book):
        sheet = book["kii"]
        sheet.cell(row=2, column=_column(sheet, "women"), value="many")
    return _edit(good, folder, "text-in-integer.xlsx", change)


def unknown_choice(good: Path, folder: Path) -> Path:
    def change(book):
        sheet = book["kii"]
        sheet.cell(row=3, column=_column(sheet, "place"), value="paris")
    return _edit(good, folder, "unknown-choice.xlsx", change)


def zip_bomb(good: Path, folder: Path) -> Path:
    path = folder / "bomb.xlsx"
    with zipfile.ZipFile(good) as source, zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as bomb:
        for item in source.infolist():
            bomb.writestr(item, source.read(item))
        with bomb.open("xl/media/padding.bin", "w") as part:
            block = b"\0" * (1024 * 1024)
            for _ in range(64):  # 64 MB of zeros, ~64 KB on disk
                part.write(block)
    return path


def entity_bomb(good: Path, folder: Path) -> Path:
    laughs = ('<?xml version="1.0"?>\n<!DOCTYPE lolz [<!ENTITY lol "lol">'
              + "".join(f'<!ENTITY lol{i} "{("&lol" + (str(i - 1) if i > 1 else "") + ";") * 10}">'
                        for i in range(1, 10))
              + ']>\n')
    path = folder / "laughs.xlsx"
    with zipfile.ZipFile(good) as source, zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as bomb:
        for item in source.infolist():
            data = source.read(item)
            if item.filename == "xl/worksheets/sheet1.xml":
                body = data.decode("utf-8").split("?>", 1)[-1]
                data = (laughs + body.replace("<sheetData>", "<sheetData><row r=\"999\"><c r=\"A999\" t=\"inlineStr\">"
                                                          "<is><t>&lol9;</t></is></c></row>", 1)).encode()
            bomb.writestr(item, data)
    return path


def broken_form_definition(good: Path, folder: Path) -> Path:
    def change(book):
        sheet = book["_forms"]
        sheet.cell(row=2, column=4, value='{"filename": "kii.xlsx", "sheets": {"survey": ')
        sheet.cell(row=2, column=2, value="1999")
    return _edit(good, folder, "broken-form.xlsx", change)


def million_rows(good: Path, folder: Path) -> Path:
    """The kii sheet swollen to a million rows (the manifest still says two)."""
    path = folder / "million.xlsx"
    rows = b"".join(b'<row r="%d"><c r="A%d" t="n"><v>1</v></c></row>' % (i, i) for i in range(3, 1_000_003))
    with zipfile.ZipFile(good) as source, zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as swollen:
        names = _sheet_parts(source)
        for item in source.infolist():
            data = source.read(item)
            if item.filename == names["kii"]:
                data = data.replace(b"</sheetData>", rows + b"</sheetData>", 1)
            swollen.writestr(item, data)
    return path


def huge_cell(good: Path, folder: Path) -> Path:
    def change(book):
        sheet = book["kii"]
        sheet.cell(row=2, column=_column(sheet, "interviewee_roles"), value="ə" * (10 * 1024 * 1024))
    return _edit(good, folder, "huge-cell.xlsx", change)


def formula_cells(good: Path, folder: Path) -> Path:
    def change(book):
        sheet = book["kii"]
        sheet.cell(row=2, column=_column(sheet, "women"), value="=1+1")
    return _edit(good, folder, "formula.xlsx", change)


def tampered_manifest(good: Path, folder: Path) -> Path:
    def change(book):
        sheet = book["_manifest"]
        for row in sheet.iter_rows(min_row=2):
            value = row[3].value
            if isinstance(value, str) and len(value) == 64:
                row[3].value = "0" * 64
                break
    return _edit(good, folder, "tampered.xlsx", change)


def wrong_types(good: Path, folder: Path) -> Path:
    def change(book):
        sheet = book["kii"]
        sheet.cell(row=2, column=_column(sheet, "_revision"), value="second")
    return _edit(good, folder, "wrong-types.xlsx", change)


def _cells(name: str, **cells) -> Callable[[Path, Path], Path]:
    """A maker that types ``cells`` (column -> value) into the first kii row, as someone in Excel would."""
    def make(good: Path, folder: Path) -> Path:
        def change(book):
            sheet = book["kii"]
            for column, value in cells.items():
                sheet.cell(row=2, column=_column(sheet, column)).value = value  # (None empties it)
        return _edit(good, folder, f"{name}.xlsx", change)
    make.__name__ = name.replace("-", "_")
    return make


# Rows that break the form's rules (each one a real form's rule, checked at HQ by the laptop's engine).
nobody_interviewed = _cells("nobody-interviewed", women=0, men=0)
endless_interview = _cells("endless-interview", duration_min=9999)
required_left_empty = _cells("required-left-empty", mode=None)
answer_where_not_relevant = _cells("not-relevant", place="baku", place_other="Paris")
notes_without_consent = _cells("notes-without-consent", consent="no", relevance="Kept although they said no")
future_interview = _cells("future-interview", interview_date="2031-05-01")
year_typo = _cells("year-typo", interview_date="1026-11-02")


def _sheet_parts(archive: zipfile.ZipFile) -> dict[str, str]:
    """Sheet title -> its part name, from the workbook's relationships."""
    import re

    workbook = archive.read("xl/workbook.xml").decode()
    rels = archive.read("xl/_rels/workbook.xml.rels").decode()
    targets = dict(re.findall(r'Id="(rId\d+)"[^>]*Target="/?(?:xl/)?([^"]+)"', rels))
    targets.update({k: v for v, k in re.findall(r'Target="/?(?:xl/)?([^"]+)"[^>]*Id="(rId\d+)"', rels)})
    return {name: "xl/" + targets[rid] for name, rid in re.findall(r'<sheet[^>]*name="([^"]+)"[^>]*r:id="(rId\d+)"',
                                                                   workbook)}


HOSTILE: list[tuple[str, Callable[[Path, Path], Path], str]] = [
    ("noise", noise, "not a zip archive"),
    ("truncated", truncated, "not a zip archive"),
    ("foreign", foreign, "not a fieldkit export"),
    ("csv-renamed", csv_renamed, "not a zip archive"),
    ("xls-renamed", xls_renamed, "not an encrypted .xlsx"),
    ("unknown-version", unknown_version, "format version '99'"),
    ("row-count", row_count_mismatch, "sheet kii: 1 rows, but the manifest says 2"),
    ("duplicate-uuids", duplicate_uuids, "sheet kii, row 3: record"),
    ("text-in-integer", text_in_integer, "sheet kii, row 2, column women: 'many' is not a whole number"),
    ("unknown-choice", unknown_choice, "sheet kii, row 3, column place: 'paris' is not one of the choices"),
    ("zip-bomb", zip_bomb, "zip bomb"),
    ("entity-bomb", entity_bomb, "entity bomb"),
    ("broken-form", broken_form_definition, "sheet _forms: the definition of form"),
    ("million-rows", million_rows, "but the manifest says 2"),
    ("10-MB-cell", huge_cell, "column interviewee_roles: 32767 characters: longer than"),
    ("formula-cells", formula_cells, "holds formulas"),
    ("tampered-manifest", tampered_manifest, "the manifest was altered"),
    ("wrong-types", wrong_types, "column _revision: 'second' is not a revision number"),
    ("nobody-interviewed", nobody_interviewed, "sheet kii, row 2, column men: Must be 0 or more, and at least one"),
    ("endless-interview", endless_interview, "sheet kii, row 2, column duration_min: Between 1 and 600 minutes."),
    ("required-left-empty", required_left_empty, "sheet kii, row 2, column mode: This answer is required."),
    ("not-relevant", answer_where_not_relevant, ("sheet kii, row 2, column place_other: answered although the form "
                                                 "says it does not apply here")),
    ("notes-without-consent", notes_without_consent, "sheet kii, row 2, column relevance: answered although"),
    ("future-interview", future_interview, "sheet kii, row 2, column interview_date: The date cannot be in the future"),
    ("year-typo", year_typo, ("sheet kii, row 2, column interview_date: 1026-11-02 is not between 1900-01-01 and "
                              "9999-12-31")),
]


def bytes_of(path: Path) -> bytes:
    return io.BytesIO(path.read_bytes()).getvalue()
