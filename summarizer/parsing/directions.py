"""Directional and polar words ("rose"/"fell", "beat"/"missed", "net buyers"/"net sellers",
"kept"/"cut" guidance, "before"/"after tax", ...) found in text, with character spans.

The lexicon lives in summarizer/data/directions.json. Words are matched on Porter stems (nltk,
offline), longest phrase first, so inflections ("climbs", "climbed", "climbing") need no list.
Each match becomes a `Polar`: an axis ("move", "change", "estimate", ...), the set of values of
that axis it allows (negation turns "accepted" into "reject"), and the clause (`segment`) it sits
in. Comparing polars of a summary with those of its source is the contradiction check's job."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import NamedTuple

# Words (keeping "n't" forms whole), numbers, and the punctuation that separates clauses.
_TOKEN = re.compile(
    r"[A-Za-z]+(?:['\u2019][A-Za-z]+)*|\d[\d,]*(?:\.\d+)?|[,;:!?()\"\u201c\u201d%$\u20ac\u00a3\u00a5]|\.(?!\d)"
)
_CLAUSE_PUNCT = {";", ":", "(", ")", "!", "?", ".", '"', "\u201c", "\u201d"}
# A clause ends before these words ...
_BREAK_WORDS = {"while", "whereas", "but", "although", "though", "despite", "yet", "meanwhile"}
# ... and before these when a comma precedes them.
_COMMA_BREAK_WORDS = {"and", "as", "with", "after", "sending", "while", "but", "or", "even", "so"}
_AUX = {
    "did",
    "does",
    "do",
    "has",
    "have",
    "had",
    "would",
    "will",
    "could",
    "was",
    "were",
    "is",
    "are",
    "should",
    "may",
    "might",
    "can",
}
_MOVED_BEFORE = {
    "edg",
    "tick",
    "inch",
    "move",
    "went",
    "close",
    "end",
    "finish",
    "settl",
    "trade",
    "open",
    "wa",
    "were",
    "is",
    "are",
    "been",
    "be",
    "still",
    "now",
    "stock",
    "share",
    "index",
    "market",
}
_INVESTORS = frozenset(
    {"investor", "fund", "foreign", "buyer", "trader", "institut", "retail", "insur", "pension"}
)
_WINDOW_OBJECT = 6
_WINDOW_ESTIMATE = 8
_WINDOW_NEGATION = 3


class Token(NamedTuple):
    start: int
    end: int
    low: str  # lower-cased text ("not" for any "n't" form)
    stem: str
    kind: str  # "w" word, "n" number, "p" punctuation


@dataclass(frozen=True)
class Polar:
    axis: str
    values: frozenset  # the values of `axis` this statement allows
    value: str  # the value as written, before negation
    start: int  # character span of the claim (negation and object included)
    end: int
    trigger: str  # the matched phrase as written
    negated: bool
    tok: int  # index of the first trigger token
    tok_end: int  # index after the last token of the span
    segment: int  # index into Analysis.segments


@dataclass
class Analysis:
    text: str
    tokens: list[Token]
    segments: list[tuple[int, int]]  # token ranges [a, b) of clauses
    seg_of: list[int]  # segment index of each token
    polars: list[Polar]

    def segment_span(self, i: int) -> tuple[int, int]:
        a, b = self.segments[i]
        return self.tokens[a].start, self.tokens[b - 1].end

    def words(self, a: int, b: int) -> list[Token]:
        return [t for t in self.tokens[a:b] if t.kind == "w"]


@lru_cache(maxsize=20000)
def stem(word: str) -> str:
    """Porter stem of a lower-cased word (cached)."""
    return _porter().stem(word.lower())


@lru_cache(maxsize=1)
def _porter():
    from nltk.stem import PorterStemmer

    return PorterStemmer()


def _stems(phrase: str) -> tuple[str, ...]:
    return tuple(stem(w) for w in re.findall(r"[A-Za-z]+", phrase))


@dataclass(frozen=True)
class Lexicon:
    axes: dict
    phrases: dict  # stem tuple -> tuple of senses (axis, value, need) or () for neutral
    max_len: int
    first: dict  # first stem of a phrase -> longest phrase length starting with it
    objects: frozenset
    estimate_cues: frozenset
    holders: frozenset
    negators: tuple  # stem tuples
    lower_is_better: frozenset
    higher_is_better: frozenset


@lru_cache(maxsize=1)
def lexicon() -> Lexicon:
    raw = json.loads(
        resources.files("summarizer").joinpath("data/directions.json").read_text("utf-8")
    )
    phrases: dict[tuple[str, ...], list] = {}
    for sense in raw["senses"]:
        for p in sense["phrases"]:
            phrases.setdefault(_stems(p), []).append((sense["axis"], sense["value"], sense["need"]))
    for p in raw["neutral"]:
        phrases[_stems(p)] = []
    return Lexicon(
        axes={k: tuple(v) for k, v in raw["axes"].items()},
        phrases={k: tuple(v) for k, v in phrases.items()},
        max_len=max(len(k) for k in phrases),
        first=_first_stems(phrases),
        objects=frozenset(_stems(" ".join(raw["objects"]))),
        estimate_cues=frozenset(_stems(" ".join(raw["estimate_cues"]))),
        holders=frozenset(_stems(" ".join(raw["expectation_holders"]))),
        negators=tuple(sorted((_stems(n) for n in raw["negators"]), key=len, reverse=True)),
        lower_is_better=frozenset(_stems(" ".join(raw["lower_is_better"]))),
        higher_is_better=frozenset(_stems(" ".join(raw["higher_is_better"]))),
    )


def _first_stems(phrases) -> dict:
    first: dict[str, int] = {}
    for k in phrases:
        first[k[0]] = max(first.get(k[0], 0), len(k))
    return first


_WORDS: dict[str, tuple[str, str]] = {}


def _word(s: str) -> tuple[str, str]:
    """(normalised lower-case form, stem) of a word, cached."""
    got = _WORDS.get(s)
    if got is None:
        low = s.lower().replace("\u2019", "'")
        if low.endswith("n't"):
            low = "not"
        elif low.endswith("'s"):
            low = low[:-2]
        got = (low, stem(low))
        if len(_WORDS) < 100_000:
            _WORDS[s] = got
    return got


def tokenize(text: str) -> list[Token]:
    out = []
    for m in _TOKEN.finditer(text):
        s = m.group()
        c = s[0]
        if c.isalpha():
            low, st = _word(s)
            out.append(Token(m.start(), m.end(), low, st, "w"))
        elif c.isdigit():
            out.append(Token(m.start(), m.end(), s, s, "n"))
        else:
            out.append(Token(m.start(), m.end(), s, s, "p"))
    return out


def _segments(tokens: list[Token], sentences: list[tuple[int, int]]) -> list[tuple[int, int]]:
    segs: list[tuple[int, int]] = []
    si = 0
    start = 0
    for i, t in enumerate(tokens):
        new_sentence = False
        while si < len(sentences) and t.start >= sentences[si][1]:
            si += 1
            new_sentence = True
        brk = new_sentence
        if not brk and i > start:
            prev = tokens[i - 1]
            if (
                t.kind == "w"
                and t.low in _BREAK_WORDS
                or t.kind == "w"
                and t.low in _COMMA_BREAK_WORDS
                and prev.low == ","
                or prev.kind == "p"
                and prev.low in _CLAUSE_PUNCT
                and prev.low not in '()"\u201c\u201d'
            ):
                brk = True
        if brk and i > start:
            segs.append((start, i))
            start = i
    if start < len(tokens):
        segs.append((start, len(tokens)))
    return segs


def _match_at(tokens: list[Token], i: int, lex: Lexicon):
    """Longest lexicon phrase starting at token i: (length, senses) or None."""
    longest = lex.first.get(tokens[i].stem)
    if longest is None:
        return None
    for n in range(min(longest, len(tokens) - i), 0, -1):
        window = tokens[i : i + n]
        if any(t.kind != "w" for t in window):
            continue
        key = tuple(t.stem for t in window)
        if key in lex.phrases:
            return n, lex.phrases[key]
    return None


def _find_within(tokens, a, b, wanted) -> int:
    for j in range(a, b):
        if tokens[j].kind == "w" and tokens[j].stem in wanted:
            return j
    return -1


def _need_met(need, tokens, i, n, seg_end, lex) -> tuple[bool, int]:
    """Whether the context a sense needs is there; returns (ok, index of its last token)."""
    last = i + n - 1
    if need is None or need == "subject":
        return True, last
    if need == "object":
        j = _find_within(tokens, i + n, min(seg_end, i + n + _WINDOW_OBJECT), lex.objects)
        return j >= 0, j
    if need == "estimate":
        j = _find_within(tokens, i + n, min(seg_end, i + n + _WINDOW_ESTIMATE), lex.estimate_cues)
        return j >= 0, j
    if need == "figure":
        nxt = tokens[i + n] if i + n < seg_end else None
        if nxt is not None and nxt.low in (
            "$",
            "\u20ac",
            "\u00a3",
            "\u00a5",
            "about",
            "some",
            "around",
        ):
            nxt = tokens[i + n + 1] if i + n + 1 < seg_end else None
        return nxt is not None and nxt.kind == "n", last
    if need == "investors":
        return any(t.stem in _INVESTORS for t in tokens[max(0, i - 8) : seg_end]), last
    if need == "moved":
        nxt = tokens[i + n] if i + n < seg_end else None
        if nxt is not None and (
            nxt.kind == "n"
            or nxt.low
            in (
                "$",
                "\u20ac",
                "\u00a3",
                "\u00a5",
                "from",
                "by",
                "than",
                "sharply",
                "slightly",
                "about",
                "nearly",
                "almost",
                "around",
                "some",
            )
        ):
            return True, last
        for j in range(max(0, i - 3), i):
            if tokens[j].kind == "n" or tokens[j].low == "%":
                return True, last
        if i > 0 and tokens[i - 1].stem in _MOVED_BEFORE:
            return True, last
        return False, last
    return False, last


# Words that may sit between a negator and what it negates: "did not yet fully accept".
_NEG_GAP = {
    "be",
    "been",
    "being",
    "have",
    "has",
    "had",
    "to",
    "yet",
    "fully",
    "immediately",
    "formally",
    "publicly",
    "significantly",
    "materially",
    "actually",
    "ever",
    "so",
    "far",
}


def _negation(tokens, i, seg_start, lex) -> int:
    """Index of the first token of a negation right before token i ("did not", "failed to",
    "no longer", with only auxiliaries between), or -1."""
    lo = max(seg_start, i - _WINDOW_NEGATION - 1)
    for j in range(i - 1, lo - 1, -1):
        if tokens[j].kind != "w":
            return -1
        for neg in lex.negators:
            k = j - len(neg) + 1
            if k >= lo and tuple(t.stem for t in tokens[k : j + 1]) == neg:
                if k > 0 and tokens[k - 1].low in _AUX:
                    k -= 1
                return k
        if tokens[j].low not in _NEG_GAP and tokens[j].low not in _AUX:
            return -1
    return -1


def _in_compound(text: str, start: int, end: int) -> bool:
    before = text[max(0, start - 2) : start]
    after = text[end : end + 2]
    return (len(after) == 2 and after[0] in "-\u2010\u2011" and after[1].isalpha()) or (
        len(before) == 2 and before[1] in "-\u2010\u2011" and before[0].isalpha()
    )


def analyse(text: str, sentences: list[tuple[int, int]]) -> Analysis:
    """Tokens, clauses and polar statements of `text` (split into `sentences`)."""
    lex = lexicon()
    tokens = tokenize(text)
    segs = _segments(tokens, sentences)
    seg_of = [0] * len(tokens)
    for k, (a, b) in enumerate(segs):
        for j in range(a, b):
            seg_of[j] = k
    polars: list[Polar] = []
    i = 0
    while i < len(tokens):
        if tokens[i].kind != "w":
            i += 1
            continue
        m = _match_at(tokens, i, lex)
        if m is None:
            i += 1
            continue
        n, senses = m
        if _in_compound(text, tokens[i].start, tokens[i + n - 1].end) and not any(
            axis == "estimate" for axis, _, _ in senses
        ):
            i += n  # "trimmed-mean", "long-lost": part of a hyphenated word
            continue
        seg = seg_of[i]
        seg_start, seg_end = segs[seg]
        found = None
        for axis, value, need in senses:
            ok, last = _need_met(need, tokens, i, n, seg_end, lex)
            if ok:
                found = (axis, value, last)
                break
        if found is None:
            i += n if not senses else 1
            continue
        axis, value, last = found
        neg_at = _negation(tokens, i, seg_start, lex)
        values = frozenset([value])
        if neg_at >= 0:
            values = frozenset(v for v in lex.axes[axis] if v != value)
        first = neg_at if neg_at >= 0 else i
        span_last = i + n - 1
        if axis == "change":
            span_last = last  # "cut its full-year profit target"
        elif axis == "estimate" and any(t.kind == "n" for t in tokens[i + n : last]):
            span_last = last  # "below the 4.1% economists had forecast"
        polars.append(
            Polar(
                axis=axis,
                values=values,
                value=value,
                start=tokens[first].start,
                end=tokens[span_last].end,
                trigger=text[tokens[i].start : tokens[i + n - 1].end],
                negated=neg_at >= 0,
                tok=i,
                tok_end=span_last + 1,
                segment=seg,
            )
        )
        i += n
    return Analysis(text, tokens, segs, seg_of, polars)


def opposite(a: frozenset, b: frozenset) -> bool:
    """Two polar statements on one axis contradict when no value satisfies both."""
    return not (a & b)
