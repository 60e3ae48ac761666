"""Issue 13, round 11: figures told with another figure's qualifier or "of" phrase, figures given
only under a condition, and false alarms on faithful rewording (a condition written with
"unless", a listing date, a place before an institution, state codes, a forecast's label, an
operating ratio that weakens as it rises). Each case is a short invented source/summary pair,
checked by hand: `errors(...)` lists the error findings."""

from __future__ import annotations

from conftest import rule_errors as errors

from summarizer import Settings, check


def _codes(source: str, summary: str, check_kind: str | None = None) -> list[tuple[str, str]]:
    return [(f.code, f.text) for f in errors(source, summary, check_kind)]


# ------------------------------------------------ one head noun, two figures, two qualifiers
BID = ("Ostra Foods will pay 250 pence per share, a premium of 28% to Friday's closing price and "
       "36% to its one-month volume-weighted average price.")


def test_the_second_premium_given_the_first_ones_qualifier_is_an_error():
    found = errors(BID, "Ostra offered 250 pence a share, a 36% premium to Friday's closing "
                        "price.", "number")
    assert [(f.code, f.text) for f in found] == [("NUM004", "36%")]
    assert "28%" in found[0].message


def test_each_premium_with_its_own_qualifier_passes():
    assert _codes(BID, "Ostra offered 250 pence a share, a 28% premium to Friday's closing "
                       "price.", "number") == []
    assert _codes(BID, "Ostra offered 250 pence a share, 36% above the one-month volume-weighted "
                       "average price.", "number") == []


def test_a_figure_for_the_year_told_with_its_year_passes():
    source = "We opened 12 stores in the quarter and 31 for the year, ending with 240 stores."
    assert _codes(source, "The chain opened 31 stores in 2024 and ended with 240.", "number") == []


def test_words_that_stand_before_the_figure_in_the_source_are_its_own():
    source = ("The unit generated EBITDA of €120 million last year on revenue of €205 million. "
              "The buyer is paying €2.6 billion.")
    assert _codes(source, "The unit made €120 million in EBITDA on €205 million of revenue last "
                          "year.", "number") == []


# ------------------------------------------------------------ an amount of something else
COVER = ("Brantley Power has recorded a $410 million charge and has $300 million of cyber "
         "insurance. It plans to issue up to $450 million of equity by the end of next year.")


def test_an_amount_given_another_amounts_thing_is_an_error():
    found = errors(COVER, "Brantley booked a $410 million charge and holds $450 million of "
                          "cyber insurance.", "number")
    assert [(f.code, f.text) for f in found] == [("NUM004", "$450 million")]
    assert "$300 million" in found[0].message


def test_each_amount_with_its_own_thing_passes():
    assert _codes(COVER, "Brantley holds $300 million of cyber insurance and may sell up to "
                         "$450 million of equity.", "number") == []


def test_a_shares_base_told_another_way_is_not_another_thing():
    source = ("Withdrawal requests reached about 13% of its assets. Cash fell to 6.8% of the "
              "fund's value.")
    assert _codes(source, "Requests equal to about 13% of the fund outstripped cash, which fell "
                          "to 6.8% of the fund's value.", "number") == []


# ------------------------------------------------------- a figure only under a condition
IPO = ("The listing raised about 410 million dollars. It could rise to about 470 million dollars "
       "if an over-allotment option is exercised in full.")


def test_a_conditional_figure_stated_as_fact_is_an_error():
    found = errors(IPO, "The listing raised about $470 million.", "number")
    assert [(f.code, f.text) for f in found] == [("NUM017", "$470 million")]
    assert "410 million dollars" in found[0].message


def test_the_conditional_figure_with_its_condition_passes():
    assert _codes(IPO, "The listing raised about $410 million, or up to $470 million with the "
                       "over-allotment.", "number") == []
    assert _codes(IPO, "Proceeds could reach $470 million if the over-allotment option is "
                       "used.", "number") == []


def test_a_fee_owed_in_some_event_is_still_the_fee():
    source = ("The deal collapsed on regulatory grounds. Under the agreement, Corbel must pay a "
              "break fee of 90 million dollars if the deal fails on regulatory grounds.")
    assert _codes(source, "Corbel owes a $90 million break fee.", "number") == []


def test_a_condition_in_another_clause_does_not_hedge_the_figure():
    source = ("The owner will keep about 61% of the shares after the listing, or 57% if an "
              "over-allotment option is exercised.")
    assert _codes(source, "The owner will keep about 61% of the shares.", "number") == []


# ------------------------------------------------------- faithful rewording, no contradiction
def test_unless_is_if_not():
    source = ("A further downgrade could follow within a year if the company's leverage does not "
              "fall below 3.5 times.")
    assert _codes(source, "A further cut could follow within a year unless leverage, now 4.1 "
                          "times, drops below 3.5 times.", "contradiction") == []


def test_a_forecasts_label_is_not_a_move():
    source = ("The bank raised its inflation forecast to 3.4% from 3.1%. It kept its economic "
              "growth forecast for this year unchanged at 1.8%.")
    assert _codes(source, "The bank lifted its inflation forecast to 3.4% and kept its 1.8% "
                          "growth projection.", "contradiction") == []


SALES = ("Revenue rose 2% to 3.1 billion euros in the quarter, compared with 6% growth in the "
         "previous quarter. Analysts had on average expected growth of 3.5%.")


def test_an_earlier_quarters_figure_is_not_the_one_set_against_the_estimate():
    assert _codes(SALES, "Revenue rose 2% to €3.1 billion after a 6% rise in the previous "
                         "quarter, short of the 3.5% analysts had expected.",
                  "contradiction") == []
    assert _codes(SALES, "Revenue grew 2% to €3.1 billion, slower than the 6% of the previous "
                         "quarter and below the 3.5% analysts expected.", "contradiction") == []


def test_the_wrong_side_of_the_estimate_is_still_an_error():
    assert [c for c, _ in _codes(SALES, "Revenue rose 2% to €3.1 billion, ahead of the 3.5% "
                                        "analysts had expected.", "contradiction")] == ["CON001"]


def test_a_word_that_only_qualifies_another_noun_anchors_nothing():
    source = ("Consumer price inflation slowed to 3.2% in August. The governor said the "
              "currency's depreciation could add to import prices in the coming months.")
    assert _codes(source, "The governor said a weaker currency could raise import prices.",
                  "contradiction") == []


RATIO = ("The consolidated operating ratio was 95.1%, versus 92.3% a year earlier. The dedicated "
         "operating ratio was 85.2%, an improvement of 40 basis points.")


def test_an_operating_ratio_that_rises_weakens():
    assert _codes(RATIO, "The consolidated operating ratio weakened to 95.1% from 92.3%.",
                  "contradiction") == []
    assert [c for c, _ in _codes(RATIO, "The consolidated operating ratio improved to 95.1% from "
                                        "92.3%.", "contradiction")] == ["CON001"]


def test_a_hyphenated_basis_point_figure_is_the_sources_figure():
    assert _codes(RATIO, "Dedicated had a 40-basis-point improvement in its operating ratio.",
                  "contradiction") == []


def test_a_superlative_and_falling_short_are_no_moves():
    source = ("The drug had been the company's most advanced experimental medicine, and the "
              "trial missed its main goal.")
    assert _codes(source, "The company's most advanced experimental medicine has fallen short.",
                  "contradiction") == []


def test_falling_short_of_an_estimate_is_still_judged():
    source = "Revenue was $4.1 billion, beating the $3.9 billion analysts expected."
    assert [c for c, _ in _codes(source, "Revenue of $4.1 billion fell short of the $3.9 billion "
                                         "analysts expected.", "contradiction")] == ["CON001"]


# ------------------------------------------------------------------------- dates, shares
def test_the_three_months_to_september_are_the_third_quarter():
    source = ("Revenue rose 4% to 2.1 billion euros in the three months to September, compared "
              "with 7% growth in the second quarter.")
    assert _codes(source, "Third-quarter revenue grew 4% to €2.1 billion.", "date") == []


def test_a_listing_date_is_no_share_move():
    source = "Kestrel priced its IPO at $18 a share. The shares are due to start trading on Friday."
    assert _codes(source, "Kestrel's shares are due to start trading on Friday.") == []


def test_a_share_move_the_source_never_reports_is_still_an_error():
    source = "Kestrel cut its forecast for the year. It expects revenue of $2 billion."
    assert [c for c, _ in _codes(source, "The cut weighed on the shares in after-hours "
                                         "trading.")] == ["SUP003"]


# ------------------------------------------------------------------------------------ names
def test_a_place_before_an_institution_the_source_names():
    source = "LONDON - Britain's Financial Conduct Authority fined Corvid Bank 12 million pounds."
    assert _codes(source, "The UK Financial Conduct Authority fined Corvid Bank £12m.",
                  "entity") == []


def test_a_label_before_a_coded_name_the_source_gives():
    source = "The Phase II study, called ARROW-7, enrolled 300 patients in nine countries."
    assert _codes(source, "The Phase II ARROW-7 study enrolled 300 patients.", "entity") == []


def test_state_codes_name_the_states_the_source_spells_out():
    source = "Growers in Iowa and Ohio filed more claims after the drought."
    assert _codes(source, "Growers in IA and OH filed more claims.", "entity") == []
    found = check("Growers in Iowa filed more claims after the drought.",
                  "Growers in IA and OH filed more claims.", Settings(backend="lexical")).findings
    assert [f.text for f in found if f.kind == "entity"] == ["OH"]


# ---------------------------------------------------------- more faithful rewording, no alarm
def test_a_he_told_reporters_is_the_speaker_of_the_sentence_before():
    source = ("Governor Maria Olsen said the Monetary Policy Committee had discussed a larger "
              "move but agreed a 50 basis point cut was right for now. She told reporters the bank "
              "could lower rates by a further 25 basis points in March if inflation kept easing.")
    assert _codes(source, "Governor Maria Olsen said another 25bp cut was possible in March if "
                          "inflation keeps easing.", "entity") == []


def test_a_plan_the_summary_itself_says_is_not_assumed():
    source = ("That range assumes spot rates stay roughly flat. It does not assume any improvement "
              "in contract rates this year.")
    assert _codes(source, "The outlook assumes flat spot rates and no contract-rate improvement.",
                  "contradiction") == []


def test_a_date_after_a_later_figure_dates_that_figure():
    source = ("The bank raised its forecast for inflation at the end of this year to 3.9% from "
              "3.6%, and said inflation would return to 3% in the second half of next year.")
    assert _codes(source, "The bank lifted its year-end inflation forecast to 3.9% from 3.6% and "
                          "sees inflation back at 3% in the second half of next year.",
                  "date") == []


def test_a_slowdown_in_growth_is_still_growth():
    source = "For next year we expect same-store sales growth of 3% to 4%, after 6.1% this year."
    assert _codes(source, "The company expects a slowdown in same-store growth to 3% to 4% next "
                          "year.", "contradiction") == []


def test_a_word_of_a_name_is_not_the_same_word_in_lower_case():
    source = "Lower crop prices reduced insured liability per acre, the insurer said."
    assert _codes(source, "Westfield Insurance Group's quarterly earnings rose.",
                  "contradiction") == []


def test_a_company_name_still_anchors_its_own_action():
    source = "Harwick Capital kept its 12% stake and did not sell any shares in the offering."
    assert [c for c, _ in _codes(source, "Harwick Capital sold part of its stake in the "
                                         "offering.", "contradiction")] == ["CON001"]


# --------------------------------------------------------------- above or below a range itself
IPO_RANGE = ("Norvik priced its initial public offering at $27 per share on Wednesday, above its "
             "marketed range of $23 to $25. Analysts had expected pricing near the top.")


def test_below_the_range_for_a_price_above_it_is_an_error():
    assert [c for c, _ in _codes(IPO_RANGE, "Norvik priced its IPO at $27 a share, below its "
                                            "marketed range.", "contradiction")] == ["CON001"]


def test_above_the_range_passes():
    assert _codes(IPO_RANGE, "Norvik priced its IPO at $27 a share, above the marketed range.",
                  "contradiction") == []


def test_a_target_band_is_no_expectation():
    source = ("Economists had predicted a cut to 6.50%. Inflation slowed to 4.1% in August, "
              "above the bank's target range of 2% to 4%.")
    assert _codes(source, "Inflation fell to 4.1% in August, still above the bank's 2% to 4% "
                          "target range.", "contradiction") == []


# ----------------------------------------------------- an earlier level or a forecast as a result
EPS = ("Net income was $61.2 million, or $2.14 per diluted share, compared with $48.7 million, "
       "or $1.70, a year ago. Operating earnings per share were $2.02, up from $1.83.")


def test_the_level_a_move_started_from_is_no_current_figure():
    found = errors(EPS, "Operating EPS was $1.83.", "number")
    assert [(f.code, f.text) for f in found] == [("NUM012", "$1.83")]
    assert "$2.02" in found[0].message


def test_a_year_ago_figure_after_a_decimal_is_still_a_year_ago():
    assert _codes(EPS, "Diluted EPS was $1.70.", "number") == [("NUM012", "$1.70")]


def test_the_earlier_level_told_as_earlier_passes():
    assert _codes(EPS, "Operating EPS rose to $2.02 from $1.83.", "number") == []
    assert _codes(EPS, "Operating EPS $2.02 (prior year: $1.83).", "number") == []
    assert _codes(EPS, "Diluted EPS $2.14 ($1.70 in Q3 2023).", "number") == []


GUIDE = ("Fourth-quarter revenue was $318.4 million, up 12%, and same-club sales grew 6.8%. For "
         "2025, we expect revenue of $1.31 billion to $1.33 billion, same-club sales growth of 4% "
         "to 5%, and adjusted EBITDA of $420 million to $430 million.")


def test_an_item_of_a_guidance_list_given_as_the_quarters_result_is_an_error():
    assert _codes(GUIDE, "Q4 revenue grew 12% to $318.4M, with same-club sales up 4-5%.",
                  "number") == [("NUM013", "4-5%")]


def test_the_guidance_list_told_as_guidance_passes():
    assert _codes(GUIDE, "For 2025 it expects same-club sales growth of 4% to 5%.", "number") == []


# ---------------------------------------------------- SUP005: a consensus the source never gives
CALL = ("Operating earnings per share were $2.02, up from $1.83. Hail losses were in line with our "
        "expectations. We expect full-year operating EPS of $5.60 to $6.00.")


def test_beating_expectations_the_source_never_gives_is_an_error():
    assert _codes(CALL, "Operating EPS of $2.02 topped analyst expectations.") == [
        ("SUP005", "topped analyst expectations")]
    assert _codes(CALL, "EPS came in at $2.02, ahead of consensus.") == [
        ("SUP005", "ahead of consensus")]


def test_the_companys_own_expectations_are_no_consensus():
    assert _codes(CALL, "Hail losses were in line with expectations, the company said.") == []


def test_a_source_that_gives_a_forecast_leaves_the_verdict_to_the_contradiction_check():
    source = ("Underlying profit fell to $2.9 billion, broadly in line with analyst forecasts of "
              "$2.8 billion.")
    assert _codes(source, "Underlying profit of $2.9 billion was in line with forecasts.") == []


# ------------------------------------------------------------- talks concluded, a quote moved
LENDERS = ("Chief Financial Officer Robert Kaplan said the company was in talks with lenders to "
           "amend covenants on a $2 billion revolving credit facility and expected to conclude "
           "those discussions within weeks.")


def test_talks_said_to_be_concluded_while_still_going_on_is_an_error():
    assert [c for c, _ in _codes(LENDERS, "The company said it had concluded talks with lenders "
                                          "to amend covenants on its $2 billion credit facility.",
                                 "contradiction")] == ["CON017"]


def test_talks_opened_or_expected_to_conclude_pass():
    assert _codes(LENDERS, "The company expects to conclude talks with lenders on its $2 billion "
                           "credit facility within weeks.", "contradiction") == []
    assert _codes(LENDERS, "The company has opened talks with lenders to amend covenants on its "
                           "$2 billion credit facility.", "contradiction") == []


def test_a_quote_given_to_another_executive_with_blaming_is_an_error():
    source = ("Brightwell will close 340 stores. \"We have too many stores in places where people "
              "no longer shop,\" Chief Executive Melissa Tran said on a call with analysts. Chief "
              "Financial Officer Robert Kaplan said the company was in talks with lenders.")
    found = errors(source, "Brightwell will close 340 stores, with Chief Financial Officer Robert "
                           "Kaplan blaming too many stores in places where people no longer shop.",
                   "entity")
    assert [f.code for f in found] == ["ENT006"]
    assert "Melissa Tran" in found[0].message


# ------------------------------------------------------------------------------ affiliations
RATERS = ("Moody's cut Calloway to Baa3. S&P Global Ratings rates the company BBB. \"An adverse "
          "outcome could lead to a further downgrade,\" Moody's analyst Priya Venkataraman wrote.")


def test_an_analyst_given_another_agency_is_an_error():
    assert _codes(RATERS, "S&P Global analyst Priya Venkataraman warned of a further downgrade.",
                  "entity") == [("ENT008", "S&P Global")]


def test_the_analysts_own_agency_passes():
    assert _codes(RATERS, "Moody's analyst Priya Venkataraman warned of a further downgrade.",
                  "entity") == []


def test_the_companys_own_officer_with_the_companys_name_passes():
    source = ("Aureon Chief Executive Henrik Solberg said the plant needed public support. Chief "
              "Financial Officer Elise Marchetti said the rest would come from cash flow.")
    assert _codes(source, "Aureon's chief financial officer, Elise Marchetti, said the rest would "
                          "come from cash flow.", "entity") == []


def test_a_spokesmans_quote_given_to_the_general_counsel_is_an_error():
    source = ("Solace said it would appeal. General Counsel Rebecca Osei said the company was "
              "reviewing the ruling. Its spokesman, Aaron Pike, said the insurer was \"confident a "
              "new jury will again hold Solace accountable.\"")
    found = errors(source, "General Counsel Rebecca Osei said the insurer was confident a new jury "
                           "would again hold Solace accountable.", "entity")
    assert [f.code for f in found] == ["ENT006"] and "Aaron Pike" in found[0].message


def test_an_unnamed_spokeswomans_words_given_to_the_finance_chief_is_an_error():
    source = ("The court ruled the fee unfair. \"We respect the court's decision and will examine "
              "the written judgment carefully,\" a spokeswoman said. Chief Financial Officer "
              "Claudia Brenner will present results in March.")
    found = errors(source, "Chief Financial Officer Claudia Brenner said the company respected the "
                           "decision and would examine the written judgment carefully.", "entity")
    assert [f.code for f in found] == ["ENT006"]


def test_an_institution_named_before_a_participle_is_no_speaker():
    source = ("Chief executive David Penhale said the company was weighing all options, including "
              "an appeal to the Competition Appeal Tribunal, arguing the ruling would deny "
              "customers lower prices.")
    assert _codes(source, "Penhale said the company was weighing an appeal to the Competition "
                          "Appeal Tribunal, arguing the ruling would deny customers lower "
                          "prices.", "entity") == []


# ----------------------------------------------------- clauses joined by "as", "offset", denial
def test_a_figure_before_as_belongs_to_the_main_clause():
    source = ("Gross margin was 86.3%, up 150 basis points, reflecting mix as the older drug becomes "
              "a smaller part of the business.")
    assert _codes(source, "Gross margin widened 150 bps to 86.3% as the older drug shrinks.",
                  "contradiction") == []


def test_a_verb_joining_cause_and_effect_anchors_nothing():
    source = ("Total income edged up 3% to 4.61 billion pounds, helped by higher fees in wealth "
              "management, which offset a decline in net interest income.")
    assert _codes(source, "Total income rose 3% to £4.61 billion as higher wealth management fees "
                          "offset a fall in net interest income.", "contradiction") == []


def test_a_suggestion_the_speaker_pushed_back_on_is_not_claimed():
    source = ("Analyst: Are patient additions slowing? CEO: Actually, last quarter we added 39, so "
              "46 is an acceleration.")
    assert _codes(source, "The CEO pushed back on a suggestion that patient additions were "
                          "slowing, noting 46 new patients against 39.", "contradiction") == []


# ----------------------------------------------------------- transposed digits, earlier figures
def test_transposed_digits_about_the_same_thing_are_an_error_even_when_derivable():
    source = ("The listing values the firm at $6.1 billion. The co-founders will control about 78% "
              "of the combined voting power through Class B shares. Public investors will hold 9% "
              "and the remaining 13% stays with employees.")
    assert _codes(source, "The co-founders will keep about 87% of the voting power through Class "
                          "B shares.", "number") == [("NUM008", "87%")]


def test_a_figure_whose_digits_another_unrelated_figure_shares_passes():
    source = ("Employers added 168,000 jobs in January, more than the 145,000 forecast. Healthcare "
              "payrolls grew by 51,000 and government payrolls by 32,000.")
    assert _codes(source, "Employers added 168,000 jobs in January, 23,000 more than forecast.",
                  "number") == []


def test_the_current_figure_in_the_sentence_before_the_year_ago_one():
    source = ("Like-for-like sales rose 4.8% in the six weeks to Jan. 4. The growth, which compared "
              "with 6.1% in the same period a year earlier, was driven by online orders.")
    found = errors(source, "Like-for-like sales rose 6.1% in the six weeks to Jan. 4.", "number")
    assert [f.text for f in found] == ["6.1%"] and "4.8%" in found[0].message


def test_a_previous_range_told_as_previous_passes():
    source = ("The bank now expects impairment charges of 1.7 billion to 1.9 billion pounds, up "
              "from a previous forecast of 1.4 billion to 1.6 billion pounds.")
    assert _codes(source, "Impairment guidance raised to £1.7bn-£1.9bn (previously "
                          "£1.4bn-£1.6bn).", "number") == []
    assert _codes(source, "It now expects £1.7-1.9 billion instead of £1.4-1.6 billion.",
                  "number") == []


def test_the_old_range_given_as_the_new_guidance_is_an_error():
    source = ("We now expect full-year adjusted EPS of $2.35 to $2.45, up from $2.20 to $2.30. For "
              "the second quarter we expect about $0.70.")
    found = errors(source, "The company now expects adjusted EPS of $2.20-$2.30.", "number")
    assert [f.code for f in found] == ["NUM012"] and "$2.35" in found[0].message
    assert _codes(source, "FY adj. EPS guide $2.35-$2.45 (was $2.20-$2.30).", "number") == []


def test_the_heads_of_two_businesses_swapped_are_errors():
    source = ("Chief Executive Sarah Lindqvist will lead Meridian Screen after the split, while "
              "Finance Director Owen Pritchard will become chief executive of Meridian Press & "
              "Audio.")
    found = errors(source, "Finance Director Owen Pritchard will lead Meridian Screen, while CEO "
                           "Sarah Lindqvist will run Meridian Press & Audio.", "entity")
    assert [(f.code, f.text) for f in found] == [("ENT010", "Owen Pritchard"),
                                                ("ENT010", "Sarah Lindqvist")]
    assert _codes(source, "Sarah Lindqvist will lead Meridian Screen and Owen Pritchard will run "
                          "Meridian Press & Audio.", "entity") == []


def test_what_the_source_says_may_have_happened_stated_as_fact_is_an_error():
    source = ("He said a pre-specified subgroup of patients with reduced ejection fraction \"may "
              "have derived some benefit\", but cautioned that the analysis was exploratory.")
    assert _codes(source, "Patients with reduced ejection fraction benefited from the drug.",
                  "contradiction") == [("CON013", "benefited")]
    assert _codes(source, "A subgroup of patients with reduced ejection fraction may have "
                          "benefited, though the analysis was exploratory.", "contradiction") == []


# ------------------------------------------------- SUP006: a mood the source never reports
MILLS = ("Nordvik will cut 1,150 jobs and close two mills. It announced a buyback of up to 300 "
         "million euros and kept its dividend at 0.60 euros a share.")


def test_a_mood_of_investors_the_source_never_reports_is_an_error():
    assert _codes(MILLS, "Nordvik kept its dividend and announced a buyback, reassuring investors "
                         "about its debt.") == [("SUP006", "reassuring investors")]
    assert _codes(MILLS, "Nordvik will close two mills amid broader concerns about paper "
                         "demand.") == [("SUP006", "amid broader concerns")]


def test_a_source_that_speaks_of_a_mood_leaves_it_to_the_other_checks():
    source = MILLS + " Investors welcomed the buyback."
    assert [c for c, _ in _codes(source, "Investors welcomed the buyback.")] == []


def test_a_bound_on_the_savings_figure_given_to_the_charges_is_an_error():
    source = ("Prairie Northern will cut 1,150 jobs in a restructuring aimed at saving C$240 million "
              "a year by 2026. It expects restructuring charges of C$180 million to C$210 million, "
              "mostly in the third quarter.")
    found = errors(source, "It expects restructuring charges of up to C$240 million.", "number")
    assert [(f.code, f.text) for f in found] == [("NUM004", "C$240 million")]
    assert _codes(source, "It expects charges of up to C$210 million and savings of C$240 million "
                          "a year.", "number") == []


def test_a_restart_the_source_only_says_could_happen_is_an_error():
    source = ("Chief Executive Anna Ruiz said the line could restart some eastern Mediterranean "
              "sailings next summer if security conditions allow.")
    assert [c for c, _ in _codes(source, "The line has restarted some eastern Mediterranean "
                                         "sailings.", "contradiction")] == ["CON017"]
    assert _codes(source, "The line could restart some eastern Mediterranean sailings next "
                          "summer.", "contradiction") == []


def test_one_partys_description_on_another_partys_name_is_an_error():
    source = ("The offering includes shares sold by private equity owner Skarvet Partners. Pension "
              "fund Vestland Pensjon has committed to buy shares as a cornerstone investor.")
    found = errors(source, "The pension fund Skarvet Partners has committed to buy shares.",
                   "entity")
    assert [(f.code, f.text) for f in found] == [("ENT015", "pension fund Skarvet Partners")]
    assert _codes(source, "Private equity owner Skarvet Partners is selling shares.",
                  "entity") == []


def test_speed_up_against_slow_the_pace_is_a_flip():
    source = ("The deputy governor said the bank was watching the crown closely, warning that a "
              "sharp depreciation could slow the pace of easing.")
    assert [c for c, _ in _codes(source, "He warned that a sharp depreciation could speed up the "
                                         "pace of easing.", "contradiction")] == ["CON001"]
    assert _codes(source, "He warned that a sharp depreciation could slow the pace of easing.",
                  "contradiction") == []


def test_a_size_in_words_the_source_gives_otherwise_is_an_error():
    source = ("The finance chief said the group expects 2025 adjusted earnings per share to grow by "
              "a mid-single-digit percentage.")
    assert _codes(source, "The company expects adjusted EPS to grow at a double-digit rate in "
                          "2025.", "number") == [("NUM018", "double-digit")]
    assert _codes(source, "It expects EPS to grow by a mid-single-digit percentage.",
                  "number") == []


def test_a_size_the_source_gives_something_else_is_left_alone():
    source = ("We took 11% in rate this quarter. Severity trends are running in the high single "
              "digits.")
    assert [c for c, _ in _codes(source, "Double-digit rate increases helped margins.",
                                 "number") if c == "NUM018"] == []
