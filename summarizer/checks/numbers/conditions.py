"""NUM017, a figure the source gives only under a condition, stated as fact: "the offering
raised about 686 million euros" where the source says proceeds "could rise to about 686 million
euros if an over-allotment option is exercised in full". The summary keeps the figure and drops
the "if"."""

from __future__ import annotations

import re

from ...parsing.quantities import Quantity
from ...text import Document
from .context import _content_stems
from .matching import _Source, dimension
from .periods import _near_size

_REACH = 90  # characters read after a source figure for its condition, and around a summary one
# After the figure, in its clause: "... if the option is exercised", "..., assuming the deal closes".
# Within the figure's own clause: no other figure, no "and"/"but"/"or" and no comma before it.
_IF_AFTER = re.compile(r"(?:(?!\b(?:and|but|while|whereas|or|although|though|after|before)\b)"
                       rf"[^.;:!?\n,\d]){{0,{_REACH}}}?\b(if|unless|assuming|provided\s+that|"
                       r"in\s+the\s+event)\b", re.IGNORECASE)
# A fee or penalty is owed only in some event by its nature: "a break fee of 150 million pounds
# if the deal fails" is still the break fee.
_BY_NATURE = re.compile(r"\b(?:fees?|penalt(?:y|ies)|compensation|payouts?)\b", re.IGNORECASE)
# Before it, in its sentence: "If the option is exercised in full, proceeds would rise to".
_IF_BEFORE = re.compile(r"\b(?:if|unless|assuming|should\s+the)\b[^.;:!?\n]{3,120},[^.;:!?\n]{0,60}"
                        r"\b(?:would|could|might|will)\b[^.;:!?\n]{0,60}$", re.IGNORECASE)
# Words in the summary that keep a figure hedged or say it is a maximum.
_HEDGED = re.compile(r"\b(?:if|unless|could|would|might|may|potential(?:ly)?|possibl[ey]|up\s+to|"
                     r"as\s+much\s+as|as\s+high\s+as|at\s+most|maximum|including|assuming|"
                     r"should|provided|option|over-?allotment|greenshoe|in\s+case|contingent|depending)\b",
                     re.IGNORECASE)


def _condition(text: str, q: Quantity) -> tuple[int, int] | None:
    """The span of the condition a source figure stands under, or None when it stands plain."""
    m = _IF_AFTER.match(text, q.end)
    if m is not None:
        end = text.find(".", m.end())
        return m.start(1), min(end if end >= 0 else len(text), m.end() + _REACH)
    lo = max(0, q.start - 240)
    m = _IF_BEFORE.search(text[lo:q.start])
    if m is not None:
        return lo + m.start(), q.start
    return None


def conditional_as_fact(q: Quantity, summary: Document, src: _Source, matches: list[int],
                        quantities: list[Quantity]):
    """When every source copy of `q` stands under a condition and the summary's words around it
    keep no hedge (nor the condition's words): the plain figure the source gives beside it, or
    the conditional figure itself. None otherwise."""
    if q.kind != "number" or not matches:
        return None
    stext = src.doc.text
    for i in matches:
        o = src.quantities[i]
        if _BY_NATURE.search(stext, max(0, o.start - 40), o.end + 40):
            return None
    spans = [_condition(stext, src.quantities[i]) for i in matches]
    if any(s is None for s in spans):
        return None
    s0, s1 = summary.sentence_span(q.start)
    lo, hi = max(s0, q.start - _REACH), min(s1, q.end + _REACH)
    if _HEDGED.search(summary.text, lo, hi):
        return None
    said = set(_content_stems(summary.text, s0, s1))
    for a, b in spans:
        if said & set(_content_stems(stext, a, b)):
            return None  # the summary keeps the condition's words: it tells the condition
    m = src.quantities[matches[0]]
    si = src.sentence_of[matches[0]]
    dq = dimension(q)[0]
    for sk in (si, si - 1):
        plain = [o for k in src.by_sentence.get(sk, ()) if k not in matches
                 and dimension(o := src.quantities[k])[0] == dq and o.kind == "number"
                 and o.currency == q.currency and _near_size(o, q)
                 and _condition(stext, o) is None]
        if plain:
            return min(plain, key=lambda o: min(abs(o.start - m.end), abs(m.start - o.end)))
    return m
