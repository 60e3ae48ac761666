"""The number check: every quantity in the summary must be in the source, be a faithful rounding
of one there, or follow from two of them (a difference, sum, percentage change or share) — and
must not be a source figure that belongs to something else.

Cost: the source is parsed once (memoised) and indexed by dimension, so a direct look-up is a
bisect; derived figures are searched only for summary quantities that found no direct match,
among source quantities in the same or the next sentence (differences, changes) or across the
document up to a cap (sums, shares)."""

from __future__ import annotations

import bisect
import math
import re
from dataclasses import dataclass
from itertools import combinations

from ..findings import Finding
from ..parsing.quantities import BARE_SYMBOLS, DOLLAR_FAMILY, Quantity, describe, parse_quantities
from ..text import Document
from .base import CheckContext

NAME = "number"
NEEDS_SOURCE = True

_MAX_PAIRS = 20000  # per summary quantity, for the document-wide derived search
_DERIVED_APPROX = 0.025  # relative slack for a hedged derived figure ("roughly 470" of 468)


# --------------------------------------------------------------------------- dimensions


def dimension(q: Quantity) -> tuple[str, float]:
    """(dimension, factor) so that factor * value is comparable within one dimension."""
    u = q.unit
    if u == "percent":
        return "pct", 1.0
    if u == "fraction":
        return "pct", 100.0
    if u == "pp":
        return "pp", 1.0
    if u == "bp":
        return "pp", 0.01
    if u == "currency":
        return "cur", 1.0
    if u in (None, "count"):
        return "n", 1.0
    return u, 1.0


def _mags(q: Quantity) -> list[float]:
    _, f = dimension(q)
    return [abs(v) * f for v in q.values]


def _precision(q: Quantity) -> float:
    _, f = dimension(q)
    if q.kind == "fraction" and q.unit == "fraction":
        return 1.5  # "two-thirds" for 66%, "half" for 49.5%
    return q.precision * f


@dataclass
class _Source:
    doc: Document
    quantities: list[Quantity]
    index: dict[str, list[tuple[float, int]]]  # dim -> sorted (magnitude, quantity index)
    has_usd: bool
    explicit_codes: frozenset[str]
    by_sentence: dict[int, list[int]]
    has_tally: bool


def _build_source(doc: Document) -> _Source:
    qs = doc.memo("quantities", lambda d: parse_quantities(d.text))
    index: dict[str, list[tuple[float, int]]] = {}
    by_sentence: dict[int, list[int]] = {}
    for i, q in enumerate(qs):
        d, _ = dimension(q)
        for m in _mags(q):
            index.setdefault(d, []).append((m, i))
        by_sentence.setdefault(doc.sentence_index(q.start), []).append(i)
    for lst in index.values():
        lst.sort()
    return _Source(
        doc=doc,
        quantities=qs,
        index=index,
        has_usd=any(q.currency == "USD" for q in qs),
        explicit_codes=frozenset(
            q.currency for q in qs if q.currency and q.symbol not in BARE_SYMBOLS
            and q.symbol not in ("cents", "dollars")
        ),
        by_sentence=by_sentence,
        has_tally=any(q.kind == "tally" for q in qs),
    )


def _bare(q: Quantity) -> bool:
    return q.symbol in BARE_SYMBOLS or q.symbol in ("cents", "dollars")


def _currency_ok(q: Quantity, s: Quantity, src: _Source) -> bool:
    """Same currency, allowing a bare "$" to stand for the article's own dollar."""
    if q.currency == s.currency:
        return True
    if q.currency is None or s.currency is None:
        return False
    if _bare(q) and q.currency == "USD" and s.currency in DOLLAR_FAMILY:
        return not src.has_usd
    if _bare(s) and s.currency == "USD" and q.currency in DOLLAR_FAMILY:
        return q.currency not in src.explicit_codes
    if "¥" in (q.symbol, s.symbol) and {q.currency, s.currency} <= {"JPY", "CNY"}:
        return True
    return False


def _compatible(q: Quantity, s: Quantity, src: _Source, derived: bool = False) -> bool:
    dq, _ = dimension(q)
    ds, _ = dimension(s)
    if dq == "cur" and ds == "cur":
        return _currency_ok(q, s, src)
    if dq == ds:
        return True
    if derived:
        return False
    pair = {dq, ds}
    if pair == {"pct", "pp"}:
        return True  # "rose 0.3 percentage points" may be written "0.3%" in the source
    if "n" in pair:
        other = (pair - {"n"}).pop()
        # A bare source number can carry a unit the summary spells out ("38" ... "mcm").
        return other not in ("pct", "pp")
    if pair == {"pp", "points"} or pair == {"n", "points"}:
        return True
    return False


# --------------------------------------------------------------------------- closeness


def _close(q: Quantity, v: float, s: float, derived: bool = False) -> bool:
    """Does the source magnitude `s` support the summary magnitude `v` of `q`?"""
    tol = _precision(q) + 1e-9 * max(abs(v), 1.0)
    diff = abs(v - s)
    if diff <= tol:
        return True
    h = q.hedge
    if h == "approx":
        rel = _DERIVED_APPROX if derived else 0.06
        return diff <= max(tol, rel * v)
    if h == "min":
        return v - tol <= s <= v * (1.15 if derived else 1.3) + tol
    if h == "max":
        return v * (0.9 if derived else 0.85) - tol <= s <= v + tol
    return False


def _direct(q: Quantity, src: _Source) -> list[int]:
    """Indexes of source quantities that support `q` directly."""
    dq, _ = dimension(q)
    dims = [dq]
    if dq in ("pct", "pp"):
        dims = ["pct", "pp"]
    elif dq == "n":
        dims = [d for d in src.index if d not in ("pct", "pp")]
    elif dq != "cur":
        dims = [dq, "n"]
    else:
        dims = ["cur", "n"]
    found: list[int] = []
    for v in _mags(q):
        hit = set()
        for d in dims:
            lst = src.index.get(d)
            if not lst:
                continue
            lo = bisect.bisect_left(lst, (v * 0.8 - _precision(q) - 1e-9, -1))
            hi = bisect.bisect_right(lst, (v * 1.35 + _precision(q) + 1e-9, 1 << 60))
            for m, i in lst[lo:hi]:
                s = src.quantities[i]
                if _compatible(q, s, src) and _close(q, v, m):
                    hit.add(i)
        if not hit:
            return []
        found.extend(sorted(hit))
    return found


# --------------------------------------------------------------------------- derived figures


def _pair_values(q: Quantity, a: Quantity, b: Quantity) -> list[float]:
    """Figures that follow from source quantities a and b, in q's dimension."""
    dq, _ = dimension(q)
    da, _ = dimension(a)
    db, _ = dimension(b)
    out: list[float] = []
    ma, mb = abs(a.value) * dimension(a)[1], abs(b.value) * dimension(b)[1]
    same = da == db and (da != "cur" or a.currency == b.currency)
    if da == "cur" and same and dq == "cur" and a.currency != q.currency:
        return out
    if same and da == dq and min(ma, mb) <= _precision(q):
        return out  # adding or taking away a figure below the summary's precision proves nothing
    if not same:
        # share of: p% of N ("6% of 7,800 jobs" -> 468)
        for p, n in ((a, b), (b, a)):
            if dimension(p)[0] == "pct" and dimension(n)[0] == dq and dq in ("n", "cur") \
                    and p.unit == "percent" and (dq != "cur" or n.currency == q.currency):
                out.append(abs(p.value) / 100.0 * abs(n.value))
        return out
    if da in ("pct", "pp") and dq in ("pct", "pp"):
        out.append(abs(ma - mb))
        if dq == "pct":
            out.append(ma + mb)
    if da == dq and da not in ("pct", "pp"):
        out.append(abs(ma - mb))
        out.append(ma + mb)
    if dq == "pct" and da not in ("pp",) and min(ma, mb) > 0:
        lo_, hi_ = min(ma, mb), max(ma, mb)
        out.append((hi_ / lo_ - 1.0) * 100.0)  # rise from lo to hi
        out.append((1.0 - lo_ / hi_) * 100.0)  # fall from hi to lo
        if da != "pct":
            out.append(lo_ / hi_ * 100.0)  # share
    if dq == "times" and da != "pct" and min(ma, mb) > 0:
        out.append(max(ma, mb) / min(ma, mb))
    return out


def _single_values(q: Quantity, s: Quantity) -> list[float]:
    dq, _ = dimension(q)
    ds, _ = dimension(s)
    if dq == "times" and ds == "pct" and s.unit == "percent":
        return [1.0 + abs(s.value) / 100.0]
    if dq == "pct" and ds == "times":
        return [(abs(s.value) - 1.0) * 100.0]
    return []


def _derivable(q: Quantity, src: _Source) -> bool:
    qs = src.quantities
    dq, _ = dimension(q)
    v = _mags(q)
    if q.high is not None or q.kind not in ("number", "multiple"):
        return False  # ranges, words ("three"), fractions and ordinals must be stated
    v = v[0]
    for s in qs:
        for d in _single_values(q, s):
            if _close(q, v, d, derived=True):
                return True
    # Near pairs: the same or the next sentence.
    sentences = sorted(src.by_sentence)
    count = 0
    for k, si in enumerate(sentences):
        near = list(src.by_sentence[si])
        if k + 1 < len(sentences) and sentences[k + 1] == si + 1:
            near += src.by_sentence[si + 1]
        for i, j in combinations(near, 2):
            count += 1
            if count > _MAX_PAIRS:
                return False
            for d in _pair_values(q, qs[i], qs[j]):
                if _close(q, v, d, derived=True):
                    return True
    # Document-wide sums and shares of amounts and counts.
    if dq in ("cur", "n"):
        pool = [s for s in qs if dimension(s)[0] == dq or s.unit == "percent"][:400]
        for a, b in combinations(pool, 2):
            count += 1
            if count > 2 * _MAX_PAIRS:
                return False
            da, db = dimension(a)[0], dimension(b)[0]
            if da == db == "pct":
                continue
            if da == db:
                if dq == "cur" and not (a.currency == b.currency and _currency_ok(q, a, src)):
                    continue
                cands = [abs(a.value) + abs(b.value)]
            else:
                cands = _pair_values(q, a, b)
            for d in cands:
                if _close(q, v, d, derived=True):
                    return True
    return False


# --------------------------------------------------------------------------- context


_STOP = frozenset(
    "the a an of in on at to for by with from and or as its their his her this that is was were "
    "be been has have had it which who while but than after before over under per said says "
    "year years month months day week quarter".split()
)
_WORD = re.compile(r"[A-Za-z0-9][A-Za-z0-9'\u2019&.-]*")
_CLAUSE = re.compile(r"[,;:()\u2014]|\b(?:while|whereas|but|and|compared|versus)\b", re.I)
_MONTHS = frozenset(
    "january february march april may june july august september october november december "
    "monday tuesday wednesday thursday friday saturday sunday".split()
)
_CLOSING = re.compile(r"\b(?:settl\w*|clos\w*|end(?:ed|ing|s)?|finish\w*)\b", re.I)


def _norm(w: str) -> str:
    w = w.lower().rstrip(".")
    w = re.sub(r"['\u2019]s$", "", w)
    return w


_PREP = frozenset(
    "at in on of for with a an the to from by as than about around over under into per "
    "worth valued value price priced totalling totaling".split()
)


def _subject_before(text: str, sent_start: int, start: int) -> set[str]:
    """Name-like words (capitalised but not first in the sentence, or with digits) that stand
    as the subject right before the figure: "CSI 300 fell 2.9%", "Hang Seng Tech dropped 2.9%".
    At most two lower-case words (a verb, "shares") may sit between; a preposition or article
    ends the search, since then the figure is not the subject's own move."""
    words = [(m.start(), m.group()) for m in _WORD.finditer(text, max(sent_start, start - 80),
                                                             start)]
    names: set[str] = set()
    skipped = 0
    for pos, w in reversed(words):
        lw = _norm(w)
        name_like = pos != sent_start and (w[0].isupper() or any(c.isdigit() for c in w))
        if name_like and lw not in _MONTHS and lw not in _STOP:
            names.add(lw)
            continue
        if names:
            break
        if lw in _PREP or skipped >= 2:
            return set()
        skipped += 1
    return names


def _names_before(text: str, sent_start: int, start: int, n: int = 8) -> set[str]:
    """Name-like words in the clause right before `start` (the source side: generous)."""
    seg = text[sent_start:start]
    cut = 0
    for m in _CLAUSE.finditer(seg):
        cut = m.end()
    seg_start = sent_start + cut
    words = [(m.start() + seg_start, m.group()) for m in _WORD.finditer(text, seg_start, start)]
    out = set()
    for pos, w in words[-n:]:
        lw = _norm(w)
        if lw in _STOP or lw in _MONTHS or pos == sent_start and not w[0].isdigit():
            continue
        if w[0].isupper() or any(c.isdigit() for c in w):
            out.add(lw)
    return out


def _words_of(text: str) -> set[str]:
    return {_norm(m.group()) for m in _WORD.finditer(text)}


def _misattributed(q: Quantity, summary: Document, src: _Source, matches: list[int]):
    """A source figure reused for another subject: returns the source quantity it belongs to."""
    s0, _ = summary.sentence_span(q.start)
    names = _subject_before(summary.text, s0, q.start)
    names -= {_norm(w) for w in _WORD.findall(q.text)}
    doc = src.doc
    # The article's own subject (named again and again, often as "its shares") says nothing
    # about which figure is whose.
    names = {n for n in names if doc.lower.count(n) <= 2}
    if not names:
        return None
    for i in matches:
        m = src.quantities[i]
        ms, _ = doc.sentence_span(m.start)
        if names & _words_of(doc.text[ms:m.end]):
            return None  # the subject is named before the figure in its own sentence
    dq, _ = dimension(q)
    for k, s in enumerate(src.quantities):
        if k in matches or dimension(s)[0] != dq:
            continue
        ss, _ = doc.sentence_span(s.start)
        ctx = _names_before(doc.text, ss, s.start, n=8)
        if names <= ctx:
            return s
    return None


def _peak_as_close(q: Quantity, summary: Document, src: _Source, matches: list[int]) -> bool:
    """"settled 14% higher" when the source's 14% was an intraday peak ("as much as 14%")."""
    if q.approx or not matches:
        return False
    if not all(src.quantities[i].peak for i in matches):
        return False
    s0, _ = summary.sentence_span(q.start)
    before = summary.text[max(s0, q.start - 40):q.start]
    return bool(_CLOSING.search(before.split(",")[-1]))


# --------------------------------------------------------------------------- evidence


def _scaled_twin(q: Quantity, s: Quantity) -> bool:
    """$410 billion vs $410 million: the same digits a power of 1000 apart."""
    a, b = abs(q.value), abs(s.value)
    if a <= 0 or b <= 0 or a == b:
        return False
    r = math.log10(max(a, b) / min(a, b))
    return abs(r - round(r)) < 1e-6 and round(r) % 3 == 0


def _closest(q: Quantity, src: _Source) -> Quantity | None:
    """The source quantity the summary most likely garbled: same digits in another unit,
    currency or scale first, else the nearest value of the same dimension."""
    best, best_d = None, math.inf
    dq, _ = dimension(q)
    v = _mags(q)[0]
    for s in src.quantities:
        if s.kind == "tally":
            continue
        ds, _ = dimension(s)
        if _same_digits(q, s) and ds == dq and (s.unit != q.unit or s.currency != q.currency):
            return s
        if ds == dq and (ds != "cur" or s.currency == q.currency) and _scaled_twin(q, s):
            return s
    for s in src.quantities:
        if s.kind == "tally":
            continue
        ds, _ = dimension(s)
        if ds != dq:
            continue
        m = _mags(s)[0]
        if m <= 0 or v <= 0:
            continue
        d = abs(math.log(m / v)) + (0.0 if s.unit == q.unit else 0.5)
        if d < best_d:
            best, best_d = s, d
    return best


_STOPWORDS_EVID = _STOP | {"not", "no"}


def _closest_sentence(q: Quantity, summary: Document, src: _Source) -> str | None:
    words = _words_of(summary.sentence_text(q.start)) - _STOPWORDS_EVID
    best, best_n = None, 0
    for s, e in src.doc.sentences:
        n = len(words & _words_of(src.doc.text[s:e]))
        if n > best_n:
            best, best_n = src.doc.text[s:e], n
    return best if best_n >= 2 else None


def _same_digits(q: Quantity, s: Quantity) -> bool:
    return abs(abs(q.value) - abs(s.value)) <= 1e-9 * max(1.0, abs(q.value))


def _message(q: Quantity, s: Quantity | None) -> str:
    if s is None:
        return f"{q.text} is not in the source and does not follow from its figures"
    if q.unit == "currency" and s.unit == "currency" and s.currency != q.currency and \
            _same_digits(q, s):
        return f"{q.text} is in a different currency: the source says {s.text}"
    if dimension(q)[0] != dimension(s)[0] or q.unit != s.unit:
        return f"{describe(q)} is not in the source; it says {describe(s)}"
    return f"{q.text} is not in the source; the closest figure there is {describe(s)}"


# --------------------------------------------------------------------------- run


def judge(q: Quantity, summary: Document, src: _Source) -> Finding | None:
    """A finding for one summary quantity, or None when the source supports it."""
    text = summary.text
    if q.kind == "tally" and not src.has_tally:
        return None  # a vote split is the contradiction check's business
    matches = _direct(q, src)
    if matches:
        other = _misattributed(q, summary, src, matches)
        if other is not None:
            ev = src.doc.sentence_text(other.start)
            return Finding.at(text, q.start, q.end, "number",
                              f"{q.text} is in the source, but for something else; "
                              f"there this subject has {other.text}", ev)
        if _peak_as_close(q, summary, src, matches):
            s = src.quantities[matches[0]]
            ev = src.doc.sentence_text(s.start)
            return Finding.at(text, q.start, q.end, "number",
                              f"{q.text} was the peak move in the source, not the close", ev)
        return None
    if _derivable(q, src):
        return None
    s = _closest(q, src)
    if s is not None:
        evidence = src.doc.sentence_text(s.start)
    else:
        evidence = _closest_sentence(q, summary, src)
    return Finding.at(text, q.start, q.end, "number", _message(q, s), evidence)


def run(ctx: CheckContext) -> list[Finding]:
    if ctx.source is None:
        return []
    src = ctx.source.memo("quantity_index", _build_source)
    quantities = ctx.summary.memo("quantities", lambda d: parse_quantities(d.text))
    out = []
    for q in quantities:
        if ctx.is_excluded(q.start, q.end):
            continue
        f = judge(q, ctx.summary, src)
        if f is not None:
            out.append(f)
    return out
