"""The default `text` format: the summary with each finding's span highlighted, then one line
per finding with its reason and evidence. Colour only when the console is a terminal."""

from __future__ import annotations

from ..findings import Finding, Report
from .check_common import CheckRun, describe_suppressed, line_col

STYLE = {"error": "bold white on red", "warning": "black on yellow"}
KIND_STYLE = {"error": "bold red", "warning": "yellow"}


def _highlighted(report: Report):
    from rich.text import Text

    text = Text(report.summary)
    # Warnings first so an error on the same characters wins.
    for f in sorted(report.findings, key=lambda f: f.severity == "error"):
        text.stylize(STYLE[f.severity], f.start, f.end)
    return text


def _marked(report: Report) -> str:
    """Plain-text rendering for logs and pipes, where colour is lost: each flagged span is
    wrapped as [[span]] (overlapping spans are merged)."""
    spans: list[list[int]] = []
    for f in sorted(report.findings, key=lambda f: (f.start, f.end)):
        if spans and f.start <= spans[-1][1]:
            spans[-1][1] = max(spans[-1][1], f.end)
        else:
            spans.append([f.start, f.end])
    out, pos = [], 0
    for s, e in spans:
        out += [report.summary[pos:s], "[[", report.summary[s:e], "]]"]
        pos = e
    out.append(report.summary[pos:])
    return "".join(out)


def _line_col(text: str, offset: int) -> tuple[int, int]:
    return line_col(text, offset)


def finding_line(report: Report, f: Finding, name: str | None = None) -> str:
    """`NAME:LINE:COL error NUM001 number '$412 billion': reason` as rich markup."""
    from rich.markup import escape

    line, col = line_col(report.summary, f.start)
    where = f"{name + ':' if name else ''}{line}:{col}"
    code = f"{escape(f.code)} " if f.code else ""
    return (
        f"{escape(where)} [{KIND_STYLE[f.severity]}]{f.severity}[/] {code}"
        f"[bold]{f.kind}[/bold] {escape(repr(f.text) if len(f.text) < 80 else repr(f.text[:77] + '...'))}: "
        f"{escape(f.message)}"
    )


def print_findings(report: Report, console, name: str | None = None) -> None:
    """`--quiet`: one line per finding, nothing else."""
    for f in report.findings:
        console.print(finding_line(report, f, name), highlight=False, soft_wrap=True)


def print_report(report: Report, console, name: str | None = None, show_summary: bool = True) -> None:
    """The whole text report: the highlighted summary, each finding with its evidence, the
    verdict (with the suppression count) and the signature."""
    from rich.markup import escape

    if show_summary:
        if console.is_terminal and not console.no_color:
            console.print(_highlighted(report))
        else:
            console.print(_marked(report), markup=False, highlight=False, soft_wrap=True)
        console.print()
    if not report.source_given:
        console.print("[dim]No source given: only checks that need no source ran (leftover).[/dim]")
    for f in report.findings:
        console.print(finding_line(report, f, name), highlight=False, soft_wrap=True)
        if f.evidence:
            ev = f.evidence if len(f.evidence) <= 200 else f.evidence[:197] + "..."
            console.print(f"    [dim]source: {escape(ev)}[/dim]", highlight=False, soft_wrap=True)
    errors, warnings = report.count("error"), report.count("warning")
    colour = "green" if report.passed else "red"
    console.print(
        f"[{colour}]{report.verdict.upper()}[/] score {report.score:.2f} · "
        f"{errors} error{'s' * (errors != 1)}, {warnings} warning{'s' * (warnings != 1)} · "
        f"faithful: {'yes' if report.faithful else 'no'} · clean: {'yes' if report.clean else 'no'}"
        + (f" · {describe_suppressed(report)}" if report.suppressed else ""),
        highlight=False,
    )
    console.print(f"[dim]{escape(report.signature)}[/dim]", highlight=False, soft_wrap=True)


def render(report: Report, name: str | None = None, width: int = 100) -> str:
    """The text format as a plain string (no colour)."""
    from io import StringIO

    from rich.console import Console

    buf = StringIO()
    console = Console(file=buf, width=width, no_color=True, highlight=False, force_terminal=False)
    print_report(report, console, name=name)
    return buf.getvalue()


def print_statistics(run: CheckRun, console) -> None:
    """`--statistics`: findings counted by rule code (the kind for findings without a code),
    with the suppressed ones in their own column, as ruff's `--statistics`."""
    from rich.markup import escape

    rows = run.statistics()
    if not rows:
        console.print("no findings", highlight=False)
        return
    width = max(len(r[0]) for r in rows)
    console.print(f"{'count':>5}  {'rule':<{width}}  {'kind':<13}  suppressed", highlight=False)
    for rule, kind, found, dropped in rows:
        line = f"{found:>5}  {escape(rule):<{width}}  {kind:<13}  {dropped or ''}"
        console.print(line.rstrip(), highlight=False)
