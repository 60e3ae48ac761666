"""Fit the score combination and the unsupported-error threshold on the labelled benchmarks.

    python eval/calibrate.py [--backends lexical,embedding] [--data-dir ../shared/benchmarks]
                             [--limit N] [--no-write]

One configuration for all sets (no per-set tuning). Per backend:
1. finsum checks every pair of frank_valid, summeval, factcc and fin_dev with unsupported findings
   forced to warnings; we keep the score features (summarizer/scoring.py) and the support score
   of every unsupported finding.
2. `combine`'s weights: L2-regularised logistic regression (numpy, Newton steps), each
   (set, label) group weighted equally so no set or class dominates.
3. The error threshold t (an unsupported finding with support < t is an error): the t maximising
   balanced accuracy of the verdict, under the constraint that no fin_dev label-1 case fails
   because of it.
Both are cross-validated (5 stratified folds, fixed seed): the figures in
eval/results/calibration.md are out-of-fold, never training-set. The final fit on all data is
written to summarizer/data/calibration.json."""

from __future__ import annotations

import argparse
import json
import random
import re
import sys
import time
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from eval._common import DATA_DIR, RESULTS_DIR, ROOT, read_jsonl  # noqa: E402
from summarizer.checker import check  # noqa: E402
from summarizer.errors import FinsumError  # noqa: E402
from summarizer.evaluation.metrics import balanced_accuracy, roc_auc  # noqa: E402
from summarizer.scoring import FEATURES, features, thresholds  # noqa: E402
from summarizer.settings import ALL_CHECKS, Settings  # noqa: E402

SETS = ("frank_valid", "summeval", "factcc", "fin_dev")
CALIBRATION = ROOT / "summarizer" / "data" / "calibration.json"
FOLDS = 5
SEED = 13
L2 = 1.0
GRID = [round(0.01 * i, 2) for i in range(0, 101)]
_SUPPORT = re.compile(r"\(support ([0-9.]+)\)")


def load_sets(data_dir: Path, limit: int | None = None) -> list[dict]:
    rows = []
    for name in SETS:
        path = data_dir / f"{name}.jsonl"
        if not path.is_file():
            print(f"skip {name}: {path} not found", file=sys.stderr)
            continue
        part = [r for r in read_jsonl(path) if r.get("label") in (0, 1)]
        if limit:
            random.Random(SEED).shuffle(part)
            part = part[:limit]
        for r in part:
            rows.append({"set": name, "source": r["source"], "summary": r["summary"],
                         "label": int(r["label"]), "id": r.get("id")})
    return rows


def usable_checks(backend: str) -> tuple[str, ...]:
    """All checks, minus any that crash (a colleague's check mid-rewrite) so a run still ends."""
    probe_src = "The company said on Monday that revenue rose 5% to $10 million in 2024."
    probe_sum = "Revenue rose 5% to $10 million, the company said."
    ok = []
    for name in ALL_CHECKS:
        try:
            check(probe_src, probe_sum, Settings(checks=(name,), backend=backend))
            ok.append(name)
        except FinsumError:
            raise
        except Exception as e:  # noqa: BLE001 - report and go on without it
            print(f"warning: check {name!r} fails ({type(e).__name__}: {e}); left out",
                  file=sys.stderr)
    return tuple(ok)


def collect(rows: list[dict], backend: str, model: str | None = None) -> dict:
    """Run finsum once per pair (unsupported findings never errors); keep what fitting needs."""
    checks = usable_checks(backend)
    settings = Settings(checks=checks, backend=backend, model=model, error_threshold=-1.0)
    feats, unsup, rule_fail = [], [], []
    t0 = time.perf_counter()
    for r in rows:
        rep = check(r["source"], r["summary"], settings)
        f = features(rep.findings, rep.support)
        feats.append([f[k] for k in FEATURES])
        unsup.append([float(m.group(1)) for x in rep.findings if x.kind == "unsupported"
                      for m in [_SUPPORT.search(x.message)] if m])
        rule_fail.append(any(x.severity == "error" and x.kind != "unsupported" for x in rep.findings))
    seconds = time.perf_counter() - t0
    return {"X": np.array(feats, dtype=float), "unsup": unsup, "rule_fail": np.array(rule_fail),
            "y": np.array([r["label"] for r in rows]), "sets": [r["set"] for r in rows],
            "checks": checks, "seconds": seconds, "level": thresholds(backend)["warning"]}


def group_weights(y: np.ndarray, sets: list[str]) -> np.ndarray:
    keys = list(zip(sets, y.tolist()))
    counts: dict = {}
    for k in keys:
        counts[k] = counts.get(k, 0) + 1
    w = np.array([1.0 / counts[k] for k in keys])
    return w * len(w) / w.sum()


def fit_logistic(X: np.ndarray, y: np.ndarray, w: np.ndarray, l2: float = L2):
    """Weighted L2 logistic regression by Newton's method on standardised features; returns
    (bias, weights) on the original feature scale."""
    mu, sd = X.mean(0), X.std(0)
    sd[sd == 0] = 1.0
    Z = np.hstack([np.ones((len(X), 1)), (X - mu) / sd])
    beta = np.zeros(Z.shape[1])
    reg = np.full(Z.shape[1], l2)
    reg[0] = 0.0
    for _ in range(50):
        p = 1 / (1 + np.exp(-np.clip(Z @ beta, -30, 30)))
        grad = Z.T @ (w * (p - y)) + reg * beta
        H = (Z * (w * p * (1 - p))[:, None]).T @ Z + np.diag(reg + 1e-9)
        step = np.linalg.solve(H, grad)
        beta -= step
        if np.abs(step).max() < 1e-8:
            break
    weights = beta[1:] / sd
    bias = beta[0] - float((beta[1:] * mu / sd).sum())
    return float(bias), weights


def verdict_fail(data: dict, idx, t: float) -> np.ndarray:
    return np.array([bool(data["rule_fail"][i]) or any(s < t for s in data["unsup"][i]) for i in idx])


def fit_threshold(data: dict, idx, level: float) -> float:
    """Best t on these rows; t never exceeds the lowest unsupported score of a faithful fin_dev
    case (in any row: the constraint holds for all of fin_dev, not only the training folds),
    nor the warning `level` (a sentence is reported at all only below it)."""
    cap = min((s for i, st in enumerate(data["sets"]) if st == "fin_dev" and data["y"][i] == 1
               for s in data["unsup"][i]), default=1.0)
    y = data["y"][idx]
    best_t, best_ba = 0.0, -1.0
    for t in GRID:
        if t > cap or t > level:
            break
        ba = balanced_accuracy(y.tolist(), (~verdict_fail(data, idx, t)).astype(int).tolist())
        if ba is not None and ba > best_ba + 1e-12:
            best_t, best_ba = t, ba
    return best_t


def folds(data: dict) -> list[np.ndarray]:
    """Stratified by (set, label)."""
    rng = random.Random(SEED)
    groups: dict = {}
    for i, key in enumerate(zip(data["sets"], data["y"].tolist())):
        groups.setdefault(key, []).append(i)
    parts = [[] for _ in range(FOLDS)]
    for key in sorted(groups):
        members = groups[key]
        rng.shuffle(members)
        for j, i in enumerate(members):
            parts[j % FOLDS].append(i)
    return [np.array(sorted(p)) for p in parts]


def cross_validate(data: dict) -> dict:
    n = len(data["y"])
    oof_score = np.zeros(n)
    oof_fail = np.zeros(n, dtype=bool)
    ts = []
    for test in folds(data):
        train = np.setdiff1d(np.arange(n), test)
        w = group_weights(data["y"][train], [data["sets"][i] for i in train])
        bias, weights = fit_logistic(data["X"][train], data["y"][train], w)
        oof_score[test] = 1 / (1 + np.exp(-(bias + data["X"][test] @ weights)))
        t = fit_threshold(data, train, data["level"])
        ts.append(t)
        oof_fail[test] = verdict_fail(data, test, t)
    return {"score": oof_score, "fail": oof_fail, "thresholds": ts}


def metrics_by_set(data: dict, score: np.ndarray, fail: np.ndarray) -> list[tuple]:
    out = []
    names = [s for s in SETS if s in data["sets"]] + ["all"]
    for name in names:
        idx = [i for i, s in enumerate(data["sets"]) if name == "all" or s == name]
        y = data["y"][idx].tolist()
        ba = balanced_accuracy(y, (~fail[idx]).astype(int).tolist())
        auc = roc_auc(y, score[idx].tolist())
        fin_fp = None
        if name == "fin_dev":
            fin_fp = int(sum(1 for i in idx if data["y"][i] == 1 and fail[i]))
        out.append((name, len(idx), ba, auc, fin_fp))
    return out


def fmt(x) -> str:
    return "-" if x is None else f"{x:.3f}" if isinstance(x, float) else str(x)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--backends", default="lexical")
    ap.add_argument("--data-dir", type=Path, default=DATA_DIR)
    ap.add_argument("--limit", type=int, default=None, help="at most N pairs per set")
    ap.add_argument("--no-write", action="store_true", help="print only; keep calibration.json")
    args = ap.parse_args(argv)

    rows = load_sets(args.data_dir, args.limit)
    if not rows:
        print(f"no labelled data under {args.data_dir}", file=sys.stderr)
        return 2
    try:
        existing = json.loads(CALIBRATION.read_text("utf-8"))
    except (OSError, ValueError):
        existing = {}
    result = {"version": 1, "fitted_on": sorted(set(r["set"] for r in rows)),
              "features": list(FEATURES), "backends": dict(existing.get("backends", {}))}
    md = ["# Calibration (eval/calibrate.py)", "",
          "One configuration for all sets, fitted on frank_valid, summeval, factcc and fin_dev "
          f"from {args.data_dir.name}/ ({len(rows)} labelled pairs). All figures are "
          f"{FOLDS}-fold cross-validated (stratified by set and label, seed {SEED}): out-of-fold "
          "balanced accuracy of the verdict (fail = unfaithful) and ROC AUC of the score, never "
          "training-set figures.", ""]
    for backend in [b.strip() for b in args.backends.split(",") if b.strip()]:
        try:
            data = collect(rows, backend)
        except FinsumError as e:
            print(f"skip {backend}: {e}", file=sys.stderr)
            continue
        cv = cross_validate(data)
        w = group_weights(data["y"], data["sets"])
        bias, weights = fit_logistic(data["X"], data["y"], w)
        all_idx = np.arange(len(data["y"]))
        t = fit_threshold(data, all_idx, data["level"])
        warn = thresholds(backend)["warning"]
        result["backends"][backend] = {
            "bias": round(bias, 4),
            "weights": {k: round(float(v), 4) for k, v in zip(FEATURES, weights)},
            "thresholds": {"warning": warn, "error": t},
        }
        md += [f"## backend `{backend}`", "",
               f"checks run: {', '.join(data['checks'])}; {len(rows)} pairs in "
               f"{data['seconds']:.1f} s ({len(rows) / data['seconds']:.0f} pairs/s).", "",
               "| set | pairs | CV balanced accuracy (verdict) | CV ROC AUC (score) | fin_dev label-1 failing |",
               "| --- | ---: | ---: | ---: | ---: |"]
        for name, n, ba, auc, fp in metrics_by_set(data, cv["score"], cv["fail"]):
            md.append(f"| {name} | {n} | {fmt(ba)} | {fmt(auc)} | {fmt(fp)} |")
        md += ["", f"Fitted on all pairs: error threshold {t} (per fold: "
               f"{', '.join(str(x) for x in cv['thresholds'])}); warning level {warn} (fixed); "
               f"score = sigmoid({bias:.3f} + " + " + ".join(
                   f"{float(v):.3f}*{k}" for k, v in zip(FEATURES, weights)) + ").", ""]
        print("\n".join(md[-12:]))
    md += ["The error-threshold search keeps every faithful fin_dev case passing (t stays at or "
           "below the lowest support score of an unsupported finding on a fin_dev label-1 "
           "case). Rule findings (numbers, dates, names, contradictions, leftovers) come from "
           "the other checks as they stood when this ran.", ""]
    if not args.no_write:
        CALIBRATION.parent.mkdir(parents=True, exist_ok=True)
        CALIBRATION.write_text(json.dumps(result, indent=1) + "\n", encoding="utf-8")
        RESULTS_DIR.mkdir(parents=True, exist_ok=True)
        (RESULTS_DIR / "calibration.md").write_text("\n".join(md), encoding="utf-8")
        print(f"wrote {CALIBRATION} and {RESULTS_DIR / 'calibration.md'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
