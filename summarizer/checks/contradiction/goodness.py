"""Which way is good for a metric: "improved" or "worsened" read as a move up or down when the
metric's own words say whether higher is better (a margin) or lower is (costs, leverage)."""

from __future__ import annotations

from ...parsing.directions import lexicon
from .view import Claim, _content


def _as_move(c: Claim) -> frozenset | None:
    """improved/worsened as a move up/down, when the metric says which way is good."""
    lex = lexicon()
    words = _own_words(c) - _base_words(c)
    if words & lex.higher_is_better:
        good, bad = "up", "down"
    elif words & lex.lower_is_better:
        good, bad = "down", "up"
    else:
        return None
    return frozenset(good if v == "better" else bad for v in c.values)


def _own_words(c: Claim) -> frozenset:
    """The words of the claim's own statement: its subject and what follows the trigger up to
    the next comma or conjunction ("free cash flow improved to $238 million and net leverage
    fell": not leverage, whose fall is the other statement's)."""
    toks, k = c.a.tokens, c.polar.tok_end
    hi = min(c.a.segments[c.polar.segment][1], k + 12)
    while k < hi and toks[k].low not in _OWN_STOP:
        k += 1
    return c.subject | _content(toks[c.polar.tok_end:k])


_OWN_STOP = frozenset([",", ";", "and", "but", "while", "whereas", "or"])


def _base_words(c: Claim) -> frozenset:
    """The base of a ratio right after the trigger ("SG&A improved to 5.9% of revenue":
    revenue), which says nothing of whether a rise is good. Eight tokens read: bounded work."""
    a, p, toks = c.a, c.polar, c.a.tokens
    hi = min(a.segments[p.segment][1], p.tok_end + 8)
    return frozenset(toks[k + 1].stem for k in range(p.tok_end + 1, hi - 1)
                     if toks[k].low == "of" and toks[k - 1].low in ("%", "percent", "cent"))


def as_moves(pool: list[Claim]) -> list[Claim]:
    """The source's improved/worsened statements of a metric whose good way is known, as moves
    ("gross margin improved by 0.4 point": up), to meet a summary's move ("slipped 0.4
    point")."""
    lex, out = lexicon(), []
    for d in pool:
        if d.axis != "quality":
            continue
        words = _own_words(d) - _base_words(d)
        # (a metric with words of both kinds says nothing for sure: "operating ratio, a measure
        # of expenses as a share of revenue")
        way = _as_move(d) if not (words & lex.higher_is_better and words & lex.lower_is_better) \
            else None
        if way:
            out.append(Claim(d.polar, d.a, "move", way, d.nums, d.own, d.words, d.subject, d.near))
    return out
