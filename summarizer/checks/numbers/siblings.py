"""NUM004, a figure given its sibling's words: the source states two figures of a kind in one
sentence, each with its own words, and the summary puts one figure after the words of the
other ("deposit rate ... 28.25%" when 28.25% was the lending rate and the deposit rate's level
is another figure). Not when the two are one thing's old and new levels, or when the summary
states both."""

from __future__ import annotations

import re

from ...parsing.quantities import Quantity
from ...text import Document
from .context import _CLAUSE_CUT, _MOVES, _chain_clause, _content_stems, _context, _has_content
from .figures import figures
from .matching import _direct, _Source, dimension


def _qualifier_moved(q: Quantity, summary: Document, src: _Source, matches: list[int],
                     quantities: list[Quantity]):
    """The words right before the figure (its metric, move words aside) are stated in the source
    with a sibling figure of the same kind in the same sentence, not with this one, and what
    sets this one apart there is absent from the summary clause ("deposit rate ... 28.25%" when
    28.25% was the lending rate and the deposit rate's level is another figure)."""
    chain = _chain_clause(q, summary, quantities)
    words = [_SAME.get(w, w) for w in chain if w not in _MOVES]
    if len(words) < 2 or len(matches) != 1 or trails_figure(summary, quantities, q):
        return None
    i = matches[0]
    if src.quantities[i].kind != "number" or q.kind != "number":
        return None
    # and a basis right after it ("grew 6% in constant currency": what sets it apart)
    after = _AFTER_CUT.search(summary.text, q.end, min(summary.sentence_span(q.start)[1],
                                                       q.end + 40))
    clause = set(words) | {_SAME[w] for w in chain if w in _MOVES and w in _SAME} \
        | _BASIS.intersection(_content_stems(
        summary.text, q.end, after.start() if after else q.end + 40)[:4])
    mine = _same(_context(src, i)[0]) - _MOVES
    metric = set(words[-2:])
    modifier = metric <= mine and len(words) >= 3
    if modifier:
        metric = set(words[-3:])  # "free cash flow" for "operating cash flow": the modifier
    new = metric - mine
    m0 = src.quantities[i]
    # Its own metric: the words right before it and right after it in its clause.
    stext = src.doc.text
    m_s, m_e = src.doc.sentence_span(m0.start)
    cut = _CLAUSE_CUT.search(stext, m0.end, m_e)
    own_metric = _same(_content_stems(stext, m_s, m0.start)[-3:]
                       + _content_stems(stext, m0.end, cut.start() if cut else m_e)[:3])
    if not new:
        return None
    dq = dimension(q)[0]
    for k in src.by_sentence.get(src.sentence_of[i], ()):
        o = src.quantities[k]
        if k == i or dimension(o)[0] != dq or o.kind != "number":
            continue
        m = src.quantities[i]
        a, b = sorted((m, o), key=lambda x: x.start)
        if not _has_content(src.doc.text, a.end, b.start):
            continue  # "up 93 cents, or 1.4%, at $65.46": one statement
        if _aside(stext, m_s, o.start) and not _aside(stext, m_s, m0.start) or in_subject(stext, o):
            continue  # "- where a figure below 100% indicates a profit -": a gloss, no sibling;
            # "a mortgage with a 25% deposit was 4.9%": a figure inside the subject
        lo, hi = sorted((abs(o.value) or 1e-9, abs(q.value) or 1e-9))
        if hi / lo > 100:
            continue  # a per-share price is no sibling of a deal value
        ctx = _same(_context(src, k)[0])
        # What sets this one apart: its own metric words, right before it ("lower annual costs
        # by 400 million" / "restructuring charges of about 250 million"), not the sentence's
        # subject the two share ("Halden expects").
        apart = mine - ctx
        if modifier and not metric <= set(_content_stems(stext, max(0, o.start - 40), o.start)[-3:]):
            continue  # a modifier tells only where the rival's own three words say it
        if new <= ctx and apart and not apart & own_metric & clause:
            return None if one_thing(q, summary, src, quantities, i, k) else o
    return None


# Words that name one metric: "direct-to-consumer sales" is the source's "direct-to-consumer
# revenue", not its "online sales".
_SAME = dict.fromkeys(["sal", "sale", "sales", "reve", "reven", "revenu", "revenue", "turno",
                        "turnov", "turnover"], "=revenue") | dict.fromkeys(
    ["los", "loss", "lost", "lose"], "=loss")  # "lost $2 million": the source's "a loss of"


_AFTER_CUT = re.compile(r"[,;:(]|\d|$")  # the next figure or clause: another figure's words
_BASIS = frozenset(["const", "curre", "organ", "repor", "adjus", "under", "like", "compa"])


def _aside(text: str, sent_start: int, at: int) -> bool:
    """Is `at` inside a parenthesis or a dash-fenced aside opened in its sentence before it
    ("the combined ratio - where a figure below 100% indicates a profit - rose to 104.8%")?"""
    head = text[sent_start:at]
    return head.count("(") > head.count(")") or len(_DASH.findall(head)) % 2 == 1


_DASH = re.compile(r"\s[-\u2013\u2014]\s|\u2014")


def _same(stems) -> frozenset[str]:
    return frozenset(_SAME.get(w, w) for w in stems)


def one_thing(q: Quantity, summary: Document, src: _Source, quantities: list[Quantity], i: int,
              k: int) -> bool:
    """Are source figure i (the summary's `q`) and its sibling k the old and new levels of one
    thing, in the source ("up from 19%", "later increasing that to 245") or in the summary
    ("rose from 19% to 31%", "a $12 million profit from a $97 million loss")? Then the words
    they share say nothing of a swap."""
    m0 = src.quantities[i]
    m_s = src.doc.sentence_span(m0.start)[0]
    if _MOVE_LINK.search(src.doc.text, max(m_s, m0.start - 40), m0.start):
        return True
    mk, doc = src.quantities[k], src.doc.text
    one = src.sentence_of[i] == src.sentence_of[k]
    if one and m0.end <= mk.start <= m0.end + 120 and ";" not in doc[m0.end : mk.start] \
            and _BASE_LINK.search(doc, max(m0.end, mk.start - 40), mk.start):
        return True  # "4.1 TWh in the six months to June, down from 6.2 TWh": its earlier level
    if one and mk.end <= m0.start <= mk.end + 60 and not any(c in doc[mk.end : m0.start] for c in ";:.") \
            and _AND_MOVED.search(doc, max(mk.end, m0.start - 40), m0.start) \
            and _TOLD_MOVED.search(summary.text, max(0, q.start - 30), q.start):
        # "North America was 64% of revenue and grew 22%": one subject's two figures, and the
        # summary tells the move ("North America +22%"), not the share
        return True
    s0, s1 = summary.sentence_span(q.start)
    text = summary.text
    near = figures(summary, quantities).between(max(s0, q.start - _LINK_REACH - 20),
                                                min(s1, q.end + _LINK_REACH + 1))
    for r in near:
        if r is q or k not in _direct(r, src):
            continue
        a, b = (r, q) if r.end <= q.start else (q, r)
        if 0 <= b.start - a.end <= _LINK_REACH and _FROM_TO.fullmatch(text, a.end, b.start):
            return True
    return False


def in_subject(text: str, o: Quantity) -> bool:
    """Is source figure `o` part of a noun phrase ("a five-year fixed mortgage with a 25% deposit"),
    not a figure of its own statement?"""
    return _WITH_A.search(text, max(0, o.start - 12), o.start) is not None


_WITH_A = re.compile(r"\bwith\s+(?:an?|its)\s+$", re.IGNORECASE)


def trails_figure(summary: Document, quantities: list[Quantity], q: Quantity) -> bool:
    """The words before `q` are another figure's, right after it: "a 16.8% operating margin on
    9% sales growth" (the margin is the 16.8%, not the 9%)."""
    s0 = summary.sentence_span(q.start)[0]
    return any(o.end <= q.start and _TRAILING.fullmatch(summary.text, o.end, q.start)
               for o in figures(summary, quantities).between(max(s0, q.start - 60), q.start))


# ("$347 million of free cash flow after $498 million of capex": the flow is the $347 million's)
_TRAILING = re.compile(r"(?:\s+[a-z][\w-]*){1,4}\s+(?:on|at|with|for|in|after|before|against)\s+"
                       r"(?:an?\s+|the\s+)?")


_AND_MOVED = re.compile(r"\band\s+(?:grew|rose|fell|increased|decreased|declined|jumped|climbed|"
                        r"gained|dropped|expanded|shrank|slipped|was\s+(?:up|down))\s+(?:by\s+)?"
                        r"(?:about\s+|around\s+|roughly\s+|nearly\s+|some\s+)?$")


_BASE_LINK = re.compile(r"\b(?:(?:up|down)\s+)?(?:from|compared\s+(?:with|to)|versus|vs\.?|against)"
                        r"\s+(?:an?\s+|the\s+)?(?:(?:revised|preliminary|previous|prior|initial|earlier|"
                        r"original)\s+)?(?:about\s+|around\s+|roughly\s+)?$",
                        re.IGNORECASE)
_TOLD_MOVED = re.compile(r"(?:\+|\b(?:grew|rose|fell|up|down|increased|decreased|declined|"
                         r"jumped|climbed|gained|dropped|expanded|shrank|slipped)\s+(?:by\s+)?"
                         r"(?:about\s+|around\s+|roughly\s+|nearly\s+|some\s+)?)$")


_LINK_REACH = 48  # characters between the two levels of one move in the summary
# "19% to 31%", "profit from a $97 million loss", "added 180,000 members since December to reach
# 6.42 million": a few words, then "from" or "to" (and the verb of a level reached) right before.
_FROM_TO = re.compile(r"\s*(?:[\w-]+\s+){0,4}?(?:from|to)\s+(?:reach\s+|hit\s+|a\s+total\s+of\s+)?"
                      r"(?:an?\s+|the\s+)?", re.IGNORECASE)


_MOVE_LINK = re.compile(r"\b(?:(?:up|down)\s+from|compared\s+(?:with|to)|versus|vs\.?|"
                        r"(?:increas|rais|lift|boost|cut|reduc|lower|trimm|chang|revis|expand|"
                        r"extend)\w*\s+(?:\w+\s+){0,2}?(?:to|from))\s+"
                        r"(?:about\s+|around\s+|roughly\s+)?$", re.IGNORECASE)
