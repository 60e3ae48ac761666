"""What a figure is, read from the words around it, so that a summary figure counts as derived
only by the derivation its own words state (issue 13, item 2).

"Sales dropped 7% to EUR2.4bn": 7% is a *change* (it may be worked out from two source
levels), EUR2.4bn a *level* (it must be in the source, or follow from a source level and a
source change: "to EUR2.4bn, down EUR180m"). A level is never the sum of two unrelated source
amounts, a share of another figure or a percentage change, unless the summary says it is
("a total of", "EUR1bn of stocks and bonds", "14% of global output").

Wrong:  "the outlook remains within its EUR1.9bn large-loss budget" (the source has EUR1.6bn
        and, elsewhere, a EUR320m storm loss: their sum is no budget).
Right:  "the storm will cost about EUR320m, within its EUR1.6bn budget".
"""

from __future__ import annotations

import re
from itertools import pairwise

from ...parsing.quantities import Quantity

# Operations that give a figure from two others (see matching._pair_values).
DIFF, SUM, RISE, FALL, SHARE, PCT_OF, RATIO = "diff", "sum", "rise", "fall", "share", "pct_of", \
    "ratio"
_CHANGE_OPS = frozenset({DIFF, RISE, FALL, PCT_OF})

_REACH_BEFORE = 48
_REACH_AFTER = 40
_HEDGES = (r"(?:(?:of|by|a|an|about|around|roughly|nearly|almost|some|just|over|under|more\s+than"
           r"|less\s+than|close\s+to|approximately|an\s+estimated|a\s+further|another|further"
           r"|only|still|~)\s*)*")
_DOWN = (r"fell|fall(?:s|en|ing)?|dropp?(?:ed|ing|s)?|declin\w*|decreas\w*|cut(?:s|ting)?|lower\w*"
         r"|trimm?\w*|slash\w*|reduc\w*|shed\w*|lost|los(?:e|es|ing)|slipp?\w*|slid(?:e|es|ing)?"
         r"|eas(?:ed|es|ing)|narrow\w*|shr[aiu]nk\w*|contract\w*|plung\w*|tumbl\w*|sank|sink\w*"
         r"|slump\w*|retreat\w*|remov\w*|down|discount|shortfall|miss(?:ed|es|ing)?")
_UP = (r"rose|ris(?:e|es|en|ing)|increas\w*|climb\w*|jump\w*|gr[eo]w(?:s|n|ing|th)?|gain\w*"
       r"|surg\w*|soar\w*|advanc\w*|rall\w*|expand\w*|widen\w*|rais\w*|lift\w*|boost\w*"
       r"|improv\w*|add(?:ed|ing|s)?|up|premium|beat(?:ing|s)?|topp?(?:ed|ing|s)|exceed\w*")
_NEUTRAL = (r"by|chang\w*|swung|swing\w*|mov(?:ed|ing)|gap|spread|difference|edg(?:ed|ing)\s+\w+"
            r"|cumulative|sold|sell(?:s|ing)?|bought|buy(?:s|ing)?|offload\w*|divest\w*")
_SIGN = r"(?<![\w.])[+\u2212-]"
# The rest of a clause: no comma, colon or bracket, and no full stop but in "U.S. crude" or
# "3.5" (a stop before a lower-case word ends no sentence).
_CLAUSE = r"(?:[^,;:()\n.]|\.(?=\S|[ \t]+[a-z]))*"
_CHANGE_BEFORE = re.compile(
    rf"(?:\b(?:(?P<down>{_DOWN})|(?P<up>{_UP})|{_NEUTRAL})\s+|{_SIGN}\s*){_HEDGES}$",
    re.IGNORECASE)
_AFTER_DOWN = (r"less|fewer|lower|below|under|short\s+of|behind|cheaper|smaller|down|inside"
               r"|narrower|worse|decrease|decline|drop|fall|cut|reduction|discount|shortfall")
_AFTER_UP = (r"more|higher|above|over|ahead\s+of|better|larger|bigger|up|wider|increase|rise"
             r"|gain|jump|growth|improvement|premium")
_AFTER_NEUTRAL = (r"year[- ]on[- ]year|y/y|yoy|from\s+a\s+year|on\s+the\s+year|compared|versus"
                  r"|vs\.?|than|gap|spread|difference|change|swing|pts?\b|points?\b"
                  r"|percentage\s+points?|bps?\b|basis\s+points?")
_CHANGE_AFTER = re.compile(
    rf"[\s)]*(?:(?P<down>{_AFTER_DOWN})|(?P<up>{_AFTER_UP})|{_AFTER_NEUTRAL})\b",
    re.IGNORECASE)
# "Brent's premium to WTI stood at $3.77": a difference named earlier in the clause.
_DIFFERENCE_NOUN = re.compile(
    r"\b(?:premium|discount|gap|spread|difference|shortfall|savings?|headwind|tailwind)\b"
    + _CLAUSE + r"(?<!\bto )(?<!\bfrom )$", re.IGNORECASE)
# "brings cumulative easing to 200 bps": changes added up, a difference of two levels.
_CUMULATIVE = re.compile(r"\bcumulative\b" + _CLAUSE + "$", re.IGNORECASE)
_TOTAL = re.compile(
    r"\b(?:total\w*|combined|together|in\s+all|altogether|overall|aggregate|cumulative\w*|sum"
    r"|includ\w*|plus)\b" + _CLAUSE + "$", re.IGNORECASE)
_TOTAL_AFTER = re.compile(r"[\s)]*(?:in\s+(?:total|all)|combined|altogether|together|overall|over\s+(?:the\s+)?"
                          r"(?:two|three|four|five|\d)\s+(?:days|sessions|weeks|months|quarters|years))\b",
                          re.IGNORECASE)  # "lost about 12% over two days": the days' moves added
# "sold a net 10.9bn baht of stocks and bonds": a figure for two things at once.
_TWO_PARTS = re.compile(
    r"(?:\s+\S+){0,3}?\s+(?:of|in|on|via|from|across|for|between)\s+(?:[\w'-]+\s+){0,3}?"
    r"[\w'-]+\s+(?:and|plus|&)\s+\w", re.IGNORECASE)
# "what remains of its EUR150 million buyback (about EUR90 million)": a rest, a difference.
_REMAINDER = re.compile(r"\b(?:remain(?:s|ed|ing|der)?|unspent|unused|unfinished|left\s+over|leftover)\b"
                        r"[^.;:]*$", re.IGNORECASE)
_REMAINDER_REACH = 80
_IMPLIED = re.compile(r"\bimpl(?:ying|ied|ies|y)\b" + _CLAUSE + "$", re.IGNORECASE)
_SHARE_AFTER = re.compile(r"[\s)]*(?:of|share|stake)\b", re.IGNORECASE)
_SHARE_BEFORE = re.compile(
    r"\b(?:share|stake|portion|proportion|accounted\s+for|accounts?\s+for|representing)\b"
    + _CLAUSE + "$", re.IGNORECASE)


class Role:
    """The derivations the words around one figure allow."""

    __slots__ = ("direction", "ops")

    def __init__(self, ops: frozenset[str], direction: str | None):
        self.ops = ops
        self.direction = direction  # "up", "down" or None: which way a percentage change runs

    def allows(self, op: str) -> bool:
        if op not in self.ops:
            return False
        # "15% below the benchmark" runs down from the benchmark, "up 15%" up from the base
        return not (op == RISE and self.direction == "down" or op == FALL and self.direction == "up")


ANY = Role(frozenset({DIFF, SUM, RISE, FALL, SHARE, PCT_OF, RATIO}), None)


def _direction(m: re.Match | None) -> str | None:
    if m is None:
        return None
    return "down" if m.group("down") else "up" if m.group("up") else None


def is_change(q: Quantity, text: str) -> bool:
    """Does the text give `q` as a change ("down EUR180m", "by 2 cents", "+0.5 pt")?"""
    before = text[max(0, q.start - _REACH_BEFORE):q.start]
    return _CHANGE_BEFORE.search(before) is not None or _CHANGE_AFTER.match(
        text, q.end, q.end + _REACH_AFTER) is not None


def stated_sum(q: Quantity, text: str) -> bool:
    """Does the text say `q` adds figures up ("a total of", "over two days", "combined")?"""
    return _TOTAL.search(text, max(0, q.start - _REACH_BEFORE), q.start) is not None or \
        _TOTAL_AFTER.match(text, q.end, q.end + 24) is not None


def role(q: Quantity, text: str) -> Role:
    """The derivations `q`'s own words state. A level (no such words) gets none: it must be in
    the source or follow from a source level and a source change (see `matching`)."""
    if q.kind == "multiple" or q.unit == "times":
        return ANY  # "twice", "tripled", "3.2 times": the ratio is the statement
    if q.unit in (None, "count") and q.value == int(q.value) and abs(q.value) < 10:
        return ANY  # "2 of 8 closed, 1 lost", "Formula 1": small counts say too little
    if q.unit == "pp":
        return Role(_CHANGE_OPS, None)  # "3.4 points", "percentage points": a difference
    before = text[max(0, q.start - _REACH_BEFORE):q.start]
    if _IMPLIED.search(before):
        return ANY  # "implying an interim of 268c": the summary says it worked the figure out
    ops: set[str] = set()
    direction = None
    m = _CHANGE_BEFORE.search(before)
    a = _CHANGE_AFTER.match(text, q.end, q.end + _REACH_AFTER)
    if m is not None or a is not None or _DIFFERENCE_NOUN.search(before) or _CUMULATIVE.search(
            before) or _REMAINDER.search(text, max(0, q.start - _REMAINDER_REACH), q.start):
        ops |= _CHANGE_OPS
        direction = _direction(a) or _direction(m)
    if _TOTAL.search(before) or _TOTAL_AFTER.match(text, q.end, q.end + 16) or _TWO_PARTS.match(
            text, q.end, q.end + _REACH_AFTER + 20):
        ops.add(SUM)
    if _SHARE_AFTER.match(text, q.end, q.end + 12) or _SHARE_BEFORE.search(before):
        ops |= {SHARE, PCT_OF}
    return Role(frozenset(ops), direction)


def allowed(op: str, how: Role, a: Quantity, b: Quantity, changes, src=None) -> bool:
    """May `op` of a and b give the summary figure whose role is `how`? What its words state,
    or a level and a change told beside it ("to 12 cents, up 2 cents": from 10 cents).
    `changes(x)` says whether x is told as a change where it stands; with `src` (a
    matching._Source), two parts the source joins may be added up (`joined_pairs`)."""
    if how.allows(op):
        return True
    if op == SUM and src is not None and (a.start, b.start) in joined_pairs(src):
        return True  # "100 MHz and 20 MHz of low-band spectrum": two parts the source joins
    return op in (DIFF, SUM) and changes is not None and (changes(a) or changes(b))


def _same_measure(a: Quantity, b: Quantity, text: str) -> bool:
    """Two figures of one measure: the same unit, or the same word right after ("MHz")."""
    if a.unit is not None:
        return a.unit == b.unit and (a.unit != "currency" or a.currency == b.currency)
    wa, wb = _WORD_AFTER.match(text, a.end), _WORD_AFTER.match(text, b.end)
    return bool(wa and wb and wa.group(1).lower() == wb.group(1).lower())


_WORD_AFTER = re.compile(r"\s*([A-Za-z]{2,})")
# The words between two figures that the source gives as parts of one thing: "and" after at most
# six words of the first ("120 MHz in the higher band and 20 MHz").
_PARTS_JOINED = re.compile(r"(?:\s+[\w.-]+){0,6}?\s+(?:and|plus)\s+"
                           r"(?:another\s+|a\s+further\s+)?")


def joined_sum(q: Quantity, src) -> bool:
    """`q` is the sum of two figures of one measure that a source sentence joins with "and"
    ("120 MHz in the higher band and 20 MHz" for "140 MHz"): the summary adds up what the source
    gives as two parts of one thing. `src` is a matching._Source."""
    if q.high is not None or q.unit not in (None, "count"):
        return False
    return any(a.unit == q.unit and abs(a.value + b.value - q.value) <= max(q.precision, 1e-9) / 2
               for a, b in joined_pairs(src).values())


def joined_pairs(src) -> dict:
    """(start, start) -> (a, b) for each two neighbouring figures of one measure that a source
    sentence joins with "and", found once per source."""
    def build(_d) -> dict:
        text = src.doc.text
        out: dict = {}
        for idx in src.by_sentence.values():
            figs = [src.quantities[i] for i in idx]
            for a, b in pairwise(figs):
                if a.high is None and b.high is None and a.unit == b.unit \
                        and _PARTS_JOINED.fullmatch(text, a.end, b.start) \
                        and _same_measure(a, b, text):
                    out[(a.start, b.start)] = (a, b)
        return out
    return src.doc.memo("numbers.joined_pairs", build)
