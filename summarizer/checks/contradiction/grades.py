"""CON001 for junk against investment grade: "the utility, which was cut to junk status in
November" where the source says it "was downgraded by one notch to BBB- ... leaving it one step
above junk". A rating's grade is told across the story: the summary's grade meets every grade
the source gives, unless the source quotes several agencies, when it meets only the grades of
the agency its own sentence names ("Moody's lowered it to Ba1, a junk rating" against "S&P rates
it BBB-, one notch above junk")."""

from __future__ import annotations

import re

from ...parsing.directions import opposite
from .view import Claim, View

_AGENCY = re.compile(r"\b(moody|s&p|standard\s*&\s*poor|fitch|dbrs|r&i|jcr|scope)", re.IGNORECASE)


def _agencies(text: str) -> set[str]:
    return {m.group(1).lower().replace("standard & poor", "s&p").replace(" ", "")
            for m in _AGENCY.finditer(text)}


# "stripping the company of its investment-grade status", "lost its investment-grade rating".
_LOST = re.compile(r"\b(?:strip(?:s|ped|ping)?|lost|los(?:es|ing)|cost\s+it)\b[^.;]{0,40}$",
                   re.IGNORECASE)
_JUNK = frozenset(["junk"])


def _values(d: Claim) -> frozenset:
    """The grade the source statement gives, a lost investment grade being junk."""
    s = d.a.segment_span(d.polar.segment)[0]
    if "investment" in d.values and _LOST.search(d.a.text[max(0, s - 20):d.polar.start]):
        return _JUNK
    return d.values


def judge_grade(c: Claim, src: View):
    every = src.doc.memo("contradiction.grades", lambda _d: [
        d for d in src.claims(src.with_triggers(range(len(src.sentences)), "grade"))
        if d.axis == "grade"])
    if len(_agencies(src.text)) > 1:
        s, e = c.a.segment_span(c.polar.segment)
        mine = _agencies(c.a.text[max(0, s - 200):e])
        every = [d for d in every if mine & _agencies(
            src.text[slice(*src.sentences[src.sentence_of(d.polar.start)])])]
    if every and all(opposite(c.values, _values(d)) for d in every):
        return every[0]
    return None
