"""What every check receives."""

from __future__ import annotations

from dataclasses import dataclass, field

from ..findings import Finding, SentenceSupport
from ..settings import Settings
from ..text import Document


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

    def is_excluded(self, start: int, end: int) -> bool:
        """True when [start, end) lies inside a leftover span."""
        return any(s <= start and end <= e for s, e in self.excluded)

    def overlaps_excluded(self, start: int, end: int) -> bool:
        return any(start < e and s < end for s, e in self.excluded)

    def content_sentences(self) -> list[tuple[int, int]]:
        """Summary sentences with leftover parts cut away (empty remainders dropped)."""
        out = []
        text = self.summary.text
        for s, e in self.summary.sentences:
            for xs, xe in sorted(self.excluded):
                if xs <= s < xe:
                    s = xe
                if xs < e <= xe:
                    e = xs
            while s < e and not (text[s].isalnum() or text[s] in "$€£¥"):
                s += 1
            while e > s and text[e - 1].isspace():
                e -= 1
            if e - s > 1:
                out.append((s, e))
        return out
