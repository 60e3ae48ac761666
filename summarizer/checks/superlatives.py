"""SUP004: a record or a superlative of history that the source never claims. "the adjusted
operating margin reached 27.4%, the highest in the company's history", "order backlog hit a record
$14.5 billion", "the largest round of job cuts announced by a German carmaker" where the source
gives the figures but calls nothing a record, a high or the largest: an overstatement a language
model adds to a faithful figure.

The summary calls something a record ("a record", "record high", "all-time", "first-ever") or
the largest, highest, best... "in its history", "ever", "in a decade", "since 2015", "by a
German carmaker"; no source sentence that ranks anything ("record", "largest", "highest", "since
2019", "in five years", ...) shares a word with the claim's sentence or the words around it ("a
record backlog" is not judged by "our strongest business"). Where the source ranks the same thing, the
contradiction check (CON012) judges the claim against it instead.

A rank among others ("the most profitable private railway in the Kansai region", "the highest
among its peers") needs a source ranking that names those others (the region, the peers): a
record of the company's own elsewhere in the source does not back it."""

from __future__ import annotations

import re

from ..findings import Finding
from ..text import stem
from .base import CheckContext

_SUPERLATIVE = (r"largest|biggest|highest|lowest|best|worst|strongest|weakest|steepest|"
                r"sharpest|deepest|fastest|slowest")
_CLAIM = re.compile(
    r"\ba\s+record\b|\brecord[- ](?:highs?|lows?|levels?|quarter|year|profits?|revenues?|sales|"
    r"margins?|results?|earnings|backlog|numbers?|amounts?|volumes?|orders?|\$?\d)"
    r"|\bfirst-ever\b|\ball-time\b"
    rf"|\b(?:{_SUPERLATIVE})\b[^.;:\n]{{0,60}}?\b(?:in\s+(?:the\s+)?(?:company['\u2019]s\s+|its\s+|"
    r"company\s+|their\s+)?history|ever\b|on\s+record|in\s+(?:more\s+than\s+|over\s+|almost\s+|"
    r"nearly\s+)?(?:a\s+decade|\w+\s+(?:years|decades))|since\s+\d{4}|by\s+an?\s+[A-Z]\w+|"
    r"of\s+the\s+year|(?:so\s+far\s+)?this\s+year|to\s+date|(?:has|have)\s+(?:ever\s+)?"
    r"(?:imposed|levied|handed\s+down|issued|made|seen|recorded))"
    # a rank among others: "the most profitable private railway in the Kansai region"
    rf"|\b(?:{_SUPERLATIVE}|most\s+[a-z]{{4,}})(?:\s+[a-z-]+){{0,4}}?\s+(?:in\s+(?:the\s+)?"
    r"(?:[A-Z][a-z]+\s+)+(?:region|market|sector|industry)|in\s+the\s+(?:region|industry|sector|"
    r"country|world)|among\s+(?:its\s+|their\s+)?(?:\w+\s+)?(?:peers|rivals|competitors))\b",
    re.IGNORECASE)
_SOURCE_RANKS = re.compile(
    rf"\b(?:record|all-time|history|historic|{_SUPERLATIVE}|most\s+[a-z]{{4,}}|first\s+time|"
    r"first-ever|ever|"
    r"since\s+\d{4}|in\s+(?:\w+\s+)?(?:years|decades)|"
    # "our first share repurchase program" (not "our first question", "its first quarter")
    r"(?:our|its|their)\s+first(?!\s+(?:quarter|half|nine|six|three|question|caller|call|"
    r"analyst))"
    r")\b", re.IGNORECASE)


def superlative_findings(ctx: CheckContext) -> list[Finding]:
    if ctx.source is None:
        return []
    text = ctx.summary.text
    found = [m for m in _CLAIM.finditer(text) if not ctx.overlaps_excluded(m.start(), m.end())]
    if not found:
        return []
    ranked = ctx.source.memo("support.ranks", _ranked_words)
    out = []
    for m in found:
        s0, s1 = ctx.summary.sentence_span(m.start())
        s0 = min(max(s0, m.start() - _SENTENCE), m.start() - _NEAR)  # bounded either way
        s1 = max(min(s1, m.end() + _SENTENCE), m.end() + _NEAR)
        near = {stem(w) for w in _WORD.findall(text, max(0, s0), s1)
                if w.lower() not in _STOP} - _RANK_STEMS
        if _QUARTER.match(text, m.end()):
            near.add(_QUARTER_STEM)  # "a record Q2" ranks the source's "record quarter"
        among = _AMONG.search(m.group())
        if among is not None:
            # "the most profitable railway in the Kansai region": a rank among others needs a
            # source ranking that names those others (the region, the peers)
            near = {stem(w) for w in _WORD.findall(among.group()) if w.lower() not in _STOP} \
                - _PLACE_WORDS or near
        if near & ranked:
            continue  # the source ranks this thing: CON012's business
        what = "ranks it among others" if among is not None else \
            "calls nothing a record or ranks it in history"
        out.append(Finding.at(text, m.start(), m.end(), "unsupported",
                              f"the source {what}: '{m.group()}' is not there", None, "error",
                              "SUP004"))
    return out


_WORD = re.compile(r"[A-Za-z][A-Za-z'-]{3,}")
_AMONG = re.compile(r"\b(?:in\s+(?:the\s+)?(?:[A-Z][a-z]+\s+)+(?:region|market|sector|industry)|"
                    r"among\s+.+)$")
_PLACE_WORDS = frozenset(stem(w) for w in ["region", "market", "sector", "industry", "among",
                                           "their"])
_QUARTER = re.compile(r"\s+[Qq][1-4]\b")
_QUARTER_STEM = stem("quarter")
_SENTENCE = 300  # characters of the claim's sentence read either side
_NEAR = 60  # characters either side of the claim, past its sentence, that say what it ranks
_STOP = frozenset(["record", "with", "that", "this", "from", "than", "their", "they", "which",
                   "have", "were", "into", "over", "ever", "history", "company", "company's"])
_RANK_STEMS = frozenset(stem(w) for w in _SUPERLATIVE.split("|") + ["record", "history", "ever"])


def _ranked_words(doc) -> frozenset[str]:
    """The stems of the source sentences that rank something (a record, a superlative...)."""
    out: set[str] = set()
    for s, e in doc.sentences:
        if _SOURCE_RANKS.search(doc.text, s, e):
            out.update(stem(w) for w in _WORD.findall(doc.text, s, e) if w.lower() not in _STOP)
    return frozenset(out - _RANK_STEMS)
