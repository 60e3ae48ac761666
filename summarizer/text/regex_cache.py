"""Regular expressions compiled ahead of time, as packaged data (issue 12).

Compiling the checks' ~260 patterns (the quantity, date and name grammars, the leftover and
contradiction phrase lists) took ~0.15 s of every cold `finsum check`, most of its CPU time:
Python's regex parser and compiler are written in Python. The compiled form is a list of
integers for the `_sre` engine, which depends only on the pattern, its flags and the engine's
version, so it can be built once and shipped, like byte code.

`prime()` reads summarizer/data/regex/<tag>.bin (made by eval/build_regex_cache.py), builds the
pattern objects with `_sre.compile` (what `re.compile` itself ends with) and puts them in `re`'s
own cache, so every `re.compile(p, flags)` / `re.search(p, ...)` of a shipped pattern is a cache
hit, wherever in the code it is (summarizer.text primes it on import; FINSUM_NO_REGEX_CACHE=1 in
the environment turns this off). Nothing changes the patterns or their results: the key is the
exact pattern text and flags. On another interpreter, engine version or byte order (another tag)
there is no file and `re` compiles as usual, only slower; a pattern that is not in the file (new
or edited since the file was built) is compiled as usual too."""

from __future__ import annotations

import os
import re
import sys
from pathlib import Path

DATA_DIR = Path(__file__).resolve().parents[1] / "data" / "regex"
# Leave this much of re's cache (512 entries on CPython 3.11) to patterns compiled at run time.
_HEADROOM = 128


def tag() -> str | None:
    """The file name of the cache for this interpreter: its byte-code tag, byte order, and the
    regex engine's version and code word size; None where there is no `_sre` engine."""
    try:
        import _sre
    except ImportError:  # pragma: no cover - other Python implementations
        return None
    cache_tag = getattr(sys.implementation, "cache_tag", None)
    if not cache_tag:  # pragma: no cover
        return None
    return f"{cache_tag}-{sys.byteorder}-sre{_sre.MAGIC}-{_sre.CODESIZE}"


def path() -> Path | None:
    """Where this interpreter's cache is (or would be)."""
    t = tag()
    return None if t is None else DATA_DIR / f"{t}.bin"


def entries() -> list[tuple]:
    """The shipped entries for this interpreter: (pattern, flags as given to re.compile, flags,
    code as bytes, groups, groupindex, indexgroup); [] when there is none or it cannot be read."""
    import marshal
    import zlib

    where = path()
    if where is None:
        return []
    try:
        data = marshal.loads(zlib.decompress(where.read_bytes()))
    except (OSError, ValueError, EOFError, TypeError, zlib.error):
        return []
    return data if isinstance(data, list) else []


_primed = False


def prime() -> int:
    """Put the shipped compiled patterns into `re`'s cache (once per process); the number put."""
    global _primed
    if _primed:
        return 0
    _primed = True
    if os.environ.get("FINSUM_NO_REGEX_CACHE"):
        return 0
    cache = getattr(re, "_cache", None)
    shipped = entries()
    if isinstance(getattr(re, "_MAXCACHE", None), int) and \
            re._MAXCACHE < len(shipped) + _HEADROOM:
        # More shipped patterns than re's cache holds beside the run-time ones: a larger cache
        # (a dict; re evicts its oldest entry when full), so none is dropped.
        re._MAXCACHE = len(shipped) + _HEADROOM
    limit = getattr(re, "_MAXCACHE", 0) - _HEADROOM
    if not isinstance(cache, dict) or limit <= 0:
        return 0
    import _sre
    from array import array

    word = next((t for t in "IL" if array(t).itemsize == _sre.CODESIZE), None)
    if word is None:  # pragma: no cover
        return 0
    put = 0
    for entry in shipped:
        if len(cache) >= limit:
            break
        try:
            pattern, given, flags, code, groups, groupindex, indexgroup = entry
            key = (type(pattern), pattern, given)
            if key in cache:
                continue
            codes = array(word)
            codes.frombytes(code)
            # _sre checks the code before using it: a bad entry raises and is skipped.
            cache[key] = _sre.compile(pattern, flags, codes.tolist(), groups, groupindex,
                                      indexgroup)
            put += 1
        except Exception:  # noqa: BLE001,S112 - a bad entry: re compiles that pattern itself
            continue
    return put
