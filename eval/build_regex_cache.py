"""Build summarizer/data/regex/<tag>.bin: the regular expressions a check compiles, compiled
ahead of time for this interpreter (see summarizer/text/regex_cache.py).

    python eval/build_regex_cache.py [--check]

Two new processes each record every pattern `re` compiles (their own and their libraries')
while they import the CLI and every check, check pairs (all checks, each alone, without the
source), run `finsum check` in every output format on a few of them written to files, and
compile every pattern the modules leave for first use. They read disjoint data: one
tests/data/eval_pairs.jsonl and every other file of eval/data, the other fixtures/pairs.jsonl
and the rest. Left out: the patterns a check builds from the text it reads (its numbers, its
names), i.e. those of any line of code (outside the first-use wrapper of
summarizer/text/patterns.py, whose patterns are fixed) that compiled other patterns in the two
processes. Rerun this after changing a pattern: one missing from the file is compiled at run
time, as before, only slower (tests/test_regex_cache.py says when a fixture check has to).
--check: exit 1 when the file would change; writes nothing."""

import os
import re
import sys

# Record mode starts recording before this script imports anything that compiles a pattern.
_RECORDING = __name__ == "__main__" and sys.argv[1:2] == ["--record"]
if _RECORDING:
    os.environ["FINSUM_NO_REGEX_CACHE"] = "1"  # every pattern compiled here, none from the file

def _site() -> tuple[str, bool]:
    """(file:line of the code that asked for the pattern, whether it came through a
    LazyPattern): the first frame outside `re` and summarizer/text/patterns.py."""
    frame, lazy = sys._getframe(2), False
    while frame is not None:
        name = frame.f_code.co_filename
        if name.endswith(os.path.join("text", "patterns.py")):
            lazy = True
        elif f"{os.sep}re{os.sep}" not in name:
            return f"{name}:{frame.f_lineno}", lazy
        frame = frame.f_back
    return "?", lazy  # pragma: no cover


def _recorder() -> dict:
    """Wrap re's compiler so that each compilation (a miss in re's cache) is recorded with the
    arguments it gives `_sre.compile`: {(pattern, flags given): (flags, code, groups,
    groupindex, indexgroup, site, lazy)}."""
    from re import _compiler

    seen: dict = {}
    real_compile, real_sre = _compiler.compile, _compiler._sre
    last: list = []

    class _Sre:
        def __getattr__(self, name):
            return getattr(real_sre, name)

        @staticmethod
        def compile(pattern, flags, code, groups, groupindex, indexgroup):
            last.append((int(flags), [int(c) for c in code], int(groups), dict(groupindex),
                         tuple(indexgroup)))
            return real_sre.compile(pattern, flags, code, groups, groupindex, indexgroup)

    def compile(p, flags=0):
        last.clear()
        rx = real_compile(p, flags)
        if isinstance(p, (str, bytes)) and last:
            seen[(p, int(flags))] = (*last[-1], *_site())
        return rx

    re.purge()
    _compiler._sre = _Sre()
    _compiler.compile = compile
    return seen


_SEEN = _recorder() if _RECORDING else None

import argparse
import contextlib
import gc
import io
import json
import marshal
import zlib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))


def _pairs(paths: list[Path]) -> list[tuple[str, str]]:
    out = []
    for path in paths:
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                row = json.loads(line)
                out.append((row["source"], row["summary"]))
    return out


def exercise(paths: list[Path], tmp: Path) -> None:
    """Run the check path on these pairs (see the module's docstring)."""
    from summarizer.checker import check, clear_article_cache
    from summarizer.checks import MODULES, load
    from summarizer.cli.app import app
    from summarizer.settings import ALL_CHECKS, Settings
    from summarizer.text.patterns import LazyPattern

    for name in MODULES:
        load(name)
    settings = Settings(backend="lexical")
    pairs = _pairs(paths)
    for source, summary in pairs:
        check(source, summary, settings)
        check(None, summary, settings)
        for name in ALL_CHECKS:
            check(source, summary, settings.replace(checks=(name,)))
    clear_article_cache()
    (tmp / "articles").mkdir()
    summaries = []
    for i, (source, summary) in enumerate(pairs[:6]):
        (tmp / "articles" / f"a{i}.txt").write_text(source, encoding="utf-8")
        summaries.append(str(tmp / f"a{i}.summary.txt"))
        Path(summaries[-1]).write_text(summary, encoding="utf-8")
    for fmt in ("text", "json", "jsonl", "markdown", "github", "junit", "sarif"):
        for extra in ([], ["--quiet"], ["--statistics"]):
            if extra == ["--statistics"] and fmt not in ("text", "json"):
                continue
            for files in (summaries[:1], summaries):
                args = ["check", *files, "--sources", str(tmp / "articles"), "-f", fmt,
                        "--backend", "lexical", *extra]
                with contextlib.redirect_stdout(io.StringIO()), \
                        contextlib.redirect_stderr(io.StringIO()):
                    app(args, prog_name="finsum", standalone_mode=False)
    for obj in gc.get_objects():
        if isinstance(obj, LazyPattern) and "search" not in vars(obj):
            obj.compiled()


def fixed(one: dict, two: dict) -> dict:
    """The patterns of two recordings on disjoint data, less those built from the text: a line
    of code (outside the first-use wrapper, whose patterns are fixed) that compiled other
    patterns on the other data builds them from what it reads. {(pattern, flags given):
    (flags, code, groups, groupindex, indexgroup)}."""
    def per_site(seen: dict) -> dict:
        out: dict = {}
        for key, (*_, site, lazy) in seen.items():
            if not lazy:
                out.setdefault(site, set()).add(key)
        return out

    sites_one, sites_two = per_site(one), per_site(two)
    keep = {}
    for seen, sites, other in ((one, sites_one, sites_two), (two, sites_two, sites_one)):
        for key, value in seen.items():
            site, lazy = value[5], value[6]
            if lazy or sites[site] == other.get(site):
                keep.setdefault(key, value[:5])
    return keep


def encode(patterns: dict) -> bytes:
    """The file's bytes: zlib-compressed marshal of a list sorted by pattern and flags, the code
    as native words (the tag names the byte order and word size)."""
    import _sre
    from array import array

    word = next(t for t in "IL" if array(t).itemsize == _sre.CODESIZE)
    rows = [(p, given, flags, array(word, code).tobytes(), groups, groupindex, indexgroup)
            for (p, given), (flags, code, groups, groupindex, indexgroup)
            in sorted(patterns.items(), key=lambda kv: (type(kv[0][0]).__name__, kv[0]))]
    return zlib.compress(marshal.dumps(rows), 9)


def _record(paths: list[Path]) -> dict:
    """exercise() in a new process (fresh module state, recording from its start)."""
    import subprocess
    import tempfile

    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "seen.marshal"
        env = {k: v for k, v in os.environ.items() if k != "GITHUB_STEP_SUMMARY"}
        env["PYTHONPATH"] = str(ROOT)
        subprocess.run([sys.executable, __file__, "--record", str(out), *map(str, paths)],
                       check=True, env=env, cwd=ROOT)
        return marshal.loads(out.read_bytes())


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--check", action="store_true", help="exit 1 if the file is not up to date")
    ap.add_argument("--record", type=Path, help=argparse.SUPPRESS)  # the recording process
    ap.add_argument("jsonl", nargs="*", type=Path, help=argparse.SUPPRESS)
    args = ap.parse_args(argv)
    if args.record is not None:
        import tempfile

        with tempfile.TemporaryDirectory() as tmp:
            exercise(args.jsonl, Path(tmp))
        args.record.write_bytes(marshal.dumps(_SEEN))
        return 0
    from summarizer.text import regex_cache

    out = regex_cache.path()
    if out is None:
        print("build_regex_cache.py: this interpreter has no _sre engine", file=sys.stderr)
        return 2
    data = sorted((ROOT / "eval/data").glob("*.jsonl"))
    one = _record([ROOT / "tests/data/eval_pairs.jsonl", *data[0::2]])
    two = _record([ROOT / "fixtures/pairs.jsonl", *data[1::2]])
    patterns = fixed(one, two)
    blob = encode(patterns)
    if args.check:
        fresh = out.is_file() and out.read_bytes() == blob
        print(f"{out}: {'up to date' if fresh else 'OUT OF DATE'}")
        return 0 if fresh else 1
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_bytes(blob)
    print(f"wrote {out} ({len(blob):,} bytes, {len(patterns)} patterns; the two recordings "
          f"compiled {len(one)} and {len(two)})")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
