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
    return resign(_edit(good, folder, "broken-form.xlsx", change))  # (validly signed: the definition is checked)


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


def tampered_and_resigned(good: Path, folder: Path) -> Path:
    """A record's hash changed and the manifest signed again (by a laptop of the forger's own, or a
    laptop's owner): the untouched row still gives it away."""
    return resign(tampered_manifest(good, folder))


def wrong_types(good: Path, folder: Path) -> Path:
    def change(book):
        sheet = book["kii"]
        sheet.cell(row=2, column=_column(sheet, "_revision"), value="second")
    return _edit(good, folder, "wrong-types.xlsx", change)


# -- signed manifests (issue 13, point 3): forgeries of a file a laptop signed ----------------------


def resign(path: Path, key=None) -> Path:
    """Sign ``path``'s manifest again, as fieldkit would, with ``key`` (a new Ed25519 key if None):
    what a forger holding a key can do. The digest of the _forms sheet is recomputed too."""
    from cryptography.hazmat.primitives import serialization
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

    from fieldkit.services import signing

    key = key or Ed25519PrivateKey.generate()
    public = key.public_key().public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw).hex()
    book = openpyxl.load_workbook(path)
    forms = signing.forms_digest()
    for row in book["_forms"].iter_rows(values_only=True):
        forms.row(row)
    manifest = book["_manifest"]
    _set_value(manifest, signing.KEY, public)
    _set_value(manifest, signing.KEY_FINGERPRINT, signing.fingerprint(public))
    _set_value(manifest, signing.FORMS_DIGEST, forms.hexdigest())
    digest = signing.ManifestDigest()
    for row in manifest.iter_rows(values_only=True):
        digest.row(row)
    _set_value(manifest, signing.SIGNATURE, key.sign(digest.digest()).hex())
    book.save(path)
    return path


def _set_value(manifest, key: str, value) -> None:
    for row in manifest.iter_rows(min_row=2):
        if row[0].value == key:
            row[1].value = value
            return
    raise KeyError(key)


def _manifest_line(manifest, uuid: str):
    return next(row for row in manifest.iter_rows(min_row=2) if row[0].value == uuid)


def _hash_as_fieldkit_computes(path: Path, uuid: str) -> str:
    """The content hash fieldkit gives the row of ``uuid`` in ``path``: what a forger gets by
    importing the edited file into a database of their own, with the edits applied."""
    import tempfile

    from fieldkit.services.merge import merge_workbooks
    from fieldkit.services.workspace import Workspace

    with tempfile.TemporaryDirectory() as scratch:
        with Workspace.open(Path(scratch) / "forger.db", "forger passphrase", create=True) as forger:
            merge_workbooks(forger, [path], accept_edits=True)
            return forger.db.execute("SELECT sha256 FROM records WHERE uuid = ?", [uuid]).fetchone()[0]


def _edited_and_rehashed(good: Path, folder: Path, name: str, *, next_revision: bool) -> Path:
    book = openpyxl.load_workbook(good)
    sheet = book["kii"]
    uuid = sheet.cell(row=2, column=_column(sheet, "_uuid")).value
    sheet.cell(row=2, column=_column(sheet, "women"), value=7)
    book.save(folder / f"{name}-step.xlsx")
    forged = _hash_as_fieldkit_computes(folder / f"{name}-step.xlsx", uuid)
    line = _manifest_line(book["_manifest"], uuid)
    genuine, revision = line[3].value, int(line[2].value)
    line[3].value = forged
    # It names the genuine revision as its ancestor: as a later revision it replaces it ("1 updated");
    # at the same revision, arriving first, it makes the genuine one look like old news.
    line[4].value = " ".join(sorted({*str(line[4].value or "").split(), f"{revision}:{genuine}"}))
    if next_revision:
        line[2].value = revision + 1
        sheet.cell(row=2, column=_column(sheet, "_revision"), value=revision + 1)
    book.save(folder / f"{name}.xlsx")
    return folder / f"{name}.xlsx"


def rehashed_edit(good: Path, folder: Path) -> Path:
    """A row edited in Excel, made its next revision, its hash in the manifest recomputed: it would
    pass as an update made on the laptop."""
    return _edited_and_rehashed(good, folder, "rehashed", next_revision=True)


def forged_same_revision(good: Path, folder: Path) -> Path:
    """A forged row at the same revision naming the genuine hash as its ancestor."""
    return _edited_and_rehashed(good, folder, "same-revision", next_revision=False)


def fabricated_record(good: Path, folder: Path) -> Path:
    """A record that no laptop made: a row and its manifest line, every count adjusted."""
    import uuid as uuid_module

    def change(book):
        sheet, manifest = book["kii"], book["_manifest"]
        fake = str(uuid_module.uuid4())
        row = [c.value for c in sheet[2]]
        copied = row[_column(sheet, "_uuid") - 1]
        row[_column(sheet, "_uuid") - 1] = fake
        sheet.append(row)  # the same answers as a genuine record: the same hash, no need to compute one
        line = [c.value for c in _manifest_line(manifest, copied)]
        manifest.append([fake, *line[1:]])
        _set_value(manifest, "records", str(int(_value(manifest, "records")) + 1))
        for entry in manifest.iter_rows(min_row=2):
            if entry[0].value == "kii" and isinstance(entry[1].value, int):
                entry[1].value += 1
    return _edit(good, folder, "fabricated.xlsx", change)


def _value(manifest, key: str):
    return next(row[1].value for row in manifest.iter_rows(min_row=2) if row[0].value == key)


def forged_form_definition(good: Path, folder: Path) -> Path:
    """A form definition changed in the _forms sheet (the rules HQ would apply)."""
    def change(book):
        sheet = book["_forms"]
        text = sheet.cell(row=2, column=4).value
        sheet.cell(row=2, column=4, value=text.replace('"required": "yes"', '"required": "no"', 1)
                   if '"required": "yes"' in text else text + " ")
    return _edit(good, folder, "forged-form.xlsx", change)


def edited_device_column(good: Path, folder: Path) -> Path:
    """A record's _device cell changed: another laptop credited with the interview."""
    def change(book):
        sheet = book["kii"]
        sheet.cell(row=2, column=_column(sheet, "_device"), value="another-laptop")
    return _edit(good, folder, "other-device.xlsx", change)


def unsigned_older_format(good: Path, folder: Path) -> Path:
    """An export of an older fieldkit: format version 1, no signature."""
    def change(book):
        manifest = book["_manifest"]
        _set_value(manifest, "format_version", "1")
        _set_value(manifest, "signature", None)
    return _edit(good, folder, "older.xlsx", change)


def signature_removed(good: Path, folder: Path) -> Path:
    def change(book):
        _set_value(book["_manifest"], "signature", None)
    return _edit(good, folder, "unsigned.xlsx", change)


def huge_device_name(good: Path, folder: Path) -> Path:
    """A validly signed file (by a forger's own key) naming its laptop with 100,000 characters."""
    def change(book):
        _set_value(book["_manifest"], "device_name", "ə" * 100_000)
    return resign(_edit(good, folder, "huge-device-name.xlsx", change))

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
    ("formula-cells", formula_cells, "sheet kii, cell "),
    ("tampered-manifest", tampered_manifest, "the manifest's signature does not match: altered after export"),
    ("wrong-types", wrong_types, "column _revision: 'second' is not a revision number"),
    ("rehashed-edit", rehashed_edit, "the manifest's signature does not match: altered after export"),
    ("fabricated-record", fabricated_record, "the manifest's signature does not match: altered after export"),
    ("forged-same-revision", forged_same_revision, "the manifest's signature does not match: altered after export"),
    ("forged-form-definition", forged_form_definition, "sheet _forms: altered after export"),
    ("edited-device-column", edited_device_column, "sheet kii, row 2: column _created_at, _updated_at, _device or "
                                                   "_form_version differs from the signed manifest"),
    ("unsigned-older-format", unsigned_older_format, "an unsigned export from an older fieldkit"),
    ("signature-removed", signature_removed, "the manifest is not signed"),
    ("tampered-and-resigned", tampered_and_resigned, "the manifest was altered"),
    ("huge-device-name", huge_device_name, "or name 'əəə"),
]


# -- identity, numbers, nesting (issue 13, points 6 and 10) ----------------------------------------


def _book_manifest_line(book, uuid):
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
                _book_manifest_line(book, cell.value)[0].value = forge(cell.value)
            cell.value = forge(cell.value)
        edited = _edit(good, folder, name, change)
        return resign(edited) if in_manifest else edited  # (a forger's own key: the lines are checked)
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
        _book_manifest_line(book, uuid)[2].value = "7" * 5000
    return resign(_edit(good, folder, "long-revision.xlsx", change))


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
    return resign(_edit(good, folder, "deep-form.xlsx", change))


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


# -- deleted records (the manifest's tombstones) -------------------------------------------------

_DELETED_HEADER = ["deleted_uuid", "form_id", "revision", "sha256", "ancestors", "deleted_at"]
_SOME_UUID = "0f8fad5b-d9cb-469f-a165-70867728950e"
_WHEN = "2026-11-30T06:00:00.000Z"


def _marker(uuid: str, revision: int) -> str:
    import hashlib

    return hashlib.sha256(f"fieldkit-deleted\n{uuid}\n{revision}".encode()).hexdigest()


def _with_deletions(good: Path, folder: Path, name: str, lines: Callable[[openpyxl.Workbook], list[list]]) -> Path:
    def change(book):
        sheet = book["_manifest"]
        made = lines(book)
        sheet.append([])
        sheet.append(list(_DELETED_HEADER))
        for line in made:
            sheet.append(line)
    return resign(_edit(good, folder, name, change))  # (validly signed: the lines themselves are checked)


def deletion_bad_uuid(good: Path, folder: Path) -> Path:
    return _with_deletions(good, folder, "deletion-uuid.xlsx", lambda book: [
        [_SOME_UUID.upper() + " ", "kii", 2, _marker(_SOME_UUID, 2), "", _WHEN]])


def deletion_bad_revision(good: Path, folder: Path) -> Path:
    return _with_deletions(good, folder, "deletion-revision.xlsx", lambda book: [
        [_SOME_UUID, "kii", 1, _marker(_SOME_UUID, 1), "", _WHEN]])


def deletion_bad_hash(good: Path, folder: Path) -> Path:
    return _with_deletions(good, folder, "deletion-hash.xlsx", lambda book: [
        [_SOME_UUID, "kii", 2, "0" * 64, "", _WHEN]])


def deletion_of_a_listed_record(good: Path, folder: Path) -> Path:
    def lines(book):
        sheet = book["kii"]
        uuid = sheet.cell(row=2, column=_column(sheet, "_uuid")).value
        return [[uuid, "kii", 2, _marker(uuid, 2), "", _WHEN]]
    return _with_deletions(good, folder, "deletion-listed.xlsx", lines)


def deletion_twice(good: Path, folder: Path) -> Path:
    line = [_SOME_UUID, "kii", 2, _marker(_SOME_UUID, 2), "", _WHEN]
    return _with_deletions(good, folder, "deletion-twice.xlsx", lambda book: [line, list(line)])


def deletion_of_an_unknown_form(good: Path, folder: Path) -> Path:
    return _with_deletions(good, folder, "deletion-form.xlsx", lambda book: [
        [_SOME_UUID, "no_such_form", 2, _marker(_SOME_UUID, 2), "", _WHEN]])


HOSTILE.extend([
    ("deletion-uuid", deletion_bad_uuid, "is not a UUID (lower-case, canonical)"),
    ("deletion-revision", deletion_bad_revision, "has no valid revision ('1'; a deletion is revision 2 or later)"),
    ("deletion-hash", deletion_bad_hash, "its SHA-256 is not that of the deletion of revision 2"),
    ("deletion-of-a-listed-record", deletion_of_a_listed_record, "is also among the file's records"),
    ("deletion-twice", deletion_twice, f"sheet _manifest: record {_SOME_UUID} is listed twice"),
    ("deletion-unknown-form", deletion_of_an_unknown_form, "which neither this file nor this database has"),
])


# -- found by an outside attack on the integrated import ------------------------------------------


def status_typed_in(good: Path, folder: Path) -> Path:
    def change(book):
        sheet = book["kii"]
        sheet.cell(row=2, column=_column(sheet, "_status"), value="draft")
    return _edit(good, folder, "status-draft.xlsx", change)


def date_serial_zero(good: Path, folder: Path) -> Path:
    """A date cell holding 0 (what a spreadsheet shows as 00.01.1900): it reads back as a time of day."""
    import datetime

    def change(book):
        sheet = book["kii"]
        cell = sheet.cell(row=2, column=_column(sheet, "interview_date"), value=datetime.time(0, 0))
        cell.number_format = "DD.MM.YYYY"
    return _edit(good, folder, "date-zero.xlsx", change)


HOSTILE += [
    ("status-typed-in", status_typed_in, "sheet kii, row 2, column _status: 'draft' is not 'final'"),
    ("date-serial-zero", date_serial_zero, "column interview_date: '00:00:00' is not a date"),
]


# -- issue 13's open messages ---------------------------------------------------------------------


def undecodable_sheet_xml(good: Path, folder: Path) -> Path:
    """Sheet kii's XML with a byte that is not UTF-8 (a flipped bit in the unpacked text, the zip's
    checksums made right again): the reader stops on it."""
    path = folder / "undecodable.xlsx"
    with zipfile.ZipFile(good) as source, zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as broken:
        part = _sheet_parts(source)["kii"]
        for item in source.infolist():
            data = source.read(item.filename)
            if item.filename == part:
                at = data.index(b"<sheetData>") + len(b"<sheetData>")
                data = data[:at] + b"<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>\xff\xfe</t></is></c></row>" + data[at:]
            broken.writestr(item, data)
    return path


HOSTILE += [
    ("undecodable-sheet-xml", undecodable_sheet_xml, ("undecodable.xlsx, sheet kii: damaged: the sheet XML cannot "
                                                      "be read")),
]



def repeat_index_gap(good: Path, folder: Path) -> Path:
    """The second discussion of a focus group renumbered 3: instance 2 is missing (it was blamed on a
    required answer of the parent row)."""
    def change(book):
        sheet = next(book[title] for title in book.sheetnames if title.startswith("fgd.discussion"))
        column = _column(sheet, "_index")
        [second] = [row for row in sheet.iter_rows(min_row=2) if row[column - 1].value in (2, "2")]
        second[column - 1].value = 3
    return _edit(good, folder, "index-gap.xlsx", change)


HOSTILE += [
    ("repeat-index-gap", repeat_index_gap, ("sheet fgd.discussion, row 3, column _index: 3 leaves a gap (sheet "
                                            "fgd.discussion has no instance 2 of discussion for this record)")),
]


def bad_checksum_part(good: Path, folder: Path) -> Path:
    """The styles part stored with one byte changed after its checksum was taken (a bit flipped on a
    disk or in transfer): zipfile's own text ("Bad CRC-32 for file ...") must not reach the user."""
    path = folder / "bad-crc.xlsx"
    part = "xl/styles.xml"
    with zipfile.ZipFile(good) as source, zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as broken:
        for item in source.infolist():
            data = source.read(item.filename)
            if item.filename == part:
                item.compress_type = zipfile.ZIP_STORED
            broken.writestr(item, data)
    raw = bytearray(path.read_bytes())
    with zipfile.ZipFile(path) as archive:
        info = archive.getinfo(part)
    start = info.header_offset + 30 + len(info.filename.encode()) + len(info.extra)
    at = start + info.compress_size // 2
    raw[at] = ord("x") if raw[at] != ord("x") else ord("y")
    path.write_bytes(bytes(raw))
    return path


HOSTILE += [
    ("bad-checksum-part", bad_checksum_part, ("bad-crc.xlsx: damaged part xl/styles.xml (it does not read back "
                                              "as it was stored)")),
]
