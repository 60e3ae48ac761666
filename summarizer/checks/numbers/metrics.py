"""NUM004, a source figure put on another metric: "raising €1.38bn" where the source's
€1.38 billion is revenue and the offering raised €1.02 billion; "about £1.4bn of debt" where
£1.4 billion is the firm's liquidity and its debt is £5.3 billion.

Each figure's metric is read from a small vocabulary of financial metrics (revenue and its
synonyms, operating or net profit, margin, proceeds, fine, refund, debt, buyback…): the metric
named right after the figure ("a 4.1% rise in operating profit", "£1.4bn of debt") or else the
nearest one before it in its sentence. The summary's figure is wrong when every source
sentence that gives its value speaks of another metric only, and the source gives the
summary's metric another figure of the same kind, which the summary does not state itself."""

from __future__ import annotations

import re

from ...parsing.quantities import Quantity
from ...text import Document
from .figures import figures
from .matching import RESPECTIVELY, _close, _mags, _same_money, _Source, dimension
from .periods import _near_size
from .swaps import _family, _stated_elsewhere

# Ordered: a longer name before a shorter one it contains ("revenue per available room"
# before "revenue", "operating margin" is a margin, not operating profit).
_VOCAB = (
    ("revpar", r"revpar|revenue\s+per\s+available\s+room"),
    ("margin", (r"(?:gross|operating|ebitda|ebit|profit|net|pretax|pre-tax|adjusted|underlying|"
                r"core|interest|trading)?\s*margins?")),
    ("ebitda", r"(?:adjusted\s+|core\s+|underlying\s+)?ebitda"),
    ("op_profit", (r"operating\s+(?:profit|income|earnings|loss)|(?:adjusted\s+)?ebit|"
                   r"trading\s+profit")),
    ("pretax", r"pre-?tax\s+(?:profit|income|loss)|profit\s+before\s+tax"),
    ("net_profit", r"net\s+(?:profit|income|earnings|loss)|bottom[-\s]line"),
    ("eps", r"eps|(?:earnings\s+)?per\s+(?:diluted\s+)?share|a\s+share"),
    ("profit", r"profits?|loss"),
    ("revenue", r"(?:net\s+)?revenues?|(?:net\s+)?sales|turnover|top[-\s]line"),
    ("volume", r"volumes?"),
    ("proceeds", (r"proceeds|rais(?:e|es|ed|ing)(?=\s+(?:about\s+|around\s+|roughly\s+|"
                  r"some\s+|nearly\s+|almost\s+|over\s+|more\s+than\s+|up\s+to\s+)?"
                  r"(?:[A-Z]{0,3}[$€£¥]|[A-Z]{3}\s?\d|\d))")),
    ("fine", r"fine[sd]?|penalt(?:y|ies)"),
    ("refund", r"refund(?:s|ed|ing)?|redress|compensation|reimburs\w+"),
    ("debt", r"(?:net\s+)?debt|borrowings?|bonds|notes|loans"),
    ("liquidity", r"liquidity|cash\s+(?:and\s+equivalents|pile|position|balance|reserves?)"),
    ("dividend", r"dividends?"),
    ("buyback", r"buy-?backs?|(?:buy|bought)\s+back|repurchas(?:e|es|ed|ing)"),
    ("premium", r"premium"),
    ("backlog", r"backlog|order\s+book"),
    ("savings", (r"savings|sav(?:e|es|ing)(?=\s+(?:about\s+|around\s+|roughly\s+|some\s+|nearly\s+|"
                 r"almost\s+|over\s+|more\s+than\s+|up\s+to\s+)?(?:[A-Z]{0,3}[$€£¥]|[A-Z]{3}\s?\d|\d))")),
    ("charges", r"charges?|provision(?:s|ed|ing)?|impairments?|write-?downs?|write-?offs?|"
                r"(?:restructuring|one-off|one-time|exceptional)\s+costs?"),
    ("jobs", r"jobs|workforce|employees|staff|headcount"),
    ("capex", r"capital\s+(?:spending|expenditures?)|capex|business\s+investment"),
    ("inflation", r"inflation|cpi"),
    ("unemployment", r"unemployment|jobless(?:\s+rate)?"),
    ("gdp", r"gdp|gross\s+domestic\s+product"),
    ("occupancy", r"occupancy"),
    ("stake", r"stake"),
)
_PROFITS = frozenset(["ebitda", "op_profit", "pretax", "net_profit", "profit"])
# Metrics that may name one figure: a bond sale raises debt.
_SAME = frozenset([frozenset(["proceeds", "debt"])])
_NAMES = [k for k, _ in _VOCAB]
# A metric named right after the figure: "1,800 jobs", "a 4.1% organic rise in 2024 operating
# profit", "£1.4bn of debt", "€2.31bn in operating profit".
_ALTERNATION = "|".join(f"(?P<{k}>{p})" for k, p in _VOCAB)
_METRIC = re.compile(r"\b(?:" + _ALTERNATION + r")\b", re.IGNORECASE)
_AFTER = re.compile(r"\s*(?:(?:[A-Za-z][\w'-]*\s+){0,3}?(?:in|of)\s+(?:the\s+|its\s+|their\s+)?"
                    r"(?:[\w'-]+\s+){0,3}?)?(?:" + _ALTERNATION + r")\b", re.IGNORECASE)
_AFTER_REACH = 60
# The nearest metric before a figure is read back to the start of its clause only: "sales fell
# 5.8%, and the company slipped to a $38 million loss", "TPV of $48.6B (+21%)". A comma right
# after a figure starts a list's next item ("sales +4.9%, traffic +2.6%, ~19% margin").
_BOUNDARY = re.compile(r"[;:(]|(?<=[\d%]),\s|\s[-\u2013\u2014]\s|\b(?:and|while|whereas|but|with|after|as|"
                       r"because|though|although|which|who)\b", re.IGNORECASE)
_BEFORE_REACH = 160


def _key(m: re.Match) -> str:
    return next(k for k in _NAMES if m.group(k) is not None)


def _metric_match(text: str, lo: int, hi: int, q: Quantity) -> re.Match | None:
    """The metric named right after `q`, else the nearest one before it in text[lo:hi]."""
    after = _AFTER.match(text, q.end, min(hi, q.end + _AFTER_REACH))
    if after is not None:
        return after
    lo = max(lo, q.start - _BEFORE_REACH)
    for b in _BOUNDARY.finditer(text, lo, q.start):
        lo = b.end()
    best = None  # the look-ahead of "raised" reads the figure: search a little past its start
    for m in _METRIC.finditer(text, lo, min(hi, q.start + 16)):
        if m.end() > q.start:
            break
        best = m
    return best


def metric_of(text: str, lo: int, hi: int, q: Quantity) -> str | None:
    """The metric the figure `q` (in the sentence text[lo:hi]) is given for, or None."""
    m = _metric_match(text, lo, hi, q)
    return _key(m) if m is not None else None


def _compatible(a: str, b: str) -> bool:
    return a == b or ("profit" in (a, b) and a in _PROFITS and b in _PROFITS) or \
        frozenset([a, b]) in _SAME


def _mentions(text: str, lo: int, hi: int, key: str) -> bool:
    return any(_compatible(key, _key(m)) for m in _METRIC.finditer(text, lo, hi))


def _source_metrics(src: _Source) -> tuple[list[str | None], dict[str, list[int]]]:
    """The metric of each source figure, and the figures of each metric (read once per
    source: every summary figure asks)."""
    doc = src.doc
    of: list[str | None] = []
    by: dict[str, list[int]] = {}
    for k, o in enumerate(src.quantities):
        si = src.sentence_of[k]
        lo, hi = doc.sentences[si] if si >= 0 else (0, len(doc.text))
        key = metric_of(doc.text, lo, hi, o)
        of.append(key)
        if key is not None:
            by.setdefault(key, []).append(k)
    return of, by


_SHARE_OF = re.compile(r"\s*of\s+(?:its\s+|the\s+|total\s+|group\s+|net\s+)*"
                       r"(?:revenue|sales|turnover)\b", re.IGNORECASE)
_RIVALS = 64  # source figures of the summary's metric read per summary figure: bounded work


def metric_moved(q: Quantity, summary: Document, src: _Source, matches: list[int],
                 quantities: list[Quantity]) -> Quantity | None:
    """The source figure of the summary's metric, when the summary put `q` on a metric the
    source gives `q` for nowhere (see the module docstring), else None."""
    if q.kind != "number" or not matches:
        return None
    text = summary.text
    s0, s1 = summary.sentence_span(q.start)
    if q.unit == "percent" and _SHARE_OF.match(text, q.end):
        return None  # "28% of revenue": a ratio to revenue (a margin), not a revenue figure
    mine = metric_of(text, s0, s1, q)
    if mine is None or RESPECTIVELY.search(text, max(s0, q.start - _BEFORE_REACH),
                                           min(s1, q.end + _BEFORE_REACH)):
        return None
    doc = src.doc
    keys = doc.memo("numbers.metric_keys", lambda _d: _source_metrics(src))
    # "up to €450m" also matches a source 391 million within its bound: where the source
    # states the figure itself, that statement says what it is.
    exact = [i for i in matches[:_RIVALS] if abs(src.quantities[i].value * dimension(src.quantities[i])[1]
                                       - q.value * dimension(q)[1]) <= 1e-9 * abs(q.value *
                                                                              dimension(q)[1])]
    for i in exact or matches:
        lo, hi = doc.sentences[src.sentence_of[i]] if src.sentence_of[i] >= 0 else (0, len(doc.text))
        s = src.quantities[i]  # its sentence, within a bounded reach (a long sentence costs no more)
        lo, hi = max(lo, s.start - _BEFORE_REACH), min(hi, s.end + _BEFORE_REACH)
        if keys[0][i] is None or _mentions(doc.text, lo, hi, mine) or "margin" in mine \
                and q.unit == "percent" and _SHARE_OF.match(doc.text, s.end):
            return None  # "12.9% of sales" is the "12.9% margin" of the amount before it
    fam = _family(q)
    v = _mags(q)[0]
    figs = None
    rivals = sorted({k for key, ks in keys[1].items() if _compatible(mine, key) for k in ks})
    for k in rivals[:_RIVALS]:
        o = src.quantities[k]
        if k in matches or o.kind != "number" or _family(o) != fam or o.unit != q.unit:
            continue
        if fam == "cur" and not _same_money(o, q):
            continue
        # (a bound's slack does not make a rival agree: "up to C$240 million" of charges
        # against the source's C$180-210 million of charges is the savings figure moved)
        loose = q.hedge not in ("min", "max")
        if any(_close(q, v, m) if loose else abs(v - m) <= 1e-9 * max(1.0, v) for m in _mags(o)) \
                or not _near_size(o, q, 10):
            continue
        if figs is None:
            figs = figures(summary, quantities).for_source(src)
        if _stated_elsewhere(o, q, quantities, figs=figs):
            continue
        return o
    return None
