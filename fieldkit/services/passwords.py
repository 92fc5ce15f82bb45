"""One rule for every new secret, in the window and on the command line.

A database passphrase chosen at creation, an export's password, the password
of `unseal`'s clear copy and the passphrase of HQ's private key all need at
least ``MIN_LENGTH`` characters (the window's unlock page said so alone
before; the commands took one character). Secrets that already exist (to
unlock a database, to open a workbook) are taken as they are.
"""

from __future__ import annotations

from fieldkit.domain.messages import Message

__all__ = ["MIN_LENGTH", "WeakSecret", "check_new"]

MIN_LENGTH = 8

_TEMPLATES = {
    "database": "the database passphrase needs at least {n} characters; nothing was created",
    "export": "the export password needs at least {n} characters; nothing was written",
    "clear copy": "the password of the unsealed copy needs at least {n} characters; nothing was written",
    "key": "the key passphrase needs at least {n} characters; nothing was written",
}


class WeakSecret(ValueError):
    """A new passphrase or password that is too short; its one argument is the Message to show."""

    def __str__(self) -> str:
        return str(self.args[0])


def check_new(secret: str, kind: str) -> None:
    """Raise WeakSecret if ``secret`` may not protect a new ``kind`` ('database', 'export', 'clear copy', 'key')."""
    if len(secret) < MIN_LENGTH:
        raise WeakSecret(Message(_TEMPLATES[kind], n=MIN_LENGTH))
