"""Consent: a form's ``consent`` question, answered ``no``, withdraws what the person said.

The field name is a contract of the built-in forms (kii, fgd, vot_feedback all ask ``consent``
with the choices yes and no); any form that asks it the same way gets the same protection: a
final revision without consent erases the content of the record's earlier revisions (see
``store.withdrawal``).
"""

from __future__ import annotations

from typing import Any

__all__ = ["CONSENT_FIELD", "withdraws_consent"]

CONSENT_FIELD = "consent"


def withdraws_consent(data: dict[str, Any]) -> bool:
    """Whether these answers say the person does not (or no longer) consent."""
    return isinstance(data, dict) and data.get(CONSENT_FIELD) == "no"
