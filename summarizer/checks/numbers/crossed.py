"""NUM004 for two figures of one summary sentence whose words the source has the other way
round: "opened nine restaurants, seven Bramblewood Grill and two Pico Verde" where the source
opened "seven Pico Verde and two Bramblewood Grill". Each figure is in the source and each
name is too; only the pairing is wrong, so the one-figure checks see nothing."""

from __future__ import annotations

from ...parsing.quantities import Quantity
from ...text import Document
from .context import _MOVES, _after_stems
from .figures import figures
from .matching import _Source, dimension

_COUNTS = ("number", "word")  # "7" or "seven"


def crosswise(q: Quantity, summary: Document, src: _Source, matches: list[int],
              quantities: list[Quantity]) -> Quantity | None:
    """The sibling source figure whose words `q` carries, when the summary gives that
    sibling's value `q`'s own source words, in the same sentence; else None."""
    if len(matches) != 1 or q.kind not in _COUNTS:
        return None
    s0, s1 = summary.sentence_span(q.start)
    figs = figures(summary, quantities)
    mine = set(_after_stems(summary.text, q, s1, quantities, figs)) - _MOVES
    if len(mine) < 2:
        return None
    i = matches[0]
    si = src.sentence_of[i]
    if si < 0:
        return None
    doc = src.doc
    sent_end = doc.sentences[si][1]
    sib = [src.quantities[k] for k in src.by_sentence.get(si, ())]
    own = set(_after_stems(doc.text, src.quantities[i], sent_end, sib)) - _MOVES
    if len(own) < 2 or own & mine:
        return None
    dq = dimension(q)[0]
    for k in src.by_sentence.get(si, ()):
        o = src.quantities[k]
        if k == i or o.kind not in _COUNTS or dimension(o)[0] != dq or o.value == q.value:
            continue
        if not mine <= set(_after_stems(doc.text, o, sent_end, sib)):
            continue
        for r in quantities:
            if r is not q and s0 <= r.start < s1 and r.value == o.value and r.kind in _COUNTS \
                    and own <= set(_after_stems(summary.text, r, s1, quantities, figs)):
                return o
    return None
