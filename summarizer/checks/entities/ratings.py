"""ENT009: a credit rating given to the wrong agency. "a Baa1 rating from S&P" where the source
says "rated BBB+ by S&P Global and Baa1 by Moody's": Baa1 is on Moody's scale (Aaa ... C), and
S&P and Fitch write ratings as BBB+ (AAA ... D). A rating beside an agency whose scale it is
not on is an error; so is a rating the source gives with one agency put beside another."""

from __future__ import annotations

import re

from ...findings import Finding
from ..base import CheckContext

_MOODYS_CODE = r"(?:Aaa|Aa[1-3]|A[1-3]|Baa[1-3]|Ba[1-3]|B[1-3]|Caa[1-3]|Ca)"
_LETTER_CODE = r"(?:AAA|AA[+-]?|A[+-]|BBB[+-]?|BB[+-]?|B[+-]|CCC[+-]?)"
_CODE = re.compile(rf"(?<![\w+-])(?:(?P<moodys>{_MOODYS_CODE})|(?P<letter>{_LETTER_CODE}))(?![\w+-])")
_AGENCY = re.compile(r"\b(?:(?P<moodys>Moody['\u2019]?s)|(?P<letter>S&P|Standard\s*&\s*Poor['\u2019]?s|"
                     r"Fitch))")
_REACH = 60  # characters between a rating and its agency: "a Baa1 rating from S&P"
_BREAK = re.compile(r"[;.]|\band\b|\bwhile\b|\bbut\b")


def _scale(m: re.Match) -> str:
    return "moodys" if m.group("moodys") else "letter"


def _agency_name(text: str) -> str:
    low = text.lower()
    return "Moody's" if low.startswith("moody") else "Fitch" if low.startswith("fitch") else "S&P"


def _poss(agency: str) -> str:
    return agency if agency.endswith("'s") else agency + "'s"


def _pairs(text: str) -> list[tuple[re.Match, re.Match]]:
    """(rating, agency) pairs: each rating with the nearest agency in its clause."""
    out = []
    agencies = list(_AGENCY.finditer(text))
    if not agencies:
        return out
    for c in _CODE.finditer(text):
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


def rating_findings(ctx: CheckContext) -> list[Finding]:
    text = ctx.summary.text
    if not _AGENCY.search(text):
        return []
    src = ctx.source
    source_pairs = {c.group(): _agency_name(a.group()) for c, a in _pairs(src.text)}
    out = []
    for c, a in _pairs(text):
        if ctx.overlaps_excluded(a.start(), a.end()):
            continue
        code, agency = c.group(), _agency_name(a.group())
        theirs = source_pairs.get(code)
        other = theirs is not None and theirs != agency
        if _scale(c) != ("moodys" if agency == "Moody's" else "letter"):
            owner = "Moody's" if _scale(c) == "moodys" else "the S&P/Fitch"
            why = f"{code} is on {owner} rating scale, not {_poss(agency)}"
            if other:
                why += f"; the source gives it as {_poss(theirs)} rating"
        elif other:
            why = f"the source gives {code} as {_poss(theirs)} rating, not {_poss(agency)}"
        else:
            continue
        i = src.text.find(code)
        evidence = src.sentence_text(i) if i >= 0 else None
        out.append(Finding.at(text, a.start(), a.end(), "entity", why, evidence, code="ENT009"))
    return out
