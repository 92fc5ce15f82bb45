"""Write a file under a temporary name beside it, then rename: never half a file under the real name."""

from __future__ import annotations

import contextlib
import errno
import os
import tempfile
from collections.abc import Callable
from pathlib import Path

from fieldkit.domain.messages import Message

__all__ = ["NotWritten", "full_disk", "write_atomically"]

_FULL = {errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC), errno.EFBIG}


class NotWritten(OSError):
    """A file that could not be written (a full disk, a device); nothing is left under its name.
    Its one argument is the Message to show."""

    def __str__(self) -> str:
        return str(self.args[0])


def write_atomically(path: Path, write: Callable[[Path], None]) -> None:
    """Call ``write(temporary_path)``, then move the result onto ``path`` in one step."""
    path = Path(path)
    if path.exists() and not path.is_file():  # /dev/full, a folder: never replaced by a file
        raise NotWritten(Message("cannot write {file}: it is a folder or a device, not a file; nothing was "
                                 "written", file=str(path)))
    path.parent.mkdir(parents=True, exist_ok=True)
    try:
        handle, temporary = tempfile.mkstemp(prefix=".fieldkit-", suffix=".xlsx.part", dir=path.parent)
    except OSError as exc:
        raise _not_written(path, exc) from None
    os.close(handle)
    try:
        write(Path(temporary))
        os.replace(temporary, path)
    except OSError as exc:
        if isinstance(exc, NotWritten):
            raise
        raise _not_written(path, exc) from None
    finally:
        with contextlib.suppress(FileNotFoundError):
            os.unlink(temporary)


def _not_written(path: Path, exc: OSError) -> OSError:
    if exc.errno in _FULL:
        return NotWritten(Message("disk full writing {file}; nothing was written", file=str(path)))
    return exc


def full_disk(path: Path, exc: BaseException) -> NotWritten | None:
    """The one line for a full disk (or a file-size limit) met while writing ``path`` or what it is
    made from (the temporary files a workbook is spooled to), or None for any other problem."""
    if isinstance(exc, OSError) and not isinstance(exc, NotWritten) and exc.errno in _FULL:
        return NotWritten(Message("disk full writing {file}; nothing was written", file=str(path)))
    return None
