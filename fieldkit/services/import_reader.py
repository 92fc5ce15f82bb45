"""Read one arrived workbook into records to merge; refuse what is not sound.

The reader streams: the manifest waits in a temporary table, and the form
sheets are read in chunks of rows, each chunk checked, converted and handed on
(to be written inside the import's transaction). So memory stays flat however
many records a file holds; the transaction makes the whole import all or
nothing, so a problem met on the last row still leaves the database as it was.

The sheets are read by ``import_sheets``: here, in this process, for a small
file; in a second process for a big one (``import_worker``), so that reading,
converting and hashing rows on one core overlaps writing them on another.

The manifest is signed by the laptop that wrote it (``signing``): its digest is
made as its rows are read, here, and the signature checked once the last one
is in, inside the import's transaction; a laptop known here must have signed
with its known key (``devices``).
"""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import Any

from fieldkit.domain.form import Form, version_key
from fieldkit.domain.messages import Message
from fieldkit.domain.merge import parse_ancestors
from fieldkit.domain.text import fold
from fieldkit.domain.xlsform import FormError, FormSource, build_form
from fieldkit.exchange.export_format import (
    FORMAT,
    FORMAT_VERSION,
    FORMS_SHEET,
    MANIFEST_SHEET,
    Manifest,
    ManifestError,
    cell_text,
    cells_fingerprint,
    iter_manifest_deletions,
    iter_manifest_records,
    parse_manifest_head,
)
from fieldkit.exchange.spawned import worth_a_process
from fieldkit.exchange.workbook_in import IncomingWorkbook, PasswordNeeded, WorkbookError, WrongPassword
from fieldkit.services.import_sheets import (
    Arrival,
    Chunk,
    Converted,
    ImportRefused,
    SheetsJob,
    SheetsReader,
    refusal,
    refused_from,
    sheet_cells,
)
from fieldkit.services.signing import (
    FORMS_DIGEST,
    KEY,
    SIGNATURE,
    ManifestDigest,
    Signer,
    fingerprint,
    forms_digest,
    meta_digest,
    verify,
)
from fieldkit.services.workspace import Workspace
from fieldkit.store import forms as form_store
from fieldkit.store.deletions import IncomingDeletion
from fieldkit.store.exchange import IncomingRecord, ManifestScratch, ScratchEntry

__all__ = ["Arrival", "FileReader", "ImportRefused", "CHUNK"]

#: Rows read, checked and handed on together.
CHUNK = 2000
#: A laptop's id (a UUID) and name, as the devices table keeps them.
_MAX_DEVICE_ID, _MAX_DEVICE_NAME = 100, 200

Sink = Callable[[list[Arrival]], None]
DeletionSink = Callable[[list[IncomingDeletion]], None]


WEAKENED = "sheet {sheet}: form {form} version {version} weakens a privacy mark: {problem}"


class FileReader:
    """One workbook: ``open()`` checks what it is (quickly), ``read(sink)`` streams its records."""

    def __init__(self, workspace: Workspace, path: Path, password: str | None, *,
                 parallel: bool | None = None) -> None:
        """``parallel``: read the sheets in a second process (True), here (False), or as the
        file's size says (None: see ``exchange.spawned.worth_a_process``)."""
        self.workspace = workspace
        self.parallel = parallel
        self.path = Path(path)
        self.name = self.path.name
        self.password = password
        self.untouched = 0  # rows known here already, read back cell for cell: nothing to convert
        self.new_forms: dict[tuple[str, str], tuple[Form, FormSource]] = {}
        self.manifest = Manifest()
        self.records_announced = 0
        self.form_versions: dict[str, str] = {}  # form id -> its newest version, in the file or here
        self._head_rows = 0
        self.book: IncomingWorkbook | None = None
        self.signer = Signer("", "", "", "")  # who signed the file (its signature is checked with the manifest)
        self.check_key = True  # refuse a known laptop's file signed with another key

    def refuse(self, template: str, **params: Any) -> ImportRefused:
        """A refusal naming this file; ``template`` (English, translated in the window) and its values."""
        return refusal(self.name, template, **params)

    # -- what the file is ---------------------------------------------------------------------------

    def open(self) -> None:
        """Open the file and read its manifest's head: ours, a version we read, meant for merging."""
        try:
            self.book = IncomingWorkbook(self.path, self.password)
        except (WorkbookError, PasswordNeeded, WrongPassword) as exc:
            raise refused_from(exc) from None
        try:
            self._check_head()
        except BaseException:
            self.close()
            raise
        self.book.release()  # (its shared strings are read again by read(): one file's at a time in memory)

    def _check_head(self) -> None:
        book = self.book
        assert book is not None
        if MANIFEST_SHEET not in book.sheet_names:
            raise self.refuse(": not a fieldkit export (it has no _manifest sheet)")
        try:
            self.manifest, self._head_rows = parse_manifest_head(book.rows(MANIFEST_SHEET))
        except ManifestError as exc:
            raise self.refuse("sheet {sheet}, {problem}", sheet=MANIFEST_SHEET, problem=str(exc)) from None
        except WorkbookError as exc:
            raise refused_from(exc) from None
        values = self.manifest.values
        if values.get("format") != FORMAT:
            raise self.refuse(": not a fieldkit export (unknown manifest format)")
        if values.get("privacy") == "anonymised":
            raise self.refuse(": an anonymised export is for reading, not for merging (its records have no "
                              "identity to merge on)")
        version = values.get("format_version", "")
        if version == "1":
            raise self.refuse(": an unsigned export from an older fieldkit (format version 1); update fieldkit "
                              "on that laptop and export again")
        if version != str(FORMAT_VERSION):
            raise self.refuse(": export format version {version!r} is not one this fieldkit reads "
                              "(it reads {known}); update fieldkit", version=version, known=FORMAT_VERSION)
        for title in self.manifest.sheets:
            if title not in book.sheet_names:
                raise self.refuse("sheet {sheet}: listed in the manifest but missing", sheet=title)
        announced = values.get("records", "")
        self.records_announced = int(announced) if announced.isascii() and announced.isdigit() and len(announced) < 16 else 0
        self._check_signer()

    def _check_signer(self) -> None:
        """Who signed the file, from the manifest's values (the signature itself is checked once the
        whole manifest is read): a known laptop must have signed with its known key."""
        values = self.manifest.values
        key, signature = values.get(KEY, ""), values.get(SIGNATURE, "")
        if len(key) != 64 or len(signature) != 128:
            raise self.refuse(": the manifest is not signed (altered after export, or not written by fieldkit)")
        device, name = values.get("device_id", ""), values.get("device_name", "")
        if not 0 < len(device) <= _MAX_DEVICE_ID or len(name) > _MAX_DEVICE_NAME:
            raise self.refuse(": the manifest's device id {device!r} or name {name!r} is not one fieldkit writes",
                              device=device[:40], name=name[:40])
        self.signer = Signer(device, name, key, fingerprint(key))
        if self.check_key:
            from fieldkit.services.devices import key_problem

            problem = key_problem(self.workspace, self.signer, self.name)
            if problem is not None:
                raise ImportRefused(Message("{file}, {detail}", file=self.name, detail=problem))

    def close(self) -> None:
        if self.book is not None:
            self.book.close()
            self.book = None

    # -- the records --------------------------------------------------------------------------------

    def read(self, sink: Sink, progress: Callable[[int], None], deletions: DeletionSink | None = None) -> None:
        """Stream every record to ``sink`` in chunks, then the file's deleted records to
        ``deletions``; ImportRefused on the first problem."""
        book = self.book
        assert book is not None, "open() first"
        try:
            forms = self._forms(self._read_forms(book))
            for form_id, version in forms:
                if form_id not in self.form_versions or version_key(version) > version_key(self.form_versions[form_id]):
                    self.form_versions[form_id] = version
            job = SheetsJob(self.path, self.password, self.name, dict(self.manifest.sheets), forms, CHUNK)
            records = _Records(self)

            def deliver(converted: list[Converted], untouched: list[str], rows: int) -> None:
                arrivals = records.arrivals(converted, untouched)
                self.untouched += len(untouched)
                if arrivals:
                    sink(arrivals)
                if rows:
                    progress(rows)

            scratch = ManifestScratch(self.workspace.db)
            claim = records.claiming(scratch)
            try:
                read_here = True
                if self._in_second_process():
                    from fieldkit.services.import_worker import SheetsProcess, WorkerLost

                    # Started first: it opens the file and reads its first rows while the manifest is read
                    # here, and it converts a chunk as soon as the manifest lines of its rows are in.
                    manifest = self._manifest_batches(book, scratch)
                    with SheetsProcess(job) as worker:
                        try:
                            worker.run(scratch, manifest, claim, deliver)
                            read_here = False
                        except WorkerLost:  # it never started: nothing was looked up, so the sheets are read here
                            for _ in manifest:  # (after the rest of the manifest)
                                pass
                else:
                    self._read_manifest_records(book, scratch)
                if read_here:
                    SheetsReader(job, book).read(_looked_up_here(claim), deliver)
                missing = scratch.first_unseen()
                if missing is not None:
                    raise self.refuse("sheet {sheet}: record {uuid} is in the manifest but in no sheet",
                                      sheet=MANIFEST_SHEET, uuid=missing)
                records.check_suspects(book)
                if records.changed:
                    book.check_no_formulas()  # some row changed: was it turned into a formula?
                if deletions is not None:
                    for batch in scratch.deletions(CHUNK):
                        deletions([IncomingDeletion(uuid, form_id, revision, sha, parse_ancestors(ancestors)
                                                    | {(revision, sha)}, deleted_at, row)
                                   for row, uuid, form_id, revision, sha, ancestors, deleted_at in batch])
                        progress(0)
            finally:
                scratch.drop()
        except WorkbookError as exc:  # a damaged sheet met while reading it
            raise refused_from(exc) from None
        finally:
            self.close()

    def _in_second_process(self) -> bool:
        if self.parallel is not None:
            return self.parallel
        return worth_a_process(self.records_announced)

    def _forms(self, in_file: dict[tuple[str, str], Form]) -> dict[tuple[str, str], Form]:
        """Every version of the file's forms that rows may name: the file's own and those installed here."""
        forms = dict(in_file)
        for form_id in sorted({form_id for _, form_id, _ in self.manifest.sheets.values()}):
            for version in form_store.form_versions(self.workspace.db, form_id):
                if (form_id, version) not in forms:
                    try:
                        forms[(form_id, version)] = self.workspace.form(form_id, version)
                    except KeyError:  # a stored version that no longer builds: rows of it are refused
                        continue
        return forms

    def _read_manifest_records(self, book: IncomingWorkbook, scratch: ManifestScratch) -> None:
        for _ in self._manifest_batches(book, scratch):
            pass

    def _manifest_batches(self, book: IncomingWorkbook, scratch: ManifestScratch) -> Iterator[None]:
        """Read the manifest's record lines into ``scratch``, a batch at a time (yielding after each)."""
        digest = ManifestDigest()
        rows = digest.feeding(book.rows(MANIFEST_SHEET))  # every row is signed, the head's included
        for _ in range(self._head_rows):
            next(rows, None)
        batch: list[tuple[str, str, int, str, str, str, str]] = []

        def flush() -> None:
            twice = scratch.add(batch)
            if twice is not None:
                raise self.refuse("sheet {sheet}: record {uuid} is listed twice", sheet=MANIFEST_SHEET, uuid=twice)
            batch.clear()

        lines = iter_manifest_records(rows, self._head_rows + 1)
        try:
            while True:
                try:
                    r = next(lines)
                except StopIteration as end:
                    deletions_header = end.value  # the row of the deleted records' header, if any
                    break
                batch.append((r.uuid, r.form_id, r.revision, r.sha256, r.ancestors, r.cells_sha256, r.meta_sha256))
                if len(batch) == CHUNK:
                    flush()
                    yield
        except ManifestError as exc:
            raise self.refuse("sheet {sheet}, {problem}", sheet=MANIFEST_SHEET, problem=str(exc)) from None
        if batch:
            flush()
            yield
        if deletions_header is not None:
            self._read_deletions(rows, deletions_header + 1, scratch)
        for _ in rows:  # (whatever follows the record lines is signed too)
            pass
        self.check_signature(digest)

    def check_signature(self, digest: ManifestDigest) -> None:
        if not verify(self.signer.public_key, self.manifest.values.get(SIGNATURE, ""), digest.digest()):
            raise self.refuse(": the manifest's signature does not match: altered after export")

    def _read_deletions(self, rows: Iterator[list[Any]], first: int, scratch: ManifestScratch) -> None:
        """Read the manifest's deleted records (after its record lines) into ``scratch``."""
        batch: list[tuple[int, str, str, int, str, str, str]] = []

        def flush() -> None:
            twice = scratch.add_deletions(batch)
            if twice is not None:
                raise self.refuse("sheet {sheet}: record {uuid} is listed twice", sheet=MANIFEST_SHEET, uuid=twice)
            batch.clear()

        try:
            for d in iter_manifest_deletions(rows, first):
                if d.form_id not in self.form_versions:
                    versions = form_store.form_versions(self.workspace.db, d.form_id)
                    if not versions:
                        raise ManifestError(f"row {d.row}: deleted record {d.uuid} is of form {d.form_id[:60]!r}, "
                                            "which neither this file nor this database has")
                    self.form_versions[d.form_id] = max(versions, key=version_key)
                batch.append((d.row, d.uuid, d.form_id, d.revision, d.sha256, d.ancestors, d.deleted_at))
                if len(batch) == CHUNK:
                    flush()
        except ManifestError as exc:
            raise self.refuse("sheet {sheet}, {problem}", sheet=MANIFEST_SHEET, problem=str(exc)) from None
        flush()
        both = scratch.deleted_and_listed()
        if both is not None:
            raise self.refuse("sheet {sheet}, {problem}", sheet=MANIFEST_SHEET,
                              problem=f"row {both[0]}: deleted record {both[1]} is also among the file's records")

    def _read_forms(self, book: IncomingWorkbook) -> dict[tuple[str, str], Form]:
        forms: dict[tuple[str, str], Form] = {}
        if FORMS_SHEET not in book.sheet_names:  # (every export has one: its digest is signed)
            raise self.refuse("sheet {sheet}: altered after export (it is not what the signed manifest says)",
                              sheet=FORMS_SHEET)
        parts: dict[tuple[str, str], list[tuple[int, str]]] = defaultdict(list)
        digest = forms_digest()
        for number, row in enumerate(digest.feeding(book.rows(FORMS_SHEET)), start=1):
            if number == 1 or not row or not cell_text(row[0]):
                continue
            cells = [cell_text(c) for c in row] + ["", "", "", ""]
            if not (cells[2].isascii() and cells[2].isdigit() and len(cells[2]) < 10):
                raise self.refuse("sheet {sheet}, row {row}: part {part!r} is not a number", sheet=FORMS_SHEET,
                                  row=number, part=cells[2])
            parts[(cells[0], cells[1])].append((int(cells[2]), str(row[3] if len(row) > 3 else "")))
        if digest.hexdigest() != self.manifest.values.get(FORMS_DIGEST):
            raise self.refuse("sheet {sheet}: altered after export (it is not what the signed manifest says)",
                              sheet=FORMS_SHEET)
        for (form_id, version), chunks in parts.items():
            text = "".join(chunk for _, chunk in sorted(chunks))
            try:
                source = FormSource.from_json(json.loads(text))
                form = build_form(source)
            except (ValueError, KeyError, TypeError, FormError, RecursionError) as exc:  # (RecursionError: nested JSON)
                raise self.refuse("sheet {sheet}: the definition of form {form} {version} is broken ({problem})",
                                  sheet=FORMS_SHEET, form=form_id, version=version,
                                  problem=str(exc).splitlines()[0][:200]) from None
            if (form.form_id, form.version) != (form_id, version):
                raise self.refuse("sheet {sheet}: the definition filed as {form} {version} is {actual}",
                                  sheet=FORMS_SHEET, form=form_id, version=version,
                                  actual=f"{form.form_id} {form.version}")
            local = form_store.get_form_source(self.workspace.db, form_id, version)
            if local is None:
                self.new_forms[(form_id, version)] = (form, source)
            elif json.dumps(local["sheets"], sort_keys=True) != json.dumps(source.to_json()["sheets"], sort_keys=True):
                raise self.refuse(": form {form} version {version} differs from the one installed here; "
                                  "the same version must have the same content", form=form_id, version=version)
            forms[(form_id, version)] = form
        self._check_marks(forms)
        return forms

    def _check_marks(self, forms: dict[tuple[str, str], Form]) -> None:
        """A form version new here may not weaken a privacy mark of an earlier version (installed
        here or in the same file): HQ would otherwise release what the earlier version protected."""
        from fieldkit.domain.privacy_marks import weakenings

        for (form_id, version), (form, _) in self.new_forms.items():
            earlier = [f for (fid, _), f in forms.items() if fid == form_id]
            for stored in form_store.form_versions(self.workspace.db, form_id):
                if not any(f.version == stored for f in earlier):
                    earlier.append(self.workspace.form(form_id, stored))
            weakened = weakenings(earlier, form)
            if weakened:
                raise self.refuse(WEAKENED, sheet=FORMS_SHEET, form=form_id, version=version,
                                  problem=str(weakened[0]))


def _looked_up_here(claim: Callable[[list[str]], dict[str, ScratchEntry]]
                    ) -> Callable[[Iterable[Chunk]], Iterator[tuple[Chunk, dict[str, ScratchEntry]]]]:
    def lookup(chunks: Iterable[Chunk]) -> Iterator[tuple[Chunk, dict[str, ScratchEntry]]]:
        for chunk in chunks:
            yield chunk, claim([uuid for _, _, uuid in chunk])
    return lookup


class _Records:
    """Converted rows made records: checked against their manifest lines, their search text folded.

    The manifest lines of the rows being read wait here from their lookup to their record (or to
    the news that the row was untouched). A row whose hash differs from its line's was edited
    outside fieldkit, or its line was: ``check_suspects`` tells which, once the sheets are read.
    """

    def __init__(self, reader: FileReader) -> None:
        self.reader = reader
        self.with_repeats = {form_id for _, form_id, repeat in reader.manifest.sheets.values() if repeat}
        self.lines: dict[str, ScratchEntry] = {}
        self.changed = False  # some row differs from what its manifest vouches for, or has repeats
        self.suspects: dict[str, dict[int, tuple[str, str]]] = {}  # sheet -> row -> (uuid, cells_sha256)

    def claiming(self, scratch: ManifestScratch) -> Callable[[list[str]], dict[str, ScratchEntry]]:
        def claim(uuids: list[str]) -> dict[str, ScratchEntry]:
            found = scratch.claim(uuids)
            self.lines.update(found)
            return found
        return claim

    def arrivals(self, converted: list[Converted], untouched: list[str]) -> list[Arrival]:
        lines = self.lines
        for uuid in untouched:
            del lines[uuid]
        return [self._arrival(row, lines.pop(row.uuid)) for row in converted]

    def _arrival(self, row: Converted, entry: ScratchEntry) -> Arrival:
        reader = self.reader
        if entry.revision != row.revision:
            raise reader.refuse("{where}: revision {revision} differs from the manifest's {listed}",
                                where=row.where.message(), revision=row.revision, listed=entry.revision)
        try:
            ancestors = parse_ancestors(entry.ancestors) | {(entry.revision, entry.sha256)}
        except ValueError as exc:
            raise reader.refuse("sheet {sheet}, record {uuid}: ancestors {problem}", sheet=MANIFEST_SHEET,
                                uuid=row.uuid, problem=str(exc)) from None
        if meta_digest(row.created_at, row.updated_at, row.device_id, row.form_version) != entry.meta_sha256:
            raise reader.refuse("{where}: column _created_at, _updated_at, _device or _form_version differs from the "
                                "signed manifest (altered after export)", where=row.where.message())
        edited = row.sha256 != entry.sha256
        repeats = row.form_id in self.with_repeats
        if edited or repeats:
            self.changed = True
        if edited and entry.cells_sha256 and not repeats:
            self.suspects.setdefault(row.sheet, {})[row.number] = (row.uuid, entry.cells_sha256)
        record = IncomingRecord(row.uuid, row.form_id, row.form_version, row.revision, row.created_at,
                                row.updated_at, row.device_id, None, row.sha256, frozenset(ancestors), row.title,
                                row.data_json, fold(row.searchable))
        return Arrival(record, entry.sha256, edited, row.where)

    def check_suspects(self, book: IncomingWorkbook) -> None:
        """Refuse a file whose edited-looking row is exactly as exported: its manifest line was
        altered, not the row. (Read again only when some row looks edited: rare, and cheap then.)"""
        for title, rows in self.suspects.items():
            stream = book.rows(title)
            width = len(next(stream, []))
            for number, row in enumerate(stream, start=2):
                suspect = rows.get(number)
                if suspect and cells_fingerprint(sheet_cells(row, width)) == suspect[1]:
                    raise self.reader.refuse("sheet {sheet}, record {uuid}: the manifest was altered (its hash "
                                             "no longer matches the untouched row)", sheet=MANIFEST_SHEET,
                                             uuid=suspect[0])
