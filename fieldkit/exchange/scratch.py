"""Scratch files that nobody can read: encrypted under a key that lives only in memory.

An export spools every sheet to a temporary file until the workbook is put
together (a sheet of 100,000 rows must not sit in memory). Those files are in
the temp folder, and a killed process or a power cut leaves them there, so
they never hold a clear byte: each ``ScratchFile`` has its own random
AES-256-GCM key, kept in this process's memory only, and its bytes go to disk
in authenticated chunks (chunk number as the nonce, a last-chunk mark in the
associated data, so that no chunk can be dropped, moved or cut off unseen).
A leftover file is noise once the process is gone.
"""

from __future__ import annotations

import io
import tempfile
from collections.abc import Iterator
from typing import Any

__all__ = ["ScratchFile", "ScratchText"]

_CHUNK = 1 << 20  # bytes encrypted together
_MORE, _LAST = b"fieldkit scratch: more", b"fieldkit scratch: last"


class ScratchFile(io.RawIOBase):
    """Write everything, then read it back once or more (``chunks``, ``reader``); ``close`` forgets the key."""

    def __init__(self) -> None:
        super().__init__()
        from cryptography.hazmat.primitives.ciphers.aead import AESGCM

        self._aead: Any = AESGCM(AESGCM.generate_key(bit_length=256))
        # TemporaryFile: no name at all on POSIX; deleted when closed (or the process ends) on Windows.
        self._file = tempfile.TemporaryFile(prefix="fieldkit-scratch-")
        self._pending = bytearray()
        self._count = 0
        self._sealed = False
        self.size = 0  # clear bytes written

    def writable(self) -> bool:
        return not self._sealed

    def write(self, data: Any) -> int:
        if self._sealed:
            raise ValueError("a scratch file is written once, then read")
        view = memoryview(data).cast("B")
        self._pending += view
        self.size += len(view)
        while len(self._pending) >= _CHUNK:
            self._seal(bytes(self._pending[:_CHUNK]), last=False)
            del self._pending[:_CHUNK]
        return len(view)

    def _seal(self, data: bytes, *, last: bool) -> None:
        box = self._aead.encrypt(self._count.to_bytes(12, "big"), data, _LAST if last else _MORE)
        self._file.write(len(box).to_bytes(4, "big") + box)
        self._count += 1

    def finish(self) -> None:
        """No more writing: the last chunk goes to disk."""
        if not self._sealed:
            self._seal(bytes(self._pending), last=True)
            self._pending = bytearray()
            self._file.flush()
            self._sealed = True

    def chunks(self) -> Iterator[bytes]:
        """The clear bytes, a chunk at a time (finishes the writing first)."""
        self.finish()
        self._file.seek(0)
        for number in range(self._count):
            length = int.from_bytes(self._file.read(4), "big")
            box = self._file.read(length)
            last = number == self._count - 1
            yield self._aead.decrypt(number.to_bytes(12, "big"), box, _LAST if last else _MORE)

    def reader(self) -> io.BufferedReader:
        """A file object reading the clear bytes from the start."""
        return io.BufferedReader(_ChunkReader(self.chunks()))

    def close(self) -> None:
        if not self.closed:
            self._aead = None
            self._pending = bytearray()
            self._file.close()
        super().close()


class _ChunkReader(io.RawIOBase):
    def __init__(self, chunks: Iterator[bytes]) -> None:
        super().__init__()
        self._chunks = chunks
        self._chunk = memoryview(b"")
        self._at = 0

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: Any) -> int:
        while self._at >= len(self._chunk):
            chunk = next(self._chunks, None)
            if chunk is None:
                return 0
            self._chunk, self._at = memoryview(chunk), 0
        size = min(len(buffer), len(self._chunk) - self._at)
        buffer[:size] = self._chunk[self._at:self._at + size]
        self._at += size
        return size


class ScratchText:
    """Lines of text in a ``ScratchFile``: ``write`` them, then iterate (as often as needed)."""

    def __init__(self) -> None:
        self._scratch = ScratchFile()
        self._writer: io.TextIOWrapper | None = io.TextIOWrapper(
            io.BufferedWriter(self._scratch), encoding="utf-8", newline="\n")

    def write(self, text: str) -> None:
        if self._writer is None:
            raise ValueError("a scratch text is written once, then read")
        self._writer.write(text)

    def __iter__(self) -> Iterator[str]:
        if self._writer is not None:
            self._writer.flush()
            self._writer.detach().detach()  # the wrappers go, the scratch file stays
            self._writer = None
        return iter(io.TextIOWrapper(self._scratch.reader(), encoding="utf-8", newline="\n"))

    def close(self) -> None:
        self._scratch.close()
