"""CON013: a hedge or a condition dropped. "analysts expect it to hit $1.8 billion in peak sales"
where the source says peak sales "could reach $1.8 billion if approved"; "storage will finish
March below 1.7 trillion cubic feet" for "If February is anywhere near normal, storage could
finish March below 1.7 trillion cubic feet"; "plans to defer some Eagle Ford activity" for "If
prices stay weak, we have flexibility to defer some Eagle Ford activity, but that's not our base
case".

The summary states a future or a plan as certain (will, plans to, expects to, is set to) with no
hedge of its own; the source sentence that holds most of the clause's words (three or more, and
half of them) has a hedge or a condition (could, may, might, if, unless, possibly, "not our base
case") among or right before those words."""

from __future__ import annotations

import re

from ...text import stem
from ..base import CheckContext
from .polarity import Clash
from .view import View

# (Not "its plan to": a plan named as a noun is an aim, like the source's "aims to".)
_CERTAIN = re.compile(r"\b(?:will|guarantee[sd]?|(?<!\bits\s)(?<!\btheir\s)(?<!\bthe\s)(?<!\ba\s)"
                      r"plans?\s+to|planning\s+to|expects?\s+(?:it\s+|them\s+)?to|"
                      r"(?:is|are)\s+(?:expected|set|going)\s+to|intends?\s+to|"
                      # reported speech: "said the bank would cut once more" is "will cut"
                      r"(?<=said\s)(?:that\s+)?(?:(?:the|its|it|he|she|they)\s+)?"
                      r"(?:[A-Z][\w.&-]*\s+){0,3}?would)\b", re.IGNORECASE)
_OWN_CONDITION = re.compile(r"[,;:]?\s*(?:but\s+only\s+)?(?:if|unless|provided|assuming)\b",
                            re.IGNORECASE)
_CONDITION = re.compile(r"\b(?:subject\s+to|pending|approvals?|clearances?|conditional|conditions?)\b",
                        re.IGNORECASE)
# "would otherwise have erased": a counterfactual, not a certain outcome.
_OWN_HEDGE = re.compile(r"\b(?:could|may|might|if|possibly|potentially|would|unless|likely|otherwise|"
                        r"provided|providing|assuming|as\s+long\s+as|so\s+long\s+as|subject\s+to|"
                        r"contingent|depending|"
                        r"probably|perhaps|hopes?|aims?|consider(?:s|ing)?|estimat(?:e|es|ed|ing)|"
                        r"rul(?:e|es|ed|ing)\s+out)\b", re.IGNORECASE)
# "May" the month is no hedge: the modal is matched in lower case only.
_SOURCE_HEDGE = re.compile(r"\b(?:could|may|might|possibly|potentially|(?i:if|unless|not\s+our\s+"
                           r"base\s+case|would\s+consider|hope[sd]?|hoping|implie[sd]|imply|"
                           r"not\s+bound|(?:cannot|can't|could\s+not|couldn't|can\s+not)\s+be\s+"
                           r"ruled\s+out|(?:not|n't)\s+rule\s+out|"
                           r"evaluating\s+(?:all\s+)?(?:its\s+|our\s+|the\s+)?options|aims?\s+to))\b")
# Right after the words: "one more cut this year was possible", "..., if its net debt stays
# below 2.5 times EBITDA".
_AFTER_HEDGE = re.compile(r"\s+(?:was|were|is|are|remains?|remained)\s+possible\b|"
                          r"[^.;:]{0,30}?,\s*(?:if|unless)\b|\s+(?:if|unless)\s+(?:it|they|the|we)\s+\w+",
                          re.IGNORECASE)
_CLAUSE_END = re.compile(r"[;,:]|\s(?:but|while|whereas)\s")
_WORD = re.compile(r"[a-z][a-z'-]{2,}|\d[\d.,]*")
_STOP = frozenset(["the", "and", "for", "was", "were", "its", "has", "have", "had", "that", "with",
                   "from", "this", "than", "will", "would", "could", "may", "might", "said",
                   "says", "expects", "expected", "plans", "plan", "company", "also", "into",
                   "about", "over", "which", "who"])
# An aim in a source sentence that states a plan too is told by a plan in the summary's clause
# (but "aims to lift" alone is no "plans to raise").
_AIM = re.compile(r"aims?\s+to", re.IGNORECASE)
_PLAN = re.compile(r"\b(?:plans?|planned|planning|intends?)\s+to\b",
                   re.IGNORECASE)
MIN_SHARED = 3
REACH = 40  # characters before the shared words where the source's hedge may stand


def _words(text: str) -> frozenset[str]:
    return frozenset(stem(w) for w in _WORD.findall(text.lower()) if w not in _STOP)


def _hedged(doc, k: int, shared: frozenset):
    """The hedge among or right before the shared words of source sentence k, or None."""
    a, b = doc.sentences[k]
    at, seen = [], set()
    for w in _WORD.finditer(doc.lower, a, b):
        st = stem(w.group())
        if st in shared and st not in seen:  # the first mention of each: a word the sentence
            seen.add(st)                     # repeats later does not stretch the reach
            at.append(w)
    if not at:
        return None
    return (_SOURCE_HEDGE.search(doc.text, max(a, at[0].start() - REACH), at[-1].start())
            or _AFTER_HEDGE.match(doc.text, at[-1].end(), b))


# A possibility about the past: "may have derived some benefit", "might have overstated".
_MAY_HAVE = re.compile(r"\b(?:may|might|could)\s+have\s+(?:been\s+)?((?:[a-z'-]+\s+){0,3}[a-z'-]+)")


def _past_hedge_clashes(ctx: CheckContext) -> list[Clash]:
    """A summary sentence that states as done what the source only says "may have" happened
    ("patients with reduced ejection fraction benefited" for "may have derived some benefit"):
    the possibility's words, and most of the sentence's, are in one source sentence."""
    doc, text = ctx.source, ctx.summary.text
    # (the hedge, what it hedges, its sentence's span and words), read once per source
    hedges = doc.memo("contradiction.may_have", lambda d: [
        (m, frozenset(stem(w) for w in _WORD.findall(m.group(1).lower())
                      if w not in _STOP and len(w) >= 5),  # not "her", "some"
         (span := d.sentence_span(m.start())), _words(d.text[span[0]:span[1]]))
        for m in _MAY_HAVE.finditer(d.text)])
    if not hedges:
        return []
    out = []
    for s0, s1 in ctx.content_sentences():
        if _OWN_HEDGE.search(text, s0, s1):
            continue
        mine = _words(text[s0:s1])
        for m, what, (a, b), near in hedges:
            hit = next((w for w in _WORD.finditer(text.lower(), s0, s1)
                        if stem(w.group()) in what), None)
            if hit is None or len(mine & near) < MIN_SHARED + 1:
                continue
            quoted = " ".join(m.group().split())
            out.append(Clash(hit.start(), hit.end(), hit.group(), quoted, doc.text[a:b],
                             f"the summary states {hit.group()!r} as fact, but the source only "
                             f"says {quoted!r}"))
            break
    return out


def _hedge_clashes(ctx: CheckContext, summ: View, src: View) -> list[Clash]:
    text = ctx.summary.text
    if not _CERTAIN.search(text):
        return _past_hedge_clashes(ctx)
    doc = ctx.source
    words = doc.memo("contradiction.hedge_words",
                     lambda d: [_words(d.text[s:e]) for s, e in d.sentences])
    out = []
    for s0, s1 in ctx.content_sentences():
        for m in _CERTAIN.finditer(text, s0, s1):
            cut = _CLAUSE_END.search(text, m.end(), s1)
            clause = text[m.end():cut.start() if cut else s1]
            if cut and _OWN_CONDITION.match(text, cut.start(), s1):
                continue  # "expects it to contribute late in the year, if all goes to plan"
            if _OWN_HEDGE.search(clause) or _OWN_HEDGE.search(text, max(s0, m.start() - REACH),
                                                              m.start()) \
                    or _CONDITION.search(text, s0, m.start()):
                continue  # hedged, or the sentence states the condition ("needs clearance")
            mine = _words(clause)
            if len(mine) < MIN_SHARED:
                continue
            k = max(range(len(words)), key=lambda i: len(mine & words[i]), default=None)
            if k is None:
                continue
            shared = mine & words[k]
            if len(shared) < max(MIN_SHARED, 0.5 * len(mine)):
                continue
            hedge = _hedged(doc, k, shared)
            if hedge is None or _AIM.match(hedge.group()) and _PLAN.search(
                    text, m.start(), m.end() + len(clause)) \
                    and _PLAN.search(doc.text, *doc.sentences[k]):
                continue  # "a pickup it plans to launch from 2028, which it aims to price": a plan
            a, b = doc.sentences[k]
            said = text[m.start():m.end()]
            quoted = " ".join(hedge.group().strip(" ,").split())
            out.append(Clash(m.start(), m.end(), said, quoted, doc.text[a:b],
                             f"the summary states this as certain ({said!r}), but the source "
                             f"hedges it ({quoted!r})"))
            break
    return out + _past_hedge_clashes(ctx)
