"""`finsum eval` end to end on real data: the CLI as a CI job runs it, every output format.

    python eval/eval_cli.py [--data-dir ../shared/benchmarks]

Runs `finsum eval DATA --format json -o out.jsonl -o out.csv -o out.xml -o out.html -o out.md`
on fixtures/pairs.jsonl and each labelled set, checks that every output file was written and
parses (JSONL rows, CSV rows, JUnit testcases), and writes eval/results/eval_cli.md with the
aggregates the command printed and its wall time."""

from __future__ import annotations

import argparse
import csv
import json
import subprocess
import sys
import tempfile
import time
import xml.etree.ElementTree as ET
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from eval._common import DATA_DIR, RESULTS_DIR, ROOT  # noqa: E402


def run_one(data: Path) -> dict:
    with tempfile.TemporaryDirectory() as tmp:
        outs = {ext: Path(tmp) / f"out.{ext}" for ext in ("jsonl", "csv", "xml", "html", "md")}
        cmd = [sys.executable, "-m", "summarizer.cli.app", "eval", str(data), "--format", "json"]
        for p in outs.values():
            cmd += ["-o", str(p)]
        t0 = time.perf_counter()
        proc = subprocess.run(cmd, capture_output=True, text=True, cwd=ROOT)
        wall = time.perf_counter() - t0
        agg = json.loads(proc.stdout)
        rows = [json.loads(line) for line in outs["jsonl"].read_text(encoding="utf-8").splitlines()]
        with open(outs["csv"], newline="", encoding="utf-8") as fh:
            csv_rows = list(csv.DictReader(fh))
        cases = ET.parse(outs["xml"]).getroot().iter("testcase")
        html_ok = "<mark" in outs["html"].read_text(encoding="utf-8") or agg["failed"] == 0
        return {
            "name": data.name, "exit": proc.returncode, "agg": agg, "wall": wall,
            "formats_ok": len(rows) == agg["rows"] == len(csv_rows) == sum(1 for _ in cases)
            and html_ok and outs["md"].stat().st_size > 0,
        }


def fmt(x) -> str:
    return "-" if x is None else f"{x:.3f}"


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--data-dir", type=Path, default=DATA_DIR)
    ap.add_argument("--no-write", action="store_true")
    args = ap.parse_args(argv)
    sets = [ROOT / "fixtures" / "pairs.jsonl"] + [
        args.data_dir / f"{n}.jsonl" for n in ("fin_dev", "summeval", "factcc", "frank_valid")
    ]
    sets = [p for p in sets if p.is_file()]
    lines = [
        "## `finsum eval` end to end (`eval/eval_cli.py`)",
        "",
        "The CLI exactly as a CI job runs it (one process per data set, default settings, lexical "
        "backend, exit code by the default gate: any row with an error finding fails), writing "
        "jsonl, csv, junit, html and markdown at once; every file is parsed back and must hold one "
        "record per row. Wall time includes start-up.",
        "",
        "| data | rows | pass rate | balanced acc. | P / R / F1 (unfaithful) | ROC AUC | mean ROUGE-1/2/Lsum | exit | formats parse | rows/s |",
        "|---|---:|---:|---:|---|---:|---|---:|---|---:|",
    ]
    for data in sets:
        r = run_one(data)
        a, lab = r["agg"], r["agg"].get("labels") or {}
        rouge = a.get("rouge") or {}
        rouge_s = " / ".join(fmt(rouge.get(k)) for k in ("rouge1", "rouge2", "rougeLsum")) if rouge else "-"
        lines.append(
            f"| {r['name']} | {a['rows']} | {a['pass_rate']:.3f} | {fmt(lab.get('balanced_accuracy'))} | "
            f"{fmt(lab.get('precision'))} / {fmt(lab.get('recall'))} / {fmt(lab.get('f1'))} | "
            f"{fmt(lab.get('roc_auc'))} | {rouge_s} | {r['exit']} | {'yes' if r['formats_ok'] else 'NO'} | "
            f"{a['rows'] / r['wall']:.0f} |"
        )
        print(lines[-1], file=sys.stderr)
    md = "\n".join(lines) + "\n"
    print(md)
    if not args.no_write:
        (RESULTS_DIR / "eval_cli.md").write_text(md, encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
