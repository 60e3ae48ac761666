"""SUP003: a move in the shares that the source never reports. "Shares rose in early trading as
investors welcomed the guidance" where the source (an earnings call, a release) says nothing of
the share price: a market reaction is one of the commonest things a language model adds.

The summary states that shares, a stock or a share price moved ("shares rose", "the stock fell
4%", "sending its shares to a record high"); the source has no sentence that speaks of shares or
a stock together with any move or percentage. When the source reports any move at all, the other
checks judge its direction and size instead."""

from __future__ import annotations

import re

from ..findings import Finding
from .base import CheckContext

_MOVES = (r"rose|rise|rising|risen|fell|fall|falling|fallen|jumped|jump|jumping|climbed|climbing|"
          r"gained|gaining|dropped|dropping|slid|sliding|sank|sinking|surged|surging|soared|"
          r"soaring|tumbled|tumbling|plunged|plunging|rallied|rallying|slumped|slumping|declined|"
          r"declining|advanced|rebounded|edged|"
          # not "shares are due to start trading on Thursday": a listing, no move
          r"(?<!start\s)(?<!starts\s)(?<!begin\s)(?<!begins\s)(?<!started\s)(?<!began\s)"
          r"(?<!commence\s)(?:traded|trading)|"
          r"were\s+(?:up|down|higher|lower)|"
          r"ended|closed|opened|hit|touched|reached|spiked|sold\s+off|popped|dipped|slipped|"
          r"(?:moved|moving|went)\s+(?:up|down|higher|lower)")
# "shares in X rose", "the stock fell 4%", "its share price jumped", "sending shares higher";
# not "market share", "per share", "a share", "shares outstanding".
_SUMMARY = re.compile(
    r"(?<!market\s)(?<!per\s)\b(?P<what>shares|stock|share\s+price|ADRs)\b"
    r"(?P<gap>(?:\s+(?!and\b|but\b|while\b)[\w.&'\u2019$%-]+){0,5}?)\s+(?:" + _MOVES + r")\b"
    r"|\b(?:sending|sent|pushing|pushed|lifting|lifted|driving|drove)\s+(?:its\s+|the\s+)?"
    r"(?P<what2>shares|stock|share\s+price)\b",
    re.IGNORECASE)
# A source clause that speaks of shares or a stock with a move or percentage soon after it
# ("Shares of Corvane fell 5.6%", "the stock is up 40% this year"), or before it ("a 58% jump
# in Orrin shares").
_SOURCE = re.compile(
    r"\b(?:shares?|stocks?|share\s+price|ADRs?|equit(?:y|ies))\b"
    r"(?:\s+(?:in|of)\s+[^,;.]{1,40}?,[^,;.]{1,100}?,)?"  # "Shares in X, the largest ..., fell"
    r",?(?:\s+[^\s;]+){0,10}?\s+(?:"
    + _MOVES + r"|up|down|higher|lower|[+-]?\d[\d.,]*\s?(?:%|per\s?cent))(?=[\s.,;:)]|$)"
    r"|(?:" + _MOVES + r"|jump|gain|drop|fall|rise|slump|rally|%)\s+(?:\S+\s+){0,4}?(?:in|of)\s+"
    r"(?:\S+\s+){0,3}?(?:shares|stock)\b",
    re.IGNORECASE)
_CLAUSE_END = re.compile(r"[.;:\n]|,\s|\s(?:and|but|while|as|after)\s")


def _source_reports(doc) -> bool:
    def build(d) -> bool:
        return _SOURCE.search(d.text) is not None

    return doc.memo("reactions.reported", build)


def reaction_findings(ctx: CheckContext) -> list[Finding]:
    if ctx.source is None:
        return []
    text = ctx.summary.text
    found = [m for m in _SUMMARY.finditer(text) if not ctx.overlaps_excluded(m.start(), m.end())]
    if not found or _source_reports(ctx.source):
        return []
    out = []
    for m in found:
        end = _CLAUSE_END.search(text, m.end())
        e = end.start() if end else len(text)
        what = (m.group("what") or m.group("what2")).lower()
        out.append(Finding.at(
            text, m.start(), e, "unsupported",
            f"the source reports no move in the {what}: nothing there says this",
            None, "error", "SUP003"))
    return out
