"""Words the summary spells out that the source gives as an acronym: "annual recurring revenue
grew 24%" where the source has "ARR ... rose 24%". The summary's words are then the source's own
for that figure, not another figure's subject."""

from __future__ import annotations

import re

from .matching import _Source

_ACRONYM = re.compile(r"\b[A-Z]{2,5}(?:s\b|\b)")


def spelled_out(words: list[str], src: _Source, matches: list[int]) -> frozenset[str]:
    """The stems of `words` (a summary clause's content stems, in order) whose initials spell an
    acronym in the sentences of the source figures `matches`. Each sentence's acronyms are read
    once per source; a call looks up the clause's own runs of two to five initials."""
    if len(words) < 2:
        return frozenset()
    initials = "".join(w[0] for w in words)
    found = src.doc.memo("numbers.acronyms", lambda d: {})
    out: set[str] = set()
    for si in {src.sentence_of[i] for i in matches}:
        if si < 0:
            continue
        acronyms = found.get(si)
        if acronyms is None:
            start, end = src.doc.sentences[si]
            acronyms = found[si] = frozenset(
                m.group().rstrip("s").lower() for m in _ACRONYM.finditer(src.doc.text, start, end))
        if not acronyms:
            continue
        for k in range(len(initials) - 1):
            for n in range(2, min(5, len(initials) - k) + 1):
                if initials[k:k + n] in acronyms:
                    out.update(words[k:k + n])
    return frozenset(out)
