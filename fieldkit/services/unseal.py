"""At HQ: open the sealed values of a workbook into a copy, with HQ's private key.

The copy holds victims' identities in clear, so it is itself protected by a
password: the input's, unless another is given; only a caller who says so
(``allow_unencrypted``, ``fieldkit unseal --no-password``) gets an unprotected
copy. Either way the copy is put together in memory and only its final bytes
reach the disk (see ``exchange.workbook_out``).
"""

from __future__ import annotations

from pathlib import Path

from fieldkit.domain.messages import Message
from fieldkit.exchange.workbook_edit import map_cells
from fieldkit.services.sealing import KeyError_, is_sealed, load_private_key, unseal

__all__ = ["UnsealRefused", "unseal_workbook"]

NO_OUT_PASSWORD = ("{file} has no password, and its unsealed copy would hold victims' identities in clear: give "
                   "the copy a password (FIELDKIT_EXPORT_PASSWORD, --ask-out-password), or say --no-password; "
                   "nothing was written")


class UnsealRefused(ValueError):
    """An unseal that would write identities in clear without being told to; nothing was written."""

    def __str__(self) -> str:
        return str(self.args[0])


def unseal_workbook(source: Path, out: Path, key_file: Path, key_passphrase: str,
                    password: str | None = None, *, out_password: str | None = None,
                    allow_unencrypted: bool = False) -> int:
    """Write ``out``: ``source`` with every sealed value opened, protected by ``out_password``, else
    by ``password`` (the input's), else refused unless ``allow_unencrypted``. Nothing is written on
    any error."""
    if allow_unencrypted:
        out_password = None
    elif out_password is not None:
        from fieldkit.services.passwords import check_new

        check_new(out_password, "clear copy")
    elif password:
        out_password = password
    else:
        raise UnsealRefused(Message(NO_OUT_PASSWORD, file=Path(source).name))
    key = load_private_key(key_file, key_passphrase)

    def open_cell(value: object) -> object:
        if is_sealed(value):
            try:
                return unseal(key, str(value))
            except KeyError_ as exc:
                raise KeyError_(f"{Path(source).name}: {exc}; nothing was written") from None
        return value

    return map_cells(Path(source), Path(out), open_cell, password=password, out_password=out_password)
