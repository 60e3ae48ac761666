"""The `lexical` backend (default, no model): weighted coverage of a summary sentence's content
words and bigrams by the best window of 1-3 consecutive source sentences.

Tokens are lower-cased and lightly stemmed; numbers are canonicalised ("3.60" == "3.6",
"1,200" == "1200"). Weights: function words 0, ordinary words 1 scaled by a source IDF (a word
in many source sentences says less), numbers 2, capitalised names 1.5. A token found in the best
window counts fully, one found elsewhere in the source counts `ELSEWHERE` (summaries fuse
sentences). score = (1 - BIGRAM) * unigram coverage + BIGRAM * pair coverage, where a pair is
two neighbouring content words of the summary sentence found together in one source sentence.

The source index is built once per source Document (Document.memo), so scoring one summary
against a 3.5 kB article takes well under a millisecond."""

from __future__ import annotations

import bisect
import math
import re
from array import array
from collections.abc import Iterable, Iterator
from functools import cached_property, lru_cache
from itertools import pairwise
from typing import NamedTuple

from ..findings import SentenceSupport
from ..text import Document
from ..text import stem as text_stem

NAME = "lexical"
ELSEWHERE = 0.6
BIGRAM = 0.25
MAX_WINDOW = 3
SEEDS = 4

STOPWORDS = frozenset(
    ["a", "about", "above", "after", "again", "against", "all", "also", "am", "an", "and", "any", "are", "as", "at", "be", "been", "before", "being", "below", "between", "both", "but", "by", "can", "could", "did", "do", "does", "doing", "down", "during", "each", "either", "few", "for", "from", "further", "had", "has", "have", "having", "he", "her", "here", "hers", "herself", "him", "himself", "his", "how", "i", "if", "in", "into", "is", "it", "its", "itself", "just", "me", "more", "most", "my", "myself", "no", "nor", "not", "of", "off", "on", "once", "only", "or", "other", "our", "ours", "ourselves", "out", "over", "own", "same", "she", "should", "so", "some", "such", "than", "that", "the", "their", "theirs", "them", "themselves", "then", "there", "these", "they", "this", "those", "through", "to", "too", "under", "until", "up", "very", "was", "we", "were", "what", "when", "where", "which", "while", "who", "whom", "why", "will", "with", "would", "you", "your", "yours", "yourself", "yourselves", "said", "says", "say", "saying", "according", "per", "cent", "percent", "mr", "mrs", "ms", "its", "it's", "s", "than", "since", "amid", "via", "year", "years", "new", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"]
)

_NUM = re.compile(r"^\d[\d,]*(?:\.\d+)?")
_GLUED = re.compile(r"^[A-Z]{2,3}(\d[\d,]*(?:\.\d+)?)[a-z]{0,2}$")


@lru_cache(maxsize=200_000)
def stem(word: str) -> str:
    """Matching stem of one word: lower-cased, trailing dot and possessive cut, Snowball
    (Porter2) stem via summarizer.text.stem: cuts/cut, prices/price, cutting/cut."""
    w = word.lower().rstrip(".")
    if w.endswith(("'s", "\u2019s")):
        w = w[:-2]
    return text_stem(w) if len(w) > 3 else w


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
        new = tuple.__new__  # Token(...) at C speed
        for s, e, w in d.words:
            key = content_key(w)
            if key is None:
                append(new(Token, (s, e, w.lower().rstrip("."), "stop")))
                continue
            if key[0] == "#":
                append(new(Token, (s, e, key, "number")))
                continue
            kind = "word"
            if w[0].isupper():
                j = s - 1
                while j >= 0 and text[j] in " \t\"'(\u201c\u2018":
                    j -= 1
                kind = "word" if j < 0 or text[j] in ".!?\n:" else "name"
            append(new(Token, (s, e, key, kind)))
        return out

    return doc.memo("lexical.tokens", build)


CONNECTORS = frozenset(("of", "and", "for", "the", "&"))
ORDINALS = {"first": "1", "second": "2", "third": "3", "fourth": "4"}
UNIT_ABBREVIATIONS = {("basis", "point"): "bp", ("percentage", "point"): "pp"}


class SourceIndex:
    def __init__(self, doc: Document, sentences, postings):
        self.doc = doc
        self.sentences: list[tuple[int, int]] = sentences
        # content key -> the indices of the source sentences that contain it, ascending (an
        # array: memory in proportion to the article; a bitmask per key grew with keys x sentences)
        self.postings: dict[str, array] = postings
        n = len(sentences)
        self._log_n = math.log(n + 1) if n > 1 else 0.0
        self._masks: dict[str, int] = {}

    def mask(self, key: str) -> int:
        """The source sentences holding `key` as one int (bit k: sentence k), kept per key."""
        got = self._masks.get(key)
        if got is None:
            got = self._masks[key] = _mask(self.postings.get(key, ()))
        return got

    def idf(self, key: str) -> float:
        """Smoothed IDF in [0.5, 1] over source sentences: a word in every sentence counts half."""
        found = self.postings.get(key)
        if not found or not self._log_n:
            return 1.0
        return 0.5 + 0.5 * (self._log_n - math.log(len(found))) / self._log_n

    @cached_property
    def gram_text(self) -> str:
        """The source's gram_keys joined by spaces (function words too), space-padded: an n-gram
        occurs in the source iff " k1 ... kn " is a substring (a C-speed search; cheaper than
        hashing every source n-gram when a summary has a few dozen)."""
        return " " + " ".join(map(gram_key, _GRAM.findall(self.doc.lower))) + " "

    @cached_property
    def gram_found(self) -> _GramsFound:
        """n-gram query (" k1 ... kn ") -> whether `gram_text` holds it, each searched once
        (the summaries of one article ask many of the same)."""
        return _GramsFound(self.gram_text)

    @cached_property
    def initials(self) -> str:
        return _initials(_plain_words(self.doc))

    @cached_property
    def families(self) -> frozenset[str]:
        fams = families()
        return frozenset(f for k in self.postings if k in fams for f in fams[k])

    @cached_property
    def extra(self) -> frozenset[str]:
        return _extra_abbreviations(_plain_words(self.doc))

    def known(self, key: str) -> bool:
        """In the source: as is, hyphenated with all parts present ("threat-detection"),
        or an abbreviation of a source phrase ("arr" <- "annual recurring revenue",
        "q3" <- "third quarter", "bp" <- "basis points")."""
        if key in self.postings:
            return True
        fams = families().get(key)
        if fams and not fams.isdisjoint(self.families):
            return True
        if "-" in key:
            return all(stem(p) in self.postings for p in key.split("-") if p)
        if not (2 <= len(key) <= 5 and key.isalnum()):
            return False
        return key in self.extra or (key.isalpha() and key in self.initials)


class _GramsFound(dict):
    """A memo of substring searches in one text, of bounded size."""

    MAX_ENTRIES = 100_000

    def __init__(self, text: str):
        super().__init__()
        self.text = text

    def __missing__(self, query: str) -> bool:
        if len(self) >= self.MAX_ENTRIES:
            self.clear()
        found = self[query] = query in self.text
        return found


def _plain_words(doc: Document) -> Iterator[str]:
    """The words of a document, in order: what the abbreviation helpers need, without building
    Token objects for a whole source."""
    return iter(doc.word_strings())


def _initials(words: Iterable[str]) -> str:
    """First letters of the words, with "|" where a run breaks (a number or a function word other
    than of/and/for/the): an abbreviation of a source phrase is a substring of it."""
    return "".join(map(_initial, words))


@lru_cache(maxsize=200_000)
def _initial(word: str) -> str:
    """What one word adds to `_initials` (cached per word: news text repeats its vocabulary)."""
    raw = word.lower()
    if raw in CONNECTORS:
        return ""
    key = content_key(word)
    if key is None or key[0] == "#":
        return "|"
    return "".join(p[0] for p in raw.split("-") if p)


@lru_cache(maxsize=1)
def _abbreviation_leads() -> frozenset[str]:
    """The lower-cased words that start a phrase `_extra_abbreviations` shortens: an ordinal
    ("third" quarter), "basis" or "percentage" (points), each with its stem as matched."""
    leads = [*ORDINALS, *(a for a, _ in UNIT_ABBREVIATIONS)]
    keys = ("basi", "percentag", *ORDINALS)
    return frozenset(a for a in leads if content_key(a) in keys)


def _extra_abbreviations(words: Iterable[str]) -> frozenset[str]:
    """"third quarter" -> "q3", "basis points" -> "bp", "percentage points" -> "pp"."""
    leads = _abbreviation_leads()
    out = set()
    for a, b in pairwise(map(str.lower, words)):
        if a not in leads:
            continue
        b = b.rstrip(".").rstrip("s")
        if a in ORDINALS and b == "quarter":
            out.add("q" + ORDINALS[a])
        unit = UNIT_ABBREVIATIONS.get((a, b))
        if unit:
            out.add(unit)
    return frozenset(out)


@lru_cache(maxsize=200_000)
def content_key(word: str) -> str | None:
    """The matching key of a word (None for a function word): what `tokenize` computes, minus
    the Token objects (the source side needs only keys, and is ~10x longer than a summary).
    Cached per word: news text repeats its vocabulary."""
    if word[0].isdigit():
        num = canonical_number(word)
        if num is not None:
            return num
    elif word[0].isupper() and (m := _GLUED.match(word)):  # "SEK900m" -> 900
        return canonical_number(m.group(1))
    low = word.lower().rstrip(".")
    if len(low) < 2 or low in STOPWORDS:
        return None
    return stem(low)


@lru_cache(maxsize=1)
def families() -> dict[str, frozenset[str]]:
    """stem -> its direction families ("move:down" for fell/dropped/lost/slid...), from the
    single-word phrases of summarizer/data/directions.json: a summary verb is supported by any
    source verb of the same family (a paraphrase, not a new claim; a flipped direction is a
    different family and stays unsupported); and its paraphrase groups ("said:0" for record and
    all-time), from summarizer/data/paraphrases.json."""
    import json
    from pathlib import Path

    try:
        raw = json.loads((Path(__file__).resolve().parents[1] / "data" / "directions.json")
                         .read_text("utf-8"))
    except (OSError, ValueError):
        return {}
    out: dict[str, set[str]] = {}
    for sense in raw.get("senses", []):
        if sense.get("need") not in (None, "moved"):
            continue
        fam = f"{sense.get('axis')}:{sense.get('value')}"
        for phrase in sense.get("phrases", []):
            if " " not in phrase and phrase.lower() not in STOPWORDS:
                out.setdefault(stem(phrase), set()).add(fam)
    # General paraphrases ("all-time" for "record"): summarizer/data/paraphrases.json.
    try:
        groups = json.loads((Path(__file__).resolve().parents[1] / "data" / "paraphrases.json")
                            .read_text("utf-8"))["groups"]
    except (OSError, ValueError, KeyError):
        groups = []
    for i, group in enumerate(groups):
        for word in group:
            key = content_key(word)
            if key is not None:
                out.setdefault(key, set()).add(f"said:{i}")
    return {k: frozenset(v) for k, v in out.items()}


_GRAM = re.compile(r"[a-z0-9]+")


@lru_cache(maxsize=200_000)
def gram_key(token: str) -> str:
    """Key of a lower-case alphanumeric token for n-gram overlap: stemmed when longer than 3
    characters (ROUGE's tokenisation: every token counts, function words too)."""
    return text_stem(token) if len(token) > 3 else token


def grams_of(text: str) -> list[str]:
    """gram_keys of a lower-cased text."""
    return list(map(gram_key, _GRAM.findall(text)))


def gram_keys(doc: Document) -> list[str]:
    """gram_keys of the whole document (memoised)."""
    return doc.memo("lexical.grams", lambda d: grams_of(d.lower))


def source_index(source: Document) -> SourceIndex:
    def build(d: Document) -> SourceIndex:
        sents = d.sentences or [(0, len(d.text))]
        starts = d.words.starts
        strings = d.word_strings()
        postings: dict[str, array] = {}
        get = postings.get
        # A word belongs to the first sentence that ends after its start: sentence n has the
        # words from the last one's cut to its own (the words after the last sentence, none).
        lo = 0
        for n, (_, end) in enumerate(sents):
            hi = bisect.bisect_left(starts, end, lo)
            for k in set(map(content_key, strings[lo:hi])):
                got = get(k)
                if got is None:
                    got = postings[k] = array("i")
                got.append(n)
            lo = hi
        postings.pop(None, None)
        return SourceIndex(d, sents, postings)

    return source.memo("lexical.index", build)


def _any_in(found: array, i: int, j: int) -> bool:
    """Whether the ascending sentence indices `found` hold one in [i, j)."""
    k = bisect.bisect_left(found, i)
    return k < len(found) and found[k] < j


def _both(a: array, b: array) -> array:
    """The sentence indices in both `a` and `b`, ascending."""
    if len(a) > len(b):
        a, b = b, a
    if not a:
        return a
    return array("i", sorted(set(a).intersection(b)))


def word_range(doc: Document, start: int, end: int) -> tuple[int, int]:
    """(i, j): doc.words[i:j] are the words inside [start, end)."""
    starts = doc.words.starts
    i = bisect.bisect_left(starts, start)
    j = bisect.bisect_left(starts, end)
    words = doc.words
    while j > i and words[j - 1][1] > end:
        j -= 1
    return i, j


def ngram_precision(
    grams: list[str], index: SourceIndex, orders: tuple[int, ...] = (1, 2, 3)
) -> tuple[float, ...]:
    """Share of the unigrams, bigrams and trigrams of `grams` (gram_keys of a summary or a
    sentence) that occur in the source: ROUGE-1/2/3 precision against the source (ROUGE's
    tokens, Snowball stems, no count clipping), from the memoised source index. 1.0 where the
    text has no n-gram of that order."""
    found_in = index.gram_found.__getitem__
    out = []
    for n in orders:
        total = len(grams) - n + 1
        if total <= 0:
            out.append(1.0)
            continue
        # " k1 ... kn " for every n-gram: formatted and looked up at C speed
        query = " " + " ".join(["{}"] * n) + " "
        found = sum(map(found_in, map(query.format, *(grams[k:] for k in range(n)))))
        out.append(found / total)
    return tuple(out)


def novel_tokens(tokens: list[Token], index: SourceIndex) -> tuple[int, int, int]:
    """(content tokens, of them absent from the source, of them names or numbers absent)."""
    content = novel = marked = 0
    for t in tokens:
        if t.kind == "stop":
            continue
        content += 1
        if not index.known(t.key):
            novel += 1
            if t.kind != "word":
                marked += 1
    return content, novel, marked


def overlap_features(summary: Document, source: Document, full: bool = False) -> dict[str, float]:
    """Summary-level lexical overlap with the source: bigram precision (ROUGE-2-like), the share
    of content words absent from the source, the count of absent names and numbers, and
    log(1 + number of words); with `full`, unigram and trigram precision too (for fitting)."""
    index = source_index(source)
    grams = gram_keys(summary)
    content, novel, marked = novel_tokens(tokenize(summary), index)
    out = {
        "bigram_precision": ngram_precision(grams, index, (2,))[0],
        "novel_share": novel / content if content else 0.0,
        "novel_names_numbers": float(marked),
        "log_words": math.log1p(len(summary.words)),
    }
    if full:
        out["unigram_precision"], out["trigram_precision"] = ngram_precision(grams, index, (1, 3))
    return out


def weight(tok: Token, index: SourceIndex) -> float:
    if tok.kind == "stop":
        return 0.0
    if tok.kind == "number":
        return 2.0
    base = 1.5 if tok.kind == "name" else 1.0
    return base * index.idf(tok.key)


def span_tokens(doc: Document, start: int, end: int) -> list[Token]:
    i, j = word_range(doc, start, end)
    return tokenize(doc)[i:j]


def _windows(n: int, seeds: list[int]) -> list[tuple[int, int]]:
    """Windows of 1..MAX_WINDOW consecutive sentences that contain one of the seed sentences
    (smallest first, then in seed order; each once)."""
    wins = dict.fromkeys((i, i + size) for size in range(1, MAX_WINDOW + 1) for k in seeds
                         for i in range(max(0, k - size + 1), min(k, n - size) + 1))
    return list(wins) if n else [(0, 0)]


def coverage(tokens: list[Token], index: SourceIndex) -> tuple[float, tuple[int, int] | None]:
    """(score in [0,1], best source window as sentence index range) for these summary tokens."""
    content = [t for t in tokens if t.kind != "stop"]
    if not content:
        return 1.0, None
    # Per token: weight, the source sentences holding it, credit outside the window.
    items = []
    total = 0.0
    none = array("i")
    for t in content:
        w = weight(t, index)
        total += w
        found = index.postings.get(t.key, none)
        items.append((w, found, ELSEWHERE if found or index.known(t.key) else 0.0))
    # A short source: each token's sentences as one int (a pair's common sentences and a window
    # test are one AND); a long one: the postings, and bisection (no int as long as the article).
    n = len(index.sentences)
    masks = n <= _MASK_SENTENCES
    sets = [index.mask(t.key) for t in content] if masks else [f for _, f, _ in items]
    # Neighbouring content words of the sentence found together in a source sentence.
    both = int.__and__ if masks else _both
    pairs = [both(a, b) for a, b in pairwise(sets)]
    total = total or 1.0
    # Only windows around the SEEDS best-covering single sentences are scored (a window without
    # any of them rarely wins); this keeps long articles cheap.
    single = [0.0] * n
    for w, found, _ in items:
        for k in found:
            single[k] += w
    seeds = sorted(range(n), key=single.__getitem__, reverse=True)[:SEEDS]  # stable: ties in order
    # A token outside the window earns `other`; inside it, the rest of its weight on top.
    # Grouped by the set of source sentences (its mask, or its postings' bytes), so each window
    # sums a few numbers.
    base = sum(w * other for w, _, other in items) / total
    bonus: dict = {}
    where: dict = {}
    for (w, found, other), sents in zip(items, sets):
        if found:
            key = sents if masks else sents.tobytes()
            where[key] = sents
            bonus[key] = bonus.get(key, 0.0) + w * (1.0 - other) / total
    bi_bonus: dict = {}
    bi_base = 0.0
    if pairs:
        share = BIGRAM / len(pairs)
        for m in pairs:
            if m:
                key = m if masks else m.tobytes()
                bi_base += share * ELSEWHERE
                bi_bonus[key] = bi_bonus.get(key, 0.0) + share * (1.0 - ELSEWHERE)
                where[key] = m
        base_score = (1 - BIGRAM) * base + bi_base
        uni_share = 1 - BIGRAM
    else:
        base_score, uni_share = base, 1.0
    groups = ([(where[k], b * uni_share) for k, b in bonus.items()]
              + [(where[k], b) for k, b in bi_bonus.items()])
    if masks:
        return _best_masked(_windows(n, seeds), groups, base_score)
    best, best_win = -1.0, None
    for i, j in _windows(n, seeds):
        score = base_score
        for m, b in groups:
            if _any_in(m, i, j):
                score += b
        if score > best + 1e-9:  # ties keep the shorter (earlier) window: the tightest evidence
            best, best_win = score, (i, j)
    return max(0.0, min(1.0, best)), best_win


def _best_masked(windows, groups, base_score: float) -> tuple[float, tuple[int, int] | None]:
    """`coverage`'s best window, each group's sentences a mask: the same sums, in the same order,
    as the bisection path."""
    wins = [(i, j, (1 << j) - (1 << i)) for i, j in windows]
    reach = 0
    for _, _, win in wins:
        reach |= win
    groups = [(m, b) for m, b in groups if m & reach]  # the others are in no window
    best, best_win = -1.0, None
    for i, j, win in wins:
        score = base_score
        for m, b in groups:
            if m & win:
                score += b
        if score > best + 1e-9:  # ties keep the shorter (earlier) window
            best, best_win = score, (i, j)
    return max(0.0, min(1.0, best)), best_win


# Up to this many source sentences a window test uses int bitmasks (one per summary word, kept
# by the source index; at most 512 bytes each); beyond it, bisection on the postings.
_MASK_SENTENCES = 4096


def _mask(found: array) -> int:
    m = 0
    for k in found:
        m |= 1 << k
    return m


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
