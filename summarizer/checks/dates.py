"""The date check: every weekday, day date, month, year, quarter, half-year and month range in
the summary must be stated by the source in some form (or follow from its dateline).

"Q3" == "third quarter" == "third-quarter" == "September quarter"; "April-June quarter" is
supported by "quarter to June 30" / "three months to June"; "first nine months" ==
"January-September"; "earlier in August" by an Aug dateline or any August date. Relative
expressions ("last year") are left alone. A mismatch is an error when the source states a
date of the same sort (so the summary's one is a change), otherwise a warning."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from ..findings import Finding
from ..parsing.dates import MONTH_NAMES, WEEKDAY_NAMES, DateMention, dateline, parse_dates
from ..text import Document
from . import date_pairs
from .base import CheckContext
from .date_events import _figures, other_event
from .date_pairs import _clause, _month_of_another_year, _paired_elsewhere, _slot
from .date_spans import _GAME, context_word, quarter_as_year, quarter_end_told, sequential_base

NAME = "date"
NEEDS_SOURCE = True

# Lower-cased corpora (CNN/DM) write "tuesday", "october 21": capitalise full month and weekday
# names (same length, so offsets hold) before parsing; "may"/"march" stay ambiguous.
_LC_NAMES = re.compile(
    r"\b(?:january|february|april|june|july|august|september|october|november|december|"
    r"monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b"
)
_STOP = frozenset(
    ["a", "an", "the", "of", "to", "in", "on", "at", "for", "by", "and", "or", "but", "with", "from", "as", "is", "was", "were", "be", "been", "has", "have", "had", "its", "it", "their", "his", "her", "this", "that", "said", "says", "say", "on", "after", "before", "than"]
)
_WORD = re.compile(r"[a-z0-9]+")


@dataclass
class SourceDates:
    mentions: list[DateMention]
    weekdays: set[int] = field(default_factory=set)
    days: set[tuple[int, int]] = field(default_factory=set)          # (month, day)
    months: set[int] = field(default_factory=set)
    years: set[int] = field(default_factory=set)
    month_years: set[tuple[int, int]] = field(default_factory=set)
    quarters: set[int] = field(default_factory=set)                   # ordinal quarters
    quarter_ends: set[int] = field(default_factory=set)               # month closing a quarter
    halves: set[int] = field(default_factory=set)
    ranges: set[tuple[int, int]] = field(default_factory=set)
    anchor: DateMention | None = None
    periods: list[tuple[Period, DateMention]] = field(default_factory=list)
    fy_starts: set[int] = field(default_factory=set)                  # first month of a fiscal year

    def has(self, kind: str) -> bool:
        return any(m.kind == kind for m in self.mentions)


_LC_WORDS = ("january", "february", "april", "june", "july", "august", "september", "october",
             "november", "december", "monday", "tuesday", "wednesday", "thursday", "friday",
             "saturday", "sunday")


def _capitalise_names(text: str) -> str:
    """Same text with lower-case full month/weekday names capitalised (str.find per name:
    far quicker than one regular-expression scan; most texts have none)."""
    if not any(w in text for w in _LC_WORDS):
        return text
    return _LC_NAMES.sub(lambda m: m.group().capitalize(), text)


def _parse(doc: Document) -> list[DateMention]:
    return parse_dates(_capitalise_names(doc.text))


_FIRST_DAYS = re.compile(r"\bfirst (\d{1,2}) days of (" + "|".join(MONTH_NAMES) + r")\b",
                         re.IGNORECASE)
_SHORT_RANGE = re.compile(r"\b((?:19|20)\d\d)\s*(?:-{1,2}|\u2013|\u2014|/|to)\s*(\d\d)\b(?![-\u2013/.,]?\d)")


def _source_dates(doc: Document) -> SourceDates:
    mentions = doc.memo("dates", _parse)
    text = doc.text
    sd = SourceDates(mentions=mentions, anchor=dateline(text, mentions))
    for m in mentions:
        if m.weekday is not None:
            sd.weekdays.add(m.weekday)
        # The day of a date, of a quarter's end ("ended April 30") or a span's ("to May 31").
        end = m.month or m.quarter_end or (m.months[1] if m.months else None)
        if m.day is not None and end:
            sd.days.add((end, m.day))
        if m.month is not None:
            sd.months.add(m.month)
            if m.year is not None:
                sd.month_years.add((m.month, m.year))
        if m.year is not None:
            sd.years.add(m.year)
        if m.quarter is not None:
            sd.quarters.add(m.quarter)
        if m.quarter_end is not None:
            sd.quarter_ends.add(m.quarter_end)
            sd.months.add(m.quarter_end)
        if m.half is not None:
            sd.halves.add(m.half)
        if m.months is not None:
            sd.ranges.add(m.months)
            sd.months.update(m.months)
    for m in mentions:
        ps = periods_of(m)
        sd.periods += [(p, m) for p in ps]
        if m.fiscal and m.month is not None:
            sd.fy_starts.add(_shift(m.month, 1))  # "the year to March 2026": April
        absolute = [p for p in ps if p.start is not None]
        ordinal = [p for p in ps if p.index is not None]
        if absolute and ordinal:  # "first quarter to June 30": the year starts in April
            sd.fy_starts.add(_shift(absolute[0].start, -ordinal[0].length * ordinal[0].index))
    # A year range with a short end ("2007-11", "2007 -- 11", "2019/20") states its last year.
    for r in _SHORT_RANGE.finditer(text):
        first, end = int(r.group(1)), int(r.group(2))
        last = first - first % 100 + end
        if 0 < last - first <= 20:
            sd.years.add(last)
    # "the first 12 days of November": November 1 to 12 ("Nov 1-12").
    for r in _FIRST_DAYS.finditer(text):
        month = MONTH_NAMES.index(r.group(2).capitalize()) + 1
        sd.days |= {(month, 1), (month, int(r.group(1)))}
    # Relative expressions resolved against the dateline month ("earlier this month").
    if sd.anchor is not None and sd.anchor.month:
        am = sd.anchor.month
        for m in mentions:
            if m.kind != "relative":
                continue
            if m.relative in ("year to date", "so far this year", "this year so far"):
                # at a dated point: the months to date, or to the month before (data lag)
                for last in {am, _shift(am, -1)} - {12}:
                    sd.periods.append((Period(last, start=1, firm=False), m))
                continue
            if m.relative and m.relative.endswith("this month"):
                sd.months.add(am)
            elif m.relative and m.relative.endswith("last month"):
                sd.months.add((am - 2) % 12 + 1)
            elif m.relative and m.relative.endswith("next month"):
                sd.months.add(am % 12 + 1)
    return sd


@dataclass(frozen=True)
class Period:
    """A span of months: `length` months starting at calendar month `start` (absolute: "April-
    June", "six months to September", "September quarter") or the `index`-th span of that
    length from the start of a year the text may not pin down (ordinal: "Q3" is index 2 of
    length 3, "first half" index 0 of 6, "first eight months" index 0 of 8). `firm` periods can
    contradict a summary's; loose ones ("year to date" read at the dateline) only support."""

    length: int
    start: int | None = None
    index: int | None = None
    firm: bool = True


def _shift(month: int, by: int) -> int:
    return (month - 1 + by) % 12 + 1


def periods_of(m: DateMention) -> list[Period]:
    """The periods a quarter / half / month-range mention states (absolute and ordinal
    readings when it gives both: "first quarter to June 30")."""
    out: list[Period] = []
    if m.kind == "quarter":
        if m.quarter_end is not None:
            out.append(Period(3, start=_shift(m.quarter_end, -2)))
        if m.quarter is not None:
            out.append(Period(3, index=m.quarter - 1))
    elif m.kind == "half":
        if m.months is not None:
            out.append(Period(6, start=m.months[0]))
        if m.half is not None:
            out.append(Period(6, index=m.half - 1))
    elif m.kind == "range" and m.months is not None:
        first, last = m.months
        length = (last - first) % 12 + 1
        out.append(Period(length, index=0) if m.lead else Period(length, start=first))
    return out


def _starts(p: Period, fy_starts: set[int]) -> set[int]:
    """Calendar months an ordinal period may start in: calendar year, or a stated fiscal year."""
    if p.start is not None:
        return {p.start}
    return {_shift(f, p.length * p.index) for f in ({1} | fy_starts)}


def period_match(a: Period, b: Period, fy_starts: set[int]) -> bool:
    if a.length != b.length:
        return False
    if a.index is not None and b.index is not None:
        return a.index == b.index
    return bool(_starts(a, fy_starts) & _starts(b, fy_starts))


def period_conflict(a: Period, b: Period, fy_starts: set[int]) -> bool:
    """`b` (a firm source period) states another span of the same length as `a`: both
    absolute, both ordinal, or one of each when the source says when its fiscal year starts
    (otherwise an ordinal period may be counted from any month)."""
    if not b.firm or a.length != b.length or period_match(a, b, fy_starts):
        return False
    if (a.start is None) != (b.start is None):
        return bool(fy_starts)
    return True


_END_OF = re.compile(r"\b(?:end|close|last\s+day)\s+of\s+(?:the\s+month\s+of\s+)?$")


def _year_supported(year: int, sd: SourceDates) -> bool:
    return year in sd.years


def _context(text: str, start: int, end: int, before: int = 4, after: int = 2) -> set[str]:
    """Content words just around a mention, within its clause-sized neighbourhood."""
    def content(chunk: str) -> list[str]:
        return [context_word(w) for w in _WORD.findall(chunk.lower()) if w not in _STOP and not w.isdigit()]

    left = content(text[max(0, start - 80):start])[-before:]
    right = content(text[end:end + 40])[:after]
    return set(left + right)


class _Judge:
    def __init__(self, ctx: CheckContext):
        self.ctx = ctx
        self.sd: SourceDates = ctx.source.memo("date_support", _source_dates)
        self.src = ctx.source

    def evidence(self, pred) -> str | None:
        for m in self.sd.mentions:
            if pred(m):
                return self.src.sentence_text(m.start)
        return None

    def judge(self, m: DateMention) -> tuple[str, str, str | None, str] | None:
        """(severity, message, evidence, rule code) for an unsupported mention, or None."""
        sd = self.sd
        if m.kind == "weekday":
            if m.weekday in sd.weekdays:
                return self._other_event(m)
            name = WEEKDAY_NAMES[m.weekday]
            if sd.weekdays:
                have = ", ".join(WEEKDAY_NAMES[w] for w in sorted(sd.weekdays))
                return ("error", f"the source gives no {name}; it says {have}",
                        self.evidence(lambda x: x.kind == "weekday"), "DATE003")
            return ("warning", f"the source names no weekday; {name} cannot be checked", None,
                    "DATE004")
        if m.kind == "day":
            bad = self._day(m) or (m.year is not None and (m.month, m.year) not in sd.month_years
                                   and self._other_year(m))
            if bad:
                return bad
            if m.year is not None and not _year_supported(m.year, sd):
                return self._year_missing(m, m.year)
            return None
        if m.kind == "month":
            if m.year is not None:
                if (m.month, m.year) in sd.month_years:
                    return None
                bad = self._other_year(m)
                if bad:
                    return bad
                if not _year_supported(m.year, sd):
                    return self._year_missing(m, m.year)
            if m.month in sd.months:
                return None
            return self._month_missing(m)
        if m.kind == "year":
            if _year_supported(m.year, sd):
                if m.month is not None and (m.month, m.year) not in sd.month_years \
                        and m.month not in sd.months:
                    return self._month_missing(m)
                return None
            return self._year_missing(m, m.year)
        if m.kind in ("quarter", "half", "range"):
            bad = self._period(m)
            if bad:
                return bad
            if m.year is not None and not _year_supported(m.year, sd):
                return self._year_missing(m, m.year)
            return None
        return None

    def _period(self, m: DateMention):
        """A quarter, half or month range is supported when the source states the same span in
        any form (calendar or its fiscal year); an error only when the source states another
        span of the same length (a competing value), else a warning (cannot derive it)."""
        sd = self.sd
        mine = periods_of(m)
        if not mine or (m.kind in ("half", "quarter") and m.year is None
                        and _GAME.search(self.ctx.summary.sentence_text(m.start))):
            return None  # "2-0 up in the first half": a half of a match, not of a year
        if any(period_match(p, q, sd.fy_starts) for p in mine for q, _ in sd.periods):
            return None
        rivals = [x for p in mine for q, x in sd.periods if period_conflict(p, q, sd.fy_starts)
                  and not (x.year is None and _GAME.search(self.src.sentence_text(x.start)))]
        if rivals and m.kind == "quarter" and (sequential_base(self.ctx.summary.text, m.start, self.src.lower)
                                               or quarter_end_told(self.ctx.summary.text, m, self.src.lower)):
            return None  # "fell 5% from Q2", "at the end of the first quarter" (of March): a base
        what = {"quarter": "quarter", "half": "half-year"}.get(m.kind, "period")
        if rivals:
            return ("error", f"the source gives another {what}, not {m.text} ({rivals[0].text})",
                    self.src.sentence_text(rivals[0].start), "DATE005")
        return ("warning", f"the source does not state this {what} ({m.text}); it cannot be derived",
                self.evidence(lambda x: x.kind in ("quarter", "half", "range")), "DATE005")

    def _day(self, m: DateMention):
        sd = self.sd
        if (m.month, m.day) in sd.days:
            return None
        anchor = sd.anchor
        if anchor is not None and anchor.month == m.month and anchor.day is not None \
                and 0 <= anchor.day - m.day <= 7 and (sd.weekdays or any(
                    x.kind == "relative" for x in sd.mentions)):
            # "on Tuesday" in a story dated two days later: the summary may have resolved it.
            return ("warning", f"the source does not state {m.text}; check the weekday it gives",
                    None, "DATE001")
        label = f"{MONTH_NAMES[m.month - 1]} {m.day}"
        if sd.days:  # the source dates things to the day: another day is a competing value
            return ("error", f"the source gives no date {label}",
                    self.evidence(lambda x: x.kind == "day" and x.month == m.month)
                    or self.evidence(lambda x: x.kind == "day" and x is not anchor)
                    or self.evidence(lambda x: x.kind == "day"), "DATE001")
        return ("warning", f"the source gives no date {label}", None, "DATE001")

    def _other_year(self, m: DateMention):
        """"November 2021" when the source dates that month to another year only."""
        others = sorted(y for mo, y in self.sd.month_years if mo == m.month and y != m.year)
        if not others:
            return None
        name = MONTH_NAMES[m.month - 1]
        return ("error", f"the source gives {name} {others[0]}, not {name} {m.year}",
                self.evidence(lambda x: x.month == m.month and x.year in others), "DATE006")

    def _month_missing(self, m: DateMention):
        # "by the end of March" (of a first quarter); June "three months" before September
        if _END_OF.search(self.ctx.summary.lower[max(0, m.start - 16):m.start]) \
                and self._closes_period(m.month) \
                or m.month in date_pairs.offset_months(self.ctx, self.sd):
            return None
        sev = "error" if self.sd.months else "warning"
        return (sev, f"the source does not mention {MONTH_NAMES[m.month - 1]}",
                self.evidence(lambda x: x.month is not None and x is not self.sd.anchor), "DATE002")

    def _closes_period(self, month: int) -> bool:
        """Is calendar month `month` the last month of a firm source quarter, half or month
        range (calendar or stated fiscal year)?"""
        return any(p.firm and p.length <= 6 and (month - first) % 12 == p.length - 1
                   for p, _ in self.sd.periods for first in _starts(p, self.sd.fy_starts))

    def _year_missing(self, m: DateMention, year: int):
        sev = "error" if self.sd.years else "warning"
        what = "fiscal year" if m.fiscal else "year"
        rel = self._relative_year(m, year) if sev == "error" else None
        anchor = self.sd.anchor
        if rel is not None and anchor is not None and anchor.year is not None:
            return None  # "last year" in a story dated 2024, "2023" in the summary
        if rel is not None:
            # "produced 212,000 t of copper in 2023" for "212,000 tons last year" in a story
            # whose dateline gives no year: the summary resolved it; only a reader can check.
            return ("warning", (f"the source says {rel.text!r} here and gives no year for it; "
                                f"check that it is {year}"), self.src.sentence_text(rel.start),
                    "DATE006")
        return (sev, f"the source does not give the {what} {year}",
                self.evidence(lambda x: x.year is not None), "DATE006")

    def _relative_year(self, m: DateMention, year: int) -> DateMention | None:
        """A source "last year" / "next year" saying what the summary's clause says (a shared
        figure, or two words around the dates and no year in its clause), read from the
        dateline's year when it gives one, else within a year of a year the story gives."""
        anchor = self.sd.anchor
        dated = anchor is not None and anchor.year is not None
        rels = self.src.memo("dates.relative_years", self._relative_years)
        if not rels:
            return None
        figs = _figures(_clause_text(self.ctx.summary, m))
        mine = _context(self.ctx.summary.text, m.start, m.end)
        for x, by, their_figs, their_words, has_year in rels:
            now = year - by  # the story's year, if the summary is right
            if dated and now != anchor.year or self.sd.years and not any(
                    abs(now - y) <= 1 for y in self.sd.years):
                continue  # "this year" is not 2030 in a story about 2028
            if (figs & their_figs if figs else len(mine & their_words) >= 2 and not has_year) \
                    and not date_pairs.undated_december(x, m, has_year, self.ctx.summary.text):
                return x
        return None

    def _relative_years(self, _doc) -> list[tuple]:
        """Per source: (a "last year"-like mention, its offset from the story's year, its
        clause's figures, the words around it, whether its clause gives a year)."""
        out = []
        for x in self.sd.mentions:
            by = date_pairs.year_offset(x, self.sd.anchor)
            if by is not None:
                clause = _clause_text(self.src, x)
                out.append((x, by, _figures(clause), _context(self.src.text, x.start, x.end),
                            bool(_YEAR.search(clause))))
        return out

    def _other_event(self, m: DateMention):
        """The weekday is in the source, but maybe for another event: warn when the summary's
        words around it match the source around a different weekday much better."""
        summ = self.ctx.summary.text
        by_figure = self._other_weekday_by_figure(m)
        if by_figure is not None:
            return by_figure
        mine = _context(summ, m.start, m.end)
        if len(mine) < 2:
            return None
        src = self.src.text
        best_same = best_other = 0
        other = None
        for x in self.sd.mentions:
            if x.kind != "weekday":
                continue
            ov = len(mine & _context(src, x.start, x.end))
            if x.weekday == m.weekday:
                best_same = max(best_same, ov)
            elif ov > best_other:
                best_other, other = ov, x
        if other is not None and best_other >= 2 and best_other > best_same:
            return ("warning",
                    (f"the source dates this to {WEEKDAY_NAMES[other.weekday]}, not "
                     f"{WEEKDAY_NAMES[m.weekday]}"),
                    self.src.sentence_text(other.start), "DATE003")
        return None


    def _other_weekday_by_figure(self, m: DateMention):
        """An error when a figure of the summary's clause stands in the source only in the clause
        of another weekday ("a 17% jump in profit on Friday" where the source's 17% rise came on
        Saturday and Friday dates something else)."""
        figs = _figures(_clause_text(self.ctx.summary, m))
        if not figs:
            return None
        same, other = False, None
        for x in self.sd.mentions:
            if x.kind != "weekday" or not figs & _figures(_clause_text(self.src, x)):
                continue
            if x.weekday == m.weekday:
                same = True
            elif other is None:
                other = x
        if same or other is None:
            return None
        return ("error", f"the source dates this to {WEEKDAY_NAMES[other.weekday]}, not "
                         f"{WEEKDAY_NAMES[m.weekday]}", self.src.sentence_text(other.start), "DATE008")


# A year written out: a clause that gives one dates its figures itself.
_YEAR = re.compile(r"\b(?:19|20)\d\d\b")


def _clause_text(doc: Document, m: DateMention) -> str:
    s0, s1 = doc.sentence_span(m.start)
    lo, hi = _clause(doc.text, s0, s1, m.start, m.end)
    return doc.text[lo:hi]


# A figure worth pairing with a date: a decimal, a thousands-grouped or a 3+ digit number.
def run(ctx: CheckContext) -> list[Finding]:
    if ctx.source is None:
        return []
    text = ctx.summary.text
    spans = quarter_as_year(ctx)
    every = ctx.summary.memo("dates", _parse)
    mentions = [m for m in every
                if m.kind != "relative" and not ctx.overlaps_excluded(m.start, m.end)]
    relative = [m for m in every if _slot(m, None) is not None and m.kind == "relative"
                and not ctx.overlaps_excluded(m.start, m.end)]
    if not mentions and not relative:
        return spans  # nothing else to check: the source's dates are not even parsed
    judge = _Judge(ctx)
    out: list[Finding] = []
    for m in mentions:
        verdict = judge.judge(m)
        if verdict is None:
            paired = _paired_elsewhere(ctx, m, judge.sd, every)
            if paired is not None:
                verdict = ("error", *paired, "DATE007")
            elif (other := _month_of_another_year(ctx, m, judge.sd,
                                                  ctx.summary.memo("dates", _parse))) is not None:
                verdict = ("error", *other, "DATE006")
            elif (event := other_event(ctx, m, judge.sd, mentions)) is not None:
                verdict = ("error", *event, "DATE008")
            else:
                continue
        severity, message, evidence, code = verdict
        out.append(Finding.at(text, m.start, m.end, "date", message, evidence, severity, code))
    for m in relative:  # "capex of 9-10bn crowns next year" for the source's "this year"
        paired = _paired_elsewhere(ctx, m, judge.sd, every)
        if paired is not None:
            out.append(Finding.at(text, m.start, m.end, "date", *paired, "error", "DATE007"))
    return out + [f for f in spans if not any(g.overlaps(f.start, f.end) for g in out)]
