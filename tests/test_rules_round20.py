"""Issue 13, round 20: the false alarms and misses read in the round's sets (an earlier quarter's
figure given as the current one, a date told with an earlier level, a negation the checker did
not see, two ranges of different scales, a remainder worked out, the same figure put on two
things, a date a move is measured from). Each case is a short invented source/summary pair,
checked by hand: `errors(...)` lists the error findings."""

from __future__ import annotations

from conftest import rule_errors as errors


def _codes(source: str, summary: str, check_kind: str | None = None) -> list[tuple[str, str]]:
    return [(f.code, f.text) for f in errors(source, summary, check_kind)]


# ------------------------------------------------ NUM012: an earlier quarter's figure as the current one
QUARTERS = ("Treatment volumes rose 1.4% in the first quarter. Same-clinic growth, which excludes "
            "acquisitions, was 0.6%, compared with 2.2% in the first quarter of 2024.")


def test_the_figure_of_last_years_quarter_is_not_the_current_one():
    found = _codes(QUARTERS, "Volumes rose 1.4%, while same-clinic growth was 2.2%.", "number")
    assert found == [("NUM012", "2.2%")]


def test_the_same_figure_told_as_last_years_is_right():
    assert _codes(QUARTERS, "Same-clinic growth slowed to 0.6% from 2.2% a year earlier.",
                  "number") == []


def test_a_figure_told_after_than_or_for_the_same_quarter_is_the_earlier_one():
    src = ("The bank earned $41.2 million in the third quarter, or $1.07 per share, compared with "
           "$47.0 million, or $1.22 per share, in the third quarter of 2023.")
    assert _codes(src, "Net income was $41.2 million. This was lower than the $47.0 million, or "
                       "$1.22 per share, earned in the same quarter last year.", "number") == []


# ------------------------------------------------ NUM013: a forecast "seen" is a forecast
def test_a_range_the_summary_says_is_seen_is_no_result():
    src = ("Quarterly revenue rose 7.4% to $1.38 billion. The company now expects fiscal 2025 "
           "revenue growth of 6.5% to 7.0%, up from 6% to 7%.")
    assert _codes(src, "Revenue rose 7.4% to $1.38bn. Revenue growth for the year is now seen at "
                       "6.5%-7%.", "number") == []


# ------------------------------------------------ DATE007: the date after an earlier level is that level's
def test_last_year_after_the_earlier_level_dates_that_level():
    src = ("The finance chief said capital spending would come in at around $600 million this "
           "year, down from $780 million in 2023.")
    assert _codes(src, "Capex is set to fall to about $600m from $780m last year.", "date") == []


def test_a_date_right_after_the_current_figure_is_still_read():
    src = "Capital spending was $780 million in 2023 and will be about $600 million in 2024."
    found = _codes(src, "Capex was about $600m in 2023.", "date")
    assert [c for c, _ in found] == ["DATE007"]


# ------------------------------------------------ CON002: negations the summary states itself
def test_too_early_to_is_a_negation():
    src = '"July orders are tracking in line with June, so we are not calling a bottom yet," the CEO said.'
    assert _codes(src, "The CEO said it was too early to call a bottom.", "contradiction") == []


def test_cannot_is_a_negation():
    src = "The bank said it could not rule out a link to the stolen data."
    assert _codes(src, "The bank says it cannot rule out a link to the stolen data.",
                  "contradiction") == []


def test_a_verb_told_twice_keeps_the_negation_of_its_second_use():
    src = "Outsourcing a system does not outsource responsibility for it, the regulator said."
    assert _codes(src, "The regulator said outsourcing a system doesn't outsource responsibility "
                       "for it.", "contradiction") == []


def test_the_summary_saying_it_was_done_is_still_an_error():
    src = "The bank said it did not rule out a link to the stolen data."
    found = _codes(src, "The bank ruled out a link to the stolen data.", "contradiction")
    assert [c for c, _ in found] == ["CON002"]


# ------------------------------------------------ CON010: ranges of different scales
GUIDE = ("The company lowered its full-year adjusted Ebitda forecast to $700 million to $800 "
         "million from $1 billion to $1.1 billion.")


def test_a_range_in_millions_below_one_in_billions_was_lowered():
    assert _codes(GUIDE, "It cut its full-year adjusted Ebitda outlook to $700m-$800m.",
                  "contradiction") == []
    found = _codes(GUIDE, "It raised its full-year adjusted Ebitda outlook to $700m-$800m.",
                   "contradiction")
    assert found and {c for c, _ in found} <= {"CON001", "CON010"}


# ------------------------------------------------ CON009: a period opened is no plan carried out
def test_opening_a_fiscal_year_is_not_opening_stores():
    src = ("Organic sales grew 9% in the first quarter of fiscal 2025. We expect to open 40 new "
           "stores in fiscal 2025.")
    assert _codes(src, "The company opened fiscal 2025 with 9% organic sales growth.",
                  "contradiction") == []


# ------------------------------------------------ NUM002: a remainder and a counted list
def test_what_remains_of_an_amount_is_a_difference():
    src = ("The airline has completed 60 million euros of its 150 million euro share buyback and "
           "said the rest was under review.")
    assert _codes(src, "It is reviewing what remains of its €150 million buyback (about €90 "
                       "million).", "number") == []


def test_a_remainder_the_source_does_not_give_is_still_an_error():
    src = ("The airline has completed 60 million euros of its 150 million euro share buyback and "
           "said the rest was under review.")
    found = _codes(src, "It is reviewing what remains of its €150 million buyback (€70 million).",
                   "number")
    assert [c for c, _ in found] == ["NUM002"]


def test_a_count_of_the_list_after_a_colon_is_its_own():
    src = ("Nine jets are grounded for engine checks, costing 45 million euros. Strikes in July "
           "cancelled 1,900 flights at a cost of 28 million euros.")
    assert _codes(src, "Two operational hits add to the pain: nine grounded jets cost €45 million; "
                       "and July strikes cost €28 million.", "number") == []


# ------------------------------------------------ NUM004: one figure put on two things
def test_a_cost_given_again_as_the_savings_is_an_error():
    src = ("The restructuring is expected to cost 480 million euros, most of it booked in 2025, "
           "and to deliver annual savings of 350 million euros from 2028.")
    found = _codes(src, "The restructuring will cost €480m and is expected to generate annual "
                        "savings of €480m from 2028.", "number")
    assert [c for c, t in found] == ["NUM004"] and found[0][1] == "€480m"
    assert _codes(src, "The restructuring will cost €480m and is expected to generate annual "
                       "savings of €350m from 2028.", "number") == []


# ------------------------------------------------ DATE008: the year a move is measured from
WFE = ("For calendar 2025, we see wafer fab equipment spending of about $105 billion, roughly flat "
       "to up slightly from 2024, and we expect to outperform the market.")


def test_the_base_year_of_a_move_is_no_event_date():
    assert _codes(WFE, "The company expects to outperform a roughly flat to slightly higher wafer "
                       "fab equipment market in 2025.", "date") == []


def test_a_summary_date_told_as_a_base_is_still_read_against_a_base():
    src = ("The closure will lift the division's annual operating result by about 40 million "
           "euros from 2026. Talks with unions start in March 2025.")
    found = _codes(src, "The closure will lift the division's annual operating result by about "
                        "40 million euros from 2025.", "date")
    assert [c for c, _ in found] == ["DATE008"]


# ------------------------------------------------ CON001: a deal that adds to or cuts earnings per share
def test_diluting_eps_against_adding_to_eps_is_a_flip():
    src = "The company said the deal would add to EPS in the first full year after closing."
    found = _codes(src, "The company said the deal would dilute EPS in its first full year.",
                   "contradiction")
    assert [c for c, _ in found] == ["CON001"]
