"""Speed of the offline checker against rouge-score's ROUGE-2 on the same pairs, same run.

    python eval/speed.py [--sets frank_valid,summeval,factcc,fin_dev] [--repeat 3]

Reports pairs per second for both and their ratio (>= 1 means finsum is no slower), and a
scaling run on long articles (1, 2, 4, 8 MB) showing time per MB stays flat (linear time).
Timing: best of --repeat passes, each over all pairs, after a warm-up pass. Writes
eval/results/speed.md."""

from __future__ import annotations

import argparse
import platform
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from eval._common import DATA_DIR, RESULTS_DIR, read_jsonl  # noqa: E402
from summarizer import check  # noqa: E402
from summarizer.settings import Settings  # noqa: E402


def best_of(fn, repeat: int) -> float:
    fn()  # warm-up: imports, caches, regex compilation
    times = []
    for _ in range(repeat):
        t0 = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t0)
    return min(times)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--data-dir", type=Path, default=DATA_DIR)
    ap.add_argument("--sets", default="frank_valid,summeval,factcc,fin_dev")
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--scaling-mb", default="1,2,4,8")
    ap.add_argument("--no-write", action="store_true")
    args = ap.parse_args(argv)

    from rouge_score import rouge_scorer

    pairs = []
    for name in args.sets.split(","):
        path = args.data_dir / f"{name}.jsonl"
        if not path.is_file():
            print(f"speed.py: error: data not found: {path}", file=sys.stderr)
            return 2
        pairs += [(r["source"], r["summary"]) for r in read_jsonl(path)]
    settings = Settings()  # the default offline configuration (lexical backend)
    scorer = rouge_scorer.RougeScorer(["rouge2"], use_stemmer=True)

    def run_finsum():
        for src, summ in pairs:
            check(src, summ, settings)

    def run_rouge():
        for src, summ in pairs:
            scorer.score(src, summ)

    t_rouge = best_of(run_rouge, args.repeat)
    t_finsum = best_of(run_finsum, args.repeat)
    n = len(pairs)
    mean_chars = sum(len(s) for s, _ in pairs) / n

    # Linear time: one long article built from the sources, checked against a short summary.
    corpus = "\n\n".join(s for s, _ in pairs)
    summary = pairs[0][1]
    scaling = []
    for mb in [float(x) for x in args.scaling_mb.split(",") if x]:
        size = int(mb * 1_000_000)
        article = (corpus * (size // len(corpus) + 1))[:size]
        t0 = time.perf_counter()
        check(article, summary, settings)
        scaling.append((mb, time.perf_counter() - t0))

    # Memory: peak Python allocations while checking the 1 MB article (tracemalloc), relative
    # to the article's own size; measured separately so tracing does not skew the timings.
    import tracemalloc

    article = (corpus * (1_000_000 // len(corpus) + 1))[:1_000_000]
    tracemalloc.start()
    check(article, summary, settings)
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    art_bytes = len(article.encode("utf-8"))

    lines = [
        "## Speed of the offline check (`eval/speed.py`)",
        "",
        f"{n} pairs from {args.sets} (mean source {mean_chars:,.0f} chars), best of "
        f"{args.repeat} passes after a warm-up, one process, on {platform.machine()} "
        f"({platform.python_implementation()} {platform.python_version()}).",
        "",
        "| scorer | seconds | pairs/s | ratio vs ROUGE-2 |",
        "|---|---:|---:|---:|",
        f"| rouge-score ROUGE-2 (stemming) | {t_rouge:.2f} | {n / t_rouge:,.0f} | 1.00 |",
        f"| finsum check (offline, all checks) | {t_finsum:.2f} | {n / t_finsum:,.0f} | "
        f"{t_rouge / t_finsum:.2f} |",
        "",
        "Long articles (linear time: seconds per MB should stay flat):",
        "",
        "| article size | seconds | s/MB |",
        "|---:|---:|---:|",
    ]
    lines += [f"| {mb:g} MB | {sec:.2f} | {sec / mb:.2f} |" for mb, sec in scaling]
    lines += [
        "",
        f"Peak Python memory while checking a 1 MB article: {peak / 1e6:.1f} MB "
        f"({peak / art_bytes:.1f}x the article's size; tracemalloc).",
    ]
    md = "\n".join(lines) + "\n"
    print(md)
    if not args.no_write:
        RESULTS_DIR.mkdir(parents=True, exist_ok=True)
        (RESULTS_DIR / "speed.md").write_text(md, encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
