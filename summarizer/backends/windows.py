"""Source windows shared by the model backends: runs of 1-3 consecutive source sentences, and
packing sentences into chunks that fit a model's length limit."""

from __future__ import annotations

from typing import Callable

from ..text import Document

Span = tuple[int, int]


def sentence_windows(doc: Document, max_sentences: int = 3) -> list[Span]:
    """Character spans of every run of 1..max_sentences consecutive sentences."""
    sents = doc.sentences or [(0, len(doc.text))]
    out = []
    for size in range(1, max_sentences + 1):
        for i in range(0, len(sents) - size + 1):
            out.append((sents[i][0], sents[i + size - 1][1]))
    return out


def pack_windows(doc: Document, length: Callable[[str], int], budget: int) -> list[Span]:
    """Greedy chunks of consecutive sentences whose summed token `length` fits `budget`.
    Neighbouring chunks share one sentence, so a fact at a boundary is seen whole. A single
    sentence longer than the budget is a chunk of its own (the tokenizer truncates it)."""
    sents = doc.sentences or [(0, len(doc.text))]
    lens = [length(doc.text[s:e]) for s, e in sents]
    chunks: list[Span] = []
    i = 0
    while i < len(sents):
        j, used = i, 0
        while j < len(sents) and (j == i or used + lens[j] <= budget):
            used += lens[j]
            j += 1
        chunks.append((sents[i][0], sents[j - 1][1]))
        if j >= len(sents):
            break
        i = max(i + 1, j - 1)  # overlap one sentence
    return chunks
