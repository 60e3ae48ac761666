"""summarizer.hub: offline detection, the HF cache, path vs hub id, cache lookups, the one-line
not-found message and quiet loading. No network: the probe is pointed at local sockets."""

from __future__ import annotations

import socket
from pathlib import Path

import pytest

from summarizer import hub
from summarizer.errors import ModelNotFoundError


@pytest.fixture
def online_env(monkeypatch):
    """No offline env vars (conftest sets both)."""
    monkeypatch.delenv("HF_HUB_OFFLINE", raising=False)
    monkeypatch.delenv("TRANSFORMERS_OFFLINE", raising=False)


@pytest.fixture
def fresh_probe():
    hub.hub_reachable.cache_clear()
    yield
    hub.hub_reachable.cache_clear()


def _snapshot(model_id: str, name: str = "abc123") -> Path:
    snap = hub.cache_dir() / ("models--" + model_id.replace("/", "--")) / "snapshots" / name
    snap.mkdir(parents=True)
    (snap / "config.json").write_text("{}")
    return snap


# ---- offline detection -----------------------------------------------------------------------


@pytest.mark.parametrize("var", ["HF_HUB_OFFLINE", "TRANSFORMERS_OFFLINE"])
@pytest.mark.parametrize("value, expected", [("1", True), ("true", True), ("YES", True),
                                             ("on", True), ("0", False), ("", False)])
def test_env_offline(online_env, monkeypatch, var, value, expected):
    monkeypatch.setenv(var, value)
    assert hub.env_offline() is expected


def test_env_offline_without_vars(online_env):
    assert hub.env_offline() is False


def test_offline_by_env_never_probes(monkeypatch):
    def boom():
        raise AssertionError("probed the network although HF_HUB_OFFLINE=1")

    monkeypatch.setattr(hub, "hub_reachable", boom)
    assert hub.offline() is True


def test_offline_follows_the_probe(online_env, monkeypatch):
    monkeypatch.setattr(hub, "hub_reachable", lambda: False)
    assert hub.offline() is True
    monkeypatch.setattr(hub, "hub_reachable", lambda: True)
    assert hub.offline() is False


def test_hub_address_honours_hf_endpoint(monkeypatch):
    monkeypatch.delenv("HF_ENDPOINT", raising=False)
    assert hub.hub_address() == ("huggingface.co", 443)
    monkeypatch.setenv("HF_ENDPOINT", "http://mirror.example:8080")
    assert hub.hub_address() == ("mirror.example", 8080)
    monkeypatch.setenv("HF_ENDPOINT", "http://mirror.example")
    assert hub.hub_address() == ("mirror.example", 80)
    monkeypatch.setenv("HF_ENDPOINT", "https://hf-mirror.example")
    assert hub.hub_address() == ("hf-mirror.example", 443)


def test_probe_reaches_a_listening_endpoint_and_is_cached(monkeypatch, fresh_probe):
    with socket.socket() as server:
        server.bind(("127.0.0.1", 0))
        server.listen(1)
        port = server.getsockname()[1]
        monkeypatch.setenv("HF_ENDPOINT", f"http://127.0.0.1:{port}")
        assert hub.hub_reachable() is True
    # Cached for the process: the closed server is not probed again.
    assert hub.hub_reachable() is True


def test_probe_fails_on_a_closed_port(monkeypatch, fresh_probe):
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]  # closed once the block ends: connections are refused
    monkeypatch.setenv("HF_ENDPOINT", f"http://127.0.0.1:{port}")
    assert hub.hub_reachable() is False


# ---- cache location, path vs id, cache lookup ----------------------------------------------


def test_cache_dir_follows_env(monkeypatch, tmp_path):
    monkeypatch.delenv("HF_HUB_CACHE", raising=False)
    monkeypatch.delenv("HUGGINGFACE_HUB_CACHE", raising=False)
    monkeypatch.setenv("HF_HOME", str(tmp_path / "home"))
    assert hub.cache_dir() == tmp_path / "home" / "hub"
    monkeypatch.setenv("HF_HUB_CACHE", str(tmp_path / "elsewhere"))
    assert hub.cache_dir() == tmp_path / "elsewhere"


@pytest.mark.parametrize("model, expected", [
    ("owner/name", True),
    ("gpt2", True),
    ("sshleifer/distilbart-cnn-12-6", True),
    ("./model", False),
    ("/abs/model", False),
    ("~/models/bart", False),
    ("a/b/c", False),
    ("owner/", False),
    ("C:\\models\\bart", False),
    ("", False),
    ("   ", False),
])
def test_is_hub_id(model, expected):
    assert hub.is_hub_id(model) is expected


def test_cached_snapshot_in_a_tmp_hf_home(tmp_path, monkeypatch):
    monkeypatch.setenv("HF_HOME", str(tmp_path / "hf"))
    assert hub.cached_snapshot("org/model") is None
    empty = hub.cache_dir() / "models--org--model" / "snapshots" / "empty"
    empty.mkdir(parents=True)
    assert hub.cached_snapshot("org/model") is None  # an empty snapshot holds no weights
    snap = _snapshot("org/model")
    assert hub.cached_snapshot("org/model") == snap
    assert hub.cached_snapshot("org/other") is None
    assert hub.availability("org/model") == (True, str(snap))
    assert hub.availability("org/other") == (False, str(tmp_path / "hf" / "hub"))


def test_availability_of_paths(tmp_path):
    model_dir = tmp_path / "m"
    model_dir.mkdir()
    assert hub.availability(str(model_dir)) == (False, str(model_dir))  # no config.json
    (model_dir / "config.json").write_text("{}")
    assert hub.availability(str(model_dir)) == (True, str(model_dir))
    assert hub.availability(str(tmp_path / "missing")) == (False, str(tmp_path / "missing"))


def test_resolve(tmp_path):
    assert hub.resolve(str(tmp_path), "nli") == (str(tmp_path), True)
    snap = _snapshot("org/model")
    assert snap.is_dir()
    assert hub.resolve("org/model", "nli") == ("org/model", True)  # offline, but cached
    with pytest.raises(ModelNotFoundError):
        hub.resolve("org/not-cached", "nli")
    with pytest.raises(ModelNotFoundError):
        hub.resolve(str(tmp_path / "missing"), "nli")
    f = tmp_path / "weights.bin"
    f.write_text("x")
    with pytest.raises(ModelNotFoundError):
        hub.resolve(str(f), "nli")


# ---- the one-line message ----------------------------------------------------------------------


def test_message_for_an_uncached_hub_id_offline(tmp_path, monkeypatch):
    monkeypatch.setenv("HF_HOME", str(tmp_path / "hf"))
    cache = tmp_path / "hf" / "hub"
    assert hub.not_found_message("org/model", "nli") == (
        f"nli model 'org/model' is not in the Hugging Face cache ({cache}) and the hub is "
        "offline or unreachable; download it once with network access (`hf download org/model`), "
        "or pass --model DIR"
    )
    assert hub.not_found_message("org/model", "summarization", "404") == (
        f"summarization model 'org/model' is not in the Hugging Face cache ({cache}) and the hub "
        "is offline or unreachable (404); download it once with network access "
        "(`hf download org/model`), or pass --model DIR"
    )


def test_message_for_an_uncached_hub_id_online(online_env, monkeypatch):
    monkeypatch.setattr(hub, "hub_reachable", lambda: True)
    msg = hub.not_found_message("org/model", "nli", "repository not found")
    assert "and it could not be downloaded (repository not found);" in msg


def test_message_for_paths(tmp_path):
    missing = tmp_path / "no" / "model"
    assert hub.not_found_message(str(missing), "embedding") == (
        f"embedding model directory not found: {missing} (expected a directory saved with "
        "save_pretrained, or a hub id such as owner/name); pass --model DIR"
    )
    f = tmp_path / "file.bin"
    f.write_text("x")
    assert hub.not_found_message(str(f), "nli") == (
        f"no usable nli model at {f}; pass --model DIR (a directory saved with save_pretrained) "
        "or a hub id such as owner/name"
    )
    err = hub.not_found(str(missing), "nli")
    assert isinstance(err, ModelNotFoundError) and "\n" not in str(err)


# ---- quiet loading -----------------------------------------------------------------------------


def test_quiet_loading_silences_and_restores():
    from transformers.utils import logging as hf_logging

    hf_logging.enable_progress_bar()
    before = hf_logging.get_verbosity()
    with hub.quiet_loading():
        assert hf_logging.is_progress_bar_enabled() is False
        assert hf_logging.get_verbosity() == hf_logging.ERROR
    assert hf_logging.is_progress_bar_enabled() is True
    assert hf_logging.get_verbosity() == before
