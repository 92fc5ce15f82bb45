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

__all__ = ["canonical", "content_hash"]


def _prune(value: Any) -> Any:
    if isinstance(value, dict):
        pruned = {k: _prune(v) for k, v in value.items()}
        return {k: v for k, v in pruned.items() if v not in (None, "", [])}
    if isinstance(value, list):
        return [_prune(v) for v in value]
    return value


def canonical(data: dict[str, Any]) -> str:
    return json.dumps(_prune(data), ensure_ascii=False, sort_keys=True, separators=(",", ":"), allow_nan=False)


def content_hash(data: dict[str, Any]) -> str:
    """SHA-256 (hex) of the canonical form of a record's answers."""
    return hashlib.sha256(canonical(data).encode("utf-8")).hexdigest()
