"""False alarms of the rule checks on faithful LLM-written summaries (issue 13): a paraphrase the
rules used to read as an error. Each case is a short invented source/summary pair; the summary is
faithful, so no error finding may be raised on the words named."""

from __future__ import annotations

from summarizer import Settings, check

LEXICAL = Settings(backend="lexical")


def errors(source: str, summary: str, kind: str | None = None):
    return [f for f in check(source, summary, LEXICAL).findings
            if f.severity == "error" and (kind is None or f.kind == kind)]


# ------------------------------------------------- a figure that belongs to another statement
def test_figure_of_another_move_in_the_clause_anchors_nothing():
    src = ("Copper prices have fallen about 8% this year amid slowing demand growth in China, the "
           "biggest buyer, and rising production in Chile and Peru.")
    summary = ("Copper prices are down about 8% this year as Chinese demand growth has slowed and "
               "production has risen in Chile and Peru.")
    assert errors(src, summary, "contradiction") == []


def test_figure_of_an_earlier_move_does_not_anchor_a_later_one():
    src = ("The jobless rate rose to 5.2% in the three months to June, its highest level since "
           "2021, while wage growth slowed. Regular pay growth slowed to 4.1% from 4.6%, the "
           "weakest increase in three years.")
    summary = ("The jobless rate rose to 5.2 per cent, wage growth slowed to its weakest in three "
               "years.")
    assert errors(src, summary, "contradiction") == []


def test_falling_as_a_date_is_no_move_against_the_clause_figure():
    src = ("Hotel bookings rose 7% in April from a year earlier, helped by the Easter holiday, "
           "which began in late March this year.")
    summary = "Hotel bookings rose 7% in April, helped by Easter falling in late March."
    assert errors(src, summary, "contradiction") == []


def test_margin_shrank_is_not_read_against_another_figure_moving_up():
    src = ("Gross margin narrowed 150 basis points to 30.2%, hurt by discounts that averaged 9% "
           "of list price, up from 7%.")
    summary = "Gross margin shrank by 1.5 percentage points to 30.2% as discounts rose."
    assert errors(src, summary, "contradiction") == []


def test_a_move_still_fails_against_its_own_figure():
    src = ("Copper prices have fallen about 8% this year amid slowing demand growth in China, the "
           "biggest buyer, and rising production in Chile and Peru.")
    summary = "Copper prices have risen about 8% this year as production rose in Chile and Peru."
    assert [f.text for f in errors(src, summary, "contradiction")] == ["risen"]
