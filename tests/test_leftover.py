"""The leftover check: each form of chatbot text, the no-false-alarm cases, the seed file and
the shared benchmark summaries."""

from __future__ import annotations

import json

import pytest
from conftest import FIXTURES, SHARED, spans

from summarizer import check
from summarizer.checks.base import CheckContext
from summarizer.checks.leftover import NAME, NEEDS_SOURCE, find_spans, run
from summarizer.settings import Settings
from summarizer.text import Document

BODY = "Acme Corp's third-quarter profit rose 12% to $1.2 billion on Tuesday."


def flagged(text: str, source: str | None = None) -> list[str]:
    return [text[s:e] for (s, e), _ in find_spans(text, source)]


def test_module_contract():
    assert NAME == "leftover" and NEEDS_SOURCE is False
    ctx = CheckContext(Document(f"{BODY}\n\nI hope this helps!"), None, Settings())
    (finding,) = run(ctx)
    assert (finding.kind, finding.severity, finding.evidence) == ("leftover", "error", None)
    assert finding.text == "I hope this helps!"
    assert "sign-off" in finding.message


WHOLE = [
    # preambles
    "Sure! Here's a concise summary of the article:", "Here is a summary:", "Certainly!",
    "Here's a summary of the key points:", "Summary of the article:",
    "Okay, here's what the article says:", "Below is a brief overview of the text you provided.",
    # sign-offs
    "I hope this article accurately summarizes and expands upon the Bloomberg piece you provided!",
    "I hope this helps!", "Hope this helps!",
    "Let me know if you'd like any adjustments or further elaboration on specific points.",
    "Let me know if you'd like me to make it shorter or add more detail!",
    "If you need a more detailed version, just let me know.",
    "Feel free to ask if you have any other questions.",
    "Would you like me to expand on the outlook for next year?",
    "Is there anything else you'd like to know?", "I'd be happy to help with anything else.",
    # refusals and self-reference
    "As an AI language model, I cannot predict share prices.",
    "As an AI, I don't have access to real-time market data.",
    "I cannot browse the internet, so figures may be out of date.",
    "Events after my knowledge cutoff are not covered.", "I don't have real-time data on this stock.",
    # notes about the summary
    ("Note: This summary is based solely on the information provided in the article and may not "
    "reflect subsequent data revisions."),
    "Disclaimer: This is not financial advice.", "(Word count: 120)",
    "This summary captures the main points of the article.",
    "I've kept the summary under 100 words.",
    # links
    "Read the full article at https://example.com/markets/acme", "Read the Full Reuters Article at:",
    "[ https://example.com/news/articles/2026-01-04/acme ]", "Source: https://example.com/acme",
    # labels alone on a line
    "**Summary:**", "## Summary", "Summary:", "**Key points:**", "TL;DR:",
]


@pytest.mark.parametrize("leftover", WHOLE)
def test_whole_leftover_line_is_flagged_exactly(leftover):
    assert flagged(f"{BODY}\n\n{leftover}") == [leftover]
    assert flagged(f"{leftover}\n\n{BODY}") == [leftover]


@pytest.mark.parametrize(
    "text, expected",
    [
        (f"Based on the article provided, {BODY}", "Based on the article provided,"),
        (f"According to the text you shared, {BODY}", "According to the text you shared,"),
        (f"MILAN, [Insert date] - {BODY}", "[Insert date]"),
        ("[Insert company name] said profit rose 4%.", "[Insert company name]"),
        (f"{BODY}\n\n[Your Name]", "[Your Name]"),
        ("<insert ticker> fell 3% on Friday.", "<insert ticker>"),
        ("{company} shares rose 2%.", "{company}"),
        (f"**Summary:** {BODY}", "**Summary:**"),
        (f"TL;DR: {BODY}", "TL;DR:"),
        (f"Here's a summary of the article: {BODY}", "Here's a summary of the article:"),
        (f"{BODY} (Word count: 14)", "(Word count: 14)"),
    ],
)
def test_leftover_part_of_a_line(text, expected):
    assert flagged(text) == [expected]


def test_consecutive_leftover_sentences_on_a_line_are_one_span():
    text = f"{BODY}\n\nI hope this helps! If you need a more detailed version, just let me know."
    assert flagged(text) == ["I hope this helps! If you need a more detailed version, just let me know."]


def test_self_reference_sentence_and_framing_clause_are_separate():
    text = f"As an AI, I don't have access to real-time market data. Based on the article provided, {BODY}"
    assert flagged(text) == [
        "As an AI, I don't have access to real-time market data.", "Based on the article provided,",
    ]


@pytest.mark.parametrize(
    "text",
    [
        "'I hope rates fall,' said the CEO.",
        "\"I hope this deal helps us grow,\" the chief executive told reporters.",
        "\u201cLet me know when rates fall and we will invest,\u201d the fund manager said.",
        "\u201cWould you like to see a rate cut?\u201d she asked lawmakers on Tuesday.",
        "The company said it hopes the deal helps it expand in Asia.",
        "According to the report, profit rose 5%.",
        "Summary of results: revenue rose 5% to $2 billion.",
        "Here are the numbers: revenue rose 5% to $2 billion.",
        "Key points of the plan include a 5% dividend increase.",
        "The summary judgment was overturned on appeal.",
        "Note: figures are in U.S. dollars.",
        "Source: company filings show revenue rose 5% in the quarter.",
        "Okay Corp's profit rose 5%.",
        "Certainly, the central bank's move surprised markets.",
        "Investors can read more in the full report due on Friday.",
        "Here are his five top takeaways from the meeting, which ended on Tuesday.",
        "If you want to learn more, NASA will take questions on Friday.",
        "We expect [the company] to grow, he said.",
        "The bank's AI model predicted a 5% rise.",
    ],
)
def test_no_false_alarm(text):
    assert flagged(text) == []


def test_text_also_in_the_source_is_not_a_leftover():
    source = 'The CEO ended the call: "Let me know if you have questions." Shares rose 3%.'
    summary = "Shares rose 3%.\nLet me know if you have questions."
    assert flagged(summary) == ["Let me know if you have questions."]
    assert flagged(summary, source) == []


def test_check_reports_leftovers_and_other_checks_skip_them():
    report = check(None, f"Sure! Here is a summary:\n\n{BODY}\n\nI hope this helps!")
    assert spans(report, "leftover") == ["Sure! Here is a summary:", "I hope this helps!"]
    assert report.verdict == "fail"


def test_seed_leftovers_flagged_without_source():
    seed = (FIXTURES / "seed" / "ai_summary_of_bloomberg_article.txt").read_text(encoding="utf-8")
    found = flagged(seed)
    assert found[0].startswith("I hope this article accurately summarizes and expands upon")
    assert found[0].endswith("further elaboration on specific points.")
    assert found[1] == "Read the Full Bloomberg L.P. Article at:"
    assert found[2].startswith("[ https://www.bloomberg.com/") and found[2].endswith("]")
    assert len(found) == 3


def _rows(name):
    path = SHARED / "benchmarks" / name
    if not path.exists():
        pytest.skip("shared benchmarks not available")
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line]


def test_fin_dev_leftovers_all_caught_and_no_false_alarms():
    caught = 0
    for row in _rows("fin_dev.jsonl"):
        found = find_spans(row["summary"], row["source"])
        if row["label"] == 1:
            assert found == [], row["id"]
        for text, kind in zip(row["must_flag"], row["flag_kinds"]):
            if kind != "leftover":
                continue
            start = row["summary"].index(text)
            assert any(s <= start and start + len(text) <= e for (s, e), _ in found), (row["id"], text)
            caught += 1
    assert caught >= 8


@pytest.mark.slow
@pytest.mark.parametrize("name", ["frank_valid.jsonl", "summeval.jsonl", "factcc.jsonl"])
def test_no_leftovers_in_benchmark_summaries(name):
    hits = [(r["id"], flagged(r["summary"])) for r in _rows(name)]
    assert [h for h in hits if h[1]] == []


def test_fixture_pairs_leftovers():
    rows = [json.loads(line) for line in (FIXTURES / "pairs.jsonl").read_text("utf-8").splitlines()]
    assert len(rows) == 6
    found = {r["id"]: flagged(r["summary"], r["source"]) for r in rows}
    for r in rows:
        if r["label"] == 1:
            assert found[r["id"]] == [], r["id"]
    assert found["castellan_bank.unfaithful"] == [
        "**Summary:**", "Note: This summary is based solely on the information provided in the article.",
    ]
    assert found["pemberton_arrowleaf.unfaithful"] == [
        "Based on the article provided,", "Would you like me to make this shorter?",
    ]
    assert found["halvorsen_results.unfaithful"] == [
        "Sure! Here's a concise summary of the article:",
        "I hope this helps! Let me know if you'd like any adjustments.",
    ]


def test_self_reference_lead_in_stops_at_the_colon_that_introduces_content():
    from summarizer.checks.leftover import find_spans

    text = ("As an AI language model, I cannot verify these figures, but here is the summary: "
            "Brightwater sold 2 billion crowns of bonds on Monday.")
    spans = [text[s:e] for (s, e), _ in find_spans(text)]
    assert spans == ["As an AI language model, I cannot verify these figures, but here is the summary:"]


def test_short_here_is_line_introducing_content_is_a_preamble():
    from summarizer.checks.leftover import find_spans

    text = "Alright! Here's what happened:\nBrightwater's profit rose 4% to $1.2bn."
    spans = [text[s:e] for (s, e), _ in find_spans(text)]
    assert spans == ["Alright! Here's what happened:"]


def test_here_you_go_and_short_output_of_input_lines():
    from summarizer.checks.leftover import find_spans

    text = "Here you go, a quick recap of the report:\nBrightwater's profit rose 4% to $1.2bn."
    assert [text[s:e] for (s, e), _ in find_spans(text)] == ["Here you go, a quick recap of the report:"]
    text = "A brief overview of the story:\nBrightwater's profit rose 4% to $1.2bn."
    assert [text[s:e] for (s, e), _ in find_spans(text)] == ["A brief overview of the story:"]
    # A content line naming a report is not a leftover.
    assert find_spans("The overview of the report: profit rose 4% to $1.2bn.") == []


def test_described_output_preamble_and_first_person_condensing_note():
    from summarizer.checks.leftover import find_spans

    text = ("Below is a short, plain-English summary suitable for investors: Brightwater's "
            "profit rose 4% to $1.2bn.")
    assert [text[s:e] for (s, e), _ in find_spans(text)] == [
        "Below is a short, plain-English summary suitable for investors:"]
    text = "Brightwater's profit rose 4%.\nI've distilled the story into two sentences below."
    assert [text[s:e] for (s, e), _ in find_spans(text)] == [
        "I've distilled the story into two sentences below."]
    # Reported speech and ordinary first-person news prose stay untouched.
    assert find_spans('"I\'ve boiled the story down," the author said of her book.') == []
    assert find_spans("Brightwater reported a 4% rise in profit in the story of its year.") == []


def test_more_leftover_forms():
    from summarizer.checks.leftover import find_spans

    def found(text):
        return [text[s:e] for (s, e), _ in find_spans(text)]

    body = "Brightwater's profit rose 4% to $1.2bn."
    assert found(body + "\nCreated with an AI assistant; check the figures before use.") == [
        "Created with an AI assistant; check the figures before use."]
    assert found(body + " Glad to adjust the length if needed.") == ["Glad to adjust the length if needed."]
    assert found("### Brightwater results\n" + body) == ["### Brightwater results"]
    assert found(body + "\n(Note: this summary may omit later revisions.)") == [
        "(Note: this summary may omit later revisions.)"]
    assert found("Of course - here is the recap you wanted.\n" + body) == [
        "Of course - here is the recap you wanted."]
    assert found(body + " Feel free to edit the wording!") == ["Feel free to edit the wording!"]
    # Not leftovers: a quoted "glad to", a hashtag, a parenthetical aside.
    assert found('"We are glad to help customers," the CEO said.') == []
    assert found("Shares of #1 ranked Brightwater rose 4% (the most since May).") == []
