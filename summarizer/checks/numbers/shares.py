"""NUM004, a move given as a share: "online purchases accounting for 4.4% of the total" where the
source says "E-commerce sales rose 4.4% from a year earlier and accounted for 6.2% of total
retail". The summary calls a percentage a share of something (accounting for, making up, a share
of, of the total); in the source sentence of that figure it is a move (rose, fell, up, down),
and another percentage of the sentence is the share."""

from __future__ import annotations

import re

from ...parsing.quantities import Quantity
from ...text import Document
from .matching import _Source, dimension

_SHARE_BEFORE = re.compile(r"\b(?:account(?:s|ed|ing)?\s+for|ma(?:de|king|kes?)\s+up|share\s+of|"
                           r"represent(?:s|ed|ing)?|comprising|comprised)\s+(?:about\s+|around\s+|"
                           r"nearly\s+|roughly\s+|some\s+|just\s+)?$", re.IGNORECASE)
_SHARE_AFTER = re.compile(r"\s+(?:of\s+(?:the\s+)?(?:total|all|overall)|share)\b", re.IGNORECASE)
_MOVE_BEFORE = re.compile(r"\b(?:rose|rising|risen|fell|falling|fallen|grew|growing|gained|"
                          r"increased|decreased|declined|dropped|jumped|climbed|slid|up|down|"
                          r"growth\s+of|increase\s+of|decline\s+of)\s+(?:by\s+)?(?:about\s+)?$",
                          re.IGNORECASE)


def _share(text: str, q: Quantity, lo: int) -> bool:
    return _SHARE_BEFORE.search(text[max(lo, q.start - 40):q.start]) is not None or \
        _SHARE_AFTER.match(text, q.end) is not None


def move_as_share(q: Quantity, summary: Document, src: _Source, matches: list[int],
                  quantities: list[Quantity]) -> Quantity | None:
    """The source's share figure when `q`, a share in the summary, is a move there; or None."""
    if len(matches) != 1 or dimension(q)[0] != "pct":
        return None
    s0, _ = summary.sentence_span(q.start)
    if not _share(summary.text, q, s0):
        return None
    doc, i = src.doc, matches[0]
    si = src.sentence_of[i]
    if si < 0:
        return None
    a, _ = doc.sentences[si]
    m = src.quantities[i]
    if _share(doc.text, m, a) or not _MOVE_BEFORE.search(doc.text[max(a, m.start - 30):m.start]):
        return None
    for k in src.by_sentence.get(si, ()):
        o = src.quantities[k]
        if k != i and dimension(o)[0] == "pct" and _share(doc.text, o, a):
            return o
    return None
