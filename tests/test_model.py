"""finsum's own faithfulness model: training, saving, loading and scoring on a tiny BERT the tests
build (no hub, seconds), plus the loading errors. The shipped adapter's verdicts are tested in
test_model_shipped.py."""

from __future__ import annotations

import json
import random

import pytest

from conftest import build_tiny_bert
from summarizer.errors import ModelError, ModelNotFoundError
from summarizer.text import Document

pytest.importorskip("torch")
pytest.importorskip("peft")

ARTICLE = (
    "The bank held its rate at 3.6% on Tuesday. Inflation rose in the quarter to 3.0%. "
    "The dollar fell sharply after the decision. Shares gained after the results. "
    "The company cut jobs in its retail unit. Profit rose to a record."
)
WORDS = [ARTICLE, "the bank cut its rate as investors bet on a merger with a rival carrier",
         "inflation fell profit dropped shares lost the dollar rose"]


@pytest.fixture(scope="module")
def tiny_base(tmp_path_factory):
    return build_tiny_bert(tmp_path_factory.mktemp("base") / "bert", {0: "LABEL_0"}, WORDS, 128)


def _units():
    from summarizer.training.examples import Unit

    good = ["The bank held its rate at 3.6% on Tuesday.", "Profit rose to a record."]
    bad = ["The bank cut its rate at 3.6% on Tuesday.", "Profit fell to a record."]
    units = [Unit(((c, ARTICLE),), 1, "test", f"g{i}") for i, c in enumerate(good)]
    units += [Unit(((c, ARTICLE),), 0, "test", f"b{i}") for i, c in enumerate(bad)]
    units.append(Unit(tuple((c, ARTICLE) for c in good + bad[:1]), 0, "test:mil", "m"))
    return units * 3


def _train(base, out, resume=False, **kw):
    from summarizer.training.trainer import TrainConfig, train

    config = TrainConfig(base=base, batch_pairs=4, rank=4, alpha=8, max_length=96, **kw)
    return train(_units(), out, config, _units()[:5], resume=resume,
                 meta={"name": "tiny", "version": "0"})


@pytest.fixture(scope="module")
def tiny_model(tiny_base, tmp_path_factory):
    out = tmp_path_factory.mktemp("trained") / "model"
    _train(tiny_base, out)
    return out


def test_training_writes_only_the_small_adapter_and_its_description(tiny_model, tiny_base):
    names = sorted(p.name for p in tiny_model.iterdir() if p.is_file())
    assert {"adapter_model.safetensors", "adapter_config.json", "finsum_model.json"} <= set(names)
    meta = json.loads((tiny_model / "finsum_model.json").read_text())
    assert meta["base"] == tiny_base and meta["name"] == "tiny" and meta["format"] == 1
    assert meta["validation"]["n"] == 5
    cfg = json.loads((tiny_model / "adapter_config.json").read_text())
    assert cfg["base_model_name_or_path"] == tiny_base  # no absolute path of the training machine


def test_same_data_and_seed_give_the_same_adapter(tiny_base, tiny_model, tmp_path):
    from safetensors.torch import load_file

    _train(tiny_base, tmp_path / "again")
    a = load_file(str(tiny_model / "adapter_model.safetensors"))
    b = load_file(str(tmp_path / "again" / "adapter_model.safetensors"))
    assert a.keys() == b.keys()
    assert all(bool((a[k] == b[k]).all()) for k in a)


def test_resume_from_a_checkpoint_ends_where_an_uninterrupted_run_ends(tiny_base, tmp_path):
    from safetensors.torch import load_file

    full = tmp_path / "full"
    _train(tiny_base, full, checkpoint_every=2)
    state = json.loads((full / "checkpoint" / "progress.json").read_text())
    assert 0 < state["step"] < state["total"]
    resumed = tmp_path / "resumed"
    (resumed / "checkpoint").mkdir(parents=True)
    for f in (full / "checkpoint").iterdir():
        (resumed / "checkpoint" / f.name).write_bytes(f.read_bytes())
    _train(tiny_base, resumed, checkpoint_every=2, resume=True)
    a = load_file(str(full / "adapter_model.safetensors"))
    b = load_file(str(resumed / "adapter_model.safetensors"))
    assert all(bool((a[k] - b[k]).abs().max() < 1e-6) for k in a)


def test_merged_load_equals_peft_merge(tiny_model, tiny_base):
    import torch
    from peft import PeftModel
    from transformers import AutoModelForSequenceClassification

    from summarizer.model.network import load

    mine = load(tiny_model)
    ref = AutoModelForSequenceClassification.from_pretrained(tiny_base, num_labels=1)
    ref = PeftModel.from_pretrained(ref, str(tiny_model)).merge_and_unload().eval()
    enc = mine.tokenizer(["the bank cut its rate"], [ARTICLE], return_tensors="pt")
    with torch.inference_mode():
        assert torch.allclose(mine.net(**enc).logits, ref(**enc).logits, atol=1e-5)


def test_backend_scores_every_claim_and_keeps_evidence(tiny_model):
    from summarizer.backends.finsum_model import FinsumBackend

    backend = FinsumBackend(str(tiny_model))
    summary = Document("The bank cut its rate. Shares gained after the results.")
    out = backend.support(summary, Document(ARTICLE), summary.sentences)
    assert len(out) == 2
    assert all(0.0 <= s.score <= 1.0 and s.evidence for s in out)
    # "Shares gained after the results." is copied from the article: supported without the model
    assert out[1].score == 1.0 and "Shares gained" in out[1].evidence


def test_check_with_a_trained_model_directory(tiny_model):
    from summarizer import check

    report = check(ARTICLE, "The bank cut its rate on Tuesday as investors bet on a merger.",
                   backend="finsum", model=str(tiny_model))
    assert "backend=finsum" in report.signature and str(tiny_model) in report.signature
    assert 0.0 <= report.score <= 1.0


def test_missing_and_corrupt_model_files_are_one_clear_line(tiny_model, tmp_path):
    from summarizer.model.network import load

    with pytest.raises(ModelNotFoundError) as e:
        load(tmp_path / "nowhere")
    assert "not found" in str(e.value) and "\n" not in str(e.value)
    broken = tmp_path / "broken"
    broken.mkdir()
    for f in tiny_model.iterdir():
        if f.is_file():
            (broken / f.name).write_bytes(f.read_bytes())
    (broken / "adapter_model.safetensors").write_bytes(b"\x00garbage" * 10)
    with pytest.raises(ModelError) as e:
        load(broken)
    assert "adapter_model.safetensors" in str(e.value) and "\n" not in str(e.value)
    (broken / "adapter_model.safetensors").unlink()
    with pytest.raises(ModelNotFoundError) as e:
        load(broken)
    assert "missing adapter_model.safetensors" in str(e.value)


def test_cli_check_with_a_corrupt_model_exits_2_with_one_line(runner, tiny_model, tmp_path, in_tmp):
    from summarizer.cli.app import app

    broken = tmp_path / "broken2"
    broken.mkdir()
    for f in tiny_model.iterdir():
        if f.is_file():
            (broken / f.name).write_bytes(f.read_bytes())
    (broken / "finsum_model.json").write_text("{not json")
    (tmp_path / "a.txt").write_text(ARTICLE)
    (tmp_path / "s.txt").write_text("The bank cut its rate.")
    result = runner.invoke(app, ["check", str(tmp_path / "s.txt"), "--source", str(tmp_path / "a.txt"),
                                 "--backend", "finsum", "--model", str(broken)])
    assert result.exit_code == 2
    assert result.stderr.strip().count("\n") == 0 and "finsum_model.json" in result.stderr


def test_cli_train_on_labelled_pairs(runner, tiny_base, tmp_path, in_tmp):
    from summarizer.cli.app import app

    rows = []
    rng = random.Random(0)
    for i in range(6):
        rows.append({"source": ARTICLE, "summary": "The bank held its rate at 3.6% on Tuesday.", "label": 1})
        rows.append({"source": ARTICLE, "summary": rng.choice(WORDS[1:]).capitalize() + ".", "label": 0})
    data = tmp_path / "pairs.jsonl"
    data.write_text("\n".join(json.dumps(r) for r in rows) + "\n")
    out = tmp_path / "mine"
    result = runner.invoke(app, ["train", str(data), "--output", str(out), "--base", tiny_base,
                                 "--batch-size", "4", "--holdout", "0", "--synthetic", "1"])
    assert result.exit_code == 0, result.output
    printed = json.loads(result.stdout)
    assert printed["output"] == str(out)
    assert (out / "adapter_model.safetensors").is_file()


def test_cli_train_refuses_data_without_labels(runner, tmp_path, in_tmp):
    from summarizer.cli.app import app

    data = tmp_path / "pairs.jsonl"
    data.write_text(json.dumps({"source": ARTICLE, "summary": "The bank held."}) + "\n")
    result = runner.invoke(app, ["train", str(data), "--output", str(tmp_path / "o")])
    assert result.exit_code == 2 and "no labelled pairs" in result.stderr


def test_passages_reach_any_part_of_a_long_article():
    from summarizer.model.passages import MAX_CHARS, passages

    filler = " ".join(f"Item {i} of the filing covered routine matters." for i in range(400))
    source = Document(filler + " Halvorsen agreed to buy Nordlys for 4.1 billion crowns. " + filler)
    found = passages(source, "Halvorsen is buying Nordlys for 4.1 billion crowns.", k=2)
    assert "Nordlys for 4.1 billion crowns" in found[0].text
    assert all(len(p.text) <= MAX_CHARS for p in found)


def test_spread_passage_joins_facts_from_distant_sentences():
    from summarizer.model.passages import passages

    source = Document(
        "Acme Corp reported revenue of $5 billion. The weather was mild. Staff held a picnic. "
        "Lunch was served late. Acme also named Jane Roe as finance chief."
    )
    found = passages(source, "Acme, with $5 billion revenue, named Jane Roe finance chief.", k=2)
    assert [p.kind for p in found] == ["local", "spread"]
    assert "$5 billion" in found[1].text and "Jane Roe" in found[1].text
