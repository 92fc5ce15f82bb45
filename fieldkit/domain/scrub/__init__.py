"""Remove personal identifiers from free text, in Azerbaijani, Russian, Turkish and English.

One finder per kind (names, contacts: e-mail, handles and phones; numbers:
documents, accounts and plates; addresses; dates) marks spans; overlapping
spans merge; each becomes a typed placeholder: [NAME], [PHONE], [ID],
[EMAIL], [ADDRESS], [DATE], [ACCOUNT], [PLATE], [HANDLE]. What analysis needs
stays: cities and regions (with their case endings: Bakıdan, Gəncəyə),
countries, institutions, amounts, durations, counts.

``known`` is the record-aware pass (known.Known): the record's own direct
identifiers, and the names of the whole database, found again in any form.
``morphology`` is an analyser for Russian (services hand in pymorphy3); the
domain itself stays free of it.
"""

from __future__ import annotations

from fieldkit.domain.scrub.addresses import addresses
from fieldkit.domain.scrub.contacts import emails, handles, phones
from fieldkit.domain.scrub.dates import dates
from fieldkit.domain.scrub.known import Known, name_tokens
from fieldkit.domain.scrub.lexicon import Lexicons, lexicons
from fieldkit.domain.scrub.names import Morphology, names
from fieldkit.domain.scrub.numbers import accounts, documents, plates
from fieldkit.domain.scrub.spans import PLACEHOLDERS, Span, merge, render

__all__ = ["PLACEHOLDERS", "Known", "Lexicons", "Morphology", "Span", "find", "lexicons", "name_tokens", "scrub"]


def find(text: str, *, known: Known | None = None, morphology: Morphology | None = None) -> list[Span]:
    """Every identifier span in ``text``, merged, in order."""
    spans = emails(text) + handles(text) + accounts(text) + plates(text) + documents(text) + dates(text)
    spans += addresses(text)
    taken = [(s.start, s.end) for s in spans]
    spans += [s for s in phones(text) if not any(a <= s.start < b or a < s.end <= b for a, b in taken)]
    spans += names(text, lexicons(), morphology, known)
    if known is not None:
        spans += [Span(a, b, "PHONE") for a, b in known.number_spans(text)]
    return merge(spans)


def scrub(text: str, extra: list[tuple[int, int]] | None = None, *, known: Known | None = None,
          morphology: Morphology | None = None) -> str:
    """``text`` with every identifier (and every ``extra`` span) replaced by its placeholder."""
    spans = find(text, known=known, morphology=morphology) + [Span(a, b, "NAME") for a, b in (extra or [])]
    return render(text, spans)
