"""Evaluate rows: the checker's Report, ROUGE against a reference, in input order, streamed to a
callback as each row finishes; optionally over several processes; optionally resuming from the
JSON Lines output of an interrupted run."""

from __future__ import annotations

import json
import os
import sys
from contextlib import contextmanager
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
    fingerprint: str | None = None  # of the input row (io.fingerprint), checked by --resume

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
            "fingerprint": self.fingerprint,
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
            summary=summary, fingerprint=d.get("fingerprint"),
        )


def _check(source: str, summary: str, settings: Settings) -> Report:
    """The checker call (a seam tests can replace)."""
    from ..checker import check

    return check(source, summary, settings)


class RowTimeout(Exception):
    """A row ran past the per-row time budget."""


@contextmanager
def time_budget(seconds: float | None):
    """Raise RowTimeout in this thread when the block runs longer than `seconds` (SIGALRM, so
    only in a process's main thread on POSIX; elsewhere, or with no budget, no limit). Regular
    expressions and pure Python code notice the signal promptly."""
    import signal
    import threading

    if not seconds or seconds <= 0 or not hasattr(signal, "setitimer") \
            or threading.current_thread() is not threading.main_thread():
        yield
        return

    def _expired(signum, frame):
        raise RowTimeout()

    previous = signal.signal(signal.SIGALRM, _expired)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


def evaluate_row(row: Row, settings: Settings, timeout: float | None = None) -> RowResult:
    """Evaluate one row. Model/config problems (which would hit every row) propagate; a problem
    with this row's data, an unexpected failure on it, or a row running past `timeout` seconds
    becomes an error row."""
    from .io import fingerprint

    signature = settings.signature(source_given=True)
    base = dict(line=row.line, id=row.id, label=row.label, signature=signature, summary=row.summary,
                fingerprint=fingerprint(row))
    if row.error is not None:
        return RowResult(error=row.error, **base)
    try:
        with time_budget(timeout):
            report = _check(row.source, row.summary, settings)
            scores = None
            if row.reference is not None:
                from .metrics import rouge

                scores = rouge(row.reference, row.summary)
    except RowTimeout:
        return RowResult(error=f"took longer than the per-row time budget of {timeout:g} s "
                               "(--row-timeout)", **base)
    except InputError as e:
        return RowResult(error=str(e), **base)
    except FinsumError:
        raise
    except RecursionError:
        return RowResult(error="internal error: RecursionError (input nested too deeply)", **base)
    except MemoryError:
        return RowResult(error="internal error: out of memory on this row", **base)
    except Exception as e:  # noqa: BLE001 - one bad row must not sink the batch
        return RowResult(error=f"internal error: {type(e).__name__}: {e}", **base)
    return RowResult(report=report, rouge=scores, **base)


def _worker_init() -> None:
    """Each pool worker: one math thread (N processes on N cores, not N x N); SIGTERM ends it
    (a forked worker would inherit the parent's handler); Ctrl-C is left to the parent, which
    ends the workers; and on Linux the kernel ends it when the parent dies, even by SIGKILL."""
    import signal

    os.environ.setdefault("OMP_NUM_THREADS", "1")
    os.environ.setdefault("MKL_NUM_THREADS", "1")
    signal.signal(signal.SIGTERM, signal.SIG_DFL)
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    if sys.platform.startswith("linux"):
        try:
            import ctypes

            libc = ctypes.CDLL(None, use_errno=True)
            PR_SET_PDEATHSIG = 1
            libc.prctl(PR_SET_PDEATHSIG, int(signal.SIGTERM))
            if os.getppid() == 1:  # the parent died before prctl took effect
                os._exit(1)
        except (OSError, AttributeError):
            pass


def _evaluate_chunk(rows: Sequence[Row], settings: Settings, timeout: float | None = None) -> list[RowResult]:
    return [evaluate_row(r, settings, timeout) for r in rows]


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

    if "fork" in multiprocessing.get_all_start_methods() and "torch" not in sys.modules:
        return multiprocessing.get_context("fork")
    return multiprocessing.get_context("spawn")


def _end_pool(pool, finished: bool) -> None:
    """Shut the pool down; when the run did not finish (an exception, Ctrl-C, SIGTERM, the
    consumer stopped), end the workers now instead of letting them finish queued work."""
    if finished:
        pool.shutdown(wait=True)
        return
    processes = list((getattr(pool, "_processes", None) or {}).values())
    # shutdown(wait=False) forgets the manager thread; keep it, to join it below.
    manager = getattr(pool, "_executor_manager_thread", None)
    pool.shutdown(wait=False, cancel_futures=True)
    for proc in processes:
        if proc.is_alive():
            proc.terminate()
    for proc in processes:
        proc.join(timeout=5)
        if proc.is_alive():
            proc.kill()
            proc.join(timeout=5)
    # Join the executor's manager thread now (it sees the workers gone and stops), so the
    # interpreter's exit hook does not race it on the wake-up pipe it closes (a traceback on
    # stderr after SIGTERM: "OSError: [Errno 9] Bad file descriptor").
    try:
        pool.shutdown(wait=True)
    except Exception:  # noqa: BLE001 - a broken pool is what we asked for
        pass
    if manager is not None:
        manager.join(timeout=10)


CHUNK = 4  # rows per task sent to a worker


def iter_results(
    rows: Iterable[Row],
    settings: Settings,
    jobs: int = 1,
    done: dict[str, dict[str, Any]] | None = None,
    timeout: float | None = None,
) -> Iterator[tuple[RowResult, bool]]:
    """(result, fresh) for every row, in input order, each as soon as it and every row before
    it are done. Rows are pulled lazily; rows whose id is in `done` are rebuilt from their stored
    result (fresh False) instead of evaluated.

    With jobs > 1 the first fresh row is evaluated here (loading what the checks need once), then
    the rest go to a process pool in chunks, with at most 4 chunks per worker in flight, so
    memory stays bounded however many rows there are. Under spawn, call this from an
    `if __name__ == "__main__":` guarded script."""
    from collections import deque

    done = done or {}

    def stored(row: Row) -> RowResult:
        return RowResult.from_dict(done[row.id], summary=row.summary)

    rows = iter(rows)
    if jobs <= 1:
        for row in rows:
            if row.id in done:
                yield stored(row), False
            else:
                yield evaluate_row(row, settings, timeout), True
        return

    for row in rows:  # up to and including the first fresh row, in this process
        if row.id in done:
            yield stored(row), False
        else:
            yield evaluate_row(row, settings, timeout), True
            break

    from concurrent.futures import ProcessPoolExecutor

    pool = ProcessPoolExecutor(max_workers=jobs, mp_context=_pool_context(), initializer=_worker_init)
    finished = False
    try:
        # Entries in input order: ("ready", [(result, fresh)]) or ("future", future).
        queue: deque = deque()
        in_flight = 0
        chunk: list[Row] = []

        def submit() -> None:
            nonlocal chunk, in_flight
            if chunk:
                queue.append(("future", pool.submit(_evaluate_chunk, chunk, settings, timeout)))
                in_flight += 1
                chunk = []

        def head() -> list[tuple[RowResult, bool]]:
            nonlocal in_flight
            kind, item = queue.popleft()
            if kind == "ready":
                return item
            in_flight -= 1
            return [(r, True) for r in item.result()]

        # A chunk is closed only between articles: a run of neighbouring rows sharing an
        # article (up to 4 chunks' worth) goes to one worker, which parses the article once,
        # and its rows share one source string, pickled once (see _chunks).
        for run in article_runs(rows, limit=4 * CHUNK):
            for row in run:
                if row.id in done:
                    submit()
                    queue.append(("ready", [(stored(row), False)]))
                else:
                    chunk.append(row)
            if len(chunk) >= CHUNK:
                submit()
            while in_flight >= jobs * 4 or (queue and queue[0][0] == "ready"):
                yield from head()
        submit()
        while queue:
            yield from head()
        finished = True
    finally:
        _end_pool(pool, finished)


def run_rows(
    rows: Iterable[Row],
    settings: Settings,
    jobs: int = 1,
    done: dict[str, dict[str, Any]] | None = None,
    on_result: Callable[[RowResult, bool], None] | None = None,
    timeout: float | None = None,
) -> list[RowResult]:
    """Evaluate `rows` (skipping ids in `done`, which are rebuilt from their stored dicts) and
    return every row's result in input order. `on_result(result, fresh)` is called as each
    result becomes available, in input order; `fresh` is False for resumed rows. (The CLI
    streams with iter_results instead of keeping the list.)"""
    out: list[RowResult] = []
    for result, fresh in iter_results(rows, settings, jobs, done, timeout):
        out.append(result)
        if on_result is not None:
            on_result(result, fresh)
    return out


# --- resume ---------------------------------------------------------------------------------

_RESULT_KEYS = ("id", "line", "verdict", "signature")


def load_finished(path: str | Path) -> tuple[dict[str, dict[str, Any]], int | None]:
    """The rows already in a JSON Lines output, by id, and where to cut the file (the start of
    a trailing partial line, from a run killed mid-write; None when it ends cleanly).

    Reads only: nothing is changed until every line has been checked to be a finsum eval result
    (see `cut_partial_line`), so --resume pointed at some other file leaves it untouched."""
    p = Path(path)
    if not p.exists():
        return {}, None
    finished: dict[str, dict[str, Any]] = {}
    cut: int | None = None
    pos = 0
    with p.open("rb") as fh:
        for n, raw in enumerate(fh, 1):
            start, pos = pos, pos + len(raw)
            if not raw.endswith(b"\n"):
                if raw.startswith(b'{"id": ') and b"\n" not in raw:
                    cut = start  # a result line cut off mid-write
                    break
                raise InputError(f"{p}:{n}: not a finsum eval result line; cannot --resume from this file")
            if not raw.strip():
                continue
            try:
                d = json.loads(raw)
                if not isinstance(d, dict) or any(k not in d for k in _RESULT_KEYS):
                    raise ValueError
                key = str(d["id"])
                int(d["line"])
            except (ValueError, KeyError, TypeError, RecursionError):
                raise InputError(
                    f"{p}:{n}: not a finsum eval result line; cannot --resume from this file"
                ) from None
            if key in finished:
                if finished[key] == d:  # the same result twice (a retried Ray block): keep one
                    continue
                raise InputError(f"{p}:{n}: a second result for id {key!r}; cannot --resume from this file")
            finished[key] = d
    return finished, cut


def cut_partial_line(path: str | Path, cut: int | None) -> None:
    """Cut a trailing partial line (found by load_finished) so appending continues on a clean
    line boundary."""
    if cut is None:
        return
    with open(path, "r+b") as fh:
        fh.truncate(cut)


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


def check_same_input(row: Row, stored: dict[str, Any], path: str | Path) -> None:
    """Refuse to reuse a stored result when the row it was computed for has changed."""
    from .io import fingerprint

    theirs = stored.get("fingerprint")
    if theirs is None:
        raise InputError(f"{path}: the result for id {row.id!r} carries no input fingerprint "
                         "(written by an older finsum); rerun without --resume")
    if theirs != fingerprint(row):
        raise InputError(f"{path}: the result for id {row.id!r} was computed from different input "
                         f"than line {row.line} now holds; rerun without --resume or restore the data")


class ResultStore:
    """Finished results, spooled to a temporary file as they arrive, so a batch of any size
    costs the same memory; iterating reads them back in order (the batch formats iterate
    `BatchRun.results` once or twice). Scores and ROUGE are stored unrounded."""

    def __init__(self, keep: bool = True) -> None:
        import tempfile

        self._fh = tempfile.TemporaryFile(mode="w+b") if keep else None
        self._count = 0

    @classmethod
    def discarding(cls) -> "ResultStore":
        """A store that counts results and keeps none (iterating it is an error): for runs
        whose outputs never read the rows back."""
        return cls(keep=False)

    @property
    def keeps(self) -> bool:
        """False for a discarding store."""
        return self._fh is not None

    def add(self, r: RowResult, d: dict[str, Any] | None = None) -> None:
        """Keep `r`; `d` is its to_dict() when the caller has it already."""
        if self._fh is None:
            self._count += 1
            return
        d = {**(r.to_dict() if d is None else d), "score": r.score, "rouge": r.rouge,
             "summary": r.summary}
        self._fh.seek(0, os.SEEK_END)
        self._fh.write(json.dumps(d, ensure_ascii=False).encode("utf-8", "surrogatepass") + b"\n")
        self._count += 1

    def __len__(self) -> int:
        return self._count

    def __iter__(self) -> Iterator[RowResult]:
        if self._fh is None:
            raise RuntimeError("this ResultStore keeps no rows (ResultStore.discarding)")
        self._fh.flush()
        self._fh.seek(0)
        for n, raw in enumerate(self._fh):
            if n >= self._count:
                break
            d = json.loads(raw)
            yield RowResult.from_dict(d, summary=d.get("summary"))

    def close(self) -> None:
        if self._fh is not None:
            self._fh.close()

    def __enter__(self) -> "ResultStore":
        return self

    def __exit__(self, *exc) -> None:
        self.close()


@dataclass
class BatchRun:
    """Everything a batch output format needs."""

    data: str  # the dataset path as given (for annotations and titles)
    results: Iterable[RowResult]  # a list or a ResultStore: iterate, do not index
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
