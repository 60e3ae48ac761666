"""SUP006: a mood of investors or markets that the source never reports. "reassuring investors
worried about its debt", "amid broader concerns about demand", "investors cheered the plan" where
the source speaks of no investors' or markets' feelings at all: colour a language model adds to
make a summary read like news.

The summary gives investors, markets, traders or shareholders a feeling (cheered, welcomed,
worried, spooked, reassured), or sets the story "amid concerns", "amid fears", "amid
uncertainty"; the source has no word of concern, worry, fear, jitters, sentiment or confidence
and no investors', shareholders' or traders' reaction. When the source speaks of any of those,
the overlap and model checks judge the sentence instead."""

from __future__ import annotations

import re

from ..findings import Finding
from .base import CheckContext

_WHO = r"(?:investors?|markets?|traders?|shareholders?|the\s+street|wall\s+street)"
_FEELING = (r"(?:cheered|welcomed|applauded|worried|feared|fretted|balked|shrugged\s+off|"
            r"were\s+(?:worried|concerned|relieved|spooked|rattled|unnerved|reassured)|"
            r"(?:have|had)\s+grown\s+(?:concerned|worried|nervous))")
_SUMMARY = re.compile(
    rf"\b{_WHO}\s+{_FEELING}\b"
    rf"|\b(?:reassur\w+|spook\w+|rattl\w+|unnerv\w+|calm\w*|sooth\w+)\s+(?:nervous\s+|jittery\s+|"
    rf"worried\s+)?{_WHO}"
    r"|\bamid\s+(?:broader\s+|growing\s+|wider\s+|mounting\s+|rising\s+|renewed\s+|investor\s+|"
    r"market\s+|industry-wide\s+)?(?:concerns?|worries|fears|jitters|uncertainty|unease|anxiety)\b"
    r"|\b(?:investor|market|shareholder)\s+(?:concerns?|worries|fears|jitters|unease|anxiety|"
    r"confidence|optimism|pessimism)\b",
    re.IGNORECASE)
# Any word of a mood, or of investors reacting, in the source.
_SOURCE = re.compile(r"\b(?:concern\w*|worr\w*|fear\w*|jitter\w*|sentiment|confidence|confident|"
                     r"uncertain\w*|unease|anxi\w*|nervous\w*|optimis\w*|pessimis\w*|investors?|"
                     r"shareholders?|traders?|reassur\w*|spook\w*|rattl\w*|welcom\w*|cheer\w*|"
                     r"relie\w*|sell-?off|rall\w*)\b", re.IGNORECASE)


def _source_speaks(doc) -> bool:
    return doc.memo("sentiment.mood", lambda d: _SOURCE.search(d.text) is not None)


def sentiment_findings(ctx: CheckContext) -> list[Finding]:
    if ctx.source is None:
        return []
    text = ctx.summary.text
    found = [m for m in _SUMMARY.finditer(text) if not ctx.overlaps_excluded(m.start(), m.end())]
    if not found or _source_speaks(ctx.source):
        return []
    return [Finding.at(text, m.start(), m.end(), "unsupported",
                       "the source reports no such mood of investors or markets: nothing there "
                       "says this", None, "error", "SUP006") for m in found]
