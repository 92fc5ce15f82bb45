"""What a laptop's owner could forge with their own database and key (found by an outside attack on
the integrated import): one key posing as a second laptop, and time stamps that are not fieldkit's."""

from __future__ import annotations

import uuid

import pytest

from fieldkit.services.devices import known_devices, trust
from fieldkit.services.export import export_workbook
from fieldkit.services.merge import ImportRefused, merge_workbooks
from fieldkit.services.records import add_json_records
from fieldkit.services.workspace import Workspace
from fieldkit.store.database import transaction

KII = {"interview_date": "2026-11-02", "place": "baku", "mode": "in_person", "institutions": ["MFA"],
       "women": 1, "men": 2, "duration_min": 60, "consent": "yes"}


def open_as(tmp_path, db: str) -> Workspace:
    """A database: a device of its own (its id is kept in it), whatever installation opens it."""
    return Workspace.open(tmp_path / db, f"{db} passphrase", create=True)


def test_one_key_cannot_pose_as_a_second_laptop(tmp_path):
    with open_as(tmp_path, "a.db") as laptop:
        add_json_records(laptop, "kii", [(1, KII)])
        export_workbook(laptop, tmp_path / "a.xlsx")
    # The same database (the same key) under another device id: its owner holds the passphrase and
    # can change the id kept in it. The key is already laptop A's.
    with open_as(tmp_path, "a.db") as posing, transaction(posing.db):
        posing.db.execute("UPDATE meta SET value = ? WHERE key = 'device_id'", [str(uuid.uuid4())])
    with open_as(tmp_path, "a.db") as posing:
        add_json_records(posing, "kii", [(1, {**KII, "place": "guba"})])
        export_workbook(posing, tmp_path / "posing.xlsx")
    with open_as(tmp_path, "hq.db") as hq:
        assert merge_workbooks(hq, [tmp_path / "a.xlsx"]).inserted == 1
        with pytest.raises(ImportRefused) as refused:
            merge_workbooks(hq, [tmp_path / "posing.xlsx"])
        assert "one laptop cannot sign as another" in str(refused.value)
        assert len(known_devices(hq)) == 1
        # Trusted explicitly (a laptop reinstalled under a new id, checked with its owner): taken.
        trust(hq, _device_of(tmp_path / "posing.xlsx", hq), tmp_path / "posing.xlsx")
        assert merge_workbooks(hq, [tmp_path / "posing.xlsx"]).inserted == 1


def _device_of(path, workspace) -> str:
    from fieldkit.services.devices import read_signer

    return read_signer(workspace, path).device_id


@pytest.mark.parametrize(("created", "updated", "words"), [
    ("yesterday", None, "column _created_at: 'yesterday' is not a fieldkit time stamp"),
    ("2030-01-01T00:00:00.000Z", None, "column _created_at: 2030-01-01T00:00:00.000Z is later than _updated_at"),
    ("2026-11-02T10:00:00.000Z", "2099-01-01T00:00:00.000Z", "column _updated_at: 2099-01-01T00:00:00.000Z is in "
                                                              "the future"),
])
def test_time_stamps_that_fieldkit_never_writes_are_refused(tmp_path, created, updated, words):
    with open_as(tmp_path, "a.db") as laptop:
        add_json_records(laptop, "kii", [(1, KII)])
        with transaction(laptop.db):  # the owner edits their own database (they hold its passphrase)
            laptop.db.execute("UPDATE records SET created_at = ?, updated_at = coalesce(?, updated_at)",
                              [created, updated])
            laptop.db.execute("UPDATE record_history SET saved_at = coalesce(?, saved_at)", [updated])
        export_workbook(laptop, tmp_path / "a.xlsx")
    with open_as(tmp_path, "hq.db") as hq:
        with pytest.raises(ImportRefused) as refused:
            merge_workbooks(hq, [tmp_path / "a.xlsx"])
        assert words in str(refused.value) and "sheet kii, row 2" in str(refused.value), str(refused.value)
        assert hq.db.execute("SELECT count(*) FROM records").fetchone()[0] == 0
