"""CON001 for a dispute, strike or case said to be unresolved where the source says it was
resolved (or the reverse): "the strike at Rio Seco ... is still unresolved" / "the strike at Rio
Seco, the company's largest operation, had been resolved with a three-year wage deal". Such a
statement is told by its subject, which often stands clauses before the trigger: it meets the
source's statements on this axis in sentences that share two words of the summary sentence
before it."""

from __future__ import annotations

from ...parsing.directions import opposite
from .view import Claim, View


def _before(c: Claim) -> frozenset:
    """Content stems of the claim's sentence before its trigger (25 words at most)."""
    toks, i = c.a.tokens, c.polar.tok
    j = i
    while j > max(0, i - 25) and toks[j - 1].low not in (".", "!", "?"):
        j -= 1
    return frozenset(t.stem for t in toks[j:i] if t.kind == "w" and len(t.stem) > 3)


def judge_resolution(c: Claim, src: View):
    told = _before(c)
    every = src.claims(src.with_triggers(range(len(src.sentences)), c.axis))
    anchored = [d for d in every if d.axis == c.axis and len(
        told & src.stems_of_sentence(src.sentence_of(d.polar.start))) >= 2]
    if anchored and all(opposite(c.values, d.values) for d in anchored):
        return anchored[0]
    return None
