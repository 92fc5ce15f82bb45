"""The laptops HQ knows, and the keys their exports are signed with (trust on first use).

The first file imported from a laptop pins the key it is signed with; a later
file from the same laptop signed with another key is refused, until someone who
checked the new key's fingerprint with the laptop's owner trusts it
(``trust``: a laptop reinstalled makes a new key). A file signed by this
database's own key (a laptop importing its own export) needs no pinning; a file
that names this database's own device id but is signed by another key is a
forgery (the id is in every export, the key never leaves the database).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from fieldkit.domain.messages import Message
from fieldkit.services import signing
from fieldkit.services.signing import Signer
from fieldkit.services.workspace import Workspace
from fieldkit.store import devices as device_store
from fieldkit.store.audit import log_action
from fieldkit.store.database import transaction
from fieldkit.store.devices import KnownDevice

__all__ = ["KnownDevice", "NOT_TRUSTED", "OWN_ID", "admit", "known_devices", "key_problem", "read_signer",
           "this_laptop", "trust"]

NOT_TRUSTED = ("laptop {name} signs with a new key; if reinstalled, check its fingerprint with the owner, then run "
               "`fieldkit devices trust {device} {file}`")

OWN_ID = ("this workbook claims to come from this database itself (device {device}) but is not signed with its "
          "key: a forgery")


KEY_OF_ANOTHER = ("laptop {name} ({device}) signs with key {key}, which is laptop {other}'s ({other_device}): one "
                  "laptop cannot sign as another; if {other} was reinstalled under a new id, check with its owner "
                  "and run `fieldkit devices trust {device} FILE`")


def known_devices(workspace: Workspace) -> list[KnownDevice]:
    return device_store.known_devices(workspace.db)


def this_laptop(workspace: Workspace) -> dict[str, Any]:
    """This laptop's identity and the fingerprint of the key its exports are signed with (made now if
    it has none yet), for HQ to compare."""
    public = signing.own_public_key(workspace)
    return {"device_id": workspace.device_id, "name": workspace.device_name, "public_key": public,
            "fingerprint": signing.fingerprint(public)}


def _is_own(workspace: Workspace, signer: Signer) -> bool:
    own = device_store.own_signing_key(workspace.db)
    return own is not None and signer.public_key == signing.own_public_key(workspace)


def key_problem(workspace: Workspace, signer: Signer, file: str) -> Message | None:
    """Why a file signed by ``signer`` cannot be taken (a known laptop, another key), or None."""
    if _is_own(workspace, signer):
        return None
    if signer.device_id == workspace.device_id:  # this database's id, another key: someone copied the id
        return Message(OWN_ID, device=signer.device_id)
    db = workspace.db
    known = device_store.get_device(db, signer.device_id)
    if known is not None and known.public_key == signer.public_key:
        return None
    if known is None:  # a new laptop: trusted on first use, unless its key is already another laptop's
        other = device_store.device_with_key(db, signer.public_key)
        if other is None:
            return None
        return Message(KEY_OF_ANOTHER, name=signer.name or signer.device_id, device=signer.device_id,
                       key=signer.fingerprint, other=other.name or other.device_id, other_device=other.device_id)
    return Message(NOT_TRUSTED, name=signer.name or signer.device_id, device=signer.device_id, file=file)


def admit(workspace: Workspace, signer: Signer) -> bool:
    """Note a file from ``signer``, validly signed and read (inside the import's transaction); pin
    its key if the laptop is new. True for a new laptop (trusted on first use)."""
    db = workspace.db
    if _is_own(workspace, signer):
        return False
    known = device_store.get_device(db, signer.device_id)
    if known is None:
        device_store.pin_device(db, signer.device_id, signer.name, signer.public_key, signer.fingerprint)
    device_store.saw_device(db, signer.device_id, signer.name)
    return known is None


def trust(workspace: Workspace, device_id: str, path: Path, password: str | None = None) -> tuple[KnownDevice | None,
                                                                                                   KnownDevice]:
    """Pin the key that ``path`` is validly signed with for laptop ``device_id`` (audited); return the
    laptop as it was known before (None if new) and as it is now. ValueError if the file is not
    validly signed, or is signed for another laptop."""
    signer = read_signer(workspace, Path(path), password)
    if signer.device_id != device_id:
        raise ValueError(f"{Path(path).name} comes from laptop {signer.device_id} ({signer.name}), not {device_id}")
    db = workspace.db
    before = device_store.get_device(db, device_id)
    with transaction(db):
        device_store.pin_device(db, device_id, signer.name, signer.public_key, signer.fingerprint)
        log_action(db, "device_trust", workspace.device_id,
                   detail={"device": device_id, "name": signer.name, "fingerprint": signer.fingerprint,
                           "previous": before.fingerprint if before else "", "file": Path(path).name})
    after = device_store.get_device(db, device_id)
    assert after is not None
    return before, after


def read_signer(workspace: Workspace, path: Path, password: str | None = None) -> Signer:
    """Who validly signed the file at ``path`` (whatever key is known for its laptop); ImportRefused
    if its manifest is not validly signed."""
    from fieldkit.exchange.export_format import MANIFEST_SHEET
    from fieldkit.exchange.workbook_in import WorkbookError
    from fieldkit.services.import_reader import FileReader
    from fieldkit.services.import_sheets import refused_from

    reader = FileReader(workspace, path, password)
    reader.check_key = False
    reader.open()
    try:
        book = reader.book
        assert book is not None
        digest = signing.ManifestDigest()
        for _ in digest.feeding(book.rows(MANIFEST_SHEET)):
            pass
        reader.check_signature(digest)
    except WorkbookError as exc:
        raise refused_from(exc) from None
    finally:
        reader.close()
    return reader.signer
