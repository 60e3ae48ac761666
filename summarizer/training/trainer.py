"""Fine-tune the cross-encoder on `Unit`s with LoRA: the code behind `finsum train` and the
shipped adapter (eval/train_model.py).

  * Deterministic given the same units and seed: one seeded generator orders the units and
    drives dropout; batches are cut from that order.
  * Resumable: every `checkpoint_every` steps the adapter, head, optimizer, scheduler and step
    are saved under OUT/checkpoint/; `resume=True` continues from there (same order, same steps).
  * Loss: binary cross-entropy on one logit per unit - the claim's logit, or for a
    multiple-instance unit (an unfaithful summary without error spans) the lowest logit of its
    claims.
  * At the end the model is saved to OUT (adapter_model.safetensors, adapter_config.json,
    finsum_model.json) with the validation metrics in finsum_model.json."""

from __future__ import annotations

import json
import math
import random
from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from ..errors import ConfigError
from ..model import network
from .examples import Unit
from .metrics import binary_metrics

CHECKPOINT = "checkpoint"


@dataclass(frozen=True)
class TrainConfig:
    base: str = network.PACKAGED_BASE
    epochs: float = 1.0
    batch_pairs: int = 16  # (claim, passage) sequences per optimizer step
    lr: float = 4e-4
    warmup: float = 0.06
    weight_decay: float = 0.01
    rank: int = 16
    alpha: int = 32
    dropout: float = 0.1
    max_length: int = 144
    top_k: int = 2
    seed: int = 13
    threads: int = 0  # torch threads (0: torch's default)
    checkpoint_every: int = 200
    extra: dict[str, Any] = field(default_factory=dict)

    def __post_init__(self) -> None:
        if self.epochs <= 0 or self.batch_pairs < 1 or self.lr <= 0 or self.max_length < 16:
            raise ConfigError("training needs epochs > 0, batch size >= 1, lr > 0, max length >= 16")


def batches(units: list[Unit], batch_pairs: int) -> list[list[Unit]]:
    """Consecutive units packed into batches of about `batch_pairs` sequences."""
    out: list[list[Unit]] = []
    cur: list[Unit] = []
    used = 0
    for u in units:
        n = len(u.pairs)
        if cur and used + n > batch_pairs:
            out.append(cur)
            cur, used = [], 0
        cur.append(u)
        used += n
    if cur:
        out.append(cur)
    return out


def _unit_logits(model, tokenizer, units: list[Unit], max_length: int):
    import torch

    claims = [c for u in units for c, _ in u.pairs]
    passages = [p for u in units for _, p in u.pairs]
    enc = tokenizer(claims, passages, truncation="longest_first", max_length=max_length,
                    padding=True, return_tensors="pt")
    enc = {k: v for k, v in enc.items() if k in ("input_ids", "attention_mask", "token_type_ids")}
    logits = model(**enc).logits[:, 0]
    out, i = [], 0
    for u in units:
        n = len(u.pairs)
        out.append(logits[i : i + n].min())
        i += n
    return torch.stack(out)


def evaluate(model, tokenizer, units: list[Unit], max_length: int, batch_pairs: int = 32) -> dict:
    """Unit-level metrics (a unit's score = sigmoid of its lowest claim logit)."""
    import torch

    if not units:
        return {}
    model.eval()
    scores: list[float] = []
    with torch.inference_mode():
        for b in batches(units, batch_pairs):
            scores.extend(torch.sigmoid(_unit_logits(model, tokenizer, b, max_length)).tolist())
    model.train()
    labels = [u.label for u in units]
    metrics = binary_metrics(labels, scores)
    by_origin: dict[str, list[tuple[int, float]]] = {}
    for u, s in zip(units, scores):
        by_origin.setdefault(u.origin.split(":")[0], []).append((u.label, s))
    metrics["by_origin"] = {
        k: binary_metrics([l for l, _ in v], [s for _, s in v]) for k, v in sorted(by_origin.items())
    }
    return metrics


def train(
    units: list[Unit],
    out_dir: Path,
    config: TrainConfig,
    validation: list[Unit] = (),
    resume: bool = False,
    progress: Callable[[int, int, float], None] | None = None,
    meta: dict[str, Any] | None = None,
) -> dict[str, Any]:
    """Train, save to out_dir, return the metadata written to finsum_model.json."""
    import torch

    if not units:
        raise ConfigError("no training examples (every row was empty or unusable)")
    out_dir = Path(out_dir)
    if config.threads:
        torch.set_num_threads(config.threads)
    rng = random.Random(config.seed)
    order = list(units)
    plan: list[list[Unit]] = []
    whole = int(config.epochs)
    for _ in range(max(1, math.ceil(config.epochs))):
        rng.shuffle(order)
        plan.extend(batches(order, config.batch_pairs))
    if config.epochs != whole:  # a fractional last epoch
        per_epoch = len(batches(order, config.batch_pairs))
        plan = plan[: int(per_epoch * config.epochs)]
    total = len(plan)

    tokenizer, model = network.build_for_training(
        config.base, config.rank, config.alpha, config.dropout, config.seed
    )
    params = [p for p in model.parameters() if p.requires_grad]
    opt = torch.optim.AdamW(params, lr=config.lr, weight_decay=config.weight_decay)
    warm = max(1, int(total * config.warmup))
    sched = torch.optim.lr_scheduler.LambdaLR(
        opt, lambda s: min((s + 1) / warm, max(0.0, (total - s) / max(1, total - warm)))
    )
    step = 0
    ckpt = out_dir / CHECKPOINT
    if resume and (ckpt / "state.pt").is_file():
        from peft import set_peft_model_state_dict
        from safetensors.torch import load_file

        set_peft_model_state_dict(model, load_file(str(ckpt / network.ADAPTER_FILE)))
        state = torch.load(ckpt / "state.pt", weights_only=False)
        if state.get("total") != total:
            raise ConfigError(
                f"cannot resume from {ckpt}: it was made with other data or settings "
                f"({state.get('total')} steps planned, now {total}); start without --resume"
            )
        opt.load_state_dict(state["optimizer"])
        sched.load_state_dict(state["scheduler"])
        torch.set_rng_state(state["torch_rng"])
        step = int(state["step"])
    else:
        torch.manual_seed(config.seed)
    model.train()
    loss_fn = torch.nn.BCEWithLogitsLoss()
    running = 0.0
    for step in range(step, total):
        batch = plan[step]
        logits = _unit_logits(model, tokenizer, batch, config.max_length)
        target = torch.tensor([float(u.label) for u in batch])
        loss = loss_fn(logits, target)
        loss.backward()
        torch.nn.utils.clip_grad_norm_(params, 1.0)
        opt.step()
        sched.step()
        opt.zero_grad(set_to_none=True)
        value = loss.item()
        running = 0.98 * running + 0.02 * value if step else value
        if progress:
            progress(step + 1, total, running)
        if config.checkpoint_every and (step + 1) % config.checkpoint_every == 0 and step + 1 < total:
            _checkpoint(model, opt, sched, step + 1, total, ckpt)

    metrics = evaluate(model, tokenizer, list(validation), config.max_length)
    info = {
        "name": (meta or {}).get("name", "finsum-trained"),
        "version": (meta or {}).get("version", "1"),
        "base": config.base,
        "max_length": config.max_length,
        "top_k": config.top_k,
        "training": {**asdict(config), "units": len(units), "steps": total},
        "validation": metrics,
        **{k: v for k, v in (meta or {}).items() if k not in ("name", "version")},
    }
    network.save(model, out_dir, info)
    return info


def _checkpoint(model, opt, sched, step: int, total: int, ckpt: Path) -> None:
    import torch
    from peft import get_peft_model_state_dict
    from safetensors.torch import save_file

    ckpt.mkdir(parents=True, exist_ok=True)
    tmp = ckpt / "state.pt.tmp"
    save_file(get_peft_model_state_dict(model), str(ckpt / network.ADAPTER_FILE))
    torch.save({"optimizer": opt.state_dict(), "scheduler": sched.state_dict(), "step": step,
                "total": total, "torch_rng": torch.get_rng_state()}, tmp)
    tmp.replace(ckpt / "state.pt")
    (ckpt / "progress.json").write_text(json.dumps({"step": step, "total": total}) + "\n")
