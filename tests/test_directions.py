"""The directional-word lexicon and matcher (summarizer/parsing/directions.py)."""

from __future__ import annotations

import pytest

from summarizer.parsing.directions import analyse, lexicon, opposite, tokenize
from summarizer.text import split_sentences


def polars(text: str) -> list[tuple[str, str, str]]:
    """(axis, sorted values, span text) of each polar statement in `text`."""
    a = analyse(text, split_sentences(text))
    return [(p.axis, ",".join(sorted(p.values)), text[p.start : p.end]) for p in a.polars]


def test_inflections_match_through_stems():
    for word in ("climbs", "climbed", "climbing", "rises", "rose", "slid", "sank", "tumbling"):
        ((axis, value, span),) = polars(f"The index {word} 3%.")
        assert axis == "move" and span == word
        assert value == ("up" if word.startswith(("cl", "ri", "ro")) else "down")


def test_longest_phrase_wins():
    assert polars("Profit fell short of forecasts.") == [("estimate", "below", "fell short of")]
    assert polars("Shares edged up 0.2%.") == [("move", "up", "edged up")]
    assert polars("Funds were net sellers of bonds.") == [("net", "sell", "net sellers")]


def test_up_and_down_need_a_movement_context():
    assert polars("Shares closed down 1.5%.") == [("move", "down", "down")]
    assert polars("The stock was up 12% this year.") == [("move", "up", "up")]
    assert polars("He was banned for up to nine years.") == []
    assert polars("She will step down next month.") == []


def test_change_words_need_a_level_object():
    assert polars("The bank cut its growth forecast.") == [
        ("change", "down", "cut its growth forecast")
    ]
    assert polars("The firm held its dividend.") == [("change", "keep", "held its dividend")]
    # No level noun after "raised": raising money is not raising guidance.
    assert polars("The state raised 2 billion euros from the sale.") == []
    # Without an object, "cut" is a plain move down.
    assert polars("The fault cut capacity by 10%.") == [("move", "down", "cut")]


def test_estimate_words_need_an_expectation_cue():
    assert polars("Earnings beat estimates.") == [("estimate", "above", "beat")]
    # An average is no forecast: "above the daily average" is a level against a reference.
    assert polars("Turnover was above the daily average.") == [("reference", "above", "above")]
    # "below 100%" is a bound on a figure, not a comparison with a forecast.
    assert polars("A figure below 100% means a profit.") == [("bound", "below", "below")]
    assert polars("Inflation was below the 2.5% economists had expected.") == [
        ("estimate", "below", "below the 2.5% economists had expected")
    ]


def test_negation_turns_a_value_into_the_others():
    assert polars("The bank did not accept the findings.") == [
        ("accept", "reject", "did not accept")
    ]
    assert polars("Sales failed to beat forecasts.") == [
        ("estimate", "below,inline", "failed to beat")
    ]
    ((axis, values, span),) = polars("The company didn't cut its outlook.")
    assert axis == "change" and values == "keep,none,up" and span == "didn't cut its outlook"


def test_neutral_phrases_are_not_claims():
    assert polars("The company declined to comment.") == []
    assert polars("The chief executive will step down.") == []


def test_clauses_split_at_contrast_words():
    text = "Stocks rose 1%, while bonds fell 2% and the dollar gained."
    a = analyse(text, split_sentences(text))
    segs = [a.polars[i].segment for i in range(3)]
    assert segs[0] != segs[1] and segs[1] == segs[2]


def test_tokens_normalise_contractions_and_possessives():
    toks = tokenize("Rome's bank didn't rise.")
    assert [t.low for t in toks if t.kind == "w"] == ["rome", "bank", "not", "rise"]


def test_opposite_is_empty_intersection():
    assert opposite(frozenset({"up"}), frozenset({"down"}))
    assert not opposite(frozenset({"up", "keep"}), frozenset({"keep"}))


def test_lexicon_loads_every_axis_value():
    lex = lexicon()
    used = {(axis, value) for senses in lex.phrases.values() for axis, value, _ in senses}
    for axis, values in lex.axes.items():
        for v in values:
            assert (axis, v) in used, (axis, v)


def test_highs_and_lows_need_a_time_frame():
    assert polars("The real hit a 14-month high.") == [("extreme", "high", "high")]
    assert polars("Its lowest since 2012.") == [("extreme", "low", "lowest")]
    assert polars("Inflation stayed high.") == []


def test_ranks():
    assert polars("The fine is the second largest on record.") == [
        ("rank_big", "2", "second largest")
    ]
    assert polars("It is the largest ever.") == [("rank_big", "1", "largest")]
    assert polars("It is the largest bank.") == []


def test_added_moves_only_with_a_percentage_or_points():
    assert polars("The index added 1.2%.") == [("move", "up", "added")]
    assert polars("The carrier added 18,400 subscribers.") == []


def test_declined_to_is_a_refusal_not_a_fall():
    assert polars("Sales declined to 3.1 billion.") == [("move", "down", "declined")]
    assert polars("The bank declined to raise its forecast.")[0][:2] == ("change", "down,keep,none")


def test_only_reads_the_requested_sentences():
    text = "Shares rose 2%. Bonds fell 1%. The yen gained."
    a = analyse(text, split_sentences(text), only=[1])
    assert [text[p.start : p.end] for p in a.polars] == ["fell"]


def test_abbreviations_do_not_end_a_clause():
    text = "Halvor agreed to buy U.S. rival Norbank for $2 billion."
    a = analyse(text, split_sentences(text))
    assert len(a.segments) == 1


def test_a_number_token_never_swallows_the_comma_after_it():
    assert [t.low for t in tokenize("cut in 2027, and 1,250,000 units")] == [
        "cut", "in", "2027", ",", "and", "1,250,000", "units",
    ]  # fmt: skip
    # So ", and" still ends the clause: the "cut" noun finds no object in the next clause.
    text = "One more rate cut in 2027, and officials raised their growth forecast."
    assert polars(text) == [
        ("change", "down", "rate cut"),
        ("change", "up", "raised their growth forecast"),
    ]


def test_occurrence_ordinals():
    assert polars("Velto cut its outlook for the first time this year.")[-1] == (
        "occurrence", "1", "for the first time",
    )  # fmt: skip
    assert polars("Velto cut its outlook for a third straight time.")[-1][:2] == (
        "occurrence", "3",
    )  # fmt: skip
    assert polars("This is the first quarter of the year.") == []


def test_size_against_expectations_is_its_own_axis():
    assert polars("A larger-than-expected rise in output.")[0] == (
        "size", "larger", "larger-than-expected",
    )  # fmt: skip
    assert polars("A smaller than expected drop.")[0] == ("size", "smaller", "smaller than")
    # Without an expectation it is a plain comparison.
    assert polars("The lender is bigger than its rival.") == []


def test_forecasters_after_a_figure_make_an_estimate():
    assert polars("Inflation was 0.6%, above the 0.9% economists had pencilled in.") == [
        ("estimate", "above", "above the 0.9% economists had pencilled")
    ]
    assert polars("Output was above 2%, analysts said.") == [("bound", "above", "above")]


def test_a_neutral_phrase_gives_way_before_a_figure():
    assert polars("Under the plan, staff will move.") == []
    assert polars("The midpoint was under the NZ$4.20 expected by analysts.") == [
        ("estimate", "below", "under the NZ$4.20 expected")
    ]


def test_check_word_lists_come_from_the_data_file():
    from summarizer.parsing.directions import stem_list, word_list
    from summarizer.text import stem

    assert stem("acquired") in stem_list("acquire_verbs")
    assert "plc" in word_list("corporate")
    with pytest.raises(KeyError):
        word_list("no such list")
