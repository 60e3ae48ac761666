"""One `Claim` per direction word of a text block, as `View.read` builds them: its figures (those
of its clause that can be the level of a move, and those right at the trigger), its words, the
subject before it and the words near it; then, in a clause with several statements, each
statement keeps the figures next to its own trigger."""

from __future__ import annotations

import bisect
import heapq
import itertools
import re

from ...parsing.directions import Analysis, Polar, lexicon, opposite
from .view import _LEVEL_AXES, _NEAR, STOP, Claim, View, _content, _lex_stems


def _near_start(a: Analysis, tok: int, seg_a: int) -> int:
    """First token of the words right before a trigger, never across a comma or a conjunction
    ("14 airports, boosted by Easter falling": "Easter", not "airports")."""
    i = tok
    toks = a.tokens
    if i - 1 > seg_a and toks[i - 1].low == ",":
        # "Economic expectations, by contrast, rose": an aside between commas is skipped
        for k in range(i - 2, max(seg_a, i - 5), -1):
            if toks[k].low == ",":
                if " ".join(t.low for t in toks[k + 1:i - 1]) in _ASIDES:
                    i = tok = k
                break
    while i > max(seg_a, tok - _NEAR) and toks[i - 1].low not in _NEAR_STOP and not (
            toks[i - 1].low in ("and", "or") and (toks[i].low in _ARTICLES or i == tok)):
        i -= 1  # "higher interest income and lower provisions": "lower" starts its own words
    return i


_ASIDES = frozenset(["however", "by contrast", "in contrast", "meanwhile", "though", "too",
                     "in turn", "for its part", "on the other hand", "also", "instead",
                     "in particular", "notably", "by comparison", "separately"])


def _near_end(a: Analysis, end: int, seg_b: int) -> int:
    """End of the words right after a trigger, never across a comma or a conjunction ("chip
    stocks slide, yields rise": not "yields")."""
    i, toks = end, a.tokens
    if end + 1 < len(toks) and (toks[end].low, toks[end + 1].low) in _CAUSE_NEXT:
        return end  # "the decline came from larger rebates": what follows is the cause
    while i < min(seg_b, end + _NEAR) and toks[i].low not in _NEAR_STOP and not (
            toks[i].low in ("and", "or") and (i == end or i + 1 < len(toks)
                                             and toks[i + 1].low in _ARTICLES)) and not (
            toks[i].low == "as" and i + 1 < seg_b and toks[i + 1].kind == "w"
            and toks[i + 1].low not in _AS_NOT_CAUSE):
        i += 1  # "interest income grew and provisions dropped": "grew" ends at "and"; "fell 2%
        # as aligner case volumes dropped 4%": what follows "as" is the cause
    return i


_AS_NOT_CAUSE = frozenset(["much", "many", "well", "expected", "forecast", "anticipated",
                           "planned", "high", "low", "little", "a", "an", "part", "of", "per",
                           "such", "far", "long", "soon", "recently", "usual", "before",
                           "previously", "guided", "promised", "flagged", "scheduled"])


_CAUSE_NEXT = frozenset([("came", "from"), ("stemmed", "from"), ("was", "due"), ("reflected", "the"),
                         ("was", "driven"), ("resulted", "from"), ("came", "mainly"),
                         ("came", "largely"), ("was", "caused")])
# "a selloff in chip shares and a rise in Treasury yields": the words before "and a" are another
# statement's, not what rose ("gasoline and distillate stocks rose" keeps both).
_NEAR_STOP = frozenset([",", ";", "but", "while", "whereas"])
_ARTICLES = frozenset(["a", "an", "the", "its", "their"])


def _bracket(text: str, s: int, e: int, start: int, end: int) -> tuple[int, int] | None:
    """The span of the brackets the trigger [start, end) stands in, within [s, e), or None."""
    i = text.rfind("(", s, start)
    if i < 0 or text.find(")", i, start) >= 0:
        return None
    j = text.find(")", end, e)
    return (i, j) if j >= 0 else None


def _effect(a: Analysis, p: Polar) -> bool:
    """ "higher mortgage rates weigh on affordability": what moved is the object after the verb;
    the words before it are the cause."""
    return a.tokens[p.tok_end - 1].low == "on" and a.tokens[p.tok].low.startswith("weigh")


def _own_start(a: Analysis, tok: int, seg_a: int) -> int:
    """First token whose figure may be a trigger's own: up to four words back, never out of a
    bracket ("(up as much as 3.4%) before easing": not 3.4%; "to 4.52%, the highest": 4.52%)."""
    i = tok
    while i > max(seg_a, tok - 4) and a.tokens[i - 1].low not in _OWN_STOPS:
        i -= 1
    return i


# A bracket, or a word that opens another clause ("widened 150 bps to 86.3% as Pramidex
# shrinks": 86.3% is the margin's, not the shrinking's).
_OWN_STOPS = frozenset(["(", ")", "as", "while", "because", "since", "whereas", "although"])


_COUNTED = re.compile(r"\s+(?!(?:per|to|and|or|in|of|from|on|at|by|a|an|the|this|that|than|year|"
                      r"years|month|months|week|weeks|day|days|times)\b)[a-z]{3,}")


# "after 48 weeks": a time span, no level of a move (a "14-month high" is told by its span).
_SPAN = re.compile(r"[\s-]+(?:years?|months?|weeks?|days?|quarters?|hours?)\b")


_NEXT_PHRASE = re.compile(r"\s(?:and|while|but)\s+(?:an?|the|its|their)\s", re.IGNORECASE)


def _claim(p: Polar, a: Analysis, view: View) -> Claim:
    s, e = a.segment_span(p.segment)
    seg_a, seg_b = a.segments[p.segment]
    years = p.axis == "extreme"
    # A clause's figures and words are the same for each of its claims: found once per clause
    # (a clause of thousands of claims made this quadratic).
    nums, starts = view.clause_memo(a, ("nums", p.segment, years),
                                    lambda: _with_starts(tuple(view.nums_between(s, e, years=years))))
    lo, hi = a.tokens[_own_start(a, p.tok, seg_a)].start, a.tokens[min(seg_b, p.tok_end + 5) - 1].end
    # "from 59.1%": its "%" may lie after the window, so a figure counts by where it starts.
    if starts is not None:  # figures in text order: those starting in [lo, hi) are a slice
        own = nums[bisect.bisect_left(starts, lo):bisect.bisect_left(starts, hi)]
    else:
        own = tuple(n for n in nums if lo <= n.start < hi)
    # "devalues the dinar by 18%, hikes rates": a size after "by", a comma before the trigger,
    # is the size of the move before it, not a figure of this one ("rose by 5%, beating
    # forecasts" is judged by it). Sixty characters back: bounded work in a long clause.
    sized = []
    if p.axis in ("move", "change"):
        near = nums[bisect.bisect_left(starts, p.start - 60):bisect.bisect_left(starts, p.start)] \
            if starts is not None else [n for n in nums if p.start - 60 <= n.start < p.start]
        sized = [n for n in near if n.end <= p.start and "," in a.text[n.end : p.start]
                 and _BY.search(a.text, max(0, n.start - 40), n.start)]
    # A count of things away from the trigger ("across its 11 airports") and a time span ("after
    # 48 weeks") are no level of a move: the clause's figures less those, once per clause; a
    # count right at the trigger stays this claim's.
    spans_out = p.axis != "extreme"
    base = view.clause_memo(a, ("levels", p.segment, years, spans_out),
                            lambda: tuple(n for n in nums if _level(view, n, spans_out)))
    lost = [n for n in own if not _level(view, n, spans_out) and not _span(view, n, spans_out)]
    if lost:
        keep = set(base).union(lost)
        nums = tuple(n for n in nums if n in keep)
    else:
        nums = base
    own = tuple(n for n in own if not _span(view, n, spans_out))
    if own and own[-1].start > p.end and _NEXT_PHRASE.search(a.text, p.end, own[-1].start):
        # "a revenue decline and a 6-7% margin": the figure after "and a" heads its own phrase
        cut = _NEXT_PHRASE.search(a.text, p.end, own[-1].start).start()
        own = tuple(n for n in own if n.start < cut)
    inner = _bracket(a.text, s, e, p.start, p.end)
    if inner is not None:  # "(currently two more cuts)": the bracket is a clause of its own
        nums = tuple(n for n in nums if inner[0] <= n.start < inner[1])
        own = tuple(n for n in own if inner[0] <= n.start < inner[1])
    if sized:
        nums = tuple(n for n in nums if n not in sized)
        own = tuple(n for n in own if n not in sized)
    cause = _cause_at(a, p.tok, seg_a)
    if cause is not None:  # "to $2.30-$2.45, citing lower volumes": not the cause's figures
        nums = tuple(n for n in nums if n.start >= cause)
        own = tuple(n for n in own if n.start >= cause)
    axis, values = p.axis, p.values
    if axis == "estimate" and _about_previous(a, p, seg_b):
        # "0.6 points higher than its previous forecast": the forecast was raised.
        axis = "change"
        values = frozenset("up" if v == "above" else "down" for v in values)
    lead = ()
    if axis == "estimate" and p.segment > 0 and a.tokens[seg_a].low in _CONTRAST \
            and not any(n.end <= p.start for n in nums):
        ls, le = a.segment_span(p.segment - 1)
        if not _SENTENCE_END.search(a.text, le, p.start):
            lead = tuple(view.nums_between(ls, le, years=False))
    return Claim(
        polar=p,
        a=a,
        axis=axis,
        values=values,
        nums=nums,
        own=own,
        words=view.clause_memo(a, ("words", p.segment), lambda: _content(a.tokens[seg_a:seg_b])),
        subject=_subject(view, a, p, seg_a, seg_b),
        near=_content(a.tokens[_near_start(a, p.tok, seg_a) if not _effect(a, p) else p.tok_end :
                               _near_end(a, p.tok_end, seg_b)]),
        lead=lead,
    )


_CONTRAST = frozenset(["though", "although", "but"])
_SENTENCE_END = re.compile(r"[.!?]\s")


def _subject(view: View, a: Analysis, p: Polar, seg_a: int, seg_b: int) -> frozenset:
    """_content(a.tokens[seg_a:p.tok]), from the clause's content words listed once (each at
    its first token): the same set, without rereading the clause for each of its claims."""
    if p.tok > seg_b:
        return _content(a.tokens[seg_a : p.tok])
    idx, stems = view.clause_memo(a, ("firsts", p.segment), lambda: _firsts(a.tokens, seg_a, seg_b))
    own = frozenset(stems[: bisect.bisect_left(idx, p.tok)])
    if p.segment > 0 and p.axis in ("move", "change") and a.tokens[seg_a].low in _RELATIVE:
        # "online sales, which fell 4%": the clause's subject is the noun it hangs on
        ps, pe = a.segments[p.segment - 1]
        own |= _content(a.tokens[max(ps, pe - _HANG):pe])
    return own


_RELATIVE = frozenset(["which", "that", "who"])
_HANG = 3  # the last words of the clause before a relative clause: what it hangs on


def _firsts(tokens, seg_a: int, seg_b: int) -> tuple[list[int], list[str]]:
    skip = _lex_stems()
    seen: set[str] = set()
    idx, stems = [], []
    for i in range(seg_a, seg_b):
        t = tokens[i]
        if t.kind == "w" and len(t.stem) > 1 and t.stem not in STOP and t.stem not in skip \
                and t.stem not in seen:
            seen.add(t.stem)
            idx.append(i)
            stems.append(t.stem)
    return idx, stems


def _with_starts(nums: tuple) -> tuple:
    """(figures, their starts when in text order else None)."""
    starts = [n.start for n in nums]
    return nums, (starts if all(x <= y for x, y in itertools.pairwise(starts)) else None)


def _span(view: View, n, spans_out: bool) -> bool:
    return spans_out and n.cls == "plain" and bool(_SPAN.match(view.text, n.end))


def _level(view: View, n, spans_out: bool) -> bool:
    """Figure n can be the level of a move: no time span, and no count of things ("11 airports")."""
    if _span(view, n, spans_out):
        return False
    return n.cls != "plain" or n.value != int(n.value) or not _COUNTED.match(view.text, n.end)


def _gap(c: Claim, n) -> int:
    """How far figure n is from c's trigger: after it, the characters between; before it, none
    when only a space parts them ("2.6% higher"), else farther than any figure after."""
    p = c.polar
    if n.start >= p.end:
        return n.start - p.end
    return 0 if c.a.text[n.end : p.start].isspace() else len(c.a.text)


def _nearest_owns(claims: list[Claim]) -> None:
    """A figure next to two opposite triggers of one clause is the nearer one's ("before easing
    to trade 2.6% higher": 2.6% is how much higher, not how much it eased; "rose as much as 3.4%
    before paring gains": 3.4% is the rise). Neighbours only: a figure is within reach of few
    triggers."""
    for c, d in itertools.pairwise(claims):
        if d.a is not c.a or d.polar.segment != c.polar.segment:
            continue
        # "cut its summer capacity by 7 percent after a jump in fuel prices": a figure after "by"
        # is the size of the move before it, never of the one after it.
        # Not "offset by 4.5% higher volumes": a figure right at the later trigger is its own.
        sized = [n for n in d.own if c.polar.end <= n.start and n.end < d.polar.start
                 and not c.a.text[n.end : d.polar.start].isspace()
                 and _BY.search(c.a.text, max(0, n.start - 40), n.start)]
        if sized:
            d.own = tuple(x for x in d.own if x not in sized)
            c.own = c.own + tuple(x for x in sized if x not in c.own)
        if d.axis != c.axis or not opposite(c.values, d.values):
            continue
        for n in set(c.own) & set(d.own):
            if _gap(c, n) != _gap(d, n):
                far = c if _gap(c, n) > _gap(d, n) else d
                far.own = tuple(x for x in far.own if x is not n)


# "by" of a size ("cut ... by about 7%"), not of an agent ("offset by", "driven by").
_BY = re.compile(r"(?<!offset )(?<!driven )(?<!helped )(?<!hurt )(?<!led )(?<!caused )\bby\s+"
                 r"(?:(?:about|around|some|roughly|nearly|almost|another|a\s+further)\s+)?"
                 r"(?:[A-Z]{0,3}[$\u20ac\u00a3\u00a5]\s?)?$")


# Axes of a claim about a level, which a figure next to another claim's trigger never anchors.
_OWN_FIGURES_AXES = (*_LEVEL_AXES, "extreme", "quality", "width")


def _drop_others_figures(claims: list[Claim]) -> None:
    """In a clause with several statements ("online sales jumped 11.2%, traffic rose and apparel
    sales rose 4.5%"; "prices are down 5% as demand slowed and production has risen"; "margin
    narrowed 210bp to 21.3%, hurt by incentives, up from 6.9%"), a figure right next to another
    statement's trigger and not next to this one's is that statement's: it no longer anchors
    this claim, whichever way the other statement goes."""
    by_seg: dict[tuple[int, int], list[Claim]] = {}
    for c in claims:
        by_seg.setdefault((id(c.a), c.polar.segment), []).append(c)
    for group in by_seg.values():
        if len(group) < 2:
            continue
        # The figures owned by the other claims of the clause, less c's own, are those owned by
        # any claim of it less c's own: one union per clause, not one per claim.
        owned: set = set()
        links: dict[int, tuple] = {}  # id of a clause's figures -> (figures, from-links)
        mine_of = {id(d): _with_from(d, links) for d in group}
        for d in group:
            owned.update(mine_of[id(d)])
        kept: dict[int, tuple] = {}  # id of a clause's figures -> (figures, index, kept)
        for c in group:
            if c.axis not in _OWN_FIGURES_AXES:
                continue
            mine = mine_of[id(c)]
            if len(owned) <= sum(1 for n in mine if n in owned):
                continue  # nothing of theirs
            got = kept.get(id(c.nums))
            if got is None or got[0] is not c.nums:
                index = {n: i for i, n in enumerate(c.nums)}
                got = kept[id(c.nums)] = (c.nums, index if len(index) == len(c.nums) else None,
                                          [i for i, n in enumerate(c.nums) if n not in owned])
            nums, index, base = got
            if index is None or not mine <= index.keys():
                c.nums = tuple(n for n in nums if n not in owned or n in mine)
                continue
            extra = sorted(index[n] for n in mine if n in owned)
            c.nums = tuple(nums[i] for i in heapq.merge(base, extra))


_FROM_GAP = re.compile(r"\s*(?:[a-z]+\s+){0,2}?(?:up\s+|down\s+)?from\s+(?:[A-Z]{0,3}[$\u20ac\u00a3\u00a5]\s?)?")


def _with_from(c: Claim, links: dict) -> set:
    """A claim's own figures and the earlier level given right after one of them ("narrowing the
    surplus to 14.6 billion euros from 18.2 billion": 18.2 billion is the narrowing's too). The
    links are found once per clause (`links`, by the id of its figures)."""
    mine = set(c.own)
    if not mine:
        return mine
    got = links.get(id(c.nums))
    if got is None or got[0] is not c.nums:
        text, nums = c.a.text, c.nums
        got = links[id(nums)] = (nums, {n: nums[i + 1] for i, n in enumerate(nums[:-1])
                                        if _FROM_GAP.fullmatch(text, n.end, nums[i + 1].start)})
    mine.update(got[1][n] for n in c.own if n in got[1])
    return mine


def _about_previous(a: Analysis, p: Polar, seg_b: int) -> bool:
    prev = lexicon().previous
    return any(t.stem in prev for t in a.tokens[p.tok : min(seg_b, p.tok_end + 3)]) \
        and not _result_before(a, p.tok)


# "organic growth was 0.8%, short of the original 1-2% target": a result measured against the
# old target, not a forecast cut from it ("0.6 points higher than its previous forecast").
_RESULT_NOUNS = frozenset(["growth", "sales", "revenue", "revenues", "profit", "profits", "eps",
                           "earnings", "margin", "margins", "income", "results", "result",
                           "volumes", "volume"])
_FORECAST_NOUNS = frozenset(["forecast", "forecasts", "guidance", "outlook", "target", "targets",
                             "projection", "projections", "estimate", "estimates", "goal",
                             "goals", "view", "range"])


def _result_before(a: Analysis, tok: int) -> bool:
    """Is the nearest of a result's or a forecast's noun in the eight words before token tok
    (over commas, within the sentence) a result's?"""
    for t in reversed(a.tokens[max(0, tok - 8) : tok]):
        if t.low in (".", ";", "\n"):
            return False
        if t.low in _RESULT_NOUNS:
            return True
        if t.low in _FORECAST_NOUNS:
            return False
    return False




# Words that make what follows a cause of the clause's news: "raised its cost guidance to
# $2.45, citing lower volumes", "+9% in constant currency on a weaker peso".
_CAUSES = frozenset(["citing", "cited", "on", "amid", "because", "due", "owing", "thanks",
                     "driven", "helped", "hurt", "hit", "reflecting",
                     # "$0.18 per diluted share, versus a net loss of $6 million"
                     "versus", "vs"])


def _cause_at(a, i: int, seg_a: int) -> int | None:
    """Where the cause phrase of trigger i starts (the end of its cause word, up to three words
    back), or None."""
    for j in range(i - 1, max(seg_a, i - 4) - 1, -1):
        if a.tokens[j].low in _CAUSES:
            return a.tokens[j].end
        if a.tokens[j].kind != "w":
            return None
    return None
