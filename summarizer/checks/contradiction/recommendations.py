"""CON022: an analyst's recommendation move said the wrong way or to the wrong grade. "Priya
Raman upgraded the stock to 'buy'" where the source has her cut her rating "to 'neutral' from
'buy'". Recommendations sit on one scale (sell < hold < buy and their synonyms); the source's move
is read from its new and old grades, the summary's from its verb and its new grade."""

from __future__ import annotations

import re
from typing import NamedTuple

from ..base import CheckContext
from .polarity import Clash
from .ratings import _VERB  # a move of a grade is said with the verbs of a rating move
from .view import View

# The three steps of a stock recommendation, with the words brokers use for each.
_GRADES = {
    **dict.fromkeys(("sell", "underperform", "underweight", "reduce", "strong sell"), 1),
    **dict.fromkeys(("hold", "neutral", "equal-weight", "equal weight", "market perform",
                     "sector perform", "in-line", "in line", "peer perform", "market-perform",
                     "sector-perform"), 2),
    **dict.fromkeys(("buy", "outperform", "overweight", "accumulate", "add", "strong buy",
                     "conviction buy"), 3),
}
_GRADE = "|".join(sorted((re.escape(g).replace(r"\ ", r"[\s-]") for g in _GRADES), key=len,
                         reverse=True))
_Q = r"['\u2018\u2019\"\u201c\u201d]?"
# After the verb, within the clause: "... to 'neutral' from 'buy'", "... to buy".
_TO = re.compile(rf"[^.;]{{0,70}}?\bto\s+(?:an?\s+)?{_Q}(?P<new>{_GRADE}){_Q}"
                 rf"(?:\s+(?:rating|recommendation))?(?:[^.;]{{0,30}}?\bfrom\s+(?:an?\s+)?{_Q}"
                 rf"(?P<old>{_GRADE}){_Q})?", re.IGNORECASE)
_SUBJECT = re.compile(r"\b(?:rating|recommendation|stock|shares|call)\b", re.IGNORECASE)
_NAME = re.compile(r"\b[A-Z][a-z]+(?:[A-Z][a-z]+)?\b")


class _Move(NamedTuple):
    start: int  # the verb
    end: int
    way: str  # "up" or "down", by the verb
    new: int
    old: int | None
    text: str


def _norm(word: str) -> str:
    return " ".join(word.lower().replace("-", " ").split())


_BY_NORM = {_norm(g): step for g, step in _GRADES.items()}


def _grade(word: str) -> int:
    return _BY_NORM.get(_norm(word), 0)


def _moves(text: str, lo: int = 0, hi: int | None = None) -> list[_Move]:
    out = []
    for v in _VERB.finditer(text, lo, len(text) if hi is None else hi):
        to = _TO.match(text, v.end())
        if to is None or not _SUBJECT.search(text, v.start(), to.start("new")):
            continue
        new = _grade(to.group("new"))
        old = _grade(to.group("old")) if to.group("old") else None
        if not new or old == 0:
            continue
        out.append(_Move(v.start(), v.end(), "down" if v.group("down") else "up", new, old,
                         text[v.start():to.end()]))
    return out


def _names(text: str) -> set[str]:
    return {w for w in _NAME.findall(text) if len(w) > 2}


def _recommendation_clashes(ctx: CheckContext, summ: View, src: View) -> list[Clash]:
    text = ctx.summary.text
    if not _VERB.search(text) or not re.search(_GRADE, text, re.IGNORECASE):
        return []
    theirs = ctx.source.memo("contradiction.recommendations", lambda d: _moves(d.text))
    if not theirs:
        return []
    out = []
    for mine in _moves(text):
        s0, s1 = ctx.summary.sentence_span(mine.start)
        names = _names(text[s0:s1])
        # The source move of the analyst or broker the summary names (or the only one).
        pool = [t for t in theirs if names & _names(ctx.source.sentence_text(t.start))] \
            if len(theirs) > 1 else theirs
        if len(pool) != 1:
            continue
        t = pool[0]
        way = t.way if t.old is None else ("up" if t.new > t.old else "down")
        if t.old is not None and t.new == t.old:
            continue
        if way != mine.way or mine.new != t.new:
            grades = f"to {ctx.source.text[t.start:t.start + len(t.text)].split(' to ', 1)[-1]}"
            out.append(Clash(mine.start, mine.start + len(mine.text), mine.text, grades,
                             ctx.source.sentence_text(t.start),
                             f"the summary says {mine.text!r}, but the source moves the "
                             f"recommendation {grades}"))
    return out
