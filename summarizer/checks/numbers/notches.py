"""NUM014: a rating move told with the wrong number of notches. "cut by two notches to BB+" where
the source moves the rating from BBB- to BB+: one notch (one step on the agency's scale; see
summarizer/parsing/ratings.py). The move is the summary's own ("to BB+ from BB+"), else the
source's move to the code the summary names, else the source's only move."""

from __future__ import annotations

import re

from ...findings import Finding
from ...parsing.ratings import CODE, Move, moves
from ..base import CheckContext

_COUNT = {"a": 1, "one": 1, "single": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6}
_NOTCHES = re.compile(r"\b(?P<n>a|one|single|two|three|four|five|six|\d)(?:\s+|-)notch(?:es)?\b",
                      re.IGNORECASE)


def _move_for(ctx: CheckContext, s0: int, s1: int) -> Move | None:
    own = moves(ctx.summary.text, s0, s1)
    if own:
        return own[0]
    theirs = ctx.source.memo("rating_moves", lambda d: moves(d.text))
    codes = {c.group() for c in CODE.finditer(ctx.summary.text, s0, s1)}
    named = [m for m in theirs if m.new in codes]
    if named:
        return named[0]
    return theirs[0] if len(theirs) == 1 else None


def notch_findings(ctx: CheckContext) -> list[Finding]:
    text = ctx.summary.text
    out = []
    for n in _NOTCHES.finditer(text):
        if ctx.is_excluded(n.start(), n.end()):
            continue
        said = _COUNT.get(n.group("n").lower()) or int(n.group("n"))
        s0, s1 = ctx.summary.sentence_span(n.start())
        # The move is read near the notches (bounded work per mention in a long sentence).
        move = _move_for(ctx, max(s0, n.start() - 200), min(s1, n.end() + 200))
        if move is None or abs(move.notches) == said:
            continue
        steps = abs(move.notches)
        out.append(Finding.at(
            text, n.start(), n.end(), "number",
            f"from {move.old} to {move.new} is {steps} notch{'es' if steps > 1 else ''}, not {said}",
            ctx.source.sentence_text(ctx.source.text.find(move.old)) if move.old in ctx.source.text
            else None, code="NUM014"))
    return out
