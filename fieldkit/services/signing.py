"""Signing: each laptop signs the manifest of its exports, so HQ can tell a forged file.

Each database has its own Ed25519 key, made on the first export and kept in the
encrypted database (``store.devices``); HQ's public key for sealing victims'
identifiers (``sealing``) is another matter and stays as it is.

The signature covers a running SHA-256 (``RowDigest``) of every row of the
``_manifest`` sheet as written (the values, the sheet list, every record line
and whatever sections follow), except the row of the signature itself; the
values include a digest of the ``_forms`` sheet (a forged form definition would
change the rules HQ applies). A record line holds the hash of the record's
answers (repeats and sealed values included), the fingerprint of its row and a
hash of its other stored columns: nothing of a row that HQ keeps can change
unnoticed, and no line can be changed, added or removed without breaking the
signature.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from collections.abc import Iterable, Iterator
from typing import Any, NamedTuple

from fieldkit.services.workspace import Workspace
from fieldkit.store import devices as device_store
from fieldkit.store.database import transaction

__all__ = ["FORMS_DIGEST", "KEY", "KEY_FINGERPRINT", "SIGNATURE", "ManifestDigest", "RowDigest", "Signer",
           "fingerprint", "forms_digest", "meta_digest", "own_fingerprint", "own_public_key", "sign", "verify"]

#: The manifest's values that signing adds.
SIGNATURE, KEY, KEY_FINGERPRINT, FORMS_DIGEST = "signature", "signed_by", "key_fingerprint", "forms_sha256"
_HEADER_OF_SHEETS = "sheet"  # the first cell of the sheet list's header: the values end there


class Signer(NamedTuple):
    """Who signed a file: the laptop it names and the key that signed it (hex of the raw key)."""

    device_id: str
    name: str
    public_key: str
    fingerprint: str


def fingerprint(public_hex: str) -> str:
    """A key's fingerprint as people compare it: 32 hex digits of its SHA-256, in groups of four."""
    try:
        raw = bytes.fromhex(public_hex)
    except ValueError:
        raw = public_hex.encode("utf-8", "surrogatepass")
    digits = hashlib.sha256(raw).hexdigest()[:32].upper()
    return " ".join(digits[i: i + 4] for i in range(0, 32, 4))


def _own_private(workspace: Workspace) -> Any:
    from cryptography.hazmat.primitives import serialization
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

    cached = getattr(workspace, "_signing_key", None)
    if cached is not None:
        return cached
    db = workspace.db
    stored = device_store.own_signing_key(db)
    if stored is None:
        made = Ed25519PrivateKey.generate().private_bytes(
            serialization.Encoding.Raw, serialization.PrivateFormat.Raw, serialization.NoEncryption())
        with transaction(db):
            device_store.set_own_signing_key(db, made.hex())
        stored = device_store.own_signing_key(db)
        assert stored is not None
    key = Ed25519PrivateKey.from_private_bytes(bytes.fromhex(stored))
    workspace._signing_key = key  # type: ignore[attr-defined]
    return key


def own_public_key(workspace: Workspace) -> str:
    """Hex of this database's public signing key (the key is made on first need)."""
    from cryptography.hazmat.primitives import serialization

    return _own_private(workspace).public_key().public_bytes(
        serialization.Encoding.Raw, serialization.PublicFormat.Raw).hex()


def own_fingerprint(workspace: Workspace) -> str:
    return fingerprint(own_public_key(workspace))


def sign(workspace: Workspace, digest: bytes) -> str:
    """The signature (hex) of a manifest's digest with this database's key."""
    return _own_private(workspace).sign(digest).hex()


def verify(public_hex: str, signature_hex: str, digest: bytes) -> bool:
    """Whether ``signature_hex`` is the signature of ``digest`` by the key ``public_hex``."""
    from cryptography.exceptions import InvalidSignature
    from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey

    try:
        Ed25519PublicKey.from_public_bytes(bytes.fromhex(public_hex)).verify(bytes.fromhex(signature_hex), digest)
    except (ValueError, InvalidSignature):
        return False
    return True


def meta_digest(created_at: str, updated_at: str, device_id: str, form_version: str) -> str:
    """The hash of the columns of a record's row that HQ stores beside its answers (as read back)."""
    text = "\x1f".join((created_at, updated_at, device_id, form_version))
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()


def _token(value: Any) -> str:
    """A cell as the digest sees it: the same for the value written and the value read back."""
    if value is None:
        return ""
    kind = value.__class__
    if kind is str:
        return value  # type: ignore[no-any-return]
    if kind is bool:
        return "TRUE" if value else "FALSE"
    if kind is int:
        return str(value)
    if kind is float:
        return str(int(value)) if value.is_integer() else repr(value)
    if isinstance(value, (dt.date, dt.datetime, dt.time)):
        return value.isoformat()
    return str(value)


def _tokens(cells: Iterable[Any]) -> list[str]:
    """A row's cells as the digest sees them, without its trailing empty cells."""
    tokens = [c if c.__class__ is str else _token(c) for c in cells]  # (most cells are text)
    while tokens and not tokens[-1]:
        tokens.pop()
    return tokens


class RowDigest:
    """A running SHA-256 of rows of cells, each row encoded without ambiguity (every cell's
    length, then its text); trailing empty cells and empty rows count for nothing (a reader may
    pad rows, or skip empty ones)."""

    def __init__(self, label: bytes) -> None:
        self._hash = hashlib.sha256(label + b"\n")

    def row(self, cells: Iterable[Any]) -> None:
        tokens = _tokens(cells)
        if tokens:
            self._update(tokens)

    def _update(self, tokens: list[str]) -> None:
        self._hash.update("".join([f"{len(t)}:{t}" for t in tokens]).encode("utf-8", "surrogatepass") + b"\n")

    def feeding(self, rows: Iterable[list[Any]]) -> Iterator[list[Any]]:
        """``rows``, each one added to the digest as it passes."""
        for cells in rows:
            self.row(cells)
            yield cells

    def digest(self) -> bytes:
        return self._hash.digest()

    def hexdigest(self) -> str:
        return self._hash.hexdigest()


class ManifestDigest(RowDigest):
    """The digest of a ``_manifest`` sheet, its header row included: every row but the signature's
    own (a row of the values whose key is ``signature``)."""

    def __init__(self) -> None:
        super().__init__(b"fieldkit manifest v2")
        self._in_values = True

    def row(self, cells: Iterable[Any]) -> None:
        tokens = _tokens(cells)
        if not tokens:
            return
        if self._in_values:
            if tokens[0] == _HEADER_OF_SHEETS:
                self._in_values = False
            elif tokens[0] == SIGNATURE:
                return
        self._update(tokens)


def forms_digest() -> RowDigest:
    """The digest of a ``_forms`` sheet, its header row included."""
    return RowDigest(b"fieldkit forms v2")
