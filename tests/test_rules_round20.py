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
BUYBACK = ("The finance director said the airline was reviewing the remainder of a 150 million "
           "euro share buyback announced in February, of which about 60 million euros has been "
           "completed.")


def test_what_remains_of_an_amount_is_a_difference():
    src = BUYBACK
    assert _codes(src, "It is reviewing what remains of its €150 million buyback (about €90 "
                       "million).", "number") == []


def test_a_remainder_the_source_does_not_give_is_still_an_error():
    src = BUYBACK
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


# ------------------------------------------------ second pass: expectations, earlier guidance
def test_an_earlier_level_with_a_sign_is_not_the_figure_judged():
    src = ("House prices rose 1.8% in the year to October, slowing from 2.9% in September. "
           "Economists had forecast annual growth of 2.5%.")
    assert _codes(src, "Annual: +1.8%, slowing from +2.9% and missing the 2.5% forecast.",
                  "contradiction") == []
    found = _codes(src, "Annual: +1.8%, slowing from +2.9% and beating the 2.5% forecast.",
                   "contradiction")
    assert [c for c, _ in found] == ["CON001"]


def test_a_previous_forecast_does_not_anchor_the_new_range():
    src = ("The company now expects full-year RevPAR to range from a 1% decline to flat, compared "
           "with its previous forecast of 1% to 3% growth.")
    assert _codes(src, "It cut its RevPAR forecast to a range of down 1% to flat, from 1%-3% "
                       "growth before.", "contradiction") == []


def test_penalty_free_is_without_penalty():
    src = "Restaurants may leave their exclusive contracts without penalty within 90 days."
    assert _codes(src, "Restaurants can leave their exclusive contracts penalty-free within 90 "
                       "days.", "contradiction") == []


def test_a_verb_the_source_also_affirms_is_not_a_deed_it_denies():
    src = ("The outlook assumes same-store volume growth stays around 3% for the rest of the year "
           "and the take rate declines by one to two basis points. We're not assuming same-store "
           "volume gets better.")
    assert _codes(src, "Net revenue growth is still seen at 14%-16%, assuming same-store growth "
                       "holds near 3%.", "contradiction") == []
    src = "The regulator fined the bank and stopped short of revoking its banking licence."
    found = _codes(src, "The regulator fined the bank and revoked its banking licence.",
                   "contradiction")
    assert [c for c, _ in found] == ["CON002"]


# ------------------------------------------------ DATE005: the end of a quarter told by its month
def test_the_end_of_the_first_quarter_is_the_end_of_march():
    src = ("Second-quarter revenue rose 17%. Backlog ended the quarter at $1.21 billion, up from "
           "$1.04 billion at the end of March.")
    assert _codes(src, "Backlog climbed to $1.21 billion from $1.04 billion at the end of the first "
                       "quarter.", "date") == []
    found = _codes(src, "Backlog climbed to $1.21 billion from $1.04 billion at the end of the third "
                        "quarter.", "date")
    assert [c for c, _ in found] == ["DATE005"]


# ------------------------------------------------ numbers: a sum over days, a midpoint named after it
def test_a_fall_over_two_days_adds_the_days_up():
    src = ("Shares in Meridia fell 9.2% on Tuesday and a further 3.1% on Wednesday, wiping about "
           '$410 million off its market value. "Two weeks starts to show up on shelves," a council '
           "director said.")
    assert _codes(src, "Meridia's shares have lost about 12% over two days, erasing roughly $410 "
                       "million in market value.", "number") == []
    found = _codes(src, "Meridia's shares have lost about 12% on Tuesday, erasing roughly $410 "
                        "million in market value.", "number")
    assert [c for c, _ in found] == ["NUM008"]


def test_a_midpoint_named_after_the_figure():
    src = ("Inflation is not expected to return to the midpoint of the 2-3% target band until late "
           "2026.")
    assert _codes(src, "Inflation is not seen reaching the 2.5% midpoint of the band until late "
                       "2026.", "number") == []


# ------------------------------------------------ names and labels that are no claims
def test_units_and_shorthand_are_no_names():
    src = ("Temperatures rose above 43 degrees Celsius. The plant emitted nitrogen oxides above the "
           "limit, management said.")
    assert _codes(src, "Temperatures topped 43°C. Mgmt said NOx emissions were above the limit.",
                  "entity") == []


def test_a_bold_label_is_its_own_sentence_and_no_claim():
    from summarizer.text.sentences import split_sentences

    text = "**The harvest.** The ministry now forecasts 21.4 million tonnes.\n**Policy.** Aid rises."
    assert [text[a:b] for a, b in split_sentences(text)] == [
        "**The harvest.**", "The ministry now forecasts 21.4 million tonnes.", "**Policy.**",
        "Aid rises."]
    src = "The ministry now forecasts a crop of 21.4 million tonnes. It will raise aid to farmers."
    assert _codes(src, text, "unsupported") == []


# ------------------------------------------------ DATE006: a year the story implies
def test_the_middle_of_next_year_is_mid_2026_in_a_2025_story():
    src = ("PARIS, Oct 16 (Reuters) - The group cut its 2025 sales forecast. \"We don't think that "
           "turns before the middle of next year,\" the finance chief said.")
    assert _codes(src, "The finance chief does not expect the slowdown to turn before mid-2026.",
                  "date") == []


BACKLOG = ("NEW YORK, Feb 26 (Reuters) - The installer expects 2025 revenue to rise 10%. Its "
           "backlog stood at $1.38 billion at Dec. 31, up 31% from a year earlier.")


def test_dec_31_in_a_february_story_is_the_year_before():
    assert _codes(BACKLOG, "The installer ended 2024 with a $1.38 billion backlog, up 31%.",
                  "date") == []


def test_a_year_that_dates_a_half_is_not_read_from_dec_31():
    src = ("ZURICH, Feb 20 (Reuters) - Cash stood at 312 million francs at Dec. 31, which would "
           "fund operations into the second half of 2026.")
    found = _codes(src, "Cash of CHF312m at Dec. 31 funds operations into the second half of "
                        "2025.", "date")
    assert [c for c, _ in found] == ["DATE006"]


# ------------------------------------------------ a dateline with its country; an outlook kept
DELIVERIES = ("GOTHENBURG, Sweden, July 2 \u2014 The carmaker delivered 48,600 vehicles in the "
              "second quarter, up 27%. The company will publish full second-quarter results on "
              "July 22.")


def test_a_dateline_with_a_country_dates_the_story_not_an_event():
    from summarizer.parsing.dates import dateline

    assert dateline(DELIVERIES).text == "July 2"
    found = _codes(DELIVERIES, "Full second-quarter results are due on July 2.", "date")
    assert [c for c, _ in found] == ["DATE008"]
    assert _codes(DELIVERIES, "Full second-quarter results are due on July 22.", "date") == []


def test_an_outlook_kept_against_one_revised():
    src = ("S&P cut the insurer to A- from A. It revised the outlook to stable from negative, "
           "indicating no further cut is likely in the near term.")
    found = _codes(src, "S&P downgraded the insurer to A- from A and kept the outlook negative.",
                   "contradiction")
    assert [c for c, _ in found] == ["CON015"]
    assert _codes(src, "S&P downgraded the insurer to A- and moved its outlook to stable.",
                  "contradiction") == []


# ------------------------------------------------ CON002: more of the summary's own negations
def test_an_adverb_between_not_and_the_verb_keeps_the_negation():
    src = ("The medical chief said the monitoring committee had not raised concerns about the lower "
           "dose specifically.")
    assert _codes(src, "The medical chief said the committee had not specifically raised concerns "
                       "about the lower dose.", "contradiction") == []


def test_not_enough_to_is_a_negation():
    src = ("Renewals are averaging increases of 1% to 3%, which doesn't cover our cost inflation on "
           "insurance and equipment.")
    assert _codes(src, "Contract renewals are only up 1-3%, not enough to cover insurance and "
                       "equipment inflation.", "contradiction") == []


def test_an_irregular_past_the_source_affirms():
    src = ('"The challenge is to keep that growth without spending our margin on diesel." The '
           "company spent 640 million rand on diesel and batteries, up from 410 million rand.")
    assert _codes(src, "Spending on diesel and batteries rose to R640m from R410m.",
                  "contradiction") == []


# ------------------------------------------------ ENT006: a transcript speaker with a hyphenated name
CALL = ("Operator: Next question comes from Imogen Fairley with Dalton Wright.\n\n"
        "Imogen Fairley, Dalton Wright: Claudia, the free cash flow margin guide of 27% to 28% is "
        "below this year's level. Why the step down?\n\n"
        "Claudia Reyes-Hart, Chief Financial Officer: Two things. We had some favorable billing "
        "timing in fiscal 2025 that won't repeat, and we're increasing capital expenditures for "
        "data-center capacity.\n\n"
        "Arjun Tavener, Chief Executive Officer: We plan to grow headcount in the low teens.")


def test_a_hyphenated_speaker_owns_the_turn():
    from summarizer.checks.entities.speakers import _turn_speaker, _turns
    from summarizer.text import Document

    doc = Document(CALL)
    assert _turn_speaker(_turns(doc), CALL.index("We had some")) == "Claudia Reyes-Hart"
    assert _codes(CALL, "CFO Claudia Reyes-Hart said the free cash flow margin guidance reflects "
                        "favorable billing timing in fiscal 2025 that won't repeat and higher "
                        "capital expenditures for data-center capacity.", "entity") == []


# ------------------------------------------------ NUM004: a figure's earlier level, its subject's own figure
def test_the_earlier_level_of_the_same_figure_is_no_other_subject():
    src = ("Compared with October last year, prices were 1.8% higher, down from annual growth of "
           "2.9% in September.")
    assert _codes(src, "Annual growth cooled to 1.8% from 2.9%.", "number") == []
    assert _codes(src, "Annual growth cooled to 1.8%.", "number") == []


def test_a_figure_inside_the_subject_is_not_its_rival():
    src = ("The average rate on a five-year fixed mortgage with a 25% deposit was 4.9% in October, "
           "compared with 2.1% three years earlier.")
    assert _codes(src, "Five-year fixes averaged 4.9%, more than double the 2.1% of three years "
                       "earlier.", "number") == []


def test_words_before_after_belong_to_the_figure_before_them():
    src = ("Cash flow from operations was $845 million, and capital expenditures were $498 million, "
           "leaving free cash flow of $347 million.")
    assert _codes(src, "It generated $347 million of free cash flow after $498 million of capex.",
                  "number") == []


# ------------------------------------------------ CON001: first in a scope against a lower rank
def test_the_countrys_busiest_against_its_second_busiest():
    src = ("The port handled 4.6 million containers last year, making it the country's "
           "second-busiest container port.")
    found = _codes(src, "Traffic at the port, the country's busiest container port, has been "
                        "halted.", "contradiction")
    assert [c for c, _ in found] == ["CON001"]
    assert _codes(src, "Traffic at the port, the country's second-busiest, has been halted.",
                  "contradiction") == []
    src = "The merger would have made the group the country's second-largest grocer."
    found = _codes(src, "The merger would have made it the country's largest grocer.",
                   "contradiction")
    assert [c for c, _ in found] == ["CON001"]


# ------------------------------------------------ DATE009: a quarter's year is no annual figure
def test_the_year_of_a_base_quarter_does_not_make_a_figure_annual():
    src = ("Operator: Welcome to the fourth-quarter call.\n\nCFO: Total revenue was $498 million, "
           "down 7% from the fourth quarter of 2023.")
    found = _codes(src, "The company reported full-year revenue of $498 million, down 7%.", "date")
    assert [c for c, _ in found] == ["DATE009"]
    src = "Total revenue was $498 million this year, down 7% from 2023."
    assert _codes(src, "The company reported full-year revenue of $498 million, down 7%.",
                  "date") == []


# ------------------------------------------------ ENT006: a quote told before its speaker
SPEAKERS = ('"Decommissioning is painful but it is contractual, it is finite and we know the '
            'schedule," Chief Executive Laura Whitfield said on a conference call. Chief Financial '
            "Officer Marcus Lindqvist said the company would keep its dividend.")


def test_a_short_quote_before_its_speaker_is_a_statement():
    found = _codes(SPEAKERS, '"Decommissioning is painful but it is contractual," CFO Marcus '
                             "Lindqvist said.", "entity")
    assert [c for c, _ in found] == ["ENT006"]
    assert _codes(SPEAKERS, '"Decommissioning is painful but it is contractual," CEO Laura '
                            "Whitfield said.", "entity") == []


def test_a_quote_in_single_quotes_and_told_to_analysts():
    found = _codes(SPEAKERS, "'Decommissioning is painful but it is contractual,' CFO Marcus "
                             "Lindqvist said.", "entity")
    assert [c for c, _ in found] == ["ENT006"]
    src = ('"We lost volume, but we made every tonne count," Chief Executive Rodrigo Amaral told '
           "analysts. Chief Financial Officer Juliana Prates said the company had hedged 68% of "
           "its exports.")
    found = _codes(src, '"We lost volume, but we made every tonne count," CFO Juliana Prates told '
                        "analysts.", "entity")
    assert [c for c, _ in found] == ["ENT006"]


def test_of_two_sentences_as_good_the_quote_says_who_spoke():
    src = ("CHICAGO, Oct 29 (Reuters) - The can maker, one of North America's largest makers of "
           "cans, said on Tuesday its third-quarter shipments rose 4.6%.\n\n"
           '"Energy and sparkling water are now more than a quarter of our North American mix, and '
           'those categories are still growing," Chief Executive Marcus Delacroix said.\n\n'
           "Chief Financial Officer Renata Oyelaran said capital spending would be $600 million.")
    found = _codes(src, "CFO Renata Oyelaran said those categories now make up more than a quarter "
                        "of the North American mix.", "entity")
    assert [c for c, _ in found] == ["ENT006"]


# ------------------------------------------------ NUM015: two earlier levels, each with its period
RIGS = ("The driller ran an average of 86 active rigs in the April-June quarter, down from 97 a "
        "year earlier and from 112 in the first quarter.")


def test_the_first_quarters_level_given_as_a_year_earlier():
    found = _codes(RIGS, "The driller ran 86 rigs in the quarter, versus 112 a year earlier.",
                   "number")
    assert [c for c, _ in found] == ["NUM015"]
    assert _codes(RIGS, "The driller ran 86 rigs in the quarter, versus 97 a year earlier.",
                  "number") == []


def test_the_year_ago_quarter_is_a_year_earlier():
    src = ("The combined ratio improved 210 basis points year over year and includes 5.8 points of "
           "catastrophe losses, compared with 4.1 points in the third quarter of fiscal 2024.")
    assert _codes(src, "Catastrophe losses added 5.8 points, versus 4.1 points a year earlier.",
                  "number") == []


# ------------------------------------------------ guidance: a price target, a second statement after "and its"
def test_an_analysts_price_target_does_not_bear_out_raised_guidance():
    src = ("The company reaffirmed 2024 guidance of 84,000 to 92,000 GEOs. Analyst Jo Reyes raised "
           "his price target on the GEO producer to C$31 from C$28.")
    found = _codes(src, "It raised its 2024 guidance to 84,000-92,000 GEOs.", "contradiction")
    assert [c for c, _ in found] and {c for c, _ in found} <= {"CON001", "CON010"}
    assert _codes(src, "It reaffirmed its 2024 guidance of 84,000-92,000 GEOs.",
                  "contradiction") == []


def test_a_kept_outlook_and_its_target_are_two_statements():
    src = ("The company said it was cutting its forecast for organic treatment growth in 2025 to "
           "1.5%-2.5% from 2%-3%, but kept its target for an adjusted EBIT margin of 11%-12%.")
    found = _codes(src, "The company kept its 2025 organic growth outlook and its 11%-12% margin "
                        "target.", "contradiction")
    assert [c for c, _ in found] and {c for c, _ in found} <= {"CON001", "CON010"}
    assert _codes(src, "The company cut its 2025 organic growth outlook and kept its 11%-12% "
                       "margin target.", "contradiction") == []


# ------------------------------------------------ CON010: "still expects" keeps a metric's guidance
def test_still_expects_keeps_guidance():
    src = ("The finance chief said the company still expects full-year capital expenditure of "
           "about $5.5 billion.")
    found = _codes(src, "The company raised its full-year capex guidance.", "contradiction")
    assert [c for c, _ in found] == ["CON010"]
    assert _codes(src, "The company kept its full-year capex guidance.", "contradiction") == []


def test_a_metric_kept_does_not_contradict_the_whole_outlook_lowered():
    src = ("We continue to expect full-year net capex of $420 million to $470 million. For the full "
           "year, we now expect adjusted EPS of $1.45 to $1.65, down from our prior range of $1.55 "
           "to $1.80.")
    assert _codes(src, "Management lowered its full-year outlook.", "contradiction") == []


# ------------------------------------------------ CON018: a dividend in a currency's cents, unchanged
def test_a_dividend_in_australian_cents_unchanged_is_not_raised():
    src = ("The bank declared an interim dividend of 44 Australian cents per share, fully franked, "
           "unchanged from a year ago.")
    found = _codes(src, "The interim dividend was raised to 44 cents.", "contradiction")
    assert [c for c, _ in found] == ["CON018"]
    assert _codes(src, "The interim dividend was held at 44 cents.", "contradiction") == []


def test_a_question_does_not_affirm_what_the_answer_denies():
    src = ("Analyst: would you consider spinning off the climate unit? CEO: There's no plan to spin "
           "off the climate unit.")
    found = _codes(src, "The CEO plans to spin off the climate unit.", "contradiction")
    assert [c for c, _ in found] == ["CON002"]


def test_two_places_told_together_are_others_places():
    src = ("The deal would have combined the country's third- and fourth-largest grocers into a group "
           "with 1,140 stores and roughly 24% of the market, overtaking the current market leader.")
    assert _codes(src, "The merged group would have had 1,140 stores and about 24% of the market, "
                       "making it the country's biggest grocer.", "contradiction") == []


# ------------------------------------------------ derivations: a level and its change, in one sentence
def test_a_level_and_a_change_of_the_next_sentence_make_no_figure():
    src = ("The adjusted EBIT margin widened to 12.6% from 11.9%, beating the 12.3% forecast. The "
           "company raised its margin target to 12.5%-13.0% and expects sales to grow by 1% to 3%.")
    found = _codes(src, "The EBIT margin reached 12.9%.", "number")
    assert [t for _, t in found] == ["12.9%"]
    assert _codes(src, "The EBIT margin reached 12.6%.", "number") == []


def test_a_bare_number_of_the_source_takes_its_sentences_unit():
    src = ("Gross margin was 71.4%, up 90 basis points. Mix added about 60 basis points, and "
           "procurement savings added about 40, partly offset by roughly 10 basis points of "
           "currency.")
    assert _codes(src, "Gross margin widened 90 bp: about 60 bp from mix and 40 bp from "
                       "procurement savings, less roughly 10 bp of currency.", "number") == []
