"""Issue 13, round 5: false alarms and misses found on fresh LLM-written and financial sets. Each
case is a short invented source/summary pair, checked by hand: `errors(...)` lists the error
findings."""

from __future__ import annotations

from conftest import rule_errors as errors


# ------------------------------------------------------------------------------ false alarms
def test_a_label_line_before_bullets_is_not_a_claim():
    src = "Tarnwell said third-quarter revenue rose 8% to $412 million, ahead of forecasts."
    for label in ("Q3 recap:", "**Highlights from the call:**", "Tarnwell Q3 summary:"):
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
