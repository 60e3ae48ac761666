"""The HTML report in a real headless browser (Debian's chromium): the flagged spans are <mark>
elements in the rendered DOM and the inline filter script runs. Skipped only without chromium."""

from __future__ import annotations

import shutil
import subprocess
from html.parser import HTMLParser
from pathlib import Path

import pytest
from test_eval_cli import PAIRS, fake_check

from summarizer.cli.app import app

pytestmark = pytest.mark.slow


class _Dom(HTMLParser):
    def __init__(self):
        super().__init__()
        self.marks: list[dict] = []
        self.body: dict = {}
        self._in_mark = 0

    def handle_starttag(self, tag, attrs):
        if tag == "mark":
            self.marks.append({**dict(attrs), "text": ""})
            self._in_mark += 1
        elif tag == "body":
            self.body = dict(attrs)

    def handle_endtag(self, tag):
        if tag == "mark":
            self._in_mark -= 1

    def handle_data(self, data):
        if self._in_mark:
            self.marks[-1]["text"] += data


def _browser() -> str:
    exe = shutil.which("chromium") or shutil.which("chromium-browser")
    if exe is None:
        pytest.skip("chromium is not installed")
    return exe


def _dump_dom(exe: str, url: str, profile: Path) -> _Dom:
    proc = subprocess.run(
        [exe, "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
         "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-dev-shm-usage",
         f"--user-data-dir={profile}", "--virtual-time-budget=2000", "--dump-dom", url],
        capture_output=True, text=True, timeout=120,
    )
    assert proc.returncode == 0, proc.stderr[-2000:]
    dom = _Dom()
    dom.feed(proc.stdout)
    return dom


def test_html_report_in_headless_chromium(runner, tmp_path, monkeypatch):
    exe = _browser()
    monkeypatch.setattr("summarizer.evaluation.runner._check", fake_check)
    monkeypatch.chdir(tmp_path)
    result = runner.invoke(app, ["eval", PAIRS, "--output", "report.html", "--format", "json"])
    assert result.exit_code == 1, result.output
    url = (tmp_path / "report.html").resolve().as_uri()

    dom = _dump_dom(exe, url, tmp_path / "profile")
    assert dom.body.get("data-ready") == "1"  # the inline script ran
    assert dom.body.get("data-visible") == "12"
    leftovers = [m for m in dom.marks if "kind-leftover" in m["class"].split()]
    assert [m["text"] for m in leftovers] == [
        "I hope this helps!", "Let me know if you need anything else!", "I hope this helps!",
        "Hope this helps!"]
    assert all("sev-error" in m["class"].split() and m["title"] == "leftover (error): chatbot sign-off"
               for m in leftovers)
    warnings = [m for m in dom.marks if "sev-warning" in m["class"].split()]
    assert [m["text"] for m in warnings] == ["perhaps"]

    # #failing switches the filter on at load: only the four failing rows stay visible
    filtered = _dump_dom(exe, url + "#failing", tmp_path / "profile2")
    assert "only-failing" in filtered.body.get("class", "").split()
    assert filtered.body.get("data-visible") == "4"
