"""CON018: a figure the source gives as unchanged said to have moved, or the reverse. "raised its
dividend to 4.40 crowns" where the source says "a dividend of 4.40 crowns per share, unchanged
from a year earlier"; "kept its key rate at 5.00%" where the source "cut it to 5.00%".

The summary states the figure right after a move ("raised its dividend to", "inflation rose to")
or a hold ("kept its key rate at", "an unchanged dividend of"); the source states the same figure
with the other one (a hold: "unchanged", "the same as a year earlier", "held ... at"; a move:
"cut ... to", "raised ... to") and never with the summary's."""

from __future__ import annotations

import bisect
import re

from ..base import CheckContext
from .polarity import Clash
from .view import Num, View, numbers, same_figure

_MOVE_VERBS = (r"rais(?:ed|es|ing)|increas(?:ed|es|ing)|lift(?:ed|s|ing)|hik(?:ed|es|ing)|"
               r"boost(?:ed|s|ing)|upped|cut(?:s|ting)?|lower(?:ed|s|ing)|reduc(?:ed|es|ing)|"
               r"slash(?:ed|es|ing)|trimm(?:ed|ing)|rose|rises|fell|falls|climb(?:ed|s)|"
               r"jump(?:ed|s)|dropp(?:ed|s)|declin(?:ed|es)|slipp(?:ed|s)|eas(?:ed|es)|"
               r"increase[ds]?|grew|surg(?:ed|es)|soar(?:ed|s)|plung(?:ed|es)|tumbl(?:ed|es)")
_HOLD_VERBS = (r"kept|keeps|keeping|held|holds|holding|maintain(?:ed|s|ing)|left|leaves|"
               r"leaving|(?:stayed|remained|was|were)\s+(?:unchanged|steady|flat)")
# Right before the figure: a verb and up to eight words, then "to" (a move) or "at" (a hold).
_BEFORE = re.compile(
    rf"\b(?:(?P<move>{_MOVE_VERBS})|(?P<hold>{_HOLD_VERBS}))\b(?:[ \t]+[\w'\u2019.%-]+){{0,8}}?"
    rf"[ \t]+(?P<prep>to|at)[ \t]+(?:an?[ \t]+|about[ \t]+|around[ \t]+)?$",
    re.IGNORECASE)
_HOLD_BEFORE = re.compile(r"\b(?:unchanged|steady|flat|stable)[ \t]+(?:[\w'\u2019-]+[ \t]+){0,2}?"
                          r"(?:of|at)[ \t]+(?:about[ \t]+)?$", re.IGNORECASE)
# Right after the figure, in its clause: "4.40 crowns per share for 2024, unchanged from a year
# earlier", "4.50 francs per bearer share, the same as a year earlier"; not in the next clause
# ("climbed to 78.1%, while room rates were unchanged").
_HOLD_AFTER = re.compile(r"^(?:(?!,?\s+(?:while|whereas|but|and)\s)[^.;:()\n]){0,60}?\b(?:unchanged|the\s+same\s+as|flat\s+(?:from|with|on)|"
                         r"steady\s+(?:from|with|on)|in\s+line\s+with\s+(?:a|the)\s+(?:year|previous))\b",
                         re.IGNORECASE)
_REACH = 70


def _role(text: str, n: Num) -> str | None:
    """'move' or 'hold' when the figure is stated as the level of a move or of a hold."""
    if _HOLD_AFTER.search(text[n.end:n.end + 80]):
        return "hold"
    lo = max(0, n.start - _REACH)
    if _HOLD_BEFORE.search(text, lo, n.start):
        return "hold"
    m = _BEFORE.search(text, lo, n.start)
    if m is None:
        return None
    if m.group("move"):
        return "move" if m.group("prep").lower() == "to" else None
    return "hold" if m.group("prep").lower() == "at" else None


class _Roles:
    """The source's figures by class and value, each value with its first mention and the
    roles it is stated with (None: some other way), so a summary figure is looked up by
    bisection, not by a scan of every source figure."""

    def __init__(self, doc):
        by: dict[tuple[str, float], tuple[Num, set]] = {}
        for n in numbers(doc.text):
            by.setdefault((n.cls, n.value), (n, set()))[1].add(_role(doc.text, n))
        self.values: dict[str, list[float]] = {}
        for cls, v in sorted(by):
            self.values.setdefault(cls, []).append(v)
        self.by = by

    def said(self, n: Num) -> list[tuple[Num, set]]:
        vals = self.values.get(n.cls, [])
        lo, hi = (n.value / 1.06, n.value * 1.06) if n.value > 0 else (n.value, n.value)
        out = []
        for v in vals[bisect.bisect_left(vals, lo):bisect.bisect_right(vals, hi)]:
            first, roles = self.by[(n.cls, v)]
            if same_figure(n, first):
                out.append((first, roles))
        return out


def _unchanged_clashes(ctx: CheckContext, summ: View, src: View) -> list[Clash]:
    text = ctx.summary.text
    mine = [(n, r) for n in numbers(text) if (r := _role(text, n)) is not None
            and not ctx.overlaps_excluded(n.start, n.end)]
    if not mine:
        return []
    stext = ctx.source.text
    theirs = ctx.source.memo("contradiction.unchanged", _Roles)
    out = []
    seen: set[tuple[str, float, str]] = set()
    for n, role in mine:
        if (n.cls, n.value, role) in seen:
            continue  # a repeated figure: judged once
        seen.add((n.cls, n.value, role))
        said = theirs.said(n)
        if not said or any(None in r or role in r for _, r in said):
            continue  # the source states the figure some other way, or the same way
        o = min((first for first, _ in said), key=lambda x: x.start)
        k = ctx.source.sentence_index(o.start)
        figure = text[n.start:n.end]
        s0 = max(ctx.summary.sentence_span(n.start)[0], n.start - _REACH)
        m = _BEFORE.search(text, s0, n.start) or _HOLD_BEFORE.search(text, s0, n.start)
        start = m.start() if m else n.start
        if role == "move":
            message = (f"the summary says '{text[start:n.end]}', but the source gives {figure} as "
                       f"unchanged")
        else:
            theirs_at = _BEFORE.search(stext, max(0, o.start - _REACH), o.start)
            how = f" ('{stext[theirs_at.start():o.end]}')" if theirs_at else ""
            message = (f"the summary says {figure} was unchanged, but the source gives it as the "
                       f"result of a change{how}")
        out.append(Clash(start, n.end, text[start:n.end], stext[slice(*ctx.source.sentences[k])],
                         stext[slice(*ctx.source.sentences[k])], message))
    return out
