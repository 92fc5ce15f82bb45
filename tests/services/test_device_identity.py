"""A device id per database, kept in it (issue 13): two databases under one installation are two
laptops; a workbook naming the importing database's own id but signed by another key is refused;
a database made when the id was the installation's (``device.json``) keeps that id."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest

from fieldkit.services.devices import known_devices, read_signer
from fieldkit.services.export import export_workbook
from fieldkit.services.merge import ImportRefused, merge_workbooks
from fieldkit.services.records import add_json_records
from fieldkit.services.workspace import Workspace
from fieldkit.store.database import transaction

KII = {"interview_date": "2026-11-02", "place": "baku", "mode": "in_person", "institutions": ["MFA"],
       "women": 1, "men": 2, "duration_min": 60, "consent": "yes"}


def _counts(workspace: Workspace) -> tuple[int, int, int]:
    db = workspace.db
    return tuple(db.execute(f"SELECT count(*) FROM {t}").fetchone()[0]  # type: ignore[return-value]
                 for t in ("records", "record_history", "devices"))


def test_two_databases_of_one_installation_exchange_workbooks(tmp_path):
    """One installation (one config folder: the conftest's), two databases: each is a laptop of its
    own to the other, trusted on first use, with no device.json needed."""
    with Workspace.open(tmp_path / "a.db", "a passphrase") as a, Workspace.open(tmp_path / "b.db", "b passphrase") as b:
        assert a.device_id != b.device_id
        add_json_records(a, "kii", [(1, KII)])
        add_json_records(b, "kii", [(1, {**KII, "place": "guba"})])
        export_workbook(a, tmp_path / "a.xlsx")
        export_workbook(b, tmp_path / "b.xlsx")
        into_b = merge_workbooks(b, [tmp_path / "a.xlsx"])
        into_a = merge_workbooks(a, [tmp_path / "b.xlsx"])
        assert (into_b.inserted, len(into_b.new_devices), into_a.inserted, len(into_a.new_devices)) == (1, 1, 1, 1)
        assert [d.device_id for d in known_devices(b)] == [a.device_id]
        # A database still takes its own export back (its own id and its own key).
        assert merge_workbooks(a, [tmp_path / "a.xlsx"]).unchanged == 1


def test_a_workbook_forged_with_hqs_own_id_is_refused(tmp_path, monkeypatch):
    """A laptop owner copies HQ's device id (from any HQ export) into their own database: HQ refuses
    the file, which claims to come from HQ's database but is not signed by its key."""
    with Workspace.open(tmp_path / "hq.db", "hq passphrase") as hq:
        hq_id = hq.device_id
        add_json_records(hq, "kii", [(1, KII)])
        export_workbook(hq, tmp_path / "hq.xlsx")
    with Workspace.open(tmp_path / "probe.db", "probe passphrase") as probe:  # the id any HQ export shows
        assert read_signer(probe, tmp_path / "hq.xlsx").device_id == hq_id
    # The owner holds the passphrase: they can write any id in their database.
    with Workspace.open(tmp_path / "laptop.db", "laptop passphrase") as laptop, transaction(laptop.db):
        laptop.db.execute("UPDATE meta SET value = ? WHERE key = 'device_id'", [hq_id])
    with Workspace.open(tmp_path / "laptop.db", "laptop passphrase") as laptop:
        assert laptop.device_id == hq_id
        add_json_records(laptop, "kii", [(1, {**KII, "place": "guba"})])
        export_workbook(laptop, tmp_path / "forged.xlsx")
    with Workspace.open(tmp_path / "hq.db", "hq passphrase") as hq:
        before = _counts(hq)
        with pytest.raises(ImportRefused) as refused:
            merge_workbooks(hq, [tmp_path / "forged.xlsx"])
        assert str(refused.value) == (f"forged.xlsx, this workbook claims to come from this database itself (device "
                                      f"{hq_id}) but is not signed with its key: a forgery")
        assert _counts(hq) == before
    done = subprocess.run([sys.executable, "-m", "fieldkit", "--db", str(tmp_path / "hq.db"), "import",
                           str(tmp_path / "forged.xlsx")], capture_output=True, text=True, timeout=120,
                          env={**os.environ, "FIELDKIT_PASSPHRASE": "hq passphrase"}, encoding="utf-8")
    assert done.returncode == 1 and done.stderr.count("\n") == 1
    assert "claims to come from this database itself" in done.stderr


def _as_before_per_database_ids(path, passphrase: str) -> None:
    """Make ``path`` a database of an older fieldkit: no device id of its own (it used device.json's)."""
    with Workspace.open(path, passphrase) as workspace, transaction(workspace.db):
        workspace.db.execute("DELETE FROM meta WHERE key IN ('device_id', 'device_name')")


def test_an_existing_database_keeps_the_installations_id_and_a_second_gets_its_own(tmp_path, config_dir):
    old_id = "6f1c1d7e-5b1a-4c39-9d2e-6a1f0b7c2d11"
    (config_dir / "device.json").write_text(json.dumps({"device_id": old_id, "name": "Gəncə noutbuku"}), "utf-8")
    # As the older fieldkit used it: device.json's id, this database's key.
    with Workspace.open(tmp_path / "field.db", "field passphrase") as laptop, transaction(laptop.db):
        laptop.db.execute("UPDATE meta SET value = ? WHERE key = 'device_id'", [old_id])
    with Workspace.open(tmp_path / "field.db", "field passphrase") as laptop:
        assert laptop.device_id == old_id
        add_json_records(laptop, "kii", [(1, KII)])
        export_workbook(laptop, tmp_path / "before.xlsx")
    _as_before_per_database_ids(tmp_path / "field.db", "field passphrase")
    _as_before_per_database_ids(tmp_path / "second.db", "second passphrase")
    with Workspace.open(tmp_path / "hq.db", "hq passphrase") as hq:
        assert merge_workbooks(hq, [tmp_path / "before.xlsx"]).inserted == 1  # HQ pins old_id with its key

    with Workspace.open(tmp_path / "field.db", "field passphrase") as laptop:  # the first open since
        assert (laptop.device_id, laptop.device_name) == (old_id, "Gəncə noutbuku")
        add_json_records(laptop, "kii", [(1, {**KII, "place": "guba"})])
        export_workbook(laptop, tmp_path / "after.xlsx", since_last=True)
    claimed = json.loads((config_dir / "device.json").read_text("utf-8"))
    assert claimed["device_id"] == old_id and claimed["database_id"]
    with Workspace.open(tmp_path / "second.db", "second passphrase") as second:  # opened later: an id of its own
        second_id = second.device_id
        assert second_id not in (old_id, "")
    with Workspace.open(tmp_path / "field.db", "field passphrase") as laptop, \
            Workspace.open(tmp_path / "second.db", "second passphrase") as second:
        assert (laptop.device_id, second.device_id) == (old_id, second_id)  # kept in each database
    with Workspace.open(tmp_path / "hq.db", "hq passphrase") as hq:
        summary = merge_workbooks(hq, [tmp_path / "after.xlsx"])
        assert (summary.inserted, summary.new_devices) == (1, [])  # the same laptop, its pinned key
        [device] = known_devices(hq)
        assert (device.device_id, device.files) == (old_id, 2)


def test_the_device_is_renamed_in_its_database(tmp_path):
    env = {**os.environ, "FIELDKIT_PASSPHRASE": "rename passphrase"}
    run = [sys.executable, "-m", "fieldkit", "--db", str(tmp_path / "field.db"), "devices"]
    renamed = subprocess.run([*run, "rename", "  Şəki ноутбук 2 "], capture_output=True, text=True, env=env,
                             timeout=120, encoding="utf-8")
    assert renamed.returncode == 0, renamed.stderr
    shown = subprocess.run([*run, "--self", "--json"], capture_output=True, text=True, env=env, timeout=120,
                           encoding="utf-8")
    own = json.loads(shown.stdout)
    assert own["name"] == "Şəki ноутбук 2" and renamed.stdout.strip().endswith(f"({own['device_id']})")
    with Workspace.open(tmp_path / "field.db", "rename passphrase") as workspace:
        assert (workspace.device_id, workspace.device_name) == (own["device_id"], "Şəki ноутбук 2")
        [(detail,)] = workspace.db.execute("SELECT detail FROM audit WHERE action = 'device_rename'").fetchall()
        assert json.loads(detail)["to"] == "Şəki ноутбук 2"


def test_an_existing_database_moved_to_another_computer_keeps_the_id_it_exported_with(tmp_path, config_dir):
    """No device.json where it is opened (it was made on another computer, by an older fieldkit):
    the id its last export carried, as its own audit log says, so HQ still knows it."""
    with Workspace.open(tmp_path / "field.db", "field passphrase") as laptop:
        add_json_records(laptop, "kii", [(1, KII)])
        exported_with = laptop.device_id
        export_workbook(laptop, tmp_path / "before.xlsx")
    _as_before_per_database_ids(tmp_path / "field.db", "field passphrase")
    _as_before_per_database_ids(tmp_path / "never.db", "never passphrase")
    assert not (config_dir / "device.json").exists()
    with Workspace.open(tmp_path / "field.db", "field passphrase") as laptop, \
            Workspace.open(tmp_path / "never.db", "never passphrase") as never:
        assert laptop.device_id == exported_with
        assert never.device_id not in ("", exported_with)  # it never exported: a new id
