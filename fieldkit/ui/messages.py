"""Messages from below the window (refused imports, the database, the engine) in its language.

Those messages are ``domain.messages.Message``: English text that carries its
template and values. The templates are listed here for the catalogs (context
"messages"); the engine's answer messages are listed in ``form_view`` (context
"validation"). A message built from others ('file, sheet kii, row 3, column
women: <the answer's problem>') is translated part by part.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from fieldkit.domain.messages import Message, bounded

__all__ = ["ENGINE_MESSAGES", "MESSAGES", "error_text", "translated"]

MESSAGES = (
    # how a refusal names its place
    QT_TRANSLATE_NOOP("messages", "{file}, {detail}"),
    QT_TRANSLATE_NOOP("messages", "{file}{detail}"),
    QT_TRANSLATE_NOOP("messages", "sheet {sheet}, row {row}"),
    QT_TRANSLATE_NOOP("messages", "{where}, column {column}"),
    QT_TRANSLATE_NOOP("messages", "{where}: {problem}"),
    QT_TRANSLATE_NOOP("messages", "{where}, column {column}: {problem}"),
    QT_TRANSLATE_NOOP("messages", "sheet {sheet}, {problem}"),
    # the file as a whole
    QT_TRANSLATE_NOOP("messages", "{file}: no such file"),
    QT_TRANSLATE_NOOP("messages", "{file}: not an .xlsx workbook (not a zip archive; truncated or another kind of "
                                  "file)"),
    QT_TRANSLATE_NOOP("messages", "{file}: damaged: the workbook's XML cannot be read"),
    QT_TRANSLATE_NOOP("messages", "{file}: refused, {parts} parts inside (a zip bomb?)"),
    QT_TRANSLATE_NOOP("messages", "{file}: refused, it would unpack to {size} GB (a zip bomb?)"),
    QT_TRANSLATE_NOOP("messages", "{file}: refused, part {part} is compressed {ratio}x (a zip bomb?)"),
    QT_TRANSLATE_NOOP("messages", "{file}: refused, part {part} declares XML entities (an entity bomb?)"),
    QT_TRANSLATE_NOOP("messages", "{file}: refused, part {part} and the other parts read whole need {size} MB of "
                                  "memory, more than a file of this size may ({budget} MB; a zip bomb?)"),
    QT_TRANSLATE_NOOP("messages", "{file}: damaged part {part} (it does not read back as it was stored)"),
    QT_TRANSLATE_NOOP("messages", "{file}: damaged part {part} ({problem})"),
    QT_TRANSLATE_NOOP("messages", "{file}, sheet {sheet}, cell {cell}: refused, it holds a formula; a fieldkit export "
                                  "has values only (was it edited in Excel?)"),
    QT_TRANSLATE_NOOP("messages", "{file}: refused, {part} holds formulas; a fieldkit export has values only (was it "
                                  "edited in Excel?)"),
    QT_TRANSLATE_NOOP("messages", "{file}, sheet {sheet}: damaged: the sheet XML cannot be read"),
    QT_TRANSLATE_NOOP("messages", "{file}: cannot be decrypted or read (not an encrypted .xlsx)"),
    QT_TRANSLATE_NOOP("messages", "{file}: an old Excel (.xls) or other Office file, not an .xlsx export"),
    QT_TRANSLATE_NOOP("messages", "{file} is protected by a password; give it (FIELDKIT_IMPORT_PASSWORD or "
                                  "--ask-password; in the window, the Password field)"),
    QT_TRANSLATE_NOOP("messages", "{file}: wrong password"),
    QT_TRANSLATE_NOOP("messages", "{file}: cannot be decrypted ({problem})"),
    QT_TRANSLATE_NOOP("messages", ": not a fieldkit export (it has no _manifest sheet)"),
    QT_TRANSLATE_NOOP("messages", ": not a fieldkit export (unknown manifest format)"),
    QT_TRANSLATE_NOOP("messages", ": an anonymised export is for reading, not for merging (its records have no "
                                  "identity to merge on)"),
    QT_TRANSLATE_NOOP("messages", ": export format version {version!r} is not one this fieldkit reads (it reads "
                                  "{known}); update fieldkit"),
    QT_TRANSLATE_NOOP("messages", ": form {form} version {version} differs from the one installed here; the same "
                                  "version must have the same content"),
    # signed manifests (services.signing, services.devices)
    QT_TRANSLATE_NOOP("messages", ": an unsigned export from an older fieldkit (format version 1); update fieldkit "
                                  "on that laptop and export again"),
    QT_TRANSLATE_NOOP("messages", ": the manifest is not signed (altered after export, or not written by fieldkit)"),
    QT_TRANSLATE_NOOP("messages", ": the manifest's signature does not match: altered after export"),
    QT_TRANSLATE_NOOP("messages", ": the manifest's device id {device!r} or name {name!r} is not one fieldkit writes"),
    QT_TRANSLATE_NOOP("messages", "sheet {sheet}: altered after export (it is not what the signed manifest says)"),
    QT_TRANSLATE_NOOP("messages", "{where}: column _created_at, _updated_at, _device or _form_version differs from "
                                  "the signed manifest (altered after export)"),
    QT_TRANSLATE_NOOP("messages", "laptop {name} signs with a new key; if reinstalled, check its fingerprint "
                                  "with the owner, then run `fieldkit devices trust {device} {file}`"),
    QT_TRANSLATE_NOOP("messages", "this workbook claims to come from this database itself (device {device}) but is "
                                  "not signed with its key: a forgery"),
    QT_TRANSLATE_NOOP("messages", "{where}, column _created_at: {created} is later than _updated_at {updated}"),
    QT_TRANSLATE_NOOP("messages", "{where}, column _updated_at: {updated} is in the future"),
    QT_TRANSLATE_NOOP("messages", "{where}, column _status: {value!r} is not 'final' (only final records travel)"),
    QT_TRANSLATE_NOOP("messages", "laptop {name} ({device}) signs with key {key}, which is laptop {other}'s "
                                  "({other_device}): one laptop cannot sign as another; if {other} was reinstalled "
                                  "under a new id, check with its owner and run `fieldkit devices trust {device} FILE`"),
    # sheets and rows
    QT_TRANSLATE_NOOP("messages", "sheet {sheet}: listed in the manifest but missing"),
    QT_TRANSLATE_NOOP("messages", "sheet {sheet}: column {column} is missing"),
    QT_TRANSLATE_NOOP("messages", "sheet {sheet}: column {column} appears twice"),
    QT_TRANSLATE_NOOP("messages", "sheet {sheet}: {rows} rows or more, but the manifest says {count}"),
    QT_TRANSLATE_NOOP("messages", "sheet {sheet}: {rows} rows, but the manifest says {count}"),
    QT_TRANSLATE_NOOP("messages", "sheet {sheet}: record {uuid} is in the manifest but in no sheet"),
    QT_TRANSLATE_NOOP("messages", "sheet {sheet}: record {uuid} is listed twice"),
    QT_TRANSLATE_NOOP("messages", "sheet {sheet}, row {row}: part {part!r} is not a number"),
    QT_TRANSLATE_NOOP("messages", "sheet {sheet}: the definition of form {form} {version} is broken ({problem})"),
    QT_TRANSLATE_NOOP("messages", "sheet {sheet}: the definition filed as {form} {version} is {actual}"),
    QT_TRANSLATE_NOOP("messages", "sheet {sheet}, record {uuid}: ancestors {problem}"),
    QT_TRANSLATE_NOOP("messages", "sheet {sheet}, record {uuid}: the manifest was altered (its hash no longer "
                                  "matches the untouched row)"),
    QT_TRANSLATE_NOOP("messages", "{where}: form {form} version {version!r} is neither installed here nor in the "
                                  "file"),
    QT_TRANSLATE_NOOP("messages", "{where}: revision {revision} differs from the manifest's {listed}"),
    QT_TRANSLATE_NOOP("messages", "{where}: {value!r} is not a number"),
    QT_TRANSLATE_NOOP("messages", "{where}: record {uuid} is not in the manifest"),
    QT_TRANSLATE_NOOP("messages", "{where}: record {uuid} appears twice in the file"),
    QT_TRANSLATE_NOOP("messages", "{where}, column _revision: {value!r} is not a revision number"),
    QT_TRANSLATE_NOOP("messages", "{where}: _parent_uuid {parent} is no record of form {form} in this file"),
    QT_TRANSLATE_NOOP("messages", "{where}: form {form} {version} has no repeat {repeat}"),
    QT_TRANSLATE_NOOP("messages", "{where}, column _index: {index!r} is not a position (1, 2, ...)"),
    QT_TRANSLATE_NOOP("messages", "{where}, column _index: {index} leaves a gap (sheet {sheet} has no "
                                  "instance {missing} of {repeat} for this record)"),
    QT_TRANSLATE_NOOP("messages", "{where}: instance {position} of {repeat} appears twice"),
    QT_TRANSLATE_NOOP("messages", "{where}, column _parent_path: {path!r} is no instance of this record"),
    QT_TRANSLATE_NOOP("messages", "{where}, column {column}: {value!r} is not a record id (a lower-case UUID, "
                                  "8-4-4-4-12 hex digits)"),
    QT_TRANSLATE_NOOP("messages", "{where}, column {column}: {value!r} is not a fieldkit device id"),
    QT_TRANSLATE_NOOP("messages", "{where}, column {column}: {value!r} is not a fieldkit time stamp"),
    QT_TRANSLATE_NOOP("messages", "import cancelled; nothing was changed"),
    QT_TRANSLATE_NOOP("messages", "{file}: the process reading it stopped unexpectedly (exit code {code}); "
                      "nothing was changed"),
    # the database
    QT_TRANSLATE_NOOP("messages", "the passphrase is empty"),
    QT_TRANSLATE_NOOP("messages", "no database at {path}"),
    QT_TRANSLATE_NOOP("messages", "cannot create the folder {folder}: {problem}"),
    QT_TRANSLATE_NOOP("messages", "{path} is a folder, not a database file"),
    QT_TRANSLATE_NOOP("messages", "cannot open {path}: {problem}"),
    QT_TRANSLATE_NOOP("messages", "wrong passphrase for {path} (or the file is not a fieldkit database)"),
    QT_TRANSLATE_NOOP("messages", "{path} is busy: another fieldkit is writing to it; try again"),
    QT_TRANSLATE_NOOP("messages", "{path} is read-only: cannot save here"),
    QT_TRANSLATE_NOOP("messages", "the disk holding {path} is full: nothing was saved"),
    QT_TRANSLATE_NOOP("messages", "{file}: no such backup"),
    # writing a file
    QT_TRANSLATE_NOOP("messages", "disk full writing {file}; nothing was written"),
    QT_TRANSLATE_NOOP("messages", "cannot write {file}: it is a folder or a device, not a file; nothing was written"),
    QT_TRANSLATE_NOOP("messages", "{file} fails its check ({problem}); nothing was restored"),
    QT_TRANSLATE_NOOP("messages", '{path} is open in another fieldkit (a window or a command): close it, then restore again; nothing was restored'),
    QT_TRANSLATE_NOOP("messages", 'the name of {path} is too long ({size} characters): fieldkit keeps its journal beside it as NAME-wal; give it a shorter name'),
    QT_TRANSLATE_NOOP("messages", 'backup to {path} failed: {problem}; no backup was written'),
    QT_TRANSLATE_NOOP("messages", 'no backup was written'),
    QT_TRANSLATE_NOOP("messages", 'nothing was restored'),
    QT_TRANSLATE_NOOP("messages", 'cannot read or write {path}: {problem}'),
    QT_TRANSLATE_NOOP("messages", 'cannot read {path}: {problem}'),
    QT_TRANSLATE_NOOP("messages", 'cannot replace {path}: {problem}; the backup is checked and waits in {staged}'),
    QT_TRANSLATE_NOOP("messages", 'cannot write {path}: {problem}; {action}'),
    QT_TRANSLATE_NOOP("messages", 'recover writes a new database: give it a file other than {path}'),
    QT_TRANSLATE_NOOP("messages", 'the disk holding {path} is full: {action}'),
    QT_TRANSLATE_NOOP("messages", 'the folder {folder} is read-only: fieldkit writes its journal beside {path}; make the folder writable'),
    QT_TRANSLATE_NOOP("messages", "the journal {wal} of {path} is missing (deleted?): the latest saves are in it; put it back beside the database, or restore a backup ('fieldkit check' names the latest good one)"),
    QT_TRANSLATE_NOOP("messages", '{file} is damaged ({problem})'),
    QT_TRANSLATE_NOOP("messages", '{file} is empty: not a backup'),
    QT_TRANSLATE_NOOP("messages", "{file} is not a fieldkit database (its tables are not fieldkit's)"),
    QT_TRANSLATE_NOOP("messages", '{file}: {problem}'),
    QT_TRANSLATE_NOOP("messages", '{path} exists already: give recover a new file name'),
    QT_TRANSLATE_NOOP("messages", "{path} is damaged ({problem}): nothing more is written to it; 'fieldkit check' names the latest good backup to restore, 'fieldkit recover --out NEW.db' saves what can still be read"),
    QT_TRANSLATE_NOOP("messages", "{path} is damaged and no good backup of it was found in {folder}: save what still reads with 'fieldkit --db {path} recover --out NEW.db'"),
    QT_TRANSLATE_NOOP("messages", "{path} is damaged; the latest good backup is {backup}: restore it with 'fieldkit --db {path} restore {backup}' (or save what still reads with 'fieldkit --db {path} recover --out NEW.db')"),
    QT_TRANSLATE_NOOP("messages", '{path} is not a fieldkit database ({size} bytes, not whole encrypted pages)'),
    QT_TRANSLATE_NOOP("messages", '{path} is not encrypted: not a fieldkit database'),
    QT_TRANSLATE_NOOP("messages", '{path} is on a read-only disk: nothing can be saved to it; copy it to a writable folder'),
    QT_TRANSLATE_NOOP("messages", '{path} is read-only (the file cannot be written): nothing can be saved to it; make it writable or copy it elsewhere'),
    QT_TRANSLATE_NOOP("messages", '{path}: its first page (the list of its tables) does not read: nothing can be salvaged; restore a backup'),
    QT_TRANSLATE_NOOP("messages", '{problem}; no backup was written'),
    QT_TRANSLATE_NOOP("messages", '{problem}; nothing was restored'),
    # editing a final record
    QT_TRANSLATE_NOOP("messages", "This record changed while it was being edited (revision {revision} arrived, the "
                                  "edit started from revision {base}). Discard the edit and edit the record again."),
    # new secrets (services.passwords), unsealed copies (services.unseal)
    QT_TRANSLATE_NOOP("messages", "the database passphrase needs at least {n} characters; nothing was created"),
    QT_TRANSLATE_NOOP("messages", "the export password needs at least {n} characters; nothing was written"),
    QT_TRANSLATE_NOOP("messages", "the password of the unsealed copy needs at least {n} characters; nothing was "
                                  "written"),
    QT_TRANSLATE_NOOP("messages", "the key passphrase needs at least {n} characters; nothing was written"),
    QT_TRANSLATE_NOOP("messages", "{file} has no password, and its unsealed copy would hold victims' identities in "
                                  "clear: give the copy a password (FIELDKIT_EXPORT_PASSWORD, --ask-out-password), "
                                  "or say --no-password; nothing was written"),
    # unique clashes settled, exports refused
    QT_TRANSLATE_NOOP("messages", "give the incoming record another {field} to keep both"),
    QT_TRANSLATE_NOOP("messages", "{field} {value!r}: {problem}"),
    QT_TRANSLATE_NOOP("messages", "{field} {value!r} is taken by another record too"),
    QT_TRANSLATE_NOOP("messages", "{form} record {uuid}, field {field}: {problem}; HQ would refuse the whole file, so "
                                  "nothing was exported: open the record, correct the answer and save it, then "
                                  "export again"),
    # anonymised releases refused (domain.anonymise.release)
    QT_TRANSLATE_NOOP("messages", "form {form}: only {records} record(s), fewer than k = {k}: no release can hide a "
                                  "victim among {k}; collect more records first"),
    QT_TRANSLATE_NOOP("messages", "form {form}: l = {l} cannot be met even with every quasi-identifier at its top "
                                  "level: {columns} have fewer than {l} different answers among the {records} records"),
    QT_TRANSLATE_NOOP("messages", "k = {k} is too small: form {form} has privacy marks (victims' data), so an "
                                  "anonymised release needs k of {minimum} or more (11 for a public one)"),
    QT_TRANSLATE_NOOP("messages", "l = {l} is too small: form {form} has sensitive columns ({columns}), so an "
                                  "anonymised release needs l of {minimum} or more"),
    QT_TRANSLATE_NOOP("messages", "the suppression limit {share} is not a share of the records between 0 and 0.5 "
                                  "(0.05 is 5 %)"),
    # forms whose privacy a new version would weaken
    QT_TRANSLATE_NOOP("messages", "sheet {sheet}: form {form} version {version} weakens a privacy mark: {problem}"),
    # sealed values opened at HQ
    QT_TRANSLATE_NOOP("messages", "{file}, sheet {sheet}, row {row}, column {column}: this sealed value belongs to "
                                  "another record or field (moved here, or damaged); nothing was written"),
    QT_TRANSLATE_NOOP("messages", "{file}, sheet {sheet}, row {row}, column {column}: this sealed value belongs to "
                                  "another instance of this repeat (moved here); nothing was written"),
    QT_TRANSLATE_NOOP("messages", "{file}, sheet {sheet}, row {row}, column {column}: a sealed value outside a "
                                  "record's row; nothing was written"),
    QT_TRANSLATE_NOOP("messages", "{file}, sheet {sheet}, row {row}, column {column}: {problem}; nothing was written"),
)


# The engine's own messages (forms bring theirs, in their languages): listed here
# so that the translation tools find them.
ENGINE_MESSAGES = (
    QT_TRANSLATE_NOOP("validation", "This answer is required."),
    QT_TRANSLATE_NOOP("validation", "This answer is not valid."),
    QT_TRANSLATE_NOOP("validation", "expected text"),
    QT_TRANSLATE_NOOP("validation", "{length} characters: longer than the {limit:,} an answer may have (a spreadsheet "
                                    "cell holds 32,767 and cuts the rest)"),
    QT_TRANSLATE_NOOP("validation", "{value!r} is not a whole number"),
    QT_TRANSLATE_NOOP("validation", "{number} has more than 15 digits (Excel keeps 15)"),
    QT_TRANSLATE_NOOP("validation", "{value!r} has more than 15 digits (Excel keeps 15)"),
    QT_TRANSLATE_NOOP("validation", "{value!r} is not a number"),
    QT_TRANSLATE_NOOP("validation", "{value!r} is not a date (YYYY-MM-DD)"),
    QT_TRANSLATE_NOOP("validation", "{value} is not between 1900-01-01 and 9999-12-31 (a typo in the year?)"),
    QT_TRANSLATE_NOOP("validation", "answered although the form says it does not apply here (a record saved by "
                                    "fieldkit never keeps it)"),
    QT_TRANSLATE_NOOP("validation", "{value!r} is not what the form calculates ({expected!r})"),
    QT_TRANSLATE_NOOP("validation", "{value} is not the score of these answers ({expected})"),
    QT_TRANSLATE_NOOP("validation", "{value!r} is not a time (HH:MM)"),
    QT_TRANSLATE_NOOP("validation", "{value!r}: an acknowledgement is 'OK' or empty"),
    QT_TRANSLATE_NOOP("validation", "expected one choice name"),
    QT_TRANSLATE_NOOP("validation", "{value!r} is not one of the choices ({choices})"),
    QT_TRANSLATE_NOOP("validation", "expected a list of choice names"),
    QT_TRANSLATE_NOOP("validation", "{values} not among the choices ({choices})"),
    QT_TRANSLATE_NOOP("validation", "{number} is outside the range {low} to {high}"),
    QT_TRANSLATE_NOOP("validation", "{number} is not on a step of {step} from {start}"),
    QT_TRANSLATE_NOOP("validation", "{value!r} is not among the choices offered here."),
    QT_TRANSLATE_NOOP("validation", "the answer (not shown: the field is privacy-marked)"),
    QT_TRANSLATE_NOOP("validation", "{value!r} is already used by another record of this form."),
    QT_TRANSLATE_NOOP("validation", "HQ's public key is not installed on this laptop, so this answer cannot be "
                                    "kept (it would be readable). Install it with 'fieldkit keys install' or "
                                    "File > Install HQ's key."),
)


def _translate(template: str) -> str:
    for context in ("messages", "validation"):
        text = QCoreApplication.translate(context, template)
        if text != template:
            return text
    return template


def translated(text: Any) -> str:
    """``text`` in the window's language: a Message part by part, a plain text if the catalog has it."""
    if isinstance(text, Message):
        return text.translated(_translate)
    return _translate(str(text))


def error_text(exc: BaseException) -> str:
    """What to show for an error: its message in the window's language."""
    message = exc.args[0] if exc.args else None
    if isinstance(message, Message):
        return bounded(translated(message))
    try:
        return bounded(str(exc)) or type(exc).__name__
    except ValueError:  # an integer too long to turn into text
        return type(exc).__name__
