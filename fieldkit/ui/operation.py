"""Background work off the GUI thread, with results back on it (as Anki's QueryOp).

The work function runs on a pool thread and must not touch any widget; its
result or exception is delivered to ``on_done`` / ``on_error`` on the GUI
thread. ``progress(done, total)`` may be called from the work to report
progress; ``cancelled()`` tells the work to stop early.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

__all__ = ["Operation", "Cancelled"]


class Cancelled(Exception):
    """Raised by work that saw ``cancelled()`` become true."""


class _Signals(QObject):
    done = Signal(object)
    failed = Signal(object)
    progress = Signal(int, int)


class _Runnable(QRunnable):
    def __init__(self, operation: Operation) -> None:
        super().__init__()
        self.operation = operation

    def run(self) -> None:
        op = self.operation
        try:
            result = op.work(op)
        except BaseException as exc:  # delivered to the GUI thread, never lost
            signal, payload = op.signals.failed, exc
        else:
            signal, payload = op.signals.done, result
        try:
            signal.emit(payload)
        except RuntimeError:
            # The window that asked is gone (the app is quitting); close what
            # the work opened rather than leak it.
            close = getattr(payload, "close", None)
            if callable(close):
                close()


class Operation(QObject):
    """One piece of background work; keep a reference until it finishes."""

    finished = Signal()

    def __init__(
        self,
        work: Callable[[Operation], Any],
        *,
        on_done: Callable[[Any], None] | None = None,
        on_error: Callable[[BaseException], None] | None = None,
        on_progress: Callable[[int, int], None] | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.work = work
        self.signals = _Signals()
        self._cancel = threading.Event()
        self._on_done = on_done
        self._on_error = on_error
        self.signals.done.connect(self._done)
        self.signals.failed.connect(self._failed)
        if on_progress is not None:
            self.signals.progress.connect(on_progress)
        self.running = False

    def start(self) -> Operation:
        self.running = True
        QThreadPool.globalInstance().start(_Runnable(self))
        return self

    def progress(self, done: int, total: int) -> None:
        self.signals.progress.emit(done, total)

    def cancel(self) -> None:
        self._cancel.set()

    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def _done(self, result: Any) -> None:
        self.running = False
        if self._on_done is not None:
            self._on_done(result)
        self.finished.emit()

    def _failed(self, exc: BaseException) -> None:
        self.running = False
        if self._on_error is not None:
            self._on_error(exc)
        self.finished.emit()
