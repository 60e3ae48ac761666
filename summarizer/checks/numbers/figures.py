"""Indexes over one summary's figures, so the number check does bounded work per figure (issue 10).

Several rules ask "the figure before this one", "the next figure after it", "the first figures
the summary states", "does any other summary figure match this source figure?". Answered by
scanning every figure of the summary (and the text from its sentence start) for every figure,
they made the check quadratic in the figures of a summary (minutes on 10 KB of "1 1 1 ...").
`Figures` answers them from sorted positions and memos, built once per summary; every answer is
exactly what the scan it replaces returns (tests compare the reports)."""

from __future__ import annotations

import bisect
import re
from itertools import pairwise

from ...parsing.quantities import Quantity
from ...text import Document

_HOLDER = "numbers.figures"
# The longest text one attempt of _CLAUSE_CUT looks at, from its start (8-letter words and a \b),
# with room to spare: attempts further than this before a position see the same text whether
# the scan stops at that position or at the sentence end.
_CUT_REACH = 16


class Figures:
    """The summary's figures in text order, with lookups that replace whole-list scans."""

    def __init__(self, quantities: list[Quantity]):
        self.quantities = quantities
        self.starts = [q.start for q in quantities]
        self.ends = [q.end for q in quantities]
        # Sorted by start and not overlapping (what parse_quantities returns): then ends are
        # sorted too and "the figures between two positions" is a slice. Otherwise every lookup
        # falls back to the scan.
        self.ordered = all(q.start <= q.end for q in quantities) and all(
            a.end <= b.start for a, b in pairwise(quantities))
        self._src = None
        self._stated: list[Quantity] = []
        self._stated_pos = 0
        self._counts: dict[int, int] | None = None
        self._elsewhere: dict = {}

    # ---- positions

    def last_ending_by(self, pos: int) -> int:
        """Index of the last figure (in list order) ending at or before `pos`, -1 if none
        (ordered lists only)."""
        return bisect.bisect_right(self.ends, pos) - 1

    def next_start(self, pos: int) -> int | None:
        """The smallest figure start at or after `pos` (ordered lists only)."""
        k = bisect.bisect_left(self.starts, pos)
        return self.starts[k] if k < len(self.starts) else None

    # ---- per source

    def for_source(self, src) -> Figures:
        if self._src is not src:
            self._src = src
            self._stated, self._stated_pos = [], 0
            self._counts = None
            self._elsewhere = {}
        return self

    def stated(self, q: Quantity, n: int, keep) -> list[Quantity]:
        """The first `n` figures other than `q` for which keep(o) holds, in list order
        (keep is evaluated at most once per figure and source)."""
        out: list[Quantity] = []
        k = 0
        while len(out) < n:
            if k == len(self._stated):
                if not self._extend(keep):
                    break
                continue
            o = self._stated[k]
            k += 1
            if o is not q:
                out.append(o)
        return out

    def _extend(self, keep) -> bool:
        qs = self.quantities
        while self._stated_pos < len(qs):
            o = qs[self._stated_pos]
            self._stated_pos += 1
            if keep(o):
                self._stated.append(o)
                return True
        return False

    def direct_counts(self, direct) -> dict[int, int]:
        """Source quantity index -> how many summary figures `direct` (the source's _direct)
        matches it with."""
        if self._counts is None:
            counts: dict[int, int] = {}
            for o in self.quantities:
                for i in set(direct(o)):
                    counts[i] = counts.get(i, 0) + 1
            self._counts = counts
        return self._counts

    def matched_by_other(self, q: Quantity, i: int, direct) -> bool:
        """Is source quantity i among the direct matches of a summary figure other than `q`?"""
        n = self.direct_counts(direct).get(i, 0)
        if n and i in direct(q):
            n -= self._occurrences(q)
        return n > 0

    def _occurrences(self, q: Quantity) -> int:
        if not self.ordered:
            return sum(1 for o in self.quantities if o is q)
        k = bisect.bisect_left(self.starts, q.start)
        n = 0
        while k < len(self.starts) and self.starts[k] == q.start:
            n += self.quantities[k] is q
            k += 1
        return n

    def between(self, lo: int, hi: int) -> list[Quantity]:
        """The figures starting in [lo, hi), in list order (ordered lists only)."""
        return self.quantities[bisect.bisect_left(self.starts, lo):bisect.bisect_left(self.starts, hi)]

    def elsewhere_memo(self) -> dict:
        return self._elsewhere


def figures(summary: Document, quantities: list[Quantity]) -> Figures:
    """The index of `quantities` (the figures of `summary`), built once."""
    holder = summary.memo(_HOLDER, lambda d: [None])
    f = holder[0]
    if f is None or f.quantities is not quantities:
        f = holder[0] = Figures(quantities)
    return f


def clause_start(summary: Document, pattern: re.Pattern, sent_start: int, pos: int) -> int:
    """End of the last `pattern` match in text[sent_start:pos] (sent_start if none), the scan
    `for m in pattern.finditer(text, sent_start, pos)` returns, from the sentence's matches
    found once. `pattern` must look at most _CUT_REACH characters ahead of a match start and
    never match the empty string."""
    text = summary.text
    cuts = summary.memo(_HOLDER + ".cuts", lambda d: {})
    got = cuts.get((pattern, sent_start))
    if got is None:
        _, s1 = summary.sentence_span(sent_start)
        s1 = max(s1, sent_start)
        ms = [(m.start(), m.end()) for m in pattern.finditer(text, sent_start, s1)]
        got = cuts[(pattern, sent_start)] = ([a for a, _ in ms], [b for _, b in ms], s1)
    starts, ends, scanned = got
    if pos > scanned:  # not within the sentence scanned: the plain scan
        cut = sent_start
        for m in pattern.finditer(text, sent_start, pos):
            cut = m.end()
        return cut
    # Matches starting this far before `pos` are the same in both scans; rescan the rest.
    safe = pos - _CUT_REACH
    j = bisect.bisect_left(starts, safe) - 1
    if j >= 0:
        cut = ends[j]
        frm = max(ends[j], safe)
    else:
        cut = sent_start
        frm = max(sent_start, safe)
    for m in pattern.finditer(text, frm, pos):
        cut = m.end()
    return cut
