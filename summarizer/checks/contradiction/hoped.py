"""CON009: something the source gives only as hoped for, planned or expected ("will be looking to
win the title", "aims to close the deal", "in a bid to reach the final") that the summary says
was done ("went on to win the title", "closed the deal", "reached the final"). Flagged only when
the source never says it was done, and the summary's words after the verb share a word with the
source's (the same thing aimed at)."""

from __future__ import annotations

import re

from ...parsing.directions import stem_list
from ...text import stem
from .polarity import Clash
from .view import STOP, View

# A cue of an aim, a plan or an expectation, then the verb it governs.
_AIM = re.compile(
    r"\b(?:(?:will|would|could|may|might)\s+(?:be\s+)?(?:looking|hoping|aiming|seeking|trying|"
    r"bidding|going)\s+to|(?:is|are|was|were|be|been)\s+(?:looking|hoping|aiming|seeking|trying|"
    r"bidding|set|due|expected|poised)\s+to|(?:hopes?|hoped|aims?|aimed|seeks?|sought|wants?|"
    r"wanted|intends?|intended|attempts?|attempted|tries|tried|plans?|planned|expects?|"
    r"targets?|bids?)\s+to|in\s+(?:a|an|its|their)\s+(?:bid|attempt|effort)\s+to|"
    r"(?:looking|hoping|aiming|seeking|trying|bidding)\s+to|"
    # "was in talks with lenders to refinance"
    r"(?:in\s+talks|negotiating)\s+(?:with\s+(?:[a-z]+\s+){1,3}?)?to)\s+([a-z]+)"
)
_WORD = re.compile(r"[a-z][a-z'\u2019-]*")
# Past forms English does not make with -ed.
_IRREGULAR = {
    "won": "win", "beat": "beat", "took": "take", "made": "make", "sold": "sell",
    "bought": "buy", "got": "get", "kept": "keep", "held": "hold", "met": "meet", "paid": "pay",
    "struck": "strike", "led": "lead", "left": "leave", "broke": "break", "brought": "bring",
    "ran": "run", "became": "become", "found": "find", "gave": "give", "won't": "",
    "reached": "reach", "secured": "secure", "clinched": "clinch", "sealed": "seal",
    "rose": "rise", "fell": "fall", "grew": "grow", "drew": "draw", "wrote": "write",
}  # fmt: skip
# Words before a verb that make it done ("went on to win", "managed to close").
_DONE_BEFORE = re.compile(r"\b(?:went\s+on\s+to|go(?:es)?\s+on\s+to|managed\s+to|succeeded\s+in)\s+$")
# "went on to win": the source says it was done.
_WENT_ON = re.compile(r"\b(?:went|goes|go)\s+on\s+to\s+([a-z]+)")
# The same words anywhere: a text without them has no word that `_DONE_BEFORE` makes done, and
# no "went on to".
_DONE_ANYWHERE = re.compile(
    r"(?:went\s+on\s+to|go(?:es)?\s+on\s+to|managed\s+to|succeeded\s+in)\s")
# Words before a verb that keep it undone ("will win", "to win", "hopes to win").
_UNDONE_BEFORE = re.compile(
    r"\b(?:to|will|would|could|may|might|can|shall|should|must|not|never|n't|yet|if|unless|"
    r"whether|hopes?|aims?|plans?)\s+(?:\w+\s+)?$"
)
_NEAR = 6
# Said by saying it: "I want to stress that these are delays" stresses it; "we'd like to
# thank" thanks.
_SAID_BY_SAYING = frozenset(["stress", "emphasize", "emphasise", "highlight", "note", "point",
                             "remind", "reiterate", "clarify", "underline", "underscore", "say",
                             "thank", "mention", "acknowledge", "reassure", "caution", "repeat",
                             "congratulate", "apologize", "apologise"])


def _base(word: str) -> str | None:
    """The base of a past form ("won" -> "win", "closed" -> "close"), else None."""
    if word in _IRREGULAR:
        return _IRREGULAR[word] or None
    if len(word) > 4 and word.endswith("ed"):
        return word[:-2]
    return None


def _aims(src: View) -> list[tuple[str, frozenset, int, str]]:
    """(verb stem, object stems, offset, the source's words) of the aims the source states and
    never states as done."""

    def build(_doc):
        lower = src.doc.lower
        aims = list(_AIM.finditer(lower))
        if not aims:
            return []  # no aim stated: the source's past forms are never needed
        # Each distinct word once (an article repeats most of its words).
        words = set(_WORD.findall(lower))
        done = {stem(b) for b in map(_base, words) if b} | {stem(w[:-1]) for w in words
                                                             if len(w) > 4 and w.endswith("ed")}
        if _DONE_ANYWHERE.search(lower):  # "went on to": a fast scan first, rarely there
            for m in _WENT_ON.finditer(lower):
                done.add(stem(m.group(1)))
        out = []
        for m in aims:
            verb = stem(m.group(1))
            if verb in done or len(m.group(1)) < 3 or m.group(1) in _SAID_BY_SAYING:
                continue
            k = src.sentence_of(m.start())
            e = src.sentences[k][1]
            words = _WORD.findall(lower, m.end(1), min(e, m.end(1) + 60))[:_NEAR]
            obj = frozenset(stem(w) for w in words if w not in STOP and len(w) > 2)
            if obj:
                last = max(i for i, w in enumerate(words[:4] or [""]) if not words or
                           stem(w) in obj or i == 0)
                said = " ".join(src.doc.text[m.start() : m.end(1)].split() + words[: last + 1])
                out.append((verb, obj, m.start(), said))
        return out

    return src.doc.memo("contradiction.aims", build)


def _hoped_clashes(ctx, summ: View, src: View) -> list[Clash]:
    aims = _aims(src)
    if not aims:
        return []
    text = summ.text
    lower = summ.doc.lower
    out = []
    any_done = _DONE_ANYWHERE.search(lower) is not None
    for m in _WORD.finditer(lower):
        w = m.group()
        base = _base(w)
        if base is None and not any_done:
            continue  # neither a past form nor after "went on to"
        before = lower[max(0, m.start() - 30) : m.start()]
        if base is None:
            if not _DONE_BEFORE.search(before):
                continue
            base = w
        elif _UNDONE_BEFORE.search(before) and not _DONE_BEFORE.search(before):
            continue
        verbs = {stem(base), stem(w[:-1])} if w.endswith("ed") else {stem(base)}  # "refinanced"
        k = summ.sentence_of(m.start())
        e = summ.sentences[k][1]
        after = _WORD.findall(lower, m.end(), min(e, m.end() + 60))[:_NEAR]
        mine = {stem(x) for x in after if x not in STOP and len(x) > 2}
        for v, obj, off, said in aims:
            # (words of a period say when, not what: "opened fiscal 2025" is no store opened)
            shared = [x for x in obj & mine if not src.generic(x) and x not in stem_list("period_words")]
            if v not in verbs or not shared:
                continue
            start = m.start()
            done = _DONE_BEFORE.search(before)
            if done:
                start = m.start() - len(before) + done.start()
            end = m.end()
            for x in re.finditer(r"[a-z][a-z'\u2019-]*", lower[m.end() : e]):
                if stem(x.group()) in obj:
                    end = m.end() + x.end()
                if x.start() > 40:
                    break
            if ctx.overlaps_excluded(start, end):
                break
            says = text[start:end]
            out.append(Clash(start, end, says, said, src.doc.sentence_text(off),
                             f"the summary says {says!r} happened, but the source only says "
                             f"{said!r}"))
            break
    return out
