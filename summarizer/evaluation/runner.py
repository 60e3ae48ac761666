"""Evaluate rows: the checker's Report, ROUGE against a reference, in input order, streamed to a
callback as each row finishes; optionally over several processes; optionally resuming from the
JSON Lines output of an interrupted run."""

from __future__ import annotations

import json
import os
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any, Callable, Iterable, Iterator, Sequence

from ..errors import FinsumError, InputError
from ..findings import Finding, Report
from ..settings import Settings
from .io import Row


@dataclass
class RowResult:
    """The outcome for one input row. Exactly one of `report` and `error` is set."""

    line: int
    id: str
    report: Report | None = None
    rouge: dict[str, float] | None = None
    label: int | None = None
    error: str | None = None
    signature: str | None = None
    summary: str | None = None

    @property
    def verdict(self) -> str:
        """"pass", "fail", or "error" for a row that could not be evaluated."""
        return "error" if self.report is None else self.report.verdict

    @property
    def score(self) -> float | None:
        return None if self.report is None else float(self.report.score)

    @property
    def findings(self) -> list[Finding]:
        return [] if self.report is None else list(self.report.findings)

    def count(self, severity: str) -> int:
        return sum(1 for f in self.findings if f.severity == severity)

    def to_dict(self) -> dict[str, Any]:
        """One line of `--format jsonl`."""
        return {
            "id": self.id,
            "line": self.line,
            "verdict": self.verdict,
            "score": None if self.score is None else round(self.score, 4),
            "findings": [f.to_dict() for f in self.findings],
            "faithful": None if self.report is None else self.report.faithful,
            "clean": None if self.report is None else self.report.clean,
            "rouge": None if self.rouge is None else {k: round(v, 4) for k, v in self.rouge.items()},
            "label": self.label,
            "error": self.error,
            "signature": self.signature,
        }

    @classmethod
    def from_dict(cls, d: dict[str, Any], summary: str | None = None) -> "RowResult":
        """Rebuild a result from its JSON line (used by --resume)."""
        report = None
        if d.get("error") is None:
            report = Report(
                summary=summary or "",
                findings=[Finding.from_dict(f) for f in d.get("findings") or []],
                score=float(d.get("score") or 0.0),
                signature=d.get("signature") or "",
            )
        return cls(
            line=int(d["line"]), id=str(d["id"]), report=report, rouge=d.get("rouge"),
            label=d.get("label"), error=d.get("error"), signature=d.get("signature"),
            summary=summary,
        )


def _check(source: str, summary: str, settings: Settings) -> Report:
    """The checker call (a seam tests can replace)."""
    from ..checker import check

    return check(source, summary, settings)


def evaluate_row(row: Row, settings: Settings) -> RowResult:
    """Evaluate one row. Model/config problems (which would hit every row) propagate; a problem
    with this row's data, or an unexpected failure on it, becomes an error row."""
    signature = settings.signature(source_given=True)
    base = dict(line=row.line, id=row.id, label=row.label, signature=signature, summary=row.summary)
    if row.error is not None:
        return RowResult(error=row.error, **base)
    try:
        report = _check(row.source, row.summary, settings)
        scores = None
        if row.reference is not None:
            from .metrics import rouge

            scores = rouge(row.reference, row.summary)
    except InputError as e:
        return RowResult(error=str(e), **base)
    except FinsumError:
        raise
    except Exception as e:  # noqa: BLE001 - one bad row must not sink the batch
        return RowResult(error=f"internal error: {type(e).__name__}: {e}", **base)
    return RowResult(report=report, rouge=scores, **base)


def _worker_init() -> None:
    # N processes on N cores: one math thread each instead of N x N.
    os.environ.setdefault("OMP_NUM_THREADS", "1")
    os.environ.setdefault("MKL_NUM_THREADS", "1")


def _evaluate_chunk(rows: Sequence[Row], settings: Settings) -> list[RowResult]:
    return [evaluate_row(r, settings) for r in rows]


def _chunks(rows: Sequence[Row], size: int) -> Iterator[list[Row]]:
    """Consecutive chunks of about `size` rows that keep each run of rows sharing an article
    together (up to 4 * size rows), so one worker parses that article once (the checker's
    article cache); within a chunk the rows of one article share one string, so it is pickled
    to the worker once, not once a row."""
    chunk: list[Row] = []
    for run in article_runs(rows, limit=4 * size):
        if chunk and len(chunk) + len(run) > size:
            yield chunk
            chunk = []
        chunk += run
    if chunk:
        yield chunk


def article_runs(rows: Iterable[Row], limit: int = 0) -> Iterator[list[Row]]:
    """Consecutive rows grouped by article, in input order: each run holds adjacent rows with
    the same source (at most `limit` rows when limit > 0); the rows of a run after the first
    share the first one's source string. Error rows (no source) are runs of their own."""
    run: list[Row] = []
    for row in rows:
        if (run and row.source is not None and row.source == run[0].source
                and (limit <= 0 or len(run) < limit)):
            if row.source is not run[0].source:
                row = replace(row, source=run[0].source)
            run.append(row)
            continue
        if run:
            yield run
        run = [row]
    if run:
        yield run


def _pool_context():
    """fork when the parent holds no torch state (children then inherit every module and lexicon
    the warm-up row loaded); spawn otherwise, since torch and fork do not mix."""
    import multiprocessing
    import sys

    if "fork" in multiprocessing.get_all_start_methods() and "torch" not in sys.modules:
        return multiprocessing.get_context("fork")
    return multiprocessing.get_context("spawn")


def iter_results(rows: Sequence[Row], settings: Settings, jobs: int = 1) -> Iterator[RowResult]:
    """Results in input order, each yielded as soon as it (and every row before it) is done.

    With jobs > 1 the first row is evaluated here (loading what the checks need once), then the
    rest go to a process pool in chunks. Under spawn, call this from an `if __name__ ==
    "__main__":` guarded script."""
    if jobs <= 1 or len(rows) <= 2:
        for row in rows:
            yield evaluate_row(row, settings)
        return
    from concurrent.futures import ProcessPoolExecutor

    yield evaluate_row(rows[0], settings)
    rest = rows[1:]
    size = max(1, min(8, len(rest) // (jobs * 4)))
    pool = ProcessPoolExecutor(max_workers=jobs, mp_context=_pool_context(), initializer=_worker_init)
    try:
        # Submit every chunk up front; collect in order so output order is input order.
        futures = [pool.submit(_evaluate_chunk, chunk, settings) for chunk in _chunks(rest, size)]
        for fut in futures:
            yield from fut.result()
    finally:
        pool.shutdown(wait=True, cancel_futures=True)


def run_rows(
    rows: Sequence[Row],
    settings: Settings,
    jobs: int = 1,
    done: dict[str, dict[str, Any]] | None = None,
    on_result: Callable[[RowResult, bool], None] | None = None,
) -> list[RowResult]:
    """Evaluate `rows` (skipping ids in `done`, which are rebuilt from their stored dicts) and
    return every row's result in input order. `on_result(result, fresh)` is called as each
    result becomes available, in input order; `fresh` is False for resumed rows."""
    done = done or {}
    todo = [r for r in rows if r.id not in done]
    fresh = iter_results(todo, settings, jobs)
    out: list[RowResult] = []
    for row in rows:
        if row.id in done:
            result = RowResult.from_dict(done[row.id], summary=row.summary)
            is_fresh = False
        else:
            result = next(fresh)
            is_fresh = True
        out.append(result)
        if on_result is not None:
            on_result(result, is_fresh)
    fresh.close()
    return out


# --- resume ---------------------------------------------------------------------------------


def load_finished(path: str | Path) -> dict[str, dict[str, Any]]:
    """The rows already in a JSON Lines output, by id. A trailing partial line (a run killed
    mid-write) is cut off the file so appending continues on a clean line boundary."""
    p = Path(path)
    if not p.exists():
        return {}
    data = p.read_bytes()
    cut = data.rfind(b"\n") + 1
    if cut < len(data):
        with open(p, "r+b") as fh:
            fh.truncate(cut)
        data = data[:cut]
    finished: dict[str, dict[str, Any]] = {}
    for n, raw in enumerate(data.split(b"\n"), 1):
        if not raw.strip():
            continue
        try:
            d = json.loads(raw)
            key = str(d["id"])
            int(d["line"])
        except (ValueError, KeyError, TypeError):
            raise InputError(
                f"{p}:{n}: not a finsum eval result line; cannot --resume from this file"
            ) from None
        finished[key] = d
    return finished


def check_resumable(finished: dict[str, dict[str, Any]], signature: str, path: str | Path) -> None:
    """Refuse to mix results produced with different settings in one file."""
    from ..errors import ConfigError

    other = {d.get("signature") for d in finished.values() if d.get("error") is None}
    other.discard(signature)
    other.discard(None)
    if other:
        raise ConfigError(
            f"{path} holds results from other settings ({sorted(other)[0]}); "
            "use the same --backend/--model/--checks or drop --resume"
        )


@dataclass
class BatchRun:
    """Everything a batch output format needs."""

    data: str  # the dataset path as given (for annotations and titles)
    results: list[RowResult]
    aggregate: Any  # aggregate.Aggregate
    gate: Any  # gates.GateResult
    signature: str
    elapsed: float = 0.0
    evaluated: int = 0  # rows evaluated in this run (not resumed)
    extra: dict[str, Any] = field(default_factory=dict)

    @property
    def rows_per_second(self) -> float | None:
        return self.evaluated / self.elapsed if self.elapsed > 0 and self.evaluated else None


def failing(results: Iterable[RowResult]) -> list[RowResult]:
    return [r for r in results if r.verdict != "pass"]
