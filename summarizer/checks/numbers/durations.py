"""NUM001 for spans of time: a duration whose number the source gives in another unit of time
("restore full output within two to three months" where the source says "two to three weeks";
"lost money in eleven of the last twelve months" where it says "twelve quarters")."""

from __future__ import annotations

import re

from ...parsing.quantities import Quantity
from .matching import _Source

_UNITS = {"day": "day", "days": "day", "week": "week", "weeks": "week", "month": "month",
          "months": "month", "quarter": "quarter", "quarters": "quarter", "year": "year",
          "years": "year"}
# A unit of time written after a bare source number ("twelve quarters", "18 months").
_UNIT_AFTER = re.compile(r"[ \t\u00a0]+(days?|weeks?|months?|quarters?|years?)\b", re.IGNORECASE)


def _unit(q: Quantity, text: str) -> str | None:
    """A span of time's unit; not a compound's ("a 20-day average", "the three-year plan" name
    other things) nor an ordinal's ("the third")."""
    if "-" in q.text or q.kind not in ("number", "word") or text.startswith("-", q.end):
        return None
    head = q.text.split()[0].lower()
    if not any(ch.isdigit() for ch in head) and head.endswith(("first", "second", "third", "th")):
        return None  # "the third", "twelfth"
    u = _UNITS.get((q.unit or "").lower())
    if u is None and q.unit in (None, "count"):
        m = _UNIT_AFTER.match(text, q.end, q.end + 12)
        u = _UNITS.get(m.group(1).lower()) if m else None
    return u


def _source_spans(src: _Source) -> dict:
    """(value, high) -> {unit of time: the first source figure of that span}, built once per
    source (every summary duration asks)."""
    def build(_doc):
        out: dict = {}
        for o in src.quantities:
            u = _unit(o, src.doc.text)
            if u is not None:
                out.setdefault((o.value, o.high), {}).setdefault(u, o)
        return out

    return src.doc.memo("numbers.time_spans", build)


def time_unit_swapped(q: Quantity, summary_text: str, src: _Source) -> Quantity | None:
    """The source figure with `q`'s number in another unit of time, when the source gives that
    number in `q`'s unit nowhere; else None."""
    mine = _unit(q, summary_text)
    if mine is None or q.value is None:
        return None
    spans = _source_spans(src)
    found = {**spans.get((q.value, None), {}), **spans.get((q.value, q.high), {})}
    if not found or mine in found:
        return None
    return min(found.values(), key=lambda o: o.start)
