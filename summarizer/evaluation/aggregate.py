"""Batch aggregates from row results: counts, pass rate, findings by kind, mean ROUGE and, where
labels exist, how well the verdict and score separate faithful from unfaithful summaries."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Sequence

from ..findings import KINDS
from .metrics import ROUGE_TYPES, balanced_accuracy, precision_recall_f1, roc_auc
from .runner import RowResult

LABEL_METRICS = ("balanced_accuracy", "precision", "recall", "f1", "roc_auc")


@dataclass(frozen=True)
class Aggregate:
    rows: int
    passed: int
    failed: int
    errors: int  # rows that could not be evaluated (malformed input)
    findings_by_kind: dict[str, int]
    rouge: dict[str, float | None]  # mean F1 over rows with a reference
    labels: dict[str, float | None]  # over labelled, evaluated rows
    referenced: int = 0  # rows with a reference (ROUGE computed)
    labelled: int = 0  # evaluated rows with a label
    faithful: int = 0  # evaluated rows with no error other than leftover chatbot text
    clean: int = 0  # evaluated rows with no leftover chatbot text

    @property
    def pass_rate(self) -> float | None:
        """Passed rows over all rows (error rows count as not passed)."""
        return self.passed / self.rows if self.rows else None

    def to_dict(self) -> dict[str, Any]:
        """The `--format json` object; rates are fractions in [0, 1], rounded to 4 places."""
        return {
            "rows": self.rows,
            "passed": self.passed,
            "failed": self.failed,
            "errors": self.errors,
            "pass_rate": _round(self.pass_rate),
            "faithful": self.faithful,
            "clean": self.clean,
            "findings_by_kind": dict(self.findings_by_kind),
            "rouge": {k: _round(v) for k, v in self.rouge.items()},
            "labels": {k: _round(v) for k, v in self.labels.items()},
        }


def _round(v: float | None) -> float | None:
    return None if v is None else round(float(v), 4)


def _mean(values: Sequence[float]) -> float | None:
    return sum(values) / len(values) if values else None


def aggregate(results: Sequence[RowResult]) -> Aggregate:
    evaluated = [r for r in results if r.report is not None]
    by_kind = {k: 0 for k in KINDS}
    for r in evaluated:
        for f in r.findings:
            by_kind[f.kind] = by_kind.get(f.kind, 0) + 1

    with_ref = [r.rouge for r in evaluated if r.rouge]
    rouge = {k: _mean([s[k] for s in with_ref if k in s]) for k in ROUGE_TYPES}

    labelled = [r for r in evaluated if r.label is not None]
    y = [int(r.label) for r in labelled]
    predicted = [1 if r.verdict == "pass" else 0 for r in labelled]
    precision, recall, f1 = precision_recall_f1(y, predicted)
    labels = {
        "balanced_accuracy": balanced_accuracy(y, predicted),
        "precision": precision,
        "recall": recall,
        "f1": f1,
        "roc_auc": roc_auc(y, [r.score for r in labelled]),
    }
    return Aggregate(
        rows=len(results),
        passed=sum(1 for r in evaluated if r.verdict == "pass"),
        failed=sum(1 for r in evaluated if r.verdict == "fail"),
        errors=len(results) - len(evaluated),
        findings_by_kind=by_kind,
        rouge=rouge,
        labels=labels,
        referenced=len(with_ref),
        labelled=len(labelled),
        faithful=sum(1 for r in evaluated if r.report.faithful),
        clean=sum(1 for r in evaluated if r.report.clean),
    )
