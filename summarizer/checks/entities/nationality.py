"""ENT013: a company or person given another nationality or home. "a complaint by Dutch rival
Optikon" where the source has "a complaint by German rival Optikon GmbH" (Dutch is another
company's nationality there); "Mumbai-based Banyan Peak" where the source has "Singapore-based
fund Banyan Peak". The summary puts a nationality word or "<Place>-based" right before a name (up
to two words between: "Dutch rival", "German carmaker"); every time the source puts one before
that name, it is another one."""

from __future__ import annotations

import re

from ...findings import Finding
from ..base import CheckContext

NATIONALITIES = frozenset([
    "american", "argentine", "argentinian", "australian", "austrian", "belgian", "brazilian",
    "british", "bulgarian", "canadian", "chilean", "chinese", "colombian", "croatian", "czech",
    "danish", "dutch", "egyptian", "emirati", "estonian", "finnish", "french", "german", "greek",
    "hungarian", "indian", "indonesian", "irish", "israeli", "italian", "japanese", "kenyan",
    "korean", "kuwaiti", "latvian", "lithuanian", "luxembourgish", "malaysian", "mexican",
    "moroccan", "nigerian", "norwegian", "pakistani", "peruvian", "philippine", "polish",
    "portuguese", "qatari", "romanian", "russian", "saudi", "scottish", "serbian", "singaporean",
    "slovak", "slovenian", "spanish", "swedish", "swiss", "taiwanese", "thai", "turkish",
    "ukrainian", "vietnamese", "welsh",
])

# "<Nationality> (word){0,2} <Name>": "Dutch rival Optikon", "German carmaker Volkswagen AG".
_BEFORE_NAME = re.compile(
    r"\b(?P<nat>[A-Z][a-z]+)\s+(?:[a-z][a-z-]+\s+){0,2}(?P<name>[A-Z][A-Za-z&'\u2019-]+)")


# "<Place>-based (word){0,2} <Name>": "Singapore-based fund Banyan Peak Ventures".
_BASED_NAME = re.compile(
    r"\b(?P<nat>[A-Z][A-Za-z]+(?:\s[A-Z][a-z]+)?-based)\s+(?:[a-z][a-z-]+\s+){0,2}"
    r"(?P<name>[A-Z][A-Za-z&'\u2019-]+)")


def _pairs(text: str) -> list[tuple[str, str, int, int]]:
    """(nationality or "<place>-based", name, start, end of that word) in text."""
    out = []
    for m in _BEFORE_NAME.finditer(text):
        nat = m.group("nat").lower()
        if nat in NATIONALITIES and m.group("name").lower() not in NATIONALITIES:
            out.append((nat, m.group("name"), m.start("nat"), m.end("nat")))
    for m in _BASED_NAME.finditer(text):
        out.append((m.group("nat").lower(), m.group("name"), m.start("nat"), m.end("nat")))
    return out


_RUN = re.compile(r"[A-Z][A-Za-z&'\u2019-]*(?:\s+[A-Z][A-Za-z&'\u2019-]*)*")


def _run(text: str, name: str, after: int) -> str:
    """The whole capitalised run the name starts ("Banyan Peak Ventures" for "Banyan")."""
    i = text.find(name, after)
    m = _RUN.match(text, i) if i >= 0 else None
    return m.group() if m else name


def _shown(word: str) -> str:
    """ "dutch" -> "Dutch", "new york-based" -> "New York-based"."""
    return "-".join(p if p == "based" else p.title() for p in word.split("-"))


def nationality_findings(ctx: CheckContext) -> list[Finding]:
    text = ctx.summary.text
    mine = _pairs(text)
    if not mine:
        return []
    theirs = ctx.source.memo("entities.nationalities", lambda d: _pairs(d.text))
    out = []
    for nat, name, s, e in mine:
        based = nat.endswith("-based")
        said = [t for t in theirs if t[1] == name and t[0].endswith("-based") == based]
        if not said or any(t[0] == nat for t in said) or ctx.overlaps_excluded(s, e):
            continue
        other = said[0]
        out.append(Finding.at(
            text, s, e, "entity",
            f"the source calls {_run(text, name, e)} {_shown(other[0])}, not {_shown(nat)}",
            ctx.source.sentence_text(other[2]), code="ENT013"))
    return out
