"""The `text` format written without rich (summarizer/formats/text_plain.py) is byte for byte
what rich writes on a console that is not a terminal, or is not used."""

from __future__ import annotations

import io
import json
import subprocess
import sys
from pathlib import Path

import pytest

from summarizer import check
from summarizer.formats import text_plain
from summarizer.formats.text_report import print_findings, print_report
from summarizer.settings import Settings

ROOT = Path(__file__).resolve().parents[1]


def _rich(fn, *args) -> str:
    from rich.console import Console

    buf = io.StringIO()
    fn(*args, Console(file=buf, highlight=False))
    return buf.getvalue()


def _pairs():
    for path in [ROOT / "fixtures/pairs.jsonl", ROOT / "tests/data/eval_pairs.jsonl",
                 *sorted((ROOT / "eval/data").glob("*.jsonl"))]:
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                row = json.loads(line)
                yield row["source"], row["summary"]


@pytest.fixture(autouse=True)
def _plain_env(monkeypatch):
    for key in text_plain._RICH_ENV:
        monkeypatch.delenv(key, raising=False)


def test_the_plain_text_is_what_rich_writes_on_every_pair():
    settings = Settings(backend="lexical")
    used = 0
    for source, summary in _pairs():
        for report in (check(source, summary, settings), check(None, summary, settings)):
            for name in (None, "summaries/a.txt"):
                plain = text_plain.report_text(report, name)
                if plain is not None:
                    used += 1
                    assert plain == _rich(lambda c, r=report, n=name: print_report(r, c, n))
                quiet = text_plain.findings(report, name)
                if quiet is not None:
                    assert quiet == _rich(lambda c, r=report, n=name: print_findings(r, c, n))
    assert used > 1000  # the plain path is the usual one, not the exception


@pytest.mark.parametrize("summary", [
    "Revenue rose 5% :rocket: to $4 billion, the company said.",  # an emoji code: replaced
    "Revenue rose 5%\tto $4 billion.",  # a tab: rich expands it
    "Revenue rose [bold]5%[/bold] to $4 billion.",  # markup-like brackets
    "Revenue rose 5% to $4 billion \\ a year.",  # a backslash
    "Revenue rose 5% to $4 billion\r\nin 2024.",  # a control character
    "Shares rose 4% to 10:30:00 :3: a.m.",
])
def test_hard_texts_are_written_as_rich_writes_them_or_left_to_rich(summary):
    source = "Revenue rose 5% to $4 billion in 2024, the company said. Shares rose 4%."
    report = check(source, summary, Settings(backend="lexical"))
    plain = text_plain.report_text(report, "x.txt")
    if plain is not None:
        assert plain == _rich(lambda c: print_report(report, c, "x.txt"))


def test_lines_rich_would_wrap_on_a_narrow_terminal_are_left_to_rich(monkeypatch):
    """rich takes the width of a terminal on standard input or error even when writing to a
    pipe: a verdict line wider than that is wrapped by rich, so the plain writer declines."""
    import os

    report = check(None, "Here is a summary: revenue rose 5%.", Settings(backend="lexical"))
    monkeypatch.setattr(os, "get_terminal_size", lambda fd: os.terminal_size((40, 20)))
    assert text_plain.report_text(report, "x.txt") is None
    monkeypatch.setattr(os, "get_terminal_size", lambda fd: os.terminal_size((120, 20)))
    plain = text_plain.report_text(report, "x.txt")
    assert plain is not None and "No source given" in plain


def test_a_plain_console_is_a_utf8_pipe_without_rich_overrides(monkeypatch):
    pipe = io.TextIOWrapper(io.BytesIO(), encoding="utf-8")
    assert text_plain.plain_console(pipe)
    assert not text_plain.plain_console(io.TextIOWrapper(io.BytesIO(), encoding="latin-1"))
    monkeypatch.setenv("FORCE_COLOR", "1")
    assert not text_plain.plain_console(pipe)


def test_a_piped_text_check_does_not_import_rich_console():
    code = (
        "import runpy, sys\n"
        "sys.argv = ['finsum', 'check', sys.argv[1], '--source', sys.argv[2]]\n"
        "try:\n    runpy.run_module('summarizer.cli.app', run_name='__main__')\n"
        "except SystemExit:\n    pass\n"
        "print('rich.console' in sys.modules, file=sys.stderr)\n"
    )
    env = {k: v for k, v in __import__("os").environ.items() if k not in text_plain._RICH_ENV}
    out = subprocess.run([sys.executable, "-c", code,
                          str(ROOT / "fixtures/summaries/halvorsen_results.unfaithful.txt"),
                          str(ROOT / "fixtures/articles/halvorsen_results.txt")],
                         capture_output=True, text=True, cwd=ROOT, timeout=120, env=env,
                         check=False)
    assert "[[Sure! Here's a concise summary of the article:]]" in out.stdout
    assert out.stderr.strip().splitlines()[-1] == "False"
