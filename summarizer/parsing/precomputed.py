"""Tables built ahead of time from the package's own files and shipped in summarizer/data/, used
only while they still match those files (issue 12: building the contradiction lexicon, ~5,800
words stemmed into phrase tables, took ~25 ms of every cold `finsum check`).

A table is stored with a key: the size and CRC-32 of each file it is built from (the data and
the code that builds it), and the marshal format (a staleness check, not a signature: hashlib
alone would cost a cold check 4 ms to import). `load` gives None when the file is missing, damaged
or built from other versions of those files, and the caller builds the table itself, as it did
before; eval/build_precomputed.py writes the files."""

from __future__ import annotations

import marshal
import zlib
from pathlib import Path

DATA_DIR = Path(__file__).resolve().parents[1] / "data"


def key(sources: list[Path]) -> str:
    """What the table depends on: the bytes of each source file, and the marshal format."""
    parts = [f"marshal {marshal.version}"]
    for path in sources:
        data = path.read_bytes()
        parts.append(f"{path.name} {len(data)} {zlib.crc32(data):08x}")
    return "; ".join(parts)


def path(name: str) -> Path:
    return DATA_DIR / f"{name}.marshal"


def load(name: str, sources: list[Path]):
    """The shipped table `name` when it was built from these very sources; else None."""
    try:
        stored = marshal.loads(path(name).read_bytes())
        if not isinstance(stored, dict) or stored.get("key") != key(sources):
            return None
        return stored["value"]
    except (OSError, ValueError, EOFError, TypeError, KeyError):
        return None


def encode(value, sources: list[Path]) -> bytes:
    """The file's bytes for `value` (marshal: dicts, tuples, frozensets, strings, numbers)."""
    return marshal.dumps({"key": key(sources), "value": value})
