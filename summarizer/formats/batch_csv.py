"""`csv`: one row per input pair, for spreadsheets."""

from __future__ import annotations

import csv
import io
from collections.abc import Iterator

from ..evaluation.runner import BatchRun, RowResult

COLUMNS = ("id", "line", "verdict", "score", "n_errors", "n_warnings", "kinds",
           "rouge1", "rouge2", "rougeLsum", "label", "error")


def _num(v: float | None) -> str:
    return "" if v is None else f"{v:.4f}"


# A cell starting with one of these is a formula to Excel, LibreOffice and Google Sheets
# (OWASP "CSV injection"); a leading apostrophe makes it text there and is shown by none.
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r", "\n")


def cell(text: str) -> str:
    """A text cell that a spreadsheet will not evaluate."""
    return "'" + text if text.startswith(_FORMULA_START) else text


def record(r: RowResult) -> list[str]:
    rouge = r.rouge or {}
    return [
        cell(r.id),
        str(r.line),
        r.verdict,
        _num(r.score),
        str(r.count("error")),
        str(r.count("warning")),
        ";".join(sorted({f.kind for f in r.findings})),
        _num(rouge.get("rouge1")),
        _num(rouge.get("rouge2")),
        _num(rouge.get("rougeLsum")),
        "" if r.label is None else str(r.label),
        cell(r.error or ""),
    ]


def chunks(run: BatchRun) -> Iterator[str]:
    """The report piece by piece (the header, then a row at a time): written as the results
    are read, never held whole."""
    buf = io.StringIO(newline="")
    writer = csv.writer(buf, lineterminator="\n")
    writer.writerow(COLUMNS)
    for r in run.results:
        writer.writerow(record(r))
        if buf.tell() >= _FLUSH_AT:
            yield buf.getvalue()
            buf.seek(0)
            buf.truncate()
    yield buf.getvalue()


_FLUSH_AT = 1 << 16


def render(run: BatchRun) -> str:
    return "".join(chunks(run))
