"""`finsum check` and `finsum clean`."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Optional

import typer

from .errors import cli_errors, fail


@cli_errors
def check(
    summary: str = typer.Argument(..., help="Summary text file, or - for standard input."),
    source: Optional[str] = typer.Option(
        None, "--source", "-s", help="Source article text file, or - for standard input."
    ),
    format: str = typer.Option("text", "--format", "-f", help="Output format: text, json or markdown."),
    backend: Optional[str] = typer.Option(
        None, "--backend", help="Support backend: finsum (its own model; the default when installed), lexical, embedding or nli."
    ),
    model: Optional[str] = typer.Option(None, "--model", help="Model directory (finsum train output) or hub id/path for the embedding/nli backend."),
    checks: Optional[str] = typer.Option(
        None, "--checks", help="Comma-separated checks to run (default: all)."
    ),
) -> None:
    """Check SUMMARY against --source ARTICLE and point at every problem.

    Exit 0 when the summary passes, 1 when it has an error-severity finding, 2 on bad input."""
    from ..checker import check as run_check
    from ..formats import REPORT_FORMATS
    from ..settings import load_settings, parse_checks
    from ..text import read_text

    if format not in REPORT_FORMATS:
        raise fail(f"unknown format {format!r} (choose from {', '.join(REPORT_FORMATS)})")
    if summary == "-" and source == "-":
        raise fail("only one of SUMMARY and --source can be read from standard input")
    settings = load_settings(
        backend=backend,
        model=model,
        checks=parse_checks(checks),
    )
    summary_text = read_text(summary, "summary")
    source_text = read_text(source, "source") if source is not None else None
    report = run_check(source_text, summary_text, settings)

    if format == "json":
        from ..formats.json_report import render

        typer.echo(render(report))
    elif format == "markdown":
        from ..formats.markdown_report import render

        typer.echo(render(report))
    else:
        from rich.console import Console

        from ..formats.text_report import print_report

        print_report(report, Console(highlight=False), name=None if summary == "-" else summary)
    raise typer.Exit(0 if report.passed else 1)


@cli_errors
def clean(
    summary: str = typer.Argument(..., help="Summary text file, or - for standard input."),
    in_place: bool = typer.Option(False, "--in-place", "-i", help="Rewrite the file instead of printing."),
) -> None:
    """Print SUMMARY with leftover chatbot text removed and every other character unchanged."""
    from ..checks.leftover import clean as clean_text
    from ..text import read_text

    if in_place and summary == "-":
        raise fail("--in-place needs a file, not standard input")
    text = read_text(summary, "summary")
    cleaned = clean_text(text)
    if in_place:
        Path(summary).write_bytes(cleaned.encode("utf-8"))
    else:
        sys.stdout.write(cleaned)
        sys.stdout.flush()
