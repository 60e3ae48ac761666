"""Combine rule findings, sentence support and summary-level lexical overlap into the report
score in [0, 1] (1 = fully supported), and the sentence model behind unsupported errors.

Report score (per backend; for the finsum backend, its own model, the features are min_logit -
the logit of the lowest claim support, so 0.5 stays a coin flip - and the rule error counts):

    z = bias + sum_k w_k * x_k,    score = 1 / (1 + exp(-z))

over the features in `FEATURES` (a subset of `ALL_FEATURES`, which `features` computes):
- mean_support, min_support: the backend's support over the content sentences;
- unigram/bigram/trigram_precision, novel_share, novel_names_numbers, log_words: the summary's
  lexical overlap with the source (summarizer.backends.lexical.overlap_features);
- number, date, entity, contradiction: counts of findings of that kind (an error counts 1, a
  warning 0.5); leftover: count of leftover findings; unsupported: count of unsupported findings
  (any severity); warnings: other warnings.
Without a source, support features are 1.0 and overlap features take their faithful values.

Sentence model (shared by all backends; lexical features): P(sentence supported) =
sigmoid(bias + sum_k w_k * f_k) over `SENTENCE_FEATURES` (summarizer/checks/support.py computes
them). An unsupported finding is an error when that probability is below the fitted
`threshold` (settings.error_threshold overrides it).

All weights and the threshold are fitted by eval/calibrate.py (L2 logistic regression, 5-fold
cross-validated figures in eval/results/calibration.md; one configuration for all sets) and stored
in summarizer/data/calibration.json. Each backend also has a `warning` support level: a sentence
whose support is below it gets an `unsupported` warning.
"""

from __future__ import annotations

import json
import math
from collections.abc import Sequence
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

from .findings import Finding, SentenceSupport

if TYPE_CHECKING:
    from .text import Document

RULE_KINDS = ("number", "date", "entity", "contradiction")
OVERLAP = (
    "unigram_precision", "bigram_precision", "trigram_precision", "novel_share",
    "novel_names_numbers", "log_words",
)
# Everything `features` computes ...
ALL_FEATURES = ("mean_support", "min_support", "min_logit") + OVERLAP + RULE_KINDS + (
    "leftover", "unsupported", "warnings",
)
# ... and what the fitted score uses (eval/calibrate.py picked these by cross-validated AUC:
# more features overfit the pooled sets; min_support, the other n-gram orders and the counts of
# unsupported findings and warnings add nothing out of fold).
FEATURES = ("mean_support", "bigram_precision", "novel_share") + RULE_KINDS + ("leftover",)
SENTENCE_FEATURES = (
    "support", "bigram_precision", "novel_share", "novel_words", "novel_names_numbers",
    "clause_missing", "log_length",
)
# Overlap features of a summary checked without a source (nothing to compare against).
NO_SOURCE = {
    "unigram_precision": 1.0, "bigram_precision": 1.0, "trigram_precision": 1.0,
    "novel_share": 0.0, "novel_names_numbers": 0.0, "log_words": 3.0,
}

# Used when calibration.json is missing or lacks a part: hand-set, same signs as fitted ones.
DEFAULT_BACKEND: dict[str, Any] = {
    "bias": -4.0,
    "weights": {
        "mean_support": 2.0, "min_support": 1.0, "bigram_precision": 3.0, "novel_share": -2.0,
        "number": -2.5, "date": -2.5, "entity": -2.5, "contradiction": -2.5, "leftover": -2.5,
        "unsupported": -1.0, "warnings": -0.3,
    },
}
# finsum's own model: the score is its lowest claim support (as a logit) lowered by rule errors;
# fitted by eval/model_threshold.py on dev data into calibration.json's backends.finsum.
DEFAULT_FINSUM: dict[str, Any] = {
    "bias": 0.0,
    "weights": {"min_logit": 1.0, "number": -2.0, "date": -2.0, "entity": -2.0,
                "contradiction": -2.0},
}
DEFAULT_WARNING = {"lexical": 0.4, "embedding": 0.4, "nli": 0.2}
DEFAULT_SENTENCE: dict[str, Any] = {
    "bias": -3.0,
    "weights": {"support": 4.0, "bigram_precision": 2.0, "novel_names_numbers": -0.5,
                "clause_missing": -0.5},
    "threshold": 0.2,
}


@lru_cache(maxsize=1)
def calibration() -> dict[str, Any]:
    """The fitted parameters (summarizer/data/calibration.json), {} if absent or unreadable."""
    try:
        text = (Path(__file__).resolve().parent / "data" / "calibration.json").read_text("utf-8")
        data = json.loads(text)
    except (FileNotFoundError, OSError, ValueError):
        return {}
    return data if isinstance(data, dict) else {}


def parameters(backend: str) -> dict[str, Any]:
    """Score weights of a backend (falling back to the lexical fit, then to the defaults)."""
    backends = calibration().get("backends", {})
    if backend == "finsum":
        fitted = backends.get("finsum") or DEFAULT_FINSUM
        return {"bias": float(fitted["bias"]), "weights": dict(fitted["weights"])}
    fitted = backends.get(backend) or backends.get("lexical") or {}
    if not fitted.get("weights"):
        fitted = {**fitted, "bias": DEFAULT_BACKEND["bias"], "weights": DEFAULT_BACKEND["weights"]}
    return {"bias": float(fitted["bias"]), "weights": dict(fitted["weights"])}


def sentence_model() -> dict[str, Any]:
    fitted = calibration().get("sentence") or {}
    if not fitted.get("weights"):
        return dict(DEFAULT_SENTENCE)
    return {"bias": float(fitted["bias"]), "weights": dict(fitted["weights"]),
            "threshold": float(fitted.get("threshold", DEFAULT_SENTENCE["threshold"]))}


def thresholds(backend: str) -> dict[str, float]:
    """{"warning": support level below which a sentence is reported, "error": sentence-model
    probability below which an unsupported finding is an error}."""
    fitted = calibration().get("backends", {}).get(backend, {}).get("thresholds", {})
    warning = float(fitted.get("warning", DEFAULT_WARNING.get(backend, 0.4)))
    return {"warning": warning, "error": sentence_model()["threshold"]}


def _sigmoid(z: float) -> float:
    z = max(-40.0, min(40.0, z))
    return 1.0 / (1.0 + math.exp(-z))


def sentence_probability(feats: dict[str, float]) -> float:
    """P(a summary sentence is supported) from its SENTENCE_FEATURES."""
    m = sentence_model()
    return _sigmoid(m["bias"] + sum(float(w) * feats.get(k, 0.0) for k, w in m["weights"].items()))


def features(
    findings: Sequence[Finding],
    support: Sequence[SentenceSupport],
    summary: Document | None = None,
    source: Document | None = None,
    full: bool = False,
) -> dict[str, float]:
    """The score's input features; `full`: every one of ALL_FEATURES (for fitting), else the
    n-gram precisions that FEATURES does not use are left out."""
    scores = [s.score for s in support]
    low = min(scores) if scores else 1.0
    clipped = min(1 - 1e-4, max(1e-4, low))
    feats = {
        "mean_support": sum(scores) / len(scores) if scores else 1.0,
        "min_support": low,
        "min_logit": math.log(clipped / (1 - clipped)),
    }
    if summary is not None and source is not None:
        from .backends.lexical import overlap_features

        over = overlap_features(summary, source, full)
        feats.update({k: over[k] for k in OVERLAP if k in over})
    else:
        feats.update(NO_SOURCE)
    for k in RULE_KINDS + ("leftover", "unsupported", "warnings"):
        feats[k] = 0.0
    for f in findings:
        if f.kind in ("leftover", "unsupported") or f.severity == "error":
            feats[f.kind] += 1
        elif f.kind in RULE_KINDS:
            # A rule warning (an unverified figure, an unknown name) is weaker evidence than an
            # error but still evidence: it counts half towards its kind.
            feats[f.kind] += 0.5
        else:
            feats["warnings"] += 1
    return feats


def linear(feats: dict[str, float], params: dict[str, Any]) -> float:
    z = params["bias"]
    for name, w in params["weights"].items():
        z += float(w) * feats.get(name, 0.0)
    return z


def combine(
    findings: Sequence[Finding],
    support: Sequence[SentenceSupport],
    backend: str = "lexical",
    summary: Document | None = None,
    source: Document | None = None,
) -> float:
    """The report score in [0, 1]: higher = more faithful. Pass the summary and source
    Documents for the overlap features (without them they take their no-source values)."""
    return _sigmoid(linear(features(findings, support, summary, source), parameters(backend)))
