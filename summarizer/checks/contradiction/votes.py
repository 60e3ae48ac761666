"""A unanimous decision for a split vote or the reverse (CON004), and an action the source says was
not taken (CON002): "did not", "declined to", "is not running", "not planning a ..."."""

from __future__ import annotations

import re

from ...parsing.directions import (
    Analysis,
    lexicon,
    negation_at,
    stem_list,
    word_list,
)
from ...parsing.quantities import SMALL
from ...text import stem
from .polarity import Clash
from .view import _WORD_AT, NOT_VERBS, STOP, View

# ---------------------------------------------------------------------------------- votes
_COUNT = "|".join(SMALL)  # "voted five to two": the parser's number words
_SPLIT_VOTE = re.compile(
    r"\b(?:split|divided)\s+(?:\d+\s*[-\u2013]\s*\d+\s+)?(?:vote|decision|ruling|verdict)\b"
    # "a 3-0 vote" has no dissent: it is unanimous, not split
    r"|\b\d+\s*[-\u2013]\s*(?!0\b)\d+\s+(?:vote|decision|ruling|split|majority)\b"
    r"|\bvoted\s+\d+\s*[-\u2013]\s*(?!0\b)\d+\b|\bdissent(?:ed|ing|s|ers?)?\b"
    # "voted five to two", "voted 7 to 2"
    rf"|\bvoted\s+(?:\d+|{_COUNT})\s*(?:[-\u2013]|to)\s*(?!0\b|zero\b)(?:\d+|{_COUNT})\b"
    r"|\b(?:taken|made|reached|approved|passed|adopted|backed)\s+by\s+(?:a\s+)?majority\b"
    r"|\bmajority\s+(?:vote|decision)\b|\bvot(?:ed|ing)\s+against\b"
    r"|\b(?:vote|decision)\s+(?:was\s+)?(?:split|divided)\b"
    r"|\b(?:not|n['\u2019]t|never)\s+(?:been\s+)?unanimous(?:ly)?\b",
    re.IGNORECASE,
)
# "not unanimous" is a split vote.
_UNANIMOUS = re.compile(
    r"(?<!not )(?<!n't )(?<!n\u2019t )(?<!never )(?<!not been )\bunanimous(?:ly)?\b",
    re.IGNORECASE,
)


_VOTE_WORDS = stem_list("vote_words")
# One of these is in every match of _SPLIT_VOTE or _UNANIMOUS.
_VOTE_KEYS = ("split", "divided", "vot", "decision", "ruling", "verdict", "majority", "dissent",
              "unanimous")


def _vote_context(view: View, offset: int) -> frozenset:
    """Content stems of a vote's sentence and the one before ("The committee held rates. The
    decision was unanimous.")."""
    k = view.sentence_of(offset)
    out: set = set()
    for j in (k - 1, k):
        if j >= 0:
            out |= view.stems_of_sentence(j)
    return frozenset(w for w in out if w not in STOP and w not in _VOTE_WORDS and len(w) > 2)


def _vote_clashes(ctx, summ: View, src: View) -> list[Clash]:
    st, ss = summ.text, src.text
    if not summ.doc.may_contain(*_VOTE_KEYS):
        return []
    if not (_SPLIT_VOTE.search(st) or _UNANIMOUS.search(st)):
        return []
    out = []
    for mine, theirs, label, their_label in (
        (_SPLIT_VOTE, _UNANIMOUS, "a split vote", "unanimous"),
        (_UNANIMOUS, _SPLIT_VOTE, "unanimous", "a split vote"),
    ):
        hits = list(theirs.finditer(ss))
        if not hits:
            continue
        for m in mine.finditer(st):
            if ctx.overlaps_excluded(m.start(), m.end()):
                continue
            context = _vote_context(summ, m.start())
            # The same decision: the vote's context shares a word with the source's, and the
            # source never describes that decision the summary's way.
            same = [h for h in hits if context & _vote_context(src, h.start())]
            contrary = [x for x in mine.finditer(ss) if context & _vote_context(src, x.start())]
            if not same and (len(hits) == 1 or not context):
                # One decision in the source, or a summary sentence that names none.
                same, contrary = hits, list(mine.finditer(ss))
            if same and not contrary:
                out.append(
                    Clash(
                        m.start(),
                        m.end(),
                        label,
                        f"the decision was {their_label}",
                        src.doc.sentence_text(same[0].start()),
                        f"the summary calls the decision {label}; the source says it was "
                        f"{their_label}",
                    )
                )
    return out


# ---------------------------------------------------------------------------------- not done
_CUE = re.compile(
    r"\b(?:stop(?:ped|ping|s)?\s+short\s+of|refrain(?:ed|ing|s)?\s+from|(?:declin|refus)"
    r"(?:ed|es|ing)\s+to|(?:did|does|do|will|would|has|have|had|could)\s+not|(?:did|does|do|"
    r"wo|would|has|have|had|could|are|is|was|were)n['\u2019]t|(?:are|is|am|was|were|['\u2019]re|"
    r"['\u2019]s)\s+not(?=\s+\w+ing\b)|without|never|no\s+longer|no\s+(?:(?:immediate|"
    r"current|further)\s+)?(?:plans?|intention)\s+(?:to|of))\s+",
    re.IGNORECASE,
)
_GAP = word_list("not_done_gap")


# Substrings that start or end a cue; the cue regex then runs on a few characters around each.
_CUE_KEYS = ("not ", "n't ", "n\u2019t ", "short of ", "refrain", "declined to ", "declines to ",
             "refused to ", "refuses to ", "without ", "never ", "no longer ", "no plan",
             "no immediate plan", "no current plan", "no further plan", "no intention")  # fmt: skip


def _cues(lower: str):
    """Negation cues in `lower`, found by substring search (one regex pass over a whole article
    costs more than this check's budget)."""
    seen = set()
    for key in _CUE_KEYS:
        i = lower.find(key)
        while i >= 0:
            m = _CUE.search(lower, max(0, i - 10), i + len(key) + 12)
            if m is not None and m.start() not in seen:
                seen.add(m.start())
                yield m
            i = lower.find(key, i + 1)


def _not_done(src: View) -> list[tuple[str, frozenset, int, str]]:
    """(verb stem, object stems, offset, the source's words) for actions the source says were
    not taken: "stopped short of revoking its banking licence", "would not issue new shares"."""

    def build(_doc):
        lower = src.doc.lower
        out = []
        for m in _cues(lower):
            k = src.sentence_of(m.start())
            s, e = src.sentences[k]
            if _CONDITION.search(lower, max(s, m.start() - 40), m.start()):
                continue  # a condition, not a fact
            q = lower.find("?", m.end(), e)
            if q >= 0 and "." not in lower[m.end():q]:
                continue  # "Doesn't that put you at the low end?": a question, not a fact
            words = _WORD_AT.findall(lower, m.end(), min(e, m.end() + 60))
            while words and words[0] in _GAP:
                words.pop(0)
            # A short word after most cues is no verb ("without the", "no longer has"); after
            # "no plans to" / "no intention of" it is one ("add", "buy", "cut").
            short = 3 if _PLAN_CUE.search(m.group()) else 4
            q0 = m.start()
            while q0 > s and lower[q0 - 1].isalpha():
                q0 -= 1  # quote "we're not", not "'re not"
            if words and words[0] == "planning" and len(words) > 2 and words[1] in _ARTICLES:
                # "we're not planning a national value menu": no such thing, whatever the verb
                obj = frozenset(stem(w) for w in words[2:6] if w not in STOP and len(w) > 1)
                if len(obj) >= 2:
                    said = " ".join(src.doc.text[q0:min(e, m.end() + 60)].split()[:8])
                    out.append(("*", obj - {""}, m.start(), _CLAUSE_END.split(said)[0]))
                continue
            if len(words) < 2 or words[0] in NOT_VERBS or len(words[0]) < short:
                continue
            if words[0] in _ASPECT and len(words) > 2 and words[1].endswith("ing") \
                    and len(words[1]) > 5:
                words = words[1:]  # "could not begin installing production equipment": install
            head = words[1:6]
            cut = next((k for k, w in enumerate(head) if w in _OBJ_END), len(head))
            obj = frozenset(stem(w) for w in head[:cut] if w not in STOP and w not in _PRONOUNS
                            and len(w) > 1) - {""}  # "could not rule them out if ...": out
            said = src.doc.text[q0:min(e, m.end() + 60)]
            said = " ".join(_CLAUSE_END.split(said, maxsplit=1)[0].split()[:8])
            out.append((stem(words[0]), obj, m.start(), said))
        return out

    return src.doc.memo("contradiction.not_done", build)


_ASPECT = frozenset(["begin", "start", "stop", "continue", "keep", "resume", "finish", "commence"])
_CONDITION = re.compile(r"\b(?:if|unless|whether)\b")
_ARTICLES = frozenset(["a", "an", "the", "any"])
# Verbs that bring something about ("will launch a national value menu").
_ACTION = re.compile(r"(?:launch|introduc|roll|add|offer|start|open|creat|build|unveil|plan)"
                     r"[a-z]*")
_CLAUSE_END = re.compile(r"[,;:.()\u2014]")
# The summary's own "not yet" ("have yet to reach a verdict", "failed to win"): no claim that
# it happened, whatever the negation lexicon says.
_NOT_YET = re.compile(r"\b(?:yet\s+to|not\s+yet|fail(?:ed|s)?\s+to|unable\s+to|too\s+(?:early|soon)\s+to|"
                      r"premature\s+to|not\s+enough\s+to)\s+(?:\w+\s+)?$",
                      re.IGNORECASE)
_PLAN_CUE = re.compile(r"\b(?:plans?|intention)\b")
# The summary's own refusal: "shut down the idea of spinning off", "ruled out selling",
# "cautioned against declaring victory".
_TURNED_DOWN = re.compile(
    r"\b(?:shut(?:s|ting)?\s+down|rul(?:e|es|ed|ing)\s+out|reject\w*|dismiss\w*|den(?:y|ies|ied)"
    r"|refus\w*|pushe?d?\s+back\s+on|declin\w*\s+to\s+pursue|(?:caution|warn|advis)\w*\s+against"
    r"|stopp?\w*\s+short\s+of|refrain\w*\s+from|avoid\w*|without)\s+(?:the\s+|any\s+)?"
    r"(?:(?:idea|prospect|possibility|notion|suggestion|talk)s?\s+(?:of\s+)?)?$", re.IGNORECASE)


def _own_no(toks, i: int, obj: frozenset) -> bool:
    """Later in the summary's sentence, "no" or "without" stands right before the source's object
    words: the summary says the thing is not assumed or planned too."""
    for k in range(i + 1, min(len(toks), i + _OWN_NO_REACH)):
        if toks[k].low in (".", "!", "?"):
            return False
        if toks[k].low in ("no", "without") and any(
                _alike(toks[j].stem, obj) for j in range(k + 1, min(len(toks), k + 4))):
            return True
    return False


def _alike(word: str, obj: frozenset) -> bool:
    """One of the object's words, or the same word in another form ("recovery" / "recovers")."""
    return word in obj or len(word) >= 5 and any(o[:5] == word[:5] for o in obj if len(o) >= 5)


_OWN_NO_REACH = 30  # tokens read after the verb


def _no_before(toks, i: int, seg_a: int, obj: frozenset) -> bool:
    """ "No insurance recovery for Redvale is included in guidance": the summary's own "no"
    before the verb, on the source's object words."""
    for k in range(max(seg_a, i - 8), i):
        if toks[k].low in ("no", "without") and any(
                toks[j].stem in obj for j in range(k + 1, min(i, k + 5))):
            return True
    return False


_BE = frozenset(["is", "are", "was", "were", "be", "been", "being"])


def _passive_subject(toks, i: int, seg_a: int) -> list[int]:
    """The words before "are planned" in "further menu price increases are planned": the
    subject of a passive verb (up to six words of its clause), else []."""
    if i - 1 <= seg_a or toks[i - 1].low not in _BE:
        return []
    k = i - 1
    while k - 1 >= seg_a and toks[k - 1].low in _BE | {"not", "also", "now", "already"}:
        k -= 1
    return [j for j in range(max(seg_a, k - 6), k) if toks[j].kind == "w"]


def _said_plainly(phrase: str, src: View) -> bool:
    """The source also says the summary's words with no "not" before them ("1,850 of its members
    were taking part", beside another union "which is not taking part")."""
    low = src.doc.lower
    phrase = phrase.lower()
    at = low.find(phrase)
    while at >= 0:
        if not _NOT_BEFORE.search(low, max(0, at - 30), at):
            return True
        at = low.find(phrase, at + 1)
    return False


def _affirmed(verb: str, shared: list[str], src: View) -> bool:
    """The source also tells the verb, with no "not" before it, of a word of the summary's object
    ("The outlook assumes same-store volume growth stays around 3%" beside "We're not assuming
    same-store volume gets better")."""
    low = src.doc.lower
    for m in re.finditer(rf"\b{re.escape(verb[:4] if len(verb) > 4 else verb)}\w*", low):  # "spent"
        if not _NOT_BEFORE.search(low, max(0, m.start() - 30), m.start()) and not _CUE.search(
                low, max(0, m.start() - 40), m.start()) and not _ASKED.match(low, m.end()) and set(shared) & {
                stem(w) for w in _PLAIN_WORD.findall(low, m.end(), m.end() + 60)}:
            return True
    return False


_PLAIN_WORD = re.compile(r"[a-z][a-z']*")
_ASKED = re.compile(r"[^.!?]{0,120}\?")  # "would you consider spinning off X?": a question
_NOT_BEFORE = re.compile(r"(?:\b(?:not|never|no|nor)|n['\u2019]t)\s+(?:\w+\s+){0,3}$")

# The summary's own "prevented it from installing", "stopped it installing": not done.
_PREVENTED = re.compile(r"\b(?:prevent\w*|stopp\w*|stops?|kept|keeps?|keeping|block\w*|barr\w*|bars?)"
                        r"\s+(?:\w+\s+){1,2}?(?:from\s+)?$", re.IGNORECASE)
_DETERMINERS = frozenset(["the", "that", "this", "these", "those", "its", "their", "our", "a",
                          "an", "his", "her"])
# "with less water to generate power": what a thing is for, not what was done.
_PURPOSE = re.compile(r"\b(?:less|more|enough|fewer|insufficient|little|extra|spare)\s+(?:\w+\s+){1,2}?"
                      r"to\s+$", re.IGNORECASE)
_OBJ_END = frozenset(["if", "unless", "when", "because", "as", "after", "before", "while",
                      "until", "so", "since"])
_PRONOUNS = frozenset(["them", "it", "they", "him", "her", "us", "these", "that"])
_PARTICLES = frozenset(["out", "up", "off", "down", "back", "over", "on", "in", "away"])
# The summary's own exclusion: "no tariffs beyond those already in effect" is the source's "no
# tariffs that aren't already in effect" told the other way round.
_BEYOND = re.compile(r"\b(?:beyond|other\s+than|besides|except(?:\s+for)?|apart\s+from|on\s+top\s+of)"
                     r"\s+(?:those|the\s+ones|what\s+is|what's)\s+(?:\w+\s+)?$", re.IGNORECASE)


def _not_done_clashes(ctx, summ: View, src: View) -> list[Clash]:
    theirs = _not_done(src)
    if not theirs:
        return []
    lex = lexicon()
    verbs = {verb for verb, _, _, _ in theirs}
    out = []
    for a in summ.analyses(range(len(summ.sentences))):
        toks = a.tokens
        # The words that can be one of the verbs: the verbs themselves, and with "*" (a thing
        # not planned) any action word.
        hits = toks.words_in(verbs) if "*" not in verbs else \
            [i for i, kind in enumerate(toks.kinds) if kind == "w"]
        for i in hits:
            t = toks[i]
            for verb, obj, off, said in theirs:
                if t.stem != verb and (verb != "*" or not _ACTION.fullmatch(t.low)):
                    continue
                seg_a, seg_b = a.segments[a.seg_of[i]]
                nxt = [toks[k].low for k in range(i + 1, min(seg_b, i + 3))]
                if nxt[:1] == ["no"] or nxt == ["for", "no"]:
                    continue  # "planned no closures", "planning for no recovery": its own "not"
                if i > seg_a and toks[i - 1].low in _DETERMINERS and t.low.endswith("ed") or \
                        toks[min(i + 1, seg_b - 1)].low == "free":
                    continue  # "that added capacity lifted generation": a thing, not a deed;
                    # "penalty-free": its own "without"
                if _negated(a, i, seg_a, lex) or _NOT_YET.search(
                        summ.text, max(toks[seg_a].start, t.start - 30), t.start) or \
                        _TURNED_DOWN.search(summ.text, max(0, t.start - 50), t.start) or \
                        _BEYOND.search(summ.text, max(toks[seg_a].start, t.start - 30), t.start) or \
                        _PREVENTED.search(summ.text, max(toks[seg_a].start, t.start - 40), t.start) or \
                        _PURPOSE.search(summ.text, max(toks[seg_a].start, t.start - 40), t.start) or \
                        any(toks[k].stem == t.stem and _negated(a, k, seg_a, lex)
                            for k in range(i + 1, min(seg_b, i + 12))):
                    continue  # "outsourcing a system doesn't outsource responsibility"
                after = _after(toks, i, seg_b)
                passive = _passive_subject(toks, i, seg_a) if verb != "*" else []
                mine = {toks[k].stem for k in after + passive if toks[k].kind == "w"}
                shared = [w for w in obj & mine if not src.generic(w) and w not in STOP
                          and (w not in _PARTICLES or obj <= _PARTICLES)]
                # "refused to rule out redundancies" / "ruled out intervening": "out" is the
                # verb's; it is all there is to match only when the object is a pronoun
                if not shared or verb == "*" and len(shared) < 2:
                    continue
                first = next((toks[m].start for m in after if toks[m].stem in shared), None)
                if first is not None and any(toks[k].low in ("no", "without") for k in after
                                             if toks[k].start < first):
                    continue  # "assumes flat volumes and no improvement": its own "no"
                if any(toks[k].low in ("no", "not", "without", "none", "nothing") for k in passive) or \
                        passive and toks[i - 2].low in ("not", "never"):
                    continue  # "no further increases are planned", "are not planned"
                if _own_no(toks, i, obj) or _no_before(toks, i, seg_a, obj):
                    continue  # "assuming flat spot rates, ... and no contract-rate improvement"
                j = i + 1
                for k in after:
                    if toks[k].kind != "w":
                        break
                    if toks[k].stem in obj:
                        j = k  # the last word of the object, over an abbreviation's dots
                while j + 1 < seg_b and toks[j + 1].kind == "w" and toks[j + 1].stem in obj:
                    j += 1
                end = toks[min(j, seg_b - 1)].end
                start = t.start
                if passive and any(toks[k].stem in shared for k in passive):
                    # "further menu price increases are planned": the plan's object comes first
                    start = toks[next(k for k in passive if toks[k].stem in shared)].start
                    end = t.end
                if ctx.overlaps_excluded(start, end) or _said_plainly(summ.text[start:end], src) \
                        or verb != "*" and _affirmed(verb, shared, src):
                    continue
                out.append(
                    Clash(
                        start,
                        end,
                        summ.text[start : end],
                        said,
                        src.doc.sentence_text(off),
                    )
                )
                break
    return out


def _after(toks, i: int, seg_b: int, n: int = 6) -> list[int]:
    """Indices of the n tokens after token i in its clause, not counting the dots of an
    abbreviation ("add to its U.S. office holdings")."""
    out = []
    k = i + 1
    while k < seg_b and len(out) < n:
        if toks[k].low != ".":
            out.append(k)
        k += 1
    return out


def _negated(a: Analysis, i: int, seg_a: int, lex) -> bool:
    return negation_at(a.tokens, i, seg_a, lex) >= 0


