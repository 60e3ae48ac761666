"""`finsum eval DATA --runner ray`: the same evaluation as the local runner, on Ray Data (a local
Ray instance, or a cluster with `--ray-address`).

The pipeline:

1. **Read.** A JSON Lines file is cut (on the driver, which only counts newlines) into byte
   ranges that start on a line; Ray tasks read the ranges as text lines and parse
   each with finsum's own reader (`io._jsonl_rows`), so a bad row becomes an error row with
   its file line, exactly as locally. A CSV or .json list file (records may span lines) is read on
   the driver with `io.read_rows` and handed to Ray as rows.
2. **Group by article.** Rows are sorted by a hash of their source, so the summaries of one
   article arrive together at one worker, which parses the article once (the checker's cache).
3. **Check.** `map_batches` over an actor pool: each actor loads the checks (and, for a model
   backend, the model) once and runs the local runner's `evaluate_row` on its rows.
4. **Write per block, reconcile by id.** The driver appends every finished block to the JSON Lines
   output as it arrives, so an interrupted run keeps each finished block (`--resume` skips their
   ids). At the end the file is rewritten in input order with one line per row, so a row written
   twice (a retried task, a resumed run) is kept once. Aggregates are built by the CLI's
   Aggregator from the results (Aggregator.merge adds blocks aggregated apart).

Ray pays off on a cluster: it costs seconds to start (see eval/RESULTS.md), so on one machine
`--jobs N` is faster."""

from __future__ import annotations

import hashlib
import json
import os
import pickle
import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

from ..errors import ConfigError, InputError
from ..settings import Settings
from .io import FieldMap, Row, detect_format, read_rows
from .runner import RowResult, evaluate_row

SPLIT_BYTES = 16 * 1024 * 1024  # target size of one read task's byte range
BATCH_ROWS = 32  # rows per map_batches call


def import_ray():
    """Ray, or a one-line ConfigError saying how to install it."""
    try:
        import ray
        import ray.data
    except ImportError:
        raise ConfigError(
            "--runner ray needs Ray Data, which is not installed: pip install 'finsum[ray]'"
        ) from None
    return ray


# --- reading ----------------------------------------------------------------------------------


@dataclass(frozen=True)
class Split:
    """A byte range [start, end) of a JSON Lines file beginning at line `first_line`."""

    path: str
    start: int
    end: int
    first_line: int


def scan_jsonl(path: str | Path, split_bytes: int = SPLIT_BYTES) -> list[Split]:
    """Cut a JSON Lines file into ranges that start on a line, checking on the way what
    `io.open_dataset` checks for the local runner (exists, no NUL bytes up front, not blank).
    Bad bytes inside a line are that row's problem (an error row), as locally."""
    from ..text.reading import BOM

    p = Path(path)
    name = str(path)
    if not p.exists():
        raise InputError(f"dataset not found: {name}")
    if p.is_dir():
        raise InputError(f"dataset is a directory, not a file: {name}")
    bounds = [(0, 1)]  # (byte offset, line number) where each range starts
    offset, line, blank = 0, 1, True
    try:
        with open(p, "rb") as fh:
            while True:
                chunk = fh.read(1 << 22)
                if not chunk:
                    break
                if offset == 0 and b"\x00" in chunk[:8192]:
                    raise InputError(
                        f"{name}: looks like a binary file (NUL bytes), expected UTF-8 text"
                    )
                if blank:
                    head = chunk[len(BOM.encode()):] if offset == 0 and chunk.startswith(BOM.encode()) else chunk
                    blank = not head.strip()
                pos = 0  # the newlines of chunk[:pos] are counted in `line`
                while bounds[-1][0] + split_bytes < offset + len(chunk):
                    i = chunk.find(b"\n", max(pos, bounds[-1][0] + split_bytes - offset))
                    if i < 0:
                        break
                    line += chunk.count(b"\n", pos, i + 1)
                    pos = i + 1
                    bounds.append((offset + pos, line))
                line += chunk.count(b"\n", pos)
                offset += len(chunk)
    except OSError as e:
        raise InputError(f"cannot read dataset {name}: {e.strerror or e}") from None
    if blank:
        raise InputError(f"dataset is empty: {name}")
    ends = [b for b, _ in bounds[1:]] + [offset]
    return [Split(name, b, e, n) for (b, n), e in zip(bounds, ends) if e > b]


def split_rows(split: Split, fields: FieldMap) -> Iterator[Row]:
    """The rows of one range, parsed by the local reader (`io._jsonl_rows`), with their file
    lines: a bad row becomes the same error row as locally."""
    import io

    from .io import _jsonl_rows

    with open(split.path, "rb") as fh:
        fh.seek(split.start)
        data = fh.read(split.end - split.start)
    yield from _jsonl_rows(io.BytesIO(data), fields, split.first_line)


def article_key(row: Row) -> str:
    """Rows of one article share this key (error rows: the empty key)."""
    if row.source is None:
        return ""
    return hashlib.blake2b(row.source.encode("utf-8"), digest_size=12).hexdigest()


def _record(row: Row) -> dict[str, Any]:
    return {"line": row.line, "id": row.id, "key": article_key(row),
            "row": json.dumps(asdict(row))}  # ASCII: a lone surrogate survives Arrow


def _columns(records: list[dict[str, Any]]) -> dict[str, list]:
    return {k: [r[k] for r in records] for k in ("line", "id", "key", "row")}


def _read_splits(batch: dict[str, Any], fields: FieldMap, done: frozenset) -> dict[str, list]:
    """map_batches over the ranges: the rows (not done before) of each."""
    records = []
    for path, start, end, first in zip(batch["path"], batch["start"], batch["end"],
                                       batch["first_line"]):
        split = Split(str(path), int(start), int(end), int(first))
        records += [_record(r) for r in split_rows(split, fields) if r.id not in done]
    return _columns(records)


# --- checking ---------------------------------------------------------------------------------


class CheckRows:
    """The actor of the check stage: settings and checks (and a model) loaded once per worker;
    each row evaluated by the local runner's `evaluate_row`."""

    def __init__(self, settings: Settings, timeout: float | None = None):
        os.environ.setdefault("OMP_NUM_THREADS", "1")
        os.environ.setdefault("MKL_NUM_THREADS", "1")
        self.settings = settings
        self.timeout = timeout  # --row-timeout (effective where Ray runs the actor's calls in its
        # main thread; elsewhere evaluate_row runs without a limit)
        from ..checks import load

        for name in settings.checks:  # every check (and its lexicons) imported up front
            load(name)

    def __call__(self, batch: dict[str, Any]) -> dict[str, list]:
        lines, ids, results = [], [], []
        for raw in batch["row"]:
            result = evaluate_row(Row(**json.loads(raw)), self.settings, self.timeout)
            lines.append(result.line)
            ids.append(result.id)
            results.append(pickle.dumps(result, protocol=pickle.HIGHEST_PROTOCOL))
        return {"line": lines, "id": ids, "result": results}


# --- the run ----------------------------------------------------------------------------------


@dataclass
class RayRun:
    results: list[RowResult]  # every row, resumed ones included, in input order
    evaluated: int  # rows checked in this run
    startup_s: float  # connecting to (or starting) Ray
    run_s: float  # reading, grouping, checking and collecting


def connect(address: str | None = None, num_cpus: int | None = None):
    """Start a local Ray (address None) or join a cluster, unless Ray is up; returns `ray`."""
    ray = import_ray()
    if ray.is_initialized():
        return ray
    import logging

    kwargs: dict[str, Any] = {"include_dashboard": False, "log_to_driver": False,
                                  "logging_level": logging.ERROR}
    try:
        if address:
            ray.init(address=address, **kwargs)
        else:
            ray.init(num_cpus=num_cpus, **kwargs)
    except Exception as e:  # noqa: BLE001 - Ray raises many kinds; all mean "no Ray here"
        where = f"the Ray cluster at {address}" if address else "a local Ray instance"
        first = str(e).strip().splitlines()[0] if str(e).strip() else type(e).__name__
        raise ConfigError(f"cannot start or reach {where}: {first}") from None
    return ray


def run_on_ray(
    data: str | Path,
    fields: FieldMap,
    settings: Settings,
    done: dict[str, dict[str, Any]] | None = None,
    address: str | None = None,
    workers: int | None = None,
    on_block: Callable[[list[RowResult]], None] | None = None,
    split_bytes: int = SPLIT_BYTES,
    timeout: float | None = None,
) -> RayRun:
    """Evaluate the dataset at `data` on Ray. `done` holds the stored results of a resumed run
    by id (those rows are not checked again); `on_block(results)` gets each finished block as it
    arrives (to append it to the output); a row running past `timeout` seconds becomes an error
    row. Results come back in input order, one per row."""
    done = done or {}
    path = Path(data)
    t0 = time.perf_counter()
    # Reading errors (a missing or empty file) are found before Ray starts.
    driver_rows: list[Row] | None = None
    splits: list[Split] = []
    if _is_jsonl(path):
        splits = scan_jsonl(path, split_bytes)
    else:
        driver_rows = read_rows(path, fields)
    ray = connect(address)
    t1 = time.perf_counter()
    import logging

    logging.getLogger("ray.data").setLevel(logging.ERROR)
    ray.data.DataContext.get_current().enable_progress_bars = False
    cpus = max(1, int(ray.cluster_resources().get("CPU", 1)))
    actors = max(1, min(workers or cpus, cpus))

    if driver_rows is None:
        ds = ray.data.from_items([asdict(s) for s in splits], override_num_blocks=len(splits))
        ds = ds.map_batches(_read_splits, fn_kwargs={"fields": fields, "done": frozenset(done)},
                            batch_size=1, batch_format="default")
    else:
        records = [_record(r) for r in driver_rows if r.id not in done]
        ds = ray.data.from_items(records or [{"line": 0, "id": "", "key": "", "row": ""}],
                                 override_num_blocks=max(1, min(len(records), 2 * cpus)))
        if not records:
            ds = ds.filter(lambda r: False)
    ds = ds.sort("key")  # an article's rows together, so one worker parses it once
    ds = ds.map_batches(
        CheckRows, fn_constructor_kwargs={"settings": settings, "timeout": timeout}, batch_size=BATCH_ROWS,
        batch_format="default", compute=ray.data.ActorPoolStrategy(min_size=1, max_size=actors),
    )

    fresh: dict[str, RowResult] = {}
    for batch in ds.iter_batches(batch_size=None, batch_format="default"):
        block = []
        for data_ in batch["result"]:
            r = pickle.loads(data_)
            if (r.id, r.line) not in fresh:  # a row delivered twice counts once
                fresh[(r.id, r.line)] = r
                block.append(r)
        if on_block is not None and block:
            on_block(block)
    t2 = time.perf_counter()

    # Input order; the stored results of resumed rows join the fresh ones.
    if driver_rows is None:
        order: Iterable[tuple[str, int, str | None]] = _ids_in_order(splits, fields)
    else:
        order = [(r.id, r.line, r.summary) for r in driver_rows]
    results: list[RowResult] = []
    for row_id, line, summary in order:  # one result a row, as the local runner gives
        if (row_id, line) in fresh:
            results.append(fresh[(row_id, line)])
        elif row_id in done:
            stored = RowResult.from_dict(done[row_id], summary=summary)
            results.append(stored)
    return RayRun(results, len(fresh), t1 - t0, t2 - t1)


def _is_jsonl(path: Path) -> bool:
    try:
        with open(path, "rb") as fh:
            head = fh.read(4096)
    except OSError:
        return False  # the reader reports it
    text = head.decode("utf-8", errors="ignore").lstrip("\ufeff")
    return detect_format(path, text) == "jsonl"


def _ids_in_order(splits: list[Split], fields: FieldMap) -> Iterator[tuple[str, int, str | None]]:
    """(id, line, summary) of every row in file order (a second, streaming pass)."""
    for split in splits:
        for row in split_rows(split, fields):
            yield row.id, row.line, row.summary


def reconcile(path: str | Path, order: Iterable[tuple[str, int]]) -> int:
    """Rewrite a JSON Lines output written block by block: one line per row, i.e. per (id,
    line) (the first written), in `order` (input order); lines of rows not in `order` are
    dropped. Atomic: a temporary file is renamed over the output. Returns the lines written."""
    p = Path(path)
    by_row: dict[tuple[str, int], bytes] = {}
    with open(p, "rb") as fh:
        for raw in fh:
            if not raw.strip():
                continue
            try:
                d = json.loads(raw)
                key = (str(d["id"]), int(d["line"]))
            except (ValueError, KeyError, TypeError):
                continue  # a partial last line of a killed run
            by_row.setdefault(key, raw if raw.endswith(b"\n") else raw + b"\n")
    tmp = p.with_name(p.name + ".tmp")
    n = 0
    with open(tmp, "wb") as out:
        for key in order:
            raw = by_row.pop(key, None)
            if raw is not None:
                out.write(raw)
                n += 1
    os.replace(tmp, p)
    return n
