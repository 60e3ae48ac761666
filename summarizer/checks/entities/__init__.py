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

import re

from ...findings import Finding
from ...parsing.names import (
    CONNECTORS,
    NameMention,
    _title_case_sentences,
    is_common_word,
    is_lowercased,
    normalise,
    parse_names,
)
from ..base import CheckContext
from .appointments import appointment_findings, head_findings
from .descriptors import descriptor_findings
from .dissent import dissent_findings
from .index import (  # noqa: F401
    NAME,
    NEEDS_SOURCE,
    SourceIndex,
    _alias_data,
    _Lower,
    _standalone,
    supported,
)
from .leaders import leader_findings
from .names import (
    _affiliation_findings,
    _initial_agents,
    _is_place,
    _lowercased_names,
    _series_finding,
    _unsupported,
)
from .nationality import nationality_findings
from .ratings import rating_findings
from .roles import _misattributed, _pieces, _role_finding, _strip_possessive
from .suggestions import suggestion_findings
from .swaps import swap_finding

_STREET = re.compile(r"(?:wall\s+street|the\s+street)(?:['\u2019]s)?$", re.IGNORECASE)
_CONSENSUS_AFTER = re.compile(r"['\u2019]?s?\s+(?:had\s+|was\s+|were\s+)?(?:expect|forecast|estimat|"
                              r"consensus|predict|project|target|view)"
                              # "below Wall Street's $3.95": its figure
                              r"|['\u2019]s\s+(?:[A-Z]{0,3}[$\u20ac\u00a3\u00a5]\s?\d|\d)", re.IGNORECASE)
_CONSENSUS_SOURCE = re.compile(r"\b(?:analysts?|consensus|estimates?|polled)\b")


def _street_consensus(text: str, m, si: SourceIndex) -> bool:
    """ "the $2.58 Wall Street expected", "Wall Street's estimates": analysts' consensus, when the
    source gives analysts' expectations."""
    return bool(_STREET.match(m.text) and _CONSENSUS_AFTER.match(text, m.end)
                and _CONSENSUS_SOURCE.search(si.norm_ci))


_GERUND_NEXT = re.compile(r"\s+(?:around|through|across|the|a|an|its|their|of|to|in|on|for|up|down|"
                          r"out|back|off|away|into|over)\b")


def _gerund(text: str, m: NameMention) -> bool:
    """ "Rerouting around the Cape added 16 days": a verb in -ing starting the sentence, with
    its object or particle after it ("Boeing said" names a company)."""
    return bool(m.initial) and len(m.tokens) == 1 and m.text.lower().endswith("ing") \
        and _GERUND_NEXT.match(text, m.end) is not None


def _person_of(m: NameMention, si: SourceIndex) -> bool:
    """ "Tam of Eastbridge Securities": a surname the source gives a first name to, of a firm
    the source names."""
    left, _, right = m.text.partition(" of ")
    left = left.strip()
    return bool(right) and left.isalpha() and not is_common_word(left) and re.search(
        rf"\b[A-Z][a-z]+ {re.escape(left)}\b", si.text) is not None and right.strip() in si.text


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
    headings = _title_case_sentences(text, summary.sentences)
    for m in names:
        if ctx.overlaps_excluded(m.start, m.end):
            continue
        if _street_consensus(text, m, si) or _gerund(text, m):
            continue
        if supported(m.tokens, m.text, si):
            f = _role_finding(ctx, m, si) or _misattributed(ctx, m, si, names) \
                or _series_finding(ctx, m) or swap_finding(ctx, m, si, names)
            if f is not None:
                out.append(f)
            continue
        words = [t for t in m.tokens if t.lower() not in CONNECTORS]
        if len(words) > 1 and all(_standalone(t, si) for t in words):
            continue
        if len(words) > 1 and _joined(m.tokens, si):
            continue
        if len(words) > 1 and all(w.isupper() and is_common_word(w) for w in words):
            continue  # shouting ordinary words: "CLICK HERE"
        if len(words) > 1 and any(s <= m.start < e for s, e in headings) and any(
                supported((w,), w, si) for w in words):
            continue  # a headline's capitals run on: "Europe Lags", "Valmont Rebuffs Aldmoor"
        if m.initial and len(m.tokens) > 1 and is_common_word(m.tokens[0]) \
                and supported(m.tokens[1:], " ".join(m.tokens[1:]), si):
            continue  # "Midfielder Jack Grealish": an ordinary word starting the sentence
        if len(m.tokens) == 1 and "-" in m.text.strip("-") and all(
                supported((p,), p, si) for p in m.text.split("-")):
            continue  # "the BTP-Bund spread": two source names joined
        if _person_of(m, si):
            continue  # "Grace Tam of Eastbridge Securities" (its first word read as a common one)
        parts = _pieces(m) if " and " in m.text or " of " in m.text or " for " in m.text \
            else [(m.start, m.end, m.tokens)]
        for s, e, toks in parts:
            if len(parts) > 1 and supported(_strip_possessive(toks), text[s:e], si):
                continue
            out.append(_unsupported(ctx, m, si, s, e, toks, len(parts) == 1))
    out += _initial_agents(ctx, si, names)
    # A rule's error outranks a name merely unverified on its span ("Mumbai-based": the source
    # has no Mumbai, but calls the company Singapore-based).
    for f in (rating_findings(ctx) + appointment_findings(ctx) + head_findings(ctx)
              + descriptor_findings(ctx) + dissent_findings(ctx) + suggestion_findings(ctx)
              + leader_findings(ctx)
              + nationality_findings(ctx)):
        hit = [g for g in out if g.start < f.end and f.start < g.end]
        if all(g.severity == "warning" for g in hit) and f.severity == "error":
            out = [g for g in out if g not in hit] + [f]
        elif not hit:
            out.append(f)
    flagged = {(f.start, f.end) for f in out}
    out += [f for f in _affiliation_findings(ctx, names, si)
            if not any(a < f.end and f.start < b for a, b in flagged)]
    return out


def _joined(tokens: tuple[str, ...], si: SourceIndex) -> bool:
    """Two source names written as one: a place before an institution the source names ("UK
    Gambling Commission" for "Britain's Gambling Commission"), or a label before a coded name
    ("Phase III HORIZON-HF" for "The Phase III study, called HORIZON-HF"). Not two words of
    people's names ("John Smith" from a John and a Smith)."""
    for k in range(1, len(tokens)):
        head, tail = tokens[:k], tokens[k:]
        head_text, tail_text = " ".join(head), " ".join(tail)
        if not (_is_place(head_text) or any(not t.isalpha() or t.isupper() for t in tail)):
            continue
        if supported(head, head_text, si) and supported(tail, tail_text, si) \
                and not _other_place_before(head_text, tail_text, si):
            return True
    return False


def _other_place_before(head: str, tail: str, si: SourceIndex) -> bool:
    """Does the source put another place right before the name ("the French Gambling
    Authority" for a summary's "UK Gambling Authority")?"""
    groups = _alias_data()[0]
    mine = set(groups.get(normalise(head).strip(), ()))
    for m in re.finditer(rf"([A-Z][\w.]*?)(?:['\u2019]s)?\s+{re.escape(tail)}\b", si.text):
        before = m.group(1)
        if _is_place(before) and not mine & set(groups.get(normalise(before).strip(), ())):
            return True
    return False

