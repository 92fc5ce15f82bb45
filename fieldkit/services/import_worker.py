"""A big file's sheets read in a second process, while this one writes to the database.

Reading rows, converting cells and hashing records needs no database; writing
them needs nothing else. On two cores the two overlap, and a 100,000-record
import takes about as long as the slower half instead of both (see
bench/exchange.py). The second process gets the file's path, its password and
the forms (``SheetsJob``); it asks this one for the manifest lines of each
chunk of rows and sends back converted rows, a refusal, or the end.

The conversation (see ``exchange.spawned``):
    worker -> here: ("lookup", uuids) | ("rows", (converted, untouched uuids, rows)) | ("done", None)
                    | ("refused", message) | ("failed", traceback)
    here -> worker: the job, then the manifest lines of the uuids of each "lookup", in order
The worker asks for the next chunks' lines before it converts the current one,
so it does not wait for this process while it has work. It stops when the
import ends, is refused or cancelled (it is terminated), and when this
process is gone.
"""

from __future__ import annotations

import traceback
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from typing import Any

from fieldkit.domain.messages import Message
from fieldkit.exchange.spawned import Lost, Spawned, from_parent, worker_side
from fieldkit.exchange.workbook_in import IncomingWorkbook, PasswordNeeded, WorkbookError, WrongPassword
from fieldkit.services.import_sheets import (
    Chunk,
    Converted,
    Deliver,
    ImportRefused,
    SheetsJob,
    SheetsReader,
    refused_from,
)
from fieldkit.store.exchange import ManifestScratch, ScratchEntry

__all__ = ["SheetsProcess", "WorkerLost"]


class WorkerLost(RuntimeError):
    """The second process ended before it said anything (it could not start: a script that imports
    fieldkit without ``if __name__ == "__main__":``, say). Nothing was read there: read here."""


class SheetsProcess:
    """The second process reading one file's sheets: ``with SheetsProcess(job) as worker: worker.run(...)``."""

    def __init__(self, job: SheetsJob) -> None:
        self.job = job
        self.worker = Spawned(_work, f"fieldkit import {job.name}")

    def __enter__(self) -> SheetsProcess:
        self.worker.start()
        # The job goes by queue, not as the process's arguments: those are written to the new process
        # before it runs, and a big job would wait on a pipe that a process that died never reads.
        self.worker.send(self.job)
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def run(self, scratch: ManifestScratch, manifest: Iterator[None],
            claim: Callable[[list[str]], dict[str, ScratchEntry]], deliver: Deliver) -> None:
        """Read the ``manifest`` (an iterator that adds its lines to ``scratch`` a batch at a time),
        answer the worker's lookups with ``claim`` as soon as their lines are in, and hand the rows
        it converts to ``deliver``, until it is done. ImportRefused as read there."""
        waiting: deque[list[str]] = deque()  # lookups not answered yet, in the order they came
        reading = True
        while True:
            if reading:
                # A lookup is answered once all its lines are in (or the manifest is all read: a uuid
                # still missing then is in no manifest line, which the worker refuses).
                while waiting and scratch.has_all(waiting[0]):
                    self.worker.send(claim(waiting.popleft()))
                message = self._next(block=False)
                if message is None:
                    reading = next(manifest, StopIteration) is not StopIteration
                    if not reading:
                        while waiting:
                            self.worker.send(claim(waiting.popleft()))
                    continue
            else:
                message = self._next()
            kind, payload = message
            if kind == "lookup":
                if reading:
                    waiting.append(payload)
                else:
                    self.worker.send(claim(payload))
            elif kind == "rows":
                converted, untouched, rows = payload
                deliver([Converted._make(row) for row in converted], untouched, rows)
            elif kind == "done":
                for _ in manifest:  # (a worker is done only after every lookup was answered)
                    pass
                return
            elif kind == "refused":
                raise ImportRefused(payload)
            else:
                raise RuntimeError(f"the import's reader process failed:\n{payload}")

    def _next(self, *, block: bool = True) -> Any:
        """The worker's next message; None if ``block`` is False and there is none yet."""
        try:
            return self.worker.receive(block=block)
        except Lost as lost:
            if not lost.heard:
                raise WorkerLost(lost.exitcode) from None
            raise ImportRefused(Message(
                "{file}: the process reading it stopped unexpectedly (exit code {code}); nothing was changed",
                file=self.job.name, code=lost.exitcode)) from None

    def close(self) -> None:
        self.worker.close()  # refused, cancelled or failed here: its work is of no use


def _work(inbox: Any, outbox: Any) -> None:
    """The worker's life: get the job, read the sheets, say how it went."""

    def lookup(chunks: Iterable[Chunk]) -> Iterator[tuple[Chunk, dict[str, ScratchEntry]]]:
        pending: deque[Chunk] = deque()
        for chunk in chunks:
            outbox.put(("lookup", [uuid for _, _, uuid in chunk]))
            pending.append(chunk)
            if len(pending) > 2:  # the next chunks' lines are on their way while this one is converted
                yield pending.popleft(), from_parent(inbox, outbox)
        while pending:
            yield pending.popleft(), from_parent(inbox, outbox)

    def deliver(converted: list[Converted], untouched: list[str], rows: int) -> None:
        # Plain tuples: pickled in C, where a named tuple is pickled a Python call at a time.
        outbox.put(("rows", ([tuple(row) for row in converted], untouched, rows)))

    worker_side(inbox, outbox)
    try:
        job: SheetsJob = from_parent(inbox, outbox)
        book = IncomingWorkbook(job.path, job.password)
        try:
            SheetsReader(job, book).read(lookup, deliver)
        finally:
            book.close()
        outbox.put(("done", None))
    except ImportRefused as exc:
        outbox.put(("refused", exc.args[0]))
    except (WorkbookError, PasswordNeeded, WrongPassword) as exc:
        outbox.put(("refused", refused_from(exc).args[0]))
    except Exception:
        outbox.put(("failed", traceback.format_exc()))
