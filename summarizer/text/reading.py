"""Read user-supplied text (a path or `-` for stdin) and reject what cannot be checked, with
one plain sentence naming the problem."""

from __future__ import annotations

import sys
from pathlib import Path

from ..errors import InputError

_SNIFF = 8192


def decode(data: bytes, name: str) -> str:
    """Decode UTF-8 bytes exactly (no newline translation, so offsets match the file)."""
    if b"\x00" in data[:_SNIFF]:
        raise InputError(f"{name}: looks like a binary file (NUL bytes), expected UTF-8 text")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as e:
        raise InputError(f"{name}: not valid UTF-8 (bad byte at offset {e.start})") from None


def read_text(path: str | Path, what: str = "file", allow_empty: bool = False) -> str:
    """Read `path` (or standard input for "-") as UTF-8 text.

    Raises InputError for a missing file, a directory, binary data, invalid UTF-8, or (unless
    `allow_empty`) text that is empty or only whitespace."""
    name = "<stdin>" if str(path) == "-" else str(path)
    if str(path) == "-":
        data = sys.stdin.buffer.read() if hasattr(sys.stdin, "buffer") else sys.stdin.read().encode()
    else:
        p = Path(path)
        if not p.exists():
            raise InputError(f"{what} not found: {name}")
        if p.is_dir():
            raise InputError(f"{what} is a directory, not a file: {name}")
        try:
            data = p.read_bytes()
        except OSError as e:
            raise InputError(f"cannot read {what} {name}: {e.strerror or e}") from None
    text = decode(data, name)
    if not allow_empty and not text.strip():
        raise InputError(f"{what} is empty: {name}")
    return text
