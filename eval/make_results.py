"""Assemble eval/RESULTS.md from the sections the eval scripts write to eval/results/*.md.

    python eval/make_results.py            # just assemble
    python eval/make_results.py --run      # re-run every eval script first (minutes)
"""

from __future__ import annotations

import argparse
import datetime as dt
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
ORDER = ["unseen", "rules", "model", "model_speed", "fin_dev", "speed", "benchmarks", "calibration", "eval_cli", "summarize", "robustness"]
SCRIPTS = {
    "model": ["model_eval.py"],  # `--fit` refits the threshold: run that on purpose
    "model_speed": ["model_speed.py"],
    "fin_dev": ["fin_dev.py"],
    "speed": ["speed.py"],
    "benchmarks": ["benchmarks.py", "--model-limit", "60"],
    "calibration": None,  # written by calibrate.py, which refits coefficients: run it on purpose
    "unseen": None,  # recorded once, before tuning on that set
    "rules": None,  # issue 13: fin_holdout6 before/after, written by hand from the runs it names
    "eval_cli": ["eval_cli.py"],
    "summarize": ["summarize_bench.py"],
    "robustness": ["robustness.py"],
}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--run", action="store_true", help="re-run the eval scripts first")
    args = ap.parse_args(argv)
    if args.run:
        for name in ORDER:
            script = SCRIPTS.get(name)
            if script and (HERE / script[0]).is_file():
                print(f"running {script[0]} ...", file=sys.stderr)
                subprocess.run([sys.executable, str(HERE / script[0]), *script[1:]], check=True)
    parts = [
        "# finsum: latest measured results",
        "",
        f"Assembled {dt.date.today().isoformat()} by `eval/make_results.py` from `eval/results/`. "
        "Every figure below was produced by the script named in its heading, on this repository's "
        "code, on a 2-core CPU machine with no GPU and no model hub.",
        "",
    ]
    found = {p.stem: p for p in (HERE / "results").glob("*.md")}
    for name in ORDER + sorted(set(found) - set(ORDER)):
        if name in found:
            parts.append(found[name].read_text(encoding="utf-8").rstrip() + "\n")
    (HERE / "RESULTS.md").write_text("\n".join(parts), encoding="utf-8")
    print(f"wrote {HERE / 'RESULTS.md'}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
