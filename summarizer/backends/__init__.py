"""Model backends that score how well a source passage supports a summary sentence.

Every backend has `name`, `model` and
`support(summary: Document, source: Document, spans) -> list[SentenceSupport]`:
one entry per (start, end) span of the summary, with the best source passage as evidence.

`get_backend(settings)` builds (once per process and configuration) the backend that
settings.backend names; model backends import torch & co. only then."""

from __future__ import annotations

from functools import lru_cache
from typing import Protocol

from ..findings import SentenceSupport
from ..settings import Settings
from ..text import Document

# backend -> default model id (None: needs no model)
DEFAULT_MODELS: dict[str, str | None] = {
    "finsum": "finsum-minilm-faith (shipped adapter on all-MiniLM-L6-v2)",
    "lexical": None,
    "embedding": "sentence-transformers/all-MiniLM-L6-v2",
    "nli": "MoritzLaurer/DeBERTa-v3-base-mnli-fever-anli",
}


class Backend(Protocol):
    name: str
    model: str | None

    def support(
        self, summary: Document, source: Document, spans: list[tuple[int, int]]
    ) -> list[SentenceSupport]: ...


@lru_cache(maxsize=8)
def _build(name: str, model: str | None, device: str) -> Backend:
    if name == "lexical":
        from .lexical import LexicalBackend

        return LexicalBackend()
    from ..engines.abstractive import resolve_device

    device = resolve_device(device)  # "auto" -> cuda > mps > cpu; one that is absent: one line
    if name == "finsum":
        from .finsum_model import FinsumBackend

        return FinsumBackend(model, device)
    if name == "embedding":
        from .embedding import EmbeddingBackend

        return EmbeddingBackend(model, device)
    if name == "nli":
        from .nli import NLIBackend

        return NLIBackend(model, device)
    from ..errors import ConfigError

    raise ConfigError(f"unknown backend {name!r} (choose from {', '.join(DEFAULT_MODELS)})")


def get_backend(settings: Settings) -> Backend:
    """The backend for these settings; models are loaded once per (backend, model, device)."""
    return _build(settings.backend, settings.model, settings.device)
