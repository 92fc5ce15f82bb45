"""Salvage a damaged database into a new one: every row SQLCipher can still read, table by table.

SQLCipher refuses a page whose HMAC fails, and a scan of a table stops at the first such page. So
each table is read in key order up to the damage, then from the far end backwards down to it; in a
rowid table the gap between is probed (doubling steps) for readable runs of rows beyond further damage.
A connection that met a bad page is replaced by a new one (opened with the derived key: no second
key derivation). What could not be read is reported per table, as key ranges and counts.
"""

from __future__ import annotations

import contextlib
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import sqlcipher3

from fieldkit.domain.messages import Message
from fieldkit.store.database import _connect, open_database, transaction
from fieldkit.store.errors import DatabaseDamaged, StoreError
from fieldkit.store.integrity import derived_key
from fieldkit.store.maintenance import check_database

__all__ = ["TableSalvage", "SalvageReport", "salvage"]

_PROBES = 48  # per gap between readable runs of a rowid table


@dataclass
class TableSalvage:
    table: str
    saved: int = 0
    gaps: list[str] = field(default_factory=list)  # "rowids 1201-1250", "keys after 'x' before 'y'"
    lost_at_most: int = 0  # rowid tables: the ids in the gaps that held no readable row


@dataclass
class SalvageReport:
    out: Path
    tables: list[TableSalvage] = field(default_factory=list)
    records_lost: list[str] = field(default_factory=list)  # known from their history, their row unreadable
    history_incomplete: list[str] = field(default_factory=list)  # revisions missing from their history
    problems: int = 0  # what the check of the new database still finds
    ancestors_rebuilt: int = 0  # final revisions' hashes put back from the records themselves

    @property
    def complete(self) -> bool:
        return not any(t.gaps for t in self.tables) and not self.records_lost and not self.history_incomplete


class _Reader:
    """Connections to the damaged file, renewed after each bad page (SQLCipher keeps an error state)."""

    def __init__(self, path: Path, passphrase: str) -> None:
        self.path = path
        conn = _connect(path, passphrase)
        try:
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
            self.salt = conn.execute("PRAGMA cipher_salt").fetchone()[0]
        except sqlcipher3.DatabaseError:
            conn.close()
            raise DatabaseDamaged(Message(
                "{path}: its first page (the list of its tables) does not read: nothing can be salvaged; restore a "
                "backup", path=str(path))) from None
        self.key = derived_key(passphrase, bytes.fromhex(self.salt))
        self.conn = conn
        self.stopped = False

    def renew(self) -> None:
        with contextlib.suppress(sqlcipher3.Error):
            self.conn.close()
        conn = sqlcipher3.connect(str(self.path), isolation_level=None, check_same_thread=False)
        conn.execute("PRAGMA cipher_log_level = NONE")
        conn.execute(f"PRAGMA key = \"x'{self.key.hex()}'\"")
        self.conn = conn

    def rows(self, sql: str, params: tuple = ()) -> Iterator[tuple]:
        """Rows until the first one that does not read (then ``stopped`` is set and the connection renewed)."""
        self.stopped = False
        try:
            for row in self.conn.execute(sql, params):
                yield row
        except sqlcipher3.DatabaseError:
            self.stopped = True
            self.renew()

    def close(self) -> None:
        self.conn.close()


def _table_names(reader: _Reader) -> list[tuple[str, bool]]:
    """The source's tables and whether each has rowids."""
    tables = []
    for name, sql in list(reader.rows("SELECT name, sql FROM sqlite_master WHERE type = 'table' "
                                      "AND name NOT LIKE 'sqlite_%' ORDER BY rootpage")):
        tables.append((name, "WITHOUT ROWID" not in (sql or "").upper()))
    return tables


def _columns(conn: sqlcipher3.Connection, table: str) -> list[tuple[str, int]]:
    return [(row[1], row[5]) for row in conn.execute(f'PRAGMA table_info("{table}")')]


def _read_rowid_table(reader: _Reader, table: str, names: str, result: TableSalvage) -> dict[int, tuple]:
    rows: dict[int, tuple] = {}
    select = f'SELECT rowid, {names} FROM "{table}"'
    last = None
    for row in reader.rows(f"{select} ORDER BY rowid"):
        rows[row[0]] = row[1:]
        last = row[0]
    if not reader.stopped:
        return rows
    top = None
    for row in reader.rows(f"{select} ORDER BY rowid DESC"):
        if row[0] in rows:
            break
        rows[row[0]] = row[1:]
        top = row[0]
    if last is None and top is None:
        result.gaps.append("the whole table (its first page does not read)")
        return rows
    low = 0 if last is None else last
    high = (max(rows) + 1 if rows else 1 << 62) if top is None else top  # rows strictly between did not read
    if high <= low + 1:
        result.gaps.append(f"rows after rowid {low} (the table's last pages do not read)")
        return rows
    probes = 0
    step = 1
    position = low + 1
    while position < high and probes < _PROBES:
        probes += 1
        got = None
        for row in reader.rows(f"{select} WHERE rowid >= ? AND rowid < ? ORDER BY rowid", (position, high)):
            rows.setdefault(row[0], row[1:])
            got = row[0]
        if got is None:
            position += step
            step *= 2
        else:
            position, step = got + 1, 1
    missing_start = None
    for rowid in range(low + 1, high):
        if rowid not in rows and missing_start is None:
            missing_start = rowid
        if rowid in rows and missing_start is not None:
            _gap(result, missing_start, rowid - 1)
            missing_start = None
        if len(result.gaps) > 20:
            break
    if missing_start is not None:
        _gap(result, missing_start, high - 1)
    return rows


def _gap(result: TableSalvage, first: int, last: int) -> None:
    result.gaps.append(f"rowids {first}-{last}" if last > first else f"rowid {first}")
    result.lost_at_most += last - first + 1


def _read_keyed_table(reader: _Reader, table: str, names: str, keys: str, result: TableSalvage) -> list[tuple]:
    rows: dict[tuple, tuple] = {}
    width = keys.count(",") + 1
    select = f'SELECT {keys}, {names} FROM "{table}"'
    last = None
    for row in reader.rows(f"{select} ORDER BY {keys}"):
        rows[row[:width]] = row[width:]
        last = row[:width]
    if not reader.stopped:
        return list(rows.values())
    first_back = None
    for row in reader.rows(f"{select} ORDER BY {', '.join(k + ' DESC' for k in keys.split(', '))}"):
        if row[:width] in rows:
            break
        rows[row[:width]] = row[width:]
        first_back = row[:width]
    result.gaps.append(f"keys after {_key_text(last)} and before {_key_text(first_back)}")
    return list(rows.values())


def _key_text(key: tuple | None) -> str:
    if key is None:
        return "the end"
    text = str(key[0])
    return repr(text if len(text) <= 40 else text[:39] + "…")


def salvage(source: Path, passphrase: str, out: Path) -> SalvageReport:
    """Copy what reads of the database ``source`` into a new encrypted database ``out`` (same passphrase)."""
    source, out = Path(source), Path(out)
    if out.exists():
        raise StoreError(Message("{path} exists already: give recover a new file name", path=str(out)))
    if out.resolve() == source.resolve():
        raise StoreError(Message("recover writes a new database: give it a file other than {path}", path=str(out)))
    reader = _Reader(source, passphrase)
    report = SalvageReport(out)
    dest = None
    try:
        tables = _table_names(reader)
        dest = open_database(out, passphrase, create=True)
        dest.execute("PRAGMA foreign_keys = OFF")
        wanted = {name for (name,) in dest.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        for table, has_rowid in tables:
            if table not in wanted:
                continue
            theirs = _columns(reader.conn, table)
            ours = {name for name, _ in _columns(dest.conn, table)}
            names = [name for name, _ in theirs if name in ours]
            quoted = ", ".join(f'"{n}"' for n in names)
            result = TableSalvage(table)
            if has_rowid:
                values = list(_read_rowid_table(reader, table, quoted, result).values())
            else:
                keys = ", ".join(f'"{n}"' for n, pk in sorted(theirs, key=lambda c: c[1]) if pk)
                values = _read_keyed_table(reader, table, quoted, keys, result)
            verb = "INSERT OR REPLACE" if table == "meta" else "INSERT OR IGNORE"
            with transaction(dest):
                dest.conn.executemany(f'{verb} INTO "{table}" ({quoted}) VALUES ({", ".join("?" * len(names))})',
                                      values)
            result.saved = len(values)
            report.tables.append(result)
        with transaction(dest):  # a final revision's hash is always among its ancestors (see store.records)
            report.ancestors_rebuilt = dest.execute(
                "INSERT OR IGNORE INTO record_ancestors (uuid, revision, sha256) SELECT uuid, revision, sha256 "
                "FROM records WHERE status = 'final' AND sha256 IS NOT NULL").rowcount
        _what_records_lost(dest, report)
        report.problems = len(check_database(dest, limit=10_000).problems)
    except BaseException:
        if dest is not None:
            dest.close()
            dest = None
        for leftover in (out, out.with_name(out.name + "-wal"), out.with_name(out.name + "-shm")):
            leftover.unlink(missing_ok=True)
        raise
    finally:
        reader.close()
        if dest is not None:
            dest.close()
    return report


def _what_records_lost(db, report: SalvageReport) -> None:
    report.records_lost = [uuid for (uuid,) in db.execute(
        "SELECT DISTINCT uuid FROM record_history WHERE uuid NOT IN (SELECT uuid FROM records) "
        "UNION SELECT DISTINCT record_uuid FROM audit WHERE record_uuid IS NOT NULL AND action = 'create' "
        "AND record_uuid NOT IN (SELECT uuid FROM records) ORDER BY 1")]
    report.history_incomplete = [uuid for (uuid,) in db.execute(
        "SELECT r.uuid FROM records r WHERE (SELECT count(*) FROM record_history h WHERE h.uuid = r.uuid "
        "AND h.revision <= r.revision) < r.revision OR NOT EXISTS (SELECT 1 FROM record_history h "
        "WHERE h.uuid = r.uuid AND h.revision = r.revision) ORDER BY 1")]
