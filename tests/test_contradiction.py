"""The contradiction check on small hand-made pairs: flips are flagged with the exact span,
faithful paraphrases pass. Names and figures are invented (not from the benchmark cases)."""

from __future__ import annotations

import json

import pytest
from conftest import SHARED

from summarizer import check
from summarizer.checks.contradiction import numbers, same_figure


def flagged(source: str, summary: str) -> list[str]:
    report = check(source, summary, checks=("contradiction",))
    assert all(f.kind == "contradiction" and f.severity == "error" for f in report.findings)
    return [f.text for f in report.findings]


MARKET = (
    "FRANKFURT (May 6) - Shares in Lindqvist Motoren rose 4.2% to 31.80 euros on Tuesday after the "
    "carmaker reported first-quarter operating profit of 1.9 billion euros, beating analysts' "
    "estimates of 1.6 billion euros. Revenue fell 2% to 38.4 billion euros. The company kept its "
    "full-year margin target of 7% to 8% but cut its forecast for deliveries. The euro weakened "
    "0.3% against the dollar, while German 10-year yields climbed 4 basis points to 2.61%. "
    "Foreign investors were net sellers of 2.3 billion euros of German shares in April."
)


@pytest.mark.parametrize(
    "summary, span",
    [
        ("Lindqvist Motoren shares fell 4.2% on Tuesday.", "fell"),
        ("Operating profit of 1.9 billion euros missed estimates.", "missed"),
        ("Revenue rose 2% to 38.4 billion euros.", "rose"),
        ("The carmaker raised its full-year margin target.", "raised its full-year margin target"),
        ("The euro strengthened 0.3% against the dollar.", "strengthened"),
        ("German 10-year yields dropped 4 basis points to 2.61%.", "dropped"),
        ("Foreign investors were net buyers of German shares in April.", "net buyers"),
        ("Revenue was down 2%, and the shares were down 4.2% at 31.80 euros.", "down"),
    ],
)
def test_direction_flips_are_flagged_on_their_word(summary, span):
    assert flagged(MARKET, summary) == [span]


@pytest.mark.parametrize(
    "summary",
    [
        (
            "Lindqvist Motoren stock climbed 4.2% to €31.80 as Q1 operating profit of €1.9bn topped "
            "forecasts."
        ),
        "Shares jumped 4.2% after operating profit came in above expectations.",
        "Revenue slid 2% to €38.4bn, and the company stuck to its 7-8% margin goal.",
        "Sales declined 2% to 38.4 billion euros while the carmaker lowered its delivery forecast.",
        "The euro lost 0.3% and 10-year Bund yields rose 4bp to 2.61%.",
        "Overseas investors made net sales of €2.3bn of German equities in April.",
        "The carmaker reaffirmed its margin target of 7% to 8%.",
    ],
)
def test_faithful_paraphrases_pass(summary):
    assert flagged(MARKET, summary) == []


def test_message_names_both_sides_and_evidence_is_the_source_sentence():
    report = check(MARKET, "Revenue rose 2% to 38.4 billion euros.", checks=("contradiction",))
    (f,) = report.findings
    assert "Revenue rose 2%" in f.message and "Revenue fell 2%" in f.message
    assert f.evidence == "Revenue fell 2% to 38.4 billion euros."
    assert (f.start, f.end) == (8, 12)


def test_silence_is_not_contradiction():
    # The source says nothing about dividends or employees: that is the support check's job.
    assert flagged(MARKET, "The carmaker cut its dividend and shed 3% of its workforce.") == []


def test_negation_flips_polarity():
    src = "Harwell Bank said it accepted the regulator's findings and would pay the fine."
    assert flagged(src, "Harwell Bank did not accept the regulator's findings.") == [
        "did not accept"
    ]
    assert flagged(src, "Harwell Bank accepted the findings.") == []
    src2 = "Quarterly earnings failed to beat analysts' estimates."
    assert flagged(src2, "Quarterly earnings beat analysts' estimates.") == ["beat"]
    assert flagged(src2, "Earnings missed analysts' estimates.") == []


def test_noun_forms_and_up_down_forms():
    src = "The Nikkei index closed down 1.4% on Friday, while the yen gained 0.6%."
    assert flagged(src, "The Nikkei posted a 1.4% gain on Friday.") == ["gain"]
    assert flagged(src, "The Nikkei suffered a 1.4% drop, and the yen was up 0.6%.") == []


def test_beat_or_miss_derived_from_expected_figure():
    src = (
        "Canadian retail sales rose 1.1% in June. Economists polled by a news agency had "
        "expected a gain of 0.8%."
    )
    assert flagged(src, "Retail sales rose 1.1%, above the 0.8% economists had forecast.") == []
    assert flagged(src, "Retail sales rose 1.1%, below the 1.3% economists had forecast.") == [
        "below the 1.3% economists had forecast"
    ]


def test_guidance_kept_versus_cut_and_declined():
    src = (
        "Brightwater Air kept its target of 90 million passengers this year but declined to "
        "give profit guidance."
    )
    assert flagged(src, "Brightwater Air cut its passenger target.") == ["cut its passenger target"]
    assert flagged(src, "The airline raised its profit guidance.") == ["raised its profit guidance"]
    assert flagged(src, "The airline maintained its passenger goal.") == []


def test_buyer_seller_swap_needs_the_same_actor():
    src = "The state pension fund sold a 6.5% stake in Kestrel Telecom to Orbis Capital."
    assert flagged(src, "The state pension fund bought a 6.5% stake in Kestrel Telecom.") == [
        "bought"
    ]
    # The other side of the same trade is not a contradiction.
    assert flagged(src, "Orbis Capital bought a 6.5% stake in Kestrel Telecom.") == []


def test_acquirer_and_target_swap():
    src = "Halvorsen Foods agreed on Monday to buy smaller rival Dunmore Brands for $4 billion."
    assert flagged(src, "Dunmore Brands agreed to acquire Halvorsen Foods.") == [
        "Dunmore Brands agreed to acquire Halvorsen Foods"
    ]
    assert flagged(src, "Dunmore Brands will be bought by Halvorsen Foods for $4bn.") == []
    assert flagged(src, "Halvorsen Foods' purchase of Dunmore Brands is worth $4 billion.") == []


def test_ownership_split_swap():
    src = (
        "After the merger, Tarn Energy shareholders will own 58% of the combined company and "
        "Velo Power shareholders the remaining 42%."
    )
    assert flagged(src, "Velo Power shareholders will own 58% of the merged group.") == [
        "Velo Power shareholders will own 58%"
    ]
    assert flagged(src, "Velo Power shareholders will own 42% of the merged group.") == []


def test_leader_swap():
    src = (
        "Tarn Energy chief executive Ines Okafor will run the combined company, while Velo "
        "Power boss Karl Brandt becomes chairman."
    )
    assert flagged(src, "Karl Brandt will lead the combined company.") == [
        "Karl Brandt will lead the combined company"
    ]
    assert flagged(src, "Ines Okafor will head the combined company.") == []


def test_vote_unanimous_versus_split():
    src = "The central bank's policy committee left rates on hold. The decision was unanimous."
    assert flagged(src, "In a split 5-4 vote, the committee held rates.") == ["split 5-4 vote"]
    assert flagged(src, "The committee unanimously kept rates on hold.") == []
    src2 = "Two members dissented, voting for a cut, in a 7-2 vote."
    assert flagged(src2, "The decision was unanimous.") == ["unanimous"]


def test_before_and_after_tax():
    src = "The insurer put its storm losses at $600 million to $800 million before tax."
    assert flagged(src, "Storm losses will be $600-800 million after tax.") == ["after tax"]
    assert flagged(src, "Pre-tax storm losses are seen at $600m-$800m.") == []


def test_improved_versus_worsened_ratio():
    src = "Its combined ratio worsened to 101.2% from 94.5%."
    assert flagged(src, "The combined ratio improved to 101.2%.") == ["improved"]
    src2 = "Its combined ratio rose to 101.2% from 94.5%."
    assert flagged(src2, "The combined ratio improved to 101.2%.") == ["improved"]
    assert flagged(src2, "The combined ratio deteriorated to 101.2% from 94.5%.") == []


def test_all_versus_part_recovered():
    src = (
        "The government spent 8 billion euros on the rescue and has recovered about 5.1 "
        "billion euros so far."
    )
    assert flagged(src, "The state has recovered all of the 8 billion euros it spent.") == [
        "recovered all of the 8 billion euros"
    ]
    assert flagged(src, "The state has recouped about €5.1bn of the €8bn.") == []


def test_leftover_spans_are_skipped():
    src = "Copper prices fell 2% on Wednesday."
    summary = "Copper prices fell 2%.\n\nLet me know: prices rose 2% instead!"
    # Alone, the check would flag the sign-off's "rose"; after the leftover check it is skipped.
    # (Not "if prices rose" or "whether prices rose": a move inside an "if" clause is a
    # condition and one after "whether" a question, never flagged.)
    assert flagged(src, summary) == ["rose"]
    report = check(src, summary, checks=("leftover", "contradiction"))
    assert [f.kind for f in report.findings] == ["leftover"]


def test_figures_compare_across_formats():
    a = {n.value for n in numbers("$1.1-1.4 billion, 64 cents, 3.60%, 25bp")}
    assert a == {1.1e9, 1.4e9, 0.64, 3.6, 25.0}
    x, y = numbers("46.15 euros")[0], numbers("about 46.2 euros")[0]
    assert same_figure(x, y)
    assert numbers("in 2026") == []


def _dev_rows():
    path = SHARED / "benchmarks" / "fin_dev.jsonl"
    if not path.exists():
        pytest.skip("shared benchmarks not present")
    return [json.loads(line) for line in path.read_text("utf-8").splitlines() if line.strip()]


def test_fin_dev_recall_and_no_false_alarms():
    rows = _dev_rows()
    hit = total = false_alarms = 0
    for r in rows:
        found = check(r["source"], r["summary"], checks=("contradiction",)).findings
        if r["label"] == 1:
            false_alarms += len(found)
        for span, kind in zip(r["must_flag"], r["flag_kinds"]):
            if kind != "contradiction":
                continue
            s = r["summary"].index(span)
            total += 1
            hit += any(f.overlaps(s, s + len(span)) for f in found)
    assert false_alarms == 0
    assert total > 0 and hit / total >= 0.8


# ----------------------------------------------------------------------- round 2: new patterns
def test_high_versus_low_over_the_same_period():
    src = "The rand slid to its weakest level in 14 months on Friday, closing down 1.2%."
    assert flagged(src, "The rand hit a 14-month high on Friday.") == ["high"]
    assert flagged(src, "The rand fell to a 14-month low on Friday.") == []


def test_rank_largest_ever_versus_second_largest():
    src = "The penalty is the second largest the regulator has imposed, after a 2019 fine."
    assert flagged(src, "It is the largest penalty ever imposed by the regulator.") == ["largest"]
    assert flagged(src, "It is the regulator's second-largest penalty imposed.") == []


def test_action_the_source_says_was_not_taken():
    src = (
        "The watchdog fined Osterby Bank 40 million euros but stopped short of revoking its "
        "banking licence. The bank said it would not issue new shares."
    )
    assert flagged(src, "The watchdog revoked Osterby Bank's banking licence.") == [
        "revoked Osterby Bank's banking licence"
    ]
    assert flagged(src, "The bank plans to issue new shares.") == ["issue new shares"]
    assert flagged(src, "The bank will not issue new shares.") == []
    # "did not immediately" is no denial that it happened later.
    src2 = "She did not immediately sell the shares but sold them in March."
    assert flagged(src2, "She sold the shares in March.") == []


def test_counted_additions_are_not_a_direction():
    src = "The carrier added 18,400 subscribers, less than half the 41,000 it added a year ago."
    assert flagged(src, "Subscriber additions slumped to 18,400 from 41,000.") == []


def test_raised_versus_cut_forecast_with_hyphenated_words_between():
    src = "Laskari Telecom cut its full-year free cash flow forecast on Thursday."
    assert flagged(src, "Laskari raised its free cash flow forecast.") == [
        "raised its free cash flow forecast"
    ]


def test_change_and_move_meet_on_the_same_level():
    src = "The miner said it would increase capital expenditure next year."
    assert flagged(src, "The miner will cut capital spending next year.") == [
        "cut capital spending"
    ]


def test_tightened_versus_widened_pricing():
    src = "The issuer tightened pricing by 20 basis points from initial guidance."
    assert flagged(src, "The issuer widened pricing by 20 basis points.") == ["widened"]


def test_push_higher_versus_pressure_on():
    src = "A larger fleet will put pressure on charter rates next year."
    assert flagged(src, "A larger fleet should push charter rates higher next year.") == ["higher"]


def test_estimate_against_the_previous_forecast_is_a_change():
    src = "The central bank raised its inflation forecast for 2026 to 3.4% from 2.9%."
    assert (
        flagged(src, "It now sees inflation at 3.4%, 0.5 points above its previous forecast.") == []
    )
    assert flagged(
        src, "It now sees inflation at 3.4%, 0.5 points below its previous forecast."
    ) == ["below"]


def test_profit_versus_loss_on_the_same_amount():
    src = "Velmar Shipping swung to a net loss of $84 million from a profit of $12 million."
    assert flagged(src, "Velmar Shipping posted a net profit of $84 million.") == ["profit"]
    assert flagged(src, "Velmar Shipping posted a net loss of $84 million.") == []


def test_acquirer_and_target_after_a_descriptor():
    src = "Brenholt Foods AG agreed to buy U.S. snack maker Coastline Brands for $2 billion."
    assert flagged(src, "Coastline Brands agreed to buy Brenholt Foods.") == [
        "Coastline Brands agreed to buy Brenholt Foods"
    ]
    assert flagged(src, "Brenholt Foods will buy Coastline Brands for $2bn.") == []


def test_passive_leader_form():
    src = (
        "The combined company will be run by Tarn chief executive Ines Okafor, while Velo "
        "Power boss Karl Brandt becomes chairman."
    )
    assert flagged(src, "Karl Brandt will lead the combined company.") == [
        "Karl Brandt will lead the combined company"
    ]
    assert flagged(src, "Ines Okafor will run the enlarged group.") == []


def test_vote_compared_with_the_same_decision_only():
    src = (
        "Shareholders unanimously approved the merger on Monday. Separately, the central bank's "
        "rate committee held rates in a 5-4 vote."
    )
    # The unanimous vote is about the merger; the rate decision was split, as the summary says.
    assert flagged(src, "The rate committee held rates in a split 5-4 vote.") == []
    assert flagged(src, "The rate committee unanimously held rates.") == ["unanimously"]


def test_no_nltk_import():
    import subprocess
    import sys

    code = (
        "import sys, summarizer; from summarizer import check; "
        "check('Fares rose 21%.', 'Fares fell.', checks=('contradiction',)); "
        "print('nltk' in sys.modules)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"


RATES = (
    "OSLO (Mar 4) - Vardal Bank cut its full-year profit forecast on Monday for the second time "
    "in four months. Monthly inflation was 0.42%, compared with the 0.7% median estimate of 12 "
    "economists. The midpoint of its new range was slightly under the NOK 5.10 expected by "
    "analysts. The cartel agreed to a smaller-than-expected increase in output for June. "
    "Officials see one further cut in 2027. They see the jobless rate at 4.1% at the end of 2027 "
    "and raised their forecast for economic growth next year to 1.9% from 1.6%. The OBX index "
    "fell 0.8%."
)


@pytest.mark.parametrize(
    "summary, span",
    [
        ("Vardal Bank trimmed its profit forecast for the first time this year.",
         "for the first time"),
        ("Monthly inflation came in at 0.42%, above the 0.7% economists had pencilled in.",
         "above the 0.7% economists had pencilled"),
        ("The new range's midpoint came in above the NOK 5.10 analysts expected.",
         "above the NOK 5.10 analysts expected"),
        ("The cartel agreed a larger-than-expected rise in output for June.",
         "larger-than-expected"),
        ("The OBX index, which gained 0.8%, closed at a record.", "gained"),
    ],
)  # fmt: skip
def test_occurrence_estimates_and_sizes_are_flagged(summary, span):
    assert flagged(RATES, summary) == [span]


@pytest.mark.parametrize(
    "summary",
    [
        # "lifted" = "raised"; the noun "cut" in the clause before must not reach "forecast".
        "Officials see only one more cut in 2027, and lifted their growth forecast to 1.9%.",
        "Vardal Bank lowered its profit outlook for a second time in four months.",
        "Monthly inflation of 0.42% was below the 0.7% economists had pencilled in.",
        "The midpoint came in just short of the NOK 5.10 analysts had expected.",
        "The cartel agreed a smaller than expected output increase for June.",
        "The OBX index slipped 0.8%.",
    ],
)
def test_faithful_occurrences_estimates_and_sizes_pass(summary):
    assert flagged(RATES, summary) == []


# ---------------------------------------------------------------------------------- families
FAMILIES = (
    "OSLO (Mar 3) - Brannvik Foods won a 2.1 billion crown contract from the state railway on "
    "Monday. The grocer said it would add about 600 jobs and open 14 stores in Sweden next year. "
    "Its annual net profit rose 8% to 3.4 billion crowns. Shares closed at 212 crowns, 9% above "
    "their IPO price. The krone depreciated 0.6% against the euro. Norway's central bank kept "
    "a hawkish tone and delivered its third rate hike in a row. Deliveries fell to 41,000 from "
    "52,000 units. The board approved a 1 billion crown buyback. Brannvik shares hit their best "
    "level since March 2021, and the stock outperformed the benchmark index, whose 1.2% loss "
    "was led by energy names. The dividend was held at 7 crowns."
)


@pytest.mark.parametrize(
    "summary, span",
    [
        ("Brannvik Foods lost a 2.1 billion crown contract from the state railway.", "lost"),
        ("The grocer plans to shed about 600 jobs.", "shed"),
        ("Brannvik will close 14 stores in Sweden next year.", "close"),
        ("Annual net loss rose 8% to 3.4 billion crowns.", "net loss"),
        ("Shares closed at 212 crowns, 9% below their IPO price.", "below"),
        ("The krone appreciated 0.6% against the euro.", "appreciated"),
        ("Norway's central bank delivered its third rate cut in a row.", "rate cut"),
        ("Norway's central bank struck a dovish tone.", "dovish"),
        ("Deliveries rose to 41,000 from 52,000 units.", "rose"),
        ("The board rejected a 1 billion crown buyback.", "rejected"),
        ("Brannvik shares hit their worst level since March 2021.", "worst"),
        ("The stock underperformed the benchmark index.", "underperformed"),
        ("The benchmark index posted a 1.2% gain.", "gain"),
        ("The dividend was raised to 7 crowns.", "raised"),
    ],
)
def test_family_flips_are_flagged(summary, span):
    assert flagged(FAMILIES, summary) == [span]


@pytest.mark.parametrize(
    "summary",
    [
        "Brannvik Foods secured a 2.1 billion crown rail contract.",
        "The grocer will hire about 600 people and open 14 Swedish stores next year.",
        "Annual net profit climbed 8% to 3.4 billion crowns.",
        "Shares ended 9% above the IPO price at 212 crowns.",
        "The krone weakened 0.6% against the euro.",
        "Norway's central bank raised rates for a third straight time and stayed hawkish.",
        "Deliveries dropped to 41,000 units from 52,000.",
        "The board authorised a 1 billion crown buyback.",
        "The stock beat the benchmark, which lost 1.2% on energy names.",
        "The dividend was kept at 7 crowns.",
    ],
)
def test_family_paraphrases_pass(summary):
    assert flagged(FAMILIES, summary) == []


def test_from_to_figures_that_go_the_other_way_need_both_figures_in_the_source():
    src = "Output was 41,000 units in May, against 52,000 units a year earlier."
    assert flagged(src, "Output climbed to 41,000 units from 52,000.") == ["climbed"]
    # One figure unknown to the source: that is the number check's business, not a flip.
    assert flagged(src, "Output climbed to 61,000 units from 52,000.") == []
    # Exchange rates quoted per dollar move the other way: never judged by arithmetic.
    fx = "The yen weakened to 151 per dollar from 147."
    assert flagged(fx, "The yen weakened to 151 per dollar from 147.") == []


def test_accounting_words_are_no_directions():
    src = "EBITDA, or earnings before interest, tax, depreciation and amortisation, rose 5%."
    assert flagged(src, "Underlying EBITDA forecasts were met; EBITDA rose 5%.") == []


ROUND4 = (
    "OSLO (Mar 3) - The krone firmed 0.4% to 11.52 per euro on Monday. Statistics Norway said "
    "January retail sales were revised down to 8,400 from 9,100, while the jobless rate was "
    "unchanged at 3.9%. Fjordvik Shipping said full-year profit would be in line with market "
    "expectations of about 2.1 billion crowns. Fjordvik will pay $900 million in cash and the "
    "remainder in its own shares for Baltic tanker owner Saaremaa Lines."
)


@pytest.mark.parametrize(
    "summary, span",
    [
        ("The krone weakened 0.4% to 11.52 per euro.", "weakened"),
        ("January retail sales were revised up to 8,400.", "revised up"),
        ("The jobless rate edged up to 3.9%.", "edged up"),
        ("Fjordvik expects profit ahead of market expectations of about 2.1bn crowns.", "ahead of"),
        ("Fjordvik will pay $900m in stock.", "in stock"),
        ("Fjordvik will pay the remainder in cash.", "in cash"),
    ],
)
def test_lexicon_gaps_firmed_revisions_unchanged_in_line_payment(summary, span):
    assert flagged(ROUND4, summary) == [span]


@pytest.mark.parametrize(
    "summary",
    [
        "The krone strengthened 0.4% against the euro.",
        "January retail sales were revised lower, to 8,400.",
        "The jobless rate held steady at 3.9%.",
        "Fjordvik sees profit in line with forecasts of about 2.1 billion crowns.",
        "Fjordvik will pay $900m in cash, the rest in shares.",
        "The krone has lost about 5% this year.",
        "January's gain in retail sales was revised down by 700.",
    ],
)
def test_lexicon_gap_paraphrases_pass(summary):
    assert flagged(ROUND4, summary) == []


PRICES = (
    "LIMA (Jun 9) - Peruvian consumer prices rose 3.1% year on year in May, down from 3.4% in "
    "April, the statistics institute said. Shares of Andina Cementos fell 2% to 14.50 soles."
)


def test_size_of_a_move_and_level_reached_are_not_one_figure():
    assert flagged(PRICES, "May inflation eased to 3.1%.") == []
    assert flagged(PRICES, "Inflation slowed to 3.1% in May from 3.4% in April.") == []
    assert flagged(PRICES, "Peruvian consumer prices fell 3.1% year on year in May.") == ["fell"]
    assert flagged(PRICES, "Andina Cementos shares rose to 14.50 soles.") == ["rose"]


def test_word_anchor_prefers_the_best_anchored_statement():
    source = (
        "BOGOTA (Apr 2) - Colombia's peso plunged 3% on Wednesday after the budget. Colombia's "
        "dollar-denominated bonds rallied after the central bank stepped in. Local stocks were "
        "mixed."
    )
    assert flagged(source, "Colombia's dollar bonds slumped on Wednesday.") == ["slumped"]
    assert flagged(source, "Colombia's peso slid sharply on Wednesday.") == []
    assert flagged(source, "Colombia's dollar bonds gained after the intervention.") == []


def test_majority_decision_and_not_unanimous_are_split_votes():
    source = (
        "ACCRA (Jul 24) - Ghana's central bank held its policy rate at 27% on Wednesday. Governor "
        "Kwame Asante said the decision was taken by a majority, with three members voting to cut."
    )
    assert flagged(source, "Governor Kwame Asante said the decision was unanimous.") == [
        "unanimous"
    ]
    assert flagged(source, "The decision to hold was not unanimous.") == []
    assert flagged(source, "Three members wanted a cut; the hold was a majority decision.") == []
    unanimous = "ACCRA (Jul 24) - Ghana's central bank unanimously held its policy rate at 27%."
    assert flagged(unanimous, "The decision to hold was not unanimous.") == ["not unanimous"]


GUIDANCE = (
    "DENVER (Oct 21) - Ridgeline Freight raised its full-year earnings forecast on Tuesday. "
    "It now expects adjusted earnings of $3.10 to $3.40 per share, compared with $2.90 to $3.40 "
    "previously. Quarterly revenue was $2.2 billion, compared with the $2.4 billion analysts had "
    "expected."
)


def test_level_given_against_an_earlier_level():
    assert flagged(GUIDANCE, "Ridgeline cut its full-year earnings forecast to $3.10-$3.40.") == [
        "cut its full-year earnings forecast"
    ]
    assert flagged(GUIDANCE, "Ridgeline lifted its earnings outlook to $3.10-$3.40 a share.") == []
    # A comparison with an estimate is no earlier level.
    assert flagged(GUIDANCE, "Quarterly revenue rose to $2.2 billion.") == []
    # A noun move whose clause goes on to another verb does not reach that level itself.
    source = "March sales were revised down to 9,000 from 12,000 previously reported."
    assert flagged(source, "March's gain in sales was revised down by 3,000 to 9,000.") == []


def test_payment_swap_flags_both_parts():
    assert flagged(ROUND4, "Fjordvik will pay $900m in stock and the rest in cash.") == [
        "in stock",
        "in cash",
    ]
    assert flagged(ROUND4, "Fjordvik will pay $900m in cash and the balance in stock.") == []


def test_no_plans_to_act_against_saying_it_will():
    src = (
        "Corvale Pension Fund said it would lift its stake in African toll roads to 9% over two "
        "years and had no plans to add to its European mall holdings."
    )
    assert flagged(src, "Corvale said it would add to its European mall holdings.") == [
        "add to its European mall holdings"
    ]
    assert flagged(src, "Corvale said it would not add to its European mall holdings.") == []
    assert flagged(src, "Corvale plans to lift its stake in African toll roads to 9%.") == []


def test_oversubscribed_against_undersubscribed():
    src = (
        "Tembo Bank said its bond sale, priced at 11.25%, was 2.4 times oversubscribed, drawing "
        "bids from 31 investors."
    )
    assert flagged(src, "Tembo's bond sale, priced at 11.25%, was undersubscribed.") == [
        "undersubscribed"
    ]
    assert flagged(src, "Tembo's bond sale, priced at 11.25%, was oversubscribed.") == []
    assert flagged(src, "Tembo's bond sale was over-subscribed by 31 investors.") == []


def test_figure_of_another_move_in_a_list_does_not_anchor():
    src = (
        "Pellham Stores said group sales rose 5.1% in the quarter. Catalogue sales surged 9.3%, "
        "while footfall at its malls dropped 1.2%."
    )
    assert flagged(src, "Catalogue sales surged 9.3% and mall footfall rose.") == ["rose"]
    assert flagged(src, "Catalogue sales surged 9.3% and group sales rose.") == []


def test_progressive_denial_is_something_not_done():
    # A call transcript's "we're not running a sale process": a summary saying the company is
    # running one, or will launch what it is "not planning", contradicts it.
    src = (
        "Analyst: Are you exploring a sale of the Ridgeback assets? CEO: We're open to offers, but "
        "we're not running a sale process. We are not planning a national loyalty program either."
    )
    assert flagged(src, "Management said it is running a sale process for the Ridgeback assets.") \
        == ["running a sale process"]
    assert flagged(src, "The company will launch a national loyalty program.") \
        == ["launch a national loyalty program"]
    assert flagged(src, "The company is not running a sale process.") == []
    assert flagged(src, "Management ruled out a national loyalty program.") == []
    # "is not" before something other than an action stays silent.
    assert flagged("The plant is not expected to reopen soon, the company said.",
                   "The plant is expected to reopen soon.") == []


def test_guidance_status_in_words_and_in_figures():
    call = (
        "CFO: For the full year, we are reaffirming our outlook for net sales growth of 3% to 5% "
        "and diluted EPS of $2.10 to $2.25. We now expect gross margin of 40% to 41%, compared with "
        "our prior guide of 39% to 40%. We are narrowing our revenue guidance to $8.1 billion to "
        "$8.3 billion from $8.0 billion to $8.4 billion, which keeps the midpoint unchanged. We now "
        "expect currency to hurt EPS by 4 cents, versus 3 cents previously."
    )
    assert flagged(call, "Verlund raised its full-year EPS outlook to $2.10-$2.25.") == \
        ["raised its full-year EPS outlook"]
    assert flagged(call, "The company reaffirmed its gross margin guidance of 39% to 40%.") == \
        ["reaffirmed its gross margin guidance"]
    assert flagged(call, "Verlund raised its revenue guidance.") == ["raised its revenue guidance"]
    # faithful: the same status, said another way; a bigger currency drag is no raised guidance
    assert flagged(call, "Verlund maintained its EPS outlook of $2.10 to $2.25.") == []
    assert flagged(call, "Verlund lifted its gross margin forecast to 40% to 41%.") == []
    assert flagged(call, "The company kept its revenue guidance midpoint unchanged while narrowing the range.") == []
    assert flagged(call, "Management now sees a bigger currency drag, 4 cents versus 3 cents previously.") == []
    # a status of some other guidance does not count: silence is left to the support check
    assert flagged(call, "The company raised its dividend target.") == []


def test_level_against_a_reference_price_is_its_own_axis():
    # "rose ... just below the offer price": the move is up, the level is below the reference.
    src = ("Norsk Petrolift agreed to pay 142 crowns a share for Tidewell. Tidewell shares rose 21% "
           "to 139.50 crowns, just below the offer price.")
    assert flagged(src, "Tidewell shares jumped 21% to 139.50 crowns, above the offer price.") == ["above"]
    assert flagged(src, "Tidewell shares rose 21% to 139.50 crowns, below the offer price.") == []
    assert flagged(src, "Tidewell shares fell 21% to 139.50 crowns.") == ["fell"]
