"""Suppressions: drop findings the team has decided are not problems, and keep every dropped
finding (with what dropped it) in the report, so that nothing disappears silently.

* `ignore`: rule codes (`NUM001`), code prefixes (`NUM`) or finding kinds (`number`). A finding
  without a code (from code that predates the rule registry) is matched by its kind.
* `known_names`: names the team accepts without a source, e.g. its own brand: an `entity`
  finding whose span lies inside an occurrence of a known name in the summary is dropped.
* `known_phrases`: leftover false alarms: a finding of any kind whose span lies inside an
  occurrence of a known phrase (give or take surrounding punctuation) is dropped.

Names and phrases match case-insensitively, with any run of whitespace matching any other."""

from __future__ import annotations

import re
from typing import Iterable, Sequence

from .findings import Finding, Suppressed


def registry():
    """The rule registry's `(all_rules, get)` (summarizer.rules), or None where it is absent."""
    try:
        from .rules import all_rules, get
    except ImportError:
        return None
    return all_rules, get


def unknown_ignores(ignore: Iterable[str], kinds: Iterable[str]) -> list[str]:
    """The `ignore` entries that match no finding kind and no rule code or code prefix in the
    registry (none when there is no registry to check against)."""
    reg = registry()
    if reg is None:
        return []
    codes = [r.code.upper() for r in reg[0]()]
    kinds = {k.lower() for k in kinds}
    return [t for t in ignore
            if t.lower() not in kinds and not any(c.startswith(t.upper()) for c in codes)]


def ignore_match(finding: Finding, ignore: Iterable[str]) -> str | None:
    """The first entry of `ignore` that matches the finding (by code, code prefix or kind)."""
    code = finding.code.upper()
    for token in ignore:
        if token.lower() == finding.kind:
            return token
        if code and code.startswith(token.upper()):
            return token
    return None


def _occurrences(text: str, phrase: str) -> list[tuple[int, int]]:
    words = phrase.split()
    if not words:
        return []
    pattern = r"\s+".join(re.escape(w) for w in words)
    # Whole words at the ends where the phrase starts/ends with a word character.
    if words[0][0].isalnum():
        pattern = r"(?<!\w)" + pattern
    if words[-1][-1].isalnum():
        pattern += r"(?!\w)"
    return [(m.start(), m.end()) for m in re.finditer(pattern, text, re.IGNORECASE)]


def _inside(finding: Finding, text: str, start: int, end: int) -> bool:
    """The finding's span lies within [start, end), allowing punctuation and spaces around it."""
    s, e = finding.start, finding.end
    while s < start and not text[s].isalnum():
        s += 1
    while e > end and not text[e - 1].isalnum():
        e -= 1
    return start <= s and e <= end


def split(
    findings: Sequence[Finding],
    summary: str,
    ignore: Sequence[str] = (),
    known_names: Sequence[str] = (),
    known_phrases: Sequence[str] = (),
) -> tuple[list[Finding], list[Suppressed]]:
    """(kept, suppressed) for one summary's findings."""
    if not (ignore or known_names or known_phrases):
        return list(findings), []
    names = [(n, occ) for n in known_names for occ in _occurrences(summary, n)]
    phrases = [(p, occ) for p in known_phrases for occ in _occurrences(summary, p)]
    kept: list[Finding] = []
    dropped: list[Suppressed] = []
    for f in findings:
        token = ignore_match(f, ignore)
        if token is not None:
            dropped.append(Suppressed(f, "ignore", token))
            continue
        name = next((n for n, (s, e) in names if f.kind == "entity" and _inside(f, summary, s, e)), None)
        if name is not None:
            dropped.append(Suppressed(f, "known-names", name))
            continue
        phrase = next((p for p, (s, e) in phrases if _inside(f, summary, s, e)), None)
        if phrase is not None:
            dropped.append(Suppressed(f, "known-phrases", phrase))
            continue
        kept.append(f)
    return kept, dropped
