"""Batch aggregates from row results: counts, pass rate, findings by kind, mean ROUGE and, where
labels exist, how well the verdict and score separate faithful from unfaithful summaries."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

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


class Aggregator:
    """Running aggregates: `add` each result as it finishes, `result()` at any time. Holds
    counts and sums, plus one (label, predicted, score) triple per labelled row for the ROC AUC,
    so memory does not grow with the findings or texts of the rows."""

    def __init__(self) -> None:
        self.rows = self.passed = self.failed = self.errors = 0
        self.by_kind = {k: 0 for k in KINDS}
        self.rouge_sums = {k: 0.0 for k in ROUGE_TYPES}
        self.rouge_counts = {k: 0 for k in ROUGE_TYPES}
        self.referenced = 0
        self.faithful = self.clean = 0
        self.labelled: list[tuple[int, int, float]] = []
        # Rows with an error finding, and with an error or warning finding: what --fail-on
        # error / warning count (gates.evaluate_gates), kept here so the gate needs no second
        # pass over the rows.
        self.bad_rows = {"error": 0, "warning": 0}

    def add(self, r: RowResult) -> None:
        self.rows += 1
        if r.report is None:
            self.errors += 1
            return
        self.passed += r.verdict == "pass"
        self.failed += r.verdict == "fail"
        self.faithful += bool(r.report.faithful)
        self.clean += bool(r.report.clean)
        findings = r.report.findings
        for f in findings:
            self.by_kind[f.kind] = self.by_kind.get(f.kind, 0) + 1
        if findings:
            self.bad_rows["error"] += any(f.severity == "error" for f in findings)
            self.bad_rows["warning"] += any(f.severity in ("error", "warning") for f in findings)
        if r.rouge:
            self.referenced += 1
            for k in ROUGE_TYPES:
                if k in r.rouge:
                    self.rouge_sums[k] += r.rouge[k]
                    self.rouge_counts[k] += 1
        if r.label is not None:
            self.labelled.append((int(r.label), 1 if r.verdict == "pass" else 0, r.score))

    def merge(self, other: Aggregator) -> Aggregator:
        """Add another aggregator's rows (blocks aggregated apart, e.g. by Ray workers)."""
        self.rows += other.rows
        self.passed += other.passed
        self.failed += other.failed
        self.errors += other.errors
        self.faithful += other.faithful
        self.clean += other.clean
        self.referenced += other.referenced
        for k, v in other.by_kind.items():
            self.by_kind[k] = self.by_kind.get(k, 0) + v
        for k in ROUGE_TYPES:
            self.rouge_sums[k] += other.rouge_sums[k]
            self.rouge_counts[k] += other.rouge_counts[k]
        self.labelled.extend(other.labelled)
        for k, v in other.bad_rows.items():
            self.bad_rows[k] += v
        return self

    def result(self) -> Aggregate:
        y = [t[0] for t in self.labelled]
        predicted = [t[1] for t in self.labelled]
        precision, recall, f1 = precision_recall_f1(y, predicted)
        labels = {
            "balanced_accuracy": balanced_accuracy(y, predicted),
            "precision": precision,
            "recall": recall,
            "f1": f1,
            "roc_auc": roc_auc(y, [t[2] for t in self.labelled]),
        }
        rouge = {k: (self.rouge_sums[k] / self.rouge_counts[k] if self.rouge_counts[k] else None)
                 for k in ROUGE_TYPES}
        return Aggregate(
            rows=self.rows, passed=self.passed, failed=self.failed, errors=self.errors,
            findings_by_kind=dict(self.by_kind), rouge=rouge, labels=labels,
            referenced=self.referenced, labelled=len(self.labelled),
            faithful=self.faithful, clean=self.clean,
        )


def aggregate(results: Iterable[RowResult]) -> Aggregate:
    acc = Aggregator()
    for r in results:
        acc.add(r)
    return acc.result()
