"""NUM004, two figures of one summary clause paired crosswise: "12-year notes carry a coupon of
3.125%" where the source gives the 12-year notes 3.875% and the 3.125% to the six-year notes."""

from __future__ import annotations

from ...parsing.quantities import Quantity
from ...text import Document
from .context import _CLAUSE_CUT
from .figures import figures
from .matching import _direct, _Source, dimension


def _nearest(src: _Source, i: int, dim: str, after: bool) -> Quantity | None:
    """The source quantity of dimension `dim` nearest to quantity i in its sentence, after or
    before it."""
    s = src.quantities[i]
    best = None
    for k in src.by_sentence.get(src.sentence_of[i], ()):
        o = src.quantities[k]
        if k == i or dimension(o)[0] != dim or o.kind == "tally":
            continue
        if after and o.start >= s.end and (best is None or o.start < best.start) or not after and o.end <= s.start and (best is None or o.end > best.end):
            best = o
    return best


def _pair_swapped(q: Quantity, summary: Document, src: _Source, matches: list[int],
                  quantities: list[Quantity]):
    """Two figures of one summary clause ("12-year notes carry a coupon of 3.125%") that the
    source pairs crosswise: there the first goes with another figure of the second's kind
    (12-year notes with 3.875%) and the second with another of the first's kind (3.125% with the
    six-year notes)."""
    if len(matches) != 1:
        return None
    text = summary.text
    s0, _ = summary.sentence_span(q.start)
    figs = figures(summary, quantities)
    if figs.ordered:  # the last figure ending before q, if it is in q's sentence
        j = figs.last_ending_by(q.start)
        prev = [quantities[j]] if j >= 0 and quantities[j].start >= s0 else []
    else:
        prev = [o for o in quantities if s0 <= o.start and o.end <= q.start]
    if not prev:
        return None
    p = prev[-1]
    if _CLAUSE_CUT.search(text, p.end, q.start):
        return None
    dp, dq = dimension(p)[0], dimension(q)[0]
    if dp == dq or p.kind == "tally" or dp in ("pct", "pp", "cur"):
        return None  # a move then a level is one statement (the peak-vs-close check's business)
    pm = _direct(p, src)
    if len(pm) != 1 or src.sentence_of[pm[0]] != src.sentence_of[matches[0]]:
        return None
    mine = _nearest(src, matches[0], dp, after=False)   # what the source puts before q
    theirs = _nearest(src, pm[0], dq, after=True)       # what the source puts after p
    if mine is None or theirs is None:
        return None
    if mine is src.quantities[pm[0]] or theirs is src.quantities[matches[0]]:
        return None
    if abs(theirs.value - q.value) < 1e-9 or abs(mine.value - p.value) < 1e-9:
        return None
    return theirs
