"""People and their roles: a role the source gives someone else (ENT004, ENT005) and a statement
the source has another person make (ENT006)."""

from __future__ import annotations

import re

from ...findings import Finding
from ...parsing.names import (
    FUNCTION_WORDS,
    NameMention,
    _org_like,
    is_common_word,
    normalise,
    role_relation,
)
from ..base import CheckContext
from .index import (
    _CLAIM_WORD,
    _REPORT_VERB,
    _SAID_AFTER,
    _SAID_BEFORE,
    _VERB_IN,
    SourceIndex,
    _alias_data,
    _key,
)
from .speakers import (
    _sentence_speakers,
    _turn_speaker,
    _turns,
    audience_only,
    bare_speaker,
    titled_person,
    trailing_statement,
)


def _pieces(m: NameMention) -> list[tuple[int, int, tuple[str, ...]]]:
    """Split a run at "and" ("Citigroup and UniCredit"), "for" ("Kumamoto for Aso Silicon") and
    after a person at "of" ("Haruka
    Tsujimoto of Nomura Securities") into (start, end, tokens) parts."""
    parts: list[tuple[int, int, tuple[str, ...]]] = []
    pos = 0
    for chunk in re.split(r"( and | of | for )", m.text):
        if chunk in (" and ", " of ", " for "):
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


def _summary_norm(ctx: CheckContext) -> str:
    """The normalised summary, built once per check (every unknown name looks into it)."""
    return ctx.summary.memo("entities.norm", lambda d: normalise(d.text))


def _in_summary(ctx: CheckContext, name: str) -> bool:
    """Whether the summary uses source name `name` (normalised), answered once per name."""
    seen = ctx.summary.memo("entities.in_summary", lambda d: {})
    if name not in seen:
        seen[name] = normalise(name) in _summary_norm(ctx)
    return seen[name]


def _best_source_sentences(ctx: CheckContext, index: int) -> list[tuple[int, int]]:
    """(overlap, source sentence index) of the three source sentences sharing the most content
    words with summary sentence `index`, best first; computed once per summary sentence, so a
    sentence full of unknown names costs one pass over the source, not one per name."""

    def build(_doc) -> list[tuple[int, int]]:
        if index < 0:
            sent = ctx.summary.text
        else:
            sent = ctx.summary.text[slice(*ctx.summary.sentences[index])]
        words = {w for w in _CLAIM_WORD.findall(sent.lower()) if w not in FUNCTION_WORDS}
        low = ctx.source.lower
        scored = []
        for i, (s, e) in enumerate(ctx.source.sentences):
            chunk = low[s:e]
            ov = sum(1 for w in words if w in chunk)
            if ov:
                scored.append((ov, i))
        scored.sort(key=lambda x: (-x[0], x[1]))
        return scored[:3]

    return ctx.summary.memo(f"entities.best_source_sentences.{index}", build)


def _closest(ctx: CheckContext, m: NameMention, si: SourceIndex) -> str | None:
    """The source name most likely meant, among the names of the three source sentences that
    best match the summary sentence, that the summary itself does not use: a person with the
    same role first, then one of the same sort (person / organisation / acronym; places last),
    then the better-matching sentence."""
    if m.role:  # "chief executive Lars Hegge": the source's chief executive, wherever named
        for i in range(len(ctx.source.sentences)):
            for n in si.sentence_names(i):
                if n.role == m.role and n.is_person_like and not _in_summary(ctx, n.text):
                    return n.text
    scored = _best_source_sentences(ctx, ctx.summary.sentence_index(m.start))
    org = _org_like(m.tokens)
    aliases = _alias_data()[0]
    best, best_rank = None, None
    for rank_i, (_, i) in enumerate(scored[:3]):
        for n in si.sentence_names(i):
            if n.kind == "ticker" or _in_summary(ctx, n.text):
                continue
            rank = (not (m.role and n.role == m.role), n.is_person_like != m.is_person_like,
                    n.kind != m.kind, _org_like(n.tokens) != org, _key(n.text) in aliases, rank_i)
            if best_rank is None or rank < best_rank:
                best, best_rank = n.text, rank
    if best_rank is not None and (best_rank[1] or best_rank[3]):
        return None  # a person for a company, or the reverse: not the name the summary meant
    return best


def _source_person(m: NameMention, si: SourceIndex) -> list[tuple[NameMention, int]]:
    """Source mentions of the same person: same surname, one's name words among the other's."""
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
    holder = _other_holder(m, si) if severity == "warning" else None
    if holder is not None:
        # "Deputy Governor Kerekes" where the source's governor is Kerekes and its deputy
        # governor is Feher: a close role, but another person's.
        return Finding.at(ctx.summary.text, start, end, "entity",
                          f"the source gives {m.text} a different role ({', '.join(have)}); "
                          f"its {m.role.split('/')[0]} is {holder.text}", evidence, "error",
                          "ENT004")
    return Finding.at(ctx.summary.text, start, end, "entity",
                      f"the source gives {m.text} a different role ({', '.join(have)}, "
                      f"not {' or '.join(m.role.split('/'))})", evidence, severity, "ENT004")


def _other_holder(m: NameMention, si: SourceIndex) -> NameMention | None:
    """Another person the source gives the summary's role, exactly."""
    keys = {_key(t) for t in m.tokens}
    return next((n for n, _ in si.role_holders.get(m.role, ())
                 if n.tokens and _key(n.tokens[-1]) not in keys), None)


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
    former = _former(ctx.source.text, m.text)
    if former is not None:
        # "his predecessor Park Jae-sung resigned": the source says this person no longer holds
        # a role that someone else holds now.
        return Finding.at(ctx.summary.text, start, end, "entity",
                          f"the source names {n.text} as {m.role}; {m.text} is the {former}",
                          ctx.source.text[slice(*ctx.source.sentences[i])], "error", "ENT005")
    return Finding.at(ctx.summary.text, start, end, "entity",
                      f"the source names {n.text} as {m.role} and gives {m.text} no role",
                      ctx.source.text[slice(*ctx.source.sentences[i])], "warning", "ENT005")


_FORMER_BEFORE = re.compile(r"\b(predecessor|former|outgoing|previous|ex-)\s+(?:[a-z-]+\s+){0,2}$",
                            re.IGNORECASE)
_FORMER_AFTER = re.compile(r"[\w-]*,?\s+(?:who\s+)?(?:had\s+)?(resigned|stepped\s+down|retired|"
                           r"was\s+ousted|was\s+replaced|left\s+the\s+company)\b", re.IGNORECASE)


def _former(text: str, name: str) -> str | None:
    """How the source marks a person as no longer in post ("his predecessor Park Jae-sung",
    "Park Jae-sung, who resigned"): the word, or None."""
    for at in re.finditer(rf"(?<![\w-]){re.escape(name)}", text):
        before = _FORMER_BEFORE.search(text[max(0, at.start() - 40):at.start()])
        if before:
            return before.group(1).lower().rstrip("-")
        after = _FORMER_AFTER.match(text, at.end())
        if after:
            return f"one who {after.group(1).lower()}"
    return None


def _claim_span(ctx: CheckContext, m: NameMention, names: list[NameMention]) -> tuple[int, int] | None:
    """Where the summary's statement attributed to person `m` is: after "X said" / "X, ...,
    told" up to the end of the sentence, the next person or the next reporting verb; or
    before ", said X"."""
    text = ctx.summary.text
    s, e = ctx.summary.sentence_span(m.start)
    colon = _COLON_QUOTE.match(text, m.end)
    if colon is None and _BULLET_HEAD.fullmatch(
            text, text.rfind("\n", 0, m.start) + 1, m.role_span[0] if m.role_span else m.start):
        # "- CFO Andrew Makris: lithium deal won't contribute until 2028": a bullet that gives
        # the rest of its line to the person it starts with
        colon = _COLON_BARE.match(text, m.end)
    if colon:  # 'CEO Alan Kessler: "I wouldn't underwrite 63%"': a quote given to m
        line = text.find("\n", colon.end())
        return colon.end(), len(text) if line < 0 else line
    after = _SAID_AFTER.match(text, m.end, e)
    if after and (not _claim_words(text[after.end():e]) or audience_only(text, after.end(), e)):
        # '"We would rather disappoint players with a delay," CFO Aiko Tanabe said.': the
        # statement is the quote before the speaker
        head = m.role_span[0] if m.role_span and m.role_span[0] < m.start else m.start
        quote = _QUOTE_BEFORE.search(text, s, head)
        return (quote.start(quote.lastindex), quote.end(quote.lastindex)) if quote else trailing_statement(
            text, s, head, lambda said: len(_claim_words(said)) >= 4)
    if after:
        start = after.end()
        nxt = _VERB_IN.search(text, start, e)
        # "said the company expects profit to grow": the company's expectation is the statement
        # itself, not another speaker's.
        # Nor is "were not expected to rebound" a speaker's verb.
        while nxt and (_OWN_SUBJECT.search(text, max(start, nxt.start() - 16), nxt.start())
                       or _PASSIVE.search(text, max(start, nxt.start() - 16), nxt.start())):
            nxt = _VERB_IN.search(text, nxt.end(), e)
        end = nxt.start() if nxt else e
        for n in names:
            # the next person who speaks ("North American shoppers" speak for no one)
            if start <= n.start < end and n.is_person_like and (
                    n.role or _SAID_AFTER.match(text, n.end, e)):
                end = min(n.start, n.role_span[0]) if n.role_span else n.start  # not the role's
                # words ("and supervisory board chairwoman Ingrid Vollmer said")
        # "X said A had agreed to sell its unit, and the mill closure will be completed by ...":
        # a second clause with a subject of its own is the summary's, not X's statement.
        cut = _NEXT_CLAUSE.search(text, start, end)
        if cut and len(_claim_words(text[start:cut.start()])) >= 4:
            end = cut.start()
        return start, end
    start = m.role_span[0] if m.role_span else m.start
    if _SAID_BEFORE.search(text, max(s, start - 12), start) and not _CLAUSE_GOES_ON.match(text, m.end):
        return s, start  # not "said North American customers were holding": its subject
    return None


_QUOTE_BEFORE = re.compile(r"(?:[\"\u201c]([^\"\u201c\u201d]{12,}?)[,.]?[\"\u201d]|(?<!\w)['\u2018]((?:[^'\u2018\u2019\"]|"
                           r"(?<=\w)['\u2019](?=\w)){12,}?)[,.]?['\u2019]),?\s*$")  # or 'single quotes',
# Figures of two digits or more, decimals included ("1.21" of "£1.21bn", "2026"): what it is about.
_FIGURE = re.compile(r"(?<![\w.])(?=\d\.?\d)\d+(?:\.\d+)?(?![\d.]\d|\d)")
_OWN_SUBJECT = re.compile(r"\b(?:the\s+(?:company|group|bank|firm|board|business)|it|management|"
                          r"he|she|they|we)\s+(?:now\s+|still\s+|also\s+)?$")
_CLAUSE_GOES_ON = re.compile(r"\s+[a-z]")
_PASSIVE = re.compile(r"\b(?:is|are|was|were|be|been|being)\s+(?:not\s+)?$")
_SMALL_SHARE = re.compile(r"(?<![\w.])\d%")
_COLON_QUOTE = re.compile(r"\s*(?:\*\*)?:(?:\*\*)?\s*[\"\u201c]")
_COLON_BARE = re.compile(r"\s*(?:\*\*)?:(?:\*\*)?\s+(?=\S)")
_BULLET_HEAD = re.compile(r"\s*(?:[-*\u2022]|\d+[.)])\s+(?:\*\*)?")
# A quote right after a person, a few words on: 'X called it "a ruling we can work with"'.
_QUOTE_AFTER = re.compile(r"(?:\s+[\w'\u2019]+){1,4}?\s+[\"\u201c]([^\"\u201d]{12,300})[\"\u201d]")
_NEXT_CLAUSE = re.compile(r"(?:;|,\s+(?:and|but))\s+(?:the|its|their|a|an|it|they)\s|,\s+(?:while|whereas)\s|"
                          # ", and capex will come in at ...": a bare noun with its own verb
                          r",\s+and\s+(?:[a-z][\w-]*(?:\s+[a-z][\w-]*)?|[A-Z][\w-]+)\s+(?:will|would|is|are|"
                          r"was|were|"
                          r"has|have|had|should|could|may|might)\s|"
                          r",\s+and\s+(?:also\s+)?(?:reiterated|repeated|reaffirmed|confirmed|added|"
                          r"noted|stressed|maintained)\b")


def _claim_words(said: str, name_keys: frozenset = frozenset()) -> set[str]:
    """The words (first six letters) and figures that say what a statement is."""
    out = {w[:6] for w in _CLAIM_WORD.findall(said.lower())
           if w not in FUNCTION_WORDS and w not in name_keys}
    # "one more 25 bp cut", "better than the 3% he had modelled": its figures say what it is
    return out | set(_FIGURE.findall(said)) | set(_SMALL_SHARE.findall(said))


def _known_person(n: NameMention, si: SourceIndex) -> bool:
    """A surname alone ("Gallagher also said") that the source gives a person elsewhere
    ("Chief Executive Fiona Gallagher")."""
    return len(n.tokens) == 1 and any(
        len(p.tokens) > 1 and (p.is_person_like or p.role) for p, _ in si.people(n.tokens[0]))


def _speaker(text: str, n: NameMention, s: int, e: int) -> bool:
    """Source name `n` is the one speaking in the sentence [s, e): "n said", "n, ..., told",
    "said n"."""
    if _SAID_AFTER.match(text, n.end, e):
        return True
    start = n.role_span[0] if n.role_span and n.role_span[0] < n.start else n.start
    # '"...," wrote analyst Grace Lim': the role read may start at the verb itself
    return bool(_SAID_BEFORE.search(text, max(s, start - 12), start)
                or _SAID_BEFORE_TITLE.search(text, max(s, start - 24), start)
                or n.role and _SAID_BEFORE_ROLE.search(text, max(s, n.start - 40), n.start))


# "said interim Chief Executive Diane Holloway": a word of the post before the role read
_SAID_BEFORE_TITLE = re.compile(rf"\b{_REPORT_VERB}\s+(?:interim|acting|new|outgoing|incoming|"
                                rf"deputy|then|former)\s+$")
_SAID_BEFORE_ROLE = re.compile(rf"\b{_REPORT_VERB}\s+(?:[a-z][\w-]*\s+){{1,3}}$")


_EXECUTIVE = re.compile(r"\b(?:chief|executive|officer|president|chair|chairman|chairwoman|"
                        r"director|spokes|head|founder|treasurer|manager)")


def _org_sentences(ctx: CheckContext, m: NameMention) -> set[int]:
    """Source sentences naming organisation `m` ("Commerce Department")."""
    key = " ".join(t for t in m.tokens if t.lower() != "the").lower()
    low = ctx.source.lower
    out = set()
    i = low.find(key)
    while i >= 0:
        out.add(ctx.source.sentence_index(i))
        i = low.find(key, i + 1)
    return out


def _continues_quote(low: str, s: int, e: int) -> bool:
    """Sentence [s, e) goes on with a quote and names no speaker."""
    head = low[s:e].lstrip()
    if head[:1] not in "\"\u201c":
        return False
    # A verb inside the quote ("The board believes ...") names no speaker; one after it does.
    start = s + (len(low[s:e]) - len(head))
    close = re.search(r"[\"\u201d]", low[start + 1:e])
    return not _VERB_IN.search(low, start + 1 + close.end() if close else e, e)


_TITLED_SPEAKER = re.compile(
    r"\b((?:[Tt]he|[Ii]ts|[Tt]heir|[Aa])\s+(?:[a-z]+\s+){0,2}?(governor|chairman|chairwoman|president|"
    r"minister|secretary|spokesman|spokeswoman|spokesperson|chief executive|chief financial "
    r"officer|finance chief|chief economist))\s+(?:said|told|says|added|noted|explained)\b"
)


def _misattributed(ctx: CheckContext, m: NameMention, si: SourceIndex,
                   names: list[NameMention]) -> Finding | None:
    """The summary has person `m` say something that the source has another person say; or has
    an organisation say what the source has a person from another organisation say ("The
    Commerce Department said ..." for an economist at a bank)."""
    org = not (m.is_person_like or m.role) and _org_like(m.tokens)
    surname = _known_person(m, si) and _SAID_AFTER.match(ctx.summary.text, m.end) is not None
    if not (m.is_person_like or m.role or org or surname) or m.kind != "name":
        return None
    low = ctx.source.lower
    # 'Helen Garrow called it "a ruling we can work with"': the source's own words, quoted and
    # given to the person, are the statement however short.
    quoted = _QUOTE_AFTER.match(ctx.summary.text, m.end, ctx.summary.sentence_span(m.start)[1])
    quoted = quoted if quoted and " ".join(quoted.group(1).lower().split()) in low else None
    span = (quoted.start(1), quoted.end(1)) if quoted else _claim_span(ctx, m, names)
    if span is None:
        return None
    name_keys = {_key(t) for t in m.tokens}
    said = ctx.summary.text[span[0]:span[1]]
    claim = _claim_words(said, frozenset(name_keys))
    # A figure the source never gives says nothing about who gave it.
    claim = {w for w in claim if not w[:1].isdigit() or w in low}
    words = sum(1 for w in claim if not w[:1].isdigit())  # figures add to the score, not the bar
    least = 2 if quoted or span[0] > 0 and ctx.summary.text[span[0] - 1] in "\"'\u201c\u2018" else 4
    if len(claim) < least:
        return None
    mine = _org_sentences(ctx, m) if org else {i for _, i in _source_person(m, si)}
    turns = _turns(ctx.source)
    if turns and not org:  # a transcript: what a person says is their turns, not their name
        speakers = ctx.source.memo("entities.sentence_speakers", _sentence_speakers)
        mine |= {k for k, who in enumerate(speakers) if name_keys & who}
    if not mine:
        return None
    sents = ctx.source.sentences
    scores, ends = [], []
    for k, (s, e) in enumerate(sents):
        # A quote that runs on into the next sentence, with no speaker of its own there, is
        # one statement: '"We are being conservative," X said. "We don't see contagion."'
        # In a transcript, a speaker's next sentence in the same turn is the same statement.
        e2 = sents[k + 1][1] if k + 1 < len(sents) and (
            _continues_quote(low, *sents[k + 1]) or turns and not org and
            _turn_speaker(turns, s) == _turn_speaker(turns, sents[k + 1][0])) else e
        chunk = low[s:e2]
        scores.append(sum(1 for w in claim if w in chunk))
        ends.append(e2)
    best = max(range(len(scores)), key=lambda k: (scores[k], '"' in low[sents[k][0]:ends[k]]))
    top = scores[best]  # (of sentences as good, one with a quote)
    for k, (s, e) in enumerate(sents):
        # '"We believe shareholders are best served ...," he told analysts', right after a
        # sentence where the person speaks: theirs too.
        if scores[k] >= top - 1 and k not in mine and _PRONOUN_SPEAKER.search(
                ctx.source.text, s, e) and not any(n.kind == "name" and (n.is_person_like or n.role)
                                                   for n in si.sentence_names(k)):
            earlier = _antecedent(si, k)
            if earlier is not None and name_keys & {_key(t) for t in earlier.tokens}:
                mine = mine | {k}
    # A source quote is a statement of its own: three of its words say whose it is.
    bar = least - 1 if not quoted and '"' in ctx.source.text[slice(*sents[best])] else least
    if best in mine or top < max(bar, 0.5 * words) or top < max(scores[i] for i in mine) + 2:
        return None
    s, e = ctx.source.sentences[best]
    if not _VERB_IN.search(low, s, e):
        # In a transcript the speaker is the turn's label ("Tom Becker -- Chief Financial
        # Officer: ..."), not a reporting verb.
        speaker = _turn_speaker(turns, s) if turns and not org else None
        if speaker is None or name_keys & {_key(t) for t in speaker.split()}:
            return None
        if not m.role and not _known_person(m, si) and 0 <= low.find(m.text.lower()) < _INTRO:
            return None  # "Kestrel Line Haul said": the call's company speaks through its people
        start = min(m.start, m.role_span[0]) if m.role_span else m.start
        end = max(m.end, m.role_span[1]) if m.role_span else m.end
        return Finding.at(ctx.summary.text, start, end, "entity",
                          f"the source has {speaker} say this, not {m.text}",
                          ctx.source.text[s:e], "error", "ENT006")
    src = ctx.source.text
    speakers = [n for n in si.sentence_names(best)
                if n.kind == "name" and (n.is_person_like or n.role or _known_person(n, si)
                                         or titled_person(n.tokens))
                and not name_keys & {_key(t) for t in n.tokens} and _speaker(src, n, s, e)]
    if speakers and not m.role and is_common_word(m.tokens[-1]) and all(
            n.role and _EXECUTIVE.search(n.role) for n in speakers):
        return None  # "Dunmore Stores said ...": a company speaks through its executives
    others = [n.text for n in speakers]
    if org and (m.text.lower() in low[s:e] or not any(
            n.kind == "name" and not n.is_person_like and _org_like(n.tokens)
            for n in si.sentence_names(best))):
        return None  # the speaker may speak for the organisation: no other employer named
    if not others:
        # '"Yields are now above 90%," Park told analysts': a speaker the name reader takes for a
        # common word, who is a person the source names in full elsewhere.
        others = bare_speaker(si, src, s, e, name_keys)
    if not others and _PRONOUN_SPEAKER.search(src, s, e):
        # '"China will take longer to recover," she told reporters': the speaker is the person
        # named last before the quote, unless the summary's person is named there too.
        earlier = _antecedent(si, best)
        if earlier is None or name_keys & {_key(t) for t in earlier.tokens}:
            return None
        others = [earlier.text]
    if not others:
        # "the governor said the bank had discussed ...": a speaker named by role alone.
        titled = _TITLED_SPEAKER.search(src, s, e)
        if titled is None or (m.role and role_relation(m.role, titled.group(2)) != "different"):
            return None
        others = [titled.group(1)]
    start = min(m.start, m.role_span[0]) if m.role_span else m.start
    end = max(m.end, m.role_span[1]) if m.role_span else m.end
    return Finding.at(ctx.summary.text, start, end, "entity",
                      f"the source attributes this statement to {others[0]}, not {m.text}",
                      src[s:ends[best]], "error", "ENT006")


_INTRO = 800  # characters of a transcript's opening (the operator names the company there)
_PRONOUN_SPEAKER = re.compile(rf"\b(?:[Hh]e|[Ss]he)\s+(?:also\s+|later\s+|further\s+)?"
                              rf"{_REPORT_VERB}\b|\b{_REPORT_VERB}\s+(?:he|she)\b")
_BACK = 3  # sentences read back for the person a "he said" points at


def _quoted(text: str, s: int, e: int, at: int) -> bool:
    """Is `at` inside a quotation its sentence (`s`-`e`) opens before it and closes after it?"""
    head, tail = text[s:at], text[at:e]
    return head.count('"') % 2 == 1 and tail.count('"') % 2 == 1 or \
        head.count("\u201c") > head.count("\u201d") and "\u201d" in tail


def _antecedent(si: SourceIndex, k: int) -> NameMention | None:
    """The person a pronoun speaker in source sentence k stands for: in the nearest sentence
    before it that names a person (up to `_BACK` back), the one who speaks there, else the last
    one named ("Governor X said the Monetary Policy Committee had ... He told reporters": X)."""
    for j in range(k - 1, max(-1, k - 1 - _BACK), -1):
        s, e = si.doc.sentences[j]
        people = [n for n in si.sentence_names(j)  # (not a name inside a quote: "financing
                  if n.kind == "name" and (n.is_person_like or n.role or _known_person(n, si))
                  and not _quoted(si.text, s, e, n.start)]  # Kestrel Lake", then "He said")
        if people:
            speaking = [n for n in people if _speaker(si.text, n, s, e)]
            # a person before an organisation ("X, an economist at Castlemere Advisory, said")
            return ([n for n in speaking if n.role] or speaking or people)[-1]
    return None
