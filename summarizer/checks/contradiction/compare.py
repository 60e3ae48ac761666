"""CON001 on figures: a move's from/to arithmetic against its direction word ("fell to $412m
from $372m"), and a figure compared with another ("above the $398 million forecast") read
against what the figures say."""

from __future__ import annotations

import re
from typing import NamedTuple

from ...parsing.directions import lexicon, opposite, stem_list
from .view import _LEVEL_AXES, _RANGE_GAP, Claim, Num, View, same_figure

_UP_DOWN = frozenset(["up", "down"])
_LEVEL_WORDS = ("to", "at")
_ROLE_GAP = re.compile(
    r"([a-z]+)[\s$\u20ac\u00a3\u00a5A-Z]*(?:about |around |some |nearly |roughly )?$"
)


def _role(c: Claim, n: Num) -> str:
    """ "level" for the figure a move reaches ("to 2.8%", "at 4%"), "size" for the size of the
    move ("rose 2.8%", "by 25bp"), "" when neither."""
    text = c.a.text
    for o in c.nums:
        if o.end <= n.start and o.start >= c.polar.end and o.cls == n.cls \
                and _RANGE_GAP.match(text[o.end : n.start]):
            n = o  # "growth of 1% to 2%": the range's second figure has the first one's role
            break
    if n.start < c.polar.end:
        return ""
    m = _ROLE_GAP.search(text, max(c.polar.end - 1, n.start - 24), n.start)
    if m is None:
        return ""
    word = m.group(1)
    if word in _LEVEL_WORDS:
        return "level"
    if word == "by" or m.start(1) < c.polar.end:
        return "size"
    if word == "of" and not text[c.polar.end : m.start(1)].strip():
        # "sales growth of 1.5%", "a rise of 3%"; "raised its guidance of $2" is a level
        return "size" if c.axis == "move" else "level"
    return ""


_FROM_TO_BLOCK = stem_list("from_to_blockers")
_FROM_TO_WINDOW = 10


_BLOCKED: tuple = (None, -1, False)  # (block, segment, blocked): the last clause asked about


def _blocked(a, segment: int, seg_a: int, seg_b: int) -> bool:
    """Does the clause hold a from/to blocker word? Once per clause, not once per claim."""
    global _BLOCKED
    got = _BLOCKED
    if got[0] is not a or got[1] != segment:
        got = _BLOCKED = (a, segment, any(t.stem in _FROM_TO_BLOCK for t in a.tokens[seg_a:seg_b]))
    return got[2]


def _from_to(c: Claim, src: View):
    """ "rallied to 18,400 from 41,000": a move or change whose own figures go the other way,
    both figures given by the source. (level after, level before, way) or None."""
    if c.axis not in _LEVEL_AXES or len(c.values) != 1 or not c.values <= _UP_DOWN:
        return None
    a, p = c.a, c.polar
    seg_a, seg_b = a.segments[p.segment]
    if _blocked(a, p.segment, seg_a, seg_b):
        return None
    if a.tokens[p.tok_end - 1].low in _ADVERBS and p.tok_end < seg_b \
            and a.tokens[p.tok_end].low == "from":
        # "$4.30 to $4.55, down from $4.50 to $4.80": the old range, not a move; "a return of
        # 9.45%, up from the 9.6%": one level against another, which must go the claim's way
        to = next((n for n in c.nums if 0 <= p.start - n.end <= 3), None)
        frm = next((n for n in c.nums if a.tokens[p.tok_end].end < n.start <= a.tokens[p.tok_end].end + 6), None)
        if to is None or frm is None or _IN_RANGE.search(a.text, max(0, to.start - 12), to.start) \
                or _IN_RANGE.match(a.text, frm.end):
            return None
    else:
        to = frm = None
    for k in range(p.tok_end, min(seg_b, p.tok_end + _FROM_TO_WINDOW) if to is None else p.tok_end):
        t = a.tokens[k]
        if t.low not in ("to", "from"):
            continue
        n = next((n for n in c.nums if t.end <= n.start <= t.end + 7), None)
        if n is None:
            continue
        if t.low == "to" and to is None:
            to = n
        elif t.low == "from" and frm is None:
            frm = n
    if to is None or frm is None or to.cls != frm.cls or same_figure(to, frm):
        return None
    if not (src.has_figure(to, a.text) and src.has_figure(frm, a.text)):
        return None
    way = "up" if to.value > frm.value else "down"
    return (to, frm, way) if opposite(c.values, frozenset([way])) else None


_ADVERBS = frozenset(["down", "up", "higher", "lower"])
_IN_RANGE = re.compile(r"\s*(?:to|-|\u2013)\s*[$\u20ac\u00a3\u00a5]?\d|\d\s*(?:to|-|\u2013)\s*[$\u20ac\u00a3\u00a5]?$")


class Compared(NamedTuple):
    """A source figure given against an earlier one ("$5.25 to $5.75, compared with $4.75 to
    $5.75 previously"): which way it went."""

    sentence: int
    way: str
    now: str
    before: str


_COMPARE = re.compile(
    r"(?:\s*(?:per|a)\s+share)?\s*,?\s*(?:compared\s+(?:with|to)|versus|vs\.?|against|from)\s+"
    r"(?:(?:the|its|a|an)\s+)?(?:(?:previous|prior|earlier|original|initial)(?:ly)?\s+)?"
    r"(?:[a-z-]+\s+){0,3}?(?=[A-Z]{0,3}[$\u20ac\u00a3\u00a5]?\s?\d)"
)
_EARLIER = re.compile(
    r"\b(?:previous(?:ly)?|prior|earlier|before|original(?:ly)?|initial(?:ly)?|ago|last)\b"
)
_EXPECTED = re.compile(r"\b(?:expect|forecast|estimat|consensus|analyst|economist|poll)")


def _range_end(nums: list[Num], i: int, text: str) -> int:
    """Index of the last figure of a range starting at nums[i] ("$4.75 to $5.75")."""
    if i + 1 < len(nums) and _RANGE_GAP.match(text[nums[i].end : nums[i + 1].start] or " -"):
        return i + 1
    return i


def _compared(c: Claim, src: View, agree: bool = False):
    """A move or change to a level the source gives against an earlier level, the other way
    (with `agree`, the same way: "41.8%, compared with 40.6% a year ago" bears out "improved
    to 41.8%")."""
    if c.axis not in _LEVEL_AXES or len(c.values) != 1 or not c.values <= _UP_DOWN:
        return None
    level = next((n for n in c.own if _role(c, n) == "level"), None)
    if level is None:
        return None
    text = src.text
    for k in sorted(src.figure_sentences(level, c.a.text)):
        nums = [n for n in src.sentence_nums(k) if n.cls != "year"]
        end_k = src.sentences[k][1]
        for i, n in enumerate(nums):
            if not same_figure(n, level):
                continue
            hi = _range_end(nums, i, text)
            m = _COMPARE.match(text, nums[hi].end, end_k)
            j = (
                next((j for j in range(hi + 1, len(nums)) if nums[j].start >= m.end()), None)
                if m
                else None
            )
            if j is None or nums[j].start - m.end() > 4 or nums[j].cls != n.cls:
                continue
            j_hi = _range_end(nums, j, text)
            stop = re.search(r"[,;]|\.(?!\d)", text[nums[j_hi].end : end_k])
            after = text[nums[j_hi].end : nums[j_hi].end + (stop.start() if stop else 40)]
            between = text[m.start() : nums[j].start]
            low = (between + after).lower()
            if not _EARLIER.search(low) or _EXPECTED.search(low):
                continue
            # "to 18.0% to 18.5%, from 18.0% to 19.0%": a range's top against the other's top
            tail = i > 0 and _range_end(nums, i - 1, text) == i
            diffs = [n.value - nums[j_hi if tail else j].value]
            if hi > i and j_hi > j:
                diffs.append(nums[hi].value - nums[j_hi].value)
            signs = {d > 0 for d in diffs if abs(d) > 1e-9}
            if len(signs) != 1:
                continue
            way = "up" if signs.pop() else "down"
            if _judged_as_good_or_bad(c):  # "operating ratio weakened to 93.6% from 91.8%"
                way = "down" if way == "up" else "up"
            if opposite(c.values, frozenset([way])) != agree:
                return Compared(
                    k, way, text[n.start : nums[hi].end], text[nums[j].start : nums[j_hi].end]
                )
            return None
    return None


_EVALUATIVE = re.compile(r"(?:weak|strength|improv|deteriorat|worsen)")


def _judged_as_good_or_bad(c: Claim) -> bool:
    """A word of better or worse ("weakened", "improved") on a metric where lower is better (a
    cost, an operating ratio): a rise is the weakening."""
    lex = lexicon()
    return bool(_EVALUATIVE.match(c.a.tokens[c.polar.tok].low)) \
        and bool(c.near & lex.lower_is_better) and not c.near & lex.higher_is_better

