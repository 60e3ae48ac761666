"""Issue 13, round 9: a figure put on another metric, an old level given as the current one, a
statement given to the other speaker, "as expected" against the source's poll, and the false
alarms of fresh LLM summaries. Each case is a short invented source/summary pair, checked by
hand: `errors(...)` lists the error findings."""

from __future__ import annotations

from conftest import rule_errors as errors


def _codes(source: str, summary: str, check: str | None = None) -> list[tuple[str, str]]:
    return [(f.code, f.text) for f in errors(source, summary, check)]


# ------------------------------------- a source figure put on another metric (NUM004)
IPO = ("Ostwerk priced its initial public offering at 21 euros a share on Tuesday. The offering, "
       "which raised 840 million euros, was five times oversubscribed. Revenue rose 18% to 1.16 "
       "billion euros last year, while its order backlog stood at 3.9 billion euros.")


def test_revenue_given_as_the_amount_raised_is_an_error():
    found = errors(IPO, "Ostwerk priced its IPO at €21 a share, raising €1.16bn.", "number")
    assert [(f.code, f.text) for f in found] == [("NUM004", "€1.16bn")]
    assert "amount raised" in found[0].message and "840 million euros" in found[0].message


def test_the_amount_raised_passes():
    assert _codes(IPO, "Ostwerk priced its IPO at €21 a share, raising €840m.", "number") == []


def test_revenue_given_as_revenue_passes():
    assert _codes(IPO, "Ostwerk's revenue rose 18% to €1.16bn last year.", "number") == []


UTILITY = ("Moody's cut Tamsin Water to Baa3. The company has about 4.7 billion pounds of debt "
           "outstanding. Its finance director said the firm had liquidity of 1.2 billion pounds, "
           "enough to cover its needs until mid-2027.")


def test_liquidity_given_as_debt_is_an_error():
    found = errors(UTILITY, "Tamsin Water has about £1.2bn of debt outstanding.", "number")
    assert [(f.code, f.text) for f in found] == [("NUM004", "£1.2bn")]
    assert "4.7 billion pounds" in found[0].message


def test_liquidity_given_as_liquidity_passes():
    assert _codes(UTILITY, "Tamsin Water has liquidity of about £1.2bn, enough until mid-2027.",
                  "number") == []


BREWER = ("Haldane reported 2024 operating profit of 1.84 billion euros, up 3.1% on an organic "
          "basis. Net revenue rose 5.6% organically to 11.2 billion euros.")


def test_revenue_growth_given_as_profit_growth_is_an_error():
    found = errors(BREWER, "Haldane reported a 5.6% organic rise in operating profit.", "number")
    assert [(f.code, f.text) for f in found] == [("NUM004", "5.6%")]
    assert "3.1%" in found[0].message


def test_a_metric_in_the_clause_before_is_not_the_figure_s_metric():
    # "sales" belongs to the first clause; the loss has its own word after the figure.
    source = ("Comparable sales fell 5.8% in the quarter. The company swung to a net loss of $38 "
              "million from a profit of $52 million a year earlier. Revenue was $412 million.")
    assert _codes(source, "Comparable sales fell 5.8%, and the company slipped to a $38 million "
                          "loss.", "number") == []


def test_a_per_share_figure_is_not_set_against_a_total():
    source = ("Net income was $48.6 million, or $0.92 per diluted share. The company expects "
              "full-year earnings per share of $3.60 to $3.90 and revenue of $1.58 billion.")
    assert _codes(source, "Earnings per share rose to $0.92 in the quarter.", "number") == []


def test_a_bond_sale_raises_debt():
    source = ("Castell sold 1.25 billion pounds of bonds on Tuesday, drawing orders of more than "
              "5.8 billion pounds. Proceeds will refinance 900 million pounds of loans.")
    assert _codes(source, "Castell raised £1.25bn in a bond sale, with orders topping £5.8bn.",
                  "number") == []


# ------------------------------------- the old level of a move given as the current one (NUM005)
MARGIN = ("Kessel reported 2024 revenue of 3.42 billion euros, up 6%, but said its adjusted EBIT "
          "margin fell to 3.8% from 5.1%.")


def test_the_old_margin_given_as_the_year_s_margin_is_an_error():
    found = errors(MARGIN, "Kessel's 2024 revenue rose 6% to €3.42bn, with an adjusted EBIT margin "
                           "of 5.1%.", "number")
    assert [(f.code, f.text) for f in found] == [("NUM005", "5.1%")]
    assert "3.8%" in found[0].message


def test_the_old_margin_given_as_the_old_one_passes():
    assert _codes(MARGIN, "Kessel's adjusted EBIT margin fell to 3.8% from 5.1%.", "number") == []
    assert _codes(MARGIN, "Kessel's adjusted EBIT margin was 3.8%, down from 5.1%.",
                  "number") == []


def test_a_quoted_new_level_is_still_the_new_level():
    source = 'Lumen also lowered its target for adjusted operating margin to "around 12%" from 18-20%.'
    found = errors(source, "Lumen now targets an adjusted operating margin of 18-20%.", "number")
    assert [(f.code, f.text) for f in found] == [("NUM005", "18-20%")]


# ------------------------------------- a statement the source has another person make (ENT006)
STEEL = ("Chief Executive Helen Marr said the group had cut its fixed costs by 95 million pounds "
         "during the year. Finance Director Raj Sood said net debt rose to 1.21 billion pounds from "
         "940 million pounds, pushing leverage to 2.9 times EBITDA, and that the group aimed to "
         "bring it back below 2.5 times by the end of 2026.")


def test_the_finance_director_s_figures_given_to_the_chief_executive_are_an_error():
    # The figures (1.21, 2.5, 2026) say whose statement it is as much as the words do.
    found = errors(STEEL, "Chief Executive Helen Marr said net debt had risen to £1.21bn, with "
                          "leverage targeted to fall below 2.5 times by the end of 2026.", "entity")
    assert [(f.code, f.text) for f in found] == [("ENT006", "Chief Executive Helen Marr")]
    assert "Raj Sood" in found[0].message


def test_the_finance_director_s_figures_given_to_him_pass():
    assert _codes(STEEL, "Finance Director Raj Sood said net debt had risen to £1.21bn, with "
                         "leverage targeted to fall below 2.5 times by the end of 2026.",
                  "entity") == []


LUXURY = ("Sales in Asia fell 14%, Chief Financial Officer Claire Dufresne told analysts. "
          '"We do not expect a rebound in China before the second half," Dufresne said, adding '
          "that the group would keep prices broadly unchanged this year after increases averaging "
          "7% in 2024. Chief Executive Antoine Valmont said the company would open 12 new stores "
          'in 2025 and reiterated a target for an operating margin "close to" last year\'s 31.5%.')


def test_a_second_statement_after_and_reiterated_is_read_on_its_own():
    found = errors(LUXURY, "Chief Executive Antoine Valmont said the group would hold prices "
                           "broadly steady this year after average increases of 7% in 2024, and "
                           "reiterated an operating margin target close to last year's 31.5%.",
                   "entity")
    assert [(f.code, f.text) for f in found] == [("ENT006", "Chief Executive Antoine Valmont")]
    assert "Dufresne" in found[0].message


def test_his_own_two_statements_pass():
    assert _codes(LUXURY, "Chief Executive Antoine Valmont said the company would open 12 new "
                          "stores in 2025, and reiterated an operating margin target close to last "
                          "year's 31.5%.", "entity") == []


# ------------------------------------- "as expected" against what most forecasters expected (CON019)
CHILE = ("The central bank cut its benchmark rate by 50 basis points to 4.75% on Tuesday. "
         "Thirteen of 18 economists polled had expected a quarter-point move.")


def test_a_poll_counted_in_words_past_twelve_is_read():
    found = errors(CHILE, "The central bank cut its rate by 50 basis points to 4.75%, in line with "
                          "most economists' forecasts.", "contradiction")
    assert [f.code for f in found] == ["CON019"]
    assert "25 basis point" in found[0].message


SURPRISE = ("The central bank cut its key rate by 50 basis points to 4.75% on Tuesday, a larger "
            "reduction than most economists had forecast. Inflation slowed to 3.4% in December.")


def test_a_move_the_source_calls_larger_than_forecast_was_not_expected():
    found = errors(SURPRISE, "The central bank cut its key rate by 50 basis points to 4.75%, as "
                             "economists had expected.", "contradiction")
    assert [f.code for f in found] == ["CON019"]
    assert "larger reduction than most economists had forecast" in found[0].message


def test_more_than_expected_about_something_else_is_no_surprise():
    source = ("The Bank of Canada cut its key rate by 25 basis points to 3.25% and said it was "
              "prepared to lower borrowing costs further if the economy weakened more than "
              "expected.")
    assert _codes(source, "The Bank of Canada cut its rate by 25 bp to 3.25%, as expected.",
                  "contradiction") == []


# ------------------------------------- false alarms on faithful LLM summaries
def test_a_range_with_its_scale_on_the_second_end_is_one_range():
    source = "We now expect fiscal 2025 net sales of $2.45 billion to $2.52 billion."
    assert _codes(source, "Management raised guidance for sales ($2.45 to $2.52 billion).") == []


def test_unchanged_in_the_next_clause_is_not_the_figure_s():
    source = ("Occupancy rose 2.4 percentage points to 78.1%, while the average daily rate was "
              "essentially flat at $241.")
    assert _codes(source, "Occupancy climbed to 78.1%, while room rates were essentially "
                          "unchanged at $241.") == []


def test_a_move_measured_another_way_beside_a_level_is_not_its_move():
    source = ("Net sales were $612 million, up 11% from a year earlier. Organic growth was 8%, "
              "with an acquisition adding the rest.")
    assert _codes(source, "Sales rose 11% to $612M (8% organic).", "number") == []


def test_a_hold_the_source_states_with_the_same_figure_is_not_set_against_a_raise():
    source = ("We now expect fiscal 2025 net sales of $2.45 billion to $2.52 billion. We are "
              "raising adjusted EPS guidance to $5.60 to $5.80. Free cash flow guidance is "
              "unchanged at $260 million to $290 million.")
    assert _codes(source, "The company lifted FY25 guidance to $2.45-2.52B in sales and $5.60-5.80 "
                          "in adjusted EPS, leaving FCF guidance at $260-290M.",
                  "contradiction") == []


def test_a_headline_with_a_contraction_holds_no_names():
    source = "Kestrel's aftermarket sales grew 17%. Management was cautious about next year."
    assert _codes(source, "**Spare Parts Keep Kestrel Flying, but Management Isn't Counting on "
                          "Miracles**\n\nKestrel's aftermarket sales grew 17%.", "entity") == []


def test_a_label_after_a_possessive_is_not_a_name():
    source = ("Tamarind said in a statement to the Australian Securities Exchange that its board was "
              "considering the revised proposal.")
    assert _codes(source, "**Tamarind's Stance:** The board is considering the revised proposal.",
                  "entity") == []


def test_a_bare_number_takes_the_unit_of_the_figure_before_it():
    source = ("The CFO said the acquisition diluted margins by about 40 basis points. An analyst "
              "had estimated the dilution at about 100 basis points. The plan assumes 38 aircraft "
              "a month, not the 42 the analyst suggested.")
    assert _codes(source, "The acquisition diluted margins by about 40 basis points, less than an "
                          "analyst's estimate of 100.", "number") == []


def test_a_counted_number_does_not_borrow_a_unit():
    source = "Sales in Asia rose 3%, the first increase in seven quarters, while Japan dropped 11%."
    assert _codes(source, "Sales in Asia rose 3%, their first gain in 11 quarters.",
                  "number") == [("NUM001", "11")]


def test_words_counted_by_a_figure_before_are_not_the_subject_of_the_next_one():
    source = ("We closed the acquisition of four small water systems, adding roughly 6,200 customer "
              "connections, and we have agreements for five more systems, representing about 9,000 "
              "connections.")
    assert _codes(source, "It added about 6,200 customer connections by acquiring four small "
                          "systems.", "number") == []


def test_two_one_digit_figures_are_no_slip_of_each_other():
    # 12 - 2 = 10: the old dividend, worked out from the raise.
    source = "The miner also lifted its quarterly dividend by 2 cents to 12 cents a share."
    assert _codes(source, "It raised its quarterly dividend to 12 cents from 10 cents.",
                  "number") == []


# ------------------------------------- an end of a range given as a figure of its own (NUM004)
IPO_RANGE = ("Carlow priced its IPO at $27 a share, the top of the marketed range of $24 to $27, "
             "raising $1.08 billion.")


def test_the_bottom_of_the_range_given_as_the_price_is_an_error():
    found = errors(IPO_RANGE, "Carlow sold 40 million shares at $24 each.", "number")
    assert [(f.code, f.text) for f in found] == [("NUM004", "$24")]
    assert "$24 to $27" in found[0].message


def test_the_range_end_called_an_end_passes():
    assert _codes(IPO_RANGE, "Carlow priced at $27, the top of its $24 to $27 range.",
                  "number") == []
    assert _codes(IPO_RANGE, "Carlow's marketed range started at $24.", "number") == []


def test_both_ends_given_as_a_move_pass():
    source = "We now expect diluted EPS of $4.30 to $4.55, versus $4.50 to $4.80 previously."
    assert _codes(source, "The company now expects EPS of $4.30 to $4.55, down from $4.50 to "
                          "$4.80.", "number") == []


# ------------------------------------- the company's forecast given as a result (NUM013)
HOMES = ("Ashby Homes sees full-year gross margin on home sales of 20.5% to 21%, compared with 22% "
         "to 22.5% previously. Gross margin on home sales narrowed to 21.2% from 23.9%.")


def test_a_forecast_range_given_as_the_quarter_s_result_is_an_error():
    found = errors(HOMES, "Ashby said its gross margin on home sales was 20.5% to 21% in the "
                          "quarter.", "number")
    assert [(f.code, f.text) for f in found] == [("NUM013", "20.5% to 21%")]


def test_a_forecast_given_as_a_forecast_passes():
    assert _codes(HOMES, "Ashby now sees a full-year gross margin of 20.5% to 21%.",
                  "number") == []
    assert _codes(HOMES, "- **Guidance:** gross margin 20.5% to 21% (was 22% to 22.5%)",
                  "number") == []


# ------------------------------------- a record the source gives nothing of (SUP004)
def test_a_record_is_unsupported_when_the_source_ranks_only_something_else():
    source = ("Backlog ended the quarter at $2.9 billion, up 9% year over year. Commercial "
              "aftermarket was again our strongest business.")
    found = errors(source, "Kestrel ended the quarter with a record backlog of $2.9 billion.",
                   "unsupported")
    assert [f.code for f in found] == ["SUP004"]


def test_a_record_the_source_ranks_is_not_sup004():
    source = "Backlog ended the quarter at $2.9 billion, the highest backlog in our history."
    assert [f.code for f in errors(source, "Kestrel ended the quarter with a record backlog of "
                                           "$2.9 billion.", "unsupported")] == []


# ------------------------------------- a speaker's label is a name, a heading's label is not
def test_a_quote_given_to_the_other_executive_in_a_bullet_is_an_error():
    source = ("Alan Kessler, CEO: Thank you. Demand was strong.\n"
              "Rachel Obi, CFO: I wouldn't underwrite 63% gross margin in the fourth quarter, given "
              "the dilution from Lumatek and start-up costs.\n")
    found = errors(source, '- CEO Alan Kessler: "I wouldn\'t underwrite 63%" gross margin in Q4, '
                           "citing Lumatek dilution and start-up costs", "entity")
    assert [f.code for f in found] == ["ENT006"]


# ------------------------------------- an effect the source rules out (CON020)
PROVISION = ("Telvara AB will book a provision of 1.25 billion crowns in the first quarter, which it "
             "said would not affect its proposed 2.40-crown dividend.")


def test_an_effect_the_source_rules_out_is_an_error():
    found = errors(PROVISION, "Telvara said the provision would reduce its proposed dividend.",
                   "contradiction")
    assert [(f.code, f.text) for f in found] == [("CON020", "would reduce")]
    assert "would not affect" in found[0].message


def test_the_effect_ruled_out_in_the_summary_too_passes():
    assert _codes(PROVISION, "Telvara said the provision would not affect its proposed dividend.",
                  "contradiction") == []


FINE = ("Tessaro said it had already set aside 30 million pounds for the penalty, so the fine would "
        "have no further impact on its 2025 results. The FCA also banned new high-risk merchants, "
        "a restriction the company said would reduce 2025 revenue by low single digits.")


def test_no_further_impact_rules_out_a_hit():
    found = errors(FINE, "The company said the fine would hit its 2025 results.", "contradiction")
    assert [(f.code, f.text) for f in found] == [("CON020", "would hit")]


def test_an_effect_the_source_states_on_that_thing_passes():
    assert _codes(FINE, "The company said the ban would reduce its 2025 revenue.",
                  "contradiction") == []


# ------------------------------------- a forecast dated to an earlier report (CON010)
def test_a_range_compared_with_an_earlier_report_s_tells_lowered():
    source = ("Governor Ricardo Valdes said the bank saw 2025 growth of 1.75% to 2.5%, compared with "
              "2.0% to 2.75% in its September report.")
    found = errors(source, "The bank raised its 2025 growth forecast to 1.75%-2.5%.",
                   "contradiction")
    assert [f.code for f in found] == ["CON010"]
    assert _codes(source, "The bank lowered its 2025 growth forecast to 1.75%-2.5%.",
                  "contradiction") == []


# ------------------------------------- a figure put above a range that holds it (CON021)
TOP = "Carraway priced its IPO at $27 a share, the top of the marketed range of $24 to $27."


def test_a_price_at_the_top_of_its_range_is_not_above_it():
    found = errors(TOP, "Carraway priced its IPO above its range at $27 a share.", "contradiction")
    assert [(f.code, f.text) for f in found] == [("CON021", "above its range")]


def test_a_price_at_the_top_of_its_range_passes():
    assert _codes(TOP, "Carraway priced its IPO at the top of its range, at $27 a share.",
                  "contradiction") == []


# ------------------------------------- a date that ends a clause of its own (DATE008)
CUTS = ("Kessler said on Tuesday it would cut about 1,450 jobs, or 9% of its workforce, by the end "
        "of 2026 and close a plant in Saxony. The restructuring will cost 210-240 million euros, "
        "mostly booked in its 2025 financial year.")


def test_a_year_after_a_comma_is_read_with_the_clauses_before_it():
    found = errors(CUTS, "Kessler will cut around 1,450 jobs, or 9% of its workforce, by the end "
                         "of 2025.", "date")
    assert [(f.code, f.text) for f in found] == [("DATE008", "2025")]
    assert "2026" in found[0].message


def test_the_year_the_source_gives_for_the_cuts_passes():
    assert _codes(CUTS, "Kessler will cut around 1,450 jobs, or 9% of its workforce, by the end of "
                        "2026.", "date") == []


def test_two_months_the_source_gives_as_one_range_are_dated_together():
    source = ("The fiscal year begins April 1, so today's results cover April through June 2025. "
              "Net new postpaid phone customers slowed, mainly because of the price increase on "
              "legacy plans in May.")
    assert _codes(source, "The carrier signed up 142,000 net new postpaid phone customers between "
                          "April and June.", "date") == []


# ------------------------------------- false alarms on faithful summaries, round 9c
def test_a_negation_through_an_assumption_verb_is_read():
    source = ("For the fourth quarter we assume volumes roughly flat, and we are not assuming any "
              "improvement in European construction.")
    assert _codes(source, "Management assumes flat volumes and no improvement in European "
                          "construction.", "contradiction") == []


def test_no_with_three_words_before_the_noun_is_a_negation():
    source = "The guidance assumes no additional menu price increases beyond the 1.5% taken in October."
    assert _codes(source, "The outlook assumes no menu price increases beyond October's 1.5%.",
                  "contradiction") == []


LOSS = ("Northgate's pretax loss widened to 48.2 million pounds from 21.7 million pounds. Analysts "
        "had on average expected a loss of 35 million pounds.")


def test_a_bigger_loss_than_expected_is_worse_than_expected():
    assert _codes(LOSS, "Northgate's pretax loss widened to £48.2 million, worse than the £35 "
                        "million analysts expected.", "contradiction") == []


def test_a_bigger_loss_than_expected_is_not_better_than_expected():
    found = errors(LOSS, "Northgate's pretax loss widened to £48.2 million, better than the £35 "
                         "million analysts expected.", "contradiction")
    assert [f.code for f in found] == ["CON001"]


def test_the_old_and_new_levels_of_one_thing_are_not_swapped():
    source = ("She was proud of the online business, which now accounts for 31% of sales, up from "
              "19% when she joined.")
    assert _codes(source, "In her time online sales rose from 19% to 31% of the total.",
                  "number") == []
    source = ("Corran had offered to sell 190 stores to a third-party buyer, later increasing that "
              "to 245 in August.")
    assert _codes(source, "The regulator said Corran's enlarged offer to sell 245 stores fell "
                          "short.", "number") == []


def test_a_figure_after_an_aside_belongs_to_the_subject_before_it():
    source = ("Tessaline shares, which have gained about 18% so far this year, were down 4.2% at "
              "1,146 pence by 0910 GMT.")
    assert _codes(source, "Tessaline's shares were down 4.2% in morning trading.", "number") == []


def test_a_year_or_an_ordinal_is_no_subject_of_a_figure():
    source = ("The 53rd week contributed about $0.07 to EPS. The extra week contributed "
              "approximately $74 million; excluding it, revenue grew about 6%.")
    assert _codes(source, "Revenue grew about 6% without the 53rd week's roughly $74 million "
                          "contribution.", "number") == []


def test_a_subject_named_after_the_figure_is_its_subject():
    source = ("Sales in Asia excluding Japan fell 14% at constant currencies. The Americas rose 9% "
              "and Europe was flat, while Japan grew 6%.")
    assert _codes(source, "A 14% drop in Asia excluding Japan outweighed 9% growth in the "
                          "Americas.", "number") == []


def test_two_figures_swapped_in_one_summary_sentence_are_still_an_error():
    source = ("Exports to mainland China fell 11.8% in December, while those to Hong Kong rose "
              "6.4%, the first monthly gain there since May.")
    found = errors(source, "In December, exports to Hong Kong fell 11.8% while shipments to "
                           "mainland China rose 6.4%.", "number")
    assert {f.code for f in found} == {"NUM004"}
    source = ("International revenue was $186 million, up 4% as reported and 9% in constant "
              "currency, as the peso weakened.")
    found = errors(source, "International revenue grew 9% to $186M, or 4% in constant currency.",
                   "number")
    assert [f.code for f in found][:1] == ["NUM004"]


def test_a_negation_reaches_the_object_of_take():
    source = ('"We don\'t plan to take further list-price increases this year; our focus now is on '
              'promotions," the chief executive said.')
    assert _codes(source, "The CEO said there will be no further list-price increases this "
                          "year.", "contradiction") == []


def test_a_question_in_the_source_states_nothing():
    source = ("Analyst: With oil below $70, would you consider cutting the 2025 capital budget by "
              "10% or more?\nCFO: Our budget works at $60 oil.")
    assert _codes(source, "Management isn't planning to trim the 2025 budget, noting it works at "
                          "$60 oil.", "contradiction") == []


def test_no_further_easing_read_through_a_double_negation_is_no_clash():
    source = ('The central bank held rates at 3.85%. "We are not saying no to further easing," the '
              "governor said.")
    assert _codes(source, "The governor stressed that further easing was not ruled out.",
                  "contradiction") == []


def test_a_negated_expectation_and_a_negated_view_agree():
    source = ('"The capacity pullback tells you management doesn\'t expect a quick rebound," said '
              "Evan Moss, an analyst.")
    assert _codes(source, "Analyst Evan Moss said the capacity pullback signals management doesn't "
                          "see a quick rebound.", "contradiction") == []


def test_not_equal_sign_reads_as_not():
    source = "Should we read that as a broader retreat from hydrogen? And no, it is not a retreat."
    assert _codes(source, "- Blue ammonia exit \u2260 retreat from hydrogen",
                  "contradiction") == []


def test_a_grain_price_in_eighths_is_one_figure():
    source = ("The November soybean contract settled down 21-1/4 cents at $9.68-1/2 per bushel, its "
              "lowest close since October 2020.")
    assert _codes(source, "November beans settled down about 21 cents at roughly $9.68 a bushel.",
                  "number") == []
    found = errors(source, "November beans settled down 12-1/4 cents at $9.68-1/2 a bushel.",
                   "number")
    assert [f.code for f in found] and found[0].text == "12-1/4 cents"


def test_ships_and_vessels_count_the_same_thing():
    source = ("Baltica operates 47 ships. The deal would create an operator with a combined fleet of "
              "112 vessels.")
    assert _codes(source, "The combined operator would run 112 ships.", "number") == []


def test_a_move_restated_annualized_has_the_same_subject():
    source = ("Loans grew 1.8% from the first quarter, or about 7% annualized, to $9.84 billion, led "
              "by commercial lending.")
    assert _codes(source, "Loans grew at roughly a 7% annualized pace, driven by commercial "
                          "lending.", "number") == []


def test_a_guarantee_drops_the_source_s_condition():
    source = ("It is a production order, and we expect it to lead to additional orders over the next "
              "12 to 18 months if it performs.")
    found = errors(source, "The CEO said the win guarantees additional orders over the next 12 to "
                           "18 months.", "contradiction")
    assert [f.code for f in found] == ["CON013"]
    assert "if it performs" in found[0].message


def test_a_move_year_over_year_to_its_level_is_that_level_s_move():
    source = ("Revenue was $486 million, up 14% from a year ago. In advanced logic, revenue rose 31% "
              "year over year to $214 million.")
    found = errors(source, "Advanced logic revenue rose 14% to $214M.", "number")
    assert [(f.code, f.text) for f in found] == [("NUM004", "14% to $214M")]


def test_a_speaker_label_of_common_words_still_names_a_person():
    source = ('"We will grow volumes 5% next year across every region," Chief Executive Anna Berg '
              "said. Chief Financial Officer Mark Rose said costs would stay flat.")
    found = errors(source, '**CFO Mark Rose:** "We will grow volumes 5% next year across every '
                           'region"', "entity")
    assert [f.code for f in found] == ["ENT006"]


RATE = "Its net private sales rate per outlet per week was 0.61, compared with 0.54 a year earlier."


def test_last_year_s_level_given_as_this_year_s_is_an_error_beside_a_from():
    found = errors(RATE, "The sales rate per outlet slipped to 0.54 from 0.61 a year earlier.",
                   "number")
    assert [(f.code, f.text) for f in found] == [("NUM012", "0.54")]


def test_a_figure_and_its_comparison_base_are_one_thing_s_levels():
    assert _codes(RATE, "The sales rate per outlet was 0.54 a year earlier.", "number") == []
    assert _codes(RATE, "The sales rate per outlet rose to 0.61 from 0.54 a year earlier.",
                  "number") == []


def test_the_prior_year_quarter_s_figure_given_as_this_quarter_s_is_an_error():
    source = "Excluding those items, non-GAAP EPS was $0.86, versus $0.79 in the prior-year quarter."
    found = errors(source, "Non-GAAP EPS came in at $0.79.", "number")
    assert [(f.code, f.text) for f in found] == [("NUM012", "$0.79")]
    source = ("Adjusted diluted earnings per share were $1.92 compared with $2.01 last year.")
    found = errors(source, "Adjusted diluted earnings per share were $2.01.", "number")
    assert [(f.code, f.text) for f in found] == [("NUM012", "$2.01")]
    assert _codes(source, "Adjusted EPS was $1.92, down from $2.01 last year.", "number") == []
