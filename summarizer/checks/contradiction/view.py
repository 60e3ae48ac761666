"""Figures and polar claims of a text, read once: `View` finds the sentences a summary claim points
at, and `Claim` is one direction word with its subject, figures and negation."""

from __future__ import annotations

import bisect
import itertools
import re
from typing import NamedTuple

from ...parsing.directions import (
    Analysis,
    analyse,
    lexicon,
    old_level,
    stem_list,
    word_list,
)
from ...parsing.quantities import CURRENCY_WORDS as _PARSED_CURRENCIES
from ...text import stem
from ...text.patterns import lazy_compile, trie

STOP = stem_list("stop")
CAL = stem_list("calendar")
LEAD_IN = word_list("lead_in")
CORP = word_list("corporate")
ACQ_VERBS = stem_list("acquire_verbs")
ACQ_NOUNS = stem_list("acquire_nouns")
LEAD_VERBS = stem_list("lead_verbs")
MERGED = stem_list("merged")
TITLES = stem_list("titles")
HOLDERS = stem_list("holders")
OWN_CUES = stem_list("own_cues")
RECOVER = stem_list("recover")
ALL = word_list("all")  # "recovered all of"
CURRENCY_WORDS = word_list("currency_words")
# Words after "not" that are not actions: "not only", "did not say", "would not comment".
NOT_VERBS = word_list("not_verbs")


NAME = "contradiction"
NEEDS_SOURCE = True
_LEVEL_AXES = ("move", "change")  # axes of a level that moves

# ---------------------------------------------------------------------------------- numbers
# Starts at a digit so the regex engine can skip to digits; what precedes is checked in Python.
_NUM = re.compile(
    r"(?P<num>\d{1,3}(?:,\d{3})+|\d+)(?P<dec>\.\d+)?"
    r"(?:(?:\s?|-)(?P<unit>%|per\s?cent\b|percentage[\s-]+points?\b|pp\b|pts?\b|basis[\s-]+points?\b"
    r"|bps?\b|trillion\b|tn\b|billion\b|bn\b|million\b|mln\b|mn\b|(?i:[bmk])\b|(?<=\d)T\b|(?:[A-Z][a-z]+\s)?cents?\b|pence\b"
    r"|p\b))?"
)
_SIGNS = "$\u20ac\u00a3\u00a5"
# A month right before a number makes it a day: "Nov 4", "March 13", and the end of a range
# of days, "Nov 1-12".
_MONTHS = re.compile(
    r"\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+(?:\d{1,2}\s?"
    r"[-\u2013]\s?)?$", re.IGNORECASE
)
_SCALE = {
    "trillion": 1e12, "tn": 1e12, "billion": 1e9, "bn": 1e9, "million": 1e6, "mln": 1e6,
    "mn": 1e6, "t": 1e12, "b": 1e9, "m": 1e6, "k": 1e3, "cent": 0.01, "cents": 0.01, "pence": 0.01, "p": 0.01,
}  # fmt: skip
# "228 pounds per tonne", "412 euros": an amount named by its currency after the figure (the
# currency words the figure parser reads there).
_CURRENCY_AFTER = re.compile(
    r"\s(?:" + "|".join(sorted(map(re.escape, _PARSED_CURRENCIES), key=len, reverse=True))
    + r")\b", re.IGNORECASE)
_HEDGED = re.compile(r"(?:\b(?:about|around|roughly|approximately|nearly|almost|some|close\s+to|"
                     r"just\s+(?:over|under|below|above)|more\s+than|less\s+than)\s+|~\s*)$",
                     re.IGNORECASE)
_RANGE_GAP = re.compile(r"\s*(?:-|\u2013|to|and)\s*(?:[A-Z]{0,3}[$\u20ac\u00a3\u00a5])?$")


class Num(NamedTuple):
    start: int
    end: int
    value: float
    cls: str  # "pct", "pp", "bp", "amount", "plain", "year"
    prec: float = 0.0  # a scaled amount's rounding: half its last written digit ("14 mn": 0.5 mn)
    half: float = 0.0  # a hedged figure's rounding: half its last written digit ("roughly 121%":
    # 0.5); an unhedged rate is exact


def _unit_class(unit: str | None, cur: bool) -> tuple[str, float]:
    u = (unit or "").lower()
    if u.endswith("cents") and not u.startswith("per"):
        u = u.split()[-1]  # "australian cents": cents
    if u == "%" or u.startswith("per"):
        return ("pp" if u.startswith("percentage") else "pct"), 1.0
    if u in ("pp", "pt", "pts"):
        return "pp", 1.0
    if u.startswith(("basis", "bp")):
        return "bp", 1.0
    if u in _SCALE:
        return "amount", _SCALE[u]
    return ("amount" if cur else "plain"), 1.0


def _currency_start(text: str, s: int) -> int:
    """Start of a currency sign (with its letters: "US$", "C$") right before offset s, or -1."""
    k = s - 1
    if k >= 0 and text[k] == " ":
        k -= 1
    if k < 0 or text[k] not in _SIGNS:
        return -1
    j = k
    while j > 0 and k - j < 3 and text[j - 1].isupper():
        j -= 1
    if j > 0 and (text[j - 1].isalnum() or text[j - 1] in ".,"):
        return -1
    return j


def numbers(text: str, years: bool = False, start: int = 0, end: int | None = None) -> list[Num]:
    """Numbers with a class and scale, enough to tell whether two mentions are the same figure.
    Bare years are skipped (kept as class "year" with `years=True`); the first number of a range
    ("$1.1-1.4 billion") takes the unit of the second."""
    raw = []
    for m in _NUM.finditer(text, start, len(text) if end is None else end):
        s = m.start()
        if s and (text[s - 1].isalpha() or text[s - 1] in ".,"):
            continue  # "A320", the tail of a code
        digits, dec, unit = m.group("num", "dec", "unit")
        value = float(digits.replace(",", "") + (dec or ""))
        cs = _currency_start(text, s)
        cls = None
        if unit is None and cs < 0 and not dec:
            if len(digits) == 4 and 1900 <= value <= 2100:
                if not years:
                    continue
                cls = "year"
            elif _MONTHS.search(text, max(0, s - 18), s):
                continue  # "Nov 4", "March 13", "Nov 1-12"
        prec = 0.5 * 10.0 ** -(len(dec) - 1) if dec else 0.5
        cur = cs >= 0 or unit is None and _CURRENCY_AFTER.match(text, m.end()) is not None
        if cs < 0 and s and text[s - 1] in "-\u2212" and (s == 1 or text[s - 2] in " (\n\t"):
            s, value = s - 1, -value  # "a reading of -21.5": below zero
        raw.append([cs if cs >= 0 else s, m.end(), value, unit, cur, cls, prec])
    for a, b in itertools.pairwise(raw):
        if a[3] is None and b[3] is not None and _RANGE_GAP.match(text[a[1] : b[0]] or " -"):
            a[3] = b[3]
    out = []
    for s, e, value, unit, cur, cls, prec in raw:
        scale = 1.0
        if cls is None:
            cls, scale = _unit_class(unit, cur)
            value *= scale
        # Only amounts written with a scale ("14 mn") are taken as rounded: "4%" and "25bp"
        # are exact figures.
        hedged = _HEDGED.search(text, max(0, s - 20), s) is not None
        out.append(Num(s, e, value, cls, prec * scale if scale > 1 else 0.0,
                       prec if hedged else 0.0))
    return out


_RATE_CLASSES = frozenset(["pct", "pp", "bp"])


def same_figure(a: Num, b: Num) -> bool:
    if a.cls != b.cls or a.value <= 0 or b.value <= 0:
        return a.cls == b.cls and a.value == b.value
    if a.prec and b.prec:
        # Two scaled amounts: the same when within the coarser one's rounding ("$4.85 billion"
        # is not "$4.86 billion"; "$4.9 billion" may be either).
        return abs(a.value - b.value) <= max(a.prec, b.prec) * (1 + 1e-9)
    if a.cls in _RATE_CLASSES and abs(a.value - b.value) > max(a.half, b.half) + 1e-9:
        return False  # 58.5% is not 58.4% (a guided range's end is not the quarter's margin);
        # "roughly 121%" may be 121.3%
    # "about 14 mn" for 14.2 million: within half a unit of the coarser figure's last digit
    return abs(a.value - b.value) <= max(0.006 * max(a.value, b.value), min(
        max(a.prec, b.prec), 0.05 * max(a.value, b.value)))


# ---------------------------------------------------------------------------------- views
class Claim:
    """A polar statement with what anchors it: its axis/values (an estimate against the
    speaker's own previous forecast reads as a change), figures and content words."""

    __slots__ = ("a", "axis", "lead", "near", "nums", "own", "polar", "subject", "values", "words")

    def __init__(self, polar, a, axis, values, nums, own, words, subject, near, lead=()):
        self.polar = polar
        self.a = a
        self.axis = axis
        self.values = values
        self.nums = nums  # the figures in its clause
        self.own = own  # figures within a few words of the trigger
        self.words = words  # content stems of its clause
        self.subject = subject  # content stems before the trigger, in its clause
        self.near = near  # content stems within a few words of the trigger, in its clause
        # An estimate verdict opening a contrast clause with no figure of its own ("fell 21% to
        # $18.4bn, though that topped the $20bn expected"): the figures of the clause before.
        self.lead = lead


_LEX_STEMS: list = []


def _lex_stems() -> frozenset:
    if not _LEX_STEMS:
        lex = lexicon()
        words = {s for k, senses in lex.phrases.items() if senses for s in k}
        _LEX_STEMS.append(frozenset(words - lex.objects - stem_list("anchor_words")))
    return _LEX_STEMS[0]


def _content(tokens) -> frozenset:
    skip = _lex_stems()
    return frozenset(
        # "its BB rating" is not "an interest rate" (both stem to "rate")
        "rating" if t.low in _RATING else t.stem
        for t in tokens
        if t.kind == "w" and len(t.stem) > 1 and t.stem not in STOP and t.stem not in skip
    )


_RATING = frozenset(["rating", "ratings"])


_NEAR = 5
_INT_PART = re.compile(r"\d[\d,]*")
_WORD_AT = re.compile(r"[a-z]+(?:['\u2019][a-z]+)*")


def _token_at(a: Analysis, offset: int) -> int:
    return bisect.bisect_left(a.tokens.starts, offset)


class View:
    """A document read for this check: numbers, and polar claims of the sentences read so far.
    The summary is read whole; the source one group of sentences at a time (`read`)."""

    def __init__(self, doc, summary: bool = False):
        self.doc = doc
        self.summary = summary
        self.text = doc.text
        self.sentences = doc.sentences
        self.limit = max(2, 0.34 * len(self.sentences))
        self._nums: dict[int, list[Num]] = {}
        self._occ: dict[str, frozenset] = {}
        self._read: dict[int, Analysis] = {}
        self._claims: dict[int, list[Claim]] = {}
        self._stems: dict[int, frozenset] = {}
        # Per clause (block, segment): what every claim of a clause shares, built once for all.
        self._seg: dict[tuple, tuple] = {}

    # -- figures
    def sentence_nums(self, k: int) -> list[Num]:
        """Figures (years included) of sentence k, parsed on first use."""
        got = self._nums.get(k)
        if got is None:
            s, e = self.sentences[k]
            got = numbers(self.text, True, s, e)
            self._nums[k] = got
        return got

    def nums_between(self, s: int, e: int, years: bool = False) -> list[Num]:
        out = []
        for k in range(max(0, self.sentence_of(s)), self.sentence_of(max(s, e - 1)) + 1):
            out.extend(
                n for n in self.sentence_nums(k)
                if s <= n.start and n.end <= e and (years or n.cls != "year")
            )  # fmt: skip
        return out

    def sentence_of(self, offset: int) -> int:
        return self.doc.sentence_index(offset)

    def _digit_sentences(self, n: Num, written: str) -> set[int]:
        """Sentences whose text holds the integer digits of figure n (`written` as in the other
        document): a cheap superset of the sentences that hold the figure in any format."""
        text = self.text
        digits = _INT_PART.search(written)
        if digits is None:
            return set(range(len(self.sentences)))
        out = set()
        for key in {digits.group(), digits.group().replace(",", "")}:
            i = text.find(key)
            while i >= 0:
                j = i + len(key)
                if (i == 0 or not text[i - 1].isdigit()) and not (
                    j < len(text) and (text[j].isdigit() or text[j] == "," and
                                       text[j + 1 : j + 2].isdigit())
                ):  # fmt: skip
                    out.add(self.sentence_of(i))
                i = text.find(key, j)
        return out

    def figure_sentences(self, n: Num, text: str) -> set[int]:
        """Sentences holding the same figure as n (written in `text`, the other document)."""
        return {
            k for k in self._digit_sentences(n, text[n.start : n.end])
            if any(same_figure(n, m) for m in self.sentence_nums(k))
        }  # fmt: skip

    def near_figure_sentences(self, n: Num) -> set[int]:
        """Sentences holding a figure of n's class within a tenth of it, for a hedged figure
        ("almost 4%": a 3.9% rise); only for figures under 1,000, whose neighbours' integer
        parts are few."""
        v = n.value
        if not 0 < v < 1000:
            return set()
        out = set()
        for whole in {int(v * 0.9), int(v), int(v * 1.1)}:
            for k in self._digit_sentences(n, str(whole)):
                if any(m.cls == n.cls and abs(m.value - v) <= 0.1 * v + 1e-9
                       for m in self.sentence_nums(k)):
                    out.add(k)
        return out

    def has_figure(self, n: Num, text: str) -> bool:
        return bool(self.figure_sentences(n, text))

    def sentences_with_figures(self, figs, text: str) -> set[int]:
        out: set[int] = set()
        for n in figs:
            out |= self.figure_sentences(n, text)
        return out

    # -- words
    def occ(self, st: str, low: str = "") -> frozenset:
        """Sentences holding a word whose stem is `st` (found by substring search)."""
        got = self._occ.get(st)
        if got is not None:
            return got
        lower = self.doc.lower
        found = set()
        # A stem is the start of its words but for a final y turned i ("suppli": "supply").
        base = st[:-1] if st.endswith("i") and len(st) > 2 else st
        for key in {base, low} if low and not low.startswith(base) else (base,):
            i = lower.find(key)
            while i >= 0:
                if i == 0 or not lower[i - 1].isalpha():
                    m = _WORD_AT.match(lower, i)
                    w = m.group() if m else key
                    if w.endswith(("'s", "\u2019s")):
                        w = w[:-2]
                    if stem(w) == st:
                        found.add(self.sentence_of(i))
                i = lower.find(key, i + 1)
        got = frozenset(found)
        self._occ[st] = got
        return got

    def generic(self, st: str) -> bool:
        """A word in many sentences (the company's name): it anchors nothing."""
        return len(self.occ(st)) > self.limit

    def clause_memo(self, a: Analysis, key: tuple, build):
        """build() for a clause of block `a`, once per (block, key)."""
        got = self._seg.get((id(a), *key))
        if got is None or got[0] is not a:
            got = self._seg[(id(a), *key)] = (a, build())
        return got[1]

    def stems_of_sentence(self, k: int) -> frozenset:
        got = self._stems.get(k)
        if got is None:
            self.read([k])
            a = self._read[k]
            s, e = self.sentences[k]
            # The tokens are in text order: the sentence's are a slice (not a scan of the block).
            lo, hi = _token_at(a, s), _token_at(a, e)
            toks = a.tokens
            got = frozenset(st for st, kind in zip(toks.stems[lo:hi], toks.kinds[lo:hi])
                            if kind == "w")
            self._stems[k] = got
        return got

    # -- claims
    def with_triggers(self, idxs, axes: str) -> list[int]:
        """The sentences among idxs that hold a trigger word of one of `axes` (a cheap regex
        test that spares reading the others)."""
        rx = _trigger_regex(axes)
        lower = self.doc.lower
        return [
            k for k in idxs
            if k in self._read or rx.search(lower, *self.sentences[k]) is not None
        ]  # fmt: skip

    def read(self, idxs) -> None:
        new = [k for k in idxs if k not in self._read and 0 <= k < len(self.sentences)]
        if not new:
            return
        a = analyse(self.text, self.sentences, only=new)
        for k in new:
            self._read[k] = a
            self._claims[k] = []
        from .claims import _claim, _drop_others_figures, _nearest_owns  # builds on this module

        made = [_claim(p, a, self) for p in a.polars if not (self.summary and old_level(a.tokens, p.tok))]
        _nearest_owns(made)
        _drop_others_figures(made)
        for c in made:
            k = self.sentence_of(c.polar.start)
            s, e = self.sentences[k]
            if self.text[max(s, e - 8):e].rstrip(" \t\n\"'\u201d)").endswith("?"):
                continue  # "would you consider cutting the budget?": a question states nothing
            self._claims[k].append(c)

    def read_all(self) -> None:
        self.read(range(len(self.sentences)))

    def claims(self, idxs) -> list[Claim]:
        self.read(idxs)
        out = []
        for k in sorted(set(idxs)):
            out.extend(self._claims.get(k, ()))
        return out

    def analyses(self, idxs) -> list[Analysis]:
        self.read(idxs)
        seen: list[Analysis] = []
        for k in idxs:
            a = self._read.get(k)
            if a is not None and all(a is not b for b in seen):
                seen.append(a)
        return seen


_trie = trie


_TRIGGER_RX: dict = {}


def _trigger_regex(axes: str) -> re.Pattern:
    """Word starts that may begin a phrase of one of `axes` (space-separated): each first stem,
    and its "-y" spelling ("ralli" / "rally")."""
    rx = _TRIGGER_RX.get(axes)
    if rx is None:
        wanted = set(axes.split())
        prefixes = set()
        for key, senses in lexicon().phrases.items():
            if any(axis in wanted for axis, _, _ in senses):
                prefixes.add(key[0])
                if key[0].endswith("i"):
                    prefixes.add(key[0][:-1] + "y")
        # Built from the lexicon alone (the text only picks the axes): through lazy_compile,
        # like the other fixed patterns, so eval/build_regex_cache.py ships it compiled.
        rx = lazy_compile(r"(?<![a-z])" + _trie(prefixes))
        _TRIGGER_RX[axes] = rx
    return rx
