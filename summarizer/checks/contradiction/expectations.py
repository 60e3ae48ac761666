"""The source's expectations: figures that analysts, economists or a consensus expected ("Analysts
on average had expected $2.52 billion", "compared with estimates of $2.38 billion"), which the
contradiction check reads "above"/"below"/"in line with" against."""

from __future__ import annotations

import re

from ...parsing.directions import lexicon, opposite
from ...text import stem
from .view import _RANGE_GAP, Claim, Num, View, same_figure


def expectations(src: View) -> list[Num]:
    """Figures from sentences where analysts/economists/consensus expected something."""

    def build(_doc):
        lex = lexicon()
        holders = set().union(*(src.occ(w) for w in lex.holders))
        cues = set().union(*(src.occ(w) for w in lex.estimate_cues))
        both = [k for k in sorted(holders & cues) if _holder_expects(src, k, lex)]
        # "compared with estimates of $2.38 billion": an estimate named by its figure.
        both += [k for k in sorted(cues - set(both))
                 if _AGAINST.search(src.doc.lower, *src.sentences[k])]
        both.sort()
        return [n for k in both for n in src.sentence_nums(k)
                if n.cls != "year" and n.start >= _actuals_end(src, k, lex)]

    return src.doc.memo("contradiction.expectations", build)


_AGAINST = re.compile(r"\b(?:compared\s+with|versus|vs\.?|against|beating|missing|topping|above|"
                      r"below|ahead\s+of|short\s+of)\s+(?:the\s+)?(?:average\s+)?(?:estimates?|"
                      r"expectations?|forecasts?|consensus)\s+(?:of|for)\s")
# The words that set an actual figure against its expectation: "rose 5.3% to 4.62 billion crowns,
# ahead of the 4.48 billion expected", "fell 2.4%, against expectations for a 1.1% rise".
_SET_AGAINST = re.compile(r"\b(?:compared\s+(?:with|to)|versus|vs\.?|against|beat(?:ing)?|"
                          r"miss(?:ed|ing)?|topp(?:ed|ing)|above|below|ahead\s+of|short\s+of|"
                          r"exceed(?:ed|ing)?|than)\b")


def _actuals_end(src: View, k: int, lex) -> int:
    """Where sentence k's expectation starts when it first names the actual figures and then sets
    them against what was expected: the figures before the word that sets them against it are
    what happened, not what was expected. The sentence's start otherwise ("Analysts had expected
    $2.4 billion, compared with $2.1 billion a year earlier": the expectation comes first)."""
    s, e = src.sentences[k]
    low = src.doc.lower
    cue = next((m.start() for m in _WORDS.finditer(low, s, e) if stem(m.group()) in lex.estimate_cues),
               None)
    if cue is None:
        return s
    marks = [m for m in _SET_AGAINST.finditer(low, s, cue)]
    if not marks or not any(n.start >= marks[-1].end() for n in src.sentence_nums(k)):
        return s
    return marks[-1].start()


_HOLDER_REACH = 6  # words between a forecaster and its expectation: "economists polled by X expected"


def _holder_expects(src: View, k: int, lex) -> bool:
    """A forecaster close to an expectation word in sentence k ("economists had expected",
    "the market consensus"), not two words of one sentence far apart ("the housing market would
    weigh on growth, which it now forecasts at 1.2%")."""
    s, e = src.sentences[k]
    stems = [stem(w) for w in _WORDS.findall(src.doc.lower[s:e])]
    held = [i for i, w in enumerate(stems) if w in lex.holders]
    cued = [i for i, w in enumerate(stems) if w in lex.estimate_cues]
    if any(abs(i - j) <= _HOLDER_REACH for i in held for j in cued):
        return True
    # "Mika Tanabe, senior analyst at X, said the buyback was larger than she had expected".
    return any(w in _PERSONS for j in cued for w in stems[max(0, j - 3) : j])


_PERSONS = frozenset(["he", "she", "they", "we"])


_WORDS = re.compile(r"[a-z]+")


# A fall told before its size: "fell 3.2%" against "the 0.8% drop expected" compares sizes of
# falls, which the figures alone do not order.
_FELL = re.compile(r"\b(?:fell|fall|falls|down|dropped|declined|decreased|slipped|slid|lost|"
                   r"shrank|contracted)\b[^.;]*$", re.IGNORECASE)


_FELL_AT = re.compile(r"\b(?:fell|fall|falls|down|dropped|declined|decreased|slipped|slid|lost|"
                      r"shrank|contracted)\s+(?:by\s+)?(?:(?:about|around|roughly|nearly|almost|"
                      r"some|just)\s+)?(?:an?\s+)?$", re.IGNORECASE)


def _fall(text: str, n: Num) -> bool:
    """Is the percentage n the size of a fall ("slipped 2.4%", "a 3% drop")?"""
    return bool(_FELL_AT.search(text, max(0, n.start - 40), n.start) or _FALL_AFTER.match(text, n.end))


_FALL_AFTER = re.compile(r"\s*(?:drop|decline|fall|decrease|contraction)\b", re.IGNORECASE)
_YARDSTICKS = frozenset(["target", "rang", "goal", "limit", "threshold", "ceil", "band", "corridor"])
_FORECASTERS = frozenset(["forecast", "estim", "expect", "consensus", "analyst", "economist", "poll"])


def _judge_estimate(c: Claim, src: View):
    """Above/below an estimate derived from the source's figures ("rose to 3.9%" and "economists
    had expected 3.7%": above). False when the source gives no such figures."""
    own = _current(c.a.text, [n for n in c.nums if n.end <= c.polar.start] or list(c.lead))
    # The figure set against the estimate the summary names: of the estimate's kind ("rose 2%
    # to €3.1 billion, ahead of the 3.5% expected": the 2%).
    named = next((n for n in c.nums if n.start >= c.polar.start), None)
    text = c.a.text
    own = [n for n in own if named is None or n.cls == named.cls
           and not _FELL.search(text, max(0, n.start - 20), n.start)] or own
    # A breakdown in brackets before the verdict is not the figure judged: "rose 5.2% (pricing
    # 3.9%, volumes 1.3%), beating the 4.1% expected" judges the 5.2%.
    own = [n for n in own if not _bracketed(text, n.start, c.polar.start)] or own
    if not own or not src.has_figure(own[-1], c.a.text):
        return False
    actual = own[-1]
    expected = [e for e in expectations(src) if e.cls == actual.cls
                and not same_figure(e, actual) and _comparable(e, actual)]
    # The expectation stated beside the actual figure, when the source has one: "rose 11% to
    # $2.41 billion, compared with estimates of $2.38 billion", not next quarter's consensus.
    # The summary's own estimate figure ("short of the $3.52bn consensus"), when the source
    # gives it as an expectation; else the source's expectations the summary does not repeat.
    after = [n for n in c.nums if n.start >= c.polar.start and n.cls == actual.cls]
    # (The first of the summary's figures that the source gives as expected: "better than the
    # £3.5bn analysts expected and down from £4.1bn a year before" names the 3.5.)
    named = next(([e for e in expected if same_figure(e, n)] for n in after
                  if any(same_figure(e, n) for e in expected)), [])
    beside = src.sentences_with_figures([actual], c.a.text)
    expected = [e for e in expected if src.sentence_of(e.start) in beside] or expected
    if named:
        expected = named[:1]
    elif after and c.near & _YARDSTICKS and not c.near & _FORECASTERS \
            and src.has_figure(after[0], c.a.text):
        return False  # "above the bank's 2% to 4% target": a yardstick the source gives, not as
        # an expectation
    else:
        expected = [e for e in expected if not any(same_figure(e, o) for o in c.nums)]
    if not expected:
        return False
    lo = own[-2] if len(own) > 1 and own[-2].cls == actual.cls else None
    if lo is not None and _RANGE_GAP.match(c.a.text[lo.end:actual.start] or " -") and any(
            lo.value <= e.value <= actual.value for e in expected):
        return False  # "near the bottom of the 145-165m range, below the 157m consensus"
    signs = {"above" if actual.value > e.value else "below" for e in expected}
    fell = _FELL_AT.search(text, max(0, actual.start - 40), actual.start) is not None
    if actual.cls == "pct" and fell != any(_fall(src.text, e) for e in expected) and all(
            _fall(src.text, e) == _fall(src.text, expected[0]) for e in expected):
        # A fall against an expected rise is below it, whatever the sizes ("slipped 2.4%,
        # missing expectations of a 1.1% rise"); a rise against an expected fall is above.
        signs = {"below" if fell else "above"}
    if len(signs) != 1:
        # Forecasts of other figures on both sides ("0.3%" headline, "3.4%" annual): the one of
        # this figure's size is its forecast (a quarterly 0.8% against the 0.7% expected).
        near = [e for e in expected if e.value > 0 < actual.value
                and max(e.value, actual.value) <= 2 * min(e.value, actual.value)]
        if len(near) != 1:
            return False
        expected = near
        signs = {"above" if actual.value > near[0].value else "below"}
    # Falls on both sides, the summary's expectation named as one ("the expected 3% decline").
    falls = _FELL.search(text, max(0, actual.start - 20), actual.start) is not None and any(
        _FALL_AFTER.match(text, n.end) for n in after) and all(
        _FALL_AFTER.match(src.text, e.end) or _FELL.search(src.text, max(0, e.start - 20), e.start)
        for e in expected)
    if _verdict_on_cost(c) != falls:
        # "a loss of €142 million, beating forecasts of €175 million": a smaller loss beats;
        # "fell 4.8%, worse than the 3% drop expected": a bigger fall is below.
        signs = {"below" if s == "above" else "above" for s in signs}
    if opposite(c.values, frozenset(signs)):
        return expected[0]
    return None


_EARLIER_BEFORE = re.compile(
    r"(?:\bfrom|\bversus|\bvs\.?|\bcompared\s+(?:with|to)|\bagainst|\bthan)\s+(?:the\s+|its\s+|a\s+)?"
    r"(?:(?:previous|prior|earlier|original|(?:upwardly\s+|downwardly\s+)?revised)(?:ly)?\s+)?"
    # "from at least $24", "from a revised A$4.38bn"
    r"(?:(?:at\s+least|at\s+most|about|around|roughly|nearly|almost|some|just|more\s+than|"
    r"less\s+than|over|under)\s+)?(?:[A-Z]{0,3}[$\u20ac\u00a3\u00a5]|[A-Z]{3})?\s?[+\u2212-]?$"
)
_EARLIER_AFTER = re.compile(
    r"\s*(?:a\s+share\s+|per\s+share\s+)?(?:before|previously|earlier|a\s+year\s+(?:ago|earlier)|"
    # "after an 8% rise in the previous quarter"
    r"(?:[a-z]+\s+){0,2}in\s+the\s+(?:previous|prior|preceding)\s+(?:quarter|year|half|period|month))\b"
)


def _current(text: str, nums: list[Num]) -> list[Num]:
    """The figures of a clause less those given as the earlier level ("to 4.6%, up from 4.4%";
    "$2.10-$2.25 versus $2.60-$2.80 before"): what is above or below an estimate is the level
    now. A range is judged by its first figure's words."""
    out, k = [], 0
    while k < len(nums):
        j = k
        while j + 1 < len(nums) and _RANGE_GAP.match(text[nums[j].end : nums[j + 1].start] or " -"):
            j += 1
        lead = text[max(0, nums[k].start - 40) : nums[k].start]
        if not (_EARLIER_BEFORE.search(lead) or _EARLIER_AFTER.match(text, nums[j].end)):
            out.extend(nums[k : j + 1])
        k = j + 1
    return out


def _bracketed(text: str, at: int, end: int) -> bool:
    """Is `at` inside a parenthesis that closes before `end`?"""
    opened = text.rfind("(", 0, at)
    return opened >= 0 and text.find(")", opened, at) < 0 and 0 <= text.find(")", at, end)


_VERDICTS = frozenset(["beat", "miss"])


def _verdict_on_cost(c: Claim) -> bool:
    """A verdict ("beat", "missed", "worse than") on a metric where lower is better (a loss,
    costs)."""
    lex = lexicon()
    toks = c.a.tokens
    if toks[c.polar.tok].stem not in _VERDICTS and toks[c.polar.tok].low not in ("worse", "better"):
        return False
    i = c.polar.tok
    while i > max(0, c.polar.tok - 25) and toks[i - 1].low not in (".", ";", ":"):
        i -= 1  # the sentence before the verdict: "loss shrank to €142m, beating"
    said = {t.stem for t in toks[i : c.polar.tok] if t.kind == "w"}
    return bool(said & lex.lower_is_better) and not said & lex.higher_is_better


def _comparable(e: Num, n: Num) -> bool:
    """Amounts of one metric: an estimate of $1.74 billion is not the yardstick of 94 cents a
    share."""
    if e.cls != "amount" or e.value <= 0 or n.value <= 0:
        return True
    return max(e.value, n.value) <= 5 * min(e.value, n.value)
