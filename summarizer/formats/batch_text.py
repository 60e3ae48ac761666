"""`text` (default on standard output): the aggregates, the failing rows with their
problems, and the gate verdict line, for people in a terminal."""

from __future__ import annotations

from ..evaluation.runner import BatchRun, failing
from .batch_common import aggregate_items, display_id, num, one_line, row_problems

MAX_ROWS = 50


def print_run(run: BatchRun, console) -> None:
    from rich.markup import escape
    from rich.table import Table

    summary = Table(title=f"finsum eval: {escape(one_line(run.data))}", show_header=False, box=None,
                    title_justify="left", pad_edge=False)
    summary.add_column(style="dim")
    summary.add_column()
    for k, v in aggregate_items(run):
        summary.add_row(escape(k), escape(v))
    console.print(summary)

    bad = failing(run.results)
    if bad:
        console.print()
        console.print(f"[bold]Failing rows ({len(bad)})[/bold]")
        for r in bad[:MAX_ROWS]:
            colour = "red" if r.verdict == "fail" else "yellow"
            score = "" if r.score is None else f" score {num(r.score)}"
            console.print(f"[bold]{escape(display_id(r.id))}[/bold] (line {r.line}) [{colour}]{r.verdict}[/]{score}",
                          highlight=False, soft_wrap=True)
            for problem in row_problems(r):
                # never wrapped: a wrapped line could start with data text (`::error::...`)
                console.print(f"    {escape(problem)}", highlight=False, soft_wrap=True)
        if len(bad) > MAX_ROWS:
            console.print(f"[dim]... and {len(bad) - MAX_ROWS} more (see --output)[/dim]")
        console.print()

    gate = run.gate
    colour = {"PASS": "green", "FAIL": "red", "ERROR": "yellow"}[gate.verdict]
    reasons = gate.describe().partition(": ")[2]
    console.print(f"[bold {colour}]{gate.verdict}[/]" + (f" {escape(reasons)}" if reasons else ""),
                  highlight=False, soft_wrap=True)
    console.print(f"[dim]{escape(run.signature)}[/dim]", highlight=False, soft_wrap=True)


def render(run: BatchRun, width: int = 120) -> str:
    from io import StringIO

    from rich.console import Console

    buf = StringIO()
    print_run(run, Console(file=buf, width=width, no_color=True, highlight=False,
                           force_terminal=False))
    return buf.getvalue()
