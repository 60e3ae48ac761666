"""Issue 13, round 14: a direction word tied to a source statement only by a small round figure
("down 2%" against "growth of 2% to 3.5%"), and the cases around it. Each case is a short
invented source/summary pair, checked by hand: `errors(...)` lists the error findings."""

from __future__ import annotations

from conftest import rule_errors as errors


def _codes(source: str, summary: str, check_kind: str | None = None) -> list[tuple[str, str]]:
    return [(f.code, f.text) for f in errors(source, summary, check_kind)]


# ------------------------------------------------------------ a small round figure anchors nothing
HOTEL = ("General and administrative expense was $104 million, down 2%, reflecting the "
         "reorganisation. For 2025 we now see RevPAR of 2% to 3.5% and adjusted EBITDA of $1.20 "
         "billion to $1.24 billion.")


def test_a_shared_small_round_figure_does_not_tie_a_growth_outlook_to_a_fall():
    assert _codes(HOTEL, "The company now expects RevPAR growth of 2% to 3.5% this year.",
                  "contradiction") == []


def test_the_same_small_figure_with_the_metric_named_still_meets_its_statement():
    found = _codes(HOTEL, "General and administrative expense rose 2% after the reorganisation.",
                   "contradiction")
    assert found == [("CON001", "rose")]


def test_a_small_figure_pinned_by_a_distinct_one_in_the_same_sentence_is_the_statement():
    source = ("Net profit for the April-September half fell 6% from a year earlier to 468 billion "
              "yen due to lower coal prices.")
    found = _codes(source, "Kuroshio's April-September net profit rose 6% to ¥468bn.",
                   "contradiction")
    assert found == [("CON001", "rose")]
