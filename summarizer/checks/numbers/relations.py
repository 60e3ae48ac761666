"""NUM004, a figure given another relation than it has in its source sentence, where a sibling
figure there has the summary's relation:
- a part given as the whole: "subscribed 96.8 times overall" where the source says "subscribed
  41.3 times overall, with the portion reserved for institutional buyers subscribed 96.8 times";
  "180 million pounds in total" where the total is 340 million;
- a move given as a share: "online purchases accounting for 4.4% of the total" where the source
  says "E-commerce sales rose 4.4% from a year earlier and accounted for 6.2% of total retail".

The summary marks the figure (an aggregate word, a share phrase); in the source sentence of its
single match the figure has no such mark (and, for a share, is a move), while another figure of
the same kind there has it."""

from __future__ import annotations

import re
from collections.abc import Callable

from ...parsing.quantities import Quantity
from ...text import Document
from .matching import _Source, dimension

_AGG_AFTER = re.compile(r"(?:\s+(?:times|percent|per\s?cent|[a-z]+)){0,2}?[\s,]+(?:overall|in\s+"
                        r"total|combined|altogether|in\s+all|group[- ]wide)\b", re.IGNORECASE)
_AGG_BEFORE = re.compile(r"\b(?:overall|total|combined|aggregate|group[- ]wide)\s+(?:[a-z]+\s+){0,2}"
                         r"(?:of\s+)?[$\u20ac\u00a3\u00a5]?$", re.IGNORECASE)
_SHARE_BEFORE = re.compile(r"\b(?:account(?:s|ed|ing)?\s+for|ma(?:de|king|kes?)\s+up|share\s+of|"
                           r"represent(?:s|ed|ing)?|comprising|comprised)\s+(?:about\s+|around\s+|"
                           r"nearly\s+|roughly\s+|some\s+|just\s+)?$", re.IGNORECASE)
_SHARE_AFTER = re.compile(r"\s+(?:of\s+(?:the\s+)?(?:total|all|overall)|share)\b", re.IGNORECASE)
_MOVE_BEFORE = re.compile(r"\b(?:rose|rising|risen|fell|falling|fallen|grew|growing|gained|"
                          r"increased|decreased|declined|dropped|jumped|climbed|slid|up|down|"
                          r"growth\s+of|increase\s+of|decline\s+of)\s+(?:by\s+)?(?:about\s+)?$",
                          re.IGNORECASE)

Mark = Callable[[str, Quantity, int, int], bool]


def _aggregate(text: str, q: Quantity, lo: int, hi: int) -> bool:
    """An aggregate word right after the figure (within two words) or right before it."""
    return _AGG_AFTER.match(text, q.end, hi) is not None or \
        _AGG_BEFORE.search(text[max(lo, q.start - 40):q.start]) is not None


def _share(text: str, q: Quantity, lo: int, hi: int) -> bool:
    """A share phrase right before the figure ("accounting for") or after it ("of the total")."""
    return _SHARE_BEFORE.search(text[max(lo, q.start - 40):q.start]) is not None or \
        _SHARE_AFTER.match(text, q.end, hi) is not None


def _not_a_move(text: str, q: Quantity, lo: int, hi: int) -> bool:
    return _MOVE_BEFORE.search(text[max(lo, q.start - 30):q.start]) is None


def _relation_moved(q: Quantity, summary: Document, src: _Source, matches: list[int],
                    marked: Mark, unlike: Mark | None = None) -> Quantity | None:
    """The sibling of q's source match that has the relation `marked` gives q in the summary,
    when the match itself has it not (nor `unlike`'s one, when given: a share must be a move
    there), or None."""
    if len(matches) != 1:
        return None
    s0, s1 = summary.sentence_span(q.start)
    if not marked(summary.text, q, s0, s1):
        return None
    doc, i = src.doc, matches[0]
    si = src.sentence_of[i]
    if si < 0:
        return None
    a, b = doc.sentences[si]
    m = src.quantities[i]
    if marked(doc.text, m, a, b) or unlike is not None and unlike(doc.text, m, a, b):
        return None
    kind = dimension(q)[0]
    for k in src.by_sentence.get(si, ()):
        o = src.quantities[k]
        if k != i and dimension(o)[0] == kind and o.kind == m.kind and marked(doc.text, o, a, b):
            return o
    return None


def part_as_whole(q: Quantity, summary: Document, src: _Source, matches: list[int],
                  quantities: list[Quantity]) -> Quantity | None:
    """The source figure the aggregate word goes with, when `q` is a part, or None."""
    return _relation_moved(q, summary, src, matches, _aggregate)


def move_as_share(q: Quantity, summary: Document, src: _Source, matches: list[int],
                  quantities: list[Quantity]) -> Quantity | None:
    """The source's share figure when `q`, a share in the summary, is a move there; or None."""
    if dimension(q)[0] != "pct":
        return None
    return _relation_moved(q, summary, src, matches, _share, _not_a_move)
