"""`--format json`: the stable JSON contract of one report."""

from __future__ import annotations

import json

from ..findings import Report


def render(report: Report) -> str:
    return json.dumps(report.to_dict(), ensure_ascii=False, indent=2)
