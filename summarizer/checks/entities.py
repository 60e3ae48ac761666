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
def _alias_data() -> tuple[dict[str, list[tuple[str, ...]]], dict[str, tuple[str, ...]]]:
    """(normalised alias -> the groups it belongs to, normalised region word -> members)."""
    raw = json.loads(resources.files("summarizer.data").joinpath("aliases.json").read_text("utf-8"))
    index: dict[str, list[tuple[str, ...]]] = {}
    for group in raw["groups"]:
        g = tuple(group)
        for member in group:
            index.setdefault(normalise(member).strip(), []).append(g)
    regions: dict[str, tuple[str, ...]] = {}
    for region in raw.get("regions", []):
        for word in region["names"]:
            regions[normalise(word).strip()] = tuple(region["members"])
    return index, regions


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
        if len(acr) < 3:
            return False
        if any(acr in i for i in initials):
            return True
        if acr not in self._spelled:
            self._spelled[acr] = _spelled_out(acr, self.doc.lower)
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


@lru_cache(maxsize=4096)
def _spelled_rx(acr: str) -> re.Pattern:
    letters = [c.lower() for c in acr if c.isalpha()]
    return re.compile(r"(?<![\w])" + r"[\s-]+".join(rf"({re.escape(c)}[a-z]+)" for c in letters)
                      + r"(?![\w])")


def _spelled_out(acr: str, lower: str) -> bool:
    """Adjacent content words whose initials spell the acronym ("volume-weighted average
    price" -> VWAP); function words do not count."""
    if not acr.isalpha() or not 3 <= len(acr) <= 8 or acr[0].lower() not in lower:
        return False
    for m in _spelled_rx(acr).finditer(lower):
        if not any(g in FUNCTION_WORDS for g in m.groups()):
            return True
    return False


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
    for group in _alias_data()[0].get(norm, ()):
        for member in group:
            if any(c.isupper() for c in member):
                if normalise(member, lower=False) in si.norm_cs:
                    return True
            elif normalise(member) in si.norm_ci:
                return True
    return False


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
                      f"not {m.role})", evidence, severity)


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
                      ctx.source.text[slice(*ctx.source.sentences[i])], "warning")


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
                      src[s:e], "error")


def _lowercased_names(ctx: CheckContext, si: SourceIndex) -> list[Finding]:
    """A lower-cased summary has no capitals to find names by: flag runs of words that English
    writes only capitalised (names such as "afghanistan") which the source never uses."""
    src_words = ctx.source.memo("entity_plain_words", _plain_words)
    out: list[Finding] = []
    run: list[tuple[int, int]] = []

    def close() -> None:
        if run:
            s, e = run[0][0], run[-1][1]
            out.append(Finding.at(ctx.summary.text, s, e, "entity",
                                  f"the source does not mention this name ({ctx.summary.text[s:e]})",
                                  None, "error"))
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
        out.append(Finding.at(text, m.start(1), m.end(1), "entity",
                              f"the source does not mention this name ({word})", None, "error"))
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
            f = _role_finding(ctx, m, si) or _misattributed(ctx, m, si, names)
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
            words = [t for t in toks if t.lower() not in CONNECTORS]
            single_common = len(words) == 1 and is_common_word(words[0], loose=False) \
                and m.kind == "name"
            severity = "warning" if single_common else "error"
            what = {"ticker": "ticker", "acronym": "name"}.get(m.kind, "name")
            piece = m if len(parts) == 1 else NameMention(s, e, text[s:e], toks, m.kind)
            out.append(Finding.at(text, s, e, "entity",
                                  f"the source does not mention this {what} ({text[s:e]})",
                                  _closest(ctx, piece, si), severity))
    out += _initial_agents(ctx, si, names)
    return out
