"""Issue 13, round 8: generic shapes of errors that earlier rules explained away or missed. Each
case is a short invented source/summary pair, checked by hand: `errors(...)` lists the error
findings."""

from __future__ import annotations

from conftest import rule_errors as errors


def _codes(source: str, summary: str, check: str) -> list[tuple[str, str]]:
    return [(f.code, f.text) for f in errors(source, summary, check)]


# ------------------------------------- a level beside a move the source gives with another level
SALES = ("Second-quarter adjusted EBITDA fell 19% to 262 million euros, while sales dropped 7% to "
         "2.04 billion euros as volumes declined.")


def test_a_level_changed_beside_its_move_is_an_error_even_when_a_sum_gives_it():
    # 2.04 billion + 262 million is about 2.3 billion: a sum nobody stated.
    found = errors(SALES, "Sales dropped 7% to €2.3 billion in the second quarter.", "number")
    assert [(f.code, f.text) for f in found] == [("NUM008", "€2.3 billion")]
    assert "2.04 billion euros" in found[0].message


def test_the_level_beside_its_move_passes():
    assert _codes(SALES, "Sales dropped 7% to €2.04 billion in the second quarter.", "number") == []


def test_a_stated_sum_is_not_a_changed_level():
    # The summary names both parts: the total is its own derivation, not a slip.
    assert _codes(SALES, "Sales fell to €2.04 billion and EBITDA to €262 million, about €2.3 "
                         "billion combined.", "number") == []


# ------------------------------------- a move amount changed beside the level it led to
RATES = ("The central bank cut its key interest rate by 25 basis points on Thursday, lowering the "
         "overnight reverse repurchase rate to 5.00%. The overnight lending rate was cut to 5.50%.")


def test_a_changed_cut_is_an_error_even_when_two_rates_differ_by_it():
    # 5.50% - 5.00% is 50 basis points: a difference of two different rates.
    found = errors(RATES, "The central bank lowered its policy rate by 50 basis points to 5.00%.",
                   "number")
    assert [(f.code, f.text) for f in found] == [("NUM008", "50 basis points")]
    assert "25 basis points" in found[0].message


def test_the_cut_the_source_gives_passes():
    assert _codes(RATES, "The central bank lowered its policy rate by 25 basis points to 5.00%.",
                  "number") == []


# ------------------------------------- a figure the source gives as unchanged said to have moved
DIVIDEND = ("Norrvik proposed a dividend of 4.40 crowns per share for 2024, unchanged from a year "
            "earlier, and said it would consider a buyback.")
RATE_CUT = "The central bank cut its key rate by 25 basis points to 5.00% on Thursday."


def test_a_dividend_the_source_keeps_unchanged_was_not_raised():
    found = errors(DIVIDEND, "Norrvik raised its dividend to 4.40 crowns per share.",
                   "contradiction")
    assert [(f.code, f.text) for f in found] == [("CON018", "raised its dividend to 4.40")]
    assert "unchanged" in found[0].message


def test_the_same_as_a_year_earlier_is_unchanged():
    source = "The board proposed a dividend of 4.50 francs per bearer share, the same as a year earlier."
    assert _codes(source, "The group raised its dividend to 4.50 francs.", "contradiction") == [
        ("CON018", "raised its dividend to 4.50")]


def test_an_unchanged_dividend_said_as_unchanged_passes():
    assert _codes(DIVIDEND, "Norrvik kept its dividend at 4.40 crowns per share.",
                  "contradiction") == []
    assert _codes(DIVIDEND, "Norrvik proposed an unchanged dividend of 4.40 crowns.",
                  "contradiction") == []


def test_a_rate_the_source_cut_was_not_held():
    found = errors(RATE_CUT, "Borrowing costs were left at 5.00%.", "contradiction")
    assert [(f.code, f.text) for f in found] == [("CON018", "left at 5.00%")]
    assert "cut its key rate by 25 basis points to 5.00%" in found[0].message


def test_a_figure_the_source_states_both_ways_is_left_alone():
    source = DIVIDEND + " Analysts had expected the board to raise the payout to 4.40 crowns."
    assert _codes(source, "Norrvik raised its dividend to 4.40 crowns.", "contradiction") == []


# ------------------------------------- statements given to the wrong person
BANK = ("Chief Executive Tomasz Kedzierski said the quarter was the best in the bank's history. "
        "He said the bank would recommend distributing 60% of its 2025 profit as a dividend, up "
        "from 50%. Chief Financial Officer Marta Sobczak said loan growth would slow in 2026.")


def test_a_reworded_statement_given_to_the_cfo_is_the_ceos():
    found = errors(BANK, "Chief Financial Officer Marta Sobczak said the lender would recommend "
                         "paying out 60% of 2025 earnings as a dividend.", "entity")
    assert [(f.code, f.text) for f in found] == [
        ("ENT006", "Chief Financial Officer Marta Sobczak")]
    assert "Tomasz Kedzierski" in found[0].message


def test_the_statement_given_to_its_speaker_passes():
    assert _codes(BANK, "Chief Executive Tomasz Kedzierski said the lender would recommend paying "
                        "out 60% of 2025 earnings as a dividend.", "entity") == []


def test_with_a_person_saying_is_a_statement_too():
    source = ("Governor Timur Abenov said growth was strong. Deputy Governor Aliya Seitkali said "
              "the bank could cut its base rate again at its October meeting if inflation slows.")
    found = errors(source, "The bank cut rates, with Governor Timur Abenov saying the bank could "
                           "cut its base rate again in October if inflation slows.", "entity")
    assert [(f.code, f.text) for f in found] == [("ENT006", "Governor Timur Abenov")]


# ------------------------------------- a year of another event
SHIPS = ("Nordhav reported a 38% jump in third-quarter operating profit. Chief Financial Officer "
         "Mette Skov said the group would take delivery of six dual-fuel vessels in 2025. She added "
         "that overcapacity remained the main risk for 2026.")
MARGIN = ("Pretax profit for 2024 rose 9% to 4.86 billion pounds. Net interest margin narrowed to "
          "2.94% from 3.11% as competition for mortgages intensified. Ashgrove said it expected a "
          "2025 net interest margin of above 2.95%.")


def test_a_delivery_year_taken_from_another_sentence_is_an_error():
    found = errors(SHIPS, "The shipper said it will take delivery of six dual-fuel ships in 2026.",
                   "date")
    assert [(f.code, f.text) for f in found] == [("DATE008", "2026")]
    assert "2025" in found[0].message


def test_the_year_of_the_event_passes():
    assert _codes(SHIPS, "The shipper will take delivery of six dual-fuel ships in 2025.",
                  "date") == []


def test_a_year_the_source_leaves_implicit_passes():
    # The margin sentence gives no year: the story is about 2024, and 2025 is a forecast.
    assert _codes(MARGIN, "Ashgrove's net interest margin narrowed to 2.94% in 2024.", "date") == []
    assert _codes(MARGIN, "Ashgrove's net interest margin narrowed in 2024 as competition for "
                          "mortgages intensified.", "date") == []


# ------------------------------------- a restatement ("X, or Y per share") taken from another figure
PROFIT = ("Net income for the quarter rose to $412 million, or $2.87 per share, from $361 million. "
          "Excluding one-time items, the company earned $3.05 per share, beating estimates.")


def test_the_adjusted_figure_given_as_the_restated_net_figure_is_an_error():
    found = errors(PROFIT, "Quarterly net income rose to $412 million, or $3.05 per share.",
                   "number")
    assert [(f.code, f.text) for f in found] == [("NUM004", "$3.05")]
    assert "$2.87" in found[0].message


def test_the_restated_figure_the_source_gives_passes():
    assert _codes(PROFIT, "Quarterly net income rose to $412 million, or $2.87 per share, and "
                          "adjusted EPS was $3.05.", "number") == []


# ------------------------------------- a hedge dropped in reported speech
RATE_PATH = ("Governor Ramon Villaraza told a news conference that one more cut this year was "
             "possible if inflation stayed within target.")
BLEND = ("The minister told reporters the change would absorb an additional 1.5 million to 2 "
         "million tonnes of crude palm oil a year, though he said the timetable could be delayed "
         "if funding from the palm oil export levy fell short.")


def test_said_it_would_states_as_certain_what_the_source_calls_possible():
    found = errors(RATE_PATH, "Governor Ramon Villaraza said the bank would cut once more this "
                              "year.", "contradiction")
    assert [(f.code, f.text) for f in found] == [("CON013", "the bank would")]
    assert "possible" in found[0].message


def test_the_possibility_kept_passes():
    assert _codes(RATE_PATH, "Villaraza said one more cut this year was possible if inflation "
                             "stays within target.", "contradiction") == []


def test_a_hedge_of_another_clause_is_not_this_ones():
    # "palm oil" comes again at the end of the sentence, after the timetable's "could".
    assert _codes(BLEND, "The minister said the higher blend would soak up an extra 1.5-2 million "
                         "tonnes of crude palm oil annually.", "contradiction") == []


def test_a_condition_the_summary_states_is_kept():
    source = ("The transaction requires approval from the European Commission and is expected to "
              "close in the fourth quarter of 2024, if approved.")
    assert _codes(source, "The deal needs clearance from the European Commission and is expected "
                          "to close in the fourth quarter of 2024.", "contradiction") == []


# ------------------------------------- a refusal and an old range are no contradiction
def test_cautioned_against_declaring_victory_is_not_declaring_it():
    source = ('Chief Risk Officer Dana Weiss said office losses should peak next year. "We\'re not '
              'declaring victory," she said.')
    summary = "The chief risk officer said office losses should peak but cautioned against declaring victory."
    assert _codes(source, summary, "contradiction") == []


def test_a_range_after_down_from_is_the_old_range():
    source = ("Norrland now expects an adjusted operating margin of 5.5% to 6.5% for 2025, down from "
              "a previous range of 7% to 8%.")
    assert _codes(source, "Norrland now expects a margin of 5.5% to 6.5%, down from 7% to 8%.",
                  "contradiction") == []


def test_a_move_from_one_level_to_another_is_still_read():
    source = "The jobless rate rose to 4.3% from 4.1% in July."
    assert _codes(source, "The jobless rate fell from 4.1% to 4.3% in July.", "contradiction") != []


# ------------------------------------- a fraction derived as a share of two figures
def test_two_thirds_of_the_growth_is_a_share_of_two_rates():
    source = ("Sales were $1.18 billion, up 6% year over year, with organic growth of 4% and the "
              "remainder from the Ardent Valves acquisition.")
    summary = ("Sales rose 6% to $1.18 billion, with about two-thirds of that growth coming "
               "organically.")
    assert _codes(source, summary, "number") == []


def test_a_fraction_no_figures_give_is_still_flagged():
    from summarizer import check

    source = "Sales were $1.18 billion, up 6% year over year, with organic growth of 4%."
    report = check(source, "Sales rose 6%, with a fifth of that growth coming organically.")
    assert [(f.code, f.text) for f in report.findings if f.kind == "number"] == [
        ("NUM003", "a fifth")]


# ------------------------------------- "not everyone ... backed"; "a tenth of"
def test_not_everyone_backed_is_a_negated_backing():
    source = ("The committee voted 4-2 to cut the rate, with two members who voted against the "
              "move preferring to keep the rate at 4.00%.")
    summary = "Not everyone on the six-member committee backed even this step: two voted to hold."
    assert _codes(source, summary, "contradiction") == []


def test_a_tenth_of_is_a_fraction():
    from summarizer.parsing.quantities import parse_quantities

    (q,) = parse_quantities("that business makes up under a tenth of revenue")
    assert (q.text, q.kind, q.value) == ("a tenth", "fraction", 0.1)
    (q,) = parse_quantities("its tenth straight quarter")
    assert (q.text, q.kind) == ("tenth", "ordinal")
    source = "That business accounts for less than 10% of Keystride's revenue."
    assert _codes(source, "That business makes up under a tenth of Keystride's revenue.",
                  "number") == []


# ------------------------------------- negations and conditions the summary states its own way
def test_a_quoted_phrase_after_wont_is_negated():
    source = 'Reinhardt said the company would not "chase volume at any price" in Europe.'
    assert _codes(source, 'Reinhardt says the company won\'t "chase volume at any price".',
                  "contradiction") == []


def test_planned_no_closures_is_did_not_plan_any():
    source = "Corran said it did not plan any closures beyond the stores it had offered to sell."
    assert _codes(source, "Corran planned no closures beyond the stores it had offered to sell.",
                  "contradiction") == []


def test_fell_short_is_no_move_down():
    source = ("Corran first offered to sell 190 stores, later increasing that to 245. The regulator "
              "said at least 300 sites would have been needed.")
    assert _codes(source, "Corran's offer, raised from 190 to 245 stores, fell short: the "
                          "regulator wanted at least 300.", "contradiction") == []


def test_a_condition_after_the_clause_is_the_summarys_hedge():
    source = ('Park said she expected the new capacity to begin contributing to revenue "late in the '
              'year, if all goes to plan".')
    assert _codes(source, "Park expects the capacity to start contributing to revenue late in the "
                          "year, if all goes to plan.", "contradiction") == []


def test_two_amounts_a_cent_apart_are_two_figures():
    source = ("Revenue rose 27% to $4.86 billion, above the average estimate of $4.71 billion. "
              "The first-quarter forecast midpoint of $4.70 billion is below the $4.92 billion "
              "analysts expected.")
    assert _codes(source, "The forecast of $4.55 billion to $4.85 billion came in below what "
                          "analysts were expecting.", "contradiction") == []


# ------------------------------------- "100+ bps", "50-to-100-basis-point"
def test_a_plus_after_a_figure_is_at_least_it():
    from summarizer.parsing.quantities import parse_quantities

    (q,) = parse_quantities("wouldn't underwrite 100+ bps of margin expansion")
    assert (q.text, q.unit, q.value, q.hedge) == ("100+ bps", "bp", 100.0, "min")


def test_a_hyphenated_range_keeps_both_ends_and_its_unit():
    from summarizer.parsing.quantities import parse_quantities

    (q,) = parse_quantities("above its earlier 50-to-100-basis-point view")
    assert (q.unit, q.value, q.high) == ("bp", 50.0, 100.0)
    (t,) = parse_quantities("the board voted 3-to-2 for the deal")
    assert (t.kind, t.value, t.high) == ("tally", 3.0, 2.0)
    source = "We previously expected margin expansion of 50 to 100 basis points."
    assert _codes(source, "Management now expects more, above its earlier 50-to-100-basis-point "
                          "view.", "number") == []


# ------------------------------------- shorthand: "Adj. op. margin", "APAC"
def test_adj_op_margin_is_one_sentence():
    from summarizer.text import Document

    doc = Document("- Adj. op. margin: 27.4%, +150 bps. Rev. rose 5%.")
    assert [doc.text[a:b] for a, b in doc.sentences] == [
        "- Adj. op. margin: 27.4%, +150 bps.", "Rev. rose 5%."]


def test_a_region_named_by_its_abbreviation():
    source = "Room nights in Asia-Pacific rose 17%, while Europe grew 7%."
    assert _codes(source, "Room nights by region: APAC +17%, Europe +7%.", "entity") == []


# ------------------------------------- a slip at the end of the source's sentence
def test_a_one_digit_slip_of_a_figure_that_ends_its_sentence():
    source = ("Premium own-label sales rose 11% over the festive period, while online sales grew 7%. "
              "Market share rose to 9.6%.")
    # The words before 17% are the source's for 7%, which ends its sentence.
    found = errors(source, "Finest sales rose 11% and online sales grew 17%, while market share "
                           "rose to 9.6%.", "number")
    assert [(f.code, f.text) for f in found] == [("NUM008", "17%")]


def test_a_fraction_is_derived_only_beside_the_figure_it_divides():
    # Some pair of a long article's figures gives almost any fraction: "half of shareholders"
    # is no share of any figure the summary states.
    source = ("Net profit rose to 840 million euros from 600 million euros. Net interest margin "
              "widened to 2.45% from 2.10%, and the cost-income ratio fell to 41.8%. Shares rose "
              "as much as 11% before closing 6.3% higher, while the index gained 0.7%.")
    from summarizer import check

    report = check(source, "The deal needs approval from half of shareholders.")
    assert [(f.code, f.text) for f in report.findings if f.kind == "number"] == [
        ("NUM003", "half")]


def test_tenths_of_a_point_are_basis_points():
    from summarizer.parsing.quantities import parse_quantities

    (q,) = parse_quantities("inflation rose three tenths of a percentage point")
    assert (q.unit, q.value) == ("bp", 30.0)


# ------------------------------------- a head word before the source's figure
def test_a_premium_the_source_states_as_a_premium_of():
    source = ("Quillon will pay $38.50 per share, a premium of 29% to Ardent's closing price. "
              "Ardent's shares jumped 26% in premarket trading.")
    found = errors(source, "Quillon will pay $38.50 a share, a 26% premium to Ardent's last "
                           "close.", "number")
    assert [(f.code, f.text) for f in found] == [("NUM004", "26%")]
    assert "29%" in found[0].message
    assert _codes(source, "Quillon will pay $38.50 a share, a 29% premium.", "number") == []


# ------------------------------------- a level compared with the source's earlier level of another
def test_a_forecast_given_as_the_level_compared_with_last_year():
    source = ("Non-GAAP EPS was $0.94 versus $0.71 last year. For the third quarter we expect "
              "non-GAAP EPS of $0.98 to $1.04.")
    found = errors(source, "Non-GAAP EPS came in at $0.98, up from $0.71.", "number")
    # the comparison the source does not make, flagged on the pair (round 14)
    assert [(f.code, f.text) for f in found] == [("NUM004", "$0.98, up from $0.71")]
    assert "$0.94" in found[0].message
    assert _codes(source, "Non-GAAP EPS came in at $0.94, up from $0.71.", "number") == []


# ------------------------------------- the old level of a move, changed
def test_an_old_level_changed_beside_its_new_level():
    source = ("Revenue fell 31% to $2.9 billion in 2023, and net income dropped to $410 million from "
              "$1.05 billion in 2022.")
    found = errors(source, "Net income fell to $410m in 2023 from $1.5bn a year earlier.", "number")
    assert [(f.code, f.text) for f in found] == [("NUM008", "$1.5bn")]
    assert "$1.05 billion" in found[0].message


def test_a_quarter_of_another_year():
    source = ("The transaction, expected to close in the third quarter of 2025, requires approval "
              "from competition authorities. Leverage should fall to 2.0 times by the end of 2026.")
    found = errors(source, "The transaction is expected to close in the third quarter of 2026.",
                   "date")
    assert [(f.code, f.text) for f in found] == [("DATE008", "third quarter of 2026")]
    assert _codes(source, "The deal is expected to close in the third quarter of 2025.",
                  "date") == []


# ------------------------------------- CON019: a decision most forecasters did not expect
HOLD_EXPECTED = ("Kenya's central bank cut its benchmark rate by 25 basis points to 11.75% on "
                 "Tuesday. Eight of 11 economists polled by Reuters last week had expected the "
                 "committee to hold the rate at 12.00%.")
SIZE = ("The bank cut its main rate by 50 basis points to 5.25%. The move was larger than the 25 "
        "basis point cut forecast by 11 of 17 economists in a Reuters poll; the remaining six had "
        "expected a half-point reduction.")


def test_a_cut_most_economists_expected_to_be_a_hold():
    found = errors(HOLD_EXPECTED, "The central bank cut its rate by 25 bp to 11.75%, as most "
                                  "economists had expected.", "contradiction")
    assert [(f.code, f.text) for f in found] == [("CON019", "as most economists had expected")]
    assert "no change" in found[0].message


def test_a_cut_of_another_size_than_most_expected():
    found = errors(SIZE, "The bank cut its main rate by 50 basis points to 5.25%, in line with "
                         "expectations from most economists polled by Reuters.", "contradiction")
    assert [f.code for f in found] == ["CON019"]
    assert "25 basis point" in found[0].message


def test_a_surprise_said_as_a_surprise_passes():
    assert _codes(HOLD_EXPECTED, "The central bank unexpectedly cut its rate by 25 bp to 11.75%.",
                  "contradiction") == []


def test_the_decision_most_expected_passes():
    source = ("The bank cut its rate by 50 basis points to 4.25%. The decision was in line with the "
              "expectations of 19 of 23 economists polled by Reuters; the remaining four had "
              "forecast a larger 75 bp cut.")
    assert _codes(source, "The bank cut its rate by 50 basis points to 4.25%, in line with most "
                          "economists' forecasts.", "contradiction") == []
    source2 = ("The bank cut its rate by 50 basis points. Only three of 19 economists had "
               "forecast a half-point move; the rest expected a quarter-point increase.")
    assert [f.code for f in errors(source2, "The bank moved by 50 basis points, as most "
                                            "economists expected.", "contradiction")] == ["CON019"]


# ------------------------------------- talks given as an agreement (CON017)
def test_agreed_compensation_the_source_is_only_in_talks_about():
    source = ("Castellan grounded 14 aircraft because of problems with engines from engine maker "
              "Veltrane Aero. Castellan said it was in talks with Veltrane over compensation but "
              "that no agreement had been reached.")
    found = errors(source, "The carrier said it had agreed compensation with engine maker Veltrane "
                           "Aero.", "contradiction")
    assert [f.code for f in found] == ["CON017"]


def test_an_injection_the_source_has_no_agreement_on():
    source = ("The CFO said the company was in talks with its shareholders, led by pension fund "
              "Northgate, about an equity injection of up to 1.2 billion pounds, but no agreement "
              "had been reached.")
    found = errors(source, "Marrowfield said it had agreed an equity injection of up to £1.2 "
                           "billion from shareholders.", "contradiction")
    assert [f.code for f in found] == ["CON017"]
    assert _codes(source, "Marrowfield is in talks about an equity injection of up to £1.2 "
                          "billion.", "contradiction") == []


def test_a_hedge_the_summary_keeps_in_its_own_words():
    source = ("The union, which represents about 9,000 staff, said it would seek talks with "
              "management and did not rule out industrial action.")
    assert _codes(source, "A union representing some 9,000 staff said it would seek talks with "
                          "management and has not ruled out industrial action.",
                  "contradiction") == []


# ------------------------------------- call shorthand and chat leftovers
def test_mt_is_million_tonnes():
    from summarizer.parsing.quantities import parse_quantities

    (q,) = parse_quantities("volumes of 3.4Mt")
    assert (q.unit, q.value) == ("tonnes", 3.4e6)
    (r,) = parse_quantities("a guide of 13.2–13.8Mt")
    assert (r.value, r.high) == (13.2e6, 13.8e6)
    (t,) = parse_quantities("exports of 500,000 mt")
    assert t.value == 500000.0
    source = "Potash volumes were 3.4 million tonnes, and we guide 13.2 to 13.8 million tonnes."
    assert _codes(source, "Potash volumes 3.4Mt; guide 13.2–13.8Mt.", "number") == []


def test_want_me_to_is_a_chatbot_question():
    from summarizer import check

    report = check("Sales rose 5% in May.", "Sales rose 5%. Want me to turn this into a table?")
    assert [(f.code, f.text) for f in report.findings if f.kind == "leftover"] == [
        ("LEFT002", "Want me to turn this into a table?")]


def test_a_contraction_is_no_name():
    from summarizer.parsing.names import parse_names

    assert [n.text for n in parse_names("Don't expect a rebound. We'd add more. O'Neill said.")] \
        == ["O'Neill"]


def test_a_question_in_the_source_is_no_statement():
    source = ('Analyst: "Doesn\'t that put you at the low end of the range?" CEO: "No, we are '
              'comfortable with the range."')
    assert _codes(source, "Management rejected the view that an analyst put forward, that this "
                          "puts it at the low end of the range.", "contradiction") == []


def test_planning_for_no_recovery_is_not_planning_for_one():
    source = "We are not planning for a housing recovery in fiscal 2026, the CFO said."
    assert _codes(source, "The CFO said the company is planning for no housing recovery in fiscal "
                          "2026.", "contradiction") == []


def test_two_places_joined_by_an_ampersand():
    source = "Volumes rose on firm demand in Brazil and Southeast Asia. Procter & Gamble bought it."
    assert _codes(source, "Volumes rose on demand in Brazil & SE Asia.", "entity") == []
    assert [c for c, _ in _codes(source, "Johnson & Johnson bought it.", "entity")] == ["ENT001"]


def test_growth_guided_down_from_last_years_rate_is_no_fall():
    source = ("For the full year, revenue was $1.29 billion, up 23%. We guide fiscal 2026 revenue "
              "growth of 18% to 19%.")
    assert _codes(source, "Revenue growth is guided to roughly 18-19%, down from 23% this year.",
                  "contradiction") == []


# ------------------------------------- SUP004: a record the source never claims
def test_a_record_margin_the_source_never_calls_a_record():
    source = "The adjusted operating margin was 27.4%, up 150 basis points, and EPS rose 9%."
    found = errors(source, "The adjusted operating margin reached 27.4%, the highest in the "
                           "company's history.", "unsupported")
    assert [(f.code, f.text) for f in found] == [("SUP004", "highest in the company's history")]
    found = errors(source, "Margin hit a record 27.4%.", "unsupported")
    assert [f.code for f in found] == ["SUP004"]


def test_a_source_that_ranks_anything_leaves_records_to_the_contradiction_check():
    source = ("The adjusted operating margin was 27.4%, the best in five years, and EPS rose 9%.")
    assert [f for f in errors(source, "Margin reached a record 27.4%.", "unsupported")
            if f.code == "SUP004"] == []
    assert [f for f in errors("Sales rose 9%.", "The company will record a charge; sales rose 9%.",
                              "unsupported") if f.code == "SUP004"] == []


# ------------------------------------- a noun and a condition are no flips
def test_the_firm_is_a_company_not_a_move():
    source = ("The FCA fined Castellan $89 million, and its fine was reduced by 30% because it "
              "settled early.")
    assert _codes(source, "The case ended with the FCA fining the firm $89 million after a 30% "
                          "discount.", "contradiction") == []


def test_a_refusal_inside_an_if_clause_is_a_condition():
    source = ("Keystride would owe a $145 million break-up fee if it accepts a rival offer, and "
              "Altamont a $260 million reverse fee if the deal fails to win regulatory approval.")
    assert _codes(source, "Altamont faces a $260 million reverse fee if regulators don't approve.",
                  "contradiction") == []


def test_vs_after_a_count_is_no_counted_noun():
    source = ("Employment rose by 14,200 in July, well below the 38,000 gain forecast by "
              "economists, the statistics office said.")
    assert _codes(source, "- Employment +14,200 vs. ~38,000 expected.", "number") == []
