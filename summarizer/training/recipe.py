"""The recipe of the shipped adapter: which data, how much of it, and the split.

    python eval/train_model.py            # rebuilds summarizer/data/model/ from ../shared

Training units (see examples.py), from ../shared/training only (the benchmarks stay for
measurement):
  * HaluEval: `halueval_docs` articles; the reference highlights as single supported claims and
    the hallucinated summary as one multiple-instance unit;
  * synthetic claims from `synthetic_docs` other HaluEval articles (CNN/DM news), three source
    sentences each, half of them perturbed (figure, date, name, direction or status, negation,
    invented clause - with `topical`, the foreign clause closest to the article's subject); a
    `fused_share` of them fuse two sentences of the article into one claim (summaries fuse
    facts), paired with a passage that holds both;
  * reference claims (`reference_docs`): sentences of the HaluEval reference highlights of other
    articles, half of them perturbed like the synthetic claims - supported and unsupported
    claims in the same abstractive style (training on HaluEval's summary pairs instead teaches
    ChatGPT-style vs highlight-style: eval/results/model_training.md);
  * SummEdits (six non-news domains): sentence-level labels from the edit spans of every edited
    summary, `summedits_units` of them drawn at random.
The sizes fit the 2-core CPU budget (about 12,000 sequences, one epoch, under 90 minutes).
A fixed share of articles (by article, never splitting one) is held out for the metrics printed
at the end."""

from __future__ import annotations

import random
from dataclasses import dataclass
from pathlib import Path

from ..errors import InputError
from .examples import Unit, reference_units, summary_units, synthetic_units
from .synthetic import clause_bank
from .sources import Pair, read_halueval, read_summedits

SUMMEDITS_DOMAINS = ("podcast", "qmsumm", "sales_call", "sales_email", "samsum", "scitldr")


@dataclass(frozen=True)
class Recipe:
    # The defaults are the shipped adapter's recipe (v4); eval/results/model_training.md
    # compares it with the earlier ones.
    halueval_docs: int = 0  # as summary-level pairs (highlights 1, hallucinated 0)
    reference_docs: int = 1500  # as perturbed reference claims (reference_units)
    synthetic_docs: int = 2200
    synthetic_per_doc: int = 3
    summedits: bool = True
    summedits_units: int = 2500
    holdout: float = 0.05
    seed: int = 13
    exclude_domain: str | None = None  # leave-one-domain-out runs
    fused_share: float = 0.5  # synthetic claims fusing two sentences of the article
    topical: bool = True  # invented clauses from the foreign clauses closest to the article


def pair_units(pairs: list[Pair], rng: random.Random) -> list[Unit]:
    out: list[Unit] = []
    for p in pairs:
        origin = p.group.split("-", 1)[0]
        out.extend(summary_units(p.source, p.summary, p.label, rng, p.group, p.spans, origin))
    return out


def split(units: list[Unit], holdout: float, rng: random.Random) -> tuple[list[Unit], list[Unit]]:
    """(train, validation), by article group."""
    groups = sorted({u.group for u in units})
    rng.shuffle(groups)
    held = set(groups[: int(len(groups) * holdout)])
    return [u for u in units if u.group not in held], [u for u in units if u.group in held]


def build(shared: Path, recipe: Recipe = Recipe()) -> tuple[list[Unit], list[Unit]]:
    training = Path(shared) / "training"
    halu_path = training / "halueval_train.jsonl.gz"
    if not halu_path.is_file():
        raise InputError(f"training data not found: {halu_path} (pass the shared data folder)")
    rng = random.Random(recipe.seed)
    halu = read_halueval(halu_path)
    by_doc: dict[str, list[Pair]] = {}
    for p in halu:
        by_doc.setdefault(p.group, []).append(p)
    docs = sorted(by_doc)
    rng.shuffle(docs)
    units: list[Unit] = []
    chosen = docs[: recipe.halueval_docs]
    units += pair_units([p for d in chosen for p in by_doc[d]], rng)
    used = recipe.halueval_docs
    synth_docs = docs[used : used + recipe.synthetic_docs]
    articles = [(d, by_doc[d][0].source) for d in synth_docs]
    units += synthetic_units(articles, recipe.synthetic_per_doc, rng,
                             fused_share=recipe.fused_share, topical=recipe.topical)
    used += recipe.synthetic_docs
    if recipe.reference_docs:
        refs = [(d, p.source, p.summary) for d in docs[used : used + recipe.reference_docs]
                for p in by_doc[d] if p.label == 1]
        bank = [c for _, a in articles[:400] for c in clause_bank([a])]
        units += reference_units(refs, rng, bank, topical=recipe.topical)
    if recipe.summedits:
        edits: list[Unit] = []
        for domain in SUMMEDITS_DOMAINS:
            if domain == recipe.exclude_domain:
                continue
            path = training / f"summedits_{domain}.jsonl.gz"
            if path.is_file():
                edits += pair_units(read_summedits(path), rng)
        units += rng.sample(edits, min(len(edits), recipe.summedits_units))
    return split(units, recipe.holdout, rng)
