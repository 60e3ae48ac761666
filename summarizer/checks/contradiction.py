"""The contradiction check: the summary says the opposite of what the source says.

Direction flips ("fares fell" where the source has "Fares rose 21%"), beat/miss, raised/cut/kept,
net buyers/sellers, bought/sold, accepted/rejected, before/after tax, improved/worsened; role
swaps (who buys whom, who leads the merged company, whose shareholders own which share); a
unanimous decision reported as a split vote; "recovered all of X" where the source gives part.

A summary statement is compared only with source statements that share its anchor: the same
quantity, or failing that the same subject/metric words. It is flagged only when every anchored
source statement has the opposite polarity; silence in the source is left to the support check.
"""

from __future__ import annotations

import bisect
import itertools
import re
from dataclasses import dataclass

from ..findings import Finding
from ..parsing.directions import Analysis, Polar, analyse, lexicon, opposite, stem
from .base import CheckContext

NAME = "contradiction"
NEEDS_SOURCE = True

# ---------------------------------------------------------------------------------- numbers
_NUM = re.compile(
    r"(?<![A-Za-z0-9.,])(?P<cur>(?:[A-Z]{1,3})?[$\u20ac\u00a3\u00a5])?\s?(?P<num>\d{1,3}(?:,\d{3})+|\d+)(?P<dec>\.\d+)?"
    r"(?:(?:\s?|-)(?P<unit>%|per\s?cent\b|percentage\s+points?\b|pp\b|pts?\b|basis\s+points?\b|bps?\b"
    r"|trillion\b|tn\b|billion\b|bn\b|million\b|mln\b|mn\b|m\b|k\b|cents?\b|pence\b|p\b))?"
)
_DATE_BEFORE = re.compile(
    r"\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+$", re.IGNORECASE
)
_SCALE = {
    "trillion": 1e12,
    "tn": 1e12,
    "billion": 1e9,
    "bn": 1e9,
    "million": 1e6,
    "mln": 1e6,
    "mn": 1e6,
    "m": 1e6,
    "k": 1e3,
    "cent": 0.01,
    "cents": 0.01,
    "pence": 0.01,
    "p": 0.01,
}
_RANGE_GAP = re.compile(r"\s*(?:-|\u2013|to|and)\s*(?:[A-Z]{0,3}[$\u20ac\u00a3\u00a5])?$")


@dataclass(frozen=True)
class Num:
    start: int
    end: int
    value: float
    cls: str  # "pct", "pp", "bp", "amount", "plain"


def _unit_class(unit: str | None, cur: str | None) -> tuple[str, float]:
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


def numbers(text: str) -> list[Num]:
    """Numbers with a class and scale, enough to tell whether two mentions are the same figure.
    Bare years are skipped; the first number of a range ("$1.1-1.4 billion") takes the unit of
    the second."""
    raw = []
    for m in _NUM.finditer(text):
        digits = m.group("num").replace(",", "")
        value = float(digits + (m.group("dec") or ""))
        unit, cur = m.group("unit"), m.group("cur")
        if unit is None and cur is None and not m.group("dec"):
            if len(digits) == 4 and 1900 <= value <= 2100:
                continue  # a year
            if _DATE_BEFORE.search(text, max(0, m.start() - 12), m.start()):
                continue  # "Nov 4", "March 13"
        raw.append([m.start("cur") if cur else m.start("num"), m.end(), value, unit, cur])
    for a, b in itertools.pairwise(raw):
        if a[3] is None and b[3] is not None and _RANGE_GAP.match(text[a[1] : b[0]] or " -"):
            a[3] = b[3]
    out = []
    for s, e, value, unit, cur in raw:
        cls, scale = _unit_class(unit, cur)
        out.append(Num(s, e, value * scale, cls))
    return out


def same_figure(a: Num, b: Num) -> bool:
    if a.cls != b.cls or a.value <= 0 or b.value <= 0:
        return a.cls == b.cls and a.value == b.value
    return abs(a.value - b.value) <= 0.006 * max(a.value, b.value)


# ---------------------------------------------------------------------------------- sides
_STOP = frozenset(
    stem(w)
    for w in [
        "a",
        "an",
        "the",
        "of",
        "to",
        "in",
        "on",
        "at",
        "for",
        "by",
        "with",
        "from",
        "and",
        "or",
        "as",
        "its",
        "it",
        "their",
        "his",
        "her",
        "they",
        "he",
        "she",
        "this",
        "that",
        "these",
        "those",
        "is",
        "are",
        "was",
        "were",
        "be",
        "been",
        "being",
        "has",
        "have",
        "had",
        "will",
        "would",
        "could",
        "should",
        "may",
        "might",
        "can",
        "said",
        "say",
        "says",
        "saying",
        "told",
        "also",
        "about",
        "some",
        "around",
        "nearly",
        "almost",
        "roughly",
        "than",
        "more",
        "less",
        "after",
        "before",
        "while",
        "but",
        "which",
        "who",
        "whom",
        "whose",
        "what",
        "when",
        "where",
        "there",
        "here",
        "into",
        "over",
        "under",
        "up",
        "down",
        "per",
        "cent",
        "percent",
        "percentage",
        "point",
        "points",
        "basis",
        "bp",
        "bps",
        "pp",
        "billion",
        "million",
        "trillion",
        "bn",
        "mn",
        "m",
        "k",
        "year",
        "years",
        "quarter",
        "quarters",
        "month",
        "months",
        "week",
        "weeks",
        "day",
        "days",
        "time",
        "full",
        "first",
        "second",
        "third",
        "fourth",
        "last",
        "next",
        "new",
        "previous",
        "earlier",
        "later",
        "now",
        "just",
        "only",
        "still",
        "even",
        "again",
        "other",
        "another",
        "all",
        "any",
        "each",
        "monday",
        "tuesday",
        "wednesday",
        "thursday",
        "friday",
        "saturday",
        "sunday",
        "january",
        "february",
        "march",
        "april",
        "may",
        "june",
        "july",
        "august",
        "september",
        "october",
        "november",
        "december",
        "jan",
        "feb",
        "mar",
        "apr",
        "jun",
        "jul",
        "aug",
        "sep",
        "sept",
        "oct",
        "nov",
        "dec",
        "not",
        "no",
        "did",
        "does",
        "do",
        "company",
        "group",
        "firm",
        "though",
        "although",
        "even",
        "yet",
        "whereas",
    ]
)
_CAL = frozenset(
    stem(w)
    for w in [
        "monday",
        "tuesday",
        "wednesday",
        "thursday",
        "friday",
        "saturday",
        "sunday",
        "january",
        "february",
        "march",
        "april",
        "may",
        "june",
        "july",
        "august",
        "september",
        "october",
        "november",
        "december",
    ]
)


@dataclass(frozen=True)
class Claim:
    polar: Polar
    nums: tuple  # the figures in its clause
    words: frozenset  # content stems of its clause
    subject: frozenset  # content stems before the trigger, in its clause
    near: frozenset  # content stems within a few words of the trigger, in its clause


@dataclass
class Side:
    doc: object  # text.Document
    analysis: Analysis
    nums: list
    claims: list
    generic: frozenset  # stems in many sentences (the company's name): they anchor nothing
    sentence_stems: list  # set of word stems of each sentence of doc
    words: frozenset = frozenset()  # every lower-cased word (source side only)

    def stems_at(self, offset: int) -> set:
        i = self.doc.sentence_index(offset)
        return self.sentence_stems[i] if 0 <= i < len(self.sentence_stems) else set()


_LEX_STEMS: list = []


def _lex_stems() -> frozenset:
    if not _LEX_STEMS:
        lex = lexicon()
        words = {s for k, senses in lex.phrases.items() if senses for s in k}
        _LEX_STEMS.append(frozenset(words - lex.objects))
    return _LEX_STEMS[0]


def _content(tokens) -> frozenset:
    skip = _lex_stems()
    return frozenset(
        t.stem
        for t in tokens
        if t.kind == "w" and len(t.stem) > 1 and t.stem not in _STOP and t.stem not in skip
    )


_NEAR = 5


def build_side(doc) -> Side:
    a = analyse(doc.text, doc.sentences)
    nums = numbers(doc.text)
    claims = []
    for p in a.polars:
        s, e = a.segment_span(p.segment)
        seg_a, seg_b = a.segments[p.segment]
        claims.append(
            Claim(
                polar=p,
                nums=tuple(n for n in nums if s <= n.start and n.end <= e),
                words=_content(a.tokens[seg_a:seg_b]),
                subject=_content(a.tokens[seg_a : p.tok]),
                near=_content(a.tokens[max(seg_a, p.tok - _NEAR) : min(seg_b, p.tok_end + _NEAR)]),
            )
        )
    # Stems of each sentence; words in many sentences (the company's name) anchor nothing.
    sentence_stems: list[set] = [set() for _ in doc.sentences]
    si = 0
    ends = [e for _, e in doc.sentences]
    for t in a.tokens:
        while si < len(ends) - 1 and t.start >= ends[si]:
            si += 1
        if t.kind == "w" and ends:
            sentence_stems[si].add(t.stem)
    df: dict[str, int] = {}
    for stems in sentence_stems:
        for w in stems:
            df[w] = df.get(w, 0) + 1
    limit = max(2, 0.34 * len(doc.sentences))
    generic = frozenset(w for w, c in df.items() if c > limit)
    return Side(doc, a, nums, claims, generic, sentence_stems)


# ---------------------------------------------------------------------------------- polar claims
@dataclass(frozen=True)
class Clash:
    start: int
    end: int
    says: str  # what the summary says
    source_says: str
    evidence: str


_LEAD_IN = frozenset(
    [
        "and",
        "but",
        "while",
        "whereas",
        "though",
        "although",
        "even",
        "as",
        "after",
        "with",
        "yet",
        "so",
        "or",
        "which",
        "that",
    ]
)


def _snippet(side: Side, p: Polar) -> str:
    """A short quote of a claim: a few words of subject, the trigger, and its figure."""
    a = side.analysis
    seg_a, seg_b = a.segments[p.segment]
    i = max(seg_a, p.tok - 3)
    while i < p.tok and (a.tokens[i].kind == "p" or a.tokens[i].low in _LEAD_IN):
        i += 1
    end = a.tokens[p.tok_end - 1].end
    limit = a.tokens[min(seg_b, p.tok_end + 5) - 1].end
    for n in side.nums:
        if end <= n.start and n.end <= limit:
            end = n.end
            break
    return side.doc.text[a.tokens[i].start : end]


def _shares_number(c: Claim, d: Claim) -> bool:
    return any(same_figure(x, y) for x in c.nums for y in d.nums)


def _as_move(c: Claim) -> frozenset | None:
    """improved/worsened as a move up/down, when the metric says which way is good."""
    lex = lexicon()
    if c.words & lex.higher_is_better:
        good, bad = "up", "down"
    elif c.words & lex.lower_is_better:
        good, bad = "down", "up"
    else:
        return None
    return frozenset(good if v == "better" else bad for v in c.polar.values)


def _opposed(
    values: frozenset, anchored: list[Claim], words: frozenset = frozenset()
) -> Claim | None:
    """The best-anchored source claim when every anchored one says the opposite, else None."""
    if anchored and all(opposite(values, d.polar.values) for d in anchored):
        return max(anchored, key=lambda d: len(words & d.near))
    return None


def _token_at(a: Analysis, offset: int) -> int:
    return bisect.bisect_left(a.tokens, offset, key=lambda t: t.start)


def _own_figures(c: Claim, side: Side) -> list[Num]:
    """Figures close enough to the trigger to be what it is about ("rose 21%", "a 1.7% drop")."""
    a = side.analysis
    out = []
    for n in c.nums:
        k = _token_at(a, n.start)
        if c.polar.tok - 4 <= k <= c.polar.tok_end + 5:
            out.append(n)
    return out


def _judge(c: Claim, summ: Side, src: Side):
    """(source claim or figure, kind) that `c` contradicts, or None."""
    axis = c.polar.axis
    same_axis = [d for d in src.claims if d.polar.axis == axis]
    if axis == "trade":
        # Who buys and who sells depends on the subject: "X sold to Y" = "Y bought from X".
        same_axis = [d for d in same_axis if c.subject & d.subject]
    if axis == "bound":
        # "more than $3.5 billion" vs "below $3.5bn": only the figure right after counts.
        mine = _bound_figure(c, summ)
        anchored = [
            d for d in same_axis if mine and (b := _bound_figure(d, src)) and same_figure(mine, b)
        ]
        return _opposed(c.polar.values, anchored, c.words)
    anchored = [d for d in same_axis if _shares_number(c, d)]
    if anchored:
        return _opposed(c.polar.values, anchored, c.words)
    if axis == "quality":
        moved = _as_move(c)
        anchored = [d for d in src.claims if d.polar.axis == "move" and _shares_number(c, d)]
        if moved is not None and anchored:
            return _opposed(moved, anchored, c.words)
    if axis == "estimate":
        derived = _judge_estimate(c, src)
        if derived is not False:
            return derived
    if any(same_figure(x, y) for x in _own_figures(c, summ) for y in src.nums):
        # The figure points at a source statement that says nothing we read on this axis.
        return None
    # No shared figure: the same subject or metric words close to both triggers.
    anchor = c.near - src.generic
    same_axis = [d for d in same_axis if anchor & d.near]
    return _opposed(c.polar.values, same_axis, anchor)


def _bound_figure(c: Claim, side: Side) -> Num | None:
    for n in c.nums:
        if n.start >= c.polar.end:
            return n if n.start - c.polar.end <= 8 else None
    return None


def _expectations(src: Side) -> list[Num]:
    """Figures from sentences where analysts/economists/consensus expected something."""

    def build(_doc):
        lex = lexicon()
        out = []
        for (s, e), stems in zip(src.doc.sentences, src.sentence_stems):
            if stems & lex.holders and stems & lex.estimate_cues:
                out.extend(n for n in src.nums if s <= n.start < e)
        return out

    return src.doc.memo("contradiction.expectations", build)


def _judge_estimate(c: Claim, src: Side):
    """Above/below an estimate derived from the source's figures ("rose to 3.9%" and "economists
    had expected 3.7%": above). False when the source gives no such figures."""
    own = [n for n in c.nums if n.end <= c.polar.start]
    if not own or not any(same_figure(own[-1], n) for n in src.nums):
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
    if opposite(c.polar.values, frozenset(signs)):
        return expected[0]
    return None


def _polar_clashes(ctx: CheckContext, summ: Side, src: Side) -> list[Clash]:
    out = []
    for c in summ.claims:
        p = c.polar
        if ctx.overlaps_excluded(p.start, p.end):
            continue
        hit = _judge(c, summ, src)
        if hit is None:
            continue
        says = _snippet(summ, p)
        if isinstance(hit, Num):
            s, e = src.doc.sentence_span(hit.start)
            other = "above" if "below" in p.values else "below"
            source_says = f"the figure is {other} the expected {src.doc.text[hit.start : hit.end]}"
        else:
            s, e = src.doc.sentence_span(hit.polar.start)
            source_says = _snippet(src, hit.polar)
        out.append(Clash(p.start, p.end, says, source_says, src.doc.text[s:e]))
    return out


# ---------------------------------------------------------------------------------- role swaps
_CORP = frozenset(
    [
        "corp",
        "corporation",
        "inc",
        "ltd",
        "limited",
        "plc",
        "co",
        "group",
        "holdings",
        "holding",
        "sa",
        "ag",
        "nv",
        "llc",
        "the",
        "se",
        "spa",
        "bhd",
    ]
)
_ACQ_VERBS = frozenset(
    stem(w) for w in ["buy", "bought", "buying", "acquire", "acquired", "acquiring", "purchase"]
)
_ACQ_NOUNS = frozenset(stem(w) for w in ["acquisition", "takeover", "purchase", "buyout"])
_PASSIVE = frozenset(["be", "been", "being", "was", "is", "are", "were"])
_LEAD_VERBS = frozenset(stem(w) for w in ["lead", "led", "run", "head", "helm"])
_MERGED = frozenset(stem(w) for w in ["combined", "enlarged", "merged", "expanded", "united"])
_TITLES = frozenset(
    stem(w)
    for w in [
        "chief",
        "executive",
        "officer",
        "ceo",
        "cfo",
        "coo",
        "chairman",
        "chairwoman",
        "chair",
        "president",
        "founder",
        "head",
        "finance",
        "financial",
        "operating",
        "director",
    ]
)
_HOLDERS = frozenset(
    stem(w) for w in ["shareholders", "investors", "holders", "owners", "stockholders"]
)
_OWN_CUES = frozenset(
    stem(w)
    for w in [
        "own",
        "owning",
        "hold",
        "end",
        "ending",
        "control",
        "stake",
        "receive",
        "get",
        "combined",
        "enlarged",
        "merged",
    ]
)
_RECOVER = frozenset(
    stem(w)
    for w in ["recovered", "recouped", "repaid", "returned", "regained", "retrieved", "clawed"]
)
_ALL = frozenset(["all", "full", "entire", "entirety", "fully", "whole"])
_CURRENCY_WORDS = frozenset(
    ["euros", "euro", "dollars", "dollar", "pounds", "pound", "yen", "francs", "yuan"]
)


def _entities(a: Analysis, lo: int, hi: int) -> list[tuple[int, int]]:
    """Runs of capitalised words (token index ranges) within tokens[lo:hi]."""
    text = a.text
    runs = []
    i = lo
    while i < hi:
        t = a.tokens[i]
        if t.kind == "w" and text[t.start].isupper() and t.stem not in _STOP and t.stem not in _CAL:
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
    return frozenset(t.low for t in a.tokens[run[0] : run[1]] if t.low not in _CORP)


def _acquisitions(a: Analysis) -> list[tuple]:
    """(acquirer key, target key, start, end) for "X agreed to buy Y", "Y was acquired by X",
    "X's acquisition of Y"."""
    out = []
    for i, t in enumerate(a.tokens):
        if t.kind != "w" or t.stem not in _ACQ_VERBS | _ACQ_NOUNS:
            continue
        seg_a, seg_b = a.segments[a.seg_of[i]]
        before = [r for r in _entities(a, max(seg_a, i - 10), i)]
        nxt = a.tokens[i + 1].low if i + 1 < seg_b else ""
        if nxt == "by":  # "was acquired by", "Qolqa's purchase by"
            after = _entities(a, i + 2, min(seg_b, i + 6))
            if before and after:
                out.append((_key(a, after[0]), _key(a, before[-1]), before[-1], after[0]))
            continue
        if t.stem in _ACQ_NOUNS and nxt == "of":
            after = _entities(a, i + 2, min(seg_b, i + 6))
            if not after:
                continue
            by = after[0][1]
            if by < seg_b and a.tokens[by].low == "by":
                acq = _entities(a, by + 1, min(seg_b, by + 5))
                if acq:
                    out.append((_key(a, acq[0]), _key(a, after[0]), after[0], acq[0]))
                continue
            if before and before[-1][1] >= i - 4:
                out.append((_key(a, before[-1]), _key(a, after[0]), before[-1], after[0]))
            continue
        if t.stem in _ACQ_VERBS:
            after = _entities(a, i + 1, min(seg_b, i + 6))
            if before and after:
                out.append((_key(a, before[-1]), _key(a, after[0]), before[-1], after[0]))
    res = []
    for acq, tgt, r1, r2 in out:
        if acq and tgt and not acq & tgt:
            s1, e1 = a.tokens[r1[0]].start, a.tokens[r1[1] - 1].end
            s2, e2 = a.tokens[r2[0]].start, a.tokens[r2[1] - 1].end
            res.append((acq, tgt, min(s1, s2), max(e1, e2), a.text[s1:e1], a.text[s2:e2]))
    return res


def _acquisition_clashes(ctx, summ: Side, src: Side) -> list[Clash]:
    theirs = src.doc.memo("contradiction.acquisitions", lambda d: _acquisitions(src.analysis))
    out = []
    for acq, tgt, s, e, acq_name, tgt_name in _acquisitions(summ.analysis):
        if ctx.overlaps_excluded(s, e):
            continue
        for A, T, ss, _, a_name, t_name in theirs:
            if acq & T and tgt & A and not acq & A and not tgt & T:
                out.append(
                    Clash(
                        s,
                        e,
                        f"{acq_name} is buying {tgt_name}",
                        f"{a_name} is buying {t_name}",
                        src.doc.sentence_text(ss),
                    )
                )
                break
    return out


def _leaders(a: Analysis) -> list[tuple[str, int, int]]:
    """(surname, start, end, name) for "X will lead/run/head the combined company"."""
    out = []
    for i, t in enumerate(a.tokens):
        if t.kind != "w" or t.stem not in _LEAD_VERBS:
            continue
        seg_a, seg_b = a.segments[a.seg_of[i]]
        j = i + 1
        while j < min(seg_b, i + 4) and a.tokens[j].stem not in _MERGED:
            j += 1
        if j >= min(seg_b, i + 4):
            continue
        end_tok = j + 1 if j + 1 < seg_b and a.tokens[j + 1].kind == "w" else j
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
            a.tokens[k - 1].stem in _TITLES
            or (a.tokens[k - 1].kind == "w" and a.text[a.tokens[k - 1].start].isupper())
        ):
            k -= 1
        name = a.text[a.tokens[first].start : a.tokens[last - 1].end]
        out.append((a.tokens[last - 1].low, a.tokens[k].start, a.tokens[end_tok].end, name))
    return out


def _after_title(a: Analysis, run: tuple[int, int]) -> tuple[int, int]:
    """ "Qolqa CEO Martin Huaman" -> "Martin Huaman"."""
    first, last = run
    for k in range(last - 1, first - 1, -1):
        if a.tokens[k].stem in _TITLES:
            return (k + 1, last)
    return run


def _person_like(a: Analysis, run: tuple[int, int]) -> bool:
    """Two or more capitalised words, no title, not a possessive ("Northspire's CEO")."""
    first, last = run
    toks = a.tokens[first:last]
    if len(toks) < 2 or any(t.stem in _TITLES or t.low in _CORP for t in toks):
        return False
    end = toks[-1].end
    return not a.text.startswith(("'s", "\u2019s"), end)


def _leader_clashes(ctx, summ: Side, src: Side) -> list[Clash]:
    theirs = src.doc.memo("contradiction.leaders", lambda d: _leaders(src.analysis))
    if not theirs:
        return []
    names = {n for n, _, _, _ in theirs}
    out = []
    for name, s, e, full in _leaders(summ.analysis):
        if name in names or name not in src.words or ctx.overlaps_excluded(s, e):
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


def _holders(side: Side) -> list[tuple[frozenset, Num, int]]:
    """(holder key, percentage, start of the holder) for "Northspire investors will own 63%"."""
    a = side.analysis
    out = []
    for n in side.nums:
        if n.cls != "pct":
            continue
        stems = side.stems_at(n.start)
        if not stems & _OWN_CUES or not stems & _HOLDERS:
            continue
        i = _token_at(a, n.start)
        seg_a = a.segments[a.seg_of[min(i, len(a.tokens) - 1)]][0]
        for j in range(i - 1, max(seg_a, i - 10) - 1, -1):
            if a.tokens[j].stem in _HOLDERS:
                ents = _entities(a, max(seg_a, j - 4), j)
                if ents and ents[-1][1] == j:
                    out.append((_key(a, ents[-1]), n, a.tokens[ents[-1][0]].start))
                break
    return out


def _holder_clashes(ctx, summ: Side, src: Side) -> list[Clash]:
    theirs = src.doc.memo("contradiction.holders", lambda d: _holders(src))
    out = []
    for key, n, s in _holders(summ):
        if ctx.overlaps_excluded(s, n.end):
            continue
        same = [h for h in theirs if same_figure(h[1], n)]
        if not same or any(key & h[0] for h in same):
            continue
        if any(key & h[0] for h in theirs):
            other = same[0]
            mine = next(h for h in theirs if key & h[0])
            pct = summ.doc.text[n.start : n.end]
            out.append(
                Clash(
                    s,
                    n.end,
                    f"{summ.doc.text[s : n.start].strip()} {pct}",
                    f"{src.doc.text[other[2] : other[1].start].strip()} {pct}; "
                    f"{src.doc.text[mine[2] : mine[1].end]}",
                    src.doc.sentence_text(other[1].start),
                )
            )
    return out


def _recoveries(side: Side) -> list[tuple[int, int, bool, list]]:
    """(verb token, segment end token, says-all, figures after the verb) for "recovered ...\""""
    a = side.analysis
    out = []
    for i, t in enumerate(a.tokens):
        if t.kind != "w" or t.stem not in _RECOVER:
            continue
        seg_b = a.segments[a.seg_of[i]][1]
        window = a.tokens[max(0, i - 1) : min(seg_b, i + 4)]
        says_all = any(w.low in _ALL for w in window)
        end = a.tokens[seg_b - 1].end
        figs = [n for n in side.nums if t.end <= n.start < end]
        out.append((i, seg_b, says_all, figs))
    return out


def _recovery_clashes(ctx, summ: Side, src: Side) -> list[Clash]:
    theirs = src.doc.memo("contradiction.recoveries", lambda d: _recoveries(src))
    a = summ.analysis
    out = []
    for i, _, says_all, figs in _recoveries(summ):
        if not says_all or not figs:
            continue
        total = figs[0]
        for _, _, src_all, src_figs in theirs:
            part = [n for n in src_figs if n.cls == total.cls and n.value < total.value * 0.98]
            if part and not src_all:
                s, e = a.tokens[i].start, total.end
                rest = summ.doc.text[e : e + 12].split()
                if rest and rest[0].lower().strip(".,;") in _CURRENCY_WORDS:
                    e = summ.doc.text.index(rest[0], e) + len(rest[0].rstrip(".,;"))
                if ctx.overlaps_excluded(s, e):
                    break
                ptext = src.doc.text[part[0].start : part[0].end]
                out.append(
                    Clash(
                        s,
                        e,
                        f"all of {summ.doc.text[total.start : total.end]} was recovered",
                        f"about {ptext} was",
                        src.doc.sentence_text(part[0].start),
                    )
                )
                break
    return out


_SPLIT_VOTE = re.compile(
    r"\b(?:split|divided)\s+(?:\d+\s*[-\u2013]\s*\d+\s+)?(?:vote|decision|ruling|verdict)\b"
    r"|\b\d+\s*[-\u2013]\s*\d+\s+(?:vote|decision|ruling|split|majority)\b"
    r"|\bvoted\s+\d+\s*[-\u2013]\s*\d+\b|\bdissent(?:ed|ing|s)?\b",
    re.IGNORECASE,
)
_UNANIMOUS = re.compile(r"\bunanimous(?:ly)?\b", re.IGNORECASE)


def _vote_clashes(ctx, summ: Side, src: Side) -> list[Clash]:
    out = []
    st, ss = summ.doc.text, src.doc.text
    for mine, theirs, label, their_label in (
        (_SPLIT_VOTE, _UNANIMOUS, "a split vote", "unanimous"),
        (_UNANIMOUS, _SPLIT_VOTE, "unanimous", "a split vote"),
    ):
        hit = theirs.search(ss)
        if hit is None or mine.search(ss):
            continue
        for m in mine.finditer(st):
            if not ctx.overlaps_excluded(m.start(), m.end()):
                out.append(
                    Clash(
                        m.start(),
                        m.end(),
                        label,
                        f"the decision was {their_label}",
                        src.doc.sentence_text(hit.start()),
                    )
                )
    return out


# ---------------------------------------------------------------------------------- run
def _source_side(doc) -> Side:
    side = build_side(doc)
    side.words = frozenset(t.low for t in side.analysis.tokens if t.kind == "w")
    return side


def run(ctx: CheckContext) -> list[Finding]:
    if ctx.source is None:
        return []
    src = ctx.source.memo("contradiction.side", _source_side)
    summ = build_side(ctx.summary)
    clashes = []
    for detect in (
        _acquisition_clashes,
        _leader_clashes,
        _holder_clashes,
        _recovery_clashes,
        _vote_clashes,
        _polar_clashes,
    ):
        clashes.extend(detect(ctx, summ, src))
    findings: list[Finding] = []
    taken: list[tuple[int, int]] = []
    for c in clashes:
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
            )
        )
    return sorted(findings, key=lambda f: f.start)
