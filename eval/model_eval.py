"""finsum's own model vs the lexical path on labelled sets, the model's decision threshold, and
its score calibration.

    python eval/model_eval.py [--model DIR] [--fit] [--limit N]

1. Every labelled pair of every set is checked twice, with backend=lexical and backend=finsum
   (same run). For the finsum backend the per-claim P(supported) is kept, so the verdict at any
   threshold t is "a rule error, or a claim with P < t" (the support check's rule), computed
   offline without checking again. Leftover findings are set aside in the verdicts here
   (faithfulness, not cleanliness).
2. `--fit`: the error threshold is chosen on DEV sets only - the LLM-summary dev sets
   (eval/data/llm_*_dev.jsonl) and half of FRANK's articles (`frank_fit`; the other half,
   `frank_test`, is only reported) for their mean balanced accuracy, under the constraint that
   no faithful financial case (fin_dev and eval/data/fin_holdout*.jsonl) fails because of the
   model (a model error needs the word-overlap path's doubt on the same claim) - and
   written to the model's finsum_model.json (`thresholds`); the score's logistic calibration
   (min claim logit + rule error counts -> P(faithful)) is fitted on the same dev sets and written
   to summarizer/data/calibration.json (`backends.finsum`).
3. Tables to eval/results/model.md: per set, balanced accuracy of the verdict, F1 for catching
   unfaithful summaries, ROC AUC of the score, faithful cases failing, pairs/s - lexical vs
   finsum. Holdout sets (llm_*_holdout) and frank_test are never used for fitting."""

from __future__ import annotations

import argparse
import hashlib
import json
import math
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from eval._common import DATA_DIR, RESULTS_DIR, ROOT, read_jsonl  # noqa: E402
from summarizer import check  # noqa: E402
from summarizer.evaluation.metrics import (  # noqa: E402
    balanced_accuracy,
    precision_recall_f1,
    roc_auc,
)
from summarizer.scoring import features  # noqa: E402
from summarizer.settings import Settings  # noqa: E402
from summarizer.text import Document  # noqa: E402

OWN = ROOT / "eval" / "data"
# FRANK (CNN/DM and XSum model summaries) is split by article: one half is fitted on with the
# LLM dev sets, the other half only reported.
DEV = ("llm_news_dev", "llm_calls_dev", "frank_fit")
HOLDOUT = ("llm_news_holdout", "llm_calls_holdout")
FIN = ("fin_dev",) + tuple(f"fin_holdout{s}" for s in ("", "2", "3", "4", "5", "6"))
BENCH = ("frank_test", "summeval", "factcc")
RULE_KINDS = ("number", "date", "entity", "contradiction")


def load_sets(limit: int | None) -> dict[str, list[dict]]:
    out = {}
    for name in DEV + HOLDOUT + FIN + BENCH:
        stem = "frank_valid" if name.startswith("frank_") else name
        path = (DATA_DIR if stem in BENCH + ("fin_dev", "frank_valid") else OWN) / f"{stem}.jsonl"
        if not path.is_file():
            continue
        rows = [r for r in read_jsonl(path) if r.get("label") in (0, 1) and r.get("source")]
        if stem != name:
            rows = [r for r in rows if frank_half(r["source"]) == name]
        out[name] = rows[:limit] if limit else rows
    return out


def frank_half(source: str) -> str:
    """"frank_fit" or "frank_test", by a hash of the article (all its summaries together)."""
    digest = hashlib.sha1(source.encode("utf-8")).digest()
    return "frank_fit" if digest[0] % 2 == 0 else "frank_test"


def run_set(rows: list[dict], settings: Settings, doubt: Settings | None = None) -> tuple[list[dict], float]:
    """Per row: label, rule errors (not leftover/unsupported), unsupported errors, score, and
    the claim supports of the backend; with `doubt` (the lexical settings), whether the
    word-overlap path warns on each model-judged claim (not timed)."""
    out = []
    t0 = time.perf_counter()
    untimed = 0.0
    for r in rows:
        rep = check(r["source"], r["summary"], settings)
        rule_errors = [f for f in rep.findings if f.severity == "error" and f.kind in RULE_KINDS]
        free = [s for s in rep.support
                if not any(f.severity == "error" and f.kind != "leftover"
                           and f.overlaps(s.start, s.end) for f in rep.findings)]
        out.append({
            "label": int(r["label"]),
            "rule_errors": len(rule_errors),
            "rule_error_kinds": [f.kind for f in rule_errors],
            "unsupported_errors": sum(1 for f in rep.findings
                                      if f.severity == "error" and f.kind == "unsupported"),
            "unsupported_findings": sum(1 for f in rep.findings if f.kind == "unsupported"),
            "score": rep.score,
            # the report score's inputs (for fitting the finsum score), finsum run only
            "features": (features(rep.findings, rep.support, Document(r["summary"]), Document(r["source"]))
                         if settings.backend == "finsum" else None),
            "supports": [s.score for s in rep.support],
            # claims without a rule or overlap error: the ones the model decides on
            "free_supports": [s.score for s in free],
        })
        if doubt is not None:  # which of those claims the word-overlap path doubts (warns on)
            t1 = time.perf_counter()
            lex = check(r["source"], r["summary"], doubt)
            warned = [f for f in lex.findings if f.severity == "warning" and f.kind == "unsupported"]
            out[-1]["free_doubted"] = [any(f.overlaps(s.start, s.end) for f in warned) for s in free]
            untimed += time.perf_counter() - t1
    return out, time.perf_counter() - t0 - untimed


def verdicts(res: list[dict], threshold: float | None) -> list[int]:
    """1 = predicted faithful. threshold None: the lexical path's own verdict."""
    pred = []
    for r in res:
        bad = r["rule_errors"] or r["unsupported_errors"]
        if threshold is not None:  # finsum run checked with threshold 0: add the model's claims
            doubted = r.get("free_doubted") or [True] * len(r["free_supports"])
            bad = bad or any(p < threshold and d for p, d in zip(r["free_supports"], doubted))
        pred.append(0 if bad else 1)
    return pred


def _mean(values: list[float]) -> float | None:
    return sum(values) / len(values) if values else None


def metrics(res: list[dict], pred: list[int], seconds: float) -> dict:
    labels = [r["label"] for r in res]
    _, _, f1 = precision_recall_f1(labels, pred)
    return {
        "n": len(res),
        "ba": balanced_accuracy(labels, pred),
        "f1": f1,
        "auc": roc_auc(labels, [r["score"] for r in res]),
        "faithful_failing": sum(1 for y, p in zip(labels, pred) if y == 1 and p == 0),
        # unsupported findings (warnings and errors) per faithful / per unfaithful summary
        "flags_faithful": _mean([r["unsupported_findings"] for r in res if r["label"] == 1]),
        "flags_unfaithful": _mean([r["unsupported_findings"] for r in res if r["label"] == 0]),
        "faithful": sum(labels),
        "pairs_s": len(res) / seconds if seconds else None,
    }


def fit_threshold(results: dict[str, list[dict]]) -> tuple[float, dict]:
    """Highest-BA threshold on the LLM dev sets, capped below every faithful financial case's
    lowest support of a claim the model could fail (one the word-overlap path doubts)."""
    cap = 1.0
    for name in FIN:
        for r in results.get(name, []):
            doubted = r.get("free_doubted") or [True] * len(r["free_supports"])
            judged = [p for p, d in zip(r["free_supports"], doubted) if d]
            if r["label"] == 1 and judged:
                cap = min(cap, min(judged))
    dev = {name: results[name] for name in DEV if results.get(name)}
    candidates = sorted({p for rows in dev.values() for r in rows for p in r["free_supports"]}
                        | {cap, 0.0})
    best_t, best_ba = 0.0, -1.0
    for t in candidates:
        if t > cap:  # a claim with P < t fails: no faithful financial claim may be below t
            break
        ba = mean_ba(dev, t)
        if ba > best_ba + 1e-9:
            best_t, best_ba = t, ba
    return best_t, {"cap_from_faithful_fin": cap, "dev_ba": best_ba}


def mean_ba(dev: dict[str, list[dict]], threshold: float | None) -> float:
    """Balanced accuracy of the verdicts averaged over the dev sets (each set counts the same,
    whatever its size)."""
    bas = [balanced_accuracy([r["label"] for r in rows], verdicts(rows, threshold)) or 0.0
           for rows in dev.values()]
    return sum(bas) / len(bas) if bas else 0.0


def _logit(p: float) -> float:
    p = min(1 - 1e-4, max(1e-4, p))
    return math.log(p / (1 - p))


def fit_score(results: dict[str, list[dict]], use_model: bool = True) -> dict:
    """L2 logistic regression of the label on the lexical score's features (FEATURES) plus
    min_logit, the lowest claim support as a logit (the model's P on the claims it read), on the
    dev sets and fin_dev, starting from the lexical backend's fitted weights. A negative weight on
    min_logit would rank better-supported summaries lower: then the model is left out of the
    score (use_model=False) rather than shipped upside down."""
    from summarizer.scoring import FEATURES, parameters

    rows = [r for name in DEV + ("fin_dev",) for r in results.get(name, []) if r.get("features")]
    names = list(FEATURES) + ["min_logit"]
    start = parameters("lexical")
    w = [start["bias"]] + [float(start["weights"].get(n, 0.0)) for n in names]
    feats = [[r["features"][n] if (n != "min_logit" or use_model) else 0.0 for n in names] for r in rows]
    ys = [r["label"] for r in rows]
    for _ in range(2000):
        grad = [0.0] * len(w)
        for x, y in zip(feats, ys):
            z = w[0] + sum(wi * xi for wi, xi in zip(w[1:], x))
            p = 1 / (1 + math.exp(-max(-40, min(40, z))))
            grad[0] += p - y
            for i, xi in enumerate(x):
                grad[i + 1] += (p - y) * xi
        for i in range(len(w)):
            reg = 0.01 * w[i] if i else 0.0
            w[i] -= 0.05 * (grad[i] / len(rows) + reg)
    if use_model and w[-1] < 0:
        return fit_score(results, use_model=False)
    weights = {n: round(v, 4) for n, v in zip(names, w[1:]) if n != "min_logit" or use_model}
    return {"bias": round(w[0], 4), "weights": weights}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--model", default=None, help="model directory (default: the shipped one)")
    ap.add_argument("--fit", action="store_true", help="fit and write threshold + calibration")
    ap.add_argument("--limit", type=int, default=None)
    ap.add_argument("--sets", default=None, help="comma-separated subset of sets")
    args = ap.parse_args(argv)
    sets = load_sets(args.limit)
    if args.sets:
        sets = {k: v for k, v in sets.items() if k in args.sets.split(",")}
    lexical = Settings(backend="lexical")
    model = Settings(backend="finsum", model=args.model, error_threshold=0.0)
    check(sets[next(iter(sets))][0]["source"], "Warm-up.", model)  # load once, outside timings
    results: dict[str, dict] = {}
    for name, rows in sets.items():
        lex, lex_s = run_set(rows, lexical)
        mod, mod_s = run_set(rows, model, doubt=lexical)
        results[name] = {"lexical": (lex, lex_s), "finsum": (mod, mod_s)}
        print(f"{name}: {len(rows)} pairs, lexical {lex_s:.1f}s, finsum {mod_s:.1f}s", flush=True)
    finsum_only = {n: v["finsum"][0] for n, v in results.items()}
    from summarizer.backends.finsum_model import FinsumBackend

    backend = FinsumBackend(args.model)
    threshold = float(backend.thresholds.get("error", 0.5))
    fit_info: dict = {}
    if args.fit:
        threshold, fit_info = fit_threshold(finsum_only)
        score = fit_score(finsum_only)
        dev_lex = {n: results[n]["lexical"][0] for n in DEV if n in results}
        lex_ba = mean_ba(dev_lex, None)
        fit_info["lexical_dev_ba"] = lex_ba
        fit_info["default"] = fit_info["dev_ba"] > lex_ba + 0.02
        _write_fit(args.model, threshold, score, fit_info)
        print(f"fitted threshold {threshold:.4f} ({fit_info}); score {score}")
    lines = _report(results, threshold, fit_info, backend.model)
    out = RESULTS_DIR / "model.md"
    out.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print("\n".join(lines))
    (ROOT / "eval" / "out").mkdir(exist_ok=True)
    with open(ROOT / "eval" / "out" / "model_eval.json", "w") as fh:
        json.dump({n: v["finsum"][0] for n, v in results.items()}, fh)
    return 0


def _write_fit(model_dir: str | None, threshold: float, score: dict, info: dict) -> None:
    from summarizer.model import shipped_dir
    from summarizer.model.network import META_FILE

    path = Path(model_dir or shipped_dir()) / META_FILE
    meta = json.loads(path.read_text())
    meta["thresholds"] = {"error": round(threshold, 6), "warning": max(0.5, round(threshold, 6))}
    meta["threshold_fit"] = {k: (round(v, 4) if isinstance(v, float) else v) for k, v in info.items()}
    # The model becomes the default backend only when it beats the lexical path on the dev sets.
    meta["default"] = bool(info.get("default"))
    path.write_text(json.dumps(meta, indent=1) + "\n")
    cal_path = ROOT / "summarizer" / "data" / "calibration.json"
    cal = json.loads(cal_path.read_text())
    cal.setdefault("backends", {})["finsum"] = score
    cal_path.write_text(json.dumps(cal, indent=1) + "\n")


def _flags(m: dict) -> str:
    return f"{_fmt(m['flags_faithful'], False, 2)} / {_fmt(m['flags_unfaithful'], False, 2)}"


def _fmt(v, pct=True, digits=1) -> str:
    if v is None:
        return "-"
    return f"{100 * v:.{digits}f}" if pct else f"{v:.{digits}f}"


def _report(results: dict, threshold: float, fit_info: dict, model_name: str) -> list[str]:
    lines = [
        "# finsum's own model vs the lexical path",
        "",
        f"Model `{model_name}`, error threshold P(supported) < {threshold:.4f}"
        + (f" (fitted on {', '.join(DEV)}; cap from faithful financial cases "
           f"{fit_info.get('cap_from_faithful_fin', 0):.4f})" if fit_info else "") + ".",
        "Verdicts with leftover findings set aside. BA = balanced accuracy of the verdict; F1 for "
        "catching unfaithful summaries; AUC of the report score; pairs/s of `check` on one process.",
        "",
        "| set | role | n | BA lexical | BA finsum | F1 lexical | F1 finsum | AUC lexical | AUC finsum "
        "| faithful failing lexical | finsum | unsupported flags per faithful / unfaithful summary, "
        "lexical | finsum | pairs/s lexical | finsum |",
        "|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|",
    ]
    for name, v in results.items():
        role = "dev (fit)" if name in DEV else "holdout" if name in HOLDOUT else (
            "fin (constraint)" if name in FIN else "benchmark")
        lex, lex_s = v["lexical"]
        mod, mod_s = v["finsum"]
        a = metrics(lex, verdicts(lex, None), lex_s)
        b = metrics(mod, verdicts(mod, threshold), mod_s)
        lines.append(
            f"| {name} | {role} | {a['n']} | {_fmt(a['ba'])} | {_fmt(b['ba'])} | {_fmt(a['f1'])} "
            f"| {_fmt(b['f1'])} | {_fmt(a['auc'])} | {_fmt(b['auc'])} "
            f"| {a['faithful_failing']}/{a['faithful']} | {b['faithful_failing']}/{b['faithful']} "
            f"| {_flags(a)} | {_flags(b)} "
            f"| {_fmt(a['pairs_s'], False)} | {_fmt(b['pairs_s'], False)} |"
        )
    return lines


if __name__ == "__main__":
    raise SystemExit(main())
