"""`finsum check` and `finsum clean`."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TYPE_CHECKING, List, Optional

import typer

from ..formats import REPORT_FORMATS
from .errors import cli_errors, fail, usage

if TYPE_CHECKING:
    from ..formats.check_common import CheckRun

CMD = "finsum check"
CHECK_FORMATS = REPORT_FORMATS
FAIL_ON = ("error", "warning", "never")


def article_for(summary: str, sources: Path) -> Path:
    """The article in `sources` for a summary file: `NAME.anything.txt` (or `NAME.txt`) is
    checked against `sources/NAME.txt`, the longest name that exists winning (so dotted names
    work); an article with the summary's own suffix is accepted too. InputError naming both
    paths when there is none."""
    from ..errors import InputError

    path = Path(summary)
    parts = path.name.split(".")
    suffixes = [".txt"] + ([path.suffix] if path.suffix and path.suffix != ".txt" else [])
    tried = []
    for i in range(max(len(parts) - 1, 1), 0, -1):
        for suffix in suffixes:
            candidate = sources / (".".join(parts[:i]) + suffix)
            if candidate in tried:
                continue
            tried.append(candidate)
            if candidate.is_file() and not (path.exists() and candidate.resolve() == path.resolve()):
                return candidate
    raise InputError(f"no article for summary {summary}: looked for {', '.join(map(str, tried))}")


@cli_errors
def check(
    summaries: List[str] = typer.Argument(
        ..., metavar="SUMMARY", help="Summary text files, or - for standard input."
    ),
    source: Optional[str] = typer.Option(
        None, "--source", "-s", help="Source article text file (or -) for every SUMMARY."
    ),
    sources: Optional[str] = typer.Option(
        None, "--sources", "-S",
        help="Directory of articles: SUMMARY NAME.anything.txt is checked against DIR/NAME.txt.",
    ),
    format: str = typer.Option(
        "text", "--format", "-f", help=f"Output format: {', '.join(CHECK_FORMATS)}."
    ),
    fail_on: Optional[str] = typer.Option(
        None, "--fail-on",
        help="Exit 1 on error findings (default), on any finding (warning), or never.",
    ),
    quiet: bool = typer.Option(False, "--quiet", "-q", help="Text: print the findings only."),
    statistics: bool = typer.Option(
        False, "--statistics", help="Print finding counts by rule code instead of the findings."
    ),
    ignore: Optional[str] = typer.Option(
        None, "--ignore",
        help="Comma-separated rule codes, code prefixes or kinds to suppress (added to the "
             "config's ignore); suppressed findings are counted in the report.",
    ),
    config: Optional[str] = typer.Option(
        None, "--config", help="Read settings from this finsum.toml or pyproject.toml."
    ),
    backend: Optional[str] = typer.Option(
        None, "--backend", help="Support backend: finsum (its own model; the default when installed), lexical, embedding or nli."
    ),
    model: Optional[str] = typer.Option(None, "--model", help="Model directory (finsum train output) or hub id/path for the embedding/nli backend."),
    checks: Optional[str] = typer.Option(
        None, "--checks", help="Comma-separated checks to run (default: all)."
    ),
    device: Optional[str] = typer.Option(
        None, "--device", help="Where a model backend runs: auto (cuda > mps > cpu; default), cpu, cuda or mps."
    ),
) -> None:
    """Check each SUMMARY against its article (--source ARTICLE, or --sources DIR) and point at
    every problem.

    Exit 0 when every summary passes, 1 when one fails the --fail-on gate, 2 on bad input (the
    worst over all summaries)."""
    from ..checker import check as run_check
    from ..errors import InputError
    from ..formats.check_common import CheckRun, FileResult
    from ..settings import load_settings, parse_checks, parse_ignore
    from ..text import read_text

    if format not in CHECK_FORMATS:
        raise usage(f"unknown format {format!r} (choose from {', '.join(CHECK_FORMATS)})", CMD)
    if statistics and format not in ("text", "json"):
        raise usage("--statistics works with --format text or json", CMD)
    if source is not None and sources is not None:
        raise usage("give --source ARTICLE or --sources DIR, not both", CMD)
    if summaries.count("-") > 1:
        raise usage("standard input (-) can be given only once", CMD)
    summaries = list(dict.fromkeys(summaries))  # a file matched by two globs is checked once
    if "-" in summaries and source == "-":
        raise usage("only one of SUMMARY and --source can be read from standard input", CMD)
    if "-" in summaries and sources is not None:
        raise usage("--sources pairs summaries by file name; standard input (-) has none", CMD)
    if sources is not None and not Path(sources).is_dir():
        raise usage(f"--sources {sources}: not a directory", CMD)
    if config is not None and not Path(config).is_file():
        raise usage(f"--config {config}: file not found", CMD)
    settings = load_settings(
        Path(config) if config is not None else None,
        backend=backend,
        model=model,
        device=device,
        checks=parse_checks(checks),
        ignore=parse_ignore(ignore),
    )
    gate = (fail_on if fail_on is not None else settings.fail_on or "error").strip().lower()
    gate = "never" if gate == "none" else gate
    if gate not in FAIL_ON:
        raise usage(f"--fail-on must be one of {', '.join(FAIL_ON)}, got {gate!r}", CMD)

    texts: dict[str, str] = {}

    def read(path: str, what: str) -> str:
        if path not in texts:
            texts[path] = read_text(path, what)
        return texts[path]

    results: list[FileResult] = []
    for summary in summaries:
        article = source
        try:
            if sources is not None:
                article = str(article_for(summary, Path(sources)))
            summary_text = read_text(summary, "summary")
            source_text = read(article, "source") if article is not None else None
            report = run_check(source_text, summary_text, settings)
        except InputError as e:
            if len(summaries) == 1:
                raise
            message = str(e) if summary in str(e) else f"{summary}: {e}"
            typer.echo(f"finsum: error: {message}", err=True)
            results.append(FileResult(summary, article, error=message))
            continue
        results.append(FileResult(summary, article, report))

    checked = [fr.report for fr in results if fr.report is not None]
    run = CheckRun(results, fail_on=gate, signature=checked[0].signature if checked else "")
    _print(run, format, quiet=quiet, statistics=statistics)
    raise typer.Exit(run.exit_code)


def _print(run: "CheckRun", format: str, quiet: bool, statistics: bool) -> None:
    """Write the run to standard output in `format` (totals to stderr for machine formats)."""
    if format == "text":
        text = None if statistics else _plain_text(run, quiet)
        if text is not None:  # what rich would write, written without importing it
            sys.stdout.write(text)
            sys.stdout.flush()
            return
        from rich.console import Console

        from ..formats.text_report import print_findings, print_report, print_statistics

        console = Console(highlight=False)
        if statistics:
            print_statistics(run, console)
        else:
            many = len(run.files) > 1
            for i, (fr, report) in enumerate(run.reports):
                name = None if fr.path == "-" else fr.name
                if quiet:
                    print_findings(report, console, name)
                    continue
                if many:  # which summary the next report is about, as `tail` does
                    against = f" (source: {fr.source})" if fr.source else ""
                    console.print(f"{chr(10) if i else ''}==> {fr.name} <=={against}",
                                  markup=False, highlight=False, soft_wrap=True)
                print_report(report, console, name=name)
        if (len(run.files) > 1 or statistics) and not quiet:
            console.print(run.describe(), highlight=False, soft_wrap=True)
        return
    if format == "json" and statistics:
        import json

        rows = [{"rule": r, "kind": k, "count": n, "suppressed": d} for r, k, n, d in run.statistics()]
        typer.echo(json.dumps(rows, indent=2))
        return
    if format == "json":
        from ..formats.json_report import render_run
    elif format == "jsonl":
        from ..formats.json_report import render_jsonl as render_run
    elif format == "markdown":
        from ..formats.markdown_report import render_run
    elif format == "github":
        from ..formats.check_github import render as render_run
    elif format == "junit":
        from ..formats.check_junit import render as render_run
    else:
        from ..formats.check_sarif import render as render_run
    text = render_run(run)
    sys.stdout.write(text if text.endswith("\n") or not text else text + "\n")
    sys.stdout.flush()
    if format == "github":
        from ..formats.check_github import append_step_summary

        append_step_summary(run)
    if format != "markdown" and len(run.files) > 1 and not quiet:
        # Machine formats keep standard output clean; the totals go to standard error.
        typer.echo(run.describe(), err=True)


def _plain_text(run: "CheckRun", quiet: bool) -> str | None:
    """The text format's output (without --statistics) when standard output is not a terminal
    and rich would write plain text: formats/text_plain.py; None to print with rich."""
    from ..formats import text_plain

    if not text_plain.plain_console():
        return None
    out = []
    many = len(run.files) > 1
    for i, (fr, report) in enumerate(run.reports):
        name = None if fr.path == "-" else fr.name
        if quiet:
            out.append(text_plain.findings(report, name))
            continue
        if many:
            against = f" (source: {fr.source})" if fr.source else ""
            out.append(text_plain.plain_line(f"{chr(10) if i else ''}==> {fr.name} <=={against}",
                                             markup=False))
        out.append(text_plain.report_text(report, name))
    if many and not quiet:
        out.append(text_plain.plain_line(run.describe(), markup=True))
    return None if any(part is None for part in out) else "".join(out)


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
