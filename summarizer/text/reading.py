"""Read user-supplied text (a path or `-` for stdin) and reject what cannot be checked, with
one plain sentence naming the problem.

Input limit: one text (a summary, an article, one field of a batch row) may hold at most
`MAX_INPUT_BYTES` (64 MiB of UTF-8). Beyond it finsum refuses with an InputError (exit 2)
instead of working for minutes and gigabytes. A leading UTF-8 byte-order mark is an encoding
signature, not text: it is dropped, and offsets count from the character after it."""

from __future__ import annotations

import sys
from pathlib import Path

from ..errors import InputError

_SNIFF = 8192
MAX_INPUT_BYTES = 64 * 1024 * 1024
BOM = "\ufeff"


def too_large(size: int, name: str) -> InputError:
    return InputError(
        f"{name}: {size / 2**20:.1f} MiB is over finsum's input limit of "
        f"{MAX_INPUT_BYTES // 2**20} MiB per text; split it or check an excerpt"
    )


def check_size(text: str, name: str) -> None:
    """Refuse a text over the input limit (measured in UTF-8 bytes, counted cheaply)."""
    if len(text) * 4 > MAX_INPUT_BYTES:  # only long texts pay for the exact count
        size = len(text.encode("utf-8", "surrogatepass"))
        if size > MAX_INPUT_BYTES:
            raise too_large(size, name)


def decode(data: bytes, name: str) -> str:
    """Decode UTF-8 bytes exactly (no newline translation, so offsets match the file); a leading
    byte-order mark is dropped."""
    if b"\x00" in data[:_SNIFF]:
        raise InputError(f"{name}: looks like a binary file (NUL bytes), expected UTF-8 text")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as e:
        raise InputError(f"{name}: not valid UTF-8 (bad byte at offset {e.start})") from None
    return text[1:] if text.startswith(BOM) else text


def _read_limited(fh, name: str) -> bytes:
    data = fh.read(MAX_INPUT_BYTES + 1)
    if len(data) > MAX_INPUT_BYTES:
        raise too_large(len(data), name)
    return data


def read_text(path: str | Path, what: str = "file", allow_empty: bool = False) -> str:
    """Read `path` (or standard input for "-") as UTF-8 text.

    Raises InputError for a missing file, a directory, binary data, invalid UTF-8, a text over
    the input limit, or (unless `allow_empty`) text that is empty or only whitespace."""
    name = "<stdin>" if str(path) == "-" else str(path)
    if str(path) == "-":
        if hasattr(sys.stdin, "buffer"):
            data = _read_limited(sys.stdin.buffer, name)
        else:
            data = sys.stdin.read().encode("utf-8", "surrogatepass")
            if len(data) > MAX_INPUT_BYTES:
                raise too_large(len(data), name)
    else:
        p = Path(path)
        try:
            if not p.exists():
                raise InputError(f"{what} not found: {name}")
            if p.is_dir():
                raise InputError(f"{what} is a directory, not a file: {name}")
            with p.open("rb") as fh:
                data = _read_limited(fh, name)
        except OSError as e:
            raise InputError(f"cannot read {what} {name}: {e.strerror or e}") from None
    text = decode(data, name)
    if not allow_empty and not text.strip():
        raise InputError(f"{what} is empty: {name}")
    return text
