"""The `leftover` check: chatbot text that is not part of a summary, and `clean()` to remove it.

Leftovers are recognised by the grammar of a chatbot talking to whoever asked for the summary,
not by a list of known sentences:

- whole sentences: preambles ("Sure!", "Here is a summary of the article:"), sign-offs
  ("I hope this helps!", "Let me know if ...", "Would you like me to ...?"), self-reference
  ("As an AI ...", "my knowledge cutoff"), notes about the summary ("Note: This summary is based
  on ...", "(Word count: 120)"), "Read the full article at" / "Source:" / bare-URL lines;
- clauses that prefix a real sentence ("Based on the article provided, ..."), markdown labels
  ("**Summary:**", "TL;DR:") and template placeholders ("[Insert date]", "{company}").

Text inside quotation marks is reported speech, never a leftover, and neither is anything that
also occurs in the source article."""

from __future__ import annotations

from ...findings import Finding
from ..base import CheckContext
from .clean import clean  # noqa: F401
from .detect import _find, find_spans  # noqa: F401
from .patterns import quoted_regions  # noqa: F401

NAME = "leftover"
NEEDS_SOURCE = False


# The rule code of each leftover form, keyed by the start of its message.
_CODES = (
    ("chatbot preamble", "LEFT001"),
    ("chatbot sign-off", "LEFT002"),
    ("chatbot offer", "LEFT002"),
    ("chatbot question", "LEFT002"),
    ("chatbot note", "LEFT003"),
    ("chatbot self-reference", "LEFT003"),
    ("chatbot disclaimer", "LEFT003"),
    ("chatbot framing", "LEFT004"),
    ("link to the article", "LEFT005"),
    ("markdown", "LEFT006"),
    ("template placeholder", "LEFT007"),
)


def code_of(message: str) -> str:
    return next(code for start, code in _CODES if message.startswith(start))


def run(ctx: CheckContext) -> list[Finding]:
    text = ctx.summary.text
    return [
        Finding.at(text, s, e, "leftover", message, None, "error", code_of(message))
        for (s, e), message in _find(ctx.summary, ctx.source)
    ]


