"""`markdown`: aggregates, the gate verdict and the failing rows (for a pull request, a ticket or
GitHub's job summary)."""

from __future__ import annotations

import re

from ..evaluation.runner import BatchRun, failing
from .batch_common import aggregate_items, num, one_line, row_problems

_MD_SPECIAL = re.compile(r"([\\`*_\[\]~|])")


def _cell(text: str) -> str:
    """Data text made inert inside a table cell: HTML escaped (no tags from a summary), markdown
    punctuation backslash-escaped (no links, images, code or emphasis), one line."""
    text = one_line(text.replace("\r\n", " ").replace("\r", " ").replace("\n", " "))
    text = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    return _MD_SPECIAL.sub(r"\\\1", text)


def render(run: BatchRun, title: str = "finsum eval") -> str:
    gate = run.gate
    icon = {"PASS": "✅", "FAIL": "❌", "ERROR": "⚠️"}[gate.verdict]
    lines = [f"### {_cell(title)}: {icon} {_cell(gate.describe())}", "",
             f"Dataset: {_cell(run.data)}", "", "| metric | value |", "|---|---|"]
    lines += [f"| {_cell(k)} | {_cell(v)} |" for k, v in aggregate_items(run)]
    bad = failing(run.results)
    lines.append("")
    if bad:
        lines += [f"#### Failing rows ({len(bad)})", "",
                  "| id | line | verdict | score | problems |", "|---|---|---|---|---|"]
        for r in bad:
            problems = "<br>".join(_cell(p) for p in row_problems(r))
            lines.append(f"| {_cell(r.id)} | {r.line} | {r.verdict} | {num(r.score)} | {problems} |")
    else:
        lines.append("No failing rows.")
    lines += ["", f"<sub>{_cell(run.signature)}</sub>", ""]
    return "\n".join(lines)
