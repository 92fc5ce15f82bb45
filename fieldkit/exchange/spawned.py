"""A function run in a second process, to use a second core for long exchange work.

Both sides talk through ``multiprocessing`` queues: each has a thread that
sends, so that neither side blocks the other while sending (a queue to the
worker may be bounded, to keep what waits in memory small). Either side that
waits looks every half second whether the other is still there: a worker
whose parent is gone ends; a parent whose worker is gone learns it (``Lost``).

Processes are started with "spawn" (the default on Windows and macOS, and safe
next to Qt's threads on Linux). Spawn runs the main module again in the new
process, so a script that asks for one needs ``if __name__ == "__main__":``.
"""

from __future__ import annotations

import multiprocessing
import os
import queue
from collections.abc import Callable
from typing import Any

__all__ = ["Lost", "Spawned", "WORTH_A_PROCESS", "from_parent", "worker_side", "worth_a_process"]

POLL_S = 0.5  # how often a side that waits looks whether the other is still there
#: Exports and imports of this many records or more are worth a second process (starting one takes
#: a few tenths of a second; 10,000 records take seconds).
WORTH_A_PROCESS = 10_000


def worth_a_process(records: int) -> bool:
    """Whether work on ``records`` records gains from a second process: enough of them, and two cores."""
    return records >= WORTH_A_PROCESS and (os.cpu_count() or 1) > 1


class Lost(RuntimeError):
    """The worker process ended without a word more to read."""

    def __init__(self, exitcode: int | None, heard: bool) -> None:
        super().__init__(f"the worker process ended (exit code {exitcode})")
        self.exitcode = exitcode
        self.heard = heard  # it had said something before it ended


class Spawned:
    """``target(inbox, outbox)`` in a second process: ``send`` to it, ``receive`` from it, ``close``."""

    def __init__(self, target: Callable[..., None], name: str, *, inbox_size: int = 0,
                 shared: tuple[Any, ...] = ()) -> None:
        """``shared``: more arguments of ``target``, such as an Event (they cannot go by queue)."""
        context = multiprocessing.get_context("spawn")
        self.inbox: Any = context.Queue(inbox_size)  # to the worker
        self.outbox: Any = context.Queue()  # from the worker
        self.heard = False
        self.process = context.Process(target=target, args=(self.inbox, self.outbox, *shared), daemon=True,
                                       name=name)

    def start(self) -> None:
        self.process.start()

    def send(self, item: Any) -> None:
        """Hand ``item`` to the worker (waits while a bounded inbox is full, as long as the worker lives)."""
        while True:
            try:
                self.inbox.put(item, timeout=POLL_S)
                return
            except queue.Full:
                if not self.process.is_alive():
                    raise Lost(self.process.exitcode, self.heard) from None

    def receive(self, *, block: bool = True, timeout: float | None = None) -> Any:
        """The worker's next message; None if there is none yet and ``block`` is False or ``timeout``
        seconds went by. Lost if the worker ended and said nothing more."""
        waited = 0.0
        while True:
            try:
                step = POLL_S if timeout is None else min(POLL_S, max(timeout - waited, 0.0))
                message = self.outbox.get(timeout=step) if block and step else self.outbox.get_nowait()
                self.heard = True
                return message
            except queue.Empty:
                if not self.process.is_alive():
                    try:  # what it sent just before it ended
                        message = self.outbox.get(timeout=POLL_S)
                        self.heard = True
                        return message
                    except queue.Empty:
                        raise Lost(self.process.exitcode, self.heard) from None
                waited += POLL_S if timeout is None else step
                if not block or (timeout is not None and waited >= timeout):
                    return None

    def close(self, *, wait: float = 0.0) -> None:
        """End the worker: let it finish for up to ``wait`` seconds, then stop it."""
        if wait:
            self.process.join(timeout=wait)
        if self.process.is_alive():
            self.process.terminate()
        self.process.join(timeout=10)
        for channel in (self.inbox, self.outbox):
            channel.cancel_join_thread()  # nothing left to send that anyone would read
            channel.close()


def worker_side(inbox: Any, outbox: Any) -> None:
    """In the worker, first: close the ends of the two pipes that only the parent uses. A parent
    killed in the middle of sending leaves half a message; with the parent's end closed here too,
    reading it ends (EOFError) instead of waiting forever for the rest. (``_writer`` and ``_reader``
    are multiprocessing.Queue's two ends of its pipe.)"""
    inbox._writer.close()
    outbox._reader.close()


def from_parent(inbox: Any, outbox: Any) -> Any:
    """In the worker: the next item from the parent; ends the worker (SystemExit) if the parent is gone."""
    parent = multiprocessing.parent_process()
    while True:
        try:
            return inbox.get(timeout=POLL_S)
        except queue.Empty:
            if parent is None or parent.is_alive():
                continue
        except (EOFError, OSError):  # the parent ended in the middle of a message
            pass
        # What waits to be sent would wait forever (nobody reads it), and the process would wait
        # for it at exit: drop it.
        outbox.cancel_join_thread()
        raise SystemExit(1)
