"""`finsum eval`: check a batch of (source, summary) pairs, aggregate, write reports, gate CI.

The work lives in summarizer/evaluation (io, runner, aggregate, gates, outputs) and
summarizer/formats/batch_*.py; this module only wires options to them."""

from __future__ import annotations

import sys
import time
from typing import List, Optional

import typer

from .errors import cli_errors, fail


def _say(console, message: str) -> None:
    """One plain line on standard error (no wrapping, no markup), around the progress bar."""
    console.print(message, soft_wrap=True, markup=False, highlight=False, emoji=False)


@cli_errors
def eval_command(
    data: str = typer.Argument(..., help="Dataset: JSON Lines, CSV, or a .json list of objects."),
    output: Optional[List[str]] = typer.Option(
        None, "--output", "-o",
        help="Write a report here; the format comes from the suffix "
             "(.jsonl .json .csv .md .xml .html). Repeatable.",
    ),
    format: str = typer.Option(
        "text", "--format", "-f",
        help="Standard output format: text, json, jsonl, csv, markdown, junit, github or html.",
    ),
    source_field: str = typer.Option("source", "--source-field", help="Field holding the source article."),
    summary_field: str = typer.Option("summary", "--summary-field", help="Field holding the summary."),
    id_field: str = typer.Option("id", "--id-field", help="Field holding the row id (default: line-N)."),
    reference_field: str = typer.Option(
        "reference", "--reference-field", help="Field holding a human reference summary (for ROUGE)."
    ),
    label_field: str = typer.Option(
        "label", "--label-field", help="Field holding the label (1 = faithful, 0 = not)."
    ),
    fail_under: Optional[str] = typer.Option(
        None, "--fail-under", help="Fail when the pass rate is below this (0.9 or 90%)."
    ),
    fail_on: Optional[str] = typer.Option(
        None, "--fail-on",
        help="Fail when any row has an error (or any warning) finding: error, warning or none. "
             "Default: error when no other gate is given, else none.",
    ),
    min_rouge1: Optional[str] = typer.Option(None, "--min-rouge1", help="Fail when mean ROUGE-1 F1 is below this."),
    min_rouge2: Optional[str] = typer.Option(None, "--min-rouge2", help="Fail when mean ROUGE-2 F1 is below this."),
    min_rougeL: Optional[str] = typer.Option(
        None, "--min-rougeL", "--min-rougel", help="Fail when mean ROUGE-Lsum F1 is below this."
    ),
    min_balanced_accuracy: Optional[str] = typer.Option(
        None, "--min-balanced-accuracy", help="Fail when balanced accuracy on the labels is below this."
    ),
    jobs: Optional[int] = typer.Option(
        None, "--jobs", "-j",
        help="Worker processes (results keep input order; default 1). With --runner ray: "
             "the most Ray workers (default: every CPU of the Ray cluster).",
    ),
    runner: str = typer.Option(
        "local", "--runner",
        help="local (this machine, --jobs processes) or ray (Ray Data: a local Ray instance, "
             "or the cluster at --ray-address; needs pip install 'finsum[ray]').",
    ),
    ray_address: Optional[str] = typer.Option(
        None, "--ray-address",
        help="The Ray cluster to run on with --runner ray (e.g. ray://head:10001, or auto); "
             "default: start a local Ray instance.",
    ),
    resume: bool = typer.Option(
        False, "--resume", help="Skip ids already in the --output .jsonl file and append the rest."
    ),
    backend: Optional[str] = typer.Option(
        None, "--backend", help="Support backend: finsum (its own model; the default when installed), lexical, embedding or nli."
    ),
    model: Optional[str] = typer.Option(None, "--model", help="Model directory (finsum train output) or hub id/path for the embedding/nli backend."),
    checks: Optional[str] = typer.Option(None, "--checks", help="Comma-separated checks to run (default: all)."),
) -> None:
    """Evaluate every (source, summary) pair in DATA; print aggregates and gate CI on them.

    Exit 0 when every gate holds, 1 when one fails, 2 for usage or input errors (including
    malformed rows, which are reported and kept as error rows while the rest are evaluated)."""
    from rich.console import Console

    from ..evaluation import outputs
    from ..evaluation.gates import GateOptions, evaluate_gates, parse_fraction
    from ..evaluation.io import FieldMap, read_rows
    from ..evaluation.runner import BatchRun, check_resumable, load_finished
    from ..settings import load_settings, parse_checks

    # Everything that can be wrong with the options is reported before any work is done.
    fmt = outputs.check_format(format)
    targets = [(p, outputs.format_for_path(p)) for p in (output or [])]
    gate_options = GateOptions(
        fail_under=parse_fraction(fail_under, "--fail-under"),
        fail_on=fail_on.strip().lower() if fail_on is not None else None,
        min_rouge1=parse_fraction(min_rouge1, "--min-rouge1"),
        min_rouge2=parse_fraction(min_rouge2, "--min-rouge2"),
        min_rougeL=parse_fraction(min_rougeL, "--min-rougeL"),
        min_balanced_accuracy=parse_fraction(min_balanced_accuracy, "--min-balanced-accuracy"),
    )
    if jobs is not None and jobs < 1:
        raise fail(f"--jobs must be at least 1, got {jobs}")
    runner = runner.strip().lower()
    if runner not in ("local", "ray"):
        raise fail(f"unknown --runner {runner!r} (choose local or ray)")
    if ray_address is not None and runner != "ray":
        raise fail("--ray-address needs --runner ray")
    if runner == "ray":
        from ..evaluation.ray_runner import import_ray

        import_ray()  # not installed: one line saying how to install it, before any work
    jsonl_paths = [p for p, f in targets if f == "jsonl"]
    if resume and len(jsonl_paths) != 1:
        raise fail("--resume needs exactly one --output FILE.jsonl to resume from")
    settings = load_settings(
        backend=backend,
        model=model,
        checks=parse_checks(checks),
    )
    signature = settings.signature(source_given=True)
    fields = FieldMap(source_field, summary_field, id_field, reference_field, label_field)
    rows = read_rows(data, fields) if runner == "local" else None

    done = {}
    if resume:
        done = load_finished(jsonl_paths[0])
        check_resumable(done, signature, jsonl_paths[0])

    err = Console(stderr=True)
    if runner == "ray":
        results, agg, evaluated, elapsed = _eval_on_ray(
            data, fields, settings, done, jsonl_paths, resume, fmt == "jsonl", err,
            ray_address, jobs,
        )
    else:
        results, agg, evaluated, elapsed = _eval_local(
            data, rows, settings, done, jsonl_paths, resume, fmt == "jsonl", err, jobs or 1,
        )

    gate = evaluate_gates(agg, results, gate_options)
    run = BatchRun(data=data, results=results, aggregate=agg, gate=gate, signature=signature,
                   elapsed=elapsed, evaluated=evaluated)
    for path, f in targets:
        if f != "jsonl":
            outputs.write(path, run)

    if fmt == "text":
        from ..formats.batch_text import print_run

        print_run(run, Console(highlight=False))
    elif fmt != "jsonl":
        sys.stdout.write(outputs.render(fmt, run))
        sys.stdout.flush()
    if fmt == "github":
        from ..formats.batch_github import append_step_summary

        append_step_summary(run)
    if fmt not in ("text", "markdown", "github"):
        # Machine formats keep standard output clean; the verdict goes to standard error.
        _say(err, f"finsum eval: {gate.describe()}")
    raise typer.Exit(gate.exit_code)


def _eval_local(data, rows, settings, done, jsonl_paths, resume, jsonl_stdout, err, jobs):
    """The local runner: rows in input order over `jobs` processes, each result written (and
    its error line said) as it finishes. Returns (results, aggregate, evaluated, seconds)."""
    from ..evaluation.aggregate import aggregate
    from ..evaluation.runner import run_rows
    from ..formats.batch_jsonl import JsonlWriter

    writers = [JsonlWriter(p, append=resume) for p in jsonl_paths]
    stdout_writer = JsonlWriter(sys.stdout) if jsonl_stdout else None
    counts = {"finished": 0, "fresh": 0}
    start = time.perf_counter()
    try:
        from rich.progress import (
            BarColumn,
            MofNCompleteColumn,
            Progress,
            TextColumn,
            TimeRemainingColumn,
        )

        with Progress(
            TextColumn("finsum eval"), BarColumn(), MofNCompleteColumn(), TimeRemainingColumn(),
            console=err, transient=True, disable=not err.is_terminal,
        ) as progress:
            task = progress.add_task("eval", total=len(rows), completed=len(done.keys() & {r.id for r in rows}))

            def on_result(result, fresh: bool) -> None:
                if fresh:
                    for w in writers:
                        w.write(result)
                    counts["fresh"] += 1
                    progress.advance(task)
                if stdout_writer is not None:
                    stdout_writer.write(result)
                if result.error is not None:
                    _say(progress.console, f"finsum: error: {data}:{result.line}: {result.error}")
                counts["finished"] += 1

            results = run_rows(rows, settings, jobs=jobs, done=done, on_result=on_result)
    except KeyboardInterrupt:
        where = f"; finished rows are in {jsonl_paths[0]} (rerun with --resume)" if jsonl_paths else ""
        _say(err, f"finsum: interrupted after {counts['finished']} of {len(rows)} rows{where}")
        raise typer.Exit(130) from None
    finally:
        for w in writers:
            w.close()
    elapsed = time.perf_counter() - start
    return results, aggregate(results), counts["fresh"], elapsed


def _eval_on_ray(data, fields, settings, done, jsonl_paths, resume, jsonl_stdout, err,
                 address, jobs):
    """The Ray runner (summarizer/evaluation/ray_runner.py): each finished block appended to the
    --output .jsonl as it arrives, which is then rewritten in input order, one line per id."""
    from ..evaluation.ray_runner import reconcile, run_on_ray
    from ..formats.batch_jsonl import JsonlWriter

    writers = [JsonlWriter(p, append=resume) for p in jsonl_paths]
    finished = {"n": 0}

    def on_block(block) -> None:
        for result in block:
            for w in writers:
                w.write(result)
            if result.error is not None:
                _say(err, f"finsum: error: {data}:{result.line}: {result.error}")
        finished["n"] += len(block)

    start = time.perf_counter()
    try:
        ray_run = run_on_ray(data, fields, settings, done=done, address=address, workers=jobs,
                             on_block=on_block)
    except KeyboardInterrupt:
        where = f"; finished rows are in {jsonl_paths[0]} (rerun with --resume)" if jsonl_paths else ""
        _say(err, f"finsum: interrupted after {finished['n']} rows{where}")
        raise typer.Exit(130) from None
    finally:
        for w in writers:
            w.close()
    elapsed = time.perf_counter() - start
    for result in ray_run.results:  # resumed error rows are reported again, as locally
        if result.error is not None and result.id in done:
            _say(err, f"finsum: error: {data}:{result.line}: {result.error}")
    order = [(r.id, r.line) for r in ray_run.results]
    for p in jsonl_paths:
        reconcile(p, order)
    if jsonl_stdout:
        stdout_writer = JsonlWriter(sys.stdout)
        for result in ray_run.results:
            stdout_writer.write(result)
    return ray_run.results, ray_run.counts.aggregate(), ray_run.evaluated, elapsed
