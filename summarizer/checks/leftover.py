"""The `leftover` check: chatbot text that is not part of a summary, and `clean()` to remove it.

Leftovers are recognised by the grammar of a chatbot talking to whoever asked for the summary,
not by a list of known sentences:

- whole sentences: preambles ("Sure!", "Here is a summary of the article:"), sign-offs
  ("I hope this helps!", "Let me know if ...", "Would you like me to ...?"), self-reference
  ("As an AI ...", "my knowledge cutoff"), notes about the summary ("Note: This summary is based
  on ...", "(Word count: 120)"), "Read the full article at" / "Source:" / bare-URL lines;
- clauses that prefix a real sentence ("Based on the article provided, ..."), markdown labels
  ("**Summary:**", "TL;DR:") and template placeholders ("[Insert date]", "{company}").

Text inside quotation marks is reported speech, never a leftover, and neither is anything that
also occurs in the source article."""

from __future__ import annotations

import re
from collections.abc import Iterable

from ..findings import Finding
from ..text import Document
from .base import CheckContext

NAME = "leftover"
NEEDS_SOURCE = False

Span = tuple[int, int]

_F = re.IGNORECASE
_APOS = "['\u2019]"  # straight or curly apostrophe

# --- vocabulary ------------------------------------------------------------------------------
# What a chatbot calls the thing it wrote, and the thing it was given.
_OUTPUT = (
    r"(?:summary|summaries|summari[sz]ation|overview|recap|rundown|breakdown|synopsis|digest|"
    r"key (?:points|takeaways|facts|details|highlights)|main (?:points|takeaways|ideas)|"
    r"highlights|takeaways|bullet points|version|rewrite|paraphrase|condensed \w+|brief|"
    r"tl;?dr)"
)
_INPUT = r"(?:article|text|passage|excerpt|content|document|story|piece|news item|input|information|report)"
# Words showing that the input was handed to the chatbot by the reader.
_GIVEN = (
    rf"(?:provided|supplied|given|above|below|shared|pasted|attached|"
    rf"(?:that |which )?you(?:{_APOS}ve| have)? (?:provided|shared|sent|gave|given|pasted|supplied|posted|linked))"
)

_PREAMBLE_MESSAGE = "chatbot preamble, not part of a summary"

_HERE = rf"(?:here{_APOS}s|here is|here are|below is|below are|below you{_APOS}ll find)"
# What only a chatbot calls its input (a news summary speaks of "the report", not "the text").
_CHAT_INPUT = r"(?:article|text|passage|excerpt|content|document|piece|input)"

# --- whole-sentence leftovers ----------------------------------------------------------------
# Each pattern is searched in the sentence with leading markup (bullets, **, #) skipped; a
# pattern anchored with ^ must match at the start of that text.
_SENTENCE_PATTERNS: list[tuple[re.Pattern, str]] = [
    # "Sure!", "Certainly.", "Okay!" alone, or an interjection introducing a preamble.
    (re.compile(
        r"^(?:sure(?: thing)?|certainly|of course|absolutely|okay|ok|alright|all right|"
        r"no problem|got it|gladly|great question|happy to help)\s*[!.,]*\s*$", _F),
     _PREAMBLE_MESSAGE),
    (re.compile(
        r"^(?:sure(?: thing)?|certainly|of course|absolutely|okay|ok|alright|all right|"
        r"no problem|got it|gladly)\s*(?:[!.,:]|\s[-\u2013\u2014])\s*(?:here|below|I|let me)\b", _F),
     _PREAMBLE_MESSAGE),
    # "Here's a concise summary of the article:", "Below is an overview:".
    (re.compile(
        rf"^(?:{_HERE}|the following (?:is|are)|this is|I{_APOS}ve (?:written|prepared|put together)|"
        rf"I have (?:written|prepared|put together)) (?:(?:a|an|the|your|my|this)\s+)?"
        rf"(?:[\w-]+\s+){{0,3}}?{_OUTPUT}"
        rf"(?:\s+(?:of|from|on|for|about|in|based on)\s+(?:the|this|that|your|its)\s+(?:[\w.-]+\s+){{0,4}}?"
        rf"(?:{_CHAT_INPUT}|{_OUTPUT}|news|points|report)\b)?"
        rf"(?:\s+(?:(?:that |as )?you (?:asked|requested)(?: for)?|{_GIVEN}))?"
        rf"(?:\s+(?:in|within|under) (?:about |around )?\d+ (?:words|sentences|bullet points))?"
        rf"\s*(?:[:.!]|$)", _F),
     _PREAMBLE_MESSAGE),
    # "Below is a neutral, factual summary suitable for a newsletter:" — "here is" + the output
    # named with a few words of description, introducing content after a colon.
    (re.compile(rf"^{_HERE} (?:(?:a|an|the|your|my)\s+)?(?:[\w,-]+\s+){{0,4}}?{_OUTPUT}\b"
                rf"[^\n:]{{0,60}}:", _F),
     _PREAMBLE_MESSAGE),
    # "Here you go — a short version of the story:", "Here it is:".
    (re.compile(r"^(?:here you go|here you are|here it is|there you go|voil[aà])\b", _F),
     _PREAMBLE_MESSAGE),
    # A short line naming the output and the input, ending in a colon: "A quick recap of the story:".
    (re.compile(rf"^[^\n:]{{0,60}}\b{_OUTPUT} (?:of|from|on) (?:the|this|your|that) (?:[\w-]+ )?"
                rf"(?:{_INPUT}|news|story)\s*:\s*$", _F),
     _PREAMBLE_MESSAGE),
    # "Here's what happened:", "Here are the main figures:" — a short line introducing content.
    (re.compile(rf"^{_HERE}\b[^\n:]{{0,50}}:\s*$", _F), _PREAMBLE_MESSAGE),
    # "Here's what the article says:", "Here is the text you provided, condensed."
    (re.compile(
        rf"^{_HERE}\b[^\n]{{0,60}}?\b(?:the|this|your) (?:[\w-]+ )?(?:{_CHAT_INPUT}\b|"
        rf"(?:{_INPUT}) {_GIVEN})", _F),
     _PREAMBLE_MESSAGE),
    # "I've summarized the article below", "I have kept the summary under 100 words".
    (re.compile(
        rf"^I(?:{_APOS}ve| have)? (?:summari[sz]ed|condensed|shortened|rewritten|rewrote|"
        rf"paraphrased)\b", _F),
     "chatbot note about its own summary, not part of a summary"),
    # "I've boiled the article down to one sentence below", "I distilled the story into ...".
    (re.compile(
        rf"^I(?:{_APOS}ve| have)? (?:\w+ed|put|cut|broken|brought|made|kept) (?:(?:it|this|the|your) )?"
        rf"(?:[\w-]+ )?(?:{_CHAT_INPUT}|story|news|report)\b[^\n]*\b(?:down|into|below|above|"
        rf"to (?:a|one|two|three|\d+)|in (?:a|one|two|three|\d+))\b", _F),
     "chatbot note about its own summary, not part of a summary"),
    (re.compile(
        rf"^I(?:{_APOS}ve| have)? (?:kept|included|focused|omitted|left out|highlighted|tried|"
        rf"aimed|made|removed|excluded)\b.*\b(?:{_OUTPUT}|{_CHAT_INPUT}|words|concise|brevity|"
        rf"clarity)\b", _F),
     "chatbot note about its own summary, not part of a summary"),
    # Sign-offs addressed to the reader.
    (re.compile(r"\blet (?:me|us) know\b", _F), "chatbot sign-off, not part of a summary"),
    (re.compile(r"(?:^|\byou\b.*)\bfeel free\b|\bfeel free to (?:ask|reach out|let|contact|request|tweak|adjust|edit|modify|change|shorten|expand|use|share|reuse)\b", _F),
     "chatbot sign-off, not part of a summary"),
    (re.compile(rf"\b(?:don{_APOS}t|do not) hesitate to\b", _F),
     "chatbot sign-off, not part of a summary"),
    (re.compile(
        rf"\b(?:I|we) hope (?:that )?(?:this|these|it|my|the above|the (?:{_OUTPUT}|{_INPUT}|"
        rf"rewrite|answer|response))\b.*\b(?:help|helps|helpful|useful|summar\w*|provided|"
        rf"you|your|clear|accurate\w*|captures?|meets?|answers?|informative|what you)\b", _F),
     "chatbot sign-off, not part of a summary"),
    (re.compile(r"^(?:I )?hope (?:this|that|it) helps\b", _F), "chatbot sign-off, not part of a summary"),
    (re.compile(
        r"^(?:would|do|shall|should|will|could) (?:you|I) (?:like|want|prefer|need|care)\b", _F),
     "chatbot question to the reader, not part of a summary"),
    (re.compile(r"^(?:shall|should|can|may) I\b.*\?\s*$", _F),
     "chatbot question to the reader, not part of a summary"),
    (re.compile(r"^is there anything (?:else|more|specific|in particular)\b", _F),
     "chatbot question to the reader, not part of a summary"),
    (re.compile(
        rf"^if you(?:{_APOS}d| would)? (?:need|want|like|have any|require|prefer|are interested|"
        rf"{_APOS}re interested|wish)\b.*\b(?:I|me|let me|just ask|ask me|feel free|happy to|"
        rf"hesitate|version|{_OUTPUT}|adjust\w*|shorter|longer|elaborat\w*|expand\w*)\b", _F),
     "chatbot sign-off, not part of a summary"),
    (re.compile(
        rf"\bI(?:{_APOS}d| would|{_APOS}m| am|{_APOS}ll| will)? (?:be )?(?:more than )?"
        rf"(?:happy|glad|delighted) to (?:help|assist|provide|expand|elaborate|adjust|answer|"
        rf"clarify|make|create|add|go|tailor|rewrite|summari[sz]e|shorten)\b", _F),
     "chatbot sign-off, not part of a summary"),
    # "Happy to tweak the tone or length if needed." (the "I'd be" dropped).
    (re.compile(
        r"^(?:more than )?(?:happy|glad|delighted) to (?:help|assist|tweak|adjust|edit|revise|"
        r"expand|elaborate|shorten|rewrite|change|modify|tailor|make)\b", _F),
     "chatbot sign-off, not part of a summary"),
    (re.compile(
        r"^I can (?:also )?(?:provide|expand|shorten|make|adjust|add|help|elaborate|summari[sz]e|"
        r"rewrite|create|give|tailor|go into|break|format|translate|condense|include)\b", _F),
     "chatbot offer to the reader, not part of a summary"),
    # Self-reference and refusals.
    (re.compile(
        r"\b(?:generated|written|produced|created|drafted|summari[sz]ed) (?:by|with|using) "
        r"(?:an? |the )?(?:AI|artificial intelligence|(?:large )?language model|LLM|chatbot|"
        r"ChatGPT|GPT[\w.-]*|Claude|Gemini|Copilot)\b|\bAI[- ]generated\b", _F),
     "chatbot self-reference, not part of a summary"),
    (re.compile(
        r"\bas an? (?:AI|artificial intelligence|(?:large )?language model|LLM|"
        r"AI[- ](?:language )?(?:model|assistant|system)|virtual assistant|assistant)\b", _F),
     "chatbot self-reference, not part of a summary"),
    (re.compile(
        rf"\bI{_APOS}?(?:m| am) (?:just |only |not )?an? (?:AI|artificial intelligence|"
        rf"(?:large )?language model|LLM|virtual assistant)\b", _F),
     "chatbot self-reference, not part of a summary"),
    (re.compile(
        rf"\bI (?:cannot|can{_APOS}t|can not|am unable to|{_APOS}m unable to|am not able to|"
        rf"(?:don{_APOS}t|do not) have the ability to) (?:browse|access|search|verify|check|"
        rf"look up|retrieve|predict|provide (?:real[- ]time|live|current|up[- ]to[- ]date|"
        rf"financial|investment)|give (?:financial|investment))\b", _F),
     "chatbot self-reference, not part of a summary"),
    (re.compile(
        rf"\bI (?:don{_APOS}t|do not) have (?:direct |any )?(?:access to )?(?:real[- ]time|live|"
        rf"current|up[- ]to[- ]date|the latest|browsing|internet)\b", _F),
     "chatbot self-reference, not part of a summary"),
    (re.compile(r"\bmy (?:last )?(?:knowledge|training)(?: data)?(?: cut[- ]?off| update)?\b", _F),
     "chatbot self-reference, not part of a summary"),
    (re.compile(
        rf"\bI{_APOS}?(?:m| am) not (?:a|your) (?:licensed |registered |certified )?"
        rf"(?:financial|investment) (?:advisor|adviser|professional|planner)\b", _F),
     "chatbot disclaimer, not part of a summary"),
    (re.compile(
        r"^(?:this|it|the above|this summary) (?:is|does) not (?:constitute |intended as |meant as )?"
        r"(?:financial|investment|professional) advice\b", _F),
     "chatbot disclaimer, not part of a summary"),
    # Notes and disclaimers about the summary itself.
    (re.compile(rf"^(?:disclaimer|editor{_APOS}s note)\s*(?:\*\*|__)?\s*[:\-\u2013\u2014]", _F),
     "chatbot note about its own summary, not part of a summary"),
    (re.compile(
        rf"^(?:note|please note|n\.?b\.?|important)\s*(?:\*\*|__)?\s*(?::|\u2013|\u2014|-|that\b)"
        rf".*\b(?:{_OUTPUT}|{_INPUT}|provided|I|we|advice|consult|verify|original|above)\b", _F),
     "chatbot note about its own summary, not part of a summary"),
    (re.compile(
        rf"^(?:this|the above|the preceding|my|the|this (?:brief|short|concise|quick)) "
        rf"(?:\w+ )?{_OUTPUT} (?:above |below )?(?:captures|covers|highlights|provides|is based|"
        rf"was based|is intended|focuses|includes|reflects|condenses|summari[sz]es|aims|"
        rf"omits|was (?:written|generated|created|prepared)|is (?:written|generated|created|"
        rf"accurate|not)|has been|should|may|does|keeps|retains|presents|outlines|gives)\b", _F),
     "chatbot note about its own summary, not part of a summary"),
    (re.compile(r"^(?:word|character) count\s*[:=]?\s*~?\d", _F),
     "chatbot note about its own summary, not part of a summary"),
]

# Lines pointing at the article: "Read the full article at:", "Source: ...", "Link: ...". The
# span is the whole line (a title inside, such as "Bloomberg L.P.", may fool the sentence split).
_LINK_LINE = re.compile(
    r"^(?P<lead>[ \t]*(?:[-*+\u2022>#]+[ \t]*|\*\*|__)*)(?P<body>"
    r"(?:read|view|see|find|continue reading|access|click here)\b[^\n]{0,40}?\b(?:full|complete|"
    r"original|entire|whole|rest of|more)\b[^\n]*"
    r"|(?:sources?|links?|urls?|original (?:article|story|source)|full (?:article|story)|"
    r"references?|citation)[ \t]*(?:\*\*|__)?[ \t]*:[^\n]*)$",
    _F | re.MULTILINE,
)

_HAS_URL = re.compile(r"https?://|www\.", _F)

# A line holding nothing but a URL (optionally in brackets), e.g. under "Read the full article".
_URL_LINE = re.compile(
    r"^[ \t]*(?:[\[(<{][ \t]*)?(?:\[[^\]\n]*\]\()?(?:https?://|www\.)\S+?[ \t]*[\])>}]*[ \t]*$",
    _F | re.MULTILINE,
)

# --- leftover clauses and labels -------------------------------------------------------------
# A framing clause at the start of a sentence: the span runs to and includes the comma.
_CLAUSES = [
    re.compile(rf"^(?:based (?:solely |only |entirely )?on|from|in|according to|per|using) "
               rf"(?:the|this|your) (?:\w+ )?{_INPUT} {_GIVEN}(?: (?:to me|above|here))?\s*,", _F),
    re.compile(rf"^based (?:solely |only |entirely )?on (?:the|this|your) (?:\w+ )?{_INPUT}\s*,", _F),
    re.compile(rf"^(?:as (?:you )?requested|as per your request|per your request|"
               rf"in (?:summary|short|brief) of (?:the|this|your) {_INPUT})\s*,", _F),
]

# Markdown / plain labels: "**Summary:**", "## Summary", "Summary:" alone, "TL;DR:".
_LABEL_WORDS = (
    rf"(?:(?:concise |short |brief |quick |executive |article |news )?{_OUTPUT}"
    rf"(?: (?:of|for) (?:the|this|your) (?:\w+ )?{_INPUT})?|in (?:brief|short|summary)|"
    rf"bottom line|the gist|gist|in a nutshell)"
)
_LABEL = re.compile(
    rf"^[ \t]*(?P<label>(?:#{{1,6}}[ \t]*)?(?:\*\*|__|\*|_)?[ \t]*{_LABEL_WORDS}"
    rf"(?:[ \t]*\([^)\n]{{0,30}}\))?[ \t]*(?P<colon>:)?[ \t]*(?:\*\*|__|\*|_)?(?(colon)|[ \t]*:?))"
    rf"(?P<rest>[^\n]*)$",
    _F | re.MULTILINE,
)

# A markdown heading line ("## Q3 results"): formatting from a chat answer, not summary text.
_HEADING = re.compile(r"^[ \t]*(?P<heading>#{1,6}[ \t]+\S[^\n]*?)[ \t]*$", re.MULTILINE)

# Template placeholders: "[Insert date]", "[Your Name]", "<insert company>", "{company}".
_PLACEHOLDER = re.compile(
    r"\[(?:insert|enter|add|your|name of|placeholder|tbd|tba|xx+)\b[^\]\n]{0,40}\]"
    r"|(?-i:\[(?:[A-Z][a-z]+ ){0,3}(?:Name|Date|Company|Title|Amount|Figure|Number|Source|Link|"
    r"URL|Location|Price|Percentage|Time|Place)\])"
    r"|<(?:insert|enter|add|your)\b[^>\n]{0,40}>"
    r"|\{\{?[ \t]*[A-Za-z_][A-Za-z0-9_ .\-]{0,30}[ \t]*\}?\}",
    re.IGNORECASE,
)

# "(Word count: 120)", "(120 words)" anywhere.
_WORD_COUNT = re.compile(
    r"\((?:approx(?:imately|\.)?\s*|~\s*)?(?:(?:word|character) count\s*[:=]?\s*~?\d[\d,]*"
    r"(?:\s*words?)?|~?\d[\d,]*\s+(?:words|characters))\s*\)",
    re.IGNORECASE,
)

# Markup that may precede a sentence: bullets, markdown emphasis and headings, blockquotes.
_LEAD = re.compile(r"^(?:[ \t]*(?:[-*+\u2022>#]+|\*\*|__|\d{1,2}[.)])[ \t]+|\*\*|__|\((?=\s*(?:note|n\.b|disclaimer|editor)))*", re.IGNORECASE)


# --- quotation marks -------------------------------------------------------------------------
_DQ_OPEN = "\"\u201c\u201e\u00ab"
_SQ_OPEN = re.compile(r"(?<![A-Za-z0-9])['\u2018`](?=\S)")
_SQ_CLOSE = re.compile(r"(?<=\S)['\u2019](?![A-Za-z0-9])")


def quoted_regions(text: str) -> list[Span]:
    """Character ranges inside quotation marks, per line (unclosed quotes run to line end)."""
    regions: list[Span] = []
    for m in re.finditer(r"[^\n]+", text):
        line, base = m.group(), m.start()
        i = 0
        while i < len(line):
            ch = line[i]
            if ch in _DQ_OPEN or ch == "\u201d":
                closers = "\"\u201d\u00bb\u201c" if ch != "\u00ab" else "\u00bb"
                j = i + 1
                while j < len(line) and line[j] not in closers:
                    j += 1
                regions.append((base + i, base + min(j + 1, len(line))))
                i = j + 1
                continue
            if _SQ_OPEN.match(line, i):
                c = _SQ_CLOSE.search(line, i + 1)
                if c is not None:
                    regions.append((base + i, base + c.end()))
                    i = c.end()
                    continue
            i += 1
    return regions


def _inside(regions: list[Span], offset: int) -> bool:
    return any(s <= offset < e for s, e in regions)


def _norm(text: str) -> str:
    return " ".join(re.sub(r"[*_#`]+", " ", text).lower().split())


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


def _sentence_match(core: str) -> tuple[int, str, int | None] | None:
    """(offset of the telling words, message, end of a preamble that introduces content on the
    same sentence or None) for a leftover sentence, else None."""
    for pattern, message in _SENTENCE_PATTERNS:
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


def _find(doc: Document, source: Document | None) -> list[tuple[Span, str]]:
    text = doc.text
    quotes = quoted_regions(text)
    source_norm = _norm(source.text) if source is not None else None
    kept: list[tuple[Span, str, str]] = []
    for (s, e), message, form, anchor in _candidates(doc):
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


# The rule code of each leftover form, keyed by the start of its message.
_CODES = (
    ("chatbot preamble", "LEFT001"),
    ("chatbot sign-off", "LEFT002"),
    ("chatbot offer", "LEFT002"),
    ("chatbot question", "LEFT002"),
    ("chatbot note", "LEFT003"),
    ("chatbot self-reference", "LEFT003"),
    ("chatbot disclaimer", "LEFT003"),
    ("chatbot framing", "LEFT004"),
    ("link to the article", "LEFT005"),
    ("markdown", "LEFT006"),
    ("template placeholder", "LEFT007"),
)


def code_of(message: str) -> str:
    return next(code for start, code in _CODES if message.startswith(start))


def run(ctx: CheckContext) -> list[Finding]:
    text = ctx.summary.text
    return [
        Finding.at(text, s, e, "leftover", message, None, "error", code_of(message))
        for (s, e), message in _find(ctx.summary, ctx.source)
    ]


# --- clean -----------------------------------------------------------------------------------
_MARKUP_ONLY = re.compile(r"^[\s*_#>\-+\u2022\u2013\u2014:|.,;!?()\[\]]*$")


def _clean_once(text: str, spans: Iterable[Span]) -> str:
    spans = sorted(spans)
    lines = text.splitlines(keepends=True)
    # For every line: keep (True), blank (None) or gone (False), plus its edited text.
    edited: list[tuple[str, bool | None]] = []
    pos = 0
    for line in lines:
        body = line.rstrip("\r\n")
        ending = line[len(body):]
        lstart, lend = pos, pos + len(body)
        pos += len(line)
        mine = [(max(s, lstart) - lstart, min(e, lend) - lstart) for s, e in spans if s < lend and lstart < e]
        if not body.strip():
            edited.append((line, None))
            continue
        if not mine:
            edited.append((line, True))
            continue
        keep = [True] * len(body)
        for s, e in mine:
            for i in range(s, e):
                keep[i] = False
        rest = "".join(c for c, k in zip(body, keep) if k)
        if _MARKUP_ONLY.match(rest) and not any(ch.isalnum() for ch in rest):
            edited.append(("", False))
            continue
        # Drop the whitespace that only served a removed piece.
        for s, e in mine:
            j = e
            while j < len(body) and body[j] in " \t":
                j += 1
            i = s
            while i > 0 and body[i - 1] in " \t":
                i -= 1
            at_start = not any(keep[:i])
            at_end = not any(keep[j:])
            if at_end or at_start or (i < s and j > e):
                if at_end and not at_start:
                    rng = range(i, s)
                else:
                    rng = range(e, j)
                for k in rng:
                    keep[k] = False
        new = "".join(c for c, k in zip(body, keep) if k)
        edited.append((new + ending, True))

    # Between two kept lines, the blank and removed lines collapse to the first blank run (the
    # separator the text already had); before the first or after the last kept line, blank lines
    # next to removed ones go with them.
    out: list[str] = []
    gap: list[tuple[str, bool | None]] = []
    seen_content = False
    tail_removed = False
    for line, state in edited + [("", True)]:  # the empty sentinel flushes the last gap
        if state is not True:
            gap.append((line, state))
            continue
        at_end = line == ""
        if not any(st is False for _, st in gap):
            out.extend(ln for ln, _ in gap)
        elif seen_content and not at_end:
            first_run: list[str] = []
            for ln, st in gap:
                if st is None:
                    first_run.append(ln)
                elif first_run:
                    break
            out.extend(first_run)
        else:
            tail_removed = at_end
        gap = []
        out.append(line)
        seen_content = True
    result = "".join(out)
    if tail_removed and not text.endswith(("\n", "\r")):
        # The text ended inside removed lines: do not leave the last kept line's ending dangling.
        result = result.rstrip("\r\n")
    return result


def clean(summary: str) -> str:
    """`summary` with every leftover removed, together with the blank lines and spaces that only
    served it. Every other character is kept unchanged and in order; nothing is re-capitalised.
    Text without leftovers is returned unchanged."""
    text = summary
    for _ in range(20):  # each round removes at least one character; usually one round
        spans = [span for span, _ in find_spans(text)]
        if not spans:
            break
        new = _clean_once(text, spans)
        if new == text:
            break
        text = new
    return text
