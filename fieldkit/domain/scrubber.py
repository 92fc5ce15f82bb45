"""The scrubber's former home: kept so that older imports work; see fieldkit.domain.scrub."""

from __future__ import annotations

from fieldkit.domain.scrub import PLACEHOLDERS, Span, find, scrub

__all__ = ["PLACEHOLDERS", "Span", "find", "scrub"]
