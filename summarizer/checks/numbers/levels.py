"""NUM005, old and new level swapped: "fell to 4.1%" where the source says it fell to 4.0% from
4.1%; "now targets a margin of 18-20%" or "a margin of 5.1%" where the source's 18-20% and 5.1%
are the levels before the move; "slipped to 0.54 from 0.61" where the source's move went the
other way. Every source copy of the figure has the other role, and its sentence states a level
of the same kind in the summary's role that the summary does not give that role."""

from __future__ import annotations

import re

from ...parsing.quantities import Quantity
from ...text import Document
from .context import _CLAUSE_CUT
from .figures import clause_start, figures
from .matching import _direct, _Source, dimension

_ROLE_BEFORE = re.compile(r"\b(to|from)\s+(?:(?:an?|its|the|their)\s+)?"
                          r"(?:(?:record|new|multi-year|\d+-\w+|previous|prior|earlier|"
                          r"original|initial|old|planned|targeted)\s+)?(?:(?:high|low|peak|target|goal|forecast|"
                          r"estimate|guidance|plan|projection|level)\s+of\s+)?(?:[\"\u201c\u2018']\s*)?"
                          r"(?:(?:about|around|roughly|approximately|nearly|some)\s+)?$", re.IGNORECASE)
# The summary marks a figure as the old level of a move, not the current one.
_OLD_MARK = re.compile(r"\b(?:from|previous(?:ly)?|prior|earlier|original(?:ly)?|initial(?:ly)?|"
                       r"old|had|was|were|before|instead|replac\w*|rais\w*|lift\w*|increas\w*|"
                       r"cut\w*|lower\w*|reduc\w*|revis\w*|trimm\w*|up|down)\b", re.IGNORECASE)
_NOW_MARK = re.compile(r"\b(?:now|currently)\b", re.IGNORECASE)
# A level stated plainly: "an adjusted EBIT margin of 5.1%", "margin at 5.1%".
_PLAIN_LEVEL = re.compile(r"\b(?:of|at)\s+(?:(?:about|around|roughly|approximately|nearly)\s+)?$",
                          re.IGNORECASE)


def _role(text: str, q: Quantity) -> str | None:
    """'to' or 'from' when the figure is the new or the old level of a move."""
    m = _ROLE_BEFORE.search(text, max(0, q.start - 40), q.start)
    return m.group(1).lower() if m else None


def _role_swapped(q: Quantity, summary: Document, src: _Source, matches: list[int],
                  quantities: list[Quantity]):
    """The old level given as the new one, or the reverse ("fell to 4.1%" when the source says
    it fell to 4.0% from 4.1%): every source copy of the figure has the other role, and its
    sentence states a level of the same kind in the summary's role that the summary does not."""
    role = _role(summary.text, q)
    implied = False
    if role is None:
        # "now aims to sell 450 billion yen": stated as the current figure, no move words
        s0, s1 = summary.sentence_span(q.start)
        c0 = clause_start(summary, _CLAUSE_CUT, s0, q.start)
        cut = _CLAUSE_CUT.search(summary.text, q.end, s1)
        c1 = cut.start() if cut else s1
        if not (_NOW_MARK.search(summary.text, c0, q.start)
                or _PLAIN_LEVEL.search(summary.text, max(c0, q.start - 24), q.start)) \
                or _OLD_MARK.search(summary.text, c0, c1):
            return None
        role, implied = "to", True
    other_role = "from" if role == "to" else "to"
    text = src.doc.text
    dq = dimension(q)[0]
    partner = None
    partner_k = -1
    for i in matches:
        s = src.quantities[i]
        if _role(text, s) != other_role:
            return None
        si = src.sentence_of[i]
        for k in src.by_sentence.get(si, ()):
            o = src.quantities[k]
            if k == i or dimension(o)[0] != dq:
                continue
            if _role(text, o) == role and (
                    abs(o.start - s.end) < 40 or abs(s.start - o.end) < 40):
                partner, partner_k = o, k
                break
            if o.end <= s.start and s.start - o.end < 80 and re.search(
                    r"\b(?:up|down|raised|cut|lowered|increased|reduced)\s+from\b",
                    text[o.end:s.start], re.IGNORECASE):
                partner, partner_k = o, k  # "600 billion yen ..., up from a previous target of 450 billion"
        if partner is None:
            return None
    if figures(summary, quantities).for_source(src).matched_by_other(
            q, partner_k, lambda x: _direct(x, src)):
        # The summary states both levels: a swap only when it gives the other one q's role in
        # the source ("slipped to 0.54 from 0.61" for "improved to 0.61 from 0.54").
        s0, s1 = summary.sentence_span(q.start)
        near = figures(summary, quantities).between(max(s0, q.start - 60), min(s1, q.end + 60))
        if implied or not any(r is not q and partner_k in _direct(r, src)
                              and _role(summary.text, r) == other_role for r in near):
            return None
    return partner
