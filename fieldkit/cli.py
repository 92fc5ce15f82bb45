"""The ``fieldkit`` command: the GUI when run bare, headless commands otherwise.

Every command is a thin shell over ``fieldkit.services``; errors are one
readable line on stderr and a non-zero exit, never a traceback. PySide6 is
imported only when the GUI starts.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Callable, Sequence
from pathlib import Path

from fieldkit import __version__
from fieldkit.cli_devices import DEVICES_COMMANDS, add_devices_parser
from fieldkit.cli_keys import KEYS_COMMANDS, add_keys_parser
from fieldkit.cli_secrets import (
    EXPORT_PASSWORD_ENV,
    IMPORT_PASSWORD_ENV,
    add_password_options,
    password,
)

__all__ = ["main", "build_parser", "COMMANDS"]

EXIT_OK, EXIT_ERROR, EXIT_USAGE = 0, 1, 2


class CommandError(Exception):
    """A failure to report as one line (or several, for form problems)."""


def _passphrase(db_path: Path) -> str:
    from fieldkit.services.workspace import PASSPHRASE_ENV, passphrase_from_env

    passphrase = passphrase_from_env()
    if passphrase:
        return passphrase
    if sys.stdin is not None and sys.stdin.isatty():
        import getpass

        passphrase = getpass.getpass(f"Passphrase for {db_path}: ")
        if passphrase and not db_path.exists() and getpass.getpass("Again (a new database): ") != passphrase:
            raise CommandError("the two passphrases differ; nothing was created")
        if passphrase:
            return passphrase
    raise CommandError(f"no passphrase: set {PASSPHRASE_ENV} to unlock {db_path}")


def _open(args: argparse.Namespace):
    from fieldkit.services.workspace import Workspace

    path = _db_path(args)
    return Workspace.open(path, _passphrase(path), create=True)


def _db_path(args: argparse.Namespace) -> Path:
    from fieldkit.services.workspace import default_database_path

    return Path(args.db) if args.db else default_database_path()


# -- commands -----------------------------------------------------------------


def cmd_forms_list(args: argparse.Namespace) -> int:
    with _open(args) as workspace:
        infos = workspace.form_infos()
    if args.json:
        for info in infos:
            print(json.dumps({"form_id": info.form_id, "version": info.version, "title": info.title,
                              "versions": list(info.versions), "records": info.record_count}, ensure_ascii=False))
        return EXIT_OK
    width = max((len(i.form_id) for i in infos), default=7)
    print(f"{'form':<{width}}  {'version':<12}  {'records':>7}  title")
    for info in infos:
        print(f"{info.form_id:<{width}}  {info.version:<12}  {info.record_count:>7}  {info.title}")
    return EXIT_OK


def cmd_forms_check(args: argparse.Namespace) -> int:
    from fieldkit.services.forms import check_form_file

    failed = False
    for name in args.files:
        problems = check_form_file(Path(name))
        for problem in problems:
            print(_error_line(ValueError(problem)), file=sys.stderr)
        if problems:
            failed = True
        elif not args.quiet:
            print(f"{name}: ok")
    return EXIT_ERROR if failed else EXIT_OK


def cmd_forms_add(args: argparse.Namespace) -> int:
    from fieldkit.services.forms import add_form_files

    with _open(args) as workspace:
        # All or none: a file refused leaves the others uninstalled too (exit 1: nothing written).
        for form, added in add_form_files(workspace, [Path(name) for name in args.files]):
            state = "added" if added else "already installed"
            print(f"{form.form_id} version {form.version}: {state}")
    return EXIT_OK


def cmd_add(args: argparse.Namespace) -> int:
    from fieldkit.services.records import add_json_records, read_json_records

    if args.json == "-":
        text, source = sys.stdin.read(), "stdin"
    else:
        path = Path(args.json)
        try:
            text = path.read_text(encoding="utf-8-sig")
        except FileNotFoundError:
            raise CommandError(f"{path}: no such file") from None
        except UnicodeDecodeError as exc:
            raise CommandError(f"{path}: not UTF-8 text (byte {exc.start})") from None
        source = path.name
    with _open(args) as workspace:
        items = read_json_records(text)
        saved = add_json_records(workspace, args.form_id, items, source=source)
    print(f"{len(saved)} record(s) saved to {args.form_id}")
    return EXIT_OK


def cmd_list(args: argparse.Namespace) -> int:
    from fieldkit.services.records import list_records, record_as_json

    with _open(args) as workspace:
        records = list(list_records(workspace, args.form_id))
    if args.json:
        for record, form in records:
            print(json.dumps(record_as_json(record, form), ensure_ascii=False))
        return EXIT_OK
    for record, _ in records:
        print(f"{record.uuid}  r{record.revision}  {record.status:<5}  {record.updated_at}  {record.title}")
    print(f"{len(records)} record(s)", file=sys.stderr)
    return EXIT_OK


def _progress_printer(label: str) -> Callable[[int, int], None]:
    """Progress on stderr, only when a person watches a terminal."""
    if not sys.stderr.isatty():
        return lambda done, total: None

    def show(done: int, total: int) -> None:
        print(f"\r{label}: {done}/{total}", end="", file=sys.stderr, flush=True)

    return show


def _share(text: str) -> float:
    """'0.05' or '5%' -> 0.05."""
    try:
        share = float(text[:-1]) / 100 if text.strip().endswith("%") else float(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text[:40]!r} is not a share (0.05 or 5%)") from None
    if not 0 <= share <= 0.5:
        raise argparse.ArgumentTypeError(f"{text[:40]!r} is not a share between 0 and 0.5 (50%)")
    return share


def cmd_export(args: argparse.Namespace) -> int:
    from fieldkit.services.export import export_workbook

    secret = password(args, env=EXPORT_PASSWORD_ENV, what="the export's password", new=True)
    with _open(args) as workspace:
        summary = export_workbook(workspace, Path(args.out), form_ids=args.form or None, since_last=args.since_last,
                                  password=secret, privacy=args.privacy, allow_unencrypted=args.no_password,
                                  k=args.k, l=args.l, max_suppressed=args.max_suppressed,
                                  with_text=args.with_text,
                                  progress=_progress_printer("exporting"), parallel=None)
    if sys.stderr.isatty():
        print(file=sys.stderr)
    for report in (r for r in summary.privacy if r.records):
        print(f"{report.form}: {report.published} of {report.records} record(s) published, {report.suppressed} "
              f"suppressed (at most {report.max_suppressed}); k = {report.k_reached} reached (asked {report.k}), "
              f"prosecutor risk at most {report.max_risk:.3f} (mean {report.mean_risk:.3f}), information loss "
              f"{report.loss:.3f}")
    sheets = ", ".join(f"{title} {count}" for title, count in summary.sheets.items())
    deleted = f"; {summary.deleted} deletion(s)" if summary.deleted else ""
    print(f"{summary.records} record(s) exported to {summary.path} ({sheets}){deleted}")
    return EXIT_OK


def cmd_import(args: argparse.Namespace) -> int:
    from fieldkit.services.merge import merge_workbooks

    secret = password(args, env=IMPORT_PASSWORD_ENV, what="the workbooks' password", new=False)
    with _open(args) as workspace:
        summary = merge_workbooks(workspace, [Path(f) for f in args.files], dry_run=args.dry_run,
                                  accept_edits=args.accept_edits, password=secret,
                                  progress=_progress_printer("reading"), parallel=None)
    if sys.stderr.isatty():
        print(file=sys.stderr)
    print(summary.line())
    for uuid in summary.conflict_uuids:
        print(f"conflict: {uuid} (both versions kept; resolve in View > Conflicts)")
    for uuid in summary.edited_uuids:
        state = "applied as a new revision" if args.accept_edits else "not applied; --accept-edits applies it"
        print(f"edited outside fieldkit: {uuid} ({state})")
    for reason in summary.refused_reasons:
        print(f"refused: {reason}")
    return EXIT_OK


def cmd_conflicts(args: argparse.Namespace) -> int:
    from fieldkit.services.merge import open_conflicts, resolve_conflict

    with _open(args) as workspace:
        if args.scan:
            from fieldkit.services.unique_clash import hold_clashes

            for clash in hold_clashes(workspace):
                print(f"{clash.form_id}  {clash.held}: {clash.field} {clash.value!r} is also record {clash.kept}'s")
            conflicts = [c for c in open_conflicts(workspace) if c["clash_uuid"]]
            print(f"{len(conflicts)} unique clash(es) held as conflicts; settle each with 'fieldkit conflicts ID "
                  "--keep local|incoming|both'", file=sys.stderr)
            return EXIT_OK
        if args.keep:
            if args.id is None:
                raise CommandError("say which conflict: fieldkit conflicts ID --keep local|incoming|both")
            if args.keep == "both" and not args.value:
                raise CommandError("--keep both needs --value: the incoming record's new answer")
            moved = resolve_conflict(workspace, args.id, args.keep, args.value)
            print(f"conflict {args.id} settled: kept {args.keep}" + (f" ({args.value})" if args.keep == "both" else "")
                  + (f"; {moved} record(s) of the same laptop now name {args.value} too" if moved else ""))
            return EXIT_OK
        conflicts = open_conflicts(workspace)
    for conflict in conflicts:
        if conflict["clash_uuid"]:
            field = conflict["clash_field"]
            print(f"{conflict['id']}  {conflict['form_id']}  {conflict['uuid']}  from {conflict['source']}: "
                  f"{field} {conflict['data'].get(field)!r} is also record {conflict['clash_uuid']}'s")
            continue
        print(f"{conflict['id']}  {conflict['form_id']}  {conflict['uuid']}  incoming revision {conflict['revision']} "
              f"from {conflict['source']}" + (" (a deletion)" if conflict["deleted"] else ""))
    print(f"{len(conflicts)} open conflict(s)", file=sys.stderr)
    return EXIT_OK


def cmd_delete_record(args: argparse.Namespace) -> int:
    from fieldkit.services.records import delete_record, get_record

    with _open(args) as workspace:
        record = get_record(workspace, args.uuid)
        if record is None:
            raise CommandError(f"no record {args.uuid[:40]} in this database")
        if record.deleted:
            raise CommandError(f"record {args.uuid} is deleted already")
        delete_record(workspace, args.uuid)
    print(f"record {args.uuid} deleted (revision {record.revision + 1}; the next export sends the deletion)")
    return EXIT_OK


def cmd_restore_record(args: argparse.Namespace) -> int:
    from fieldkit.services.records import get_record, restore_record

    with _open(args) as workspace:
        record = get_record(workspace, args.uuid)
        if record is None:
            raise CommandError(f"no record {args.uuid[:40]} in this database")
        if not record.deleted:
            raise CommandError(f"record {args.uuid} is not deleted")
        if not restore_record(workspace, args.uuid):
            raise CommandError(f"record {args.uuid} is known here only by its deletion (its answers never "
                               "arrived): nothing to restore")
    print(f"record {args.uuid} restored (revision {record.revision + 1})")
    return EXIT_OK


def cmd_report(args: argparse.Namespace) -> int:
    from fieldkit.domain.reports import Filters
    from fieldkit.services.reports import write_report

    filters = Filters(args.date_from, args.date_to, args.place, args.institution, args.sex)
    with _open(args) as workspace:
        path = write_report(workspace, Path(args.out), filters, progress=_progress_printer("reading"))
    if sys.stderr.isatty():
        print(file=sys.stderr)
    print(f"report written to {path}")
    return EXIT_OK


def cmd_framework(args: argparse.Namespace) -> int:
    from fieldkit.services.reports import framework, load_framework

    with _open(args) as workspace:
        items = load_framework(workspace, Path(args.load)) if args.load else framework(workspace)
    for item in items:
        if item.indicator:
            tie = f"{item.method} {item.form}.{item.field}={item.value}".strip(" .=") if item.method else "not tied"
            print(f"{item.level:<9} {item.code:<4} target {item.target:<5} [{tie}] {item.indicator[:70]}")
    return EXIT_OK


def cmd_check(args: argparse.Namespace) -> int:
    from fieldkit.services.recover import check_lines

    path = _db_path(args)
    lines, ok = check_lines(path, _passphrase(path))
    print("\n".join(lines))
    return EXIT_OK if ok else EXIT_ERROR


def cmd_backup(args: argparse.Namespace) -> int:
    from fieldkit.services.backup import backup

    with _open(args) as workspace:
        path = backup(workspace, Path(args.out) if args.out else None)
    print(f"backup written to {path}")
    return EXIT_OK


def cmd_restore(args: argparse.Namespace) -> int:
    from fieldkit.services.backup import restore_file

    path = _db_path(args)
    safety = restore_file(path, _passphrase(path), Path(args.file))
    print(f"restored from {args.file}" + (f" (the state before is kept in {safety})" if safety else ""))
    return EXIT_OK


def cmd_recover(args: argparse.Namespace) -> int:
    from fieldkit.services.recover import recover, recover_lines

    path = _db_path(args)
    passphrase = _passphrase(path)
    print("\n".join(recover_lines(path, passphrase, recover(path, passphrase, Path(args.out)))))
    return EXIT_OK


def cmd_demo(args: argparse.Namespace) -> int:
    from fieldkit.services.demo import build_demo
    from fieldkit.services.workspace import default_database_path

    if not args.db:
        args.db = str(default_database_path().with_name("fieldkit-demo.db"))
    with _open(args) as workspace:
        counts = build_demo(workspace)
    print(f"sample database {args.db}: " + ", ".join(f"{n} {form}" for form, n in counts.items()))
    print(f"open it with: fieldkit --db {args.db}")
    return EXIT_OK


def cmd_gui(args: argparse.Namespace) -> int:
    # Qt aborts the process when it finds no screen; say so in one line instead.
    if (sys.platform.startswith("linux") and not os.environ.get("QT_QPA_PLATFORM")
            and not os.environ.get("DISPLAY") and not os.environ.get("WAYLAND_DISPLAY")):
        raise CommandError("no display to open the window on (set DISPLAY, or use the headless commands: "
                           "fieldkit --help)")
    try:
        from fieldkit.ui.app import run
    except ImportError as exc:  # a broken Qt install is a user-facing problem
        raise CommandError(f"cannot start the window: {exc}") from None
    return run(_db_path(args), lang=args.lang)


COMMANDS: dict[str, str] = {
    "forms list": "List the forms in the database, with versions and record counts.",
    "forms check": "Check XLSForm files; print one line per problem (file, sheet, row, column).",
    "forms add": "Add XLSForm files to the database (a newer version keeps the old one).",
    "add": "Validate records given as JSON and save them as final; all or nothing.",
    "list": "Print a form's records; with --json, one JSON object per line.",
    "export": "Write the final records to an Excel workbook for HQ (one sheet per form, a manifest, a dictionary).",
    "import": "Merge workbooks from other laptops: new records in, newer revisions applied, conflicts kept; "
              "all or nothing.",
    "conflicts": "List the records two laptops changed differently, and records that share a unique answer "
                 "(an event_code); settle one with --keep; --scan holds the clashes already stored.",
    "delete-record": "Delete a record (kept with its history, restorable); the next export sends the deletion.",
    "restore-record": "Bring a deleted record back as it was (a new revision, which the next export sends).",
    "report": "Write the evaluation reports (interview log, training scores, indicators, evidence) to Excel.",
    "framework": "Show the results framework the indicators report uses; --load replaces it from CSV or Excel.",
    **KEYS_COMMANDS,
    "check": "Check the database's pages and its records (revisions, history, hashes, orphans); non-zero on a "
             "problem; a damaged database gets the latest good backup named, with the command to restore it.",
    "backup": "Write an encrypted, checked backup of the database (by default into the 'backups' folder beside "
              "it); a damaged database is not copied.",
    "restore": "Replace the database (even a damaged one) with a backup, after checking the backup; the current "
               "state is kept first.",
    "recover": "Save what can still be read of a damaged database into a new encrypted database, and say what "
               "was lost (per table; records whose history is incomplete).",
    "demo": "Make a sample database from the seed evaluation (interviews, trainings and tests, FGDs, feedback).",
}
COMMANDS.update(DEVICES_COMMANDS)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="fieldkit",
        description="Offline field data collection. Without a command, opens the window.",
        epilog="Headless commands read the database passphrase from FIELDKIT_PASSPHRASE.",
    )
    parser.add_argument("--version", action="version", version=f"fieldkit {__version__}")
    parser.add_argument("--db", metavar="PATH", help="database file (default: fieldkit.db in your data folder)")
    parser.add_argument("--lang", choices=("en", "az", "ru"), help="language of the window")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

    forms = commands.add_parser("forms", help="list, check and add forms", description="Forms (XLSForm workbooks).")
    forms_commands = forms.add_subparsers(dest="forms_command", metavar="FORMS_COMMAND", required=True)
    p = forms_commands.add_parser("list", help=COMMANDS["forms list"], description=COMMANDS["forms list"])
    p.add_argument("--json", action="store_true", help="one JSON object per line")
    p.set_defaults(run=cmd_forms_list)
    p = forms_commands.add_parser("check", help=COMMANDS["forms check"], description=COMMANDS["forms check"])
    p.add_argument("files", nargs="+", metavar="FILE.xlsx")
    p.add_argument("-q", "--quiet", action="store_true", help="print only problems")
    p.set_defaults(run=cmd_forms_check)
    p = forms_commands.add_parser("add", help=COMMANDS["forms add"], description=COMMANDS["forms add"])
    p.add_argument("files", nargs="+", metavar="FILE.xlsx")
    p.set_defaults(run=cmd_forms_add)

    p = commands.add_parser("add", help=COMMANDS["add"], description=COMMANDS["add"])
    p.add_argument("form_id", metavar="FORM_ID")
    p.add_argument("--json", required=True, metavar="FILE",
                   help="a JSON object, an array of objects, or JSON Lines; '-' reads standard input")
    p.set_defaults(run=cmd_add)

    p = commands.add_parser("list", help=COMMANDS["list"], description=COMMANDS["list"])
    p.add_argument("form_id", metavar="FORM_ID")
    p.add_argument("--json", action="store_true", help="JSON Lines: uuid, revision, status and every field")
    p.set_defaults(run=cmd_list)

    p = commands.add_parser("export", help=COMMANDS["export"], description=COMMANDS["export"])
    p.add_argument("--out", required=True, metavar="FILE.xlsx", help="the workbook to write")
    p.add_argument("--form", action="append", metavar="ID", help="only this form (repeat for more)")
    p.add_argument("--since-last", action="store_true",
                   help="only what changed since the last export to the same file")
    add_password_options(p, env=EXPORT_PASSWORD_ENV, what="the password that encrypts the workbook (Excel asks "
                                                           "for it)")
    p.add_argument("--no-password", action="store_true",
                   help="allow an export of victims' data (sealed) without a password")
    p.add_argument("--privacy", choices=("sealed", "anonymised"),
                   help="sealed: for HQ (default for forms with privacy marks); anonymised: for anyone beyond HQ")
    p.add_argument("--k", type=int, default=5,
                   help="anonymised: every published combination of quasi-identifiers is shared by at least K "
                        "records (default 5, the least allowed for victims' data; 11 for a public release)")
    p.add_argument("--l", type=int, default=2,
                   help="anonymised: each such group has at least L different answers in every sensitive column "
                        "(distinct l-diversity; default 2)")
    p.add_argument("--max-suppressed", type=_share, default=0.05, metavar="S",
                   help="anonymised: at most this share of the records may be left out whole (0.05 or 5%%, the "
                        "default); the rest is generalised")
    p.add_argument("--with-text", action="store_true",
                   help="anonymised: publish the free text of forms with quasi-identifiers too, scrubbed; it is "
                        "outside the k and l guarantee (a note can tell a date, an age, a village)")
    p.set_defaults(run=cmd_export)

    p = commands.add_parser("import", help=COMMANDS["import"], description=COMMANDS["import"])
    p.add_argument("files", nargs="+", metavar="FILE.xlsx")
    p.add_argument("--dry-run", action="store_true", help="report what would happen; change nothing")
    p.add_argument("--accept-edits", action="store_true",
                   help="apply rows edited in Excel (as new revisions) instead of only reporting them")
    add_password_options(p, env=IMPORT_PASSWORD_ENV, what="the password of encrypted workbooks")
    p.set_defaults(run=cmd_import)

    p = commands.add_parser("conflicts", help=COMMANDS["conflicts"], description=COMMANDS["conflicts"])
    p.add_argument("id", nargs="?", type=int, metavar="ID", help="the conflict to settle")
    p.add_argument("--keep", choices=("local", "incoming", "both"),
                   help="which version wins (as a new revision); for two records sharing a unique answer: "
                        "local or incoming if they are one (the other is deleted as its duplicate), both if "
                        "they are two (with --value)")
    p.add_argument("--value", metavar="ANSWER", help="with --keep both: the incoming record's new unique answer")
    p.add_argument("--scan", action="store_true",
                   help="find unique answers that records stored here share already (merged before HQ checked "
                        "them across laptops) and hold each clash as a conflict to settle")
    p.set_defaults(run=cmd_conflicts)

    for name, run in (("delete-record", cmd_delete_record), ("restore-record", cmd_restore_record)):
        p = commands.add_parser(name, help=COMMANDS[name], description=COMMANDS[name])
        p.add_argument("uuid", metavar="UUID", help="the record (see 'fieldkit list FORM_ID')")
        p.set_defaults(run=run)

    p = commands.add_parser("report", help=COMMANDS["report"], description=COMMANDS["report"])
    p.add_argument("--out", required=True, metavar="FILE.xlsx")
    p.add_argument("--from", dest="date_from", metavar="YYYY-MM-DD", help="only what happened on or after this day")
    p.add_argument("--to", dest="date_to", metavar="YYYY-MM-DD", help="only what happened on or before this day")
    p.add_argument("--place", metavar="NAME", help="only this place (a choice name, e.g. baku)")
    p.add_argument("--institution", metavar="CODE", help="only this institution (e.g. SMS)")
    p.add_argument("--sex", choices=("female", "male"), help="training scores of this sex only")
    p.set_defaults(run=cmd_report)

    p = commands.add_parser("framework", help=COMMANDS["framework"], description=COMMANDS["framework"])
    p.add_argument("--load", metavar="FILE", help="a .csv or .xlsx with the framework's columns")
    p.set_defaults(run=cmd_framework)

    add_keys_parser(commands)

    p = commands.add_parser("check", help=COMMANDS["check"], description=COMMANDS["check"])
    p.set_defaults(run=cmd_check)
    p = commands.add_parser("backup", help=COMMANDS["backup"], description=COMMANDS["backup"])
    p.add_argument("--out", metavar="FILE", help="where to write it")
    p.set_defaults(run=cmd_backup)
    p = commands.add_parser("restore", help=COMMANDS["restore"], description=COMMANDS["restore"])
    p.add_argument("file", metavar="BACKUP_FILE")
    p.set_defaults(run=cmd_restore)
    p = commands.add_parser("recover", help=COMMANDS["recover"], description=COMMANDS["recover"])
    p.add_argument("--out", required=True, metavar="NEW.db", help="the new database to write (must not exist)")
    p.set_defaults(run=cmd_recover)
    p = commands.add_parser("demo", help=COMMANDS["demo"], description=COMMANDS["demo"])
    p.set_defaults(run=cmd_demo)
    add_devices_parser(commands)
    _db_after_the_command_too(commands)
    return parser


def _db_after_the_command_too(commands: argparse._SubParsersAction) -> None:
    """``fieldkit demo --db PATH`` as well as ``fieldkit --db PATH demo``: every command takes --db
    (unset there, the one before the command stands)."""
    for sub in commands.choices.values():
        sub.add_argument("--db", metavar="PATH", default=argparse.SUPPRESS,
                         help="database file (default: fieldkit.db in your data folder)")
        for action in sub._actions:
            if isinstance(action, argparse._SubParsersAction):
                _db_after_the_command_too(action)


def _error_line(exc: BaseException) -> str:
    """One line of at most a few hundred characters, whatever the exception holds."""
    from fieldkit.domain.messages import bounded

    try:
        text = str(exc.args[0]) if isinstance(exc, KeyError) and exc.args else str(exc)
    except ValueError:  # e.g. an integer too long to turn into text
        text = ""
    return bounded(text) or type(exc).__name__


def _ignore_unraisable(unraisable: object) -> None:
    return None


def main(argv: Sequence[str] | None = None) -> int:
    import multiprocessing

    multiprocessing.freeze_support()  # a frozen build starts the import's second process through here
    parser = build_parser()
    args = parser.parse_args(argv)
    run: Callable[[argparse.Namespace], int] = getattr(args, "run", cmd_gui)
    if run is not cmd_gui:
        # Clean-up failing after a failure (a zip file closed on a full disk, at exit too) is not news: the
        # one line says what happened.
        sys.unraisablehook = _ignore_unraisable
    from fieldkit.domain.xlsform import FormError
    from fieldkit.services.workspace import StoreError

    try:
        return run(args)
    except FormError as exc:
        for problem in exc.problems[:50]:
            print(f"fieldkit: {_error_line(ValueError(problem))}", file=sys.stderr)
        if len(exc.problems) > 50:
            print(f"fieldkit: ... and {len(exc.problems) - 50} more problem(s)", file=sys.stderr)
        return EXIT_ERROR
    except BrokenPipeError:  # e.g. 'fieldkit list kii --json | head'
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return EXIT_OK
    except (CommandError, StoreError, KeyError, ValueError, OSError) as exc:
        print(f"fieldkit: {_error_line(exc)}", file=sys.stderr)
        return EXIT_ERROR
    except KeyboardInterrupt:
        print("fieldkit: interrupted", file=sys.stderr)
        return 130
    except RecursionError:  # input nested deeper than any reader below caught (they name where)
        print("fieldkit: refused, the input is nested too deeply to read; nothing was changed", file=sys.stderr)
        return EXIT_ERROR
    except MemoryError:
        print("fieldkit: not enough memory for this input; nothing was changed", file=sys.stderr)
        return EXIT_ERROR
    except Exception as exc:  # a bug of ours: still one line, and nothing half-done (transactions)
        from fieldkit.services.workspace import file_failure

        explained = file_failure(_db_path(args), exc) if hasattr(args, "db") else None
        if explained is not None:  # e.g. a plain read meeting a damaged page
            print(f"fieldkit: {_error_line(explained)}", file=sys.stderr)
            return EXIT_ERROR
        print(f"fieldkit: unexpected error ({type(exc).__name__}: {_error_line(exc)}); nothing was changed by "
              "the failed step; please report it", file=sys.stderr)
        return EXIT_ERROR


if __name__ == "__main__":  # pragma: no cover
    sys.exit(main())
