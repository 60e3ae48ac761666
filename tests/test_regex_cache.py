"""The compiled patterns shipped in summarizer/data/regex (issue 12): the same patterns as
`re` compiles, used by a cold check, and harmless when absent or damaged."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

import pytest

from summarizer.text import regex_cache

ROOT = Path(__file__).resolve().parents[1]
shipped = pytest.mark.skipif(
    regex_cache.path() is None or not regex_cache.path().is_file(),
    reason="no compiled patterns shipped for this interpreter (eval/build_regex_cache.py)",
)


@shipped
def test_shipped_patterns_are_what_re_compiles():
    """Each entry gives the pattern object re.compile would: Pattern equality compares the
    pattern, the flags and the compiled code."""
    import _sre
    from array import array
    from re import _compiler

    word = next(t for t in "IL" if array(t).itemsize == _sre.CODESIZE)
    entries = regex_cache.entries()
    assert len(entries) > 100
    for pattern, given, flags, code, groups, groupindex, indexgroup in entries:
        words = array(word)
        words.frombytes(code)
        ours = _sre.compile(pattern, flags, words.tolist(), groups, groupindex, indexgroup)
        fresh = _compiler.compile(pattern, given)
        assert ours == fresh, pattern[:80]
        assert (ours.groups, dict(ours.groupindex)) == (fresh.groups, dict(fresh.groupindex))


@shipped
def test_a_cold_check_compiles_only_the_patterns_built_from_its_text():
    """A cold `finsum check` of a fixture finds its fixed patterns in the shipped file; what it
    still compiles are the few it builds from the article and summary themselves (figures,
    names, the contradiction check's phrase starts for the axes the texts use). Failing here
    after a pattern changed: run `python eval/build_regex_cache.py`."""
    code = (
        "import re._compiler as c, runpy, sys\n"
        "real = c.compile\n"
        "missed = []\n"
        "def compile(p, flags=0):\n"
        "    missed.append(p)\n"
        "    return real(p, flags)\n"
        "c.compile = compile\n"
        "sys.argv = ['finsum', 'check', sys.argv[1], '--source', sys.argv[2], '-f', 'json']\n"
        "try:\n    runpy.run_module('summarizer.cli.app', run_name='__main__')\n"
        "except SystemExit:\n    pass\n"
        "print(len(missed), file=sys.stderr)\n"
    )
    out = subprocess.run([sys.executable, "-c", code,
                          str(ROOT / "fixtures/summaries/halvorsen_results.unfaithful.txt"),
                          str(ROOT / "fixtures/articles/halvorsen_results.txt")],
                         capture_output=True, text=True, cwd=ROOT, timeout=120, check=False)
    assert json.loads(out.stdout)["verdict"] == "fail"
    assert int(out.stderr.strip().splitlines()[-1]) <= 12


def test_no_file_or_a_damaged_one_leaves_re_to_compile(tmp_path, monkeypatch):
    monkeypatch.setattr(regex_cache, "DATA_DIR", tmp_path)
    assert regex_cache.entries() == []
    regex_cache.path().write_bytes(b"not a cache")
    assert regex_cache.entries() == []


def test_a_bad_entry_is_skipped(monkeypatch):
    """_sre checks the code it is given: an entry with damaged code is left out, and re
    compiles that pattern itself."""
    monkeypatch.setattr(regex_cache, "_primed", False)
    good = re.compile(r"finsum-test-(\d+)")
    monkeypatch.setattr(regex_cache, "entries", lambda: [
        ("finsum-test-damaged", 0, 32, b"\xff" * 16, 0, {}, (None,)),
        ("finsum-test-short", 0, 32, b"", 0, {}, (None,)),
    ])
    cache = getattr(re, "_cache", None)
    if not isinstance(cache, dict):
        pytest.skip("re has no dict cache here")
    before = dict(cache)
    try:
        assert regex_cache.prime() == 0
        assert (str, "finsum-test-damaged", 0) not in cache
        assert re.compile("finsum-test-damaged").pattern == "finsum-test-damaged"
    finally:
        cache.clear()
        cache.update(before)
    assert good.match("finsum-test-12").group(1) == "12"


def test_it_can_be_turned_off(monkeypatch):
    monkeypatch.setattr(regex_cache, "_primed", False)
    monkeypatch.setenv("FINSUM_NO_REGEX_CACHE", "1")
    assert regex_cache.prime() == 0
