"""Dates read against the figures and years they go with. DATE007: a date in the same summary clause
as figures copied from the source, where the source dates them otherwise ("11,340 homes in 2024"
when the source's 11,340 homes were completed in 2025; "first-quarter profit rose 12% to $84
million" when that was the fourth quarter). DATE006: "mid-April this year" where the source
gives mid-April only for another year ("late March this year compared with mid-April in 2025")."""

from __future__ import annotations

import bisect
import re
from typing import TYPE_CHECKING

from ..parsing.date_index import Peers, peers_of
from ..parsing.dates import DateMention
from .base import CheckContext, clause_bounds
from .date_spans import base_in_source, compares_periods, sequential_base

if TYPE_CHECKING:
    from .dates import SourceDates


_FIGURE = re.compile(r"(?<![\w.,])\d{1,3}(?:,\d{3})+(?:\.\d+)?(?![\d,]*\d)|(?<![\w.,])\d+\.\d+|"
                     r"(?<![\w.,])\d{3,}(?![\d.,]*\d)")
_CUT = re.compile(r"[;:\u2014]|,\s|\s(?:while|whereas|but|after|when)\s")


def _clause(text: str, s0: int, s1: int, start: int, end: int) -> tuple[int, int]:
    return clause_bounds(text, s0, s1, start, end, _CUT)


_YEAR_OFFSET = {"last": -1, "previous": -1, "this": 0, "next": 1, "coming": 1}


def relative_year(m: DateMention) -> int | None:
    """Years from the story's own year of a relative mention ("last year" -1, "earlier this year"
    0, "early next year" 1), or None ("over the past year" is a span, not a year)."""
    words = (m.relative or "").lower().split()
    if m.kind != "relative" or len(words) < 2 or words[-1] != "year":
        return None
    return _YEAR_OFFSET.get(words[-2])


def year_offset(m: DateMention, anchor: DateMention | None) -> int | None:
    """Years from the story's own year of a mention that gives none: "last year" -1, and a
    December date in a story dated January to March ("the backlog at Dec. 31" in a February
    story: the year before)."""
    by = relative_year(m)
    if by is None and m.kind in ("day", "month") and m.month == 12 and m.year is None \
            and anchor is not None and anchor.month is not None and anchor.month <= 3:
        return -1
    return by


def undated_december(x: DateMention, m: DateMention, has_year: bool, summary_text: str) -> bool:
    """Is `x` a December date read as the year before the story's (`year_offset`) that cannot
    tell the summary's year `m`: its clause gives a year of its own, or the summary's year dates
    a half, a quarter or a month ("into the second half of 2025")?"""
    return x.kind in ("day", "month") and (has_year or m.kind != "year" or _PART_OF.search(
        summary_text, max(0, m.start - 24), m.start) is not None)


_PART_OF = re.compile(r"\b(?:half|quarter|month|end|start|middle)\s+of\s+(?:the\s+)?$", re.IGNORECASE)
_RELATIVE_MONTH = {"last month": -1, "this month": 0, "next month": 1, "earlier this month": 0,
                   "later this month": 0}


def _slot(m: DateMention, anchor: DateMention | None) -> tuple[str, int] | None:
    """What a mention says in one comparable field: ("year", 2025), ("half", 1), ("quarter", 3),
    ("month", 12); a relative month resolved against the dateline."""
    if m.kind == "relative":
        if relative_year(m) is not None:  # "next year" for "this year"
            return ("relative year", relative_year(m))
        by = _RELATIVE_MONTH.get((m.relative or "").lower())
        if by is None or anchor is None or anchor.month is None:
            return None
        return ("month", (anchor.month - 1 + by) % 12 + 1)
    if m.kind == "year" and m.year is not None and m.month is None and not m.fiscal:
        return ("year", m.year)
    if m.kind == "half" and m.half is not None:
        return ("half", m.half)
    if m.kind == "quarter" and m.quarter is not None and m.quarter_end is None and not m.fiscal:
        return ("quarter", m.quarter)
    if m.kind == "month" and m.month is not None and m.year is None:
        return ("month", m.month)
    return None


def _kind(d: DateMention) -> str:
    """The kind of date that competes for a figure: "this year" with "2024"."""
    kind = (_slot(d, None) or ("",))[0]
    return "year" if kind == "relative year" else kind


_JOIN = re.compile(r"\b(?:and|but|while|whereas)\b|[;,]")
_NAMES_NEXT = re.compile(r"\b(?:its|their|the|his|her|our)\s+$", re.IGNORECASE)
_WORD_JOIN = re.compile(r"\b(?:and|but|while|whereas)\b")


def _distance(text: str, f: re.Match, d: DateMention) -> int:
    """Characters between a figure and a date, far when a conjunction parts them ("2,000 sites
    this year and 4.5 trillion next year": this year is not 4.5 trillion's)."""
    a, b = (d.end, f.start()) if d.end <= f.start() else (f.end(), d.start)
    if f.end() <= d.start and _OWN_AFTER.fullmatch(text, f.end(), d.start):
        return -1  # "to 3.8% in 2024": the date right after a figure is its own
    return abs(b - a) + (1000 if _JOIN.search(text, min(a, b), max(a, b)) else 0)


def _owned_between(text: str, a: int, m: DateMention) -> bool:
    """A figure between offset a and date m has m as its own date ("13.8% at end-June")."""
    figs = list(_ANY_FIGURE.finditer(text, a, m.start))
    return bool(figs) and _OWN_BY.fullmatch(text, figs[-1].end(), m.start) is not None


# What stands between a figure and its own date: "13.8% at end-", "7.9 GW at the end of ".
_OWN_BY = re.compile(r"(?:\s?%|\s?[A-Za-z]{1,8})?\s+(?:in|at|as\s+of)\s+(?:the\s+)?"
                     r"(?:end[-\s](?:of\s+)?)?", re.IGNORECASE)
_OWN_AFTER = re.compile(r"\s?(?:%|per\s?cent|percent|[mb]n?|million|billion)?\s+(?:in|for|during)\s+",
                        re.IGNORECASE)


def _figures(text: str, lo: int, hi: int, skip: Peers, m: DateMention, peers: Peers,
             rx: re.Pattern = _FIGURE) -> set[str]:
    """Distinctive figures (`rx`) of the clause whose nearest date of m's kind is m (`skip`:
    every date mention of the summary, `peers`: those of m's kind; both indexed)."""
    out = set()
    peers = peers.near(lo, hi)
    skip = skip.near(lo, hi)  # a superset of the mentions inside the clause
    for f in rx.finditer(text, lo, hi):
        if any(d.start <= f.start() < d.end for d in skip):
            continue
        near = min(peers, key=lambda d: _distance(text, f, d))
        if near is not m or _owned_between(text, f.end(), m):
            continue  # another date's figure, or another figure's own date ("to 14.1% from
            # 13.8% at end-June": June dates 13.8%)
        a, b = sorted((f.start(), m.start))
        if _distance(text, f, m) >= 1000 and (any(a < d.start and d.end <= b for d in skip
                                                  if d is not m) or f.end() <= m.start
                                              and _NAMES_NEXT.search(text, max(0, m.start - 8), m.start)):
            continue  # "a EUR 480 million charge in Q2 and its 2024 guidance": Q2 dates it;
            # "its 2024" dates the noun after it
        a, b = sorted((f.start(), m.start))
        if "(" in text[a:b] or ")" in text[a:b]:
            continue  # "slowed to 0.2% (Oct: 0.5%)": a bracket parts the figure from the date
        if f.end() <= m.start and _WORD_JOIN.search(text, f.end(), m.start) \
                and _figure_between(text, f.end() + 1, m.start):
            continue  # "to 3.9% ... and sees it back at 3% next year": next year dates the 3%
        if f.end() <= m.start and any(
                not _YEAR.fullmatch(g.group()) and _earlier_level(text, lo, g.start())
                for g in _ANY_FIGURE.finditer(text, f.end() + 1, m.start)):
            continue  # "to $600m from $780m last year": last year dates the earlier level
        v = f.group().replace(",", "")
        if re.fullmatch(r"(?:19|20)\d\d", f.group()):
            continue  # a year ("2,000 sites" is a figure)
        out.add(v)
    return out


def _paired_elsewhere(ctx: CheckContext, m: DateMention, sd: SourceDates,
                      mentions: list[DateMention]) -> tuple[str, str] | None:
    """A date in the same summary clause as a distinctive figure copied from the source, where
    every source sentence with that figure dates it otherwise ("11,340 homes in 2024" when the
    source's 11,340 homes were completed in 2025; "168,000 jobs in December" when they were
    added last month, in January). (message, evidence) or None."""
    mine = _slot(m, None)
    if mine is None:
        return None
    text = ctx.summary.text
    if m.kind == "quarter" and sequential_base(text, m.start, ctx.source.lower):
        return None  # "fell 5% from Q2": the base of the move, not the figure's quarter
    if _BASE_DATE.search(text, max(0, m.start - 24), m.start):
        return None  # "13% under 2025's terms", "in 2027 rather than 2033": what it is set against
    s0, s1 = ctx.summary.sentence_span(m.start)
    lo, hi = _clause(text, s0, s1, m.start, m.end)
    skip = peers_of(ctx.summary, mentions, None, _kind)
    peers = peers_of(ctx.summary, mentions, _kind(m), _kind)
    src = ctx.source
    stext = src.text
    for fig in sorted(_figures(text, lo, hi, skip, m, peers)):
        hits = [h.start() for h in _pattern(fig).finditer(stext)]
        if not hits or len(hits) > 3:
            continue
        at = _pattern(fig).search(text, lo, hi)
        # Its own date right after it in the summary too ("1.9% in September"), or no pairing.
        own = at is not None and (_OWN_DATE.fullmatch(text, at.start() + 1, m.start) is not None
                                  or _OWN_BY.fullmatch(text, at.end(), m.start) is not None)
        if at is not None and not own and _earlier_level(text, lo, at.start()):
            continue  # "dropped to 2.6% in March from 3.0%": March dates 2.6%, not 3.0%
        through = at is not None and _figure_between(text, at.end(), m.start)
        x = _dated_otherwise(ctx, sd, mine, [(h, h + 1) for h in hits], own, through)
        w = _written(fig).search(text, lo, hi)
        shown = w.group().strip() if w else fig
        if x is not None:
            return (f"the source gives {shown} for {x.text}, not {m.text}", src.sentence_text(x.start))
        if mine[0] in ("quarter", "half") and at is not None and at.end() <= m.start \
                and _SHORT_GAP.fullmatch(text, at.end(), m.start):
            other = _neighbours_date(ctx, sd, mine, fig, hits)
            if other is not None and _kind_of(other[0]) == _kind_of(shown):
                message = (f"the source gives {other[0]} for {m.text}; {shown} is its figure "
                           f"for another period")
                return message, src.sentence_text(other[1])
    # Figures too common to tell on their own ("12% to $84 million") tell together: every source
    # sentence that has them all.
    figs = sorted(f for f in _figures(text, lo, hi, skip, m, peers, _ANY_FIGURE)
                  if len(f.replace(".", "").lstrip("0")) >= 2  # not "2-0" (a score)
                  and not ((w := _pattern(f).search(text, lo, hi)) and
                           _earlier_level(text, lo, w.start())))
    if len(figs) < 2:
        return None
    spans = []
    for a, b in src.sentences:
        firsts = [h.start() for h in (_pattern(f).search(stext, a, b) for f in figs) if h]
        if len(firsts) == len(figs):
            spans.append((min(firsts), max(firsts) + 1))
    last = max((w.end() for f in figs if (w := _pattern(f).search(text, lo, hi))), default=m.start)
    through = _figure_between(text, last, m.start)
    x = _dated_otherwise(ctx, sd, mine, spans, through=through) if 0 < len(spans) <= 3 else None
    if x is None:
        return None
    written = [w.group().strip() for f in figs if (w := _written(f).search(text, lo, hi))]
    return (f"the source gives {' and '.join(written)} for {x.text}, not {m.text}",
            src.sentence_text(x.start))


_BASE_DATE = re.compile(r"\b(?:than|under|below|above|versus|vs\.?|against|since)\s+(?:the\s+|its\s+)?$",
                        re.IGNORECASE)
_EARLIER = re.compile(r"(?:\bfrom|\bversus|\bvs\.?|\bcompared\s+(?:with|to)|\bagainst)\s+"
                      r"(?:a\s+|an\s+|the\s+)?(?:revised\s+)?(?:[A-Z]{0,3}[$\u20ac\u00a3\u00a5]\s?)?$",
                      re.IGNORECASE)


def _earlier_level(text: str, lo: int, at: int) -> bool:
    """The figure at `at` is given as the earlier level ("to 2.6% from 3.0%", "versus $1.2bn"):
    the clause's date is the later level's."""
    return _EARLIER.search(text, max(lo, at - 30), at) is not None


def _written(fig: str) -> re.Pattern:
    """A figure as written, with its currency sign and unit ("$84 million", "12%")."""
    return re.compile(r"(?:[A-Z]{0,3}[$\u20ac\u00a3\u00a5]\s?)?" + _pattern(fig).pattern
                      + r"(?:\s?(?:%|per\s?cent|percent|(?:million|billion|trillion|bn|mn|m|k|M|B|K)\b))?")


_ANY_FIGURE = re.compile(r"(?<![\w.,])\d+(?:\.\d+)?(?![\d]|[.,]\d)")


def _pattern(fig: str) -> re.Pattern:
    return re.compile(r"(?<![\w.,])" + r",?".join(re.escape(ch) for ch in fig.split(".")[0])
                      + (re.escape("." + fig.split(".")[1]) if "." in fig else "")
                      + r"(?![\d]|[.,]\d)")


def _figure_between(text: str, a: int, b: int) -> bool:
    """A figure other than a year starts in text[a:b]."""
    return any(not _YEAR.fullmatch(f.group()) for f in _ANY_FIGURE.finditer(text, a, b))


_YEAR = re.compile(r"(?:19|20)\d\d")


def _dated_otherwise(ctx: CheckContext, sd: SourceDates, mine: tuple[str, int],
                     spans: list[tuple[int, int]], own: bool = False,
                     through: bool = False) -> DateMention | None:
    """The source's date of mine's kind in the clauses of every span, when each has one and none
    is mine; else None. `own`: the summary dates the figure right after it, so a source clause
    that also gives mine is judged by the date right after the figure there. `through`: the
    summary's date comes after another figure than the one compared."""
    src = ctx.source
    rivals = []
    for h, e in spans:
        if e - h == 1 and _RELATIVE_AFTER.match(src.text, e):
            return None  # "from $1.1 billion three months earlier": dated by its own offset
        a, _ = _clause(src.text, *src.sentence_span(h), h, h + 1)
        _, b = _clause(src.text, *src.sentence_span(h), e - 1, e)
        # A day dates its month too ("exports for Sept. 1-8 fell 9.3%": September).
        s0, s1 = src.sentence_span(h)
        seq = compares_periods(src.lower, s0, s1)
        slots = [(x, _slot(x, sd.anchor) or (("month", x.month) if x.kind == "day" and x.month
                                              else None))
                 for x in sd.mentions if a <= x.start < b and x is not sd.anchor
                 and not (x.kind == "quarter" and base_in_source(src.text, x.start, s0, seq))]
        # A date after another figure is that figure's ("rising to 4.22% from 3.96% in the
        # second half of April": April dates 3.96%), unless the summary's date too comes after
        # another figure ("$900 million of its $2 billion bond due in 2032").
        same = [(x, sl) for x, sl in slots if sl is not None and sl[0] == mine[0]
                and (through or x.start < e or not _figure_between(src.text, e, x.start))]
        if not same:
            return None
        if any(sl == mine for _, sl in same):
            # "slowed to 1.9% in October from 2.3% in September": the date right after the
            # figure is its own; the clause's other dates belong to other figures.
            mate = next((x for x, _ in same if _OWN_DATE.fullmatch(src.text, e, x.start)), None)
            if not own or mate is None or _slot(mate, sd.anchor) == mine or e - h != 1:
                return None
            rivals.append(mate)
            continue
        rivals.append(same[0][0])
    return rivals[0] if rivals else None


# A figure dated by an offset from the clause's date ("from $1.1 billion three months earlier",
# "against 4.2% a year before"): that date is not the clause's.
_RELATIVE_AFTER = re.compile(
    r"[\d.,]*\s?(?:%|per\s?cent|percent|[mb]n?|million|billion|trillion)?(?:\s+[a-z]+)?,?\s+"
    r"(?:(?:one|two|three|four|five|six|nine|twelve|eighteen|\d{1,2})\s+(?:months?|quarters?|"
    r"years?)|a\s+(?:month|quarter|year))\s+(?:earlier|before|ago|previously)\b", re.IGNORECASE)


_OFFSET = re.compile(r"\b(a|one|two|three|four|five|six|nine|\d)\s+(months?|quarters?)\s+"
                     r"(?:earlier|before|previously)\b", re.IGNORECASE)
_COUNTS = {"a": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "nine": 9}


def offset_months(ctx: CheckContext, sd: SourceDates) -> frozenset[int]:
    """Months the source gives by an offset from a month of the same sentence ("at the end of
    September from 1.7 billion three months earlier": June)."""
    def build(_doc) -> frozenset[int]:
        src, out = ctx.source, set()
        months = sorted((x.start, x.month) for x in sd.mentions
                        if x.month and x.kind in ("month", "day"))
        starts, done = [a for a, _ in months], set()
        for o in _OFFSET.finditer(src.text):
            n = _COUNTS.get(o.group(1).lower()) or int(o.group(1))
            k = n * (3 if o.group(2).lower().startswith("quarter") else 1)
            s0, s1 = src.sentence_span(o.start())
            if (s0, k) in done:
                continue  # a sentence of repeated offsets is read once per offset length
            done.add((s0, k))
            for _, month in months[bisect.bisect_left(starts, s0):bisect.bisect_left(starts, s1)]:
                out.add((month - k - 1) % 12 + 1)
        return frozenset(out)
    return ctx.source.memo("dates.offset_months", build)


# What may stand between a figure's first character and its own date: "1.9% in ", "$84m for ".
_OWN_DATE = re.compile(r"[\d.,]*\s?(?:%|per\s?cent|percent|[mb]n?|million|billion)?\s+(?:in|for|during)\s+",
                       re.IGNORECASE)


_IN_YEAR = re.compile(r"\s*(?:,\s*|in\s+|of\s+)?$")


def _this_year_after(mentions: list[DateMention], m: DateMention, text: str) -> bool:
    return any(x.kind == "relative" and (x.relative or "").lower() == "this year"
               and 0 <= x.start - m.end <= 4 and not text[m.end:x.start].strip()
               for x in mentions)


def _month_of_another_year(ctx: CheckContext, m: DateMention, sd: SourceDates,
                           mentions: list[DateMention]) -> tuple[str, str] | None:
    """ "mid-April this year" where the source gives mid-April only for another year, set against
    this year in the same sentence ("in late March this year compared with mid-April in 2025").
    (message, evidence) or None."""
    if m.kind != "month" or m.year is not None or not _this_year_after(mentions, m, ctx.summary.text):
        return None
    src = ctx.source
    stext = src.text
    others = []
    for x in sd.mentions:
        if x.kind != "month" or x.month != m.month:
            continue
        year = next((y for y in sd.mentions if y.kind == "year" and y.year is not None
                     and 0 <= y.start - x.end <= 5 and _IN_YEAR.match(stext[x.end:y.start])), None)
        if year is None:
            return None  # the source gives this month without another year
        s, e = src.sentence_span(x.start)
        if not any(r.kind == "relative" and (r.relative or "").lower() == "this year"
                   and s <= r.start < e for r in sd.mentions):
            return None
        others.append((x, year))
    if not others:
        return None
    x, year = others[0]
    return (f"the source gives {x.text} for {year.text}, not this year", src.sentence_text(x.start))


# Between a summary figure and the date it is given ("$640M of shares in Q4", "$4.08 billion in
# the first quarter"): its unit and at most three words, no other figure.
_SHORT_GAP = re.compile(r"[^\d;:(]{0,30}?\s(?:in|for|during)\s+(?:the\s+)?", re.IGNORECASE)
_OTHER_YEAR = re.compile(r"\s*(?:of\s+)?(?:last|the\s+previous|the\s+prior)\s+year|"
                         r"\s*,?\s*a\s+year\s+(?:earlier|ago|before)|\s*(?:of\s+)?(?:19|20)\d\d",
                         re.IGNORECASE)
# A figure right before a source date, as that date's own ("$180 million in the fourth quarter").
_FIGURE_BEFORE = re.compile(r"(\d[\d.,]*)\s?(?:%|per\s?cent|percent|[mb]n?|million|billion)?"
                            r"\s+(?:in|for|during)\s+(?:the\s+)?\Z", re.IGNORECASE)


def _neighbours_date(ctx: CheckContext, sd: SourceDates, mine: tuple[str, int], fig: str,
                     hits: list[int]) -> tuple[str, int] | None:
    """(the other figure, its offset) when every source sentence with `fig` gives the summary's
    date to another figure right before it ("$640 million during the year, including $180
    million in the fourth quarter" for "$640M in Q4"), and never to `fig`; else None."""
    src = ctx.source
    ordered = src.memo("dates.by_start", lambda _d: sorted(sd.mentions, key=lambda x: x.start))
    starts = src.memo("dates.starts", lambda _d: [x.start for x in ordered])
    found = None
    for h in hits:
        a, b = src.sentence_span(h)
        got = None
        # the sentence's own date mentions, found by bisection (not a scan of every mention)
        for x in ordered[bisect.bisect_left(starts, a):bisect.bisect_left(starts, b)]:
            if x is sd.anchor or _slot(x, sd.anchor) != mine or _OTHER_YEAR.match(src.text, x.end):
                continue  # "8.1% in the third quarter of last year": another year's quarter
            f = _FIGURE_BEFORE.search(src.text, max(a, x.start - 40), x.start)
            if f is None:
                continue
            num = f.group(1).replace(",", "").rstrip(".")
            if num == fig:
                return None  # the source gives the date to this figure too
            w = _written(num).search(src.text, max(a, f.start(1) - 4), x.start)
            got = got or ((w.group().strip() if w else num), f.start(1))
        if got is None:
            return None
        found = found or got
    return found


def _kind_of(written: str) -> str:
    """What a written figure measures: a percentage, money or a plain number."""
    if re.search(r"%|per\s?cent", written):
        return "pct"
    return "money" if re.match(r"[A-Z]{0,3}[$\u20ac\u00a3\u00a5]", written) else "plain"
