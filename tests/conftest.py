"""Shared fixtures: real database files, real XLSForm workbooks."""

from __future__ import annotations

import os

# Tests never need a display; set before anything imports Qt.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("FIELDKIT_NO_DIALOGS", "1")  # information boxes would wait for a click

from pathlib import Path  # noqa: E402

import pytest  # noqa: E402

from xlsform_maker import write_xlsform  # noqa: E402

PASSPHRASE = "correct horse battery staple"


@pytest.fixture(autouse=True)
def config_dir(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Keep the device identity out of the real user profile."""
    folder = tmp_path_factory.mktemp("config")
    monkeypatch.setenv("FIELDKIT_CONFIG_DIR", str(folder))
    return folder


@pytest.fixture
def passphrase(monkeypatch: pytest.MonkeyPatch) -> str:
    monkeypatch.setenv("FIELDKIT_PASSPHRASE", PASSPHRASE)
    return PASSPHRASE


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "field.db"


@pytest.fixture
def workspace(db_path: Path, passphrase: str):
    from fieldkit.services.workspace import Workspace

    ws = Workspace.open(db_path, passphrase, create=True)
    yield ws
    ws.close()


@pytest.fixture
def kii(workspace):
    return workspace.form("kii")


@pytest.fixture
def xlsform(tmp_path: Path):
    """Write an XLSForm from lists of dicts: xlsform(survey, choices=..., settings=...)."""

    def make(survey, choices=(), settings=None, name="form.xlsx", hierarchies=()):
        return write_xlsform(tmp_path / name, survey, choices, settings, hierarchies)

    return make
