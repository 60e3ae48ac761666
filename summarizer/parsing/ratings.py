"""Credit ratings in text: the agencies' scales, the codes written on them, the agencies named, and
rating actions ("Fitch cut X to BB+ from BBB-"). Moody's writes Aaa ... C; S&P and Fitch write
AAA ... D. One step on a scale is a notch; BBB-/Baa3 is the lowest investment grade."""

from __future__ import annotations

import re
from typing import NamedTuple

MOODYS = ("Aaa", "Aa1", "Aa2", "Aa3", "A1", "A2", "A3", "Baa1", "Baa2", "Baa3", "Ba1", "Ba2", "Ba3",
          "B1", "B2", "B3", "Caa1", "Caa2", "Caa3", "Ca", "C")
LETTERS = ("AAA", "AA+", "AA", "AA-", "A+", "A", "A-", "BBB+", "BBB", "BBB-", "BB+", "BB", "BB-",
           "B+", "B", "B-", "CCC+", "CCC", "CCC-", "CC", "C", "D")
_RANK = {**{c: ("moodys", i) for i, c in enumerate(MOODYS)},
         **{c: ("letter", i) for i, c in enumerate(LETTERS)}}

_MOODYS_CODE = r"(?:Aaa|Aa[1-3]|A[1-3]|Baa[1-3]|Ba[1-3]|B[1-3]|Caa[1-3]|Ca)"
# Single letters ("A", "B") are too common in text to read as ratings.
_LETTER_CODE = r"(?:AAA|AA[+-]?|A[+-]|BBB[+-]?|BB[+-]?|B[+-]|CCC[+-]?)"
CODE = re.compile(rf"(?<![\w+-])(?:(?P<moodys>{_MOODYS_CODE})|(?P<letter>{_LETTER_CODE}))(?![\w+-])")
AGENCY = re.compile(r"\b(?:(?P<moodys>Moody['\u2019]?s)|(?P<letter>S&P|Standard\s*&\s*Poor['\u2019]?s|"
                    r"Fitch))")


def rank(code: str) -> tuple[str, int] | None:
    """(scale, position from the top) of a rating code, or None."""
    return _RANK.get(code)


def scale_of(m: re.Match) -> str:
    return "moodys" if m.group("moodys") else "letter"


def agency_name(text: str) -> str:
    low = text.lower()
    return "Moody's" if low.startswith("moody") else "Fitch" if low.startswith("fitch") else "S&P"


def possessive(agency: str) -> str:
    return agency if agency.endswith("'s") else agency + "'s"


class Move(NamedTuple):
    """ "to BB+ from BBB-" / "from BBB- to BB+": a rating moved from one code to another."""
    start: int
    end: int
    old: str
    new: str

    @property
    def notches(self) -> int:
        """Positive for a downgrade (further down the scale), negative for an upgrade."""
        return rank(self.new)[1] - rank(self.old)[1]


_C = rf"(?:{_MOODYS_CODE}|{_LETTER_CODE})"
_Q = "['\u2018\u2019\"\u201c\u201d]?"  # ratings are often quoted: to 'BB+' from 'BBB-'
_MOVE = re.compile(rf"\bto\s+{_Q}(?P<new1>{_C})(?![\w+-]){_Q}(?:\s+\w+){{0,2}}?\s+from\s+{_Q}(?P<old1>{_C})(?![\w+-])"
                   rf"|\bfrom\s+{_Q}(?P<old2>{_C})(?![\w+-]){_Q}(?:\s+\w+){{0,2}}?\s+to\s+{_Q}(?P<new2>{_C})(?![\w+-])")


def moves(text: str, start: int = 0, end: int | None = None) -> list[Move]:
    """Rating moves with both codes on one scale."""
    out = []
    for m in _MOVE.finditer(text, start, len(text) if end is None else end):
        old, new = m.group("old1") or m.group("old2"), m.group("new1") or m.group("new2")
        a, b = rank(old), rank(new)
        if a and b and a[0] == b[0] and a[1] != b[1]:
            out.append(Move(m.start(), m.end(), old, new))
    return out
