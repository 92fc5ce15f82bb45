"""Sealing: direct identifiers encrypted for HQ's key; the laptop cannot read them back.

Hybrid encryption per value: an ephemeral X25519 key agreement with HQ's public
key, HKDF-SHA256 to an AES-256-GCM key, the value encrypted and authenticated.
A sealed value is text: ``sealed:v1:<key id>:<base64 of ephemeral key, nonce,
ciphertext>``. Only the holder of HQ's private key (protected by a passphrase)
can open it.
"""

from __future__ import annotations

import base64
import hashlib
import os
from pathlib import Path

__all__ = [
    "PREFIX",
    "KeyError_",
    "is_sealed",
    "key_id",
    "load_private_key",
    "load_public_key",
    "new_key_pair",
    "rewrap_private_key",
    "seal",
    "unseal",
]

PREFIX = "sealed:v1:"
_INFO = b"fieldkit sealed value v1"


class KeyError_(ValueError):  # noqa: N801 - not the builtin KeyError
    """A key file that cannot be used (wrong passphrase, not a key, another key)."""


def is_sealed(value: object) -> bool:
    return isinstance(value, str) and value.startswith(PREFIX)


def _raw_public(public_key: object) -> bytes:
    from cryptography.hazmat.primitives import serialization

    return public_key.public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)  # type: ignore


def key_id(public_key: object) -> str:
    """A short fingerprint naming the key pair (first 16 hex digits of SHA-256)."""
    return hashlib.sha256(_raw_public(public_key)).hexdigest()[:16]


def new_key_pair(folder: Path, passphrase: str) -> tuple[Path, Path]:
    """Write HQ's key pair: the private key protected by ``passphrase`` (scrypt; see ``key_file``),
    mode 0600; return (private, public)."""
    from cryptography.hazmat.primitives import serialization
    from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey

    from fieldkit.services.key_file import write_private_key
    from fieldkit.services.passwords import check_new

    check_new(passphrase, "key")
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    private = X25519PrivateKey.generate()
    kid = key_id(private.public_key())
    private_path = folder / f"fieldkit-hq-{kid}-private.pem"
    public_path = folder / f"fieldkit-hq-{kid}-pub.pem"
    if private_path.exists() or public_path.exists():
        raise KeyError_(f"{private_path.name} already exists in {folder}")
    write_private_key(private_path, private, kid, passphrase)
    public_path.write_bytes(private.public_key().public_bytes(
        serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo))
    return private_path, public_path


def rewrap_private_key(path: Path, passphrase: str, new_passphrase: str | None = None) -> str:
    """Rewrite HQ's private key file in today's format (scrypt, mode 0600), under ``new_passphrase``
    or the same one; return the key id. The key itself, and so every sealed value, stays the same."""
    from fieldkit.services.key_file import write_private_key
    from fieldkit.services.passwords import check_new

    key = load_private_key(path, passphrase)
    new_passphrase = passphrase if new_passphrase is None else new_passphrase
    check_new(new_passphrase, "key")
    kid = key_id(key.public_key())  # type: ignore[attr-defined]
    write_private_key(Path(path), key, kid, new_passphrase)
    return kid


def load_public_key(pem: bytes) -> object:
    from cryptography.hazmat.primitives import serialization
    from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PublicKey

    try:
        key = serialization.load_pem_public_key(pem)
    except ValueError:
        raise KeyError_("not a public key file (expected the '...-pub.pem' that 'fieldkit keys new' wrote)") from None
    if not isinstance(key, X25519PublicKey):
        raise KeyError_("not a fieldkit HQ key (an X25519 public key is expected)")
    return key


def load_private_key(path: Path, passphrase: str | None) -> object:
    """HQ's private key from its file (today's scrypt format, or an earlier fieldkit's PKCS#8 PEM:
    ``key_file.is_legacy`` tells, ``rewrap_private_key`` upgrades it)."""
    from fieldkit.services.key_file import KeyFileError, read_private_key

    try:
        return read_private_key(path, passphrase)
    except KeyFileError as exc:
        raise KeyError_(str(exc)) from None


def _derive(shared: bytes, ephemeral: bytes, recipient: bytes) -> bytes:
    from cryptography.hazmat.primitives import hashes
    from cryptography.hazmat.primitives.kdf.hkdf import HKDF

    return HKDF(algorithm=hashes.SHA256(), length=32, salt=ephemeral + recipient, info=_INFO).derive(shared)


def seal(public_key: object, value: str) -> str:
    """Encrypt ``value`` for the holder of the private key; returns the sealed text."""
    from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    ephemeral = X25519PrivateKey.generate()
    ephemeral_raw = _raw_public(ephemeral.public_key())
    recipient = _raw_public(public_key)
    key = _derive(ephemeral.exchange(public_key), ephemeral_raw, recipient)  # type: ignore[arg-type]
    nonce = os.urandom(12)
    ciphertext = AESGCM(key).encrypt(nonce, value.encode("utf-8"), recipient)
    token = base64.b64encode(ephemeral_raw + nonce + ciphertext).decode("ascii")
    return f"{PREFIX}{key_id(public_key)}:{token}"


def unseal(private_key: object, sealed: str) -> str:
    """Open a sealed value with HQ's private key; KeyError_ for another key or a damaged value."""
    from cryptography.exceptions import InvalidTag
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    if not is_sealed(sealed):
        raise KeyError_("not a sealed value")
    kid, _, token = sealed[len(PREFIX):].partition(":")
    public = private_key.public_key()  # type: ignore[attr-defined]
    if kid != key_id(public):
        raise KeyError_(f"sealed for another key ({kid}), not this one ({key_id(public)})")
    try:
        raw = base64.b64decode(token, validate=True)
    except ValueError:
        raise KeyError_("a damaged sealed value") from None
    ephemeral_raw, nonce, ciphertext = raw[:32], raw[32:44], raw[44:]
    from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PublicKey

    recipient = _raw_public(public)
    key = _derive(private_key.exchange(X25519PublicKey.from_public_bytes(ephemeral_raw)),  # type: ignore
                  ephemeral_raw, recipient)
    try:
        return AESGCM(key).decrypt(nonce, ciphertext, recipient).decode("utf-8")
    except InvalidTag:
        raise KeyError_("a damaged sealed value") from None
