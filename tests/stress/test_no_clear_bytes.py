"""An encrypted export puts no clear byte on any disk, however it ends (issue 20, point 5).

The real ``fieldkit export`` runs in a fresh process with its temp folder pointed at the test's; while it
runs, every file in the target's folder and the temp folder, and every file the export's processes have
open (named or not), is read again and again and searched for a canary from the records (raw, and inside
any zip, even half written). Then exports are killed at random moments and the same places are searched
for what is left. A control run without a password shows that the search finds the canary when it is there.
"""

from __future__ import annotations

import io
import random
import sys
import time

import pytest
from clear_bytes import (
    CANARY,
    EXPORT_PASSWORD,
    files_under,
    kii_laptop,
    leaking_files,
    leaks,
    start_export,
    trial_encrypted_export,
    watch,
)

pytestmark = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads /proc for open files")


@pytest.fixture(scope="module", params=[2_000, 10_000], ids=["one-process", "second-process"])
def laptop(request, tmp_path_factory):
    """2,000 records are written in one process; 10,000 in a second one (see exchange.spawned)."""
    db, config = kii_laptop(tmp_path_factory.mktemp(f"laptop{request.param}"), request.param)
    return db, config, request.param


def _places(tmp_path):
    usb, temp = tmp_path / "usb", tmp_path / "temp"
    usb.mkdir()
    temp.mkdir()
    return usb, temp


def test_the_search_finds_the_canary_in_a_clear_export(tmp_path, laptop):
    db, config, records = laptop
    if records >= 10_000:
        pytest.skip("one control run is enough")
    usb, temp = _places(tmp_path)
    process = start_export(db, config, usb / "clear.xlsx", temp, password=None)
    _, err = process.communicate(timeout=120)
    assert process.returncode == 0, err
    data = (usb / "clear.xlsx").read_bytes()
    assert CANARY.encode() not in data  # compressed: only the search inside the zip finds it
    assert leaks(data) and leaking_files([usb / "clear.xlsx"])


def test_a_whole_encrypted_export_never_has_a_clear_byte_on_disk(tmp_path, laptop):
    db, config, records = laptop
    usb, temp = _places(tmp_path)
    process = start_export(db, config, usb / "sealed.xlsx", temp)
    leaked, scans = watch(process, [usb, temp], time.monotonic() + 300, database=db)
    _, err = process.communicate(timeout=60)
    assert process.returncode == 0, err
    assert scans >= 5, scans  # the export was watched through, not glanced at
    assert leaked == [], sorted(set(leaked))
    assert leaking_files(files_under(usb, temp)) == []
    assert [p.name for p in files_under(temp)] == []  # and nothing left in the temp folder at all
    from fieldkit.exchange.encryption import decrypt

    clear = decrypt(usb / "sealed.xlsx", EXPORT_PASSWORD)  # the canary was exported: the search had a target
    assert leaks(clear)
    import openpyxl

    book = openpyxl.load_workbook(io.BytesIO(clear), read_only=True)
    assert sum(1 for _ in book["kii"].iter_rows(values_only=True)) == records + 1
    book.close()


@pytest.mark.parametrize("seed", [11, 12, 13])
def test_a_killed_encrypted_export_leaves_no_clear_byte(tmp_path, laptop, seed):
    db, config, records = laptop
    print(trial_encrypted_export(tmp_path, random.Random(seed * records), db, config,
                                 longest=2.5 if records < 10_000 else 7.0))
