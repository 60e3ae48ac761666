"""The contradiction check: the summary says the opposite of what the source says.

Direction flips ("fares fell" where the source has "Fares rose 21%"), beat/miss, raised/cut/kept,
net buyers/sellers, bought/sold, accepted/rejected, before/after tax, improved/worsened, highs/
lows, ranks ("largest ever" / "second largest"), profit/loss; role swaps (who buys whom, who
leads the merged company, whose shareholders own which share); a unanimous decision reported as
a split vote; "recovered all of X" where the source gives part; an action the source says was
not taken ("revoked its licence" / "stopped short of revoking its licence").

A summary statement is compared only with source statements that share its anchor: the same
quantity, or failing that the same subject/metric words. It is flagged only when every anchored
source statement has the opposite polarity; silence in the source is left to the support check.

Speed: the summary is read in full, the source only where the summary points (sentences that
share a figure or an anchor word with a summary claim), found with plain substring search.
"""

from __future__ import annotations

import bisect
import itertools
import re
from typing import NamedTuple

from ..findings import Finding
from ..parsing.directions import (
    Analysis,
    Polar,
    analyse,
    lexicon,
    negation_at,
    opposite,
    stem_list,
    word_list,
)
from ..text import stem
from ..text.patterns import trie
from .base import CheckContext

STOP = stem_list("stop")
CAL = stem_list("calendar")
LEAD_IN = word_list("lead_in")
CORP = word_list("corporate")
ACQ_VERBS = stem_list("acquire_verbs")
ACQ_NOUNS = stem_list("acquire_nouns")
LEAD_VERBS = stem_list("lead_verbs")
MERGED = stem_list("merged")
TITLES = stem_list("titles")
HOLDERS = stem_list("holders")
OWN_CUES = stem_list("own_cues")
RECOVER = stem_list("recover")
ALL = word_list("all")  # "recovered all of"
CURRENCY_WORDS = word_list("currency_words")
# Words after "not" that are not actions: "not only", "did not say", "would not comment".
NOT_VERBS = word_list("not_verbs")


NAME = "contradiction"
NEEDS_SOURCE = True

# ---------------------------------------------------------------------------------- numbers
# Starts at a digit so the regex engine can skip to digits; what precedes is checked in Python.
_NUM = re.compile(
    r"(?P<num>\d{1,3}(?:,\d{3})+|\d+)(?P<dec>\.\d+)?"
    r"(?:(?:\s?|-)(?P<unit>%|per\s?cent\b|percentage\s+points?\b|pp\b|pts?\b|basis\s+points?\b"
    r"|bps?\b|trillion\b|tn\b|billion\b|bn\b|million\b|mln\b|mn\b|m\b|k\b|cents?\b|pence\b|p\b))?"
)
_SIGNS = "$\u20ac\u00a3\u00a5"
_MONTHS = re.compile(
    r"\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+$", re.IGNORECASE
)
_SCALE = {
    "trillion": 1e12, "tn": 1e12, "billion": 1e9, "bn": 1e9, "million": 1e6, "mln": 1e6,
    "mn": 1e6, "m": 1e6, "k": 1e3, "cent": 0.01, "cents": 0.01, "pence": 0.01, "p": 0.01,
}  # fmt: skip
_RANGE_GAP = re.compile(r"\s*(?:-|\u2013|to|and)\s*(?:[A-Z]{0,3}[$\u20ac\u00a3\u00a5])?$")


class Num(NamedTuple):
    start: int
    end: int
    value: float
    cls: str  # "pct", "pp", "bp", "amount", "plain", "year"


def _unit_class(unit: str | None, cur: bool) -> tuple[str, float]:
    u = (unit or "").lower()
    if u == "%" or u.startswith("per"):
        return ("pp" if u.startswith("percentage") else "pct"), 1.0
    if u in ("pp", "pt", "pts"):
        return "pp", 1.0
    if u.startswith(("basis", "bp")):
        return "bp", 1.0
    if u in _SCALE:
        return "amount", _SCALE[u]
    return ("amount" if cur else "plain"), 1.0


def _currency_start(text: str, s: int) -> int:
    """Start of a currency sign (with its letters: "US$", "C$") right before offset s, or -1."""
    k = s - 1
    if k >= 0 and text[k] == " ":
        k -= 1
    if k < 0 or text[k] not in _SIGNS:
        return -1
    j = k
    while j > 0 and k - j < 3 and text[j - 1].isupper():
        j -= 1
    if j > 0 and (text[j - 1].isalnum() or text[j - 1] in ".,"):
        return -1
    return j


def numbers(text: str, years: bool = False, start: int = 0, end: int | None = None) -> list[Num]:
    """Numbers with a class and scale, enough to tell whether two mentions are the same figure.
    Bare years are skipped (kept as class "year" with `years=True`); the first number of a range
    ("$1.1-1.4 billion") takes the unit of the second."""
    raw = []
    for m in _NUM.finditer(text, start, len(text) if end is None else end):
        s = m.start()
        if s and (text[s - 1].isalpha() or text[s - 1] in ".,"):
            continue  # "A320", the tail of a code
        digits, dec, unit = m.group("num", "dec", "unit")
        value = float(digits.replace(",", "") + (dec or ""))
        cs = _currency_start(text, s)
        cls = None
        if unit is None and cs < 0 and not dec:
            if len(digits) == 4 and 1900 <= value <= 2100:
                if not years:
                    continue
                cls = "year"
            elif _MONTHS.search(text, max(0, s - 12), s):
                continue  # "Nov 4", "March 13"
        raw.append([cs if cs >= 0 else s, m.end(), value, unit, cs >= 0, cls])
    for a, b in itertools.pairwise(raw):
        if a[3] is None and b[3] is not None and _RANGE_GAP.match(text[a[1] : b[0]] or " -"):
            a[3] = b[3]
    out = []
    for s, e, value, unit, cur, cls in raw:
        if cls is None:
            cls, scale = _unit_class(unit, cur)
            value *= scale
        out.append(Num(s, e, value, cls))
    return out


def same_figure(a: Num, b: Num) -> bool:
    if a.cls != b.cls or a.value <= 0 or b.value <= 0:
        return a.cls == b.cls and a.value == b.value
    return abs(a.value - b.value) <= 0.006 * max(a.value, b.value)


# ---------------------------------------------------------------------------------- views
class Claim:
    """A polar statement with what anchors it: its axis/values (an estimate against the
    speaker's own previous forecast reads as a change), figures and content words."""

    __slots__ = ("a", "axis", "near", "nums", "own", "polar", "subject", "values", "words")

    def __init__(self, polar, a, axis, values, nums, own, words, subject, near):
        self.polar = polar
        self.a = a
        self.axis = axis
        self.values = values
        self.nums = nums  # the figures in its clause
        self.own = own  # figures within a few words of the trigger
        self.words = words  # content stems of its clause
        self.subject = subject  # content stems before the trigger, in its clause
        self.near = near  # content stems within a few words of the trigger, in its clause


_LEX_STEMS: list = []


def _lex_stems() -> frozenset:
    if not _LEX_STEMS:
        lex = lexicon()
        words = {s for k, senses in lex.phrases.items() if senses for s in k}
        _LEX_STEMS.append(frozenset(words - lex.objects - stem_list("anchor_words")))
    return _LEX_STEMS[0]


def _content(tokens) -> frozenset:
    skip = _lex_stems()
    return frozenset(
        t.stem
        for t in tokens
        if t.kind == "w" and len(t.stem) > 1 and t.stem not in STOP and t.stem not in skip
    )


_NEAR = 5
_INT_PART = re.compile(r"\d[\d,]*")
_WORD_AT = re.compile(r"[a-z]+(?:['\u2019][a-z]+)*")


def _token_at(a: Analysis, offset: int) -> int:
    return bisect.bisect_left(a.tokens, offset, key=lambda t: t.start)


class View:
    """A document read for this check: numbers, and polar claims of the sentences read so far.
    The summary is read whole; the source one group of sentences at a time (`read`)."""

    def __init__(self, doc):
        self.doc = doc
        self.text = doc.text
        self.sentences = doc.sentences
        self.limit = max(2, 0.34 * len(self.sentences))
        self._nums: dict[int, list[Num]] = {}
        self._occ: dict[str, frozenset] = {}
        self._read: dict[int, Analysis] = {}
        self._claims: dict[int, list[Claim]] = {}
        self._stems: dict[int, frozenset] = {}

    # -- figures
    def sentence_nums(self, k: int) -> list[Num]:
        """Figures (years included) of sentence k, parsed on first use."""
        got = self._nums.get(k)
        if got is None:
            s, e = self.sentences[k]
            got = numbers(self.text, True, s, e)
            self._nums[k] = got
        return got

    def nums_between(self, s: int, e: int, years: bool = False) -> list[Num]:
        out = []
        for k in range(max(0, self.sentence_of(s)), self.sentence_of(max(s, e - 1)) + 1):
            out.extend(
                n for n in self.sentence_nums(k)
                if s <= n.start and n.end <= e and (years or n.cls != "year")
            )  # fmt: skip
        return out

    def sentence_of(self, offset: int) -> int:
        return self.doc.sentence_index(offset)

    def _digit_sentences(self, n: Num, written: str) -> set[int]:
        """Sentences whose text holds the integer digits of figure n (`written` as in the other
        document): a cheap superset of the sentences that hold the figure in any format."""
        text = self.text
        digits = _INT_PART.search(written)
        if digits is None:
            return set(range(len(self.sentences)))
        out = set()
        for key in {digits.group(), digits.group().replace(",", "")}:
            i = text.find(key)
            while i >= 0:
                j = i + len(key)
                if (i == 0 or not text[i - 1].isdigit()) and not (
                    j < len(text) and (text[j].isdigit() or text[j] == "," and
                                       text[j + 1 : j + 2].isdigit())
                ):  # fmt: skip
                    out.add(self.sentence_of(i))
                i = text.find(key, j)
        return out

    def figure_sentences(self, n: Num, text: str) -> set[int]:
        """Sentences holding the same figure as n (written in `text`, the other document)."""
        return {
            k for k in self._digit_sentences(n, text[n.start : n.end])
            if any(same_figure(n, m) for m in self.sentence_nums(k))
        }  # fmt: skip

    def has_figure(self, n: Num, text: str) -> bool:
        return bool(self.figure_sentences(n, text))

    def sentences_with_figures(self, figs, text: str) -> set[int]:
        out: set[int] = set()
        for n in figs:
            out |= self.figure_sentences(n, text)
        return out

    # -- words
    def occ(self, st: str, low: str = "") -> frozenset:
        """Sentences holding a word whose stem is `st` (found by substring search)."""
        got = self._occ.get(st)
        if got is not None:
            return got
        lower = self.doc.lower
        found = set()
        for key in {st, low} if low and not low.startswith(st) else (st,):
            i = lower.find(key)
            while i >= 0:
                if i == 0 or not lower[i - 1].isalpha():
                    m = _WORD_AT.match(lower, i)
                    w = m.group() if m else key
                    if w.endswith(("'s", "\u2019s")):
                        w = w[:-2]
                    if stem(w) == st:
                        found.add(self.sentence_of(i))
                i = lower.find(key, i + 1)
        got = frozenset(found)
        self._occ[st] = got
        return got

    def generic(self, st: str) -> bool:
        """A word in many sentences (the company's name): it anchors nothing."""
        return len(self.occ(st)) > self.limit

    def stems_of_sentence(self, k: int) -> frozenset:
        got = self._stems.get(k)
        if got is None:
            self.read([k])
            a = self._read[k]
            s, e = self.sentences[k]
            got = frozenset(t.stem for t in a.tokens if s <= t.start < e and t.kind == "w")
            self._stems[k] = got
        return got

    # -- claims
    def with_triggers(self, idxs, axes: str) -> list[int]:
        """The sentences among idxs that hold a trigger word of one of `axes` (a cheap regex
        test that spares reading the others)."""
        rx = _trigger_regex(axes)
        lower = self.doc.lower
        return [
            k for k in idxs
            if k in self._read or rx.search(lower, *self.sentences[k]) is not None
        ]  # fmt: skip

    def read(self, idxs) -> None:
        new = [k for k in idxs if k not in self._read and 0 <= k < len(self.sentences)]
        if not new:
            return
        a = analyse(self.text, self.sentences, only=new)
        for k in new:
            self._read[k] = a
            self._claims[k] = []
        made = [_claim(p, a, self) for p in a.polars]
        _drop_others_figures(made)
        for c in made:
            self._claims[self.sentence_of(c.polar.start)].append(c)

    def read_all(self) -> None:
        self.read(range(len(self.sentences)))

    def claims(self, idxs) -> list[Claim]:
        self.read(idxs)
        out = []
        for k in sorted(set(idxs)):
            out.extend(self._claims.get(k, ()))
        return out

    def analyses(self, idxs) -> list[Analysis]:
        self.read(idxs)
        seen: list[Analysis] = []
        for k in idxs:
            a = self._read.get(k)
            if a is not None and all(a is not b for b in seen):
                seen.append(a)
        return seen


_trie = trie


_TRIGGER_RX: dict = {}


def _trigger_regex(axes: str) -> re.Pattern:
    """Word starts that may begin a phrase of one of `axes` (space-separated): each first stem,
    and its "-y" spelling ("ralli" / "rally")."""
    rx = _TRIGGER_RX.get(axes)
    if rx is None:
        wanted = set(axes.split())
        prefixes = set()
        for key, senses in lexicon().phrases.items():
            if any(axis in wanted for axis, _, _ in senses):
                prefixes.add(key[0])
                if key[0].endswith("i"):
                    prefixes.add(key[0][:-1] + "y")
        rx = re.compile(r"(?<![a-z])" + _trie(prefixes))
        _TRIGGER_RX[axes] = rx
    return rx


def _claim(p: Polar, a: Analysis, view: View) -> Claim:
    s, e = a.segment_span(p.segment)
    seg_a, seg_b = a.segments[p.segment]
    nums = tuple(view.nums_between(s, e, years=p.axis == "extreme"))
    lo, hi = a.tokens[max(seg_a, p.tok - 4)].start, a.tokens[min(seg_b, p.tok_end + 5) - 1].end
    own = tuple(n for n in nums if lo <= n.start and n.end <= hi)
    axis, values = p.axis, p.values
    if axis == "estimate" and _about_previous(a, p, seg_b):
        # "0.6 points higher than its previous forecast": the forecast was raised.
        axis = "change"
        values = frozenset("up" if v == "above" else "down" for v in values)
    return Claim(
        polar=p,
        a=a,
        axis=axis,
        values=values,
        nums=nums,
        own=own,
        words=_content(a.tokens[seg_a:seg_b]),
        subject=_content(a.tokens[seg_a : p.tok]),
        near=_content(a.tokens[max(seg_a, p.tok - _NEAR) : min(seg_b, p.tok_end + _NEAR)]),
    )


def _drop_others_figures(claims: list[Claim]) -> None:
    """In a list of moves the same way sharing one clause ("online sales jumped 11.2%, traffic
    rose and apparel sales rose 4.5%"), a figure right next to another of them is that move's,
    not this one's: it no longer anchors this claim. (Moves the other way keep the clause's
    figures: "raised its forecast to $2 because lower costs" is still read against the source.)"""
    by_seg: dict[tuple[int, int], list[Claim]] = {}
    for c in claims:
        if c.axis in _LEVEL_AXES:
            by_seg.setdefault((id(c.a), c.polar.segment), []).append(c)
    for group in by_seg.values():
        if len(group) < 2:
            continue
        for c in group:
            theirs = {n for d in group if d is not c and d.values == c.values for n in d.own}
            theirs -= set(c.own)
            if theirs:
                c.nums = tuple(n for n in c.nums if n not in theirs)


def _about_previous(a: Analysis, p: Polar, seg_b: int) -> bool:
    prev = lexicon().previous
    return any(t.stem in prev for t in a.tokens[p.tok : min(seg_b, p.tok_end + 3)])


# ---------------------------------------------------------------------------------- polar claims
class Clash(NamedTuple):
    start: int
    end: int
    says: str  # what the summary says
    source_says: str
    evidence: str


def _snippet(view: View, c: Claim) -> str:
    """A short quote of a claim: a few words of subject, the trigger, and its figure."""
    a, p = c.a, c.polar
    seg_a, seg_b = a.segments[p.segment]
    i = p.tok
    while i > max(seg_a, p.tok - 3) and a.tokens[i - 1].kind != "p":
        i -= 1  # up to three words of subject, never across punctuation ("412 billion, missing")
    while i < p.tok and (a.tokens[i].kind == "p" or a.tokens[i].low in LEAD_IN):
        i += 1
    end = a.tokens[p.tok_end - 1].end
    limit = a.tokens[min(seg_b, p.tok_end + 5) - 1].end
    for n in c.nums:
        if end <= n.start and n.end <= limit:
            end = n.end
            break
    return view.text[a.tokens[i].start : end]


def _shares(xs, ys) -> bool:
    return any(same_figure(x, y) for x in xs for y in ys)


_LEVEL_WORDS = ("to", "at")
_ROLE_GAP = re.compile(
    r"([a-z]+)[\s$\u20ac\u00a3\u00a5A-Z]*(?:about |around |some |nearly |roughly )?$"
)


def _role(c: Claim, n: Num) -> str:
    """ "level" for the figure a move reaches ("to 2.8%", "at 4%"), "size" for the size of the
    move ("rose 2.8%", "by 25bp"), "" when neither."""
    text = c.a.text
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
    return ""


def _shares_role(c: Claim, xs, d: Claim, ys) -> bool:
    for x in xs:
        for y in ys:
            if same_figure(x, y) and {_role(c, x), _role(d, y)} != {"level", "size"}:
                return True
    return False


def _as_move(c: Claim) -> frozenset | None:
    """improved/worsened as a move up/down, when the metric says which way is good."""
    lex = lexicon()
    if c.words & lex.higher_is_better:
        good, bad = "up", "down"
    elif c.words & lex.lower_is_better:
        good, bad = "down", "up"
    else:
        return None
    return frozenset(good if v == "better" else bad for v in c.values)


def _opposed(values: frozenset, anchored: list[Claim], words: frozenset = frozenset()):
    """The best-anchored source claim when every anchored one says the opposite, else None."""
    if anchored and all(opposite(values, d.values) for d in anchored):
        return max(anchored, key=lambda d: len(words & d.near))
    return None


def _anchor_words(c: Claim, src: View) -> frozenset:
    return frozenset(w for w in c.near if not src.generic(w))


def _candidates(c: Claim, src: View, anchor: frozenset) -> set[int]:
    """Source sentences that may hold a statement anchored like `c`."""
    idxs = src.sentences_with_figures(c.nums, c.a.text)
    words = anchor | c.subject if c.axis == "trade" else anchor
    low = {t.stem: t.low for t in c.a.tokens if t.kind == "w"}
    for w in words:
        idxs |= src.occ(w, low.get(w, ""))
    return idxs


_LEVEL_AXES = ("move", "change")
# Source statements a claim of this axis is compared with (the rest is never read).
_AXES_READ = {"move": "move change", "change": "change move estimate", "quality": "quality move"}
_UP_DOWN = frozenset(["up", "down"])


def _judge(c: Claim, src: View):
    """(source claim or figure) that `c` contradicts, or None."""
    axis = c.axis
    anchor = _anchor_words(c, src)
    pool = src.claims(src.with_triggers(_candidates(c, src, anchor), _AXES_READ.get(axis, axis)))
    same_axis = [d for d in pool if d.axis == axis]
    if axis in _LEVEL_AXES and c.values <= _UP_DOWN:
        # "cut capital spending" vs "increase capital expenditure": a raise is a move up.
        same_axis += [d for d in pool if d.axis in _LEVEL_AXES and d.axis != axis
                      and d.values <= _UP_DOWN]  # fmt: skip
    if axis == "trade":
        # Who buys and who sells depends on the subject: "X sold to Y" = "Y bought from X".
        same_axis = [d for d in same_axis if c.subject & d.subject]
    if axis == "bound":
        # "more than $3.5 billion" vs "below $3.5bn": only the figure right after counts.
        mine = _bound_figure(c)
        anchored = [
            d for d in same_axis if mine and (b := _bound_figure(d)) and same_figure(mine, b)
        ]
        return _opposed(c.values, anchored, c.words)
    if axis == "payment":
        # "$1.2bn in cash and $650m in shares": only the amount right before counts.
        mine = _paid_figure(c)
        anchored = [d for d in same_axis if mine and (b := _paid_figure(d)) and _same_paid(mine, b)]
        return _opposed(c.values, anchored, c.words)
    if axis == "result":
        # Profit or loss is told by the amount next to it, never by topic words.
        anchored = [d for d in same_axis if _shares(c.own, d.own)]
        if not anchored:
            # "net loss slid 36% to $500m" vs "net profit fell 36% to $500m": the clause's amount.
            mine = [n for n in c.nums if n.cls == "amount"]
            anchored = [d for d in same_axis if _shares(mine, d.nums)]
        return _opposed(c.values, anchored, c.words)
    # The same figure right next to both triggers, then anywhere in both clauses; a figure that
    # is the size of one move and the level reached by the other ("eased to 2.8%" / "rose
    # 2.8% year on year") anchors nothing.
    anchored = [d for d in same_axis if _shares_role(c, c.own, d, d.own)]
    if not anchored:
        anchored = [d for d in same_axis if _shares_role(c, c.nums, d, d.nums)]
    if anchored:
        return _opposed(c.values, anchored, c.words)
    if axis == "quality":
        moved = _as_move(c)
        anchored = [d for d in pool if d.axis == "move" and _shares(c.nums, d.nums)]
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
    same_axis = [
        d for d in same_axis
        if anchor & d.near and d.polar.value not in _FLAT and not _other_figure(c, d)
    ]  # fmt: skip
    if same_axis:
        # The sentences of the best-anchored statements: "Egypt's dollar bonds" meets "Egypt's
        # dollar-denominated bonds rallied" (two words), not "Egypt's pound plunged" (one).
        best = max(len(anchor & d.near) for d in same_axis)
        where = {src.sentence_of(d.polar.start) for d in same_axis if len(anchor & d.near) == best}
        same_axis = [d for d in same_axis if src.sentence_of(d.polar.start) in where]
    return _opposed(c.values, same_axis, anchor)


_FLAT = frozenset(["flat"])
_RATES = ("pct", "pp", "bp")


def _other_figure(c: Claim, d: Claim) -> bool:
    """Both moves carry a rate of the same unit, and the rates differ ("lost about 5% this
    year" / "firmed 0.4% on Monday"): two moves over different periods, not one told twice."""
    return any(x.cls == y.cls and x.cls in _RATES for x in c.own for y in d.own)


_REST = word_list("rest")


def _paid_figure(c: Claim) -> Num | str | None:
    """The amount paid this way, or "rest" for "the remainder in shares"."""
    a, p = c.a, c.polar
    seg_a = a.segments[p.segment][0]
    if any(t.low in _REST for t in a.tokens[max(seg_a, p.tok - 3) : p.tok]):
        return "rest"
    before = [n for n in c.own if n.end <= c.polar.start and n.cls == "amount"]
    return before[-1] if before else None


def _same_paid(a, b) -> bool:
    if isinstance(a, str) or isinstance(b, str):
        return a == b
    return same_figure(a, b)


def _bound_figure(c: Claim) -> Num | None:
    for n in c.nums:
        if n.start >= c.polar.end:
            return n if n.start - c.polar.end <= 8 else None
    return None


def _expectations(src: View) -> list[Num]:
    """Figures from sentences where analysts/economists/consensus expected something."""

    def build(_doc):
        lex = lexicon()
        holders = set().union(*(src.occ(w) for w in lex.holders))
        cues = set().union(*(src.occ(w) for w in lex.estimate_cues))
        both = holders & cues
        return [n for k in sorted(both) for n in src.sentence_nums(k) if n.cls != "year"]

    return src.doc.memo("contradiction.expectations", build)


def _judge_estimate(c: Claim, src: View):
    """Above/below an estimate derived from the source's figures ("rose to 3.9%" and "economists
    had expected 3.7%": above). False when the source gives no such figures."""
    own = [n for n in c.nums if n.end <= c.polar.start]
    if not own or not src.has_figure(own[-1], c.a.text):
        return False
    actual = own[-1]
    expected = [e for e in _expectations(src) if e.cls == actual.cls and not same_figure(e, actual)]
    # The summary's own estimate figure ("short of the $3.52bn consensus"), when the source
    # gives it as an expectation; else the source's expectations the summary does not repeat.
    after = [n for n in c.nums if n.start >= c.polar.start and n.cls == actual.cls]
    named = [e for e in expected if any(same_figure(e, n) for n in after)]
    if named:
        expected = named[:1]
    else:
        expected = [e for e in expected if not any(same_figure(e, o) for o in c.nums)]
    if not expected:
        return False
    signs = {"above" if actual.value > e.value else "below" for e in expected}
    if len(signs) != 1:
        return False
    if opposite(c.values, frozenset(signs)):
        return expected[0]
    return None


_FROM_TO_BLOCK = stem_list("from_to_blockers")
_FROM_TO_WINDOW = 10


def _from_to(c: Claim, src: View):
    """ "rallied to 18,400 from 41,000": a move or change whose own figures go the other way,
    both figures given by the source. (level after, level before, way) or None."""
    if c.axis not in _LEVEL_AXES or len(c.values) != 1 or not c.values <= _UP_DOWN:
        return None
    a, p = c.a, c.polar
    seg_a, seg_b = a.segments[p.segment]
    if any(t.stem in _FROM_TO_BLOCK for t in a.tokens[seg_a:seg_b]):
        return None
    to = frm = None
    for k in range(p.tok_end, min(seg_b, p.tok_end + _FROM_TO_WINDOW)):
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


def _compared(c: Claim, src: View):
    """A move or change to a level the source gives against an earlier level, the other way."""
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
            diffs = [n.value - nums[j].value]
            if hi > i and j_hi > j:
                diffs.append(nums[hi].value - nums[j_hi].value)
            signs = {d > 0 for d in diffs if abs(d) > 1e-9}
            if len(signs) != 1:
                continue
            way = "up" if signs.pop() else "down"
            if opposite(c.values, frozenset([way])):
                return Compared(
                    k, way, text[n.start : nums[hi].end], text[nums[j].start : nums[j_hi].end]
                )
            return None
    return None


def _polar_clashes(ctx: CheckContext, summ: View, src: View) -> list[Clash]:
    out = []
    for c in summ.claims(range(len(summ.sentences))):
        p = c.polar
        if ctx.overlaps_excluded(p.start, p.end):
            continue
        hit = _judge(c, src)
        if hit is None:
            hit = _from_to(c, src)
        if hit is None:
            hit = _compared(c, src)
        if hit is None:
            continue
        says = _snippet(summ, c)
        if isinstance(hit, Compared):
            s, e = src.sentences[hit.sentence]
            source_says = f"it went {hit.way}, to {hit.now} from {hit.before}"
        elif isinstance(hit, tuple) and not isinstance(hit, Num):
            to, frm, way = hit
            ks = sorted(src.figure_sentences(to, summ.text))
            s, e = src.sentences[ks[0]]
            t, f = summ.text[to.start : to.end], summ.text[frm.start : frm.end]
            source_says = f"the figure went {way} from {f} to {t}"
        elif isinstance(hit, Num):
            s, e = src.doc.sentence_span(hit.start)
            other = "above" if "below" in c.values else "below"
            source_says = f"the figure is {other} the expected {src.text[hit.start : hit.end]}"
        else:
            s, e = src.doc.sentence_span(hit.polar.start)
            source_says = _snippet(src, hit)
        out.append(Clash(p.start, p.end, says, source_says, src.text[s:e]))
    return out


# ---------------------------------------------------------------------------------- role swaps
def _entities(a: Analysis, lo: int, hi: int) -> list[tuple[int, int]]:
    """Runs of capitalised words (token index ranges) within tokens[lo:hi]."""
    text = a.text
    runs = []
    i = lo
    while i < hi:
        t = a.tokens[i]
        if t.kind == "w" and text[t.start].isupper() and t.stem not in STOP and t.stem not in CAL:
            j = i + 1
            while (
                j < hi
                and a.tokens[j].kind == "w"
                and text[a.tokens[j].start].isupper()
                and text[a.tokens[j - 1].end : a.tokens[j].start].strip() == ""
            ):
                j += 1
            if text[a.tokens[j - 1].end : a.tokens[j - 1].end + 1] != "-":  # "Peru-focused"
                runs.append((i, j))
            i = j
        else:
            i += 1
    return runs


def _key(a: Analysis, run: tuple[int, int]) -> frozenset:
    return frozenset(t.low for t in a.tokens[run[0] : run[1]] if t.low not in CORP)


def _name(a: Analysis, run) -> str:
    return a.text[a.tokens[run[0]].start : a.tokens[run[1] - 1].end]


def _targets(a: Analysis, lo: int, hi: int) -> list:
    """Entities after an acquisition verb, up to "for"/"in"/"from" or a comma: "U.S. biotech
    company Corvana Therapeutics" gives both runs; the matcher decides which one is named."""
    stop = lo
    while stop < hi and a.tokens[stop].low not in ("for", "from", "in", ",", "valuing", "at"):
        stop += 1
    return [r for r in _entities(a, lo, stop) if len(_key(a, r)) > 0]


_DETERMINERS = word_list("determiners")


def _acquisitions(a: Analysis) -> list[tuple]:
    """(acquirer key, [target keys], start, end, acquirer name, target name) for "X agreed to buy
    Y", "Y was acquired by X", "X's acquisition of Y"."""
    out = []
    for i, t in enumerate(a.tokens):
        if t.kind != "w" or (t.stem not in ACQ_VERBS and t.stem not in ACQ_NOUNS):
            continue
        seg_a, seg_b = a.segments[a.seg_of[i]]
        before = _entities(a, max(seg_a, i - 10), i)
        nxt = a.tokens[i + 1].low if i + 1 < seg_b else ""
        if nxt == "by":  # "was acquired by", "Qolqa's purchase by"
            after = _entities(a, i + 2, min(seg_b, i + 6))
            if before and after:
                out.append((after[0], [before[-1]]))
            continue
        if t.stem in ACQ_NOUNS and nxt == "of":
            after = _targets(a, i + 2, min(seg_b, i + 10))
            if not after:
                continue
            by = after[0][1]
            if by < seg_b and a.tokens[by].low == "by":
                acq = _entities(a, by + 1, min(seg_b, by + 5))
                if acq:
                    out.append((acq[0], after[:1]))
                continue
            if before and before[-1][1] >= i - 4:
                out.append((before[-1], after))
            continue
        if t.stem in ACQ_VERBS and not (i > seg_a and a.tokens[i - 1].low in _DETERMINERS):
            after = _targets(a, i + 1, min(seg_b, i + 10))
            if before and after:
                out.append((before[-1], after))
    res = []
    for acq_run, tgt_runs in out:
        acq = _key(a, acq_run)
        tgts = [(_key(a, r), r) for r in tgt_runs]
        tgts = [(k, r) for k, r in tgts if k and not acq & k]
        if acq and tgts:
            runs = [acq_run] + [r for _, r in tgts]
            s = min(a.tokens[r[0]].start for r in runs)
            e = max(a.tokens[r[1] - 1].end for r in runs)
            res.append((acq, [k for k, _ in tgts], s, e, _name(a, acq_run), _name(a, tgts[0][1])))
    return res


def _acquisition_clashes(ctx, summ: View, src: View) -> list[Clash]:
    mine = [x for a in summ.analyses(range(len(summ.sentences))) for x in _acquisitions(a)]
    if not mine:
        return []
    idxs = set().union(*(src.occ(w) for w in ACQ_VERBS | ACQ_NOUNS))
    theirs = [x for a in src.analyses(sorted(idxs)) for x in _acquisitions(a)]
    out = []
    for acq, tgts, s, e, acq_name, tgt_name in mine:
        if ctx.overlaps_excluded(s, e):
            continue
        # The summary names one target: the one of its candidates the source deal involves.
        for A, Ts, ss, _, a_name, t_name in theirs:
            if any(acq & T for T in Ts) and any(t & A for t in tgts[:1]) and not acq & A:
                # Its acquirer is the source's target and its target the source's acquirer.
                span_end = e
                out.append(
                    Clash(
                        s,
                        span_end,
                        f"{acq_name} is buying {tgt_name}",
                        f"{a_name} is buying {t_name}",
                        src.doc.sentence_text(ss),
                    )
                )
                break
    return out


def _person_like(a: Analysis, run: tuple[int, int]) -> bool:
    """Two or more capitalised words, no title, not a possessive ("Northspire's CEO")."""
    first, last = run
    toks = a.tokens[first:last]
    if len(toks) < 2 or any(t.stem in TITLES or t.low in CORP for t in toks):
        return False
    return not a.text.startswith(("'s", "\u2019s"), toks[-1].end)


def _after_title(a: Analysis, run: tuple[int, int]) -> tuple[int, int]:
    """ "Qolqa CEO Martin Huaman" -> "Martin Huaman"."""
    first, last = run
    for k in range(last - 1, first - 1, -1):
        if a.tokens[k].stem in TITLES:
            return (k + 1, last)
    return run


def _leaders(a: Analysis) -> list[tuple[str, int, int, str]]:
    """(surname, start, end, name) for "X will lead/run/head the combined company" and "the
    combined company will be led/run by X"."""
    out = []
    toks = a.tokens
    for i, t in enumerate(toks):
        if t.kind != "w" or t.stem not in LEAD_VERBS:
            continue
        seg_a, seg_b = a.segments[a.seg_of[i]]
        if i + 1 < seg_b and toks[i + 1].low == "by":
            # Passive: "the enlarged group will be run by Ines Okafor".
            if not any(x.stem in MERGED for x in toks[max(seg_a, i - 6) : i]):
                continue
            people = [r for r in _entities(a, i + 2, min(seg_b, i + 8)) if _person_like(a, r)]
            if not people:
                continue
            first, last = people[0]
            k = max(seg_a, i - 6)
            while k < i and toks[k].stem not in MERGED:
                k += 1
            k = max(seg_a, k - 1) if k > seg_a and toks[k - 1].low == "the" else k
            name = a.text[toks[first].start : toks[last - 1].end]
            out.append((toks[last - 1].low, toks[k].start, toks[last - 1].end, name))
            continue
        j = i + 1
        while j < min(seg_b, i + 4) and toks[j].stem not in MERGED:
            j += 1
        if j >= min(seg_b, i + 4):
            continue
        end_tok = j + 1 if j + 1 < seg_b and toks[j + 1].kind == "w" else j
        people = [
            r
            for r in (_after_title(a, r) for r in _entities(a, max(seg_a, i - 9), i))
            if _person_like(a, r)
        ]
        if not people:
            continue
        first, last = people[-1]
        # Extend back over titles and affiliations: "Qolqa chief executive Martin Huaman".
        k = first
        while k > seg_a and (
            toks[k - 1].stem in TITLES
            or (toks[k - 1].kind == "w" and a.text[toks[k - 1].start].isupper())
        ):
            k -= 1
        name = a.text[toks[first].start : toks[last - 1].end]
        out.append((toks[last - 1].low, toks[k].start, toks[end_tok].end, name))
    return out


def _leader_clashes(ctx, summ: View, src: View) -> list[Clash]:
    mine = [x for a in summ.analyses(range(len(summ.sentences))) for x in _leaders(a)]
    if not mine:
        return []
    idxs = set().union(*(src.occ(w) for w in LEAD_VERBS))
    theirs = [x for a in src.analyses(sorted(idxs)) for x in _leaders(a)]
    if not theirs:
        return []
    names = {n for n, _, _, _ in theirs}
    out = []
    for name, s, e, full in mine:
        if name in names or not src.occ(stem(name), name) or ctx.overlaps_excluded(s, e):
            continue
        _, ss, _, boss = theirs[0]
        out.append(
            Clash(
                s,
                e,
                f"{full} will lead the combined company",
                f"{boss} will, and {full} has another role",
                src.doc.sentence_text(ss),
            )
        )
    return out


def _holders(view: View, idxs) -> list[tuple[frozenset, Num, int]]:
    """(holder key, percentage, start of the holder) for "Northspire investors will own 63%"."""
    out = []
    for k in idxs:
        stems = view.stems_of_sentence(k)
        if not stems & OWN_CUES or not stems & HOLDERS:
            continue
        a = view._read[k]
        _s, _e = view.sentences[k]
        for n in view.sentence_nums(k):
            if n.cls != "pct":
                continue
            i = _token_at(a, n.start)
            seg_a = a.segments[a.seg_of[min(i, len(a.tokens) - 1)]][0]
            for j in range(i - 1, max(seg_a, i - 10) - 1, -1):
                if a.tokens[j].stem in HOLDERS:
                    ents = _entities(a, max(seg_a, j - 4), j)
                    if ents and ents[-1][1] == j:
                        out.append((_key(a, ents[-1]), n, a.tokens[ents[-1][0]].start))
                    break
    return out


def _holder_clashes(ctx, summ: View, src: View) -> list[Clash]:
    mine = _holders(summ, range(len(summ.sentences)))
    if not mine:
        return []
    figs = [n for _, n, _ in mine]
    theirs = _holders(src, sorted(src.sentences_with_figures(figs, summ.text)))
    out = []
    for key, n, s in mine:
        if ctx.overlaps_excluded(s, n.end):
            continue
        same = [h for h in theirs if same_figure(h[1], n)]
        if not same or any(key & h[0] for h in same):
            continue
        if any(key & h[0] for h in theirs):
            other = same[0]
            own = next(h for h in theirs if key & h[0])
            pct = summ.text[n.start : n.end]
            out.append(
                Clash(
                    s,
                    n.end,
                    f"{summ.text[s : n.start].strip()} {pct}",
                    f"{src.text[other[2] : other[1].start].strip()} {pct}; "
                    f"{src.text[own[2] : own[1].end]}",
                    src.doc.sentence_text(other[1].start),
                )
            )
    return out


def _recoveries(view: View, idxs) -> list[tuple[int, Analysis, bool, list]]:
    """(verb token, analysis, says-all, figures after the verb) for "recovered ..."."""
    out = []
    for a in view.analyses(idxs):
        for i, t in enumerate(a.tokens):
            if t.kind != "w" or t.stem not in RECOVER:
                continue
            seg_b = a.segments[a.seg_of[i]][1]
            window = a.tokens[max(0, i - 1) : min(seg_b, i + 4)]
            says_all = any(w.low in ALL for w in window)
            end = a.tokens[seg_b - 1].end
            figs = view.nums_between(t.end, end)
            out.append((i, a, says_all, figs))
    return out


def _recovery_clashes(ctx, summ: View, src: View) -> list[Clash]:
    mine = [r for r in _recoveries(summ, range(len(summ.sentences))) if r[2] and r[3]]
    if not mine:
        return []
    idxs = set().union(*(src.occ(w) for w in RECOVER))
    theirs = _recoveries(src, sorted(idxs))
    out = []
    for i, a, _, figs in mine:
        total = figs[0]
        for _, _, src_all, src_figs in theirs:
            part = [n for n in src_figs if n.cls == total.cls and n.value < total.value * 0.98]
            if part and not src_all:
                s, e = a.tokens[i].start, total.end
                rest = summ.text[e : e + 12].split()
                if rest and rest[0].lower().strip(".,;") in CURRENCY_WORDS:
                    e = summ.text.index(rest[0], e) + len(rest[0].rstrip(".,;"))
                if ctx.overlaps_excluded(s, e):
                    break
                ptext = src.text[part[0].start : part[0].end]
                out.append(
                    Clash(
                        s,
                        e,
                        f"all of {summ.text[total.start : total.end]} was recovered",
                        f"about {ptext} was",
                        src.doc.sentence_text(part[0].start),
                    )
                )
                break
    return out


# ---------------------------------------------------------------------------------- votes
_SPLIT_VOTE = re.compile(
    r"\b(?:split|divided)\s+(?:\d+\s*[-\u2013]\s*\d+\s+)?(?:vote|decision|ruling|verdict)\b"
    r"|\b\d+\s*[-\u2013]\s*\d+\s+(?:vote|decision|ruling|split|majority)\b"
    r"|\bvoted\s+\d+\s*[-\u2013]\s*\d+\b|\bdissent(?:ed|ing|s)?\b"
    r"|\b(?:taken|made|reached|approved|passed|adopted|backed)\s+by\s+(?:a\s+)?majority\b"
    r"|\bmajority\s+(?:vote|decision)\b|\bvot(?:ed|ing)\s+against\b"
    r"|\b(?:vote|decision)\s+(?:was\s+)?(?:split|divided)\b"
    r"|\b(?:not|n['\u2019]t|never)\s+(?:been\s+)?unanimous(?:ly)?\b",
    re.IGNORECASE,
)
# "not unanimous" is a split vote.
_UNANIMOUS = re.compile(
    r"(?<!not )(?<!n't )(?<!n\u2019t )(?<!never )(?<!not been )\bunanimous(?:ly)?\b",
    re.IGNORECASE,
)


_VOTE_WORDS = stem_list("vote_words")


def _vote_context(view: View, offset: int) -> frozenset:
    """Content stems of a vote's sentence and the one before ("The committee held rates. The
    decision was unanimous.")."""
    k = view.sentence_of(offset)
    out: set = set()
    for j in (k - 1, k):
        if j >= 0:
            out |= view.stems_of_sentence(j)
    return frozenset(w for w in out if w not in STOP and w not in _VOTE_WORDS and len(w) > 2)


def _vote_clashes(ctx, summ: View, src: View) -> list[Clash]:
    st, ss = summ.text, src.text
    if not (_SPLIT_VOTE.search(st) or _UNANIMOUS.search(st)):
        return []
    out = []
    for mine, theirs, label, their_label in (
        (_SPLIT_VOTE, _UNANIMOUS, "a split vote", "unanimous"),
        (_UNANIMOUS, _SPLIT_VOTE, "unanimous", "a split vote"),
    ):
        hits = list(theirs.finditer(ss))
        if not hits:
            continue
        for m in mine.finditer(st):
            if ctx.overlaps_excluded(m.start(), m.end()):
                continue
            context = _vote_context(summ, m.start())
            # The same decision: the vote's context shares a word with the source's, and the
            # source never describes that decision the summary's way.
            same = [h for h in hits if context & _vote_context(src, h.start())]
            contrary = [x for x in mine.finditer(ss) if context & _vote_context(src, x.start())]
            if not same and (len(hits) == 1 or not context):
                # One decision in the source, or a summary sentence that names none.
                same, contrary = hits, list(mine.finditer(ss))
            if same and not contrary:
                out.append(
                    Clash(
                        m.start(),
                        m.end(),
                        label,
                        f"the decision was {their_label}",
                        src.doc.sentence_text(same[0].start()),
                    )
                )
    return out


# ---------------------------------------------------------------------------------- not done
_CUE = re.compile(
    r"\b(?:stop(?:ped|ping|s)?\s+short\s+of|refrain(?:ed|ing|s)?\s+from|(?:declin|refus)"
    r"(?:ed|es|ing)\s+to|(?:did|does|do|will|would|has|have|had|could)\s+not|(?:did|does|do|"
    r"wo|would|has|have|had|could)n['\u2019]t|without|never|no\s+longer|no\s+(?:(?:immediate|"
    r"current|further)\s+)?(?:plans?|intention)\s+(?:to|of))\s+",
    re.IGNORECASE,
)
_GAP = word_list("not_done_gap")


# Substrings that start or end a cue; the cue regex then runs on a few characters around each.
_CUE_KEYS = ("not ", "n't ", "n\u2019t ", "short of ", "refrain", "declined to ", "declines to ",
             "refused to ", "refuses to ", "without ", "never ", "no longer ", "no plan",
             "no immediate plan", "no current plan", "no further plan", "no intention")  # fmt: skip


def _cues(lower: str):
    """Negation cues in `lower`, found by substring search (one regex pass over a whole article
    costs more than this check's budget)."""
    seen = set()
    for key in _CUE_KEYS:
        i = lower.find(key)
        while i >= 0:
            m = _CUE.search(lower, max(0, i - 10), i + len(key) + 12)
            if m is not None and m.start() not in seen:
                seen.add(m.start())
                yield m
            i = lower.find(key, i + 1)


def _not_done(src: View) -> list[tuple[str, frozenset, int]]:
    """(verb stem, object stems, offset) for actions the source says were not taken: "stopped
    short of revoking its banking licence", "would not issue new shares"."""

    def build(_doc):
        lower = src.doc.lower
        out = []
        for m in _cues(lower):
            k = src.sentence_of(m.start())
            s, e = src.sentences[k]
            if _CONDITION.search(lower, max(s, m.start() - 40), m.start()):
                continue  # a condition, not a fact
            words = _WORD_AT.findall(lower, m.end(), min(e, m.end() + 60))
            while words and words[0] in _GAP:
                words.pop(0)
            # A short word after most cues is no verb ("without the", "no longer has"); after
            # "no plans to" / "no intention of" it is one ("add", "buy", "cut").
            short = 3 if _PLAN_CUE.search(m.group()) else 4
            if len(words) < 2 or words[0] in NOT_VERBS or len(words[0]) < short:
                continue
            obj = frozenset(stem(w) for w in words[1:6] if w not in STOP and len(w) > 1) - {""}
            out.append((stem(words[0]), obj, m.start()))
        return out

    return src.doc.memo("contradiction.not_done", build)


_CONDITION = re.compile(r"\b(?:if|unless|whether)\b")
_PLAN_CUE = re.compile(r"\b(?:plans?|intention)\b")


def _not_done_clashes(ctx, summ: View, src: View) -> list[Clash]:
    theirs = _not_done(src)
    if not theirs:
        return []
    lex = lexicon()
    out = []
    for a in summ.analyses(range(len(summ.sentences))):
        toks = a.tokens
        for i, t in enumerate(toks):
            if t.kind != "w":
                continue
            for verb, obj, off in theirs:
                if t.stem != verb:
                    continue
                seg_a, seg_b = a.segments[a.seg_of[i]]
                if _negated(a, i, seg_a, lex):
                    continue
                after = _after(toks, i, seg_b)
                mine = {toks[k].stem for k in after if toks[k].kind == "w"}
                shared = [w for w in obj & mine if not src.generic(w) and w not in STOP]
                if not shared:
                    continue
                j = i + 1
                for k in after:
                    if toks[k].kind != "w":
                        break
                    if toks[k].stem in obj:
                        j = k  # the last word of the object, over an abbreviation's dots
                while j + 1 < seg_b and toks[j + 1].kind == "w" and toks[j + 1].stem in obj:
                    j += 1
                end = toks[min(j, seg_b - 1)].end
                if ctx.overlaps_excluded(t.start, end):
                    continue
                out.append(
                    Clash(
                        t.start,
                        end,
                        summ.text[t.start : end],
                        "it was not done",
                        src.doc.sentence_text(off),
                    )
                )
                break
    return out


def _after(toks, i: int, seg_b: int, n: int = 6) -> list[int]:
    """Indices of the n tokens after token i in its clause, not counting the dots of an
    abbreviation ("add to its U.S. office holdings")."""
    out = []
    k = i + 1
    while k < seg_b and len(out) < n:
        if toks[k].low != ".":
            out.append(k)
        k += 1
    return out


def _negated(a: Analysis, i: int, seg_a: int, lex) -> bool:
    return negation_at(a.tokens, i, seg_a, lex) >= 0


# ---------------------------------------------------------------------------------- run
def run(ctx: CheckContext) -> list[Finding]:
    if ctx.source is None:
        return []
    src = ctx.source.memo("contradiction.view", View)
    summ = View(ctx.summary)
    summ.read_all()
    clashes = []
    for detect, code in (
        (_acquisition_clashes, "CON005"),
        (_leader_clashes, "CON006"),
        (_holder_clashes, "CON003"),
        (_recovery_clashes, "CON007"),
        (_vote_clashes, "CON004"),
        (_polar_clashes, "CON001"),
        (_not_done_clashes, "CON002"),
    ):
        clashes.extend((code, c) for c in detect(ctx, summ, src))
    findings: list[Finding] = []
    taken: list[tuple[int, int]] = []
    for code, c in clashes:
        if any(c.start < e and s < c.end for s, e in taken):
            continue
        taken.append((c.start, c.end))
        findings.append(
            Finding.at(
                ctx.summary.text,
                c.start,
                c.end,
                NAME,
                f"says {c.says!r}; the source says {c.source_says!r}",
                c.evidence,
                code=code,
            )
        )
    return sorted(findings, key=lambda f: f.start)
