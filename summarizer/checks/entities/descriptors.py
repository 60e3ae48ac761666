"""ENT015: an organisation given another's description. "pension fund Skarvet Partners has
committed to buy shares" where the source's Skarvet Partners is the "private equity owner" selling
shares and its pension fund is Vestland Pensjon: the summary put one party's description on
another party's name.

A description is a lower-case phrase of one to three words ending in a kind of party (fund,
owner, investor, lender, regulator, insurer, buyer, seller, bidder, operator, ...) written right
before a name of two or more capitalised words. The summary's pair is wrong when the source
describes that name with another kind of party and gives the summary's kind to another name."""

from __future__ import annotations

import re

from ...findings import Finding
from ..base import CheckContext

_KINDS = ("fund|owner|investor|lender|regulator|insurer|buyer|seller|bidder|operator|supplier|"
          "customer|shareholder|partner|rival|competitor|acquirer|target|creditor|manager|"
          "adviser|advisor|underwriter|landlord|tenant|distributor")
_PAIR = re.compile(rf"\b((?:(?!(?:and|or|the|an?|its|their|of|by|to|with|from|for|as|at|in|on|"
                   rf"is|was|says?|said)\b)[a-z][a-z-]+\s+){{0,2}}(?:{_KINDS})s?)\s+"
                   r"((?:[A-Z][\w&'\u2019-]+)(?:\s+[A-Z][\w&'\u2019-]+){1,3})")
_INDEX = "entities.descriptors"


def _pairs(text: str) -> list[tuple[str, str, re.Match]]:
    """(kind of party, name, match) for each "private equity owner Skarvet Partners"."""
    out = []
    for m in _PAIR.finditer(text):
        kind = re.search(rf"(?:{_KINDS})", m.group(1).split()[-1])
        if kind is not None:
            out.append((kind.group(), m.group(2), m))
    return out


def descriptor_findings(ctx: CheckContext) -> list[Finding]:
    text = ctx.summary.text
    mine = _pairs(text)
    if not mine:
        return []
    theirs = ctx.source.memo(_INDEX, lambda d: _pairs(d.text))
    out = []
    for kind, name, m in mine:
        own = {k for k, n, _ in theirs if n == name}
        others = [(n, t) for k, n, t in theirs if k == kind and n != name]
        if not own or kind in own or not others \
                or ctx.overlaps_excluded(m.start(), m.end()):
            continue
        other, at = others[0]
        src_kind = next(t.group(1) for k, n, t in theirs if n == name)
        out.append(Finding.at(text, m.start(), m.end(), "entity",
                              f"the source's {name} is the {src_kind}; its {m.group(1)} is {other}",
                              ctx.source.sentence_text(at.start()), code="ENT015"))
    return out
