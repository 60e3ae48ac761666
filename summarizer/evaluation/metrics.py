"""Label metrics and ROUGE, small and hand-checkable.

Convention: label 1 = faithful, 0 = not. The checker "predicts unfaithful" when its verdict is
fail; the score is higher for more faithful summaries. Catching unfaithful summaries is the
positive class for precision / recall / F1."""

from __future__ import annotations

from functools import lru_cache
from typing import Sequence


def balanced_accuracy(labels: Sequence[int], predicted: Sequence[int]) -> float | None:
    """Mean of the recall on each class (labels and predictions are 0/1). None if a class is absent."""
    pos = [p for y, p in zip(labels, predicted) if y == 1]
    neg = [p for y, p in zip(labels, predicted) if y == 0]
    if not pos or not neg:
        return None
    tpr = sum(1 for p in pos if p == 1) / len(pos)
    tnr = sum(1 for p in neg if p == 0) / len(neg)
    return (tpr + tnr) / 2


def precision_recall_f1(
    labels: Sequence[int], predicted: Sequence[int], positive: int = 0
) -> tuple[float | None, float | None, float | None]:
    """Precision, recall and F1 for finding the `positive` class (default: unfaithful = 0)."""
    tp = sum(1 for y, p in zip(labels, predicted) if y == positive and p == positive)
    fp = sum(1 for y, p in zip(labels, predicted) if y != positive and p == positive)
    fn = sum(1 for y, p in zip(labels, predicted) if y == positive and p != positive)
    precision = tp / (tp + fp) if tp + fp else None
    recall = tp / (tp + fn) if tp + fn else None
    if precision is None or recall is None:
        f1 = None
    else:
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return precision, recall, f1


def roc_auc(labels: Sequence[int], scores: Sequence[float]) -> float | None:
    """Area under the ROC curve of `scores` for label 1 (Mann-Whitney U with tie correction).
    None when only one class is present."""
    pairs = sorted(zip(scores, labels), key=lambda t: t[0])
    n_pos = sum(1 for _, y in pairs if y == 1)
    n_neg = len(pairs) - n_pos
    if n_pos == 0 or n_neg == 0:
        return None
    rank_sum = 0.0
    i = 0
    while i < len(pairs):
        j = i
        while j + 1 < len(pairs) and pairs[j + 1][0] == pairs[i][0]:
            j += 1
        avg_rank = (i + j) / 2 + 1  # 1-based average rank of the tie group
        rank_sum += avg_rank * sum(1 for k in range(i, j + 1) if pairs[k][1] == 1)
        i = j + 1
    u = rank_sum - n_pos * (n_pos + 1) / 2
    return u / (n_pos * n_neg)


def best_threshold(labels: Sequence[int], scores: Sequence[float]) -> tuple[float, float]:
    """The score threshold (predict faithful when score >= t) maximising balanced accuracy,
    and that accuracy. Used for fitting only; report cross-validated figures."""
    best = (0.5, -1.0)
    for t in sorted(set(scores)):
        ba = balanced_accuracy(labels, [1 if s >= t else 0 for s in scores])
        if ba is not None and ba > best[1]:
            best = (t, ba)
    return best


ROUGE_TYPES = ("rouge1", "rouge2", "rougeLsum")


@lru_cache(maxsize=4)
def _scorer(types: tuple[str, ...], stemmer: bool):
    from rouge_score import rouge_scorer

    return rouge_scorer.RougeScorer(list(types), use_stemmer=stemmer)


def sentences_per_line(text: str) -> str:
    """ROUGE-Lsum wants one sentence per line."""
    from ..text import split_sentences

    return "\n".join(text[s:e] for s, e in split_sentences(text))


def rouge(reference: str, candidate: str, types: Sequence[str] = ROUGE_TYPES) -> dict[str, float]:
    """ROUGE F1 of `candidate` against `reference` with rouge-score (Porter stemming on;
    sentences newline-separated for Lsum)."""
    scorer = _scorer(tuple(types), True)
    if "rougeLsum" in types:
        reference, candidate = sentences_per_line(reference), sentences_per_line(candidate)
    result = scorer.score(reference, candidate)
    return {k: result[k].fmeasure for k in types}


def rouge2_precision_vs_source(source: str, summary: str) -> float:
    """The baseline faithfulness score: ROUGE-2 precision of the summary against its source."""
    return _scorer(("rouge2",), True).score(source, summary)["rouge2"].precision
