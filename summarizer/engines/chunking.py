"""Split a long article into model-sized chunks on sentence boundaries, so nothing is silently
truncated: every sentence lands in exactly one chunk, and a single sentence longer than the
limit is cut on word boundaries (a single over-long word by characters) into pieces that fit."""

from __future__ import annotations

import re
from typing import Callable

from ..text import split_sentences

TokenCounter = Callable[[str], int]


def _split_word(word: str, count: TokenCounter, max_tokens: int) -> list[str]:
    """Cut one unbreakable over-long "word" (a URL, a run of symbols) by characters."""
    pieces: list[str] = []
    rest = word
    while rest:
        lo, hi = 1, len(rest)  # longest prefix that fits, by binary search
        while lo < hi:
            mid = (lo + hi + 1) // 2
            if count(rest[:mid]) <= max_tokens:
                lo = mid
            else:
                hi = mid - 1
        pieces.append(rest[:lo])
        rest = rest[lo:]
    return pieces


def _pack(items: list[str], count: TokenCounter, max_tokens: int) -> list[str]:
    """Greedily join consecutive items with spaces while `count(joined) <= max_tokens`."""
    packed: list[str] = []
    current: list[str] = []
    for item in items:
        if current and count(" ".join(current + [item])) > max_tokens:
            packed.append(" ".join(current))
            current = [item]
        else:
            current.append(item)
    if current:
        packed.append(" ".join(current))
    return packed


def _split_long(sentence: str, count: TokenCounter, max_tokens: int) -> list[str]:
    """Cut one over-long sentence into word-bounded pieces of at most `max_tokens` tokens."""
    words: list[str] = []
    for word in sentence.split():
        if count(word) > max_tokens:
            words.extend(_split_word(word, count, max_tokens))  # fits alone by construction
        else:
            words.append(word)
    return _pack(words, count, max_tokens)


def chunk_text(text: str, count: TokenCounter, max_tokens: int) -> list[str]:
    """Greedy sentence packing: each chunk is consecutive sentences joined by a space, with
    `count(chunk) <= max_tokens`. Runs of whitespace become one space; no text is dropped."""
    if max_tokens < 1:
        raise ValueError("max_tokens must be at least 1")
    units: list[str] = []
    for s, e in split_sentences(text):
        sentence = re.sub(r"\s+", " ", text[s:e]).strip()
        if not sentence:
            continue
        if count(sentence) > max_tokens:
            units.extend(_split_long(sentence, count, max_tokens))
        else:
            units.append(sentence)

    return _pack(units, count, max_tokens)
