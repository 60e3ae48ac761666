"""finsum against the ROUGE-2 baseline on every labelled set in ../shared/benchmarks/.

    python eval/benchmarks.py [--backends lexical,embedding] [--limit N] [--model-limit N]
                              [--data-dir DIR]

Per set and per backend available here: balanced accuracy of the verdict (fail = unfaithful)
and ROC AUC of the score at the default configuration (summarizer/data/calibration.json), next
to the baseline, ROUGE-2 precision of the summary against its source (rouge-score): its AUC, and
its balanced accuracy at a threshold chosen by 5-fold cross-validation (fitted on 4 folds,
applied to the 5th), computed in the same run on the same pairs; and pairs per second for
each. --model-limit runs the slow model backends on the first N pairs of each set only. Writes
eval/results/benchmarks.md."""

from __future__ import annotations

import argparse
import platform
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from eval._common import DATA_DIR, RESULTS_DIR, read_jsonl  # noqa: E402
from summarizer.checker import check  # noqa: E402
from summarizer.errors import FinsumError  # noqa: E402
from summarizer.evaluation.metrics import (  # noqa: E402
    balanced_accuracy,
    best_threshold,
    roc_auc,
    rouge2_precision_vs_source,
)
from summarizer.settings import Settings  # noqa: E402

FOLDS = 5


def labelled_sets(data_dir: Path, limit: int | None) -> dict[str, list[dict]]:
    out = {}
    for path in sorted(data_dir.glob("*.jsonl")):
        rows = [r for r in read_jsonl(path) if r.get("label") in (0, 1) and r.get("source")]
        if rows:
            out[path.stem] = rows[:limit] if limit else rows
    return out


def cv_threshold_accuracy(labels: list[int], scores: list[float]) -> float | None:
    """Balanced accuracy of `score >= t` with t fitted on the other folds (interleaved folds)."""
    predicted = [0] * len(labels)
    for k in range(FOLDS):
        train = [i for i in range(len(labels)) if i % FOLDS != k]
        t, _ = best_threshold([labels[i] for i in train], [scores[i] for i in train])
        for i in range(k, len(labels), FOLDS):
            predicted[i] = 1 if scores[i] >= t else 0
    return balanced_accuracy(labels, predicted)


def run_finsum(rows: list[dict], backend: str) -> tuple[list[int], list[float], float]:
    settings = Settings(backend=backend)
    check(rows[0]["source"], rows[0]["summary"], settings)  # warm-up: model load, imports
    verdicts, scores = [], []
    t0 = time.perf_counter()
    for r in rows:
        rep = check(r["source"], r["summary"], settings)
        verdicts.append(1 if rep.passed else 0)
        scores.append(rep.score)
    return verdicts, scores, len(rows) / (time.perf_counter() - t0)


def run_rouge(rows: list[dict]) -> tuple[list[float], float]:
    rouge2_precision_vs_source(rows[0]["source"], rows[0]["summary"])
    t0 = time.perf_counter()
    scores = [rouge2_precision_vs_source(r["source"], r["summary"]) for r in rows]
    return scores, len(rows) / (time.perf_counter() - t0)


def fmt(x: float | None, pct: bool = True) -> str:
    if x is None:
        return "-"
    return f"{100 * x:.1f}" if pct else f"{x:.0f}"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--backends", default="lexical,embedding")
    ap.add_argument("--data-dir", type=Path, default=DATA_DIR)
    ap.add_argument("--limit", type=int, default=None, help="first N labelled pairs per set")
    ap.add_argument("--model-limit", type=int, default=None,
                    help="first N pairs per set for the model backends (embedding, nli) only")
    ap.add_argument("--out", type=Path, default=RESULTS_DIR / "benchmarks.md")
    args = ap.parse_args(argv)

    sets = labelled_sets(args.data_dir, args.limit)
    if not sets:
        print(f"no labelled *.jsonl under {args.data_dir}", file=sys.stderr)
        return 2
    backends = [b.strip() for b in args.backends.split(",") if b.strip()]
    lines = [
        "# Benchmarks: finsum vs the ROUGE-2 baseline (eval/benchmarks.py)", "",
        "BA = balanced accuracy (%) of the verdict (fail = unfaithful); AUC = ROC AUC (%) of the "
        "score (higher = more faithful). Baseline: ROUGE-2 precision of the summary against its "
        f"source (rouge-score, stemming); its BA uses a threshold chosen by {FOLDS}-fold "
        "cross-validation in the same run. finsum runs at its default configuration. pairs/s "
        f"on this machine ({platform.processor() or platform.machine()}, 1 process).", "",
        "| set | pairs | backend | finsum BA | finsum AUC | finsum pairs/s | ROUGE-2 BA (CV) | ROUGE-2 AUC | ROUGE-2 pairs/s |",
        "| --- | ---: | --- | ---: | ---: | ---: | ---: | ---: | ---: |",
    ]
    skipped = []
    for name, rows in sets.items():
        all_scores, r_speed = run_rouge(rows)
        for backend in backends:
            n = len(rows) if backend == "lexical" or not args.model_limit else args.model_limit
            part = rows[:n]
            labels = [int(r["label"]) for r in part]
            r_scores = all_scores[: len(part)]
            r_ba, r_auc = cv_threshold_accuracy(labels, r_scores), roc_auc(labels, r_scores)
            try:
                verdicts, scores, speed = run_finsum(part, backend)
            except FinsumError as e:
                skipped.append(f"{backend}: {e}")
                continue
            row = (f"| {name} | {len(part)} | {backend} | {fmt(balanced_accuracy(labels, verdicts))} "
                   f"| {fmt(roc_auc(labels, scores))} | {fmt(speed, False)} | {fmt(r_ba)} "
                   f"| {fmt(r_auc)} | {fmt(r_speed, False)} |")
            lines.append(row)
            print(row, flush=True)
    lines += [
        "",
        "Reference points (FRANK, balanced accuracy): SummaC-ZS 79.0, SummaC-Conv 81.6 (Laban et "
        "al., 2022). Those are NLI-model figures on the full SummaC benchmark test split; the "
        "rows above are on the validation/sample files in shared/benchmarks (frank_valid: FRANK "
        "validation, summeval / factcc: samples of those sets, fin_dev: 50 hand-made financial "
        "cases) and are not directly comparable. fin_dev and the other sets were also used to "
        "fit calibration.json (see calibration.md for cross-validated figures), so the finsum "
        "rows here are optimistic for those sets.",
    ]
    if skipped:
        lines += ["", "Not run here: " + "; ".join(sorted(set(skipped)))]
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"wrote {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
