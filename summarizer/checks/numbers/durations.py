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
    if mine == "day" and _OVER.search(summary_text, max(0, q.start - 12), q.start) and len(
            set(_WEEKDAY.findall(src.doc.lower))) >= q.value:
        return None  # "lost 12% over two days": the days the source names ("Tuesday", "Wednesday")
    return min(found.values(), key=lambda o: o.start)


_OVER = re.compile(r"\b(?:over|in|across)\s+(?:the\s+)?(?:past\s+|last\s+)?$", re.IGNORECASE)
_WEEKDAY = re.compile(r"\b(monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b")


_MONTHS = {m: k + 1 for k, m in enumerate(["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug",
                                             "sep", "oct", "nov", "dec"])}
_AT = (r"(?:(?P<m{0}>jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+)?"
       r"(?P<y{0}>(?:19|20)\d\d)\b")
# "between January 2017 and June 2021", "from 2019 to 2023", "2017-2021"
_SPAN = re.compile(r"\b" + _AT.format(1) + r"\s*(?:and|to|until|till|through|[-\u2013\u2014])\s*"
                   + _AT.format(2), re.IGNORECASE)


def spanned(q: Quantity, summary_text: str, src: _Source) -> bool:
    """Is `q` ("roughly four and a half years", "18 months") the length of a span between two
    source dates ("between January 2017 and June 2021")? A year is read to the half year, a
    month to the month."""
    unit = _unit(q, summary_text)
    if unit not in ("year", "month") or q.value is None:
        return False
    months = q.value * (12 if unit == "year" else 1)
    slack = 6 if unit == "year" else 1
    return any(abs(months - n) <= slack for n in src.doc.memo("numbers.date_spans", _date_spans))


def _date_spans(doc) -> frozenset[int]:
    """The lengths in months of the source's spans between two dates (each length once: a
    source that repeats its dates asks no more of each summary duration)."""
    out = []
    for m in _SPAN.finditer(doc.text):
        y1, y2 = int(m.group("y1")), int(m.group("y2"))
        if not 0 < y2 - y1 <= 50:
            continue
        if m.group("m1") and m.group("m2"):
            n = (y2 - y1) * 12 + _MONTHS[m.group("m2")[:3].lower()] - _MONTHS[m.group("m1")[:3].lower()]
            out += [n, n + 1]  # counted with or without the last month
        else:
            out.append((y2 - y1) * 12)
    return frozenset(out)
