"""The `nli` backend: a natural-language-inference classifier reads (source window, summary
sentence) pairs; a sentence's support is the max over windows of P(entailment), and the
P(contradiction) of that best window is kept too (SummaC-ZS / MiniCheck style).

Any transformers AutoModelForSequenceClassification NLI checkpoint works, by hub id or path; its
label order is read from config.id2label ("entail*", "contra*", "neutral", case-insensitive).

Default model: MoritzLaurer/DeBERTa-v3-base-mnli-fever-anli. Why: MIT licence; one of the most
used public NLI checkpoints; trained on MNLI + FEVER-NLI + ANLI, and FEVER is claim-vs-evidence
verification, the closest of the common NLI sets to "is this summary sentence backed by the
article"; ANLI makes it robust to adversarial near-misses (flipped numbers, swapped roles); a
base-size DeBERTa-v3 (184M) runs on a CPU. Larger (microsoft/deberta-large-mnli, 400M+) is
slower for little gain on summaries; tals/albert-xlarge-vitaminc-mnli (SummaC's choice) is
also good and can be passed with --model."""

from __future__ import annotations

from ..errors import ModelError
from ..findings import SentenceSupport
from ..hub import not_found, quiet_loading, resolve
from ..text import Document
from .windows import pack_windows

NAME = "nli"
DEFAULT_MODEL = "MoritzLaurer/DeBERTa-v3-base-mnli-fever-anli"
BATCH_SIZE = 16
DEFAULT_MAX_LENGTH = 512


def label_indices(id2label: dict) -> tuple[int, int | None, int | None]:
    """(entailment, neutral, contradiction) column indices from a config's id2label.
    Raises ModelError when there is no entailment label."""
    ent = neu = con = None
    for idx, label in id2label.items():
        low = str(label).strip().lower()
        if low.startswith("entail"):
            ent = int(idx)
        elif low.startswith("contra"):
            con = int(idx)
        elif low.startswith("neutral") or low.startswith("not_entail") or low == "non-entailment":
            neu = int(idx)
    if ent is None:
        labels = ", ".join(str(v) for v in id2label.values())
        raise ModelError(
            f"not an NLI model: no entailment label in config.id2label ({labels}); "
            "the nli backend needs an entailment/neutral/contradiction classifier"
        )
    return ent, neu, con


class NLIBackend:
    name = NAME

    def __init__(self, model: str | None = None, device: str = "cpu"):
        self.model = model or DEFAULT_MODEL
        self.device = device
        target, local_only = resolve(self.model, "nli")
        try:
            from transformers import AutoModelForSequenceClassification, AutoTokenizer
        except ImportError:  # pragma: no cover - transformers is a core dependency
            raise not_found(self.model, "nli") from None
        try:
            with quiet_loading():
                self.tokenizer = AutoTokenizer.from_pretrained(target, local_files_only=local_only)
                net = AutoModelForSequenceClassification.from_pretrained(
                    target, local_files_only=local_only
                )
        except (OSError, ValueError, KeyError) as e:
            if isinstance(e, ValueError) and "Unrecognized" not in str(e):
                raise ModelError(f"cannot load nli model {self.model}: {str(e).splitlines()[0]}") from None
            raise not_found(self.model, "nli") from None
        self.entail, self.neutral, self.contra = label_indices(net.config.id2label)
        try:
            self.net = net.to(device).eval()
        except (RuntimeError, AssertionError) as e:
            raise ModelError(f"cannot use device {device!r}: {str(e).splitlines()[0]}") from None
        limits = [
            getattr(net.config, "max_position_embeddings", None),
            getattr(self.tokenizer, "model_max_length", None),
        ]
        limits = [int(x) for x in limits if isinstance(x, (int, float)) and 0 < x < 100_000]
        self.max_length = min(limits) if limits else DEFAULT_MAX_LENGTH
        import inspect

        self._inputs = set(inspect.signature(self.net.forward).parameters)

    def n_tokens(self, text: str) -> int:
        return len(self.tokenizer(text, add_special_tokens=False)["input_ids"])

    def windows(self, source: Document, hypothesis_tokens: int) -> list[tuple[int, int]]:
        """Source chunks that fit the model next to a hypothesis of that many tokens."""
        budget = max(16, self.max_length - hypothesis_tokens - 4)
        return source.memo(
            f"nli.windows.{self.model}.{budget}",
            lambda d: pack_windows(d, self.n_tokens, budget),
        )

    def probabilities(self, premises: list[str], hypotheses: list[str]):
        """Class probabilities, shape (len(pairs), num_labels), in the model's label order."""
        import torch

        rows = []
        with torch.inference_mode():
            for i in range(0, len(premises), BATCH_SIZE):
                enc = self.tokenizer(
                    premises[i : i + BATCH_SIZE], hypotheses[i : i + BATCH_SIZE],
                    truncation="longest_first", max_length=self.max_length,
                    padding=True, return_tensors="pt",
                )
                enc = {k: v.to(self.device) for k, v in enc.items() if k in self._inputs}
                logits = self.net(**enc).logits
                rows.append(torch.softmax(logits.float(), dim=-1).cpu())
        if not rows:
            return torch.zeros((0, self.net.config.num_labels)).numpy()
        return torch.cat(rows).numpy()

    def support(
        self, summary: Document, source: Document, spans: list[tuple[int, int]]
    ) -> list[SentenceSupport]:
        if not spans:
            return []
        hyps = [summary.text[s:e] for s, e in spans]
        wins = self.windows(source, max(self.n_tokens(h) for h in hyps))
        prem = [source.text[s:e] for s, e in wins]
        pairs_p = [p for _ in hyps for p in prem]
        pairs_h = [h for h in hyps for _ in prem]
        probs = self.probabilities(pairs_p, pairs_h).reshape(len(hyps), len(prem), -1)
        out = []
        for (s, e), row in zip(spans, probs):
            k = int(row[:, self.entail].argmax())
            contra = float(row[k, self.contra]) if self.contra is not None else 0.0
            out.append(SentenceSupport(s, e, round(float(row[k, self.entail]), 4), prem[k], round(contra, 4)))
        return out
