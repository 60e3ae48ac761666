"""SUP004: a record or a superlative of history that the source never claims. "the adjusted
operating margin reached 27.4%, the highest in the company's history", "order backlog hit a record
$14.5 billion", "the largest round of job cuts announced by a German carmaker" where the source
gives the figures but calls nothing a record, a high or the largest: an overstatement a language
model adds to a faithful figure.

The summary calls something a record ("a record", "record high", "all-time", "first-ever") or
the largest, highest, best... "in its history", "ever", "in a decade", "since 2015", "by a
German carmaker"; the source has no word of records, history or rank at all ("record",
"largest", "highest", "since 2019", "in five years", ...). Where the source ranks anything, the
contradiction check (CON012) judges the claim against it instead."""

from __future__ import annotations

import re

from ..findings import Finding
from .base import CheckContext

_SUPERLATIVE = (r"largest|biggest|highest|lowest|best|worst|strongest|weakest|steepest|"
                r"sharpest|deepest|fastest|slowest")
_CLAIM = re.compile(
    r"\ba\s+record\b|\brecord[- ](?:highs?|lows?|levels?|quarter|year|profits?|revenues?|sales|"
    r"margins?|results?|earnings|backlog|numbers?|amounts?|volumes?|orders?|\$?\d)"
    r"|\bfirst-ever\b|\ball-time\b"
    rf"|\b(?:{_SUPERLATIVE})\b[^.;:\n]{{0,60}}?\b(?:in\s+(?:the\s+)?(?:company['\u2019]s\s+|its\s+|"
    r"company\s+|their\s+)?history|ever\b|on\s+record|in\s+(?:more\s+than\s+|over\s+|almost\s+|"
    r"nearly\s+)?(?:a\s+decade|\w+\s+(?:years|decades))|since\s+\d{4}|by\s+an?\s+[A-Z]\w+)",
    re.IGNORECASE)
_SOURCE_RANKS = re.compile(
    rf"\b(?:record|all-time|history|historic|{_SUPERLATIVE}|first\s+time|first-ever|ever|"
    r"since\s+\d{4}|in\s+(?:\w+\s+)?(?:years|decades))\b", re.IGNORECASE)


def superlative_findings(ctx: CheckContext) -> list[Finding]:
    if ctx.source is None:
        return []
    text = ctx.summary.text
    found = [m for m in _CLAIM.finditer(text) if not ctx.overlaps_excluded(m.start(), m.end())]
    if not found or ctx.source.memo("support.ranks", lambda d: bool(_SOURCE_RANKS.search(d.text))):
        return []
    return [Finding.at(text, m.start(), m.end(), "unsupported",
                       f"the source calls nothing a record or ranks it in history: "
                       f"'{m.group()}' is not there", None, "error", "SUP004")
            for m in found]
