"""Summarization engines: built-in extractive (offline) and transformers abstractive.

    >>> from summarizer.engines import summarize
    >>> result = summarize(article, engine="auto", max_words=60)
    >>> result.text, result.engine, result.model

Engines:
  * "abstractive": a transformers seq2seq model, hub id or local directory. Default
    DEFAULT_MODEL = "sshleifer/distilbart-cnn-12-6": BART-large fine-tuned on CNN/DailyMail news
    and distilled to 12 encoder / 6 decoder layers (306M parameters). Its model card reports
    ROUGE on CNN/DM on par with facebook/bart-large-cnn at roughly twice the speed; trained on
    news with highlight-style references it writes short, mostly copy-based summaries, which
    invent less than models trained on XSum's one-line "headlines" (the faithfulness checker
    still runs on every output).
  * "extractive": built in, offline: the most central article sentences, verbatim.
  * "auto": abstractive when its model loads from the local cache or the hub, else extractive
    with one line on stderr (through `notice`) saying so and how to get the model.

Every summary has leftover chatbot text removed (summarizer.checks.leftover.clean)."""

from __future__ import annotations

import sys
from dataclasses import dataclass
from typing import Callable, Protocol, Sequence

from ..errors import ConfigError, ModelNotFoundError

ENGINES = ("auto", "abstractive", "extractive")
DEFAULT_MODEL = "sshleifer/distilbart-cnn-12-6"
DEFAULT_MAX_WORDS = 75  # CNN/DM references average ~57 words, Lead-3 ~80; see eval/results/summarize.md

Notice = Callable[[str], None]


class Engine(Protocol):
    name: str
    model: str

    def summarize(self, text: str, max_words: int) -> str: ...

    def summarize_batch(self, texts: Sequence[str], max_words: int) -> list[str]: ...


@dataclass(frozen=True)
class Summary:
    text: str
    engine: str
    model: str


def _stderr(message: str) -> None:
    print(message, file=sys.stderr, flush=True)


def get_engine(
    engine: str = "auto",
    model: str | None = None,
    device: str = "auto",
    notice: Notice | None = _stderr,
    batch_size: int = 4,
) -> Engine:
    """Build (load) an engine once; reuse it for many articles.

    Raises ConfigError for an unknown engine/device, ModelNotFoundError when
    engine="abstractive" and the model cannot be loaded, ModelError for an unusable model."""
    from .abstractive import check_device

    if engine not in ENGINES:
        raise ConfigError(f"unknown engine {engine!r} (choose from {', '.join(ENGINES)})")
    check_device(device)
    if engine == "extractive":
        from .extractive import ExtractiveEngine

        return ExtractiveEngine()
    from .abstractive import AbstractiveEngine

    model_id = model or DEFAULT_MODEL
    if engine == "abstractive":
        return AbstractiveEngine(model_id, device=device, batch_size=batch_size)
    try:
        return AbstractiveEngine(model_id, device=device, batch_size=batch_size)
    except ModelNotFoundError:
        from .extractive import ExtractiveEngine

        if notice is not None:
            notice(
                f"finsum: note: summarization model {model_id!r} is not available offline; using "
                f"the built-in extractive engine (get the model with `hf download {model_id}` "
                "on a machine with network access, or pass --model DIR)"
            )
        return ExtractiveEngine()


def finish(text: str) -> str:
    """Post-process any engine output: leftover chatbot text removed, whitespace trimmed."""
    from ..checks.leftover import clean

    return clean(text).strip()


def summarize_many(
    texts: Sequence[str],
    engine: str | Engine = "auto",
    model: str | None = None,
    max_words: int = DEFAULT_MAX_WORDS,
    device: str = "auto",
    notice: Notice | None = _stderr,
) -> list[Summary]:
    if max_words < 1:
        raise ConfigError(f"max words must be at least 1 (got {max_words})")
    eng = get_engine(engine, model, device, notice) if isinstance(engine, str) else engine
    outs = eng.summarize_batch(list(texts), max_words)
    return [Summary(finish(t), eng.name, eng.model) for t in outs]


def summarize(
    text: str,
    engine: str | Engine = "auto",
    model: str | None = None,
    max_words: int = DEFAULT_MAX_WORDS,
    device: str = "auto",
    notice: Notice | None = _stderr,
) -> Summary:
    """Summarize one article. See the module docstring for engines and defaults."""
    return summarize_many([text], engine, model, max_words, device, notice)[0]


__all__ = [
    "DEFAULT_MAX_WORDS", "DEFAULT_MODEL", "ENGINES", "Engine", "Summary", "finish", "get_engine",
    "summarize", "summarize_many",
]
