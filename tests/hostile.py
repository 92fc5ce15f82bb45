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
]


# -- identity, numbers, nesting (issue 13, points 6 and 10) ----------------------------------------


def _manifest_line(book, uuid):
    for row in book["_manifest"].iter_rows(min_row=2):
        if row[0].value == uuid:
            return row
    raise LookupError(uuid)


def _forged_uuid(name: str, forge: Callable[[str], str], *, in_manifest: bool):
    def make(good: Path, folder: Path) -> Path:
        def change(book):
            sheet = book["kii"]
            cell = sheet.cell(row=2, column=_column(sheet, "_uuid"))
            if in_manifest:
                _manifest_line(book, cell.value)[0].value = forge(cell.value)
            cell.value = forge(cell.value)
        return _edit(good, folder, name, change)
    make.__name__ = name.removesuffix(".xlsx").replace("-", "_")
    return make


upper_case_uuid = _forged_uuid("upper-uuid.xlsx", str.upper, in_manifest=True)
spaced_uuid = _forged_uuid("spaced-uuid.xlsx", lambda uuid: uuid + " ", in_manifest=False)
huge_uuid = _forged_uuid("huge-uuid.xlsx", lambda uuid: uuid + "x" * (10 * 1024 * 1024), in_manifest=False)


def long_number(good: Path, folder: Path) -> Path:
    def change(book):
        sheet = book["kii"]
        sheet.cell(row=2, column=_column(sheet, "women"), value="7" * 5000)
    return _edit(good, folder, "long-number.xlsx", change)


def long_revision(good: Path, folder: Path) -> Path:
    def change(book):
        sheet = book["kii"]
        uuid = sheet.cell(row=2, column=_column(sheet, "_uuid")).value
        _manifest_line(book, uuid)[2].value = "7" * 5000
    return _edit(good, folder, "long-revision.xlsx", change)


def huge_bad_cell(good: Path, folder: Path) -> Path:
    """10 MB of text where a number belongs: the refusal quotes it shortened."""
    def change(book):
        sheet = book["kii"]
        sheet.cell(row=2, column=_column(sheet, "duration_min"), value="ə" * (10 * 1024 * 1024))
    return _edit(good, folder, "huge-bad-cell.xlsx", change)


def huge_device(good: Path, folder: Path) -> Path:
    def change(book):
        sheet = book["kii"]
        sheet.cell(row=2, column=_column(sheet, "_device"), value="d" * 30000)
    return _edit(good, folder, "huge-device.xlsx", change)


def deep_form_definition(good: Path, folder: Path) -> Path:
    """A form definition in _forms nested 100,000 deep (JSON)."""
    def change(book):
        sheet = book["_forms"]
        sheet.cell(row=2, column=2, value="1999")
        sheet.cell(row=2, column=4, value="[" * 30000)
        sheet.cell(row=2, column=3, value=1)
        sheet.append(["kii", "1999", 2, "[" * 30000])
        sheet.append(["kii", "1999", 3, "[" * 30000])
        sheet.append(["kii", "1999", 4, "[" * 10000 + "]" * 20000])
        for part in range(5, 8):
            sheet.append(["kii", "1999", part, "]" * 30000])
    return _edit(good, folder, "deep-form.xlsx", change)


HOSTILE += [
    ("upper-case-uuid", upper_case_uuid, "column record_uuid: '"),
    ("spaced-uuid", spaced_uuid, "sheet kii, row 2, column _uuid: '"),
    ("huge-uuid", huge_uuid, "characters)…xxxxxxxx"),
    ("5000-digit-number", long_number, "sheet kii, row 2, column women: '7777777777"),
    ("5000-digit-revision", long_revision, "has no valid revision"),
    ("10-MB-bad-cell", huge_bad_cell, "sheet kii, row 2, column duration_min: 'əəəəə"),
    ("huge-device", huge_device, "column _device: 'dddd"),
    ("deep-form-definition", deep_form_definition, "1999 is broken"),
]


# -- memory (issue 13, point 7) -------------------------------------------------------------------


def _write_precompressed(archive: zipfile.ZipFile, name: str, pieces: list[tuple[bytes, bytes, int]], *,
                         declared: int | None = None) -> None:
    """Add part ``name`` to an archive open for writing from raw deflate ``pieces``: (plain, compressed,
    times), each piece ending on a full flush, so that its compressed bytes can be repeated.
    ``declared``: the size it says it has (a lie, with the CRC of that many bytes)."""
    import zlib

    crc, size, compressed = 0, 0, 0
    for plain, packed, times in pieces:
        for _ in range(times):
            if declared is None or size < declared:
                crc = zlib.crc32(plain[: None if declared is None else declared - size], crc)
            size += len(plain)
        compressed += len(packed) * times
    size = size if declared is None else declared
    info = zipfile.ZipInfo(name, date_time=(2026, 12, 1, 0, 0, 0))
    info.compress_type = zipfile.ZIP_DEFLATED
    info.file_size, info.compress_size, info.CRC = size, compressed, crc
    info.header_offset = archive.fp.tell()
    archive.fp.write(info.FileHeader())
    for _, packed, times in pieces:
        for _ in range(times):
            archive.fp.write(packed)
    archive.start_dir = archive.fp.tell()
    archive.filelist.append(info)
    archive.NameToInfo[name] = info
    archive._didModify = True


def shared_strings_bomb(good: Path, folder: Path, *, megabytes: int = 1536, name: str = "strings-bomb.xlsx",
                        lying: bool = False) -> Path:
    """A ~10 MB workbook whose sharedStrings.xml unpacks to 1.5 GB of long strings: compressed about
    150x, under the zip-bomb ratio; built in a second or two (one 1 MB block compressed once, repeated)."""
    import random
    import zlib

    rng = random.Random(13)
    strings, length = [], 0
    while length < 1 << 20:
        text = "".join("a" * rng.randrange(400, 800) + rng.choice("bcdefghijklmnopqrstuvwxyz") for _ in range(50))
        strings.append(f"<si><t>{text}</t></si>")
        length += len(strings[-1])
    block = "".join(strings).encode()
    path = folder / name
    strings = "xl/sharedStrings.xml"
    with zipfile.ZipFile(good) as source, zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as bomb:
        for item in source.infolist():  # (openpyxl's write-only mode writes no shared strings: add them)
            data = source.read(item)
            if item.filename == "[Content_Types].xml":
                data = data.replace(b"</Types>", b'<Override PartName="/xl/sharedStrings.xml" ContentType="application/'
                                    b'vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/></Types>')
            elif item.filename == "xl/_rels/workbook.xml.rels":
                data = data.replace(b"</Relationships>", b'<Relationship Id="rIdStrings" Type="http://schemas.'
                                    b'openxmlformats.org/officeDocument/2006/relationships/sharedStrings" '
                                    b'Target="sharedStrings.xml"/></Relationships>')
            bomb.writestr(item, data)
        head = (b'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<sst xmlns="http://schemas.openxmlformats'
                b'.org/spreadsheetml/2006/main">')
        packer = zlib.compressobj(6, zlib.DEFLATED, -15)
        pieces = []
        for plain, times, flush in ((head, 1, zlib.Z_FULL_FLUSH), (block, megabytes, zlib.Z_FULL_FLUSH),
                                    (b"</sst>", 1, zlib.Z_FINISH)):
            pieces.append((plain, packer.compress(plain) + packer.flush(flush), times))
        _write_precompressed(bomb, strings, pieces, declared=len(head) + len(block) if lying else None)
    return path


def lying_strings_bomb(good: Path, folder: Path) -> Path:
    """The same, its shared strings declaring 1 MB (with the CRC of that first MB) but holding 1.5 GB."""
    return shared_strings_bomb(good, folder, name="lying-strings.xlsx", lying=True)


HOSTILE += [
    ("shared-strings-bomb", shared_strings_bomb, "part xl/sharedStrings.xml and the other parts read whole need"),
    ("lying-shared-strings", lying_strings_bomb, "damaged part xl/sharedStrings.xml (longer than its declared size)"),
]


def bytes_of(path: Path) -> bytes:
    return io.BytesIO(path.read_bytes()).getvalue()
