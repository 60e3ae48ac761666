"""CON001 for junk against investment grade: "the utility, which was cut to junk status in
November" where the source says it "was downgraded by one notch to BBB- ... leaving it one step
above junk". A rating's grade is told across the story: the summary's grade meets every grade
the source gives, unless the source quotes several agencies, when it meets only the grades of
the agency its own sentence names ("Moody's lowered it to Ba1, a junk rating" against "S&P rates
it BBB-, one notch above junk").

CON015, in the same family: a rating outlook given as another (stable for negative), read by
agency when the source quotes several."""

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


# CON015: a rating outlook given as another: "Fitch ... assigning a stable outlook" where the
# source says "The outlook on the rating is negative, Fitch said" (stable is S&P's).
_OUTLOOK = re.compile(r"\b(stable|negative|positive|developing)\s+outlook\b|\boutlook\s+(?:on\s+"
                      r"(?:the|its)\s+rating\s+)?(?:is|was|remains|of|to|at)\s+(stable|negative|"
                      r"positive|developing)\b|\b(?:kept|keeps|keeping|maintained|maintains|left|"
                      r"leaves|held|holds)\s+(?:the\s+|its\s+)?outlook\s+(stable|negative|positive|"
                      r"developing)\b", re.IGNORECASE)  # "kept the outlook negative"


def _outlooks(doc) -> list[tuple[str, set[str], int]]:
    """(outlook, agencies of its sentence, offset) of each outlook the source states."""
    def build(d):
        out = []
        for s, e in d.sentences:
            for m in _OUTLOOK.finditer(d.text, s, e):
                # The agency nearest before the outlook in its sentence, else any of it.
                near = _agencies(d.text[max(s, m.start() - 80):m.end()]) or _agencies(d.text[s:e])
                out.append((next(g for g in m.groups() if g).lower(), near, m.start()))
        return out

    return doc.memo("contradiction.outlooks", build)


def _outlook_clashes(ctx, summ, src):
    from .polarity import Clash  # polarity imports this module

    text = ctx.summary.text
    found = list(_OUTLOOK.finditer(text))
    if not found:
        return []
    theirs = _outlooks(ctx.source)
    agencies = _agencies(ctx.source.text)
    out = []
    for m in found:
        if ctx.overlaps_excluded(m.start(), m.end()):
            continue
        mine = next(g for g in m.groups() if g).lower()
        s0, _ = ctx.summary.sentence_span(m.start())
        who = _agencies(text[s0:m.end()])
        if len(agencies) > 1:
            if not who:
                continue  # several agencies, and the summary names none
            said = [t for t in theirs if who & t[1]]
        else:
            said = theirs
        if not said or any(t[0] == mine for t in said):
            continue
        other = said[0]
        k = ctx.source.sentence_index(other[2])
        out.append(Clash(m.start(), m.end(), m.group(), f"{other[0]} outlook",
                         ctx.source.text[slice(*ctx.source.sentences[k])],
                         f"the summary says {m.group()!r}, but in the source the outlook is "
                         f"{other[0]}"))
    return out
