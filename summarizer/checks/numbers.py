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
from dataclasses import dataclass, field, replace
from functools import lru_cache
from itertools import combinations

from ..findings import Finding
from ..parsing.quantities import (
    DOLLAR_FAMILY,
    Quantity,
    describe,
    fraction_parts,
    parse_quantities,
)
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
    sentence_of: list[int]
    segments: dict[int, tuple[frozenset[str], tuple[str, ...]]] = field(default_factory=dict)
    windows: dict[int, tuple[set[str], set[str]]] = field(default_factory=dict)


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


def _points(s: Quantity) -> list[tuple[Quantity, str | None]]:
    """A source figure as single values: a range gives both its ends ("$5.25 to $5.75" against
    "$4.75 to $5.75": the bottom was raised by 50 cents)."""
    if s.high is None:
        return [(s, None)]
    return [(replace(s, high=None), "low"), (replace(s, value=s.high, high=None), "high")]


def _from_stated(q: Quantity, v: float, src: _Source, quantities: list[Quantity]) -> bool:
    """A figure that follows from two other figures the summary itself states and the source
    supports ("$1.85bn ... roughly 68% above the $1.1bn valuation"), wherever they sit in the
    source."""
    stated = [o for o in quantities if o is not q and o.high is None
              and o.kind in ("number", "multiple") and _direct(o, src)][:12]
    for a, b in combinations(stated, 2):
        for d in _pair_values(q, a, b):
            if _close(q, v, d, derived=True):
                return True
    return False


def _derivable(q: Quantity, src: _Source, quantities: list[Quantity] | None = None) -> bool:
    qs = src.quantities
    dq, _ = dimension(q)
    v = _mags(q)
    if q.high is not None or q.kind not in ("number", "multiple"):
        return False  # ranges, words ("three"), fractions and ordinals must be stated
    v = v[0]
    if quantities and _from_stated(q, v, src, quantities):
        return True
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
        points = [p for i in near if qs[i].kind != "tally" for p in _points(qs[i])]
        for (a, ta), (b, tb) in combinations(points, 2):
            if ta != tb:
                continue  # a range end pairs only with the same end of another range
            count += 1
            if count > _MAX_PAIRS:
                return False
            for d in _pair_values(q, a, b):
                if _close(q, v, d, derived=True):
                    return True
    # Document-wide sums and shares of amounts and counts.
    if dq in ("cur", "n"):
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
                cands = [abs(a.value) + abs(b.value)]
            else:
                cands = _pair_values(q, a, b)
            for d in cands:
                if _close(q, v, d, derived=True):
                    return True
    return False


# --------------------------------------------------------------------------- context


_STOP = frozenset(
    ["the", "a", "an", "of", "in", "on", "at", "to", "for", "by", "with", "from", "and", "or", "as", "its", "their", "his", "her", "this", "that", "is", "was", "were", "be", "been", "has", "have", "had", "it", "which", "who", "while", "but", "than", "after", "before", "over", "under", "per", "said", "says", "year", "years", "month", "months", "day", "week", "quarter"]
)
_WORD = re.compile(r"[A-Za-z0-9][A-Za-z0-9'\u2019&.-]*")
_CLAUSE = re.compile(r"[,;:()\u2014]|\b(?:while|whereas|but|and|compared|versus)\b", re.IGNORECASE)
_MONTHS = frozenset(
    ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
)
_CLOSING = re.compile(r"\b(?:settl\w*|clos\w*|end(?:ed|ing|s)?|finish\w*)\b", re.IGNORECASE)


def _norm(w: str) -> str:
    w = w.lower().rstrip(".")
    if w.endswith(("'s", "\u2019s")):
        w = w[:-2]
    return w


_SUFFIXES = ("ings", "ing", "ed", "es", "s")


@lru_cache(maxsize=50_000)
def _key(w: str) -> str:
    """A cheap word key that joins inflections (closed/closing, charges/charge, investors/
    investor): the first five letters after a common suffix is cut. (A real stemmer costs
    ~0.1 ms per new word, more than this whole check may spend on a pair.)"""
    for suf in _SUFFIXES:
        if w.endswith(suf) and len(w) - len(suf) >= 3:
            w = w[: -len(suf)]
            break
    return w[:5]


_PREP = frozenset(
    ["at", "in", "on", "of", "for", "with", "a", "an", "the", "to", "from", "by", "as", "than", "about", "around", "over", "under", "into", "per", "worth", "valued", "value", "price", "priced", "totalling", "totaling"]
)


def _proper_in(word: str, text: str) -> bool:
    """Is `word` written capitalised inside a sentence of `text` (a name, not just a sentence
    opener)?"""
    p = text.find(word)
    for _ in range(6):
        if p < 0:
            return False
        if p >= 2 and text[p - 1] == " " and text[p - 2] not in ".!?\"\n":
            return True
        p = text.find(word, p + 1)
    return False


def _subject_before(text: str, sent_start: int, start: int, src_text: str = "") -> set[str]:
    """Name-like words (capitalised but not first in the sentence unless the source writes them
    capitalised mid-sentence, or with digits) that stand as the subject right before the figure:
    "CSI 300 fell 2.9%", "Hang Seng Tech dropped 2.9%". At most two lower-case words (a verb,
    "shares") may sit between; a preposition or article ends the search, since then the figure
    is not the subject's own move."""
    words = [(m.start(), m.group()) for m in _WORD.finditer(text, max(sent_start, start - 80),
                                                             start)]
    names: set[str] = set()
    skipped = 0
    for pos, w in reversed(words):
        lw = _norm(w)
        name_like = (w[0].isupper() or any(c.isdigit() for c in w)) and (
            pos != sent_start or w[0].isupper() and _proper_in(w.rstrip(".").split("'")[0].split(
                "\u2019")[0], src_text))
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


def _misattributed(q: Quantity, summary: Document, src: _Source, matches: list[int],
                   quantities: list[Quantity] | None = None):
    """A source figure reused for another subject: returns the source quantity it belongs to."""
    s0, _ = summary.sentence_span(q.start)
    names = _subject_before(summary.text, s0, q.start, src.doc.text)
    names -= {_norm(w) for w in _WORD.findall(q.text)}
    doc = src.doc
    # The article's own subject (named again and again, often as "its shares") says nothing
    # about which figure is whose.
    # nor does a name in the lead sentence of a longer story (its protagonist).
    lead = doc.lower[slice(*doc.sentences[0])] if len(doc.sentences) > 2 else ""
    names = {n for n in names if doc.lower.count(n) <= 2 and n not in lead}
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


# --------------------------------------------------------------------------- figure swaps

_SOFT = _STOP | frozenset(
    ["up", "down", "also", "just", "will", "would", "could", "should", "may", "might", "can", "not", "no", "more", "less", "about", "around", "some", "nearly", "almost", "roughly", "only", "now", "then", "there", "than", "its", "it's", "were", "are", "been", "being", "per", "cent", "percent", "percentage", "points", "point", "basis"]
)
_CLAUSE_CUT = re.compile(r"[;:()\u2014\u2013\"]|--|\s-\s|,(?=\s)|\b(?:while|whereas|but|and|compared|versus|"
                         r"against|whereas)\b", re.IGNORECASE)
_ALPHA_WORD = re.compile(r"[A-Za-z][A-Za-z'\u2019-]*")


def _content_stems(text: str, start: int, end: int) -> list[str]:
    out = []
    for m in _ALPHA_WORD.finditer(text, start, end):
        w = _norm(m.group())
        if len(w) > 1 and w not in _SOFT:
            out.append(_key(w))
    return out


def _clause_start(text: str, sent_start: int, pos: int) -> int:
    cut = sent_start
    for m in _CLAUSE_CUT.finditer(text, sent_start, pos):
        cut = m.end()
    return cut


def _context(src: _Source, i: int) -> tuple[frozenset[str], tuple[str, ...]]:
    """How a source figure is stated: the content stems from the previous figure of its kind in
    the same sentence (or the sentence start) up to it, plus those after it to the end of its
    clause or the next figure ("18,400 net postpaid subscribers"); and the figure's own subject
    when that stretch opens a sentence or a clause (its first two stems), else ()."""
    got = src.segments.get(i)
    if got is None:
        q = src.quantities[i]
        text = src.doc.text
        si = src.sentence_of[i]
        sent_start, end = src.doc.sentences[si] if si >= 0 else (0, len(text))
        start = sent_start
        d = dimension(q)[0]
        for k in src.by_sentence.get(si, ()):
            o = src.quantities[k]
            if o.end <= q.start and dimension(o)[0] == d:
                start = max(start, o.end)
            elif o.start >= q.end:
                end = min(end, o.start)
        cut = _CLAUSE_CUT.search(text, q.end, end)
        if cut is not None:
            end = cut.start()
        before = _content_stems(text, start, q.start)
        subject: tuple[str, ...] = ()
        if start == sent_start:
            subject = tuple(before[:2])
        else:
            first_cut = _CLAUSE_CUT.search(text, start, q.start)
            if first_cut is not None:
                subject = tuple(_content_stems(text, first_cut.end(), q.start)[:2])
        got = (frozenset(before + _content_stems(text, q.end, end)), subject)
        src.segments[i] = got
    return got


def _summary_clause(q: Quantity, summary: Document, quantities: list[Quantity]) -> list[str]:
    """Content stems of the summary clause before `q`, after any figure before it."""
    text = summary.text
    s0, _ = summary.sentence_span(q.start)
    start = _clause_start(text, s0, q.start)
    for o in quantities:
        if start <= o.start and o.end <= q.start:
            start = o.end
    return _content_stems(text, start, q.start)


# Words of a move say how a figure changed, not what it measures ("mining output fell 1.2%").
_MOVE_WORDS = ("rose", "rise", "risen", "rising", "fell", "fall", "fallen", "falling", "drop",
               "dropped", "declined", "decline", "gained", "gain", "climbed", "climb", "slipped",
               "slip", "slid", "slide", "jumped", "jump", "surged", "surge", "plunged", "plunge",
               "tumbled", "tumble", "slumped", "slump", "edged", "increased", "increase",
               "decreased", "decrease", "grew", "grow", "shrank", "shrink", "sank", "sink",
               "soared", "soar", "advanced", "advance", "eased", "ease", "dipped", "dip",
               "rallied", "rally", "lower", "higher", "added", "shed", "lost", "lose", "cut",
               "raised", "raise", "lifted", "lift", "lowered", "hiked", "hike", "stood", "was",
               "came", "reached", "hit", "totalled", "totaled", "set", "held", "kept", "left")
_MOVES = frozenset(_key(w) for w in _MOVE_WORDS)


def _chain_clause(q: Quantity, summary: Document, quantities: list[Quantity]) -> list[str]:
    """The summary clause of `q`; for the level of a move-and-level chain ("raised its deposit
    rate by 300bp to 28.25%"), the clause of the move before it."""
    words = _summary_clause(q, summary, quantities)
    if words:
        return words
    text = summary.text
    prev = [o for o in quantities if o.end <= q.start and re.fullmatch(
        r"\s*(?:to|at)\s*", text[o.end:q.start], re.IGNORECASE)]
    return _summary_clause(prev[-1], summary, quantities) if prev else words


def _qualifier_moved(q: Quantity, summary: Document, src: _Source, matches: list[int],
                     quantities: list[Quantity]):
    """The words right before the figure (its metric, move words aside) are stated in the source
    with a sibling figure of the same kind in the same sentence, not with this one, and what
    sets this one apart there is absent from the summary clause ("deposit rate ... 28.25%" when
    28.25% was the lending rate and the deposit rate's level is another figure)."""
    words = [w for w in _chain_clause(q, summary, quantities) if w not in _MOVES]
    if len(words) < 2 or len(matches) != 1:
        return None
    i = matches[0]
    if src.quantities[i].kind != "number" or q.kind != "number":
        return None
    clause = set(words)
    mine = _context(src, i)[0] - _MOVES
    metric = set(words[-2:])
    new = metric - mine
    if not new:
        return None
    dq = dimension(q)[0]
    for k in src.by_sentence.get(src.sentence_of[i], ()):
        o = src.quantities[k]
        if k == i or dimension(o)[0] != dq or o.kind != "number":
            continue
        m = src.quantities[i]
        a, b = sorted((m, o), key=lambda x: x.start)
        if not _content_stems(src.doc.text, a.end, b.start):
            continue  # "up 93 cents, or 1.4%, at $65.46": one statement
        lo, hi = sorted((abs(o.value) or 1e-9, abs(q.value) or 1e-9))
        if hi / lo > 100:
            continue  # a per-share price is no sibling of a deal value
        ctx = _context(src, k)[0]
        if new <= ctx and (mine - ctx) and not (mine - ctx) & clause:
            return o
    return None


def _after_stems(text: str, q: Quantity, end: int, quantities) -> list[str]:
    """Content stems after a figure to the end of its clause or the next figure."""
    for o in quantities:
        if o.start >= q.end:
            end = min(end, o.start)
    cut = _CLAUSE_CUT.search(text, q.end, end)
    return _content_stems(text, q.end, cut.start() if cut else end)


def _trailing_moved(q: Quantity, summary: Document, src: _Source, matches: list[int],
                    quantities: list[Quantity]):
    """The qualifier after the figure ("0.6% since the end of September") is what the source
    states after a sibling figure of the same kind in the same sentence ("down 0.6% on the day
    and 4.1% weaker since the end of September"), while this figure's own qualifier there is
    absent from the summary sentence."""
    if len(matches) != 1 or q.kind != "number":
        return None
    _, s1 = summary.sentence_span(q.start)
    mine_sum = set(_after_stems(summary.text, q, s1, quantities)) - _MOVES
    if len(mine_sum) < 2:
        return None
    i = matches[0]
    si = src.sentence_of[i]
    doc = src.doc
    sent_end = doc.sentences[si][1] if si >= 0 else len(doc.text)
    sib = [src.quantities[k] for k in src.by_sentence.get(si, ())]
    own = set(_after_stems(doc.text, src.quantities[i], sent_end, sib)) - _MOVES
    if own & mine_sum:
        return None
    s0, _ = summary.sentence_span(q.start)
    if own & set(_content_stems(summary.text, s0, s1)):
        return None
    dq = dimension(q)[0]
    for k in src.by_sentence.get(si, ()):
        o = src.quantities[k]
        if k == i or dimension(o)[0] != dq or o.kind != "number":
            continue
        theirs = set(_after_stems(doc.text, o, sent_end, sib))
        if len(mine_sum & theirs) >= 2 and mine_sum <= theirs | _MOVES:
            return o
    return None


def _nearest(src: _Source, i: int, dim: str, after: bool) -> Quantity | None:
    """The source quantity of dimension `dim` nearest to quantity i in its sentence, after or
    before it."""
    s = src.quantities[i]
    best = None
    for k in src.by_sentence.get(src.sentence_of[i], ()):
        o = src.quantities[k]
        if k == i or dimension(o)[0] != dim or o.kind == "tally":
            continue
        if after and o.start >= s.end and (best is None or o.start < best.start):
            best = o
        elif not after and o.end <= s.start and (best is None or o.end > best.end):
            best = o
    return best


def _pair_swapped(q: Quantity, summary: Document, src: _Source, matches: list[int],
                  quantities: list[Quantity]):
    """Two figures of one summary clause ("12-year notes carry a coupon of 3.125%") that the
    source pairs crosswise: there the first goes with another figure of the second's kind
    (12-year notes with 3.875%) and the second with another of the first's kind (3.125% with the
    six-year notes)."""
    if len(matches) != 1:
        return None
    text = summary.text
    s0, _ = summary.sentence_span(q.start)
    prev = [o for o in quantities if s0 <= o.start and o.end <= q.start]
    if not prev:
        return None
    p = prev[-1]
    if _CLAUSE_CUT.search(text, p.end, q.start):
        return None
    dp, dq = dimension(p)[0], dimension(q)[0]
    if dp == dq or p.kind == "tally" or dp in ("pct", "pp", "cur"):
        return None  # a move then a level is one statement (the peak-vs-close check's business)
    pm = _direct(p, src)
    if len(pm) != 1 or src.sentence_of[pm[0]] != src.sentence_of[matches[0]]:
        return None
    mine = _nearest(src, matches[0], dp, after=False)   # what the source puts before q
    theirs = _nearest(src, pm[0], dq, after=True)       # what the source puts after p
    if mine is None or theirs is None:
        return None
    if mine is src.quantities[pm[0]] or theirs is src.quantities[matches[0]]:
        return None
    if abs(theirs.value - q.value) < 1e-9 or abs(mine.value - p.value) < 1e-9:
        return None
    return theirs


def _swapped(q: Quantity, summary: Document, src: _Source, matches: list[int],
             quantities: list[Quantity]):
    """A figure the source gives to one subject or metric, moved in the summary to another
    figure's subject or metric in the same source sentence ("retail investors ... 112 times"
    when 112 times was the institutions'; "charges of C$310 million" when C$310 million was the
    saving). Two content words of the summary clause — its first two (the subject) or the two
    right before the figure (the metric) — must both be where another figure of the sentence
    is stated and neither where the matching figure is; for the subject, the matching figure
    must have a subject of its own that the summary does not mention; for the metric, no word
    of the summary clause may be where the matching figure is."""
    words = _summary_clause(q, summary, quantities)
    if len(words) < 2:
        return None
    clause = set(words)
    if any(src.quantities[i].kind == "part" for i in matches):
        return None
    mine = frozenset().union(*(_context(src, i)[0] for i in matches))
    keys = []
    subject = set(words[:2])
    if len(subject) == 2 and not subject & mine and all(
            (own := _context(src, i)[1]) and len(own) == 2 and not set(own) & clause
            for i in matches):
        keys.append(subject)
    metric = set(words[-2:])
    if len(metric) == 2 and not clause & mine:
        keys.append(metric)
    if not keys:
        return None
    dq = dimension(q)[0]
    for si in {src.sentence_of[i] for i in matches}:
        for k in src.by_sentence.get(si, ()):
            o = src.quantities[k]
            if k in matches or dimension(o)[0] != dq or o.kind in ("tally", "part"):
                continue
            if any(o.end <= src.quantities[i].start and not _content_stems(
                    src.doc.text, o.end, src.quantities[i].start) for i in matches):
                continue  # "settled up 93 cents, or 1.4%, at $65.46": one statement, one subject
            a, b = sorted((abs(o.value) or 1e-9, abs(q.value) or 1e-9))
            if b / a > 100:
                continue  # "$48 a share" is not what the summary's "$7.8 billion" was taken from
            ctx = _context(src, k)[0]
            if any(key <= ctx for key in keys):
                return o
    if metric not in keys or len(matches) != 1:
        return None
    # Sentences holding the other figures of the summary clause ("Kenya's new 11-year eurobond")
    s0, _ = summary.sentence_span(q.start)
    c0 = _clause_start(summary.text, s0, q.start)
    tied = {src.sentence_of[i] for o in quantities if c0 <= o.start and o.end <= q.start
            for i in _direct(o, src)}
    _, s1 = summary.sentence_span(q.start)
    if set(_after_stems(summary.text, q, s1, quantities)) & mine:
        return None  # "at a 3.9% discount": the words after it are the source's own
    stated = {i for o in quantities if o is not q for i in _direct(o, src)}
    # Another sentence states a figure of this kind with the metric and most of the clause
    # ("11-year notes were priced to yield 9.25%") while the summary's figure belongs to
    # something else there ("its 7.25% notes due 2028").
    near = src.sentence_of[matches[0]]
    for k, o in enumerate(src.quantities):
        if src.sentence_of[k] == near or dimension(o)[0] != dq or o.kind != q.kind \
                or k in stated:
            continue
        a, b = sorted((abs(o.value) or 1e-9, abs(q.value) or 1e-9))
        if b / a > 100:
            continue
        ctx = _context(src, k)[0]
        if metric <= ctx and (len(clause & ctx) >= 3 or src.sentence_of[k] in tied):
            return o
    return None


_ROLE_BEFORE = re.compile(r"\b(to|from)\s+(?:(?:an?|its|the|their)\s+)?"
                          r"(?:(?:record|new|multi-year|\d+-\w+|previous|prior|earlier|"
                          r"original|initial|old)\s+)?(?:(?:high|low|peak|target|goal|forecast|"
                          r"estimate|guidance|plan|projection|level)\s+of\s+)?$", re.IGNORECASE)
# The summary marks a figure as the old level of a move, not the current one.
_OLD_MARK = re.compile(r"\b(?:from|previous(?:ly)?|prior|earlier|original(?:ly)?|initial(?:ly)?|"
                       r"old|had|was|were|before|instead|replac\w*|rais\w*|lift\w*|increas\w*|"
                       r"cut\w*|lower\w*|reduc\w*|revis\w*|trimm\w*|up|down)\b", re.IGNORECASE)
_NOW_MARK = re.compile(r"\b(?:now|currently)\b", re.IGNORECASE)


def _role(text: str, q: Quantity) -> str | None:
    """'to' or 'from' when the figure is the new or the old level of a move."""
    m = _ROLE_BEFORE.search(text, max(0, q.start - 40), q.start)
    return m.group(1).lower() if m else None


def _role_swapped(q: Quantity, summary: Document, src: _Source, matches: list[int],
                  quantities: list[Quantity]):
    """The old level given as the new one, or the reverse ("fell to 4.1%" when the source says
    it fell to 4.0% from 4.1%): every source copy of the figure has the other role, and its
    sentence states a level of the same kind in the summary's role that the summary does not."""
    role = _role(summary.text, q)
    implied = False
    if role is None:
        # "now aims to sell 450 billion yen": stated as the current figure, no move words
        s0, s1 = summary.sentence_span(q.start)
        c0 = _clause_start(summary.text, s0, q.start)
        cut = _CLAUSE_CUT.search(summary.text, q.end, s1)
        c1 = cut.start() if cut else s1
        if not _NOW_MARK.search(summary.text, c0, q.start) or _OLD_MARK.search(
                summary.text, c0, c1):
            return None
        role, implied = "to", True
    other_role = "from" if role == "to" else "to"
    text = src.doc.text
    dq = dimension(q)[0]
    partner = None
    for i in matches:
        s = src.quantities[i]
        if _role(text, s) != other_role:
            return None
        si = src.sentence_of[i]
        for k in src.by_sentence.get(si, ()):
            o = src.quantities[k]
            if k == i or dimension(o)[0] != dq:
                continue
            if _role(text, o) == role and (
                    abs(o.start - s.end) < 40 or abs(s.start - o.end) < 40):
                partner = o
                break
            if implied and o.end <= s.start and s.start - o.end < 80 and re.search(
                    r"\b(?:up|down|raised|cut|lowered|increased|reduced)\s+from\b",
                    text[o.end:s.start], re.IGNORECASE):
                partner = o  # "600 billion yen ..., up from a previous target of 450 billion"
        if partner is None:
            return None
    if any(o is not q and _direct(o, src) and any(
            src.quantities[k] is partner for k in _direct(o, src)) for o in quantities):
        return None  # the summary states both levels
    return partner


def _digits(q: Quantity) -> str:
    return "".join(ch for ch in q.text if ch.isdigit()).rstrip("0") or "0"


def _one_edit(a: str, b: str) -> bool:
    """One digit added, dropped, changed or two neighbours swapped ("19" / "9", "64" / "46")."""
    if a == b or abs(len(a) - len(b)) > 1:
        return False
    if len(a) == len(b):
        diff = [k for k in range(len(a)) if a[k] != b[k]]
        if len(diff) == 1:
            return True
        return len(diff) == 2 and diff[1] == diff[0] + 1 and a[diff[0]] == b[diff[1]] and \
            a[diff[1]] == b[diff[0]]
    if len(a) < len(b):
        a, b = b, a
    return any(a[:k] + a[k + 1:] == b for k in range(len(a)))


def _src_window(src: _Source, k: int) -> tuple[set[str], set[str]]:
    """`_window` of source quantity k, memoised."""
    got = src.windows.get(k)
    if got is None:
        o = src.quantities[k]
        si = src.sentence_of[k]
        o0, o1 = src.doc.sentences[si] if si >= 0 else (0, 0)
        got = src.windows[k] = _window(src.doc.text, o0, o.start, o.end, o1)
    return got


def _window(text: str, lo: int, start: int, end: int, hi: int, n: int = 3):
    before = _content_stems(text, max(lo, start - 60), start)[-n:]
    after = _content_stems(text, end, min(hi, end + 60))[:n]
    return set(before), set(after)


def _anchored_slip(q: Quantity, summary: Document, src: _Source) -> Quantity | None:
    """A figure written in the very words the source uses for another figure that differs by
    one digit ("or 19% of its workforce" where the source says "or 9% of its workforce"): a
    changed number, even when some sum or ratio of source figures happens to give it."""
    if q.kind != "number":
        return None
    dq = dimension(q)[0]
    dig = _digits(q)
    s0, s1 = summary.sentence_span(q.start)
    qb = qa = None
    for k, o in enumerate(src.quantities):
        if dimension(o)[0] != dq or o.kind != "number" or not _one_edit(dig, _digits(o)):
            continue
        if qb is None:
            qb, qa = _window(summary.text, s0, q.start, q.end, s1)
        ob, oa = _src_window(src, k)
        if qb & ob and qa & oa:
            return o
    return None


def _family(q: Quantity) -> str:
    d = dimension(q)[0]
    return "pct" if d == "pp" else d


def _stated_elsewhere(o: Quantity, q: Quantity, quantities: list[Quantity],
                      sentence: tuple[int, int] | None = None) -> bool:
    """Does the summary state the source figure `o` itself, apart from `q` (in `sentence` when
    given)? Then `q` is not a garbled `o`, and a derivation from `o` is the summary's own."""
    fam = _family(o)
    mo = _mags(o)
    for r in quantities:
        if r is q or r.kind == "tally" or _family(r) != fam:
            continue
        if sentence is not None and not (sentence[0] <= r.start < sentence[1]):
            continue
        if fam == "cur" and not _same_money(r, o):
            continue
        for v in _mags(r):
            if any(abs(v - m) <= _precision(r) + 1e-9 * max(1.0, m) for m in mo):
                return True
    return False


def _anchored_elsewhere(q: Quantity, summary: Document, src: _Source, matches: list[int],
                        quantities: list[Quantity]) -> Quantity | None:
    """A figure that is in the source, but written in the words the source uses for another
    figure of its kind — on both sides, three content words or more in all — while no word
    on either side of any matching source figure is on that side in the summary ("the peso weakened 3% to 18.42 per dollar" when
    the peso weakened 0.3% and 3% is the inflation target): the summary moved a figure."""
    if q.kind != "number" or q.high is not None:
        return None
    s0, s1 = summary.sentence_span(q.start)
    qb, qa = _window(summary.text, s0, q.start, q.end, s1)
    if not qb or not qa or len(qb | qa) < 3:
        return None
    for i in matches:
        mb, ma = _src_window(src, i)
        if qb & mb or qa & ma:
            return None
    fam = _family(q)
    best, best_n = None, 0
    for k, o in enumerate(src.quantities):
        if k in matches or _family(o) != fam or o.kind in ("tally", "part"):
            continue
        if fam == "cur" and not _same_money(o, q):
            continue
        ob, oa = _src_window(src, k)
        nb, na = len(qb & ob), len(qa & oa)
        if nb and na and nb + na >= 3 and nb + na > best_n \
                and not _stated_elsewhere(o, q, quantities):
            best, best_n = o, nb + na
    return best


def _level_shift(q: Quantity, summary: Document, src: _Source,
                 quantities: list[Quantity]) -> bool:
    """A rate level the source gives as another level plus or minus a move in points in the
    same sentence ("cut by 25 basis points to 7.25%" -> "to 7.25% from 7.50%"), when the
    summary's sentence states that other level too (so the two are told apart)."""
    if _family(q) != "pct" or dimension(q)[0] != "pct" or q.high is not None:
        return False
    v = _mags(q)[0]
    sent = summary.sentence_span(q.start)
    qs = src.quantities
    for idx in src.by_sentence.values():
        levels = [qs[i] for i in idx if dimension(qs[i])[0] == "pct" and qs[i].high is None]
        moves = [qs[i] for i in idx if dimension(qs[i])[0] == "pp" and qs[i].high is None]
        for a in levels:
            for b in moves:
                ma, mb = abs(a.value), _mags(b)[0]
                if any(_close(q, v, d, derived=True) for d in (ma + mb, ma - mb)) and \
                        _stated_elsewhere(a, q, quantities, sent):
                    return True
    return False


def _shifted_range(q: Quantity, src: _Source) -> bool:
    """A move of both ends of a range in points: "2% to 4%, down from 5% to 7%" -> "cut by 3
    percentage points" (each end, in the same or the next sentence)."""
    if _family(q) != "pct" or q.high is not None or q.kind not in ("number", "word"):
        return False
    v = _mags(q)[0]
    qs = src.quantities
    sentences = sorted(src.by_sentence)
    for k, si in enumerate(sentences):
        near = list(src.by_sentence[si])
        if k + 1 < len(sentences) and sentences[k + 1] == si + 1:
            near += src.by_sentence[si + 1]
        near = [qs[i] for i in near if dimension(qs[i])[0] == "pct"]
        ranges = [r for r in near if r.high is not None]
        if not ranges:
            continue
        ends = [m for r in near for m in r.values]
        for r in ranges:
            for sign in (1.0, -1.0):
                lo, hi = r.value + sign * v, r.high + sign * v
                tol = _precision(q) + 1e-9
                if any(abs(e - lo) <= tol for e in ends) and any(abs(e - hi) <= tol for e in ends):
                    return True
    return False


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
        if _same_digits(q, s) and ds == dq and (s.unit != q.unit or not _same_money(s, q)):
            return s
        if ds == dq and (ds != "cur" or _same_money(s, q)) and _scaled_twin(q, s):
            return s
    a = _digits(q)
    if len(set(a)) >= 2 and q.high is None:
        for s in src.quantities:  # the digits reordered ("$5.2bn" for about $2.5 billion)
            if s.kind != "tally" and s.high is None and dimension(s)[0] == dq \
                    and (dq != "cur" or _same_money(s, q)) and _digits(s) != a \
                    and sorted(_digits(s)) == sorted(a):
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
    if q.unit == "currency" and s.unit == "currency" and not _same_money(q, s) and \
            _same_digits(q, s):
        return f"{q.text} is in a different currency: the source says {s.text}"
    if dimension(q)[0] != dimension(s)[0] or q.unit != s.unit:
        return f"{describe(q)} is not in the source; it says {describe(s)}"
    return f"{q.text} is not in the source; the closest figure there is {describe(s)}"


# --------------------------------------------------------------------------- run


def _for_subject(q: Quantity, other: Quantity, text: str) -> str:
    return f"{q.text} is in the source, but for something else; there this subject has {other.text}"


def _for_words(q: Quantity, other: Quantity, text: str) -> str:
    return f"{q.text} is in the source, but for something else; there these words go with {other.text}"


def _for_pair(q: Quantity, other: Quantity, text: str) -> str:
    return (f"{q.text} is in the source, but for something else; there the figure stated with it "
            f"goes with {other.text}")


def _for_role(q: Quantity, other: Quantity, text: str) -> str:
    if _role(text, q) != "from":
        return (f"{q.text} is the level before the move in the source, not after it; there the "
                f"new level is {other.text}")
    return (f"{q.text} is the level after the move in the source, not before it; there the old "
            f"level is {other.text}")


# A figure found in the source but placed with something else: each rule returns the source
# figure that belongs where the summary put `q` (or None); the first that fires is an error.
_MISPLACED = (
    (_misattributed, _for_subject, "NUM004"),
    (_swapped, _for_subject, "NUM004"),
    (_qualifier_moved, _for_subject, "NUM004"),
    (_trailing_moved, _for_words, "NUM004"),
    (_pair_swapped, _for_pair, "NUM004"),
    (_role_swapped, _for_role, "NUM005"),
)


def judge(q: Quantity, summary: Document, src: _Source,
          quantities: list[Quantity] | None = None) -> Finding | None:
    """A finding for one summary quantity, or None when the source supports it. `quantities`:
    all the summary's quantities (for the clause around `q`), parsed from `summary` if None."""
    if quantities is None:
        quantities = _summary_quantities(summary)
    text = summary.text
    if q.kind == "tally" and not src.has_tally:
        return None  # a vote split is the contradiction check's business
    matches = _direct(q, src)
    if matches:
        for rule, explain, code in _MISPLACED:
            other = rule(q, summary, src, matches, quantities)
            if other is not None:
                return Finding.at(text, q.start, q.end, "number", explain(q, other, text),
                                  src.doc.sentence_text(other.start), code=code)
        other = _anchored_elsewhere(q, summary, src, matches, quantities)
        if other is not None and q.unit == "pp" and not any(
                src.quantities[i].unit == "pp" for i in matches) and _derivable(q, src, quantities):
            other = None  # "0.3 percentage points below" a forecast: a gap between two levels
        if other is not None:
            # Word overlap alone is weak evidence: point at it, do not fail the summary.
            return Finding.at(text, q.start, q.end, "number",
                              f"{q.text} is in the source, but for something else; "
                              f"there these words go with {other.text}",
                              src.doc.sentence_text(other.start), "warning", "NUM006")
        if _peak_as_close(q, summary, src, matches):
            s = src.quantities[matches[0]]
            ev = src.doc.sentence_text(s.start)
            return Finding.at(text, q.start, q.end, "number",
                              f"{q.text} was the peak move in the source, not the close", ev,
                              code="NUM007")
        return None
    slip = _anchored_slip(q, summary, src)
    if slip is not None and _stated_elsewhere(slip, q, quantities):
        slip = None  # the summary gives that figure too: this one is something else
    if slip is None and (_derivable(q, src, quantities) or _shifted_range(q, src)
                         or _level_shift(q, summary, src, quantities)):
        return None
    s = slip or _closest(q, src)
    if s is not None:
        evidence = src.doc.sentence_text(s.start)
    else:
        evidence = _closest_sentence(q, summary, src)
    severity = "error" if slip is not None or (s is not None and _garbled(q, s)) else "warning"
    message = _message(q, s)
    if severity == "warning":
        message += " (unverified: it may be derived in a way finsum cannot check)"
    if slip is not None:
        code = "NUM008"
    elif s is not None and severity == "error" and (_same_digits(q, s) or _scaled_twin(q, s)
                                                    or q.unit != s.unit):
        code = "NUM001"
    else:
        code = "NUM002" if severity == "error" else "NUM003"
    return Finding.at(text, q.start, q.end, "number", message, evidence, severity, code)


def _garbled(q: Quantity, s: Quantity) -> bool:
    """Is `q` a garbled copy of source figure `s`: the same digits in another unit, currency or
    scale, the digits reordered, or one digit changed, added or dropped? Those are errors; a
    figure that resembles nothing in the source may be a derivation finsum cannot follow
    (a warning: shown, but the summary does not fail on it alone)."""
    if _same_digits(q, s) or _scaled_twin(q, s):
        return True
    a, b = _digits(q), _digits(s)
    if not a or not b:
        return q.kind != s.kind or q.unit != s.unit  # number words: a wrong word for the figure
    if sorted(a) == sorted(b):
        return True
    # One digit off: telling for multi-digit figures; two one-digit figures are always "one
    # edit" apart, which says nothing.
    return max(len(a), len(b)) >= 2 and _one_edit(a, b)


def _summary_quantities(doc: Document) -> list[Quantity]:
    qs = doc.memo("quantities", lambda d: parse_quantities(d.text))
    explicit = _explicit_codes(qs)
    out = []
    for q in qs:
        if q.currencies and len(q.currencies) > 1:
            codes = _resolve(q, explicit)
            if codes != q.currencies:
                q = replace(q, currencies=codes, currency=codes[0])
        out.append(q)
    return out


def run(ctx: CheckContext) -> list[Finding]:
    if ctx.source is None:
        return []
    quantities = _summary_quantities(ctx.summary)
    if not quantities:
        return []  # nothing to check: the source is not even parsed
    src = ctx.source.memo("quantity_index", _build_source)
    out = []
    for q in quantities:
        if ctx.is_excluded(q.start, q.end):
            continue
        f = judge(q, ctx.summary, src, quantities)
        if f is not None:
            out.append(f)
    return out
