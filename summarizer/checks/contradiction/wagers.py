"""CON001 for a wager that moved: "raised bets on a September cut" where the source says "Money
markets trimmed bets on a Bank of Canada rate cut". Such a claim says nothing of the rate itself
(the policy move wagered on): it meets only a move of bets, odds or chances in the source, on the
same thing (a word after both triggers)."""

from __future__ import annotations

from ...parsing.directions import opposite
from .guards import wager_move
from .view import Claim, View


def judge_wager(c: Claim, src: View):
    """ "raised bets on a September cut" meets only a move of bets, odds or chances in the
    source ("trimmed bets on a rate cut"), on the same thing (a word after both)."""
    mine = _after_words(c)
    every = src.doc.memo("contradiction.wagers", lambda _d: [
        d for d in src.claims(src.with_triggers(range(len(src.sentences)), "move change"))
        if wager_move(d)])
    anchored = [d for d in every if mine & _after_words(d)]
    values = _as_up_down(c.values)
    if anchored and all(opposite(values, _as_up_down(d.values)) for d in anchored):
        return anchored[0]
    return None


def _after_words(c: Claim) -> frozenset:
    """Content stems of the words after the trigger, to the end of its clause (six at most)."""
    a, p = c.a, c.polar
    seg_b = a.segments[p.segment][1]
    return frozenset(t.stem for t in a.tokens[p.tok + 1 : min(seg_b, p.tok + 8)]
                     if t.kind == "w" and len(t.stem) > 2) - _WAGER_STEMS


_WAGER_STEMS = frozenset(["bet", "odd", "chanc", "probabl", "expect", "the", "its", "their",
                          "on", "of", "for", "that"])


def _as_up_down(values: frozenset) -> frozenset:
    return frozenset("up" if v in ("up", "above") else "down" if v in ("down", "below") else v
                     for v in values)
