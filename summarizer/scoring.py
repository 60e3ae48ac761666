"""Combine rule findings and sentence support into one score in [0, 1] (1 = fully supported).

    z = bias + w_mean * mean_support + w_min * min_support
        - w_rule * (# error findings of kind number/date/entity/contradiction)
        - w_leftover * (# leftover findings)
        - w_unsupported * (# unsupported findings, any severity)
        - w_warning * (# other warnings)
    score = 1 / (1 + exp(-z))

mean_support / min_support are over the summary's content sentences (1.0 when there are none,
e.g. no source). The weights are a logistic regression per backend, fitted on the labelled sets
in ../shared/benchmarks by eval/calibrate.py (one configuration for all sets, cross-validated
figures in eval/results/calibration.md) and stored in summarizer/data/calibration.json together
with each backend's support thresholds:

- `warning`: a sentence whose support is below it gets an `unsupported` warning;
- `error`:  an unsupported finding whose support is below it is an error (fails the verdict).
"""

from __future__ import annotations

import json
import math
from functools import lru_cache
from importlib import resources
from typing import Any, Sequence

from .findings import Finding, SentenceSupport

FEATURES = ("mean_support", "min_support", "rule_errors", "leftover", "unsupported", "warnings")
RULE_KINDS = ("number", "date", "entity", "contradiction")

# Used when calibration.json is missing or lacks a backend: hand-set, same signs as fitted ones.
DEFAULT_BACKEND: dict[str, Any] = {
    "bias": -1.0,
    "weights": {
        "mean_support": 3.0, "min_support": 1.0, "rule_errors": -2.5, "leftover": -2.5,
        "unsupported": -1.0, "warnings": -0.3,
    },
    "thresholds": {"warning": 0.35, "error": 0.15},
}
DEFAULT_THRESHOLDS = {
    "lexical": {"warning": 0.4, "error": 0.15},
    "embedding": {"warning": 0.4, "error": 0.15},
    "nli": {"warning": 0.2, "error": 0.05},
}


@lru_cache(maxsize=1)
def calibration() -> dict[str, Any]:
    """The fitted parameters (summarizer/data/calibration.json), {} if absent or unreadable."""
    try:
        text = resources.files("summarizer").joinpath("data/calibration.json").read_text("utf-8")
        data = json.loads(text)
    except (FileNotFoundError, OSError, ValueError):
        return {}
    return data if isinstance(data, dict) else {}


def parameters(backend: str) -> dict[str, Any]:
    fitted = calibration().get("backends", {}).get(backend, {})
    params = {
        "bias": DEFAULT_BACKEND["bias"],
        "weights": dict(DEFAULT_BACKEND["weights"]),
        "thresholds": dict(DEFAULT_THRESHOLDS.get(backend, DEFAULT_BACKEND["thresholds"])),
    }
    params["bias"] = float(fitted.get("bias", params["bias"]))
    params["weights"].update(fitted.get("weights", {}))
    params["thresholds"].update(fitted.get("thresholds", {}))
    return params


def thresholds(backend: str) -> dict[str, float]:
    """{"warning": w, "error": e} support thresholds for the backend."""
    return parameters(backend)["thresholds"]


def features(findings: Sequence[Finding], support: Sequence[SentenceSupport]) -> dict[str, float]:
    scores = [s.score for s in support]
    feats = {
        "mean_support": sum(scores) / len(scores) if scores else 1.0,
        "min_support": min(scores) if scores else 1.0,
        "rule_errors": 0.0, "leftover": 0.0, "unsupported": 0.0, "warnings": 0.0,
    }
    for f in findings:
        if f.kind == "leftover":
            feats["leftover"] += 1
        elif f.kind == "unsupported":
            feats["unsupported"] += 1
        elif f.severity == "error":
            feats["rule_errors"] += 1
        else:
            feats["warnings"] += 1
    return feats


def linear(feats: dict[str, float], params: dict[str, Any]) -> float:
    z = params["bias"]
    for name in FEATURES:
        z += float(params["weights"].get(name, 0.0)) * feats[name]
    return z


def combine(
    findings: Sequence[Finding], support: Sequence[SentenceSupport], backend: str = "lexical"
) -> float:
    """The report score in [0, 1]: higher = more faithful."""
    z = linear(features(findings, support), parameters(backend))
    z = max(-40.0, min(40.0, z))
    return 1.0 / (1.0 + math.exp(-z))
