"""Which batch format a name or an output file's suffix means, and rendering by name."""

from __future__ import annotations

import importlib
import os
from pathlib import Path
from typing import Iterable, Iterator, Sequence, TextIO

from ..errors import ConfigError
from .runner import BatchRun

BATCH_FORMATS = ("text", "json", "jsonl", "csv", "markdown", "junit", "github", "html")
# Formats rendered from the aggregates alone (jsonl is written row by row as results arrive):
# a run whose outputs are all of these keeps no copy of the rows (see cli/eval.py).
NO_ROWS_NEEDED = ("json", "jsonl")

SUFFIXES = {
    ".jsonl": "jsonl",
    ".ndjson": "jsonl",
    ".json": "json",
    ".csv": "csv",
    ".md": "markdown",
    ".markdown": "markdown",
    ".xml": "junit",
    ".html": "html",
    ".htm": "html",
    ".txt": "text",
}


def check_format(name: str) -> str:
    if name not in BATCH_FORMATS:
        raise ConfigError(f"unknown format {name!r} (choose from {', '.join(BATCH_FORMATS)})")
    return name


def format_for_path(path: str | Path) -> str:
    """The output format an --output path asks for, from its suffix."""
    suffix = Path(path).suffix.lower()
    if suffix not in SUFFIXES:
        known = " ".join(sorted(SUFFIXES))
        raise ConfigError(f"cannot tell the output format of {path} from its suffix (use one of: {known})")
    return SUFFIXES[suffix]


def _same_file(a: Path, b: Path) -> bool:
    try:
        return a.exists() and b.exists() and os.path.samefile(a, b)
    except OSError:
        return False


def check_output_path(path: str | Path, inputs: Iterable[str | Path] = ()) -> None:
    """Refuse, before any work is done, an output that could not be written or that would
    overwrite an input: a missing or non-directory parent, a directory, a read-only file or
    folder, the dataset itself."""
    p = Path(path)
    for source in inputs:
        if str(source) != "-" and (_same_file(p, Path(source))
                                   or p.resolve() == Path(source).resolve()):
            raise ConfigError(f"--output {path} is the input file {source}; "
                              "write results somewhere else")
    parent = p.parent if str(p.parent) else Path(".")
    if p.is_dir():
        raise ConfigError(f"cannot write {path}: it is a directory")
    if not parent.exists():
        raise ConfigError(f"cannot write {path}: directory {parent} does not exist")
    if not parent.is_dir():
        raise ConfigError(f"cannot write {path}: {parent} is not a directory")
    # Try it: permissions alone miss read-only file systems, /proc, and a root user.
    existed = p.exists()
    try:
        with open(p, "ab"):
            pass
    except OSError as e:
        raise ConfigError(f"cannot write {path}: {e.strerror or e}") from None
    if not existed:
        try:
            p.unlink()
        except OSError:
            pass


def check_outputs(paths: Sequence[str], inputs: Iterable[str | Path] = ()) -> list[tuple[str, str]]:
    """(path, format) for every --output, each checked by check_output_path; the same file
    named twice is refused too."""
    inputs = list(inputs)
    targets = []
    seen: dict[Path, str] = {}
    for path in paths:
        fmt = format_for_path(path)
        check_output_path(path, inputs)
        key = Path(path).resolve()
        if key in seen:
            raise ConfigError(f"--output {path} is given twice (also as {seen[key]})")
        seen[key] = path
        targets.append((path, fmt))
    return targets


def _module(name: str):
    return importlib.import_module(f"..formats.batch_{check_format(name)}", __package__)


def render(name: str, run: BatchRun) -> str:
    return _module(name).render(run)


def chunks(name: str, run: BatchRun) -> Iterator[str]:
    """The report in pieces: a row at a time for the formats that stream (csv, html, junit),
    else the whole text at once."""
    module = _module(name)
    if hasattr(module, "chunks"):
        return module.chunks(run)
    return iter((module.render(run),))


def stream(name: str, run: BatchRun, fh: TextIO) -> None:
    """Write the report to `fh` as it is made (the formats that stream never hold it whole)."""
    for piece in chunks(name, run):
        fh.write(piece)


def write(path: str | Path, run: BatchRun) -> None:
    """Write the whole report in the format `path`'s suffix names (jsonl is streamed elsewhere)."""
    fmt = format_for_path(path)
    p = Path(path)
    # Write next to the target and rename: a failed write never leaves a half-written report.
    tmp = p.with_name(f".{p.name}.finsum-tmp")
    try:
        with open(tmp, "w", encoding="utf-8", errors="replace", newline="") as fh:
            stream(fmt, run, fh)
        os.replace(tmp, p)
    except OSError as e:
        try:
            tmp.unlink()
        except OSError:
            pass
        raise ConfigError(f"cannot write {p}: {e.strerror or e}") from None
