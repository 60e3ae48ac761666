"""NUM004 for two figures of one kind that the summary gives each other's places: "expects the
closure to save about GBP52 million a year, while one-off restructuring costs are estimated at
GBP14 million" where the source gives annual savings of 14 million pounds and restructuring
costs of about 52 million pounds, in two sentences (a swap within one source sentence is
`swaps._swapped`'s).

Both figures are in the source. The words around each in the summary (its clause, a few
content words each side) meet the words that tell the two source figures apart better crossed
than straight, by two words or more, and by two or more on each side of the exchange.

Wrong:  "save GBP52m a year, while restructuring costs are GBP14m" (savings 14m, costs 52m).
Right:  "save GBP14m a year, while restructuring costs are about GBP52m"."""

from __future__ import annotations

from ...parsing.quantities import Quantity
from ...text import Document
from .context import _CLAUSE_CUT, _content_stems
from .figures import figures
from .matching import _direct, _same_money, _Source, dimension

_BEFORE, _AFTER = 6, 4  # content words read before and after a figure
_REACH = 80  # characters each side
_MARGIN = 2  # how much better the exchanged reading must be
_NEAR = 300  # characters between the two summary figures, at most
_FIGURES = 16  # summary figures read around q: bounded work per figure


def _words(text: str, lo: int, hi: int, start: int, end: int) -> frozenset[str]:
    """Content stems around a figure in its clause (bounded by `lo`/`hi`)."""
    b0 = max(lo, start - _REACH)
    cuts = list(_CLAUSE_CUT.finditer(text, b0, start))
    b0 = cuts[-1].end() if cuts else b0
    cut = _CLAUSE_CUT.search(text, end, min(hi, end + _REACH))
    a1 = cut.start() if cut else min(hi, end + _REACH)
    return frozenset(_content_stems(text, b0, start)[-_BEFORE:] + _content_stems(text, end, a1)[
        :_AFTER])


def _src_words(src: _Source, k: int) -> frozenset[str]:
    """`_words` of source figure k, read once per source."""
    memo = src.doc.memo("numbers.exchanged.words", lambda _d: {})
    got = memo.get(k)
    if got is None:
        o = src.quantities[k]
        s, e = src.doc.sentences[src.sentence_of[k]] if src.sentence_of[k] >= 0 else (0, 0)
        got = memo[k] = _words(src.doc.text, s, e, o.start, o.end)
    return got


def exchanged(q: Quantity, summary: Document, src: _Source, matches: list[int],
              quantities: list[Quantity]) -> Quantity | None:
    """The source figure whose place `q` took, when the summary exchanged two figures."""
    if len(matches) != 1 or q.high is not None or q.kind != "number":
        return None
    i = matches[0]
    text = summary.text
    s0, s1 = summary.sentence_span(q.start)
    dq = dimension(q)[0]
    mine = _words(text, s0, s1, q.start, q.end)
    if len(mine) < 2:
        return None
    own = _src_words(src, i)
    figs = figures(summary, quantities)
    lo, hi = max(s0, q.start - _NEAR), min(s1, q.end + _NEAR)
    near = figs.between(lo, hi) if figs.ordered else [o for o in quantities if lo <= o.start < hi]
    for p in near[:_FIGURES]:
        if p is q or p.kind != "number" or p.high is not None or dimension(p)[0] != dq \
                or p.unit != q.unit or abs(p.value - q.value) < 1e-9 \
                or dq == "cur" and not _same_money(p, q):
            continue
        pm = _direct(p, src)
        if len(pm) != 1 or pm[0] == i or src.sentence_of[pm[0]] == src.sentence_of[i]:
            continue  # (one source sentence: `swaps._swapped`)
        j = pm[0]
        theirs = _words(text, s0, s1, p.start, p.end)
        # Only the words that tell the two source figures apart ("dose" around both says
        # nothing about which is which).
        other = _src_words(src, j)
        own_only, other_only = own - other, other - own
        straight = len(mine & own_only) + len(theirs & other_only)
        crossed_q, crossed_p = len(mine & other_only), len(theirs & own_only)
        if min(crossed_q, crossed_p) >= 2 and crossed_q + crossed_p >= straight + _MARGIN:
            return src.quantities[j]
    return None
