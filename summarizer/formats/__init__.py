"""Output formats for one report (text, json, markdown). Batch formats live beside them in
summarizer/formats/batch_*.py."""

from __future__ import annotations

REPORT_FORMATS = ("text", "json", "markdown")
