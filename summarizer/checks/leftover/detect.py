"""Find leftover spans: candidates from the patterns, minus reported speech and text the source
also has, merged where they follow each other."""

from __future__ import annotations

import re

from ...text import Document
from .patterns import (
    _CLAUSES,
    _F,
    _HAS_URL,
    _HEADING,
    _HERE,
    _LABEL,
    _LEAD,
    _LINK_LINE,
    _OUTPUT,
    _PLACEHOLDER,
    _PREAMBLE_MESSAGE,
    _SENTENCE_PATTERNS,
    _URL_LINE,
    _WORD_COUNT,
    Span,
    _inside,
    _norm,
    quoted_regions,
)


# --- detection -------------------------------------------------------------------------------
def _sentence_hits(doc: Document) -> list[tuple[Span, str, str, int]]:
    """(span, message, form, anchor) for whole-sentence leftovers and leftover prefixes of
    sentences; `anchor` is where the telling words begin (to tell quoted speech apart)."""
    text = doc.text
    hits: list[tuple[Span, str, str, int]] = []
    for s, e in doc.sentences:
        sent = text[s:e]
        lead = _LEAD.match(sent).end()
        core = sent[lead:]
        if not core.strip():
            continue
        # Framing clauses ("Based on the article provided, ") may prefix a sentence; when what
        # follows is itself chatbot text the whole sentence is one leftover.
        start = s + lead
        # "(Note: ...)": the parentheses belong to the note's span.
        span_start = start - 1 if lead and sent[lead - 1] == "(" and sent.rstrip().endswith(")") else start
        clause = None
        for pattern in _CLAUSES:
            m = pattern.match(core)
            if m and core[m.end():].strip():
                clause = (start, start + m.end())
                break
        rest_at = clause[1] if clause else start
        while rest_at < e and text[rest_at].isspace():
            rest_at += 1
        hit = _sentence_match(text[rest_at:e])
        if hit is not None:
            offset, message, preamble_end = hit
            end = rest_at + preamble_end if preamble_end is not None else e
            form = "sentence" if end == e else "preamble"
            hits.append(((span_start if clause is None else start, end), message, form, rest_at + offset))
        elif clause is not None:
            hits.append((clause, "chatbot framing of the request, not part of a summary", "clause", start))
    return hits



_INTRODUCES = re.compile(rf"\b(?:{_HERE}|the following|as follows|{_OUTPUT})\b", _F)


# (pattern, message, words one of which every match holds, or () when not listed)
_SEARCHES = [(p, message, needs[0] if needs else ()) for p, message, *needs in _SENTENCE_PATTERNS]


def _sentence_match(core: str) -> tuple[int, str, int | None] | None:
    """(offset of the telling words, message, end of a preamble that introduces content on the
    same sentence or None) for a leftover sentence, else None."""
    # Case aside, an ASCII text holds a pattern's words exactly where its lower-case form does.
    lower = core.lower() if core.isascii() else None
    for pattern, message, needs in _SEARCHES:
        if needs and lower is not None and not any(map(lower.__contains__, needs)):
            continue  # none of the words every match of the pattern holds
        m = pattern.search(core)
        if m:
            end = None
            colon = core.find(":", m.start())
            if colon >= 0 and any(ch.isalnum() for ch in core[colon + 1:]) and (
                message == _PREAMBLE_MESSAGE or _INTRODUCES.search(core, m.start(), colon)
            ):
                # "As an AI ..., but here is the summary: <content>": only the lead-in is chatbot
                # text; what follows the colon is the summary itself.
                end = colon + 1
            return m.start(), message, end
    return None


def _candidates(doc: Document) -> list[tuple[Span, str, str, int]]:
    """Every candidate: (span, message, form, offset where the telling words begin)."""
    text = doc.text
    out = _sentence_hits(doc)
    for m in _LINK_LINE.finditer(text):
        body = m.group("body")
        if body.lower().startswith(("source", "reference", "citation", "link", "url")) and not (
            _HAS_URL.search(body) or len(body.split()) <= 6
        ):
            continue  # "Source: company filings show ..." is a sentence, not a link line
        out.append(((m.start("body"), m.end("body")), "link to the article, not part of a summary",
                     "line", m.start("body")))
    for m in _URL_LINE.finditer(text):
        out.append(((m.start(), m.end()), "link to the article, not part of a summary", "line", m.start()))
    for m in _LABEL.finditer(text):
        label, rest = m.group("label"), m.group("rest")
        has_colon = ":" in label
        if not has_colon and rest.strip():
            continue  # "Summary of results shows ..." is prose, not a label
        if not has_colon and not re.search(r"[#*_]", label) and len(label.split()) > 4:
            continue
        out.append(((m.start("label"), m.end("label")), "markdown label, not part of a summary",
                    "label", m.start("label")))
    for m in _HEADING.finditer(text):
        out.append(((m.start("heading"), m.end("heading")), "markdown heading, not part of a summary",
                    "label", m.start("heading")))
    for m in _PLACEHOLDER.finditer(text):
        out.append(((m.start(), m.end()), "template placeholder left unfilled", "placeholder", m.start()))
    for m in _WORD_COUNT.finditer(text):
        out.append(((m.start(), m.end()), "chatbot note about its own summary, not part of a summary",
                    "inline", m.start()))
    return out


def _merge(doc: Document, hits: list[tuple[Span, str, str]]) -> list[tuple[Span, str, str]]:
    """Merge overlapping spans, and whole-sentence leftovers that follow each other on a line."""
    text = doc.text
    hits = sorted(hits, key=lambda h: (h[0][0], -h[0][1]))
    out: list[tuple[Span, str, str]] = []
    for (s, e), message, form in hits:
        if out:
            (ps, pe), pmsg, pform = out[-1]
            gap = text[pe:s]
            joinable = pform in ("sentence", "line") and form in ("sentence", "line", "preamble")
            if s < pe or (joinable and s >= pe and gap.strip(" \t") == ""):
                out[-1] = ((ps, max(pe, e)), pmsg, form if s >= pe else pform)
                continue
        out.append(((s, e), message, form))
    return out


def find_spans(summary: str, source: str | None = None) -> list[tuple[Span, str]]:
    """(span, message) of every leftover in `summary`; text also found in `source` is skipped."""
    doc = Document(summary)
    return _find(doc, Document(source) if source is not None else None)


def _source_norm(source: Document) -> str:
    return _norm(source.text)


def _find(doc: Document, source: Document | None) -> list[tuple[Span, str]]:
    text = doc.text
    candidates = _candidates(doc)
    if not candidates:
        return []  # most summaries: no quotation marks to find, no source text to normalise
    quotes = quoted_regions(text)
    # The source's normalised text is the same for every summary of it: kept with its parse.
    source_norm = source.memo("leftover.norm", _source_norm) if source is not None else None
    kept: list[tuple[Span, str, str]] = []
    for (s, e), message, form, anchor in candidates:
        while s < e and text[s].isspace():
            s += 1
        while e > s and text[e - 1].isspace():
            e -= 1
        if e <= s:
            continue
        if form != "placeholder" and _inside(quotes, anchor):
            continue  # reported speech
        if source_norm is not None:
            cand = _norm(text[s:e])
            if cand and cand in source_norm:
                continue
        kept.append(((s, e), message, form))
    return [(span, message) for span, message, _ in _merge(doc, kept)]


