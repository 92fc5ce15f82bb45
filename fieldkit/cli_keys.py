"""``fieldkit keys``, ``unseal`` and ``scrub``: HQ's key pair, opening sealed values, scrubbing text.

Kept apart from ``cli`` (which stays a list of thin commands); it adds its
parsers there.
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

from fieldkit.cli_secrets import (
    EXPORT_PASSWORD_ENV,
    IMPORT_PASSWORD_ENV,
    KEY_PASSPHRASE_ENV,
    add_password_options,
    key_passphrase,
    password,
)

__all__ = ["KEYS_COMMANDS", "add_keys_parser"]

EXIT_OK = 0

KEYS_COMMANDS: dict[str, str] = {
    "keys new": "Make HQ's key pair: a passphrase-protected private key and a public key for the laptops.",
    "keys install": "Install HQ's public key on this laptop: direct identifiers are then sealed for it.",
    "keys rewrap": "Rewrite HQ's private key file in today's format (scrypt, mode 0600), optionally under a new "
                   "passphrase; the key, and every sealed value, stays the same.",
    "unseal": ("At HQ: open the sealed values of a workbook with HQ's private key into a copy, protected by the "
               "input's password unless another is given (or --no-password); a value moved from another record, "
               "field or repeat instance is refused, nothing written."),
    "scrub": "Read UTF-8 text on standard input; write it with personal identifiers replaced, line by line.",
}


def _warn_legacy_key(path: Path) -> None:
    from fieldkit.services.key_file import is_legacy

    if is_legacy(path):
        print(f"fieldkit: warning: {path.name} is an older key file (PBKDF2 with 2,048 iterations, cheap to "
              f"guess); rewrap it: fieldkit keys rewrap {path}", file=sys.stderr)


def cmd_keys_new(args: argparse.Namespace) -> int:
    from fieldkit.services.sealing import new_key_pair

    private, public = new_key_pair(Path(args.out), key_passphrase(new=True))
    print(f"private key (keep it at HQ, with its passphrase): {private}")
    print(f"public key (send it to every laptop): {public}")
    return EXIT_OK


def cmd_keys_rewrap(args: argparse.Namespace) -> int:
    from fieldkit.services.sealing import rewrap_private_key

    current = key_passphrase(new=False)
    new = os.environ.get("FIELDKIT_NEW_KEY_PASSPHRASE") or None
    if args.new_passphrase and not new:
        from fieldkit.cli_secrets import _prompt

        new = _prompt("New passphrase of HQ's private key: ", new=True, env="FIELDKIT_NEW_KEY_PASSPHRASE")
    kid = rewrap_private_key(Path(args.file), current, new)
    print(f"{args.file}: key {kid} rewrapped (scrypt, file mode 0600); sealed values open as before")
    return EXIT_OK


def cmd_keys_install(args: argparse.Namespace) -> int:
    from fieldkit.services.privacy import install_public_key

    from fieldkit.cli import _open

    with _open(args) as workspace:
        kid = install_public_key(workspace, Path(args.file))
    print(f"HQ's public key {kid} installed: direct identifiers are now sealed for it")
    return EXIT_OK


def cmd_unseal(args: argparse.Namespace) -> int:
    from fieldkit.services.unseal import unseal_workbook

    secret = password(args, env=IMPORT_PASSWORD_ENV, what="the workbook's password", new=False)
    out_secret = None if args.no_password else password(
        args, env=EXPORT_PASSWORD_ENV, what="the unsealed copy's password", new=True, flag="--out-password",
        ask="--ask-out-password")
    _warn_legacy_key(Path(args.key))
    done = unseal_workbook(Path(args.file), Path(args.out), Path(args.key), key_passphrase(new=False),
                           password=secret, out_password=out_secret, allow_unencrypted=args.no_password)
    protection = "without a password (--no-password)" if args.no_password else "protected by a password"
    print(f"{done.opened} sealed value(s) opened into {args.out}, {protection}")
    if done.unbound:
        print(f"{done.unbound} of them were sealed by an older fieldkit (sealed:v1), not bound to their record "
              "and field: check that each belongs to its row")
    return EXIT_OK


def cmd_scrub(args: argparse.Namespace) -> int:
    from fieldkit.services.scrubbing import scrub_text as scrub

    for line in sys.stdin:
        ending = "\n" if line.endswith("\n") else ""
        sys.stdout.write(scrub(line.rstrip("\n")) + ending)
    return EXIT_OK


def add_keys_parser(commands: argparse._SubParsersAction) -> None:
    COMMANDS = KEYS_COMMANDS  # noqa: N806 - the parsers below read as cli's do
    keys = commands.add_parser("keys", help="HQ's key pair for sealing victims' identifiers",
                               description="HQ's key pair for sealing victims' identifiers.")
    keys_commands = keys.add_subparsers(dest="keys_command", metavar="KEYS_COMMAND", required=True)
    p = keys_commands.add_parser("new", help=COMMANDS["keys new"], description=COMMANDS["keys new"])
    p.add_argument("--out", required=True, metavar="FOLDER")
    p.set_defaults(run=cmd_keys_new)
    p = keys_commands.add_parser("install", help=COMMANDS["keys install"], description=COMMANDS["keys install"])
    p.add_argument("file", metavar="PUBLIC_KEY_FILE")
    p.set_defaults(run=cmd_keys_install)
    p = keys_commands.add_parser("rewrap", help=COMMANDS["keys rewrap"], description=COMMANDS["keys rewrap"],
                                 epilog=f"The passphrase comes from {KEY_PASSPHRASE_ENV} (or is asked); a new one "
                                        "from FIELDKIT_NEW_KEY_PASSPHRASE or, with --new-passphrase, is asked.")
    p.add_argument("file", metavar="PRIVATE_KEY_FILE")
    p.add_argument("--new-passphrase", action="store_true", help="ask for a new passphrase (twice)")
    p.set_defaults(run=cmd_keys_rewrap)

    p = commands.add_parser("unseal", help=COMMANDS["unseal"], description=COMMANDS["unseal"])
    p.add_argument("file", metavar="FILE.xlsx")
    p.add_argument("--key", required=True, metavar="PRIVATE_KEY_FILE",
                   help=f"HQ's private key (its passphrase from {KEY_PASSPHRASE_ENV}, or asked)")
    add_password_options(p, env=IMPORT_PASSWORD_ENV, what="the workbook's password, if it has one")
    add_password_options(p, env=EXPORT_PASSWORD_ENV, what="the copy's password (default: the workbook's)",
                         flag="--out-password", ask="--ask-out-password")
    p.add_argument("--no-password", action="store_true",
                   help="write the copy without a password (it holds identities in clear)")
    p.add_argument("--out", required=True, metavar="CLEAR.xlsx")
    p.set_defaults(run=cmd_unseal)

    p = commands.add_parser("scrub", help=COMMANDS["scrub"], description=COMMANDS["scrub"])
    p.set_defaults(run=cmd_scrub)
