"""Words the summary spells out that the source gives as an acronym: "annual recurring revenue
grew 24%" where the source has "ARR ... rose 24%". The summary's words are then the source's own
for that figure, not another figure's subject."""

from __future__ import annotations

import re

from .matching import _Source

_ACRONYM = re.compile(r"\b[A-Z]{2,5}(?:s\b|\b)")


def spelled_out(words: list[str], src: _Source, matches: list[int]) -> frozenset[str]:
    """The stems of `words` (a summary clause's content stems, in order) whose initials spell an
    acronym in the sentences of the source figures `matches`."""
    if len(words) < 2:
        return frozenset()
    initials = "".join(w[0] for w in words)
    out: set[str] = set()
    for si in {src.sentence_of[i] for i in matches}:
        if si < 0:
            continue
        start, end = src.doc.sentences[si]
        for m in _ACRONYM.finditer(src.doc.text, start, end):
            acr = m.group().rstrip("s").lower()
            k = initials.find(acr)
            while k >= 0:
                out.update(words[k:k + len(acr)])
                k = initials.find(acr, k + 1)
    return frozenset(out)
