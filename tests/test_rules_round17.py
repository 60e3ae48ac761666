"""Issue 13, round 17: a figure told against another base or date than the source's (a quarter back,
a month end, the analysts' forecast), and the false alarms of paraphrase: a gloss inside dashes, a
loss told as "lost", "O&M", a subject across a semicolon, the words between a subject and its
figure, "business and retail customers", a headline's rounding, a label before the figure, a
breakdown in brackets, "the second and third quarters", a country told by its dollar, a name inside
a quote, "Holdings", "from 12% growth", a word between a trigger and its noun, "and a 6-7% margin",
the summary's words told together elsewhere, a change inside a stated range, "Tam of Eastbridge",
a sentence's first gerund, "koz" and "/oz expected". Each case is a short invented source/summary
pair, checked by hand: `errors(...)` lists the error findings."""

from __future__ import annotations

from conftest import rule_errors as errors


def _codes(source: str, summary: str, check_kind: str | None = None) -> list[tuple[str, str]]:
    return [(f.code, f.text) for f in errors(source, summary, check_kind)]


# ------------------------------------------------------------ NUM015: another base or date
BACKLOG = ("Osterfeld Tools said its order backlog reached 418 billion yen at the end of December. "
           "The backlog was up 17% from a year earlier and 9% from the end of September.")


def test_a_rise_from_a_quarter_back_told_as_a_years_rise_is_an_error():
    found = _codes(BACKLOG, "Osterfeld's backlog hit ¥418bn, up 9% from a year earlier.", "number")
    assert found == [("NUM015", "9%")]


def test_the_rise_told_against_its_own_base_passes():
    assert _codes(BACKLOG, "Osterfeld's backlog hit ¥418bn, up 17% from a year earlier and 9% "
                           "from the end of September.", "number") == []


EPS = ("Adjusted earnings were $1.12 a share, compared with $1.05 a share expected by analysts and "
       "98 cents a year earlier.")


def test_the_analysts_forecast_told_as_the_year_ago_figure_is_an_error():
    found = _codes(EPS, "Adjusted EPS was $1.12, up from $1.05 a year earlier.", "number")
    assert found == [("NUM015", "$1.05")]


DEBT = ("Net debt fell to 2.1 billion euros at the end of December from 2.4 billion euros at the "
        "end of September.")


def test_a_month_end_level_given_another_month_end_is_an_error():
    found = _codes(DEBT, "- Net debt: €2.4bn at end-December", "number")
    assert found == [("NUM015", "€2.4bn")]


ARREARS = ("Loans 30 days or more past due were 3.62% at the end of June, up from 3.10% a year "
           "earlier.")


def test_a_level_compared_with_a_year_ago_is_no_year_ago_figure():
    assert _codes(ARREARS, "Arrears of 30+ days were 3.62%, higher than a year ago.", "number") == []


# ------------------------------------------------------------ NUM004: false alarms
def test_a_threshold_inside_a_dash_gloss_is_no_sibling():
    source = ("The combined ratio for property reinsurance - claims and costs as a share of "
              "premiums, where a figure below 100% means an underwriting profit - deteriorated to "
              "97.2% from 94.0% a year earlier.")
    assert _codes(source, "The property combined ratio worsened to 97.2% from 94.0%, with storm "
                          "losses adding 6 points.", "number") == []


def test_a_loss_told_as_lost_is_the_loss():
    source = ("Our advisory segment generated revenue of $24 million and an operating loss of "
              "$3 million; we expect it to break even next year.")
    assert _codes(source, "The advisory segment lost $3 million on $24 million of revenue.",
                  "number") == []


def test_an_ampersand_acronym_is_spelled_out_with_and():
    source = ("Operations and maintenance expense rose 6%, mainly from chemical costs. Excluding "
              "acquisitions, O&M rose about 3%.")
    assert _codes(source, "Q2: EPS up; O&M up 6% on chemical costs.", "number") == []


def test_a_subject_before_a_semicolon_is_not_the_next_figures():
    source = ("We now expect full-year adjusted EPS of $3.10 to $3.30. We still expect $15 million "
              "of annual cost synergies from the Dunmore deal by the end of 2026.")
    summary = ("* Dunmore deal: ~$0.03 of adjusted EPS accretion; $15M in annual synergies "
               "still expected by end of 2026.")
    assert _codes(source, summary, "number") == []


RENEWALS = ("Lindqvist Rail Leasing reported higher earnings. Our North American fleet utilization "
            "was 97.8% at year-end. Our Lease Renewal Index was up 19.3% in the quarter. It assumes "
            "North American utilization stays between 97% and 98% next year.")


def test_the_words_between_a_subject_and_its_figure_tell_whose_it_is():
    assert _codes(RENEWALS, "EPS rose on strong North American lease renewals (+19.3% in Q4).",
                  "number") == []


def test_a_figure_given_a_subject_that_has_another_is_still_an_error():
    source = ("Three-month copper on the London Metal Exchange rose 2.2% to $9,310 a ton. The "
              "most-traded copper contract in Shanghai closed 1.4% higher at 74,020 yuan a ton.")
    found = _codes(source, "Shanghai copper closed 2.2% higher at 74,020 yuan a ton.", "number")
    assert found == [("NUM004", "2.2%")]


def test_customers_counted_by_a_coordinated_phrase_are_the_same_customers():
    source = ("Between 2019 and 2022 the bank opened accounts for around 530,000 business and "
              "retail customers without proper checks. It has around 900,000 customers.")
    assert _codes(source, "The bank signed up around 530,000 customers without proper checks.",
                  "number") == []


def test_a_headlines_rounding_of_a_count_is_no_rival():
    source = ("Storm that blacked out 3 million customers cost insurers $2 billion\n\nThe storm cut "
              "power to about 3.2 million homes and businesses for up to two days. About 800,000 "
              "customers of the smaller utility were also affected.")
    assert _codes(source, "About 3.2 million customers lost power for up to two days.",
                  "number") == []


def test_a_label_the_source_puts_before_the_figure_may_follow_it():
    source = ("The co-operative forecast a price of NZ$6.60 to NZ$7.20. The midpoint of NZ$6.90 "
              "compares with a final price of NZ$7.15 paid for the 2021/22 season.")
    assert _codes(source, "It guided to NZ$6.60-7.20, against the NZ$7.15 final price for "
                          "2021/22.", "number") == []


# ------------------------------------------------------------ expectations, ranges, units
def test_a_breakdown_in_brackets_is_not_the_figure_set_against_the_forecast():
    source = ("Organic sales grew 6.1%, made up of 4.0% from pricing and 2.1% from volumes. "
              "Analysts had expected organic growth of 5.0%.")
    assert _codes(source, "Organic sales rose 6.1% (pricing 4.0%, volumes 2.1%), beating the "
                          "5.0% analysts expected.") == []


def test_a_change_inside_a_stated_range_that_two_levels_give_passes():
    source = ("The take rate was 41.2 basis points, down from 43.8 basis points a year earlier. "
              "We expect take rate to decline by 2 to 3 basis points as enterprise grows.")
    assert _codes(source, "The take rate fell roughly 2.6 bps on enterprise mix.", "number") == []


def test_thousand_ounces_are_ounces():
    source = "It kept its production guidance of 410,000 to 450,000 ounces for fiscal 2025."
    assert _codes(source, "Production guidance of 410–450koz for FY25 was kept.", "number") == []
    assert _codes(source, "Production guidance of 410–460koz for FY25 was kept.",
                  "number") == [("NUM001", "410–460koz")]


def test_a_forecast_with_a_unit_before_expected_is_told_as_a_forecast():
    source = ("All-in sustaining costs rose to A$2,240 an ounce from A$1,990 a year earlier, "
              "above the A$2,150 analysts had forecast.")
    assert _codes(source, "AISC rose to A$2,240/oz, higher than the A$2,150/oz expected.",
                  "number") == []


# ------------------------------------------------------------ dates
def test_quarters_named_together_are_each_a_quarter():
    source = ("The outage will cut second-quarter earnings. The finance chief said most of the "
              "hit would fall in the second and third quarters.")
    assert _codes(source, "Most of the hit will land in Q2 and Q3.", "date") == []


def test_a_quarter_named_by_its_ordinal_alone_after_quarters_is_a_quarter():
    source = ("In the first quarter gross margin was 72%. We expect gross margin to dip below 70% "
              "in the second and third quarters before recovering in the fourth.")
    assert _codes(source, "Margin should dip in Q2-Q3 before recovering in Q4.", "date") == []


# ------------------------------------------------------------ names
def test_a_country_told_by_its_dollar_is_named():
    source = ("SYDNEY, March 3 (Reuters) - Harbourline Insurance said first-half profit rose to "
              "A$312 million.")
    assert _codes(source, "The Australian insurer's profit rose to A$312m.", "entity") == []


def test_a_name_inside_a_quote_is_no_speaker_for_he_said():
    source = ("\"A floor price gives our lenders visibility,\" Chief Executive Dana Whitlock said in "
              "an interview. \"This is the key step toward financing Moose Ridge.\" He said the "
              "company was in talks with banks for a debt package of up to C$300 million, but no "
              "terms have been agreed.")
    assert _codes(source, "CEO Dana Whitlock said talks on up to C$300m of debt are ongoing with "
                          "no terms agreed.", "entity") == []


def test_a_surname_of_a_firm_starting_the_sentence_is_the_sources_person():
    source = ("Ronghai Homes failed to pay interest before the end of a 30-day grace period. \"The "
              "default was widely expected,\" said Grace Lin, head of credit research at Northgate "
              "Securities.")
    assert _codes(source, "Shares fell. Grace Lin of Northgate Securities said recoveries were "
                          "likely to be very low.", "entity") == []


def test_a_gerund_starting_a_sentence_is_no_name():
    source = ("Longer routes around the Cape of Good Hope added 16 days to transit times, the "
              "company said.")
    assert _codes(source, "Sales fell. Rerouting around the Cape added 16 days to shipping.",
                  "entity") == []


# ------------------------------------------------------------ CON001: false alarms and a catch
def test_a_company_name_ending_in_holdings_is_no_hold():
    source = "Okabe cut its forecast for operating profit to 40 billion yen from 45 billion yen."
    assert _codes(source, "Okabe Medical Holdings lowered its operating profit forecast to ¥40bn "
                          "from ¥45bn.", "contradiction") == []


def test_the_old_pace_after_from_is_no_claim_of_the_summary():
    source = "Consumer growth slowed to 8% from 14% last quarter, as the price rise lapped."
    assert _codes(source, "Consumer revenue rose 8%; the slowdown from 14% growth in the prior "
                          "quarter reflected the lapped price rise.", "contradiction") == []


def test_a_word_may_stand_between_the_trigger_and_its_noun_in_the_source():
    source = ("Product gross margin was 71.2%, down from 72.5%. The decline reflects higher cloud "
              "infrastructure costs for new regions.")
    assert _codes(source, "Product gross margin slipped to 71.2% on higher infrastructure costs.",
                  "contradiction") == []


def test_a_figure_after_and_a_heads_its_own_phrase():
    source = ("It kept its outlook for the year of revenue down by a low single-digit percentage "
              "and an adjusted EBITDA margin of 6% to 7%, up from 4.9% last year.")
    assert _codes(source, "Guidance was unchanged: a low-single-digit revenue decline and a 6-7% "
                          "adjusted EBITDA margin.", "contradiction") == []


SAWN = ("Holmvik Timber reported a smaller drop in profit as higher sawn-wood prices offset weak "
        "demand. Deliveries of sawn wood fell 9%. The pulp division swung to a loss, hit by lower "
        "pulp prices. Holmvik's sawn-wood business is its largest.")


def test_the_summarys_words_told_together_elsewhere_take_the_claim_there():
    assert _codes(SAWN, "Profit beat forecasts as sawn-wood prices climbed.", "contradiction") == []


def test_a_flip_of_what_the_source_says_elsewhere_is_still_an_error():
    source = ("Solvent Air said summer bookings were ahead of last year, although fares would be "
              "slightly lower. It expects summer fares to be flat to slightly down.")
    found = _codes(source, "Solvent Air expects summer fares to rise.", "contradiction")
    assert [c for c, _ in found] == ["CON001"]


SUGAR = ("The company now expects to produce 1.31 million tonnes of sugar this campaign, down from "
         "an earlier forecast of 1.44 million tonnes and below the 1.37 million tonnes it made a "
         "year earlier.")


def test_last_years_figure_told_as_the_revised_forecasts_old_level_is_an_error():
    found = _codes(SUGAR, "It trimmed its production forecast to 1.31 million tonnes from 1.37 "
                          "million tonnes.", "number")
    assert found == [("NUM015", "1.37 million tonnes")]


def test_the_revised_forecasts_own_old_level_passes():
    assert _codes(SUGAR, "It trimmed its production forecast to 1.31 million tonnes from 1.44 "
                         "million tonnes.", "number") == []


def test_the_old_forecast_told_as_the_analysts_is_an_error():
    source = ("Tamura cut its forecast for operating profit in the year to March 31 to 52.0 billion "
              "yen from 57.5 billion yen, below the 55.1 billion yen consensus.")
    found = _codes(source, "Tamura cut its profit forecast to ¥52bn, below the ¥57.5bn analysts "
                           "expect.", "number")
    assert found == [("NUM015", "¥57.5bn")]


def test_a_rise_in_mortality_is_no_improvement():
    source = "Mortality at its sea sites climbed to 11.3% on a rolling 12-month basis from 9.8%."
    found = _codes(source, "Rolling 12-month mortality improved to 11.3%.", "contradiction")
    assert [c for c, _ in found] == ["CON001"]
    assert _codes(source, "Rolling 12-month mortality worsened to 11.3%.", "contradiction") == []


def test_a_metric_named_by_a_move_word_is_its_name():
    source = "Slot handle across the portfolio grew 3%, and table drop grew 6%."
    assert _codes(source, "Regional: slot handle +3%, table drop +6%.", "contradiction") == []


def test_a_fall_the_source_states_with_its_count_beside_a_yearly_rise_passes():
    source = ("Paid subscribers reached 2.31 million, up 5% from a year ago but down about 30,000 "
              "from the second quarter, as we pulled back performance marketing spend.")
    assert _codes(source, "Paid subs fell ~30K sequentially to 2.31M as the company cut marketing "
                          "spend.", "contradiction") == []


def test_a_reading_below_zero_keeps_its_sign():
    source = "The sentiment index fell to -19.8 from -18.1. Analysts had expected a reading of -17.5."
    assert _codes(source, "The index fell to -19.8, weaker than the -17.5 economists had "
                          "forecast.", "contradiction") == []
    found = _codes(source, "The index fell to -19.8, better than the -17.5 economists had "
                           "forecast.", "contradiction")
    assert [c for c, _ in found] == ["CON001"]


def test_a_from_that_belongs_to_another_figure_is_no_forecasts_old_level():
    source = ("Net income for the quarter fell to $1.94 per share from $2.26 a year earlier. The "
              "builder lowered its annual closings forecast to 9,800 homes.")
    assert _codes(source, "The builder lowered its closings forecast to 9,800 homes after "
                          "quarterly earnings slipped to $1.94 a share from $2.26.", "number") == []


def test_a_year_base_that_belongs_to_the_next_figure_is_not_this_ones():
    source = ("The retailer raised its forecast for annual pretax profit to 88 million to 94 million "
              "pounds, from 80 million to 86 million. It made 79.2 million pounds last year.")
    assert _codes(source, "It now sees pretax profit near the top of its £88m-£94m range and ahead "
                          "of last year's £79.2m.", "number") == []


def test_a_comparative_before_the_subject_in_the_evidence_agrees():
    source = ("Free cash flow was $41 million, versus $57 million a year ago; the decline reflects "
              "higher inventory ahead of the launch.")
    assert _codes(source, "Free cash flow fell to $41 million as inventory rose ahead of the "
                          "launch.", "contradiction") == []


def test_a_quarter_left_out_after_its_ordinal_is_that_quarter():
    source = ("HSINCHU, July 30 (Reuters) - Pinewood Chip Co said on Wednesday its utilisation rate "
              "rose to 81% in the second quarter from 74% in the first, and forecast a further rise.")
    assert _codes(source, "Pinewood lifted utilisation to 81% in Q2 from 74% in Q1.", "date") == []


def test_a_year_a_figure_is_set_against_is_not_its_year():
    source = ("STOCKHOLM, Dec 9 (Reuters) - Skarvik Metall said on Tuesday it had agreed 2026 "
              "treatment and refining charges of $17.40 a tonne and 1.74 cents a pound with a "
              "miner, down from $21.10 and 2.11 cents for 2025.")
    assert _codes(source, "Skarvik agreed 2026 charges at $17.40/t and 1.74¢/lb - a record-low "
                          "benchmark roughly 18% under 2025's terms.", "date") == []


def test_a_date_the_summary_sets_aside_is_not_the_events():
    source = ("A judge ruled that two patents were invalid, clearing the way for a generic version "
              "to launch in 2028. The patents would otherwise have expired in 2034.")
    assert _codes(source, "The ruling lets a generic launch in 2028 rather than 2034.",
                  "date") == []


def test_a_guidance_kept_is_read_where_the_source_names_that_guidance():
    source = ("We are raising full-year adjusted EBITDA guidance to $1.46 billion to $1.50 billion. "
              "Revenue guidance is unchanged at $5.10 billion to $5.20 billion. We are also raising "
              "adjusted free cash flow guidance to $610 million to $650 million.")
    assert _codes(source, "It raised EBITDA guidance to $1.46-1.50 billion and free cash flow "
                          "guidance to $610-650 million, while keeping revenue guidance unchanged.",
                  "contradiction") == []


def test_an_action_the_source_also_states_plainly_is_no_negation_dropped():
    source = ("The union said 1,420 of its members, roughly 90% of the pilots, were taking part. "
              "Long-haul flights will run because those captains belong to a separate union, which "
              "is not taking part in the action.")
    assert _codes(source, "Around 1,420 union members (90% of pilots) are taking part.",
                  "contradiction") == []
    found = _codes("The cabin crew union is not taking part in the action.",
                   "The cabin crew union is taking part in the action.", "contradiction")
    assert [c for c, _ in found] == ["CON002"]


def test_a_cent_sign_and_a_hyphenated_point_are_units():
    source = ("Hoshino said it had settled treatment and refining charges for 2025 at $19.75 per "
              "tonne and 1.975 cents per pound, down from $80 and 8 cents in 2024. It will cut "
              "output at one of its two smelters. Price and mix contributed 1.8 points, and volume "
              "was down 3.4 points.")
    assert _codes(source, "It agreed 2025 charges of $19.75/tonne and 1.975¢/lb, versus $80 and 8¢ "
                          "last year; price/mix gains of 1.8 points were more than offset by a "
                          "3.4-point volume decline.", "number") == []


def test_a_region_told_as_its_people_is_named():
    source = "Cocoa fell as better weather in West Africa eased supply fears."
    assert _codes(source, "Cocoa fell on better West African weather.", "entity") == []


def test_counts_of_one_thing_under_two_names_and_a_verb_after_a_count():
    source = ("It wrote 58 transactions last year. By Monday 27 ships were waiting, and at least 14 "
              "vessels had been rerouted to the smaller port.")
    assert _codes(source, "It wrote 58 deals last year; of 27 ships waiting, at least 14 diverted "
                          "to the smaller port.", "number") == []


def test_a_phase_number_is_a_label_not_a_count():
    source = ("Halvorsen said its drug met the main goal of a 52-week Phase 3 study in 842 patients. "
              "A second Phase 3 study will read out in the fourth quarter.")
    assert _codes(source, "The drug hit its primary endpoint in a Phase 3 UC trial; filing depends "
                          "on a second Phase 3 readout in Q4.", "number") == []


def test_a_level_said_to_be_up_from_a_higher_one_is_an_error():
    source = "The commission set the allowed return on equity at 9.35%, under the 9.7% of 2021."
    found = _codes(source, "It won a return on equity of 9.35%, up from the 9.7% of 2021.",
                   "contradiction")
    assert [c for c, _ in found] == ["CON001"]
    assert _codes(source, "It won a return on equity of 9.35%, down from the 9.7% of 2021.",
                  "contradiction") == []


def test_in_line_with_a_forecast_of_another_figure_is_an_error():
    source = ("Headline prices rose 0.2%, compared with forecasts of 0.3%. The trimmed mean rose "
              "0.8% in the quarter and 3.5% on the year. Economists had expected a 0.7% quarterly "
              "rise and an annual rate of 3.4%.")
    found = _codes(source, "The trimmed mean rose 0.8% q/q, in line with forecasts.",
                   "contradiction")
    assert [c for c, _ in found] == ["CON001"]
    assert _codes(source, "The trimmed mean rose 0.8% q/q, above forecasts.", "contradiction") == []


def test_guidance_kept_by_another_executive_is_an_error():
    source = ("\"The crop is good, but smaller,\" Chief Executive Lukas Brandt said on a call. "
              "Chief Financial Officer Mira Hahn kept the full-year operating profit outlook of 210 "
              "million to 240 million euros.")
    found = _codes(source, "CEO Lukas Brandt reaffirmed guidance of €210m-€240m in operating "
                           "profit.", "entity")
    assert found == [("ENT006", "CEO Lukas Brandt")]
    assert _codes(source, "CFO Mira Hahn reaffirmed guidance of €210m-€240m in operating profit.",
                  "entity") == []
