"""Shared bits of the eval scripts: where the labelled data lives, and reading JSON Lines."""

from __future__ import annotations

import json
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DATA_DIR = ROOT.parent / "shared" / "benchmarks"
RESULTS_DIR = ROOT / "eval" / "results"


def read_jsonl(path: Path) -> list[dict]:
    with open(path, encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]
