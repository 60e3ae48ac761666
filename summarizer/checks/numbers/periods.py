"""A source figure given another standing in the summary. NUM012, a year-earlier figure given as
the current one: "earnings fell to 63 cents a share"
where the source gives 94 cents a share "compared with ... 63 cents a share, a year ago". The
summary figure is found in the source only as the figure of the earlier period (after "compared
with", "versus", "from" and before "a year ago", "a year earlier", "last year"), the summary
says nothing of an earlier period around it, and the source gives the current figure of the same
kind before it in the same sentence."""

from __future__ import annotations

import re

from ...parsing.quantities import Quantity
from ...text import Document
from .matching import _Source, dimension

# Before the earlier figure, in its clause: "compared with $205 million, or", "versus", "from".
_THEN_BEFORE = re.compile(r"\b(?:compared\s+(?:with|to)|versus|vs\.?|against|from|(?:narrower|wider|smaller|"
                          r"bigger|larger|lower|higher|better|worse)\s+than)\b"
                          r"(?:[^.;:]|\.(?=\d)){0,40}$", re.IGNORECASE)  # "$48.7 million, or"
# The start of a range whose end a figure is: "$2.20 to " before "$2.30".
_RANGE_HEAD = re.compile(r"[$\u20ac\u00a3\u00a5]?(\d[\d,]*(?:\.\d+)?)\s*(?:to|-|\u2013)\s*[$\u20ac\u00a3\u00a5]?$")
# Right before it: "up from", "last year's level of", "the year-ago".
_THEN_LEAD = re.compile(r"\b(?:(?:up|down)\s+from|(?:its\s+)?(?:previous|prior|earlier|original|old)\s+"
                        r"(?:range|forecast|guidance|target|outlook|estimate|projection)(?:\s+of)?"
                        r"|(?:last|previous|prior)\s+year['\u2019]s"
                        r"(?:\s+[a-z-]+){0,3}(?:\s+of)?|(?:year-ago|year-earlier|prior-year)"
                        r"(?:\s+[a-z-]+){0,2}(?:\s+of)?)\s+(?:[A-Z]{0,3}[$\u20ac\u00a3\u00a5])?$",
                        re.IGNORECASE)
# After it: "a year ago", "a year earlier", "in the year-ago quarter", "last year".
_THEN_AFTER = re.compile(r"^(?:[^.;:]|\.(?=\d)){0,30}?\b(?:(?:a|one)\s+year\s+(?:ago|earlier|before)|"
                         r"(?:last|previous|prior)\s+year|in\s+the\s+(?:year-ago|year-earlier|"
                         r"prior-year|prior\s+year|previous-year|same)\s+(?:quarter|period|month|half)|"
                         r"(?:forecast|projected|predicted|estimated|seen|expected)\s+in\s+(?:january|"
                         r"february|march|april|may|june|july|august|september|october|november|"
                         r"december|its\s+(?:previous|last|prior))|"
                         # "a bid-to-cover ratio of 1.74, compared with 1.52 in July"
                         # "narrower than the 58 million franc loss in 2023"
                         r"in\s+(?:fiscal\s+)?(?:19|20)\d\d|"
                         # "compared with 2.2% in the first quarter of 2024"
                         r"in\s+(?:the\s+)?(?:(?:first|second|third|fourth)[\s-]+(?:quarter|half)|"
                         r"Q[1-4]|H[12])\s+(?:of\s+)?(?:fiscal\s+)?(?:19|20)\d\d|"
                         r"(?:in|at)\s+(?:the\s+)?(?:january|february|march|april|may|june|july|"
                         r"august|september|october|november|december|(?:previous|last|prior)\s+"
                         r"(?:auction|sale|offering|tender|meeting|survey|reading)))\b", re.IGNORECASE)
_MONTH_REACH = 45  # characters before the summary figure that may name its month ("June's")
_MONTH_AFTER = re.compile(r"[^.;:]{0,30}?\b(?:in|at)\s+(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)"
                          r"[a-z]*\b", re.IGNORECASE)
# Words that put a summary figure in an earlier period itself.
_EARLIER_WORDS = re.compile(r"\b(?:from|compared|versus|vs|against|ago|earlier|last\s+year|previously|instead|"
                            r"previous|prior|year-ago|year-earlier|before|than|ahead\s+of|"
                            r"same\s+(?:quarter|period|month|half))\b",
                            re.IGNORECASE)
_REACH = 40


# "up 3.9% from a year earlier": a change measured against the earlier period, itself current.
_CHANGE_BASE = re.compile(r"\s*(?:from|over|on|versus|vs\.?|compared\s+(?:with|to))\s+(?:a|one|the)\s",
                          re.IGNORECASE)
_MOVE = re.compile(r"\b(?:up|down|rose|fell|rise|fall|increase|decrease|gain|drop|climb|jump)",
                   re.IGNORECASE)


def _only_as(q: Quantity, summary: Document, src: _Source, matches: list[int], standing,
             marks, reach: int) -> bool:
    """Is `q` found in the source only with this `standing` (earlier period, forecast), while the
    summary words near it (`reach` characters: bounded work) carry no `marks` of it (a pattern,
    or a function of the summary text, the sentence span and `q`)?"""
    if q.kind != "number" or not matches:
        return False
    stext = src.doc.text
    if not all(standing(stext, src.quantities[i].start, src.quantities[i].end) for i in matches):
        return False
    s0, s1 = summary.sentence_span(q.start)
    if callable(marks):
        return not marks(summary.text, max(s0, q.start - reach), min(s1, q.end + reach), q)
    return not marks.search(summary.text, max(s0, q.start - reach), min(s1, q.end + reach))


def _earlier(text: str, s: int, e: int) -> bool:
    head = _RANGE_HEAD.search(text, max(0, s - 24), s)
    if head is not None and head.start() < s:  # "up from $2.20 to $2.30": the range's words
        s = head.start()
    if _THEN_LEAD.search(text, max(0, s - _REACH), s) and not _CHANGE_BASE.match(text, e):
        return True  # "$2.02, up from $1.83"; "close to last year's level of 26.8%"
    if _LEAD_THEN.search(text, max(0, s - 160), s):
        return True  # "In January last year, it recorded a deficit of $2.04 billion."
    cue = _THEN_BEFORE.search(text[max(0, s - _REACH):s])
    if cue is None or _MOVE.search(cue.group()) or _CHANGE_BASE.match(text, e):
        return False
    return bool(_THEN_AFTER.match(text[e:e + 50]))


_DIGIT = re.compile(r"\d")
# A sentence that opens on an earlier period, with no figure before this one: "In January last
# year, it recorded ...", "A year earlier, it had earned ...".
_LEAD_THEN = re.compile(
    r"(?:^|[.!?]\s+|\n)\s*(?:in\s+(?:the\s+)?(?:same\s+(?:period|quarter|month|half)\s+(?:of\s+)?|"
    r"(?:january|february|march|april|may|june|july|august|september|october|november|december)"
    r"\s+)?last\s+year|(?:a|one)\s+year\s+(?:earlier|ago|before)|last\s+year|in\s+the\s+"
    r"(?:year-ago|prior-year|year-earlier)\s+(?:quarter|period|month|half))\b[^.!?\d]*$",
    re.IGNORECASE)
_INTRODUCES = re.compile(r"\s*,?\s*(?:(?:up|down)\s+)?(?:from|versus|vs\.?|against|compared\s+(?:with|to))"
                         r"\s+(?:an?\s+|the\s+)?[$\u20ac\u00a3\u00a5]?", re.IGNORECASE)


def _earlier_marked(text: str, lo: int, hi: int, q: Quantity) -> bool:
    """Words before `q`, or after it up to the next figure, that put it in an earlier period
    ("slipped to 0.54 from 0.61 a year earlier": the year-earlier words are 0.61's)."""
    nxt = _DIGIT.search(text, q.end, hi)
    end = nxt.start() if nxt else hi
    if nxt is not None and _INTRODUCES.fullmatch(text, q.end, end):
        end = q.end  # "to 0.54 from 0.61": "from" introduces the next figure
    return bool(_EARLIER_WORDS.search(text, lo, q.start) or _EARLIER_WORDS.search(text, q.end, end)
                or _LABEL_BEFORE.search(text, max(lo, q.start - 16), q.start)
                or _PERIOD_IN_BRACKETS.match(text, q.end, hi)
                or _YEAR_AFTER.match(text, q.end, hi))  # "a CHF58m loss in 2023"


# A shorthand label of its own period or source right before a figure: "(June: 3.9%",
# "(Q2: $71M)", "Feb: 3.0%".
# Its own period after it, inside brackets: "(8.2% in Apr)", "(6.1% in Q2)".
# The year right after a figure ("loss in 2023", "for fiscal 2025"), in either text.
_YEAR_AFTER = re.compile(r"[^.;:\d]{0,30}?\b(?:in|for)\s+(?:fiscal\s+)?((?:19|20)\d\d)\b")
_PERIOD_IN_BRACKETS = re.compile(r"\s*(?:in|for|at)\s+(?:[A-Z][a-z]{2,8}\.?|Q[1-4]|H[12]|FY\s?\d\d)"
                                 r"(?:\s+\d{4})?\s*\)")
_LABEL_BEFORE = re.compile(r"[(\[;,]\s*[A-Za-z0-9][\w.' -]{0,10}:\s*[$\u20ac\u00a3\u00a5~]?\s*$"
                           r"|\(\s*(?:was|were|prev\.?|prior|old)\s+[$\u20ac\u00a3\u00a5~]?\s*$")  # "(was $2.20"


def prior_as_current(q: Quantity, summary: Document, src: _Source, matches: list[int],
                     quantities: list[Quantity]):
    """The source's current figure when `q` is only ever its earlier-period figure, else None."""
    # "from 63 cents a year ago": a summary that gives it as the earlier figure is right.
    if not _only_as(q, summary, src, matches, _earlier, _earlier_marked, _REACH):
        return None
    stext = src.doc.text
    m = src.quantities[matches[0]]
    year = _YEAR_AFTER.match(stext, m.end)
    if year is not None:
        s0, s1 = summary.sentence_span(q.start)
        if re.search(rf"\b{year.group(1)}\b", summary.text[s0:s1]):
            return None  # "Fiscal 2025 EBIT fell 24% to A$292m": the summary names its year
    month = _MONTH_AFTER.match(stext, m.end)
    if month is not None:
        s0, s1 = summary.sentence_span(q.start)
        mon = month.group(1)
        if re.search(rf"\b{mon}[a-z]*['\u2019]s\b", summary.text[max(s0, q.start - _MONTH_REACH):
                                                              q.start], re.IGNORECASE) \
                or re.match(rf"\s+(?:in|for)\s+{mon}", summary.text[q.end:s1], re.IGNORECASE):
            return None  # "compared with 1.52 in July" told as "1.52 in July" / "July's 1.52"
    si = src.sentence_of[matches[0]]
    kind = dimension(q)[0]
    now = [src.quantities[k] for k in src.by_sentence.get(si, ())
           if src.quantities[k].end <= m.start and dimension(src.quantities[k])[0] == kind]
    if not now:
        # "Like-for-like sales rose 4.8% ... The growth, which compared with 6.1% a year
        # earlier, ...": the current figure in the sentence before.
        before = [src.quantities[k] for k in src.by_sentence.get(si - 1, ())
                  if dimension(src.quantities[k])[0] == kind and src.quantities[k].kind == "number"
                  and _near_size(src.quantities[k], q, 3)]
        named = _same_metric_before(src, m, si, kind)
        return named or (before[-1] if si > 0 and before else None)
    cue = _THEN_BEFORE.search(stext[max(0, m.start - _REACH):m.start]) \
        or _THEN_LEAD.search(stext, max(0, m.start - _REACH), m.start)
    cut = cue.start() + (max(0, m.start - _REACH) if cue.re is _THEN_BEFORE else 0)
    before = [o for o in now if o.end <= cut]
    # "$214 million, or $2.87 a share, compared with $168.5 million": the current figure of
    # the earlier one's size
    sized = [o for o in before if _near_size(o, q, 3)]
    return (sized or before)[-1] if before else None


def _same_metric_before(src: _Source, m: Quantity, si: int, kind: str) -> Quantity | None:
    """The nearest figure of this kind in the eight sentences before, told with a word of the
    words right before `m` ("a trade deficit of $1.26 billion" for "a deficit of $2.04
    billion"), else None."""
    stext = src.doc.text
    mine = set(_METRIC_WORD.findall(stext[max(0, m.start - 30):m.start].lower()))
    for k in range(si - 1, max(-1, si - 9), -1):
        for i in reversed(src.by_sentence.get(k, ())):
            o = src.quantities[i]
            if dimension(o)[0] == kind and o.kind == "number" and mine & set(
                    _METRIC_WORD.findall(stext[max(0, o.start - 30):o.start].lower())):
                return o
    return None


_METRIC_WORD = re.compile(r"[a-z]{5,}")


# NUM013: the forecasters' figure given as the actual one. "revenue of $1.79 billion" where the
# source reports $1.84 billion, "beating the $1.79 billion average analyst estimate".
_EXPECTED_BEFORE = re.compile(r"\b(?:estimates?|consensus|forecasts?|expectations?|projections?|"
                              r"expected|forecast(?:ed)?|predicted|anticipated|polled|poll)\b"
                              r"(?:\s+[a-z-]+){0,2}?(?:\s+(?:of|for|at|was|were|had\s+been|is))?\s+"
                              r"(?:an?\s+|the\s+)?"
                              r"(?:average\s+)?(?:of\s+)?$", re.IGNORECASE)
_EXPECTED_AFTER = re.compile(r"^\s*(?:(?:[a-z]+\s+){0,2}(?:average\s+)?(?:analysts?['\u2019]?\s+)?"
                             r"(?:consensus|estimates?|forecasts?|expectations?)\b|\s*(?:that\s+)?"
                             r"(?:analysts|economists|the\s+market|traders|investors)\s+(?:had\s+)?"
                             r"(?:expected|forecast|predicted|anticipated|estimated))",
                             re.IGNORECASE)
_EXPECTED_WORDS = re.compile(r"\b(?:estimates?|consensus|expect\w*|forecast\w*|predict\w*|"
                             r"anticipat\w*|analysts?|economists?|poll\w*|beat\w*|miss\w*|topp\w*|"
                             r"short\s+of|above|below|exceed\w*|guidance|target|outlook|project\w*|previous\w*|"
                             r"sees|compared)\b",
                             re.IGNORECASE)


# After a summary figure: "$1.01 billion expected", "$1.01 billion analysts had forecast"; not
# "$1.01 billion, ahead of estimates" (the figure compared with them: given as the actual).
_EXPECTED_NEXT = re.compile(
    r"(?:/[a-z]+)?\s+(?:(?!(?:ahead|above|below|beat\w*|top\w*|miss\w*|short|exceed\w*|than|versus|vs|"
    r"compared)\b)[\w'\u2019-]+\s+){0,3}?(?:expect\w*|forecast\w*|estimat\w*|consensus|predict\w*|"
    r"anticipat\w*|poll\w*|guid\w*|target\w*|project\w*|pencil\w*|analysts?|economists?|"
    r"street|traders|forecasters|markets?)\b", re.IGNORECASE)


def _as_expected(text: str, lo: int, hi: int, q: Quantity) -> bool:
    """Does the summary give `q` as an expectation: the words of its clause before it speak of
    one ("estimates of", "analysts expected", "its previous guidance of"), or the words right
    after it do ("$1.01 billion expected")?"""
    start = max(lo, text.rfind(";", lo, q.start) + 1, text.rfind(". ", lo, q.start) + 1)
    return bool(_EXPECTED_WORDS.search(text, start, q.start) or _EXPECTED_NEXT.match(text, q.end, hi))


# Who holds the expectation: forecasters, not the company's own previous forecast.
_HOLDERS = re.compile(r"\b(?:analysts?|economists?|consensus|poll(?:ed)?|strategists|the\s+street|"
                      r"wall\s+street|lseg|refinitiv|factset|visible\s+alpha|bloomberg|market)\b",
                      re.IGNORECASE)


def _expected(text: str, s: int, e: int) -> bool:
    before, after = text[max(0, s - 60):s], text[e:e + 50]
    if not (_EXPECTED_BEFORE.search(before[-_REACH:]) or _EXPECTED_AFTER.match(after)):
        return False
    return bool(_HOLDERS.search(before) or _HOLDERS.search(after))


def estimate_as_actual(q: Quantity, summary: Document, src: _Source, matches: list[int],
                       quantities: list[Quantity]):
    """The source's actual figure when `q` is only ever a forecast there, else None."""
    # A summary that gives the figure as an expectation itself is not judged here.
    if not _only_as(q, summary, src, matches, _expected, _as_expected, 4 * _REACH):
        return None
    stext = src.doc.text
    # The actual figure: the nearest of its kind and size (within 5x) to the forecast, in its
    # sentence or the one before ("revenue of $1.84 billion ... Analysts had expected $1.79
    # billion"; "consensus had EPS at $1.02; you delivered $1.08").
    m = src.quantities[matches[0]]
    kind = dimension(q)[0]
    si = src.sentence_of[matches[0]]
    for sk in (si, si - 1):
        actual = [o for k in src.by_sentence.get(sk, ()) if k != matches[0]
                  and dimension(o := src.quantities[k])[0] == kind and o.kind == "number"
                  and o.high is None and _near_size(o, q)
                  and not _expected(stext, o.start, o.end)]
        if actual:
            return min(actual, key=lambda o: min(abs(o.start - m.end), abs(m.start - o.end)))
    return None


# NUM013 too: the company's own forecast given as a result. "its gross margin was 20.5% to 21% in
# the quarter" where the source "sees full-year gross margin of 20.5% to 21%".
_OUTLOOK_BEFORE = re.compile(r"\b(?:sees?|expects?|forecasts?|guid(?:ance|es?|ed)|outlook|"
                             r"targets?|aims?\s+(?:for|at|to)|plans?\s+(?:for|to)|intends?\s+to|"
                             r"predicts?|"
                             r"anticipates?)\b(?:(?!\b(?:from|than|versus|vs|compared|and|"
                             r"while|but|after)\b)[^.;:,]){0,70}$"
                             # a list of what it expects: "We expect revenue of $1.31 billion to
                             # $1.33 billion, same-club sales growth of 4% to 5%"
                             r"|\b(?:we|it|they|the\s+company)\s+(?:now\s+)?(?:sees?|expects?|"
                             r"forecasts?|guides?)\s+(?:[^.;:]|\.(?=\d)){0,60}?\d[^.;:]{0,25},"
                             r"(?:[^.;:,]|\.(?=\d)){0,50}$", re.IGNORECASE)
_OUTLOOK_WORDS = re.compile(r"\b(?:sees?|seen|saw|expect\w*|forecast\w*|guid\w*|outlook|target\w*|"
                            r"project\w*|aim\w*|plan\w*|predict\w*|anticipat\w*|will|would|"
                            r"could|may|might|should|estimat\w*|consensus|analysts?|economists?|"
                            r"view|goal|range|full[- ]year|next\s+year|fy(?:\s*\d\d)?|"
                            r"assum\w*|now\s+(?:sees?|expects?|forecasts?|targets?|guides?|"
                            r"projects?|aims?|plans?|predicts?|anticipates?))\b",
                            re.IGNORECASE)
_RESULT_WORDS = re.compile(r"\b(?:was|were|came\s+in|reported|posted|delivered|achieved|"
                           r"(?:is|are)\s+now|already|launched|opened|rolled\s+out|"
                           r"in\s+the\s+(?:quarter|half|period|year)|last\s+quarter)\b",
                           re.IGNORECASE)


def _outlook(text: str, s: int, e: int) -> bool:
    return bool(_OUTLOOK_BEFORE.search(text, max(0, s - 90), s))


def _not_as_result(text: str, lo: int, hi: int, q: Quantity) -> bool:
    """The summary's sentence speaks of an outlook, gives `q` as an expectation ("the £395m
    analysts had pencilled in"), or does not give it as a result."""
    return bool(_OUTLOOK_WORDS.search(text, lo, hi)) or _as_expected(text, lo, hi, q) \
        or bool(_PLAN_NEAR.search(text, max(lo, q.start - 40), min(hi, q.end + 30))) or not (
        _RESULT_WORDS.search(text, lo, hi) or _RESULT_VERBS.search(text, lo, q.start))


# A plan told beside the figure: "its buyback of up to £750 million remains on track".
_PLAN_NEAR = re.compile(r"\b(?:up\s+to|on\s+track)\b",
                        re.IGNORECASE)


# A move told before the figure, in the past: "Q4 revenue grew 12%, with same-club sales up 4-5%".
_RESULT_VERBS = re.compile(r"\b(?:grew|rose|fell|increased|declined|jumped|climbed|dropped)\b",
                           re.IGNORECASE)


_SENTENCE_REACH = 300  # characters of the summary sentence read either side: bounded work


def outlook_as_result(q: Quantity, summary: Document, src: _Source, matches: list[int],
                      quantities: list[Quantity]):
    """The source's forecast itself when `q` is only ever a forecast there and the summary gives
    it as a result, else None. A range is read against the source's ranges only (its ends may
    round to a single figure there)."""
    same = [i for i in matches if (src.quantities[i].high is None) == (q.high is None)]
    if not _only_as(q, summary, src, same, _outlook, _not_as_result, 2 * _REACH):
        return None
    s0, s1 = summary.sentence_span(q.start)
    lo, hi = max(s0, q.start - _SENTENCE_REACH), min(s1, q.end + _SENTENCE_REACH)
    if _OUTLOOK_WORDS.search(summary.text, lo, hi):
        return None  # "now targets a margin of ..., and revenue of ...": the whole sentence
    line = summary.text.rfind("\n", lo, q.start) + 1 or lo  # "- **Guidance:** ... growth 3-4%"
    label = summary.text.find(":", line, q.start)
    if label >= 0 and _OUTLOOK_WORDS.search(summary.text, line, label):
        return None
    return src.quantities[same[0]]


def _near_size(a: Quantity, b: Quantity, factor: float = 5) -> bool:
    """Are the two figures within `factor` of each other (neither zero)?"""
    x, y = abs(a.value), abs(b.value)
    return x > 0 and y > 0 and max(x, y) <= factor * min(x, y)


# NUM015: a comparison with another period: "dipped to 114% from 116% a year earlier" where the
# source's 116% was last quarter's.
_BASES = {
    "a year earlier": re.compile(r"^[^.;:\d]{0,30}?\b(?:(?:a|one)\s+year\s+(?:earlier|ago|before)|"
                                 r"last\s+year|(?:the\s+)?year[- ]ago|y/y|yoy|year[- ](?:on|over)[- ]year)",
                                 re.IGNORECASE),
    "the previous quarter": re.compile(
        r"^[^.;:\d]{0,30}?\b(?:(?:last|previous|prior|preceding)\s+quarter|(?:a|one)\s+quarter\s+"
        r"(?:earlier|ago|before)|sequential(?:ly)?|q/q|qoq|quarter[- ](?:on|over)[- ]quarter)",
        re.IGNORECASE),
}


def _base(text: str, end: int) -> str | None:
    """The period a figure is compared with, in the words right after it."""
    for name, rx in _BASES.items():
        if rx.match(text[end:end + 60]):
            return name
    return None


def base_swapped(q: Quantity, summary: Document, src: _Source,
                 matches: list[int]) -> tuple[str, str] | None:
    """(the summary's period, the source's) for `q` when the summary compares it with another
    period than every source copy of the figure."""
    if q.kind != "number" or not matches:
        return None
    return _other_period(q, summary, src, matches) or _other_standing(q, summary, src, matches)


def _other_period(q: Quantity, summary: Document, src: _Source,
                  matches: list[int]) -> tuple[str, str] | None:
    mine = _base(summary.text, q.end)
    if mine is None:
        return None
    theirs = {_base(src.doc.text, src.quantities[i].end) for i in matches}
    if theirs == {None} and mine == "a year earlier" and _AS_BASE.search(
            summary.text, max(0, q.start - 16), q.start):
        # "from 3.6% a year earlier" where the source has "from 2.3% a year earlier and 3.6% at
        # the end of June": the figure of a date, beside the source's own year-earlier figure
        stext = src.doc.text
        dated = {f"the end of {m.group(1)}" if m.group(1) else m.group(2)
                 for i in matches if (m := _DATED.match(stext, src.quantities[i].end))
                 and any(_base(stext, src.quantities[k].end) == mine
                         for k in src.by_sentence.get(src.sentence_of[i], ()) if k != i)}
        return (mine, dated.pop()) if len(dated) == 1 else None
    if len(theirs) != 1 or None in theirs or mine in theirs:
        return None
    return mine, theirs.pop()


def _other_standing(q: Quantity, summary: Document, src: _Source,
                    matches: list[int]) -> tuple[str, str] | None:
    """(the summary's standing for `q`, the source's) when every source copy of the figure is
    told against another base or at another date: "up 6% from a year earlier" where the source
    has "up 22% from a year earlier and 6% from the end of June", "$0.91, up from $0.86 a year
    earlier" where 86 cents was the analysts' forecast, "EUR1.18bn at end-September" where that
    was the end-June level."""
    mine = _standing(summary.text, q.end) or _revised_from(summary.text, q.start)
    if mine is None or _THAN.match(summary.text, q.end) or _OTHERS_BASE.match(summary.text, q.end):
        return None  # "4.71%, higher than a year ago": a level compared, not the year-ago one
    stext = src.doc.text
    memo = src.doc.memo("numbers.standings", lambda _d: {})  # source figure -> its standing
    other = None
    for i in matches:  # every copy must have the one standing: stop at the first that has not
        if i not in memo:
            memo[i] = _standing(stext, src.quantities[i].end) or _revised_from(
                stext, src.quantities[i].start)
        if memo[i] is None or other is not None and memo[i] != other:
            return None
        other = memo[i]
    if other is None:
        return None
    if mine[0] == other[0] and (mine[0] != "dated" or mine[1] == other[1]) \
            or {mine[0], other[0]} == {"seq", "dated"}:
        return None  # the same standing, or one a quarter back may well be told as a month end
    return mine[1], other[1]


def _revised_from(text: str, start: int) -> tuple[str, str] | None:
    """("prior", ...) for the old level of a revised forecast: "cut its forecast to 1.42 million
    tonnes from 1.49 million", "an earlier forecast of 1.55 million tonnes"."""
    lo = max(0, start - 170)
    head = text[max(0, start - 48):start].lower()  # cheap tests before the two patterns
    if ("from" not in head[-16:] or _REVISED.search(text, lo, start) is None) and (
            not _FORECAST_HEAD.search(head) or _EARLIER_FORECAST.search(text, lo, start) is None):
        return None
    return "prior", "the earlier forecast"


_FORECAST_HEAD = re.compile(r"earlier|previous|prior|original|old")
_REVISED = re.compile(r"\b(?:cut|cuts|trimmed|trims|lowered|lowers|reduced|reduces|raised|raises|"
                      r"lifted|lifts|revised|upgraded|downgraded)\s+(?:[\w'\u2019/-]+\s+){0,5}?(?:"
                      r"forecast|guidance|outlook|target|estimate|projection)s?(?:\s+(?:for|of)\s"
                      r"(?:[^.;:,]|\.(?=\d)){0,70}?)?\s+to\s+(?:about\s+|around\s+)?[$\u20ac\u00a3\u00a5]?"
                      r"\d[\d.,]*(?:\s*[a-z]+){0,3}\s+from\s+(?:about\s+|around\s+)?"
                      r"[$\u20ac\u00a3\u00a5]?$", re.IGNORECASE)
_EARLIER_FORECAST = re.compile(r"\b(?:earlier|previous|prior|original|old)\s+(?:forecast|guidance|"
                               r"outlook|target|estimate|projection|range)\s+(?:of\s+|for\s+)?"
                               r"(?:about\s+|around\s+)?[$\u20ac\u00a3\u00a5]?$", re.IGNORECASE)
# "its £124m-£133m range and ahead of last year's £117.6m": the base is the next figure's
_OTHERS_BASE = re.compile(r"[^.;:\d]{0,40}?\b(?:and|but|while|versus|vs)\b[^.;:\d]{0,30}?"
                          r"(?:year|quarter)['\u2019]s\b", re.IGNORECASE)
_THAN = re.compile(r"[^.;:\d]{0,20}?\b(?:than|above|below)\b", re.IGNORECASE)
_MONTH = (r"(january|february|march|april|may|june|july|august|september|october|november|"
          r"december)")
_NO_YEAR = r"(?![\s,]*(?:of\s+)?(?:19|20)\d\d)"
_STANDINGS = (
    ("dated", re.compile(r"\s+(?:at|as\s+of|by)\s+(?:the\s+)?end[- ](?:of\s+)?" + _MONTH + r"\b"
                         + _NO_YEAR, re.IGNORECASE)),
    ("seq", re.compile(r"\s+(?:from|than|over|on|versus|vs\.?|compared\s+with)\s+(?P<what>(?:the\s+)?"
                       r"(?:end\s+of\s+(?:the\s+)?)?(?:(?:first|second|third|fourth)\s+quarter|"
                       r"(?:previous|prior|preceding)\s+quarter|" + _MONTH + r"))\b" + _NO_YEAR,
                       re.IGNORECASE)),
    ("expect", re.compile(r"\s+(?:(?:a|per)\s+share\s+)?(?:(?:that\s+|which\s+)?analysts?\s+"
                          r"(?:had\s+)?(?:expect(?:ed)?|forecast|estimated|predicted)|(?:expected|"
                          r"forecast|estimated|predicted)\s+by\s+analysts)\b", re.IGNORECASE)),
)


def _standing(text: str, end: int) -> tuple[str, str] | None:
    """(class, words) of what a figure is told against or as of, right after it: a year back
    ("a year earlier"), a quarter back ("from the second quarter"), a month end ("at
    end-September") or the analysts' forecast ("expected by analysts")."""
    base = _base(text, end)
    if base is not None:
        return ("year" if base == "a year earlier" else "seq"), base
    for name, rx in _STANDINGS:
        m = rx.match(text, end, end + 60)
        if m is not None:
            if name == "dated":
                return name, f"the end of {m.group(1).capitalize()}"
            if name == "expect":
                return name, "the analysts' forecast"
            what = m.group("what")  # "from the end of June": "the end of June"
            return name, what[0].lower() + what[1:]
    return None


_AS_BASE = re.compile(r"\b(?:from|versus|vs\.?|against|compared\s+(?:with|to))\s+(?:about\s+)?"
                      r"[$\u20ac\u00a3\u00a5]?$", re.IGNORECASE)
_DATED = re.compile(r"\s+(?:(?:at\s+(?:the\s+)?end[- ](?:of\s+)?|at\s+end-)((?:january|february|march|april|"
                    r"may|june|july|august|september|october|november|december)\b)|in\s+(the\s+(?:first|second|"
                    r"third|fourth)\s+quarter)\b(?!\s+of\s+(?:fiscal\s+)?(?:19|20)\d\d))", re.IGNORECASE)
# (or "from 112 in the first quarter" beside "from 97 a year earlier": that quarter's figure)

