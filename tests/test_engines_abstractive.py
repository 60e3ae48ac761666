"""The transformers path, on a tiny BART the tests build themselves (no download): loading from
a directory, sentence-bounded chunking (nothing truncated), batched generation, summarizing the
summaries when still too long, the word budget, and typed errors."""

from __future__ import annotations

import pytest

from summarizer.errors import ConfigError, ModelError, ModelNotFoundError

pytestmark = pytest.mark.slow  # builds and runs a (tiny) model: ~20 s

WORDS = (
    "the company reported higher profit in third quarter shares rose after results analysts "
    "expect revenue to grow next year bank cut interest rates on tuesday and . ,"
).split()
MAX_POSITIONS = 64


def build_tiny_bart(path) -> None:
    """A 1-layer BART (d_model 16) with a word-level tokenizer over WORDS. Its output layer is
    biased towards "profit", so it writes "profit profit ..." until stopped by the length limit."""
    import torch
    from tokenizers import Tokenizer, decoders, models, pre_tokenizers, processors
    from transformers import BartConfig, BartForConditionalGeneration, PreTrainedTokenizerFast

    specials = ["<s>", "<pad>", "</s>", "<unk>"]
    vocab = {t: i for i, t in enumerate(specials + sorted(set(WORDS)))}
    tok = Tokenizer(models.WordLevel(vocab, unk_token="<unk>"))
    tok.pre_tokenizer = pre_tokenizers.Whitespace()
    tok.decoder = decoders.WordPiece(prefix="##")  # joins words with spaces
    tok.post_processor = processors.TemplateProcessing(
        single="<s> $A </s>", special_tokens=[("<s>", 0), ("</s>", 2)]
    )
    fast = PreTrainedTokenizerFast(
        tokenizer_object=tok, bos_token="<s>", eos_token="</s>", pad_token="<pad>",
        unk_token="<unk>", model_max_length=MAX_POSITIONS,
    )
    config = BartConfig(
        vocab_size=len(vocab), d_model=16, encoder_layers=1, decoder_layers=1,
        encoder_attention_heads=2, decoder_attention_heads=2, encoder_ffn_dim=32,
        decoder_ffn_dim=32, max_position_embeddings=MAX_POSITIONS, pad_token_id=1,
        bos_token_id=0, eos_token_id=2, decoder_start_token_id=2, forced_bos_token_id=0,
    )
    torch.manual_seed(0)
    model = BartForConditionalGeneration(config)
    with torch.no_grad():
        model.final_logits_bias[0, vocab["profit"]] = 20.0
    model.save_pretrained(str(path))
    fast.save_pretrained(str(path))


@pytest.fixture(scope="module")
def tiny_model(tmp_path_factory):
    pytest.importorskip("transformers")
    path = tmp_path_factory.mktemp("tiny-bart")
    build_tiny_bart(path)
    return str(path)


@pytest.fixture(scope="module")
def engine(tiny_model):
    from summarizer.engines.abstractive import AbstractiveEngine

    return AbstractiveEngine(tiny_model, device="cpu", batch_size=2)


SENTENCES = [
    f"The bank reported higher profit in the third quarter{' and shares rose' * (i % 3)}."
    for i in range(24)
]
LONG_ARTICLE = "\n".join(SENTENCES)


def test_loads_from_a_directory(engine, tiny_model):
    assert engine.name == "abstractive"
    assert engine.model == tiny_model
    assert engine.device == "cpu"
    # model_max_length 64 minus the <s> and </s> the tokenizer adds.
    assert engine.max_input == MAX_POSITIONS - 2


def test_long_article_is_chunked_on_sentences_and_nothing_is_dropped(engine):
    assert engine.count_tokens(LONG_ARTICLE) > engine.max_input  # would not fit in one go
    chunks = engine.chunks(LONG_ARTICLE)
    assert len(chunks) >= 3
    assert all(engine.count_tokens(c) <= engine.max_input for c in chunks)
    for sentence in SENTENCES:
        assert any(sentence in c for c in chunks), sentence
    assert " ".join(chunks) == " ".join(SENTENCES)


def test_batched_generation(engine, monkeypatch):
    calls = []
    original = engine.net.generate

    def spy(**kwargs):
        calls.append(kwargs["input_ids"].shape[0])
        return original(**kwargs)

    monkeypatch.setattr(engine.net, "generate", spy)
    outs = engine.generate(["The bank cut interest rates.", "Shares rose on tuesday.",
                            "Analysts expect revenue to grow next year."], max_words=5)
    assert calls == [2, 1]  # batch_size 2
    assert len(outs) == 3
    assert all(o.split() and set(o.split()) == {"profit"} for o in outs)


@pytest.mark.parametrize("budget", [3, 8, 20])
def test_word_budget_respected(engine, budget):
    out = engine.summarize("The bank cut interest rates on tuesday.", budget)
    assert out.split() == ["profit"] * budget


def test_long_article_summarized_per_chunk_then_again(engine, monkeypatch):
    rounds = []
    original = engine.generate

    def spy(texts, max_words):
        rounds.append(list(texts))
        return original(texts, max_words)

    monkeypatch.setattr(engine, "generate", spy)
    out = engine.summarize(LONG_ARTICLE, 10)
    assert len(rounds[0]) == len(engine.chunks(LONG_ARTICLE))  # every chunk summarized
    assert len(rounds) >= 2  # the joined parts were over budget: summarized again
    # Round two reads the parts written in round one, not the article again.
    assert set(" ".join(rounds[1]).split()) == {"profit"}
    assert out.split() == ["profit"] * 10


def test_summarize_many_articles_together(engine):
    outs = engine.summarize_batch([LONG_ARTICLE, "Shares rose after results."], 6)
    assert [o.split() for o in outs] == [["profit"] * 6, ["profit"] * 6]


def test_public_api_with_a_local_model(tiny_model):
    from summarizer.engines import summarize

    result = summarize("The bank cut interest rates on tuesday.", engine="abstractive",
                       model=tiny_model, max_words=4, device="cpu")
    assert (result.text, result.engine, result.model) == ("profit profit profit profit",
                                                          "abstractive", tiny_model)


def test_missing_directory_is_model_not_found(tmp_path):
    from summarizer.engines.abstractive import AbstractiveEngine

    with pytest.raises(ModelNotFoundError, match="directory not found"):
        AbstractiveEngine(str(tmp_path / "no" / "such" / "model"), device="cpu")


def test_directory_without_a_seq2seq_model_is_model_error(tmp_path):
    from transformers import BertConfig

    from summarizer.engines.abstractive import AbstractiveEngine

    BertConfig(vocab_size=10, hidden_size=8, num_hidden_layers=1, num_attention_heads=1,
               intermediate_size=8).save_pretrained(str(tmp_path))
    with pytest.raises(ModelError):
        AbstractiveEngine(str(tmp_path), device="cpu")


def test_devices():
    import torch

    from summarizer.engines.abstractive import resolve_device

    assert resolve_device("cpu") == "cpu"
    assert resolve_device("auto") == ("cuda" if torch.cuda.is_available() else
                                      "mps" if torch.backends.mps.is_available() else "cpu")
    with pytest.raises(ConfigError, match="unknown device"):
        resolve_device("tpu")
    if not torch.cuda.is_available():
        with pytest.raises(ConfigError, match="no CUDA device"):
            resolve_device("cuda")


def test_fit_words_keeps_whole_sentences():
    from summarizer.engines.abstractive import fit_words

    text = "Profit rose 5% in the quarter. Shares fell. Analysts were surprised by the result."
    assert fit_words(text, 9) == "Profit rose 5% in the quarter. Shares fell."
    assert fit_words(text, 100) == text
    assert fit_words(text, 3) == "Profit rose 5%"
