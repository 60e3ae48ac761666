"""`--format markdown`: a report to paste into a pull request or a ticket."""

from __future__ import annotations

from ..findings import Report


def _cell(text: str | None) -> str:
    if not text:
        return ""
    return text.replace("|", "\\|").replace("\n", " ")


def render(report: Report, title: str = "finsum check") -> str:
    icon = "✅" if report.passed else "❌"
    lines = [
        f"### {title}: {icon} {report.verdict.upper()} (score {report.score:.2f})",
        "",
    ]
    if not report.source_given:
        lines += ["_No source given: only the leftover check ran._", ""]
    if report.findings:
        lines += ["| # | kind | severity | rule | span | text | reason | evidence |",
                  "|---|---|---|---|---|---|---|---|"]
        for i, f in enumerate(report.findings, 1):
            lines.append(
                f"| {i} | {f.kind} | {f.severity} | {f.code or ''} | {f.start}-{f.end} | {_cell(f.text)} | "
                f"{_cell(f.message)} | {_cell(f.evidence)} |"
            )
    else:
        lines.append("No findings.")
    lines += ["", f"<sub>{report.signature}</sub>", ""]
    return "\n".join(lines)
