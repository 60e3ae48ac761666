"""CON020: an effect the source rules out. "said the provision would reduce its proposed dividend"
where the source says the provision "would not affect its proposed 2.40-crown dividend"; "the
fine would hit its 2025 results" where it "would have no further impact on its 2025 results".

The summary says something would (or did) reduce, hit, hurt, weigh on, affect or impact a thing,
with no negation of its own; a source sentence says something would not affect, had no impact
on, would not hurt... that same thing (the same last word, "dividend", "results", or two of its
words), and no source sentence says something has an effect on it."""

from __future__ import annotations

import re

from ...text import stem
from ..base import CheckContext
from .polarity import Clash
from .view import STOP, View

_EFFECT = (r"reduc(?:e|es|ed|ing)|hit(?:s|ting)?|hurt(?:s|ing)?|weigh(?:s|ed|ing)?\s+on|"
           r"dent(?:s|ed)?|erod(?:e|es|ed)|affect(?:s|ed|ing)?|impact(?:s|ed|ing)?|"
           r"damag(?:e|es|ed)|hamper(?:s|ed)?|lower(?:s|ed)?|cut(?:s|ting)?\s+into")
# The summary's effect: a modal or a past form before the verb, no negation.
_SAYS = re.compile(rf"\b(?:would|will|could|to|has|have|had|did)\s+(?:also\s+)?(?:{_EFFECT})\b"
                   rf"|\b(?:a|an)\s+(?:\w+\s+)?(?:hit|impact|blow)\s+(?:to|on)\b", re.IGNORECASE)
_NEGATED_BEFORE = re.compile(r"\b(?:not|no|never|n't|without)\s+(?:\w+\s+){0,2}$", re.IGNORECASE)
# The source rules it out: "would not affect", "have no further impact on", "won't hurt".
_RULED_OUT = re.compile(
    rf"\b(?:(?:would|will|does|did|should|could|do)\s+not|won't|wouldn't|doesn't|didn't|not\s+"
    rf"expected\s+to)\s+(?:materially\s+|significantly\s+|adversely\s+|further\s+)?(?:{_EFFECT}|"
    rf"change|alter)\b|\b(?:have|has|had|with|having|see|sees|saw|expects?)\s+no\s+(?:further\s+|"
    rf"material\s+|significant\s+|direct\s+|financial\s+|additional\s+)?(?:impact|effect|"
    rf"bearing|hit)\s+on\b", re.IGNORECASE)
_OBJECT = re.compile(r"[^.;:!?]{0,60}")
_WORD = re.compile(r"[a-z][a-z'-]{2,}|\d{4}")
# Where the thing affected ends: "its 2025 results", "2025 revenue | by low single digits".
_OBJECT_END = re.compile(r",|\b(?:and|but|while|as|because|after|by|of|in|for|to|from|with|on|at|"
                         r"this|next|last|over|through)\b")


class _Object:
    """What an effect falls on: its last word (the head: "dividend", "results") and all its
    words."""

    def __init__(self, text: str, end: int):
        m = _OBJECT.match(text, end)
        tail = text[end:m.end()] if m else ""
        cut = _OBJECT_END.search(tail)
        words = [w for w in _WORD.findall((tail[:cut.start()] if cut else tail).lower())
                 if w not in STOP]
        self.head = stem(words[-1]) if words else None
        self.words = {stem(w) for w in words}

    def same_thing(self, other: _Object) -> bool:
        return self.head is not None and (self.head == other.head
                                          or len(self.words & other.words) >= 2)


def _effect_clashes(ctx: CheckContext, summ: View, src: View) -> list[Clash]:
    text = ctx.summary.text
    found = [m for m in _SAYS.finditer(text)
             if not _NEGATED_BEFORE.search(text, max(0, m.start() - 20), m.start())
             and not ctx.overlaps_excluded(m.start(), m.end())]
    if not found:
        return []
    doc = ctx.source
    ruled = doc.memo("contradiction.ruled_out", lambda d: [
        (m, _Object(d.text, m.end())) for m in _RULED_OUT.finditer(d.text)][:_MAX])
    if not ruled:
        return []
    stated = doc.memo("contradiction.effects", lambda d: [
        _Object(d.text, m.end()) for m in _SAYS.finditer(d.text)
        if not _NEGATED_BEFORE.search(d.text, max(0, m.start() - 20), m.start())][:_MAX])
    out = []
    for m in found:
        mine = _Object(text, m.end())
        if mine.head is None or any(mine.head == theirs.head for theirs in stated):
            continue  # the source says it has that effect on that thing somewhere
        for r, theirs in ruled:
            if mine.same_thing(theirs):
                out.append(Clash(m.start(), m.end(), m.group(), r.group(),
                                 doc.sentence_text(r.start()),
                                 f"the summary says {m.group()!r}, but the source rules that "
                                 f"effect out: {r.group()!r}"))
                break
    return out


_MAX = 16  # source statements that rule an effect out, the first read
