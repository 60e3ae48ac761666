"""Issue 13, round 16: statements given to the wrong person however the summary reports them
("guided to", "pointed to", a bullet "CFO X: ...", a speaker the source names by one word), a
figure's own earlier-period and range-end slips, recommendation moves, split votes told in words,
and the false alarms of paraphrase (a month abbreviation that is no sentence end, a dateline
under a headline, "11.9c", "between four and nine years", parts the source joins with "and", a
ratio's base, an aside between commas). Each case is a short invented source/summary pair, checked
by hand: `errors(...)` lists the error findings."""

from __future__ import annotations

from conftest import rule_errors as errors


def _codes(source: str, summary: str, check_kind: str | None = None) -> list[tuple[str, str]]:
    return [(f.code, f.text) for f in errors(source, summary, check_kind)]


# ------------------------------------------------------------ ENT006: who said it
GUIDED = ("Brackwater Sugar's adjusted operating profit rose 18.6% to 86.3 million pounds. \"The "
          "white premium has held up far better than we planned for,\" Chief Executive Martin "
          "Ellery said in a statement. Finance Director Priya Nandakumar told analysts that the "
          "company now expected full-year adjusted operating profit of 160 million to 170 million "
          "pounds.")


def test_guidance_given_to_the_wrong_executive_is_an_error():
    found = _codes(GUIDED, "Chief Executive Martin Ellery guided to full-year adjusted operating "
                           "profit of £160m-£170m.", "entity")
    assert found == [("ENT006", "Chief Executive Martin Ellery")]


def test_guidance_given_to_the_executive_who_gave_it_passes():
    assert _codes(GUIDED, "Finance Director Priya Nandakumar guided to full-year adjusted "
                          "operating profit of £160m-£170m.", "entity") == []


PIPELINE = ("Chief Financial Officer Lucinda Harte said the new-business margin on bulk annuities "
            "was 8.9%, compared with 9.6% a year earlier. \"We are seeing a pipeline of over 40 "
            "billion pounds of schemes preparing to go to market in the next two years,\" Chief "
            "Executive Gareth Pryce said in an interview.")


def test_a_view_the_summary_says_someone_pointed_to_is_read_as_their_statement():
    found = _codes(PIPELINE, "- CFO Lucinda Harte pointed to a pipeline of more than £40bn of "
                             "schemes heading to market within two years.", "entity")
    assert found == [("ENT006", "CFO Lucinda Harte")]


ROYALTY = ("Chief Financial Officer Andrew Makris said the company had A$540 million in cash. "
           "\"A solid result. The lithium royalty will not contribute meaningfully until 2028,\" "
           "said Tom Whitfield, an analyst at Coolabah Partners.")


def test_a_bullet_that_gives_its_line_to_a_person_is_their_statement():
    found = _codes(ROYALTY, "Results:\n- Cash of A$540m\n- CFO Andrew Makris: lithium royalty "
                            "won't contribute meaningfully until 2028", "entity")
    assert found == [("ENT006", "CFO Andrew Makris")]


def test_a_bullet_with_the_right_person_passes():
    assert _codes(ROYALTY, "Results:\n- Cash of A$540m\n- Analyst Tom Whitfield: lithium royalty "
                           "won't contribute meaningfully until 2028", "entity") == []


YIELDS = ("Chief Executive Park Ji-hoon said the plant had turned a corner. Chief Financial Officer "
          "Kim Min-seo said the group's U.S. tax credits rose. \"Yields at Nyirseg are now above "
          "90% on the main lines, which was the hardest part of the ramp-up,\" Park told analysts "
          "on an earnings call.")


def test_a_speaker_named_by_one_word_of_a_full_name_is_the_speaker():
    found = _codes(YIELDS, "CFO Kim Min-seo said yields at the Nyirseg plant were now above 90% "
                           "on the main lines.", "entity")
    assert found == [("ENT006", "CFO Kim Min-seo")]


ESCALATOR = ("\"This settlement gives our shippers five and a half years of certainty,\" Chief "
             "Executive Graham Whitfield said. Evan Marchetti, an analyst at Lakeview Capital, "
             "said the average escalator was better than the 3% he had modelled.")


def test_a_small_percentage_counts_as_a_word_of_the_statement():
    found = _codes(ESCALATOR, "CEO Graham Whitfield said the escalator was better than the 3% "
                              "he had modelled.", "entity")
    assert found == [("ENT006", "CEO Graham Whitfield")]


ROADMAP = ("\"The board concluded that it fails to reflect the value of our product roadmap and "
           "is not in the best interests of shareholders,\" Veltrix Chair Helena Marsh said. "
           "Chief Executive Tomasz Kreel said the company was \"at an inflection point\". \"Our "
           "next generation of products begins shipping next year. We believe shareholders are "
           "best served by capturing that value ourselves,\" he told analysts on a call.")


def test_a_quote_told_by_he_after_the_persons_own_sentence_is_theirs():
    assert _codes(ROADMAP, "CEO Tomasz Kreel said shareholders are best served by Veltrix "
                           "capturing the value of its upcoming products itself.", "entity") == []


INTERIM = ("\"This gives us the time to build a smaller Pembrook,\" said interim Chief Executive "
           "Diane Holloway, who took over after the departure of long-time chief Gregory Mannis. "
           "She said the retailer had been hurt by \"a sustained pullback in spending on "
           "big-ticket home items\" as well as higher freight costs.")


def test_she_after_said_interim_chief_executive_is_that_person():
    assert _codes(INTERIM, "Interim CEO Diane Holloway pointed to a sustained pullback in "
                           "big-ticket home spending plus higher freight costs.", "entity") == []


PORT = ("\"The first half was flattered by front-loading,\" Managing Director Winston Lau Ka-ming "
        "said at a results briefing. Chief Financial Officer Grace Cheung Wai-yee said capital "
        "expenditure would be about HK$4.2 billion.")


def test_a_name_with_a_hyphenated_given_name_after_it_keeps_its_role():
    found = _codes(PORT, "Chief Financial Officer Winston Lau said the first half was flattered "
                         "by front-loading.", "entity")
    assert found == [("ENT004", "Chief Financial Officer Winston Lau")]


# ------------------------------------------------------------ NUM: figures
def test_a_range_in_number_words_is_a_range():
    source = ("Existing dollar bonds would be swapped for new notes with maturities of between "
              "four and nine years. Contracted sales fell 46% in the first four months.")
    assert _codes(source, "Bonds would be swapped for new notes (4-9 year maturities).") == []


def test_two_parts_the_source_joins_with_and_add_up():
    source = ("Aurelon Mobile paid 1.71 billion euros for 120 MHz in the higher band and 20 MHz in "
              "the 700 MHz band.")
    assert _codes(source, "Aurelon Mobile paid €1.71bn for 140 MHz.", "number") == []
    # a sum that is no sum of the joined parts names the part beside it
    assert _codes(source, "Aurelon Mobile paid €1.71bn for 150 MHz.", "number") == [
        ("NUM008", "150")]


CENTS = ("Funds from operations fell 3.4% to A$402.5 million, or 11.9 cents per security, slightly "
         "below the 12.1 cents analysts had expected. It maintained its distribution guidance of "
         "17.5 cents per security.")


def test_cents_written_with_a_c_are_cents():
    assert _codes(CENTS, "FFO fell about 3% to A$402.5m, or 11.9c a security, shy of the 12.1c "
                         "expected; the 17.5c distribution was kept.", "number") == []
    assert _codes(CENTS, "FFO fell about 3% to A$402.5m, or 12.9c a security.", "number") == [
        ("NUM008", "12.9c")]


def test_a_forecast_lowered_from_an_august_forecast_is_lowered_guidance():
    source = ("Kestrel now expects full-year FFO per security of 23.6 to 24.0 cents, down from its "
              "August forecast of 24.2 to 24.6 cents. It maintained its distribution guidance of "
              "17.5 cents per security.")
    assert _codes(source, "Kestrel lowered full-year FFO guidance to 23.6-24.0c from 24.2-24.6c "
                          "but kept its 17.5c distribution.") == []


def test_a_range_made_of_ends_of_two_source_ranges_is_an_error():
    source = ("Kestrel now expects full-year FFO per security of 23.6 to 24.0 cents, down from its "
              "August forecast of 24.2 to 24.6 cents.")
    found = _codes(source, "Kestrel trimmed its full-year FFO guidance to 23.6-24.2 cents.",
                   "number")
    assert found == [("NUM004", "23.6-24.2 cents")]


def test_a_figure_that_counts_what_the_source_figure_counts_is_not_moved():
    source = ("British toy retailer Playden collapsed into administration on Tuesday, putting "
              "about 3,400 jobs at risk across its 186 stores.")
    assert _codes(source, "Playden, a UK toy retailer with 186 stores, has gone into "
                          "administration, putting about 3,400 jobs at risk.", "number") == []


def test_a_bare_figure_after_a_figure_in_hk_cents_is_in_cents():
    source = "The company declared an interim dividend of 38 HK cents per share, up from 34 cents."
    assert _codes(source, "The interim dividend was lifted to 38 HK cents from 34.") == []
    from summarizer import Settings, check

    wrong = check(source, "The interim dividend was lifted to 38 HK cents from 31.",
                  Settings(backend="lexical")).findings
    assert [(f.code, f.text) for f in wrong] == [("NUM003", "31")]


LOSS = ("The company reported 2024 revenue of 642 million francs, up 18% from a year earlier, and a "
        "core operating loss of 36 million francs, narrower than the 58 million franc loss in "
        "2023.")


def test_the_figure_a_level_is_narrower_than_is_the_earlier_one():
    found = _codes(LOSS, "Its core operating loss narrowed to CHF58m.", "number")
    assert found == [("NUM012", "CHF58m")]


def test_the_earlier_figure_given_with_its_year_passes():
    assert _codes(LOSS, "Its core operating loss was CHF58m in 2023.", "number") == []
    assert _codes(LOSS, "Revenue rose 18% to CHF642m (2023: loss of CHF58m).", "number") == []


def test_a_year_earlier_figure_after_a_per_share_restatement_is_earlier():
    source = ("Net income came to $214 million, or $2.87 a share, compared with $168.5 million, or "
              "$2.21, a year earlier.")
    found = errors(source, "Net income jumped 27% to $168.5m, or $2.87 a share.", "number")
    assert [(f.code, f.text) for f in found] == [("NUM012", "$168.5m")]
    assert "$214 million" in found[0].message


def test_a_move_given_another_level_spans_both_figures():
    source = ("Revenue for the six months rose 19% to 92.4 million euros, with non-aviation revenue "
              "- parking, retail and food outlets - up 24% to 37.8 million euros.")
    found = _codes(source, "Non-aviation revenue from parking, retail and food rose 24% to "
                           "€92.4m.", "number")
    assert found == [("NUM004", "24% to €92.4m")]


def test_a_figure_the_summary_says_it_implied_is_derived():
    source = ("The board proposed a final dividend of 412 cents, taking the total for the year to "
              "680 cents.")
    assert _codes(source, "The total dividend rose to 680c after a 412c final payout, implying "
                          "an interim of 268c.", "number") == []


# ------------------------------------------------------------ dates and sentences
LOTTERY = ("Crestway loses national lottery licence after 18 years, shares plunge 27%\n\n"
           "AMSTERDAM, June 18 (Wire) - Crestway Gaming Group has lost the licence to operate the "
           "country's national lottery, which it has run since 2007, after the regulator named a "
           "rival consortium, Novalto Lotteries, as its preferred bidder for the next 10-year term. "
           "The new licence will run from Feb. 1, 2027.")


def test_a_month_abbreviation_before_a_day_ends_no_sentence():
    from summarizer.text.sentences import split_sentences

    text = "The new licence will run from Feb. 1, 2027. It ends later."
    assert [text[a:b] for a, b in split_sentences(text)] == [
        "The new licence will run from Feb. 1, 2027.", "It ends later."]


def test_the_dateline_under_a_headline_dates_no_event():
    found = _codes(LOTTERY, "Crestway Gaming Group has lost the national lottery licence after "
                            "the regulator chose rival consortium Novalto Lotteries as preferred "
                            "bidder for the next 10-year term, beginning in February 2027.")
    assert found == []


def test_a_figure_whose_label_its_own_sentence_names_is_not_moved():
    assert _codes(LOTTERY, "Novalto Lotteries won the 10-year national lottery licence starting "
                           "Feb. 1, 2027.", "number") == []


# ------------------------------------------------------------ CON: flips and votes
def test_an_improvement_told_by_the_sources_two_levels_is_no_flip():
    source = ("Gross margin for the company was 41.8%, compared with 40.6% a year ago, benefiting "
              "from pricing, lower freight costs and a better mix.")
    assert _codes(source, "Gross margin improved to 41.8%.", "contradiction") == []


def test_a_ratio_of_revenue_is_judged_by_its_own_metric():
    fell = "SG&A fell to 5.9% of revenue from 6.2%, reflecting leverage on our operations."
    rose = "SG&A rose to 6.5% of revenue from 6.2%, reflecting new hires."
    assert _codes(fell, "SG&A improved to 5.9% of revenue.", "contradiction") == []
    assert [c for c, _ in _codes(rose, "SG&A improved to 6.5% of revenue.",
                                 "contradiction")] == ["CON001"]


def test_an_aside_between_commas_does_not_hide_the_subject():
    source = ("Income expectations dropped 7.1 points to -3.5. Economic expectations, by contrast, "
              "rose 1.8 points to 1.2.")
    found = _codes(source, "Economic expectations declined.", "contradiction")
    assert found == [("CON001", "declined")]


RAMAN = ("\"The take-rate increase is the only bright spot,\" said Priya Raman, an analyst at "
         "Halvorsen & Pike, who cut her rating on the stock to 'neutral' from 'buy'.")


def test_a_recommendation_cut_told_as_an_upgrade_is_an_error():
    found = _codes(RAMAN, "Halvorsen & Pike's Priya Raman upgraded the stock to 'buy'.",
                   "contradiction")
    assert found == [("CON022", "upgraded the stock to 'buy'")]


def test_a_recommendation_cut_to_another_grade_is_an_error_and_the_right_one_passes():
    assert [c for c, _ in _codes(RAMAN, "Priya Raman downgraded the stock to sell.",
                                 "contradiction")] == ["CON022"]
    assert _codes(RAMAN, "Priya Raman downgraded the stock to hold from buy.",
                  "contradiction") == []


def test_a_vote_told_in_words_is_split():
    source = ("The seven-member board voted five to two for the cut, with the two dissenters "
              "preferring to keep the rate at 3.50%.")
    found = _codes(source, "The bank cut its main rate in a unanimous decision.", "contradiction")
    assert found == [("CON004", "unanimous")]


# ------------------------------------------------------------ figures told in another sentence's words
STARTS = ("Housing starts rose 3.9% to 1.301 million units last month. Permits fell to 1.393 "
          "million from 1.422 million. Compared with May 2024, overall starts were 0.5% lower.")


def test_a_change_two_levels_give_told_in_the_words_of_another_change_is_an_error():
    assert _codes(STARTS, "Overall starts were 2% lower compared with May 2024.", "number") == [
        ("NUM008", "2%")]
    assert _codes(STARTS, "Permits fell 2% to 1.393 million.", "number") == []


AUCTION = ("Rival Strandnet secured 100 MHz of spectrum for 1.38 billion euros. The previous major "
           "auction in the country, in 2019, raised 1.1 billion euros for smaller amounts of "
           "spectrum.")


def test_a_rounding_of_one_figure_told_in_the_words_of_another_is_an_error():
    found = _codes(AUCTION, "That is well above the €1.4 billion raised in the country's 2019 "
                            "auction.", "number")
    assert found == [("NUM008", "€1.4 billion")]
    assert _codes(AUCTION, "That is well above the €1.1 billion raised in the country's 2019 "
                           "auction.", "number") == []
    assert _codes(AUCTION, "Strandnet paid about €1.4 billion for its spectrum.", "number") == []


def test_an_approval_the_source_makes_a_condition_is_not_received():
    source = ("Deliveries are conditional on the vaccine, HVC-21, receiving approval from the "
              "European Medicines Agency, which Helvacor expects in the fourth quarter of 2025.")
    found = _codes(source, "HVC-21, which recently received European Medicines Agency approval, "
                           "protects against many strains.", "contradiction")
    assert found == [("CON014", "received European Medicines Agency approval")]


def test_a_unit_of_data_rate_starts_no_name():
    source = ("The Skyreach-5 satellite entered service on December 9, adding about 400 Gbps of "
              "capacity. We signed a North American regional airline for 120 aircraft.")
    assert _codes(source, "Skyreach-5 entered service on December 9, adding about 400 Gbps of "
                          "North American capacity.", "entity") == []


ROYALTY_DEAL = ("Ironbark said it had agreed to acquire a 1.5% royalty over the Mulga Ridge project "
                "for A$95 million in cash. The deal is expected to complete in March, subject to "
                "regulatory approval.")


def test_a_deal_the_next_sentence_expects_to_complete_is_not_completed():
    found = _codes(ROYALTY_DEAL, "The company has completed the A$95 million acquisition of a "
                                 "royalty over the Mulga Ridge project.", "contradiction")
    assert [c for c, _ in found] == ["CON017"]
    assert _codes(ROYALTY_DEAL, "The company agreed to buy a royalty over the Mulga Ridge project "
                                "for A$95 million.", "contradiction") == []


def test_a_level_at_the_end_of_a_month_is_no_year_earlier_base():
    source = ("Gross non-performing assets rose to 4.9% of total loans at the end of September, "
              "from 2.3% a year earlier and 3.6% at the end of June.")
    assert _codes(source, "Gross NPAs climbed to 4.9% from 3.6% a year earlier.", "number") == [
        ("NUM015", "3.6%")]
    assert _codes(source, "Gross NPAs climbed to 4.9% from 2.3% a year earlier.", "number") == []


def test_a_plan_the_source_rules_out_told_in_the_passive_is_an_error():
    source = ("Chief Financial Officer Rebecca Huang said the company did not plan further menu "
              "price increases before the summer.")
    found = _codes(source, "CFO Rebecca Huang said further menu price increases are planned for "
                           "the summer.", "contradiction")
    assert found == [("CON002", "further menu price increases are planned")]
    assert _codes(source, "Huang said further menu price increases are not planned before the "
                          "summer.", "contradiction") == []


def test_above_or_below_an_assumption_is_a_comparison_with_an_estimate():
    source = ("\"Volumes are better than we modelled, although the implied price per dose is "
              "slightly below our assumption,\" said Lea Fischer, an analyst at Bank Alpenrot.")
    assert [c for c, _ in _codes(source, "Analyst Lea Fischer said the implied price per dose "
                                         "was slightly above her assumption.",
                                 "contradiction")] == ["CON001"]
    assert _codes(source, "Analyst Lea Fischer said the implied price per dose was slightly "
                          "below her assumption.", "contradiction") == []
