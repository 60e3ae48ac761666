"""NUM016, a figure only an analyst gives in a call, which the executive answering gives
otherwise: "Automotive & Industrial down 12% YoY" where the analyst asked "with A&I down 12%
..." and the CFO answered "it was down 9% year over year". In an earnings-call transcript, what
an analyst says is a question, not the company's figure; when the executive's answer right
after states another figure of the same kind, the summary repeated the figure that was
corrected."""

from __future__ import annotations

import bisect
import re

from ...parsing.quantities import Quantity
from ...text import Document
from ..entities.speakers import _turns
from .matching import _Source, dimension

# The summary itself gives the figure as the analyst's.
_FRAMED = re.compile(r"\b(?:analysts?|asked|asks|question\w*|suggest\w*|pressed|corrected|"
                     r"not|rather|instead|declin\w*|reject\w*|rul\w+\s+out|dismiss\w*)\b",
                     re.IGNORECASE)


def _analyst_turns(doc: Document) -> tuple[list[int], list[bool]]:
    """The start of each turn of a transcript, and whether an analyst speaks in it."""
    def build(d: Document):
        turns = _turns(d)
        starts = [at for at, _ in turns]
        analyst = [_analyst_label(d.text[at:d.text.find(":", at)]) for at in starts]
        return starts, analyst

    return doc.memo("numbers.calls.turns", build)


_EXECUTIVE = re.compile(r"\b(?:ceo|cfo|coo|cto|chief|president|officer|chair\w*|director|head|"
                        r"treasurer|vp|vice|founder|operator|investor\s+relations|ir)\b", re.IGNORECASE)


def _analyst_label(label: str) -> bool:
    """ "Greg Hammond, Ostrander Research", "Rachel Kim (Dunmore Capital)", "Analyst Tom Lee": a
    turn label of an analyst, not of an executive or the operator."""
    if "analyst" in label.lower():
        return True
    _, mark, firm = label.partition("(") if "(" in label else label.partition(",")
    if not mark:
        _, mark, firm = label.partition(" -- ")
    return bool(mark) and not _EXECUTIVE.search(firm)


# "we're at $604 million, not $620 million": the executive denies the figure.
_DENIED = re.compile(r"\bnot\s+(?:[$\u20ac\u00a3\u00a5]|[A-Z]{1,3}\$)?\s?$")


def analyst_only(q: Quantity, summary: Document, src: _Source, matches: list[int],
                 quantities: list[Quantity]) -> Quantity | None:
    """The executive's figure that answers the analyst's `q`, or None."""
    starts, analyst = _analyst_turns(src.doc)
    if not any(analyst) or not matches:
        return None
    text = src.doc.text
    # "~$620M" is the analyst's $620 million, not the CFO's $604 million that it rounds to.
    matches = [i for i in matches if abs(src.quantities[i].value - q.value) < 1e-9] or matches
    matches = [i for i in matches if not _DENIED.search(
        text, max(0, src.quantities[i].start - 8), src.quantities[i].start)] or matches
    turn_of = [bisect.bisect_right(starts, src.quantities[i].start) - 1 for i in matches]
    if any(k < 0 or not analyst[k] for k in turn_of):
        return None  # an executive (or the operator) says it too
    if len(turn_of) > 1:
        return None  # the analyst gives it twice ("raising X by $150 million ... Y about $150
        # million lower"): which one the executive corrects, words cannot tell
    s0, s1 = summary.sentence_span(q.start)
    if _FRAMED.search(summary.text, s0, s1):
        return None
    k = turn_of[0] + 1
    if k >= len(starts) or analyst[k]:
        return None
    end = starts[k + 1] if k + 1 < len(starts) else len(src.doc.text)
    kind, mine = dimension(q)[0], src.quantities[matches[0]]
    for o in src.quantities:
        if starts[k] <= o.start < end and dimension(o)[0] == kind and o.kind == "number" \
                and abs(abs(o.value) - abs(mine.value)) > 1e-9 and o.unit == mine.unit:
            return o
    return None
