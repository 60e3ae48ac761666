"""Tables built ahead of time from the package's own files and shipped in summarizer/data/, used
only while they still match those files (issue 12: building the contradiction lexicon, ~5,800
words stemmed into phrase tables, took ~25 ms of every cold `finsum check`).

A table is stored with a key: the SHA-256 of the files it is built from (the data and the code
that builds it) and of the marshal format. `load` gives None when the file is missing, damaged
or built from other versions of those files, and the caller builds the table itself, as it did
before; eval/build_precomputed.py writes the files."""

from __future__ import annotations

import hashlib
import marshal
from pathlib import Path

DATA_DIR = Path(__file__).resolve().parents[1] / "data"


def key(sources: list[Path]) -> str:
    """What the table depends on: the bytes of each source file, and the marshal format."""
    h = hashlib.sha256(f"marshal {marshal.version}\n".encode())
    for path in sources:
        data = path.read_bytes()
        h.update(f"{path.name} {len(data)}\n".encode())
        h.update(data)
    return h.hexdigest()


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
