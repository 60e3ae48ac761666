"""DATE009: a quarter's figure given for the full year. "guided full-year comparable sales to flat
to up 1%" where the source says "For the second quarter, we expect comparable sales to be flat
to up 1%" (and gives the full year other figures). Guidance for the next quarter and for the
year sit side by side in results and calls, and a summary easily swaps them.

The summary clause names the full year ("full-year", "full year", "annual", "for the year") and
states a figure; every source sentence with that figure written the same way, and two or more of
the clause's other words (the one with most of them), speaks of a quarter and not of the year."""

from __future__ import annotations

import re

from ..findings import Finding
from ..text import stem
from .base import CheckContext, clause_bounds

_YEAR = re.compile(r"\b(?:full[- ]year|annual|for\s+the\s+(?:full\s+)?year|FY(?=\s|$))",
                   re.IGNORECASE)
_QUARTER = re.compile(r"\b(?:(?:first|second|third|fourth|next|current|this|the)[- ]quarter|"
                      r"Q[1-4]|(?:1st|2nd|3rd|4th)[- ]quarter)\b", re.IGNORECASE)
_FIG = re.compile(r"[$\u20ac\u00a3\u00a5]?\d[\d,]*(?:\.\d+)?\s?(?:%|bps|bp|[mbk]n?\b|million|billion)?",
                  re.IGNORECASE)
_WORD = re.compile(r"[a-z]{4,}")
_CUT = re.compile(r"[;:\u2014]|,\s|\s(?:while|whereas|but|as|after|and)\s")
# The source speaks of a year in the sentence: "save about $210 million a year".
_SOURCE_YEAR = re.compile(r"\b(?:full[- ]year|annual(?:ly)?|(?:a|per|each|this|the|fiscal)\s+year|"
                          r"FY\d*|(?<!quarter of )(?<!half of )(?:19|20)\d\d)\b", re.IGNORECASE)
# (not "from the fourth quarter of 2023": the year of a quarter)
_SKIP = frozenset(["guided", "guidance", "expects", "expect", "reaffirmed", "management", "full",
                   "year", "annual", "with", "from", "that", "this", "sees", "forecast"])


def _words(text: str) -> set[str]:
    return {w[:5] for w in _WORD.findall(text.lower()) if w not in _SKIP}


def _best_sentences(src, fig: str, mine: set[str], words_of: list[set[str]]) -> list:
    """(shared words, index) of the source sentences that write `fig`, best first."""
    at = re.compile(r"(?<![\d.,])" + re.escape(fig) + r"(?![\d])")
    starts = [m.start() for m in at.finditer(src.text)]
    ks = sorted({src.sentence_index(i) for i in starts} - {-1})
    return sorted(((len(mine & words_of[k]), k) for k in ks), reverse=True)


def quarter_as_year(ctx: CheckContext) -> list[Finding]:
    text, src = ctx.summary.text, ctx.source
    out = []
    seen: dict = {}
    words_of = src.memo("dates.spans.words", lambda d: [_words(d.text[a:b]) for a, b in d.sentences])
    for m in _YEAR.finditer(text):
        if ctx.overlaps_excluded(m.start(), m.end()):
            continue
        s0, s1 = ctx.summary.sentence_span(m.start())
        lo, hi = clause_bounds(text, s0, s1, m.start(), m.end(), _CUT)
        if _QUARTER.search(text, lo, hi):
            continue  # the clause names a quarter too
        mine = _words(text[lo:hi])
        for f in _FIG.finditer(text, m.end(), hi):
            fig = f.group().strip()
            if not any(c.isdigit() for c in fig) or not re.search(r"[%$\u20ac\u00a3\u00a5.]|bps?", fig):
                continue  # a bare count or year
            key = (fig, frozenset(mine))
            if key not in seen:  # a long summary repeats its clauses: each is judged once
                seen[key] = _best_sentences(src, fig, mine, words_of)
            hits = seen[key]
            if not hits or hits[0][0] < 2 or len(hits) > 1 and hits[1][0] == hits[0][0]:
                continue  # no sentence, or no single one, that says what the clause says
            a, b = src.sentences[hits[0][1]]
            if _QUARTER.search(src.text, a, b) and not _SOURCE_YEAR.search(src.text, a, b):
                q = _QUARTER.search(src.text, a, b).group()
                q = q if q.lower().startswith(("the", "q")) else f"the {q}"
                out.append(Finding.at(
                    text, m.start(), m.end(), "date",
                    f"the source gives {fig} for {q}, not for the full year", src.text[a:b],
                    "error", "DATE009"))
                break
    return out


# Words of a game: its halves and quarters are no fiscal periods.
_GAME = re.compile(r"\b(?:half-?time|full-?time|goals?|scored|scorer|kick-?off|touchdowns?|innings|"
                   r"quarterback|\d+-\d+\s+(?:up|down|lead|win|victory|defeat|draw))\b",
                   re.IGNORECASE)

# "fell 5% from Q2", "up 3% versus the second quarter": a quarter told as the base of a move.
_BASE_BEFORE = re.compile(r"\b(?:from|versus|vs\.?|than|compared\s+(?:with|to)|over|above|below|ahead\s+of|behind)"
                          r"\s+(?:the\s+)?$",
                          re.IGNORECASE)
_SEQUENTIAL = re.compile(r"\bsequential|\b(?:previous|prior|preceding|last)\s+quarter\b|"
                         r"\bquarter[- ](?:on|over)[- ]quarter\b|\bq/q\b")


def sequential_base(summary_text: str, start: int, source_lower: str) -> bool:
    """A summary quarter at `start` is the base of a sequential move ("fell 5% from Q2") in a
    source that compares quarters with the one before: not the period of the figure."""
    return bool(_BASE_BEFORE.search(summary_text, max(0, start - 24), start)
                and _SEQUENTIAL.search(source_lower))


def base_in_source(text: str, start: int, s0: int, sequential: bool) -> bool:
    """A source quarter at `start` is the base of a sequential move in its sentence, which
    starts at s0 and compares periods (`sequential`, read once per sentence): "to deteriorate
    by 150 to 250 basis points sequentially from the third quarter" dates the comparison, not
    the figure."""
    return sequential and bool(_BASE_BEFORE.search(text, max(s0, start - 24), start))


def compares_periods(lower: str, s0: int, s1: int) -> bool:
    """Does the lower-cased text [s0, s1) compare a period with the one before it?"""
    return _SEQUENTIAL.search(lower, s0, s1) is not None


_END_OF = re.compile(r"\b(?:at\s+|by\s+)?(?:the\s+)?end\s+of\s+(?:the\s+)?$", re.IGNORECASE)
_MONTH_NAMES = ("january", "february", "march", "april", "may", "june", "july", "august",
                "september", "october", "november", "december")


def quarter_end_told(summary_text: str, m, source_lower: str) -> bool:
    """ "from $1.04 billion at the end of the first quarter" where the source says "at the end of
    March": the end of a calendar quarter told by its last month."""
    if m.quarter is None or m.fiscal or not _END_OF.search(summary_text, max(0, m.start - 24), m.start):
        return False
    month = _MONTH_NAMES[(m.quarter_end or 3 * m.quarter) - 1]
    return re.search(rf"\bend\s+of\s+{month}\b|\b{month}\s+3[01]\b|\bend-{month[:3]}", source_lower) is not None


# Words of a time of year told two ways: "the middle of next year" / "mid-2026".
_SAME_WORD = {"middle": "mid", "beginning": "early", "start": "early", "end": "late"}


def context_word(word: str) -> str:
    """A word around a date as compared with the words around another: its stem, with "middle"
    read as "mid" ("turns before the middle of next year" / "turn before mid-2026")."""
    return _SAME_WORD.get(word) or stem(word)
