"""What the source supports: its names, acronyms and spelled-out phrases, aliases, demonyms,
plurals and regions, indexed once per source (ENT001 and ENT003 ask it)."""

from __future__ import annotations

import json
import re
from functools import cached_property, lru_cache
from pathlib import Path

from ...parsing.names import (
    _ROLE_AT,
    _RUN,
    CONNECTORS,
    FUNCTION_WORDS,
    NameMention,
    _clean_token,
    acronym_forms,
    is_common_word,
    normalise,
    parse_names,
)
from ...text import Document

NAME = "entity"
NEEDS_SOURCE = True

_DEMONYM_SUFFIXES = frozenset({"n", "an", "ian", "ean", "ese", "ish", "i", "ic", "vian", "ans", "ians", "ns", "ics"})
_POSS = re.compile(r"['\u2019]s?$")
_WRITTEN = re.compile(r"\b[A-Z][A-Z&.]{0,8}[A-Z]\.?(?:s\b)?")
_REPORT_VERB = (r"(?:said|says|told|added|warned|noted|argued|predicted|expects|expected|believes"
                r"|cautioned|stated|explained|forecast|estimated|insisted|acknowledged|adding"
                r"|blamed|cited|saying|warning|noting|telling|arguing|cautioning|insisting|predicting"
                r"|blaming|citing|admitted|conceded|admitting|conceding|called(?!\s+(?:off|on|for|in|up|it|back)\b)"
                r"|guided(?=\s+(?:to|for|investors|analysts)\b)|pointed\s+to|flagged|reaffirmed|reiterated"
                r"|(?:kept|maintained)(?=\s+(?:[\w-]+\s+){0,5}?(?:guidance|outlook|forecast|target)s?\b)"
                r"|wrote(?!\s+(?:down|off|back)))")
# "X said", "X, an analyst at Y, said", "X at Banco Andino said".
_SAID_AFTER = re.compile(rf"(?:,[^,]{{1,90}},|\s+(?:at|of|from)(?:\s+[A-Z][\w&.'\u2019-]*){{1,4}})?"
                         rf"(?:\s+(?:also|later|separately|further))?\s+{_REPORT_VERB}\b"
                         r"|,\s+(?:said|says|told)\b")  # "Its spokesman, Aaron Pike, said"
_SAID_BEFORE = re.compile(rf"\b{_REPORT_VERB}\s+$")
_VERB_IN = re.compile(rf"\b{_REPORT_VERB}\b")
_CLAIM_WORD = re.compile(r"[a-z]{4,}")
# Sentence-initial ordinary word acting as a company ("Shell said", "Next reported").
_INITIAL_AGENT = re.compile(r"([A-Z][a-z]{2,}) (?:said|says|reported|posted|announced|agreed)\b")
_GENERIC_AGENTS = frozenset(
    ["management", "government", "police", "treasury", "parliament", "congress", "company", "group", "firm", "bank", "board", "committee", "court", "ministry", "regulator", "union", "council", "agency", "department", "office", "industry", "fund", "team", "club", "state", "city", "commission", "senate", "market", "report", "research", "data", "analysis", "survey", "study", "statement", "lender", "insurer", "miner", "producer", "retailer", "carrier", "airline", "operator", "owner", "buyer", "seller", "investor", "trader", "broker", "developer", "maker", "manufacturer", "supplier", "builder", "exporter", "importer", "chipmaker", "automaker", "drugmaker", "utility", "exchange", "authority", "prosecution", "defence", "defense", "administration", "opposition", "army", "military", "navy", "media", "trust", "bureau", "source", "everyone", "nobody", "someone", "staff", "family", "security", "health", "education"]
)


def _given_after(n: NameMention, key: str) -> bool:
    """ "Winston Lau Ka-ming": a surname, then a hyphenated given name (Cantonese, Korean)."""
    return len(n.tokens) >= 3 and "-" in n.tokens[-1] and _key(n.tokens[-2]) == key


@lru_cache(maxsize=1)
def _alias_data() -> tuple[dict[str, list[tuple[str, ...]]], dict[str, tuple[str, ...]],
                           dict[tuple[str, ...], str]]:
    """(normalised alias -> the groups it belongs to, normalised region word -> members,
    group -> its kind ("central bank", "index", ...) for the groups that have one)."""
    data = Path(__file__).resolve().parents[2] / "data" / "aliases.json"
    raw = json.loads(data.read_text("utf-8"))
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
        names = tuple(region["names"])
        for word in names:
            regions[normalise(word).strip()] = tuple(region["members"])
            # A region's names name one another too ("APAC" for "Asia-Pacific").
            index.setdefault(normalise(word).strip(), []).append(names)
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
        self._spelled: dict[str, bool] = {}
        self._people: dict[str, list[tuple[NameMention, int]]] = {}
        self._sentence_names: dict[int, list[NameMention]] = {}

    @cached_property
    def norm_ci(self) -> str:
        return normalise(self.text)

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
        """The words of its names, and the country its dollars name ("A$486 million")."""
        return {p for run in self._runs[0] for t in run for p in t.split()} | {
            _DOLLAR_PLACES[m] for m in set(_DOLLAR.findall(self.text))}

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
                          if n.tokens and (_key(n.tokens[-1]) == key or _given_after(n, key))]
            self._people[key] = found
        return self._people[key]


class _Lower:
    """`word in lower_words`: a word the summary or the source writes in lower case."""

    def __init__(self, sources, texts):
        self.sources = sources
        self.texts = texts  # normalised texts: single spaces between words, one at each end
        self._words: list[frozenset[str]] | None = None

    def __contains__(self, word: str) -> bool:
        if word and " " not in word:  # one word: a set lookup, not a search of a long summary
            if self._words is None:
                self._words = [frozenset(t.split()) for t in self.texts]
            found = any(word in ws for ws in self._words)
        else:
            w = f" {word} "
            found = any(w in t for t in self.texts)
        return found or any(s.lower_has(word) for s in self.sources)


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
    from ...parsing.names import _lower_words
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
    joined = "&" in letters  # "O&M": operations and maintenance
    letters = letters.replace("&", "")
    if not letters.isalpha() or not 2 <= len(letters) <= 8:
        return False
    words, starts = doc.memo("entity_acronym_words", _acronym_words)
    for i in starts.get(letters[0], ()):
        if words[i] in _ACRONYM_OPTIONAL:
            continue
        if joined and len(letters) == 2:
            three = words[i:i + 3]
            if len(three) == 3 and three[1] in ("and", "&") and three[2][0] == letters[1] \
                    and len(three[2]) >= 3:
                return True
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


_DOLLAR = re.compile(r"(?<![A-Za-z])([ACSR])\$")
_DOLLAR_PLACES = {"A": "australia", "C": "canada", "S": "singapore", "R": "brazil"}


def _plural_of(a: str, b: str) -> bool:
    return a + "s" == b or a + "es" == b or b + "s" == a or b + "es" == a


def _demonym(a: str, b: str) -> bool:
    short, long = sorted((a, b), key=len)
    if short == long or _plural_of(short, long):
        return True
    for place, people in ((short, long), (long, short)):
        stems = {place}
        if place[-1:] in "aeiouys":  # Kenya/Kenyan, Texas/Texan, Honduras/Honduran
            stems.add(place[:-1])
        if any(len(st) >= 4 and people.startswith(st) and people[len(st):] in _DEMONYM_SUFFIXES
               for st in stems):
            return True
    return False


def _alias_supported(norm: str, si: SourceIndex) -> bool:
    return any(_member_in(member, si) for group in _alias_data()[0].get(norm, ())
               for member in group)


def _member_in(member: str, si: SourceIndex) -> bool:
    """Does the source write this alias form? Each form is searched once per source (a long
    summary asks for the same groups again and again)."""
    memo = si.doc.memo("entities.alias_members", lambda _d: {})
    found = memo.get(member)
    if found is None:
        if any(c.isupper() for c in member):
            found = normalise(member, lower=False) in si.norm_cs
        else:
            found = normalise(member) in si.norm_ci
        memo[member] = found
    return found


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


@lru_cache(maxsize=1)
def _postal() -> dict[str, str]:
    """Two-letter U.S. state codes and the states they name."""
    data = Path(__file__).resolve().parents[2] / "data" / "aliases.json"
    return json.loads(data.read_text("utf-8")).get("postal", {})


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
        state = _postal().get(mention_tokens[0])
        if state is not None and state in si.text:  # "KS" for the source's "Kansas"
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
    if "&" in mention_tokens:
        # "Brazil & SE Asia": two names joined in shorthand, each of them the source's.
        k = mention_tokens.index("&")
        left, right = mention_tokens[:k], mention_tokens[k + 1:]
        if left and right:
            return supported(left, " ".join(left), si) and supported(right, " ".join(right), si)
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
    if key in si.cap_words or " " in key and f" {key} " in si.norm_ci:
        return True  # "Non-GAAP" (written "non-GAAP" in the source)
    return any(_demonym(key, w) for w in si.cap_words if w[:2] == key[:2])


