"""Spans of identifiers, merged and rendered as typed placeholders."""

from __future__ import annotations

from dataclasses import dataclass

__all__ = ["PLACEHOLDERS", "Span", "merge", "render"]

PLACEHOLDERS = ("NAME", "PHONE", "ID", "EMAIL", "ADDRESS", "DATE", "ACCOUNT", "PLATE", "HANDLE")
_PRIORITY = {kind: i for i, kind in enumerate(("EMAIL", "HANDLE", "ACCOUNT", "ID", "PLATE", "PHONE", "DATE",
                                               "ADDRESS", "NAME"))}


@dataclass(frozen=True)
class Span:
    start: int
    end: int
    kind: str


def merge(spans: list[Span]) -> list[Span]:
    """Overlapping spans made one, of the kind that says most (an e-mail over a name)."""
    merged: list[Span] = []
    for span in sorted(spans, key=lambda s: (s.start, -s.end)):
        if merged and span.start < merged[-1].end:
            last = merged[-1]
            kind = last.kind if _PRIORITY[last.kind] <= _PRIORITY[span.kind] else span.kind
            merged[-1] = Span(last.start, max(last.end, span.end), kind)
        else:
            merged.append(span)
    return merged


def render(text: str, spans: list[Span]) -> str:
    out, position = [], 0
    for span in merge(spans):
        out.append(text[position: span.start])
        out.append(f"[{span.kind}]")
        position = span.end
    out.append(text[position:])
    return "".join(out)
