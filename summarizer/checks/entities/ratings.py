"""ENT009: a credit rating or a rating action given to the wrong agency.

- "a Baa1 rating from S&P" where the source says "rated BBB+ by S&P Global and Baa1 by Moody's":
  Baa1 is on Moody's scale (Aaa ... C); S&P and Fitch write ratings as BBB+ (AAA ... D). A rating
  beside an agency whose scale it is not on is an error; so is a rating the source gives with one
  agency put beside another.
- "Moody's cut Halvard to junk" where the source has Fitch cut it and Moody's only rate it: the
  source has other agencies take this action (cut, raise, affirm), never this one."""

from __future__ import annotations

import re

from ...findings import Finding
from ...parsing.ratings import AGENCY, CODE, agency_name, possessive, scale_of
from ..base import CheckContext

_REACH = 60  # characters between a rating and its agency: "a Baa1 rating from S&P"
_BREAK = re.compile(r"[;.]|\band\b|\bwhile\b|\bbut\b")
_ACTION = re.compile(r"\s*(?:Ratings|Investors\s+Service|Global(?:\s+Ratings)?)?\s*(?:has\s+|had\s+|on\s+\w+\s+)?"
                     r"(?P<verb>(?:cut|cuts|cutting|downgraded|downgrades|downgrading|lowered|"
                     r"lowers|lowering|slashed|raised|raises|raising|upgraded|upgrades|upgrading|"
                     r"lifted|lifts|lifting|affirmed|affirms|affirming|reaffirmed|kept|keeps|"
                     r"keeping|maintained))\b", re.IGNORECASE)
_FAMILY = {"cut": "down", "downgrad": "down", "lower": "down", "slash": "down", "rais": "up",
           "upgrad": "up", "lift": "up", "affirm": "keep", "reaffirm": "keep", "kept": "keep",
           "keep": "keep", "maintain": "keep"}


def _family(verb: str) -> str:
    v = verb.lower()
    return next(f for k, f in _FAMILY.items() if v.startswith(k))


def _pairs(text: str) -> list[tuple[re.Match, re.Match]]:
    """(rating, agency) pairs: each rating with the nearest agency in its clause."""
    out = []
    agencies = list(AGENCY.finditer(text))
    if not agencies:
        return out
    for c in CODE.finditer(text):
        best = None
        for a in agencies:
            lo, hi = (a.end(), c.start()) if a.end() <= c.start() else (c.end(), a.start())
            if hi - lo > _REACH or _BREAK.search(text, lo, hi):
                continue
            if best is None or hi - lo < best[0]:
                best = (hi - lo, a)
        if best is not None:
            out.append((c, best[1]))
    return out


def _actions(text: str) -> list[tuple[re.Match, str]]:
    """(agency, action family) for "Fitch cut", "Moody's Investors Service downgraded"."""
    out = []
    for a in AGENCY.finditer(text):
        v = _ACTION.match(text, a.end())
        if v:
            out.append((a, _family(v.group("verb"))))
            continue
        r = _REVISED.match(text, a.end())  # "Fitch revised its outlook to negative"
        if r:
            out.append((a, "down" if r.group("to").lower() == "negative" else "up"))
    return out


_REVISED = re.compile(r"\s*(?:Ratings|Investors\s+Service|Global(?:\s+Ratings)?)?\s*(?:has\s+|had\s+)?"
                      r"(?:revised|revises|revising|changed|changes|changing|moved|moves|moving)\s+"
                      r"(?:its\s+|the\s+)?outlook\s+(?:on\s+[^,.;]{1,40}?\s+)?to\s+"
                      r"(?P<to>negative|positive)\b", re.IGNORECASE)


def _scale_findings(ctx: CheckContext) -> list[Finding]:
    text = ctx.summary.text
    src = ctx.source
    source_pairs = {c.group(): agency_name(a.group()) for c, a in _pairs(src.text)}
    out = []
    for c, a in _pairs(text):
        if ctx.overlaps_excluded(a.start(), a.end()):
            continue
        code, agency = c.group(), agency_name(a.group())
        theirs = source_pairs.get(code)
        other = theirs is not None and theirs != agency
        if scale_of(c) != ("moodys" if agency == "Moody's" else "letter"):
            owner = "Moody's" if scale_of(c) == "moodys" else "the S&P/Fitch"
            why = f"{code} is on {owner} rating scale, not {possessive(agency)}"
            if other:
                why += f"; the source gives it as {possessive(theirs)} rating"
        elif other:
            why = f"the source gives {code} as {possessive(theirs)} rating, not {possessive(agency)}"
        else:
            continue
        i = src.text.find(code)
        evidence = src.sentence_text(i) if i >= 0 else None
        out.append(Finding.at(text, a.start(), a.end(), "entity", why, evidence, code="ENT009"))
    return out


def _action_findings(ctx: CheckContext) -> list[Finding]:
    text = ctx.summary.text
    src = ctx.source
    theirs = _actions(src.text)
    out = []
    for a, fam in _actions(text):
        agency = agency_name(a.group())
        doers = {agency_name(x.group()) for x, f in theirs if f == fam}
        if not doers or agency in doers or ctx.overlaps_excluded(a.start(), a.end()):
            continue
        other = sorted(doers)[0]
        first = next(x for x, f in theirs if f == fam and agency_name(x.group()) == other)
        what = {"down": "downgrade", "up": "upgrade", "keep": "affirmation"}[fam]
        out.append(Finding.at(text, a.start(), a.end(), "entity",
                              f"the source gives this {what} to {other}, not {agency}",
                              src.sentence_text(first.start()), code="ENT009"))
    return out


def rating_findings(ctx: CheckContext) -> list[Finding]:
    if not AGENCY.search(ctx.summary.text):
        return []
    out = _scale_findings(ctx)
    taken = [(f.start, f.end) for f in out]
    return out + [f for f in _action_findings(ctx) if (f.start, f.end) not in taken]
