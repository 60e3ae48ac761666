"""`Document`: a text with its sentences, words and a memo for parse results, built once and
shared by every check.

Parse results often keep the document they were built from (a view of its sentences, an index
of its words), so a document with a filled memo is a reference cycle that only the garbage
collector frees. `release()` breaks it; the checker releases every document it is done with."""

from __future__ import annotations

import bisect
import re
from array import array
from functools import cached_property
from itertools import repeat
from operator import getitem, methodcaller
from typing import Any, Callable

from .sentences import Span, split_sentences

# Words keep internal apostrophes, hyphens, dots and ampersands ("S&P", "U.S.", "year-on-year").
WORD = re.compile(r"[A-Za-z0-9\u00C0-\u024F]+(?:['\u2019.&\-][A-Za-z0-9\u00C0-\u024F]+)*\.?")


_STRIP_DOT = methodcaller("rstrip", ".")


class Words:
    """The words of a text as (start, end, word) triples, stored as two arrays of offsets (8
    bytes a word instead of a tuple, two ints and a string: ~200 bytes). Indexing, slicing and
    iteration build the triples on demand; a slice is a plain list."""

    __slots__ = ("ends", "starts", "text")

    def __init__(self, text: str):
        code = "i" if len(text) < 2**31 else "q"
        starts, ends = array(code), array(code)
        add_start, add_end = starts.append, ends.append
        for m in WORD.finditer(text):
            s, e = m.span()
            add_start(s)
            add_end(e)
        self.text, self.starts, self.ends = text, starts, ends

    def __len__(self) -> int:
        return len(self.starts)

    def strings(self, i: int = 0, j: int | None = None):
        """The words themselves (an iterator), of words[i:j]."""
        starts, ends = self.starts[i:j], self.ends[i:j]
        return map(getitem, repeat(self.text), map(slice, starts, ends))

    def __iter__(self):
        return zip(self.starts, self.ends, self.strings())

    def __getitem__(self, i):
        if isinstance(i, slice):
            lo, hi, step = i.indices(len(self.starts))
            if step != 1:
                return list(self)[i]
            return list(zip(self.starts[lo:hi], self.ends[lo:hi], self.strings(lo, hi)))
        s, e = self.starts[i], self.ends[i]
        return (s, e, self.text[s:e])

    def __eq__(self, other) -> bool:
        return list(self) == (list(other) if isinstance(other, Words) else other)

    __hash__ = None  # type: ignore[assignment]


class Document:
    def __init__(self, text: str):
        self.text = text
        self._memo: dict[str, Any] = {}

    def __repr__(self) -> str:
        head = self.text[:40].replace("\n", " ")
        return f"Document({head!r}{'...' if len(self.text) > 40 else ''})"

    @cached_property
    def lower(self) -> str:
        return self.text.lower()

    @cached_property
    def sentences(self) -> list[Span]:
        return split_sentences(self.text)

    @cached_property
    def _sentence_starts(self) -> list[int]:
        return [s for s, _ in self.sentences]

    def sentence_index(self, offset: int) -> int:
        """Index of the sentence containing (or nearest before) `offset`; -1 if none."""
        i = bisect.bisect_right(self._sentence_starts, offset) - 1
        return i

    def sentence_span(self, offset: int) -> Span:
        i = self.sentence_index(offset)
        if i < 0:
            return (0, len(self.text))
        return self.sentences[i]

    def sentence_text(self, offset: int) -> str:
        s, e = self.sentence_span(offset)
        return self.text[s:e]

    @cached_property
    def words(self) -> Words:
        """(start, end, word) of every word, in order (a compact sequence: see `Words`)."""
        return Words(self.text)

    def word_strings(self) -> list[str]:
        """The words themselves, in order (kept in the memo: the checks of a parsed article
        read them several times, and cutting them out of the text costs as much as finding
        them)."""
        return self.memo("words.strings", lambda d: WORD.findall(d.text))  # == words.strings()

    @cached_property
    def word_set(self) -> frozenset[str]:
        raw = set(self.word_strings())
        return frozenset(map(_STRIP_DOT, map(str.lower, raw)))

    def may_contain(self, *words: str) -> bool:
        """Whether one of `words` (lower-case ASCII) may occur in the text, case aside: a cheap
        gate before a case-insensitive pattern that cannot match without one of them. Exact for
        ASCII text, where re.IGNORECASE folds letters as str.lower does; any other text may
        (the regex engine also folds a few other letters onto ASCII ones, as the long s)."""
        if not self.text.isascii():
            return True
        lower = self.lower
        return any(map(lower.__contains__, words))

    def memo(self, key: str, build: Callable[["Document"], Any]) -> Any:
        """Parse results cached per document (e.g. quantities, dates, names)."""
        try:
            return self._memo[key]
        except KeyError:
            value = self._memo[key] = build(self)
            return value

    def release(self) -> None:
        """Drop the memo, and with it the references back to this document, so the document is
        freed by reference counting as soon as nothing else holds it. Results already taken from
        the memo stay valid; a later `memo` call simply builds again."""
        self._memo.clear()
