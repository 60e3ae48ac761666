"""NUM004, a figure's partner changed: "1.62 million passengers, up 11.3%" where the source gives
1.62 million passengers with "up 8.1%" and 11.3% belongs to another statement (international
traffic, in another sentence). The two figures of the summary stand side by side (the first's
words, a comma and "up"/"down" between them, or a bracket), the first is found once in the
source, and there the figure right after it, side by side in the same way, is another of the
second's kind."""

from __future__ import annotations

import re

from ...parsing.quantities import Quantity
from ...text import Document
from .figures import figures
from .matching import _direct, _Source, dimension

# A move given beside its level: "1.62 million passengers in March, up 11.3%", "$486M (+22%)".
_BESIDE = re.compile(r"[^,;:()\u2014]{0,60},\s*(?:up|down|an?\s+(?:increase|decrease|rise|fall|drop|"
                     r"gain|decline)\s+of)\s+|\s*\(\s*(?:up\s+|down\s+)?[+\-\u2212]?",
                     re.IGNORECASE)


def _side_by_side(text: str, a: Quantity, b: Quantity) -> bool:
    return _BESIDE.fullmatch(text, a.end, b.start) is not None


def _kind(q: Quantity) -> str:
    return dimension(q)[0]


def partner_moved(q: Quantity, summary: Document, src: _Source, matches: list[int],
                  quantities: list[Quantity]):
    """The source figure that stands beside the summary's neighbour of `q` instead of q, or None."""
    if q.kind != "number" or not matches:
        return None
    figs = figures(summary, quantities)
    if not figs.ordered:
        return None
    j = figs.last_ending_by(q.start)
    if j < 0:
        return None
    p = quantities[j]
    text = summary.text
    kq = _kind(q)
    if _kind(p) == kq or p.kind != "number" or not _side_by_side(text, p, q):
        return None
    if summary.sentence_span(p.start) != summary.sentence_span(q.start):
        return None
    pm = _direct(p, src)
    if len(pm) != 1:
        return None
    home = src.quantities[pm[0]]
    si = src.sentence_of[pm[0]]
    if any(src.sentence_of[i] == si for i in matches):
        return None  # q is stated in the neighbour's own sentence too
    stext = src.doc.text
    after = [src.quantities[k] for k in src.by_sentence.get(si, ())
             if src.quantities[k].start >= home.end]
    if not after:
        return None
    o = min(after, key=lambda x: x.start)  # only the figure right after it stands beside it
    if _kind(o) != kq or o.kind != "number" or not _side_by_side(stext, home, o):
        return None
    return o if abs(o.value - q.value) > 1e-9 else None
