"""Pieces shared by the batch formats: the aggregate as labelled values, short finding lines."""

from __future__ import annotations

from ..evaluation.runner import BatchRun, RowResult
from ..findings import Finding
from ..text.escape import one_line


def display_id(row_id: str) -> str:
    """A row id for a text-like line: escaped by one_line, and in quotes when it could be
    mistaken for something else (empty, padded, or starting with a workflow-command `::` or
    another marker a log reader acts on)."""
    shown = one_line(row_id)
    if not shown or shown != shown.strip() or shown.startswith(("::", "##", "#", "-", "=", "+", "@")):
        return '"' + shown.replace('"', '\\"') + '"'
    return shown


def pct(v: float | None) -> str:
    return "n/a" if v is None else f"{100 * v:.1f}%"


def num(v: float | None) -> str:
    return "n/a" if v is None else f"{v:.4f}"


def aggregate_items(run: BatchRun) -> list[tuple[str, str]]:
    """(label, value) pairs in display order."""
    a = run.aggregate
    items = [
        ("rows", str(a.rows)),
        ("passed", str(a.passed)),
        ("failed", str(a.failed)),
        ("errors", str(a.errors)),
        ("pass rate", pct(a.pass_rate)),
        ("faithful (no error but leftovers)", str(a.faithful)),
        ("clean (no leftover)", str(a.clean)),
    ]
    kinds = ", ".join(f"{k} {n}" for k, n in a.findings_by_kind.items() if n)
    items.append(("findings by kind", kinds or "none"))
    if a.referenced:
        items.append((
            f"mean ROUGE-1/2/Lsum ({a.referenced} refs)",
            " / ".join(num(a.rouge[k]) for k in ("rouge1", "rouge2", "rougeLsum")),
        ))
    if a.labelled:
        lab = a.labels
        items += [
            (f"balanced accuracy ({a.labelled} labelled)", num(lab["balanced_accuracy"])),
            ("precision / recall / F1 (unfaithful)",
             " / ".join(num(lab[k]) for k in ("precision", "recall", "f1"))),
            ("ROC AUC of score", num(lab["roc_auc"])),
        ]
    if run.rows_per_second:
        items.append(("speed", f"{run.rows_per_second:.2f} rows/s ({run.evaluated} rows in "
                               f"{run.elapsed:.1f} s)"))
    return items


def short(text: str, limit: int = 80) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 3] + "..."


def finding_line(f: Finding) -> str:
    """`error number "7%": message` (one line whatever the texts hold)."""
    return one_line(f'{f.severity} {f.kind} "{short(f.text, 60)}": {f.message}')


def row_problems(r: RowResult) -> list[str]:
    if r.error is not None:
        return [one_line(f"input error: {r.error}")]
    return [finding_line(f) for f in r.findings]
