"""CON014: an approval given as granted where the source says it is only sought. "U.S. regulators
had approved the drug for children" where the source says the company "had filed for approval
of Dermalux in children ... with decisions expected in the first half of 2026"; "the deal was
cleared by regulators" where it "still needs regulatory approval".

The summary says something was approved, cleared or authorised; the source sentence that shares
most of the words around it (two or more) says the approval is pending (filed for, submitted,
sought, awaited, expected, needed), and no source sentence with those words says it was
granted."""

from __future__ import annotations

import re

from ...text import stem
from ..base import CheckContext
from .polarity import Clash
from .view import View

_GRANTED = re.compile(r"\b(?:approved|cleared|authori[sz]ed|greenlit|green-lit|(?:won|received|"
                      r"secured|got|obtained|granted)\s+(?:\w+\s+){0,4}?(?:approval|clearance|"
                      r"authori[sz]ation|go-ahead))\b", re.IGNORECASE)
_PENDING = re.compile(r"\b(?:filed\s+for|submitted|applied\s+for|seek(?:s|ing)?|sought|await(?:s|"
                      r"ing|ed)?|pending|under\s+review|(?:still\s+)?needs?|requires?|subject\s+to|"
                      r"decisions?\s+(?:are\s+|is\s+)?expected|expects?\s+(?:a\s+)?(?:decision|"
                      r"ruling|approval)|hopes?\s+for|(?:conditional|contingent|dependent)\s+on)\b",
                      re.IGNORECASE)
_DONE = re.compile(r"\b(?:approved|cleared|authori[sz]ed|granted|won\s+approval|received\s+"
                   r"approval)\b", re.IGNORECASE)
_NOT_YET = re.compile(r"\b(?:to|will|would|could|may|might|must|should|not|yet|if|unless|once|"
                      r"until|pending|awaiting)\s+(?:\w+\s+){0,2}$", re.IGNORECASE)
_WORD = re.compile(r"[a-z][a-z'-]{2,}")
_STOP = frozenset(["the", "and", "for", "had", "has", "have", "was", "were", "its", "their",
                   "said", "says", "that", "with", "from", "approved", "approval", "cleared",
                   "regulators", "regulator", "regulatory", "company"])
REACH = 50  # characters either side of the approval word that say what was approved


def _words(text: str) -> frozenset[str]:
    return frozenset(stem(w) for w in _WORD.findall(text.lower()) if w not in _STOP)


def _pending(doc, sents: list[frozenset], mine: frozenset):
    """(best sentence, its pending cue) when the source sentence that says most of `mine`
    has the approval pending and none that says it reports it granted; else (None, None)."""
    scores = [len(mine & w) for w in sents]
    best = max(range(len(scores)), key=scores.__getitem__, default=None)
    if best is None or scores[best] < 2:
        return None, None
    close = max(2, scores[best] - 1)  # sentences about the same approval, nearly as well
    if any(_DONE.search(doc.text, *doc.sentences[k]) for k, sc in enumerate(scores) if sc >= close):
        return None, None  # the source says something like it was granted
    for k, sc in enumerate(scores):  # of the sentences that say most of it, one with it pending
        if sc == scores[best]:
            cue = _PENDING.search(doc.text, *doc.sentences[k])
            if cue:
                return k, cue
    return None, None


def _approval_clashes(ctx: CheckContext, summ: View, src: View) -> list[Clash]:
    text = ctx.summary.text
    if not _GRANTED.search(text):
        return []
    doc = ctx.source
    sents = doc.memo("contradiction.approval_words",
                     lambda d: [_words(d.text[s:e]) for s, e in d.sentences])
    out = []
    seen: dict = {}
    for m in _GRANTED.finditer(text):
        if ctx.overlaps_excluded(m.start(), m.end()) or _NOT_YET.search(
                text, max(0, m.start() - 40), m.start()):
            continue  # "still has to be approved": the summary says it is pending too
        s0, s1 = ctx.summary.sentence_span(m.start())
        mine = _words(text[max(s0, m.start() - REACH):min(s1, m.end() + REACH)])
        if not mine:
            continue
        if mine not in seen:  # a long summary repeats its sentences: each is judged once
            seen[mine] = _pending(doc, sents, mine)
        best, pending = seen[mine]
        if pending is None:
            continue
        a, b = doc.sentences[best]
        said = m.group()
        out.append(Clash(m.start(), m.end(), said, pending.group(), doc.text[a:b],
                         f"the summary says it was {said.split()[0].lower()}, but in the source "
                         f"approval is still pending ({pending.group()!r})"))
    return out
