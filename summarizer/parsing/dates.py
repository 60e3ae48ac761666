"""Date mentions in text, with character spans and normalised fields.

`parse_dates(text)` finds weekdays ("Tuesday", "Tue."), day dates ("Nov. 21", "21 October",
"October 21, 2025"), months with or without a year ("July", "March 2026"), years ("2026",
"fiscal 2026", "FY26", "the year to March 2026"), quarters ("Q3", "third-quarter", "3Q25",
"September quarter", "quarter to June 30", "three months to June"), halves ("first half", "H1"),
month ranges ("April-June", "January-September", "first nine months") and relative expressions
("earlier this month", "last year", "yesterday").

Every pattern is a compiled regular expression run once over the text (linear time); where
matches overlap the longest wins."""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..text.patterns import lazy_compile

MONTHS = {
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4,
    "may": 5, "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8, "september": 9,
    "sept": 9, "sep": 9, "october": 10, "oct": 10, "november": 11, "nov": 11, "december": 12,
    "dec": 12,
}
WEEKDAYS = {
    "monday": 0, "mon": 0, "tuesday": 1, "tue": 1, "tues": 1, "wednesday": 2, "wed": 2,
    "thursday": 3, "thu": 3, "thur": 3, "thurs": 3, "friday": 4, "fri": 4, "saturday": 5,
    "sat": 5, "sunday": 6, "sun": 6,
}
WEEKDAY_NAMES = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
MONTH_NAMES = ("January", "February", "March", "April", "May", "June", "July", "August",
               "September", "October", "November", "December")
ORDINALS = {"first": 1, "1st": 1, "second": 2, "2nd": 2, "third": 3, "3rd": 3, "fourth": 4,
            "4th": 4, "final": 4, "last": 4}
_COUNT_WORDS = ("one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
                "eleven", "twelve")
COUNTS = {**{w: i + 1 for i, w in enumerate(_COUNT_WORDS)}, **{str(i): i for i in range(1, 13)}}
_COUNT = r"(?:" + "|".join(_COUNT_WORDS) + r"|1[0-2]|[1-9])"

_MONTH = (r"(?:January|February|March|April|May|June|July|August|September|October|November|"
          r"December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)")
_MON = _MONTH + r"\.?"
_WEEKDAY_FULL = r"(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
_WEEKDAY_ABBR = r"(?:Mon|Tues|Tue|Wed|Thurs|Thur|Thu|Fri|Sat|Sun)"
_DAY = r"(?:[12][0-9]|3[01]|0[1-9]|[1-9])(?:st|nd|rd|th)?"
_YEAR = r"(?:19[5-9][0-9]|20[0-9][0-9])"
_ORD = r"(?:first|second|third|fourth|final|1st|2nd|3rd|4th)"
# Matches must not start inside a word or right after a currency sign; checked after matching
# (a leading look-behind would stop the regex engine's fast scan for the first character).
_B = ""
_E = r"(?![\w%])"

# Order matters only for readability: overlaps are resolved longest-first afterwards.
_PATTERNS: list[tuple[str, str]] = [
    # "the year to March 2026", "year ending March 2026", "financial year to March 31, 2026"
    # "52 weeks to June 28" (a retailer's financial year); the year may be left out.
    ("fiscal_to", (rf"{_B}(?:(?:(?:fiscal|financial|full)[ -])?year|(?:52|53|fifty-two|fifty-three)"
                   rf"[ -]weeks?) (?:to|ending|ended|through) "
                   rf"(?P<fm>{_MON})(?: (?P<fd>{_DAY}))?(?:,? (?P<fy>{_YEAR}))?{_E}")),
    # "October 21, 2025", "Oct. 21 2025", "October 21", "Nov. 21"
    ("mdy", rf"{_B}(?P<m>{_MON}) (?P<d>{_DAY})(?:,? (?P<y>{_YEAR}))?{_E}"),
    # "21 October 2025", "21st of October"
    ("dmy", rf"{_B}(?P<d>{_DAY}) (?:of )?(?P<m>{_MON})(?:,? (?P<y>{_YEAR}))?{_E}"),
    # "March 2026", "December 2023"
    ("my", rf"{_B}(?P<m>{_MON}),? (?P<y>{_YEAR}){_E}"),
    # "April-June", "January to September", "Jan-Sept" (+ optional "quarter"/"period")
    ("mrange", (rf"{_B}(?P<m1>{_MON}) ?(?:-|\u2013|to|through) ?(?P<m2>{_MON})"
                rf"(?: (?P<rq>quarter|period|half))?(?:,? (?P<y>{_YEAR}))?{_E}")),
    # "September quarter", "June-quarter"
    ("mquarter", rf"{_B}(?P<m>{_MON})[ -]quarter{_E}"),
    # "quarter to June 30", "three months to June", "six months ended Sept. 30, 2025"
    ("period_to", (rf"{_B}(?:(?P<qo>{_ORD})[ -])?(?:(?P<pq>quarter)|(?P<ph>half(?:[ -]year)?)|(?P<pn>{_COUNT})"
                   rf"[ -]months?)(?: (?:to|ended|ending|through|until))? (?P<m>{_MON})"
                   rf"(?: (?P<d>{_DAY}))?(?:,? (?P<y>{_YEAR}))?{_E}")),
    # "third quarter", "third-quarter", "fourth quarter of 2025"
    ("oquarter", rf"(?P<o>{_ORD})[ -]quarters?(?:,? (?:of )?(?:(?:fiscal|fy) ?)?(?P<y>{_YEAR}))?{_E}"),
    # "the second and third quarters": the first ordinal is a quarter too
    ("oquarter_co", rf"(?P<o>{_ORD})(?=(?:, {_ORD})*,? (?:and|or|&|to) {_ORD}[ -]quarters{_E})"),
    # "... in the second and third quarters before recovering in the fourth": the word left out
    ("oquarter_co", rf"(?<=the )(?P<o>{_ORD})(?=[.,;)]|\s+(?:and|or|before|after|when|as|from)\b)"),
    # "Q3", "Q3 2025", "Q3'25", "Q3 FY26", "3Q25", "3Q 2025"
    ("qcode", (rf"{_B}(?:Q(?P<q1>[1-4])(?:(?:'| |-)?(?:FY ?)?(?P<y1>{_YEAR}|[0-9]{{2}}))?"
               rf"|(?P<q2>[1-4])Q(?:(?:'| )?(?P<y2>{_YEAR}|[0-9]{{2}}))?){_E}")),
    # "first half", "second-half", "H1", "1H25", "first six months", "first nine months"
    ("ohalf", rf"(?P<o>first|second|1st|2nd)[ -]half{_E}"),
    ("hcode", (rf"{_B}(?:H(?P<h1>[12])(?:(?:'| )?(?P<y1>{_YEAR}|[0-9]{{2}}))?"
               rf"|(?P<h2>[12])H(?:(?:'| )?(?P<y2>{_YEAR}|[0-9]{{2}}))?){_E}")),
    ("first_n", rf"(?:first|opening) (?P<n>{_COUNT})[ -]months?{_E}"),
    # "fiscal 2026", "fiscal year 2026", "FY2026", "FY26", "FY 2026"
    ("fiscal", (rf"(?:(?i:{_B}(?:fiscal|financial)(?: year)?) (?P<y>{_YEAR})"
                rf"|{_B}FY ?(?P<y2>{_YEAR}|[0-9]{{2}})(?:/(?:{_YEAR}|[0-9]{{2}}))?){_E}")),
    ("weekday", rf"{_B}(?P<w>{_WEEKDAY_FULL})(?:'s)?{_E}"),
    ("weekday_abbr", rf"{_B}(?P<w>{_WEEKDAY_ABBR})(?:\.|(?=,? (?:{_MON}|{_DAY}\b))){_E}"),
    ("month", rf"{_B}(?P<m>{_MONTH})(?:\.(?= [0-9a-z]))?(?![\w-])"),
    ("year", rf"(?P<y>{_YEAR})(?:s)?(?![\w%]|[.,][0-9])"),
    ("relative", (r"(?:yesterday|today|tomorrow|tonight"
                  r"|(?:earlier|later|late|early) (?:this|last|next) (?:week|month|year)"
                  r"|(?:this|last|next|previous|past|coming) (?:week|month|year|quarter)"
                  r"|(?:a|one) (?:year|month|week) (?:ago|earlier)"
                  r"|year[- ]on[- ]year|year[- ]earlier"
                  r"|year[- ]to[- ]date|so far this year|this year so far)\b")),
]
# Patterns run on the lower-cased text (same offsets), and words a text must contain for a
# pattern to be tried at all: both keep the scan fast.
_ON_LOWER = {"oquarter", "oquarter_co", "ohalf", "first_n", "relative"}
_NEEDS = {
    "fiscal_to": ("year", "weeks"), "period_to": ("quarter", "month", "half"), "oquarter": ("quarter",),
    "mquarter": ("quarter",), "ohalf": ("half",), "first_n": ("month",),
    "fiscal": ("fiscal", "financial", "fy"),
    "mrange": ("-", "\u2013", " to ", "through"),
}
_RX = [(kind, lazy_compile(p)) for kind, p in _PATTERNS]

# Most patterns need a keyword (a month, a weekday, "quarter", "months", ...): they are tried
# only in a window around each place the keyword occurs (found with str.find, which is much
# faster than a regular expression scan), instead of at every position of the text.
# kind -> (keywords, searched in the lower-cased text?, characters the match may start before
# the keyword, characters it may run on after it).
_MONTH_ANCHOR = (("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov",
                  "Dec"), False, 10, 34)
_WEEKDAY_ANCHOR = (("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"), False, 0, 14)
_QUARTER_ANCHOR = (("quarter",), True, 12, 36)
_WINDOWS = {
    "fiscal_to": (("year to ", "year end", "year through ", "weeks to ", "weeks end"), True, 16, 30),
    "mdy": _MONTH_ANCHOR, "dmy": _MONTH_ANCHOR, "my": _MONTH_ANCHOR, "mrange": _MONTH_ANCHOR,
    "month": _MONTH_ANCHOR, "mquarter": _QUARTER_ANCHOR,
    "period_to": (("quarter", "month", "half"), True, 12, 36),
    "oquarter": _QUARTER_ANCHOR, "oquarter_co": (("quarter",), True, 40, 70), "ohalf": (("half",), True, 8, 2),
    "first_n": (("month",), True, 18, 7),
    "weekday": _WEEKDAY_ANCHOR, "weekday_abbr": _WEEKDAY_ANCHOR,
    "fiscal": (("fiscal", "financial", "fy"), True, 0, 22),
    "qcode": (("Q",), False, 1, 12),
    "hcode": (("H1", "H2", "1H", "2H"), False, 1, 12),
    "year": (("19", "20"), False, 0, 7),
    "relative": (("yesterday", "today", "tomorrow", "tonight", "week", "month", "year",
                  "quarter"), True, 24, 12),
}


def _windows(anchor, text: str, low: str, cache: dict) -> list[tuple[int, int]]:
    """Merged (start, end) windows around the keyword hits of one anchor spec."""
    key = id(anchor)
    if key not in cache:
        words, on_lower, before, after = anchor
        target = low if on_lower else text
        n = len(text)
        hits = []
        for w in words:
            i = target.find(w)
            while i >= 0:
                hits.append((i, i + len(w)))
                i = target.find(w, i + 1)
        hits.sort()
        out: list[list[int]] = []
        for i, j in hits:
            lo, hi = max(0, i - before), min(n, j + after)
            if out and lo <= out[-1][1]:
                out[-1][1] = hi
            else:
                out.append([lo, hi])
        cache[key] = [(lo, hi) for lo, hi in out]
    return cache[key]


# Month words that are also ordinary words; alone they count only when capitalised and
# not sentence-initial-looking ("May" the verb, "March" the verb) -- see `_plausible_month`.
_AMBIGUOUS_MONTHS = {"may", "march", "mar", "jun", "dec", "sep"}
# Nouns that make a capitalised "March"/"May" mid-sentence a month ("the March meeting").
_DATE_NOUN_AFTER = lazy_compile(
    r"[ -](?:meeting|meetings|policy|decision|review|session|contract|contracts|futures|"
    r"delivery|deliveries|expiry|quarter|half|figures?|data|reading|report|survey|auction|"
    r"deadline|low|high|peak|levels?|close|closing|print|sales|payrolls|forecast|projections?|"
    r"statement|minutes|vote|election|budget|results|maturity|maturities|coupon|issue|rally|"
    r"selloff|sell-off|rise|drop|fall|increase|decline|cut|hike)\b")


@dataclass(frozen=True)
class DateMention:
    """One date expression. Fields that the expression does not state are None.

    kind: weekday | day | month | year | quarter | half | range | relative.
    quarter_end: month that closes the quarter when the text says so ("quarter to June 30",
    "September quarter", "April-June"). months: (first, last) month of a stated range.
    fiscal: the year is a fiscal/financial year (with `month`: the month it ends).
    lead: N for "first N months" (counted from the start of a year the text may not state)."""

    start: int
    end: int
    text: str
    kind: str
    weekday: int | None = None
    day: int | None = None
    month: int | None = None
    year: int | None = None
    quarter: int | None = None
    quarter_end: int | None = None
    half: int | None = None
    months: tuple[int, int] | None = None
    fiscal: bool = False
    relative: str | None = None
    lead: int | None = None  # "first nine months": the first N months of a (fiscal) year

    def describe(self) -> str:
        return self.text


def _month(word: str | None) -> int | None:
    if not word:
        return None
    return MONTHS.get(word.lower().rstrip("."))


def _year(s: str | None) -> int | None:
    if not s:
        return None
    y = int(s)
    return y + 2000 if y < 100 else y


def _day(s: str | None) -> int | None:
    if not s:
        return None
    return int(re.sub(r"\D", "", s))


def _build(kind: str, m: re.Match, text: str) -> DateMention | None:
    g = m.groupdict()
    s, e = m.span()
    t = text[s:e]
    if kind == "fiscal_to":
        y = _year(g["fy"])
        d = _day(g["fd"])
        sort = "year" if y is not None else ("day" if d is not None else "month")
        return DateMention(s, e, t, sort, month=_month(g["fm"]), day=d, year=y, fiscal=True)
    if kind in ("mdy", "dmy"):
        d = _day(g["d"])
        mo = _month(g["m"])
        if d is None or not 1 <= d <= 31 or (kind == "mdy" and g["m"][0].islower()):
            return None
        return DateMention(s, e, t, "day", day=d, month=mo, year=_year(g.get("y")))
    if kind == "my":
        if g["m"][0].islower():
            return None
        return DateMention(s, e, t, "month", month=_month(g["m"]), year=_year(g["y"]))
    if kind == "mrange":
        m1, m2 = _month(g["m1"]), _month(g["m2"])
        qend = m2 if (m2 - m1) % 12 == 2 else None
        return DateMention(s, e, t, "range", months=(m1, m2), quarter_end=qend,
                           year=_year(g.get("y")))
    if kind == "mquarter":
        mo = _month(g["m"])
        return DateMention(s, e, t, "quarter", quarter_end=mo)
    if kind == "period_to":
        mo = _month(g["m"])
        n = 3 if g["pq"] else 6 if g["ph"] else COUNTS[g["pn"].lower()]
        q = ORDINALS[g["qo"].lower()] if g.get("qo") else None
        y = _year(g.get("y"))
        if n == 3:
            return DateMention(s, e, t, "quarter", quarter=q, quarter_end=mo, day=_day(g.get("d")),
                               year=y)
        d = _day(g.get("d"))
        if n == 6 and (q in (1, 2) or g["ph"]):
            return DateMention(s, e, t, "half", half=q, months=(((mo - n) % 12) + 1, mo), year=y,
                               day=d)
        return DateMention(s, e, t, "range", months=(((mo - n) % 12) + 1, mo), year=y, day=d)
    if kind in ("oquarter", "oquarter_co"):
        return DateMention(s, e, t, "quarter", quarter=ORDINALS[g["o"].lower()], year=_year(g.get("y")))
    if kind == "qcode":
        q = int(g["q1"] or g["q2"])
        return DateMention(s, e, t, "quarter", quarter=q, year=_year(g["y1"] or g["y2"]))
    if kind == "ohalf":
        return DateMention(s, e, t, "half", half=ORDINALS[g["o"].lower()])
    if kind == "hcode":
        return DateMention(s, e, t, "half", half=int(g["h1"] or g["h2"]),
                           year=_year(g["y1"] or g["y2"]))
    if kind == "first_n":
        n = COUNTS[g["n"].lower()]
        if n == 3:
            return DateMention(s, e, t, "quarter", quarter=1, lead=3)
        if n == 6:
            return DateMention(s, e, t, "half", half=1, lead=6)
        return DateMention(s, e, t, "range", months=(1, n), lead=n)
    if kind == "fiscal":
        return DateMention(s, e, t, "year", year=_year(g["y"] or g["y2"]), fiscal=True)
    if kind in ("weekday", "weekday_abbr"):
        return DateMention(s, e, t, "weekday", weekday=WEEKDAYS[g["w"].lower()])
    if kind == "month":
        word = g["m"]
        if not _plausible_month(word, s, text):
            return None
        return DateMention(s, e, t, "month", month=_month(word))
    if kind == "year":
        return DateMention(s, e, t, "year", year=int(g["y"]))
    if kind == "relative":
        return DateMention(s, e, t, "relative", relative=" ".join(t.lower().replace("-", " ").split()))
    return None


def _plausible_month(word: str, start: int, text: str) -> bool:
    """A bare month word: full names always count except "May"/"March" at a sentence start;
    three-letter forms only with a trailing period ("Oct.") or a capitalised unambiguous form."""
    low = word.lower()
    if low in _AMBIGUOUS_MONTHS:
        if low in ("may", "march"):
            before = text[max(0, start - 3):start]
            # "May" / "March" starting a sentence is more often the verb or a name.
            if not before.strip() or before.rstrip()[-1:] in ".!?\"'\n:":
                nxt = text[start + len(word):start + len(word) + 12]
                return bool(re.match(r",? (?:[0-9]|of |this|last|next)", nxt))
            prev = text[max(0, start - 16):start].lower()
            if _DATE_NOUN_AFTER.match(text, start + len(word)):
                return True  # "the March meeting", "May contract"
            return bool(re.search(r"(?:in|since|until|till|by|from|to|of|before|after|early|"
                                  r"(?:early|late|soon|recently|far back) as|"
                                  r"late|mid|end|last|next|this|and|or|through|between|"
                                  r"during|\d)[ -]$", prev)) or text[start + len(word):start + len(word) + 1] in ("-", ",")
        return False
    return True


def parse_dates(text: str) -> list[DateMention]:
    """All date mentions in `text`, sorted by start, non-overlapping (longest match wins)."""
    found: list[DateMention] = []
    low = text.lower()
    cache: dict = {}
    seen: set[tuple[str, int, int]] = set()
    for kind, rx in _RX:
        needs = _NEEDS.get(kind)
        if needs and not any(w in low for w in needs):
            continue
        target = low if kind in _ON_LOWER else text
        anchor = _WINDOWS.get(kind)
        if anchor is None:
            matches = rx.finditer(target)
        else:
            spans = _windows(anchor, text, low, cache)
            if not spans:
                continue
            matches = (m for lo, hi in spans for m in rx.finditer(target, lo, hi))
        for m in matches:
            s = m.start()
            if s and (text[s - 1].isalnum() or text[s - 1] in "_$€£¥"):
                continue
            if kind == "year" and s > 1 and text[s - 2].isdigit() and text[s - 1] in ".,":
                continue
            if anchor is not None:
                if (kind, s, m.end()) in seen:
                    continue
                seen.add((kind, s, m.end()))
            d = _build(kind, m, text)
            if d is not None:
                found.append(d)
    found.sort(key=lambda d: (d.start, -(d.end - d.start)))
    out: list[DateMention] = []
    last_end = -1
    for d in found:
        if d.start >= last_end:
            out.append(d)
            last_end = d.end
        elif d.end > last_end and out and d.start >= out[-1].start:
            # A partially overlapping later match: keep the longer one.
            prev = out[-1]
            if d.end - d.start > prev.end - prev.start:
                out[-1] = d
                last_end = d.end
    return out


# "LONDON, ", "SYDNEY (", "GOTHENBURG, Sweden, " (a city in capitals, then its country or state)
_DATELINE_HEAD = lazy_compile(r"\s*[A-Z][A-Z .,'\u2019/-]*(?:,\s*[A-Z][a-z]+(?:\s[A-Z][a-z]+)?)?[,(]?\s*$")


def dateline(text: str, mentions: list[DateMention] | None = None) -> DateMention | None:
    """The story's dateline date ("SYDNEY (Nov 4) -", "LONDON, Aug 20 (Reuters) -"): a day
    date within the first 80 characters of the text or of the line after a headline, followed by
    a dash."""
    head = text[:_HEADLINE + 120]
    for d in mentions if mentions is not None else parse_dates(head):
        if d.start > _HEADLINE + 80:
            break
        line = text.rfind("\n", 0, d.start) + 1
        if line and (line > _HEADLINE or "\n" in text[:line - 1].strip()):
            continue  # after a headline, only the line right after it
        if d.kind == "day" and d.start - line <= 80 and _DATELINE_HEAD.match(text[line:d.start]) \
                and re.match(r"\)?\s*(?:\(\w+\)\s*)?[-\u2013\u2014]", text[d.end:d.end + 16]):
            return d
    return None


_HEADLINE = 200  # characters of a headline line before the dateline
