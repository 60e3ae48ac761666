"""Source figures indexed by dimension, closeness within the stated precision, and figures derived
from two source figures (differences, sums, % changes, shares)."""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field, replace
from itertools import combinations

from ...parsing.quantities import (
    DOLLAR_FAMILY,
    Quantity,
    fraction_parts,
    parse_quantities,
)
from ...text import Document
from .roles import ANY, DIFF, FALL, PCT_OF, RATIO, RISE, SHARE, SUM, Role, allowed, is_change, role

# "X and Y fell 4.1% and 6.3%, respectively": each figure of the sentence has its own subject.
RESPECTIVELY = re.compile(r"\brespectively\b", re.IGNORECASE)
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
    sentence_of: list[int]
    segments: dict[int, tuple[frozenset[str], tuple[str, ...]]] = field(default_factory=dict)
    windows: dict[int, tuple[set[str], set[str]]] = field(default_factory=dict)
    direct: dict[int, tuple[Quantity, list[int]]] = field(default_factory=dict)  # _direct memo
    changes: dict[int, bool] = field(default_factory=dict)  # is_change memo, by figure start


def _explicit_codes(qs: list[Quantity]) -> frozenset[str]:
    return frozenset(q.currencies[0] for q in qs if q.explicit_currency)


def _resolve(q: Quantity, explicit: frozenset[str]) -> tuple[str, ...]:
    """The codes an ambiguous currency can mean in its own story: "crowns" after "Swedish
    crowns" means SEK, "cents" after "C$" Canadian cents. A bare "$" beside "C$" or "A$" is
    the US dollar (news style); with no other dollar named it may be the story's own dollar."""
    codes = q.currencies
    if not codes or len(codes) == 1:
        return codes or ()
    if q.symbol == "$":
        if explicit & (DOLLAR_FAMILY - {"USD"}):
            return ("USD",)
        return codes
    named = tuple(c for c in codes if c in explicit)
    return named or codes


def _build_source(doc: Document) -> _Source:
    qs = doc.memo("quantities", lambda d: parse_quantities(d.text))
    parts = [p for q in qs if q.kind == "fraction" for p in fraction_parts(q)]
    if parts:  # "13 out of 22" also states the counts 13 and 22
        qs = sorted(qs + parts, key=lambda q: (q.start, q.end))
    index: dict[str, list[tuple[float, int]]] = {}
    by_sentence: dict[int, list[int]] = {}
    sentence_of = []
    explicit = _explicit_codes(qs)
    resolved = []
    for i, q in enumerate(qs):
        d, _ = dimension(q)
        for m in _mags(q):
            index.setdefault(d, []).append((m, i))
        si = doc.sentence_index(q.start)
        sentence_of.append(si)
        by_sentence.setdefault(si, []).append(i)
        if q.currencies:
            codes = _resolve(q, explicit)
            if codes != q.currencies:
                q = replace(q, currencies=codes, currency=codes[0])
        resolved.append(q)
    for lst in index.values():
        lst.sort()
    return _Source(
        doc=doc,
        quantities=resolved,
        index=index,
        has_usd=any(q.currencies == ("USD",) or q.symbol == "$" for q in resolved),
        explicit_codes=explicit,
        by_sentence=by_sentence,
        has_tally=any(q.kind == "tally" for q in qs),
        sentence_of=sentence_of,
    )


def _same_money(a: Quantity, b: Quantity) -> bool:
    return bool(set(a.currencies or ()) & set(b.currencies or ()))


def _currency_ok(q: Quantity, s: Quantity, src: _Source) -> bool:
    """Can the summary amount `q` (resolved in the summary) be the source amount `s` (resolved
    in the source)? A named currency must be the same; an unnamed one ("crowns", "cents", a
    bare "$") may be any the source story allows."""
    qc, sc = q.currencies or (), s.currencies or ()
    if not set(qc) & set(sc):
        return False
    if len(qc) > 1 and q.symbol == "$" and len(sc) == 1 and sc[0] != "USD":
        # "$3.2bn" for "C$3.2bn" only when the source's own "$" is not the US dollar.
        return not src.has_usd
    return True


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
    return pair == {"pp", "points"}


# --------------------------------------------------------------------------- closeness


def _close(q: Quantity, v: float, s: float, derived: bool = False) -> bool:
    """Does the source magnitude `s` support the summary magnitude `v` of `q`?"""
    tol = _precision(q) + 1e-9 * max(abs(v), 1.0)
    diff = abs(v - s)
    if diff <= tol:
        return True
    h = q.hedge
    if h == "approx":
        if derived:
            return diff <= max(tol, _DERIVED_APPROX * v)
        return diff <= max(tol, _rounding(q, v) if q.kind == "number" else 0.06 * v)
    if h == "min":
        return v - tol <= s <= v * (1.15 if derived else 1.3) + tol
    if h == "max":
        return v * (0.9 if derived else 0.85) - tol <= s <= v + tol
    return False


def _rounding(q: Quantity, v: float) -> float:
    """How far "about X" (in digits) may be from the figure it rounds: half a unit of X's last written
    digit ("about 14%" is 13.5 to 14.5, "about £3.5bn" 3.45bn to 3.55bn), and of its trailing
    zeros ("about 40%": 35 to 45), at most a tenth of X and at least 2% of it."""
    m = _DIGITS.search(q.text)
    unit = 2 * _precision(q)
    if m and "." not in m.group():
        digits = m.group().replace(",", "")
        unit *= 10 ** (len(digits) - len(digits.rstrip("0")))
    return max(min(0.5 * unit, 0.1 * v), 0.02 * v)


_DIGITS = re.compile(r"\d[\d,]*(?:\.\d+)?")
_SPAN_UNITS = {"years": ("months", 1 / 12), "months": ("years", 12.0)}


def _direct(q: Quantity, src: _Source) -> list[int]:
    """Indexes of source quantities that support `q` directly (memoised per summary figure:
    several rules ask it of every figure of the summary)."""
    got = src.direct.get(id(q))
    if got is not None and got[0] is q:
        return got[1]
    found = _direct_scan(q, src)
    if not found and q.unit in _SPAN_UNITS and q.high is None:
        # "a year and a half" is the source's "18 months" (those near 18, by bisection)
        other, f = _SPAN_UNITS[q.unit]
        lst = src.index.get(other, [])
        v = abs(q.value) / f
        lo = bisect.bisect_left(lst, (v * 0.8 - 1, -1))
        hi = bisect.bisect_right(lst, (v * 1.35 + 1, 1 << 60))
        found = [i for _, i in lst[lo:hi] if src.quantities[i].high is None
                 and _close(q, q.value, src.quantities[i].value * f)]
    src.direct[id(q)] = (q, found)
    return found


def _direct_scan(q: Quantity, src: _Source) -> list[int]:
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
        hit, exact = set(), set()
        for d in dims:
            lst = src.index.get(d)
            if not lst:
                continue
            lo = bisect.bisect_left(lst, (v * 0.8 - _precision(q) - 1e-9, -1))
            hi = bisect.bisect_right(lst, (v * 1.35 + _precision(q) + 1e-9, 1 << 60))
            for m, i in lst[lo:hi]:
                s = src.quantities[i]
                if _compatible(q, s, src) and _close(q, v, m) and not (
                        q.hedge in ("min", "max") and s.hedge == q.hedge
                        and abs(v - m) > _precision(q) + 1e-9 * max(1.0, v)):
                    hit.add(i)  # ("over 80" is not the source's "over 100": another bound)
                    if abs(v - m) <= _precision(q) + 1e-9 * max(1.0, v):
                        exact.add(i)
        if not hit:
            return []
        # "up to C$240 million" is the source's C$240 million where it gives that figure, not
        # any figure under it ("C$180 million to C$210 million" of something else).
        found.extend(sorted(exact if exact and q.hedge in ("min", "max") else hit))
    if q.unit == "bp" and any(src.quantities[i].unit == "percent" for i in found) \
            and src.doc.memo("numbers.has_bp", lambda _d: any(o.unit == "bp"
                                                              for o in src.quantities)):
        # "a 50-basis-point cut" is not a 0.5% rise in sales in a source that writes its
        # moves in basis points ("a 25-basis-point cut")
        found = [i for i in found if src.quantities[i].unit != "percent"]
    return found


# --------------------------------------------------------------------------- derived figures


def _pair_values(q: Quantity, a: Quantity, b: Quantity) -> list[tuple[str, float]]:
    """Figures that follow from source quantities a and b, in q's dimension, each with the
    operation that gives it (see `roles`)."""
    dq, _ = dimension(q)
    da, _ = dimension(a)
    db, _ = dimension(b)
    out: list[tuple[str, float]] = []
    ma, mb = abs(a.value) * dimension(a)[1], abs(b.value) * dimension(b)[1]
    same = da == db and (da != "cur" or _same_money(a, b))
    if da == "cur" and same and dq == "cur" and not _same_money(a, q):
        return out
    if same and da == dq and min(ma, mb) <= _precision(q):
        return out  # adding or taking away a figure below the summary's precision proves nothing
    if not same:
        # share of: p% of N ("6% of 7,800 jobs" -> 468)
        for p, n in ((a, b), (b, a)):
            if dimension(p)[0] == "pct" and dimension(n)[0] == dq and dq in ("n", "cur") \
                    and p.unit == "percent" and (dq != "cur" or _same_money(n, q)):
                out.append((PCT_OF, abs(p.value) / 100.0 * abs(n.value)))
        return out
    if da in ("pct", "pp") and dq in ("pct", "pp"):
        out.append((DIFF, abs(ma - mb)))
        if dq == "pct":
            out.append((SUM, ma + mb))
    if da == dq and da not in ("pct", "pp"):
        out.append((DIFF, abs(ma - mb)))
        out.append((SUM, ma + mb))
    if dq == "pct" and da not in ("pp",) and min(ma, mb) > 0:
        lo_, hi_ = min(ma, mb), max(ma, mb)
        out.append((RISE, (hi_ / lo_ - 1.0) * 100.0))  # rise from lo to hi
        out.append((FALL, (1.0 - lo_ / hi_) * 100.0))  # fall from hi to lo
        if da != "pct" or q.unit == "fraction":
            # share; of two rates only as a fraction ("two-thirds of that growth" for organic
            # growth of 4% within 6%): a share in per cent of two rates is too often chance
            out.append((SHARE, lo_ / hi_ * 100.0))
    if dq == "times" and da != "pct" and min(ma, mb) > 0:
        out.append((RATIO, max(ma, mb) / min(ma, mb)))
    return out


def _single_values(q: Quantity, s: Quantity) -> list[float]:
    dq, _ = dimension(q)
    ds, _ = dimension(s)
    if dq == "times" and ds == "pct" and s.unit == "percent":
        return [1.0 + abs(s.value) / 100.0]
    if dq == "pct" and ds == "times":
        return [(abs(s.value) - 1.0) * 100.0]
    return []


def _points(s: Quantity) -> list[tuple[Quantity, str | None]]:
    """A source figure as single values: a range gives both its ends ("$5.25 to $5.75" against
    "$4.75 to $5.75": the bottom was raised by 50 cents)."""
    if s.high is None:
        return [(s, None)]
    return [(replace(s, high=None), "low"), (replace(s, value=s.high, high=None), "high")]


def _from_stated(q: Quantity, v: float, src: _Source, quantities: list[Quantity],
                 figs=None, how: Role = ANY, text: str | None = None) -> bool:
    """A figure that follows from two other figures the summary itself states and the source
    supports ("$1.85bn ... roughly 68% above the $1.1bn valuation"), wherever they sit in the
    source."""
    if figs is None:
        stated = [o for o in quantities if o is not q and o.high is None
                  and o.kind in ("number", "multiple") and _direct(o, src)][:12]
    else:  # the same first 12, found once per summary
        stated = figs.stated(q, 12, lambda o: o.high is None and o.kind in ("number", "multiple")
                             and bool(_direct(o, src)))
    changes = None if text is None else (lambda x: is_change(x, text))
    for a, b in combinations(stated, 2):
        for op, d in _pair_values(q, a, b):
            if _close(q, v, d, derived=True) and allowed(op, how, a, b, changes):
                return True
    return False


def _share_of_stated(q: Quantity, v: float, src: _Source, quantities: list[Quantity],
                     figs=None) -> bool:
    """A fraction that is the share of a figure the summary states beside it in another figure
    of that figure's source sentence ("up 6%, with about two-thirds of that growth organic" for
    "up 6%, with organic growth of 4%"). Only there: some pair of a long article's figures gives
    almost any fraction."""
    lo, hi = q.start - _SHARE_REACH, q.end + _SHARE_REACH
    # The summary's figures near q: found by bisection where the list is ordered (a summary of
    # thousands of fractions stays linear).
    near = figs.between(lo, hi) if figs is not None and figs.ordered else quantities
    for a in near[:_SHARE_FIGURES]:
        if a is q or a.high is not None or a.kind != "number" or not lo <= a.start < hi:
            continue
        for i in _direct(a, src):
            home = src.quantities[i]
            for k in src.by_sentence.get(src.sentence_of[i], ()):
                b = src.quantities[k]
                if k == i or b.high is not None or dimension(b)[0] != dimension(home)[0]:
                    continue
                small, big = sorted((abs(b.value), abs(home.value)))
                if big > 0 and _close(q, v, small / big * 100.0, derived=True):
                    return True
    return False


_SHARE_REACH = 120  # characters around the fraction where the summary's figure may stand
_SHARE_FIGURES = 24  # of them, the first read


def _derivable(q: Quantity, src: _Source, quantities: list[Quantity] | None = None,
               figs=None, text: str | None = None) -> bool:
    """Does `q` follow from two source figures (or two the summary states) by a derivation
    its own words state? `text` (the summary) gives q's role; without it any derivation
    counts."""
    qs = src.quantities
    dq, _ = dimension(q)
    v = _mags(q)
    if q.kind == "fraction" and q.unit == "fraction" and q.high is None and quantities:
        return _share_of_stated(q, v[0], src, quantities, figs)
    if q.high is not None or q.kind not in ("number", "multiple") and not (
            q.kind == "word" and q.unit in ("pp", "bp")):
        # ranges, words ("three"), fractions and ordinals must be stated; a move in points
        # in words ("up more than four points to 18.5%") is a difference like its digits
        return False
    v = v[0]
    how = ANY if text is None else role(q, text)
    if quantities and _from_stated(q, v, src, quantities, figs, how, text):
        return True
    for s in qs:
        for d in _single_values(q, s):
            if _close(q, v, d, derived=True):
                return True
    changes = _source_changes(src) if text is not None else None
    joined_in = src if text is not None else None
    # Near pairs: the same or the next sentence.
    sentences = sorted(src.by_sentence)
    count = 0
    for k, si in enumerate(sentences):
        near = list(src.by_sentence[si])
        if k + 1 < len(sentences) and sentences[k + 1] == si + 1:
            near += src.by_sentence[si + 1]
        points = [p for i in near if qs[i].kind != "tally" for p in _points(qs[i])]
        for (a, ta), (b, tb) in combinations(points, 2):
            if ta != tb:
                continue  # a range end pairs only with the same end of another range
            count += 1
            if count > _MAX_PAIRS:
                return False
            for op, d in _pair_values(q, a, b):
                # a level and a change told beside it: in one sentence (not "widened to 12.6%
                # from 11.9%" and, next, "sales to grow by 1%", which make no 12.9% margin)
                if _close(q, v, d, derived=True) and allowed(op, how, a, b, changes if (
                        src.doc.sentence_span(a.start) == src.doc.sentence_span(b.start)) else None,
                        joined_in):
                    return True
    # Document-wide sums and shares of amounts and counts: only as the summary states them
    # (a level and its change are paired above, within two sentences).
    if dq in ("cur", "n") and (how.allows(SUM) or how.allows(PCT_OF)):
        pool = [s for s in qs if (dimension(s)[0] == dq or s.unit == "percent")
                and s.high is None and s.kind != "tally"][:400]
        for a, b in combinations(pool, 2):
            count += 1
            if count > 2 * _MAX_PAIRS:
                return False
            da, db = dimension(a)[0], dimension(b)[0]
            if da == db == "pct":
                continue
            if da == db:
                if dq == "cur" and not (_same_money(a, b) and _currency_ok(q, a, src)):
                    continue
                cands = [(SUM, abs(a.value) + abs(b.value))]
            else:
                cands = _pair_values(q, a, b)
            for op, d in cands:
                if _close(q, v, d, derived=True) and how.allows(op):
                    return True
    return False


def _source_changes(src: _Source):
    """`changes(s)`: is the source figure s told as a change where it stands? (memoised per
    figure start: ranges are split into their ends, which keep the start)."""
    memo = src.changes
    text = src.doc.text

    def changes(s: Quantity) -> bool:
        got = memo.get(s.start)
        if got is None:
            got = memo[s.start] = is_change(s, text)
        return got
    return changes


_PLUS_MINUS = re.compile(r"[\s,(]*(?:plus\s+or\s+minus|\+/-|\u00b1)\s*$", re.IGNORECASE)


_MIDPOINT = re.compile(r"\bmid-?points?\b(?:[^.;]|\.(?=\d)){0,30}$", re.IGNORECASE)


def range_midpoint(q: Quantity, text: str, src: _Source) -> bool:
    """ "midpoint now $1.25": a figure the summary calls a midpoint, of a source range."""
    if q.high is not None or not (_MIDPOINT.search(text, max(0, q.start - 45), q.start)
                                  or _MIDPOINT_AFTER.match(text, q.end)):
        return False  # "the 2.5% midpoint of the target band": the word after it says so too
    dq, _ = dimension(q)
    qs, stext = src.quantities, src.doc.text
    ends = [(s, s.value, s.high) for s in qs if s.high is not None]
    # "$1.75 to $2.25" may be read as two figures ("down from $1.75 to $2.25"): a range too.
    ends += [(a, a.value, b.value) for a, b in zip(qs, qs[1:]) if a.high is None
             and b.high is None and _JOINED.fullmatch(stext, a.end, b.start)]
    return any(dimension(s)[0] == dq and _close(q, _mags(q)[0], (lo + hi) / 2 * dimension(s)[1],
                                                derived=True) for s, lo, hi in ends)


_MIDPOINT_AFTER = re.compile(r"\s*(?:mid-?point|middle)\b", re.IGNORECASE)
_JOINED = re.compile(r"\s*(?:to|-|\u2013)\s*", re.IGNORECASE)


def tolerance_band(q: Quantity, src: _Source) -> bool:
    """A range the source states as a centre and a tolerance: "2%-4%" for "3%, plus or minus
    one percentage point"."""
    if q.high is None:
        return False
    qs, text = src.quantities, src.doc.text
    for a, b in zip(qs, qs[1:]):
        if a.high is None and b.high is None and _PLUS_MINUS.match(text[a.end:b.start]) and all(
                abs(x - y) <= _precision(q) + 1e-9
                for x, y in ((q.value, a.value - b.value), (q.high, a.value + b.value))):
            return True
    return False

