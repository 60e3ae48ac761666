"""Metrics printed after training: ROC AUC, and balanced accuracy at 0.5 and at the best
threshold, on held-out units (label 1 = supported; score = P(supported))."""

from __future__ import annotations

from collections.abc import Sequence

from ..evaluation.metrics import balanced_accuracy, best_threshold, roc_auc


def binary_metrics(labels: Sequence[int], scores: Sequence[float]) -> dict:
    if not labels:
        return {"n": 0}
    predicted = [1 if s >= 0.5 else 0 for s in scores]
    t, ba_best = best_threshold(labels, scores)
    out = {
        "n": len(labels),
        "positives": int(sum(labels)),
        "auc": roc_auc(labels, scores),
        "balanced_accuracy": balanced_accuracy(labels, predicted),
        "best_threshold": t,
        "balanced_accuracy_best": ba_best if ba_best >= 0 else None,
    }
    return {k: (round(v, 4) if isinstance(v, float) else v) for k, v in out.items()}
