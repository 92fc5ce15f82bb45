"""``fieldkit check``, ``restore`` and ``recover`` as the command prints them: what a damaged database
needs told (the latest good backup and the command that restores it; what a salvage lost)."""

from __future__ import annotations

from pathlib import Path

from fieldkit.domain.messages import Message
from fieldkit.services.backup import CheckOutcome, check_file, latest_good_backup
from fieldkit.store.salvage import SalvageReport, salvage

__all__ = ["check_lines", "damage_advice", "recover", "recover_lines"]


def damage_advice(path: Path, good_backup: Path | None) -> Message:
    """What to do about a damaged database: restore the latest good backup, or salvage into a new file."""
    if good_backup is not None:
        return Message("{path} is damaged; the latest good backup is {backup}: restore it with "
                       "'fieldkit --db {path} restore {backup}' (or save what still reads with "
                       "'fieldkit --db {path} recover --out NEW.db')", path=str(path), backup=str(good_backup))
    return Message("{path} is damaged and no good backup of it was found in {folder}: save what still reads with "
                   "'fieldkit --db {path} recover --out NEW.db'", path=str(path),
                   folder=str(Path(path).parent / "backups"))


def check_lines(path: Path, passphrase: str) -> tuple[list[str], bool]:
    """The lines ``fieldkit check`` prints, and whether all is well."""
    outcome: CheckOutcome = check_file(path, passphrase)
    report = outcome.report
    lines = [f"problem: {problem}" for problem in report.problems]
    if outcome.damaged:
        lines.append(str(damage_advice(path, outcome.good_backup)))
    elif not report.ok and outcome.good_backup is not None:
        lines.append(f"the latest good backup is {outcome.good_backup}")
    if not outcome.damaged:
        lines += [f"note: {note}" for note in report.notes + _unheld_clashes(path, passphrase)]
    if outcome.damaged:  # the record checks did not run: pages do not read
        lines.append(f"{path}: damaged ({len(report.problems)} problem(s) in its pages)")
    else:
        state = "ok" if report.ok else f"{len(report.problems)} problem(s)"
        lines.append(f"{report.records} record(s), {report.revisions} revision(s): {state}")
    return lines, report.ok


def _unheld_clashes(path: Path, passphrase: str, shown: int = 20) -> list[str]:
    """Unique answers that stored records share (merged before HQ checked them across laptops) and
    that no open conflict holds yet: the reports would count two events as one."""
    from fieldkit.services.unique_clash import find_clashes
    from fieldkit.services.workspace import Workspace
    from fieldkit.store.errors import StoreError

    try:
        with Workspace.open(path, passphrase, create=False, install_builtin=False) as workspace:
            held = {uuid for (uuid,) in workspace.db.execute(
                "SELECT uuid FROM conflicts WHERE resolved_at IS NULL AND clash_uuid IS NOT NULL")}
            clashes = [c for c in find_clashes(workspace) if c.held not in held]
    except StoreError:
        return []  # busy this very moment: the page and record checks above have said what matters
    lines = [f"records {c.kept} and {c.held} of form {c.form_id} share the unique answer {c.field} "
             f"{str(c.value)[:50]!r}; 'fieldkit conflicts --scan' holds them as a conflict to settle"
             for c in clashes[:shown]]
    if len(clashes) > shown:
        lines.append(f"{len(clashes) - shown} more unique clash(es); 'fieldkit conflicts --scan' holds them all")
    return lines


def recover(path: Path, passphrase: str, out: Path) -> SalvageReport:
    return salvage(Path(path), passphrase, Path(out))


def _some(uuids: list[str], shown: int = 5) -> str:
    return ", ".join(uuids[:shown]) + (", …" if len(uuids) > shown else "")


def recover_lines(path: Path, passphrase: str, report: SalvageReport) -> list[str]:
    lines = []
    for table in report.tables:
        line = f"{table.table}: {table.saved} row(s) saved"
        if table.gaps:
            lost = f", up to {table.lost_at_most} row(s) lost" if table.lost_at_most else ", some rows lost"
            line += f"{lost} (unreadable: {'; '.join(table.gaps[:5])}{'; …' if len(table.gaps) > 5 else ''})"
        lines.append(line)
    if report.ancestors_rebuilt > 0:
        lines.append(f"record_ancestors: {report.ancestors_rebuilt} row(s) rebuilt from the records' own hashes")
    if report.records_lost:
        lines.append(f"{len(report.records_lost)} record(s) lost, known from their history or audit: "
                     + _some(report.records_lost))
    if report.history_incomplete:
        lines.append(f"{len(report.history_incomplete)} record(s) whose history is incomplete: "
                     + _some(report.history_incomplete))
    verdict = "everything read" if report.complete else "not everything read"
    lines.append(f"recovered into {report.out} ({verdict}; 'fieldkit --db {report.out} check' finds "
                 f"{report.problems} problem(s))")
    good = latest_good_backup(path, passphrase)
    if good is not None and not report.complete:
        lines.append(f"the latest good backup is {good}: compare before choosing")
    return lines
