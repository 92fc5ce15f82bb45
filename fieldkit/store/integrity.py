"""Telling damage apart: why a database does not open, and what SQLite's errors mean for the file.

A SQLCipher page that fails its HMAC (bytes changed on the disk) makes SQLite answer "file is not
a database" on page 1, "database disk image is malformed" elsewhere, and after that "attempt to
write a readonly database" to every write of the connection. A wrong passphrase, a read-only file,
folder or disk, and a deleted journal (``-wal``) each get their own line here instead.

A database found damaged gets a marker file beside it (``NAME.db-damaged``): every later write
refuses while it is there (the damage may sit on a page the write does not read). A restore removes it.
"""

from __future__ import annotations

import errno
import hashlib
import hmac
import os
import time
from pathlib import Path
from typing import Any

from fieldkit.domain.messages import Message
from fieldkit.store.errors import (DatabaseBusy, DatabaseDamaged, DiskFull, ReadOnlyDatabase, StoreError,
                                   WrongPassphrase)

__all__ = ["about_the_file", "damage_marker", "damaged", "derived_key", "diagnose_unopenable", "failure",
           "known_damage", "mark_damaged", "missing_journal", "not_writable", "unopenable"]

# SQLCipher 4's defaults (fieldkit sets no other): 4096-byte pages, PBKDF2-HMAC-SHA512 with 256,000
# iterations, and at the end of each page a 16-byte IV and a 64-byte HMAC-SHA512 of the page's
# ciphertext, its IV and its page number (4 bytes, little-endian).
_PAGE, _RESERVE, _IV, _KDF_ITERATIONS = 4096, 80, 16, 256_000
_SQLITE_HEADER = b"SQLite format 3\x00"
_BUSY, _LOCKED, _READONLY, _IOERR, _CORRUPT, _FULL, _CANTOPEN, _NOTADB = 5, 6, 8, 10, 11, 13, 14, 26


def damage_marker(path: Path) -> Path:
    return Path(path).with_name(Path(path).name + "-damaged")


def mark_damaged(path: Path, problem: str) -> None:
    """Leave the marker (best effort: a read-only folder cannot take it, and cannot be written either)."""
    try:
        damage_marker(path).write_text(f"{problem}\n", encoding="utf-8")
    except OSError:
        pass


def damaged(path: Path, problem: str, *, mark: bool = True) -> DatabaseDamaged:
    if mark:
        mark_damaged(path, problem)
    return DatabaseDamaged(Message(
        "{path} is damaged ({problem}): nothing more is written to it; 'fieldkit check' names the latest good "
        "backup to restore, 'fieldkit recover --out NEW.db' saves what can still be read",
        path=str(path), problem=_short(problem)))


def known_damage(path: Path) -> DatabaseDamaged | None:
    marker = damage_marker(path)
    if not marker.exists():
        return None
    try:
        problem = marker.read_text(encoding="utf-8", errors="replace").strip() or "found earlier"
    except OSError:
        problem = "found earlier"
    return damaged(path, problem)


def _short(text: str, limit: int = 160) -> str:
    text = " ".join(str(text).split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def missing_journal(path: Path) -> StoreError | None:
    """A ``-shm`` without its ``-wal``: the journal holding the latest saves was deleted (a clean close
    removes both). Looked at three times over 0.3 s, so that another fieldkit closing (it deletes the -wal,
    then the -shm) is not taken for it."""
    shm, wal = path.with_name(path.name + "-shm"), path.with_name(path.name + "-wal")
    for attempt in range(3):
        if not shm.exists() or wal.exists():
            return None
        time.sleep(0.05 * (attempt + 1))
    return StoreError(Message(
        "the journal {wal} of {path} is missing (deleted?): the latest saves are in it; put it back beside the "
        "database, or restore a backup ('fieldkit check' names the latest good one)", wal=wal.name, path=str(path)))


def not_writable(path: Path) -> ReadOnlyDatabase | None:
    """Why ``path`` (an existing database) cannot be written, if it cannot: the disk, the file, the folder."""
    try:
        with open(path, "r+b"):
            pass
    except OSError as exc:
        if exc.errno == errno.EROFS:
            return ReadOnlyDatabase(Message("{path} is on a read-only disk: nothing can be saved to it; copy it to a "
                                            "writable folder", path=str(path)))
        if exc.errno in (errno.EACCES, errno.EPERM):
            return ReadOnlyDatabase(Message("{path} is read-only (the file cannot be written): nothing can be saved "
                                            "to it; make it writable or copy it elsewhere", path=str(path)))
        raise StoreError(Message("cannot open {path}: {problem}", path=str(path),
                                 problem=str(exc.strerror or exc))) from None
    if not os.access(path.parent, os.W_OK):
        return ReadOnlyDatabase(Message("the folder {folder} is read-only: fieldkit writes its journal beside {path}; "
                                        "make the folder writable", folder=str(path.parent), path=path.name))
    return None


def _code(exc: BaseException) -> int | None:
    code = getattr(exc, "sqlite_errorcode", None)
    return None if code is None else int(code) & 0xFF


def about_the_file(exc: BaseException) -> bool:
    """Whether a SQLite error is about the file (busy, full, read-only, damaged, I/O), not a statement."""
    code, text = _code(exc), str(exc)
    if code is not None:
        return code in (_BUSY, _LOCKED, _READONLY, _IOERR, _CORRUPT, _FULL, _CANTOPEN, _NOTADB)
    return any(word in text for word in ("locked", "busy", "full", "malformed", "readonly", "read-only"))


def failure(path: Path, exc: BaseException, *, mark: bool = True, conn: Any = None) -> StoreError | None:
    """The StoreError that a SQLite error on ``path`` means, or None for an error that is ours (a bug).
    ``conn``, the connection that met it, tells a write-protected connection from a damaged file."""
    path = Path(path)
    code, text = _code(exc), str(exc)
    full_code = getattr(exc, "sqlite_errorcode", None)
    if code in (_BUSY, _LOCKED) or (code is None and ("locked" in text or "busy" in text)):
        return DatabaseBusy(Message("{path} is busy: another fieldkit is writing to it; try again", path=str(path)))
    if code == _FULL or (code is None and "full" in text) or getattr(exc, "errno", None) == errno.ENOSPC:
        return DiskFull(Message("the disk holding {path} is full: nothing was saved", path=str(path)))
    if code in (_CORRUPT, _NOTADB) or "malformed" in text:
        return damaged(path, text, mark=mark)
    if code in (_READONLY, _CANTOPEN) or "readonly" in text or "read-only" in text:
        # SQLCipher answers every write with "readonly" once a page failed its check on this connection.
        if path.exists():
            reason = not_writable(path)
            if reason is not None:
                return reason
            if full_code == _READONLY and not _query_only(conn):  # not READONLY_DBMOVED and the like
                return damaged(path, "a page failed its check", mark=mark)
        return StoreError(Message("{path} is read-only: cannot save here", path=str(path)))
    if code == _IOERR:
        return StoreError(Message("cannot read or write {path}: {problem}", path=str(path), problem=_short(text)))
    return None


def unopenable(path: Path, passphrase: str, exc: BaseException, *, mark: bool = True) -> StoreError:
    """What the first read's error means: busy, read-only, or (SQLCipher's "file is not a database")
    a wrong passphrase, a foreign file or a damaged first page."""
    if _code(exc) != _NOTADB:
        found = failure(path, exc, mark=mark)
        if found is not None and not isinstance(found, DatabaseDamaged):
            return found
    return diagnose_unopenable(path, passphrase, mark=mark)


def _query_only(conn: Any) -> bool:
    if conn is None:
        return False
    try:
        return bool(conn.execute("PRAGMA query_only").fetchone()[0])
    except Exception:  # noqa: BLE001 - a connection that cannot even answer this is no write-protected one
        return False


def derived_key(passphrase: str, salt: bytes) -> bytes:
    """SQLCipher's page key for ``passphrase`` and the file's salt (its first 16 bytes)."""
    return hashlib.pbkdf2_hmac("sha512", passphrase.encode("utf-8"), salt, _KDF_ITERATIONS, 32)


def _keys(passphrase: str, salt: bytes) -> bytes:
    key = derived_key(passphrase, salt)
    return hashlib.pbkdf2_hmac("sha512", key, bytes(b ^ 0x3A for b in salt), 2, 32)


def _page_ok(hmac_key: bytes, page: bytes, number: int) -> bool:
    if len(page) != _PAGE:
        return False
    end = _PAGE - _RESERVE + _IV
    body = page[16 if number == 1 else 0: end]
    expected = hmac.new(hmac_key, body + number.to_bytes(4, "little"), hashlib.sha512).digest()
    return hmac.compare_digest(expected, page[end: end + 64])


def opens_with(path: Path, passphrase: str) -> bool:
    """Whether ``passphrase`` is the key of the database file at ``path`` (its first page checks)."""
    try:
        with open(path, "rb") as handle:
            head = handle.read(_PAGE)
    except OSError:
        return False
    return len(head) == _PAGE and _page_ok(_keys(passphrase, head[:16]), head, 1)


def diagnose_unopenable(path: Path, passphrase: str, *, mark: bool = True) -> StoreError:
    """Why SQLCipher could not read the first page of ``path``: not encrypted, not a database, a wrong
    passphrase, or a damaged first page (the passphrase opens the pages after it)."""
    path = Path(path)
    try:
        size = path.stat().st_size
        with open(path, "rb") as handle:
            head = handle.read(_PAGE)
            pages = [handle.read(_PAGE) for _ in range(min(8, size // _PAGE - 1))]
    except OSError as exc:
        return StoreError(Message("cannot read {path}: {problem}", path=str(path), problem=str(exc.strerror or exc)))
    if head.startswith(_SQLITE_HEADER):
        return StoreError(Message("{path} is not encrypted: not a fieldkit database", path=str(path)))
    if size < 2 * _PAGE or size % _PAGE:
        return StoreError(Message("{path} is not a fieldkit database ({size} bytes, not whole encrypted pages)",
                                  path=str(path), size=size))
    hmac_key = _keys(passphrase, head[:16])
    if _page_ok(hmac_key, head, 1):
        return damaged(path, "its first page does not read", mark=mark)
    if any(_page_ok(hmac_key, page, number) for number, page in enumerate(pages, start=2)):
        return damaged(path, "its first page fails its check", mark=mark)
    return WrongPassphrase(Message("wrong passphrase for {path} (or the file is not a fieldkit database)",
                                   path=str(path)))
