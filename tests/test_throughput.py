"""Throughput features must not change a single result: the parsed-article cache, check_many,
PyStemmer's stems, lazily compiled regexes, eval's grouping of rows by article."""

from __future__ import annotations

import gc
import json
import weakref

import pytest
from conftest import FIXTURES, SHARED

from summarizer import check_many, checker
from summarizer.settings import Settings
from summarizer.text import Document


def _fixture_groups() -> dict[str, list[str]]:
    """Each fixture article with every summary written for it (faithful, unfaithful)."""
    groups: dict[str, list[str]] = {}
    for art in sorted((FIXTURES / "articles").glob("*.txt")):
        summaries = sorted((FIXTURES / "summaries").glob(f"{art.stem}.*.txt"))
        groups[art.read_text("utf-8")] = [s.read_text("utf-8") for s in summaries]
    return groups


def _frank(n: int) -> list[dict]:
    path = SHARED / "benchmarks" / "frank_valid.jsonl"
    if not path.exists():
        pytest.skip("shared benchmarks not present")
    with open(path, encoding="utf-8") as fh:
        return [json.loads(line) for _, line in zip(range(n), fh)]


def _fresh(source, summary, settings):
    checker.clear_article_cache()
    return checker.check(source, summary, settings).to_dict()


def test_cache_and_check_many_give_the_same_reports_as_fresh_parses():
    settings = Settings(backend="lexical")
    groups = _fixture_groups()
    assert all(len(v) >= 2 for v in groups.values())
    fresh = {(a, s): _fresh(a, s, settings) for a, ss in groups.items() for s in ss}
    checker.clear_article_cache()
    # Cached: every article's summaries in both orders, interleaved with the other articles
    # (the parsed article keeps what one summary made it read when the next one comes).
    for order in (1, -1):
        for article, summaries in groups.items():
            for s in summaries[::order]:
                assert checker.check(article, s, settings).to_dict() == fresh[(article, s)]
    for article, summaries in groups.items():
        many = [r.to_dict() for r in check_many(article, summaries, settings)]
        assert many == [fresh[(article, s)] for s in summaries]


def test_cache_gives_the_same_reports_on_frank_in_file_order():
    rows = _frank(120)
    settings = Settings(backend="lexical")
    fresh = [_fresh(r["source"], r["summary"], settings) for r in rows]
    checker.clear_article_cache()
    cached = [checker.check(r["source"], r["summary"], settings).to_dict() for r in rows]
    assert sum(a["source"] == b["source"] for a, b in zip(rows, rows[1:])) > 50  # reuse happens
    assert cached == fresh


def test_the_cache_reuses_the_parsed_article_and_stays_small():
    checker.clear_article_cache()
    article, summaries = next(iter(_fixture_groups().items()))
    checker.check(article, summaries[0])
    doc = checker._article(article)
    checker.check(article, summaries[1])
    assert checker._article(article) is doc
    for i in range(checker.CACHE_ENTRIES):
        checker.check(f"Acme Corp said on Monday that sales rose {i}%.", "Acme sales rose.")
    assert checker._article(article) is not doc
    assert len(checker._articles) <= checker.CACHE_ENTRIES
    big = "Acme Corp sales rose 5%. " * (checker.CACHE_MAX_CHARS // 25 + 1)
    assert checker._article(big) is not checker._article(big)  # too big to keep
    checker.clear_article_cache()


def test_check_many_validates_every_summary_first():
    from summarizer.errors import InputError

    with pytest.raises(InputError):
        checker.check_many("Acme sales rose 5%.", ["Acme sales rose.", "  "])
    with pytest.raises(InputError):
        checker.check_many("  ", ["Acme sales rose."])


def test_checked_documents_are_freed_without_the_garbage_collector(monkeypatch):
    """Parse results keep their document (a cycle through its memo); the checker releases every
    document it is done with, so reference counting alone frees it."""
    article, summaries = next(iter(_fixture_groups().items()))
    made: list[weakref.ref] = []

    class Tracked(Document):
        def __init__(self, text):
            super().__init__(text)
            made.append(weakref.ref(self))

    monkeypatch.setattr(checker, "Document", Tracked)
    checker.clear_article_cache()
    gc.collect()
    gc.disable()
    try:
        report = checker.check(article, summaries[1])
        assert report.findings
        assert len(made) == 2  # the article (kept in the cache) and the summary
        article_doc = checker._articles[article]
        assert made[0]() is article_doc and len(article_doc._memo) >= 3
        assert made[1]() is None  # the summary's document
        del article_doc
        checker.clear_article_cache()
        assert made[0]() is None, "the parsed article is only freed by the garbage collector"

        made.clear()
        monkeypatch.setattr(checker, "CACHE_MAX_CHARS", 0)  # not cached: released at once
        checker.check_many(article, summaries)
        assert len(made) == 1 + len(summaries)
        assert all(ref() is None for ref in made)
    finally:
        gc.enable()


def _vocabulary() -> list[str]:
    """The words finsum stems: its lexicon, the fixtures, the eval sets in the repository and (when
    ../shared is there) a slice of the benchmark texts."""
    import json
    import re

    from summarizer.parsing.directions import _raw, _vocabulary

    words = set(_vocabulary(_raw()))
    texts = [p.read_text("utf-8") for p in FIXTURES.rglob("*.txt")]
    for data in sorted((FIXTURES.parent / "eval" / "data").glob("*.jsonl")):
        for line in data.read_text("utf-8").splitlines():
            if line.strip():
                row = json.loads(line)
                texts.append(row.get("source", "") + " " + row.get("summary", ""))
    path = SHARED / "benchmarks" / "frank_valid.jsonl"
    if path.exists():
        texts += [r["source"] + " " + r["summary"] for r in _frank(200)]
    for t in texts:
        words.update(re.findall(r"[A-Za-z]+(?:['\u2019][A-Za-z]+)*", t))
    return sorted(words)


def test_pystemmer_gives_the_pure_python_stems_on_our_vocabulary():
    Stemmer = pytest.importorskip("Stemmer")  # a dependency; snowballstemmer uses it when present
    import snowballstemmer
    from snowballstemmer.english_stemmer import EnglishStemmer

    from summarizer.text import stem
    from summarizer.text.stemming import _stemmer, stem_words

    assert snowballstemmer.stemmer is Stemmer.Stemmer
    assert isinstance(_stemmer(), Stemmer.Stemmer)  # finsum's stems come from the C stemmer
    vocabulary = _vocabulary()
    assert len(vocabulary) > 3000
    pure = EnglishStemmer()
    expected = [pure.stemWord(w.lower()) for w in vocabulary]
    assert [stem(w) for w in vocabulary] == expected
    assert stem_words(vocabulary) == expected
    assert stem("Raised") == stem("raising") == "rais"


def test_lazy_patterns_behave_like_compiled_ones():
    import re

    from summarizer.text.patterns import lazy_compile

    lazy = lazy_compile(r"(?P<n>\d+)\s*(bn|mn)", re.IGNORECASE)
    assert "search" not in vars(lazy)  # nothing compiled yet
    assert lazy.pattern == r"(?P<n>\d+)\s*(bn|mn)"
    text = "sales of 3 BN and 40mn"
    rx = re.compile(lazy.pattern, re.IGNORECASE)
    assert [m.span() for m in lazy.finditer(text)] == [m.span() for m in rx.finditer(text)]
    assert "search" in vars(lazy)  # compiled once, methods bound
    assert lazy.search(text).group("n") == "3"
    assert lazy.sub("#", text) == rx.sub("#", text)
    assert lazy.groups == 2 and lazy.groupindex == {"n": 1}
    with pytest.raises(AttributeError):
        lazy.no_such_method


def test_eval_chunks_keep_an_articles_rows_together_in_input_order():
    from summarizer.evaluation.io import Row
    from summarizer.evaluation.runner import _chunks, article_runs

    arts = ["Article A " * 3, "Article B " * 3, "Article C " * 3]
    rows = []
    for n, a in enumerate([0, 0, 0, 1, 2, 2, 2, 2, 2, 0, None, 1, 1]):
        if a is None:
            rows.append(Row(n + 1, f"r{n}", error="broken JSON"))
        else:
            # a fresh string per row, as a reader makes them
            rows.append(Row(n + 1, f"r{n}", "".join(list(arts[a])), f"summary {n}"))
    runs = list(article_runs(rows))
    assert [len(r) for r in runs] == [3, 1, 5, 1, 1, 2]
    assert all(r[i].source is r[0].source for r in runs for i in range(len(r)))
    for size in (1, 2, 3, 4, 8):
        chunks = list(_chunks(rows, size))
        flat = [r for c in chunks for r in c]
        assert [r.id for r in flat] == [r.id for r in rows]
        assert [(r.source, r.summary, r.error) for r in flat] == \
               [(r.source, r.summary, r.error) for r in rows]
        for c in chunks:  # a chunk never ends inside a run unless the run is over 4 * size
            last = c[-1]
            nxt = rows[rows.index(next(r for r in rows if r.id == last.id)) + 1:][:1]
            if nxt and nxt[0].source is not None and nxt[0].source == last.source:
                assert sum(r.source == last.source for r in c) >= 4 * size


def test_the_streaming_pool_sends_an_articles_neighbouring_rows_in_one_chunk(monkeypatch):
    """iter_results with --jobs: each chunk handed to the pool ends between articles (a run
    over 4 chunks' worth aside), its rows of one article share one string, resumed rows stay in
    place, and the results come back in input order."""
    import concurrent.futures

    from summarizer.evaluation import runner
    from summarizer.evaluation.io import Row

    sent: list[list[Row]] = []

    class Done:
        def __init__(self, value):
            self.value = value

        def result(self):
            return self.value

    class InProcessPool:  # records what would go to the workers
        def __init__(self, *a, **k):
            pass

        def submit(self, fn, chunk, *args):
            sent.append(list(chunk))
            return Done(fn(chunk, *args))

        def shutdown(self, *a, **k):
            pass

    monkeypatch.setattr(concurrent.futures, "ProcessPoolExecutor", InProcessPool)
    monkeypatch.setattr(runner, "evaluate_row",
                        lambda row, settings, timeout=None: runner.RowResult(row.line, row.id, error="x"))
    arts = ["Article A " * 3, "Article B " * 3, "Article C " * 3]
    pattern = [1, 0, 0, 0, 1, 2, 2, 2, 2, 2, 0, None, 1, 1] + [2] * (4 * runner.CHUNK + 3) + [0]
    rows = []
    for n, a in enumerate(pattern):
        if a is None:
            rows.append(Row(n + 1, f"r{n}", error="broken JSON"))
        else:
            rows.append(Row(n + 1, f"r{n}", "".join(list(arts[a])), f"summary {n}"))
    done = {"r6": runner.RowResult(7, "r6", error="x").to_dict()}
    got = list(runner.iter_results(iter(rows), settings=None, jobs=2, done=done))
    assert [r.id for r, _ in got] == [r.id for r in rows]
    assert [fresh for _, fresh in got] == [r.id != "r6" for r in rows]
    flat = [r for c in sent for r in c]
    assert [r.id for r in flat] == [r.id for r in rows[1:] if r.id != "r6"]
    for c in sent:
        assert all(r.source is c[0].source for r in c if r.source == c[0].source)
    for a, b in zip(sent, sent[1:]):
        if a[-1].source is not None and a[-1].source == b[0].source and a[-1].line + 1 == b[0].line:
            # split only at the resumed row or where a run exceeds the limit
            assert sum(r.source == a[-1].source for r in a) >= 4 * runner.CHUNK, (a, b)
