"""Speed and memory of the default check (finsum's own model), against rouge-score ROUGE-2 on the
same pairs in the same run.

    python eval/model_speed.py [--pairs 300] [--quantize]

- pairs/s of `check` with the finsum backend: one process, and two processes (one model load per
  process, one torch thread each; the pool's start-up and model loads are not timed);
- pairs/s of rouge-score ROUGE-2 (precision of the summary against the source) on one process;
- peak resident memory of `finsum check` on a fixture (ru_maxrss of the child process);
- wall time of `finsum --help`.
Writes eval/results/model_speed.md."""

from __future__ import annotations

import argparse
import multiprocessing as mp
import os
import resource
import subprocess
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from eval._common import DATA_DIR, RESULTS_DIR, ROOT, read_jsonl  # noqa: E402

_SETTINGS = None


def _init(quantize: bool) -> None:
    global _SETTINGS
    import torch

    torch.set_num_threads(1)
    from summarizer import check
    from summarizer.backends import get_backend
    from summarizer.settings import Settings

    _SETTINGS = Settings(backend="finsum")
    backend = get_backend(_SETTINGS)
    if quantize:
        from summarizer.model.network import load

        backend.scorer.loaded = load(backend.scorer.loaded.path, quantize=True)
    check("Warm up the model once.", "Warm up.", _SETTINGS)


def _check(pair: tuple[str, str]) -> str:
    from summarizer import check

    return check(pair[0], pair[1], _SETTINGS).verdict


def _pool_rate(pairs, processes: int, quantize: bool) -> float:
    ctx = mp.get_context("fork")
    with ctx.Pool(processes, initializer=_init, initargs=(quantize,)) as pool:
        pool.map(_check, pairs[: processes * 2], chunksize=1)  # every worker loaded
        t = time.perf_counter()
        pool.map(_check, pairs, chunksize=4)
        return len(pairs) / (time.perf_counter() - t)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--pairs", type=int, default=300)
    ap.add_argument("--quantize", action="store_true", help="int8 dynamic quantisation")
    args = ap.parse_args(argv)
    rows = read_jsonl(DATA_DIR / "frank_valid.jsonl")[: args.pairs]
    pairs = [(r["source"], r["summary"]) for r in rows]

    from rouge_score import rouge_scorer

    scorer = rouge_scorer.RougeScorer(["rouge2"], use_stemmer=True)
    t = time.perf_counter()
    for src, summ in pairs:
        scorer.score(src, summ)
    rouge_rate = len(pairs) / (time.perf_counter() - t)

    one = _pool_rate(pairs, 1, args.quantize)
    two = _pool_rate(pairs, 2, args.quantize)

    fixture_summary = ROOT / "fixtures" / "summaries" / "halvorsen_results.unfaithful.txt"
    fixture_source = ROOT / "fixtures" / "articles" / "halvorsen_results.txt"
    exe = Path(sys.executable).with_name("finsum")
    cmd = [str(exe), "check", str(fixture_summary), "--source", str(fixture_source)]
    before = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    t = time.perf_counter()
    subprocess.run(cmd, capture_output=True, env={**os.environ, "OMP_NUM_THREADS": "2"})
    check_wall = time.perf_counter() - t
    peak_mb = max(before, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss) / 1024
    t = time.perf_counter()
    subprocess.run([str(exe), "--help"], capture_output=True)
    help_wall = time.perf_counter() - t

    load = os.getloadavg()[0]
    lines = [
        "# Speed and memory of the default check (finsum's own model)",
        "",
        f"{len(pairs)} FRANK pairs in file order, one run, {os.cpu_count()} cores, load average "
        f"{load:.1f} at the end{', int8 dynamic quantisation' if args.quantize else ''}.",
        "",
        "| what | pairs/s | time vs ROUGE-2 |",
        "|---|---:|---:|",
        f"| rouge-score ROUGE-2 (1 process) | {rouge_rate:.1f} | 1.0x |",
        f"| finsum check, model backend, 1 process | {one:.2f} | {rouge_rate / one:.1f}x |",
        f"| finsum check, model backend, 2 processes | {two:.2f} | {rouge_rate / two:.1f}x |",
        "",
        f"- peak memory of `finsum check` (model backend) on a fixture: {peak_mb:.0f} MB "
        f"(whole command {check_wall:.1f} s, model load included)",
        f"- `finsum --help`: {help_wall:.2f} s",
    ]
    out = RESULTS_DIR / ("model_speed_int8.md" if args.quantize else "model_speed.md")
    out.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print("\n".join(lines))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
