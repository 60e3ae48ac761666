"""Which batch format a name or an output file's suffix means, and rendering by name."""

from __future__ import annotations

import importlib
from pathlib import Path

from ..errors import ConfigError
from .runner import BatchRun

BATCH_FORMATS = ("text", "json", "jsonl", "csv", "markdown", "junit", "github", "html")

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


def render(name: str, run: BatchRun) -> str:
    module = importlib.import_module(f"..formats.batch_{check_format(name)}", __package__)
    return module.render(run)


def write(path: str | Path, run: BatchRun) -> None:
    """Write the whole report in the format `path`'s suffix names (jsonl is streamed elsewhere)."""
    text = render(format_for_path(path), run)
    p = Path(path)
    try:
        p.write_text(text, encoding="utf-8", newline="")
    except OSError as e:
        raise ConfigError(f"cannot write {p}: {e.strerror or e}") from None
