"""Which parts of the source a claim is read against (the same for training and inference).

For a claim, every source sentence is scored by the IDF-weighted content words of the claim it
contains (the lexical backend's source index: the sentences holding each word, so this is one
addition per sentence a claim word occurs in). Two passages are built, as MiniCheck reads a
claim against document chunks:

  * "local": the best sentence with its neighbours (context for "it", "the company", dates);
  * "spread": the best `SPREAD` sentences in document order (claims that fuse facts from
    several places of the article).

Each passage is capped at MAX_CHARS (neighbours are dropped first), so claim + passage fit the
model's short sequences; long articles are never truncated as a whole: every sentence can be
chosen."""

from __future__ import annotations

from dataclasses import dataclass

from ..backends.lexical import source_index, tokenize, weight
from ..text import Document

SPREAD = 3
MAX_CHARS = 450


@dataclass(frozen=True)
class Passage:
    text: str
    sentences: tuple[int, ...]  # source sentence indices, in order
    kind: str  # "local" | "spread"


def _sentence_scores(source: Document, claim: str) -> list[float]:
    index = source_index(source)
    scores = [0.0] * len(index.sentences)
    for tok in tokenize(Document(claim)):
        if tok.kind == "stop":
            continue
        w = weight(tok, index)
        for k in index.postings.get(tok.key, ()):
            scores[k] += w
    return scores


def _join(source: Document, ids: list[int]) -> str:
    sents = source_index(source).sentences
    return " ".join(source.text[sents[i][0] : sents[i][1]].strip() for i in ids)


def passages(source: Document, claim: str, k: int = 2) -> list[Passage]:
    """Up to k passages for `claim`, best first (k=1: the local passage only)."""
    sents = source_index(source).sentences
    if not sents:
        return [Passage(source.text[:MAX_CHARS], (), "local")]
    scores = _sentence_scores(source, claim)
    order = sorted(range(len(sents)), key=lambda i: (-scores[i], i))
    best = order[0]
    local = [best]
    for nb in (best - 1, best + 1):
        if 0 <= nb < len(sents):
            trial = sorted(local + [nb])
            if len(_join(source, trial)) <= MAX_CHARS:
                local = trial
    out = [Passage(_join(source, local), tuple(local), "local")]
    if k >= 2 and len(sents) > 1:
        spread: list[int] = []
        for i in order[:SPREAD]:
            if scores[i] <= 0 and spread:
                break
            trial = sorted(spread + [i])
            if spread and len(_join(source, trial)) > MAX_CHARS:
                continue
            spread = trial
        if set(spread) != set(local):
            out.append(Passage(_join(source, spread), tuple(spread), "spread"))
    return out[:k]
