"""ENT014: a name of the source put in another's place. "sold a 40% stake in its tower unit to
Helmsbach Bank" where the source sold it "to infrastructure fund Alpenbrook Partners" and
Helmsbach Bank is one of the bond's bookrunners. The name is in the source, so no other entity
rule sees it; what gives it away is the rest of its clause: the source sentence that holds most
of the clause's words (four or more, with a figure of the clause, or six) names another party of
the same sort after the same preposition ("to", "by", "from"...) and not this one, and no
sentence that names this one comes close."""

from __future__ import annotations

import re

from ...findings import Finding
from ...parsing.names import CONNECTORS, FUNCTION_WORDS, NameMention, _org_like
from ...text import stem
from ..base import CheckContext, clause_bounds
from .index import SourceIndex, _key

_WORD = re.compile(r"[a-z][a-z'-]{2,}|\d[\d.,]*\d|\d")
_CLAUSE_CUT = re.compile(r"[;:\u2014]|,\s|\s(?:while|whereas|but|and|which|who)\s")
_FIGURE = re.compile(r"\d")
# The preposition right before a name: the name's slot in its clause.
_SLOT = re.compile(r"\b(to|from|by|with|for|against|at)\s+(?:the\s+)?\Z", re.IGNORECASE)
MIN_SHARED = 4
MIN_SHARED_NO_FIGURE = 6


def _stems(text: str) -> frozenset[str]:
    return frozenset(stem(w) for w in _WORD.findall(text.lower()) if w not in FUNCTION_WORDS)


def _mentions(name: NameMention, text: str) -> bool:
    keys = [_key(t) for t in name.tokens if t.lower() not in CONNECTORS]
    low = text.lower()
    return any(k and k in low for k in keys)


def swap_finding(ctx: CheckContext, m: NameMention, si: SourceIndex,
                 names: list[NameMention]) -> Finding | None:
    """ENT014 for a supported summary name `m`, or None."""
    if m.kind != "name" or m.role:
        return None
    text = ctx.summary.text
    slot = _SLOT.search(text, max(0, m.start - 20), m.start)
    if slot is None:
        return None  # only a name a preposition introduces: "sold ... to X", "led by X"
    s0, s1 = ctx.summary.sentence_span(m.start)
    lo, hi = clause_bounds(text, s0, s1, m.start, m.end, _CLAUSE_CUT)
    others_here = [n for n in names if n is not m and lo <= n.start < hi]
    chunk = text[lo:m.start] + " " + text[m.end:hi]
    for n in others_here:
        chunk = chunk.replace(n.text, " ")
    mine = _stems(chunk) - {_key(t) for t in m.tokens}
    if len(mine) < MIN_SHARED:
        return None
    doc = ctx.source
    stems = doc.memo("entities.sentence_stems", lambda d: [_stems(d.text[s:e]) for s, e in d.sentences])
    scores = [len(mine & st) for st in stems]
    best = max(range(len(scores)), key=scores.__getitem__)
    a, b = doc.sentences[best]
    sentence = doc.text[a:b]
    figure = any(_FIGURE.match(w) for w in mine & stems[best])
    if scores[best] < (MIN_SHARED if figure else MIN_SHARED_NO_FIGURE) or _mentions(m, sentence):
        return None
    own = [scores[k] for k, (x, y) in enumerate(doc.sentences) if _mentions(m, doc.text[x:y])]
    if not own or max(own) >= scores[best] - 1:
        return None  # a sentence with this name says much the same
    # Of the same sort: two people, or two organisations named as such ("Helmsbach Bank",
    # "Alpenbrook Partners"), never a place, a dateline or a demonym.
    if m.is_person_like:
        same = NameMention.is_person_like.fget
    elif _org_like(m.tokens):
        def same(n):
            return _org_like(n.tokens)
    else:
        return None
    word = slot.group(1).lower()
    rivals = [n for n in si.sentence_names(best) if n.kind == "name" and same(n)
              and not _mentions(n, text[s0:s1])
              and re.search(rf"\b{word}\b(?:\s+\S+){{0,3}}\s*$", doc.text[max(a, n.start - 40):n.start],
                            re.IGNORECASE)]
    if len(rivals) != 1:
        return None
    return Finding.at(text, m.start, m.end, "entity",
                      f"the source has {rivals[0].text} here, not {m.text}", sentence,
                      code="ENT014")
