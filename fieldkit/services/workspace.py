"""The open database and the forms in it: what every use case starts from."""

from __future__ import annotations

import hashlib
import json
import os
from dataclasses import dataclass
from pathlib import Path

from fieldkit.domain.form import Form, version_key
from fieldkit.domain.xlsform import FormError, FormSource, build_form
from fieldkit.store import forms as form_store
from fieldkit.store.audit import log_action
from fieldkit.store.database import meta_get, open_database, transaction
from fieldkit.store.errors import DatabaseBusy, StoreError, WrongPassphrase
from fieldkit.store.records import count_records

__all__ = ["DatabaseBusy", "FormInfo", "StoreError", "WrongPassphrase", "Workspace", "builtin_forms_dir", "default_database_path",
           "file_failure", "passphrase_from_env"]

PASSPHRASE_ENV = "FIELDKIT_PASSPHRASE"


def default_database_path() -> Path:
    """The database in the user's data folder (per-OS, from platformdirs)."""
    from platformdirs import user_data_dir

    return Path(user_data_dir("fieldkit", appauthor=False)) / "fieldkit.db"


def file_failure(path: Path, exc: BaseException) -> StoreError | None:
    """What a database error met outside the store's own handling means for the file at ``path``
    (damaged, busy, full, read-only), or None when it is no problem of the file (a bug of ours).
    A read that meets a damaged page marks the database damaged, as a write would."""
    from fieldkit.store.integrity import about_the_file, failure

    return failure(Path(path), exc) if about_the_file(exc) else None


def passphrase_from_env() -> str | None:
    return os.environ.get(PASSPHRASE_ENV) or None


def builtin_forms_dir() -> Path:
    """``resources/forms``: inside the installed package, or beside a source checkout."""
    from fieldkit import resources_dir

    return resources_dir() / "forms"


@dataclass(frozen=True)
class FormInfo:
    form_id: str
    version: str
    title: str
    versions: tuple[str, ...]
    record_count: int


class Workspace:
    """An unlocked database with its forms; closes its connection on ``close``."""

    def __init__(self, db, path: Path) -> None:  # db: sqlite_utils.Database
        self.db = db
        self.path = Path(path)
        from fieldkit.services.device import database_device

        device = database_device(db)
        self.device_id = device.device_id
        self.device_name = device.name
        self._forms: dict[tuple[str, str], Form] = {}
        self._passphrase = ""

    @classmethod
    def open(cls, path: Path, passphrase: str, *, create: bool = True, install_builtin: bool = True) -> Workspace:
        if create and not Path(path).exists():  # a new database: the window's rule, for every caller
            from fieldkit.services.passwords import check_new

            check_new(passphrase, "database")
        try:
            db = open_database(Path(path), passphrase, create=create)
        except WrongPassphrase:
            from fieldkit.services.backup import salt_damage

            found = salt_damage(Path(path), passphrase)
            if found is None:
                raise
            raise found from None
        workspace = cls(db, Path(path))
        workspace._passphrase = passphrase
        if install_builtin:
            workspace.install_builtin_forms()
            from fieldkit.services.backup import daily_backup_if_due

            daily_backup_if_due(workspace)
        return workspace

    def open_another(self) -> Workspace:
        """A second connection to the same database, for work on another thread."""
        other = Workspace(open_database(self.path, self._passphrase), self.path)
        other._passphrase = self._passphrase
        return other

    def close(self) -> None:
        self.db.close()

    def __enter__(self) -> Workspace:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- forms -------------------------------------------------------------

    def install_builtin_forms(self) -> list[str]:
        """Add the shipped forms whose file changed since last time; return their ids."""
        from fieldkit.exchange.xlsform import read_form_source

        added = []
        for path in sorted(builtin_forms_dir().glob("*.xlsx")):
            digest = hashlib.sha256(path.read_bytes()).hexdigest()
            key = f"builtin:{path.name}"
            if meta_get(self.db, key) == digest:
                continue  # unchanged since it was installed: skip opening the workbook
            form = build_form(source := read_form_source(path))
            self.store_form(form, source, digest, builtin_key=key)
            added.append(form.form_id)
        return added

    def store_form(self, form: Form, source: FormSource, digest: str, *, builtin_key: str | None = None) -> None:
        from fieldkit.store.database import meta_set

        with transaction(self.db):
            existing = form_store.get_form_source(self.db, form.form_id, form.version)
            if existing is None or json.dumps(existing, sort_keys=True) != json.dumps(source.to_json(), sort_keys=True):
                form_store.put_form(self.db, form.form_id, form.version, form.title, source.to_json(), digest)
                log_action(self.db, "form_add", self.device_id, form_id=form.form_id,
                           detail={"version": form.version, "file": source.filename})
            if builtin_key:
                meta_set(self.db, builtin_key, digest)
        self._forms[(form.form_id, form.version)] = form

    def forget_forms(self) -> None:
        """Drop cached forms (after an import installed new ones)."""
        self._forms.clear()

    def form_infos(self) -> list[FormInfo]:
        by_id: dict[str, list[dict]] = {}
        for row in form_store.form_rows(self.db):
            by_id.setdefault(row["form_id"], []).append(row)
        infos = []
        for form_id, rows in sorted(by_id.items()):
            rows.sort(key=lambda r: version_key(r["version"]))
            latest = rows[-1]
            infos.append(
                FormInfo(form_id, latest["version"], latest["title"], tuple(r["version"] for r in rows),
                         count_records(self.db, form_id))
            )
        return infos

    def latest_version(self, form_id: str) -> str | None:
        versions = [r["version"] for r in form_store.form_rows(self.db) if r["form_id"] == form_id]
        return max(versions, key=version_key) if versions else None

    def form(self, form_id: str, version: str | None = None) -> Form:
        """A stored form (the latest version unless one is named); KeyError if absent."""
        version = version or self.latest_version(form_id)
        if version is None:
            raise KeyError(f"no form {form_id!r} in this database (see 'fieldkit forms list')")
        key = (form_id, version)
        if key not in self._forms:
            data = form_store.get_form_source(self.db, form_id, version)
            if data is None:
                raise KeyError(f"form {form_id!r} has no version {version!r} in this database")
            try:
                self._forms[key] = build_form(FormSource.from_json(data))
            except FormError as exc:  # a stored form always built once; say so if not
                raise KeyError(f"stored form {form_id} {version} no longer builds: {exc}") from None
        return self._forms[key]
