"""Where the commands get passwords: the environment or a prompt, never needed on the command line.

A value after ``--password`` is visible to every user of the machine in the
process list (``ps``, Task Manager), so it is deprecated: it still works, with
a warning on stderr. Instead:

- ``FIELDKIT_EXPORT_PASSWORD``: the password of what fieldkit writes (``export``,
  ``unseal``'s copy);
- ``FIELDKIT_IMPORT_PASSWORD``: the password of what it reads (``import``,
  ``unseal``'s input, ``devices trust``);
- ``FIELDKIT_KEY_PASSPHRASE``: HQ's private key (``keys``, ``unseal``);
- ``--ask-password`` (and ``--ask-out-password``): asked on the terminal,
  twice for a new one.

New secrets follow ``services.passwords`` (at least 8 characters), as in the window.
"""

from __future__ import annotations

import argparse
import os
import sys

__all__ = ["EXPORT_PASSWORD_ENV", "IMPORT_PASSWORD_ENV", "KEY_PASSPHRASE_ENV", "add_password_options", "key_passphrase",
           "password"]

EXPORT_PASSWORD_ENV = "FIELDKIT_EXPORT_PASSWORD"
IMPORT_PASSWORD_ENV = "FIELDKIT_IMPORT_PASSWORD"
KEY_PASSPHRASE_ENV = "FIELDKIT_KEY_PASSPHRASE"

_VISIBLE = ("fieldkit: warning: {flag} P is visible to other users in the process list; set {env} or use "
            "{ask} instead ({flag} P will go in a later version)")


def add_password_options(parser: argparse.ArgumentParser, *, env: str, what: str, flag: str = "--password",
                         ask: str = "--ask-password") -> None:
    """``flag P`` (deprecated) and ``ask`` (prompt) for a password that ``env`` may give."""
    dest = flag.lstrip("-").replace("-", "_")
    parser.add_argument(flag, metavar="P", dest=dest,
                        help=f"{what} (deprecated: visible in the process list; set {env} or use {ask})")
    parser.add_argument(ask, action="store_true", dest=f"ask_{dest}", help=f"ask for {what} on the terminal")


def password(args: argparse.Namespace, *, env: str, what: str, new: bool, flag: str = "--password",
             ask: str = "--ask-password") -> str | None:
    """The password ``flag`` (warned), ``ask`` (prompted; twice if ``new``) or ``env`` gives; None if none."""
    dest = flag.lstrip("-").replace("-", "_")
    given = getattr(args, dest, None)
    if given is not None:
        print(_VISIBLE.format(flag=flag, env=env, ask=ask), file=sys.stderr)
        return given
    if getattr(args, f"ask_{dest}", False):
        return _prompt(f"{what[0].upper()}{what[1:]}: ", new=new, env=env)
    return os.environ.get(env) or None


def key_passphrase(*, new: bool) -> str:
    """HQ's key passphrase: ``FIELDKIT_KEY_PASSPHRASE``, or asked (twice if ``new``)."""
    from fieldkit.cli import CommandError

    passphrase = os.environ.get(KEY_PASSPHRASE_ENV)
    if passphrase:
        return passphrase
    if sys.stdin is not None and sys.stdin.isatty():
        return _prompt("Passphrase of HQ's private key: ", new=new, env=KEY_PASSPHRASE_ENV)
    raise CommandError(f"no key passphrase: set {KEY_PASSPHRASE_ENV}")


def _prompt(question: str, *, new: bool, env: str) -> str:
    from fieldkit.cli import CommandError

    if sys.stdin is None or not sys.stdin.isatty():
        raise CommandError(f"cannot ask for a password without a terminal: set {env}")
    import getpass

    answer = getpass.getpass(question)
    if new and getpass.getpass("Again: ") != answer:
        raise CommandError("the two differ; nothing was done")
    return answer
