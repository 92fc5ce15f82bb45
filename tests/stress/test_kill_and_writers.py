"""Killed mid-write and two writers at once: the database stays whole (a few trials; bench/kill.py runs 50+)."""

from __future__ import annotations

import random

import pytest
from harness import finish, make_laptop, open_checked, spawn, trial_export, trial_import, trial_save, wait_ready


@pytest.fixture(scope="module")
def laptop(tmp_path_factory):
    return make_laptop(tmp_path_factory.mktemp("laptop"), 1500)


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_killed_while_saving(tmp_path, seed):
    print(trial_save(tmp_path, random.Random(seed)))


@pytest.mark.parametrize("seed", [4, 5])
def test_killed_while_importing(tmp_path, laptop, seed):
    _, _, export = laptop
    print(trial_import(tmp_path, random.Random(seed), export, 1500))


@pytest.mark.parametrize("seed", [6, 7])
def test_killed_while_exporting(tmp_path, laptop, seed):
    db, config, _ = laptop
    print(trial_export(tmp_path, random.Random(seed), db, config))


def test_two_writers_never_corrupt(tmp_path):
    db, config = tmp_path / "shared.db", tmp_path / "config"
    first = spawn("writer", db, config, env={"BATCHES": "25"})
    wait_ready(first)
    second = spawn("writer", db, config, env={"BATCHES": "25"})
    lines = []
    for process in (first, second):
        out, err = finish(process)
        assert process.returncode == 0, err
        lines += out
    committed = sum(5 for line in lines if line.startswith("committed"))
    refused = [line for line in lines if line.startswith("refused")]
    assert all("busy" in line for line in refused)  # refused whole, with a clear reason
    workspace, report = open_checked(db, config)
    try:
        count = workspace.db.execute("SELECT count(*) FROM records").fetchone()[0]
    finally:
        workspace.close()
    assert report.ok, report.problems
    assert count == committed and committed + 5 * len(refused) == 250
