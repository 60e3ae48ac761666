"""Directional and polar words ("rose"/"fell", "beat"/"missed", "net buyers"/"net sellers",
"kept"/"cut" guidance, "before"/"after tax", "14-month high"/"weakest in 14 months", "largest
ever"/"second largest", ...) found in text, with character spans.

The lexicon lives in summarizer/data/directions.json. Words are matched on Snowball stems
(`summarizer.text.stem`), longest phrase first, so inflections ("climbs", "climbed", "climbing")
need no list. Each match becomes a `Polar`: an axis ("move", "change", "estimate", ...), the set
of values of that axis it allows (negation turns "accepted" into "reject"), and the clause
(`segment`) it sits in. Comparing polars of a summary with those of its source is the
contradiction check's job.

`analyse` can read only some sentences of a text (`only=`): the contradiction check reads a
source only where the summary points, which keeps it fast on long articles."""

from __future__ import annotations

import json
import re
from array import array
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import cache, lru_cache
from itertools import repeat
from pathlib import Path
from typing import NamedTuple

from ..text import stem
from ..text.patterns import lazy_compile
from ..text.stemming import stem_words

# Words (keeping "n't" forms whole), numbers, and the punctuation that separates clauses.
_TOKEN = lazy_compile(
    r"[A-Za-z]+(?:['\u2019][A-Za-z]+)*|\d+(?:,\d{3})*(?:\.\d+)?"
    r"|[,;:!?()\"\u201c\u201d%$\u20ac\u00a3\u00a5\u2260]|\.(?!\d)"
)
_CLAUSE_PUNCT = {";", ":", "(", ")", "!", "?", ".", '"', "\u201c", "\u201d"}
# A clause ends before these words ...
_BREAK_WORDS = {"while", "whereas", "but", "although", "though", "despite", "yet", "meanwhile"}
# ... and before these when a comma precedes them.
_COMMA_BREAK_WORDS = {
    "and", "as", "with", "after", "sending", "while", "but", "or", "even", "so", "which",
}  # fmt: skip
# "has not yet", "as yet": "yet" as an adverb, not "but".
_NOT_YET = {"not", "has", "have", "had", "is", "are", "was", "were", "as"}
_AUX = {
    "did", "does", "do", "has", "have", "had", "would", "will", "could", "was", "were", "is",
    "are", "should", "may", "might", "can",
}  # fmt: skip
_MOVED_BEFORE = {
    "edg", "tick", "inch", "move", "went", "close", "end", "finish", "settl", "trade", "open",
    "wa", "were", "is", "are", "been", "be", "still", "now", "stock", "share", "index", "market",
}  # fmt: skip
# "push freight rates higher", "sent the index lower": a verb that moves its object.
_PUSH = frozenset(
    stem(w)
    for w in ["push", "pushed", "drive", "drove", "driven", "send", "sent", "force", "nudge"]
)
_INVESTORS = frozenset(
    {"investor", "fund", "foreign", "buyer", "trader", "institut", "retail", "insur", "pension"}
)
_CURRENCY_SIGNS = ("$", "\u20ac", "\u00a3", "\u00a5")
_APPROX = ("about", "some", "around", "nearly", "almost", "roughly")
_FIGURE_LEAD = frozenset(["only", "just", "nearly", "almost", "roughly", "approximately"])
# Units that make "added 2%" a move ("The index added 1.2%") rather than a count added.
_MOVE_UNITS = frozenset(
    ["%", "percent", "per", "point", "points", "pts", "pt", "bp", "bps", "basis", "cents", "pence"]
)
_TIME_UNITS = frozenset(
    stem(w) for w in ["day", "week", "month", "year", "decade", "quarter", "session", "time"]
)
_NUMBER_WORDS = frozenset(
    [
        "one",
        "two",
        "three",
        "four",
        "five",
        "six",
        "seven",
        "eight",
        "nine",
        "ten",
        "eleven",
        "twelve",
        "fifteen",
        "twenty",
        "thirty",
        "multi",
        "several",
        "many",
    ]
)
# "declined to give": a refusal, not a fall, unless a level follows ("declined to 3.1%").
_LEVEL_AFTER_TO = frozenset(
    [
        "a",
        "an",
        "the",
        "its",
        "their",
        "about",
        "around",
        "some",
        "roughly",
        "nearly",
        "just",
        "below",
        "under",
        "above",
        "level",
        "levels",
        "record",
        "zero",
        "near",
    ]
)
# Axes whose phrases are often hyphenated: "better-than-expected", "larger-than-expected".
_COMPOUND_AXES = frozenset(["estimate", "size"])
_WINDOW_OBJECT = 10
_OBJECT_STOP = frozenset(
    ["%", "to", "by", "on", "as", "after", "because", "amid", "due"] + list(_CURRENCY_SIGNS)
)
_PASSIVE = frozenset(["was", "were", "is", "are", "been", "be", "being"])
_WINDOW_ESTIMATE = 8
_WINDOW_NEGATION = 3


class Token(NamedTuple):
    start: int
    end: int
    low: str  # lower-cased text ("not" for any "n't" form)
    stem: str
    kind: str  # "w" word, "n" number, "p" punctuation


# Token(*fields) at C speed: a NamedTuple's own constructor is a Python function, and a check
# builds tokens by the hundred thousand.
_new_token = tuple.__new__


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


class Tokens:
    """A block's tokens, kept compact: offsets in arrays, the word forms as shared strings
    (~25 bytes a token instead of a Token tuple with two ints: ~140). Indexing and iteration
    give `Token`s, built on demand; a slice is a list of them."""

    __slots__ = ("ends", "kinds", "lows", "starts", "stems")

    def __init__(self, tokens: list[Token]):
        code = "i" if not tokens or tokens[-1].end < 2**31 else "q"
        starts, ends, lows, stems, kinds = zip(*tokens) if tokens else ((),) * 5
        self.starts = array(code, starts)
        self.ends = array(code, ends)
        self.lows = list(lows)
        self.stems = list(stems)
        self.kinds = "".join(kinds)

    def __len__(self) -> int:
        return len(self.kinds)

    def __iter__(self) -> Iterator[Token]:
        return map(_new_token, repeat(Token),
                   zip(self.starts, self.ends, self.lows, self.stems, self.kinds))

    def __getitem__(self, i):
        if isinstance(i, slice):
            return list(map(_new_token, repeat(Token), zip(
                self.starts[i], self.ends[i], self.lows[i], self.stems[i], self.kinds[i])))
        return _new_token(Token, (self.starts[i], self.ends[i], self.lows[i], self.stems[i],
                                  self.kinds[i]))

    def words_in(self, stems) -> list[int]:
        """Indices of the words whose stem is in `stems`, in order (no Token built for the
        others: a check looking for a few verbs skips a block's other words at C speed)."""
        kinds = self.kinds
        return [i for i, st in enumerate(self.stems) if st in stems and kinds[i] == "w"]


@dataclass
class Analysis:
    text: str
    tokens: Tokens
    segments: list[tuple[int, int]]  # token ranges [a, b) of clauses
    seg_of: array  # segment index of each token
    polars: list[Polar]

    def segment_span(self, i: int) -> tuple[int, int]:
        a, b = self.segments[i]
        return self.tokens[a].start, self.tokens[b - 1].end

    def words(self, a: int, b: int) -> list[Token]:
        return [t for t in self.tokens[a:b] if t.kind == "w"]


def _stems(phrase: str) -> tuple[str, ...]:
    return tuple(stem_words(re.findall(r"[A-Za-z]+", phrase)))


@dataclass(frozen=True)
class Lexicon:
    axes: dict
    phrases: dict  # stem tuple -> tuple of senses (axis, value, need) or () for neutral
    max_len: int
    first: dict  # first stem of a phrase -> longest phrase length starting with it
    objects: frozenset
    estimate_cues: frozenset
    holders: frozenset
    negators: tuple  # stem tuples, longest first
    negators_by_last: dict  # last stem -> negators ending with it, longest first
    lower_is_better: frozenset
    higher_is_better: frozenset
    previous: frozenset  # "previous", "prior": an estimate that is the speaker's own old one
    forecasters: frozenset  # "economists", "analysts": who holds an expectation
    not_triggers: frozenset  # "underlying", "depreciation": stems that match, words that don't
    contest_objects: frozenset  # "won the contract", "lost backing"
    job_objects: frozenset  # "shed 1,900 jobs"
    site_objects: frozenset  # "closed 40 stores"
    range_objects: frozenset  # "the top of its range", "the low end of guidance"
    band_objects: frozenset  # "above its marketed range": a range itself, not a forecast
    currency_objects: frozenset  # "a stronger Taiwan dollar"
    reference_cues: frozenset  # "above its IPO price", "below a year ago"


def _rank_senses(raw: dict) -> list[dict]:
    """ "second largest", "third-biggest" (rank 2, 3) and "largest ever" (rank 1), one axis per
    superlative family so "smallest ever" never meets "second largest"."""
    out = []
    for family, words in raw["superlatives"].items():
        axis = f"rank_{family}"
        for value, ordinal in enumerate(raw["ordinals"], start=2):
            out.append(
                {"axis": axis, "value": str(value), "need": None,
                 "phrases": [f"{ordinal} {w}" for w in words]}
            )  # fmt: skip
        out.append({"axis": axis, "value": "1", "need": "ever", "phrases": list(words)})
    return out


def _occurrence_senses(raw: dict) -> list[dict]:
    """ "for the first time" (1), "for a second time", "for the third straight time" (3): how
    many times something has happened."""
    out = []
    for value, ordinal in enumerate(["first"] + raw["ordinals"], start=1):
        phrases = [
            f"for {det} {ordinal} {kind}time"
            for det in ("the", "a")
            for kind in ("", "straight ", "consecutive ", "successive ")
        ]
        out.append({"axis": "occurrence", "value": str(value), "need": None, "phrases": phrases})
    return out


_DATA = Path(__file__).resolve().parents[1] / "data" / "directions.json"


@lru_cache(maxsize=1)
def _raw() -> dict:
    return json.loads(_DATA.read_text("utf-8"))


@cache
def word_list(name: str) -> frozenset:
    """A word list of the contradiction check ("stop", "titles", ...; see "check_words" in
    directions.json), as written."""
    return frozenset(_raw()["check_words"][name])


@cache
def stem_list(name: str) -> frozenset:
    """The Snowball stems of a word list (`word_list`)."""
    return frozenset(stem_words(word_list(name)))


def _vocabulary(data) -> list[str]:
    """Every word in the strings of a JSON-like structure."""
    words: list[str] = []
    stack = [data]
    while stack:
        x = stack.pop()
        if isinstance(x, str):
            words += re.findall(r"[A-Za-z]+", x)
        elif isinstance(x, dict):
            stack += list(x.keys()) + list(x.values())
        elif isinstance(x, (list, tuple)):
            stack += x
    return words


@lru_cache(maxsize=1)
def lexicon() -> Lexicon:
    """The lexicon: the one shipped in summarizer/data/lexicon.marshal when it was built from
    this directions.json and this code, else built here (`build_lexicon`); the same either way."""
    shipped = _shipped_lexicon()
    return shipped if shipped is not None else build_lexicon()


def lexicon_sources() -> list[Path]:
    """The files the lexicon is built from: the data, this module and the stemmer's module."""
    from ..text import stemming

    return [_DATA, Path(__file__).resolve(), Path(stemming.__file__).resolve()]


def lexicon_table(lex: Lexicon) -> tuple:
    """What lexicon.marshal holds: the lexicon's fields, and sample words with their stems (the
    stemmer installed must give the same stems as the one that built it)."""
    words = sorted(set(_vocabulary(_raw())))[::40]
    fields = {f: getattr(lex, f) for f in Lexicon.__dataclass_fields__}
    return fields, tuple(zip(words, stem_words(words)))


def _shipped_lexicon() -> Lexicon | None:
    from . import precomputed

    table = precomputed.load("lexicon", lexicon_sources())
    try:
        fields, probes = table
        words, stems = zip(*probes)
        if stem_words(words) != list(stems):
            return None
        return Lexicon(**fields)
    except (TypeError, ValueError):
        return None


def build_lexicon() -> Lexicon:
    raw = _raw()
    senses = raw["senses"] + _rank_senses(raw) + _occurrence_senses(raw)
    stem_words(_vocabulary([raw, senses]))  # the whole lexicon stemmed at once, ahead of use
    axes = {k: tuple(v) for k, v in raw["axes"].items()}
    for family in raw["superlatives"]:
        axes[f"rank_{family}"] = tuple(str(v) for v in range(1, len(raw["ordinals"]) + 2))
    axes["occurrence"] = tuple(str(v) for v in range(1, len(raw["ordinals"]) + 2))
    phrases: dict[tuple[str, ...], list] = {}
    for sense in senses:
        for p in sense["phrases"]:
            phrases.setdefault(_stems(p), []).append((sense["axis"], sense["value"], sense["need"]))
    for p in raw["neutral"]:
        phrases[_stems(p)] = []
    # Longest first; ties in a fixed order, so the table is the same in every process.
    negators = tuple(sorted({_stems(n) for n in raw["negators"]}, key=lambda n: (-len(n), n)))
    by_last: dict[str, tuple] = {}
    for neg in negators:
        by_last[neg[-1]] = by_last.get(neg[-1], ()) + (neg,)
    return Lexicon(
        axes=axes,
        phrases={k: tuple(v) for k, v in phrases.items()},
        max_len=max(len(k) for k in phrases),
        first=_first_stems(phrases),
        objects=frozenset(_stems(" ".join(raw["objects"]))),
        estimate_cues=frozenset(_stems(" ".join(raw["estimate_cues"]))),
        holders=frozenset(_stems(" ".join(raw["expectation_holders"]))),
        negators=negators,
        negators_by_last=by_last,
        lower_is_better=frozenset(_stems(" ".join(raw["lower_is_better"]))),
        higher_is_better=frozenset(_stems(" ".join(raw["higher_is_better"]))),
        previous=frozenset(_stems(" ".join(raw["previous"]))),
        forecasters=frozenset(_stems(" ".join(raw["forecasters"]))),
        not_triggers=frozenset(raw["not_triggers"]),
        contest_objects=frozenset(_stems(" ".join(raw["contest_objects"]))),
        job_objects=frozenset(_stems(" ".join(raw["job_objects"]))),
        site_objects=frozenset(_stems(" ".join(raw["site_objects"]))),
        range_objects=frozenset(_stems(" ".join(raw["range_objects"]))),
        band_objects=frozenset(_stems(" ".join(raw["band_objects"]))),
        currency_objects=frozenset(_stems(" ".join(raw["currency_objects"]))),
        reference_cues=frozenset(_stems(" ".join(raw["reference_cues"]))),
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


def tokenize(text: str, start: int = 0, end: int | None = None) -> list[Token]:
    """Tokens of text[start:end], with offsets into `text`."""
    out = []
    append = out.append
    words = _WORDS
    for m in _TOKEN.finditer(text, start, len(text) if end is None else end):
        s = m.group()
        c = s[0]
        if c.isalpha():
            low, st = words.get(s) or _word(s)
            append(_new_token(Token, (*m.span(), low, st, "w")))
        elif c.isdigit():
            append(_new_token(Token, (*m.span(), s, s, "n")))
        elif c == "\u2260":  # "exit \u2260 retreat": read as "not"
            append(_new_token(Token, (*m.span(), "not", "not", "w")))
        else:
            append(_new_token(Token, (*m.span(), s, s, "p")))
    return out


_ABBREVIATIONS = frozenset(
    ["inc", "corp", "co", "ltd", "jr", "sr", "st", "mr", "mrs", "ms", "dr", "no", "vs"]
)


def _abbreviation(t: Token) -> bool:
    """ "U.S.", "Inc.": a full stop inside a sentence that ends no clause."""
    return t.kind == "w" and (len(t.low) == 1 or t.low in _ABBREVIATIONS)


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
                and not (t.low == "yet" and prev.low in _NOT_YET)
                or t.kind == "w"
                and t.low in _COMMA_BREAK_WORDS
                and prev.low == ","
                or prev.kind == "p"
                and prev.low in _CLAUSE_PUNCT
                and prev.low not in '()"\u201c\u201d'
                and not (prev.low == "." and i > 1 and _abbreviation(tokens[i - 2]))
            ):
                brk = True
        if brk and i > start:
            segs.append((start, i))
            start = i
    if start < len(tokens):
        segs.append((start, len(tokens)))
    return segs


def _figure_at(text: str, tokens: list[Token], j: int) -> bool:
    """A figure starts at token j: "9.70", "$9.70", "NZ$9.70"."""
    if j < len(tokens) and tokens[j].kind == "w":
        word = text[tokens[j].start : tokens[j].end]
        if not (len(word) <= 3 and word.isupper()):
            return False
        j += 1
    if j < len(tokens) and tokens[j].low in _CURRENCY_SIGNS:
        j += 1
    return j < len(tokens) and tokens[j].kind == "n"


def _shorter_match(tokens: list[Token], i: int, n: int, lex: Lexicon) -> tuple[int, tuple]:
    """The longest phrase with senses strictly shorter than n tokens at i, else (n, ())."""
    for k in range(n - 1, 0, -1):
        senses = lex.phrases.get(tuple(t.stem for t in tokens[i : i + k]))
        if senses:
            return k, senses
    return n, ()


def _match_at(tokens: list[Token], i: int, lex: Lexicon):
    """Longest lexicon phrase starting at token i: (length, senses) or None."""
    longest = lex.first.get(tokens[i].stem)
    if longest is None:
        return None
    stems = []  # the words from i on, up to the first number or punctuation
    for t in tokens[i : i + longest]:
        if t.kind != "w":
            break
        stems.append(t.stem)
    phrases = lex.phrases
    for n in range(len(stems), 0, -1):
        key = tuple(stems[:n])
        if key in phrases:
            return n, phrases[key]
    return None


def _find_within(tokens, a, b, wanted) -> int:
    for j in range(a, b):
        if tokens[j].kind == "w" and tokens[j].stem in wanted:
            return j
    return -1


def reference_cue(tokens, a, b, cues) -> int:
    """The token in [a, b) that makes "above"/"below" a comparison with a reference level: a
    cue word ("its IPO price", "a year ago", "the average") or a year's possessive right after
    ("below 2024's $5.7 billion"); -1 if none."""
    if a + 1 < b and tokens[a].kind == "n" and len(tokens[a].low) == 4 \
            and tokens[a].low[:2] in ("19", "20") and tokens[a + 1].low == "s":
        return a
    return _find_within(tokens, a, b, cues)


def _moved(tokens, i, n, seg_start, seg_end) -> bool:
    """A movement context for "up", "higher", "expanded": a figure or "from/by" right after, a
    figure or movement verb right before, or a verb that pushes its object ("push X higher")."""
    nxt = tokens[i + n] if i + n < seg_end else None
    if nxt is not None and (
        nxt.kind == "n"
        or nxt.low in _CURRENCY_SIGNS
        or nxt.low in ("from", "by", "than", "sharply", "slightly")
        or nxt.low in _APPROX
        or nxt.low in _FIGURE_LEAD and i + n + 1 < seg_end and tokens[i + n + 1].kind == "n"
    ):
        return True  # "down only 3%"
    for j in range(max(seg_start, i - 3), i):
        if tokens[j].kind == "n" or tokens[j].low == "%":
            return True
    if i > seg_start and tokens[i - 1].stem in _MOVED_BEFORE:
        return True
    # The pushed object sits between the verb and the direction, with no "and" or comma between
    # ("acquisition-driven debt and weaker payments": no push).
    for j in range(i - 1, max(seg_start, i - 4) - 1, -1):
        t = tokens[j]
        if t.kind == "p" or t.low in _CONJUNCTIONS:
            return False
        if t.stem in _PUSH:
            return True
    return False


_CONJUNCTIONS = ("and", "or", "but", "while")


def _period(tokens, i, n, seg_start, seg_end) -> bool:
    """ "14-month high", "record low", "weakest level in 14 months", "lowest since 2012"."""
    if i > seg_start:
        prev = tokens[i - 1]
        if prev.low in ("record", "decade", "multi") or prev.stem in _TIME_UNITS and (
            i - 2 >= seg_start and (tokens[i - 2].kind == "n" or tokens[i - 2].low in _NUMBER_WORDS
                                    or tokens[i - 2].low in ("all", "multi"))
        ):  # fmt: skip
            return True
    for j in range(i + n, min(seg_end - 1, i + n + 3)):
        if tokens[j].low in ("in", "since", "for") and (
            tokens[j + 1].kind == "n"
            or tokens[j + 1].low in _NUMBER_WORDS
            or tokens[j + 1].low in ("more", "over", "at", "nearly", "almost", "a", "the")
            or (tokens[j].low == "since" and tokens[j + 1].low in _MONTH_WORDS)
        ):
            return True
    return False


_OBJECT_NEEDS = {"contest": "contest_objects", "jobs": "job_objects", "sites": "site_objects",
                 "range": "range_objects", "currency": "currency_objects",
                 "band": "band_objects"}
_WINDOW_NOUN = 5
# "the top end of its A$19-A$21 per tonne range"; "a weaker Taiwan dollar"
_OBJECT_REACH = {"range": 12, "currency": 3, "band": 4}
# Needs whose object belongs in the quoted span: "the top of its range", "a weaker yen".
_SPAN_TO_OBJECT = frozenset(["range", "currency", "band"])
_RATE_UNITS = frozenset(["bp", "bps", "basis", "point", "points", "percentage", "pts"])
_ORDINALS = frozenset(
    ["second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth",
     "th", "st", "nd", "rd", "another", "first", "latest", "straight", "consecutive"]
)  # fmt: skip
_STREAK_AFTER = frozenset(["row", "straight", "consecutive", "successive", "since"])


def _figure_after(tokens, j, seg_end) -> bool:
    """A figure within two tokens from j: "analysts' NZ$9.70"."""
    return any(t.kind == "n" for t in tokens[j : min(seg_end, j + 3)])


def _figure_end(tokens, j, seg_end, default) -> int:
    for k in range(j, min(seg_end, j + 3)):
        if tokens[k].kind == "n":
            return k
    return default


def _pct_near(tokens, i, n, seg_start, seg_end) -> bool:
    """ "a 0.9% gain", "a 25bp fall", "a 3 percentage-point drop", "gains of 0.4%"."""
    j = i - 1
    while j >= seg_start and j >= i - 3 and tokens[j].low in _RATE_UNITS:
        j -= 1
    if j >= seg_start and tokens[j].low == "%":
        return True
    if j >= seg_start and j < i - 1 and tokens[j].kind == "n":
        return True
    k = i + n
    return (
        k + 2 < seg_end and tokens[k].low == "of" and tokens[k + 1].kind == "n"
        and tokens[k + 2].low in _MOVE_UNITS
    )  # fmt: skip


def _streak(tokens, i, n, seg_start, seg_end) -> bool:
    """A rate-move noun: "its third cut in a row", "a 150 basis-point cut", "a 25bp hike"."""
    if i > seg_start and tokens[i - 1].low in _ORDINALS:
        return True
    if _pct_near(tokens, i, n, seg_start, seg_end):
        return True
    return any(t.low in _STREAK_AFTER for t in tokens[i + n : min(seg_end, i + n + 4)])


_MONTH_WORDS = frozenset(
    ["january", "february", "march", "april", "may", "june", "july", "august", "september",
     "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep",
     "sept", "oct", "nov", "dec", "early", "late", "mid", "the"]
)  # fmt: skip


def _amount_near(tokens, i, n, seg_start, seg_end) -> bool:
    """A money amount right before or after: "a loss of $120 million", "a $2bn profit", "net
    loss slid 36% to $500m"."""
    for j in range(max(seg_start, i - 4), min(seg_end, i + n + 14)):
        t = tokens[j]
        if t.kind == "n" and (
            (j > seg_start and tokens[j - 1].low in _CURRENCY_SIGNS)
            or (j + 1 < seg_end and tokens[j + 1].low in _SCALE_WORDS)
        ):
            return True
    return False


_REST = frozenset(["rest", "remainder", "balance"])
_INVENTORY = frozenset(stem(w) for w in (
    "inventories", "inventory", "stocks", "stockpiles", "stockpile", "storage", "supplies",
    "crude", "barrels", "bcf"))
_SCALE_WORDS = frozenset(
    ["billion", "million", "trillion", "bn", "mln", "mn", "m", "b", "crowns", "euros", "dollars",
     "pounds", "yen", "francs", "yuan", "rupees", "won", "reais", "pesos", "rand"]
)  # fmt: skip


def _need_met(need, tokens, i, n, seg_start, seg_end, lex) -> tuple[bool, int]:
    """Whether the context a sense needs is there; returns (ok, index of its last token)."""
    last = i + n - 1
    if need is None or need == "subject":
        return True, last
    if need == "object":
        hi = min(seg_end, i + n + _WINDOW_OBJECT)
        for k in range(i + n, hi):
            if tokens[k].low in _OBJECT_STOP:
                hi = k  # "dropped 6% to $4bn on weaker prices": the object came first
                break
        j = _find_within(tokens, i + n, hi, lex.objects)
        if (
            j < 0
            and i - 1 > seg_start
            and tokens[i - 1].low in _PASSIVE
            and _find_within(tokens, max(seg_start, i - 5), i - 1, lex.objects) >= 0
        ):
            return True, last  # "the dividend was held at 96 cents": object before a passive
        return j >= 0, j
    if need == "estimate":
        hi = min(seg_end, i + n + _WINDOW_ESTIMATE)
        j = _find_within(tokens, i + n, hi, lex.estimate_cues)
        if j < 0:
            # "above the 1.3% economists had pencilled in": who expected it, after a figure.
            j = _find_within(tokens, i + n, hi, lex.forecasters)
            between = tokens[i + n : j]
            if (
                j >= 0
                and (not any(t.kind == "n" for t in between) or any(t.low == "," for t in between))
                and not _figure_after(tokens, j + 1, seg_end)
            ):
                j = -1  # "ahead of analysts' NZ$9.70" keeps its figure after the forecasters
            if j >= 0 and not any(t.kind == "n" for t in between):
                j = _figure_end(tokens, j + 1, seg_end, j)
        return j >= 0, j
    if (
        need == "contest"
        and i > seg_start
        and (tokens[i - 1].kind == "n" or tokens[i - 1].low in _SCALE_WORDS)
    ):
        return False, last  # "a 3 trillion won deal": the currency
    if need in _OBJECT_NEEDS:
        wanted = getattr(lex, _OBJECT_NEEDS[need])
        reach = _OBJECT_REACH.get(need, _WINDOW_NOUN)
        j = _find_within(tokens, i + n, min(seg_end, i + n + reach), wanted)
        return j >= 0, (j if j >= 0 else last)
    if need == "pct_before":
        return _pct_near(tokens, i, n, seg_start, seg_end), last
    if need == "reference":
        j = reference_cue(tokens, i + n, min(seg_end, i + n + 4), lex.reference_cues)
        return j >= 0, (j if j >= 0 else last)
    if need == "inventory":
        # "a 4.2 million-barrel draw in crude inventories", "a surprise build in stockpiles"
        lo, hi = max(seg_start, i - 6), min(seg_end, i + n + 6)
        return any(t.stem in _INVENTORY for t in tokens[lo:hi]), last
    if need == "streak":
        return _streak(tokens, i, n, seg_start, seg_end), last
    if need == "figure":
        nxt = tokens[i + n] if i + n < seg_end else None
        if nxt is not None and (nxt.low in _CURRENCY_SIGNS or nxt.low in _APPROX[:3]):
            nxt = tokens[i + n + 1] if i + n + 1 < seg_end else None
        return nxt is not None and nxt.kind == "n", last
    if need == "investors":
        return any(t.stem in _INVESTORS for t in tokens[max(seg_start, i - 8) : seg_end]), last
    if need == "moved":
        return _moved(tokens, i, n, seg_start, seg_end), last
    if need == "gain_figure":
        # "added 1.2%" / "added 40 points" moves; "added 18,400 subscribers" counts.
        j = i + n
        if j < seg_end and tokens[j].low in _APPROX:
            j += 1
        return (
            j + 1 < seg_end and tokens[j].kind == "n" and tokens[j + 1].low in _MOVE_UNITS
        ), last
    if need == "period":
        return _period(tokens, i, n, seg_start, seg_end), last
    if need == "ever":  # "largest ever", "the country's largest" (first within a scope)
        window = tokens[i + n : min(seg_end, i + n + 4)]
        return any(t.low in ("ever", "record", "history") for t in window) or (
            i > seg_start and tokens[i - 1].low in _SCOPES), last
    if need == "amount":
        return _amount_near(tokens, i, n, seg_start, seg_end), last
    if need == "paid":
        # "$1.2bn in cash", "the remainder in shares": an amount, or the rest of one.
        rest = any(t.low in _REST for t in tokens[max(seg_start, i - 3) : i])
        return rest or _amount_near(tokens, i, n, seg_start, seg_end), last
    return False, last


# Words that may sit between a negator and what it negates: "did not yet fully accept".
# What a first place is first in: "the country's largest container port".
_SCOPES = frozenset(["country", "nation", "world", "region", "continent", "state", "city"])
_NEG_GAP = {
    "be", "been", "being", "have", "has", "had", "to", "yet", "fully", "immediately", "formally",
    "publicly", "significantly", "materially", "actually", "ever", "so", "far", "plan", "plans",
    "specifically", "explicitly", "directly",
    # "did not produce a statistically significant slowing"
    "produce", "show", "achieve", "a", "any", "statistically", "significant", "meaningful",
    # "we are not assuming any improvement", "not expecting any further increases"
    "assuming", "assume", "assumes", "expecting", "expect", "forecasting", "planning",
    "including", "include",
    # "is not counting on any improvement", "had not included a rebound", "not baking in a
    # recovery"
    "counting", "banking", "relying", "on", "included", "factoring", "factored", "baking",
    "building", "built", "in", "anticipating", "modelling", "modeling",
    "see", "sees", "seeing", "predicting", "projecting",
    # "no current plans to leave", "no immediate plans to sell"
    "current", "immediate", "concrete", "firm", "specific",
    # "won't meaningfully improve", "are not going to accept"
    "meaningfully", "substantially", "much", "really", "necessarily", "going",
}  # fmt: skip


def _negation(tokens, i, seg_start, lex) -> int:
    """Index of the first token of a negation right before token i ("did not", "failed to",
    "no longer", "stopped short of", with only auxiliaries between; "not everyone ..." opening
    the clause), or -1."""
    k = _negation_near(tokens, i, seg_start, lex)
    if k < 0:
        k = _no_subject(tokens, i, seg_start)
    return k if k >= 0 else _not_all_before(tokens, i, seg_start)


def _no_subject(tokens, i, seg_start) -> int:
    """ "no new programme has been approved", "no dividend was declared": "no" before the
    passive subject (one to three plain words, then only auxiliaries), or -1."""
    k = i - 1
    aux = 0
    while k >= max(seg_start, i - 4) and tokens[k].low in _PASSIVE_AUX:  # bounded work
        k -= 1
        aux += 1
    if not aux or tokens[i - 1].low not in ("been", "was", "were", "is", "are", "being"):
        return -1
    words = 0
    while k >= seg_start and words < 3 and tokens[k].kind == "w" and tokens[k].low not in _AUX \
            and tokens[k].low != "no":
        k -= 1
        words += 1
    return k if words and k >= seg_start and tokens[k].low == "no" else -1


_PASSIVE_AUX = frozenset(["has", "have", "had", "been", "was", "were", "is", "are", "being",
                          "yet", "so", "far", "since", "then"])


_QUOTES = frozenset(['"', "\u201c", "\u201d", "\u2018", "\u2019"])


def _modifiers_start(tokens, i, seg_start) -> int:
    """Index of "a", "an" or "any" before token i over up to two plain or hyphenated words ("a
    fourth-quarter rebound", "any meaningful improvement"); i when there is none."""
    words = 0
    for k in range(i - 1, max(seg_start, i - 6) - 1, -1):
        t = tokens[k]
        if t.low in ("a", "an", "any"):
            return k if words else i
        if t.low in ("not", "never"):
            return i  # "a system doesn't outsource": the verb's own negation
        if t.kind == "w":
            words += 1
        elif not (t.low == "-" and k > seg_start and tokens[k - 1].end == t.start
                  and t.end == tokens[k + 1].start):
            return i
        if words > 2:
            return i
    return i


def _negation_near(tokens, i, seg_start, lex) -> int:
    i = _modifiers_start(tokens, i, seg_start)
    lo = max(seg_start, i - _WINDOW_NEGATION - 2)
    j = _object_start(tokens, i, seg_start)
    if j < i:  # "don't plan to take further list-price increases": read on past the object
        lo = max(seg_start, j - _WINDOW_NEGATION)
        i = j
    for j in range(i - 1, lo - 1, -1):
        if tokens[j].kind != "w":
            if tokens[j].low in _QUOTES and j > seg_start:
                continue  # 'would not "chase volume at any price"': a quote opens after it
            return _no_before(tokens, i, seg_start)
        for neg in lex.negators_by_last.get(tokens[j].stem, ()):
            k = j - len(neg) + 1
            if k >= seg_start and tuple(t.stem for t in tokens[k : j + 1]) == neg:
                if k > 0 and tokens[k - 1].low in _AUX:
                    k -= 1
                return k
        if tokens[j].low not in _NEG_GAP and tokens[j].low not in _AUX:
            return _no_before(tokens, i, seg_start)
    return -1


# Verbs whose object a negation reaches: "not take further list-price increases", "no plans to
# implement any new cuts".
_OBJECT_VERBS = frozenset(["take", "taking", "make", "making", "implement", "implementing",
                           "introduce", "introducing", "pursue", "pursuing", "announce", "push",
                           "pushing", "seek", "seeking"])


def _object_start(tokens, i, seg_start) -> int:
    """Index of an object verb right before token i, over up to two plain words and "further",
    "additional" ("take further list-price increases"); i when there is none."""
    words = 0
    for k in range(i - 1, max(seg_start, i - 6) - 1, -1):
        t = tokens[k]
        if t.kind != "w":
            return i
        if t.low in _OBJECT_VERBS and (words or k < i - 1 or tokens[i].low in ("a", "an", "any")):
            return k  # "did not take a list price increase": read from "a" on
        if t.low in _MORE or t.low in ("any", "a", "an"):
            continue
        words += 1
        if words > 2:
            return i
    return i


_ALL = frozenset(["everyone", "everybody", "all", "every", "each"])


def _not_all_before(tokens, i, seg_start) -> int:
    """ "Not everyone on the committee backed the cut", "not all analysts agreed": a negated
    subject opens the clause (within eight words before token i), or -1."""
    for k in range(max(seg_start, i - 9), i - 1):
        if tokens[k].low == "not" and tokens[k + 1].low in _ALL:
            return k
    return -1


_MORE = frozenset(["further", "additional", "more", "new", "fresh", "extra"])


def _no_before(tokens, i, seg_start) -> int:
    """ "no further macro deterioration", "no additional menu price increases": "no" and up to
    two plain words (a code like "H2" is one; "further", "additional" count for nothing) before
    a noun, or -1."""
    words = 0
    for k in range(i - 1, max(seg_start, i - 6) - 1, -1):
        t = tokens[k]
        glued = t.kind == "n" and k > seg_start and tokens[k - 1].end == t.start \
            and tokens[k - 1].kind == "w"
        if glued:
            continue  # the "2" of "H2": part of the word before it
        if t.low == "no" and 1 <= words <= 2:
            return k
        if t.kind != "w" or t.low in _AUX or t.low in ("no", "to"):
            return -1
        if t.low not in _MORE:
            words += 1  # "no additional menu price increases": "additional" adds nothing
    return -1


negation_at = _negation


def _in_compound(text: str, start: int, end: int) -> bool:
    before = text[max(0, start - 2) : start]
    after = text[end : end + 2]
    return (len(after) == 2 and after[0] in "-\u2010\u2011" and after[1].isalpha()) or (
        len(before) == 2 and before[1] in "-\u2010\u2011" and before[0].isalpha()
    )


def _hyphen_between(text: str, tokens: list[Token], j: int) -> bool:
    """Tokens j - 1 and j are joined by a hyphen."""
    return text[tokens[j - 1].end : tokens[j].start] in ("-", "\u2010", "\u2011")


def _refusal(tokens, i, n, seg_end) -> bool:
    """ "declined to give guidance": a refusal ("declined" + "to" + a verb), not a fall."""
    j = i + n
    return (
        j + 1 < seg_end
        and tokens[j].low == "to"
        and tokens[j + 1].kind == "w"
        and tokens[j + 1].low not in _LEVEL_AFTER_TO
    )


_REFUSAL_STEMS = frozenset([stem("declined")])


def _gain_on_sale(tokens: list[Token], i: int) -> bool:
    """ "gains on the sale of used equipment", "a gain on disposal": the accounting line, a
    noun, not a move."""
    if tokens[i].low not in ("gain", "gains"):
        return False
    nxt = [t.low for t in tokens[i + 1:i + 4]]
    if nxt[:1] != ["on"]:
        return False
    rest = nxt[2:] if nxt[1:2] in (["the"], ["a"]) else nxt[1:2]
    return bool(rest) and rest[0] in _DISPOSALS


_DISPOSALS = frozenset(["sale", "sales", "disposal", "disposals", "divestiture", "divestitures",
                        "exchange", "extinguishment", "investments", "derivatives"])


def _by_degree(tokens: list[Token], j: int, seg_end: int) -> bool:
    """A degree word right after a negated trigger ("not increased much", "did not fall as
    sharply", "has not risen significantly"): the statement is about how far, not which way."""
    if j >= seg_end:
        return False
    low = tokens[j].low
    if low == "as" and j + 1 < seg_end:
        low = tokens[j + 1].low
    elif low in ("by", "a") and j + 1 < seg_end and tokens[j + 1].low in ("much", "lot"):
        return True
    return low in _DEGREE


_DEGREE = frozenset(["much", "significantly", "meaningfully", "materially", "substantially",
                     "sharply", "greatly", "dramatically", "enough", "fast", "quickly",
                     "strongly", "appreciably", "markedly"])


_FALL_FORMS = frozenset(["fall", "falls", "fell", "fallen", "falling"])
_DISTANCES = frozenset(["kilometres", "kilometers", "km", "miles", "metres", "meters", "feet",
                        "yards", "mile", "kilometre", "kilometer", "metre", "meter", "foot"])


def _polar_at(text: str, tokens: list[Token], i: int, segs, seg_of,
              lex) -> tuple[Polar | None, int]:
    """The polar statement whose trigger starts at token i (None if there is none), and how many
    tokens to move on."""
    m = _match_at(tokens, i, lex)
    if m is None:
        return None, 1
    n, senses = m
    if n == 1 and _proper_name_at(text, tokens, i):
        return None, 1  # "Gaines said": a surname, not "gains"
    if n == 1 and _gain_on_sale(tokens, i):
        return None, 1  # "gains on the sale of used equipment were $6 million": an income line
    if n == 1 and i > 0 and tokens[i].low in ("up", "down") and tokens[i - 1].low in _DISTANCES:
        return None, 1  # "about 14 kilometres down the valley": a way, not a move
    if n == 1 and tokens[i].low in _FALL_FORMS and i + 1 < len(tokens) and tokens[i + 1].low == "through":
        return None, 1  # "the deal had fallen through": it failed, nothing moved
    if not senses and n > 1 and _figure_at(text, tokens, i + n):
        # "under the NZ$9.70 expected": a neutral phrase ("under the deal") before a figure.
        n, senses = _shorter_match(tokens, i, n, lex)
    if _in_compound(text, tokens[i].start, tokens[i + n - 1].end) and not any(
        axis in _COMPOUND_AXES or axis.startswith("rank") for axis, _, _ in senses
    ):
        return None, n  # "trimmed-mean", "long-lost": part of a hyphenated word
    seg = seg_of[i]
    seg_start, seg_end = segs[seg]
    if n == 1 and tokens[i].stem in _REFUSAL_STEMS and _refusal(tokens, i, n, seg_end):
        return None, 1
    found = _sense_met(senses, tokens, i, n, seg_start, seg_end, lex)
    if found is None and n > 1:
        # "35 basis points wider than initial price thoughts": not "wider than" forecasts,
        # so "wider" alone, as a sense told by a figure of its own.
        k, shorter = _shorter_match(tokens, i, n, lex)
        shorter = tuple(x for x in shorter if x[2] in _FIGURE_NEEDS)  # told by a figure
        found = _sense_met(shorter, tokens, i, k, seg_start, seg_end, lex)
        if found is not None:
            n = k
    if found is None:
        return None, (n if not senses else 1)
    axis, value, need, last = found
    neg_at = _negation(tokens, i, seg_start, lex)
    if neg_at >= 0 and _by_degree(tokens, i + n, seg_end):
        return None, n  # "contract rates have not increased much": a small rise, no fall
    values = frozenset([value])
    if neg_at >= 0:
        values = frozenset(v for v in lex.axes[axis] if v != value)
    start_tok = neg_at if neg_at >= 0 else i
    span_last = i + n - 1
    if axis == "change" or need in _SPAN_TO_OBJECT:
        span_last = last  # "cut its full-year profit target", "the top of its range"
    elif axis in _COMPOUND_AXES and any(t.kind == "n" for t in tokens[i + n : last]):
        span_last = last  # "below the 4.1% economists had forecast"
    elif axis in _COMPOUND_AXES and last == i + n and _hyphen_between(text, tokens, last):
        span_last = last  # "larger-than-expected"
    polar = Polar(
        axis=axis,
        values=values,
        value=value,
        start=tokens[start_tok].start,
        end=tokens[span_last].end,
        trigger=text[tokens[i].start : tokens[i + n - 1].end],
        negated=neg_at >= 0,
        tok=i,
        tok_end=span_last + 1,
        segment=seg,
    )
    return polar, n


def analyse(
    text: str, sentences: list[tuple[int, int]], only: Iterable[int] | None = None
) -> Analysis:
    """Tokens, clauses and polar statements of `text` (split into `sentences`); with `only`,
    of those sentences alone (indices into `sentences`)."""
    lex = lexicon()
    if only is None:
        tokens = tokenize(text)
        spans = sentences
    else:
        spans = [sentences[k] for k in sorted(set(only))]
        tokens = []
        for s, e in spans:
            tokens.extend(tokenize(text, s, e))
    segs = _segments(tokens, spans)
    seg_of = [0] * len(tokens)
    for k, (a, b) in enumerate(segs):
        seg_of[a:b] = [k] * (b - a)
    polars: list[Polar] = []
    first, not_triggers = lex.first, lex.not_triggers
    next_i = 0  # a phrase read at i is not read again from inside it
    for i, t in enumerate(tokens):
        if i < next_i or t.kind != "w" or t.stem not in first or t.low in not_triggers:
            continue
        if _adjective_use(tokens, i, text):
            continue
        polar, step = _polar_at(text, tokens, i, segs, seg_of, lex)
        if polar is not None:
            polars.append(polar)
        next_i = i + step
    return Analysis(text, Tokens(tokens), segs, array("i", seg_of), polars)


def old_level(tokens, i: int) -> bool:
    """ "the slowdown from 12% growth": a move word after "from" and a figure names the old
    pace of another move, not a move of its own (read so in a summary only: in the source it
    still tells that the figure grew)."""
    j = i - 1 - (i > 1 and tokens[i - 1].low in ("%", "percent"))
    if j > 1 and tokens[j].kind == "n" and tokens[j - 1].low in ("from", "after"):
        return True
    # ... and "down from 8% growth": a pace compared with that old one, no figure of its own
    k = i + 3 + (i + 3 < len(tokens) and tokens[i + 3].low in ("%", "percent"))
    return k < len(tokens) and tokens[i + 1].low == "from" and tokens[i + 2].kind == "n" \
        and tokens[k].low in _PACE_NOUNS


_PACE_NOUNS = frozenset(["growth", "rise", "increase", "gain", "decline", "fall", "drop"])


def _adjective_use(tokens, i: int, text: str = "") -> bool:
    """ "its most advanced drug": a superlative adjective, no move; "has fallen short": a miss,
    not a fall ("fell short of" a yardstick is read as the phrase it is)."""
    if i > 0 and tokens[i - 1].low in ("most", "least"):
        return True
    if tokens[i].low in _NAME_ENDS and text[tokens[i].start:tokens[i].start + 1].isupper() \
            and i > 0 and tokens[i - 1].kind == "w" and text[tokens[i - 1].start:tokens[i - 1].start + 1].isupper():
        return True  # "Kisaragi Medical Holdings lowered": a company's name, not a hold
    return tokens[i].low in _FALL_FORMS and i + 1 < len(tokens) and tokens[i + 1].low == "short" \
        and (i + 2 >= len(tokens) or tokens[i + 2].low != "of")


_FALL_FORMS = frozenset(["fall", "falls", "fell", "fallen", "falling"])
_NAME_ENDS = frozenset(["holdings", "holding", "trust", "partners", "capital", "resources"])
_FIGURE_NEEDS = frozenset(["pct_before", "figure", "amount", "gain_figure"])


def _sense_met(senses, tokens, i, n, seg_start, seg_end, lex):
    """The first of `senses` whose need is met at tokens[i:i+n]: (axis, value, need, last)."""
    for axis, value, need in senses:
        ok, last = _need_met(need, tokens, i, n, seg_start, seg_end, lex)
        if ok:
            return axis, value, need, last
    return None


def _proper_name_at(text: str, tokens: list[Token], i: int) -> bool:
    """A capitalised word that English never writes in lower case ("Gaines")."""
    if not text[tokens[i].start].isupper():
        return False
    from .names import is_common_word

    return not is_common_word(text[tokens[i].start : tokens[i].end], loose=False)


def opposite(a: frozenset, b: frozenset) -> bool:
    """Two polar statements on one axis contradict when no value satisfies both."""
    return not (a & b)
