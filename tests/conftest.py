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
