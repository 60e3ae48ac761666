"""Combine rule findings and sentence support into one score in [0, 1] (1 = fully supported).

score = sigmoid(b0 + b_support * mean_support + b_min * min_support
                - sum_k w_k * count_k(error findings of kind k)
                - w_warn * count(warnings))

The coefficients live in summarizer/data/calibration.json and are fitted on the labelled sets in
../shared/benchmarks by eval/calibrate.py (cross-validated figures in eval/RESULTS.md)."""

from __future__ import annotations

import json
import math
from functools import lru_cache
from importlib import resources
from typing import Any, Sequence

from .findings import Finding, SentenceSupport

DEFAULT: dict[str, Any] = {
    "bias": 2.0,
    "mean_support": 2.0,
    "min_support": 2.0,
    "per_kind": {
        "leftover": 3.0, "number": 3.0, "date": 2.5, "entity": 2.5,
        "contradiction": 3.0, "unsupported": 2.0,
    },
    "warning": 0.7,
    "support_center": 0.5,
    "error_threshold": {"lexical": 0.0, "embedding": 0.0, "nli": 0.0},
}


@lru_cache(maxsize=1)
def calibration() -> dict[str, Any]:
    try:
        text = resources.files("summarizer").joinpath("data/calibration.json").read_text("utf-8")
        data = json.loads(text)
    except (FileNotFoundError, OSError, ValueError):
        return DEFAULT
    merged = {**DEFAULT, **data}
    merged["per_kind"] = {**DEFAULT["per_kind"], **data.get("per_kind", {})}
    return merged


def features(findings: Sequence[Finding], support: Sequence[SentenceSupport]) -> dict[str, float]:
    feats: dict[str, float] = {}
    scores = [s.score for s in support]
    feats["mean_support"] = sum(scores) / len(scores) if scores else 1.0
    feats["min_support"] = min(scores) if scores else 1.0
    for f in findings:
        key = f"{f.kind}_{f.severity}"
        feats[key] = feats.get(key, 0.0) + 1.0
    return feats


def combine(findings: Sequence[Finding], support: Sequence[SentenceSupport], backend: str = "lexical") -> float:
    cal = calibration()
    coef = cal.get("backends", {}).get(backend, cal)
    per_kind = {**cal["per_kind"], **coef.get("per_kind", {})}
    feats = features(findings, support)
    center = coef.get("support_center", cal["support_center"])
    z = coef.get("bias", cal["bias"])
    z += coef.get("mean_support", cal["mean_support"]) * (feats["mean_support"] - center)
    z += coef.get("min_support", cal["min_support"]) * (feats["min_support"] - center)
    for f in findings:
        z -= per_kind.get(f.kind, 2.0) if f.severity == "error" else coef.get("warning", cal["warning"])
    return 1.0 / (1.0 + math.exp(-z))
