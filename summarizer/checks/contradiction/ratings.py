"""CON011: a rating move said the wrong way. "Fitch raised Halvard to BB+ from BBB-" (BB+ is below
BBB- on the scale: a downgrade), or "Fitch upgraded Halvard to BB+" where the source moves it from
BBB- to BB+. The scale tells the direction (summarizer/parsing/ratings.py)."""

from __future__ import annotations

import re

from ...parsing.ratings import Move, moves
from ..base import CheckContext
from .polarity import Clash
from .view import View

_VERB = re.compile(r"\b(?P<down>cut|cuts|downgraded|downgrades|downgrading|lowered|lowers|slashed|"
                   r"demoted)\b|\b(?P<up>raised|raises|upgraded|upgrades|upgrading|lifted|lifts|"
                   r"promoted)\b", re.IGNORECASE)
# One of these is in every match of _VERB.
_VERB_KEYS = ("cut", "downgrad", "lower", "slashed", "demoted", "raise", "upgrad", "lift",
              "promoted")
_TO = re.compile(r"[^.;]{0,80}?\bto\s+['\u2018\u2019\"\u201c]?(?P<code>[A-Z][A-Za-z]{0,3}[1-3+-]?)(?![\w+-])")


def _way(move: Move) -> str:
    return "down" if move.notches > 0 else "up"


def _rating_clashes(ctx: CheckContext, summ: View, src: View) -> list[Clash]:
    text = ctx.summary.text
    if not ctx.summary.may_contain(*_VERB_KEYS) or not _VERB.search(text):
        return []
    theirs = ctx.source.memo("rating_moves", lambda d: moves(d.text))
    out = []
    for v in _VERB.finditer(text):
        said = "down" if v.group("down") else "up"
        s0, s1 = ctx.summary.sentence_span(v.start())
        to = _TO.match(text, v.end(), s1)
        if to is None:
            continue
        own = [m for m in moves(text, v.end(), min(s1, v.end() + 200)) if m.start - v.end() <= 80]
        if own:
            move, where = own[0], "the summary"
        else:
            named = [m for m in theirs if m.new == to.group("code")]
            if not named:
                continue
            move, where = named[0], "the source"
        if _way(move) == said:
            continue
        way = "a downgrade" if _way(move) == "down" else "an upgrade"
        evidence = ctx.source.sentence_text(move.start) if where == "the source" else ""
        if where == "the source":
            message = (f"the summary says {v.group()!r}, but the source moves the rating from "
                       f"{move.old} to {move.new}, {way}")
        else:
            message = f"the summary says {v.group()!r}, but a move from {move.old} to {move.new} is {way}"
        out.append(Clash(v.start(), v.end(), v.group(), f"from {move.old} to {move.new}", evidence,
                         message))
    return out
