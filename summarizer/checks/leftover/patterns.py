"""The grammar of a chatbot talking to its requester: whole-sentence leftovers, clauses, labels,
placeholders, and quotation marks (reported speech is never a leftover)."""

from __future__ import annotations

import re

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
# pattern anchored with ^ must match at the start of that text. A third element lists words (in
# lower case) one of which is in every match of the pattern: an ASCII sentence holding none of
# them is not searched (only the costly unanchored patterns have one; tests/test_gates.py
# checks each against strings made from its pattern).
_SENTENCE_PATTERNS: list[tuple] = [
    # "Sure!", "Certainly.", "Okay!" alone, or an interjection introducing a preamble.
    (re.compile(
        r"^(?:sure(?: thing)?|certainly|of course|absolutely|okay|ok|alright|all right|"
        r"no problem|got it|gladly|great question|happy to help)\s*[!.,]*\s*$", _F),
     _PREAMBLE_MESSAGE),
    (re.compile(
        r"^(?:sure(?: thing)?|certainly|of course|absolutely|okay|ok|alright|all right|"
        r"no problem|got it|gladly)\s*(?:[!.,:]|\s[-\u2013\u2014])\s*(?:so\s+)?(?:here|below|I|let me)\b", _F),
     _PREAMBLE_MESSAGE),
    # "Big news in pharma today!": a chat opener that hypes the story.
    (re.compile(r"^(?:big|huge|exciting|major|interesting|great) news\b[^\n.!?]{0,40}!\s*$", _F),
     _PREAMBLE_MESSAGE),
    # "Here's what happened in the aluminium market.", "Here's what you need to know."
    (re.compile(rf"^{_HERE} what (?:happened|you need to know|we know|to know|went down)\b"
                r"[^\n.!?]{0,60}[.!:]?\s*$", _F),
     _PREAMBLE_MESSAGE),
    # "Here's a concise summary of the article:", "Below is an overview:".
    (re.compile(
        rf"^(?:{_HERE}|the following (?:is|are)|this is|I{_APOS}ve (?:written|prepared|put together)|"
        rf"I have (?:written|prepared|put together)) (?:(?:a|an|the|your|my|this)\s+)?"
        rf"(?:[\w-]+\s+){{0,3}}?{_OUTPUT}"
        rf"(?:\s+(?:of|from|on|for|about|in|based on)\s+(?:the|this|that|your|its)\s+(?:[\w.-]+\s+){{0,4}}?"
        rf"(?:{_CHAT_INPUT}|{_OUTPUT}|news|points|report)\b)?"
        rf"(?:\s+(?:(?:that |as )?you (?:asked|requested)(?: for)?|{_GIVEN}))?"
        rf"(?:\s+(?:in|within|under) (?:about |around )?(?:\d+|one|two|three|four|five|a few) "
        rf"(?:words|sentences|bullet points))?"
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
    # A greeting to whoever asked: "Hey there!", "Hi!"; "Here's what's going on with X."
    (re.compile(rf"^(?:hey|hi|hello)(?: there)?\s*[!.]\s*$|^{_HERE} what{_APOS}?s? "
                rf"(?:is )?(?:going on|happening)\b", _F),
     _PREAMBLE_MESSAGE),
    # A short line naming the output and the input, ending in a colon: "A quick recap of the story:".
    (re.compile(rf"^[^\n:]{{0,60}}\b{_OUTPUT} (?:of|from|on) (?:the|this|your|that) (?:[\w-]+ )?"
                rf"(?:{_INPUT}|news|story)\s*:\s*$", _F),
     _PREAMBLE_MESSAGE, (":",)),
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
    # A pointer to the article at the end of a line of summary: "Read the full article for more."
    # ("click here for all the latest cricket news" in a news model's summary is not a chatbot's:
    # it stays the support check's, as text the article does not contain.)
    (re.compile(r"^(?:read|see|view) the (?:full|complete|original|entire) (?:article|story|report|"
                r"piece)\b", _F),
     "link to the article, not part of a summary"),
    # Sign-offs addressed to the reader.
    (re.compile(r"\blet (?:me|us) know\b", _F), "chatbot sign-off, not part of a summary",
     ("let me know", "let us know")),
    (re.compile(r"(?:^|\byou\b.*)\bfeel free\b|\bfeel free to (?:ask|reach out|let|contact|request|tweak|adjust|edit|modify|change|shorten|expand|use|share|reuse)\b", _F),
     "chatbot sign-off, not part of a summary", ("feel free",)),
    (re.compile(rf"\b(?:don{_APOS}t|do not) hesitate to\b", _F),
     "chatbot sign-off, not part of a summary", ("hesitate to",)),
    (re.compile(
        rf"\b(?:I|we) hope (?:that )?(?:you (?:find|found|enjoy|enjoyed|like|liked) )?"
        rf"(?:this|these|it|my|the above|the (?:{_OUTPUT}|{_INPUT}|rewrite|answer|response))\b.*\b(?:help|helps|helpful|useful|summar\w*|provided|"
        rf"you|your|clear|accurate\w*|captures?|meets?|answers?|informative|what you)\b", _F),
     "chatbot sign-off, not part of a summary", ("hope",)),
    (re.compile(r"^(?:I )?hope (?:this|that|it) helps\b", _F), "chatbot sign-off, not part of a summary"),
    (re.compile(
        r"^(?:would|do|shall|should|will|could) (?:you|I) (?:like|want|prefer|need|care)\b", _F),
     "chatbot question to the reader, not part of a summary"),
    (re.compile(r"^(?:shall|should|can|may) I\b.*\?\s*$", _F),
     "chatbot question to the reader, not part of a summary"),
    # "Want me to turn this into a table?", "Need a shorter version?"
    (re.compile(r"^(?:want|need|like) (?:me to|a (?:shorter|longer|bullet|table|different))\b.*\?\s*$", _F),
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
     "chatbot sign-off, not part of a summary", ("happy", "glad", "delighted")),
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
     "chatbot self-reference, not part of a summary",
     ("generated", "written", "produced", "created", "drafted", "summarised", "summarized")),
    (re.compile(
        r"\bas an? (?:AI|artificial intelligence|(?:large )?language model|LLM|"
        r"AI[- ](?:language )?(?:model|assistant|system)|virtual assistant|assistant)\b", _F),
     "chatbot self-reference, not part of a summary", ("as a",)),
    (re.compile(
        rf"\bI{_APOS}?(?:m| am) (?:just |only |not )?an? (?:AI|artificial intelligence|"
        rf"(?:large )?language model|LLM|virtual assistant)\b", _F),
     "chatbot self-reference, not part of a summary", ("m a", "m just a", "m only a", "m not a")),
    (re.compile(
        rf"\bI (?:cannot|can{_APOS}t|can not|am unable to|{_APOS}m unable to|am not able to|"
        rf"(?:don{_APOS}t|do not) have the ability to) (?:browse|access|search|verify|check|"
        rf"look up|retrieve|predict|provide (?:real[- ]time|live|current|up[- ]to[- ]date|"
        rf"financial|investment)|give (?:financial|investment))\b", _F),
     "chatbot self-reference, not part of a summary",
     ("cannot", "can't", "can not", "unable to", "not able to", "the ability to")),
    (re.compile(
        rf"\bI (?:don{_APOS}t|do not) have (?:direct |any )?(?:access to )?(?:real[- ]time|live|"
        rf"current|up[- ]to[- ]date|the latest|browsing|internet)\b", _F),
     "chatbot self-reference, not part of a summary", ("don't have", "do not have")),
    (re.compile(r"\bmy (?:last )?(?:knowledge|training)(?: data)?(?: cut[- ]?off| update)?\b", _F),
     "chatbot self-reference, not part of a summary", ("knowledge", "training")),
    (re.compile(
        rf"\bI{_APOS}?(?:m| am) not (?:a|your) (?:licensed |registered |certified )?"
        rf"(?:financial|investment) (?:advisor|adviser|professional|planner)\b", _F),
     "chatbot disclaimer, not part of a summary", ("financial", "investment")),
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
    r"^(?P<lead>[ \t]*+(?:[-*+\u2022>#]++[ \t]*+|__)*+)(?P<body>"
    r"(?:read|view|see|find|continue reading|access|click here)\b[^\n]{0,40}?\b(?:full|complete|"
    # ... up to the end of its sentence ("See the full results below. Shares rose 2%.": the
    # second sentence is the summary's); a URL's dots and an initial's ("Bloomberg L.P.") do
    # not end it.
    r"original|entire|whole|rest of|more)\b(?:[^\n.!?]|[.!?](?=\S)|(?<=\b[A-Z])\.)*+[.!?]?"
    r"(?=[ \t]|$)"
    r"|(?:sources?|links?|urls?|original (?:article|story|source)|full (?:article|story)|"
    r"references?|citation)[ \t]*(?:\*\*|__)?[ \t]*:[^\n]*$)",
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
    rf"^[ \t]*+(?P<label>(?:#{{1,6}}[ \t]*+)?(?:\*\*|__|\*|_)?[ \t]*+{_LABEL_WORDS}"
    rf"(?:[ \t]*\([^)\n]{{0,30}}\))?[ \t]*(?P<colon>:)?[ \t]*(?:\*\*|__|\*|_)?(?(colon)|[ \t]*:?))"
    rf"(?P<rest>[^\n]*)$",
    _F | re.MULTILINE,
)

# A markdown heading line ("## Q3 results"): formatting from a chat answer, not summary text.
_HEADING = re.compile(r"^[ \t]*+(?P<heading>#{1,6}[ \t]++\S(?:[^\n]*\S)?)[ \t]*$", re.MULTILINE)

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

# Markup that may precede a sentence: invisible characters (a byte-order mark, zero-width
# spaces), bullets, markdown emphasis and headings, blockquotes.
_LEAD = re.compile(r"^[\ufeff\u200b-\u200d\u2060]*+(?:[ \t]*+(?:[-*+\u2022>#]++|\*\*|__|\d{1,2}[.)])[ \t]+|\*{2,}+|_{2,}+|\((?=\s*(?:note|n\.b|disclaimer|editor)))*", re.IGNORECASE)


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


