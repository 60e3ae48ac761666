"""`finsum check` for CI and newsrooms: many summaries per run, github/junit/sarif/jsonl output,
--fail-on/--quiet/--statistics, suppressions, strict config, one-line usage errors, the Python
API keyword form, the pre-commit hook and the GitHub Action's command line."""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from conftest import FIXTURES, ROOT
from summarizer.cli.app import app

SUMMARIES = sorted(str(p) for p in (FIXTURES / "summaries").glob("*.txt"))
ARTICLES = str(FIXTURES / "articles")
HALVORSEN_BAD = str(FIXTURES / "summaries" / "halvorsen_results.unfaithful.txt")
HALVORSEN = str(FIXTURES / "articles" / "halvorsen_results.txt")
ANNOTATION = re.compile(
    r"^::(error|warning) file=([^,]+),line=(\d+),col=(\d+),endLine=(\d+),endColumn=(\d+),title=([^:]+)::(.+)$"
)


def _stdout(r) -> str:
    return r.stdout if hasattr(r, "stdout") else r.output


# ---------------------------------------------------------------- many summaries, formats


def test_github_annotates_unfaithful_summaries_by_file_and_line(runner, in_tmp):
    r = runner.invoke(app, ["check", *SUMMARIES, "--sources", ARTICLES, "--format", "github"])
    assert r.exit_code == 1, r.output
    lines = _stdout(r).splitlines()
    assert lines and all(ANNOTATION.match(x) for x in lines), lines[:3]
    files = {ANNOTATION.match(x).group(2) for x in lines if x.startswith("::error")}
    assert {Path(f).name for f in files} == {
        "castellan_bank.unfaithful.txt", "halvorsen_results.unfaithful.txt",
        "pemberton_arrowleaf.unfaithful.txt"}
    # The annotation points at the finding's own line and column in the summary file.
    text = Path(HALVORSEN_BAD).read_text(encoding="utf-8")
    hits = [ANNOTATION.match(x) for x in lines if "halvorsen_results.unfaithful" in x]
    tuesday = next(m for m in hits if m.group(8).startswith('"Tuesday"'))
    line, col = int(tuesday.group(3)), int(tuesday.group(4))
    assert text.splitlines()[line - 1][col - 1:].startswith("Tuesday")
    assert "6 summaries, 3 failed" in r.stderr


def test_faithful_summaries_pass_together_exit_0(runner, in_tmp):
    good = [s for s in SUMMARIES if ".faithful." in s]
    r = runner.invoke(app, ["check", *good, "--sources", ARTICLES, "-f", "github"])
    assert r.exit_code == 0, r.output
    assert not [x for x in _stdout(r).splitlines() if x.startswith("::error")]


def test_junit_parses_one_testcase_per_summary(runner, in_tmp):
    r = runner.invoke(app, ["check", *SUMMARIES, "--sources", ARTICLES, "--format", "junit"])
    assert r.exit_code == 1
    root = ET.fromstring(_stdout(r).encode("utf-8"))
    cases = root.findall(".//testcase")
    assert len(cases) == 6 and root.get("tests") == "6" and root.get("failures") == "3"
    failed = {Path(c.get("name")).name for c in cases if c.find("failure") is not None}
    assert failed == {Path(s).name for s in SUMMARIES if ".unfaithful." in s}
    assert "Lars Hegge" in next(c for c in cases if "halvorsen_results.unf" in c.get("name")).find("failure").text


def test_sarif_regions_point_at_the_flagged_text(runner, in_tmp):
    r = runner.invoke(app, ["check", HALVORSEN_BAD, "--source", HALVORSEN, "--format", "sarif"])
    assert r.exit_code == 1
    log = json.loads(_stdout(r))
    assert log["version"] == "2.1.0"
    run = log["runs"][0]
    assert run["tool"]["driver"]["name"] == "finsum" and run["columnKind"] == "unicodeCodePoints"
    text = Path(HALVORSEN_BAD).read_text(encoding="utf-8")
    rule_ids = [rule["id"] for rule in run["tool"]["driver"]["rules"]]
    assert run["results"]
    for res in run["results"]:
        region = res["locations"][0]["physicalLocation"]["region"]
        start, length = region["charOffset"], region["charLength"]
        assert text[start:start + length] == region["snippet"]["text"]
        line = text.splitlines()[region["startLine"] - 1]
        assert line[region["startColumn"] - 1:].startswith(region["snippet"]["text"].split("\n")[0])
        assert res["ruleId"] == rule_ids[res["ruleIndex"]]
        assert res["level"] in ("error", "warning")


def test_json_one_object_for_one_summary_a_list_for_several_and_jsonl(runner, in_tmp):
    r = runner.invoke(app, ["check", *SUMMARIES[:2], "--sources", ARTICLES, "-f", "json"])
    data = json.loads(_stdout(r))
    assert isinstance(data, list) and [Path(d["file"]).name for d in data] == [Path(s).name for s in SUMMARIES[:2]]
    assert all(d["source"].endswith("castellan_bank.txt") for d in data)
    r = runner.invoke(app, ["check", *SUMMARIES, "--sources", ARTICLES, "-f", "jsonl"])
    rows = [json.loads(x) for x in _stdout(r).splitlines()]
    assert len(rows) == 6 and {x["verdict"] for x in rows} == {"pass", "fail"}


def test_missing_article_names_both_paths_others_still_checked(runner, in_tmp, tmp_path):
    orphan = tmp_path / "nobody.unfaithful.txt"
    orphan.write_text("Profit rose 5%.", encoding="utf-8")
    r = runner.invoke(app, ["check", str(orphan), HALVORSEN_BAD, "--sources", ARTICLES, "-f", "jsonl"])
    assert r.exit_code == 2
    err = [x for x in r.stderr.splitlines() if x.startswith("finsum: error:")]
    assert len(err) == 1 and str(orphan) in err[0] and str(Path(ARTICLES) / "nobody.txt") in err[0]
    rows = [json.loads(x) for x in _stdout(r).splitlines()]
    assert "error" in rows[0] and rows[1]["verdict"] == "fail"


def test_sources_pairs_dotted_names_and_never_the_summary_itself(tmp_path):
    from summarizer.cli.check import article_for

    (tmp_path / "q3.2026.txt").write_text("a", encoding="utf-8")
    (tmp_path / "q3.2026.draft.txt").write_text("b", encoding="utf-8")
    (tmp_path / "acme.txt").write_text("c", encoding="utf-8")
    assert article_for(str(tmp_path / "q3.2026.draft.txt"), tmp_path).name == "q3.2026.txt"
    assert article_for("elsewhere/acme.gpt4.txt", tmp_path).name == "acme.txt"
    assert article_for("elsewhere/acme.txt", tmp_path).name == "acme.txt"


def test_usage_errors_for_source_options(runner, in_tmp, tmp_path):
    r = runner.invoke(app, ["check", HALVORSEN_BAD, "--source", HALVORSEN, "--sources", ARTICLES])
    assert r.exit_code == 2 and "not both" in r.stderr
    r = runner.invoke(app, ["check", HALVORSEN_BAD, "--sources", str(tmp_path / "nope")])
    assert r.exit_code == 2 and "not a directory" in r.stderr
    r = runner.invoke(app, ["check", "-", "--sources", ARTICLES], input="x")
    assert r.exit_code == 2 and "standard input" in r.stderr


# ---------------------------------------------------------------- gates and output size


def test_fail_on_warning_and_never(runner, in_tmp, tmp_path):
    # A faithful summary that only draws warnings passes by default, fails with --fail-on warning.
    summary = tmp_path / "s.txt"
    summary.write_text("Halvorsen Freight's shares rose 4.2% on Thursday, Solbakken told Bloomberg.", encoding="utf-8")
    lexical = ["--backend", "lexical"]  # the gate is under test, not the support model
    r = runner.invoke(app, ["check", str(summary), "-s", HALVORSEN, "-f", "json", *lexical])
    data = json.loads(_stdout(r))
    assert data["verdict"] == "pass" and any(f["severity"] == "warning" for f in data["findings"]), data
    assert r.exit_code == 0
    r = runner.invoke(app, ["check", str(summary), "-s", HALVORSEN, "--fail-on", "warning", *lexical])
    assert r.exit_code == 1
    assert runner.invoke(app, ["check", HALVORSEN_BAD, "-s", HALVORSEN, "--fail-on", "never"]).exit_code == 0
    r = runner.invoke(app, ["check", HALVORSEN_BAD, "-s", HALVORSEN, "--fail-on", "sometimes"])
    assert r.exit_code == 2 and "--fail-on" in r.stderr


def test_quiet_prints_findings_only(runner, in_tmp):
    r = runner.invoke(app, ["check", HALVORSEN_BAD, "-s", HALVORSEN, "--quiet"])
    assert r.exit_code == 1
    lines = _stdout(r).splitlines()
    found = json.loads(_stdout(runner.invoke(app, ["check", HALVORSEN_BAD, "-s", HALVORSEN, "-f", "json"])))
    assert len(lines) == len(found["findings"]) > 0 and all(re.match(r"^\S+:\d+:\d+ (error|warning) ", x) for x in lines)
    assert "[[" not in _stdout(r) and "FAIL" not in _stdout(r)


def test_statistics_counts_by_rule(runner, in_tmp):
    r = runner.invoke(app, ["check", *SUMMARIES, "--sources", ARTICLES, "--statistics", "-f", "json"])
    stats = json.loads(_stdout(r))
    r2 = runner.invoke(app, ["check", *SUMMARIES, "--sources", ARTICLES, "-f", "jsonl"])
    findings = [f for row in map(json.loads, _stdout(r2).splitlines()) for f in row["findings"]]
    assert sum(s["count"] for s in stats) == len(findings) > 0
    by_rule = {s["rule"]: s["count"] for s in stats}
    for f in findings:
        assert (f["code"] or f["kind"]) in by_rule
    r = runner.invoke(app, ["check", *SUMMARIES, "--sources", ARTICLES, "--statistics"])
    assert r.exit_code == 1 and "count" in r.output.splitlines()[0]
    assert "6 summaries, 3 failed" in r.output


# ---------------------------------------------------------------- suppressions


def test_ignore_by_kind_drops_and_counts(runner, in_tmp):
    r = runner.invoke(app, ["check", HALVORSEN_BAD, "-s", HALVORSEN, "-f", "json", "--ignore", "date,entity"])
    data = json.loads(_stdout(r))
    assert not {f["kind"] for f in data["findings"]} & {"date", "entity"}
    dropped = data["suppressed"]
    assert {(d["kind"], d["text"], d["suppressed_by"]) for d in dropped} == {
        ("date", "Tuesday", "ignore"), ("entity", "Lars Hegge", "ignore")}
    assert "ignore=date,entity" in data["signature"]
    r = runner.invoke(app, ["check", HALVORSEN_BAD, "-s", HALVORSEN, "--ignore", "date"])
    assert "1 suppressed (ignore 1)" in r.output


def test_ignore_by_code_and_prefix_then_kind_fallback():
    from summarizer.findings import Finding
    from summarizer.suppress import split

    s = "Profit was $9bn on Tuesday."
    a = Finding.at(s, 11, 15, "number", "m", code="NUM001")
    b = Finding.at(s, 19, 26, "date", "m", code="DAT002")
    c = Finding.at(s, 19, 26, "entity", "m")  # no code yet: matched by kind
    kept, dropped = split([a, b, c], s, ignore=("num",))
    assert kept == [b, c] and [(d.finding, d.match) for d in dropped] == [(a, "num")]
    kept, dropped = split([a, b, c], s, ignore=("DAT002", "entity"))
    assert kept == [a] and {d.match for d in dropped} == {"DAT002", "entity"}
    kept, _ = split([a, b, c], s, ignore=("DAT0020",))
    assert kept == [a, b, c]


def test_known_names_and_phrases_from_finsum_toml(runner, in_tmp):
    (in_tmp / "finsum.toml").write_text(
        'known-names = ["Lars Hegge"]\n'
        'known-phrases = ["I hope this helps! Let me know if you\'d like any adjustments"]\n',
        encoding="utf-8",
    )
    r = runner.invoke(app, ["check", HALVORSEN_BAD, "-s", HALVORSEN, "-f", "json"])
    data = json.loads(_stdout(r))
    texts = {f["text"] for f in data["findings"]}
    assert "Lars Hegge" not in texts and not any(t.startswith("I hope") for t in texts)
    assert {d["suppressed_by"] for d in data["suppressed"]} == {"known-names", "known-phrases"}
    assert "Sure! Here's a concise summary of the article:" in texts  # other leftovers stay
    assert "known-names=1" in data["signature"]


def test_known_name_only_drops_entity_findings_on_that_name():
    from summarizer.findings import Finding
    from summarizer.suppress import split

    s = "Finwire Markets said Acme's profit rose."
    brand = Finding.at(s, 0, 15, "entity", "m")
    other = Finding.at(s, 21, 25, "entity", "m")
    number = Finding.at(s, 0, 7, "number", "m")
    kept, dropped = split([brand, other, number], s, known_names=("finwire markets",))
    assert kept == [other, number] and dropped[0].finding == brand
    kept, _ = split([brand], s, known_names=("Finwire",))  # a longer name is not the brand
    assert kept == [brand]


# ---------------------------------------------------------------- config


@pytest.mark.parametrize("body, key, what", [
    ('[tool.finsum]\nchekcs = ["number"]\n', "chekcs", "unknown key"),
    ('[tool.finsum]\nchecks = "number"\n', "checks", "must be a list of strings"),
    ('[tool.finsum]\nfail-under = "high"\n', "fail-under", "must be a number"),
    ('[tool.finsum]\nignore = [1]\n', "ignore", "list of strings"),
    ('[tool.finsum]\nfail-on = "sometimes"\n', "fail-on", "fail-on must be one of"),
])
def test_bad_config_is_one_line_naming_key_and_file(runner, in_tmp, body, key, what):
    (in_tmp / "pyproject.toml").write_text(body, encoding="utf-8")
    r = runner.invoke(app, ["check", HALVORSEN_BAD, "-s", HALVORSEN])
    assert r.exit_code == 2
    err = r.stderr.strip()
    assert len(err.splitlines()) == 1 and err.startswith("finsum: error:")
    assert key in err and what in err and "pyproject.toml" in err


def test_config_lookup_finsum_toml_and_pyproject_without_table(in_tmp):
    from summarizer.settings import find_config, load_settings

    (in_tmp / "pyproject.toml").write_text('[project]\nname = "x"\n', encoding="utf-8")
    sub = in_tmp / "a" / "b"
    sub.mkdir(parents=True)
    assert find_config(sub) is None
    (in_tmp / "finsum.toml").write_text('ignore = ["date"]\nfail-on = "warning"\n', encoding="utf-8")
    assert find_config(sub) == (in_tmp / "finsum.toml").resolve()
    s = load_settings(in_tmp / "finsum.toml", ignore=("NUM",))
    assert s.ignore == ("date", "NUM") and s.fail_on == "warning"
    (sub / "pyproject.toml").write_text('[tool.finsum]\nbackend = "lexical"\n', encoding="utf-8")
    assert find_config(sub) == (sub / "pyproject.toml").resolve()


def test_config_gates_apply_and_cli_overrides(runner, in_tmp):
    (in_tmp / "finsum.toml").write_text('fail-on = "never"\n', encoding="utf-8")
    assert runner.invoke(app, ["check", HALVORSEN_BAD, "-s", HALVORSEN]).exit_code == 0
    assert runner.invoke(app, ["check", HALVORSEN_BAD, "-s", HALVORSEN, "--fail-on", "error"]).exit_code == 1
    data = str(FIXTURES / "pairs.jsonl")
    (in_tmp / "finsum.toml").write_text("fail-under = 0.9\n", encoding="utf-8")
    r = runner.invoke(app, ["eval", data, "-f", "json"])
    assert r.exit_code == 1 and "--fail-under" in r.stderr
    r = runner.invoke(app, ["eval", data, "-f", "json", "--fail-under", "0.5"])
    assert r.exit_code == 0, r.stderr


# ---------------------------------------------------------------- checks that cannot run


def test_source_checks_without_source_are_an_error_not_a_silent_pass(runner, in_tmp):
    r = runner.invoke(app, ["check", HALVORSEN_BAD, "--checks", "number"])
    assert r.exit_code == 2 and "number" in r.stderr and "source" in r.stderr
    r = runner.invoke(app, ["check", HALVORSEN_BAD, "--checks", "leftover", "-f", "json"])
    assert r.exit_code == 1 and "checks=leftover|" in json.loads(_stdout(r))["signature"]
    r = runner.invoke(app, ["check", HALVORSEN_BAD, "-f", "json"])  # default: only what ran is listed
    assert "checks=leftover|" in json.loads(_stdout(r))["signature"]


# ---------------------------------------------------------------- usage errors


@pytest.mark.parametrize("args, needle", [
    (["check"], "missing argument"),
    (["eval", "x.jsonl", "--jobs", "many"], "--jobs"),
    (["check", "a.txt", "--bogus"], "no such option"),
    (["frobnicate"], "no such command"),
])
def test_click_usage_errors_are_one_line_with_help_hint(args, needle, in_tmp):
    r = subprocess.run([sys.executable, "-m", "summarizer.cli.app", *args], capture_output=True,
                       text=True, env={**os.environ, "PYTHONPATH": str(ROOT)})
    assert r.returncode == 2
    err = r.stderr.strip()
    assert len(err.splitlines()) == 1, err
    assert err.startswith("finsum: error:") and needle in err.lower() and "--help')" in err
    assert r.stdout == ""


# ---------------------------------------------------------------- Python API


def test_api_keyword_form_and_swapped_arguments():
    from summarizer import check
    from summarizer.errors import ConfigError, InputError

    article = Path(HALVORSEN).read_text(encoding="utf-8")
    summary = Path(HALVORSEN_BAD).read_text(encoding="utf-8")
    by_keyword = check(source=article, summary=summary)
    assert by_keyword.to_dict() == check(article, summary).to_dict()
    assert by_keyword.verdict == "fail"
    with pytest.raises(InputError, match="swapped"):
        check(source=summary, summary=article)
    with pytest.raises(ConfigError, match="need a source"):
        check(source=None, summary=summary, checks=("number", "date"))
    report = check(source=article, summary=summary, ignore=("entity",))
    assert [s.finding.text for s in report.suppressed] == ["Lars Hegge"]


def test_public_names_are_typed_and_documented():
    import typing

    import summarizer
    from summarizer import findings, settings

    assert (ROOT / "summarizer" / "py.typed").is_file()
    hints = typing.get_type_hints(findings.Finding)
    assert typing.get_args(hints["kind"]) == findings.KINDS
    assert typing.get_args(hints["severity"]) == ("error", "warning")
    for name in summarizer.__all__:
        obj = getattr(summarizer, name)
        if name != "__version__":
            assert obj.__doc__, name
    for cls in (findings.Finding, findings.Report, findings.Suppressed, settings.Settings):
        for attr, value in vars(cls).items():
            if not attr.startswith("_") and callable(getattr(value, "__func__", value)):
                assert getattr(value, "__doc__", None), f"{cls.__name__}.{attr}"


# ---------------------------------------------------------------- pre-commit and the Action


def test_pre_commit_manifest_hooks_run_finsum():
    import yaml

    hooks = yaml.safe_load((ROOT / ".pre-commit-hooks.yaml").read_text(encoding="utf-8"))
    ids = {h["id"]: h for h in hooks}
    assert set(ids) == {"finsum", "finsum-system"}
    for h in hooks:
        assert h["entry"].startswith("finsum check")
        assert re.search(h["files"], "newsroom/summaries/acme.gpt4.txt")
        assert not re.search(h["files"], "src/acme.py")
    assert ids["finsum"]["language"] == "python"


@pytest.mark.slow
def test_pre_commit_try_repo_runs_the_hook(tmp_path):
    exe = shutil.which("pre-commit") or str(Path(sys.executable).parent / "pre-commit")
    if not Path(exe).exists() or shutil.which("git") is None:
        pytest.skip("pre-commit or git is not installed")
    if subprocess.run(["git", "-C", str(ROOT), "ls-files", "--error-unmatch", ".pre-commit-hooks.yaml"],
                      capture_output=True).returncode != 0:
        pytest.skip("not a git checkout with the hook manifest committed")
    repo = tmp_path / "newsroom"
    (repo / "summaries").mkdir(parents=True)
    (repo / "summaries" / "bad.txt").write_text(
        "Profit rose 5%.\n\nI hope this helps! Let me know if you need anything else.\n", encoding="utf-8")
    (repo / "summaries" / "good.txt").write_text("Profit rose 5%.\n", encoding="utf-8")
    (repo / "notes.txt").write_text("I hope this helps!\n", encoding="utf-8")  # not a summary
    env = {**os.environ, "PRE_COMMIT_HOME": str(tmp_path / "pch"), "PYTHONPATH": str(ROOT),
           "PATH": f"{Path(sys.executable).parent}{os.pathsep}{os.environ.get('PATH', '')}",
           "GIT_AUTHOR_NAME": "t", "GIT_AUTHOR_EMAIL": "t@example.com",
           "GIT_COMMITTER_NAME": "t", "GIT_COMMITTER_EMAIL": "t@example.com"}
    subprocess.run(["git", "init", "-q"], cwd=repo, check=True, env=env)
    subprocess.run(["git", "add", "."], cwd=repo, check=True, env=env)
    r = subprocess.run([exe, "try-repo", str(ROOT), "finsum-system", "--all-files"], cwd=repo,
                       capture_output=True, text=True, env=env, timeout=300)
    assert r.returncode == 1, r.stdout + r.stderr
    assert "summaries/bad.txt:3:1 error" in r.stdout and "leftover" in r.stdout
    assert "good.txt" not in r.stdout and "notes.txt" not in r.stdout


def test_action_runs_finsum_check_with_annotations(tmp_path):
    import yaml

    action = yaml.safe_load((ROOT / "action.yml").read_text(encoding="utf-8"))
    assert action["runs"]["using"] == "composite"
    assert any("action/run.sh" in step.get("run", "") for step in action["runs"]["steps"])
    env = {**os.environ, "PYTHONPATH": str(ROOT),
           "PATH": f"{Path(sys.executable).parent}{os.pathsep}{os.environ.get('PATH', '')}",
           "FINSUM_SUMMARIES": "fixtures/summaries/*.unfaithful.txt fixtures/summaries/halvorsen*",
           "FINSUM_SOURCES": "fixtures/articles", "FINSUM_ARGS": "--ignore date"}
    r = subprocess.run(["bash", str(ROOT / "action" / "run.sh")], cwd=ROOT, capture_output=True,
                       text=True, env=env, timeout=300)
    assert r.returncode == 1, r.stderr
    lines = r.stdout.splitlines()
    assert lines and all(ANNOTATION.match(x) for x in lines)
    assert any("file=fixtures/summaries/halvorsen_results.unfaithful.txt" in x for x in lines)
    assert not any(",title=date::" in x for x in lines)
    assert "4 summaries, 3 failed" in r.stderr
    env["FINSUM_SUMMARIES"] = "nothing/*.txt"
    r = subprocess.run(["bash", str(ROOT / "action" / "run.sh")], cwd=ROOT, capture_output=True,
                       text=True, env=env)
    assert r.returncode == 2 and r.stderr.startswith("finsum: error:")


def test_ignore_entries_are_checked_against_the_rule_registry(monkeypatch):
    from types import SimpleNamespace

    from summarizer import suppress
    from summarizer.errors import ConfigError
    from summarizer.settings import Settings

    codes = [SimpleNamespace(code="NUM001"), SimpleNamespace(code="DAT002")]
    monkeypatch.setattr(suppress, "registry", lambda: (lambda: codes, lambda c: None))
    assert Settings(ignore=("NUM", "dat002", "entity")).ignore == ("NUM", "dat002", "entity")
    with pytest.raises(ConfigError, match="'NUMM'"):
        Settings(ignore=("NUMM",))
    with pytest.raises(ConfigError, match="cannot ignore 'NUM-1'"):
        Settings(ignore=("NUM-1",))


def test_cli_refuses_swapped_summary_and_article(runner, in_tmp):
    r = runner.invoke(app, ["check", HALVORSEN, "--source", HALVORSEN_BAD])
    assert r.exit_code == 2 and "swapped" in r.stderr and len(r.stderr.strip().splitlines()) == 1


def test_sarif_and_markdown_keep_suppressed_findings_visible(runner, in_tmp):
    r = runner.invoke(app, ["check", HALVORSEN_BAD, "-s", HALVORSEN, "-f", "sarif", "--ignore", "entity"])
    results = json.loads(_stdout(r))["runs"][0]["results"]
    suppressed = [x for x in results if x.get("suppressions")]
    assert len(suppressed) == 1 and suppressed[0]["properties"]["kind"] == "entity"
    assert suppressed[0]["suppressions"] == [{"kind": "external", "justification": "ignore: entity"}]
    assert "Lars Hegge" in suppressed[0]["message"]["text"]
    r = runner.invoke(app, ["check", HALVORSEN_BAD, SUMMARIES[0], "--sources", ARTICLES, "-f", "markdown",
                            "--ignore", "entity"])
    md = _stdout(r)
    assert md.startswith("## finsum check: FAIL · 2 summaries")
    assert md.count("### finsum check: ") == 2 and "1 suppressed (ignore 1)" in md


def test_github_format_appends_the_markdown_report_to_the_job_summary(runner, in_tmp, monkeypatch):
    summary_file = in_tmp / "step_summary.md"
    monkeypatch.setenv("GITHUB_STEP_SUMMARY", str(summary_file))
    r = runner.invoke(app, ["check", HALVORSEN_BAD, "-s", HALVORSEN, "-f", "github"])
    assert r.exit_code == 1
    text = summary_file.read_text(encoding="utf-8")
    assert text.startswith("### finsum check: ❌ FAIL") and "Lars Hegge" in text


def test_text_names_each_summary_when_there_are_several(runner, in_tmp):
    pair = [s for s in SUMMARIES if "castellan" in s]
    r = runner.invoke(app, ["check", *pair, "--sources", ARTICLES])
    heads = [x for x in r.output.splitlines() if x.startswith("==> ")]
    assert [h.split()[1] for h in heads] == [str(Path(p)) for p in pair]
    assert re.search(r"2 summaries, 1 failed · \d+ errors?, \d+ warnings? · 0 suppressed$", r.output.rstrip())
