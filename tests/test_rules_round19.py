"""Issue 13, round 19: the false alarms and misses read in the round's sets (an actual figure taken
for the expectation beside it, a fall set against an expected rise, a forecast read against a
measured past move, a size after "by" given to the next verb, a unit spelled out in full, a
statement told before its speaker, a guidance list read as one statement). Each case is a short
invented source/summary pair, checked by hand: `errors(...)` lists the error findings."""

from __future__ import annotations

from conftest import rule_errors as errors

from summarizer.parsing.quantities import parse_quantities


def _codes(source: str, summary: str, check_kind: str | None = None) -> list[tuple[str, str]]:
    return [(f.code, f.text) for f in errors(source, summary, check_kind)]


# ------------------------------------------------ CON001: beat or miss, against the expectation itself
AHEAD = ("Sales rose 4.1% to 2.35 billion crowns, ahead of the 2.28 billion crowns analysts had "
         "expected. Operating profit fell 8% to 210 million crowns.")


def test_the_actual_figures_before_ahead_of_are_not_the_expectation():
    assert _codes(AHEAD, "Sales grew about 4% to 2.35bn crowns, beating forecasts, while operating "
                         "profit fell 8%.", "contradiction") == []


def test_a_miss_against_that_expectation_is_still_an_error():
    found = _codes(AHEAD, "Sales grew 4.1% to 2.35bn crowns, short of the 2.28bn crowns analysts "
                          "had expected.", "contradiction")
    assert [c for c, _ in found] == ["CON001"]


AGAINST = ("Same-store sales fell 1.8% in the quarter, against analysts' expectations for a 0.9% "
           "rise.")


def test_a_fall_against_an_expected_rise_is_below_it():
    assert _codes(AGAINST, "Same-store sales slipped 1.8%, missing expectations of a roughly 1% "
                           "gain.", "contradiction") == []
    found = _codes(AGAINST, "Same-store sales slipped 1.8%, beating expectations of a 0.9% rise.",
                   "contradiction")
    assert [c for c, _ in found] == ["CON001"]


def test_a_level_from_at_least_or_a_revised_figure_is_the_earlier_one():
    src = ("The insurer cut its 2025 adjusted EPS outlook to $14.00-$15.00 from at least $18.00. "
           "Analysts had on average expected $17.40.")
    assert _codes(src, "It cut its outlook to $14.00-$15.00 from at least $18, below the $17.40 "
                       "consensus.", "contradiction") == []
    src = ("The trade surplus narrowed to A$2.5 billion in May from a revised A$3.9 billion. "
           "Economists had forecast a surplus of A$3.3 billion.")
    assert _codes(src, "The surplus narrowed to A$2.5bn from a revised A$3.9bn, well below the "
                       "A$3.3bn forecast.", "contradiction") == []


# ------------------------------------------------ CON001: what is ahead is not what was measured
def test_a_forecast_is_not_read_against_a_measured_past_move():
    src = ("Fuel costs per container fell 9% from a year earlier to $410. The finance chief said "
           "about half of next year's fuel was hedged at prices some 5% higher.")
    assert _codes(src, "About half of next year's fuel is hedged at higher prices, so fuel costs "
                       "per container should edge up.", "contradiction") == []
    src = ("The Reserve Bank cut its cash rate by 25 basis points to 3.6% in April. Chief economist "
           "Lena Ward said she expected a pause in June.")
    assert _codes(src, "Chief economist Lena Ward expects the Reserve Bank to keep rates unchanged "
                       "in June.", "contradiction") == []


def test_guidance_for_next_year_is_not_what_happened():
    src = ("Parts revenue was $50 million, up 4%, and service revenue was $31 million, up 5%. For "
           "fiscal 2026, we expect revenue to decline 5% to 9%.")
    assert _codes(src, "Equipment sales fell, but parts and service revenue increased.",
                  "contradiction") == []


def test_a_size_after_by_belongs_to_the_verb_before_the_comma():
    src = ("Ruritania devalues krona by 12%, hikes rates as reserves fall\n\nThe central bank set "
           "the krona's official rate at 41.2 per dollar.")
    assert _codes(src, "The central bank cut the krona's official value by 12%, to 41.2 per "
                       "dollar.", "contradiction") == []
    assert _codes(src, "Ruritania let the krona fall 12% as reserves ran low.",
                  "contradiction") == []


def test_rate_rises_that_slowed_went_on_rising():
    src = ("Gross written premiums grew 6% to $900 million, while rate increases across the book "
           "slowed to 3% from 7% a year earlier.")
    assert _codes(src, "Premiums grew 6% to $900m as rate rises slowed to 3%.",
                  "contradiction") == []


def test_a_distance_down_a_valley_is_no_fall():
    src = "The mudflow travelled about 9 kilometres down the valley, the agency said."
    assert _codes(src, "The waste surged some 9 kilometres down the valley.", "contradiction") == []


def test_one_of_two_ranks_told_together():
    src = ("Alder, the second-largest chain with 900 stores, and Birch, the fourth-largest with 500 "
           "stores, agreed to merge in March. The regulator blocked the deal on Monday.")
    assert _codes(src, "The regulator blocked the merger of Alder and Birch, uniting the second- "
                       "and fourth-biggest chains.", "contradiction") == []


# ------------------------------------------------ CON001/CON002/CON009/CON013: what was not done
def test_did_not_take_a_price_increase_is_a_negation():
    src = "We did not take a list price increase this year. ARPU rose 2.1% to $64.20."
    assert _codes(src, "ARPU rose 2.1% without a list-price increase.", "contradiction") == []
    found = _codes(src, "ARPU rose 2.1% with a list-price increase.", "contradiction")
    assert [c for c, _ in found] == ["CON001"]


def test_wanting_to_stress_something_stresses_it():
    src = "I want to stress that these are delays, not cancellations, of about 30,000 premises."
    assert _codes(src, "Management stressed these are delays rather than cancellations.",
                  "contradiction") == []


def test_a_purpose_is_not_a_deed():
    src = ("Minimum-flow rules forced the utility to release water without generating power on "
           "several occasions.")
    assert _codes(src, "With less water to generate power, the utility bought more electricity.",
                  "contradiction") == []


def test_an_added_thing_named_by_its_participle_is_not_a_deed():
    src = ("We are not adding new wind capacity in the north. Generation rose 5% on the 300 "
           "megawatts that came online last year.")
    assert _codes(src, "That added capacity lifted generation 5%.", "contradiction") == []


def test_a_deal_that_fell_through_moved_nothing():
    src = ("Some investors were relieved the deal had fallen through. The authority estimated the "
           "deal could have cost shoppers through higher prices.")
    assert _codes(src, "The authority concluded that the deal would have pushed up prices.",
                  "contradiction") == []


def test_an_estimate_of_what_could_have_been_is_hedged():
    src = "The authority estimated that the deal could have cost shoppers about 300 million pounds a year."
    assert _codes(src, "The authority estimated the cost to shoppers at roughly GBP 300 million a "
                       "year.", "contradiction") == []


# ------------------------------------------------ CON010: which guidance a statement is about
CALL = ("We are reaffirming full-year adjusted EBITDA guidance of $500 million to $540 million. We "
        "are lowering our full-year generation outlook to 9.0 to 9.4 terawatt-hours, from 9.3 to "
        "9.7 terawatt-hours previously.")


def test_a_passive_guidance_statement_is_about_the_words_before_its_noun():
    assert _codes(CALL, "Full-year EBITDA guidance was reaffirmed while the generation outlook was "
                        "lowered.", "contradiction") == []


def test_a_list_of_guidance_statements_is_read_one_by_one():
    assert _codes(CALL, "The company reaffirmed adjusted EBITDA guidance of $500–540 million, cut "
                        "its generation outlook to 9.0–9.4 TWh, and held the dividend.") == []


# ------------------------------------------------ NUM: figures told in other words
def test_a_fraction_moved_by_during_a_period():
    src = ("In war risk, we reduced our aggregate exposure by roughly a fifth during the quarter. "
           "Roughly a third of the cargo growth was rate.")
    assert _codes(src, "The insurer cut its war-risk exposure by roughly a fifth.", "number") == []


def test_an_addition_counts_what_its_total_counts():
    src = ("We passed 95,000 new homes and businesses in the quarter, taking our footprint to 1.4 "
           "million premises passed.")
    assert _codes(src, "The company passed 95,000 premises in the quarter.", "number") == []


def test_a_figure_and_its_earlier_level_after_it_are_one_thing():
    src = ("The company generated 3.2 terawatt-hours (TWh) from its wind farms in the six months "
           "to June, down from 4.0 TWh a year earlier.")
    assert _codes(src, "Wind farms produced 3.2 TWh in the first six months, against 4.0 TWh a "
                       "year earlier.", "number") == []


REGIONS = ("By geography, North America was 61% of revenue and grew 18%; EMEA was 27% and grew "
           "11%; and Asia-Pacific was 12% and grew 15%.")


def test_a_regions_growth_after_its_share():
    assert _codes(REGIONS, "Regions: North America +18%, EMEA +11%, APAC +15%.", "number") == []


def test_a_regions_growth_given_as_its_share_is_still_an_error():
    found = _codes(REGIONS, "North America was 18% of revenue.", "number")
    assert [c for c, _ in found] == ["NUM004"]


def test_a_range_of_a_two_word_unit_is_scaled_at_both_ends():
    (q,) = parse_quantities("output of 12.1 to 12.5 terawatt-hours")
    assert (q.value, q.high, q.unit) == (12.1e6, 12.5e6, "MWh")
    src = "We expect output of 12.1 to 12.5 terawatt-hours this year."
    assert _codes(src, "Output guidance is 12.1–12.5 TWh.", "number") == []


def test_gigawatts_of_power_are_gigawatts_of_capacity():
    src = ("It signed agreements covering 0.8 gigawatts of capacity. It now has 1.9 GW of "
           "contracted power.")
    assert _codes(src, "It secured 0.8GW of power.", "number") == []


SEGMENTS = ("Defense Alloys had sales of $210 million, up 7%, with an operating margin of 15.2%. "
            "Tool Steels had sales of $60 million, down 4%, with an operating margin of 2.8%. "
            "Adjusted EBITDA was $80 million, or 11.4% of sales.")


def test_the_words_after_a_figure_are_its_own():
    assert _codes(SEGMENTS, "Defense Alloys posted a 15.2% operating margin on 7% sales growth.",
                  "number") == []


def test_a_share_of_sales_is_a_margin():
    assert _codes(SEGMENTS, "Adjusted EBITDA was $80 million (11.4% margin).", "number") == []


def test_a_count_of_the_items_listed_after_it():
    src = ("The claims include about $1.1 billion sought by 500 farming families and a $0.9 "
           "billion claim filed by the regional government. Regulators will inspect the company's "
           "three other dams.")
    assert _codes(src, "Most of the claims come from two sources: about $1.1 billion from 500 "
                       "farming families and $0.9 billion from the regional government.",
                  "number") == []


# ------------------------------------------------ DATE007: whose date a year is
def test_a_year_before_a_noun_dates_that_noun():
    src = ("The company had set aside 500 million euros in its 2023 accounts and will book a "
           "further 300 million euro charge in the second quarter. It cut its 2024 operating margin "
           "forecast to 5% to 6%.")
    assert _codes(src, "It is booking a further EUR 300m charge and has cut its 2024 margin target "
                       "to 5-6%.", "date") == []
    assert _codes(src, "It will take a further EUR 300 million charge in Q2 and has lowered its "
                       "2024 operating margin guidance to 5-6%.", "date") == []


# ------------------------------------------------ ENT006: who said it
def test_a_statement_told_before_its_speaker():
    src = ("Chief Financial Officer Nadia Perez said the company would cut about 7% of its "
           "workforce and expects the move to save $30 million a year. Chief Executive Officer Tom "
           "Reyes said demand had stabilised in Europe.")
    found = _codes(src, "The company will cut around 7% of its workforce, which it expects to save "
                        "$30 million annually, CEO Tom Reyes said.", "entity")
    assert [c for c, _ in found] == ["ENT006"]
    assert _codes(src, "The company will cut around 7% of its workforce, which it expects to save "
                       "$30 million annually, CFO Nadia Perez said.", "entity") == []


def test_a_passive_expected_is_no_second_speaker():
    src = ('"Agriculture is carrying our volumes," Chief Financial Officer Rui Costa said in an '
           'interview. "Passenger cars are flat, and we are not counting on a rebound before '
           '2027." Chief Executive Ana Lima said the group would bid for two new concessions.')
    found = _codes(src, "CEO Ana Lima said passenger-car volumes were not expected to rebound "
                        "before 2027.", "entity")
    assert [c for c, _ in found] == ["ENT006"]


def test_a_speaker_with_a_post_the_role_reader_does_not_know():
    src = ('"Customers in Europe are sitting on about four months of pipe," Senior Managing '
           'Executive Officer Taro Mori told a results briefing. President Ken Ito said the company '
           'would consider raising prices for some connections.')
    found = _codes(src, "President Ken Ito said customers in Europe were holding about four months "
                        "of pipe.", "entity")
    assert found == [("ENT006", "President Ken Ito")]


def test_a_move_to_a_level_is_no_forecast():
    # "fell 9% to $300 million," has "to" before the verdict; it is what happened, and the
    # source's beat still contradicts "missing"
    src = ("Operating profit fell to $300 million from $330 million a year earlier, slightly above "
           "the $290 million average forecast of 12 analysts.")
    found = _codes(src, "Operating profit fell 9% to $300 million, missing analysts' forecasts.",
                   "contradiction")
    assert [c for c, _ in found] == ["CON001"]
