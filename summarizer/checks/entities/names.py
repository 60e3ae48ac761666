"""Names the source does not support: invented (ENT001), another source name in its place
(ENT002), unverifiable (ENT003), another number in a series name (ENT007), another employer
(ENT008)."""

from __future__ import annotations

import itertools
import re

from ...findings import Finding
from ...parsing.names import (
    CONNECTORS,
    DATE_WORDS,
    FUNCTION_WORDS,
    TITLE_WORDS,
    NameMention,
    _org_like,
    is_common_word,
    is_known_name,
    normalise,
    role_relation,
)
from ...text import Document
from ..base import CheckContext
from .index import (
    _GENERIC_AGENTS,
    _INITIAL_AGENT,
    _POSS,
    SourceIndex,
    _alias_data,
    _alias_supported,
    _demonym,
    _key,
    _kind_rival,
    _region_supported,
)
from .roles import _closest, _in_summary


def _lowercased_names(ctx: CheckContext, si: SourceIndex) -> list[Finding]:
    """A lower-cased summary has no capitals to find names by: flag runs of words that English
    writes only capitalised (names such as "afghanistan") which the source never uses."""
    src_words = ctx.source.memo("entity_plain_words", _plain_words)
    out: list[Finding] = []
    run: list[tuple[int, int]] = []

    text = ctx.summary.text

    def close() -> None:
        if run:
            s, e = run[0][0], run[-1][1]
            # A word English writes only capitalised ("alan", "ohio") that the source never
            # uses, in any form: an invented name. (Acronyms and nicknames, the false alarms of
            # cased text, never reach this path: the words come from a proper-noun list.)
            evidence = None if len(run) > 1 else _other_first_name(ctx, text[s:e].lower(), e)
            severity = "error"
            out.append(Finding.at(text, s, e, "entity",
                                  f"the source does not mention this name ({text[s:e]})"
                                  + (f"; it has {evidence}" if evidence else ""),
                                  evidence, severity, "ENT001"))
            run.clear()

    for s, e, w in ctx.summary.words:
        key = w.lower().rstrip(".")
        if "'" in key or "\u2019" in key:
            key = _POSS.sub("", key)
        if key.isalpha() and key not in src_words and is_known_name(key) \
                and not is_common_word(key) and key not in TITLE_WORDS and key not in DATE_WORDS \
                and not ctx.overlaps_excluded(s, e) and not any(
                    _demonym(key, x) for x in src_words if x[:2] == key[:2]) \
                and not _alias_supported(key, si) and not _region_supported(key, si):
            if run and ctx.summary.text[run[-1][1]:s].strip():
                close()
            run.append((s, e))
        else:
            close()
    close()
    return out


def _other_first_name(ctx: CheckContext, first: str, end: int) -> str | None:
    """The source's "<other name> <surname>" when the summary word is followed by a surname."""
    m = re.match(r" ([a-z][a-z'\-]{2,})\b", ctx.summary.text[end:end + 40])
    if not m or is_common_word(m.group(1)):
        return None
    for x in re.finditer(rf"\b([a-z]+) {re.escape(m.group(1))}\b", ctx.source.lower):
        other = x.group(1)
        if other != first and is_known_name(other) and not is_common_word(other):
            return x.group()
    return None


def _plain_words(doc: Document) -> set[str]:
    """The source's words, lower-cased, possessive stripped."""
    return {_POSS.sub("", w) if "'" in w or "\u2019" in w else w for w in doc.word_set}


def _initial_agents(ctx: CheckContext, si: SourceIndex, names: list[NameMention]) -> list[Finding]:
    """An ordinary word starting a sentence as the one who speaks or reports ("Shell said",
    "Next reported") that the source never uses: a company name the source does not have."""
    out = []
    text = ctx.summary.text
    for s, e in ctx.summary.sentences:
        while s < e and not text[s].isalnum():
            s += 1
        m = _INITIAL_AGENT.match(text, s, e)
        if not m:
            continue
        word = m.group(1)
        low = word.lower()
        if low.endswith("s") or low in FUNCTION_WORDS or low in TITLE_WORDS \
                or low in _GENERIC_AGENTS or low in DATE_WORDS or not is_common_word(word) \
                or any(n.start <= m.start(1) < n.end for n in names) \
                or ctx.overlaps_excluded(m.start(1), m.end(1)):
            continue
        if f" {low} " in si.norm_ci or re.search(rf"\b{low}", si.norm_ci):
            continue
        rival = _rival(ctx, NameMention(m.start(1), m.end(1), word, (word,)), si)
        out.append(Finding.at(text, m.start(1), m.end(1), "entity",
                              f"the source names {rival[0]} here, not {word}" if rival else
                              f"the source does not mention this name ({word}); unverified",
                              rival[0] if rival else None, "error" if rival else "warning",
                              "ENT002" if rival else "ENT003"))
    return out


_CTX_WORD = re.compile(r"[A-Za-z][a-z0-9]{2,}")
_CTX_SKIP = frozenset({"said", "says", "told", "added", "would", "will", "also", "while", "which",
                       "its", "their", "has", "had", "have", "was", "were", "are", "is", "been"})


def _context(text: str, start: int, end: int, s: int, e: int, n: int = 4) -> dict[str, int]:
    """Content words (5-letter prefixes) within n words either side of [start, end) inside the
    sentence [s, e): ordinary words weighted 2 when long, else 1; capitalised words (other
    names) keyed "^prefix" and weighted 1."""
    def words(chunk: str) -> list[str]:
        return [w for w in _CTX_WORD.findall(chunk)
                if w.lower() not in FUNCTION_WORDS and w.lower() not in _CTX_SKIP]

    out: dict[str, int] = {}
    for w in words(text[s:start])[-n:] + words(text[end:e])[:n]:
        if w[0].isupper():
            out["^" + w[:5].lower()] = 1
        else:
            out[w[:5]] = max(out.get(w[:5], 0), 2 if len(w) >= 7 else 1)
    return out


def _slot_score(mine: dict[str, int], theirs: dict[str, int]) -> int:
    """How well two contexts match; 0 unless an ordinary word is shared (a shared name alone
    says the two are related, not that one stands in the other's place)."""
    shared = [w for w in mine if w in theirs]
    if not any(w[0] != "^" for w in shared):
        return 0
    return sum(min(mine[w], theirs[w]) for w in shared)


def _is_place(text: str) -> bool:
    """A country, people, city or region word (no kind in the alias table)."""
    index, regions, kinds = _alias_data()
    key = normalise(text).strip()
    if key in regions or (key.endswith("s") and key[:-1] in regions):
        return True
    groups = index.get(key, ())
    return bool(groups) and not any(g in kinds for g in groups)


def _nickname_of(token: str, other: tuple[str, ...]) -> bool:
    """`token` is built from pieces of the other name's words ("Banxico": BANk + mexICO;
    "Copom", "BaFin"), so it may be a nickname of it rather than a rival."""
    t = _key(token)
    parts = [_key(w) for w in other if w.lower() not in CONNECTORS]
    if len(t) < 4 or not parts:
        return False
    for i in range(2, len(t) - 1):
        head, tail = t[:i], t[i:]
        if any(p.startswith(head) for p in parts) and any(
                p.endswith(tail) or p.startswith(tail) or tail in p for p in parts):
            return True
    return False


def _rival(ctx: CheckContext, m: NameMention, si: SourceIndex) -> tuple[str, str] | None:
    """A source name in the slot the summary's unknown single name fills: (its text, the source
    sentence). A known institution of the same kind (another central bank), the source's holder
    of the role the summary gives, or the name whose surrounding words best match the summary's
    around this one ("late deliveries of Airbus jets" / "late deliveries from Boeing")."""
    norm = normalise(m.text).strip()
    rival = _kind_rival(norm, si)
    if rival is not None:
        pos = ctx.source.text.find(rival)
        return rival, ctx.source.sentence_text(pos) if pos >= 0 else ""
    if m.role and "/" not in m.role:
        keys = {_key(t) for t in m.tokens}
        for n, i in si.role_holders.get(m.role, ()):
            if n.tokens and _key(n.tokens[-1]) not in keys:
                return n.text, ctx.source.text[slice(*ctx.source.sentences[i])]
    summ = ctx.summary
    mine = _context(summ.text, m.start, m.end, *summ.sentence_span(m.start))
    if sum(mine.values()) < 2:
        return None
    key = (m.text, frozenset(mine.items()))
    memo = ctx.source.memo("entities.rival", lambda _d: {})
    if key in memo:  # a long summary repeats its sentences: each slot is scored once
        return memo[key]
    if len(memo) >= _RIVAL_MEMO:
        memo.clear()
    memo[key] = found = _best_rival(ctx, m, si, mine)
    return found


_RIVAL_MEMO = 4096


def _best_rival(ctx: CheckContext, m: NameMention, si: SourceIndex, mine) -> tuple[str, str] | None:
    place = _is_place(m.text)
    low, src = ctx.source.lower, ctx.source.text
    best, best_score = None, 1
    for i, (s, e) in enumerate(ctx.source.sentences):
        if sum(v for w, v in mine.items() if w.lstrip("^") in low[s:e]) < 2:
            continue
        for n in si.sentence_names(i):
            if n.kind == "ticker" or _in_summary(ctx, n.text) \
                    or _is_place(n.text) != place or _nickname_of(m.tokens[0], n.tokens):
                continue
            score = _slot_score(mine, _context(src, n.start, n.end, s, e))
            if score > best_score:
                best, best_score = (n.text, src[s:e]), score
    return best


def _reordered(ctx: CheckContext, words: list[str]) -> str | None:
    """The source phrase that holds every word of a name in another order, within a few words
    ("Higher Regional Court in Munich" for "Munich Higher Regional Court"), or None."""
    src = ctx.source.text
    reach = sum(len(w) for w in words) + 6 * len(words)
    start = src.find(words[0])
    for _ in range(_REORDER_TRIES):
        if start < 0:
            return None
        lo, hi = max(0, start - reach), start + reach
        spots = [re.search(rf"\b{re.escape(w)}\b", src[lo:hi]) for w in words]
        if all(spots):
            a = min(m.start() for m in spots) + lo
            b = max(m.end() for m in spots) + lo
            if b - a <= reach and "\n" not in src[a:b]:
                return src[a:b]
        start = src.find(words[0], start + 1)
    return None


_REORDER_TRIES = 8  # occurrences of the name's first word read: bounded work per name


def _pieced(source: Document, words: list[str]) -> bool:
    """ "A U.S. District Court judge" for "District Judge ... the court", "an FDA Form 483" for
    "a Form 483 ... an FDA inspection": ordinary words and acronyms, each written so in the
    source. (A person's or a firm's own name, "Kessler Bank", is not pieced together so.)"""
    written = source.memo("entities.cased_words", lambda d: frozenset(_CASED.findall(d.text)))
    return all((is_common_word(w) or w.isupper() and len(w) <= 5) and w in written
               for w in words)


_CASED = re.compile(r"[A-Za-z][\w&-]*")


def _unsupported(ctx: CheckContext, m: NameMention, si: SourceIndex, s: int, e: int,
                 toks: tuple[str, ...], whole: bool) -> Finding:
    """The finding for a name the source does not have. An invented full name of a person or a
    name of several words (an organisation) is an error, and so is a known country, people or
    institution ("Canadian", "EU", "IMF": in the alias groups); a single unknown word or acronym, or a place, only when the source
    puts another name in the same slot (a competing value); else a warning (it may be a
    nickname or general knowledge the check cannot verify)."""
    text = ctx.summary.text
    piece = m if whole else NameMention(s, e, text[s:e], toks, m.kind, m.role, m.role_span)
    words = [t for t in toks if t.lower() not in CONNECTORS]
    what = {"ticker": "ticker", "acronym": "name"}.get(m.kind, "name")
    # An institution's words in another order ("Munich Higher Regional Court"); not a
    # person's ("Kessler Fox" from "Jane Fox of Kessler Bank" is another name).
    reordered = _reordered(ctx, words) if len(words) > 1 and _org_like(words) else None
    if reordered is not None:
        return Finding.at(text, s, e, "entity",
                          f"the source writes {reordered}; {text[s:e]} may be the same name",
                          reordered, "warning", "ENT003")
    if len(words) > 1 and _pieced(ctx.source, words):
        return Finding.at(text, s, e, "entity",
                          f"the source has each word of {text[s:e]}, but not together; "
                          "unverified", None, "warning", "ENT003")
    if len(words) > 1 and not _is_place(piece.text):
        closest = _closest(ctx, piece, si)
        return Finding.at(text, s, e, "entity",
                          f"the source does not mention this {what} ({text[s:e]})"
                          + (f"; its {m.role} is {closest}" if closest and m.role else ""),
                          closest, "error", "ENT001")
    variant = _acronym_variant(ctx, piece.text) if m.kind == "acronym" else None
    if variant is not None:  # "ISIL" for the source's "ISIS": another form of the same name
        return Finding.at(text, s, e, "entity",
                          f"the source writes {variant}; {text[s:e]} may be another form of that "
                          f"name", variant, "warning", "ENT003")
    rival = _rival(ctx, piece, si)
    if rival is not None:
        return Finding.at(text, s, e, "entity",
                          f"the source names {rival[0]} here, not {text[s:e]}", rival[0], "error",
                          "ENT002")
    groups, _, kinds = _alias_data()
    norm = normalise(piece.text).strip()
    if norm in groups and not any(kinds.get(g) and f" {kinds[g]}" in si.norm_ci
                                  for g in groups[norm]):
        # A known country, people or institution ("Canadian", "EU", "IMF") the source names in
        # no form (alias, demonym, region): not a nickname. (When the source speaks of an
        # institution of its kind, "the central bank", it may be that one: unverified.)
        return Finding.at(text, s, e, "entity",
                          f"the source does not mention this name ({text[s:e]}) in any form",
                          None, "error", "ENT001")
    return Finding.at(text, s, e, "entity",
                      f"the source does not mention this {what} ({text[s:e]}); unverified",
                      _closest(ctx, piece, si), "warning", "ENT003")


_CAPS = re.compile(r"\b[A-Z]{4,6}\b")


def _acronym_variant(ctx: CheckContext, acr: str) -> str | None:
    """A source acronym of four or more letters that differs from `acr` only in its last
    letter (ISIS / ISIL)."""
    if not re.fullmatch(r"[A-Z]{4,6}", acr):
        return None
    for w in ctx.source.memo("entities.caps", lambda d: sorted(set(_CAPS.findall(d.text)))):
        if len(w) == len(acr) and w[:-1] == acr[:-1] and w != acr:
            return w
    return None


_NUMBER_AFTER = re.compile(r"[ \u00a0]+(\d{2,4})(?![\d.,%]|\s*(?:per|percent|bn|billion|million|"
                           r"mln|m|k|times|shares|points|pts|bp|bps)\b)")


def _series_finding(ctx: CheckContext, m: NameMention) -> Finding | None:
    """A name with a number that is part of it ("FTSE 100", "Nikkei 225", a plane model): the
    source names it only with other numbers."""
    text = ctx.summary.text
    g = _NUMBER_AFTER.match(text, m.end)
    if g is None or 1900 <= int(g.group(1)) <= 2100:
        return None
    pat = re.compile(rf"(?<![\w-]){re.escape(m.text)}[ \u00a0]+(\d{{2,4}})(?![\d.,%])")
    found = list(pat.finditer(ctx.source.text))
    theirs = {f.group(1) for f in found if not 1900 <= int(f.group(1)) <= 2100}
    if not theirs or g.group(1) in theirs:
        return None
    return Finding.at(text, m.start, g.end(), "entity",
                      f"the source names {m.text} only as {', '.join(m.text + ' ' + t for t in sorted(theirs))}",
                      ctx.source.sentence_text(found[0].start()), code="ENT007")


# "Person, an analyst at Org"; "Person of Org", "Person at Org".
_AFFIL_BETWEEN = re.compile(r",\s+(?:an?|the)\s+(?:[a-z][\w-]*\s+){0,3}?(?:at|with|from)\s+$"
                            r"|^\s+(?:of|at)\s+$"
                            # "Oliver Brandt, head of metals research at Kestrel"
                            r"|,\s+(?:head|chief|director|managing\s+director|partner)\s+"
                            r"(?:[a-z][\w-]*\s+){0,3}?(?:at|with)\s+$")
_AFFIL_BEFORE = re.compile(r"^(?:['\u2019]s?)?\s+(?:[a-z][\w-]*\s+){1,3}$")  # "Moody's analyst X"


def _affiliations(text: str, names: list[NameMention], surname: str | None = None
                  ) -> list[tuple[NameMention, NameMention]]:
    """(person, organisation) pairs stated as "Person, an analyst at Org", "Org analyst
    Person", "Org Chief Executive Person" or "Org's Person" (with `surname`: only that
    person's)."""
    out = []
    for k, (a, b) in enumerate(itertools.pairwise(names)):
        between = text[a.end:b.start]
        if a.tokens and surname in (None, a.tokens[-1]) and a.is_person_like \
                and _AFFIL_BETWEEN.search(between):
            if text.startswith("-based", b.end) and k + 2 < len(names):
                b = names[k + 2]  # "an economist at Nairobi-based Crestline Securities"
            out.append((a, b))
        elif b.tokens and surname in (None, b.tokens[-1]) and len(b.tokens) > 1 and (
                _AFFIL_BEFORE.match(between) and _ROLE_NOUN.search(between)
                or b.is_person_like and (
                    not a.is_person_like and _POSSESSIVE.fullmatch(between)
                    # "Brightwell Generics Chief Executive Paul Renner": a name right before a
                    # person's title is their organisation, whatever it looks like
                    or b.role_span and a.end <= b.role_span[0] < b.role_span[1] <= b.start
                    and _POSSESSIVE_GAP.fullmatch(text, a.end, b.role_span[0]))):
            out.append((b, a))
    return out


_POSSESSIVE = re.compile(r"['\u2019]s?\s+")
# A title right before a person the role parser does not know: "Managing Executive Officer X".
_TITLE_BEFORE = re.compile(r"\b(?:Officer|Executive|Director|Manager|President|Chairman|Chair|"
                           r"Minister|Governor|Treasurer|Controller|Secretary|Head)\s+$")
_POSSESSIVE_GAP = re.compile(r"(?:['\u2019]s?)?\s*")
_ROLE_NOUN = re.compile(r"\b(?:analyst|economist|strategist|manager|director|trader|head|"
                        r"partner|chairman|chair|officer|adviser|advisor|researcher|"
                        r"executive|spokesperson|spokeswoman|spokesman|president)s?\b")


def _affiliation_findings(ctx: CheckContext, names: list[NameMention],
                          si: SourceIndex) -> list[Finding]:
    """A person given to another organisation than the source gives them ("Fuentes, an
    analyst at X" when the source's Fuentes is an analyst at Y): error on the organisation."""
    text = ctx.summary.text
    out = []
    asked: dict = {}  # a long summary repeats its pairs: each is looked up once
    for a, b in _affiliations(text, names) + _joined_affiliations(text, names, si):
        people = si.people(a.tokens[-1])
        if a.tokens[-1] not in asked:
            asked[a.tokens[-1]] = [pair for i in sorted({i for _, i in people}) for pair in
                                   _affiliations(ctx.source.text, si.sentence_names(i),
                                                 a.tokens[-1])] or _joined_in_source(ctx, si, a)
        theirs = asked[a.tokens[-1]]
        mine = {_key(t) for t in b.tokens}
        if not theirs:
            # "Mizuho's Kenji Arakawa" where the source's Arakawa is a president and its
            # Mizuho person is analyst Aya Tanaka.
            key = (b.text.lower(), a.text)
            # A person the source gives the summary's own role is that organisation's (the
            # story's company's "chief financial officer, Elise Marchetti").
            same_role = a.role is not None and any(
                n.role and role_relation(n.role, a.role) == "same" for n, _ in people)
            if key not in asked:
                asked[key] = _org_person(ctx, si, b, a) if not same_role and any(
                    n.role or _TITLE_BEFORE.search(ctx.source.text, max(0, n.start - 40), n.start)
                    for n, _ in people) else None
            other = asked[key]
            if other is not None:
                out.append(Finding.at(text, min(a.start, b.start), max(a.end, b.end), "entity",
                                      f"the source's {b.text} person is {other.text}, not "
                                      f"{a.text}", ctx.source.sentence_text(other.start),
                                      code="ENT008"))
            continue
        if any(mine & {_key(t) for t in o.tokens} for _, o in theirs):
            continue
        o = theirs[0][1]
        out.append(Finding.at(text, b.start, b.end, "entity",
                              f"the source places {a.text} at {o.text}, not {b.text}",
                              ctx.source.sentence_text(o.start), code="ENT008"))
    return out


def _joined_in_source(ctx: CheckContext, si: SourceIndex, person: NameMention
                      ) -> list[tuple[NameMention, NameMention]]:
    """The source's (person, organisation) pairs of `person`'s surname read across "of" ("Marcus
    Leong of Strait Asset Research", one name to the parser)."""
    surname = person.tokens[-1]
    low = ctx.source.lower
    if surname.lower() + " of " not in low:
        return []
    return [(p, o) for i, (s, e) in enumerate(ctx.source.sentences)
            if surname.lower() + " of " in low[s:e]
            for p, o in _joined_affiliations(ctx.source.text, si.sentence_names(i), None)
            if p.tokens[-1] == surname]


def _joined_affiliations(text: str, names: list[NameMention], si: SourceIndex | None
                         ) -> list[tuple[NameMention, NameMention]]:
    """(person, organisation) of one name read across "of" ("Mei Lin Zhao of Kestrel
    Commodities"), when the words before "of" end in the surname of a source person (not
    "Bank of England"); with no `si`, when they look like a person's name."""
    out = []
    for m in names:
        if "of" not in m.tokens[1:-1]:
            continue
        k = m.tokens.index("of")
        head, tail = m.tokens[:k], m.tokens[k + 1:]
        if len(head) < 2 or not tail or not all(t[:1].isupper() for t in head) \
                or si is not None and not si.people(head[-1]):
            continue
        cut = text.find(" of ", m.start, m.end)
        if cut < 0:
            continue
        person = NameMention(m.start, cut, text[m.start:cut], tuple(head), "name", m.role,
                             m.role_span)
        org = NameMention(cut + 4, m.end, text[cut + 4:m.end], tuple(tail), "name")
        if person.is_person_like:
            out.append((person, org))
    return out


def _org_person(ctx: CheckContext, si: SourceIndex, org: NameMention,
                person: NameMention) -> NameMention | None:
    """Another person the source ties to organisation `org`, never `person`."""
    key = org.text.lower()
    low = ctx.source.lower
    keys = {_key(t) for t in person.tokens}
    found = None
    for i, (s, e) in enumerate(ctx.source.sentences):
        if key not in low[s:e]:
            continue
        here = si.sentence_names(i)
        for p, o in _affiliations(ctx.source.text, here) + _joined_affiliations(
                ctx.source.text, here, None):
            if {_key(t) for t in o.tokens} & {_key(t) for t in org.tokens}:
                if keys & {_key(t) for t in p.tokens}:
                    return None
                found = found or p
    return found


