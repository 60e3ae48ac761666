"""CON001: a direction flipped (rose/fell, beat/missed, raised/cut/kept, buyers/sellers), judged only
against source statements anchored on the same figure or subject."""

from __future__ import annotations

import re
from typing import NamedTuple

from ...parsing.directions import (
    lexicon,
    opposite,
    reference_cue,
)
from ..base import CheckContext
from .amounts import bound_figure, paid_figure, same_paid
from .anchors import (
    _VERBAL,
    _anchor_words,
    _candidates,
    _of_other_noun,
    _told_elsewhere,
    attributive_agrees,
)
from .compare import _UP_DOWN, Compared, _compared, _from_to, _role
from .expectations import _judge_estimate
from .goodness import _as_move, _base_words, _own_words, as_moves
from .grades import judge_grade
from .guards import (
    agreed,
    aim,
    closest_sentences,
    conditional,
    continues,
    contrasted,
    disputed,
    forecast_label,
    hedged_near_claims,
    mixed_scale,
    noun_sense,
    occurs,
    of_growth,
    of_rules,
    other_metric,
    pace,
    pace_word,
    pared,
    said_there,
    shares,
    tightly_anchored,
    uncommitted,
    wager_move,
    wagered,
)
from .guidance import guidance_agrees
from .resolution import judge_resolution
from .standing import (
    asked,
    cost_wording,
    earlier_guide,
    forecast_only,
    forward,
    habitual,
    history,
    left_open,
    measured_past,
    paced,
    refused,
    timing,
)
from .view import _LEVEL_AXES, LEAD_IN, Claim, Num, View, numbers, same_figure
from .wagers import judge_wager


# ---------------------------------------------------------------------------------- polar claims
class Clash(NamedTuple):
    start: int
    end: int
    says: str  # what the summary says
    source_says: str
    evidence: str
    message: str = ""  # one plain sentence; default: both sides quoted

    def explain(self) -> str:
        return self.message or (f"the summary says {self.says!r}, but the source says "
                                f"{self.source_says!r}")


_JOINS = frozenset(["and", "but", "while", "or"])


def _snippet(view: View, c: Claim) -> str:
    """A short quote of a claim: a few words of subject, the trigger, and its figure."""
    a, p = c.a, c.polar
    seg_a, seg_b = a.segments[p.segment]
    i = p.tok
    while i > max(seg_a, p.tok - 3) and a.tokens[i - 1].kind != "p" and \
            a.tokens[i - 1].low not in _JOINS:
        i -= 1  # up to three words of subject, never across punctuation ("412 billion, missing")
    while i < p.tok and (a.tokens[i].kind == "p" or a.tokens[i].low in LEAD_IN):
        i += 1
    end = a.tokens[p.tok_end - 1].end
    if _reference(c):  # "above the offer price", "below the six-auction average"
        cue = reference_cue(a.tokens, p.tok_end, min(seg_b, p.tok_end + 4), _REFERENCE_CUES)
        if cue + 1 < seg_b and a.tokens[cue + 1].low in ("price", "prices", "level", "levels"):
            cue += 1
        end = a.tokens[cue].end
    limit = a.tokens[min(seg_b, p.tok_end + 5) - 1].end
    for n in c.nums:
        if end <= n.start and n.end <= limit:
            end = n.end
            break
    start = a.tokens[i].start
    if p.negated:  # "did not plan further menu price increases": its negation too
        start = min(start, p.start)
    return view.text[start:end]


def _shared(c: Claim, xs, d: Claim, ys) -> list[Num]:
    """The figures of xs that ys has too, in compatible roles."""
    return [x for x in xs if any(same_figure(x, y) and {_role(c, x), _role(d, y)}
                                 != {"level", "size"} for y in ys)]


def _tied(shared: list[Num], words: bool, c: Claim, d: Claim, src: View) -> bool:
    """Shared figures tie two claims with a word of what moved, a figure that is not small and
    round ("down 2%" is no anchor for "growth of 2% to 3.5%"), or one pinned by its sentence."""
    return bool(shared) and (words or not all(_common(x) for x in shared) or _pinned(c, d, src))


def _opposed(values: frozenset, anchored: list[Claim], words: frozenset = frozenset()):
    """The best-anchored source claim when every anchored one says the opposite, else None."""
    if anchored and all(opposite(values, d.values) for d in anchored):
        return max(anchored, key=lambda d: len(words & d.near))
    return None


# Source statements a claim of this axis is compared with (the rest is never read).
_AXES_READ = {"move": "move change quality", "change": "change move estimate", "quality": "quality move"}


def _possible(c: Claim) -> bool:
    """The move is a possibility: "could", "may" or "might" (and an adverb) right before it."""
    toks, i = c.a.tokens, c.polar.tok
    back = [t.low for t in toks[max(0, i - 3):i]]
    while back and back[-1] in _ADVERBS:
        back.pop()
    return bool(back) and back[-1] in ("could", "may", "might")


_ADVERBS = frozenset(["still", "further", "also", "soon", "eventually", "even", "yet", "well"])


def _pinned(c: Claim, d: Claim, src: View) -> bool:
    """The claim's clause and the source statement's sentence share a figure that is not a
    small round one ("net profit rose 6% to ¥468bn" / "fell 6% from a year earlier to 468
    billion yen"): the shared small figure is then the same statement's."""
    mine = [n for n in c.nums if not _common(n)]
    return bool(mine) and shares(mine, src.sentence_nums(src.sentence_of(d.polar.start)))


def _common(n: Num) -> bool:
    """A small round figure ("about 2%", "3 points") that many statements share: on its own it
    does not say which statement a claim is."""
    return n.cls in ("pct", "pp", "plain") and abs(n.value) < 10 and float(n.value).is_integer()


def _purpose(c: Claim) -> bool:
    """ "sold the unit for $1.1 billion to cut debt", "in order to lower costs": a purpose, not a
    move that happened, so no source move contradicts it."""
    toks, i = c.a.tokens, c.polar.tok
    seg_a = c.a.segments[c.polar.segment][0]
    if i - 1 < seg_a or toks[i - 1].low != "to" or any(n.start >= c.polar.end for n in c.own):
        return False  # "to cut costs by 10%" states a figure of its own
    before = toks[max(seg_a, i - 4) : i - 1]
    return any(t.kind == "n" for t in before) or [t.low for t in before[-2:]] in (
        ["in", "order"], ["so", "as"])


def _judge(c: Claim, src: View):
    """(source claim or figure) that `c` contradicts, or None."""
    axis = c.axis
    if axis in _LEVEL_AXES and _purpose(c) or history(c) or left_open(c) or timing(c) \
            or continues(c) \
            or pace(c) or occurs(c) or habitual(c) \
            or contrasted(c) or noun_sense(c) or conditional(c) or uncommitted(c) \
            or forecast_label(c) or disputed(c) or of_rules(c):
        return None
    if axis in ("move", "change") and aim(c):
        return None
    anchor = _anchor_words(c, src)
    pool = src.claims(src.with_triggers(_candidates(c, src, anchor), _AXES_READ.get(axis, axis)))
    pool = [d for d in pool if not conditional(d)]  # "when demand recovers": no evidence
    same_axis = [d for d in pool if d.axis == axis]
    if axis == "move":  # "gross margin improved by 0.4 point" meets "slipped 0.4 point"
        same_axis += as_moves(pool)
    same_axis = [d for d in same_axis if pace_word(d)] if of_growth(c) else same_axis
    if axis.startswith("rank"):  # "combined the third- and fourth-largest grocers": others' places
        same_axis = [d for d in same_axis if not _SUSPENDED.search(
            src.doc.text, max(0, d.polar.start - 20), d.polar.start)]
    if axis in _LEVEL_AXES and c.values <= _UP_DOWN:
        # "cut capital spending" vs "increase capital expenditure": a raise is a move up.
        same_axis += [d for d in pool if d.axis in _LEVEL_AXES and d.axis != axis
                      and d.values <= _UP_DOWN]  # fmt: skip
    if _possible(c):
        # "said volumes could grow" is no statement that they grew: only a possibility the
        # source gives the other way contradicts it.
        same_axis = [d for d in same_axis if _possible(d)]
    # "declined to say whether it would raise prices", "had expected the bank to keep its
    # rate": a question or a forecast, no statement of what happened
    same_axis = [d for d in same_axis if not asked(d) and not left_open(d)
                 and (not forecast_only(d) or forward(c) or not opposite(c.values, d.values))
                 and not cost_wording(c, d)]  # (a forecast the same way leaves it open)
    if axis == "trade":
        # Told by the subject ("X sold to Y": Y bought), unless a trade of the summary's own
        # amount goes the summary's way ("after buying 4.5 trillion").
        same_axis = [] if any(shares(c.own, d.own) and c.values & d.values for d in same_axis) \
            else [d for d in same_axis if c.subject & d.subject]
    if axis == "bound":
        # "more than $3.5 billion" vs "below $3.5bn": only the figure right after counts.
        mine = bound_figure(c)
        anchored = [
            d for d in same_axis if mine and (b := bound_figure(d)) and same_figure(mine, b)
            and not refused(d)  # "agreed not to raise its holding above 19.9%"
        ]
        return _opposed(c.values, anchored, c.words)
    if axis == "payment":
        # "$1.2bn in cash and $650m in shares": only the amount right before counts.
        mine = paid_figure(c)
        anchored = [d for d in same_axis if mine and (b := paid_figure(d)) and same_paid(mine, b)]
        return _opposed(c.values, anchored, c.words)
    if axis == "result":
        # Profit or loss is told by the amount next to it, never by topic words.
        anchored = [d for d in same_axis if shares(c.own, d.own)]
        if not anchored:
            # "net loss slid 36% to $500m" vs "net profit fell 36% to $500m": the clause's amount.
            mine = [n for n in c.nums if n.cls == "amount"]
            anchored = [d for d in same_axis if shares(mine, d.nums)]
        return _opposed(c.values, anchored, c.words)
    if axis == "surprise" or (axis == "estimate" and c.values == _INLINE):
        # "kept its rate at 4.0%, surprising economists" / "kept it at 4.0%, as expected": a
        # comment on its sentence's news, anchored by the sentence's figures. "In line with
        # forecasts" is what was expected.
        where = src.sentences_with_figures(c.nums, c.a.text)
        values = c.values if axis == "surprise" else _EXPECTED
        pool = same_axis if axis == "surprise" else src.claims(src.with_triggers(where, "surprise"))
        anchored = [d for d in pool if d.axis == "surprise" and src.sentence_of(d.polar.start) in where]
        hit = _opposed(values, anchored, c.words)
        if hit is not None or axis == "surprise":
            return hit
    if axis == "resolution":
        return judge_resolution(c, src)
    if axis == "grade":
        return judge_grade(c, src)
    if axis in _STORY_AXES:
        # "through compulsory layoffs" / "mainly through natural attrition": one way of cutting
        # jobs per story, told anywhere in it.
        every = src.doc.memo(f"contradiction.story.{axis}", lambda _d: [
            d for d in src.claims(src.with_triggers(range(len(src.sentences)), axis))
            if d.axis == axis])  # read once per source, however many claims ask
        return _opposed(c.values, every, c.words)
    if _of_currency(c):
        # "a weaker Taiwan dollar" meets "a stronger Taiwan dollar", not what the currency did
        # to margins ("had cut gross margin").
        same_axis = [d for d in same_axis if _of_currency(d)]
    if axis == "balance" and not c.own:
        # "warned of a supply deficit" / "raised the risk of a surplus ... as supply grows": a
        # surplus or deficit is told by its sentence (two of the claim's words there).
        anchored = [d for d in same_axis
                    if len(anchor & src.stems_of_sentence(src.sentence_of(d.polar.start))) >= 2]
        return _opposed(c.values, anchored, c.words)
    if _reference(c):
        # "$37.20, above the offer price": a level against a reference, told by the reference
        # words, not by the figure (the figure is the level a move reached).
        anchored = [d for d in same_axis if _reference(d) and anchor & d.near]
        # "well above the five-year average draw of 185 bcf": a reference stated with its own
        # figure meets only a source statement with that figure in its sentence.
        level = numbers(c.a.text, start=c.polar.end, end=c.a.segment_span(c.polar.segment)[1])
        if level:
            anchored = [d for d in anchored
                        if shares(level, src.sentence_nums(src.sentence_of(d.polar.start)))]
            return _opposed(c.values, anchored, c.words) if anchored else None
        if anchored:
            return _opposed(c.values, anchored, c.words)
    # The same figure right next to both triggers, then anywhere in both clauses; a figure that
    # is the size of one move and the level reached by the other ("eased to 2.8%" / "rose
    # 2.8% year on year") anchors nothing.
    anchored = [d for d in same_axis if _tied(_shared(c, c.own, d, d.own), bool(
                (anchor - _VERBAL) & (d.near | d.subject)), c, d, src)]
    if not anchored and agreed(c, pool, src):
        return None
    if not anchored:  # a figure of both clauses, and a word of what moved near both triggers
        anchored = [d for d in same_axis if (
                    _shared(c, c.nums, d, d.nums) if (anchor - _VERBAL) & (d.near | d.subject)
                    else d.axis not in _LEVEL_AXES and _tied(_shared(c, c.nums, d, d.nums),
                                                             False, c, d, src))
                    and not _of_other_noun(d, c) and (not earlier_guide(d) or earlier_guide(c))]
    if axis == "accept":
        # What was backed or rejected is told by its words, not by a figure of the clause: "94%
        # backed strike action" meets "voted 94% to strike", not "rejected the proposal by 81%".
        anchored = [d for d in anchored if c.near & d.near]
    if anchored:
        # "climbed almost 4%": the source's 3.9% rise is this claim too, not only a 4.0% margin.
        near = [d for d in hedged_near_claims(c, src) if d.axis == axis and d not in anchored]
        anchored += near
        held = {src.sentence_of(d.polar.start) for d in anchored}
        if pared(c, anchored, src) or any(d.values & c.values and _alike(c.own, d.own) and src.sentence_of(
                d.polar.start) in held for d in same_axis if d not in anchored):
            return None  # "fell ~20K": the source's "down about 20,000" says so, beside "up 6%"
        return _opposed(c.values, closest_sentences(c, anchored, src), c.words)
    if axis == "quality":
        moved = _as_move(c)
        anchored = [d for d in pool if d.axis == "move" and shares(c.nums, d.nums)]
        if moved is not None and anchored:
            return _opposed(moved, anchored, c.words)
    if axis == "estimate":
        derived = _judge_estimate(c, src)
        if derived is not False:
            return derived
    if any(src.has_figure(x, c.a.text) for x in c.own):
        # The figure points at a source statement that says nothing we read on this axis.
        return None
    # No shared figure: the same subject or metric words close to both triggers. "Unchanged"
    # only meets a move on the same figure (a flat day says nothing of a loss over the year).
    if c.polar.value in _FLAT:
        return None
    if axis.startswith("rank") and any(d.values & c.values and (c.subject & d.subject or _SUSPENDED.search(
            c.a.text, max(0, c.polar.start - 20), c.polar.start)) for d in same_axis):
        return None  # "third- and fifth-largest": the source gives one of them the fifth place
    same_axis = [
        d for d in same_axis
        if anchor & d.near and d.polar.value not in _FLAT and not _other_figure(c, d)
        and not other_metric(c, d) and not (measured_past(c, d) and opposite(c.values, d.values))
    ]  # fmt: skip
    if same_axis:
        # The sentences of the best-anchored statements: "Egypt's dollar bonds" meets "Egypt's
        # dollar-denominated bonds rallied" (two words), not "Egypt's pound plunged" (one).
        best = max(len(anchor & d.near) for d in same_axis)
        where = {src.sentence_of(d.polar.start) for d in same_axis if len(anchor & d.near) == best}
        same_axis = [d for d in same_axis if src.sentence_of(d.polar.start) in where]
        held = src.sentences_with_figures(
            [x for x in c.nums if x.cls != "year" and (x.cls != "plain" or x.value >= 10)],
            c.a.text)
        if held and axis == "move" and not where & held:
            return None  # "wheat cost climbed to £228": told where £228 is, not by its words
        if best == 1 and (not tightly_anchored(c, anchor, same_axis) or _told_elsewhere(c, src, anchor, where)):
            return None  # one shared word, in a neighbouring clause of either; or the source
            # tells the summary's words together elsewhere ("higher sawn-wood prices", not "pulp prices")
    return _opposed(c.values, same_axis, anchor)


def _alike(xs, ys) -> bool:
    """Some figure of xs is some figure of ys, a count told with or without its scale ("~20K" /
    "about 20,000") too."""
    return any(same_figure(x, y) or {x.cls, y.cls} <= _COUNTS and abs(x.value - y.value)
               <= max(x.prec, y.prec) for x in xs for y in ys)


_COUNTS = frozenset(["amount", "plain"])


def _of_currency(c: Claim) -> bool:
    """ "a stronger Swiss franc": the claim's own words name a currency."""
    cur = lexicon().currency_objects
    return any(t.stem in cur for t in c.a.tokens[c.polar.tok + 1 : c.polar.tok_end])


_SUSPENDED = re.compile(r"\w-\s+(?:and|or|to)\s+$")
_FLAT, _INLINE, _EXPECTED = frozenset(["flat"]), frozenset(["inline"]), frozenset(["expected"])
_STORY_AXES = frozenset(["cut_mode", "plea", "admission"])
_REFERENCE_CUES = frozenset(lexicon().reference_cues)


def _reference(c: Claim) -> bool:
    """ "above the offer price", "below its IPO price": a move-axis "above"/"below" followed
    by a reference level."""
    toks, p = c.a.tokens, c.polar
    if c.axis not in ("move", "reference") or toks[p.tok].low not in ("above", "below") \
            or p.tok_end - p.tok != 1:
        return False
    seg_b = c.a.segments[p.segment][1]
    return reference_cue(toks, p.tok_end, min(seg_b, p.tok_end + 4), _REFERENCE_CUES) >= 0
_RATES = ("pct", "pp", "bp")


def _other_figure(c: Claim, d: Claim) -> bool:
    """Both moves carry a rate of the same unit, and the rates differ ("lost about 5% this
    year" / "firmed 0.4% on Monday"): two moves over different periods, not one told twice."""
    return any(x.cls == y.cls and x.cls in _RATES for x in c.own for y in d.own)


def _verdict(c: Claim, src: View):
    """What source statement or figure claim c contradicts, or None."""
    if paced(c):
        return None
    if wager_move(c):
        return judge_wager(c, src)
    hit = _judge(c, src)
    hit = None if isinstance(hit, Claim) and mixed_scale(c, hit) else hit
    lex = lexicon()
    moved = c
    near = (c.near & _own_words(c)) - _base_words(c)
    if c.axis == "quality" and bool(near & lex.lower_is_better) \
            != bool(near & lex.higher_is_better):
        # "the operating ratio improved to 95.1% from 92.3%": better or worse read against the
        # source's two levels (where lower is better, a rise is the worsening).
        way = frozenset("up" if v == "better" else "down" for v in c.values)
        moved = Claim(c.polar, c.a, "move", way, c.nums, c.own, c.words, c.subject, c.near)
    if isinstance(hit, Claim) and _compared(moved, src, agree=True):
        # "Gross margin improved to 41.8%" against "41.8%, compared with 40.6% a year ago,
        # benefiting from ... lower freight costs": the source's own two levels say which way
        # the figure went; a word of another thing in their sentence does not.
        return None
    return hit or _from_to(c, src) or _compared(moved, src)


def _polar_clashes(ctx: CheckContext, summ: View, src: View) -> list[Clash]:
    out = []
    text = summ.doc.text
    seen: dict = {}  # a summary that repeats a sentence repeats its claims: each judged once
    sentences: dict = {}
    for c in summ.claims(range(len(summ.sentences))):
        p = c.polar
        if ctx.overlaps_excluded(p.start, p.end) or wagered(c) and not wager_move(c) \
                or guidance_agrees(summ.doc, p.start, src.doc):
            continue  # "cut its growth forecast", as the source's guidance says: no flip
        s0, s1 = summ.doc.sentence_span(p.start)
        if (s0, s1) not in sentences:  # one copy of each sentence's text, however many claims
            sentences[(s0, s1)] = text[s0:s1]
        key = (sentences[(s0, s1)], p.start - s0, p.end - s0)
        if key not in seen:
            seen[key] = _verdict(c, src)
        hit = seen[key]
        if hit is None:
            continue
        says = _snippet(summ, c)
        message = ""
        if isinstance(hit, Compared):
            s, e = src.sentences[hit.sentence]
            source_says = f"it went {hit.way}, to {hit.now} from {hit.before}"
            message = f"the summary says {says!r}, but in the source it went {hit.way}, to " \
                      f"{hit.now} from {hit.before}"
        elif isinstance(hit, tuple) and not isinstance(hit, Num):
            to, frm, way = hit
            ks = sorted(src.figure_sentences(to, summ.text))
            s, e = src.sentences[ks[0]]
            t, f = summ.text[to.start : to.end], summ.text[frm.start : frm.end]
            source_says = f"the figure went {way} from {f} to {t}"
            message = f"{says!r} does not fit its own figures: from {f} to {t} is a move {way}"
        elif isinstance(hit, Num):
            s, e = src.doc.sentence_span(hit.start)
            other = "above" if "below" in c.values else "below" if "above" in c.values else ""
            expected = src.text[hit.start : hit.end]
            source_says = f"the figure is {other} the expected {expected}" if other else \
                f"the source expected {expected}"
            message = f"the summary says {says!r}, but " + (
                f"the figure is {other} the {expected} the source gives as expected" if other
                else f"the source gives {expected} as expected, another figure")
        else:
            s, e = src.doc.sentence_span(hit.polar.start)
            source_says = _snippet(src, hit)
        theirs = (hit.polar.start - s, hit.polar.end - s) if isinstance(hit, Claim) else (0, 0)
        if said_there(summ.text, p.start, p.end, src.text[s:e], theirs,
                      only_before=any(n.start >= p.end for n in c.own)) \
                or attributive_agrees(summ.text, p.start, c.values, src.text[s:e]):
            continue  # "on lower deposit costs" / "from lower deposit costs": the same words;
            # with a figure after it, the word before only ("table drop +5%": "table drop grew")
        out.append(Clash(p.start, p.end, says, source_says, src.text[s:e], message))
    return out
