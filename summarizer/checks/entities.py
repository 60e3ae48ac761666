"""The entity check: every name in the summary must be one the source mentions.

A summary name is supported when the source has it exactly or in lower case ("Treasury" /
"the treasury"), without the possessive, as a part of one of its names ("Madigan" for "Conor
Madigan", "Alpenrueck" for "Alpenrueck Re"), as the acronym of one of its names ("ECB",
"RBA"), spelled out ("ARR" for "annual recurring revenue"), through a general alias
(summarizer/data/aliases.json: "BofA"/"Bank of America", "Aussie"/"Australian", "U.S."/"United
States") or as a demonym ("European"/"Europe"). Unsupported names are errors (a lone ordinary
word, capitalised, only a warning). A role given next to a source person that differs from the
role the source gives that person ("Chief executive Annika Vogt" when she is the CFO) is an
error too."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources

from ..findings import Finding
from ..parsing.names import (
    CONNECTORS,
    DATE_WORDS,
    FUNCTION_WORDS,
    TITLE_WORDS,
    NameMention,
    acronym_forms,
    is_common_word,
    is_known_name,
    is_lowercased,
    normalise,
    parse_names,
    strip_accents,
)
from ..text import Document
from .base import CheckContext

NAME = "entity"
NEEDS_SOURCE = True

_DEMONYM_SUFFIXES = frozenset({"n", "an", "ian", "ean", "ese", "ish", "i", "ic", "vian", "ans",
                               "ians", "ns"})
# Roles that often go together, so one for the other is only worth a warning.
_COMPATIBLE_ROLES = {frozenset({"president", "chief executive"}), frozenset({"chair", "chief executive"}),
                     frozenset({"economist", "strategist"}), frozenset({"analyst", "strategist"})}
_POSS_END = re.compile(r"['\u2019]s?$")
_CONTENT_WORD = re.compile(r"[A-Za-z\u00C0-\u024F]+|[^\sA-Za-z\u00C0-\u024F]")


@lru_cache(maxsize=1)
def _aliases() -> dict[str, list[tuple[str, ...]]]:
    """normalised alias -> the groups it belongs to."""
    raw = json.loads(resources.files("summarizer.data").joinpath("aliases.json").read_text("utf-8"))
    index: dict[str, list[tuple[str, ...]]] = {}
    for group in raw["groups"]:
        g = tuple(group)
        for member in group:
            index.setdefault(normalise(member).strip(), []).append(g)
    return index


def _key(token: str) -> str:
    return normalise(token).strip()


@dataclass
class SourceNames:
    norm_ci: str
    norm_cs: str
    names: list[NameMention]
    runs: list[tuple[str, ...]] = field(default_factory=list)       # normalised name tokens
    by_token: dict[str, list[int]] = field(default_factory=dict)
    acronyms: set[str] = field(default_factory=set)   # written in the source or of its names
    written: set[str] = field(default_factory=set)    # all-caps words written in the source
    cap_words: set[str] = field(default_factory=set)
    roles: dict[str, set[str]] = field(default_factory=dict)          # surname -> roles
    role_names: dict[str, list[NameMention]] = field(default_factory=dict)
    lower_words: set[str] = field(default_factory=set)
    text: str = ""
    _spelled: list[str] | None = None  # initials of runs of adjacent content words

    def has_acronym(self, acr: str) -> bool:
        acr = acr.upper()
        if acr in self.acronyms:
            return True
        if len(acr) < 3:
            return False
        if self._spelled is None:
            self._spelled = _spelled_out(self.text)
        return any(acr in chunk for chunk in self._spelled)


def _lower_words(doc: Document) -> set[str]:
    return {w.rstrip(".") for _, _, w in doc.words if w.islower()}


def _source_names(doc: Document) -> SourceNames:
    lower = doc.memo("lower_words", _lower_words)
    names = parse_names(doc.text, lower, doc.sentences)
    sn = SourceNames(normalise(doc.text), normalise(doc.text, lower=False), names, lower_words=lower)
    for n in names:
        toks = tuple(_key(t) for t in n.tokens if t.lower() not in CONNECTORS)
        toks = tuple(t for t in toks if t)
        if not toks:
            continue
        idx = len(sn.runs)
        sn.runs.append(toks)
        for t in set(toks):
            sn.by_token.setdefault(t, []).append(idx)
        sn.acronyms |= acronym_forms(n.tokens)
        if n.role:
            sn.roles.setdefault(toks[-1], set()).add(n.role)
            sn.role_names.setdefault(n.role, []).append(n)
    for _, _, w in doc.words:
        if w[:1].isupper():
            plain = w.replace(".", "")
            if "'" in plain or "\u2019" in plain:
                plain = _POSS_END.sub("", plain)
            sn.cap_words.add(strip_accents(plain).lower())
            if plain.isupper() and 2 <= len(plain) <= 6:
                sn.acronyms.add(plain)
                sn.written.add(plain)
    sn.text = doc.text
    return sn


def _spelled_out(text: str) -> list[str]:
    """Initials of each run of adjacent content words, upper-cased ("annual recurring revenue"
    -> "ARR", "volume-weighted average price" -> "VWAP"); runs break at function words and
    punctuation, so an acronym found inside one is spelled out word by word."""
    out: list[str] = []
    chunk: list[str] = []
    for m in _CONTENT_WORD.finditer(text):
        w = m.group()
        if w == "-":
            continue
        if w[0].isalpha() and len(w) > 1 and w.lower() not in FUNCTION_WORDS:
            chunk.append(w[0])
        elif chunk:
            if len(chunk) >= 3:
                out.append("".join(chunk).upper())
            chunk = []
    if len(chunk) >= 3:
        out.append("".join(chunk).upper())
    return out


def _demonym(a: str, b: str) -> bool:
    short, long = sorted((a, b), key=len)
    if short == long:
        return True
    stems = {short}
    if short[-1:] in "aeiouy":
        stems.add(short[:-1])
    return any(len(st) >= 4 and long.startswith(st) and long[len(st):] in _DEMONYM_SUFFIXES
               for st in stems)


def _alias_supported(norm: str, sn: SourceNames) -> bool:
    for group in _aliases().get(norm, ()):
        for member in group:
            if any(c.isupper() for c in member):
                if normalise(member, lower=False) in sn.norm_cs:
                    return True
            elif normalise(member) in sn.norm_ci:
                return True
    return False


def _subsequence(tokens: tuple[str, ...], sn: SourceNames) -> bool:
    """The tokens appear in order within one source name; the first may be a short form of
    the source's ("Alex" for "Alexander", "Man United" for "Manchester United")."""
    if not tokens:
        return True
    for idx in sn.by_token.get(tokens[-1], ()):
        run = sn.runs[idx]
        it = iter(run)
        first = tokens[0]
        if len(tokens) > 1 and len(first) >= 3:
            if not any(r == first or r.startswith(first) for r in it):
                continue
            rest = tokens[1:]
        else:
            rest = tokens
        if all(t in it for t in rest):
            return True
    return False


def supported(mention_tokens: tuple[str, ...], text: str, sn: SourceNames) -> bool:
    """Does the source mention this name in any accepted form?"""
    norm = normalise(text)
    if not norm.strip() or norm in sn.norm_ci:
        return True
    tokens = tuple(k for k in (_key(t) for t in mention_tokens if t.lower() not in CONNECTORS) if k)
    if " ".join(tokens) and f" {' '.join(tokens)} " in sn.norm_ci:
        return True
    if _alias_supported(norm.strip(), sn):
        return True
    if len(mention_tokens) == 1:
        plain = mention_tokens[0].replace(".", "")
        if sum(c.isupper() for c in plain) >= 2 and sn.has_acronym(plain):
            return True
    if any(f in sn.written for f in acronym_forms(mention_tokens)):
        return True
    if _subsequence(tokens, sn):
        return True
    if len(tokens) == 1 and any(_demonym(tokens[0], w) for w in sn.cap_words if w[:2] == tokens[0][:2]):
        return True
    return False


def _standalone(token: str, sn: SourceNames) -> bool:
    """A word of a longer run that the source names on its own ("Dutch" and "TTF" in "Dutch
    TTF"): an alias, an acronym, a demonym or a capitalised word of the source, not an
    ordinary English word."""
    key = _key(token)
    if not key:
        return True
    if _alias_supported(key, sn):
        return True
    plain = token.replace(".", "")
    if plain.isupper() and sn.has_acronym(plain):
        return True
    if is_common_word(token, loose=False):
        return False
    return key in sn.cap_words or any(_demonym(key, w) for w in sn.cap_words if w[:2] == key[:2])


def _pieces(m: NameMention) -> list[tuple[int, int, tuple[str, ...]]]:
    """Split a run at "and" ("Citigroup and UniCredit") into (start, end, tokens) parts."""
    parts: list[tuple[int, int, tuple[str, ...]]] = []
    text = m.text
    pos = 0
    for chunk in re.split(r"( and )", text):
        if chunk == " and ":
            pos += len(chunk)
            continue
        if chunk.strip():
            parts.append((m.start + pos, m.start + pos + len(chunk), tuple(chunk.split())))
        pos += len(chunk)
    return parts


def _strip_possessive(words: tuple[str, ...]) -> tuple[str, ...]:
    return tuple(re.sub(r"['\u2019]s$", "", w) for w in words)


def _closest(ctx: CheckContext, m: NameMention, sn: SourceNames) -> str | None:
    """The source name most likely meant: same role if any, else a name in the source sentence
    that best matches the summary sentence which the summary itself does not use."""
    if m.role and sn.role_names.get(m.role):
        return sn.role_names[m.role][0].text
    summ_norm = normalise(ctx.summary.text)
    sent = ctx.summary.sentence_text(m.start).lower()
    words = {w for w in re.findall(r"[a-z]{3,}", sent) if w not in FUNCTION_WORDS}
    src = ctx.source
    best, best_ov = None, 0
    for s, e in src.sentences:
        ov = len(words & set(re.findall(r"[a-z]{3,}", src.lower[s:e])))
        if ov > best_ov:
            best, best_ov = (s, e), ov
    if best is None:
        return None
    cands = [n for n in sn.names if best[0] <= n.start < best[1]
             and normalise(n.text) not in summ_norm and n.kind != "ticker"]
    if not cands:
        return None
    same = [n for n in cands if n.is_person_like == m.is_person_like and (n.kind == m.kind)]
    return (same or cands)[0].text


def _role_finding(ctx: CheckContext, m: NameMention, sn: SourceNames) -> Finding | None:
    if not m.role or not m.role_span:
        return None
    key = _key(m.tokens[-1])
    have = sn.roles.get(key)
    if not have or m.role in have:
        return None
    severity = "error"
    if any(frozenset({m.role, r}) in _COMPATIBLE_ROLES for r in have):
        severity = "warning"
    start, end = min(m.start, m.role_span[0]), max(m.end, m.role_span[1])
    evidence = None
    for n in sn.names:
        if n.role and n.tokens and _key(n.tokens[-1]) == key:
            evidence = ctx.source.sentence_text(n.start)
            break
    return Finding.at(ctx.summary.text, start, end, "entity",
                      f"the source gives {m.text} a different role ({', '.join(sorted(have))}, "
                      f"not {m.role})", evidence, severity)


def _lowercased_names(ctx: CheckContext) -> list[Finding]:
    """A lower-cased summary has no capitals to find names by: flag runs of words that English
    writes only capitalised (names such as "afghanistan") which the source never uses."""
    src_words = ctx.source.word_set
    out: list[Finding] = []
    run: list[tuple[int, int]] = []
    words = ctx.summary.words

    def close() -> None:
        if run:
            s, e = run[0][0], run[-1][1]
            out.append(Finding.at(ctx.summary.text, s, e, "entity",
                                  f"the source does not mention this name ({ctx.summary.text[s:e]})",
                                  None, "error"))
            run.clear()

    for i, (s, e, w) in enumerate(words):
        key = w.lower().rstrip(".")
        key = re.sub(r"['\u2019]s$", "", key)
        if key.isalpha() and key not in src_words and is_known_name(key) \
                and not is_common_word(key) and key not in TITLE_WORDS and key not in DATE_WORDS \
                and not ctx.overlaps_excluded(s, e) and not any(
                    _demonym(key, x) for x in src_words if x[:2] == key[:2]) \
                and not _alias_supported(key, _source_lookup(ctx)):
            if run and ctx.summary.text[run[-1][1]:s].strip():
                close()
            run.append((s, e))
        else:
            close()
    close()
    return out


def _source_lookup(ctx: CheckContext) -> SourceNames:
    return ctx.source.memo("entity_names", _source_names)


def run(ctx: CheckContext) -> list[Finding]:
    if ctx.source is None:
        return []
    sn: SourceNames = ctx.source.memo("entity_names", _source_names)
    if is_lowercased(ctx.summary.text):
        return _lowercased_names(ctx)
    summary = ctx.summary
    lower = summary.memo("lower_words", _lower_words) | sn.lower_words
    text = summary.text
    out: list[Finding] = []
    for m in parse_names(text, lower, summary.sentences):
        if ctx.overlaps_excluded(m.start, m.end):
            continue
        if supported(m.tokens, m.text, sn):
            f = _role_finding(ctx, m, sn)
            if f is not None:
                out.append(f)
            continue
        words = [t for t in m.tokens if t.lower() not in CONNECTORS]
        if len(words) > 1 and all(_standalone(t, sn) for t in words):
            continue
        if len(words) > 1 and all(w.isupper() and is_common_word(w) for w in words):
            continue  # shouting ordinary words: "CLICK HERE"
        if m.initial and len(m.tokens) > 1 and is_common_word(m.tokens[0]) \
                and supported(m.tokens[1:], " ".join(m.tokens[1:]), sn):
            continue  # "Midfielder Jack Grealish": an ordinary word starting the sentence
        parts = _pieces(m) if " and " in m.text else [(m.start, m.end, m.tokens)]
        for s, e, toks in parts:
            if len(parts) > 1 and supported(_strip_possessive(toks), text[s:e], sn):
                continue
            words = [t for t in toks if t.lower() not in CONNECTORS]
            single_common = len(words) == 1 and is_common_word(words[0], loose=False) \
                and m.kind == "name"
            severity = "warning" if single_common else "error"
            what = {"ticker": "ticker", "acronym": "name"}.get(m.kind, "name")
            out.append(Finding.at(text, s, e, "entity",
                                  f"the source does not mention this {what} ({text[s:e]})",
                                  _closest(ctx, m, sn), severity))
    return out
