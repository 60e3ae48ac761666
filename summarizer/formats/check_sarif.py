"""`finsum check --format sarif`: SARIF 2.1.0 for code-scanning tools (GitHub code scanning,
VS Code's SARIF viewer). One rule per rule code (the kind for findings without a code), one
result per finding located on the summary file; suppressed findings are results carrying an
`external` suppression with the setting that dropped them; summaries that could not be checked
are tool-execution notifications. Columns count Unicode code points (`columnKind`)."""

from __future__ import annotations

import json
from urllib.parse import quote

from .. import __version__
from ..findings import Finding, Report
from .check_common import CheckRun, line_col

SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json"
KIND_HELP = {
    "leftover": "Chatbot text left in the summary (preamble, sign-off, note to the requester).",
    "number": "A figure that is not in the source or differs from it.",
    "date": "A date, weekday, month, quarter or year that is not in the source or differs from it.",
    "entity": "A name (person, company, institution) the source does not support.",
    "contradiction": "A statement whose direction or polarity contradicts the source.",
    "unsupported": "A sentence or clause the source does not support.",
}


def _uri(name: str) -> str:
    return quote(name.replace("\\", "/"))


def _region(report: Report, f: Finding) -> dict:
    line, col = line_col(report.summary, f.start)
    end_line, end_col = line_col(report.summary, f.end)
    return {"startLine": line, "startColumn": col, "endLine": end_line, "endColumn": end_col,
            "charOffset": f.start, "charLength": f.end - f.start, "snippet": {"text": f.text}}


def render(run: CheckRun) -> str:
    """The SARIF log as JSON text."""
    rules: dict[str, dict] = {}

    from ..suppress import registry

    reg = registry()

    def rule_index(f: Finding) -> int:
        if f.rule not in rules:
            entry = {
                "id": f.rule,
                "name": f.kind,
                "shortDescription": {"text": KIND_HELP[f.kind]},
                "properties": {"kind": f.kind},
            }
            known = reg[1](f.code) if reg is not None and f.code else None
            if known is not None:  # the registry's summary, explanation and worked example
                entry["shortDescription"] = {"text": known.summary}
                entry["fullDescription"] = {"text": known.explanation}
                entry["help"] = {"text": known.describe()}
            rules[f.rule] = entry
        return list(rules).index(f.rule)

    def result(name: str, report: Report, f: Finding) -> dict:
        message = f.message + (f"\nsource: {f.evidence}" if f.evidence else "")
        return {
            "ruleId": f.rule,
            "ruleIndex": rule_index(f),
            "level": f.severity,
            "message": {"text": f'"{f.text}": {message}'},
            "locations": [{"physicalLocation": {
                "artifactLocation": {"uri": _uri(name)},
                "region": _region(report, f),
            }}],
            "properties": {"kind": f.kind},
        }

    results = []
    notifications = []
    for fr in run.files:
        if fr.error is not None:
            notifications.append({
                "level": "error",
                "message": {"text": fr.error},
                "locations": [{"physicalLocation": {"artifactLocation": {"uri": _uri(fr.name)}}}],
            })
            continue
        report = fr.report
        assert report is not None
        results += [result(fr.name, report, f) for f in report.findings]
        for s in report.suppressed:
            r = result(fr.name, report, s.finding)
            r["suppressions"] = [{"kind": "external", "justification": f"{s.by}: {s.match}"}]
            results.append(r)
    log = {
        "$schema": SCHEMA,
        "version": "2.1.0",
        "runs": [{
            "tool": {"driver": {
                "name": "finsum",
                "version": __version__,
                "semanticVersion": __version__,
                "rules": list(rules.values()),
            }},
            "columnKind": "unicodeCodePoints",
            "invocations": [{
                "executionSuccessful": not notifications,
                "exitCode": run.exit_code,
                "toolExecutionNotifications": notifications,
            }],
            "results": results,
            "properties": {"signature": run.signature, "failOn": run.fail_on},
        }],
    }
    return json.dumps(log, ensure_ascii=False, indent=2) + "\n"
