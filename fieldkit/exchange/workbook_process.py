"""An export workbook written in a second process, while this one reads the database.

openpyxl turns each row into XML in Python: for a big export that is most of
the time. ``ProcessWorkbookWriter`` has ``WorkbookWriter``'s interface; rows go
to a second process (see ``spawned``) in batches, and this one goes on reading,
converting and fingerprinting the next records. The queue to the writer is
bounded, so what waits in memory stays small however big the export. A
problem there (a full disk, say) is raised here as it was raised there; a
cancel reaches the writer while it saves.
"""

from __future__ import annotations

import contextlib
import multiprocessing
import pickle
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

from fieldkit.exchange.spawned import Lost, Spawned, from_parent, worker_side
from fieldkit.exchange.workbook_out import Sheet, WorkbookWriter

__all__ = ["ProcessWorkbookWriter", "WriterLost"]

_BATCH = 500  # rows sent together
_WAITING = 8  # batches that may wait for the writer


class WriterLost(RuntimeError):
    """The process writing the workbook ended unexpectedly; nothing was written under the target name."""


class ProcessWorkbookWriter:
    """``WorkbookWriter``'s interface (add, append, rows, save, discard); openpyxl runs in a second process."""

    def __init__(self, path: Path, *, password: str | None = None) -> None:
        self.path = Path(path)
        self.rows: dict[str, int] = {}
        self._batch: list[tuple[str, list[Any]]] = []
        self._cancel = multiprocessing.get_context("spawn").Event()
        self.worker = Spawned(_write, f"fieldkit export {self.path.name}", inbox_size=_WAITING,
                              shared=(self._cancel,))
        self.worker.start()
        self._send(("open", (self.path, password)))

    def add(self, sheet: Sheet) -> None:
        self._flush()
        self._send(("add", sheet))
        self.rows[sheet.title] = 0

    def append(self, title: str, values: Iterable[Any]) -> None:
        self._batch.append((title, values if values.__class__ is list else list(values)))
        self.rows[title] += 1
        if len(self._batch) >= _BATCH:
            self._flush()

    def save(self, *, cancelled: Callable[[], bool] = lambda: False) -> None:
        self._flush()
        self._send(("save", None))
        while True:
            if cancelled():
                self._cancel.set()  # the writer checks it before and after it writes the file
            message = self._receive(timeout=0.1)
            if message is not None:
                self.worker.close(wait=5)
                kind, payload = message
                if kind == "failed":
                    raise payload
                return

    def discard(self) -> None:
        """Drop what was written so far (cancel, or a problem here): the writer removes its files."""
        with contextlib.suppress(Lost, WriterLost, Exception):
            self._batch.clear()
            self.worker.send(("discard", None))
        self.worker.close(wait=5)

    def _flush(self) -> None:
        if self._batch:
            batch, self._batch = self._batch, []
            self._send(("rows", batch))

    def _send(self, item: Any) -> None:
        self._raise_failure()  # the writer may have met a problem already: say it now
        try:
            self.worker.send(item)
        except Lost as lost:
            self._raise_failure()
            raise self._lost(lost) from None

    def _raise_failure(self) -> None:
        message = self._receive(timeout=0)
        if message is not None and message[0] == "failed":
            self.worker.close(wait=5)
            raise message[1]

    def _receive(self, *, timeout: float) -> Any:
        try:
            return self.worker.receive(block=bool(timeout), timeout=timeout or None)
        except Lost as lost:
            raise self._lost(lost) from None

    def _lost(self, lost: Lost) -> WriterLost:
        return WriterLost(f"{self.path.name}: the process writing it stopped unexpectedly (exit code "
                          f"{lost.exitcode}); nothing was written")


def _portable(exc: BaseException) -> BaseException:
    """``exc`` if it survives the trip between processes, else a RuntimeError that says what it was."""
    try:
        pickle.loads(pickle.dumps(exc))
        return exc
    except Exception:
        return RuntimeError(f"{type(exc).__name__}: {exc}")


def _write(inbox: Any, outbox: Any, cancel: Any) -> None:
    """The writer's life: open, add sheets, append rows, then save or discard."""
    worker_side(inbox, outbox)
    import sys

    sys.unraisablehook = lambda unraisable: None  # clean-up failing after a failure (a full disk): told once
    writer: WorkbookWriter | None = None
    try:
        while True:
            kind, payload = from_parent(inbox, outbox)
            if kind == "open":
                path, password = payload
                writer = WorkbookWriter(path, password=password)
            elif writer is None:
                raise RuntimeError(f"{kind} before open")
            elif kind == "add":
                writer.add(payload)
            elif kind == "rows":
                append = writer.append
                for title, values in payload:
                    append(title, values)
            elif kind == "save":
                # Cancelled, or the process that asked is gone: then no file appears under the target name.
                parent = multiprocessing.parent_process()
                writer.save(cancelled=lambda: cancel.is_set() or (parent is not None and not parent.is_alive()))
                outbox.put(("saved", None))
                return
            else:  # discard
                writer.discard()
                return
    except SystemExit:  # the process that asked is gone (see from_parent)
        if writer is not None:
            writer.discard()
        raise
    except Exception as exc:
        if writer is not None:
            writer.discard()
        outbox.put(("failed", _portable(exc)))
