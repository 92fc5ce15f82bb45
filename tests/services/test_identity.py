"""A record's identity is a canonical lower-case UUID (issue 13, point 6): a forged one is refused
naming its cell, never merged as a second copy; through the real command."""

from __future__ import annotations

import os
import subprocess
import sys

import openpyxl
import pytest
from hostile import huge_bad_cell, resign, spaced_uuid, upper_case_uuid

from fieldkit.domain.records import is_canonical_uuid, new_record
from fieldkit.services.export import export_workbook
from fieldkit.services.records import add_json_records
from fieldkit.services.signing import _own_private
from fieldkit.services.workspace import Workspace

KII = {"interview_date": "2026-11-02", "place": "baku", "mode": "in_person", "institutions": ["MFA"],
       "women": 1, "men": 2, "duration_min": 60, "consent": "yes"}
FGD = {"fgd_date": "2026-11-01", "place": "guba", "topic": "Referral", "participant_groups": ["officials"],
       "women": 3, "men": 2, "consent": "yes", "discussion": [{"question": "Q1", "notes": "N1"}, {"question": "Q2"}]}
HQ = "hq identity passphrase"
LAPTOP_KEY = []  # the laptop's signing key: a forger who is the laptop's owner signs with it


@pytest.fixture(scope="module")
def good(tmp_path_factory):
    folder = tmp_path_factory.mktemp("laptop")
    with Workspace.open(folder / "laptop.db", "laptop passphrase", create=True) as laptop:
        add_json_records(laptop, "kii", [(1, KII), (2, {**KII, "place": "guba"})])
        add_json_records(laptop, "fgd", [(1, FGD)])
        export_workbook(laptop, folder / "good.xlsx")
        LAPTOP_KEY.append(_own_private(laptop))
    return folder / "good.xlsx"


def fieldkit(tmp_path, *args):
    env = {**os.environ, "FIELDKIT_PASSPHRASE": HQ, "FIELDKIT_CONFIG_DIR": str(tmp_path / "config")}
    done = subprocess.run([sys.executable, "-m", "fieldkit", "--db", str(tmp_path / "hq.db"), *args],
                          capture_output=True, text=True, encoding="utf-8", env=env, timeout=120)
    if done.returncode:
        assert done.stderr.count("\n") == 1 and len(done.stderr) < 400 and "Traceback" not in done.stderr, \
            done.stderr[:2000]
    return done.returncode, done.stdout, done.stderr


def records_at_hq(tmp_path) -> int:
    with Workspace.open(tmp_path / "hq.db", HQ) as hq:
        return hq.db.execute("SELECT count(*) FROM records").fetchone()[0]


@pytest.mark.parametrize("forge", [upper_case_uuid, spaced_uuid], ids=["upper-case", "trailing-space"])
def test_a_forged_uuid_is_no_second_copy(tmp_path, good, forge):
    assert fieldkit(tmp_path, "import", str(good))[0] == 0
    assert records_at_hq(tmp_path) == 3
    forged = resign(forge(good, tmp_path), LAPTOP_KEY[0])  # signed by the laptop's owner
    code, _, err = fieldkit(tmp_path, "import", str(forged))
    assert code == 1 and "is not a record id (a lower-case UUID" in err and forged.name in err, err
    assert records_at_hq(tmp_path) == 3


def test_a_forged_parent_uuid_is_refused_naming_its_cell(tmp_path, good):
    book = openpyxl.load_workbook(good)
    sheet = book["fgd.discussion"]
    column = [c.value for c in sheet[1]].index("_parent_uuid") + 1
    sheet.cell(row=3, column=column, value=sheet.cell(row=3, column=column).value.upper())
    book.save(tmp_path / "parent.xlsx")
    code, _, err = fieldkit(tmp_path, "import", str(tmp_path / "parent.xlsx"))
    assert code == 1 and "sheet fgd.discussion, row 3, column _parent_uuid: '" in err, err
    assert "is not a record id" in err


def test_a_10_mb_bad_cell_is_quoted_shortened(tmp_path, good):
    code, _, err = fieldkit(tmp_path, "import", str(huge_bad_cell(good, tmp_path)))
    assert code == 1 and "sheet kii, row 2, column duration_min: 'əəəə" in err and "characters)" in err, err


def test_laptops_make_canonical_uuids():
    assert all(is_canonical_uuid(new_record("kii", "1", "device").uuid) for _ in range(1000))
    assert not any(is_canonical_uuid(v) for v in ("0F8FAD5B-D9CB-469F-A165-70867728950E", "{0f8fad5b-d9cb-469f-"
                                                  "a165-70867728950e}", "0f8fad5bd9cb469fa16570867728950e",
                                                  " 0f8fad5b-d9cb-469f-a165-70867728950e", None, 7))
    assert is_canonical_uuid("0f8fad5b-d9cb-469f-a165-70867728950e")
