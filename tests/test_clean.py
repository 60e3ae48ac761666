"""`clean()`: leftovers removed with the whitespace that only served them, everything else
kept character for character (property tests with hypothesis), and `finsum clean`."""

from __future__ import annotations

import json

import pytest
from conftest import FIXTURES, SHARED
from hypothesis import given, settings
from hypothesis import strategies as st

from summarizer.checks.leftover import clean, find_spans

BODY = "Acme Corp's third-quarter profit rose 12% to $1.2 billion."


def is_subsequence(small: str, big: str) -> bool:
    it = iter(big)
    return all(ch in it for ch in small)


# --- hand-checked cases ------------------------------------------------------------------------
def test_preamble_line_and_its_blank_line_removed():
    assert clean(f"Here's a concise summary of the article:\n\n{BODY}") == BODY


def test_sign_off_and_preceding_blank_line_removed():
    assert clean(f"{BODY}\n\nI hope this helps! Let me know if you need more.") == BODY


def test_trailing_newline_of_text_kept():
    assert clean(f"**Summary:**\n\n{BODY}\n\nHope this helps!\n") == BODY + "\n"


def test_framing_clause_removed_without_recapitalising():
    text = "Based on the article provided, shares of Acme rose 3% on Monday."
    assert clean(text) == "shares of Acme rose 3% on Monday."


def test_leftover_sentence_inside_a_paragraph():
    text = f"As an AI, I don't have access to real-time market data. {BODY}"
    assert clean(text) == BODY
    assert clean(f"{BODY} I hope this helps!") == BODY


def test_label_and_placeholder_inline():
    assert clean(f"TL;DR: {BODY}") == BODY
    assert clean("MILAN, [Insert date] - Acme rose.") == "MILAN, - Acme rose."


def test_blank_line_between_content_paragraphs_kept_once():
    text = f"{BODY}\n\nNote: This summary is based on the article provided.\n\nShares fell 2%."
    assert clean(text) == f"{BODY}\n\nShares fell 2%."


def test_text_without_leftovers_unchanged():
    text = f"  {BODY}\n\n\n'I hope rates fall,' said the CEO.\n"
    assert clean(text) == text


def test_only_leftovers_gives_empty_text():
    assert clean("Sure! Here is a summary:\n\nI hope this helps!") == ""


def _fin_dev_rows():
    path = SHARED / "benchmarks" / "fin_dev.jsonl"
    if not path.exists():
        pytest.skip("shared benchmarks not available")
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line]


def test_clean_on_fin_dev_leftover_cases():
    rows = [r for r in _fin_dev_rows() if "leftover" in r["kinds"]]
    assert len(rows) >= 5
    for row in rows:
        cleaned = clean(row["summary"])
        assert not find_spans(cleaned), row["id"]
        for span, kind in zip(row["must_flag"], row["flag_kinds"]):
            if kind == "leftover":
                assert span not in cleaned, (row["id"], span)
        assert is_subsequence(cleaned, row["summary"])


def test_clean_on_fin_dev_faithful_cases_is_identity():
    for row in _fin_dev_rows():
        if row["label"] == 1:
            assert clean(row["summary"]) == row["summary"], row["id"]


def test_clean_seed_keeps_the_article_and_drops_the_tail():
    seed = (FIXTURES / "seed" / "ai_summary_of_bloomberg_article.txt").read_text(encoding="utf-8")
    cleaned = clean(seed)
    assert "I hope this article" not in cleaned
    assert "Let me know" not in cleaned
    assert "Read the Full" not in cleaned
    assert "https://" not in cleaned
    assert cleaned.rstrip().endswith("leaving Japan\u2019s bull market feeling somewhat incomplete.")
    # Everything before the sign-off is untouched.
    cut = seed.index("I hope this article")
    assert cleaned == seed[:cut].rstrip("\n")


# --- properties ----------------------------------------------------------------------------
LEFTOVERS = [
    "Sure! Here's a concise summary of the article:", "Certainly!", "**Summary:**", "## Summary",
    "TL;DR:", "I hope this helps!", "Let me know if you'd like me to make it shorter.",
    "Would you like me to expand on this?", "As an AI, I don't have access to real-time data.",
    "Based on the article provided,", "[Insert date]", "(Word count: 80)",
    "Note: This summary is based on the information provided.", "Read the full article at:",
    "[ https://example.com/a ]", "Source: https://example.com/b",
]
CONTENT = [
    BODY, "Shares fell 2% on Tuesday.", "'I hope rates fall,' said the CEO.",
    "\"Let me know when it closes,\" she told analysts.", "Revenue was $3 bln, up 4 per cent.",
    "The Summary judgment was appealed.", "Here are the numbers:", "Key points include costs.",
]
SEPARATORS = [" ", "\n", "\n\n", "  ", "\t", "", "\n \n", "\r\n"]
pieces = st.lists(
    st.tuples(st.sampled_from(LEFTOVERS + CONTENT + ["", "x", "I", ":", "*", "\u201c"]),
              st.sampled_from(SEPARATORS)),
    max_size=8,
).map(lambda parts: "".join(a + b for a, b in parts))
texts = st.one_of(pieces, st.text(max_size=60), st.text(alphabet="Ia :!\n*#[]()'\"", max_size=40))


@settings(max_examples=150, deadline=None)
@given(texts)
def test_clean_is_a_subsequence(text):
    assert is_subsequence(clean(text), text)


@settings(max_examples=150, deadline=None)
@given(texts)
def test_clean_is_idempotent(text):
    once = clean(text)
    assert clean(once) == once


@settings(max_examples=100, deadline=None)
@given(st.lists(st.tuples(st.sampled_from(CONTENT), st.sampled_from(SEPARATORS)), max_size=6))
def test_clean_leaves_text_without_leftovers_unchanged(parts):
    text = "".join(a + (b or " ") for a, b in parts)
    if not find_spans(text):
        assert clean(text) == text


# --- the CLI ---------------------------------------------------------------------------------
def test_cli_clean_prints_and_rewrites_in_place(runner, in_tmp):
    from summarizer.cli.app import app

    path = in_tmp / "s.txt"
    path.write_text(f"Here is a summary:\n\n{BODY}\n\nI hope this helps!\n", encoding="utf-8")
    result = runner.invoke(app, ["clean", str(path)])
    assert result.exit_code == 0
    assert result.stdout == BODY + "\n"
    result = runner.invoke(app, ["clean", "--in-place", str(path)])
    assert result.exit_code == 0
    assert path.read_text(encoding="utf-8") == BODY + "\n"
