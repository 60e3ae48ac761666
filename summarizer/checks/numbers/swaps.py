"""Source figures swapped with a neighbour and one-digit slips of a figure stated with the same
words (before/after levels exchanged: levels.py)."""

from __future__ import annotations

import re

from ...parsing.quantities import Quantity
from ...text import Document
from ..base import SHORTHAND
from .acronyms import spelled_out
from .context import (
    _CLAUSE_CUT,
    _after_stems,
    _content_stems,
    _context,
    _has_content,
    _summary_clause,
)
from .figures import clause_start, figures
from .matching import _close, _direct, _mags, _precision, _same_money, _Source, dimension
from .siblings import in_subject, one_thing, trails_figure


def _named_after(q: Quantity, summary: Document, src: _Source, quantities: list[Quantity],
                 matches: list[int]) -> bool:
    """The words right after q name what the source's copy of it is ("a 16.8% operating margin"
    for "with an operating margin of 16.8%"): read only when the subject test would fire."""
    named = set(_after_stems(summary.text, q, summary.sentence_span(q.start)[1], quantities,
                             figures(summary, quantities).for_source(src))[:3])
    named |= {x for n in named for w in SHORTHAND.get(n, ()) for x in _content_stems(w, 0, len(w))}
    # ("capex": the capital expenditures of the source)
    return any(set(_context(src, i)[1]) & named for i in matches)


_THEN = re.compile(r"[^.;:]{0,24}?\b(?:(?:up|down)\s+from|compared\s+with|versus)\b", re.IGNORECASE)
_PEAK = re.compile(r"\b(?:as\s+(?:much|high|low|little)\s+as|at\s+one\s+point)\s+\S{0,3}$",
                   re.IGNORECASE)
_RESTATED = re.compile(r",\s*or\s+(?:about\s+|around\s+|roughly\s+|nearly\s+|some\s+)?$",
                       re.IGNORECASE)


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
    clause = set(words) | (_LOSS if _LOSS & set(words) else set())  # "lost": the "loss" of
    if any(src.quantities[i].kind == "part" for i in matches):
        return None
    mine = frozenset().union(*(_context(src, i)[0] for i in matches)) | spelled_out(
        words, src, matches)  # "annual recurring revenue" where the source says "ARR"
    keys = []
    subject = set(words[:2])
    s0 = summary.sentence_span(q.start)[0]
    c0 = clause_start(summary, _CLAUSE_CUT, s0, q.start)
    # "added 6,200 customer connections by acquiring four systems": the clause's first words
    # are what the figure between them and `q` counts, not the subject of `q`.
    counted = any(o.end <= q.start
                  and subject & set(_content_stems(summary.text, o.end, min(q.start, o.end + 30)))
                  for o in figures(summary, quantities).between(max(s0, q.start - 160), q.start)
                  if o is not q)
    if len(subject) == 2 and not counted and not subject & mine and all(
            (own := _context(src, i)[1]) and len(own) == 2 and not set(own) & clause
            for i in matches) and not _named_after(q, summary, src, quantities, matches):
        keys.append(subject)
    metric = set(words[-2:])
    # "a 16.8% operating margin on 9% sales growth": the words before 9% are the 16.8%'s.
    if len(metric) == 2 and not clause & mine and not trails_figure(summary, quantities, q):
        keys.append(metric)
    if not keys:
        return None
    dq = dimension(q)[0]
    for si in {src.sentence_of[i] for i in matches}:
        for k in src.by_sentence.get(si, ()):
            o = src.quantities[k]
            if k in matches or dimension(o)[0] != dq or o.kind in ("tally", "part"):
                continue
            if any(o.end <= src.quantities[i].start and (not _has_content(
                    src.doc.text, o.end, src.quantities[i].start) or _RESTATED.search(
                    src.doc.text, o.end, src.quantities[i].start)) for i in matches):
                # "settled up 93 cents, or 1.4%, at $65.46", "grew 1.8% from the first quarter,
                # or about 7% annualized": one statement, one subject
                continue
            if _PEAK.search(src.doc.text, max(0, o.start - 24), o.start):
                continue  # "fell as much as 6.3% ... and were down 5.1%": one move's extreme
            if in_subject(src.doc.text, o) or any(
                    src.quantities[i].end <= o.start and _THEN.match(src.doc.text, src.quantities[i].end, o.start)
                    for i in matches):
                continue  # "a mortgage with a 25% deposit was 4.9%": part of the subject; "1.8%
                # higher, down from annual growth of 2.9%": the same figure's earlier level
            a, b = sorted((abs(o.value) or 1e-9, abs(q.value) or 1e-9))
            if b / a > 100:
                continue  # "$48 a share" is not what the summary's "$7.8 billion" was taken from
            ctx = _context(src, k)[0]
            if any(key <= ctx for key in keys) and not any(
                    one_thing(q, summary, src, quantities, i, k) for i in matches):
                return o
    if metric not in keys or len(matches) != 1:
        return None
    # Sentences holding the other figures of the summary clause ("Kenya's new 11-year eurobond")
    figs = figures(summary, quantities).for_source(src)
    tied_memo: list[set[int]] = []

    def tied() -> set[int]:  # built when first needed
        if not tied_memo:
            among = figs.between(c0, q.start) if figs.ordered else quantities
            tied_memo.append({src.sentence_of[i] for o in among if c0 <= o.start and o.end <= q.start
                              for i in _direct(o, src)})
        return tied_memo[0]

    _, s1 = summary.sentence_span(q.start)
    if set(_after_stems(summary.text, q, s1, quantities, figs)) & mine:
        return None  # "at a 3.9% discount": the words after it are the source's own
    # Another sentence states a figure of this kind with the metric and most of the clause
    # ("11-year notes were priced to yield 9.25%") while the summary's figure belongs to
    # something else there ("its 7.25% notes due 2028").
    near = src.sentence_of[matches[0]]
    for k, o in enumerate(src.quantities):
        if src.sentence_of[k] == near or dimension(o)[0] != dq or o.kind != q.kind \
                or figs.matched_by_other(q, k, lambda x: _direct(x, src)):
            continue
        a, b = sorted((abs(o.value) or 1e-9, abs(q.value) or 1e-9))
        if b / a > 100:
            continue
        ctx = _context(src, k)[0]
        if metric <= ctx and (len(clause & ctx) >= 3 or src.sentence_of[k] in tied()):
            return o
    return None


_LOSS = frozenset(["los", "loss", "lost", "lose"])


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
        od = _digits(o)
        if dimension(o)[0] != dq or o.kind != "number" or not _one_edit(dig, od) \
                or max(len(dig), len(od)) < 2:
            continue  # two one-digit figures are always one edit apart: that says nothing
        if qb is None:
            qb, qa = _window(summary.text, s0, q.start, q.end, s1)
        ob, oa = _src_window(src, k)
        # Both sides' words, or where one figure ends its clause, two words before it.
        if qb & ob and (qa & oa or (not qa or not oa) and len(qb & ob) >= 2):
            return o
    return None


def _anchored_rival(q: Quantity, summary: Document, src: _Source) -> Quantity | None:
    """A figure written in the words the source uses, on both sides, for one other figure of
    the same kind and unit ("a 29% premium to its last close" where the source says "a premium
    of 31% to Arrowleaf's last close"): the summary changed it, whatever sum or ratio of source
    figures happens to give its value."""
    if q.kind != "number" or q.high is not None:
        return None
    dq = dimension(q)[0]
    s0, s1 = summary.sentence_span(q.start)
    qb, qa = _window(summary.text, s0, q.start, q.end, s1)
    if not qb or not qa:
        return None
    found = None
    for k, o in enumerate(src.quantities):
        if dimension(o)[0] != dq or o.kind != "number" or o.unit != q.unit or o.high is not None:
            continue
        ob, oa = _src_window(src, k)
        if qb & ob and qa & oa:
            if found is not None and abs(found.value - o.value) > 1e-9:
                return None  # two source figures share these words: no single rival
            found = o
    return found


def _family(q: Quantity) -> str:
    d = dimension(q)[0]
    return "pct" if d == "pp" else d


def _stated_elsewhere(o: Quantity, q: Quantity, quantities: list[Quantity],
                      sentence: tuple[int, int] | None = None, figs=None) -> bool:
    """Does the summary state the source figure `o` itself, apart from `q` (in `sentence` when
    given)? Then `q` is not a garbled `o`, and a derivation from `o` is the summary's own.
    `figs` (the summary's Figures for this source): the summary figures stating `o` are found
    once per source figure and sentence, not once per summary figure."""
    if figs is None:
        return any(r is not q for r in _stating(o, quantities, sentence, 0))
    memo = figs.elsewhere_memo()
    key = (id(o), sentence)
    got = memo.get(key)
    if got is None or got[0] is not o:
        among = quantities
        if sentence is not None and figs.ordered:
            among = figs.between(sentence[0], sentence[1])
        got = memo[key] = (o, _stating(o, among, sentence, 2))
    hits = got[1]
    if len(hits) == 2 and all(r is q for r in hits):
        return any(r is not q for r in _stating(o, quantities, sentence, 0))
    return any(r is not q for r in hits)


def _stating(o: Quantity, quantities: list[Quantity], sentence: tuple[int, int] | None,
             limit: int) -> list[Quantity]:
    """The summary figures (the first `limit`; every one if 0) that state source figure `o`."""
    fam = _family(o)
    mo = _mags(o)
    out: list[Quantity] = []
    for r in quantities:
        if r.kind == "tally" or _family(r) != fam \
                or (o.kind == "fraction") != (r.kind == "fraction"):
            continue  # "20% above last year" does not state "a fifth of sales"
        if sentence is not None and not (sentence[0] <= r.start < sentence[1]):
            continue
        if fam == "cur" and not _same_money(r, o):
            continue
        for v in _mags(r):
            if any(abs(v - m) <= _precision(r) + 1e-9 * max(1.0, m) for m in mo):
                out.append(r)
                break
        if limit and len(out) >= limit:
            break
    return out


def _anchored_elsewhere(q: Quantity, summary: Document, src: _Source, matches: list[int],
                        quantities: list[Quantity]) -> Quantity | None:
    """A figure that is in the source, but written in the words the source uses for another
    figure of its kind — on both sides, three content words or more in all — while no word
    on either side of any matching source figure is on that side in the summary ("the peso weakened 3% to 18.42 per dollar" when
    the peso weakened 0.3% and 3% is the inflation target): the summary moved a figure."""
    if q.kind not in ("number", "fraction") or q.high is not None:
        return None
    s0, s1 = summary.sentence_span(q.start)
    qb, qa = _window(summary.text, s0, q.start, q.end, s1)
    if not qb or not qa or len(qb | qa) < 3:
        return None
    label = _label_after(summary.text, q, s1)
    for i in matches:
        mb, ma = _src_window(src, i)
        if qb & mb or qa & ma or label and label <= mb:
            return None
        si = src.sentence_of[i]
        if label and si >= 0 and label <= set(_content_stems(src.doc.text, *src.doc.sentences[si])):
            return None  # "the 10-year national lottery licence": its sentence names the lottery
    fam = _family(q)
    # A figure the source has only as a rounding ("about a quarter" for its 24%) needs less
    # evidence that it belongs to the rival told in its words ("about a fifth of group sales").
    v = _mags(q)[0]
    need = 3 if any(v in _mags(src.quantities[i]) for i in matches) else 2
    best, best_n = None, 0
    for k, o in enumerate(src.quantities):
        if k in matches or _family(o) != fam or o.kind in ("tally", "part"):
            continue
        if fam == "cur" and not _same_money(o, q):
            continue
        ob, oa = _src_window(src, k)
        nb, na = len(qb & ob), len(qa & oa)
        if label and label <= ob:
            # "a S$1.35 target price" for "a target price of S$1.42": the label after the
            # figure is the one the source puts before another
            nb, na = max(nb, 1), max(na, len(label))
        if nb and na and nb + na >= need and nb + na > best_n \
                and not _stated_elsewhere(o, q, quantities,
                                          figs=figures(summary, quantities).for_source(src)):
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
                        _stated_elsewhere(a, q, quantities, sent,
                                          figures(summary, quantities).for_source(src)):
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




def _clause_before(text: str, lo: int, start: int, n: int = 3) -> set[str]:
    """The last `n` content stems before `start` in its clause (from `lo`)."""
    chunk_lo = max(lo, start - 60)
    cut = None
    for cut in _CLAUSE_CUT.finditer(text, chunk_lo, start):
        pass
    return set(_content_stems(text, cut.end() if cut else chunk_lo, start)[-n:])


def _metric_moved(q: Quantity, summary: Document, src: _Source, matches: list[int],
                  quantities: list[Quantity]) -> Quantity | None:
    """A source figure put after the words the source uses for another figure of its kind, in
    another sentence ("trim land spending by about $500 million" where the source trims land
    spending by $300 million and $500 million is the buyback): three content words of the
    clause right before the figure, all before that other figure, none in the sentence of
    any matching one, and no figure of the other one's sentence stated in the summary's clause
    ("lifted its forecast by 0.3 points to 2.1%": a move worked out from "to 2.1% from 1.8%")."""
    if q.kind != "number" or q.high is not None:
        return None
    s0, s1 = summary.sentence_span(q.start)
    mine = _clause_before(summary.text, s0, q.start)
    if len(mine) < 3:
        return None
    cut = _CLAUSE_CUT.search(summary.text, q.end, s1)
    clause = [o for o in quantities if s0 <= o.start and o.end <= (cut.start() if cut else s1)]
    doc = src.doc
    for i in matches:
        si = src.sentence_of[i]
        lo, hi = doc.sentences[si] if si >= 0 else (0, len(doc.text))
        if mine & set(_content_stems(doc.text, lo, hi)):
            return None
    fam = _family(q)
    for k, o in enumerate(src.quantities):
        if k in matches or _family(o) != fam or o.kind != "number" or o.high is not None:
            continue
        if fam == "cur" and not _same_money(o, q):
            continue
        si = src.sentence_of[k]
        lo = doc.sentences[si][0] if si >= 0 else 0
        if mine <= _clause_before(doc.text, lo, o.start, 5) and not any(
                _close(c, _mags(c)[0], _mags(src.quantities[j])[0])
                for c in clause if c is not q for j in src.by_sentence.get(si, ())):
            return o
    return None


def firmly_elsewhere(q: Quantity, summary: Document, src: _Source, o: Quantity,
                     matches: list[int]) -> bool:
    """`o` (from `_anchored_elsewhere`) holds the summary's words around `q` firmly enough to
    fail it: four content words or more on both sides in all, a figure of the same unit and
    scale (within 5x), and told in another sentence than the source's own `q` (a sentence that
    gives both, "offered to sell 190 stores, later increasing that to 245", shares its words
    between them)."""
    if o.unit != q.unit or not o.value or not q.value:
        return False
    a, b = sorted((abs(o.value), abs(q.value)))
    if b > _FIRM_SCALE * a:
        return False
    k = src.quantities.index(o)
    if any(src.sentence_of[i] == src.sentence_of[k] for i in matches):
        return False
    s0, s1 = summary.sentence_span(q.start)
    qb, qa = _window(summary.text, s0, q.start, q.end, s1)
    ob, oa = _src_window(src, k)
    # "about a quarter of sales": matched only as a rounding of a figure in another unit (24%),
    # while the source gives a figure in its own unit in its words ("about a fifth of sales").
    v = _mags(q)[0]
    loose = all(src.quantities[i].unit != q.unit and v not in _mags(src.quantities[i])
                for i in matches)
    if sorted(_digits(o)) == sorted(_digits(q)) and len(_digits(q)) >= 2:
        loose = True  # "roughly 3.2% of its shares" where the source's shares are 2.3%: a slip
    # A two-word label ("S$1.35 target price") the source gives another figure counts as such.
    label = _label_after(summary.text, q, s1)
    held = len(label) if label and label <= ob else 0
    return len(qb & ob) + max(len(qa & oa), held) >= (2 if loose or held else _FIRM_WORDS)


_LABEL = re.compile(r"\s([a-z]{3,})[\s-]([a-z]{3,})\b(?!\s+(?:of|for|from|to)\b)")
_NOT_LABEL = frozenset(["and", "the", "with", "from", "for", "this", "that", "its", "their", "than",
                        "higher", "lower", "more", "less", "year", "years", "rise", "fall", "rose",
                        "fell", "jump", "drop", "increase", "decrease", "gain", "decline"])


def _label_after(text: str, q: Quantity, end: int) -> frozenset:
    """The two words that name a figure right after it ("S$1.35 target price", "a 12% operating
    margin"), as stems; empty when other words follow it."""
    m = _LABEL.match(text, q.end, end)
    if m is None or m.group(1) in _NOT_LABEL or m.group(2) in _NOT_LABEL:
        return frozenset()
    return frozenset(_content_stems(text, m.start(), m.end()))


_FIRM_SCALE, _FIRM_WORDS = 5.0, 4
