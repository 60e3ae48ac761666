"""What the `check` formats share: one `FileResult` per summary file, the `CheckRun` that holds
them with the `--fail-on` gate, line/column positions and counts by rule code."""

from __future__ import annotations

import os
from collections import Counter
from dataclasses import dataclass
from typing import Literal

from ..findings import Finding, Report

FailOn = Literal["error", "warning", "never"]


def line_col(text: str, offset: int) -> tuple[int, int]:
    """1-based (line, column) of a character offset; columns count characters (code points)."""
    line = text.count("\n", 0, offset) + 1
    col = offset - (text.rfind("\n", 0, offset) + 1) + 1
    return line, col


def display_path(path: str) -> str:
    """A summary path as reports show it: relative to the working directory when inside it
    (what GitHub annotations and SARIF need), `<stdin>` for standard input."""
    if path == "-":
        return "<stdin>"
    if os.path.isabs(path):
        try:
            rel = os.path.relpath(path)
        except ValueError:  # another drive (Windows)
            return path
        if not rel.startswith(".."):
            return rel
    return path


@dataclass
class FileResult:
    """One summary file: its report, or the input error that stopped it being checked."""

    path: str
    source: str | None
    report: Report | None = None
    error: str | None = None

    @property
    def name(self) -> str:
        """The path as reports show it."""
        return display_path(self.path)

    def exit_code(self, fail_on: FailOn) -> int:
        """2 for an input error; 1 when the gate fails on this file's findings; else 0."""
        if self.error is not None:
            return 2
        assert self.report is not None
        if fail_on == "error":
            return 0 if self.report.passed else 1
        if fail_on == "warning":
            return 1 if self.report.findings else 0
        return 0

    def failed(self, fail_on: FailOn) -> bool:
        """True when this file makes the run fail (an input error or a failed gate)."""
        return self.exit_code(fail_on) != 0


@dataclass
class CheckRun:
    """Every summary of one `finsum check` call. The exit code is the worst file's."""

    files: list[FileResult]
    fail_on: FailOn = "error"
    signature: str = ""

    @property
    def exit_code(self) -> int:
        """The worst of the files' exit codes (0 for no files)."""
        return max((f.exit_code(self.fail_on) for f in self.files), default=0)

    @property
    def reports(self) -> list[tuple[FileResult, Report]]:
        """(file, report) for every file that was checked."""
        return [(f, f.report) for f in self.files if f.report is not None]

    def findings(self) -> list[tuple[FileResult, Finding]]:
        """Every finding that counts, with its file."""
        return [(f, x) for f, r in self.reports for x in r.findings]

    def statistics(self) -> list[tuple[str, str, int, int]]:
        """(rule, kind, findings, suppressed) per rule code (the kind when a finding has no
        code), most frequent first."""
        kinds: dict[str, str] = {}
        found: Counter[str] = Counter()
        dropped: Counter[str] = Counter()
        for _, r in self.reports:
            for x in r.findings:
                found[x.rule] += 1
                kinds[x.rule] = x.kind
            for s in r.suppressed:
                dropped[s.finding.rule] += 1
                kinds[s.finding.rule] = s.finding.kind
        rules = sorted(kinds, key=lambda k: (-found[k], -dropped[k], k))
        return [(k, kinds[k], found[k], dropped[k]) for k in rules]

    def totals(self) -> dict[str, int]:
        """Counts for the closing line: files, failed, errors, warnings, suppressed, input errors."""
        return {
            "files": len(self.files),
            "failed": sum(1 for f in self.files if f.report is not None and f.failed(self.fail_on)),
            "errors": sum(r.count("error") for _, r in self.reports),
            "warnings": sum(r.count("warning") for _, r in self.reports),
            "suppressed": sum(len(r.suppressed) for _, r in self.reports),
            "input_errors": sum(1 for f in self.files if f.error is not None),
        }

    def describe(self) -> str:
        """One line: `finsum check: 6 summaries, 3 failed · 20 errors, 1 warning · 2 suppressed`."""
        t = self.totals()
        def n(k: int, word: str) -> str:
            return f"{k} {word}{'s' * (k != 1)}"
        parts = [f"{n(t['files'], 'summary').replace('summarys', 'summaries')}, {t['failed']} failed"]
        if t["input_errors"]:
            parts[0] += f", {t['input_errors']} not checked"
        parts.append(f"{n(t['errors'], 'error')}, {n(t['warnings'], 'warning')}")
        parts.append(f"{t['suppressed']} suppressed")
        verdict = {0: "PASS", 1: "FAIL"}.get(self.exit_code, "ERROR")
        return f"finsum check: {verdict} · " + " · ".join(parts)


def suppressed_counts(report: Report) -> dict[str, int]:
    """How many findings each suppression setting dropped, e.g. {"ignore": 2}."""
    return dict(Counter(s.by for s in report.suppressed))


def describe_suppressed(report: Report) -> str:
    """`2 suppressed (ignore 1, known-names 1)`, or "" when nothing was suppressed."""
    if not report.suppressed:
        return ""
    by = ", ".join(f"{k} {v}" for k, v in suppressed_counts(report).items())
    return f"{len(report.suppressed)} suppressed ({by})"
