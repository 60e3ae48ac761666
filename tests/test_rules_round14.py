"""Issue 13, round 14: a direction word tied to a source statement only by a small round figure
("down 2%" against "growth of 2% to 3.5%"), and the cases around it. Each case is a short
invented source/summary pair, checked by hand: `errors(...)` lists the error findings."""

from __future__ import annotations

from conftest import rule_errors as errors


def _codes(source: str, summary: str, check_kind: str | None = None) -> list[tuple[str, str]]:
    return [(f.code, f.text) for f in errors(source, summary, check_kind)]


def _all(source: str, summary: str):
    """Every finding, warnings too."""
    from summarizer import check
    from summarizer.settings import Settings

    return check(source, summary, Settings(backend="lexical")).findings


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


# ------------------------------------------------------------ dates by offset and by base
ARREARS = ("Mortgages more than 90 days in arrears rose to 2.4 billion euros at the end of "
           "September from 1.7 billion euros three months earlier, the lender said.")


def test_a_figure_dated_by_an_offset_is_the_offset_month():
    assert _codes(ARREARS, "Arrears of more than 90 days rose to €2.4bn from €1.7bn at the end "
                           "of June.", "date") == []


def test_the_later_figure_keeps_its_own_month():
    found = _codes(ARREARS, "Arrears of more than 90 days rose to €2.4bn at the end of June.",
                   "date")
    assert [code for code, _ in found] == ["DATE007"]


def test_a_source_quarter_after_sequentially_from_is_the_base_not_the_figure_date():
    source = ("For the fourth quarter, we expect the operating ratio to worsen by 120 to 180 "
              "basis points sequentially from the third quarter.")
    assert _codes(source, "Q4 operating ratio is guided to worsen 120-180 bps sequentially.",
                  "date") == []


# ------------------------------------------------------------ sentence-initial words, expectations
def test_an_inflection_of_a_source_word_starting_a_sentence_is_no_name():
    source = ("Kestrel Freight said it had insourced more linehaul work, cutting purchased "
              "transportation to 6.1% of revenue from 8.2%. Stonebridge Equity Research analyst "
              "Tom Reyes asked about pricing.")
    assert _codes(source, "Insourcing linehaul cut purchased transportation to 6.1% of revenue "
                          "from 8.2%.", "entity") == []


def test_a_capitalised_head_of_a_hyphenated_word_is_no_name():
    source = ("Statutory profit before tax fell 18% to 412 million pounds, Harwick Building "
              "Society said.")
    assert _codes(source, "Pre-tax profit fell 18% to £412m.", "entity") == []


def test_a_figure_the_summary_gives_as_analysts_forecast_is_not_a_result():
    source = ("Statutory profit before tax fell 18% to 412 million pounds from 503 million. "
              "Analysts at Pelham Rowe had forecast profit of 395 million pounds.")
    assert _codes(source, "Pre-tax profit dropped 18% to £412m, still above the £395m Pelham "
                          "Rowe had pencilled in.", "number") == []


# ------------------------------------------------------------ a period, an increment and its level
def test_the_half_to_a_date_is_a_period_not_a_fraction():
    source = ("Toll revenue rose 7.1% to 1.62 billion Australian dollars in the six months to "
              "Dec. 31. About two-thirds of revenue growth came from toll price increases.")
    assert _codes(source, "Toll revenue grew about 7% to A$1.62bn in the half to December 31.",
                  "number") == []
    found = _codes(source, "About half of revenue growth came from toll price increases.",
                   "number")
    assert [code for code, _ in found] == ["NUM002"]  # a fraction still is one


def test_an_increment_and_the_level_it_reached_are_one_thing():
    source = ("Total revenue grew 9% to $14.8 billion, and we ended the quarter with 6.42 million "
              "medical members, an increase of 180,000 since December.")
    assert _codes(source, "Revenue increased 9% to $14.8 billion, and the company added 180,000 "
                          "medical members since December to reach 6.42 million.", "number") == []


# ------------------------------------------------------------ sales are revenue; a comparison's pair
DTC = ("Direct-to-consumer revenue, including its own stores and e-commerce, grew 12% in the "
       "quarter, with online sales up 18%.")


def test_a_channel_figure_given_to_the_whole_channel_is_an_error_whatever_revenue_is_called():
    assert [c for c, _ in _codes(DTC, "Direct-to-consumer sales grew 18%, led by e-commerce.",
                                 "number")] == ["NUM004"]
    assert _codes(DTC, "Direct-to-consumer sales grew 12%, with online sales up 18%.",
                  "number") == []


def test_a_basis_right_after_the_figure_tells_which_figure_it_is():
    source = ("Latin America revenue was $1.12 billion, down 3.5% as reported but up 6.2% in "
              "constant currency, reflecting weaker pesos.")
    assert _codes(source, "Latin American sales grew just over 6% in constant currency.",
                  "number") == []


def test_a_wrong_comparison_base_is_flagged_on_the_pair():
    source = ("Gross margin narrowed to 4.8% from 17.3% in the first half of 2023. In the second "
              "quarter alone, the margin was 3.1%, down from 6.6% in the first quarter.")
    assert _codes(source, "Gross margin was 4.8%, down from 6.6% a year earlier.",
                  "number") == [("NUM004", "4.8%, down from 6.6%")]


# ------------------------------------------------------------ a plan told as done
SAVINGS = ("Chief Financial Officer Priya Raman said cost cuts had lowered cash production costs "
           "to $58 per tonne, from $64 a year earlier, and that the company was on track to "
           "deliver $150 million in annual savings by the end of 2025.")


def test_savings_the_source_is_on_track_to_deliver_are_not_delivered():
    for summary in ("Raman said the company has already delivered $150 million in annual savings.",
                    "The company achieved $150 million in annual savings."):
        assert [c for c, _ in _codes(SAVINGS, summary, "contradiction")] == ["CON017"], summary
    assert _codes(SAVINGS, "Raman said the company is on track to deliver $150 million in "
                           "annual savings by end-2025.", "contradiction") == []


def test_a_delivered_rate_cut_is_the_cut_itself():
    source = ("The central bank cut its main rate by 50 basis points to 6.25%. Economists said "
              "the bank could deliver another 50 bp cut in March.")
    assert _codes(source, "The bank delivered a 50 bp rate cut to 6.25%.", "contradiction") == []


def test_a_base_of_a_comparison_moved_from_another_period_is_an_error():
    source = ("Operating profit rose 9% to 318 million crowns, lifting the EBIT margin to 14.9% "
              "from 14.2%. For 2025 the company expects an EBIT margin of 13.5-14.5%, compared "
              "with 13.8% in 2024.")
    assert _codes(source, "Guidance for 2025 calls for an EBIT margin of 13.5–14.5%, compared "
                          "with 14.2% in 2024.", "number") == [("NUM004", "14.2%")]
    assert _codes(source, "Guidance for 2025 calls for an EBIT margin of 13.5–14.5%, compared "
                          "with 13.8% in 2024.", "number") == []


def test_a_year_moved_onto_a_clause_that_plainly_belongs_to_another_year_is_an_error():
    source = ("Kaarna will close its paper mill by the end of the first quarter of 2025, cutting "
              "about 370 jobs. The closure is expected to improve the paper division's annual "
              "operating result by about 40 million euros from 2026.")
    summary = ("Kaarna will close the mill by early 2025, and expects an annual improvement of "
               "roughly €40 million in the paper division's operating result from {}.")
    assert [c for c, _ in _codes(source, summary.format(2025), "date")] == ["DATE008"]
    assert _codes(source, summary.format(2026), "date") == []


def test_basis_points_are_not_matched_to_a_percentage_of_something_else():
    source = ("Retail sales rose 0.5% in June. Money markets priced an 85% chance of a "
              "25-basis-point cut on Sept. 4.")
    found = _codes(source, "Markets price an 85% chance of a 50-basis-point cut on Sept. 4.",
                   "number")
    assert [c for c, _ in found] in (["NUM002"], ["NUM008"])  # another figure, not 0.5%
    assert _codes(source, "Markets price an 85% chance of a 25-basis-point cut on Sept. 4.",
                  "number") == []


def test_what_a_guidance_range_implies_moved_from_another_figure_is_an_error():
    source = ("Core funds from operations were $1.87 per share, up 9% from $1.71 a year earlier. "
              "For 2025, we expect core FFO per share of $7.85 to $8.05, which at the midpoint "
              "represents growth of about 7%.")
    summary = ("For 2025 the company expects core FFO per share of $7.85 to $8.05, representing "
               "growth of about {}% at the midpoint.")
    assert _codes(source, summary.format(9), "number") == [("NUM004", "9%")]
    assert _codes(source, summary.format(7), "number") == []


def test_two_owners_shares_swapped_are_errors():
    source = ("Varden Motors and Hanseong Energy will build a battery plant. Varden will own 51% "
              "of the venture and Hanseong 49%. Varden shares rose 1.8%.")
    found = _codes(source, "Hanseong will hold a 51% majority stake and Varden 49%.", "number")
    assert found == [("NUM004", "51%"), ("NUM004", "49%")]
    assert _codes(source, "Varden will hold a 51% stake and Hanseong 49%.", "number") == []
    assert _codes(source, "In November Varden shares rose 1.8%.", "number") == []


# ------------------------------------------------------------ an aim told as a plan, a price
PICKUP = ("Varden said the cells would go into a family of smaller electric SUVs and a pickup it "
          "plans to launch from 2028, which it aims to price below $35,000.")


def test_an_aim_told_as_a_plan_is_no_hedge_dropped():
    assert _codes(PICKUP, "The cells will power smaller SUVs and a pickup that Varden plans to "
                          "launch from 2028 at under $35,000.", "contradiction") == []


def test_a_product_priced_under_a_figure_is_no_issue_priced():
    found = _codes(PICKUP, "Varden will make cheaper LFP cells for smaller electric SUVs and a "
                           "pickup priced under $35,000 from 2028.", "contradiction")
    assert "CON017" not in [c for c, _ in found]


def test_who_expects_a_move_does_not_tie_it_to_another_expected_move():
    source = ("For the full year, we expect Latin America volume growth of 3% to 4%. At current "
              "rates, currency will reduce comparable EPS growth by about three points.")
    assert _codes(source, "Guidance was reaffirmed, with currency expected to trim about 3% "
                          "from comparable EPS.", "contradiction") == []


# ------------------------------------------------------------ a thing counted once in words
RECALL = ("The company said it had received 212 complaints related to the fault, including 14 "
          "reports of serious injury and one death that may be associated with the issue.")


def test_two_deaths_where_the_source_counts_one_is_an_error():
    found = errors(RECALL, "The company cited 212 complaints, 14 serious injuries and two deaths "
                           "possibly linked to the fault.", "number")
    assert [(f.code, f.severity, f.text) for f in found] == [("NUM002", "error", "two")]
    assert "one death" in found[0].message


def test_one_and_another_may_make_two_and_a_word_inside_another_is_no_count():
    assert [f.severity for f in errors("One worker died on Monday and another on Tuesday.",
                                       "Two workers died.", "number")] == []
    assert _codes("The bank has 112 branches. It said in a statement that it was strong.",
                  "The bank has 112 branches in three states.", "number") == []


# ------------------------------------------------------------ fractions in words keep their hedge
def test_a_fraction_in_words_keeps_its_hedge():
    source = "Exports to the US were 48% of the total."
    for summary in ("Nearly half of exports went to the US.",
                    "Less than half of exports went to the US."):
        assert [f.text for f in _all(source, summary) if f.kind == "number"] == [], summary
    found = [f for f in _all(source, "About a third of exports went to the US.")
             if f.kind == "number"]
    assert [f.text for f in found] == ["a third"]


def test_a_year_and_a_half_is_eighteen_months():
    source = "The project took 18 months to complete."
    for summary in ("The project took a year and a half.", "The project took 1.5 years."):
        assert [f.text for f in _all(source, summary) if f.kind == "number"] == [], summary
    assert [f.text for f in _all(source, "The project took two years.")
            if f.kind == "number"] == ["two years"]


# ------------------------------------------------------------ a quote given to another speaker
SOLAR = ('"The industry is going through a painful but necessary consolidation," chairman Wu '
         'Lihua said in the filing. "We will not chase volume at the cost of cash." Capital '
         "expenditure for the year would be cut by about 30%, chief financial officer Zhao Ming "
         "told analysts. Jinghai said it would delay a planned 20 GW cell factory to 2026.")


def test_a_quote_running_on_given_to_another_executive_is_an_error():
    found = _codes(SOLAR, "CFO Zhao Ming said the company would not chase volume at the expense "
                          "of cash, and Jinghai will delay its planned 20 GW cell factory.",
                   "entity")
    assert found == [("ENT006", "CFO Zhao Ming")]
    assert _codes(SOLAR, "Chairman Wu Lihua said the company would not chase volume at the "
                         "expense of cash.", "entity") == []


def test_a_classification_the_company_only_expects_is_not_done():
    source = ("The FDA has been notified, and the company expects the recall to be classified as "
              "Class I, the most serious category.")
    found = _codes(source, "The FDA has classified the recall as Class I, its most serious "
                           "category.", "contradiction")
    assert [c for c, _ in found] == ["CON017"]
    assert _codes("The FDA classified the recall as Class I, the most serious category, on "
                  "Monday.", "The FDA has classified the recall as Class I.", "contradiction") == []
