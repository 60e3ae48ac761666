"""--device for check and eval: validated up front, honoured by model backends, one line and
exit 2 when the device is unknown or absent (this machine has no CUDA device)."""

from __future__ import annotations

import json

import pytest

from summarizer.errors import ConfigError
from summarizer.settings import Settings

ARTICLE = "Harwell Bank cut its deposit rate by 25 basis points to 3.5% on Tuesday."


def _cuda() -> bool:
    try:
        import torch
    except ImportError:
        return False
    return torch.cuda.is_available()


def test_settings_refuse_an_unknown_device():
    with pytest.raises(ConfigError, match="unknown device 'gpu'"):
        Settings(backend="lexical", device="gpu")
    assert Settings(backend="lexical").device == "auto"


@pytest.fixture
def pair(tmp_path, in_tmp):
    (tmp_path / "a.txt").write_text(ARTICLE)
    (tmp_path / "s.txt").write_text("Harwell Bank cut its deposit rate to 3.5%.")
    return tmp_path


def test_check_with_an_unknown_device_is_one_line_exit_2(runner, pair):
    from summarizer.cli.app import app

    result = runner.invoke(app, ["check", str(pair / "s.txt"), "-s", str(pair / "a.txt"), "--device", "gpu"])
    assert result.exit_code == 2
    assert result.stderr.strip().count("\n") == 0 and "unknown device 'gpu'" in result.stderr


@pytest.mark.skipif(_cuda(), reason="a CUDA device is present")
def test_check_on_an_absent_cuda_device_is_one_line_exit_2(runner, pair):
    from summarizer.cli.app import app

    result = runner.invoke(app, ["check", str(pair / "s.txt"), "-s", str(pair / "a.txt"),
                                 "--backend", "finsum", "--device", "cuda"])
    assert result.exit_code == 2
    assert result.stderr.strip().count("\n") == 0 and "no CUDA device" in result.stderr


def test_check_runs_the_model_on_the_cpu_when_asked(runner, pair):
    from summarizer.cli.app import app

    result = runner.invoke(app, ["check", str(pair / "s.txt"), "-s", str(pair / "a.txt"),
                                 "--backend", "finsum", "--device", "cpu", "--format", "json"])
    assert result.exit_code == 0, result.stderr
    assert "backend=finsum" in json.loads(result.stdout)["signature"]


@pytest.mark.skipif(_cuda(), reason="a CUDA device is present")
def test_eval_on_an_absent_cuda_device_is_one_line_exit_2(runner, pair):
    from summarizer.cli.app import app

    rows = pair / "d.jsonl"
    rows.write_text(json.dumps({"id": "a", "source": ARTICLE, "summary": "Harwell cut rates."}) + "\n")
    result = runner.invoke(app, ["eval", str(rows), "--backend", "finsum", "--device", "cuda"])
    assert result.exit_code == 2
    assert result.stderr.strip().count("\n") == 0 and "no CUDA device" in result.stderr
