"""ENT016: the lead part given to another party the source names. "The round was led by Nordvik
Ventures" where the source's round "was led by London-based growth investor Halvard Capital, with
participation from existing backers Nordvik Ventures": both names are in the source, so no other
entity rule sees it, and the clause is too short for the word-overlap swap rule (ENT014).

The summary says something was led (co-led, headed, spearheaded, anchored) by a name; the source
says something was led by other names, shares a word with the summary's clause there, and never
says the summary's name led it."""

from __future__ import annotations

import re

from ...findings import Finding
from ...parsing.names import parse_names
from ...text import stem
from ..base import CheckContext
from .index import _key

_LED = re.compile(r"\b(?:led|co-led|headed|spearheaded|anchored)\s+by\s+"
                  r"(?:(?:the\s+)?(?:[a-z][\w-]*\s+){0,4}?)(?=[A-Z])")
_WORD = re.compile(r"[a-z]{4,}")
_STOP = re.compile(r",\s+(?:with|while|which|who|and\s+(?:the|its|a))\b|[;.:]\s")
_INDEX = "entities.leaders"


def _leaders(text: str) -> list[tuple[int, frozenset[str], frozenset[str], str]]:
    """(offset, keys of the names that lead, stems of the words before, the first name) for
    each "led by"."""
    out = []
    for m in _LED.finditer(text):
        window = text[m.end():m.end() + 80]
        stop = _STOP.search(window)
        window = window[:stop.start()] if stop else window
        names = [n for n in parse_names(window) if window[n.end:n.end + 1] != "-"]  # "London-based"
        if not names:
            continue
        # every name up to the clause's end: "led by Canadian pension fund Northgate", "co-led
        # by A and B"
        keys = {_key(t) for n in names for t in n.tokens}
        head = text[max(0, m.start() - 80):m.start()].lower()
        out.append((m.start(), frozenset(keys), frozenset(stem(w) for w in _WORD.findall(head)),
                    names[-1].text))
    return out


def leader_findings(ctx: CheckContext) -> list[Finding]:
    text = ctx.summary.text
    if ctx.source is None or "by" not in text:
        return []
    mine = _leaders(text)
    if not mine:
        return []
    theirs = ctx.source.memo(_INDEX, lambda d: _leaders(d.text))
    if not theirs:
        return []
    low = ctx.source.lower
    out = []
    for (_, keys, head, _), m in zip(mine, _LED.finditer(text)):
        if any(keys & k for _, k, _, _ in theirs):
            continue  # the source has this name lead something
        window = text[m.end():m.end() + 80]
        name = next(n for n in parse_names(window) if window[n.end:n.end + 1] != "-")
        if not all(t.lower() in low for t in name.tokens):
            continue  # a name the source lacks: the unknown-name rule's business
        rival = next(((o, who) for o, _, h, who in theirs if head & h), None)
        if rival is None or ctx.overlaps_excluded(m.end() + name.start, m.end() + name.end):
            continue
        led = ctx.source.sentence_text(rival[0])
        out.append(Finding.at(text, m.end() + name.start, m.end() + name.end, "entity",
                              f"the source says {rival[1]} led this, not {name.text}", led,
                              code="ENT016"))
    return out
