"""`junit`: JUnit XML, one testcase per row, so CI systems list failing summaries natively. A row
with error findings is a <failure> carrying every finding; a malformed row is an <error>."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path

from ..evaluation.runner import BatchRun, RowResult
from .batch_common import finding_line

# Characters XML 1.0 cannot carry at all (control characters other than tab/newline/CR).
_INVALID_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


def _x(text: str) -> str:
    return _INVALID_XML.sub("\ufffd", text)


def _details(r: RowResult) -> str:
    out = []
    for f in r.findings:
        out.append(f"{f.severity} {f.kind} [{f.start}:{f.end}] {f.text!r}: {f.message}")
        if f.evidence:
            out.append(f"    source: {f.evidence}")
    return "\n".join(out)


def _testcase(run: BatchRun, r: RowResult, classname: str) -> ET.Element:
    case = ET.Element("testcase", {
        "classname": classname, "name": _x(r.id), "file": _x(run.data), "line": str(r.line),
        "time": "0",
    })
    if r.error is not None:
        ET.SubElement(case, "error", {"type": "input", "message": _x(r.error)}).text = _x(r.error)
    elif r.verdict == "fail":
        errors = [f for f in r.findings if f.severity == "error"]
        msg = f"{len(errors)} error finding{'s' * (len(errors) != 1)}: " + "; ".join(
            finding_line(f) for f in errors)
        ET.SubElement(case, "failure", {"type": "finsum", "message": _x(msg)}).text = _x(_details(r))
    elif r.findings:
        ET.SubElement(case, "system-out").text = _x(_details(r))
    return case


def _suites(run: BatchRun) -> ET.Element:
    a = run.aggregate
    suites = ET.Element("testsuites", {
        "name": "finsum eval", "tests": str(a.rows), "failures": str(a.failed),
        "errors": str(a.errors), "time": f"{run.elapsed:.3f}",
    })
    suite = ET.SubElement(suites, "testsuite", {
        "name": _x(f"finsum eval {run.data}"), "tests": str(a.rows), "failures": str(a.failed),
        "errors": str(a.errors), "skipped": "0", "time": f"{run.elapsed:.3f}",
    })
    props = ET.SubElement(suite, "properties")
    ET.SubElement(props, "property", {"name": "signature", "value": _x(run.signature)})
    ET.SubElement(props, "property", {"name": "gate", "value": _x(run.gate.describe())})
    ET.SubElement(props, "property", {"name": "pass_rate", "value": str(a.to_dict()["pass_rate"])})
    return suites


_HEAD = '<?xml version="1.0" encoding="UTF-8"?>\n'
_MARK = "finsum-testcases-go-here"


def chunks(run: BatchRun) -> Iterator[str]:
    """The document piece by piece: the suite's head, then one testcase at a time (each indented
    as ET.indent indents the whole tree), then the closing tags; the same text as building the
    whole tree, without holding it."""
    classname = "finsum." + (Path(run.data).stem or "data")
    rows = iter(run.results)
    first = next(rows, None)
    suites = _suites(run)
    if first is None:
        ET.indent(suites)
        yield _HEAD + ET.tostring(suites, encoding="unicode") + "\n"
        return
    ET.SubElement(suites[0], _MARK)  # where the testcases go
    ET.indent(suites)
    head, _, foot = ET.tostring(suites, encoding="unicode").partition(f"<{_MARK} />")
    yield _HEAD + head
    case = _testcase(run, first, classname)
    for r in rows:
        yield _case_text(case, "\n    ")
        case = _testcase(run, r, classname)
    yield _case_text(case, None) + foot + "\n"


def _case_text(case: ET.Element, tail: str | None) -> str:
    ET.indent(case, level=2)
    case.tail = tail
    return ET.tostring(case, encoding="unicode")


def render(run: BatchRun) -> str:
    return "".join(chunks(run))
