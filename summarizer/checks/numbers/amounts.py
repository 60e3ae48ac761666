"""NUM004, an amount given another amount's "of" phrase: "holds $600 million of wildfire
insurance" where the source has "$500 million of wildfire insurance" and "$600 million of
equity". The summary's figure is in the source, but there it is an amount of something else,
and the source gives the summary's thing its own amount."""

from __future__ import annotations

import re

from ...parsing.quantities import Quantity
from ...text import Document
from .context import _content_stems
from .matching import _Source, dimension

# "<figure> of [the|its|new|...] <up to three words>", stopping at a comma, a preposition or a
# figure: the thing the amount is an amount of.
_OF = re.compile(r"[ \u00a0]+of[ \u00a0]+(?:(?:the|its|their|his|her|new|additional|fresh)[ \u00a0]+)?"
                 r"([a-z][a-z'\u2019-]*(?:[ \u00a0]+[a-z][a-z'\u2019-]*){0,2})")
_STOP = re.compile(r"[ \u00a0]+(?:to|for|by|in|on|at|from|with|and|or|as|that|which|over|"
                   r"through|until|after|before|than|since|a|an|the|its)\b")
_INDEX = "numbers.amounts.of_index"
# What a unit measures, said in words after it: no thing of its own.
_POWER = frozenset(["power", "capac", "electr", "energi", "generat", "output"])
_MEASURED = {"MW": _POWER, "MWh": _POWER}


def _of_stems(text: str, q: Quantity) -> frozenset[str]:
    """Content stems of the phrase after "<figure> of", or an empty set."""
    m = _OF.match(text, q.end)
    if m is None:
        return frozenset()
    phrase_end = m.end(1)
    cut = _STOP.search(text, m.start(1), phrase_end)
    return frozenset(_content_stems(text, m.start(1), cut.start() if cut else phrase_end))


def _of_index(src: _Source) -> list[frozenset[str]]:
    text = src.doc.text
    return [_of_stems(text, o) if o.kind == "number" else frozenset() for o in src.quantities]


def of_moved(q: Quantity, summary: Document, src: _Source, matches: list[int],
             quantities: list[Quantity]):
    """The source figure that is an amount of what the summary says `q` is an amount of, when
    every source copy of `q` is an amount of something else; None otherwise."""
    if q.kind != "number" or not matches or dimension(q)[0] in ("pct", "pp"):
        return None  # "13% of the fund" for "13% of its assets": a share's base, told many ways
    mine = _of_stems(summary.text, q)
    if not mine or mine <= _MEASURED.get(q.unit, frozenset()):
        return None  # "1.2GW of power" / "1.2 gigawatts of capacity": what the unit measures
    index = src.doc.memo(_INDEX, lambda d: _of_index(src))
    for i in matches:
        theirs = index[i]
        if not theirs or theirs & mine:
            return None  # the source says what it is an amount of, and it agrees (or says nothing)
    dq = dimension(q)[0]
    taken = set(matches)
    for k, theirs in enumerate(index):
        if k in taken or not theirs or not mine <= theirs:
            continue
        o = src.quantities[k]
        if dimension(o)[0] == dq and o.currency == q.currency and o.value != q.value:
            return o
    return None
