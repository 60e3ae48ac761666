"""NUM004, two owners' shares swapped: "Hanseong will hold 51% and Varden 49%" where the source
says "Varden will own 51% of the venture and Hanseong 49%". In one source sentence each of two
figures of a kind has its own name right before it (within a few words, no other figure
between); the summary puts the figure after the other figure's name."""

from __future__ import annotations

import re

from ...parsing.names import DATE_WORDS
from ...parsing.quantities import Quantity
from ...text import Document
from .matching import _Source, dimension

# A capitalised word that is no sentence opener or function word: the name a figure follows.
_NAME = re.compile(r"\b[A-Z][a-z]{2,}\b")
_NOT_NAMES = frozenset(["The", "This", "That", "Its", "Their", "And", "But", "While", "With",
                        "After", "For", "From", "About", "Around", "Under", "Over", "Each"])
_REACH = 48  # characters from the name to its figure: "Varden will own 51%", "and Hanseong 49%"
_OWNERS = re.compile(r"\b(?:own|owns|hold|holds|stake|stakes|share|shares|control|controls)\b",
                     re.IGNORECASE)


def _name_before(text: str, lo: int, start: int) -> str | None:
    """The last name within _REACH characters before `start` (bounded work per figure), with no
    figure between, that owns the figure: an owning verb or noun between the two, or nothing
    ("and Hanseong 49%")."""
    a = max(lo, start - _REACH)
    names = [m for m in _NAME.finditer(text, a, start) if m.group() not in _NOT_NAMES
             and m.group().lower() not in DATE_WORDS]
    if not names:
        return None
    gap = text[names[-1].end():start]
    if any(ch.isdigit() for ch in gap) or gap.strip(" ,") and not _OWNERS.search(gap):
        return None
    return names[-1].group()


def owner_swapped(q: Quantity, summary: Document, src: _Source, matches: list[int],
                  quantities: list[Quantity]):
    """The source figure that follows the name `q` follows in the summary, when the source
    gives `q` to another name of the same sentence; else None."""
    if dimension(q)[0] != "pct" or len(matches) != 1:
        return None
    text = summary.text
    s0 = summary.sentence_span(q.start)[0]
    mine = _name_before(text, s0, q.start)
    if mine is None:
        return None
    stext = src.doc.text
    home = src.quantities[matches[0]]
    si = src.sentence_of[matches[0]]
    a, _ = src.doc.sentences[si]
    theirs = _name_before(stext, a, home.start)
    if theirs is None or theirs == mine:
        return None
    for k in src.by_sentence.get(si, ()):
        o = src.quantities[k]
        if k != matches[0] and dimension(o)[0] == "pct" and o.value != q.value \
                and _name_before(stext, a, o.start) == mine:
            return o
    return None
