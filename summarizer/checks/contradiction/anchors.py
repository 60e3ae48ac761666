"""What ties a summary claim to source statements (CON001): the words near its trigger that name
what moved, and the source sentences that hold them."""

from __future__ import annotations

import re

from .guards import _PREV_WORD
from .view import STOP, Claim, View

# Words near a trigger that say nothing of what moved ("its weakest pace since mid-2021").
_NO_ANCHOR = frozenset(["sinc", "mid", "earli", "late", "about", "around", "near", "almost", "both",
                        # verbs that join a cause to its effect ("fees offset a fall"): no subject
                        "offset", "help", "driven", "drove", "weigh", "boost"])


# Who expects a move is no anchor of what moved ("currency expected to trim about 3%").
_VERBAL = frozenset(["expect", "we", "our", "anticip", "see", "forecast"])


def _anchor_words(c: Claim, src: View) -> frozenset:
    near = c.near
    toks, i = c.a.tokens, c.polar.tok
    if i > 0 and toks[i - 1].low in _CAUSE_BEFORE:
        # "fell 1.6% on softer leisure demand": what is softer is the demand after it, not the
        # RevPAR before "on"
        near = near & {t.stem for t in toks[c.polar.tok_end:c.polar.tok_end + 4] if t.kind == "w"} \
            or near
    return frozenset(w for w in near if w not in _NO_ANCHOR and not src.generic(w))


_CAUSE_BEFORE = frozenset(["on", "amid", "despite"])


def _candidates(c: Claim, src: View, anchor: frozenset) -> set[int]:
    """Source sentences that may hold a statement anchored like `c`."""
    idxs = src.sentences_with_figures(c.nums, c.a.text)
    words = anchor | c.subject if c.axis == "trade" else anchor
    low = _low_of(c.a)
    for w in words:
        idxs |= src.occ(w, low.get(w, ""))
    return idxs


_LOW: tuple = (None, None)  # (analysis, its stem -> lower-case word): one block's, reused


def _low_of(a) -> dict:
    """Stem -> lower-case word (the last one written) of a block's words, built once per block
    (not once per claim: a block holds many)."""
    global _LOW
    got = _LOW
    if got[0] is not a:
        got = _LOW = (a, {t.stem: t.low for t in a.tokens if t.kind == "w"})
    return got[1]


def _told_elsewhere(c: Claim, src: View, anchor: frozenset, where: set[int]) -> bool:
    """Two of the claim's words stand together, its anchor among them, in a source sentence
    outside `where` that says it the claim's way ("higher sawn-wood prices", "revenue guidance is
    unchanged"): the statement about what moved is there, not in the one-word match."""
    words = c.near - _NO_ANCHOR
    other = words - anchor
    there = [k for k in _candidates(c, src, frozenset(c.near)) - where
             if anchor & (st := src.stems_of_sentence(k)) and len(words & st) >= 2]
    # ... and says it the summary's way there, in a statement or before the words ("higher
    # sawn-wood prices")
    if any((d.axis == c.axis and d.values & c.values or _held(c) and _held(d))
           and d.near & words for d in src.claims(there)):
        return True  # ("keeping revenue guidance" / "revenue guidance is unchanged": one way)
    rx = _ATTRIBUTIVE.get("up" if "up" in c.values else "down" if "down" in c.values else "")
    return rx is not None and any(
        any(w.startswith(o) for m in rx.finditer(src.doc.lower, *src.sentences[k])
            for w in re.split(r"[\s-]+", m.group(1)) for o in other) for k in there)


def _held(c: Claim) -> bool:
    return c.axis in ("move", "change") and bool(c.values & _HELD)


_HELD = frozenset(["keep", "flat"])


# A comparative before a noun states its move: "higher sawn-wood prices", "weaker demand".
_ATTRIBUTIVE = {
    "up": re.compile(r"\b(?:higher|rising|increased|stronger|firmer|bigger|larger)\s+((?:[\w-]+\s+){0,2}[\w-]+)"),
    "down": re.compile(r"\b(?:lower|falling|reduced|weaker|softer|smaller)\s+((?:[\w-]+\s+){0,2}[\w-]+)"),
}


def attributive_agrees(text: str, start: int, values: frozenset, sentence: str) -> bool:
    """The word right before the trigger ("inventory rose") stands in the evidence sentence after
    a comparative of the claim's way ("the decline reflects higher inventory"): the source says
    so there too."""
    rx = _ATTRIBUTIVE.get("up" if "up" in values else "down" if "down" in values else "")
    prev = _PREV_WORD.search(text, max(0, start - 30), start)
    if rx is None or prev is None or len(prev.group(1)) < 4:
        return False
    word = prev.group(1).lower()
    return any(word in m.group(1).split() for m in rx.finditer(sentence.lower()))


def _of_other_noun(d: Claim, c: Claim) -> bool:
    """ "record volumes and lower costs meant gross margin was $141 million": a move word
    before a noun the claim does not name moves that noun, not the clause's figure."""
    toks, i = d.a.tokens, d.polar.tok_end
    if d.own or i >= len(toks) or toks[i].kind != "w" or toks[i].low in _NOT_NOUN \
            or toks[i].stem in STOP:
        return False
    return toks[i].stem not in c.words


_NOT_NOUN = frozenset(["than", "by", "to", "from", "in", "at", "on", "as", "and", "or", "for",
                       "of", "after", "before", "over", "again", "sharply", "slightly",
                       "further", "more", "less", "steadily", "year", "while"])
