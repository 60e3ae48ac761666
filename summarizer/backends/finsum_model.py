"""The `finsum` backend: finsum's own cross-encoder (summarizer.model) judges summary claims
against their best source passages (the support check hands it the claims the word-overlap path
doubts: checks/support.py).

For every claim it is given (a content sentence of the summary):
  1. a claim copied word for word from the source is supported without running the model;
  2. otherwise its top passages (summarizer.model.passages: the best sentence with its
     neighbours, and the best few sentences of the article) are scored, all claims x passages of
     the summary in one batched forward pass;
  3. the claim's support is the highest P(supported) over its passages, and that passage is the
     evidence.
`localise` then finds which clause of an unsupported claim carries the problem: the claim is
scored again without each of its adjunct clauses, and a clause whose removal makes the rest
supported is the finding's span."""

from __future__ import annotations

from pathlib import Path

from ..findings import SentenceSupport
from ..text import Document
from .lexical import grams_of, source_index

NAME = "finsum"


def verbatim(claim: str, source: Document) -> bool:
    """The claim's words, in order, are a passage of the source (case, punctuation and number
    formatting aside)."""
    grams = grams_of(claim.lower())
    if len(grams) < 4:
        return False
    return (" " + " ".join(grams) + " ") in source_index(source).gram_text


class FinsumBackend:
    name = NAME

    def __init__(self, model: str | None = None, device: str = "cpu"):
        from ..model import shipped_dir
        from ..model.scorer import ClaimScorer

        path = Path(model).expanduser() if model else shipped_dir()
        self.scorer = ClaimScorer(path, device)
        meta = self.scorer.meta
        self.model = model or f"{meta.get('name', 'finsum-model')}-v{meta.get('version', '?')}"
        self.thresholds = meta.get("thresholds") or {}

    def score_claims(self, claims: list[str], source: Document) -> list[tuple[float, str | None]]:
        """(P(supported), evidence passage) per claim; verbatim claims skip the model."""
        from ..model.passages import passages

        out: list[tuple[float, str | None] | None] = [None] * len(claims)
        flat_c: list[str] = []
        flat_p: list[str] = []
        owner: list[int] = []
        for i, claim in enumerate(claims):
            if verbatim(claim, source):
                out[i] = (1.0, passages(source, claim, 1)[0].text)
                continue
            for p in passages(source, claim, self.scorer.top_k):
                flat_c.append(claim)
                flat_p.append(p.text)
                owner.append(i)
        probs = self.scorer.probabilities(flat_c, flat_p) if flat_c else []
        best: dict[int, tuple[float, str]] = {}
        for i, p, passage in zip(owner, probs, flat_p):
            if i not in best or p > best[i][0]:
                best[i] = (p, passage)
        for i, value in best.items():
            out[i] = value
        return [v for v in out if v is not None]  # every claim got a value above

    def support(
        self, summary: Document, source: Document, spans: list[tuple[int, int]]
    ) -> list[SentenceSupport]:
        if not spans:
            return []
        claims = [summary.text[s:e] for s, e in spans]
        scored = self.score_claims(claims, source)
        out = []
        for (s, e), (p, evidence) in zip(spans, scored):
            out.append(SentenceSupport(s, e, round(p, 4), evidence))
        return out

    def localise(
        self, summary: Document, source: Document, start: int, end: int,
        clauses: list[tuple[int, int]], threshold: float,
    ) -> list[tuple[int, int, float]]:
        """Clauses of summary[start:end] whose removal lifts the rest to P >= threshold, with
        that P; empty when no single clause explains the claim's low support."""
        text = summary.text
        variants = []
        for cs, ce in clauses:
            rest = (text[start:cs].rstrip(" ,;:-\u2014") + " " + text[ce:end].lstrip(" ,;:")).strip()
            if len(rest.split()) >= 4:
                variants.append((cs, ce, rest))
        if not variants:
            return []
        scored = self.score_claims([v[2] for v in variants], source)
        return [(cs, ce, p) for (cs, ce, _), (p, _) in zip(variants, scored) if p >= threshold]
