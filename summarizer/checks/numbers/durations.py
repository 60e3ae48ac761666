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
_SCAN = 400  # source figures read per summary duration: bounded work


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


def time_unit_swapped(q: Quantity, summary_text: str, src: _Source) -> Quantity | None:
    """The source figure with `q`'s number in another unit of time, when the source gives that
    number in `q`'s unit nowhere; else None."""
    mine = _unit(q, summary_text)
    if mine is None or q.value is None:
        return None
    other = None
    for o in src.quantities[:_SCAN]:
        if o.value != q.value or (o.high is not None and q.high is not None and o.high != q.high):
            continue
        theirs = _unit(o, src.doc.text)
        if theirs == mine:
            return None  # the source gives it in the summary's unit too
        if theirs is not None and other is None:
            other = o
    return other
