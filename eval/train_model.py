"""Rebuild finsum's shipped faithfulness model from ../shared (the recipe in
summarizer/training/recipe.py), on a CPU.

    python eval/train_model.py [--out summarizer/data/model] [--resume] [--threads 2]

Checkpoints every 100 steps under OUT/checkpoint/ (`--resume` continues from there); at the end
the adapter, head and finsum_model.json are written to OUT and the held-out metrics printed.
The decision threshold and calibration are then fitted on dev data by eval/model_threshold.py."""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from eval._common import ROOT  # noqa: E402
from summarizer.model import SHIPPED_NAME, shipped_dir  # noqa: E402
from summarizer.training.recipe import Recipe, build  # noqa: E402
from summarizer.training.trainer import TrainConfig, train  # noqa: E402


SHIPPED_MAX_LENGTH = 176  # the shipped adapter's (fused claims + their passage fit)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    ap.add_argument("--out", type=Path, default=shipped_dir())
    ap.add_argument("--resume", action="store_true")
    ap.add_argument("--threads", type=int, default=2)
    ap.add_argument("--exclude-domain", default=None, help="leave one SummEdits domain out")
    ap.add_argument("--version", default="4")
    ap.add_argument("--halueval-docs", type=int, default=Recipe.halueval_docs,
                    help="HaluEval articles whose summaries train the model (0: none)")
    ap.add_argument("--synthetic-docs", type=int, default=Recipe.synthetic_docs)
    ap.add_argument("--reference-docs", type=int, default=Recipe.reference_docs,
                    help="HaluEval articles whose reference highlights are kept or perturbed")
    ap.add_argument("--summedits-units", type=int, default=Recipe.summedits_units)
    ap.add_argument("--synthetic-per-doc", type=int, default=Recipe.synthetic_per_doc)
    ap.add_argument("--fused-share", type=float, default=Recipe.fused_share,
                    help="share of synthetic claims that fuse two sentences of the article")
    ap.add_argument("--topical", action=argparse.BooleanOptionalAction, default=Recipe.topical,
                    help="invented clauses from the foreign clauses closest to the article")
    ap.add_argument("--epochs", type=float, default=1.0)
    ap.add_argument("--max-length", type=int, default=SHIPPED_MAX_LENGTH)
    args = ap.parse_args()
    t0 = time.time()
    recipe = Recipe(exclude_domain=args.exclude_domain, halueval_docs=args.halueval_docs,
                    synthetic_docs=args.synthetic_docs, reference_docs=args.reference_docs,
                    summedits_units=args.summedits_units, synthetic_per_doc=args.synthetic_per_doc,
                    fused_share=args.fused_share, topical=args.topical)
    units, held = build(args.shared, recipe)
    print(f"{len(units)} training units ({sum(len(u.pairs) for u in units)} sequences), "
          f"{len(held)} held out; built in {time.time() - t0:.0f}s", flush=True)
    config = TrainConfig(threads=args.threads, checkpoint_every=100, epochs=args.epochs,
                         max_length=args.max_length)
    last = [time.time()]

    def progress(step: int, total: int, loss: float) -> None:
        if step % 20 == 0 or step == total:
            rate = 20 / max(1e-9, time.time() - last[0])
            last[0] = time.time()
            print(f"step {step}/{total} loss {loss:.4f} ({rate:.2f} steps/s, "
                  f"{time.time() - t0:.0f}s)", flush=True)

    info = train(units, args.out, config, held, resume=args.resume, progress=progress,
                 meta={"name": SHIPPED_NAME, "version": args.version,
                       "recipe": {k: v for k, v in vars(recipe).items()}})
    print(json.dumps(info["validation"], indent=1))
    print(f"done in {time.time() - t0:.0f}s -> {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
