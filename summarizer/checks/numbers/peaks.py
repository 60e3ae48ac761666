"""NUM007, the peak of a move given as its close: "settled 14% higher" when the source's 14% was
an intraday peak ("rose as much as 14%"); "closed at a record $38,450 a tonne, up 9.6%" when tin
"jumped as much as 9.6% to $38,450 a tonne ... before paring gains to close up 7.1% at
$37,570": the peak move and the level it reached are both the peak's."""

from __future__ import annotations

import re

from ...parsing.quantities import Quantity
from ...text import Document
from .matching import _Source

_CLOSING = re.compile(r"\b(?:settl\w*|clos\w*|end(?:ed|ing|s)?|finish\w*)\b", re.IGNORECASE)
# The summary's own word for a peak before the figure: then it is not told as the close.
_PEAK_WORDS = re.compile(r"\b(?:as\s+much\s+as|at\s+one\s+point|intraday|peak\w*|high\s+of|"
                         r"touch\w*|hit|briefly)\b", re.IGNORECASE)
# Where another statement starts: the closing word before it is not this figure's.
_CUT = re.compile(r";|\s(?:before|after|then|while|and|but|having)\s", re.IGNORECASE)
# In the source, the level a peak move reached: "as much as 9.6% to $38,450".
_PEAK_LEVEL = re.compile(r"\bas\s+much\s+as\s+\d[\d.,]*\s?%\s+to\s+\S{0,4}$", re.IGNORECASE)
_REACH = 120  # characters of the summary's sentence read before the figure


def peak_as_close(q: Quantity, summary: Document, src: _Source, matches: list[int]) -> bool:
    if q.approx or not matches:
        return False
    stext = src.doc.text
    if not all(src.quantities[i].peak or _PEAK_LEVEL.search(
            stext, max(0, src.quantities[i].start - 30), src.quantities[i].start)
            for i in matches):
        return False
    s0, _ = summary.sentence_span(q.start)
    lo = max(s0, q.start - _REACH)
    cuts = [m.end() for m in _CUT.finditer(summary.text, lo, q.start)]
    before = summary.text[cuts[-1] if cuts else lo:q.start]
    return bool(_CLOSING.search(before)) and not _PEAK_WORDS.search(before)
