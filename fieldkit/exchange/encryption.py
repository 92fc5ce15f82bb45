"""Password-protected workbooks (ECMA-376 agile encryption), as Excel makes them.

msoffcrypto-tool does the cryptography; Excel, LibreOffice and fieldkit open
the result with the same password.
"""

from __future__ import annotations

import io
from pathlib import Path

from fieldkit.domain.messages import Message

__all__ = ["WrongPassword", "PasswordNeeded", "decrypt", "encrypt", "is_encrypted"]

_OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"


class WrongPassword(ValueError):
    pass


class PasswordNeeded(ValueError):
    pass


def is_encrypted(path: Path) -> bool:
    """An encrypted .xlsx is an OLE compound file, not a zip."""
    with open(path, "rb") as handle:
        return handle.read(8) == _OLE_MAGIC


def encrypt(workbook: bytes | memoryview, password: str) -> bytes:
    """The encrypted container of a clear .xlsx, all in memory."""
    from msoffcrypto.format.ooxml import OOXMLFile

    output = io.BytesIO()
    OOXMLFile(io.BytesIO(workbook)).encrypt(password, output)
    return output.getvalue()


def decrypt(path: Path, password: str | None) -> bytes:
    """The plain .xlsx bytes of an encrypted workbook."""
    import msoffcrypto
    from msoffcrypto.exceptions import FileFormatError, InvalidKeyError

    name = Path(path).name
    try:
        with open(path, "rb") as handle:
            encrypted = msoffcrypto.OfficeFile(handle).is_encrypted()
    except Exception:  # not an Office container at all; olefile raises many kinds
        raise ValueError(Message("{file}: cannot be decrypted or read (not an encrypted .xlsx)", file=name)) from None
    if not encrypted:
        raise ValueError(Message("{file}: an old Excel (.xls) or other Office file, not an .xlsx export", file=name))
    if not password:
        raise PasswordNeeded(Message("{file} is protected by a password; give it (FIELDKIT_IMPORT_PASSWORD or "
                                             "--ask-password; in the window, the Password field)", file=name))
    with open(path, "rb") as handle:
        try:
            office = msoffcrypto.OfficeFile(handle)
            office.load_key(password=password)
            output = io.BytesIO()
            office.decrypt(output)
        except InvalidKeyError:
            raise WrongPassword(Message("{file}: wrong password", file=name)) from None
        except (FileFormatError, Exception) as exc:  # a damaged container
            if isinstance(exc, (WrongPassword, PasswordNeeded)):
                raise
            if "verif" in str(exc).lower() or "password" in str(exc).lower() or "key" in str(exc).lower():
                raise WrongPassword(Message("{file}: wrong password", file=name)) from None
            raise ValueError(Message("{file}: cannot be decrypted ({problem})", file=name,
                                      problem=f"{type(exc).__name__}: {exc}")) from None
    return output.getvalue()
