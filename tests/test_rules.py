"""The rule registry: every rule's worked example does what `finsum rule CODE` says, and every
code the checks emit is registered."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from summarizer import check
from summarizer.rules import all_rules, get

RULES = all_rules()
OFFLINE = [r for r in RULES if r.wrong]  # CON008 needs the NLI backend


def test_codes_are_unique_and_well_formed():
    codes = [r.code for r in RULES]
    assert len(codes) == len(set(codes))
    assert all(re.fullmatch(r"(LEFT|NUM|DATE|ENT|CON|SUP)\d{3}", c) for c in codes)
    assert get("num001").code == "NUM001" and get("XYZ999") is None


def test_every_code_the_checks_emit_is_registered():
    root = Path(__file__).resolve().parents[1] / "summarizer" / "checks"
    used = set()
    for path in root.rglob("*.py"):
        used |= set(re.findall(r"\"((?:LEFT|NUM|DATE|ENT|CON|SUP)\d{3})\"", path.read_text()))
    assert used and used <= {r.code for r in RULES}


@pytest.mark.parametrize("rule", OFFLINE, ids=[r.code for r in OFFLINE])
def test_wrong_example_is_flagged_by_its_rule(rule):
    report = check(rule.source or None, rule.wrong)
    mine = [f for f in report.findings if f.code == rule.code]
    assert mine, [(f.code, f.text) for f in report.findings]
    assert any(f.text == rule.flagged for f in mine), [f.text for f in mine]
    assert all(f.kind == rule.kind for f in mine)


@pytest.mark.parametrize("rule", OFFLINE, ids=[r.code for r in OFFLINE])
def test_right_example_passes(rule):
    report = check(rule.source or None, rule.right)
    assert not report.findings, [(f.code, f.text, f.message) for f in report.findings]


def test_finsum_rule_lists_and_explains():
    from typer.testing import CliRunner

    from summarizer.cli.app import app

    runner = CliRunner()
    r = runner.invoke(app, ["rule"])
    assert r.exit_code == 0
    assert len(r.output.strip().splitlines()) == len(RULES)
    r = runner.invoke(app, ["rule", "num001"])
    assert r.exit_code == 0
    assert r.output.startswith("NUM001 (number): scale, unit or currency changed")
    assert "$412 billion" in r.output and "right:" in r.output
    r = runner.invoke(app, ["rule", "NOPE1"])
    assert r.exit_code == 2
    assert "unknown rule code" in r.output and "Traceback" not in r.output


def test_every_finding_on_the_shipped_fixtures_has_an_explained_code():
    root = Path(__file__).resolve().parents[1] / "fixtures"
    known = {r.code for r in RULES}
    seen = 0
    for summary in sorted((root / "summaries").glob("*.txt")):
        article = root / "articles" / (summary.name.split(".")[0] + ".txt")
        if not article.is_file():
            continue
        report = check(article.read_text(encoding="utf-8"), summary.read_text(encoding="utf-8"))
        for f in report.findings:
            seen += 1
            assert f.code in known, (summary.name, f.kind, f.message)
    assert seen


def test_no_check_module_over_500_lines():
    root = Path(__file__).resolve().parents[1] / "summarizer" / "checks"
    sizes = {str(p.relative_to(root)): len(p.read_text().splitlines()) for p in root.rglob("*.py")}
    assert max(sizes.values()) <= 500, sorted(sizes.items(), key=lambda kv: -kv[1])[:3]
