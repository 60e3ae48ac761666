"""Date parsing and the date check: each supported form, hand-checkable."""

from __future__ import annotations

import json

import pytest
from conftest import SHARED, errors, spans

from summarizer import check
from summarizer.parsing.dates import dateline, parse_dates


def one(text):
    found = [d for d in parse_dates(text) if d.kind != "relative"]
    assert len(found) == 1, found
    return found[0]


def date_check(source, summary):
    return check(source, summary, checks=("date",))


# --- parsing -----------------------------------------------------------------------------------

@pytest.mark.parametrize("text, weekday", [("on Tuesday", 1), ("on Tue. it", 1), ("Wednesday's close", 2)])
def test_weekdays(text, weekday):
    d = one(text)
    assert (d.kind, d.weekday) == ("weekday", weekday)


@pytest.mark.parametrize("text, month, day, year", [
    ("until Nov. 21.", 11, 21, None),
    ("on 21 October", 10, 21, None),
    ("on October 21, 2025", 10, 21, 2025),
    ("by Oct 21 at", 10, 21, None),
])
def test_day_dates(text, month, day, year):
    d = one(text)
    assert (d.kind, d.month, d.day, d.year) == ("day", month, day, year)


def test_month_year_and_fiscal_forms():
    assert (one("since December 2023").month, one("since December 2023").year) == (12, 2023)
    d = one("the year to March 2026")
    assert (d.kind, d.month, d.year, d.fiscal) == ("year", 3, 2026, True)
    for text in ("in fiscal 2026", "FY2026 sales", "FY26 sales"):
        d = one(text)
        assert (d.year, d.fiscal) == (2026, True), text
    assert one("in 2017 it").year == 2017


@pytest.mark.parametrize("text, quarter, qend", [
    ("in Q3", 3, None), ("third quarter", 3, None), ("third-quarter profit", 3, None),
    ("3Q25 sales", 3, None), ("the September quarter", None, 9),
    ("first quarter to June 30", 1, 6), ("three months to June", None, 6),
])
def test_quarters(text, quarter, qend):
    d = one(text)
    assert (d.kind, d.quarter, d.quarter_end) == ("quarter", quarter, qend)


def test_halves_and_ranges():
    assert one("in the first half").half == 1
    assert one("H2 2025 sales").half == 2
    assert one("claims for January-September").months == (1, 9)
    assert one("in the first nine months").months == (1, 9)
    d = one("the April-June quarter")
    assert (d.months, d.quarter_end) == ((4, 6), 6)


def test_relative_and_ambiguous_words():
    kinds = [(d.text, d.kind) for d in parse_dates("earlier this month, last year and yesterday")]
    assert kinds == [("earlier this month", "relative"), ("last year", "relative"),
                     ("yesterday", "relative")]
    assert parse_dates("Investors may sell. May I ask?") == []
    assert one("In May, rates rose").month == 5


def test_dateline():
    d = dateline("SYDNEY (Nov 4) - The bank held rates.")
    assert (d.month, d.day) == (11, 4)
    assert dateline("The bank held rates on Nov 4 - again.") is None


# --- the check ---------------------------------------------------------------------------------

SRC = ("SYDNEY (Nov 4) - The bank held rates on Tuesday. Inflation rose in the September "
       "quarter. Repairs could last until Oct. 21. It targets 206 million passengers in the year "
       "to March 2026. Profit for its first quarter to June 30 rose. Claims in the first nine "
       "months totalled $2.9 billion. The deal is expected to close in the second quarter. "
       "It cut rates earlier this month.")


@pytest.mark.parametrize("summary", [
    "Rates were held on Tuesday.",
    "Q3 inflation rose.", "Third-quarter inflation rose.",
    "April-June quarter profit rose.", "January-September claims were $2.9 billion.",
    "The deal should close in Q2.", "Repairs could last until October 21.",
    "It aims for 206 million passengers for the year to March 2026.",
    "It cut rates earlier in November.",
])
def test_faithful_date_paraphrases_pass(summary):
    assert date_check(SRC, summary).findings == []


def test_wrong_weekday_is_an_error_with_evidence():
    r = date_check(SRC, "Rates were held on Wednesday.")
    (f,) = errors(r)
    assert f.text == "Wednesday" and "Tuesday" in f.message
    assert "Tuesday" in f.evidence


def test_wrong_day_fiscal_year_quarter_month():
    assert spans(date_check(SRC, "Repairs could last until Nov. 21."), "date") == ["Nov. 21"]
    r = date_check(SRC, "The target is for the year to March 2027.")
    assert [f.severity for f in r.findings] == ["error"] and "2027" in r.findings[0].text
    assert spans(date_check(SRC, "The deal should close in Q4."), "date") == ["Q4"]
    assert spans(date_check(SRC, "It cut rates in August."), "date") == ["August"]


def test_weekday_of_another_event_is_a_warning():
    src = ("The shares were sold at a discount to Tuesday's closing price, the ministry said "
           "in a statement on Wednesday.")
    r = date_check(src, "The stake was placed, the ministry said in a statement on Tuesday.")
    assert [(f.text, f.severity) for f in r.findings] == [("Tuesday", "warning")]


def test_unverifiable_weekday_is_only_a_warning():
    r = date_check("The bank held rates.", "The bank held rates on Friday.")
    assert [f.severity for f in r.findings] == ["warning"]


def test_lowercased_text_is_parsed():
    r = date_check("the match was played on saturday .", "the match was played on sunday .")
    assert spans(r, "date") == ["sunday"]


FIN_DEV = SHARED / "benchmarks" / "fin_dev.jsonl"


@pytest.mark.skipif(not FIN_DEV.exists(), reason="shared benchmarks not available")
def test_fin_dev_faithful_pass_and_date_spans_caught():
    caught = total = 0
    for line in FIN_DEV.read_text(encoding="utf-8").splitlines():
        case = json.loads(line)
        r = date_check(case["source"], case["summary"])
        if case["label"] == 1:
            assert errors(r) == [], case["id"]
        for span, kind in zip(case["must_flag"], case["flag_kinds"]):
            if kind == "date":
                total += 1
                s = case["summary"].find(span)
                caught += any(f.overlaps(s, s + len(span)) for f in r.findings)
    assert total and caught / total >= 0.8


# --- round 2: keyword-windowed scanning, source parsed only when needed -------------------------

def test_mentions_at_both_ends_and_far_into_a_long_text_are_found():
    filler = "Shares rose 3% to 120 pence in heavy trade. " * 200
    text = ("Oct. 21 was busy. " + filler + "Profit for the three months to June 30, 2025 rose; "
            "the first nine months and the year to March 2026 too, on Tuesday, in 2024 and Q3")
    found = [(d.text, d.kind) for d in parse_dates(text) if d.kind != "relative"]
    assert found == [("Oct. 21", "day"), ("three months to June 30, 2025", "quarter"),
                     ("first nine months", "range"), ("year to March 2026", "year"),
                     ("Tuesday", "weekday"), ("2024", "year"), ("Q3", "quarter")]


def test_source_is_not_parsed_when_the_summary_has_no_date():
    from summarizer.checks import dates as date_module
    from summarizer.checks.base import CheckContext
    from summarizer.settings import Settings
    from summarizer.text import Document

    ctx = CheckContext(Document("Profit rose 5%."), Document(SRC), Settings())
    assert date_module.run(ctx) == [] and "date_support" not in ctx.source._memo
    ctx = CheckContext(Document("Profit rose on Friday."), Document(SRC), Settings())
    assert len(date_module.run(ctx)) == 1 and "date_support" in ctx.source._memo


# --- round 3: periods derived in any form, competing values, severity ---------------------------

@pytest.mark.parametrize("text, months, lead", [
    ("in the first eight months of the year", (1, 8), 8),
    ("sales in the eight months to August", (1, 8), None),
    ("in the six months ended Sept. 30", (4, 9), None),
])
def test_any_count_of_months(text, months, lead):
    d = one(text)
    assert (d.months, d.lead) == (months, lead)


def test_half_year_to_and_retail_years_and_month_before_a_date_noun():
    d = one("in the half year to December 31")
    assert (d.kind, d.months) == ("half", (7, 12))
    d = one("in the 52 weeks to June 28")
    assert (d.kind, d.month, d.day, d.fiscal) == ("day", 6, 28, True)
    assert one("at the March meeting").month == 3
    assert parse_dates("Investors may sell. May I ask?") == []


@pytest.mark.parametrize("source, summary", [
    # fiscal year stated: the April-September half is the first half
    (("Profit for the year ending March 31, 2026 will rise. Profit for the April-September half "
      "fell."), "First-half profit fell."),
    ("Sales in the first eight months of the year fell.", "January-August sales fell."),
    ("Sales in the six months to June fell.", "H1 sales fell."),
    ("Sales in the eight months to August fell.", "Sales in the first eight months fell."),
    ("Profit for its first quarter to June 30 rose.", "April-June profit rose."),
    ("HONG KONG (Sept 15) - Sales so far this year fell 5%.", "January-August sales fell 5%."),
])
def test_derivable_periods_pass(source, summary):
    assert date_check(source, summary).findings == []


def test_period_severity_needs_a_competing_period():
    src = "Sales in the first eight months of the year fell. Second-half sales will rise."
    (f,) = date_check(src, "January-September sales fell.").findings
    assert f.severity == "warning"  # no nine-month period in the source: cannot be derived
    (f,) = date_check(src, "First-half sales will rise.").findings
    assert f.severity == "error" and "Second-half" in f.evidence
    # the fiscal year is unknown: an ordinal half may start in any month
    src = "Profit for the six months to September fell."
    assert [f.severity for f in date_check(src, "Second-half profit fell.").findings] == ["warning"]
    # once the source says the year ends in March, April-September is the first half
    src = "Profit for the six months to September fell. The year to March 2026 looks better."
    assert [f.severity for f in date_check(src, "Second-half profit fell.").findings] == ["error"]


def test_month_of_another_year_is_an_error():
    src = "It defaulted in November 2022. The sector has slumped since 2021."
    (f,) = errors(date_check(src, "It defaulted in November 2021."))
    assert f.text == "November 2021" and "November 2022" in f.message
    assert date_check(src, "It defaulted in November 2022.").findings == []


def test_month_before_a_date_noun_is_checked():
    src = "WASHINGTON (Dec 10) - Traders see a cut at the next meeting in January."
    assert spans(date_check(src, "Traders see a cut at the March meeting."), "date") == ["March"]


def test_may_and_march_after_as_early_as_are_months():
    assert [m.month for m in parse_dates("It could cut rates as early as May.")] == [5]
    assert [m.month for m in parse_dates("Rates may rise as soon as March, he said.")] == [3]
    assert parse_dates("Analysts such as May Lin disagreed.") == []


def _date_errors(source, summary):
    rep = check(source, summary, checks=("date",))
    return [f.text for f in rep.findings if f.kind == "date" and f.severity == "error"]


def test_figure_copied_with_another_period_is_flagged():
    src = ("OSLO (Mar 4) - Fjordline carried 48,210 passengers in 2024, up 3% on the year. Its load "
           "factor was 81.5% in the second half, against 77.2% in the first half of 2023. "
           "Bookings rose to 12,400 last month, the company said.")
    assert _date_errors(src, "Fjordline carried 48,210 passengers in 2023.") == ["2023"]
    assert _date_errors(src, "The load factor was 81.5% in the first half.") == ["first half"]
    assert _date_errors(src, "Bookings rose to 12,400 in January.") == ["January"]
    assert _date_errors(src, "Bookings rose to 12,400 in February.") == []
    assert _date_errors(src, "Fjordline carried 48,210 passengers in 2024 and 2023 was weaker.") == []
    assert _date_errors(src, "Load factor hit 81.5% in H2, above the first half of 2023.") == []


def test_month_closing_a_stated_quarter_is_not_an_error():
    src = ("HELSINKI (Oct 2) - Rautakoski will shut its Lahti plant by the end of the second "
           "quarter of 2026, it said on Thursday.")
    assert _date_errors(src, "Rautakoski will shut the Lahti plant by the end of June 2026.") == []
    assert _date_errors(src, "Rautakoski will shut the Lahti plant at the close of "
                             "June 2026.") == []
    assert _date_errors(src, "Rautakoski will shut the Lahti plant by the end of "
                             "September 2026.") == ["September 2026"]
