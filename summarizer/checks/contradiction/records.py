"""CON012: a record the source bounds. "the largest fine ever imposed by the FCA on a UK bank"
where the source says "the largest the FCA has imposed on a UK bank ... since 2021"; "an all-time
high" for "the highest since 2008"; "a record quarter" for "our best first quarter in four
years". The summary's superlative is unbounded (ever, on record, in history, all-time, record),
and a source sentence that shares its words gives the same superlative with "since" a date or
"in" a span of years."""

from __future__ import annotations

import re

from ...text import stem
from ..base import CheckContext
from .polarity import Clash
from .view import View

_SUPERLATIVE = r"(?P<sup>(?:largest|biggest|highest|lowest|smallest|strongest|weakest|best|worst|" \
               r"steepest|sharpest|fastest|slowest|deepest|longest|most|least))"
# "the largest ever", "the highest on record", "an all-time high", "a record high", "the
# biggest ... in its history".
_EVER = re.compile(
    rf"\b{_SUPERLATIVE}\b(?:\s+[\w-]+){{0,3}}?\s+(?:ever|on\s+record|in\s+(?:its\s+)?history)\b"
    r"|\b(?P<tag>all-time|record)\s+(?P<level>high|low|highs|lows)\b"
    # "a record quarter for postpaid growth": a record is the best
    r"|\b(?P<best>record)\s+(?:first[- ]|second[- ]|third[- ]|fourth[- ])?(?:quarter|year|half|"
    r"month|week|profit|revenue|sales|earnings|growth|result)s?\b", re.IGNORECASE)
# "the highest since 2008", "our best first quarter in four years"
_SINCE = re.compile(rf"\b{_SUPERLATIVE}\b[^.;]{{0,80}}?\b(?:since\s+(?P<when>[^,.;]{{2,30}})|"
                    r"in\s+(?P<span>(?:(?:more\s+than|over|nearly|almost|about)\s+)?(?:\d+|a|two|"
                    r"three|four|five|six|seven|eight|nine|ten|a\s+dozen)\s+(?:years?|months?|"
                    r"quarters?|decades?|weeks?))|(?P<year>of\s+the\s+year|this\s+year|so\s+far\s+"
                    r"this\s+year))", re.IGNORECASE)
_LEVEL = {"high": "highest", "highs": "highest", "low": "lowest", "lows": "lowest"}
_WORD = re.compile(r"[a-z][a-z'-]{2,}|\d[\d.,]*\d")  # a shared figure says it is the same level
_STOP = frozenset(["the", "and", "for", "was", "were", "its", "has", "have", "had", "that", "with",
                   "from", "this", "than", "ever", "record", "since"])
MIN_SHARED = 2
_INCEPTION = re.compile(r"\b(?:began|begun|started|launched|listed|listing|inception|creation|"
                        r"records?\s+began|was\s+(?:founded|created|formed|introduced))\b",
                        re.IGNORECASE)


def _words(text: str) -> set[str]:
    return {stem(w) for w in _WORD.findall(text.lower()) if w not in _STOP}


def _record_clashes(ctx: CheckContext, summ: View, src: View) -> list[Clash]:
    text = ctx.summary.text
    found = list(_EVER.finditer(text))
    if not found:
        return []
    bounded = ctx.source.memo("contradiction.records", lambda d: list(_SINCE.finditer(d.text)))
    if not bounded:
        return []
    out = []
    for m in found:
        sup = (m.group("sup") or ("best" if m.group("best") else
                                  _LEVEL[m.group("level").lower()])).lower()
        s0, s1 = ctx.summary.sentence_span(m.start())
        mine = _words(text[s0:s1]) - {stem(sup)}
        for b in bounded:
            if b.group("sup").lower() != sup or b.group("when") and _INCEPTION.search(b.group("when")):
                continue  # "since the contract began trading": since there was one, a record
            evidence = ctx.source.sentence_text(b.start())
            if len(mine & _words(evidence)) < MIN_SHARED:
                continue
            said = text[m.start():m.end()]
            bound = f"since {b.group('when').strip()}" if b.group("when") else \
                f"in {b.group('span').strip()}" if b.group("span") else b.group("year").lower()
            out.append(Clash(m.start(), m.end(), said, b.group(), evidence,
                             f"the summary says {said!r}, but the source says only "
                             f"{sup} {bound}"))
            break
    return out
