"""Content hashes of records: the same answers always give the same SHA-256.

The canonical form is JSON with sorted keys, no spaces, UTF-8, and the stored
shapes of ``fieldkit.domain.values`` (so a record that went to Excel and back
hashes as before). Empty answers (None, "", []) are left out, so a field added
by a newer form version does not change the hash of an old record.
"""

from __future__ import annotations

import hashlib
import json
from typing import Any

try:  # the C encoder, made once: json.dumps builds a new encoder (and its C twin) per call
    from json.encoder import c_make_encoder, encode_basestring  # type: ignore[attr-defined]

    _encode_c = c_make_encoder(None, None, encode_basestring, None, ":", ",", True, False, False)

    def _encode(data: dict[str, Any]) -> str:
        return "".join(_encode_c(data, 0))
except (ImportError, TypeError):  # an interpreter without json's C speed-ups
    def _encode(data: dict[str, Any]) -> str:
        return json.dumps(data, ensure_ascii=False, sort_keys=True, separators=(",", ":"), allow_nan=False)

__all__ = ["canonical", "content_hash", "hash_and_json"]


def _prune(data: dict[str, Any]) -> dict[str, Any]:
    kept: dict[str, Any] = {}
    for key, value in data.items():
        if value is None or value == "" or value == []:
            continue
        if value.__class__ is list and value[0].__class__ is dict:  # a repeat
            value = [_prune(item) for item in value]
        kept[key] = value
    return kept


def canonical(data: dict[str, Any]) -> str:
    return _encode(_prune(data))


def content_hash(data: dict[str, Any]) -> str:
    """SHA-256 (hex) of the canonical form of a record's answers."""
    return hashlib.sha256(canonical(data).encode("utf-8")).hexdigest()


_EMPTY_JSON = {type(None): "null", str: '""', list: "[]"}
_EMPTIES = (None, "", [])  # ``value in _EMPTIES``: one C call (0, 0.0 and False are not among them)


def hash_and_json(data: dict[str, Any]) -> tuple[str, str]:
    """The content hash of ``data`` and a JSON text of all of it (empty answers included), for
    the price of one encoding when it has no repeats: the canonical text plus the empties."""
    empties = []
    for key, value in data.items():
        if value in _EMPTIES:
            empties.append(f"{json.dumps(key)}:{_EMPTY_JSON[value.__class__]}")
        elif value.__class__ is list and value[0].__class__ is dict:  # a repeat: its instances have empties too
            text = canonical(data)
            return hashlib.sha256(text.encode("utf-8")).hexdigest(), _encode(data)
    if not empties:  # nothing to leave out: the canonical text is the whole record
        text = _encode(data)
        return hashlib.sha256(text.encode("utf-8")).hexdigest(), text
    text = canonical(data)
    sha = hashlib.sha256(text.encode("utf-8")).hexdigest()
    return sha, text[:-1] + ("," if len(text) > 2 else "") + ",".join(empties) + "}"
