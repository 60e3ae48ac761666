"""CON021: a figure said to be above or below a range that holds it. "priced its IPO above its range
at $27 a share" where the source's price of $27 "was at the top of the marketed range of $24 to
$27"; "inflation came in below the bank's 2%-3% target range at 2.4%".

The summary says a figure of its sentence is above (over, beyond, outside) or below (under) a
range; the source gives a range (the word "range" right before or after it) that holds that
figure, ends included. A price at the top of its range is in it, not above it."""

from __future__ import annotations

import bisect
import re

from ...parsing.quantities import parse_quantities
from ..base import CheckContext
from .polarity import Clash
from .view import View

_SIDE = re.compile(r"\b(?P<side>above|below|over|under|beyond|outside|exceed(?:ed|ing|s)?|topp(?:ed|ing))"
                   r"\s+(?:(?:the|its|their|a)\s+)?(?:[\w-]+\s+){0,3}?(?:price\s+)?range\b",
                   re.IGNORECASE)
_RANGE_NEAR = re.compile(r"\brange\b", re.IGNORECASE)
_REACH = 40  # characters between the word "range" and the source's range
_FIGURE_REACH = 80  # characters between the summary's phrase and its figure


def _source_ranges(doc) -> list:
    out = []
    for q in doc.memo("quantities", lambda d: parse_quantities(d.text)):
        if q.high is None or q.kind != "number":
            continue
        if _RANGE_NEAR.search(doc.text, max(0, q.start - _REACH), q.start) or \
                _RANGE_NEAR.search(doc.text, q.end, q.end + 12):
            out.append(q)
            if len(out) >= _RANGES:
                break
    return out


_RANGES = 64  # source ranges read: bounded work per summary phrase


def _range_clashes(ctx: CheckContext, summ: View, src: View) -> list[Clash]:
    text = ctx.summary.text
    found = [m for m in _SIDE.finditer(text) if not ctx.overlaps_excluded(m.start(), m.end())]
    if not found:
        return []
    ranges = ctx.source.memo("contradiction.ranges", _source_ranges)
    if not ranges:
        return []
    figures = ctx.summary.memo("quantities", lambda d: parse_quantities(d.text))
    starts = [q.start for q in figures]
    out = []
    for m in found:
        s0, s1 = ctx.summary.sentence_span(m.start())
        lo = bisect.bisect_left(starts, max(s0, m.start() - _FIGURE_REACH - 60))
        hi = bisect.bisect_right(starts, min(s1, m.end() + _FIGURE_REACH))
        near = [q for q in figures[lo:hi] if s0 <= q.start < s1 and q.high is None
                and q.kind == "number" and (0 <= q.start - m.end() <= _FIGURE_REACH
                                            or 0 <= m.start() - q.end <= _FIGURE_REACH)]
        if not near:
            continue
        q = min(near, key=lambda x: min(abs(x.start - m.end()), abs(m.start() - x.end)))
        for r in ranges:
            if r.unit == q.unit and r.currency == q.currency \
                    and r.value - 1e-9 <= q.value <= r.high + 1e-9:
                out.append(Clash(m.start(), m.end(), m.group(), r.text,
                                 ctx.source.sentence_text(r.start),
                                 f"the summary puts {q.text} {m.group('side').lower()} the range, "
                                 f"but the source's range {r.text} holds it"))
                break
    return out
