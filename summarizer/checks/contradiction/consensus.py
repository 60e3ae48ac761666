"""CON019: a decision said to be what most forecasters expected when the source says most expected
something else. "cut its rate by 25 bp to 11.75%, as most economists had expected" where the
source says "Eight of 11 economists polled had expected the committee to hold the rate at
12.00%"; "cut by 50 basis points, in line with most economists' forecasts" where the cut "was
larger than the 25 basis point cut forecast by 11 of 17 economists".

The summary sentence says the decision was expected ("as most economists had expected", "in line
with expectations"); a source sentence gives what most forecasters expected ("eight of 11
economists", "most analysts", "the rest expected ...") and that differs from the summary's
decision: a hold for a move, or a move of another size. Nothing is flagged when the source
itself calls the decision expected."""

from __future__ import annotations

import re

from ...parsing.quantities import parse_quantities
from ..base import CheckContext
from .polarity import Clash
from .view import View

_WHO = r"(?:economists|analysts|forecasters|strategists|traders|markets?|respondents)"
_EXPECT = r"(?:expected|forecast|predicted|anticipated|projected)"
_AS_EXPECTED = re.compile(
    rf"\bas\s+(?:(?:most|many|all)\s+)?{_WHO}(?:\s+(?:polled|surveyed)(?:\s+by\s+\w+)?)?\s+"
    rf"(?:had\s+)?{_EXPECT}\b"
    rf"|\bas\s+(?:widely\s+|had\s+been\s+|was\s+)?expected\b"
    rf"|\bin\s+line\s+with\s+(?:(?:the\s+|market\s+)?(?:expectations|forecasts|estimates|consensus)"
    rf"|(?:most\s+)?(?:economists|analysts)['\u2019]?\s+(?:forecasts|expectations|estimates))"
    rf"(?:\s+(?:of|from)\s+(?:most\s+)?{_WHO}(?:\s+polled(?:\s+by\s+\w+)?)?)?"
    rf"|\b(?:widely\s+)?expected\s+by\s+(?:most\s+)?{_WHO}\b",
    re.IGNORECASE)
_NUM_WORD = {w: k for k, w in enumerate(
    ("one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
     "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen",
     "twenty"), start=1)}
_COUNT = r"(\d+|" + "|".join(sorted(_NUM_WORD, key=len, reverse=True)) + ")"
_OF = re.compile(rf"\b(only\s+)?{_COUNT}\s+(?:out\s+)?of\s+(?:the\s+)?(\d+)\s+(?:\w+\s+){{0,2}}?{_WHO}",
                 re.IGNORECASE)
_MOST = re.compile(rf"\b(?:most|the\s+majority\s+of|a\s+majority\s+of)\s+(?:\w+\s+)?{_WHO}\b",
                   re.IGNORECASE)
_REST = re.compile(r"\b(?:the\s+rest|the\s+remaining(?:\s+\w+)?|the\s+others|all\s+the\s+others|"
                   r"the\s+other\s+\w+)\b", re.IGNORECASE)
_FORECAST_WORD = re.compile(rf"\b{_EXPECT}|\bexpecting\b|\bforecasting\b|\bpredicting\b",
                            re.IGNORECASE)
_HOLD = re.compile(r"\b(?:hold|held|keep|kept|leave|left|unchanged|steady|pause|on\s+hold)\b",
                   re.IGNORECASE)
_MOVE = re.compile(r"\b(?:cut|cuts|cutting|lowered|lower|reduced|reduction|raised|raise|hike|"
                   r"hiked|increase|increased|tightened|eased)\b", re.IGNORECASE)
_SOURCE_EXPECTED = re.compile(r"\b(?:as\s+(?:widely\s+)?expected|in\s+line\s+with\s+(?:the\s+)?"
                              r"(?:market\s+)?(?:expectations|forecasts)|as\s+(?:most\s+)?"
                              r"(?:economists|analysts)\s+(?:had\s+)?(?:expected|forecast|predicted))\b",
                              re.IGNORECASE)
# The source calls the decision a surprise: "a larger reduction than most economists had forecast".
_THAN_EXPECTED = re.compile(
    rf"\b(?:larger|bigger|smaller|deeper|steeper)\b[^.;,]{{0,30}}?\bthan\s+"
    rf"(?:(?:most|many)\s+)?(?:{_WHO}\s+(?:polled\s+)?(?:had\s+)?{_EXPECT}|(?:had\s+been\s+)?"
    rf"(?:expected|forecast))\b|\b(?:unexpected(?:ly)?|surprise[ds]?|surprising(?:ly)?)\b",
    re.IGNORECASE)
_CLAUSE_END = re.compile(r"[;:]|,\s+(?:while|but|whereas)\b|\s+while\s+")


def _count(word: str) -> int:
    return int(word) if word.isdigit() else _NUM_WORD[word.lower()]


def _majority(sentence: str) -> str | None:
    """The part of a source sentence that says what most forecasters expected, or None."""
    if not _FORECAST_WORD.search(sentence):
        return None
    m = _OF.search(sentence)
    if m is not None:
        k, n = _count(m.group(2)), int(m.group(3))
        if n <= 0 or k > n:
            return None
        if 2 * k > n and not m.group(1):
            return _clause(sentence, m.start())
        rest = _REST.search(sentence, m.end())
        return _clause(sentence, rest.start()) if rest else None
    most = _MOST.search(sentence)
    return _clause(sentence, most.start()) if most else None


def _clause(sentence: str, at: int) -> str:
    """The clause of `sentence` around offset `at`."""
    start = 0
    for m in _CLAUSE_END.finditer(sentence, 0, at):
        start = m.end()
    end = _CLAUSE_END.search(sentence, at)
    return sentence[start:end.start() if end else len(sentence)]


def _move_size(text: str) -> float | None:
    """The size of the move, in basis points, that the text gives ("25 basis point", "a
    quarter-point", "half-point"), or None."""
    for q in parse_quantities(text):
        if q.unit == "bp" and q.high is None:
            return q.value
        if q.unit == "pp" and q.high is None:
            return q.value * 100
    low = text.lower()
    if "half-point" in low or "half a point" in low or "half a percentage point" in low:
        return 50.0
    if "quarter-point" in low or "quarter point" in low:
        return 25.0
    return None


def _differs(decision: str, expected: str) -> str | None:
    """How the forecasters' expectation differs from the decision, in words, or None."""
    held = _HOLD.search(decision) and not _MOVE.search(decision)
    hold_expected = _HOLD.search(expected) and not _MOVE.search(expected)
    if hold_expected and _MOVE.search(decision) and not held:
        return "no change"
    if held and _MOVE.search(expected) and not hold_expected:
        return "a move"
    mine, theirs = _move_size(decision), _move_size(expected)
    if mine is not None and theirs is not None and abs(mine - theirs) > 0.5:
        return f"a {theirs:g} basis point move"
    return None


def _consensus_clashes(ctx: CheckContext, summ: View, src: View) -> list[Clash]:
    text = ctx.summary.text
    if not _AS_EXPECTED.search(text):
        return []
    doc = ctx.source
    if _SOURCE_EXPECTED.search(doc.text):
        return []  # the source itself calls the decision expected
    majority = doc.memo("contradiction.consensus", lambda d: [
        (k, part) for k, (a, b) in enumerate(d.sentences)
        if (part := _majority(d.text[a:b])) is not None][:_MAJORITIES])
    surprises = doc.memo("contradiction.surprises", lambda d: [
        (k, m.group()) for k, (a, b) in enumerate(d.sentences)
        if (m := _THAN_EXPECTED.search(d.text, a, b)) is not None][:_MAJORITIES])
    if not majority and not surprises:
        return []
    out = []
    judged: dict[str, tuple | None] = {}  # a repeated sentence is judged once
    for s0, s1 in ctx.content_sentences():
        m = _AS_EXPECTED.search(text, s0, s1)
        if m is None or ctx.overlaps_excluded(m.start(), m.end()):
            continue
        decision = text[max(s0, m.start() - _REACH):m.start()]
        if decision not in judged:
            judged[decision] = next(((k, part, "in the source most forecasters expected " + how)
                                     for k, part in majority
                                     if (how := _differs(decision, part)) is not None),
                                    None) or _surprise(doc, surprises, decision)
        found = judged[decision]
        if found is not None:
            k, part, how = found
            a, b = doc.sentences[k]
            out.append(Clash(m.start(), m.end(), text[m.start():m.end()], part.strip(),
                             doc.text[a:b],
                             f"the summary says the decision was expected, but {how}"))
    return out


def _surprise(doc, surprises: list[tuple[int, str]], decision: str) -> tuple | None:
    """(sentence, words, message) when a source sentence calls a move of the decision's size a
    surprise, else None."""
    size = _move_size(decision)
    if size is None:
        return None
    for k, words in surprises:
        a, b = doc.sentences[k]
        theirs = _move_size(doc.text[a:b])
        if theirs is not None and abs(theirs - size) <= 0.5:
            return k, words, f"the source says: '{words}'"
    return None


_MAJORITIES = 8  # source sentences on what most forecasters expected, the first read
_REACH = 300  # characters of the decision read before "as expected"
