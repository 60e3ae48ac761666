"""`finsum eval --runner ray` gives the local runner's results, row for row: tested on a local
Ray instance (2 CPUs) with the real checker. The reading, reconciling and counting parts are
tested without Ray."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest
from conftest import FIXTURES, SHARED

from summarizer.cli.app import app
from summarizer.evaluation import ray_runner
from summarizer.evaluation.aggregate import aggregate
from summarizer.evaluation.io import FieldMap, read_rows
from summarizer.evaluation.runner import run_rows
from summarizer.settings import Settings

DATA = Path(__file__).parent / "data"


def _dataset(path: Path, n_frank: int = 24) -> Path:
    """Fixture pairs, benchmark rows whose articles repeat (some far apart), a broken line, a
    row without a summary, blank lines and a BOM: everything the reader has to keep apart."""
    lines = [json.loads(x) for x in (FIXTURES / "pairs.jsonl").read_text("utf-8").splitlines() if x]
    frank = SHARED / "benchmarks" / "frank_valid.jsonl"
    if frank.exists():
        with open(frank, encoding="utf-8") as fh:
            lines += [json.loads(x) for _, x in zip(range(n_frank), fh)]
    out = []
    for i, obj in enumerate(lines):
        obj = {k: obj[k] for k in ("id", "source", "summary", "reference", "label") if k in obj}
        out.append(json.dumps(obj, ensure_ascii=False))
        if i == 3:
            out += ["", '{"id": "broken", "summary": 3']
        if i == 5:
            out.append(json.dumps({"id": "nosummary", "source": obj["source"]}))
    out.append(json.dumps({**json.loads(out[0]), "id": "again-first-article"}))  # far apart
    out.append(json.dumps({**json.loads(out[1]), "id": "again-second-article"}))
    path.write_text("\ufeff" + "\n".join(out) + "\n", encoding="utf-8")
    return path


# --- without Ray --------------------------------------------------------------------------------


@pytest.mark.parametrize("split_bytes", [1, 700, 5000, 10**9])
def test_ranges_give_the_readers_rows_with_their_lines(tmp_path, split_bytes):
    path = _dataset(tmp_path / "d.jsonl")
    splits = ray_runner.scan_jsonl(path, split_bytes)
    if split_bytes == 1:  # a range a line (a blank line joins the next)
        assert len(splits) == len(path.read_bytes().rstrip(b"\n").split(b"\n")) - 1
    got = [r for s in splits for r in ray_runner.split_rows(s, FieldMap())]
    assert got == read_rows(path)
    assert any(r.error and r.error.startswith("broken JSON") for r in got)


def test_unreadable_datasets_are_one_line_input_errors(tmp_path):
    from summarizer.errors import InputError

    cases = {"missing.jsonl": None, "empty.jsonl": b" \n\n", "nul.jsonl": b"\x00\x01"}
    for name, data in cases.items():
        p = tmp_path / name
        if data is not None:
            p.write_bytes(data)
        with pytest.raises(InputError) as local:
            read_rows(p)
        with pytest.raises(InputError) as ray:
            ray_runner.scan_jsonl(p)
        assert str(ray.value) == str(local.value)
    # Bad bytes inside a line are that row's error, as locally.
    p = tmp_path / "latin.jsonl"
    p.write_bytes(b'{"a": "\xe9"}\n{"id": "ok", "source": "A.", "summary": "A."}\n')
    got = [r for s in ray_runner.scan_jsonl(p) for r in ray_runner.split_rows(s, FieldMap())]
    assert got == read_rows(p) and got[0].error.startswith("not valid UTF-8")


def test_aggregates_merged_block_by_block_give_the_aggregate(tmp_path):
    from summarizer.evaluation.aggregate import Aggregator

    path = _dataset(tmp_path / "d.jsonl")
    results = run_rows(read_rows(path), Settings(backend="lexical"))
    merged = Aggregator()
    for i in range(0, len(results), 5):
        block = Aggregator()
        for r in results[i:i + 5][::-1]:
            block.add(r)
        merged.merge(block)
    assert merged.result().to_dict() == aggregate(results).to_dict()
    assert merged.result().labelled == aggregate(results).labelled


def test_reconcile_keeps_one_line_per_id_in_input_order(tmp_path):
    p = tmp_path / "out.jsonl"
    rows = [{"id": f"r{i}", "line": i} for i in range(1, 6)]
    written = [rows[3], rows[0], rows[3], rows[4], rows[1], rows[2], rows[0]]
    p.write_text("".join(json.dumps(r) + "\n" for r in written) + '{"id": "r9", "li', "utf-8")
    assert ray_runner.reconcile(p, [(r["id"], r["line"]) for r in rows]) == 5
    assert [json.loads(x) for x in p.read_text("utf-8").splitlines()] == rows


def test_runner_ray_without_ray_installed_is_one_line(runner, in_tmp, monkeypatch):
    monkeypatch.setitem(sys.modules, "ray", None)  # import ray -> ImportError
    r = runner.invoke(app, ["eval", str(DATA / "eval_pairs.jsonl"), "--runner", "ray"])
    assert r.exit_code == 2
    lines = [x for x in r.stderr.splitlines() if x.strip()]
    assert len(lines) == 1 and "pip install 'finsum[ray]'" in lines[0], r.stderr


def test_runner_options_are_checked(runner, in_tmp):
    pairs = str(DATA / "eval_pairs.jsonl")
    r = runner.invoke(app, ["eval", pairs, "--runner", "spark"])
    assert r.exit_code == 2 and "--runner" in r.stderr
    r = runner.invoke(app, ["eval", pairs, "--ray-address", "auto"])
    assert r.exit_code == 2 and "--ray-address needs --runner ray" in r.stderr


def test_resume_reads_a_repeated_identical_result_once_and_refuses_a_conflicting_one(tmp_path):
    from summarizer.errors import InputError
    from summarizer.evaluation.runner import load_finished

    path = _dataset(tmp_path / "d.jsonl")
    results = [r.to_dict() for r in run_rows(read_rows(path)[:3], Settings(backend="lexical"))]
    out = tmp_path / "out.jsonl"
    # A retried Ray block writes the same result again: one result.
    out.write_text("".join(json.dumps(d) + "\n" for d in results + [results[1]]), "utf-8")
    done, cut = load_finished(out)
    assert sorted(done) == sorted(d["id"] for d in results) and cut is None
    # Two different results for one id: refused, the file untouched.
    other = {**results[1], "verdict": "fail" if results[1]["verdict"] == "pass" else "pass"}
    text = "".join(json.dumps(d) + "\n" for d in results + [other])
    out.write_text(text, "utf-8")
    with pytest.raises(InputError, match="a second result for id"):
        load_finished(out)
    assert out.read_text("utf-8") == text


def test_duplicate_ids_are_refused_under_both_runners_before_any_work(runner, in_tmp, monkeypatch):
    pytest.importorskip("ray")
    path = _dataset(in_tmp / "d.jsonl")
    with open(path, "a", encoding="utf-8") as fh:  # the first row's id again, on the last line
        first = json.loads(path.read_text("utf-8").lstrip("\ufeff").splitlines()[0])
        fh.write(json.dumps({**first, "summary": "Another summary."}) + "\n")
    last = len(path.read_text("utf-8").splitlines())

    def no_ray(*a, **k):
        raise AssertionError("Ray was started for a dataset with a duplicate id")

    monkeypatch.setattr(ray_runner, "connect", no_ray)
    for extra in ([], ["--runner", "ray"]):
        r = runner.invoke(app, ["eval", str(path), "-o", "out.jsonl", "--backend", "lexical", *extra])
        assert r.exit_code == 2, (extra, r.stderr)
        lines = [x for x in r.stderr.splitlines() if x.strip()]
        assert len(lines) == 1 and lines[0].startswith("finsum: error:"), r.stderr
        assert f"{first['id']!r} appears on lines 1 and {last}" in lines[0]
        assert not Path("out.jsonl").exists()


# --- on a local Ray -----------------------------------------------------------------------------


@pytest.fixture(scope="module")
def local_ray():
    ray = pytest.importorskip("ray")
    pytest.importorskip("ray.data")
    ray.init(num_cpus=2, include_dashboard=False, log_to_driver=False)
    yield ray
    ray.shutdown()


def _local_and_ray(runner, path, *extra):
    extra = ("--backend", "lexical", *extra)
    local = runner.invoke(app, ["eval", str(path), "-o", "local.jsonl", "-o", "local.html",
                                "-f", "json", *extra])
    ray = runner.invoke(app, ["eval", str(path), "-o", "ray.jsonl", "-o", "ray.html",
                              "-f", "json", "--runner", "ray", *extra])
    return local, ray


@pytest.mark.slow
def test_ray_runner_gives_the_local_runners_rows_and_outputs(local_ray, runner, in_tmp):
    path = _dataset(in_tmp / "d.jsonl")
    local, ray = _local_and_ray(runner, path)
    assert local.exit_code == ray.exit_code == 2  # the broken rows
    assert ray.stdout == local.stdout  # aggregates (json)
    assert Path("ray.jsonl").read_text("utf-8") == Path("local.jsonl").read_text("utf-8")
    errors = sorted(x for x in ray.stderr.splitlines() if x.startswith("finsum: error:"))
    assert errors == sorted(x for x in local.stderr.splitlines() if x.startswith("finsum: error:"))
    assert any(":6: broken JSON" in x for x in errors)  # file:line kept (BOM, blank line)
    assert _html("ray.html") == _html("local.html")


def _html(path: str) -> str:
    """The HTML report less its speed line (which differs between any two runs)."""
    import re

    return re.sub(r"<tr><td>speed</td>.*?</tr>", "", Path(path).read_text("utf-8"))


@pytest.mark.slow
def test_ray_runner_on_csv_and_with_gates(local_ray, runner, in_tmp):
    local, ray = _local_and_ray(runner, DATA / "eval_pairs.csv", "--source-field", "article",
                                "--summary-field", "text", "--fail-under", "0.5")
    assert local.exit_code == ray.exit_code == 2, local.stderr  # one row has an empty summary
    assert ":7: field 'text' is empty" in ray.stderr
    assert ray.stdout == local.stdout
    assert Path("ray.jsonl").read_text("utf-8") == Path("local.jsonl").read_text("utf-8")


@pytest.mark.slow
def test_ray_resume_after_an_interrupted_run_loses_and_duplicates_nothing(local_ray, in_tmp):
    path = _dataset(in_tmp / "d.jsonl")
    settings = Settings(backend="lexical")
    rows = read_rows(path)
    expected = [r.to_dict() for r in run_rows(rows, settings)]
    # An interrupted run wrote some blocks in completion order: a row twice (a retried task)
    # and half a line at the end (killed mid-write).
    out = in_tmp / "out.jsonl"
    part = [expected[7], expected[2], expected[7], expected[0]]
    out.write_text("".join(json.dumps(d) + "\n" for d in part) + json.dumps(expected[3])[:30],
                   "utf-8")
    from summarizer.evaluation.runner import cut_partial_line, load_finished

    done, cut = load_finished(out)  # the repeated line is one result
    assert sorted(done) == sorted(expected[i]["id"] for i in (0, 2, 7))
    cut_partial_line(out, cut)
    checked = []
    from summarizer.formats.batch_jsonl import JsonlWriter

    with JsonlWriter(out, append=True) as w:
        def on_block(block):
            checked.extend(r.id for r in block)
            for r in block:
                w.write(r)

        run = ray_runner.run_on_ray(path, FieldMap(), settings, done=done, on_block=on_block,
                                    split_bytes=3000)
    assert sorted(checked) == sorted(d["id"] for d in expected if d["id"] not in done)
    ray_runner.reconcile(out, [(r.id, r.line) for r in run.results])
    assert [json.loads(x) for x in out.read_text("utf-8").splitlines()] == expected
    assert aggregate(run.results).to_dict() == aggregate(run_rows(rows, settings)).to_dict()


@pytest.mark.slow
def test_ray_resume_refuses_results_for_rows_that_changed(local_ray, runner, in_tmp):
    path = _dataset(in_tmp / "d.jsonl")
    args = ["eval", str(path), "-o", "out.jsonl", "--backend", "lexical", "--runner", "ray"]
    assert runner.invoke(app, args).exit_code == 2  # the broken rows
    lines = path.read_text("utf-8").splitlines()
    row = json.loads(lines[1])
    lines[1] = json.dumps({**row, "summary": row["summary"] + " Shares fell 90%."})
    path.write_text("\n".join(lines) + "\n", "utf-8")
    before = Path("out.jsonl").read_bytes()
    r = runner.invoke(app, args + ["--resume"])
    assert r.exit_code == 2 and f"{row['id']!r} was computed from different input" in r.stderr
    assert Path("out.jsonl").read_bytes() == before
