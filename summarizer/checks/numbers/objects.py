"""NUM004, a price given another deal's object: "will pay C$1.6 billion for a 45% stake in the
Lakeshore Express" where the source pays C$2.6 billion for the Lakeshore Express stake and
C$1.6 billion for two transmission companies. The summary names what the amount pays for
(the names after "for", "in" or "of" up to the next figure); the source sentences that give
this amount name none of it, while another source sentence names it with another amount of
the same currency."""

from __future__ import annotations

import re

from ...parsing.quantities import Quantity
from ...text import Document
from .figures import figures
from .matching import _same_money, _Source, dimension

# What an amount buys or is spent on, right after it: "for a 45% stake in the Lakeshore Express"
_OBJECT = re.compile(r"\s+(?:for|to\s+(?:buy|acquire))\s+(?:(?!,\s+(?:while|but|whereas|as)\b)[^.;:]){0,80}")
_NAME = re.compile(r"\b[A-Z][a-z]{2,}(?:[ -][A-Z][a-z]{2,})+\b")


def named_elsewhere(q: Quantity, summary: Document, src: _Source, matches: list[int],
                    quantities: list[Quantity]):
    """The source amount that pays for what the summary's amount `q` is said to pay for, or None."""
    if dimension(q)[0] != "cur" or q.high is not None:
        return None
    s1 = summary.sentence_span(q.start)[1]
    m = _OBJECT.match(summary.text, q.end, s1)
    if m is None:
        return None
    end = min((o.start for o in quantities if m.start() < o.start < m.end()
               and dimension(o)[0] == "cur"), default=m.end())
    names = {n.group() for n in _NAME.finditer(summary.text, m.start(), end)}
    if not names:
        return None
    doc = src.doc
    mine = {src.sentence_of[i] for i in matches}
    if any(n in doc.sentence_text(src.quantities[i].start) for i in matches for n in names):
        return None  # the source says what this amount pays for in the summary's words
    found = None
    for k, o in enumerate(src.quantities):
        si = src.sentence_of[k]
        if si in mine or k in matches or dimension(o)[0] != "cur" or not _same_money(o, q) \
                or o.high is not None or abs(o.value - q.value) < 1e-9:
            continue
        if any(n in doc.sentence_text(o.start) for n in names):
            if found is not None and found.value != o.value:
                return None  # two rival amounts: no telling which
            found = o
    return found


# A clause starts after one of these: the figure's subject is named between it and the figure.
_CLAUSE_START = re.compile(r"[.;:\n(]\s*|\s(?:and|while|whereas|but)\s(?![A-Z])|,\s")
_RARE = 2  # a name in more source sentences than this names the story, not one segment of it
_CLAUSE_REACH = 200  # characters before a figure read for its clause's names
_LEDE = 2  # the source's first sentences (headline, lede)


def subject_elsewhere(q: Quantity, summary: Document, src: _Source, matches: list[int],
                      quantities: list[Quantity]):
    """NUM004, two segments' figures given crosswise: "Completion and Production ... a 19.6%
    operating margin; Drilling and Evaluation ... 17.8%" where the source gives Completion and
    Production 17.8% and Drilling and Evaluation 19.6%. The names in the summary's clause before
    the figure are in none of the source sentences that give it, and few source sentences (not
    the lede's); those sentences give it to another segment the summary names elsewhere; one
    rival figure of its kind and size stands in the sentences that name the clause's segment,
    told in the summary's words around the figure ("margin")."""
    if q.high is not None or not matches:
        return None
    text = summary.text
    s0 = max(summary.sentence_span(q.start)[0], q.start - _CLAUSE_REACH)  # bounded per figure
    lo = max([m.end() for m in _CLAUSE_START.finditer(text, s0, q.start)] or [s0])
    figs = figures(summary, quantities)
    near = figs.between(lo, q.start) if figs.ordered else \
        [o for o in quantities if lo <= o.start < q.start]  # bounded: no scan of every figure
    if any(o is not q and o.end <= q.start and dimension(o)[0] == dimension(q)[0] for o in near):
        return None  # another figure of its kind between the name and this one
    if _SAID.search(text, lo, q.start):
        return None  # "Nordvik Bank's Karin Holm said losing 240,000 tonnes": a speaker
    names = {tuple(_CAPS.findall(n.group())) for n in _SEGMENT.finditer(text, lo, q.start)}
    if not names:
        return None
    doc = src.doc
    seen = doc.memo("numbers.segment_sentences", lambda _d: {})  # name -> its source sentences
    where = {}
    for n in names:
        if n not in seen:
            seen[n] = [k for k, (a, b) in enumerate(doc.sentences)
                       if all(re.search(rf"\b{w}\b", doc.text[a:b]) for w in n)]
        where[n] = seen[n]
    # A name of the lede is the story's own (the company), not one segment of it.
    if any(not ks or len(ks) > _RARE or ks[0] < _LEDE for ks in where.values()):
        return None
    mine = {src.sentence_of[i] for i in matches}
    if any(mine & set(ks) for ks in where.values()):
        return None
    # The source gives the figure to a segment of its own, which the summary names elsewhere
    # (it told both segments, crosswise), not in this clause.
    clause = text[lo:q.end]
    for k in mine:
        a, b = doc.sentences[k]
        own = [tuple(_CAPS.findall(n.group())) for n in _SEGMENT.finditer(doc.text, a, b)]
        if not any(n not in names and not all(w in clause for w in n)
                   and all(re.search(rf"\b{w}\b", text) for w in n) for n in own):
            return None
    theirs = set.intersection(*(set(ks) for ks in where.values()))
    words = set(_stems(text, max(s0, q.start - 40), q.start) + _stems(text, q.end, q.end + 30))
    found = None
    for k, o in enumerate(src.quantities):
        if src.sentence_of[k] not in theirs or dimension(o)[0] != dimension(q)[0] \
                or o.high is not None or abs(o.value - q.value) < 1e-9:
            continue
        if dimension(q)[0] == "cur" and not _same_money(o, q) or o.unit != q.unit \
                or not _near(o.value, q.value):
            continue
        if not words & set(_stems(doc.text, max(0, o.start - 40), o.start)):
            continue
        if found is not None and found.value != o.value:
            return None
        found = o
    return found


_WORDS = re.compile(r"[a-z]{4,}")


def _near(a: float, b: float) -> bool:
    a, b = sorted((abs(a), abs(b)))
    return a > 0 and b <= 5 * a
# A segment's name: "Completion and Production", "Completion & Production", "Climate Solutions"
_SEGMENT = re.compile(r"\b[A-Z][a-z]{2,}(?:(?:\s+(?:and|&|of)\s+|[ -])[A-Z][a-z]{2,})+\b")
_CAPS = re.compile(r"[A-Z][a-z]{2,}")
_SAID = re.compile(r"\b(?:said|says|told|estimat\w*|expect\w*|warn\w*|added|noted|argu\w*)\b")


def _stems(text: str, start: int, end: int) -> list[str]:
    return [w[:5] for w in _WORDS.findall(text.lower(), start, end)]
