"""SUP005: a result set against analysts' expectations that the source never gives. "Operating
EPS of $2.02 topped analyst expectations" where the source (a release, a call) says nothing of
what analysts, a consensus or a poll expected: a yardstick a language model often adds.

The summary says a figure beat, missed, topped, came in ahead of, above, below, short of or in
line with expectations, estimates, the consensus or forecasts (analysts', the market's, Wall
Street's); the source has no word of others' expectations at all (no "consensus", "estimates",
"expectations", "poll", "economists", "analysts had expected"). The company's own "we expect" is
guidance, not a consensus: it does not count. When the source gives any expectation, the
contradiction check judges the verdict instead."""

from __future__ import annotations

import re

from ..findings import Finding
from .base import CheckContext

_VERDICT = (r"beat(?:ing|s)?|topp(?:ed|ing)|tops?|exceed(?:ed|ing|s)?|surpass(?:ed|ing|es)?|"
            r"miss(?:ed|ing|es)?|ahead\s+of|above|below|short\s+of|shy\s+of|in\s+line\s+with|"
            r"outpac(?:ed|ing|es)|trail(?:ed|ing|s)?|better\s+than|worse\s+than")
# Bare "expectations" or "forecasts" may be the company's own ("what the CEO called in line with
# expectations"): they count with a holder; "estimates" and "the consensus" are the analysts'.
_HOLDER = r"(?:the\s+)?(?:analysts?['\u2019]?|market|street|wall\s+street|consensus)\s+"
_YARDSTICK = rf"(?:{_HOLDER}(?:expectations|estimates?|forecasts)|(?:{_HOLDER})?(?:estimates|consensus))"
# "topped analyst expectations", "ahead of consensus", "beat Wall Street estimates"; not "above
# its own forecast" (the company's guidance).
_SUMMARY = re.compile(rf"\b(?:{_VERDICT})\s+(?:the\s+|market\s+)?{_YARDSTICK}\b"
                      r"|\b(?:than|what)\s+analysts\s+(?:had\s+)?(?:expected|forecast|estimated)\b",
                      re.IGNORECASE)
# Any word of others' expectations in the source.
# (Not the company's own: "in line with our expectations".)
_SOURCE = re.compile(r"\b(?:consensus|estimates|(?<!our\s)(?<!its\s)expectations|"
                     r"(?<!our\s)(?<!its\s)forecasts|forecasters|polled|poll|"
                     r"economists?|analysts?['\u2019]?\s+(?:forecast|estimate|expectation|view)|"
                     r"street|analysts?\s+(?:had\s+)?(?:expected|forecast|estimated|predicted|"
                     r"anticipated|projected)|(?:average|mean|median)\s+(?:analyst\s+)?"
                     r"(?:estimate|forecast)|expected\s+by\s+analysts)\b", re.IGNORECASE)


def _source_gives(doc) -> bool:
    return doc.memo("verdicts.expectations", lambda d: _SOURCE.search(d.text) is not None)


def verdict_findings(ctx: CheckContext) -> list[Finding]:
    if ctx.source is None:
        return []
    text = ctx.summary.text
    found = [m for m in _SUMMARY.finditer(text) if not ctx.overlaps_excluded(m.start(), m.end())]
    if not found or _source_gives(ctx.source):
        return []
    return [Finding.at(text, m.start(), m.end(), "unsupported",
                       "the source gives no analysts' expectations to set this against: nothing "
                       "there says this", None, "error", "SUP005") for m in found]
