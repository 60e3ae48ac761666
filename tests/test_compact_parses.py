"""The compact forms of issue 10's memory work read exactly like the lists they replaced."""

from __future__ import annotations

import random

from summarizer import check
from summarizer.checker import CACHE_MAX_CHARS
from summarizer.checks.base import CheckContext
from summarizer.parsing import names
from summarizer.parsing.directions import Token, Tokens, tokenize
from summarizer.settings import Settings
from summarizer.text import Document
from summarizer.text.document import WORD

TEXT = ("Halvorsen's U.S. revenue rose 4.2% to $412 million in Q3, year-on-year; S&P said "
        "profit didn't fall.\n\nNet income: NOK 1,234.5m. \u00c9lan Corp. (ticker ELN) cut 12 jobs.")


def test_words_read_like_the_list_of_triples():
    doc = Document(TEXT)
    want = [(m.start(), m.end(), m.group()) for m in WORD.finditer(TEXT)]
    assert list(doc.words) == want
    assert len(doc.words) == len(want)
    assert doc.words == want
    for i in (0, 3, -1, len(want) - 1):
        assert doc.words[i] == want[i]
    for sl in (slice(2, 7), slice(None, 3), slice(-4, None), slice(5, 2), slice(0, None, 2)):
        assert doc.words[sl] == want[sl]
    assert doc.word_set == frozenset(w.lower().rstrip(".") for _, _, w in want)


def test_tokens_read_like_the_token_list():
    toks = tokenize(TEXT)
    compact = Tokens(toks)
    assert len(compact) == len(toks)
    assert list(compact) == toks
    assert all(isinstance(t, Token) for t in compact)
    for i in (0, 5, -1):
        assert compact[i] == toks[i]
    for sl in (slice(3, 9), slice(-5, None), slice(4, 1)):
        assert compact[sl] == toks[sl]


def test_normalise_squeezes_whitespace_chunk_by_chunk(monkeypatch):
    rng = random.Random(7)
    monkeypatch.setattr(names, "_CHUNK", 5)
    for _ in range(500):
        b = bytes(rng.choice(b"ab .\t\n\x0b\x0cc") for _ in range(rng.randrange(60)))
        assert names._squeeze(b) == b" ".join(b.split())


def test_excluded_spans_found_by_offset():
    ctx = CheckContext(summary=Document("x" * 200), source=None, settings=Settings())
    ctx.excluded = sorted([(10, 20), (15, 60), (100, 101), (150, 150)])
    for s in range(0, 200, 3):
        for e in range(s, 200, 7):
            assert ctx.is_excluded(s, e) == any(a <= s and e <= b for a, b in ctx.excluded)
            assert ctx.overlaps_excluded(s, e) == any(s < b and a < e for a, b in ctx.excluded)
    ctx.excluded = [(0, 5)]  # a new list is indexed afresh
    assert ctx.is_excluded(1, 4) and not ctx.is_excluded(10, 20)


def test_a_long_uncached_article_gives_the_report_of_a_cached_one():
    article = (TEXT + " ") * (CACHE_MAX_CHARS // len(TEXT) + 1)
    summary = "Halvorsen's revenue rose 5.2% to $412 million; Elan cut 14 jobs."
    settings = Settings(backend="lexical")
    long_one = check(article, summary, settings)  # checks drop their parses between them
    from summarizer import checker

    cached = checker._run(Document(article), summary, settings)  # every parse kept
    assert long_one.to_dict() == cached.to_dict()
