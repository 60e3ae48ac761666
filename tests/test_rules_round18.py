"""Issue 13, round 18: the false alarms of paraphrase on calls and news (a good or bad move read
from another statement's words, "no tariffs beyond those already in effect", a guided range's end
taken for the quarter's rate, "have not increased much", "gains on the sale of equipment", a cause
after "as" read as the move's subject) and the misses of the round's fresh financial cases. Each
case is a short invented source/summary pair, checked by hand: `errors(...)` lists the error
findings."""

from __future__ import annotations

from conftest import rule_errors as errors


def _codes(source: str, summary: str, check_kind: str | None = None) -> list[tuple[str, str]]:
    return [(f.code, f.text) for f in errors(source, summary, check_kind)]


# ------------------------------------------------ CON001: improved or worsened, read from its own words
CASH = ("Free cash flow was 412 million euros, up from 365 million euros, and net leverage fell to "
        "1.9 times. Operating margin was 14.2%, up from 12.9% a year earlier.")


def test_an_improvement_is_not_read_from_the_next_statements_metric():
    # "leverage" (lower is better) belongs to "net leverage fell", not to the cash flow's rise
    assert _codes(CASH, "Free cash flow improved to €412m and net leverage fell to 1.9x.",
                  "contradiction") == []


def test_a_worsening_of_a_metric_its_own_words_name_is_still_an_error():
    found = _codes(CASH, "Operating margin worsened to 14.2% and net leverage fell to 1.9x.",
                   "contradiction")
    assert [c for c, _ in found] == ["CON001"]


# ------------------------------------------------ CON002: an exclusion told the other way round
TARIFFS = ("The outlook does not include any tariffs that aren't already in effect, the chief "
           "financial officer said.")


def test_no_tariffs_beyond_those_in_effect_is_the_sources_exclusion():
    assert _codes(TARIFFS, "The outlook assumes no tariffs beyond those already in effect.",
                  "contradiction") == []
    assert _codes(TARIFFS, "The outlook excludes tariffs other than those already in effect.",
                  "contradiction") == []


# ------------------------------------------------ CON001: rates are written to their last digit
GUIDE = ("Gross margin was 58.4% in the second quarter, up from 56.9% a year ago. For the third "
         "quarter, we expect gross margin of 57.5% to 58.5%.")


def test_a_guided_ranges_end_is_not_the_quarters_rate():
    # 58.5% (the guided range's top) is not the quarter's 58.4%, which rose
    assert _codes(GUIDE, "The company guided gross margin slightly lower at 57.5% to 58.5%.",
                  "contradiction") == []


def test_the_quarters_own_rate_told_falling_is_still_an_error():
    found = _codes(GUIDE, "Gross margin fell to 58.4% in the second quarter.", "contradiction")
    assert [c for c, _ in found] == ["CON001"]


# ------------------------------------------------ CON001: "not ... much" is a small move
RATES = ("Contract rates have not caught up yet. In the bids completed so far, renewals are "
         "averaging increases of 1% to 3%.")


def test_not_increased_much_is_no_fall():
    assert _codes(RATES, "Contract rates have not increased much yet.", "contradiction") == []


def test_not_increased_at_all_is_still_an_error():
    found = _codes(RATES, "Contract rates have not increased yet.", "contradiction")
    assert [c for c, _ in found] == ["CON001"]


# ------------------------------------------------ CON001: a gain on a sale is an income line
GAINS = ("Gains on the sale of used trucks were $6 million, compared with $14 million a year ago, "
         "as the used truck market remains weak.")


def test_gains_on_the_sale_of_equipment_are_no_rise():
    assert _codes(GAINS, "Earnings were hurt by lower gains on used truck sales.",
                  "contradiction") == []


def test_a_gain_that_is_a_move_still_meets_a_fall():
    found = _codes("Brokerage revenue gained 4% to $158 million.",
                   "Brokerage revenue fell 4% to $158 million.", "contradiction")
    assert [c for c, _ in found] == ["CON001"]


# ------------------------------------------------ CON001: what follows "as" is the cause
ALIGNERS = ("Orthodontics revenue was $196 million, down 2% organically. Clear aligner case volumes "
            "declined 4%, partly offset by a 2% increase in average selling price.")


def test_a_cause_after_as_does_not_anchor_the_move():
    assert _codes(ALIGNERS, "Orthodontics fell 2% as aligner case volumes dropped 4%.",
                  "contradiction") == []


def test_the_move_flipped_is_still_an_error():
    found = _codes(ALIGNERS, "Orthodontics rose 2% as aligner case volumes dropped 4%.",
                   "contradiction")
    assert [c for c, _ in found] == ["CON001"]
