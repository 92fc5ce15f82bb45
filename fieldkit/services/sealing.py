"""Sealing: direct identifiers encrypted for HQ's key; the laptop cannot read them back.

Hybrid encryption per value: an ephemeral X25519 key agreement with HQ's public
key, HKDF-SHA256 to an AES-256-GCM key, the value encrypted and authenticated.
A sealed value is text: ``sealed:v2:<key id>:<instance>:<base64 of ephemeral key,
nonce, ciphertext>``. Only the holder of HQ's private key (protected by a
passphrase) can open it.

Each value is bound to its place: the record's UUID, the field's name (names are
unique in a form, repeats included) and, inside a repeat, the identity of its
instance are the AEAD's associated data, so a value moved to another record,
field or instance does not open. An instance's identity is a random tag minted
when its first value is sealed and carried in clear (``<instance>``: one tag per
repeat level, joined by ``.``; empty outside repeats): the instance index would
change when an earlier instance is removed, and the laptop cannot seal again
what it cannot open. ``sealed:v1:`` values (fieldkit before the binding) still
open, reported as unbound.
"""

from __future__ import annotations

import base64
import hashlib
import os
import re
from pathlib import Path

__all__ = [
    "PREFIX",
    "KeyError_",
    "Moved",
    "instance_of",
    "is_bound",
    "is_sealed",
    "key_id",
    "load_private_key",
    "load_public_key",
    "looks_sealed",
    "new_instance_tag",
    "new_key_pair",
    "rewrap_private_key",
    "seal",
    "unseal",
]

PREFIX = "sealed:"
_V1 = "sealed:v1:"
_V2 = "sealed:v2:"
_INFO = b"fieldkit sealed value v1"
_INFO_V2 = b"fieldkit sealed value v2"
_TAG = re.compile(r"[0-9a-f]{8}(\.[0-9a-f]{8}){0,29}")


class KeyError_(ValueError):  # noqa: N801 - not the builtin KeyError
    """A key file that cannot be used (wrong passphrase, not a key, another key)."""


class Moved(KeyError_):
    """A bound sealed value that does not open where it stands: moved from another record,
    field or instance (or damaged: the two cannot be told apart)."""


_WELL_FORMED = re.compile(r"sealed:(v1:[0-9a-f]{16}|v2:[0-9a-f]{16}:(" + _TAG.pattern + r")?):"
                         r"[A-Za-z0-9+/]{80,}={0,2}")


def is_sealed(value: object) -> bool:
    """Whether ``value`` is a sealed value as fieldkit writes it (text that merely starts like
    one is not: typed into a direct field, it is sealed like any other answer)."""
    return isinstance(value, str) and value.startswith(PREFIX) and _WELL_FORMED.fullmatch(value) is not None


def looks_sealed(value: object) -> bool:
    """Whether ``value`` starts like a sealed value (well formed or damaged)."""
    return isinstance(value, str) and (value.startswith(_V1) or value.startswith(_V2))


def is_bound(sealed: str) -> bool:
    """Whether ``sealed`` is bound to its record and field (v2), not an older unbound v1 value."""
    return sealed.startswith(_V2)


def instance_of(sealed: str) -> str:
    """The repeat-instance tags a bound sealed value carries ('' outside repeats and for v1)."""
    if not sealed.startswith(_V2) or sealed.count(":") < 4:
        return ""
    tags = sealed[len(_V2):].split(":", 2)[1]
    return tags if _TAG.fullmatch(tags) else ""  # (a damaged value names no instance)


def new_instance_tag() -> str:
    """A fresh identity for one repeat instance (8 hex digits)."""
    return os.urandom(4).hex()


def _binding(recipient: bytes, record: str, field: str, instance: str) -> bytes:
    return b"\0".join((recipient, record.encode("utf-8"), field.encode("utf-8"), instance.encode("ascii")))


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


def _derive(shared: bytes, ephemeral: bytes, recipient: bytes, info: bytes) -> bytes:
    from cryptography.hazmat.primitives import hashes
    from cryptography.hazmat.primitives.kdf.hkdf import HKDF

    return HKDF(algorithm=hashes.SHA256(), length=32, salt=ephemeral + recipient, info=info).derive(shared)


def seal(public_key: object, value: str, *, record: str, field: str, instance: str = "") -> str:
    """Encrypt ``value`` for the holder of the private key, bound to ``record`` (its UUID), ``field``
    (its name) and ``instance`` (the repeat-instance tags, '' outside repeats); the sealed text."""
    from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    if instance and not _TAG.fullmatch(instance):
        raise ValueError(f"not an instance tag: {instance!r}")
    ephemeral = X25519PrivateKey.generate()
    ephemeral_raw = _raw_public(ephemeral.public_key())
    recipient = _raw_public(public_key)
    key = _derive(ephemeral.exchange(public_key), ephemeral_raw, recipient, _INFO_V2)  # type: ignore[arg-type]
    nonce = os.urandom(12)
    ciphertext = AESGCM(key).encrypt(nonce, value.encode("utf-8"), _binding(recipient, record, field, instance))
    token = base64.b64encode(ephemeral_raw + nonce + ciphertext).decode("ascii")
    return f"{_V2}{key_id(public_key)}:{instance}:{token}"


def unseal(private_key: object, sealed: str, *, record: str | None = None, field: str | None = None) -> str:
    """Open a sealed value with HQ's private key. A bound (v2) value opens only with the ``record``
    and ``field`` it was sealed for (Moved otherwise); a v1 value opens anywhere (see is_bound).
    KeyError_ for another key or a damaged value."""
    from cryptography.exceptions import InvalidTag
    from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PublicKey
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    if not looks_sealed(sealed):
        raise KeyError_("not a sealed value")
    if not is_sealed(sealed):
        raise KeyError_("a damaged sealed value")
    bound = is_bound(sealed)
    rest = sealed[len(_V2 if bound else _V1):]
    kid, _, rest = rest.partition(":")
    instance = ""
    if bound:
        instance, _, rest = rest.partition(":")
        if instance and not _TAG.fullmatch(instance):
            raise KeyError_("a damaged sealed value")
    token = rest
    public = private_key.public_key()  # type: ignore[attr-defined]
    if kid != key_id(public):
        raise KeyError_(f"sealed for another key ({kid}), not this one ({key_id(public)})")
    if bound and (record is None or field is None):
        raise Moved("a bound sealed value, opened without its record and field")
    try:
        raw = base64.b64decode(token, validate=True)
    except ValueError:
        raise KeyError_("a damaged sealed value") from None
    if len(raw) < 32 + 12 + 16:
        raise KeyError_("a damaged sealed value")
    ephemeral_raw, nonce, ciphertext = raw[:32], raw[32:44], raw[44:]
    recipient = _raw_public(public)
    key = _derive(private_key.exchange(X25519PublicKey.from_public_bytes(ephemeral_raw)),  # type: ignore
                  ephemeral_raw, recipient, _INFO_V2 if bound else _INFO)
    associated = _binding(recipient, record or "", field or "", instance) if bound else recipient
    try:
        return AESGCM(key).decrypt(nonce, ciphertext, associated).decode("utf-8")
    except InvalidTag:
        if bound:
            raise Moved("this sealed value belongs to another record or field (moved there, or damaged)") from None
        raise KeyError_("a damaged sealed value") from None
