"""Who speaks in a source sentence when no full name stands beside the verb: a transcript's
turns ("Tom Becker -- Chief Financial Officer: ...") and a bare word of a name ('..." Park told
analysts')."""

from __future__ import annotations

import bisect
import re

from .index import _REPORT_VERB, SourceIndex, _key

# A transcript turn: "Tom Becker -- Chief Financial Officer: ...", "Chief Executive Officer Rachel
# Orme: ...", "Rachel Orme (CEO): ..." at the start of a line.
_TURN = re.compile(r"^[ \t]*(?:(?:Chief|President|Chair|Analyst|Head|Vice|Senior|Executive|Director)"
                   r"[A-Za-z ,&]*? )?(?P<name>[A-Z][a-z'\u2019]+(?:-[A-Za-z][a-z'\u2019]+)*"
                   r"(?: [A-Z][a-z'\u2019]+(?:-[A-Za-z][a-z'\u2019]+)*){1,2})"  # "Reyes-Hart"
                   r"(?: -- [^:\n]{1,80}| \([^)\n]{1,60}\)"
                   r"|, (?![^:\n]*\b(?:said|says|told|added|noted)\b)[^:\n]{1,60})?:", re.MULTILINE)


def _turns(doc) -> list[tuple[int, str]]:
    """(offset, speaker) of each turn of a transcript (two turns or more), else []."""
    def build(d):
        found = [(m.start(), m.group("name")) for m in _TURN.finditer(d.text)]
        return found if len({n for _, n in found}) >= 2 else []
    return doc.memo("entities.turns", build)


def _turn_speaker(turns: list[tuple[int, str]], offset: int) -> str | None:
    i = bisect.bisect_right(turns, offset, key=lambda t: t[0]) - 1
    return turns[i][1] if i >= 0 else None


def audience_only(text: str, start: int, end: int) -> bool:
    """Is text[start:end] only who heard it ('"...," Prates told analysts on a call.')?"""
    return _AUDIENCE.fullmatch(text, start, end) is not None


_AUDIENCE = re.compile(r"\s*(?:analysts|reporters|investors|journalists)?(?:\s+(?:on|in|during)\s+an?\s+"
                       r"(?:conference\s+|earnings\s+)?call)?\W*")


def _sentence_speakers(doc) -> list[frozenset]:
    """The name keys of each sentence's speaker (one pass over the sentences and turns)."""
    turns = _turns(doc)
    out, i = [], -1
    for s, _ in doc.sentences:
        while i + 1 < len(turns) and turns[i + 1][0] <= s:
            i += 1
        out.append(frozenset(_key(t) for t in turns[i][1].split()) if i >= 0 else frozenset())
    return out


def bare_speaker(si: SourceIndex, src: str, s: int, e: int, name_keys: set) -> list[str]:
    """The person a single capitalised word beside a reporting verb in [s, e) stands for: a
    word of a full name the source gives a person with a role ("Chief Executive Park
    Ji-hoon")."""
    for hit in _WORD_SPEAKER.finditer(src, s, e):
        word = hit.group(1) or hit.group(2)
        if _key(word) in name_keys or word.lower() in _NOT_NAMES:
            continue
        for n in si.doc.memo("entities.role_holders", lambda _d: _role_holders(si)).get(word, ()):
            if not name_keys & {_key(t) for t in n.tokens}:
                return [n.text]
    return []


def _role_holders(si: SourceIndex) -> dict:
    """Each word of a full name the source gives a role -> those names (read once per source)."""
    out: dict = {}
    for k in range(len(si.doc.sentences)):
        for n in si.sentence_names(k):
            if n.kind == "name" and len(n.tokens) > 1 and n.role:
                for t in n.tokens:
                    out.setdefault(t, []).append(n)
    return out


_NOT_NAMES = frozenset(["the", "it", "he", "she", "they", "we", "i", "you", "this", "that", "analysts",
                        "management", "officials", "executives", "investors"])
_WORD_SPEAKER = re.compile(rf"\b([A-Z][\w'\u2019-]+)\s+(?:also\s+)?{_REPORT_VERB}\b|"
                           rf"\b{_REPORT_VERB}\s+([A-Z][\w'\u2019-]+)(?=[\s.,])")


# A word that opens a clause of a sentence: ", as", ", which", ";".
_CLAUSE_OPEN = re.compile(r"(?:,\s+(?:as|while|which|and|but|because|after|with|since|saying|"
                          r"adding)\b|;|:)\s*")


def trailing_statement(text: str, s: int, head: int, enough) -> tuple[int, int] | None:
    """The statement a sentence gives before its speaker, with no quote ("Paying users fell to
    9.38 million, as it shed low-intent subscribers, CFO X said"): the last clause before the
    comma ahead of the name that `enough` takes for a statement, else the sentence up to there.
    None when no comma sets the speaker off."""
    end = text.rfind(",", s, head)
    if end < 0 or text[end:head].strip(" ,"):
        return None
    cuts = [m.end() for m in _CLAUSE_OPEN.finditer(text, s, end)]
    return next(((c, end) for c in reversed(cuts) if enough(text[c:end])), (s, end))


_POSTS = frozenset(["officer", "executive", "president", "chairman", "chairwoman", "director",
                    "analyst", "economist", "minister", "governor", "chief", "head", "manager"])


def titled_person(tokens) -> bool:
    """A name read with a post the role reader does not know ahead of it ("Senior Managing
    Executive Officer Kenji Morioka"): a post word, then two words of a name."""
    low = [t.lower() for t in tokens]
    return len(low) >= 3 and low[-3] in _POSTS and not _POSTS & set(low[-2:])

