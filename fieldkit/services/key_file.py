"""HQ's private key file: the X25519 key under a passphrase stretched by scrypt.

The format (text, UTF-8; every line ends with a line feed)::

    -----BEGIN FIELDKIT HQ PRIVATE KEY-----
    Format: fieldkit-hq-private-key 1
    KDF: scrypt
    KDF-N: 131072
    KDF-R: 8
    KDF-P: 1
    Salt: <16 random bytes, base64>
    Cipher: AES-256-GCM
    Nonce: <12 random bytes, base64>
    Key-Id: <the key pair's id, 16 hex digits>

    <the 32 raw bytes of the private key encrypted, with the 16-byte tag: base64, 64 a line>
    -----END FIELDKIT HQ PRIVATE KEY-----

scrypt (N=2^17, r=8, p=1: 128 MiB and about half a second a guess) turns the
passphrase into the AES-256-GCM key; the header lines, exactly as written, are
the associated data, so no parameter can be changed unseen. A guess costs more
than one against a laptop's database (SQLCipher 4: PBKDF2-HMAC-SHA512, 256,000
iterations, no memory), and far more than against the PKCS#8 files of earlier
fieldkits (PBKDF2 with 2,048 iterations), which still load; ``rewrap`` turns one
into this format. The file is written atomically, mode 0600 where the system
has modes (on Windows ``os.chmod`` sets no permissions: the file inherits its
folder's, so keep it in a folder only HQ's officers can read).
"""

from __future__ import annotations

import base64
import contextlib
import os
import tempfile
from pathlib import Path
from typing import Any

__all__ = ["BEGIN", "SCRYPT_N", "is_legacy", "read_private_key", "write_private_key"]

BEGIN = "-----BEGIN FIELDKIT HQ PRIVATE KEY-----"
END = "-----END FIELDKIT HQ PRIVATE KEY-----"
FORMAT = "fieldkit-hq-private-key 1"
SCRYPT_N, SCRYPT_R, SCRYPT_P = 2**17, 8, 1
_LEGACY = b"-----BEGIN ENCRYPTED PRIVATE KEY-----"


class KeyFileError(ValueError):
    """A key file that cannot be used; the caller names the file."""


def _scrypt(passphrase: str, salt: bytes, n: int, r: int, p: int) -> bytes:
    from cryptography.hazmat.primitives.kdf.scrypt import Scrypt

    return Scrypt(salt=salt, length=32, n=n, r=r, p=p).derive(passphrase.encode("utf-8"))


def encode(raw_private: bytes, kid: str, passphrase: str) -> bytes:
    """The file's bytes for a raw X25519 private key."""
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    salt, nonce = os.urandom(16), os.urandom(12)
    header = "\n".join([
        f"Format: {FORMAT}", "KDF: scrypt", f"KDF-N: {SCRYPT_N}", f"KDF-R: {SCRYPT_R}", f"KDF-P: {SCRYPT_P}",
        f"Salt: {base64.b64encode(salt).decode()}", "Cipher: AES-256-GCM",
        f"Nonce: {base64.b64encode(nonce).decode()}", f"Key-Id: {kid}"])
    box = AESGCM(_scrypt(passphrase, salt, SCRYPT_N, SCRYPT_R, SCRYPT_P)).encrypt(nonce, raw_private,
                                                                                 header.encode("utf-8"))
    body = base64.b64encode(box).decode()
    lines = [BEGIN, header, "", *(body[i:i + 64] for i in range(0, len(body), 64)), END, ""]
    return "\n".join(lines).encode("utf-8")


def decode(data: bytes, passphrase: str) -> tuple[bytes, str]:
    """(raw private key, key id) from the file's bytes; KeyFileError if it is not one or the passphrase is wrong."""
    from cryptography.exceptions import InvalidTag
    from cryptography.hazmat.primitives.ciphers.aead import AESGCM

    try:
        text = data.decode("utf-8").replace("\r\n", "\n")  # saved again by a Windows editor: the same file
        inner = text.split(BEGIN + "\n", 1)[1].split("\n" + END, 1)[0]
        header, body = inner.split("\n\n", 1)
        fields = dict(line.split(": ", 1) for line in header.split("\n"))
        if fields.get("Format") != FORMAT or fields.get("KDF") != "scrypt" or fields.get("Cipher") != "AES-256-GCM":
            raise KeyFileError("an unknown key file format")
        n, r, p = int(fields["KDF-N"]), int(fields["KDF-R"]), int(fields["KDF-P"])
        salt, nonce = base64.b64decode(fields["Salt"], validate=True), base64.b64decode(fields["Nonce"], validate=True)
        box = base64.b64decode("".join(body.split()), validate=True)
    except KeyFileError:
        raise
    except (UnicodeDecodeError, IndexError, ValueError, KeyError):
        raise KeyFileError("not a fieldkit HQ private key file") from None
    # Bounds against a file that asks for gigabytes or hours, or for a cheap derivation.
    if not (2**14 <= n <= 2**22 and n & (n - 1) == 0 and 1 <= r <= 32 and 1 <= p <= 16 and len(nonce) == 12):
        raise KeyFileError("a key file with unusable parameters")
    try:
        raw = AESGCM(_scrypt(passphrase, salt, n, r, p)).decrypt(nonce, box, header.encode("utf-8"))
    except InvalidTag:
        raise KeyFileError("wrong key passphrase") from None
    return raw, fields.get("Key-Id", "")


def is_legacy(path: Path) -> bool:
    """A PKCS#8 key of an earlier fieldkit (PBKDF2, 2,048 iterations): worth ``fieldkit keys rewrap``."""
    try:
        with open(path, "rb") as handle:
            return handle.read(len(_LEGACY)) == _LEGACY
    except OSError:
        return False


def read_private_key(path: Path, passphrase: str | None) -> Any:
    """The X25519PrivateKey in ``path`` (this format, or an earlier fieldkit's PKCS#8 PEM)."""
    from cryptography.hazmat.primitives import serialization
    from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey

    name = Path(path).name
    try:
        data = Path(path).read_bytes()
    except OSError as exc:
        raise KeyFileError(f"{name}: {exc.strerror or exc}") from None
    if data.lstrip().startswith(BEGIN.encode()):
        try:
            raw, _ = decode(data, passphrase or "")
        except KeyFileError as exc:
            raise KeyFileError(f"{name}: {exc}") from None
        return X25519PrivateKey.from_private_bytes(raw)
    try:
        key = serialization.load_pem_private_key(data, (passphrase or "").encode("utf-8") or None)
    except (ValueError, TypeError):
        raise KeyFileError(f"{name}: wrong key passphrase, or not a private key file") from None
    if not isinstance(key, X25519PrivateKey):
        raise KeyFileError(f"{name}: not a fieldkit HQ private key")
    return key


def write_private_key(path: Path, private_key: Any, kid: str, passphrase: str) -> None:
    """Write the key to ``path`` atomically (a temporary file beside it, flushed, renamed), mode 0600."""
    from cryptography.hazmat.primitives import serialization

    raw = private_key.private_bytes(serialization.Encoding.Raw, serialization.PrivateFormat.Raw,
                                    serialization.NoEncryption())
    data = encode(raw, kid, passphrase)
    path = Path(path)
    handle, temporary = tempfile.mkstemp(prefix=".fieldkit-key-", suffix=".part", dir=path.parent)  # 0600 on POSIX
    try:
        with os.fdopen(handle, "wb") as file:
            file.write(data)
            file.flush()
            os.fsync(file.fileno())
        os.chmod(temporary, 0o600)  # POSIX: owner only. Windows: only the read-only flag exists; a no-op here
        os.replace(temporary, path)
    finally:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(temporary)
