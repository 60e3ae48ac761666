"""`--format json` / `jsonl`: the stable JSON contract of one report; for several summaries a
JSON list (json) or one object per line (jsonl) of reports with `file` and `source` added."""

from __future__ import annotations

import json
from typing import Any

from ..findings import Report
from .check_common import CheckRun, FileResult


def render(report: Report) -> str:
    """One report as indented JSON (the contract in the README)."""
    return json.dumps(report.to_dict(), ensure_ascii=False, indent=2)


def file_dict(fr: FileResult) -> dict[str, Any]:
    """One summary file: `file`, `source` and the report's contract, or `error`."""
    head = {"file": fr.name, "source": fr.source}
    if fr.error is not None:
        return {**head, "error": fr.error}
    assert fr.report is not None
    return {**head, **fr.report.to_dict()}


def render_run(run: CheckRun) -> str:
    """json: one summary -> its report object (unchanged contract); several -> a list of
    file objects."""
    if len(run.files) == 1 and run.files[0].report is not None:
        return render(run.files[0].report)
    return json.dumps([file_dict(fr) for fr in run.files], ensure_ascii=False, indent=2)


def render_jsonl(run: CheckRun) -> str:
    """jsonl: one file object per line, whatever the number of summaries."""
    return "".join(json.dumps(file_dict(fr), ensure_ascii=False) + "\n" for fr in run.files)
