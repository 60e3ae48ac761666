"""Training units: what the cross-encoder learns from.

A `Unit` is one or more (claim, passage) pairs with one label:
  * a claim with an exact label (a synthetic claim, a sentence of a summary whose error spans are
    known, any sentence of a faithful summary) is a unit of one pair;
  * an unfaithful summary without error spans is one multiple-instance unit of all its claims:
    "some claim is unsupported", trained on the claim the model finds worst (min logit).

Passages come from summarizer.model.passages, exactly as at inference: each claim gets one of its
passages at random (local or spread), so both kinds are learnt."""

from __future__ import annotations

import random
import re
from collections.abc import Iterable
from dataclasses import dataclass

from ..model.passages import passages
from ..text import Document
from .synthetic import clause_bank, fuse, on_topic, supported_claim, unsupported_claim

MAX_CLAIMS = 6
MAX_FUSED_WORDS = 38  # a fused claim and its passage must fit the model's sequence
TOPICAL_POOL = 200  # foreign clauses searched for the one closest to the article
MIN_CLAIM_WORDS = 4
# Link text and page furniture of scraped news highlights: not claims about the article.
_NOISE = re.compile(
    r"\b(READ|CLICK HERE|Scroll down|WATCH|PICTURED|VIDEO|See more|Sign up|Follow us)\b|https?://"
)


@dataclass(frozen=True)
class Unit:
    pairs: tuple[tuple[str, str], ...]  # (claim, passage)
    label: int  # 1 supported, 0 not
    origin: str  # where it came from: "synthetic:number", "summary", ...
    group: str = ""  # article id: train/validation split by article, never inside one


def claims_of(summary: str) -> list[str]:
    """The summary's sentences that read as claims (noise lines and fragments dropped)."""
    doc = Document(summary)
    out = []
    for s, e in doc.sentences:
        text = summary[s:e].strip().lstrip("-*\u2022 ").strip()
        if len(text.split()) < MIN_CLAIM_WORDS or _NOISE.search(text):
            continue
        out.append(text)
    return out


def _pair(source: Document, claim: str, rng: random.Random) -> tuple[str, str]:
    options = passages(source, claim, k=2)
    return claim, rng.choice(options).text


def summary_units(
    source: str, summary: str, label: int, rng: random.Random, group: str,
    spans: Iterable[tuple[int, int]] = (), origin: str = "summary",
) -> list[Unit]:
    """Units of one labelled (source, summary) pair. With error `spans` (character ranges in
    the summary), each sentence is labelled exactly; without, see the module docstring."""
    doc = Document(source)
    spans = list(spans)
    if spans:
        sdoc = Document(summary)
        out = []
        for s, e in sdoc.sentences:
            text = summary[s:e].strip()
            if len(text.split()) < MIN_CLAIM_WORDS:
                continue
            bad = any(a < e and s < b for a, b in spans)
            out.append(Unit((_pair(doc, text, rng),), 0 if bad else 1, origin + ":span", group))
        return out
    claims = claims_of(summary)[:MAX_CLAIMS]
    if not claims:
        return []
    if label == 1:
        return [Unit((_pair(doc, c, rng),), 1, origin, group) for c in claims]
    return [Unit(tuple(_pair(doc, c, rng) for c in claims), 0, origin + ":mil", group)]


def _source_sentences(source: Document) -> list[str]:
    out = []
    for s, e in source.sentences:
        text = source.text[s:e].strip()
        n = len(text.split())
        if 8 <= n <= 50 and not _NOISE.search(text) and not text.endswith("?"):
            out.append(text)
    return out


def _foreign(rng: random.Random, pool: list, article: str, topical: bool, group: str | None = None) -> list[str]:
    """Clauses of other articles to invent context from: a random draw from `pool` (clauses, or
    (group, clause) pairs of which those of `group` are dropped); with `topical`, the draw is
    larger and only the clauses closest to `article` are kept."""
    drawn = rng.sample(pool, min(TOPICAL_POOL if topical else 8, len(pool))) if pool else []
    if group is not None:
        drawn = [c for g, c in drawn if g != group]
    return on_topic(drawn, article) if topical else drawn


def _fused_unit(doc: Document, first: str, second: str, rng: random.Random, group: str,
                negative: bool, foreign: list[str]) -> Unit | None:
    """Two sentences of the article fused into one claim, one of them perturbed when `negative`;
    paired with a passage that holds both source sentences (else None: the label would be a
    guess)."""
    kind = "fused"
    if negative:
        i = rng.randrange(2)
        pair = [first, second]
        made = unsupported_claim(pair[i], doc.text, foreign, rng)
        if made is None:
            return None
        kind, pair[i] = "fused-" + made[0], made[1]
        claim = fuse(pair[0], pair[1], rng)
    else:
        claim = fuse(first, second, rng)
    for p in passages(doc, claim, k=2):
        if first in p.text and second in p.text:
            return Unit(((claim, p.text),), 0 if negative else 1, "synthetic:" + kind, group)
    return None


def synthetic_units(
    articles: list[tuple[str, str]], per_article: int, rng: random.Random, negative_share: float = 0.5,
    fused_share: float = 0.0, topical: bool = False,
) -> list[Unit]:
    """Synthetic claims from `per_article` sentences of each (group, article) pair; invented
    clauses are drawn from the other articles (with `topical`, the ones closest to the article's
    subject). A `fused_share` of the claims fuse two sentences of the article into one."""
    docs = [(g, Document(a)) for g, a in articles]
    sentences = {g: _source_sentences(d) for g, d in docs}
    bank: list[tuple[str, str]] = []  # (group, clause)
    for g, sents in sentences.items():
        bank.extend((g, c) for c in clause_bank(sents))
    out: list[Unit] = []
    for g, doc in docs:
        sents = sentences[g]
        if not sents:
            continue
        for sent in rng.sample(sents, min(per_article, len(sents))):
            negative = rng.random() < negative_share
            foreign = _foreign(rng, bank, doc.text, topical, g) if negative and bank else []
            if len(sents) > 1 and rng.random() < fused_share:
                other = rng.choice([s for s in sents if s != sent])
                if len(sent.split()) + len(other.split()) > MAX_FUSED_WORDS:
                    continue
                unit = _fused_unit(doc, sent, other, rng, g, negative, foreign)
                if unit is not None:
                    out.append(unit)
                continue
            if negative:
                made = unsupported_claim(sent, doc.text, foreign, rng)
                if made is None:
                    continue
                kind, claim = made
                out.append(Unit((_pair(doc, claim, rng),), 0, "synthetic:" + kind, g))
            else:
                kind, claim = supported_claim(sent, rng)
                out.append(Unit((_pair(doc, claim, rng),), 1, "synthetic:" + kind, g))
    return out


def reference_units(
    pairs: list[tuple[str, str, str]], rng: random.Random, clauses: list[str], negative_share: float = 0.5,
    topical: bool = False,
) -> list[Unit]:
    """Claims from faithful *reference* summaries (group, article, summary): each sentence kept as
    a supported claim or perturbed into an unsupported one with the same generators as
    `synthetic_units`. Both classes are then written in the reference's own (abstractive) style,
    so the model cannot tell them apart by style - only by what the article says."""
    out: list[Unit] = []
    for group, article, summary in pairs:
        doc = Document(article)
        for claim in claims_of(summary)[:MAX_CLAIMS]:
            if rng.random() < negative_share:
                foreign = _foreign(rng, clauses, article, topical)
                made = unsupported_claim(claim, article, foreign, rng)
                if made is None:
                    continue
                kind, bad = made
                out.append(Unit((_pair(doc, bad, rng),), 0, "reference:" + kind, group))
            else:
                out.append(Unit((_pair(doc, claim, rng),), 1, "reference:kept", group))
    return out
