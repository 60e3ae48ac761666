"""Regex helpers shared by the parsers: prefix-tree alternations, and patterns compiled on
first use (a module full of patterns costs its importer nothing until one is needed)."""

from __future__ import annotations

import re
from collections.abc import Iterable


def trie(words: Iterable[str]) -> str:
    """A regex alternation matching exactly `words`, built as a prefix tree: one branch per
    first letter, so the engine rejects a position after a character or two instead of trying
    every word, and never retries a shared prefix. Returns a non-capturing group."""
    tree: dict = {}
    for w in words:
        node = tree
        for ch in w:
            node = node.setdefault(ch, {})
        node[""] = {}

    def build(node: dict) -> str:
        ends = "" in node
        branches = [re.escape(ch) + build(sub) for ch, sub in sorted(node.items()) if ch]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
        return f"(?:{body})?" if ends else body

    return "(?:" + build(tree) + ")"


class LazyPattern:
    """`re.compile(pattern, flags)`, done on first use.

    Compiling the big alternations of the parsers costs tens of milliseconds at import, and a
    `finsum check` run needs only some of them. A LazyPattern has the compiled pattern's
    methods; the first use compiles it and binds those methods onto the object, so later calls
    cost the same as on a compiled pattern. `pattern` and `flags` are there without compiling
    (to build other patterns from this one)."""

    _BOUND = ("search", "match", "fullmatch", "finditer", "findall", "sub", "subn", "split",
              "scanner", "groups", "groupindex")

    def __init__(self, pattern: str | bytes, flags: int = 0):
        self.pattern = pattern
        self.flags = flags

    def compiled(self) -> re.Pattern:
        rx = re.compile(self.pattern, self.flags)
        for name in self._BOUND:
            setattr(self, name, getattr(rx, name))
        self.flags = rx.flags
        return rx

    def __getattr__(self, name: str):
        # Called only for attributes not set yet, i.e. before the first compile.
        if name not in LazyPattern._BOUND:
            raise AttributeError(name)
        return getattr(self.compiled(), name)

    def __repr__(self) -> str:
        return f"LazyPattern({self.pattern!r})"


def lazy_compile(pattern: str | bytes, flags: int = 0) -> LazyPattern:
    """A pattern compiled on first use; use it like the result of `re.compile`."""
    return LazyPattern(pattern, flags)
