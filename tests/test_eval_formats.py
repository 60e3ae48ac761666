"""Batch formats on hand-built results: escaping and structure, parsed back with the standard
library (csv, xml.etree, json) rather than compared as strings."""

from __future__ import annotations

import csv
import io
import json
import xml.etree.ElementTree as ET

import pytest

from summarizer.evaluation.aggregate import aggregate
from summarizer.evaluation.gates import GateOptions, evaluate_gates
from summarizer.evaluation.outputs import format_for_path, render
from summarizer.evaluation.runner import BatchRun, RowResult
from summarizer.findings import Finding, Report
from summarizer.formats.batch_github import annotations, command, escape_data, escape_property
from summarizer.formats.batch_html import highlight

SUMMARY = "Acme <b>rose</b> 9%, a record.\nI hope this helps!"


def _run(extra_rows=()):
    s = SUMMARY
    f_num = Finding.at(s, s.index("9%"), s.index("9%") + 2, "number", "9% is not in the source (it says 5%)",
                       evidence="Acme rose 5% & more")
    f_left = Finding.at(s, s.index("I hope"), len(s), "leftover", "chatbot sign-off | not news")
    f_warn = Finding.at(s, 0, s.index(","), "unsupported", "weakly supported", severity="warning")
    bad = RowResult(line=3, id='id,with:"odd"\nchars', summary=s, label=0, signature="sig",
                    report=Report(s, [f_warn, f_num, f_left], 0.25, "sig"))
    good = RowResult(line=1, id="ok", summary="Fine.", label=1, signature="sig",
                     rouge={"rouge1": 0.5, "rouge2": 0.25, "rougeLsum": 0.5},
                     report=Report("Fine.", [], 0.9, "sig"))
    broken = RowResult(line=5, id="line-5", error="broken JSON: Expecting value (column 1)\x01")
    results = [good, bad, broken, *extra_rows]
    agg = aggregate(results)
    gate = evaluate_gates(agg, results, GateOptions())
    return BatchRun(data="data/my,set:1.jsonl", results=results, aggregate=agg, gate=gate,
                    signature="finsum 0.1.0|backend=lexical", elapsed=2.0, evaluated=3)


def test_suffixes_pick_formats():
    assert [format_for_path(p) for p in ("a.jsonl", "a.json", "a.CSV", "a.md", "a.xml", "a.html")] == [
        "jsonl", "json", "csv", "markdown", "junit", "html"]


def test_github_escaping_follows_workflow_command_rules():
    assert escape_data("50% up\r\nnext") == "50%25 up%0D%0Anext"
    assert escape_property("a,b:c%\n") == "a%2Cb%3Ac%25%0A"
    assert command("error", "x: y, z", file="d,1.jsonl", line=4, title="t:1") == \
        "::error file=d%2C1.jsonl,line=4,title=t%3A1::x: y, z"


def test_github_annotations_point_at_the_input_line():
    lines = annotations(_run())
    assert all(line.startswith("::") for line in lines)
    row3 = [line for line in lines if ",line=3," in line]
    assert len(row3) == 3
    assert row3[0].startswith("::warning file=data/my%2Cset%3A1.jsonl,line=3,title=finsum unsupported (warning)::")
    assert any("title=finsum number (error)::" in line and "%0Asource: Acme rose 5%25 & more" in line
               for line in row3)
    assert any(line.startswith("::error file=data/my%2Cset%3A1.jsonl,line=5,title=finsum%3A malformed row::")
               for line in lines)
    assert lines[-1].startswith("::error title=finsum eval ERROR::")
    assert not any("\n" in line or "\r" in line for line in lines)


def test_junit_parses_and_carries_findings():
    root = ET.fromstring(render("junit", _run()).encode("utf-8"))
    suite = root.find("testsuite")
    assert suite.get("tests") == "3" and suite.get("failures") == "1" and suite.get("errors") == "1"
    props = {p.get("name"): p.get("value") for p in suite.iter("property")}
    assert props["signature"] == "finsum 0.1.0|backend=lexical"
    cases = suite.findall("testcase")
    assert [c.get("line") for c in cases] == ["1", "3", "5"]
    assert cases[0].find("failure") is None and cases[0].find("error") is None
    failure = cases[1].find("failure")
    assert cases[1].get("name") == 'id,with:"odd"\nchars'
    assert "2 error findings" in failure.get("message")
    assert "number [" in failure.text and "leftover" in failure.text and "source: Acme rose 5% & more" in failure.text
    assert cases[2].find("error").get("message").startswith("broken JSON")  # control char replaced


def test_csv_round_trips_through_the_csv_module():
    rows = list(csv.DictReader(io.StringIO(render("csv", _run()), newline="")))
    assert [r["id"] for r in rows] == ["ok", 'id,with:"odd"\nchars', "line-5"]
    ok, bad, broken = rows
    assert (ok["verdict"], ok["score"], ok["rouge2"], ok["label"], ok["kinds"]) == ("pass", "0.9000", "0.2500", "1", "")
    assert (bad["verdict"], bad["n_errors"], bad["n_warnings"], bad["kinds"]) == ("fail", "2", "1", "leftover;number;unsupported")
    assert bad["rouge1"] == "" and broken["verdict"] == "error" and broken["error"].startswith("broken JSON")


def test_json_is_the_aggregate_with_the_signature():
    d = json.loads(render("json", _run()))
    assert (d["rows"], d["passed"], d["failed"], d["errors"]) == (3, 1, 1, 1)
    assert d["signature"] == "finsum 0.1.0|backend=lexical"
    assert d["labels"]["balanced_accuracy"] == 1.0


def test_jsonl_lines_hold_each_row():
    lines = render("jsonl", _run()).splitlines()
    rows = [json.loads(x) for x in lines]
    assert [r["verdict"] for r in rows] == ["pass", "fail", "error"]
    assert rows[1]["findings"][1]["text"] == "9%" and rows[1]["line"] == 3
    assert rows[2]["error"].startswith("broken JSON") and rows[2]["score"] is None


def test_markdown_lists_failing_rows_and_escapes_pipes_and_html():
    md = render("markdown", _run())
    assert "| rows | 3 |" in md and "| failed | 1 |" in md
    assert "#### Failing rows (2)" in md
    assert "chatbot sign-off \\| not news" in md
    assert 'id,with:"odd" chars' in md  # newline in a cell flattened
    assert "⚠️ ERROR" in md


def test_text_shows_aggregates_failures_and_verdict():
    out = render("text", _run())
    assert "pass rate" in out and "33.3%" in out
    assert "line-5" in out and "ERROR" in out


def test_html_highlight_splits_overlaps_and_escapes():
    s = "a <x> b c"
    f1 = Finding.at(s, 2, 7, "entity", 'bad "name" <here>')
    f2 = Finding.at(s, 6, 9, "number", "bad number", severity="warning")
    out = highlight(s, [f1, f2])
    # f1 covers "<x> b", f2 covers "b c": three marks, "b" carries both findings
    assert out.startswith('a <mark class="kind-entity sev-error" data-findings="1" title="entity (error): '
                          'bad &quot;name&quot; &lt;here&gt;">&lt;x&gt; </mark>')
    assert '<mark class="kind-entity kind-number sev-error" data-findings="1 2"' in out
    assert '>b</mark>' in out
    assert out.endswith('title="number (warning): bad number"> c</mark>')
    assert "<x>" not in out


def test_html_page_is_standalone_and_escaped():
    page = render("html", _run())
    assert "<script>" in page and "<style>" in page
    assert "http://" not in page and "https://" not in page and "<link" not in page
    assert "&lt;b&gt;rose&lt;/b&gt;" in page and "<b>rose</b>" not in page
    assert '>9%</mark>' in page and '>I hope this helps!</mark>' in page
    assert 'data-verdict="error"' in page and "Could not evaluate: broken JSON" in page


@pytest.mark.parametrize("fmt", ["text", "json", "jsonl", "csv", "markdown", "junit", "github", "html"])
def test_every_format_renders_a_batch_with_only_error_rows(fmt):
    results = [RowResult(line=1, id="x", error="missing field 'summary'")]
    agg = aggregate(results)
    run = BatchRun("d.jsonl", results, agg, evaluate_gates(agg, results, GateOptions()), "sig")
    assert "x" in render(fmt, run) or fmt == "json"


@pytest.mark.parametrize("fmt", ["csv", "html", "junit"])
def test_row_formats_are_written_as_the_rows_are_read(fmt, tmp_path):
    """html, csv and junit stream (issue 10): a piece at a time (csv: 64 KB), the same text as
    render()."""
    from summarizer.evaluation.outputs import chunks, write

    run = _run()
    pulled = []

    class Rows:  # a results store read once, front to back
        def __iter__(self):
            for r in _run().results:
                pulled.append(r.id)
                yield r

    lazy = BatchRun(run.data, Rows(), run.aggregate, run.gate, run.signature, run.elapsed, run.evaluated)
    pieces = chunks(fmt, lazy)
    first = next(pieces)
    if fmt != "csv":  # csv goes out in 64 KB pieces
        assert len(pulled) <= 1  # the head goes out before the rows are read
    assert first + "".join(pieces) == render(fmt, run)
    assert len(pulled) == len(run.results)
    out = tmp_path / f"out.{ {'junit': 'xml'}.get(fmt, fmt) }"
    write(out, run)
    assert out.read_text(encoding="utf-8") == render(fmt, run)
