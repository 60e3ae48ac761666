"""Date mentions indexed by position (used by the date check): the ones that can be nearest to
a clause are found by bisection, not by a pass over every date of a summary."""

from __future__ import annotations

import bisect
from collections.abc import Callable
from typing import Any

from .dates import DateMention


class Peers:
    """A summary's date mentions of one comparable kind, indexed by position, so that finding
    the ones near a clause costs a bisection, not a pass over every date of the summary."""

    def __init__(self, mentions: list[DateMention]) -> None:
        order = sorted(range(len(mentions)), key=lambda i: (mentions[i].start, i))
        self.items = [(mentions[i].start, i, mentions[i]) for i in order]
        self.starts = [t[0] for t in self.items]
        self.longest = max((m.end - m.start for m in mentions), default=0)

    def near(self, lo: int, hi: int) -> list[DateMention]:
        """The mentions that can be nearest to a figure inside [lo, hi), in their original
        order: those overlapping it, the ones ending last before it and the ones starting first
        after it (any other is farther from every position inside)."""
        items, longest = self.items, self.longest
        i1 = bisect.bisect_left(self.starts, hi)
        keep: list[tuple[int, DateMention]] = []
        best_end, left = None, []
        j = i1 - 1
        while j >= 0:
            start, i, d = items[j]
            if d.end > lo:
                keep.append((i, d))
            else:
                if best_end is None or d.end > best_end:
                    best_end, left = d.end, [(i, d)]
                elif d.end == best_end:
                    left.append((i, d))
            if best_end is not None and start + longest < best_end and start + longest <= lo:
                break  # nothing further left can overlap [lo, hi) or end later
            j -= 1
        keep += left
        k = i1
        while k < len(items) and items[k][0] == items[i1][0]:
            keep.append(items[k][1:])
            k += 1
        return [d for _, d in sorted(keep, key=lambda t: t[0])]


def peers_of(doc: Any, mentions: list[DateMention], kind: str | None,
             kind_of: Callable[[DateMention], str]) -> Peers:
    """`mentions` (of document `doc`) whose `kind_of` is `kind` (None: all of them), indexed
    once per document (memoised on it)."""
    table = doc.memo(f"dates.peers.{id(mentions)}", lambda _d: {})
    if kind not in table:
        table[kind] = Peers([d for d in mentions if kind is None or kind_of(d) == kind])
    return table[kind]
