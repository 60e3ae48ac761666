"""`finsum eval`: check a batch of (source, summary) pairs, aggregate, write reports, gate CI.

The work lives in summarizer/evaluation (io, runner, aggregate, gates, outputs) and
summarizer/formats/batch_*.py; this module only wires options to them."""

from __future__ import annotations

import sys
import time
from dataclasses import dataclass
from typing import Any, List, Optional

import typer

from .errors import cli_errors, fail

DEFAULT_ROW_TIMEOUT = 300.0


class _Terminated(KeyboardInterrupt):
    """SIGTERM, turned into an exception so finished rows are kept and workers are ended."""


def _on_sigterm(signum, frame):
    raise _Terminated()


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
    device: Optional[str] = typer.Option(
        None, "--device", help="Where a model backend runs: auto (cuda > mps > cpu; default), cpu, cuda or mps."
    ),
    row_timeout: float = typer.Option(
        DEFAULT_ROW_TIMEOUT, "--row-timeout",
        help="Seconds one row may take before it becomes an error row (0: no limit).",
    ),
) -> None:
    """Evaluate every (source, summary) pair in DATA; print aggregates and gate CI on them.

    Exit 0 when every gate holds, 1 when one fails, 2 for usage or input errors (including
    malformed rows, which are reported and kept as error rows while the rest are evaluated)."""
    import signal

    from rich.console import Console

    from ..errors import FinsumError
    from ..evaluation import outputs
    from ..evaluation.aggregate import Aggregator
    from ..evaluation.gates import GateOptions, evaluate_gates, parse_fraction
    from ..evaluation.io import FieldMap, scan
    from ..evaluation.runner import (
        BatchRun,
        ResultStore,
        check_resumable,
        check_same_input,
        cut_partial_line,
        load_finished,
    )
    from ..settings import load_settings, parse_checks

    # Everything that can be wrong with the options and outputs is reported before any work.
    fmt = outputs.check_format(format)
    targets = outputs.check_outputs(output or [], inputs=[data])
    if checks is not None and not parse_checks(checks):
        raise fail(f"--checks {checks!r} names no check")
    settings = load_settings(
        backend=backend,
        model=model,
        device=device,
        checks=parse_checks(checks),
    )
    # Gates: the CLI overrides [tool.finsum]; "never" is check's spelling of "none".
    config_fail_on = "none" if settings.fail_on == "never" else settings.fail_on
    gate_options = GateOptions(
        fail_under=parse_fraction(fail_under, "--fail-under") if fail_under is not None else settings.fail_under,
        fail_on=fail_on.strip().lower() if fail_on is not None else config_fail_on,
        min_rouge1=parse_fraction(min_rouge1, "--min-rouge1") if min_rouge1 is not None else settings.min_rouge1,
        min_rouge2=parse_fraction(min_rouge2, "--min-rouge2") if min_rouge2 is not None else settings.min_rouge2,
        min_rougeL=parse_fraction(min_rougeL, "--min-rougeL") if min_rougeL is not None else settings.min_rougeL,
        min_balanced_accuracy=(parse_fraction(min_balanced_accuracy, "--min-balanced-accuracy")
                               if min_balanced_accuracy is not None else settings.min_balanced_accuracy),
    )
    if jobs is not None and jobs < 1:
        raise fail(f"--jobs must be at least 1, got {jobs}")
    if not row_timeout >= 0 or row_timeout == float("inf"):
        raise fail(f"--row-timeout must be a number of seconds (0: no limit), got {row_timeout}")
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
    signature = settings.signature(source_given=True)
    fields = FieldMap(source_field, summary_field, id_field, reference_field, label_field)

    done: dict = {}
    cut = None
    if resume:
        done, cut = load_finished(jsonl_paths[0])
        check_resumable(done, signature, jsonl_paths[0])

    resumed = 0

    def vet(row) -> None:
        nonlocal resumed
        if row.id in done:
            check_same_input(row, done[row.id], jsonl_paths[0])
            resumed += 1

    # One pass before the work (either runner): the row count, duplicate ids, stale --resume
    # results.
    total = scan(data, fields, vet)
    if resume:
        cut_partial_line(jsonl_paths[0], cut)

    err = Console(stderr=True)
    acc = Aggregator()
    # The rows are kept (spooled to a temporary file) only for formats that list them.
    rows_needed = any(f not in outputs.NO_ROWS_NEEDED for f in [fmt, *(f for _, f in targets)])
    store = ResultStore() if rows_needed else ResultStore.discarding()
    job = _Job(data=data, fields=fields, settings=settings, done=done, jsonl_paths=jsonl_paths,
               resume=resume, jsonl_stdout=fmt == "jsonl", err=err, store=store, acc=acc,
               total=total, resumed=resumed, timeout=row_timeout or None)
    previous_sigterm = signal.signal(signal.SIGTERM, _on_sigterm)
    try:
        if runner == "ray":
            evaluated, elapsed = _eval_on_ray(job, ray_address, jobs)
        else:
            evaluated, elapsed = _eval_local(job, jobs or 1)
    except KeyboardInterrupt as e:
        where = f"; finished rows are in {jsonl_paths[0]} (rerun with --resume)" if jsonl_paths else ""
        what = "terminated" if isinstance(e, _Terminated) else "interrupted"
        _say(err, f"finsum: {what} after {job.finished} of {total} rows{where}")
        store.close()
        raise typer.Exit(143 if isinstance(e, _Terminated) else 130) from None
    except BaseException:
        store.close()
        raise
    finally:
        signal.signal(signal.SIGTERM, previous_sigterm)

    with store:
        agg = acc.result()
        gate = evaluate_gates(agg, store, gate_options, bad_rows=acc.bad_rows)
        run = BatchRun(data=data, results=store, aggregate=agg, gate=gate, signature=signature,
                       elapsed=elapsed, evaluated=evaluated)
        write_failed = None
        for path, f in targets:
            if f != "jsonl":
                try:
                    outputs.write(path, run)
                except FinsumError as e:  # keep writing the other reports
                    write_failed = write_failed or e
                    _say(err, f"finsum: error: {e}")

        if fmt == "text":
            from ..formats.batch_text import print_run

            print_run(run, Console(highlight=False))
        elif fmt != "jsonl":
            outputs.stream(fmt, run, sys.stdout)
            sys.stdout.flush()
        if fmt == "github":
            from ..formats.batch_github import append_step_summary

            try:
                append_step_summary(run)
            except OSError as e:
                write_failed = write_failed or e
                _say(err, f"finsum: error: cannot write GITHUB_STEP_SUMMARY: {e.strerror or e}")
    if fmt not in ("text", "markdown", "github"):
        # Machine formats keep standard output clean; the verdict goes to standard error.
        _say(err, f"finsum eval: {gate.describe()}")
    raise typer.Exit(2 if write_failed is not None else gate.exit_code)


@dataclass
class _Job:
    """What both runners need: where rows come from and where results go. Each result is added
    to `store` and `acc` in input order (the outputs and gates read those)."""

    data: str
    fields: Any
    settings: Any
    done: dict
    jsonl_paths: list
    resume: bool
    jsonl_stdout: bool
    err: Any
    store: Any  # runner.ResultStore
    acc: Any  # aggregate.Aggregator
    total: int
    resumed: int
    timeout: Optional[float]
    finished: int = 0  # results kept so far (for the interrupted message)


def _eval_local(job: _Job, jobs: int) -> tuple[int, float]:
    """The local runner: rows read lazily, in input order over `jobs` processes, each result
    written (and its error line said) as it finishes. Returns (rows evaluated, seconds)."""
    from rich.progress import (
        BarColumn,
        MofNCompleteColumn,
        Progress,
        TextColumn,
        TimeRemainingColumn,
    )

    from ..evaluation.io import iter_rows
    from ..evaluation.runner import iter_results
    from ..formats.batch_common import one_line
    from ..formats.batch_jsonl import JsonlWriter

    writers = [JsonlWriter(p, append=job.resume) for p in job.jsonl_paths]
    stdout_writer = JsonlWriter(sys.stdout) if job.jsonl_stdout else None
    evaluated = 0
    needs_dict = bool(writers) or stdout_writer is not None or job.store.keeps
    start = time.perf_counter()
    try:
        with Progress(
            TextColumn("finsum eval"), BarColumn(), MofNCompleteColumn(), TimeRemainingColumn(),
            console=job.err, transient=True, disable=not job.err.is_terminal,
        ) as progress:
            task = progress.add_task("eval", total=job.total, completed=job.resumed)
            rows = iter_rows(job.data, job.fields)
            for result, fresh in iter_results(rows, job.settings, jobs=jobs, done=job.done,
                                              timeout=job.timeout):
                # once for every writer and the store (none of them: not at all)
                d = result.to_dict() if needs_dict else None
                if fresh:
                    for w in writers:
                        w.write(result, d)
                    evaluated += 1
                    progress.advance(task)
                job.store.add(result, d)
                job.acc.add(result)
                if stdout_writer is not None:
                    stdout_writer.write(result, d)
                if result.error is not None:
                    _say(progress.console,
                         f"finsum: error: {job.data}:{result.line}: {one_line(result.error)}")
                job.finished += 1
    finally:
        for w in writers:
            w.close()
    return evaluated, time.perf_counter() - start


def _eval_on_ray(job: _Job, address: Optional[str], jobs: Optional[int]) -> tuple[int, float]:
    """The Ray runner (summarizer/evaluation/ray_runner.py): each finished block appended to the
    --output .jsonl as it arrives, which is then rewritten in input order, one line per id; the
    results, in input order, then go to the same store and aggregator as the local runner's.
    Returns (rows evaluated, seconds)."""
    from ..evaluation.ray_runner import reconcile, run_on_ray
    from ..formats.batch_common import one_line
    from ..formats.batch_jsonl import JsonlWriter

    writers = [JsonlWriter(p, append=job.resume) for p in job.jsonl_paths]

    def on_block(block) -> None:
        for result in block:
            for w in writers:
                w.write(result)
            if result.error is not None:
                _say(job.err, f"finsum: error: {job.data}:{result.line}: {one_line(result.error)}")
        job.finished += len(block)

    start = time.perf_counter()
    try:
        ray_run = run_on_ray(job.data, job.fields, job.settings, done=job.done, address=address,
                             workers=jobs, on_block=on_block, timeout=job.timeout)
    finally:
        for w in writers:
            w.close()
    elapsed = time.perf_counter() - start
    order = [(r.id, r.line) for r in ray_run.results]
    for p in job.jsonl_paths:
        reconcile(p, order)
    stdout_writer = JsonlWriter(sys.stdout) if job.jsonl_stdout else None
    for result in ray_run.results:
        if result.error is not None and result.id in job.done:
            # resumed error rows are reported again, as locally
            _say(job.err, f"finsum: error: {job.data}:{result.line}: {one_line(result.error)}")
        job.store.add(result)
        job.acc.add(result)
        if stdout_writer is not None:
            stdout_writer.write(result)
    return ray_run.evaluated, elapsed
