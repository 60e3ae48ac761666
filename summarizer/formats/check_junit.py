"""`finsum check --format junit`: JUnit XML with one testcase per summary file, so CI systems
list failing summaries natively. A summary that fails the `--fail-on` gate is a <failure>
listing its findings; one that could not be checked is an <error>; findings that do not fail the
gate go to <system-out>."""

from __future__ import annotations

import xml.etree.ElementTree as ET

from .. import __version__
from .batch_junit import _x
from .check_common import CheckRun, FileResult, line_col


def _details(fr: FileResult) -> str:
    report = fr.report
    assert report is not None
    out = []
    for f in report.findings:
        line, col = line_col(report.summary, f.start)
        out.append(f"{fr.name}:{line}:{col} {f.severity} {f.rule} {f.kind} {f.text!r}: {f.message}")
        if f.evidence:
            out.append(f"    source: {f.evidence}")
    for s in report.suppressed:
        out.append(f"suppressed ({s.by} {s.match}): {s.finding.rule} {s.finding.text!r}")
    return "\n".join(out)


def _testcase(run: CheckRun, fr: FileResult) -> ET.Element:
    case = ET.Element("testcase", {"classname": "finsum.check", "name": _x(fr.name),
                                   "file": _x(fr.name), "time": "0"})
    if fr.error is not None:
        ET.SubElement(case, "error", {"type": "input", "message": _x(fr.error)}).text = _x(fr.error)
        return case
    report = fr.report
    assert report is not None
    if fr.failed(run.fail_on):
        counted = [f for f in report.findings
                   if run.fail_on == "warning" or f.severity == "error"]
        msg = f"{len(counted)} finding{'s' * (len(counted) != 1)}: " + "; ".join(
            f"{f.rule} {f.text!r}" for f in counted[:20])
        ET.SubElement(case, "failure", {"type": "finsum", "message": _x(msg)}).text = _x(_details(fr))
    elif report.findings or report.suppressed:
        ET.SubElement(case, "system-out").text = _x(_details(fr))
    return case


def render(run: CheckRun) -> str:
    """The JUnit XML document."""
    t = run.totals()
    counts = {"tests": str(t["files"]), "failures": str(t["failed"]),
              "errors": str(t["input_errors"]), "time": "0"}
    suites = ET.Element("testsuites", {"name": "finsum check", **counts})
    suite = ET.SubElement(suites, "testsuite", {"name": "finsum check", **counts, "skipped": "0"})
    props = ET.SubElement(suite, "properties")
    ET.SubElement(props, "property", {"name": "finsum", "value": __version__})
    ET.SubElement(props, "property", {"name": "fail-on", "value": run.fail_on})
    ET.SubElement(props, "property", {"name": "suppressed", "value": str(t["suppressed"])})
    for fr in run.files:
        suite.append(_testcase(run, fr))
    ET.indent(suites)
    return '<?xml version="1.0" encoding="UTF-8"?>\n' + ET.tostring(suites, encoding="unicode") + "\n"
