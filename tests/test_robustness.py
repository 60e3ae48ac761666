"""The checker never crashes and every finding's span is exact, whatever the text."""

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from summarizer import check

# Text built from the pieces financial news and chatbot output are made of, mixed with noise.
PIECES = st.sampled_from([
    "$", "US$", "C$", "€", "£", "¥", "%", "bp", "basis points", "per cent", "percentage points",
    "1.5", "2,300", "0.25", "3-5%", "$1.6-1.8 billion", "bn", "m", "million", "two-thirds", "half",
    "Q3", "third-quarter", "Tuesday", "Nov. 21", "2026", "fiscal 2025", "H1", "January-September",
    "the Fed", "Bank of Japan", "BoJ", "U.S.", "Mr.", "CEO", "Acme Corp", "Jane Doe", "Doe's",
    "rose", "fell", "beat", "missed", "raised", "cut", "net buyers", "net sellers", "unanimous",
    "6-3", "before tax", "not", "didn't", "Sure! Here's a summary:", "I hope this helps!",
    "Let me know", "As an AI language model,", "**Summary:**", "[Insert date]", "## Notes",
    "(Note: ", ")", '"', "'", ",", ".", "!", "?", ":", ";", "-", "—", "\n", "\n\n", " ", " ",
    "\r\n", "\t", "é", "中文", "🙂", "\u200b", "\ufeff",
])
TEXT = st.lists(st.one_of(PIECES, st.text(max_size=6)), min_size=1, max_size=40).map(" ".join)


@settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(source=TEXT, summary=TEXT)
def test_check_never_crashes_and_spans_are_exact(source, summary):
    if not source.strip() or not summary.strip():
        return
    report = check(source, summary)
    assert report.verdict in ("pass", "fail")
    assert 0.0 <= report.score <= 1.0
    for f in report.findings:
        assert 0 <= f.start <= f.end <= len(summary)
        assert summary[f.start:f.end] == f.text


@settings(max_examples=60, deadline=None)
@given(summary=TEXT)
def test_check_without_source_never_crashes(summary):
    if not summary.strip():
        return
    report = check(None, summary)
    assert {f.kind for f in report.findings} <= {"leftover"}
