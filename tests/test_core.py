"""Finding/Report contract, settings precedence and the checker pipeline's own rules."""

import pytest

from summarizer.checker import check
from summarizer.errors import ConfigError, InputError
from summarizer.findings import Finding, Report
from summarizer.settings import Settings, load_settings


def test_finding_at_trims_and_slices():
    text = "Revenue rose  to $5bn  today"
    f = Finding.at(text, 13, 23, "number", "not in source")
    assert (f.start, f.end, f.text) == (14, 21, "to $5bn")
    assert f.to_dict() == {
        "kind": "number", "severity": "error", "start": 14, "end": 21, "text": "to $5bn",
        "message": "not in source", "evidence": None, "code": None,
    }
    assert Finding.from_dict(f.to_dict()) == f


def test_finding_rejects_unknown_kind_and_bad_span():
    with pytest.raises(ValueError):
        Finding("typo", "error", 0, 1, "x", "m")
    with pytest.raises(ValueError):
        Finding("number", "fatal", 0, 1, "x", "m")
    with pytest.raises(ValueError):
        Finding("number", "error", 3, 1, "x", "m")


def test_verdict_fails_exactly_on_error_findings():
    warn = Finding("unsupported", "warning", 0, 1, "x", "m")
    err = Finding("number", "error", 0, 1, "x", "m")
    assert Report("x", [warn], 0.9, "sig").verdict == "pass"
    assert Report("x", [warn, err], 0.1, "sig").verdict == "fail"
    assert Report("x", [], 1.0, "sig").to_dict() == {
        "verdict": "pass", "score": 1.0, "findings": [], "signature": "sig",
        "faithful": True, "clean": True,
    }


def test_faithful_and_clean_are_reported_separately():
    left = Finding("leftover", "error", 0, 1, "x", "m", code="LEFT002")
    num = Finding("number", "error", 0, 1, "x", "m", code="NUM002")
    warn = Finding("number", "warning", 0, 1, "x", "m", code="NUM003")
    only_left = Report("x", [left, warn], 0.5, "sig")
    assert (only_left.verdict, only_left.faithful, only_left.clean) == ("fail", True, False)
    wrong = Report("x", [num], 0.5, "sig")
    assert (wrong.verdict, wrong.faithful, wrong.clean) == ("fail", False, True)
    d = Report("x", [left, num], 0.1, "sig").to_dict()
    assert (d["faithful"], d["clean"]) == (False, False)


def test_settings_from_pyproject_then_overrides(tmp_path):
    (tmp_path / "pyproject.toml").write_text(
        '[tool.finsum]\nbackend = "embedding"\nchecks = ["leftover", "number"]\n', encoding="utf-8"
    )
    s = load_settings(tmp_path / "pyproject.toml")
    assert s.backend == "embedding" and s.checks == ("leftover", "number")
    s = load_settings(tmp_path / "pyproject.toml", backend="lexical")
    assert s.backend == "lexical" and s.checks == ("leftover", "number")
    sig = s.signature()
    assert "checks=leftover,number" in sig and "backend=lexical" in sig


def test_bad_settings_raise_config_error(tmp_path):
    with pytest.raises(ConfigError, match="unknown check"):
        Settings(checks=("leftover", "vibes"))
    (tmp_path / "pyproject.toml").write_text("[tool.finsum\nbroken", encoding="utf-8")
    with pytest.raises(ConfigError):
        load_settings(tmp_path / "pyproject.toml")


def test_check_rejects_empty_texts():
    with pytest.raises(InputError, match="summary is empty"):
        check("Some source.", "   ")
    with pytest.raises(InputError, match="source is empty"):
        check("", "A summary.")


def test_without_source_only_source_free_checks_run():
    report = check(None, "Profit rose 5% to $9bn.")
    assert report.checks_run == ("leftover",)
    assert not report.source_given and "source=no" in report.signature
