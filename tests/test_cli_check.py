"""`finsum check` / `finsum clean` end to end through the CLI (CliRunner), incl. bad input."""

import json
import subprocess
import sys
from pathlib import Path

import pytest

from summarizer.cli.app import app

SOURCE = (
    "LONDON, March 4 (Reuters) - Halvard Foods said on Tuesday its first-quarter revenue rose 8% "
    "to 2.4 billion pounds, beating analysts' forecasts of 2.3 billion pounds. Chief executive "
    "Mara Quint said the company would keep its full-year outlook. Shares rose 3.1% in London."
)
FAITHFUL = "Halvard Foods' Q1 revenue climbed 8% to £2.4bn, ahead of forecasts, and its shares gained 3.1%."
UNFAITHFUL = "Halvard Foods' first-quarter revenue rose 8% to £4.2bn on Tuesday.\n\nI hope this helps!"


@pytest.fixture
def files(tmp_path):
    (tmp_path / "article.txt").write_text(SOURCE, encoding="utf-8")
    (tmp_path / "good.txt").write_text(FAITHFUL, encoding="utf-8")
    (tmp_path / "bad.txt").write_text(UNFAITHFUL, encoding="utf-8")
    return tmp_path


def test_faithful_summary_passes_exit_0(runner, files, in_tmp):
    r = runner.invoke(app, ["check", str(files / "good.txt"), "--source", str(files / "article.txt")])
    assert r.exit_code == 0, r.output
    assert "PASS" in r.output


def test_unfaithful_summary_fails_exit_1_with_json_contract(runner, files, in_tmp):
    r = runner.invoke(
        app, ["check", str(files / "bad.txt"), "--source", str(files / "article.txt"), "--format", "json"]
    )
    assert r.exit_code == 1, r.output
    data = json.loads(r.output)
    assert set(data) == {"verdict", "score", "findings", "signature", "faithful", "clean"}
    assert (data["faithful"], data["clean"]) == (False, False)
    assert data["verdict"] == "fail"
    assert 0.0 <= data["score"] <= 1.0
    assert data["signature"].startswith("finsum ")
    for f in data["findings"]:
        assert set(f) == {"kind", "severity", "start", "end", "text", "message", "evidence", "code"}
        assert UNFAITHFUL[f["start"]:f["end"]] == f["text"]
    kinds = {(f["kind"], f["text"]) for f in data["findings"]}
    assert ("number", "£4.2bn") in kinds
    assert ("leftover", "I hope this helps!") in kinds


def test_text_format_lists_each_finding_with_reason(runner, files, in_tmp):
    r = runner.invoke(app, ["check", str(files / "bad.txt"), "--source", str(files / "article.txt")])
    assert r.exit_code == 1
    assert "leftover" in r.output and "I hope this helps!" in r.output
    assert "FAIL" in r.output


def test_markdown_format(runner, files, in_tmp):
    r = runner.invoke(
        app, ["check", str(files / "bad.txt"), "-s", str(files / "article.txt"), "-f", "markdown"]
    )
    assert r.exit_code == 1
    assert r.output.startswith("### finsum check: ❌ FAIL")
    assert "| LEFT002 | leftover | error |" in r.output


def test_summary_from_stdin(runner, files, in_tmp):
    r = runner.invoke(
        app, ["check", "-", "--source", str(files / "article.txt"), "-f", "json"], input=FAITHFUL
    )
    assert r.exit_code == 0, r.output
    assert json.loads(r.output)["verdict"] == "pass"


def test_without_source_only_leftovers_run_and_report_says_so(runner, files, in_tmp):
    r = runner.invoke(app, ["check", str(files / "bad.txt")])
    assert r.exit_code == 1
    assert "No source given" in r.output
    r = runner.invoke(app, ["check", str(files / "bad.txt"), "-f", "json"])
    data = json.loads(r.output)
    assert {f["kind"] for f in data["findings"]} == {"leftover"}
    assert "source=no" in data["signature"]


def test_clean_prints_summary_without_leftovers(runner, files, in_tmp):
    r = runner.invoke(app, ["clean", str(files / "bad.txt")])
    assert r.exit_code == 0
    assert "I hope this helps" not in r.output
    assert r.output.startswith("Halvard Foods' first-quarter revenue rose 8% to £4.2bn on Tuesday.")


def test_clean_in_place(runner, files, in_tmp):
    r = runner.invoke(app, ["clean", "--in-place", str(files / "bad.txt")])
    assert r.exit_code == 0
    assert "I hope this helps" not in (files / "bad.txt").read_text(encoding="utf-8")


@pytest.mark.parametrize(
    "make, message",
    [
        (lambda p: p / "missing.txt", "not found"),
        (lambda p: p, "directory"),
        (lambda p: (p / "e.txt").write_text("") and p / "e.txt" or p / "e.txt", "empty"),
        (lambda p: (p / "b.bin").write_bytes(b"\x00\x01\x02binary") and p / "b.bin", "binary"),
        (lambda p: (p / "l.txt").write_bytes(b"caf\xe9 au lait") and p / "l.txt", "UTF-8"),
    ],
    ids=["missing", "directory", "empty", "binary", "invalid-utf8"],
)
def test_bad_summary_input_is_one_line_exit_2(runner, files, in_tmp, make, message):
    bad = make(files)
    r = runner.invoke(app, ["check", str(bad), "--source", str(files / "article.txt")])
    assert r.exit_code == 2
    err = r.stderr.strip()
    assert err.startswith("finsum: error:") and message in err
    assert len(err.splitlines()) == 1
    assert "Traceback" not in r.output


def test_empty_source_is_exit_2(runner, files, in_tmp):
    (files / "empty.txt").write_text("\n\n")
    r = runner.invoke(app, ["check", str(files / "good.txt"), "--source", str(files / "empty.txt")])
    assert r.exit_code == 2
    assert "source is empty" in r.stderr


def test_usage_errors_exit_2(runner, files, in_tmp):
    r = runner.invoke(app, ["check", str(files / "good.txt"), "-s", str(files / "article.txt"), "-f", "yaml"])
    assert r.exit_code == 2 and "unknown format" in r.stderr
    r = runner.invoke(app, ["check", "-", "--source", "-"], input="x")
    assert r.exit_code == 2
    r = runner.invoke(app, ["check", str(files / "good.txt"), "-s", str(files / "article.txt"), "--backend", "magic"])
    assert r.exit_code == 2 and "unknown backend" in r.stderr
    r = runner.invoke(app, ["check"])
    assert r.exit_code == 2


@pytest.mark.slow
def test_ten_megabyte_article_finishes(runner, files, in_tmp):
    big = files / "big.txt"
    with open(big, "w", encoding="utf-8") as fh:
        while fh.tell() < 10_000_000:
            fh.write(SOURCE + "\n\n")
    r = runner.invoke(app, ["check", str(files / "good.txt"), "--source", str(big), "-f", "json"])
    assert r.exit_code == 0, r.output
    assert json.loads(r.output)["verdict"] == "pass"


def test_help_is_fast_and_imports_no_heavy_library():
    code = (
        "import sys; from summarizer.cli.app import app; "
        "heavy = [m for m in ('torch', 'transformers', 'sentence_transformers') if m in sys.modules]; "
        "print(heavy)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"
    r = subprocess.run([sys.executable, "-m", "summarizer.cli.app", "--help"], capture_output=True, text=True)
    assert r.returncode == 0 and "check" in r.stdout


def test_a_lexical_check_imports_no_heavy_library():
    """A cold `finsum check --backend lexical` (and the backend resolution it skips) never
    imports torch or transformers: they alone cost seconds of start-up (issue 12); nor pydantic,
    which typer uses only for values that need converting (0.2 s of a cold check)."""
    root = Path(__file__).resolve().parents[1]
    code = (
        "import runpy, sys\n"
        "sys.argv = ['finsum', 'check', sys.argv[1], '--source', sys.argv[2], '--backend', 'lexical', '-f', 'json']\n"
        "try:\n    runpy.run_module('summarizer.cli.app', run_name='__main__')\n"
        "except SystemExit:\n    pass\n"
        "print([m for m in ('torch', 'transformers', 'sentence_transformers', 'pydantic') "
        "if m in sys.modules], file=sys.stderr)\n"
    )
    out = subprocess.run([sys.executable, "-c", code,
                          str(root / "fixtures/summaries/halvorsen_results.unfaithful.txt"),
                          str(root / "fixtures/articles/halvorsen_results.txt")],
                         capture_output=True, text=True, cwd=root, timeout=120)
    assert json.loads(out.stdout)["verdict"] == "fail"
    assert out.stderr.strip().splitlines()[-1] == "[]"


def test_version(runner):
    r = runner.invoke(app, ["--version"])
    assert r.exit_code == 0 and r.output.startswith("finsum 0.1.0")


def test_plain_text_output_marks_spans_when_colour_is_lost(runner, files, in_tmp):
    r = runner.invoke(app, ["check", str(files / "bad.txt"), "--source", str(files / "article.txt")])
    first = r.output.splitlines()[0]
    assert "[[£4.2bn]]" in first
    assert "[[I hope this helps!]]" in r.output
