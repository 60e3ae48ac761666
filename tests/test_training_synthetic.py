"""Synthetic training claims: each generator makes exactly the change it names (hand-checkable),
and units are built from summaries as documented."""

from __future__ import annotations

import random

from summarizer.training.examples import claims_of, summary_units, synthetic_units
from summarizer.training.synthetic import (
    clause_bank,
    drop_attribution,
    flip_direction,
    fuse,
    invented_clause,
    negate,
    on_topic,
    reword_figure,
    shift_date,
    shorten,
    swap_figure,
    swap_name,
)

ARTICLE = (
    "OSLO, Oct 23 (Finwire) - Halvorsen Freight said on Thursday its operating profit fell to "
    "$412 million from $572 million, as rates dropped. Chief executive Ingrid Solbakken said the "
    "company would buy back shares worth 1.5 billion crowns. Shares rose 4.2% after the results."
)
SENT = "Halvorsen Freight said on Thursday its operating profit fell to $412 million from $572 million."


def test_swap_figure_changes_one_figure_and_nothing_else():
    rng = random.Random(1)
    for _ in range(10):
        out = swap_figure(SENT, ARTICLE, rng)
        assert out and out != SENT
        assert out.startswith("Halvorsen Freight said on Thursday its operating profit fell to ")


def test_flip_negate_and_date_shift():
    rng = random.Random(0)
    assert flip_direction("Shares rose 4.2% on Thursday.", ARTICLE, rng) == \
        "Shares fell 4.2% on Thursday."
    assert negate("The company would buy back shares.", ARTICLE, rng) == \
        "The company would not buy back shares."
    shifted = shift_date(SENT, ARTICLE, rng)
    assert shifted and "Thursday" not in shifted and shifted.replace(" on ", "").count("day") == 1


def test_swap_name_uses_another_name_of_the_article_or_swaps_two():
    rng = random.Random(3)
    out = swap_name("Ingrid Solbakken led Halvorsen Freight.", ARTICLE, rng)
    assert out and out != "Ingrid Solbakken led Halvorsen Freight."


def test_invented_clause_comes_from_another_article():
    bank = clause_bank(["Stocks slipped on Monday, as investors bet on a merger with a rival."])
    assert bank == ["as investors bet on a merger with a rival"]
    assert invented_clause("Shares rose 4.2% after the results.", bank[0], random.Random(0)) == \
        "Shares rose 4.2% after the results, as investors bet on a merger with a rival."


def test_supported_rewrites_keep_the_meaning():
    rng = random.Random(0)
    assert reword_figure("The rate was 3.60% in May.", rng) in {
        "The rate was 3.6% in May.", "The rate was 3.6 percent in May.", "The rate was 3.6 per cent in May.",
    }
    assert reword_figure("The bank cut rates by 25 basis points.", rng) == \
        "The bank cut rates by a quarter point."
    assert shorten("Profit fell to $412 million in the quarter, hurt by weaker freight rates.",
                   random.Random(1)) == "Profit fell to $412 million in the quarter."


def test_units_from_a_summary_with_and_without_error_spans():
    rng = random.Random(0)
    summary = "Profit fell to $412 million. Shares rose 4.2% after the results."
    faithful = summary_units(ARTICLE, summary, 1, rng, "g")
    assert [u.label for u in faithful] == [1, 1] and all(len(u.pairs) == 1 for u in faithful)
    (mil,) = summary_units(ARTICLE, summary, 0, rng, "g")
    assert mil.label == 0 and len(mil.pairs) == 2 and mil.origin.endswith(":mil")
    start = summary.index("rose")
    spanned = summary_units(ARTICLE, summary, 0, rng, "g", spans=[(start, start + 4)])
    assert [u.label for u in spanned] == [1, 0]


def test_claims_skip_link_text_and_fragments():
    assert claims_of("READ: The full story here. Profit fell sharply in the quarter. Ok.") == [
        "Profit fell sharply in the quarter."
    ]


def test_synthetic_units_are_labelled_both_ways_and_keep_their_article_group():
    other = "Stocks slipped on Monday, as investors bet on a merger with a rival carrier in Asia."
    units = synthetic_units([("a", ARTICLE), ("b", other + " " + other)], 3, random.Random(2))
    assert {u.label for u in units} <= {0, 1}
    assert all(u.group in ("a", "b") for u in units)


def test_status_words_flip_to_a_change():
    rng = random.Random(0)
    assert flip_direction("The bank reaffirmed its full-year outlook.", ARTICLE, rng) == \
        "The bank raised its full-year outlook."
    assert flip_direction("Margins were in line with forecasts.", ARTICLE, rng) == \
        "Margins were above forecasts."


def test_attribution_dropped_keeps_the_reported_fact():
    assert drop_attribution("Sales rose 5% to $2.1 billion in the quarter, the company said on Tuesday.") == \
        "Sales rose 5% to $2.1 billion in the quarter."
    assert drop_attribution("Halden Capital said on Tuesday that sales rose 5% to $2.1 billion.") == \
        "Sales rose 5% to $2.1 billion."
    assert drop_attribution('Sales rose 5% in the quarter, "a good start", she said.') is None  # quotes
    assert drop_attribution("Sales rose, he said.") is None  # too little left


def test_fuse_joins_two_sentences_into_one_claim():
    out = fuse("Starts fell 6.8% to 1.32 million units.", "The West posted a 3.4% gain.", random.Random(0))
    assert out.startswith("Starts fell 6.8% to 1.32 million units")
    assert out.endswith("the West posted a 3.4% gain.")
    assert ". " not in out and out.endswith(".")  # one sentence


def test_on_topic_prefers_clauses_about_the_article_that_it_does_not_state():
    article = "Housing starts fell as mortgage rates rose and builders paused work on new homes."
    clauses = ["after the striker scored twice in the final",
               "amid higher mortgage rates and tariffs on imported lumber",
               "as mortgage rates rose"]  # stated by the article: not invented
    assert on_topic(clauses, article, k=1) == ["amid higher mortgage rates and tariffs on imported lumber"]


def test_fused_units_pair_the_claim_with_a_passage_holding_both_sentences():
    article = " ".join([
        "Starts fell 6.8% to an annual rate of 1.32 million units in February.",
        "Economists had expected a smaller decline in the month.",
        "Permits rose 1.2% to a rate of 1.45 million units.",
        "Single-family permits were unchanged at 970,000 units.",
    ])
    units = synthetic_units([("a", article)], 4, random.Random(5), negative_share=0.0, fused_share=1.0)
    assert units and all(u.origin == "synthetic:fused" and u.label == 1 for u in units)
    for u in units:
        claim, passage = u.pairs[0]
        first, _, _ = claim.partition(";") if ";" in claim else claim.partition(", ")
        assert first.strip().rstrip(".") in passage
