"""Issue 13, round 5: false alarms and misses found on fresh LLM-written and financial sets. Each
case is a short invented source/summary pair, checked by hand: `errors(...)` lists the error
findings."""

from __future__ import annotations

from conftest import rule_errors as errors


# ------------------------------------------------------------------------------ false alarms
def test_a_label_line_before_bullets_is_not_a_claim():
    src = "Tarnwell said third-quarter revenue rose 8% to $412 million, ahead of forecasts."
    for label in ("Q3 recap:", "**Highlights from the call:**", "Tarnwell Q3 summary:",
                  "**Tarnwell Q3 FY26 - key points**", "## The quarter at a glance"):
        summary = f"{label}\n- Revenue rose 8% to $412 million, ahead of forecasts."
        assert [f for f in errors(src, summary) if f.kind == "unsupported"] == [], label


def test_a_colon_inside_a_claim_is_still_checked():
    src = "Tarnwell said third-quarter revenue rose 8% to $412 million, ahead of forecasts."
    # A line that ends in a colon with nothing after it is not a label.
    from summarizer import Settings, check

    rep = check(src, "Tarnwell also announced a merger with a rival chipmaker:",
                Settings(backend="lexical"))
    assert [f.kind for f in rep.findings if f.kind == "unsupported"] == ["unsupported"]
    # A long line before bullets is a claim, colon or not.
    rep = check(src, "Tarnwell announced a merger with a rival chipmaker that it had courted "
                     "for years:\n- Revenue rose 8%.", Settings(backend="lexical"))
    assert any(f.kind == "unsupported" for f in rep.findings)


# ------------------------------------------------------------------------------ misses now caught
def test_scale_letters_after_a_figure_are_read_as_scales():
    # "$5.7B" is $5.7 billion, "612K" 612 thousand: bullet-style summaries write figures this way.
    from summarizer.checks.contradiction.view import numbers

    got = [(n.value, n.cls) for n in numbers("capex $5.3-5.6B; output 612K; debt $1.02b")]
    assert got == [(5.3e9, "amount"), (5.6e9, "amount"), (612e3, "amount"), (1.02e9, "amount")]


def test_above_a_years_figure_against_below_it():
    src = ("For 2025, we're guiding to capital spending of $5.3 billion to $5.6 billion, slightly "
           "below 2024's $5.7 billion.")
    found = errors(src, "- 2025 capex guide $5.3-5.6B, above 2024's $5.7B.", "contradiction")
    assert [f.text for f in found] == ["above"]
    assert "slightly below 2024's $5.7 billion" in found[0].message
    assert errors(src, "- 2025 capex guide $5.3-5.6B, a little under 2024's $5.7B.") == []


# ------------------------------------------------------------------- a figure's subject (NUM004)
def test_an_acronym_written_out_in_the_source_is_the_same_subject():
    src = ("Benchmark copper on the London Metal Exchange rose 2.1% to $9,500 a ton on Monday. "
           "LME copper stocks have fallen 30% since March to 140,000 tons.")
    assert errors(src, "A strike pushed LME copper up 2.1% on Monday.", "number") == []


def test_a_figure_read_with_its_sentence_neighbour_keeps_its_place():
    src = ("Freedonia's economy grew at an annualised rate of 1.2% in the third quarter, beating "
           "forecasts of 0.5%. Exports rose 0.8%. The GDP deflator rose 2.4% from a year earlier.")
    summary = "Freedonia's GDP expanded 1.2% annualised, more than double the 0.5% expected."
    assert errors(src, summary, "number") == []


def test_a_whole_segment_moved_to_another_is_still_caught():
    src = ("Climate Solutions sales grew 9% to $1.41 billion on data center demand. Aerospace "
           "Components sales rose 5% to $870 million.")
    found = errors(src, "Aerospace Components sales grew 9% to $1.41 billion.", "number")
    assert [f.code for f in found][:1] == ["NUM004"]
    src = ("The 30-year yield rose 11 basis points to 3.385%, while the 10-year yield climbed 4 "
           "basis points to 1.745%.")
    found = errors(src, "Japan sold 30-year bonds, while the 10-year yield rose 11 basis points "
                        "to 1.745%.", "number")
    assert [f.text for f in found] == ["11 basis points"]


# ------------------------------------------------------------------- a figure's own date (DATE007)
def test_a_date_after_another_figure_dates_that_figure():
    src = ("Ruritania's inflation quickened to 5.1% in the first half of June from 4.8% in the "
           "second half of May, the statistics office said.")
    assert errors(src, "Ruritanian inflation climbed to 5.1% in the first half of June.") == []
    found = errors(src, "Ruritanian inflation climbed to 5.1% in the second half of May.", "date")
    assert [f.text for f in found] == ["second half", "May"]


def test_a_forecast_year_before_the_figure():
    src = ("The central bank cut its 2025 growth forecast to 2.2% from 2.5% and its 2026 "
           "forecast to 1.6% from 1.9%.")
    found = errors(src, "The bank trimmed its 2026 growth forecast to 2.2%.", "date")
    assert [f.text for f in found] == ["2026"]
    assert errors(src, "The bank trimmed its 2025 growth forecast to 2.2%.") == []


def test_a_date_after_another_figure_in_both_texts_is_compared():
    src = ("Kenya will use about $900 million of the proceeds to buy back part of its $2 billion "
           "Eurobond due in 2028.")
    found = errors(src, "It will spend about $900 million buying back part of its $2 billion "
                        "bond due in 2032.", "date")
    assert [f.text for f in found] == ["2032"]


def test_a_tolerance_band_is_a_range():
    src = ("The central bank targets inflation of 3%, plus or minus one percentage point. Prices "
           "rose 4.2% in May.")
    assert errors(src, "Inflation of 4.2% is above the top of the 2%-4% tolerance range.") == []
    from summarizer import Settings, check

    rep = check(src, "Inflation of 4.2% is above the top of the 2%-5% target range.",
                Settings(backend="lexical"))
    assert [f.text for f in rep.findings if f.kind == "number"] == ["2%-5%"]  # not that band


def test_bullet_shorthand_abbreviations_do_not_end_a_sentence():
    from summarizer.text.sentences import split_sentences

    text = "- Adj. EPS $1.48 vs $1.61 LY; excl. items margin 9.6%\n- FY adj. EPS guide cut. Sales rose."
    assert [text[s:e] for s, e in split_sentences(text)] == [
        "- Adj. EPS $1.48 vs $1.61 LY; excl. items margin 9.6%", "- FY adj. EPS guide cut.",
        "Sales rose."]


# ------------------------------------------------------------------------------ headlines
def test_a_headline_line_names_only_its_unusual_words():
    from summarizer.parsing.names import parse_names

    names = lambda t: [n.text for n in parse_names(t)]  # noqa: E731
    assert names("**RBA Holds Steady at 3.85%**\n\nAustralia kept rates.") == ["RBA", "Australia"]
    assert names("**Ruritania's March Exports Beat Expectations**\n\nShipments rose.") == [
        "Ruritania"]
    src = "Ruritania's exports rose 7.4% in March from a year earlier, beating forecasts of 5.8%."
    assert errors(src, "**Ruritania's March Exports Beat Expectations**\n\nExports rose 7.4% in "
                       "March, ahead of the 5.8% forecast.") == []


# ------------------------------------------------------------------------------ flips (CON001)
def test_the_same_cause_words_are_not_a_flip():
    src = ("Gross margin was 38.9%, up 70 basis points from a year ago, driven by lower freight "
           "costs and fewer markdowns.")
    assert errors(src, "- GM 38.9% (+70 bps) on lower freight and fewer markdowns") == []
    found = errors(src, "- GM 38.9%, down 70 bps on lower freight", "contradiction")
    assert [f.text for f in found] == ["down"]


# ------------------------------------------------------------------- another event's date (DATE008)
def test_a_span_of_two_source_dates_is_their_own():
    src = ("The regulator said that between March 2017 and October 2022, Tarnbury opened accounts "
           "for high-risk customers without checks. Tarnbury Chief Executive Ann Pell said the "
           "bank regrets the failings at Tarnbury Bank, which occurred before she took over in "
           "January 2023.")
    summary = "Tarnbury Bank was fined over failings spanning March 2017 to October 2022."
    assert errors(src, summary, "date") == []


def test_an_acronym_spelled_out_in_lower_case():
    src = ("Net interest margin was 3.38%, up 4 basis points. Analyst: do you see NIM getting "
           "back above 3.5% by year-end?")
    assert errors(src, "NIM was 3.38% in the quarter.", "number") == []


def test_a_quarter_marked_with_a_short_year_is_not_a_figure():
    src = "Tarnwell reported second-quarter 2025 revenue of $412 million, up 6%."
    from summarizer import Settings, check

    for summary in ("Tarnwell Q2'25: revenue $412M (+6%).", "FY '25 guide kept; Q2 revenue $412M."):
        rep = check(src, summary, Settings(backend="lexical"))
        assert [f.text for f in rep.findings if f.kind == "number"] == [], summary


def test_a_date_whose_source_sentence_has_the_summary_figure():
    src = ("Tarnwell reported net income of $87 million, or $0.94 per share, for the second "
           "quarter, up from $0.81 in the second quarter of last year. Net interest income was "
           "$296 million, up 2% from the first quarter.")
    assert errors(src, "Second-quarter net income came to $87 million ($0.94 a share).",
                  "date") == []


# ------------------------------------------------------------------------------ invented causes
def test_an_effect_clause_is_not_an_invented_cause():
    src = ("The 10-year Treasury yield rose to 4.52%, its highest since late May, and "
           "rate-sensitive technology shares fell the most. Retail sales were upbeat.")
    assert errors(src, "A climb in the 10-year Treasury yield to 4.52%, the highest since late "
                       "May, hurt tech names after upbeat retail sales data led traders to pare "
                       "expectations.") == []
    found = errors(src, "Yields jumped amid a nationwide strike by dock workers.", "unsupported")
    assert [f.text for f in found] == ["amid a nationwide strike by dock workers"]


def test_a_short_reworded_sentence_with_checked_figures_is_a_warning():
    src = ("Corliss raised its full-year forecast after third-quarter sales beat estimates, "
           "sending its shares up 11% in extended trading.")
    from summarizer import Settings, check

    rep = check(src, "The stock jumped 11% after hours.", Settings(backend="lexical"))
    assert [(f.code, f.severity) for f in rep.findings] == [("SUP002", "warning")]
    rep = check(src, "The stock jumped 14% after hours.", Settings(backend="lexical"))
    assert any(f.severity == "error" for f in rep.findings)


def test_a_numbered_list_item_keeps_its_number():
    from summarizer.text.sentences import split_sentences

    text = "Overview:\n\n1. Revenue rose 5% to $3.42B. It was a record.\n2) Premium grew 12%."
    assert [text[s:e] for s, e in split_sentences(text)] == [
        "Overview:", "1. Revenue rose 5% to $3.42B.", "It was a record.", "2) Premium grew 12%."]


def test_a_surname_is_not_a_trigger():
    src = ("Prices fell 0.4% in June. Gaines said he expected annual price growth of between 2% "
           "and 4% by the end of the year, unchanged from the previous forecast, as falling "
           "mortgage rates and solid wage growth provide some support.")
    assert errors(src, "- Outlook unchanged: 2-4% annual growth by year-end, aided by lower "
                       "mortgage rates and solid pay growth", "contradiction") == []


def test_keep_doing_is_that_move():
    src = ("The Bank of Ruritania, which has lowered its key policy rate by 175 basis points since "
           "June, meets on Dec. 10. Lefebvre said soft wages give it room to ease further.")
    assert errors(src, "Lefebvre said soft wages give the Bank of Ruritania space to keep lowering "
                       "rates.", "contradiction") == []


def test_since_a_date_anchors_nothing():
    src = ("Wages rose 3.4%, the slowest pace since June 2021. The youth unemployment rate climbed "
           "to 14.2%, its highest since September 2014.")
    assert errors(src, "Wage growth cooled to 3.4%, its weakest pace since mid-2021.",
                  "contradiction") == []


def test_the_same_noun_phrase_is_not_a_flip():
    src = ("The Bank of Ruritania will announce its next decision on Dec. 10. Money markets raised "
           "bets on a 25 basis point cut after the data, pricing in a roughly 70% chance, up from "
           "58% before the release.")
    assert errors(src, "Traders now see about a 70% chance of a quarter-point cut on Dec. 10.",
                  "contradiction") == []


def test_a_refused_idea_is_not_a_claim_that_it_happens():
    src = ("Analyst: would you consider spinning off Climate Solutions? CEO: There's no plan to "
           "spin off Climate Solutions. We like the portfolio as it is.")
    assert errors(src, "The CEO shut down the idea of spinning off Climate Solutions.",
                  "contradiction") == []
    found = errors(src, "The CEO plans to spin off Climate Solutions.", "contradiction")
    assert [f.code for f in found] == ["CON002"]


def test_a_hyphenated_metric_is_named_by_its_first_part():
    src = ("CASM excluding fuel rose 4.1%, driven by the new pilot contract. For the third quarter "
           "we expect capacity up 2% to 3% and CASM-ex up 3% to 4%.")
    assert errors(src, "- CASM-ex +4.1% (pilot deal)", "number") == []


def test_a_reference_with_its_own_figure_meets_only_that_figure():
    src = ("The EIA reported a withdrawal of 258 bcf, against a five-year average draw of 185 bcf. "
           "Stockpiles stand at 2,892 bcf, 4.1% below the five-year average for this time of year.")
    assert errors(src, "The 258 bcf draw was well above the five-year average draw of 185 bcf.",
                  "contradiction") == []
    found = errors(src, "Stockpiles stand at 2,892 bcf, above the five-year average.",
                   "contradiction")
    assert [f.text for f in found] == ["above"]


# ------------------------------------------------------------------- the estimate as the actual
def test_the_estimate_given_as_the_result_that_beat_it():
    src = ("Revenue rose 24% to $1.06 billion in the quarter, above the average analyst estimate "
           "of $1.01 billion, according to LSEG data.")
    found = errors(src, "Third-quarter revenue rose 24% to $1.01 billion, ahead of estimates.",
                   "number")
    assert [(f.code, f.text) for f in found] == [("NUM013", "$1.01 billion")]
    for right in ("Revenue rose 24% to $1.06 billion, beating estimates of $1.01 billion.",
                  "Revenue of $1.06 billion topped the $1.01 billion analysts had pencilled in.",
                  "Revenue of $1.06 billion beat the $1.01 billion Wall Street expected."):
        assert errors(src, right, "number") == [], right


# ------------------------------------------------------------------- the old level as the new (NUM005)
def test_the_previous_range_given_as_the_new_one():
    src = ("Tarvora now expects operating profit for the year to January 2026 of 610 million to "
           "640 million euros, down from a previous forecast of 700 million to 730 million euros.")
    found = errors(src, "Tarvora lowered its profit forecast to 700 million to 730 million euros.",
                   "number")
    assert [f.code for f in found] == ["NUM005"]
    assert errors(src, "Tarvora lowered its profit forecast to 610 million to 640 million euros.",
                  "number") == []


def test_a_planned_figure_given_as_the_new_plan():
    src = ("The chief executive said the group would slow its opening programme to 45 stores this "
           "year from a planned 70.")
    found = errors(src, "The group now plans to open 70 stores this year.", "number")
    assert [(f.code, f.text) for f in found] == [("NUM005", "70")]
    assert errors(src, "The group now plans to open 45 stores this year, down from 70.",
                  "number") == []


def test_a_weekday_whose_figure_belongs_to_another_weekday():
    src = ("MUMBAI (Oct 18) - Devgiri Bank reported a 17% rise in second-quarter net profit on "
           "Saturday, beating estimates. Its shares closed 1.2% higher on Friday ahead of the "
           "results.")
    found = errors(src, "Devgiri Bank posted a 17% jump in quarterly profit on Friday.", "date")
    assert [(f.code, f.text) for f in found] == [("DATE008", "Friday")]
    assert errors(src, "Devgiri Bank posted a 17% jump in quarterly profit on Saturday.",
                  "date") == []
    # A figure in another clause of the sentence dates nothing here.
    assert errors(src, "Devgiri's shares closed higher on Friday, and it posted a 17% jump in "
                       "profit the next day.", "date") == []


def test_a_figure_in_two_sentences_is_read_in_the_closer_one():
    src = ("Private consumption edged up 0.2% in the quarter. Revised data showed first-quarter "
           "growth at an annualised 0.6%, compared with an initial reading of a 0.2% contraction.")
    found = errors(src, "First-quarter growth was revised up to an annualised 0.6% from an "
                        "initial reading of 0.2% growth.", "contradiction")
    assert [f.text for f in found] == ["growth"]
    src = ("Single-family starts decreased 4.1%. Building permits rose 1.2% to a rate of 1.45 "
           "million units.")
    assert errors(src, "Single-family starts fell 4.1% and permits rose 1.2%.",
                  "contradiction") == []


def test_spread_wider_or_tighter_by_a_figure():
    src = ("The longest tranche was priced at 165 basis points over mid-swaps, 35 basis points "
           "tighter than initial price thoughts.")
    found = errors(src, "It priced the longest bond 35 basis points wider than initial price "
                        "thoughts.", "contradiction")
    assert [f.text for f in found] == ["wider"]
    assert errors(src, "It priced the longest bond 35 basis points tighter than initial "
                       "thoughts.", "contradiction") == []


def test_an_inventory_draw_against_a_build():
    src = ("Crude inventories rose by 4.2 million barrels to 437.6 million barrels, compared with "
           "expectations for a 1.1 million-barrel draw.")
    found = errors(src, "The EIA reported a 4.2 million-barrel draw in crude inventories.",
                   "contradiction")
    assert [f.text for f in found] == ["draw"]
    assert errors(src, "The EIA reported a 4.2 million-barrel build in crude inventories, "
                       "against an expected 1.1 million-barrel draw.", "contradiction") == []


def test_disagreeing_with_a_decision_is_not_accepting_it():
    src = ("Brenmark was fined 412 million euros. Brenmark said it \"strongly disagrees\" with the "
           "decision and will appeal.")
    found = errors(src, "Brenmark said it accepts the decision.", "contradiction")
    assert [f.text for f in found] == ["accepts"]


# ------------------------------------------------------------------- an analyst's idea (ENT012)
_CALL = ("Operator: Our first question comes from Priya Raman with Westlake.\n"
         "Priya Raman -- Analyst (Westlake): Given CET1 at 11.2%, it seems like you could double "
         "the buyback pace in the back half. Is that on the table?\n"
         "Alicia Brandt -- Chief Financial Officer: We're comfortable with the current pace. We "
         "expect buybacks in the second half to be roughly in line with the first half.")


def test_an_analysts_suggestion_given_as_managements_plan():
    found = errors(_CALL, "- With CET1 at 11.2%, management signaled it could double the buyback "
                          "pace in the back half", "entity")
    assert [f.code for f in found] == ["ENT012"]
    assert found[0].text.startswith("With CET1")
    for right in ("An analyst asked whether the buyback pace could double in the back half; "
                  "the CFO said buybacks would stay in line.",
                  "The CFO expects second-half buybacks roughly in line with the first half."):
        assert errors(_CALL, right, "entity") == [], right


def test_a_figure_given_the_head_word_of_another_before_it():
    src = ("The company expects restructuring costs of around 520 million euros, most of which "
           "will be booked this year, and targets annual savings of 380 million euros from 2028.")
    found = errors(src, "Renfeld expects annual savings of 520 million euros from 2028.", "number")
    assert [(f.code, f.text) for f in found] == [("NUM004", "520 million euros")]
    assert "the figure for savings is 380 million euros" in found[0].message
    assert errors(src, "It expects restructuring costs of about 520 million euros and annual "
                       "savings of 380 million euros.", "number") == []


def test_a_hedged_figure_meets_the_move_it_rounds():
    src = ("Renfeld also cut its 2025 adjusted EBIT margin forecast to 3.5%-4.0% from 4.5%-5.0%. "
           "Renfeld shares rose 3.9% to 14.36 euros.")
    assert errors(src, "It lowered its margin outlook, yet its shares climbed almost 4%.",
                  "contradiction") == []
    found = errors(src, "It lowered its margin outlook, and its shares fell 3.9%.",
                   "contradiction")
    assert [f.text for f in found] == ["fell"]


def test_a_range_with_a_hyphen_is_not_a_negative_figure():
    src = "Renfeld cut its 2025 adjusted EBIT margin forecast to 3.5%-4.0% from 4.5%-5.0%."
    assert errors(src, "Renfeld lowered its 2025 margin outlook.", "contradiction") == []
    found = errors(src, "Renfeld kept its 2025 margin outlook.", "contradiction")
    assert [f.text for f in found] == ["kept its 2025 margin outlook"]


def test_a_company_given_another_nationality():
    src = ("The Commission fined Dutch equipment maker Brenmark 412 million euros. The probe began "
           "in March 2023 after a complaint by German rival Optikon GmbH.")
    found = errors(src, "The probe followed a complaint by Dutch rival Optikon.", "entity")
    assert [(f.code, f.text) for f in found] == [("ENT013", "Dutch")]
    assert errors(src, "The probe followed a complaint by German rival Optikon against Dutch "
                       "firm Brenmark.", "entity") == []


def test_a_record_the_source_bounds():
    src = ("The FCA fined Tarnbury Bank 42.3 million pounds. The penalty is the largest the FCA has "
           "imposed on a UK bank for anti-money laundering failures since 2021.")
    found = errors(src, "The 42.3 million pound fine is the largest ever imposed by the FCA on a "
                        "UK bank.", "contradiction")
    assert [(f.code, f.text) for f in found] == [("CON012", "largest ever")]
    assert "since 2021" in found[0].message
    assert errors(src, "The fine is the FCA's largest on a UK bank for money laundering "
                       "failures since 2021.", "contradiction") == []


def test_a_hedge_or_condition_dropped():
    src = ("\"If February is anywhere near normal, storage could finish March below 1.7 trillion "
           "cubic feet,\" Reyes said. Prices rose 6% in May.")
    found = errors(src, "Reyes said storage will finish March below 1.7 trillion cubic feet.",
                   "contradiction")
    assert [(f.code, f.text) for f in found] == [("CON013", "will")]
    for right in ("Reyes said storage could finish March below 1.7 trillion cubic feet.",
                  "If February is normal, storage will finish March below 1.7 trillion cubic feet."):
        assert errors(src, right, "contradiction") == [], right
    # "May" the month is no hedge.
    assert errors("Tavora said it would pay a final dividend of 0.64 euros in May.",
                  "Tavora will pay a final dividend of 0.64 euros.", "contradiction") == []


def test_a_hyphenated_fraction_is_a_fraction():
    from summarizer.checks.numbers import _summary_quantities
    from summarizer.text import Document

    got = [(q.text, q.value) for q in _summary_quantities(Document("roughly four-in-five odds"))]
    assert got == [("four-in-five", 0.8)]
    src = "Markets had priced an 80% chance of a cut before the decision."
    assert errors(src, "It defied the four-in-five odds of a cut that markets had priced.",
                  "number") == []


def test_a_range_with_an_end_of_another_figure():
    src = ("The company expects restructuring charges of $140 million to $165 million, mostly in "
           "the first quarter, and to save about $210 million a year once the plan is complete.")
    found = errors(src, "It will take restructuring charges of $140 million to $210 million.",
                   "number")
    assert [(f.code, f.text) for f in found] == [("NUM004", "$140 million to $210 million")]
    src = "We now expect growth of 9% to 11% at constant currency, from 7% to 9%."
    assert errors(src, "It lifted FY guidance to 9-11% growth (from 7-9%).", "number") == []


def test_a_source_name_put_in_anothers_place():
    src = ("Castellan sold a 40% stake in its tower unit to infrastructure fund Alpenbrook Partners "
           "for 3.3 billion euros last year. Bookrunners for the bond included Banca Serravalle, "
           "Helmsbach Bank and Rivage Securities.")
    found = errors(src, "Castellan sold a 40% stake in its tower unit to Helmsbach Bank last year.",
                   "entity")
    assert [(f.code, f.text) for f in found] == [("ENT014", "Helmsbach Bank")]
    assert errors(src, "Castellan sold a 40% stake in its tower unit to Alpenbrook Partners, and "
                       "Helmsbach Bank ran the bond.", "entity") == []


def test_the_move_wagered_on_is_not_the_figures_move():
    src = ("Money markets raised bets on a 25 basis point cut after the data, pricing in a roughly "
           "70% chance, up from 58% before the release.")
    assert errors(src, "Markets now price about a 70% chance of a cut next week.",
                  "contradiction") == []
    found = errors(src, "The chance of a cut fell to 70% from 58%.", "contradiction")
    assert [f.text for f in found] == ["fell"]


def test_a_figure_compared_with_another_period():
    src = "Net revenue retention was 114%, down from 116% last quarter, as customers cut seats."
    found = errors(src, "Net revenue retention dipped to 114% from 116% a year earlier.", "number")
    assert [(f.code, f.text) for f in found] == [("NUM015", "116%")]
    assert errors(src, "Net revenue retention dipped to 114% from 116% in the prior quarter.",
                  "number") == []


def test_chat_openers_are_leftovers_not_claims():
    src = "Aluminium prices rose 3% after a fire at a smelter in Norway."
    from summarizer import Settings, check

    for opener in ("Okay, so here's what happened in the aluminium market.", "Big news in metals "
                   "today!", "Here's what you need to know."):
        rep = check(src, f"{opener} Aluminium rose 3% after a smelter fire.",
                    Settings(backend="lexical"))
        assert [(f.kind, f.text) for f in rep.findings if f.severity == "error"] == [
            ("leftover", opener)], opener


def test_a_range_midpoint_the_summary_names():
    src = "Skyvale now expects full-year adjusted EPS of $1.10 to $1.40, down from $1.75 to $2.25."
    assert errors(src, "Skyvale cut its EPS guide; midpoint now $1.25 vs $2.00 previously.",
                  "number") == []
    found = errors(src, "Skyvale cut its EPS guide; midpoint now $1.35 vs $2.00 previously.",
                   "number")
    assert [f.text for f in found] == ["$1.35"]


def test_a_change_of_pace_is_read_against_the_earlier_rate():
    src = "Core retail sales rose 0.5% in April after a 1.0% gain in March."
    assert errors(src, "Core retail sales slowed to a 0.5% gain from 1.0% in March.",
                  "contradiction") == []
    found = errors(src, "Core retail sales accelerated to a 0.5% gain from 1.0% in March.",
                   "contradiction")
    assert [f.text for f in found] == ["accelerated"]
