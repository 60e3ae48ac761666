"""ENT010: a post given to another person. "named Alan Pruitt as its new chief operating officer"
where the source names Denise Whitaker as chief operating officer, "replacing Alan Pruitt, who is
retiring": the source appoints someone else to that role, and never the summary's person. So too
the head of a business: "Owen Pritchard will lead Meridian Screen" where the source's Sarah
Lindqvist will lead it and Pritchard will run the other company."""

from __future__ import annotations

import re

from ...findings import Finding
from ...parsing.names import _ROLE, TITLE_WORDS, role_key, role_relation
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


# "Sarah Lindqvist will lead Meridian Screen", "Owen Pritchard will become chief executive of
# Meridian Press & Audio": who heads which business.
_HEADS = re.compile(rf"{_NAME}\s+(?:will|would|is\s+to|is\s+set\s+to)\s+(?:lead|run|head|"
                    r"become\s+(?:the\s+)?(?:chief\s+executive|ceo|chair(?:man|woman)?|head)\s+of)\s+"
                    r"(?:the\s+)?(?P<org>[A-Z][\w'\u2019-]*(?:\s+(?:&\s+)?[A-Z][\w'\u2019-]*){0,4})")


def _heads(text: str) -> list[tuple[str, str, str, re.Match]]:
    """(surname, name, business, match) for each "X will lead Y" (a title before X dropped)."""
    out = []
    for m in _HEADS.finditer(text):
        words = m.group("name").split()
        while len(words) > 1 and words[0].lower() in TITLE_WORDS:
            words = words[1:]
        out.append((words[-1], " ".join(words), m.group("org"), m))
    return out


def head_findings(ctx: CheckContext) -> list[Finding]:
    """ENT010 for a business given another head than the source gives it."""
    text = ctx.summary.text
    mine = _heads(text)
    if not mine:
        return []
    theirs = ctx.source.memo("entities.heads", lambda d: _heads(d.text))
    out = []
    for last, name, org, m in mine:
        heads = [(n, full, t) for n, full, o, t in theirs if o == org]
        if not heads or any(n == last for n, _, _ in heads) \
                or ctx.overlaps_excluded(m.start("name"), m.end("name")):
            continue
        _, other, at = heads[0]
        out.append(Finding.at(text, m.end("name") - len(name), m.end("name"), "entity",
                              f"the source has {other} lead {org}, not {name}",
                              ctx.source.sentence_text(at.start()), code="ENT010"))
    return out

