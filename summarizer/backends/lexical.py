"""The `lexical` backend (default, no model): weighted coverage of a summary sentence's content
words and bigrams by the best window of 1-3 consecutive source sentences.

Tokens are lower-cased and lightly stemmed; numbers are canonicalised ("3.60" == "3.6",
"1,200" == "1200"). Weights: function words 0, ordinary words 1 scaled by a source IDF (a word
in many source sentences says less), numbers 2, capitalised names 1.5. A token found in the best
window counts fully, one found elsewhere in the source counts `ELSEWHERE` (summaries fuse
sentences). score = (1 - BIGRAM) * unigram coverage + BIGRAM * bigram coverage.

The source index is built once per source Document (Document.memo), so scoring one summary
against a 3.5 kB article takes well under a millisecond."""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from functools import cached_property, lru_cache
from typing import NamedTuple

from ..findings import SentenceSupport
from ..text import Document

NAME = "lexical"
ELSEWHERE = 0.6
BIGRAM = 0.25
MAX_WINDOW = 3
SEEDS = 4

STOPWORDS = frozenset(
    """a about above after again against all also am an and any are as at be been before being
    below between both but by can could did do does doing down during each either few for from
    further had has have having he her here hers herself him himself his how i if in into is it its
    itself just me more most my myself no nor not of off on once only or other our ours ourselves
    out over own same she should so some such than that the their theirs them themselves then there
    these they this those through to too under until up very was we were what when where which
    while who whom why will with would you your yours yourself yourselves said says say saying
    according per cent percent mr mrs ms its it's s than since amid via year years new one two
    three four five six seven eight nine ten""".split()
)

_NUM = re.compile(r"^\d[\d,]*(?:\.\d+)?")
_SUFFIXES = ("ings", "ing", "edly", "ed", "ies", "es", "s", "ly")


@lru_cache(maxsize=65536)
def stem(word: str) -> str:
    """A tiny, fast suffix stripper: cuts/cut, prices/price, expected/expects, cutting/cut.
    (Porter is ~20x slower and buys little for matching a summary against its source.)"""
    w = word.lower().rstrip(".")
    if w.endswith(("'s", "\u2019s")):
        w = w[:-2]
    if len(w) <= 3:
        return w
    for suf in _SUFFIXES:
        if w.endswith(suf) and len(w) - len(suf) >= 3:
            base = w[: -len(suf)]
            if suf == "ies":
                return base + "y"
            if suf in ("es", "s") and (base.endswith("s") and suf == "s"):
                return w  # "loss", "gas"
            if suf in ("ed", "ing", "ings", "edly") and len(base) > 3 and base[-1] == base[-2]:
                base = base[:-1]  # "cutting" -> "cut", "planned" -> "plan"
            return base.rstrip("e")
    return w.rstrip("e")


class Token(NamedTuple):
    start: int
    end: int
    key: str
    kind: str  # "word", "number", "name", "stop"


def canonical_number(text: str) -> str | None:
    m = _NUM.match(text)
    if not m:
        return None
    digits = m.group().replace(",", "")
    try:
        value = float(digits)
    except ValueError:
        return None
    return "#" + (f"{value:.6f}".rstrip("0").rstrip("."))


def tokenize(doc: Document) -> list[Token]:
    """Content-aware tokens of a document (memoised on it)."""

    def build(d: Document) -> list[Token]:
        out: list[Token] = []
        append = out.append
        text = d.text
        for s, e, w in d.words:
            first = w[0]
            if first.isdigit():
                num = canonical_number(w)
                if num is not None:
                    append(Token(s, e, num, "number"))
                    continue
            low = w.lower().rstrip(".")
            if len(low) < 2 or low in STOPWORDS:
                append(Token(s, e, low, "stop"))
                continue
            kind = "word"
            if first.isupper():
                j = s - 1
                while j >= 0 and text[j] in " \t\"'(\u201c\u2018":
                    j -= 1
                kind = "word" if j < 0 or text[j] in ".!?\n:" else "name"
            append(Token(s, e, stem(low), kind))
        return out

    return doc.memo("lexical.tokens", build)


CONNECTORS = frozenset(("of", "and", "for", "the", "&"))
ORDINALS = {"first": "1", "second": "2", "third": "3", "fourth": "4"}
UNIT_ABBREVIATIONS = {("basis", "point"): "bp", ("percentage", "point"): "pp"}


class SourceIndex:
    def __init__(self, doc: Document, sentences, masks, bigram_masks, idf):
        self.doc = doc
        self.sentences: list[tuple[int, int]] = sentences
        # content key -> bitmask of the source sentences that contain it
        self.masks: dict[str, int] = masks
        self.bigram_masks: dict[tuple[str, str], int] = bigram_masks
        self.idf: dict[str, float] = idf

    @cached_property
    def initials(self) -> str:
        return _initials(tokenize(self.doc), self.doc.text)

    @cached_property
    def extra(self) -> frozenset[str]:
        return _extra_abbreviations(tokenize(self.doc), self.doc.text)

    def known(self, key: str) -> bool:
        """In the source: as is, hyphenated with all parts present ("threat-detection"),
        or an abbreviation of a source phrase ("arr" <- "annual recurring revenue",
        "q3" <- "third quarter", "bp" <- "basis points")."""
        if key in self.masks:
            return True
        if "-" in key:
            return all(stem(p) in self.masks for p in key.split("-") if p)
        if not (2 <= len(key) <= 5 and key.isalnum()):
            return False
        return key in self.extra or (key.isalpha() and key in self.initials)


def _initials(toks: list[Token], text: str) -> str:
    """First letters of the words, with "|" where a run breaks (a number or a function word other
    than of/and/for/the): an abbreviation of a source phrase is a substring of it."""
    chars = []
    for t in toks:
        raw = text[t.start : t.end].lower()
        if raw in CONNECTORS:
            continue
        if t.kind == "number" or t.kind == "stop":
            chars.append("|")
            continue
        chars.extend(p[0] for p in raw.split("-") if p)
    return "".join(chars)


def _extra_abbreviations(toks: list[Token], text: str) -> frozenset[str]:
    """"third quarter" -> "q3", "basis points" -> "bp", "percentage points" -> "pp"."""
    out = set()
    for t, u in zip(toks, toks[1:]):
        if t.key not in ORDINALS and t.key not in ("basi", "percentag"):
            continue
        a, b = text[t.start : t.end].lower(), text[u.start : u.end].lower().rstrip(".").rstrip("s")
        if a in ORDINALS and b == "quarter":
            out.add("q" + ORDINALS[a])
        unit = UNIT_ABBREVIATIONS.get((a, b))
        if unit:
            out.add(unit)
    return frozenset(out)


def content_key(word: str) -> str | None:
    """The matching key of a word (None for a function word): what `tokenize` computes, minus
    the Token objects (the source side needs only keys, and is ~10x longer than a summary)."""
    if word[0].isdigit():
        num = canonical_number(word)
        if num is not None:
            return num
    low = word.lower().rstrip(".")
    if len(low) < 2 or low in STOPWORDS:
        return None
    return stem(low)


def source_index(source: Document) -> SourceIndex:
    def build(d: Document) -> SourceIndex:
        words = d.words
        sents = d.sentences or [(0, len(d.text))]
        masks: dict[str, int] = {}
        bigram_masks: dict[tuple[str, str], int] = {}
        i = 0
        for n, (s, e) in enumerate(sents):
            bit = 1 << n
            while i < len(words) and words[i][0] < s:
                i += 1
            prev = None
            while i < len(words) and words[i][1] <= e:
                k = content_key(words[i][2])
                if k is not None:
                    masks[k] = masks.get(k, 0) | bit
                    if prev is not None:
                        bigram_masks[(prev, k)] = bigram_masks.get((prev, k), 0) | bit
                    prev = k
                i += 1
        n = len(sents)
        # Smoothed IDF in [0.5, 1]: a word in every sentence still counts half.
        idf = {}
        if n > 1:
            log_n = math.log(n + 1)
            idf = {k: 0.5 + 0.5 * math.log((n + 1) / m.bit_count()) / log_n for k, m in masks.items()}
        return SourceIndex(d, sents, masks, bigram_masks, idf)

    return source.memo("lexical.index", build)


def weight(tok: Token, idf: dict[str, float]) -> float:
    if tok.kind == "stop":
        return 0.0
    if tok.kind == "number":
        return 2.0
    base = 1.5 if tok.kind == "name" else 1.0
    return base * idf.get(tok.key, 1.0)


def span_tokens(doc: Document, start: int, end: int) -> list[Token]:
    return [t for t in tokenize(doc) if t.start >= start and t.end <= end]


def _windows(n: int, seeds: list[int]):
    """Windows of 1..MAX_WINDOW consecutive sentences that contain one of the seed sentences."""
    seen = set()
    for size in range(1, MAX_WINDOW + 1):
        for k in seeds:
            for i in range(max(0, k - size + 1), min(k, n - size) + 1):
                if (i, i + size) not in seen:
                    seen.add((i, i + size))
                    yield i, i + size
    if n == 0:
        yield 0, 0


def coverage(tokens: list[Token], index: SourceIndex) -> tuple[float, tuple[int, int] | None]:
    """(score in [0,1], best source window as sentence index range) for these summary tokens."""
    content = [t for t in tokens if t.kind != "stop"]
    if not content:
        return 1.0, None
    # Per token: weight, bitmask of the source sentences holding it, credit outside the window.
    items = []
    total = 0.0
    for t in content:
        w = weight(t, index.idf)
        total += w
        mask = index.masks.get(t.key, 0)
        items.append((w, mask, ELSEWHERE if mask or index.known(t.key) else 0.0))
    keys = [t.key for t in content]
    pairs = [index.bigram_masks.get(p, 0) for p in zip(keys, keys[1:])]
    total = total or 1.0
    # Only windows around the SEEDS best-covering single sentences are scored (a window without
    # any of them rarely wins); this keeps long articles cheap.
    n = len(index.sentences)
    single = [0.0] * n
    for w, mask, _ in items:
        while mask:
            low = mask & -mask
            single[low.bit_length() - 1] += w
            mask ^= low
    seeds = sorted(range(n), key=lambda k: -single[k])[:SEEDS]
    best, best_win = -1.0, None
    for i, j in _windows(n, seeds):
        win = ((1 << (j - i)) - 1) << i
        uni = sum(w if mask & win else w * other for w, mask, other in items) / total
        if pairs:
            bi = sum(1.0 if m & win else ELSEWHERE if m else 0.0 for m in pairs) / len(pairs)
            score = (1 - BIGRAM) * uni + BIGRAM * bi
        else:
            score = uni
        if score > best + 1e-9:  # ties keep the shorter (earlier) window: the tightest evidence
            best, best_win = score, (i, j)
    return max(0.0, min(1.0, best)), best_win


def window_text(source: Document, index: SourceIndex, win: tuple[int, int] | None) -> str | None:
    if win is None or not index.sentences:
        return None
    i, j = win
    return source.text[index.sentences[i][0] : index.sentences[j - 1][1]]


class LexicalBackend:
    name = NAME
    model = None

    def support(
        self, summary: Document, source: Document, spans: list[tuple[int, int]]
    ) -> list[SentenceSupport]:
        index = source_index(source)
        out = []
        for s, e in spans:
            score, win = coverage(span_tokens(summary, s, e), index)
            out.append(SentenceSupport(s, e, round(score, 4), window_text(source, index, win)))
        return out
