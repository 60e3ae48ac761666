"""The number check: faithful paraphrases pass, each kind of number error is flagged with the
right span. Texts are made up for the tests (not the benchmark cases)."""

from __future__ import annotations

import pytest

from summarizer import check
from summarizer.checks.base import CheckContext
from summarizer.checks.numbers import run
from summarizer.settings import Settings
from summarizer.text import Document

SOURCE = (
    "OSLO (May 6) - Fjellbank ASA said on Tuesday its first-quarter net profit rose to "
    "840 million euros from 600 million euros a year earlier, beating the 790 million euros "
    "analysts had expected. Net interest margin widened to 2.45% from 2.10%, and the bank's "
    "cost-income ratio fell to 41.8%. The lender will cut about 5% of its 9,400 staff and "
    "raised its dividend to 64 cents a share. Its shares rose as much as 11% before closing "
    "6.3% higher at 212.40 euros, while the wider OBX index gained 0.7%. The central bank held "
    "its policy rate at 4.50% and yields on two-year bonds fell 8 basis points to 3.91%. "
    "Fjellbank sold a 4.2% stake in Nordvik Insurance for C$1.4 billion ($1.02 billion). "
    "Loan losses in the first nine months totalled 1.9 billion euros, against a budget of "
    "1.5 billion euros. The deal needs approval from two-thirds of shareholders. Three "
    "former managers were banned for up to seven years."
)


def numbers(summary, source=SOURCE):
    report = check(source, summary, checks=("number",))
    return [(f.text, f.message) for f in report.findings if f.kind == "number"]


def flagged(summary, source=SOURCE):
    return [t for t, _ in numbers(summary, source)]


@pytest.mark.parametrize(
    "summary",
    [
        "Fjellbank's Q1 net profit climbed to €840m from €600m.",
        "Net profit jumped 40% to 840 million euros.",  # (840 - 600) / 600
        "The margin widened 35 basis points to 2.45 per cent.",  # 2.45 - 2.10
        "The margin widened 0.35 percentage points.",
        "Fjellbank will cut roughly 470 jobs.",  # 5% of 9,400
        "It will cut some 5% of its workforce of about 9,400.",
        "Shares closed up 6.3% at €212.40; the dividend is $0.64 a share.",
        "Shares closed more than 6% higher at about €212.",
        "Profit beat the €790m consensus by €50m.",  # 840 - 790
        "Loan losses hit €1.9bn, €400 million over budget.",  # 1.9 - 1.5
        "Two-year yields fell 8bp to 3.91% as the policy rate stayed at 4.5%.",
        "The stake sale raised C$1.4bn (US$1.02bn).",
        "Three former managers were barred for up to seven years.",
        "The cost-income ratio fell to almost 42%.",
        "Fjellbank shares closed 6.3% higher; shares of Fjellbank had risen as much as 11%.",
    ],
)
def test_faithful_paraphrases_pass(summary):
    assert numbers(summary) == []


def test_wrong_unit_basis_points_vs_percentage_points():
    found = numbers("Two-year yields fell 8 percentage points to 3.91%.")
    assert [t for t, _ in found] == ["8 percentage points"]
    assert "8 basis points" in found[0][1]


def test_transposed_digits():
    assert flagged("Net profit rose to 480 million euros.") == ["480 million euros"]


def test_wrong_scale():
    found = numbers("The stake sold for C$1.4 trillion.")
    assert [t for t, _ in found] == ["C$1.4 trillion"]
    assert "C$1.4 billion" in found[0][1]


def test_wrong_currency():
    found = numbers("Fjellbank sold the stake for US$1.4 billion.")
    assert [t for t, _ in found] == ["US$1.4 billion"]
    assert "currency" in found[0][1]


def test_wrong_word_count():
    assert flagged("Three former managers were banned for up to 17 years.") == ["17 years"]


def test_wrong_fraction():
    assert flagged("The deal needs approval from half of shareholders.") == ["half"]


def test_tenfold_basis_point_slip():
    assert flagged("Two-year yields fell 80 basis points.") == ["80 basis points"]


def test_invented_amount_has_evidence_or_none():
    report = check(SOURCE, "Fjellbank will also set aside an extra NOK 900 million.",
                   checks=("number",))
    (f,) = report.findings
    assert f.text == "NOK 900 million" and f.severity == "error"
    assert report.verdict == "fail"


def test_peak_move_reported_as_close():
    assert flagged("Fjellbank shares closed 11% higher.") == ["11%"]


def test_figure_attached_to_another_subject():
    assert flagged("The OBX index gained 6.3%.") == ["6.3%"]


def test_hedge_too_loose_for_unhedged_figure():
    assert flagged("Profit reached 850 million euros.") == ["850 million euros"]


def test_vote_tally_is_left_to_the_contradiction_check():
    assert flagged("Shareholders backed the deal in a 6-3 vote.") == []


def test_years_and_dates_are_not_numbers():
    assert flagged("On May 6, 2025, Fjellbank reported Q1 results.") == []


def test_leftover_spans_are_skipped():
    doc = Document("Profit rose to 840 million euros. Call 555 7777 for more.")
    ctx = CheckContext(summary=doc, source=Document(SOURCE), settings=Settings(),
                       excluded=[(34, len(doc.text))])
    assert run(ctx) == []


def test_source_parse_is_memoised():
    src = Document(SOURCE)
    ctx = CheckContext(summary=Document("Profit rose 40%."), source=src, settings=Settings())
    run(ctx)
    first = src.memo("quantities", lambda d: None)
    run(ctx)
    assert src.memo("quantities", lambda d: None) is first and first


def test_large_source_completes():
    """A 2 MB source: only completion is asserted."""
    big = (SOURCE + "\n") * (2_000_000 // len(SOURCE))
    found = numbers("Net profit rose to 840 million euros and staff fell by 123,456.", big)
    assert [t for t, _ in found] == ["123,456"]
