"""Sentence-bounded chunking: every sentence lands in a chunk, no chunk is over the limit."""

from __future__ import annotations

import pytest

from summarizer.engines.chunking import chunk_text


def count_words(text: str) -> int:
    return len(text.split())


def test_sentences_packed_in_order_without_loss():
    sentences = [f"Sentence number {i} has exactly seven words." for i in range(10)]
    chunks = chunk_text("\n".join(sentences), count_words, 15)
    # Seven words each: two fit in 15, three do not.
    assert chunks == [f"{sentences[i]} {sentences[i + 1]}" for i in range(0, 10, 2)]


def test_every_sentence_lands_in_exactly_one_chunk():
    sentences = [f"Item {i} " + "word " * (i % 5) + "ends here." for i in range(40)]
    chunks = chunk_text(" ".join(sentences), count_words, 20)
    assert len(chunks) > 1
    assert all(count_words(c) <= 20 for c in chunks)
    joined = " ".join(chunks)
    for s in sentences:
        assert sum(c.count(s) for c in chunks) == 1
    assert joined == " ".join(sentences)


def test_long_sentence_split_on_words_and_nothing_dropped():
    long = " ".join(f"w{i}" for i in range(25)) + "."
    chunks = chunk_text(f"Short one here. {long} Last one.", count_words, 10)
    assert all(count_words(c) <= 10 for c in chunks)
    assert " ".join(chunks).split() == f"Short one here. {long} Last one.".split()


def test_unbreakable_word_cut_by_characters():
    def count_chars(text: str) -> int:
        return len(text)

    chunks = chunk_text("x" * 25, count_chars, 10)
    assert chunks == ["x" * 10, "x" * 10, "x" * 5]


def test_bad_limit():
    with pytest.raises(ValueError):
        chunk_text("A sentence.", count_words, 0)
