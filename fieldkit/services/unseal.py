"""At HQ: open the sealed values of a workbook into a clear copy, with HQ's private key."""

from __future__ import annotations

from pathlib import Path

from fieldkit.exchange.workbook_edit import map_cells
from fieldkit.services.sealing import KeyError_, is_sealed, load_private_key, unseal

__all__ = ["unseal_workbook"]


def unseal_workbook(source: Path, out: Path, key_file: Path, key_passphrase: str,
                    password: str | None = None) -> int:
    """Write ``out``: ``source`` with every sealed value opened. Nothing is written on any error."""
    key = load_private_key(key_file, key_passphrase)

    def open_cell(value: object) -> object:
        if is_sealed(value):
            try:
                return unseal(key, str(value))
            except KeyError_ as exc:
                raise KeyError_(f"{Path(source).name}: {exc}; nothing was written") from None
        return value

    return map_cells(Path(source), Path(out), open_cell, password=password)
