"""`finsum check --format github`: workflow-command annotations on the summary files themselves,
`::error file=SUMMARY,line=L,col=C,endLine=…,endColumn=…,title=CODE::message` (warnings as
`::warning`), so that a pull request shows each finding on the line it is about. When
GITHUB_STEP_SUMMARY is set the markdown report is appended to the job summary.

The title is the finding's rule code (its kind when it has none). Escaping follows GitHub's
workflow-command rules, shared with `eval --format github` (formats/batch_github.py)."""

from __future__ import annotations

from .batch_common import short
from .batch_github import command, write_step_summary
from .check_common import CheckRun, line_col


def annotations(run: CheckRun) -> list[str]:
    """One workflow command per finding, and one per summary that could not be checked."""
    out = []
    for fr in run.files:
        if fr.error is not None:
            out.append(command("error", fr.error, file=fr.name, title="finsum: input error"))
            continue
        report = fr.report
        assert report is not None
        for f in report.findings:
            line, col = line_col(report.summary, f.start)
            end_line, end_col = line_col(report.summary, max(f.start, f.end - 1))
            message = f'"{short(f.text, 100)}": {f.message}'
            if f.evidence:
                message += f"\nsource: {short(f.evidence, 300)}"
            out.append(command(f.severity, message, file=fr.name, line=line, col=col,
                               endLine=end_line, endColumn=end_col, title=f.rule))
    return out


def render(run: CheckRun) -> str:
    """The annotations, one per line."""
    lines = annotations(run)
    return "\n".join(lines) + "\n" if lines else ""


def append_step_summary(run: CheckRun, path: str | None = None) -> bool:
    """Append the markdown report to $GITHUB_STEP_SUMMARY; False when it is not set."""
    from .markdown_report import render_run

    return write_step_summary(render_run(run), path)
