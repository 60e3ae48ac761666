"""NUM008 for a figure whose digits are the source's in another order, told about the same
thing: "about 87% of the voting power" where the source's co-founders "will control about 78% of
the combined voting power". A transposition is a slip even when some sum or difference of other
source figures happens to give the summary's figure (the derived-figure search would excuse it)."""

from __future__ import annotations

import re

from ...parsing.quantities import Quantity
from ...text import Document
from .context import _content_stems
from .matching import _Source, dimension
from .swaps import _digits

_SHARED = 2  # content words the summary sentence and the source figure's sentence share


def transposed(q: Quantity, summary: Document, src: _Source) -> Quantity | None:
    """The source figure `q` transposes (same dimension and currency, the same digits in another
    order, two digits or more), when its sentence shares words with the summary's; else None."""
    mine = _digits(q)
    if len(mine) < 2 or q.kind != "number":
        return None
    dq = dimension(q)[0]
    said = None
    index = src.doc.memo(_INDEX, lambda d: _by_digits(src))
    for s in index.get("".join(sorted(mine)), ()):
        if _digits(s) == mine or s.kind != "number" or dimension(s)[0] != dq \
                or s.currency != q.currency:
            continue
        if said is None:
            said = _around(summary.text, q, *summary.sentence_span(q.start))
        if len(said & _around(src.doc.text, s, *src.doc.sentence_span(s.start))) >= _SHARED:
            return s
    return None


_INDEX = "numbers.transposed.by_digits"


def _by_digits(src: _Source) -> dict[str, list[Quantity]]:
    """The source's figures by their digits in sorted order (built once per source)."""
    out: dict[str, list[Quantity]] = {}
    for s in src.quantities:
        out.setdefault("".join(sorted(_digits(s))), []).append(s)
    return out


def _around(text: str, q: Quantity, s0: int, s1: int) -> set[str]:
    """The content stems right around a figure, in its sentence: what it is a figure of."""
    lo = max(s0, q.start - _REACH)
    lo = max((m.end() for m in _BREAK.finditer(text, lo, q.start)), default=lo)  # since the
    # last comma or figure before it
    end = _BREAK.search(text, q.end, min(s1, q.end + _REACH))
    return set(_content_stems(text, lo, q.start)[-3:]
               + _content_stems(text, q.end, end.start() if end else min(s1, q.end + _REACH))[:4])


_BREAK = re.compile(r"[,;:()]|\d")


_REACH = 60  # characters read either side of a figure
