"""`--format markdown`: a report to paste into a pull request or a ticket."""

from __future__ import annotations

from ..findings import Report
from .check_common import CheckRun, describe_suppressed


def _cell(text: str | None) -> str:
    if not text:
        return ""
    return text.replace("|", "\\|").replace("\n", " ")


def render(report: Report, title: str = "finsum check") -> str:
    """One report: verdict heading, a table of findings (with rule codes), the suppression
    count and the signature."""
    icon = "✅" if report.passed else "❌"
    lines = [
        f"### {title}: {icon} {report.verdict.upper()} (score {report.score:.2f})",
        "",
    ]
    if not report.source_given:
        lines += ["_No source given: only the leftover check ran._", ""]
    if report.findings:
        lines += ["| # | rule | kind | severity | span | text | reason | evidence |",
                  "|---|---|---|---|---|---|---|---|"]
        for i, f in enumerate(report.findings, 1):
            lines.append(
                f"| {i} | {_cell(f.code)} | {f.kind} | {f.severity} | {f.start}-{f.end} | {_cell(f.text)} | "
                f"{_cell(f.message)} | {_cell(f.evidence)} |"
            )
    else:
        lines.append("No findings.")
    if report.suppressed:
        lines += ["", f"_{describe_suppressed(report)}._"]
    lines += ["", f"<sub>{report.signature}</sub>", ""]
    return "\n".join(lines)


def render_run(run: CheckRun) -> str:
    """Several summaries: one section per file (one summary: exactly `render`)."""
    if len(run.files) == 1 and run.files[0].report is not None:
        return render(run.files[0].report)
    parts = [f"## {run.describe()}", ""]
    for fr in run.files:
        if fr.error is not None:
            parts += [f"### finsum check: {_cell(fr.name)}: ⚠️ ERROR", "", _cell(fr.error), ""]
        else:
            assert fr.report is not None
            parts.append(render(fr.report, title=f"finsum check: {_cell(fr.name)}"))
    return "\n".join(parts)
