"""`clean()`: the summary with its leftovers removed, every other character unchanged."""

from __future__ import annotations

import re
from collections.abc import Iterable

from .detect import find_spans
from .patterns import Span

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
