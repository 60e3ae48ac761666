"""Output formats for `finsum check` (text, json, jsonl, markdown, github, junit, sarif; the
shared pieces in check_common.py). Batch formats for `finsum eval` live beside them in
summarizer/formats/batch_*.py."""

from __future__ import annotations

REPORT_FORMATS = ("text", "json", "jsonl", "markdown", "github", "junit", "sarif")
