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
