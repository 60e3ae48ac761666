"""`finsum summarize`: summarize an article (or a JSON Lines batch), then check the summary
against its own article."""

from __future__ import annotations

import json
import sys
from typing import Any, Optional

import typer

from ..engines import DEFAULT_MAX_WORDS, DEFAULT_MODEL
from .errors import cli_errors, fail

FORMATS = ("text", "json")
SOURCE_FIELDS = ("source", "article", "text")


def _checked(engine, article: str, max_words: int, settings) -> dict[str, Any]:
    """Summarize one article with a loaded engine and check the summary against it."""
    from ..checker import check
    from ..engines import summarize as run_summarize
    from ..errors import ModelError

    result = run_summarize(article, engine, max_words=max_words)
    if not result.text:
        raise ModelError(f"the {result.engine} engine ({result.model}) produced an empty summary")
    report = check(article, result.text, settings)
    return {
        "summary": result.text,
        "engine": result.engine,
        "model": result.model,
        "findings": [f.to_dict() for f in report.findings],
        "verdict": report.verdict,
        "_report": report,
    }


def _row_source(row: dict, field: str | None) -> str:
    from ..errors import InputError

    fields = (field,) if field else SOURCE_FIELDS
    for name in fields:
        value = row.get(name)
        if isinstance(value, str) and value.strip():
            return value
    raise InputError(f"no article text in field {' / '.join(repr(f) for f in fields)}")


_STDIN: bytes | None = None  # a batch from standard input, read once (it is passed over twice)


def _batch_lines(path: str):
    """(line number, raw bytes) of every non-blank line, read lazily and split on \\n only (a
    U+2028 inside a JSON string is text, not a line break)."""
    import io
    from pathlib import Path

    from ..evaluation.io import open_dataset

    if path == "-":
        global _STDIN
        if _STDIN is None:
            _STDIN = sys.stdin.buffer.read() if hasattr(sys.stdin, "buffer") else sys.stdin.read().encode()
        fh = io.BytesIO(_STDIN)
    else:
        fh, _ = open_dataset(Path(path))
    with fh:
        for number, raw in enumerate(fh, 1):
            if number == 1 and raw.startswith(b"\xef\xbb\xbf"):
                raw = raw[3:]
            if raw.strip():
                yield number, raw


def _parse_line(number: int, raw: bytes) -> dict:
    """One batch line as a JSON object, or ValueError naming the problem."""
    from ..evaluation.io import unicode_problem

    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as e:
        raise ValueError(f"line {number}: not valid UTF-8 (bad byte at column {e.start + 1})") from None
    try:
        row = json.loads(text)
    except json.JSONDecodeError as e:
        raise ValueError(f"line {number}: not valid JSON ({e.msg})") from None
    except RecursionError:
        raise ValueError(f"line {number}: not valid JSON (nested too deeply)") from None
    except ValueError:
        raise ValueError(f"line {number}: not valid JSON (a number with more than 4300 digits)") from None
    if not isinstance(row, dict):
        raise ValueError(f"line {number}: expected a JSON object")
    for key, value in row.items():
        problem = unicode_problem(value) if isinstance(value, str) else unicode_problem(key)
        if problem is not None:
            raise ValueError(f"line {number}: field {key!r} {problem}")
    return row


def _batch(path: str, output: str | None, engine, max_words: int, settings,
           source_field: str | None, fail_on_findings: bool) -> int:
    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

    from ..errors import FinsumError
    from ..text.reading import check_size

    total = sum(1 for _ in _batch_lines(path))
    try:
        out = sys.stdout if output in (None, "-") else open(output, "w", encoding="utf-8")
    except OSError as e:
        raise fail(f"cannot write {output}: {e.strerror or e}") from None
    bad = failed = 0
    progress = Progress(
        TextColumn("summarizing"), BarColumn(), MofNCompleteColumn(), TimeRemainingColumn(),
        console=Console(stderr=True), disable=not sys.stderr.isatty(), transient=True,
    )
    try:
        with progress:
            task = progress.add_task("summarize", total=total)
            for number, line in _batch_lines(path):
                row_id = None
                try:
                    row = _parse_line(number, line)
                    row_id = row.get("id")
                    article = _row_source(row, source_field)
                    check_size(article, "article")
                    result = _checked(engine, article, max_words, settings)
                    result.pop("_report")
                    record = {"id": row_id, **result}
                    failed += result["verdict"] == "fail"
                except (ValueError, FinsumError, RecursionError) as e:
                    message = str(e) if str(e).startswith("line ") else f"line {number}: {e}"
                    if isinstance(e, RecursionError):
                        message = f"line {number}: internal error: input nested too deeply"
                    typer.echo(f"finsum: error: {message}", err=True)
                    record = {"id": row_id, "line": number, "error": message}
                    bad += 1
                out.write(json.dumps(record, ensure_ascii=False) + "\n")
                out.flush()
                progress.advance(task)
    finally:
        if out is not sys.stdout:
            out.close()
    if bad:
        typer.echo(f"finsum: error: {bad} of {total} rows could not be summarized", err=True)
        return 2
    return 1 if fail_on_findings and failed else 0


@cli_errors
def summarize(
    article: str = typer.Argument(
        ..., help="Article text file, - for standard input, or DATA.jsonl (batch: one output row per input row)."
    ),
    engine: str = typer.Option(
        "auto", "--engine", "-e",
        help="auto (abstractive if its model loads, else extractive), abstractive or extractive.",
    ),
    model: Optional[str] = typer.Option(
        None, "--model", "-m", help=f"Seq2seq model: hub id or local directory (default {DEFAULT_MODEL})."
    ),
    max_words: int = typer.Option(DEFAULT_MAX_WORDS, "--max-words", "-n", min=1, help="Word budget of the summary."),
    device: str = typer.Option("auto", "--device", help="auto (cuda > mps > cpu), cpu, cuda or mps."),
    format: str = typer.Option("text", "--format", "-f", help="Output format: text or json (batch output is JSON Lines)."),
    output: Optional[str] = typer.Option(
        None, "--output", "-o", help="Batch mode: write JSON Lines here (one row per input row; - for stdout)."
    ),
    source_field: Optional[str] = typer.Option(
        None, "--source-field", help="Batch mode: the field holding the article (default: source, article or text)."
    ),
    fail_on_findings: bool = typer.Option(
        False, "--fail-on-findings", help="Exit 1 when a summary has an error-severity finding."
    ),
) -> None:
    """Summarize ARTICLE, then check the summary against it and show the findings.

    Exit codes: 0 done; 1 with --fail-on-findings when a summary has an error finding;
    2 on bad input, a missing model with --engine abstractive, or any bad batch row."""
    from ..engines import get_engine
    from ..settings import load_settings
    from ..text import read_text

    if format not in FORMATS:
        raise fail(f"unknown format {format!r} (choose from {', '.join(FORMATS)})")
    batch = output is not None or article.lower().endswith(".jsonl")
    settings = load_settings()
    if batch:
        from pathlib import Path

        from ..evaluation.io import open_dataset
        from ..evaluation.outputs import check_output_path

        # A missing/empty file or an unusable output fails before any model loads.
        if article != "-":
            open_dataset(Path(article))[0].close()
        if output not in (None, "-"):
            check_output_path(output, inputs=[article])
        eng = get_engine(engine, model, device)
        raise typer.Exit(_batch(article, output, eng, max_words, settings, source_field, fail_on_findings))

    text = read_text(article, "article")
    eng = get_engine(engine, model, device)
    result = _checked(eng, text, max_words, settings)
    report = result.pop("_report")
    if format == "json":
        typer.echo(json.dumps(result, ensure_ascii=False, indent=2))
    else:
        from rich.console import Console
        from rich.markup import escape

        from ..formats.text_report import print_report

        console = Console(highlight=False)
        print_report(report, console)
        console.print(f"[dim]engine: {escape(result['engine'])} · model: {escape(result['model'])}[/dim]")
    raise typer.Exit(1 if fail_on_findings and not report.passed else 0)
