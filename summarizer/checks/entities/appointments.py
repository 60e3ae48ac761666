"""ENT010: a post given to another person. "named Alan Pruitt as its new chief operating officer"
where the source names Denise Whitaker as chief operating officer, "replacing Alan Pruitt, who is
retiring": the source appoints someone else to that role, and never the summary's person."""

from __future__ import annotations

import re

from ...findings import Finding
from ...parsing.names import _ROLE, role_key, role_relation
from ..base import CheckContext

_NAME = r"(?P<name>[A-Z][a-z'\u2019-]+(?:\s+[A-Z]\.)?(?:\s+[A-Z][a-z'\u2019-]+){1,2})"
_VERB = r"\b(?:named|names|appointed|appoints|promoted|promotes|hired|hires|tapped|taps|picked|picks)"
# "named Denise Whitaker, currently head of its fleet unit, as chief operating officer"
_APPOINT = re.compile(rf"{_VERB}\s+{_NAME}(?:,[^,.;]{{1,80}},)?\s+(?:as|to\s+be|to\s+the\s+post\s+of)\s+"
                      rf"(?:(?:its|the|their|his|her)\s+)?(?:new\s+)?(?P<role>(?i:{_ROLE}))(?![\w-])")


def _appointments(text: str) -> list[tuple[re.Match, str]]:
    return [(m, role_key(m.group("role"))) for m in _APPOINT.finditer(text)]


def appointment_findings(ctx: CheckContext) -> list[Finding]:
    text = ctx.summary.text
    mine = _appointments(text)
    if not mine:
        return []
    theirs = ctx.source.memo("entities.appointments", lambda d: _appointments(d.text))
    out = []
    for m, role in mine:
        same = [t for t, r in theirs if role_relation(role, r) != "different"]
        if not same or ctx.overlaps_excluded(m.start("name"), m.end("name")):
            continue
        name = m.group("name")
        last = name.split()[-1]
        if any(last in t.group("name") for t in same):
            continue
        other = same[0]
        out.append(Finding.at(text, m.start("name"), m.end("name"), "entity",
                              f"the source names {other.group('name')} as {other.group('role')}, "
                              f"not {name}",
                              ctx.source.sentence_text(other.start()), code="ENT010"))
    return out
