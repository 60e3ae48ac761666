"""What every check receives."""

from __future__ import annotations

import bisect
from dataclasses import dataclass, field

from ..findings import Finding, SentenceSupport
from ..settings import Settings
from ..text import Document


def clause_bounds(text: str, s0: int, s1: int, start: int, end: int, cuts) -> tuple[int, int]:
    """(lo, hi): the clause of text[s0:s1] around [start, end), cut where the pattern `cuts`
    matches (the last cut ending before `start`, the first one starting after `end`)."""
    lo, hi = s0, s1
    for c in cuts.finditer(text, s0, s1):
        if c.end() <= start:
            lo = c.end()
        elif c.start() >= end:
            hi = c.start()
            break
    return lo, hi


# Financial shorthand and the words it stands for: "capex" is capital expenditure.
SHORTHAND = {"capex": ("capital", "expenditure"), "opex": ("operating", "expenses")}

LABEL_WORDS = 8


def _label_line(text: str, start: int, end: int) -> bool:
    """True when text[start:end] is a short line that heads what follows on later lines: it ends
    in a colon ("Q4 recap:") or is set as a heading ("**Q1 FY26 - key points**", "## Outlook");
    or a short label that closes a line of prose ("... since Q3 2022. Key drivers:")."""
    head = text[start:end].rstrip("*_ \t")
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    if line_end == -1 or text[line_end:].strip() == "" or len(head.split()) > LABEL_WORDS:
        return False
    lead, tail = text[line_start:start], text[end:line_end]
    if tail.strip("*_ \t"):
        return False  # more follows on the line
    if lead.strip("-*+#>_ \t"):
        return head.endswith(":") and len(head.split()) <= SHORT_LABEL
    line = text[line_start:line_end].strip()
    return head.endswith(":") or line.startswith("#") or (
        len(line) > 4 and line[:2] in ("**", "__") and line[-2:] == line[:2])


SHORT_LABEL = 4  # words of a label that closes a line of prose


@dataclass
class CheckContext:
    summary: Document
    source: Document | None
    settings: Settings
    # Spans of the summary already flagged as chatbot leftovers; other checks skip them.
    excluded: list[tuple[int, int]] = field(default_factory=list)
    # Findings of the checks that already ran (so later checks can avoid double reports).
    findings: list[Finding] = field(default_factory=list)
    # Filled by the support check: one entry per summary sentence.
    support: list[SentenceSupport] = field(default_factory=list)
    # `excluded` sorted, its starts and its longest span, for the list it was built from.
    _index: tuple | None = field(default=None, repr=False, compare=False)

    def _near(self, start: int, end: int) -> list[tuple[int, int]]:
        """The leftover spans, in sorted order, that may touch [start, end]: those starting
        before `end` (or at it) and late enough to reach `start` (a long summary has leftovers
        in proportion to its length: a scan of all of them per name or sentence was quadratic)."""
        ex = self.excluded
        got = self._index
        if got is None or got[0] is not ex or got[1] != len(ex):
            spans = sorted(ex)
            got = self._index = (ex, len(ex), spans, [s for s, _ in spans],
                                 max([0] + [e - s for s, e in spans]))
        _, _, spans, starts, reach = got
        return spans[bisect.bisect_left(starts, start - reach) : bisect.bisect_right(starts, end)]

    def is_excluded(self, start: int, end: int) -> bool:
        """True when [start, end) lies inside a leftover span."""
        return any(s <= start and end <= e for s, e in self._near(start, end))

    def overlaps_excluded(self, start: int, end: int) -> bool:
        return any(start < e and s < end for s, e in self._near(start, end))

    def content_sentences(self) -> list[tuple[int, int]]:
        """Summary sentences with leftover parts cut away (empty remainders dropped). A label
        line that introduces what follows ("Q4 recap:", "**Key points from the call:**") says
        nothing by itself and is left out."""
        out = []
        text = self.summary.text
        for s, e in self.summary.sentences:
            for xs, xe in self._near(s, e):
                if xs <= s < xe:
                    s = xe
                if xs < e <= xe:
                    e = xs
            while s < e and not (text[s].isalnum() or text[s] in "$€£¥"):
                s += 1
            while e > s and text[e - 1].isspace():
                e -= 1
            if e - s > 1 and not _label_line(text, s, e):
                out.append((s, e))
        return out
