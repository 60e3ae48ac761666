"""ENT012: an analyst's suggestion given as what the company said or plans. In an earnings-call
transcript, "management signaled it could double the buyback pace" where only the analyst asked
"it seems like you could double the buyback pace in the back half - is that on the table?" and
the CFO answered that buybacks would stay in line with the first half.

A summary sentence is flagged when its words are found mostly in one analyst's turn, clearly
more than in anything an executive or the operator says, and the summary does not itself say
that an analyst asked or that the idea was turned down."""

from __future__ import annotations

import bisect
import re

from ...findings import Finding
from ...parsing.names import FUNCTION_WORDS
from ...text import stem
from ..base import CheckContext
from .speakers import _turns

_WORD = re.compile(r"[a-z][a-z'\u2019-]{2,}")
# The summary frames the idea as a question, a suggestion or a refusal itself.
_FRAMED = re.compile(
    r"\b(?:analysts?|asked|asks|question\w*|suggest\w*|pressed|urg\w*|propos\w*|declin\w*|"
    r"rul\w+ out|reject\w*|dismiss\w*|push\w* back|not|no|never|won['\u2019]t|wouldn['\u2019]t|"
    r"isn['\u2019]t|aren['\u2019]t|rather)\b", re.IGNORECASE)
MIN_SHARED = 4
MARGIN = 2


def _stems(text: str) -> frozenset[str]:
    return frozenset(stem(w) for w in _WORD.findall(text.lower()) if w not in FUNCTION_WORDS)


def _source_turns(doc) -> tuple[list[int], list[bool], list[str], list[frozenset]]:
    """Per source sentence: the turn's speaker, whether an analyst speaks, and the stems."""
    turns = _turns(doc)
    starts = [at for at, _ in turns]
    analyst, speaker, stems = [], [], []
    for s, e in doc.sentences:
        i = bisect.bisect_right(starts, s) - 1
        if i < 0:
            analyst.append(False)
            speaker.append("")
        else:
            header = doc.text[turns[i][0]:doc.text.find(":", turns[i][0])]
            analyst.append("analyst" in header.lower())
            speaker.append(turns[i][1])
        stems.append(_stems(doc.text[s:e]))
    return starts, analyst, speaker, stems


def suggestion_findings(ctx: CheckContext) -> list[Finding]:
    if not _turns(ctx.source):
        return []
    _, analyst, speaker, stems = ctx.source.memo("entities.suggestions", _source_turns)
    if not any(analyst):
        return []
    text = ctx.summary.text
    out = []
    for s, e in ctx.content_sentences():
        if _FRAMED.search(text, s, e):
            continue
        mine = _stems(text[s:e])
        if len(mine) < MIN_SHARED:
            continue
        scores = [len(mine & st) for st in stems]
        top, k = max((sc, k) for k, sc in enumerate(scores) if analyst[k])
        said = max([sc for k, sc in enumerate(scores) if not analyst[k]], default=0)
        if top >= max(MIN_SHARED, 0.5 * len(mine)) and top >= said + MARGIN:
            out.append(Finding.at(
                text, s, e, "entity",
                f"only the analyst {speaker[k]} suggests this in the source; no executive says it",
                ctx.source.sentence_text(ctx.source.sentences[k][0]), code="ENT012"))
    return out
