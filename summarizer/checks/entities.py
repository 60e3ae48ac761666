"""The entity check: every name in the summary must be one the source mentions.

A summary name is supported when the source has it exactly or in lower case ("Treasury" /
"the treasury"), without the possessive, as a part of one of its names ("Madigan" for "Conor
Madigan", "Alpenrueck" for "Alpenrueck Re"), as the acronym of one of its names or of a phrase
it spells out ("ECB", "RBA", "ARR" for "annual recurring revenue", "PGMs" for "platinum group
metals"), through a general alias (summarizer/data/aliases.json: "BofA"/"Bank of America",
"Aussie"/"Australian", "U.S."/"United States"), as a demonym or plural ("European"/"Europe",
"Nordic"/"Nordics") or as a region one of the source's countries lies in ("Nordic" for Norway).
Unsupported names are errors (a lone ordinary word, capitalised, only a warning).

People: a role given next to a source person that differs from the role the source gives that
person ("Chief executive Annika Vogt" when she is the CFO) is an error; so is a statement the
summary puts in the mouth of one source person when the source has another person say it.

Speed: the source is not parsed word by word. Its normalised text answers most questions by
substring search; the capitalised runs (one regular-expression pass), the acronyms it spells
out and the roles of a person are worked out only when a summary name needs them."""

from __future__ import annotations

import json
import re
from functools import cached_property, lru_cache
from importlib import resources

from ..findings import Finding
from ..parsing.names import (
    _ROLE_AT,
    _RUN,
    CONNECTORS,
    DATE_WORDS,
    FUNCTION_WORDS,
    TITLE_WORDS,
    NameMention,
    _clean_token,
    _org_like,
    acronym_forms,
    is_common_word,
    is_known_name,
    is_lowercased,
    normalise,
    parse_names,
    role_relation,
)
from ..text import Document
from .base import CheckContext

NAME = "entity"
NEEDS_SOURCE = True

_DEMONYM_SUFFIXES = frozenset({"n", "an", "ian", "ean", "ese", "ish", "i", "ic", "vian", "ans",
                               "ians", "ns", "ics"})
_POSS = re.compile(r"['\u2019]s?$")
_WRITTEN = re.compile(r"\b[A-Z][A-Z&.]{0,8}[A-Z]\.?(?:s\b)?")
_REPORT_VERB = (r"(?:said|says|told|added|warned|noted|argued|predicted|expects|expected|believes"
                r"|cautioned|stated|explained|forecast|estimated|insisted|acknowledged)")
_SAID_AFTER = re.compile(rf"(?:,[^,]{{1,90}},)?\s+{_REPORT_VERB}\b")
_SAID_BEFORE = re.compile(rf"\b{_REPORT_VERB}\s+$")
_VERB_IN = re.compile(rf"\b{_REPORT_VERB}\b")
_CLAIM_WORD = re.compile(r"[a-z]{4,}")
# Sentence-initial ordinary word acting as a company ("Shell said", "Next reported").
_INITIAL_AGENT = re.compile(r"([A-Z][a-z]{2,}) (?:said|says|reported|posted|announced|agreed)\b")
_GENERIC_AGENTS = frozenset(
    ["management", "government", "police", "treasury", "parliament", "congress", "company", "group", "firm", "bank", "board", "committee", "court", "ministry", "regulator", "union", "council", "agency", "department", "office", "industry", "fund", "team", "club", "state", "city", "commission", "senate", "market", "report", "research", "data", "analysis", "survey", "study", "statement", "lender", "insurer", "miner", "producer", "retailer", "carrier", "airline", "operator", "owner", "buyer", "seller", "investor", "trader", "broker", "developer", "maker", "manufacturer", "supplier", "builder", "exporter", "importer", "chipmaker", "automaker", "drugmaker", "utility", "exchange", "authority", "prosecution", "defence", "defense", "administration", "opposition", "army", "military", "navy", "media", "trust", "bureau", "source", "everyone", "nobody", "someone", "staff", "family", "security", "health", "education"]
)


@lru_cache(maxsize=1)
def _alias_data() -> tuple[dict[str, list[tuple[str, ...]]], dict[str, tuple[str, ...]],
                           dict[tuple[str, ...], str]]:
    """(normalised alias -> the groups it belongs to, normalised region word -> members,
    group -> its kind ("central bank", "index", ...) for the groups that have one)."""
    raw = json.loads(resources.files("summarizer.data").joinpath("aliases.json").read_text("utf-8"))
    index: dict[str, list[tuple[str, ...]]] = {}
    kinds: dict[tuple[str, ...], str] = {}
    for group in raw["groups"]:
        if isinstance(group, dict):
            g = tuple(group["names"])
            if group.get("kind"):
                kinds[g] = group["kind"]
        else:
            g = tuple(group)
        for member in g:
            index.setdefault(normalise(member).strip(), []).append(g)
    regions: dict[str, tuple[str, ...]] = {}
    for region in raw.get("regions", []):
        for word in region["names"]:
            regions[normalise(word).strip()] = tuple(region["members"])
    return index, regions, kinds


@lru_cache(maxsize=1)
def _groups_by_kind() -> dict[str, list[tuple[str, ...]]]:
    out: dict[str, list[tuple[str, ...]]] = {}
    for g, kind in _alias_data()[2].items():
        out.setdefault(kind, []).append(g)
    return out


def _key(token: str) -> str:
    if token.isalpha() and token.isascii():
        return token.lower()
    return normalise(token).strip()


class SourceIndex:
    """What the entity check needs to know about the source, each part built on first use."""

    def __init__(self, doc: Document):
        self.doc = doc
        self.text = doc.text
        self.norm_ci = normalise(doc.text)
        self._spelled: dict[str, bool] = {}
        self._people: dict[str, list[tuple[NameMention, int]]] = {}
        self._sentence_names: dict[int, list[NameMention]] = {}

    @cached_property
    def norm_cs(self) -> str:
        return normalise(self.text, lower=False)

    @cached_property
    def written(self) -> set[str]:
        """All-caps words written in the source ("ECB", "PGMs" -> also "PGM")."""
        out = set()
        for w in _WRITTEN.findall(self.text):
            w = w.replace(".", "")
            if w.endswith("s") and w[:-1].isupper():
                w = w[:-1]
            if 2 <= len(w) <= 8:
                out.add(w)
        return out

    @cached_property
    def _runs(self) -> tuple[list[tuple[str, ...]], dict[str, list[int]], set[str], list[str]]:
        """Capitalised runs (normalised tokens), token -> runs, acronyms of the runs, and each
        run's initials (for acronyms of a part of a run: "ECB" in "The European Central Bank")."""
        runs: list[tuple[str, ...]] = []
        by_token: dict[str, list[int]] = {}
        acronyms: set[str] = set()
        initials: list[str] = []
        for m in _RUN.finditer(self.text):
            raw = [_clean_token(w) for w in m.group().split(" ")]
            toks = tuple(k for k in (_key(w) for w in raw if w not in CONNECTORS) if k)
            if not toks:
                continue
            idx = len(runs)
            runs.append(toks)
            for t in toks:
                by_token.setdefault(t, []).append(idx)
                if " " in t:
                    for p in t.split():
                        by_token.setdefault(p, []).append(idx)
            if len(toks) > 1:
                acronyms |= acronym_forms(raw)
                initials.append("".join(t[0] for t in toks).upper())
        return runs, by_token, acronyms, initials

    @cached_property
    def cap_words(self) -> set[str]:
        return {p for run in self._runs[0] for t in run for p in t.split()}

    def has_acronym(self, acr: str) -> bool:
        """The source writes the acronym, it is the acronym of one of the source's names, or
        the source spells it out word by word ("annual recurring revenue" -> "ARR")."""
        acr = acr.upper().replace(".", "")
        if acr in self.written:
            return True
        _, _, acronyms, initials = self._runs
        if acr in acronyms:
            return True
        if len(acr) >= 3 and any(acr in i for i in initials):
            return True
        if acr not in self._spelled:
            self._spelled[acr] = _spelled_out(acr, self.doc)
        return self._spelled[acr]

    def lower_has(self, word: str) -> bool:
        """The source writes this word in lower case."""
        return f" {word} " in self.norm_cs

    def sentence_names(self, i: int) -> list[NameMention]:
        """Names in source sentence i (offsets into the whole source)."""
        if i not in self._sentence_names:
            s, e = self.doc.sentences[i]
            found = parse_names(self.text[s:e], _Lower((self,), ()), [(0, e - s)])
            self._sentence_names[i] = [
                NameMention(n.start + s, n.end + s, n.text, n.tokens, n.kind, n.role,
                            (n.role_span[0] + s, n.role_span[1] + s) if n.role_span else None,
                            n.initial)
                for n in found]
        return self._sentence_names[i]

    @cached_property
    def role_holders(self) -> dict[str, list[tuple[NameMention, int]]]:
        """role -> source people given that role (sentences with a role word parsed)."""
        out: dict[str, list[tuple[NameMention, int]]] = {}
        done = set()
        for m in _ROLE_AT.finditer(self.text):
            i = self.doc.sentence_index(m.start())
            if i < 0 or i in done:
                continue
            done.add(i)
            for n in self.sentence_names(i):
                if n.role:
                    for r in n.role.split("/"):
                        out.setdefault(r, []).append((n, i))
        return out

    def people(self, surname: str) -> list[tuple[NameMention, int]]:
        """Source mentions whose last word is `surname` (raw token), with their sentence."""
        key = _key(surname)
        if key not in self._people:
            found = []
            seen = set()
            for m in re.finditer(rf"(?<![\w-]){re.escape(surname)}(?![\w-])", self.text):
                i = self.doc.sentence_index(m.start())
                if i < 0 or i in seen:
                    continue
                seen.add(i)
                found += [(n, i) for n in self.sentence_names(i)
                          if n.tokens and _key(n.tokens[-1]) == key]
            self._people[key] = found
        return self._people[key]


class _Lower:
    """`word in lower_words`: a word the summary or the source writes in lower case."""

    def __init__(self, sources, texts):
        self.sources = sources
        self.texts = texts

    def __contains__(self, word: str) -> bool:
        w = f" {word} "
        return any(w in t for t in self.texts) or any(s.lower_has(word) for s in self.sources)


# Small words a writer may leave out of an acronym or keep in it ("EPS": earnings per share;
# "M&A"; "OECD" keeps "for" out).
_ACRONYM_OPTIONAL = frozenset({"of", "and", "per", "the", "for", "on", "in", "to", "a", "an", "&"})
_SOURCE_WORD = re.compile(r"[a-z]+|&")


def _word_letters(word: str) -> list[str]:
    """What one word can give an acronym: its initial, or its initial and the initial of a
    second part ("shareholder" -> "sh", "exchange" -> "ex": FX)."""
    out = [word[0]]
    if len(word) >= 5:
        if word.startswith("ex"):
            out.append(word[0] + "x")
        for i in range(2, len(word) - 2):
            if word[i:] in _lower_parts():
                out.append(word[0] + word[i])
    return out


@lru_cache(maxsize=1)
def _lower_parts() -> frozenset[str]:
    """Ordinary words of 3+ letters that can be the second part of a compound."""
    from ..parsing.names import _lower_words
    return frozenset(w for w in _lower_words() if len(w) >= 3 and w not in FUNCTION_WORDS)


def _spells(acr: str, words: list[str], i: int) -> bool:
    """Do source words from index i on spell `acr` (lower-case letters)? Every word gives its
    initial (or two letters, see `_word_letters`), except small words, which may be skipped."""
    if not acr:
        return True
    if i >= len(words):
        return False
    w = words[i]
    if w in _ACRONYM_OPTIONAL and _spells(acr, words, i + 1):
        return True
    return any(acr.startswith(p) and _spells(acr[len(p):], words, i + 1)
               for p in _word_letters(w))


def _spelled_out(acr: str, doc: Document) -> bool:
    """Consecutive source words whose initials spell the acronym, in lower case or not
    ("joint venture" -> JV, "headline earnings per share" -> HEPS, "volume-weighted average
    price" -> VWAP). Two-letter acronyms need two plain content words."""
    letters = acr.lower()
    if not letters.isalpha() or not 2 <= len(letters) <= 8:
        return False
    words, starts = doc.memo("entity_acronym_words", _acronym_words)
    for i in starts.get(letters[0], ()):
        if words[i] in _ACRONYM_OPTIONAL:
            continue
        if len(letters) == 2:
            pair = words[i:i + 2]
            if len(pair) == 2 and all(len(w) >= 3 and w not in FUNCTION_WORDS for w in pair) \
                    and pair[1][0] == letters[1]:
                return True
            continue
        if _spells(letters, words, i):
            return True
    return False


def _acronym_words(doc: Document) -> tuple[list[str], dict[str, list[int]]]:
    """The source's words, lower-cased and split at hyphens and slashes, with the positions
    of the words by first letter."""
    words = _SOURCE_WORD.findall(doc.lower)
    starts: dict[str, list[int]] = {}
    for i, w in enumerate(words):
        starts.setdefault(w[0], []).append(i)
    return words, starts


def _plural_of(a: str, b: str) -> bool:
    return a + "s" == b or a + "es" == b or b + "s" == a or b + "es" == a


def _demonym(a: str, b: str) -> bool:
    short, long = sorted((a, b), key=len)
    if short == long or _plural_of(short, long):
        return True
    stems = {short}
    if short[-1:] in "aeiouy":
        stems.add(short[:-1])
    return any(len(st) >= 4 and long.startswith(st) and long[len(st):] in _DEMONYM_SUFFIXES
               for st in stems)


def _alias_supported(norm: str, si: SourceIndex) -> bool:
    return any(_member_in(member, si) for group in _alias_data()[0].get(norm, ())
               for member in group)


def _member_in(member: str, si: SourceIndex) -> bool:
    if any(c.isupper() for c in member):
        return normalise(member, lower=False) in si.norm_cs
    return normalise(member) in si.norm_ci


def _kind_rival(norm: str, si: SourceIndex) -> str | None:
    """A known institution / index / benchmark the source lacks, when the source names
    another of the same kind ("Banxico" where the source has the Fed): the form of the rival
    the source uses. None when the source also names a place the summary's one belongs to
    (it may call it just "the central bank")."""
    index, _, kinds = _alias_data()
    groups = index.get(norm, ())
    mine = {kinds[g] for g in groups if g in kinds}
    if not mine:
        return None
    for g in groups:
        for member in g:
            for w in re.findall(r"[A-Z][\w.]*[\w]", member):
                key = normalise(w).strip()
                if key in index and not any(x in kinds for x in index[key]) \
                        and (_member_in(w, si) or _alias_supported(key, si)):
                    return None  # a country of the summary's institution is in the source
    found = None
    for kind in mine:  # a name of several kinds ("S&P", "Nasdaq") needs a rival of each
        rival = next((member for g in _groups_by_kind()[kind] if g not in groups
                      for member in g if _member_in(member, si)), None)
        if rival is None:
            return None
        found = found or rival
    return found


def _place_mentioned(place: str, si: SourceIndex) -> bool:
    norm = normalise(place)
    return norm in si.norm_ci or _alias_supported(norm.strip(), si)


def _region_supported(norm: str, si: SourceIndex) -> bool:
    """A regional/continental adjective or name ("Nordic", "European", "Gulf") for a region
    one of the source's countries lies in."""
    regions = _alias_data()[1]
    members = regions.get(norm)
    if members is None and norm.endswith("s"):
        members = regions.get(norm[:-1])
    return bool(members) and any(_place_mentioned(p, si) for p in members)


def _subsequence(tokens: tuple[str, ...], si: SourceIndex) -> bool:
    """The tokens appear in order within one source name; the first may be a short form of
    the source's ("Alex" for "Alexander", "Man United" for "Manchester United")."""
    if not tokens:
        return True
    runs, by_token, _, _ = si._runs
    for idx in by_token.get(tokens[-1], ()):
        run = [p for t in runs[idx] for p in (t, *t.split())] if any(" " in t for t in runs[idx]) \
            else runs[idx]
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


def _acronym_token(tok: str) -> str | None:
    """"ECB" -> "ECB", "PGMs" -> "PGM", "U.S." -> "US"; None for a non-acronym."""
    plain = tok.replace(".", "")
    if plain.endswith("s") and len(plain) > 2 and plain[:-1].isupper():
        plain = plain[:-1]
    return plain if sum(c.isupper() for c in plain) >= 2 else None


def supported(mention_tokens: tuple[str, ...], text: str, si: SourceIndex) -> bool:
    """Does the source mention this name in any accepted form?"""
    norm = normalise(text)
    if not norm.strip() or norm in si.norm_ci:
        return True
    tokens = tuple(k for k in (_key(t) for t in mention_tokens if t.lower() not in CONNECTORS) if k)
    joined = " ".join(tokens)
    if joined and f" {joined} " in si.norm_ci:
        return True
    if _alias_supported(norm.strip(), si) or _alias_supported(joined, si):
        return True
    if len(mention_tokens) == 1:
        acr = _acronym_token(mention_tokens[0])
        if acr and si.has_acronym(acr):
            return True
    if len(mention_tokens) > 1 and any(f in si.written for f in acronym_forms(mention_tokens)):
        return True
    if _subsequence(tokens, si):
        return True
    if len(tokens) == 1:
        t = tokens[0]
        if any(_demonym(t, w) for w in si.cap_words if w[:2] == t[:2]):
            return True
        if _region_supported(t, si):
            return True
    elif _region_supported(joined, si):
        return True
    return False


def _standalone(token: str, si: SourceIndex) -> bool:
    """A word of a longer run that the source names on its own ("Dutch" and "TTF" in "Dutch
    TTF"): an alias, an acronym, a demonym or a capitalised word of the source, not an
    ordinary English word."""
    key = _key(token)
    if not key:
        return True
    if _alias_supported(key, si) or _region_supported(key, si):
        return True
    acr = _acronym_token(token)
    if acr and acr.isupper() and si.has_acronym(acr):
        return True
    if is_common_word(token, loose=False):
        return False
    return key in si.cap_words or any(_demonym(key, w) for w in si.cap_words if w[:2] == key[:2])


def _pieces(m: NameMention) -> list[tuple[int, int, tuple[str, ...]]]:
    """Split a run at "and" ("Citigroup and UniCredit") and after a person at "of" ("Haruka
    Tsujimoto of Nomura Securities") into (start, end, tokens) parts."""
    parts: list[tuple[int, int, tuple[str, ...]]] = []
    pos = 0
    for chunk in re.split(r"( and | of )", m.text):
        if chunk in (" and ", " of "):
            if chunk == " of " and parts:
                left = parts[-1][2]
                if not (2 <= len(left) <= 3 and all(t[:1].isupper() and not t.isupper()
                                                    for t in left) and not _org_like(left)):
                    # not a person: "Bank of America" stays whole
                    s0 = parts.pop()[0]
                    parts.append((s0, m.start + pos + len(chunk), ()))
            pos += len(chunk)
            continue
        if chunk.strip():
            s0, toks = m.start + pos, tuple(chunk.split())
            if parts and not parts[-1][2]:  # joined to the part before "of"
                s0 = parts.pop()[0]
                toks = tuple(m.text[s0 - m.start:pos + len(chunk)].split())
            parts.append((s0, m.start + pos + len(chunk), toks))
        pos += len(chunk)
    return parts


def _strip_possessive(words: tuple[str, ...]) -> tuple[str, ...]:
    return tuple(re.sub(r"['\u2019]s$", "", w) for w in words)


def _closest(ctx: CheckContext, m: NameMention, si: SourceIndex) -> str | None:
    """The source name most likely meant, among the names of the three source sentences that
    best match the summary sentence, that the summary itself does not use: a person with the
    same role first, then one of the same sort (person / organisation / acronym; places last),
    then the better-matching sentence."""
    summ_norm = normalise(ctx.summary.text)
    if m.role:  # "chief executive Lars Hegge": the source's chief executive, wherever named
        for i in range(len(ctx.source.sentences)):
            for n in si.sentence_names(i):
                if n.role == m.role and n.is_person_like and normalise(n.text) not in summ_norm:
                    return n.text
    sent = ctx.summary.sentence_text(m.start).lower()
    words = {w for w in _CLAIM_WORD.findall(sent) if w not in FUNCTION_WORDS}
    low = ctx.source.lower
    scored = []
    for i, (s, e) in enumerate(ctx.source.sentences):
        chunk = low[s:e]
        ov = sum(1 for w in words if w in chunk)
        if ov:
            scored.append((ov, i))
    scored.sort(key=lambda x: (-x[0], x[1]))
    org = _org_like(m.tokens)
    aliases = _alias_data()[0]
    best, best_rank = None, None
    for rank_i, (_, i) in enumerate(scored[:3]):
        for n in si.sentence_names(i):
            if n.kind == "ticker" or normalise(n.text) in summ_norm:
                continue
            rank = (not (m.role and n.role == m.role), n.is_person_like != m.is_person_like,
                    n.kind != m.kind, _org_like(n.tokens) != org, _key(n.text) in aliases, rank_i)
            if best_rank is None or rank < best_rank:
                best, best_rank = n.text, rank
    return best


def _source_person(m: NameMention, si: SourceIndex) -> list[tuple[NameMention, int]]:
    """Source mentions of the same person: same surname, and one mention's name words among
    the other's."""
    keys = {_key(t) for t in m.tokens}
    out = []
    for n, i in si.people(m.tokens[-1]):
        theirs = {_key(t) for t in n.tokens}
        if keys <= theirs or theirs <= keys:  # "Bob Lee" / "Lee" (a first name lost at a
            out.append((n, i))                # sentence start) / "Lee"
    return out


def _role_finding(ctx: CheckContext, m: NameMention, si: SourceIndex) -> Finding | None:
    if not m.role or not m.role_span or not m.tokens[-1][:1].isupper():
        return None
    found = [(n, i) for n, i in _source_person(m, si) if n.role]
    if not found:
        return _role_of_another(ctx, m, si)
    relations = {role_relation(m.role, n.role) for n, _ in found}
    if "same" in relations:
        return None
    severity = "warning" if "close" in relations else "error"
    have = sorted({r for n, _ in found for r in n.role.split("/")})
    start, end = min(m.start, m.role_span[0]), max(m.end, m.role_span[1])
    evidence = ctx.source.text[slice(*ctx.source.sentences[found[0][1]])]
    return Finding.at(ctx.summary.text, start, end, "entity",
                      f"the source gives {m.text} a different role ({', '.join(have)}, "
                      f"not {m.role})", evidence, severity, "ENT004")


def _role_of_another(ctx: CheckContext, m: NameMention, si: SourceIndex) -> Finding | None:
    """The source gives this person no role but names someone else in the summary's role
    ("CEO Y" when the source's chief executive is X): a warning, as the two may head
    different organisations."""
    if "/" in m.role or not m.is_person_like:
        return None
    keys = {_key(t) for t in m.tokens}
    others = [(n, i) for n, i in si.role_holders.get(m.role, ())
              if n.tokens and _key(n.tokens[-1]) not in keys]
    if not others:
        return None
    n, i = others[0]
    start, end = min(m.start, m.role_span[0]), max(m.end, m.role_span[1])
    return Finding.at(ctx.summary.text, start, end, "entity",
                      f"the source names {n.text} as {m.role} and gives {m.text} no role",
                      ctx.source.text[slice(*ctx.source.sentences[i])], "warning", "ENT005")


def _claim_span(ctx: CheckContext, m: NameMention, names: list[NameMention]) -> tuple[int, int] | None:
    """Where the summary's statement attributed to person `m` is: after "X said" / "X, ...,
    told" up to the end of the sentence, the next person or the next reporting verb; or
    before ", said X"."""
    text = ctx.summary.text
    s, e = ctx.summary.sentence_span(m.start)
    after = _SAID_AFTER.match(text, m.end, e)
    if after:
        start = after.end()
        nxt = _VERB_IN.search(text, start, e)
        end = nxt.start() if nxt else e
        for n in names:
            if start <= n.start < end and n.is_person_like:
                end = n.start
        return start, end
    start = m.role_span[0] if m.role_span else m.start
    if _SAID_BEFORE.search(text, max(s, start - 12), start):
        return s, start
    return None


def _speaker(text: str, n: NameMention, s: int, e: int) -> bool:
    """Source name `n` is the one speaking in the sentence [s, e): "n said", "n, ..., told",
    "said n"."""
    if _SAID_AFTER.match(text, n.end, e):
        return True
    start = n.role_span[0] if n.role_span and n.role_span[0] < n.start else n.start
    return bool(_SAID_BEFORE.search(text, max(s, start - 12), start))


def _misattributed(ctx: CheckContext, m: NameMention, si: SourceIndex,
                   names: list[NameMention]) -> Finding | None:
    """The summary has person `m` say something that the source has another person say."""
    if not (m.is_person_like or m.role) or m.kind != "name":
        return None
    span = _claim_span(ctx, m, names)
    if span is None:
        return None
    name_keys = {_key(t) for t in m.tokens}
    claim = {w[:6] for w in _CLAIM_WORD.findall(ctx.summary.text[span[0]:span[1]].lower())
             if w not in FUNCTION_WORDS and w not in name_keys}
    if len(claim) < 5:
        return None
    mine = {i for _, i in _source_person(m, si)}
    if not mine:
        return None
    low = ctx.source.lower
    scores = []
    for s, e in ctx.source.sentences:
        chunk = low[s:e]
        scores.append(sum(1 for w in claim if w in chunk))
    best = max(range(len(scores)), key=scores.__getitem__)
    top = scores[best]
    if best in mine or top < max(4, 0.6 * len(claim)) or top < max(scores[i] for i in mine) + 2:
        return None
    s, e = ctx.source.sentences[best]
    if not _VERB_IN.search(low, s, e):
        return None
    src = ctx.source.text
    others = [n for n in si.sentence_names(best)
              if n.kind == "name" and (n.is_person_like or n.role)
              and not name_keys & {_key(t) for t in n.tokens} and _speaker(src, n, s, e)]
    if not others:
        return None
    start = min(m.start, m.role_span[0]) if m.role_span else m.start
    end = max(m.end, m.role_span[1]) if m.role_span else m.end
    return Finding.at(ctx.summary.text, start, end, "entity",
                      f"the source attributes this statement to {others[0].text}, not {m.text}",
                      src[s:e], "error", "ENT006")


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
    summ_norm = normalise(summ.text)
    place = _is_place(m.text)
    low, src = ctx.source.lower, ctx.source.text
    best, best_score = None, 1
    for i, (s, e) in enumerate(ctx.source.sentences):
        if sum(v for w, v in mine.items() if w.lstrip("^") in low[s:e]) < 2:
            continue
        for n in si.sentence_names(i):
            if n.kind == "ticker" or normalise(n.text) in summ_norm \
                    or _is_place(n.text) != place or _nickname_of(m.tokens[0], n.tokens):
                continue
            score = _slot_score(mine, _context(src, n.start, n.end, s, e))
            if score > best_score:
                best, best_score = (n.text, src[s:e]), score
    return best


def _unsupported(ctx: CheckContext, m: NameMention, si: SourceIndex, s: int, e: int,
                 toks: tuple[str, ...], whole: bool) -> Finding:
    """The finding for a name the source does not have. An invented full name of a person or a
    name of several words (an organisation) is an error; a single unknown word or acronym, or a
    place, only when the source puts another name in the same slot (a competing value); else
    a warning (it may be a nickname or general knowledge the check cannot verify)."""
    text = ctx.summary.text
    piece = m if whole else NameMention(s, e, text[s:e], toks, m.kind, m.role, m.role_span)
    words = [t for t in toks if t.lower() not in CONNECTORS]
    what = {"ticker": "ticker", "acronym": "name"}.get(m.kind, "name")
    if len(words) > 1 and not _is_place(piece.text):
        return Finding.at(text, s, e, "entity",
                          f"the source does not mention this {what} ({text[s:e]})",
                          _closest(ctx, piece, si), "error", "ENT001")
    rival = _rival(ctx, piece, si)
    if rival is not None:
        return Finding.at(text, s, e, "entity",
                          f"the source names {rival[0]} here, not {text[s:e]}", rival[0], "error",
                          "ENT002")
    return Finding.at(text, s, e, "entity",
                      f"the source does not mention this {what} ({text[s:e]}); unverified",
                      _closest(ctx, piece, si), "warning", "ENT003")


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


_AFFIL_BETWEEN = re.compile(r",\s+(?:an?|the)\s+(?:[a-z][\w-]*\s+){0,3}?(?:at|with|from)\s+$")
_AFFIL_BEFORE = re.compile(r"^\s+(?:[a-z][\w-]*\s+){1,3}$")


def _affiliations(text: str, names: list[NameMention], surname: str) -> list[tuple[NameMention, NameMention]]:
    """(person, organisation) pairs stated as "Person, an analyst at Org" or "Org analyst
    Person" where the person's last word is `surname`."""
    out = []
    for a, b in zip(names, names[1:]):
        between = text[a.end:b.start]
        if a.tokens and a.tokens[-1] == surname and _AFFIL_BETWEEN.search(between):
            out.append((a, b))
        elif b.tokens and b.tokens[-1] == surname and len(b.tokens) > 1 \
                and _AFFIL_BEFORE.match(between) and _ROLE_NOUN.search(between):
            out.append((b, a))
    return out


_ROLE_NOUN = re.compile(r"\b(?:analyst|economist|strategist|manager|director|trader|head|"
                        r"partner|chairman|chair|officer|adviser|advisor|researcher|"
                        r"executive|spokesperson|spokeswoman|spokesman|president)s?\b")


def _affiliation_findings(ctx: CheckContext, names: list[NameMention],
                          si: SourceIndex) -> list[Finding]:
    """A person given to another organisation than the source gives them ("Fuentes, an
    analyst at X" when the source's Fuentes is an analyst at Y): error on the organisation."""
    text = ctx.summary.text
    out = []
    for a, b in zip(names, names[1:]):
        if not _AFFIL_BETWEEN.search(text[a.end:b.start]) or not a.is_person_like:
            continue
        theirs = []
        for i in sorted({i for _, i in si.people(a.tokens[-1])}):
            theirs += _affiliations(ctx.source.text, si.sentence_names(i), a.tokens[-1])
        if not theirs:
            continue
        mine = {_key(t) for t in b.tokens}
        if any(mine & {_key(t) for t in o.tokens} for _, o in theirs):
            continue
        o = theirs[0][1]
        out.append(Finding.at(text, b.start, b.end, "entity",
                              f"the source places {a.text} at {o.text}, not {b.text}",
                              ctx.source.sentence_text(o.start), code="ENT008"))
    return out


def run(ctx: CheckContext) -> list[Finding]:
    if ctx.source is None:
        return []
    si: SourceIndex = ctx.source.memo("entity_index", SourceIndex)
    if is_lowercased(ctx.summary.text):
        return _lowercased_names(ctx, si)
    summary = ctx.summary
    text = summary.text
    lower = _Lower((si,), (normalise(text, lower=False),))
    out: list[Finding] = []
    names = parse_names(text, lower, summary.sentences)
    for m in names:
        if ctx.overlaps_excluded(m.start, m.end):
            continue
        if supported(m.tokens, m.text, si):
            f = _role_finding(ctx, m, si) or _misattributed(ctx, m, si, names) \
                or _series_finding(ctx, m)
            if f is not None:
                out.append(f)
            continue
        words = [t for t in m.tokens if t.lower() not in CONNECTORS]
        if len(words) > 1 and all(_standalone(t, si) for t in words):
            continue
        if len(words) > 1 and all(w.isupper() and is_common_word(w) for w in words):
            continue  # shouting ordinary words: "CLICK HERE"
        if m.initial and len(m.tokens) > 1 and is_common_word(m.tokens[0]) \
                and supported(m.tokens[1:], " ".join(m.tokens[1:]), si):
            continue  # "Midfielder Jack Grealish": an ordinary word starting the sentence
        parts = _pieces(m) if " and " in m.text or " of " in m.text \
            else [(m.start, m.end, m.tokens)]
        for s, e, toks in parts:
            if len(parts) > 1 and supported(_strip_possessive(toks), text[s:e], si):
                continue
            out.append(_unsupported(ctx, m, si, s, e, toks, len(parts) == 1))
    out += _initial_agents(ctx, si, names)
    flagged = {(f.start, f.end) for f in out}
    out += [f for f in _affiliation_findings(ctx, names, si)
            if not any(a < f.end and f.start < b for a, b in flagged)]
    return out
