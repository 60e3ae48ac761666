"""What a summary figure's own form says: a span of time set against another date ("one
quarter sooner"), a span written as a compound ("a four-year deal"), or a garbled copy of a
source figure (the same digits in another scale, digits reordered, one digit changed)."""

from __future__ import annotations

import math
import re

from ...parsing.quantities import Quantity
from .messages import _same_digits
from .swaps import _digits, _one_edit


def _scaled_twin(q: Quantity, s: Quantity) -> bool:
    """$410 billion vs $410 million: the same digits a power of 1000 apart."""
    a, b = abs(q.value), abs(s.value)
    if a <= 0 or b <= 0 or a == b:
        return False
    r = math.log10(max(a, b) / min(a, b))
    return abs(r - round(r)) < 1e-6 and round(r) % 3 == 0


_COMPOUND = re.compile(r"[-\s]?(?:year|month|week|day)s?-old\b|-(?:year|month|week|day)\b",
                       re.IGNORECASE)


_RELATIVE_SPAN = re.compile(r"(?:[\s-]?(?:quarters?|years?|months?|weeks?))?[\s-]+(?:earlier|sooner|"
                            r"ahead|early|later|late|behind|average)\b", re.IGNORECASE)


def _relative_span(q: Quantity, text: str) -> bool:
    """A small span of time set against another date or averaged over ("one quarter
    sooner", "a one-year average")."""
    return (q.high is None and 0 < q.value <= 3 and _SPAN_UNIT.search(q.text) is not None
            and _RELATIVE_SPAN.match(text, q.end) is not None)


_SPAN_UNIT = re.compile(r"quarter|year|month|week", re.IGNORECASE)


def _span_compound(q: Quantity, text: str) -> bool:
    """ "16-year" (of "16-year-old"), "four-year": a span written as a compound adjective."""
    return q.high is None and not q.approx and bool(
        _COMPOUND.search(q.text) or _COMPOUND.match(text, q.end))


def _garbled(q: Quantity, s: Quantity) -> bool:
    """Is `q` a garbled copy of source figure `s`: the same digits in another unit, currency or
    scale, the digits reordered, or one digit changed, added or dropped? Those are errors; a
    figure that resembles nothing in the source may be a derivation finsum cannot follow
    (a warning: shown, but the summary does not fail on it alone)."""
    if _same_digits(q, s) or _scaled_twin(q, s):
        return True
    a, b = _digits(q), _digits(s)
    if not a or not b:
        return q.kind != s.kind or q.unit != s.unit  # number words: a wrong word for the figure
    if sorted(a) == sorted(b):
        return True
    # One digit off: telling for multi-digit figures; two one-digit figures are always "one
    # edit" apart, which says nothing.
    return max(len(a), len(b)) >= 2 and _one_edit(a, b)
