"""ENT011: a part in a decision given to another person. "board member Felipe Araya dissented"
where the source has "with board member Tomas Echeverria favouring a smaller hike" (a 4-1 vote);
"Judge Arthur Whitcombe wrote the majority opinion" where Helen Ruggiero wrote it and Whitcombe
dissented. The source names someone else for that part, and never the summary's person."""

from __future__ import annotations

import re

from ...findings import Finding
from ..base import CheckContext

_NAME = r"(?P<name>[A-Z][a-z'\u2019-]+(?:\s+[A-Z]\.)?(?:\s+[A-Z][a-z'\u2019-]+){1,2})"
_PARTS = {
    "dissent": (
        re.compile(rf"{_NAME}(?:,[^,.;]{{1,60}},)?\s+(?:dissented|was\s+the\s+(?:lone|sole|only)\s+"
                   rf"dissenter|cast\s+the\s+(?:lone\s+|sole\s+)?dissenting\s+vote|voted\s+against)\b"),
        re.compile(rf"\bwith\s+(?:[a-z]+\s+){{0,3}}{_NAME}\s+(?:dissenting|voting\s+against|"
                   rf"favou?ring\s+(?:a\s+)?(?:smaller|larger|bigger|no|an?\s+)?)"),
        re.compile(rf"\b(?:lone|sole|only)\s+dissenter,?\s+(?:[a-z]+\s+){{0,3}}{_NAME}"),
    ),
    "majority opinion": (
        re.compile(rf"{_NAME}(?:,[^,.;]{{1,60}},)?\s+wrote\s+(?:the\s+)?(?:majority|court['\u2019]s)\s+"
                   rf"(?:opinion|ruling|decision)"),
        re.compile(rf"\bwith\s+(?:[A-Za-z]+\s+){{0,2}}?{_NAME}\s+writing\s+(?:for\s+the\s+majority|"
                   rf"the\s+majority\s+opinion)"),
    ),
}


def _parts(text: str) -> dict[str, list[re.Match]]:
    return {part: [m for rx in rxs for m in rx.finditer(text)] for part, rxs in _PARTS.items()}


def dissent_findings(ctx: CheckContext) -> list[Finding]:
    text = ctx.summary.text
    mine = _parts(text)
    if not any(mine.values()):
        return []
    theirs = ctx.source.memo("entities.parts", lambda d: _parts(d.text))
    out = []
    for part, found in mine.items():
        for m in found:
            name = m.group("name")
            last = name.split()[-1]
            others = [t for t in theirs[part] if last not in t.group("name")]
            if not others or len(others) != len(theirs[part]):
                continue  # the source gives this part to the summary's person too (or to no one)
            if ctx.overlaps_excluded(m.start("name"), m.end("name")):
                continue
            who = others[0].group("name")
            out.append(Finding.at(text, m.start("name"), m.end("name"), "entity",
                                  f"the source gives the {part} to {who}, not {name}",
                                  ctx.source.sentence_text(others[0].start()), code="ENT011"))
    return out
