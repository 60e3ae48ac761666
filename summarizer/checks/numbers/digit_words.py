"""NUM018: a figure in words given another size. "expects EPS to grow at a double-digit rate"
where the source expects "a mid-single-digit percentage"; "single-digit growth" where the source
says "double-digit". Such words are figures too: the summary's size word is wrong when the
source gives only the other one."""

from __future__ import annotations

import re

from ...findings import Finding
from ...text import Document
from .context import _content_stems

_SIZE = re.compile(r"\b(?:(?:low|mid|high)[- ])?(single|double|triple)[- ]digits?\b", re.IGNORECASE)


def _sizes(text: str) -> set[str]:
    return {m.group(1).lower() for m in _SIZE.finditer(text)}


def _around(text: str, m: re.Match) -> set[str]:
    lo, hi = max(0, m.start() - _REACH), min(len(text), m.end() + _REACH)
    return set(_content_stems(text, lo, m.start())[-3:] + _content_stems(text, m.end(), hi)[:3])


_REACH = 40


def digit_word_findings(text: str, source: Document) -> list[Finding]:
    """NUM018 findings for each size word of `text` the source never uses, where it uses
    another."""
    mine = list(_SIZE.finditer(text))
    if not mine:
        return []
    theirs = source.memo("numbers.digit_words", lambda d: _sizes(d.text))
    out = []
    for m in mine:
        size = m.group(1).lower()
        if not theirs or size in theirs:
            continue
        # The source's size word about the same thing: a word around both ("grow at a
        # double-digit rate" / "grow by a mid-single-digit percentage"), not a size the source
        # gives something else ("severity trends in the high single digits").
        near = _around(text, m)
        at = next((t for t in _SIZE.finditer(source.text) if near & _around(source.text, t)), None)
        if at is None:
            continue
        out.append(Finding.at(text, m.start(), m.end(), "number",
                              f"the source says {at.group()}, not {m.group()}",
                              source.sentence_text(at.start()), code="NUM018"))
    return out
