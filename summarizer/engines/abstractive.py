"""The abstractive engine: a transformers seq2seq model (hub id or local directory).

Long articles are split on sentence boundaries into chunks that fit the model's input (measured
with its tokenizer), the chunks are summarized in batches, and the parts are joined; when the
joined parts are still over the word budget (or over the model input) they are summarized again.
Nothing is truncated on the way in. torch and transformers are imported inside functions only.

Hub access goes through summarizer.hub: a local directory is loaded as is; a hub id is loaded
with `local_files_only=True` when the hub is offline (env or a short cached probe), and an uncached
hub id fails at once, so machines without a network fail over in seconds.
"""

from __future__ import annotations

import math
import re
from pathlib import Path
from typing import Sequence

from ..errors import ConfigError, ModelError
from .chunking import chunk_text

DEVICES = ("auto", "cpu", "cuda", "mps")
TOKENS_PER_WORD = 1.5  # generous for BPE English: the word budget is enforced after decoding
MAX_ROUNDS = 4  # summarize-the-summaries rounds before a final trim to the word budget
WHAT = "summarization"


# ---- device and loading --------------------------------------------------------------------


def check_device(device: str) -> None:
    if device not in DEVICES:
        raise ConfigError(f"unknown device {device!r} (choose from {', '.join(DEVICES)})")


def resolve_device(device: str = "auto") -> str:
    """auto: cuda > mps > cpu. An explicit device that is not available is a ConfigError."""
    check_device(device)
    import torch

    cuda = torch.cuda.is_available()
    mps = bool(getattr(torch.backends, "mps", None) and torch.backends.mps.is_available())
    if device == "auto":
        return "cuda" if cuda else "mps" if mps else "cpu"
    if device == "cuda" and not cuda:
        raise ConfigError("--device cuda: no CUDA device is available (try --device cpu)")
    if device == "mps" and not mps:
        raise ConfigError("--device mps: no Apple MPS device is available (try --device cpu)")
    return device


def load(model: str, device: str):
    """(tokenizer, model) on `device`, in eval mode. Raises ModelNotFoundError / ModelError."""
    from .. import hub

    source, local_only = hub.resolve(model, WHAT)
    try:
        from transformers import AutoModelForSeq2SeqLM, AutoTokenizer

        with hub.quiet_loading():
            tokenizer = AutoTokenizer.from_pretrained(source, local_files_only=local_only)
            net = AutoModelForSeq2SeqLM.from_pretrained(source, local_files_only=local_only)
    except OSError as e:
        if not Path(source).is_dir():  # a hub id that could not be fetched
            first = str(e).strip().splitlines()[0] if str(e).strip() else type(e).__name__
            raise hub.not_found(model, WHAT, first[:160]) from None
        raise ModelError(f"cannot load {WHAT} model from {model}: {e}") from None
    except (ValueError, KeyError, TypeError) as e:
        raise ModelError(
            f"{model} is not a usable seq2seq {WHAT} model: {str(e).splitlines()[0][:200]}"
        ) from None
    net.to(device)
    net.eval()
    return tokenizer, net


# ---- the engine ----------------------------------------------------------------------------


def _words(text: str) -> int:
    return len(text.split())


def fit_words(text: str, max_words: int) -> str:
    """Keep whole sentences while they fit `max_words`; if even the first does not, cut it
    at a word boundary."""
    from ..text import split_sentences

    text = re.sub(r"\s+", " ", text).strip()
    if _words(text) <= max_words:
        return text
    kept: list[str] = []
    used = 0
    for s, e in split_sentences(text):
        n = _words(text[s:e])
        if used + n > max_words:
            break
        kept.append(text[s:e])
        used += n
    if kept:
        return " ".join(kept)
    return " ".join(text.split()[:max_words])


class AbstractiveEngine:
    name = "abstractive"

    def __init__(self, model: str, device: str = "auto", batch_size: int = 4,
                 num_beams: int | None = None):
        self.model = model
        self.device = resolve_device(device)
        self.batch_size = max(1, int(batch_size))
        self.num_beams = num_beams
        self.tokenizer, self.net = load(model, self.device)
        self.max_input = self._input_limit()

    def _input_limit(self) -> int:
        limits = []
        tok_max = getattr(self.tokenizer, "model_max_length", None)
        if isinstance(tok_max, int) and 0 < tok_max < 1_000_000:
            limits.append(tok_max)
        pos = getattr(self.net.config, "max_position_embeddings", None)
        if isinstance(pos, int) and pos > 0:
            limits.append(pos)
        limit = min(limits) if limits else 512
        # Room for the special tokens the tokenizer adds around each input.
        specials = len(self.tokenizer("", add_special_tokens=True)["input_ids"])
        return max(8, limit - specials)

    def count_tokens(self, text: str) -> int:
        return len(self.tokenizer(text, add_special_tokens=False, verbose=False)["input_ids"])

    def chunks(self, text: str) -> list[str]:
        return chunk_text(text, self.count_tokens, self.max_input)

    def _generate_kwargs(self, max_words: int) -> dict:
        budget = max(4, math.ceil(max_words * TOKENS_PER_WORD) + 4)
        kwargs: dict = {"max_new_tokens": budget, "max_length": None}
        cfg = getattr(self.net, "generation_config", None)
        min_len = getattr(cfg, "min_length", 0) or 0
        if min_len > budget // 2:
            kwargs["min_length"] = budget // 2
        if self.num_beams:
            kwargs["num_beams"] = self.num_beams
        return kwargs

    def generate(self, texts: Sequence[str], max_words: int) -> list[str]:
        """One summary per input text (each must fit the model input), in batches."""
        import torch

        out: list[str] = []
        kwargs = self._generate_kwargs(max_words)
        with torch.inference_mode():
            for i in range(0, len(texts), self.batch_size):
                batch = list(texts[i : i + self.batch_size])
                enc = self.tokenizer(batch, padding=True, truncation=False, return_tensors="pt")
                enc.pop("token_type_ids", None)
                enc = {k: v.to(self.device) for k, v in enc.items()}
                ids = self.net.generate(**enc, **kwargs)
                out.extend(
                    t.strip()
                    for t in self.tokenizer.batch_decode(ids, skip_special_tokens=True)
                )
        return out

    def summarize_batch(self, texts: Sequence[str], max_words: int) -> list[str]:
        """Summaries of several articles; all their chunks are generated together in batches."""
        current = list(texts)
        done: list[str | None] = [None] * len(texts)
        for _ in range(MAX_ROUNDS):
            pending = [i for i, d in enumerate(done) if d is None]
            if not pending:
                break
            per_text = {i: self.chunks(current[i]) for i in pending}
            flat = [c for i in pending for c in per_text[i]]
            outputs = iter(self.generate(flat, max_words))
            for i in pending:
                parts = [next(outputs) for _ in per_text[i]]
                joined = " ".join(p for p in parts if p)
                short_enough = _words(joined) <= max_words and self.count_tokens(joined) <= self.max_input
                # A model that does not shorten its input would loop: stop and trim instead.
                not_shrinking = len(joined) > 0.8 * len(current[i])
                if len(parts) <= 1 or short_enough or not_shrinking:
                    done[i] = joined
                else:
                    current[i] = joined
        for i, d in enumerate(done):
            if d is None:  # still long after MAX_ROUNDS (a model that barely shortens)
                done[i] = current[i]
        return [fit_words(d or "", max_words) for d in done]

    def summarize(self, text: str, max_words: int) -> str:
        return self.summarize_batch([text], max_words)[0]
