"""`finsum summarize`: single article (text/json), batch JSON Lines, errors, offline fallback."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest

from summarizer.cli.app import app

ARTICLE = """NEW YORK (Reuters) - Acme Corp reported a 12% rise in quarterly revenue on Tuesday, helped by strong demand for its cloud software.
Net income rose to $1.2 billion from $1.0 billion a year earlier, the company said.
Chief Executive Jane Porter said she expected demand to stay strong next year.
Shares of Acme rose 5% in extended trading after the results.
The company also raised its full-year revenue forecast.
(Reporting by John Smith; Editing by Mary Jones)
"""


@pytest.fixture
def article_file(in_tmp):
    p = in_tmp / "article.txt"
    p.write_text(ARTICLE, encoding="utf-8")
    return p


def test_extractive_json(runner, article_file):
    r = runner.invoke(app, ["summarize", str(article_file), "--engine", "extractive",
                            "--max-words", "40", "--format", "json"])
    assert r.exit_code == 0, r.output
    data = json.loads(r.stdout)
    assert set(data) == {"summary", "engine", "model", "findings", "verdict"}
    assert data["engine"] == "extractive"
    assert data["summary"].startswith("Acme Corp reported a 12% rise")
    assert len(data["summary"].split()) <= 40
    assert data["verdict"] == "pass"
    assert [f for f in data["findings"] if f["severity"] == "error"] == []


def test_extractive_text_from_stdin(runner, in_tmp):
    r = runner.invoke(app, ["summarize", "-", "--engine", "extractive", "-n", "30"], input=ARTICLE)
    assert r.exit_code == 0, r.output
    assert "Acme Corp reported a 12% rise" in r.stdout
    assert "PASS" in r.stdout
    assert "engine: extractive" in r.stdout


def test_missing_article_exits_2(runner, in_tmp):
    r = runner.invoke(app, ["summarize", "nope.txt", "--engine", "extractive"])
    assert r.exit_code == 2
    assert "article not found: nope.txt" in r.stderr


@pytest.mark.parametrize("args, message", [
    (["--engine", "magic"], "unknown engine 'magic'"),
    (["--device", "tpu"], "unknown device 'tpu'"),
    (["--format", "xml"], "unknown format 'xml'"),
])
def test_bad_options_exit_2(runner, article_file, args, message):
    r = runner.invoke(app, ["summarize", str(article_file), *args])
    assert r.exit_code == 2
    assert message in r.stderr


def test_fail_on_findings(runner, article_file, monkeypatch):
    from summarizer.findings import Finding, Report

    def fake_check(source, summary, settings=None):
        return Report(summary, [Finding.at(summary, 0, 4, "number", "made up")], 0.1, "sig")

    monkeypatch.setattr("summarizer.checker.check", fake_check)
    base = ["summarize", str(article_file), "--engine", "extractive", "--format", "json"]
    r = runner.invoke(app, base)
    assert r.exit_code == 0
    assert json.loads(r.stdout)["verdict"] == "fail"
    r = runner.invoke(app, base + ["--fail-on-findings"])
    assert r.exit_code == 1
    assert json.loads(r.stdout)["findings"][0]["text"] == "Acme"


def test_batch_rows_ids_and_malformed_lines(runner, in_tmp):
    data = in_tmp / "data.jsonl"
    lines = [
        json.dumps({"id": "a", "source": ARTICLE}),
        "{not json",
        "",
        json.dumps({"id": "b", "article": ARTICLE}),
        json.dumps({"id": "c", "title": "no text"}),
        json.dumps([1, 2]),
    ]
    data.write_text("\n".join(lines) + "\n", encoding="utf-8")
    out = in_tmp / "out.jsonl"
    r = runner.invoke(app, ["summarize", str(data), "--output", str(out), "--engine", "extractive",
                            "-n", "30"])
    assert r.exit_code == 2  # bad rows: reported, skipped, exit 2 at the end
    rows = [json.loads(x) for x in out.read_text(encoding="utf-8").splitlines()]
    assert [row.get("id") for row in rows] == ["a", None, "b", "c", None]
    assert rows[0]["engine"] == "extractive" and rows[0]["verdict"] == "pass"
    assert rows[0]["summary"] == rows[2]["summary"]
    assert set(rows[0]) == {"id", "summary", "engine", "model", "findings", "verdict"}
    assert rows[1]["line"] == 2 and "not valid JSON" in rows[1]["error"]
    assert rows[3]["line"] == 5 and "no article text" in rows[3]["error"]
    assert rows[4]["line"] == 6 and "expected a JSON object" in rows[4]["error"]
    assert "line 2: not valid JSON" in r.stderr
    assert "3 of 5 rows could not be summarized" in r.stderr


def test_batch_source_field_and_clean_exit(runner, in_tmp):
    data = in_tmp / "data.jsonl"
    data.write_text(json.dumps({"id": 7, "body": ARTICLE, "source": "x"}) + "\n", encoding="utf-8")
    out = in_tmp / "out.jsonl"
    r = runner.invoke(app, ["summarize", str(data), "-o", str(out), "--engine", "extractive",
                            "--source-field", "body"])
    assert r.exit_code == 0, r.output
    (row,) = [json.loads(x) for x in out.read_text(encoding="utf-8").splitlines()]
    assert row["id"] == 7 and row["summary"].startswith("Acme Corp")


def _run_cli(args, tmp_path, extra_env=None, stdin=None):
    env = dict(os.environ, HF_HUB_OFFLINE="1", HF_HOME=str(tmp_path / "hf"), NO_COLOR="1")
    env.update(extra_env or {})
    return subprocess.run(
        [sys.executable, "-m", "summarizer.cli.app", *args], input=stdin, capture_output=True,
        text=True, env=env, cwd=str(tmp_path), timeout=120,
    )


@pytest.mark.slow
def test_auto_falls_back_offline_with_one_line(tmp_path):
    (tmp_path / "a.txt").write_text(ARTICLE, encoding="utf-8")
    p = _run_cli(["summarize", "a.txt", "--model", "unknown-owner/unknown-model", "-f", "json"],
                 tmp_path)
    assert p.returncode == 0, p.stderr
    notes = [line for line in p.stderr.splitlines() if line.strip()]
    assert len(notes) == 1, p.stderr
    assert "unknown-owner/unknown-model" in notes[0] and "extractive" in notes[0]
    assert "hf download unknown-owner/unknown-model" in notes[0]
    assert json.loads(p.stdout)["engine"] == "extractive"


@pytest.mark.slow
def test_abstractive_without_model_exits_2_with_one_line(tmp_path):
    (tmp_path / "a.txt").write_text(ARTICLE, encoding="utf-8")
    p = _run_cli(["summarize", "a.txt", "--engine", "abstractive", "--model", "unknown/id"],
                 tmp_path)
    assert p.returncode == 2
    lines = [line for line in p.stderr.splitlines() if line.strip()]
    assert len(lines) == 1, p.stderr
    assert lines[0].startswith("finsum: error: summarization model 'unknown/id'")
    assert str(tmp_path / "hf") in lines[0]  # where it looked
    assert "hf download unknown/id" in lines[0]  # what to do
    assert p.stdout == ""
