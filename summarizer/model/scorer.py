"""Batched scoring of (claim, passage) pairs with a loaded cross-encoder.

Pairs are sorted by length and cut into batches, so padding stays small; claim first, passage
second; the longer of the two (the passage, nearly always) is truncated when a pair exceeds max_length. The
logit becomes P(supported) through the Platt calibration fitted on dev data and stored in
finsum_model.json (`calibration`: {"a", "b"}; P = sigmoid(a * logit + b)), so 0.5 is a coin flip."""

from __future__ import annotations

import math
from pathlib import Path

from .network import Loaded, load

BATCH_SIZE = 32


class ClaimScorer:
    """P(supported) for claim/passage pairs. One instance per process and model directory."""

    def __init__(self, model_dir: Path, device: str = "cpu"):
        self.loaded: Loaded = load(model_dir, device)
        meta = self.loaded.meta
        self.max_length = int(meta.get("max_length", 192))
        self.top_k = int(meta.get("top_k", 2))
        cal = meta.get("calibration") or {}
        self.a = float(cal.get("a", 1.0))
        self.b = float(cal.get("b", 0.0))
        self.device = device

    @property
    def meta(self) -> dict:
        return self.loaded.meta

    def logits(self, claims: list[str], passages: list[str]) -> list[float]:
        """Raw logits, one per pair, in input order."""
        import torch

        tok, net = self.loaded.tokenizer, self.loaded.net
        order = sorted(range(len(claims)), key=lambda i: len(claims[i]) + len(passages[i]))
        out = [0.0] * len(claims)
        with torch.inference_mode():
            for b in range(0, len(order), BATCH_SIZE):
                idx = order[b : b + BATCH_SIZE]
                enc = tok(
                    [claims[i] for i in idx], [passages[i] for i in idx],
                    truncation="longest_first", max_length=self.max_length, padding=True,
                    return_tensors="pt",
                )
                enc = {k: v.to(self.device) for k, v in enc.items()
                       if k in ("input_ids", "attention_mask", "token_type_ids")}
                values = net(**enc).logits[:, 0].float().cpu().tolist()
                for i, v in zip(idx, values):
                    out[i] = v
        return out

    def probability(self, logit: float) -> float:
        z = self.a * logit + self.b
        return 1.0 / (1.0 + math.exp(-max(-60.0, min(60.0, z))))

    def probabilities(self, claims: list[str], passages: list[str]) -> list[float]:
        return [self.probability(z) for z in self.logits(claims, passages)]
