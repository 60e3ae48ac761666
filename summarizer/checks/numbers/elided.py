"""A bare number that takes the unit of a figure before it in its summary sentence: "diluted
margins by about 40 basis points, less than an analyst's estimate of 100" (100 basis points);
"lifted to 38 HK cents from 34" (34 cents). Such a number is checked in that unit."""

from __future__ import annotations

import re
from dataclasses import replace

from ...parsing.quantities import Quantity, is_minor
from ...text import Document
from .figures import figures
from .matching import _direct, _Source


def elided_unit(q: Quantity, summary: Document, src: _Source, quantities: list[Quantity]) -> bool:
    """A bare number that takes the unit of a figure before it in its sentence: "diluted margins
    by about 40 basis points, less than an analyst's estimate of 100" (100 basis points)."""
    if q.unit is not None or q.kind != "number" or q.high is not None \
            or _COUNTED_NEXT.match(summary.text, q.end):
        return False  # "its first gain in 11 quarters": a count of its own
    s0 = summary.sentence_span(q.start)[0]
    before = figures(summary, quantities).between(max(s0, q.start - _UNIT_REACH), q.start)
    units = {o.unit for o in before if o.unit in _RATE_UNITS}
    if any(_direct(replace(q, unit=u), src) for u in units):
        return True
    # "lifted to 38 HK cents from 34": 34 cents
    return any(_direct(replace(q, unit="currency", value=q.value * 0.01, currency=o.currency,
                               currencies=o.currencies, symbol=o.symbol,
                               precision=q.precision * 0.01), src)
               for o in before[-_MINOR_BACK:] if o.unit == "currency" and is_minor(o))


def elided_in_source(q: Quantity, src: _Source) -> bool:
    """The source gives `q` as a bare number in a sentence that states its unit with another
    figure: "Mix added about 60 basis points, and procurement savings added about 40" (40 basis
    points)."""
    if q.unit not in _RATE_UNITS or q.high is not None:
        return False
    qs = src.quantities
    return any(any(qs[k].unit == q.unit for k in src.by_sentence.get(si, ()))
               for si in _bare(src).get(q.value, ()))


def _bare(src: _Source) -> dict[float, list[int]]:
    """The sentences of the source's bare numbers, by value (built once per source)."""
    def build(_doc):
        out: dict[float, list[int]] = {}
        for i, o in enumerate(src.quantities):
            if o.unit is None and o.kind == "number" and o.high is None and src.sentence_of[i] >= 0:
                out.setdefault(o.value, []).append(src.sentence_of[i])
        return out

    return src.doc.memo("numbers.bare_by_value", build)


_RATE_UNITS = frozenset(["percent", "bp", "pp"])
_MINOR_BACK = 4  # figures read back for the one in cents a bare number takes its unit from
_UNIT_REACH = 200  # characters before a bare number where its unit may be stated
_COUNTED_NEXT = re.compile(r"[\s-]+(?!(?:and|or|to|vs|versus|than|in|at|for|on)\b)[A-Za-z]")
