"""At HQ: open the sealed values of a workbook into a copy, with HQ's private key.

Each value opens only in its place: the row's record (``_uuid``, or ``_parent_uuid`` on a
repeat's sheet), the column's field and, in a repeat, the instance it was sealed in (every
sealed value of a row carries the same instance tags, and no two rows of a record the same
ones). A value moved there from elsewhere is refused, naming sheet, row and column, and
nothing is written. Values sealed by fieldkit before the binding (``sealed:v1:``) open
anywhere and are counted apart, so HQ knows to check them.

The copy holds victims' identities in clear, so it is itself protected by a
password: the input's, unless another is given; only a caller who says so
(``allow_unencrypted``, ``fieldkit unseal --no-password``) gets an unprotected
copy. Either way the copy is put together in memory and only its final bytes
reach the disk (see ``exchange.workbook_out``).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from fieldkit.domain.messages import Message
from fieldkit.exchange.workbook_edit import map_cells
from fieldkit.services.sealing import KeyError_, Moved, instance_of, is_bound, load_private_key, looks_sealed, unseal

__all__ = ["UnsealRefused", "Unsealed", "unseal_workbook"]

NO_OUT_PASSWORD = ("{file} has no password, and its unsealed copy would hold victims' identities in clear: give "
                   "the copy a password (FIELDKIT_EXPORT_PASSWORD, --ask-out-password), or say --no-password; "
                   "nothing was written")


class UnsealRefused(ValueError):
    """An unseal that would write identities in clear without being told to; nothing was written."""

    def __str__(self) -> str:
        return str(self.args[0])


MOVED = ("{file}, sheet {sheet}, row {row}, column {column}: this sealed value belongs to another record or field "
         "(moved here, or damaged); nothing was written")
MOVED_INSTANCE = ("{file}, sheet {sheet}, row {row}, column {column}: this sealed value belongs to another instance "
                  "of this repeat (moved here); nothing was written")
OUTSIDE = ("{file}, sheet {sheet}, row {row}, column {column}: a sealed value outside a record's row; "
           "nothing was written")
REFUSED = "{file}, sheet {sheet}, row {row}, column {column}: {problem}; nothing was written"


@dataclass(frozen=True)
class Unsealed:
    """What an unseal opened: ``opened`` values, ``unbound`` of them sealed before the binding."""

    opened: int
    unbound: int


def unseal_workbook(source: Path, out: Path, key_file: Path, key_passphrase: str,
                    password: str | None = None, *, out_password: str | None = None,
                    allow_unencrypted: bool = False) -> Unsealed:
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
    name = Path(source).name
    unbound = 0
    instances: set[tuple[str, str, str]] = set()

    def open_row(sheet: str, header: list[str], number: int, cells: list[Any]) -> list[Any]:
        nonlocal unbound
        record = _cell(header, cells, "_uuid") or _cell(header, cells, "_parent_uuid")
        chain: str | None = None
        result = list(cells)
        for index, value in enumerate(cells):
            if not looks_sealed(value):
                continue
            column = header[index] if index < len(header) and header[index] else f"#{index + 1}"
            where = {"file": name, "sheet": sheet, "row": number, "column": column}
            if not record:
                raise KeyError_(Message(OUTSIDE, **where))
            text = str(value)
            if is_bound(text):
                tags = instance_of(text)
                if chain is None:
                    chain = tags
                    if tags and (sheet, record, tags) in instances:
                        raise Moved(Message(MOVED_INSTANCE, **where))
                    instances.add((sheet, record, tags))
                elif tags != chain:
                    raise Moved(Message(MOVED_INSTANCE, **where))
            else:
                unbound += 1
            try:
                result[index] = unseal(key, text, record=record, field=column)
            except Moved:
                raise Moved(Message(MOVED, **where)) from None
            except KeyError_ as exc:
                raise KeyError_(Message(REFUSED, **where, problem=str(exc))) from None
        return result

    opened = map_cells(Path(source), Path(out), lambda value: value, password=password, out_password=out_password,
                       change_row=open_row)
    return Unsealed(opened, unbound)


def _cell(header: list[str], cells: list[Any], column: str) -> str:
    try:
        value = cells[header.index(column)]
    except (ValueError, IndexError):
        return ""
    return value if isinstance(value, str) else ""
