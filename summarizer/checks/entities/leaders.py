"""ENT016: the lead part given to another party the source names. "The round was led by Nordvik
Ventures" where the source's round "was led by London-based growth investor Halvard Capital, with
participation from existing backers Nordvik Ventures": both names are in the source, so no other
entity rule sees it, and the clause is too short for the word-overlap swap rule (ENT014).

The summary says something was led (co-led, headed, spearheaded, anchored) by a name; the source
says something was led by other names, shares a word with the summary's clause there, and never
says the summary's name led it."""

from __future__ import annotations

import re
from typing import NamedTuple

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


class _Led(NamedTuple):
    """One "led by": where it is, the keys of every name up to its clause's end, the stems of
    the words before it, and the leader (the last of those names) with its offsets."""

    at: int
    keys: frozenset[str]
    head: frozenset[str]
    who: str
    start: int
    end: int
    tokens: tuple[str, ...]


def _leaders(text: str) -> list[_Led]:
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
        keys = frozenset(_key(t) for n in names for t in n.tokens)
        head = text[max(0, m.start() - 80):m.start()].lower()
        who = names[-1]
        out.append(_Led(m.start(), keys, frozenset(stem(w) for w in _WORD.findall(head)),
                        who.text, m.end() + who.start, m.end() + who.end, who.tokens))
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
    for led in mine:
        if any(led.keys & t.keys for t in theirs):
            continue  # the source has this name lead something
        if not all(t.lower() in low for t in led.tokens):
            continue  # a name the source lacks: the unknown-name rule's business
        rival = next((t for t in theirs if led.head & t.head), None)
        if rival is None or ctx.overlaps_excluded(led.start, led.end):
            continue
        out.append(Finding.at(text, led.start, led.end, "entity",
                              f"the source says {rival.who} led this, not {led.who}",
                              ctx.source.sentence_text(rival.at), code="ENT016"))
    return out
