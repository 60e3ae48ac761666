"""CON016: a figure put inside a place the source puts it outside, or the reverse. "4,800 jobs,
including 2,600 outside Germany" where the source says "including 2,600 in Germany"; "sales
outside China rose 12%" where the source has sales in China rising 12%.

The summary states a figure right before "in / inside / within" or "outside / beyond" and a
capitalised place; the source states the same figure before the same place with the other
preposition, and never with the summary's."""

from __future__ import annotations

import re

from ..base import CheckContext
from .polarity import Clash
from .view import View

_AT = re.compile(r"(?P<fig>\d[\d,.]*\s?(?:%|per\s?cent|[mb]n?\b|million|billion)?)"
                 r"(?:\s+[a-z]+){0,2}?\s+(?P<prep>in|inside|within|outside|beyond)\s+(?:the\s+)?"
                 r"(?P<place>[A-Z][a-z]+(?:\s[A-Z][a-z]+)?)")
_OUT = frozenset(["outside", "beyond"])


def _side(prep: str) -> str:
    return "out" if prep.lower() in _OUT else "in"


def _place_clashes(ctx: CheckContext, summ: View, src: View) -> list[Clash]:
    text = ctx.summary.text
    mine = [m for m in _AT.finditer(text) if not ctx.overlaps_excluded(m.start(), m.end())]
    if not mine:
        return []
    theirs = ctx.source.memo("contradiction.places", lambda d: list(_AT.finditer(d.text)))
    out = []
    for m in mine:
        fig, place, side = m.group("fig").strip(), m.group("place"), _side(m.group("prep"))
        said = [t for t in theirs if t.group("fig").strip() == fig and t.group("place") == place]
        if not said or any(_side(t.group("prep")) == side for t in said):
            continue
        t = said[0]
        k = ctx.source.sentence_index(t.start())
        out.append(Clash(m.start("prep"), m.end("place"), f"{m.group('prep')} {place}",
                         f"{t.group('prep')} {place}", ctx.source.text[slice(*ctx.source.sentences[k])],
                         f"the summary puts {fig} {m.group('prep')} {place}, but the source says "
                         f"{t.group('prep')} {place}"))
    return out
