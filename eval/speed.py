"""Speed of the offline checker against rouge-score's ROUGE-2 on the same pairs, same run.

    python eval/speed.py [--sets frank_valid,summeval,factcc,fin_dev] [--repeat 3]
                         [--parts check,frank,scaling,cold,jobs,ray] [--rows 2000]

Reports pairs per second for both and their ratio (>= 1 means finsum is no slower), and a
scaling run on long articles (1, 2, 4, 8 MB) showing time per MB stays flat (linear time).
Timing: best of --repeat passes, each over all pairs, after a warm-up pass. Throughput parts
(issue 12): the rules-only check on 600 FRANK pairs in file order with and without the parsed-
article cache, against ROUGE-2; a cold `finsum check`; `finsum eval` on --rows rows with --jobs 1
and 2; the Ray runner on the same rows (its start-up cost apart). The machine's load average is
recorded with every part, since other jobs share it. Writes eval/results/speed.md."""

from __future__ import annotations

import argparse
import json
import os
import platform
import statistics
import subprocess
import sys
import tempfile
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
    ap.add_argument("--parts", default="check,frank,scaling,cold,jobs,ray")
    ap.add_argument("--rows", type=int, default=2000, help="rows for the eval --jobs and Ray parts")
    args = ap.parse_args(argv)
    parts = set(args.parts.split(","))

    from rouge_score import rouge_scorer

    pairs = []
    for name in args.sets.split(","):
        path = args.data_dir / f"{name}.jsonl"
        if not path.is_file():
            print(f"speed.py: error: data not found: {path}", file=sys.stderr)
            return 2
        pairs += [(r["source"], r["summary"]) for r in read_jsonl(path)]
    settings = Settings(backend="lexical")  # the rules-only offline configuration
    scorer = rouge_scorer.RougeScorer(["rouge2"], use_stemmer=True)

    def run_finsum():
        for src, summ in pairs:
            check(src, summ, settings)

    def run_rouge():
        for src, summ in pairs:
            scorer.score(src, summ)

    n = len(pairs)
    mean_chars = sum(len(s) for s, _ in pairs) / n
    lines = []
    if "check" in parts:
        load = _load()
        t_rouge = best_of(run_rouge, args.repeat)
        t_finsum = best_of(run_finsum, args.repeat)
        lines += [
            "## Speed of the offline check (`eval/speed.py`)",
            "",
            f"{n} pairs from {args.sets} (mean source {mean_chars:,.0f} chars), best of "
            f"{args.repeat} passes after a warm-up, one process, on {platform.machine()} "
            f"({platform.python_implementation()} {platform.python_version()}); load average "
            f"{load} when it started (2 cores; other jobs share the machine).",
            "",
            "| scorer | seconds | pairs/s | ratio vs ROUGE-2 |",
            "|---|---:|---:|---:|",
            f"| rouge-score ROUGE-2 (stemming) | {t_rouge:.2f} | {n / t_rouge:,.0f} | 1.00 |",
            f"| finsum check (offline, all checks) | {t_finsum:.2f} | {n / t_finsum:,.0f} | "
            f"{t_rouge / t_finsum:.2f} |",
            "",
        ]
    else:
        lines += ["## Speed (`eval/speed.py`)", ""]
    if "frank" in parts:
        lines += frank_part(args, settings, scorer)
    if "cold" in parts:
        lines += cold_part()
    if "jobs" in parts or "ray" in parts:
        lines += eval_parts(args, parts)
    if "rss" in parts:
        lines += rss_part(args)
    if "scaling" not in parts:
        return _write(lines, args)

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

    lines += [
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
    return _write(lines, args)


def _write(lines: list[str], args) -> int:
    md = "\n".join(lines).rstrip() + "\n"
    print(md)
    if not args.no_write:
        RESULTS_DIR.mkdir(parents=True, exist_ok=True)
        out = RESULTS_DIR / "speed.md"
        if "check" not in set(args.parts.split(",")) and out.is_file():
            md = _merged(out.read_text(encoding="utf-8"), md)
        out.write_text(md, encoding="utf-8")
    return 0


def _merged(old: str, new: str) -> str:
    """The results file with the sections of a partial run (--parts without check) replacing
    those of the same title; the others are kept."""
    def sections(md: str) -> tuple[str, list[tuple[str, str]]]:
        head, *rest = md.split("\n### ")
        return head, [(chunk.split("\n", 1)[0], "### " + chunk.rstrip()) for chunk in rest]

    head, kept = sections(old)
    _, fresh = sections(new)
    fresh_by_title = dict(fresh)
    out = [fresh_by_title.pop(title, text) for title, text in kept]
    out += list(fresh_by_title.values())
    return head.rstrip() + "\n\n" + "\n\n".join(out) + "\n"


def _load() -> str:
    """The 1-minute load average (other jobs share the machine)."""
    try:
        return f"{os.getloadavg()[0]:.2f}"
    except OSError:
        return "unknown"


def frank_part(args, settings, scorer) -> list[str]:
    """Issue 12: rules-only check (lexical backend) on 600 FRANK pairs in file order, with the
    parsed-article cache and with a fresh parse per pair, against ROUGE-2; one run."""
    from summarizer import checker

    path = args.data_dir / "frank_valid.jsonl"
    rows = read_jsonl(path)[:600]
    pairs = [(r["source"], r["summary"]) for r in rows]
    same = sum(a[0] == b[0] for a, b in zip(pairs, pairs[1:]))

    def cached():
        checker.clear_article_cache()
        for src, summ in pairs:
            checker.check(src, summ, settings)

    def fresh():
        for src, summ in pairs:
            checker.clear_article_cache()
            checker.check(src, summ, settings)

    def rouge():
        for src, summ in pairs:
            scorer.score(src, summ)

    load = _load()
    t = {name: best_of(fn, args.repeat) for name, fn in
         (("rouge", rouge), ("cached", cached), ("fresh", fresh))}
    return [
        f"### Rules-only check on {len(pairs)} FRANK pairs in file order",
        "",
        f"`backend=\"lexical\"`, all checks; {same} of the {len(pairs) - 1} neighbouring pairs share "
        f"an article. Best of {args.repeat} after a warm-up, one process, same run; load average "
        f"{load} when it started.",
        "",
        "| | seconds | time vs ROUGE-2 |",
        "|---|---:|---:|",
        f"| rouge-score ROUGE-2 (stemming) | {t['rouge']:.2f} | 1.00 |",
        f"| finsum check, parsed-article cache (default) | {t['cached']:.2f} | "
        f"{t['cached'] / t['rouge']:.2f} |",
        f"| finsum check, article parsed for every pair | {t['fresh']:.2f} | "
        f"{t['fresh'] / t['rouge']:.2f} |",
        "",
        f"The cache makes the check {t['fresh'] / t['cached']:.2f}x faster on these pairs.",
        "",
    ]


def cold_part(n: int = 7) -> list[str]:
    """Issue 12: a cold `finsum check` on a fixture (a new process each time), median of n, with
    the default backend and with `--backend lexical`, wall time and CPU time (user + system, of
    the child: steadier than wall time on a shared machine). Byte code is written and used, as
    for an installed package (PYTHONDONTWRITEBYTECODE is dropped)."""
    import resource

    root = Path(__file__).resolve().parents[1]
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    env["PYTHONPATH"] = str(root)
    cmd = [sys.executable, "-m", "summarizer.cli.app", "check",
           str(root / "fixtures/summaries/halvorsen_results.unfaithful.txt"),
           "--source", str(root / "fixtures/articles/halvorsen_results.txt")]
    lexical = cmd + ["--backend", "lexical"]
    bare = [sys.executable, "-c", "pass"]
    load = _load()

    def cpu() -> float:
        u = resource.getrusage(resource.RUSAGE_CHILDREN)
        return u.ru_utime + u.ru_stime

    def once(c) -> tuple[float, float]:
        c0, t0 = cpu(), time.perf_counter()
        subprocess.run(c, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, cwd=root)
        return time.perf_counter() - t0, cpu() - c0

    def median_of(c) -> tuple[float, float]:
        runs = [once(c) for _ in range(n)]
        return statistics.median(w for w, _ in runs), statistics.median(u for _, u in runs)

    once(cmd)  # .pyc files written, file cache warm
    check, check_cpu = median_of(cmd)
    lex, lex_cpu = median_of(lexical)
    python, python_cpu = median_of(bare)
    return [
        "### Cold `finsum check`",
        "",
        f"`finsum check` on fixtures/summaries/halvorsen_results.unfaithful.txt, a new process each "
        f"time: median of {n}: **{check:.3f} s** (of which {python:.3f} s starting a bare Python); "
        f"load average {load} when it started.",
        "",
        "| command (new process each time) | wall s (median) | CPU s (median) |",
        "|---|---:|---:|",
        f"| `finsum check` (default backend) | {check:.3f} | {check_cpu:.3f} |",
        f"| `finsum check --backend lexical` | {lex:.3f} | {lex_cpu:.3f} |",
        f"| `python -c pass` | {python:.3f} | {python_cpu:.3f} |",
        "",
    ]


def _eval_rows(args, n: int) -> list[dict]:
    """n rows cycled from the benchmark sets (in file order), with unique ids."""
    base = []
    for name in args.sets.split(","):
        base += read_jsonl(args.data_dir / f"{name}.jsonl")
    out = []
    for i in range(n):
        r = base[i % len(base)]
        out.append({"id": f"r{i}", "source": r["source"], "summary": r["summary"],
                    **({"label": r["label"]} if "label" in r else {})})
    return out


def eval_parts(args, parts) -> list[str]:
    """Issue 12: `finsum eval` on --rows rows with --jobs 1 and --jobs 2 (whole commands, as a
    user runs them), and the Ray runner on the same rows (its start-up cost apart)."""
    root = Path(__file__).resolve().parents[1]
    env = {**os.environ, "PYTHONPATH": str(root)}
    tmp = Path(tempfile.mkdtemp(prefix="finsum-speed-"))
    data = tmp / "rows.jsonl"
    rows = _eval_rows(args, args.rows)
    data.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    out: list[str] = [f"### `finsum eval` on {len(rows):,} rows", ""]

    def run(name, *extra):
        import resource

        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        t0 = time.perf_counter()
        p = subprocess.run([sys.executable, "-m", "summarizer.cli.app", "eval", str(data),
                            "-o", str(tmp / f"{name}.jsonl"), "-f", "json", "--backend", "lexical", *extra],
                           env=env, cwd=root, capture_output=True, text=True)
        wall = time.perf_counter() - t0
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        cpu[name] = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
        return wall, p

    cpu: dict[str, float] = {}

    timings = {}
    if "jobs" in parts:
        load = _load()
        for jobs in (1, 2):
            timings[jobs], p = run(f"jobs{jobs}", "--jobs", str(jobs))
        same = (tmp / "jobs1.jsonl").read_bytes() == (tmp / "jobs2.jsonl").read_bytes()
        out += [
            f"Rows cycled from {args.sets} in file order; each a whole `finsum eval` command; "
            f"load average {load} when it started (2 cores; {os.cpu_count()} CPUs seen).",
            "",
            "| runner | seconds | rows/s | speed-up | CPU seconds, all processes |",
            "|---|---:|---:|---:|---:|",
            f"| `--jobs 1` | {timings[1]:.1f} | {len(rows) / timings[1]:.0f} | 1.00 | "
            f"{cpu['jobs1']:.1f} |",
            f"| `--jobs 2` | {timings[2]:.1f} | {len(rows) / timings[2]:.0f} | "
            f"{timings[1] / timings[2]:.2f} | {cpu['jobs2']:.1f} |",
            "",
            "(On a busy machine the wall-clock speed-up says little; the CPU seconds show what "
            "--jobs 2 costs beyond the work itself.)",
            "",
            f"Rows identical between --jobs 1 and --jobs 2: {'yes' if same else 'NO'}.",
            "",
        ]
    if "ray" in parts:
        try:
            import ray  # noqa: F401
        except ImportError:
            return out + ["Ray runner: not measured (Ray not installed: pip install 'finsum[ray]').", ""]
        load = _load()
        if "jobs" in parts:  # its own section, so a --parts ray run replaces only itself
            out += [f"### Ray runner on {len(rows):,} rows", ""]
        else:
            out[0] = f"### Ray runner on {len(rows):,} rows"
        t_ray, p = run("ray", "--runner", "ray")
        same = (tmp / "ray.jsonl").read_bytes() == (tmp / "jobs1.jsonl").read_bytes() \
            if "jobs" in parts else None
        out += [
            f"The whole `finsum eval --runner ray` command (starting a local Ray with the machine's "
            f"CPUs) on the same rows: **{t_ray:.1f} s**, {len(rows) / t_ray:.0f} rows/s"
            + (f" against {len(rows) / timings[2]:.0f} rows/s for `--jobs 2`" if 2 in timings else "")
            + f"; load average {load} when it started."
            + ("" if same is None else f" Rows identical to --jobs 1's: {'yes' if same else 'NO'}."),
            "",
        ]
        out += ray_part(args, data, rows, tmp, timings)
    return out


def rss_part(args, small: int = 2000, big: int = 20000) -> list[str]:
    """Issue 12: peak RSS of a whole `finsum eval` (--jobs 1) on `small` and `big` rows; with
    streaming eval the two should be close. Not in the default parts (minutes of CPU)."""
    root = Path(__file__).resolve().parents[1]
    env = {**os.environ, "PYTHONPATH": str(root)}
    tmp = Path(tempfile.mkdtemp(prefix="finsum-rss-"))
    probe = ("import resource, subprocess, sys; subprocess.run(sys.argv[1:], stdout=subprocess.DEVNULL,"
             " stderr=subprocess.DEVNULL); print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)")
    peaks, secs = {}, {}
    load = _load()
    for n in (small, big):
        data = tmp / f"rows{n}.jsonl"
        data.write_text("".join(json.dumps(r) + "\n" for r in _eval_rows(args, n)), encoding="utf-8")
        t0 = time.perf_counter()
        p = subprocess.run([sys.executable, "-c", probe, sys.executable, "-m", "summarizer.cli.app",
                            "eval", str(data), "-o", str(tmp / f"out{n}.jsonl"), "-f", "json", "--backend", "lexical"],
                           env=env, cwd=root, capture_output=True, text=True)
        secs[n] = time.perf_counter() - t0
        peaks[n] = int(p.stdout.strip().splitlines()[-1]) / 1024  # KiB -> MiB
    return [
        "### Peak memory of `finsum eval`",
        "",
        f"Whole `finsum eval -o out.jsonl` commands, --jobs 1; load average {load} when it started.",
        "",
        "| rows | peak RSS (MiB) | seconds |",
        "|---:|---:|---:|",
        f"| {small:,} | {peaks[small]:.0f} | {secs[small]:.0f} |",
        f"| {big:,} | {peaks[big]:.0f} | {secs[big]:.0f} |",
        "",
        f"Peak RSS at {big:,} rows is {peaks[big] / peaks[small]:.2f}x that at {small:,}.",
        "",
    ]


def ray_part(args, data: Path, rows: list[dict], tmp: Path, timings: dict) -> list[str]:
    from summarizer.evaluation.io import FieldMap, read_rows
    from summarizer.evaluation.ray_runner import connect, run_on_ray
    from summarizer.evaluation.runner import run_rows
    from summarizer.settings import Settings

    settings = Settings(backend="lexical")
    load = _load()
    t0 = time.perf_counter()
    ray_mod = connect(None, num_cpus=2)
    t_init = time.perf_counter() - t0
    small = tmp / "small.jsonl"
    n_small = 20
    small.write_text("".join(json.dumps(r) + "\n" for r in rows[:n_small]), encoding="utf-8")
    try:
        # The first run on a fresh Ray also starts its worker processes and imports Ray Data
        # in them (once per Ray instance); the second small run is the fixed cost of any run
        # (new actor pool loading the checks, the read, the sort, the pipeline).
        first = run_on_ray(small, FieldMap(), settings)
        t_first = first.run_s
        t_small = run_on_ray(small, FieldMap(), settings).run_s
        big = run_on_ray(data, FieldMap(), settings)
    finally:
        ray_mod.shutdown()
    local = run_rows(read_rows(data), settings)
    same = [r.to_dict() for r in big.results] == [r.to_dict() for r in local]
    marginal = (len(rows) - n_small) / max(1e-9, big.run_s - t_small)
    lines = [
        f"Where the Ray runner's time goes (`run_on_ray` in this process, a local Ray with 2 CPUs; "
        f"load average {load} when it started):",
        "",
        "| step | seconds |",
        "|---|---:|",
        f"| start a local Ray (`ray.init`) | {t_init:.1f} |",
        f"| first {n_small}-row run on it (also starts Ray's worker processes) | {t_first:.1f} |",
        f"| next {n_small}-row run (actor pool, read, sort: the fixed cost of every run) | "
        f"{t_small:.1f} |",
        f"| the {len(rows):,}-row run | {big.run_s:.1f} |",
        "",
        f"Throughput past the fixed costs: {marginal:.0f} rows/s (the {len(rows):,}-row run less "
        f"the {n_small}-row run)"
        + (f", against {len(rows) / timings[2]:.0f} rows/s for the whole `--jobs 2` command"
           if 2 in timings else "")
        + f". Rows identical to the local runner's: {'yes' if same else 'NO'}.",
        "",
    ]
    return lines


if __name__ == "__main__":
    raise SystemExit(main())
