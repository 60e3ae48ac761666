"""`jsonl`: one JSON object per row, written and flushed as each row finishes, so an interrupted
run leaves a valid file holding every finished row (see runner.load_finished for --resume)."""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import IO

from ..evaluation.runner import BatchRun, RowResult


def line(result: RowResult, d: dict | None = None) -> str:
    """The result's line; `d` is its to_dict() when the caller has it already."""
    return json.dumps(result.to_dict() if d is None else d, ensure_ascii=False) + "\n"


class JsonlWriter:
    """Appends whole lines to a file (one unbuffered write each) or to a text stream."""

    def __init__(self, target: str | Path | IO[str], append: bool = False) -> None:
        self._fd: int | None = None
        self._stream: IO[str] | None = None
        if isinstance(target, (str, Path)):
            flags = os.O_WRONLY | os.O_CREAT | (os.O_APPEND if append else os.O_TRUNC)
            self._fd = os.open(target, flags, 0o644)
        else:
            self._stream = target

    def write(self, result: RowResult, d: dict | None = None) -> None:
        data = line(result, d)
        if self._fd is not None:
            buf = data.encode("utf-8")
            while buf:  # a single write() for any normal line; loop only on a short write
                n = os.write(self._fd, buf)
                buf = buf[n:]
        else:
            self._stream.write(data)
            self._stream.flush()

    def close(self) -> None:
        if self._fd is not None:
            os.close(self._fd)
            self._fd = None

    def __enter__(self) -> "JsonlWriter":
        return self

    def __exit__(self, *exc) -> None:
        self.close()


def render(run: BatchRun) -> str:
    return "".join(line(r) for r in run.results)
