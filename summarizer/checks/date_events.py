"""DATE008: a date the source gives, but for another event. "The new strategy will be unveiled on
Oct. 29" where the source presents the strategy on Nov. 19 and Oct. 29 is the results date;
"extended its output cuts until the end of March" where the source extends them to the end of
June (March is only a meeting date there); the same for quarters, half-years and years ("will
take delivery of six ships in 2026" where the source's delivery is in 2025 and 2026 is only named
as a year of risk). The summary clause around the date shares at least three content words with
the source sentence of another date of the same kind, and none (nor a figure) with any source
sentence that gives the summary's own date. A year also needs that no source sentence without a
year shares as many of the clause's words or any of its figures: the year is implicit there."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ..parsing.dates import MONTHS, DateMention
from ..text import stem
from .base import CheckContext, clause_bounds

if TYPE_CHECKING:
    from .dates import SourceDates

_WORD = re.compile(r"[A-Za-z][A-Za-z'\u2019-]+")
_STOP = frozenset(
    "the a an of to in on at for by and or but with from as is was were be been has have had its "
    "it their his her this that said says say after before than will would could should may might "
    "also about over into which who while when end month months year years day days week "
    "weeks quarter half next last first second third fourth company group".split()
)
_CLAUSE = re.compile(r"[;:\u2014]|,\s|\s(?:while|whereas|but|after|when|and)\s")
_SOURCE_CLAUSE = re.compile(r"[;:\u2014]|,\s|\s(?:while|whereas|but)\s")
_MIN_SHARED = 3
_REACH = 300
_WIDEN = 2  # clauses read back when the date's own clause has too few words
_LEAD = re.compile(r"([A-Za-z]+)[^A-Za-z.;:]+([A-Za-z]+)[^A-Za-z.;:]*$")


_STOP_LEAD = _STOP | frozenset(["least", "most", "until", "since", "during", "within", "early",
                                "late", "mid", "fiscal", "calendar", "its", "the"])


_CLEAR = 5  # words a date's sentence shares with the clause to be plainly its own


def _same_lead(a: str, i: int, b: str, j: int) -> bool:
    """Are the two words right before position i of a and j of b the same (in one sentence)?"""
    x, y = _LEAD.search(a, max(0, i - 40), i), _LEAD.search(b, max(0, j - 40), j)
    if x is None or y is None:
        return False
    lead = (x.group(1).lower(), x.group(2).lower())
    # Two function words ("in the", "by the", "at least") say nothing of which event it is.
    return lead == (y.group(1).lower(), y.group(2).lower()) and not set(lead) <= _STOP_LEAD


def _words(text: str) -> set[str]:
    out = set()
    for w in _WORD.findall(text):
        low = w.lower()
        if low in _STOP or low.rstrip(".") in MONTHS:
            continue
        out.add(stem(low))
    return out


def _value(m: DateMention) -> tuple | None:
    """What the mention dates: ("m", 3) a month, ("d", 3, 1) a day, ("q", 2, year) a quarter,
    ("h", 1, year) a half-year (calendar or fiscal alike; year None when not given), ("y", 2025)
    a year."""
    if m.kind == "day" and m.month is not None and m.day is not None:
        return ("d", m.month, m.day)
    if m.kind == "month" and m.month is not None:
        return ("m", m.month)
    if m.kind == "quarter" and m.quarter is not None and m.quarter_end is None:
        return ("q", m.quarter, m.year)
    if m.kind == "half" and m.half is not None:
        return ("h", m.half, m.year)
    if m.kind == "year" and m.year is not None and m.lead is None and m.months is None:
        return ("y", m.year)
    return None


def _same(mine: tuple, x: DateMention) -> bool | None:
    """Does source mention x give the summary's date (True), another of its kind (False), or
    nothing to compare (None)?"""
    if mine[0] == "y":  # a year, alone or with a day, month or quarter
        return None if x.year is None else x.year == mine[1]
    if mine[0] in ("q", "h"):
        theirs = _value(x)
        if mine[0] == "q" and x.kind == "quarter" and x.quarter_end is not None:
            # "the three months to September" is the third calendar quarter (a fiscal one may
            # be named otherwise: only a match counts)
            return True if (x.quarter_end + 2) // 3 == mine[1] else None
        if theirs is None or theirs[0] != mine[0]:
            return None
        # "the third quarter of 2026" against "the third quarter of 2025": the years count
        # where both are given
        if mine[2] is not None and theirs[2] is not None:
            return theirs == mine
        return theirs[1] == mine[1]
    if x.month is None or x.kind not in ("day", "month"):
        return None
    if mine[0] == "m":
        return x.month == mine[1]
    if x.kind != "day" or x.day is None:
        return None
    return (x.month, x.day) == mine[1:]


_FIGURE = re.compile(r"\d+(?:[.,]\d+)*")


def _figures(text: str) -> set[str]:
    """Figures of two digits or more, years aside ("87", "0.94", "1,200")."""
    out = set()
    for f in _FIGURE.findall(text):
        v = f.replace(",", "")
        if len(v) >= 2 and not (len(v) == 4 and v[:2] in ("19", "20")):
            out.add(v)
    return out


def _clause(text: str, s0: int, s1: int, start: int, end: int, rx: re.Pattern = _CLAUSE) -> str:
    lo, hi = clause_bounds(text, s0, s1, start, end, rx)
    return text[lo:start] + " " + text[end:hi]


def _source_words(src, sd: SourceDates, x: DateMention, kind: str) -> set[str]:
    """The words of x's sentence, or of its clause where the sentence gives two dates of the
    kind ("Conab will publish its estimate in September; in May it forecast ..."); memoised per
    source mention and kind, so many summary dates cost no more source work."""
    memo = src.memo("date_events.words", lambda _d: {})
    key = (x.start, kind)
    got = memo.get(key)
    if got is None:
        s0, s1 = src.sentence_span(x.start)
        probe = {"d": ("d", 0, 0), "m": ("m", 0), "q": ("q", 0, None), "h": ("h", 0, None),
                 "y": ("y", 0)}[kind]
        if sum(1 for y in sd.mentions if s0 <= y.start < s1 and _same(probe, y) is not None) > 1:
            got = _words(_clause(src.text, s0, s1, x.start, x.end, _SOURCE_CLAUSE))
        else:
            got = _words(src.text[s0:s1])
        memo[key] = got
    return got


def _dated_together(src, sd: SourceDates, m: DateMention, s0: int, s1: int,
                    mentions: list[DateMention], values_of: dict) -> bool:
    """Another date of the summary sentence stands in a source sentence that gives m's date
    too ("spanning March 2017 to October 2022" / "between March 2017 and October 2022")."""
    mine = _value(m)
    # The distinct dates of the sentence, found once per sentence (a one-sentence summary of
    # thousands of dates made this quadratic).
    values = values_of.get((s0, s1))
    if values is None:
        values = values_of[(s0, s1)] = {v for y in mentions if s0 <= y.start < s1
                                        and (v := _value(y)) is not None}
    # A year beside a quarter or a month pairs with too much to tell one event from another.
    partners = [v for v in values if v != mine and (v[0] != "y" or mine[0] == "y")]
    if not partners:
        return False
    for x in sd.mentions:
        if x is sd.anchor or not _gives(mine, x):
            continue
        a, b = src.sentence_span(x.start)
        if any(a <= y.start < b and _gives(v, y) for y in sd.mentions for v in partners):
            return True
    return False


def _gives(mine: tuple, x: DateMention) -> bool | None:
    """`_same`, and a month range gives both its months ("April through June 2025")."""
    if mine[0] == "m" and x.kind == "range" and x.months:
        return mine[1] in x.months
    return _same(mine, x)


def _undated_match(src, sd: SourceDates, words: set[str], figures: set[str], best: int) -> bool:
    """A source sentence with no year that shares as many of the clause's words as the rival's
    sentence, or one of its figures: the year is implicit there ("Net interest margin narrowed to 2.94%" in a story of
    the 2024 results), so the clause's year cannot be told from it."""
    def build(d):
        dated = {d.sentence_index(x.start) for x in sd.mentions if x.year is not None}
        return [None if k in dated else (_words(d.text[a:b]), _figures(d.text[a:b]))
                for k, (a, b) in enumerate(d.sentences)]

    undated = src.memo("date_events.undated_words", build)
    return any(u is not None and (len(words & u[0]) >= best or figures & u[1]) for u in undated)


# A move's base right before a date: "climbing 4.6% from September", "up 3% on the quarter
# before".
_MOVE_BASE = re.compile(r"\d\s?%\s+(?:from|versus|vs\.?|over|on|compared\s+(?:with|to))\s+"
                        r"(?:the\s+)?$", re.IGNORECASE)

_FROM_LEVEL = re.compile(r"\bfrom\s+(?:about\s+|around\s+|roughly\s+)?(?:[A-Z]{0,3}[$\u20ac\u00a3\u00a5]\s?)?"
                         r"\d[\d.,]*\s?(?:%|per\s?cent|[mbk]n?|million|billion|trillion)?\s+"
                         r"(?:at\s+the\s+end\s+of|at\s+end-?|in|as\s+of)\s+(?:the\s+)?$",
                         re.IGNORECASE)


# A date a move is measured from, or set against, is no event of its own.
_BASE_BEFORE = re.compile(r"\b(?:from|than|versus|vs\.?|compared\s+(?:with|to))\s+(?:the\s+|calendar\s+|"
                          r"fiscal\s+)?$", re.IGNORECASE)
_HEADING = re.compile(r"\b(?:summary|earnings|results|highlights|key\s+points|takeaways|recap|"
                      r"review|update|overview|snapshot)\b", re.IGNORECASE)
_RATHER = re.compile(r"\b(?:rather|instead)\s+(?:than|of)\s+(?:in\s+|on\s+)?$", re.IGNORECASE)


def other_event(ctx: CheckContext, m: DateMention, sd: SourceDates,
                mentions: list[DateMention] = ()) -> tuple[str, str] | None:
    """(message, evidence) when m's words belong to another source date, else None.
    `mentions`: the summary's date mentions."""
    mine = _value(m)
    if mine is None:
        return None
    text = ctx.summary.text
    if _RATHER.search(text, max(0, m.start - 24), m.start):
        return None  # "in 2027 rather than 2033": the date set aside, not the event's
    lo, hi = max(0, m.start - 160), min(len(text), m.end + 160)  # a title is short: bounded
    line_start = text.rfind("\n", lo, m.start) + 1 or (0 if lo == 0 else -1)
    line_end = text.find("\n", m.end, hi)
    line = text[line_start:line_end if line_end >= 0 else hi].strip(" *#_\t") \
        if line_start >= 0 and (line_end >= 0 or hi == len(text)) else ""
    if line and len(line.split()) <= 12 and not line.endswith(".") and _HEADING.search(line):
        return None  # "**Thornfield Chemical - Q1 2025 Summary**": the title of the summary
    if m.kind in ("month", "quarter") and (
            _MOVE_BASE.search(text, max(0, m.start - 30), m.start)
            or _FROM_LEVEL.search(text, max(0, m.start - 50), m.start)):
        # "climbing 4.6% from September", "rose to $1.9 billion from $1.1 billion at the end of
        # June": the base of the move, not its date (the figure rules pair the base's figure)
        return None
    s0, s1 = ctx.summary.sentence_span(m.start)
    values_of = ctx.summary.memo("dates.sentence_values", lambda _d: {})  # (s0, s1) -> dates
    if _dated_together(ctx.source, sd, m, s0, s1, mentions, values_of):
        return None
    # A clause is read within a bounded reach of the date (bounded work per date, however long
    # a sentence runs).
    lo, hi = max(s0, m.start - _REACH), min(s1, m.end + _REACH)
    clause = _clause(text, lo, hi, m.start, m.end)
    words = _words(clause)
    a = clause_bounds(text, lo, hi, m.start, m.end, _CLAUSE)[0]
    for _ in range(_WIDEN):
        if len(words) >= _MIN_SHARED or a <= lo:
            break
        # "will cut 1,450 jobs, or 9% of its workforce, by the end of 2025": a date that ends a
        # clause of its own dates the clauses before it.
        if text[a - 2:a] != ", ":
            break  # only across a comma: "between April and June" is one phrase of dates
        back = clause_bounds(text, lo, hi, a - 1, a - 1, _CLAUSE)[0]
        if back >= a:
            break
        clause, a = text[back:a] + " " + clause, back
        words = _words(clause)
    if len(words) < _MIN_SHARED:
        return None
    src = ctx.source
    figures = _figures(text[max(s0, m.start - _REACH):min(s1, m.end + _REACH)])
    best, rival, own, beside = 0, None, 0, False
    base_too = _BASE_BEFORE.search(text, max(0, m.start - 20), m.start) is not None  # "from March"
    # Whether the source gives the summary's date at all: a year it never gives as a year
    # ("2007 -- 11" for 2011) is the other date rules' business.
    stated = False
    for x in sd.mentions:
        same = _same(mine, x)
        if same is None:
            continue
        stated = stated or same
        if x is sd.anchor:
            if same and mine[0] != "d":
                return None  # "earlier in August" in a story dated Aug. 20
            continue  # the dateline's day dates the story, no event in it
        # The source side by clause where its sentence gives two dates of the kind: "Conab will
        # publish its estimate in September; in May it forecast a crop of 55.7 million bags".
        theirs = _source_words(src, sd, x, mine[0])
        shared = len(words & theirs)
        if same:
            if figures and figures & _figures(src.sentence_text(x.start)):
                return None  # a sentence that gives the summary's date shares its figures
            own = max(own, shared)
            # "a quiet early December" / "a lull in early December": the date's own words
            beside = beside or bool(_words(text[max(s0, m.start - 24):m.start]) & theirs)
        elif shared > best and (base_too or not _BASE_BEFORE.search(src.text, max(0, x.start - 20), x.start)):
            best, rival = shared, x  # ("flat to up slightly from 2024": 2024 is the base)
    if rival is None or best < _MIN_SHARED or mine[0] == "y" and not stated:
        return None
    if own > 1 or own and not (best >= _MIN_SHARED and _same_lead(text, m.start, src.text,
                                                                    rival.start)
                               or best >= max(_CLEAR, 3 * own) and rival.kind == m.kind
                               and not beside):
        # A sentence that gives the summary's date shares its words too: the clause belongs to
        # the other date only when the words right before both dates are the same too ("until
        # at least fiscal 2030" / "until at least fiscal 2028"), or the other date's sentence
        # is plainly the clause's (five words or more, against one).
        return None
    if mine[0] == "y" and _undated_match(src, sd, words, _figures(clause), best):
        return None
    return (f"the source gives {rival.text} for this, not {m.text}", src.sentence_text(rival.start))
