"""`json`: the batch aggregates as one JSON object (rates as fractions in [0, 1]) plus the
settings signature that produced them."""

from __future__ import annotations

import json

from ..evaluation.runner import BatchRun


def data(run: BatchRun) -> dict:
    return {**run.aggregate.to_dict(), "signature": run.signature}


def render(run: BatchRun) -> str:
    return json.dumps(data(run), ensure_ascii=False, indent=2) + "\n"
