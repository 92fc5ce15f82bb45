"""``fieldkit devices``: the laptops HQ knows and the keys their exports are signed with.

Kept apart from ``cli`` (which stays a list of thin commands); it adds its
parsers there.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

__all__ = ["DEVICES_COMMANDS", "add_devices_parser"]

DEVICES_COMMANDS: dict[str, str] = {
    "devices": "List the laptops this database has imported from, with the fingerprint of the key each signs "
               "its exports with (trusted on first use); --self shows this laptop's own.",
    "devices trust": "Trust the key FILE is validly signed with for laptop ID from now on (a reinstalled laptop "
                     "has a new key: check its fingerprint with the laptop's owner first); audited.",
    "devices rename": "Give this database's device the name NAME that HQ and the audit log show (the device id, "
                      "kept in the database, stays); audited.",
}


def cmd_devices(args: argparse.Namespace) -> int:
    from fieldkit.cli import EXIT_OK, _open
    from fieldkit.services.devices import known_devices, this_laptop

    with _open(args) as workspace:
        if args.self:
            own = this_laptop(workspace)
            print(json.dumps(own, ensure_ascii=False) if args.json
                  else f"this laptop: {own['name']} ({own['device_id']}), key fingerprint {own['fingerprint']}")
            return EXIT_OK
        devices = known_devices(workspace)
    if args.json:
        for device in devices:
            print(json.dumps(device._asdict(), ensure_ascii=False))
        return EXIT_OK
    for device in devices:
        print(f"{device.device_id}  {device.name}  key {device.fingerprint}  first seen {device.first_seen}  "
              f"last seen {device.last_seen}  {device.files} file(s)")
    print(f"{len(devices)} known laptop(s)", file=sys.stderr)
    return EXIT_OK


def cmd_devices_trust(args: argparse.Namespace) -> int:
    from fieldkit.cli import EXIT_OK, _open
    from fieldkit.cli_secrets import IMPORT_PASSWORD_ENV, password
    from fieldkit.services.devices import trust

    secret = password(args, env=IMPORT_PASSWORD_ENV, what="the workbook's password", new=False)
    with _open(args) as workspace:
        before, after = trust(workspace, args.id, Path(args.file), secret)
    if before is None:
        print(f"laptop {after.name} ({after.device_id}): key {after.fingerprint} trusted")
    elif before.public_key == after.public_key:
        print(f"laptop {after.name} ({after.device_id}): key {after.fingerprint} was trusted already")
    else:
        print(f"laptop {after.name} ({after.device_id}): key {after.fingerprint} trusted instead of "
              f"{before.fingerprint}")
    return EXIT_OK


def cmd_devices_rename(args: argparse.Namespace) -> int:
    from fieldkit.cli import EXIT_OK, _open
    from fieldkit.services.device import rename_device

    with _open(args) as workspace:
        device = rename_device(workspace.db, args.name)
    print(f"this laptop is now {device.name} ({device.device_id})")
    return EXIT_OK


def add_devices_parser(commands: argparse._SubParsersAction) -> None:
    p = commands.add_parser("devices", help=DEVICES_COMMANDS["devices"], description=DEVICES_COMMANDS["devices"])
    p.add_argument("--json", action="store_true", help="one JSON object per line")
    p.add_argument("--self", action="store_true",
                   help="show this laptop's own key fingerprint (for HQ to compare)")
    p.set_defaults(run=cmd_devices)
    sub = p.add_subparsers(dest="devices_command", metavar="DEVICES_COMMAND")
    t = sub.add_parser("trust", help=DEVICES_COMMANDS["devices trust"], description=DEVICES_COMMANDS["devices trust"])
    t.add_argument("id", metavar="ID", help="the laptop's device id (see 'fieldkit devices')")
    t.add_argument("file", metavar="FILE.xlsx", help="an export of that laptop, signed with its new key")
    from fieldkit.cli_secrets import IMPORT_PASSWORD_ENV, add_password_options

    add_password_options(t, env=IMPORT_PASSWORD_ENV, what="the workbook's password, if it has one")
    t.set_defaults(run=cmd_devices_trust)
    about = DEVICES_COMMANDS["devices rename"]
    r = sub.add_parser("rename", help=about, description=about)
    r.add_argument("name", metavar="NAME", help="the name people read, e.g. 'Gəncə laptop 2'")
    r.set_defaults(run=cmd_devices_rename)
