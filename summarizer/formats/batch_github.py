"""`github`: workflow-command annotations (`::error file=DATA,line=N,title=...::message`) pointing
at each failing row's input line, a final annotation for the gate verdict, and, when
GITHUB_STEP_SUMMARY is set, the markdown report appended to the job summary.

Escaping follows GitHub's workflow-command rules (actions/toolkit `command.ts`): in the message
% -> %25, CR -> %0D, LF -> %0A; in property values additionally : -> %3A and , -> %2C."""

from __future__ import annotations

import os
import re
from pathlib import Path

from ..evaluation.runner import BatchRun
from .batch_common import one_line, short


def escape_data(text: str) -> str:
    # Line breaks are the runner's %0A; other control characters (terminal escapes) are shown
    # as visible escapes, never passed to the log.
    text = "".join(part if part in ("\r", "\n") else one_line(part)
                   for part in re.split(r"(\r|\n)", text))
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def escape_property(text: str) -> str:
    return escape_data(text).replace(":", "%3A").replace(",", "%2C")


def command(level: str, message: str, **props: object) -> str:
    rendered = ",".join(f"{k}={escape_property(str(v))}" for k, v in props.items() if v is not None)
    return f"::{level}{' ' + rendered if rendered else ''}::{escape_data(message)}"


def annotations(run: BatchRun) -> list[str]:
    out = []
    for r in run.results:
        if r.error is not None:
            out.append(command("error", f"row {r.id}: {r.error}", file=run.data, line=r.line,
                               title="finsum: malformed row"))
            continue
        for f in r.findings:
            message = f'row {r.id}: "{short(f.text, 100)}": {f.message}'
            if f.evidence:
                message += f"\nsource: {short(f.evidence, 300)}"
            out.append(command(f.severity, message, file=run.data, line=r.line,
                               title=f"finsum {f.kind} ({f.severity})"))
    gate = run.gate
    level = "notice" if gate.exit_code == 0 else "error"
    out.append(command(level, f"{gate.describe()} ({run.aggregate.rows} rows)",
                       title=f"finsum eval {gate.verdict}"))
    return out


def render(run: BatchRun) -> str:
    return "\n".join(annotations(run)) + "\n"


def write_step_summary(markdown: str, path: str | None = None) -> bool:
    """Append markdown to $GITHUB_STEP_SUMMARY (or `path`); False when it is not set."""
    target = path or os.environ.get("GITHUB_STEP_SUMMARY")
    if not target:
        return False
    with Path(target).open("a", encoding="utf-8") as fh:
        fh.write(markdown + "\n")
    return True


def append_step_summary(run: BatchRun, path: str | None = None) -> bool:
    """Append the batch's markdown report to $GITHUB_STEP_SUMMARY; False when it is not set."""
    from .batch_markdown import render as markdown

    return write_step_summary(markdown(run), path)
