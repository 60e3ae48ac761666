"""`finsum eval` end to end through the CLI: every format and gate, exit codes 0/1/2, malformed
rows, streaming + resume after a killed run, --jobs. The checker is replaced by a small fake
with unambiguous findings (chatbot sign-offs are leftover errors, "perhaps" a warning) so these
tests do not move while the real checks are being tuned; one test runs the real checker."""

from __future__ import annotations

import csv
import io
import json
import os
import signal
import subprocess
import sys
import time
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from summarizer.cli.app import app
from summarizer.findings import Finding, Report

DATA = Path(__file__).parent / "data"
PAIRS = str(DATA / "eval_pairs.jsonl")
BAD = str(DATA / "eval_bad.jsonl")
IDS = [f"p{i:02d}" for i in range(1, 13)]
SIGNOFFS = ("I hope this helps!", "Hope this helps!", "Let me know if you need anything else!")


def fake_check(source, summary, settings):
    findings = []
    for phrase in SIGNOFFS:
        i = summary.find(phrase)
        if i >= 0:
            findings.append(Finding.at(summary, i, i + len(phrase), "leftover", "chatbot sign-off"))
    i = summary.find("perhaps")
    if i >= 0:
        findings.append(Finding.at(summary, i, i + 7, "unsupported", "hedge not in source", severity="warning"))
    score = 0.9 - 0.5 * sum(f.severity == "error" for f in findings) - 0.1 * sum(f.severity == "warning" for f in findings)
    return Report(summary, findings, score, settings.signature(source_given=True))


@pytest.fixture
def fake(monkeypatch):
    calls = []

    def counting(source, summary, settings):
        calls.append(summary)
        return fake_check(source, summary, settings)

    monkeypatch.setattr("summarizer.evaluation.runner._check", counting)
    return calls


def invoke(runner, *args):
    return runner.invoke(app, ["eval", *args])


def one_error_line(result):
    lines = [x for x in result.stderr.splitlines() if x.strip()]
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith("finsum: error: ")
    return lines[0]


# --- formats ----------------------------------------------------------------------------------


def test_text_default_fails_on_error_findings(runner, fake, in_tmp):
    r = invoke(runner, PAIRS)
    assert r.exit_code == 1, r.output
    assert "FAIL 4 rows with error findings" in r.stdout
    for row_id in ("p02", "p04", "p07", "p11"):
        assert row_id in r.stdout
    assert len(fake) == 12


def test_json_prints_the_aggregates(runner, fake, in_tmp):
    r = invoke(runner, PAIRS, "--format", "json", "--fail-on", "none")
    assert r.exit_code == 0
    d = json.loads(r.stdout)
    assert set(d) == {"rows", "passed", "failed", "errors", "pass_rate", "faithful", "clean",
                      "findings_by_kind", "rouge", "labels", "signature"}
    assert (d["rows"], d["passed"], d["failed"], d["errors"]) == (12, 8, 4, 0)
    assert d["pass_rate"] == 0.6667
    assert d["findings_by_kind"]["leftover"] == 4 and d["findings_by_kind"]["unsupported"] == 1
    assert d["labels"] == {"balanced_accuracy": 1.0, "precision": 1.0, "recall": 1.0, "f1": 1.0, "roc_auc": 1.0}
    assert all(0 < d["rouge"][k] <= 1 for k in ("rouge1", "rouge2", "rougeLsum"))
    assert d["signature"].startswith("finsum ")
    assert "PASS" in r.stderr  # the verdict goes to stderr, stdout stays one JSON object


def test_jsonl_stdout_one_line_per_row_in_order(runner, fake, in_tmp):
    r = invoke(runner, PAIRS, "-f", "jsonl")
    rows = [json.loads(x) for x in r.stdout.splitlines()]
    assert [x["id"] for x in rows] == IDS and [x["line"] for x in rows] == list(range(1, 13))
    assert rows[1]["verdict"] == "fail" and rows[1]["findings"][0]["text"] == "I hope this helps!"
    assert rows[0]["rouge"] is not None and rows[3]["rouge"] is None
    assert r.exit_code == 1


def test_csv_stdout_parses(runner, fake, in_tmp):
    r = invoke(runner, PAIRS, "-f", "csv")
    rows = list(csv.DictReader(io.StringIO(r.stdout)))
    assert list(rows[0]) == ["id", "line", "verdict", "score", "n_errors", "n_warnings", "kinds",
                             "rouge1", "rouge2", "rougeLsum", "label", "error"]
    by_id = {x["id"]: x for x in rows}
    assert (by_id["p02"]["verdict"], by_id["p02"]["n_errors"], by_id["p02"]["kinds"]) == ("fail", "1", "leftover")
    assert (by_id["p06"]["verdict"], by_id["p06"]["n_warnings"]) == ("pass", "1")
    assert by_id["p09"]["label"] == "" and by_id["p04"]["rouge1"] == ""


def test_markdown_stdout(runner, fake, in_tmp):
    r = invoke(runner, PAIRS, "-f", "markdown")
    assert r.exit_code == 1
    assert "| rows | 12 |" in r.stdout and "#### Failing rows (4)" in r.stdout
    assert "| p02 | 2 | fail |" in r.stdout


def test_junit_stdout_parses(runner, fake, in_tmp):
    r = invoke(runner, PAIRS, "-f", "junit")
    root = ET.fromstring(r.stdout.encode())
    cases = root.find("testsuite").findall("testcase")
    assert [c.get("name") for c in cases] == IDS
    failed = [c.get("name") for c in cases if c.find("failure") is not None]
    assert failed == ["p02", "p04", "p07", "p11"]
    assert "leftover" in cases[1].find("failure").get("message")
    assert root.find("testsuite").find("properties/property[@name='signature']").get("value").startswith("finsum ")


def test_github_annotations_and_step_summary(runner, fake, in_tmp, monkeypatch):
    summary = in_tmp / "step.md"
    summary.write_text("earlier step\n", encoding="utf-8")
    monkeypatch.setenv("GITHUB_STEP_SUMMARY", str(summary))
    r = invoke(runner, PAIRS, "-f", "github")
    assert r.exit_code == 1
    lines = r.stdout.splitlines()
    assert f"::error file={PAIRS},line=2,title=finsum leftover (error)::row p02: \"I hope this helps!\": chatbot sign-off" in lines
    assert any(x.startswith(f"::warning file={PAIRS},line=6,") for x in lines)
    assert lines[-1].startswith("::error title=finsum eval FAIL::")
    text = summary.read_text(encoding="utf-8")
    assert text.startswith("earlier step\n") and "| rows | 12 |" in text and "| p02 | 2 | fail |" in text


def test_html_output_file(runner, fake, in_tmp):
    r = invoke(runner, PAIRS, "-o", "report.html", "-f", "json")
    page = (in_tmp / "report.html").read_text(encoding="utf-8")
    assert r.exit_code == 1
    assert page.count("<mark ") == 5
    assert '<mark class="kind-leftover sev-error" data-findings="1" title="leftover (error): chatbot sign-off">I hope this helps!</mark>' in page


def test_every_output_suffix_at_once(runner, fake, in_tmp):
    outs = ["o.jsonl", "o.json", "o.csv", "o.md", "o.xml", "o.html"]
    args = [a for o in outs for a in ("--output", o)]
    r = invoke(runner, PAIRS, *args, "--fail-on", "none")
    assert r.exit_code == 0, r.output
    assert len((in_tmp / "o.jsonl").read_text().splitlines()) == 12
    assert json.loads((in_tmp / "o.json").read_text())["rows"] == 12
    assert len(list(csv.DictReader(io.StringIO((in_tmp / "o.csv").read_text(), newline="")))) == 12
    assert "| rows | 12 |" in (in_tmp / "o.md").read_text()
    assert len(list(ET.parse(in_tmp / "o.xml").getroot().iter("testcase"))) == 12
    assert (in_tmp / "o.html").read_text().startswith("<!DOCTYPE html>")


def test_csv_and_json_list_inputs_with_field_mapping(runner, fake, in_tmp):
    r = invoke(runner, str(DATA / "eval_pairs.csv"), "--source-field", "article", "--summary-field", "text",
               "-f", "jsonl")
    rows = [json.loads(x) for x in r.stdout.splitlines()]
    assert [(x["id"], x["line"], x["verdict"]) for x in rows] == [
        ("c1", 2, "pass"), ("c2", 3, "fail"), ("c3", 6, "pass"), ("c4", 7, "error")]
    assert r.exit_code == 2
    assert f"{DATA / 'eval_pairs.csv'}:7: field 'text' is empty" in r.stderr
    r = invoke(runner, str(DATA / "eval_pairs.json"), "-f", "jsonl")
    assert [json.loads(x)["line"] for x in r.stdout.splitlines()] == [2, 7]


# --- gates and exit codes ---------------------------------------------------------------------


@pytest.mark.parametrize("args,code", [
    (["--fail-on", "none"], 0),
    (["--fail-on", "error"], 1),
    (["--fail-on", "warning"], 1),
    (["--fail-under", "0.6"], 0),        # pass rate 8/12
    (["--fail-under", "0.7"], 1),
    (["--fail-under", "66%"], 0),
    (["--min-rouge1", "0.1", "--min-rouge2", "0.1", "--min-rougeL", "0.1"], 0),
    (["--min-rouge1", "0.99"], 1),
    (["--min-rouge2", "0.99"], 1),
    (["--min-rougeL", "0.99"], 1),
    (["--min-balanced-accuracy", "0.9"], 0),
    (["--min-balanced-accuracy", "0.9", "--fail-on", "error"], 1),
])
def test_gates_decide_the_exit_code_and_the_printed_verdict(runner, fake, in_tmp, args, code):
    r = invoke(runner, PAIRS, *args)
    assert r.exit_code == code, r.output
    last = [x for x in r.stdout.splitlines() if x.strip()][-2]  # verdict line, then signature
    assert last.startswith("PASS" if code == 0 else "FAIL")


def test_gate_on_labels_fails_when_there_are_none(runner, fake, in_tmp):
    data = in_tmp / "nolabels.jsonl"
    data.write_text(json.dumps({"source": "Acme rose 5%.", "summary": "Acme rose 5%."}) + "\n")
    r = invoke(runner, str(data), "--min-balanced-accuracy", "0.5")
    assert r.exit_code == 1 and "labels of both classes are needed" in r.stdout


@pytest.mark.parametrize("args,message", [
    (["--fail-under", "abc"], "--fail-under needs a number"),
    (["--fail-under", "1.5"], "--fail-under must be in [0, 1]"),
    (["--min-rouge2", "-1"], "--min-rouge2 must be in [0, 1]"),
    (["--fail-on", "sometimes"], "--fail-on must be one of"),
    (["--format", "yaml"], "unknown format 'yaml'"),
    (["--output", "out.yaml"], "cannot tell the output format of out.yaml"),
    (["--jobs", "0"], "--jobs must be at least 1"),
    (["--resume"], "--resume needs exactly one --output FILE.jsonl"),
    (["--checks", "nonsense"], "unknown check(s): nonsense"),
])
def test_bad_options_are_one_line_errors_with_exit_2(runner, fake, in_tmp, args, message):
    r = invoke(runner, PAIRS, *args)
    assert r.exit_code == 2
    assert message in one_error_line(r)
    assert fake == []  # nothing was evaluated


@pytest.mark.parametrize("content", [None, "", "\n  \n"])
def test_missing_or_empty_data_is_a_one_line_error(runner, in_tmp, content):
    data = in_tmp / "d.jsonl"
    if content is not None:
        data.write_text(content)
    r = invoke(runner, str(data))
    assert r.exit_code == 2
    assert ("not found" if content is None else "empty") in one_error_line(r)


def test_malformed_rows_are_reported_and_the_rest_evaluated(runner, fake, in_tmp):
    r = invoke(runner, BAD, "-o", "out.jsonl", "-f", "json", "--fail-on", "none")
    assert r.exit_code == 2
    errs = [x for x in r.stderr.splitlines() if x.startswith("finsum: error: ")]
    assert [x.split(":")[3] for x in errs] == ["2", "3", "4", "6"]
    assert f"finsum: error: {BAD}:3: missing field 'summary'" in errs
    rows = [json.loads(x) for x in (in_tmp / "out.jsonl").read_text().splitlines()]
    assert [(x["id"], x["verdict"]) for x in rows] == [
        ("ok1", "pass"), ("line-2", "error"), ("nosummary", "error"), ("numsource", "error"),
        ("emptysummary", "error"), ("ok2", "fail")]
    d = json.loads(r.stdout)
    assert (d["rows"], d["errors"], d["passed"], d["failed"]) == (6, 4, 1, 1)
    assert "ERROR" in r.stderr.splitlines()[-1]
    assert len(fake) == 2


# --- streaming, interruption, resume ----------------------------------------------------------

SLOW_RUN = """
import signal, sys, time
# Ctrl-C as a terminal delivers it, whatever SIGINT disposition the test runner's process passed on
# (a child started while SIGINT is ignored keeps ignoring it).
signal.signal(signal.SIGINT, signal.default_int_handler)
import summarizer.evaluation.runner as runner
from summarizer.findings import Report
def slow(source, summary, settings):
    time.sleep(0.4)
    return Report(summary, [], 0.9, settings.signature(source_given=True))
runner._check = slow
from summarizer.cli.app import app
app(["eval", sys.argv[1], "--output", sys.argv[2], "--format", "json"])
"""


def _start_and_interrupt(tmp_path, sig):
    out = tmp_path / "out.jsonl"
    env = {**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parents[1])}
    proc = subprocess.Popen([sys.executable, "-c", SLOW_RUN, PAIRS, str(out)], env=env,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline and proc.poll() is None:
        if out.exists() and out.read_bytes().count(b"\n") >= 3:
            break
        time.sleep(0.05)
    assert proc.poll() is None, "the run ended before it could be interrupted"
    proc.send_signal(sig)
    _, stderr = proc.communicate(timeout=60)
    return proc.returncode, stderr, out


def _valid_prefix(out):
    text = out.read_text(encoding="utf-8")
    assert text.endswith("\n")
    ids = [json.loads(x)["id"] for x in text.splitlines()]
    assert 3 <= len(ids) < 12 and ids == IDS[: len(ids)]
    return ids


@pytest.mark.slow
def test_killed_run_leaves_valid_jsonl_and_resume_completes_it(runner, fake, tmp_path, monkeypatch):
    code, _, out = _start_and_interrupt(tmp_path, signal.SIGKILL)
    assert code == -signal.SIGKILL
    finished = _valid_prefix(out)
    with out.open("a", encoding="utf-8") as fh:  # a line cut off mid-write
        fh.write('{"id": "p99", "line": 4, "verd')
    monkeypatch.chdir(tmp_path)
    r = invoke(runner, PAIRS, "--output", str(out), "--resume", "-f", "json", "--fail-on", "none")
    assert r.exit_code == 0, r.output
    rows = [json.loads(x) for x in out.read_text(encoding="utf-8").splitlines()]
    assert [x["id"] for x in rows] == IDS
    assert len(fake) == 12 - len(finished)  # finished rows were not evaluated again
    assert json.loads(r.stdout)["rows"] == 12


@pytest.mark.slow
def test_ctrl_c_stops_cleanly_with_a_resume_hint(tmp_path):
    code, stderr, out = _start_and_interrupt(tmp_path, signal.SIGINT)
    assert code == 130
    assert "interrupted after" in stderr and "--resume" in stderr
    _valid_prefix(out)


def test_resume_refuses_results_from_other_settings(runner, fake, in_tmp):
    r = invoke(runner, PAIRS, "-o", "out.jsonl", "--checks", "leftover")
    assert r.exit_code == 1
    r = invoke(runner, PAIRS, "-o", "out.jsonl", "--resume")
    assert r.exit_code == 2 and "other settings" in one_error_line(r)


def test_resume_of_a_finished_file_evaluates_nothing(runner, fake, in_tmp):
    invoke(runner, PAIRS, "-o", "out.jsonl")
    before = (in_tmp / "out.jsonl").read_text()
    fake.clear()
    r = invoke(runner, PAIRS, "-o", "out.jsonl", "--resume", "-f", "jsonl")
    assert fake == [] and (in_tmp / "out.jsonl").read_text() == before
    assert r.stdout == before  # stdout still shows every row
    assert r.exit_code == 1


# --- the real checker ---------------------------------------------------------------------------


@pytest.mark.slow
def test_jobs_2_gives_the_same_results_as_jobs_1(runner, in_tmp):
    r1 = invoke(runner, PAIRS, "-o", "one.jsonl", "--jobs", "1", "-f", "json")
    r2 = invoke(runner, PAIRS, "-o", "two.jsonl", "--jobs", "2", "-f", "json")
    assert r1.exit_code == r2.exit_code and r1.exit_code in (0, 1)
    one = (in_tmp / "one.jsonl").read_text(encoding="utf-8")
    assert one == (in_tmp / "two.jsonl").read_text(encoding="utf-8")
    assert [json.loads(x)["id"] for x in one.splitlines()] == IDS
    assert r1.stdout == r2.stdout


def test_real_checker_structure(runner, in_tmp):
    r = invoke(runner, PAIRS, "-f", "jsonl", "--fail-on", "none")
    assert r.exit_code == 0, r.output
    for line in r.stdout.splitlines():
        row = json.loads(line)
        assert row["verdict"] in ("pass", "fail") and 0.0 <= row["score"] <= 1.0
        assert row["signature"].startswith("finsum ")
        for f in row["findings"]:
            assert f["kind"] and f["start"] <= f["end"]
