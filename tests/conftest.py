"""Shared fixtures. Every test runs with an isolated HF/torch cache and offline hub settings, so
nothing can download weights and no user config leaks in (after simonw/llm's isolation fixture)."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
FIXTURES = ROOT / "fixtures"
SHARED = ROOT.parent / "shared"


@pytest.fixture(autouse=True)
def isolated_env(tmp_path_factory, monkeypatch):
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("HF_HOME", str(home / "hf"))
    monkeypatch.setenv("HF_HUB_OFFLINE", "1")
    monkeypatch.setenv("TRANSFORMERS_OFFLINE", "1")
    monkeypatch.setenv("HF_HUB_DISABLE_TELEMETRY", "1")
    monkeypatch.setenv("TORCH_HOME", str(home / "torch"))
    monkeypatch.setenv("FINSUM_CACHE", str(home / "finsum"))
    monkeypatch.delenv("GITHUB_STEP_SUMMARY", raising=False)
    monkeypatch.setenv("NO_COLOR", "1")
    monkeypatch.setenv("COLUMNS", "120")
    yield


@pytest.fixture
def in_tmp(tmp_path, monkeypatch):
    """Run in an empty directory: no pyproject.toml [tool.finsum] from the repo applies."""
    monkeypatch.chdir(tmp_path)
    return tmp_path


@pytest.fixture
def runner():
    from typer.testing import CliRunner

    return CliRunner()


def spans(report, kind=None):
    """The flagged texts of a report, optionally of one kind (for hand-checkable asserts)."""
    return [f.text for f in report.findings if kind is None or f.kind == kind]


def errors(report):
    return [f for f in report.findings if f.severity == "error"]


def rule_errors(source: str, summary: str, kind: str | None = None):
    """The error findings of a lexical check of `summary` against `source`, optionally of one
    kind (the rule tests' hand-checkable form)."""
    from summarizer import Settings, check

    return [f for f in check(source, summary, Settings(backend="lexical")).findings
            if f.severity == "error" and (kind is None or f.kind == kind)]


def build_tiny_bert(path, id2label, sentences, max_length=64):
    """A tiny BERT sequence classifier with a word-level tokenizer trained on `sentences`, saved
    to `path` (what the tests load instead of hub models). Returns the path as str."""
    import torch
    from tokenizers import Tokenizer, models, pre_tokenizers, trainers
    from tokenizers.processors import TemplateProcessing
    from transformers import BertConfig, BertForSequenceClassification, PreTrainedTokenizerFast

    tok = Tokenizer(models.WordLevel(unk_token="[UNK]"))
    tok.pre_tokenizer = pre_tokenizers.Whitespace()
    tok.train_from_iterator(
        sentences, trainers.WordLevelTrainer(special_tokens=["[PAD]", "[UNK]", "[CLS]", "[SEP]"]),
    )
    tok.post_processor = TemplateProcessing(
        single="[CLS] $A [SEP]", pair="[CLS] $A [SEP] $B:1 [SEP]:1",
        special_tokens=[("[CLS]", tok.token_to_id("[CLS]")), ("[SEP]", tok.token_to_id("[SEP]"))],
    )
    fast = PreTrainedTokenizerFast(
        tokenizer_object=tok, unk_token="[UNK]", pad_token="[PAD]", cls_token="[CLS]",
        sep_token="[SEP]", model_max_length=max_length,
    )
    torch.manual_seed(0)
    config = BertConfig(
        vocab_size=tok.get_vocab_size(), hidden_size=32, num_hidden_layers=2,
        num_attention_heads=2, intermediate_size=64, max_position_embeddings=max_length,
        num_labels=len(id2label), id2label=id2label,
        label2id={v: k for k, v in id2label.items()},
    )
    BertForSequenceClassification(config).save_pretrained(path)
    fast.save_pretrained(path)
    return str(path)
