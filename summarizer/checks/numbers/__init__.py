"""The number check: every quantity in the summary must be in the source, be a faithful rounding
of one there, or follow from two of them (a difference, sum, percentage change or share) — and
must not be a source figure that belongs to something else.

Cost: the source is parsed once (memoised) and indexed by dimension, so a direct look-up is a
bisect; derived figures are searched only for summary quantities that found no direct match,
among source quantities in the same or the next sentence (differences, changes) or across the
document up to a cap (sums, shares)."""

from __future__ import annotations

import math
import re
from dataclasses import replace

from ...findings import Finding
from ...parsing.quantities import (
    Quantity,
    parse_quantities,
)
from ...text import Document
from ..base import CheckContext
from .aligned import aligned_rival, rounded_rival
from .amounts import of_moved
from .calls import analyst_only
from .conditions import conditional_as_fact
from .context import (
    _STOP,
    _misattributed,
    _trailing_moved,
    _trailing_sibling,
    _words_of,
)
from .crossed import crosswise
from .digit_words import digit_word_findings
from .durations import _UNIT_AFTER, spanned, time_unit_swapped
from .elided import elided_in_source, elided_unit
from .exchanged import exchanged
from .figures import figures
from .levels import _role_swapped
from .matching import (
    RESPECTIVELY,
    _build_source,
    _derivable,
    _direct,
    _explicit_codes,
    _mags,
    _resolve,
    _same_money,
    _Source,
    dimension,
    range_midpoint,
    tolerance_band,
)
from .messages import (
    _for_analyst,
    _for_base,
    _for_compared,
    _for_condition,
    _for_end,
    _for_estimate,
    _for_from,
    _for_head,
    _for_head_before,
    _for_implied,
    _for_level,
    _for_metric,
    _for_move,
    _for_object,
    _for_outlook,
    _for_pair,
    _for_partner,
    _for_period,
    _for_range,
    _for_restated,
    _for_role,
    _for_segment,
    _for_share,
    _for_subject,
    _for_whole,
    _for_words,
    _message,
    _same_digits,
)
from .metrics import metric_moved
from .notches import notch_findings
from .nouns import (
    counted_once,
    counts_the_same,
    exact_figure,
    invented_thing,
    noun_changed,
    rival_bound,
    with_bound,
)
from .objects import named_elsewhere, subject_elsewhere
from .owners import owner_swapped
from .pairs import _pair_swapped
from .partners import (
    TO_LEVEL,
    base_moved,
    by_rival,
    compared_end,
    compared_moved,
    from_moved,
    head_before_moved,
    head_moved,
    implied_moved,
    level_moved,
    linked_rival,
    move_to_level_moved,
    partner_moved,
    range_end_as_point,
    range_end_moved,
    restated_moved,
)
from .peaks import peak_as_close
from .periods import (
    _RANGE_HEAD,
    base_swapped,
    estimate_as_actual,
    outlook_as_result,
    prior_as_current,
)
from .relations import move_as_share, part_as_whole
from .roles import is_change, joined_sum, stated_sum
from .shapes import _garbled, _relative_span, _scaled_twin, _span_compound
from .siblings import _qualifier_moved
from .swaps import (
    _anchored_elsewhere,
    _anchored_rival,
    _anchored_slip,
    _digits,
    _level_shift,
    _metric_moved,
    _shifted_range,
    _stated_elsewhere,
    _swapped,
    firmly_elsewhere,
)
from .transposed import transposed

NAME = "number"
NEEDS_SOURCE = True


# --------------------------------------------------------------------------- evidence


def _twin(q: Quantity, s: Quantity | None) -> bool:
    """Is source figure `s` the summary's figure in another scale or unit ("$410 million" for
    "$410 billion", "$4,186" for "4,186 ringgits")?"""
    return s is not None and (_same_digits(q, s) or _scaled_twin(q, s) or q.unit != s.unit)


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
    """The source sentence sharing the most words (two or more) with q's summary sentence. The
    source's word sets are built once per source, and each distinct set of summary words is
    looked up once (a long summary repeats its sentences; each figure of a sentence asks)."""
    span = summary.sentence_span(q.start)
    said = summary.memo("numbers.sentence_words", lambda _d: {})
    words = said.get(span)
    if words is None:  # each figure of a sentence asks: its words are read once
        words = said[span] = frozenset(_words_of(summary.text[slice(*span)]) - _STOPWORDS_EVID)
    doc = src.doc
    memo = doc.memo("numbers.closest_sentence", lambda _d: {})
    if words in memo:
        return memo[words]
    sents = doc.memo("numbers.sentence_words",
                     lambda d: [_words_of(d.text[s:e]) for s, e in d.sentences])
    best, best_n = None, 0
    for k, theirs in enumerate(sents):
        n = len(words & theirs)
        if n > best_n:
            best, best_n = k, n
    found = doc.text[slice(*doc.sentences[best])] if best is not None and best_n >= 2 else None
    if len(memo) >= _CLOSEST_MEMO:
        memo.clear()  # bounded: a batch of many summaries of one article
    memo[words] = found
    return found


_CLOSEST_MEMO = 4096


# --------------------------------------------------------------------------- run


# A figure found in the source but placed with something else: each rule returns the source
# figure that belongs where the summary put `q` (or None); the first that fires is an error.
_MISPLACED = (
    (_misattributed, _for_subject, "NUM004"),
    (_swapped, _for_subject, "NUM004"),
    (_qualifier_moved, _for_subject, "NUM004"),
    (_trailing_moved, _for_words, "NUM004"),
    (_trailing_sibling, _for_words, "NUM004"),
    (crosswise, _for_words, "NUM004"),
    (of_moved, _for_words, "NUM004"),
    (_pair_swapped, _for_pair, "NUM004"),
    (exchanged, _for_words, "NUM004"),
    (named_elsewhere, _for_object, "NUM004"),
    (subject_elsewhere, _for_segment, "NUM004"),
    (_metric_moved, _for_words, "NUM004"),
    (partner_moved, _for_partner, "NUM004"),
    (move_to_level_moved, _for_level, "NUM004"),
    (level_moved, _for_move, "NUM004"),
    (restated_moved, _for_restated, "NUM004"),
    (compared_moved, _for_compared, "NUM004"),
    (base_moved, _for_base, "NUM004"),
    (implied_moved, _for_implied, "NUM004"),
    (owner_swapped, _for_subject, "NUM004"),
    (from_moved, _for_from, "NUM004"),
    (head_moved, _for_head, "NUM004"),
    (head_before_moved, _for_head_before, "NUM004"),
    (range_end_moved, _for_range, "NUM004"),
    (metric_moved, _for_metric, "NUM004"),
    (range_end_as_point, _for_end, "NUM004"),
    (part_as_whole, _for_whole, "NUM004"),
    (move_as_share, _for_share, "NUM004"),
    (conditional_as_fact, _for_condition, "NUM017"),
    (_role_swapped, _for_role, "NUM005"),  # before NUM012: a move's old level, told as such
    (prior_as_current, _for_period, "NUM012"),
    (estimate_as_actual, _for_estimate, "NUM013"),
    (outlook_as_result, _for_outlook, "NUM013"),
    (analyst_only, _for_analyst, "NUM016"),
)


def judge(q: Quantity, summary: Document, src: _Source,
          quantities: list[Quantity] | None = None) -> Finding | None:
    """A finding for one summary quantity, or None when the source supports it. `quantities`:
    all the summary's quantities (for the clause around `q`), parsed from `summary` if None."""
    if quantities is None:
        quantities = _summary_quantities(summary)
    figs = figures(summary, quantities).for_source(src)
    text = summary.text
    if q.kind == "tally" and not src.has_tally:
        return None  # a vote split is the contradiction check's business
    if _RANK.search(text, max(0, q.start - 8), q.start):
        return None  # "the No. 4 builder": a rank, not a figure
    if q.kind == "word" and q.value == 2 and (_TWO_WAYS.match(text, q.end) or _THE_TWO.search(
            text, max(0, q.start - 4), q.start) and _PARTIES.match(text, q.end)):
        return None  # "pulling in two directions", "the two companies": no figure
    if q.kind == "word" and q.value <= 10 and _LISTED.match(text, q.end):
        return None  # "from two sources: $1.4 billion from ... and $1.2 billion": counted there
    swapped = time_unit_swapped(q, text, src)
    if swapped is not None:
        return Finding.at(text, q.start, q.end, "number",
                          f"the source says {swapped.text}{_unit_words(src, swapped)}, not "
                          f"{q.text}", src.doc.sentence_text(swapped.start), code="NUM001")
    matches = _direct(q, src)
    if not matches and (elided_unit(q, summary, src, quantities) or elided_in_source(q, src)):
        return None
    if matches and range_midpoint(q, text, src) and not is_change(q, text):
        return None  # "a midpoint of about $3.48": of the source's range, as the summary says
    if matches:
        # "X and Y fell 4.1% and 6.3%, respectively": each figure has its own subject.
        end = min(summary.sentence_span(q.start)[1], q.end + _RESPECTIVELY_REACH)
        paired = RESPECTIVELY.search(text, q.end, end) is not None
        for rule, explain, code in _MISPLACED:
            if paired and explain is _for_subject:
                continue
            other = rule(q, summary, src, matches, quantities)
            if other is not None and code == "NUM004" and counts_the_same(q, text, src, matches,
                                                                           other):
                continue  # "a toy retailer with 186 stores": the source's "186 stores" too
            if other is not None:
                end = compared_end(q, summary, quantities) if rule is compared_moved else \
                    compared_end(q, summary, quantities, TO_LEVEL) if rule is move_to_level_moved \
                    else q.end
                return Finding.at(text, q.start, end, "number", explain(q, other, text),
                                  src.doc.sentence_text(other.start), code=code)
        periods = base_swapped(q, summary, src, matches)
        if periods is not None:
            return Finding.at(text, q.start, q.end, "number",
                              f"the source gives {q.text} for {periods[1]}, not {periods[0]}",
                              src.doc.sentence_text(src.quantities[matches[0]].start), code="NUM015")
        other = _anchored_elsewhere(q, summary, src, matches, quantities)
        if other is not None and q.unit == "pp" and not any(
                src.quantities[i].unit == "pp" for i in matches) and _derivable(
                q, src, quantities, figs, text):
            other = None  # "0.3 percentage points below" a forecast: a gap between two levels
        if other is not None:
            # Word overlap alone is weak evidence: point at it, do not fail the summary -
            # unless the words are many and the other figure is a rival of the same unit and
            # scale told elsewhere ("spent £60m on technology upgrades" for the source's £42m).
            firm = firmly_elsewhere(q, summary, src, other, matches)
            return Finding.at(text, q.start, q.end, "number",
                              f"{q.text} is in the source, but for something else; "
                              f"there these words go with {other.text}",
                              src.doc.sentence_text(other.start), "error" if firm else "warning",
                              "NUM004" if firm else "NUM006")
        rounded = rounded_rival(q, summary, src, matches)
        if rounded is not None:  # "the EUR1.4 billion raised in the 2019 auction": 1.1 billion
            return Finding.at(text, q.start, q.end, "number", _message(q, rounded, True),
                              src.doc.sentence_text(rounded.start), code="NUM008")
        counted = noun_changed(q, summary, src, matches, quantities)
        if counted is not None:
            s, _, owner = counted
            if owner is not None:
                return Finding.at(text, q.start, q.end, "number",
                                  f"{q.text} is in the source, but for something else; there "
                                  f"these words go with {owner.text}",
                                  src.doc.sentence_text(owner.start), code="NUM004")
            return Finding.at(text, q.start, q.end, "number",
                              f"the source counts something else with {q.text}: it says "
                              f"{_counted_words(src.doc.text, s)}",
                              src.doc.sentence_text(s.start), code="NUM009")
        if peak_as_close(q, summary, src, matches):
            s = src.quantities[matches[0]]
            ev = src.doc.sentence_text(s.start)
            return Finding.at(text, q.start, q.end, "number",
                              f"{q.text} was the peak of the move in the source, not the close", ev,
                              code="NUM007")
        return None
    bound = rival_bound(q, summary, src)
    if bound is not None:
        return Finding.at(text, q.start, q.end, "number",
                          f"the source says {with_bound(src.doc.text, bound)} here, not "
                          f"{with_bound(text, q)}",
                          src.doc.sentence_text(bound.start), code="NUM010")
    slip = _anchored_slip(q, summary, src) or _anchored_rival(q, summary, src) \
        or transposed(q, summary, src)
    if slip is not None and _stated_elsewhere(slip, q, quantities, figs=figs):
        slip = None  # the summary gives that figure too: this one is something else
    if slip is not None and (joined_sum(q, src) or _within(q, slip, src.doc.text)
                             and _derivable(q, src, quantities, figs, text)):
        return None  # "for 140 MHz": the source's "120 MHz ... and 20 MHz" added up; "fell 2.6
        # bps" (43.9 to 41.3) inside the "2 to 3 basis points" the words also fit
    if slip is None:
        # A figure beside a neighbour the source gives with another: that other is the figure.
        rival = linked_rival(q, summary, src, quantities) or by_rival(q, summary, src, quantities)
        if rival is not None and _stated_elsewhere(rival, q, quantities, figs=figs):
            rival = None
        if _derivable(q, src, quantities, figs, text) or _shifted_range(q, src) \
                or tolerance_band(q, src) or range_midpoint(q, text, src) \
                or _level_shift(q, summary, src, quantities) or spanned(q, text, src):
            if rival is None and q.unit in ("percent", "pp", "bp") and is_change(q, text):
                # "5% below their level a year earlier", which two source levels give, told in
                # the words of the source's "0.5% lower" than a year earlier
                rival = aligned_rival(q, summary, src, change=True)
            if rival is None or stated_sum(q, text):
                return None  # derivable (a sum the summary says it is: "12% over two days")
            slip = rival
        elif rival is not None and not _twin(q, _closest(q, src)):
            slip = rival  # not derivable either (a scale or unit slip keeps its own message)
    s = slip or _closest(q, src)
    if s is not None:
        evidence = src.doc.sentence_text(s.start)
    else:
        evidence = _closest_sentence(q, summary, src)
    severity = "error" if slip is not None or (s is not None and _garbled(q, s)) else "warning"
    aligned = aligned_rival(q, summary, src) if severity == "warning" else None
    if aligned is not None:  # "about 2% dilution" in the words the source gives about 1% in
        slip = s = aligned
        severity, evidence = "error", src.doc.sentence_text(aligned.start)
    thing = invented_thing(q, summary, src) if severity == "warning" else None
    if thing is not None:
        return Finding.at(text, q.start, q.end, "number",
                          f"{q.text} is not in the source, which mentions no {thing}",
                          evidence, code="NUM011")
    if _relative_span(q, text):
        # "one quarter earlier than planned", "a one-year average": a span the summary works
        # out from the source's dates, which finsum cannot check.
        severity, slip = "warning", None
    elif severity == "warning" and _span_compound(q, text):
        # "a 16-year-old", "a four-year deal": a span stated as a fact the source never gives
        # (durations the summary works out are written "three months", not compounds).
        severity = "error"
    once = counted_once(q, summary, src) if severity == "warning" else None
    if once is not None:  # "two deaths" where the source has "one death"
        severity, evidence, s = "error", src.doc.sentence_text(once[0]), None
    elif severity == "warning" and s is not None and exact_figure(q):
        # An exact figure that is not in the source and follows from none of its figures the
        # way finsum knows (a difference, sum, change or share): wrong, not unverifiable.
        # Hedged figures ("about 2.5%") stay warnings: the source may imply them.
        severity = "error"
    message = _message(q, s, slip is not None)
    if once is not None:
        message = f"{q.text} is not in the source, which counts {once[1]}"
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


def _within(q: Quantity, o: Quantity, stext: str) -> bool:
    """Does q lie inside source range o, or inside the range whose end o is ("2 to 3 bps")?"""
    head = _RANGE_HEAD.search(stext, max(0, o.start - 16), o.start)
    low = float(head.group(1).replace(",", "")) if head else o.value if o.high is not None else None
    return low is not None and low <= q.value <= (o.high if o.high is not None else o.value)


def _unit_words(src: _Source, o: Quantity) -> str:
    """The unit of time written after a bare source number ("twelve" -> " quarters")."""
    m = _UNIT_AFTER.match(src.doc.text, o.end, o.end + 12)
    return f" {m.group(1)}" if m and o.unit in (None, "count") else ""


def _counted_words(text: str, s: Quantity) -> str:
    """The source figure with the words it counts ("8,400 people")."""
    m = _NEXT_WORDS.match(text, s.end)
    return text[s.start:m.end()] if m else s.text


_RANK = re.compile(r"(?:\b[Nn]o\.|\bnumber|#)\s*$")
_TWO_WAYS = re.compile(r"\s+(?:directions|ways|minds)\b")
_LISTED = re.compile(r"(?:\s+[a-z][\w-]*){1,6}:\s")  # "two hits add to the pain: ..."
_THE_TWO = re.compile(r"\b(?:the|both)\s+$", re.IGNORECASE)
_PARTIES = re.compile(r"\s+(?:companies|firms|groups|sides|parties|banks|carriers|airlines|"
                      r"lenders|insurers|businesses|countries|governments|rivals|bidders)\b")
_NEXT_WORDS = re.compile(r"\s+[A-Za-z][\w'-]*")


_RESPECTIVELY_REACH = 200  # characters after a figure: bounded work per figure
_LIST_MARK = re.compile(r"\d{1,2}[.)][ \t]")
_LINE_START = re.compile(r"(?:^|\n)[ \t]*$")


def _summary_quantities(doc: Document) -> list[Quantity]:
    qs = doc.memo("quantities", lambda d: parse_quantities(d.text))
    explicit = _explicit_codes(qs)
    out = []
    for q in qs:
        if _LIST_MARK.match(doc.text, q.start) and _LINE_START.search(doc.text, 0, q.start):
            continue  # "5. Veridian fell 3.9%": the item's number, not a figure
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
    words = [f for f in digit_word_findings(ctx.summary.text, ctx.source)
             if not ctx.is_excluded(f.start, f.end)] if "digit" in ctx.summary.lower else []
    if not quantities:
        return words  # nothing else to check: the source's figures are not even parsed
    src = ctx.source.memo("quantity_index", _build_source)
    src.direct.clear()  # memo of this summary's figures only
    notches = notch_findings(ctx) if "notch" in ctx.summary.lower else []
    out = list(notches)
    for q in quantities:
        if ctx.is_excluded(q.start, q.end) or any(f.overlaps(q.start, q.end) for f in notches):
            continue
        f = judge(q, ctx.summary, src, quantities)
        if f is not None:
            out.append(f)
    out += words
    return sorted(out, key=lambda f: f.start) if notches or words else out
