"""Build the tables shipped in summarizer/data/ ahead of time (summarizer/parsing/precomputed.py):
today the contradiction lexicon (lexicon.marshal, from directions.json).

    python eval/build_precomputed.py [--check]

Rerun it after changing directions.json or the code that builds the lexicon: until then the
shipped table no longer matches them and is not used (the lexicon is built at run time, as
before, only slower; tests/test_precomputed.py says so). --check: exit 1 when a file would
change; writes nothing."""

from __future__ import annotations

import argparse
import marshal
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from summarizer.parsing import directions, precomputed


def tables() -> dict[str, bytes]:
    """name -> the file's bytes, built from the sources now."""
    lex = directions.build_lexicon()
    return {"lexicon": precomputed.encode(directions.lexicon_table(lex),
                                          directions.lexicon_sources())}


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--check", action="store_true", help="exit 1 if a file is not up to date")
    args = ap.parse_args(argv)
    stale = 0
    for name, blob in tables().items():
        out = precomputed.path(name)
        # marshal writes a frozenset in its hash order, which changes between processes:
        # compare what the files hold, not their bytes.
        fresh = out.is_file() and marshal.loads(out.read_bytes()) == marshal.loads(blob)
        if args.check:
            print(f"{out}: {'up to date' if fresh else 'OUT OF DATE'}")
            stale += not fresh
        elif not fresh:
            out.write_bytes(blob)
            print(f"wrote {out} ({len(blob):,} bytes)")
    return 1 if stale else 0


if __name__ == "__main__":
    raise SystemExit(main())
