"""NUM004, a part's figure given as the whole: "subscribed 96.8 times overall" where the source
says "subscribed 41.3 times overall, with the portion reserved for institutional buyers
subscribed 96.8 times". The summary puts an aggregate word (overall, in total, combined,
altogether) next to a figure; in the source sentence of that figure the aggregate word goes with
another figure of the same kind, and never with this one."""

from __future__ import annotations

import re

from ...parsing.quantities import Quantity
from ...text import Document
from .matching import _Source, dimension

_AFTER = re.compile(r"(?:\s+(?:times|percent|per\s?cent|[a-z]+)){0,2}?[\s,]+(?:overall|in\s+total|"
                    r"combined|altogether|in\s+all|group[- ]wide)\b", re.IGNORECASE)
_BEFORE = re.compile(r"\b(?:overall|total|combined|aggregate|group[- ]wide)\s+(?:[a-z]+\s+){0,2}"
                     r"(?:of\s+)?[$\u20ac\u00a3\u00a5]?$", re.IGNORECASE)


def _aggregate(text: str, q: Quantity, lo: int, hi: int) -> bool:
    """An aggregate word right after the figure (within two words) or right before it."""
    return _AFTER.match(text, q.end, hi) is not None or \
        _BEFORE.search(text[max(lo, q.start - 40):q.start]) is not None


def part_as_whole(q: Quantity, summary: Document, src: _Source, matches: list[int],
                  quantities: list[Quantity]) -> Quantity | None:
    """The source figure the aggregate word goes with, when `q` is a part, or None."""
    if len(matches) != 1:
        return None
    s0, s1 = summary.sentence_span(q.start)
    if not _aggregate(summary.text, q, s0, s1):
        return None
    doc, i = src.doc, matches[0]
    si = src.sentence_of[i]
    if si < 0:
        return None
    a, b = doc.sentences[si]
    if _aggregate(doc.text, src.quantities[i], a, b):
        return None
    kind = dimension(q)[0]
    for k in src.by_sentence.get(si, ()):
        o = src.quantities[k]
        if k != i and dimension(o)[0] == kind and o.kind == src.quantities[i].kind \
                and _aggregate(doc.text, o, a, b):
            return o
    return None
