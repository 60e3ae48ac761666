"""CON010: what happened to a company's guidance - raised, lowered or kept - said the wrong way.

Earnings-call summaries often say "raised its full-year EPS outlook" where management said "we
are reaffirming our outlook for ... EPS of $3.40 to $3.55", or "reaffirmed its guidance" where the
call gave a new range "versus 2% to 3% previously". A guidance statement is a status verb
(raised / lowered / kept, in any tense: "we're maintaining", "was cut") next to a guidance noun
(guidance, outlook, forecast, target...), with what it is about: the words between and after
("full-year EPS", "for organic sales growth") and its figures. The source also states a status
without a verb when it gives a new range beside the old one ("now expect 1% to 2%, compared with
our prior guide of flat to up 1%"; "to $10.85 to $11.05 from $10.80 to $11.10"): the midpoints
tell raised, lowered or kept.

A summary statement is compared with the source statements about the same thing (a shared
figure or metric word); it is flagged only when the best-matching ones all give another status
and no source statement about it gives the summary's."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, NamedTuple

from ...text import stem
from ..base import SHORTHAND

if TYPE_CHECKING:
    from .polarity import Clash

RAISE, LOWER, KEEP = "raised", "lowered", "kept"
_VERBS = {
    RAISE: ("raise", "raised", "raises", "raising", "lift", "lifted", "lifts", "lifting", "boosted",
            "boosting", "upped", "hiked", "increased", "increasing", "upgraded", "nudged up",
            "edged up", "inched up", "bumped up"),
    LOWER: ("lower", "lowered", "lowers", "lowering", "cut", "cuts", "cutting", "trimmed", "trims",
            "trimming", "reduced", "reducing", "slashed", "downgraded", "nudged down",
            "edged down", "inched down"),
    KEEP: ("reaffirm", "reaffirmed", "reaffirms", "reaffirming", "reiterate", "reiterated",
           "reiterates", "reiterating", "maintain", "maintained", "maintains", "maintaining",
           "kept", "keeps", "keeping", "affirmed", "affirming", "confirmed", "confirming",
           "held", "holding", "unchanged", "did not change", "didn't change", "has not changed",
           "hasn't changed", "did not alter", "did not revise", "stuck to", "sticks to",
           "stood by", "stands by", "still expects", "still expect", "continues to expect",
           "continue to expect"),
}
_CLASS: dict[str, str | None] = {w: c for c, words in _VERBS.items() for w in words}
# "narrowed its range": raised, lowered or kept only as its figures say
_CLASS.update(dict.fromkeys(("narrow", "narrowed", "narrows", "narrowing", "updated", "updating",
                             "revised", "revising", "adjusted"), None))


def _verbs(words) -> str:
    return r"\b(?P<verb>" + "|".join(sorted((w.replace(" ", r"\s+") for w in words), key=len,
                                          reverse=True)) + r")\b"


_VERB = _verbs(_CLASS)
_NOUN = r"\b(?P<noun>guidance|outlook|forecasts?|guide|targets?|projections?)\b"
# verb ... noun within a few words, no clause break between
# "unchanged" only follows its noun ("outlook unchanged", not "unchanged and nudged up its ...")
_ACTIVE = re.compile(_verbs(w for w in _CLASS if w != "unchanged")
                     + r"(?P<mid>(?:\s+[\w$%.,'\u2019-]+?){0,6}?)\s+" + _NOUN, re.IGNORECASE)
_PASSIVE = re.compile(_NOUN + r"(?P<mid>(?:\s+[\w'-]+){0,5}?)\s+(?:was|were|is|are|has been|have been|had been"
                      r"|remains?|remained)\s+" + _VERB, re.IGNORECASE)
# A headline's or a bullet's passive without its auxiliary, a figure after it: "2024 volume
# target raised to 168,000 tonnes".
_BARE = re.compile(_NOUN + r"(?P<mid>)\s+" + _VERB + r"(?=\s+(?:to|from)\s+[$\u20ac\u00a3]?\d)",
                   re.IGNORECASE)
# "We are reaffirming full-year adjusted EBITDA of $780 million to $820 million": a status verb,
# the year's metric and its range, no guidance noun (read only in a sentence about the full year).
_RANGE_KEPT = re.compile(_verbs(w for w in _CLASS if w != "unchanged" and (
                             _CLASS[w] == KEEP or w.endswith(("ed", "ing")))) + r"(?P<mid>(?:\s+[\w'-]+){1,5}?)"
                         r"(?P<noun>)(?=\s+(?:of|at)\s+(?:about\s+|approximately\s+)?[$\u20ac\u00a3]?\d)",
                         re.IGNORECASE)
# A verb and a noun across a clause join ("kept while cost guidance") are no statement.
_JOINED = re.compile(r"\b(?:while|whereas|but|although|though|because|after|when|as)\b",
                     re.IGNORECASE)
_GUIDANCE_WORD = re.compile(r"\b(?:guidance|outlook|forecast|guide|target|projection)s?\b", re.IGNORECASE)
_HEADWIND = re.compile(r"\b(?:drag|headwinds?|hurt|reduce|weigh|hit|cost|costs|impact|dilution)\b",
                       re.IGNORECASE)
# "compared with 2.0% to 2.75% in its September report": a forecast dated to an earlier report.
_MONTHS_REPORT = (r"\bin\s+(?:its|their|the)\s+(?:january|february|march|april|may|june|july|august|"
                  r"september|october|november|december|last|previous|prior)\s+(?:monetary\s+policy\s+)?"
                  r"(?:report|forecasts?|projections?|outlook|update|statement|review)\b")
# "now expect 1% to 2%, compared with our prior guide of ..."; "expected the market to total
# about 290,000 units, down from a previous forecast of 310,000" (a prior figure must follow).
_NOW = re.compile(r"\b(?:now\s+)?(?:expects?|expected|sees?|saw|forecasts?|anticipates?|projects?|"
                  r"guides?)\b", re.IGNORECASE)
# "Norrvik now expects 2025 organic sales growth of 0% to 2%, compared with 2% to 4% previously"
_NOW_EXPECTS = re.compile(r"\bnow\s+(?:expects?|sees?|forecasts?|projects?|anticipates?)\b",
                          re.IGNORECASE)
_VERSUS = re.compile(r"\b(?:compared\s+with|compared\s+to|versus|vs\.?|from|up\s+from|down\s+from)\s+",
                     re.IGNORECASE)
# "down from its August forecast of 24.2 to 24.6 cents": a forecast dated to an earlier month
_MONTH_FORECAST = (r"\b(?:its|their|our|the)\s+(?:january|february|march|april|may|june|july|august|"
                   r"september|october|november|december)\s+(?:forecast|outlook|guidance|projection|"
                   r"target|guide)s?\b")
_PRIOR = re.compile(r"\b(?:prior|previous(?:ly)?|earlier|original(?:ly)?)\b|" + _MONTHS_REPORT
                    + "|" + _MONTH_FORECAST, re.IGNORECASE)
_RANGE_FROM = re.compile(r"\bto\s+(?P<new>[^,;]{1,40}?)\s+from\s+(?P<old>[^,;]{1,50}?)(?=[,;]|\.(?!\d)|$)",
                         re.IGNORECASE)
# A minus sign only where it cannot join a range ("3.5%-4.0%" is 3.5 to 4.0, "-2%" is minus 2).
# Thousands separators belong to the figure ("11,200 to 11,600 homes").
_NUM = re.compile(r"(?:(?<![\w%.)\u2013-])-)?(?<![\w.,])\d{1,3}(?:,\d{3})+(?:\.\d+)?(?![\d,]\d)"
                  r"|(?:(?<![\w%.)\u2013-])-)?(?<![\w.,])\d+(?:\.\d+)?")
_FLAT = re.compile(r"\bflat\b", re.IGNORECASE)
_CLAUSE = re.compile(r"[;:]|\.(?!\d)|,\s+(?:and|but|while|which)\b|\s+and\s+(?:we|it|they|the company|its|their)\b"
                     r"|\s+(?:but|while|whereas)\s|,\s+(?:though|although)\s"
                     # ", cut its generation outlook": the next statement of a list
                     r"|,\s+(?:raised|lowered|cut|trimmed|held|kept|reaffirmed|reiterated|maintained|"
                     r"lifted|narrowed|boosted|reduced)\b")
_WORD = re.compile(r"[a-z][a-z0-9'-]+")
# Words that say nothing about WHICH guidance ("its full-year outlook for ... of ...").
_GENERIC = frozenset(stem(w) for w in (
    "its", "our", "the", "their", "for", "of", "to", "and", "a", "an", "full", "year", "full-year",
    "fiscal", "guidance", "outlook", "forecast", "forecasts", "guide", "target", "targets",
    "projection", "projections", "range", "growth", "company", "management", "we", "it", "with",
    "in", "on", "at", "by", "up", "down", "about", "approximately", "around", "roughly", "between",
    "expected", "expect", "prior", "previous", "previously", "now", "this", "that", "annual",
    "adjusted", "was", "were", "is", "are", "has", "have", "been", "also", "again", "from",
))


class Statement(NamedTuple):
    start: int
    end: int  # the span to flag: verb to noun
    status: str
    topic: frozenset  # metric stems
    figures: frozenset  # numbers (as text, no years)
    quote: str  # the words that give the status
    metric: frozenset = frozenset()  # stems named between the verb and the noun ("kept EPS guidance")
    initials: str = ""  # first letters of the words it is about ("net interest income": "nii")
    noun: str = ""  # its family: "guidance" (guidance, guide, outlook), "forecast", "target"
    years: frozenset = frozenset()  # the years it names ("its 2025 guidance")
    whole: bool = False  # about the guidance as a whole ("lowered its 2025 guidance")


def _figures(text: str) -> set[str]:
    out = {m.group().lstrip("-").replace(",", "") for m in _NUM.finditer(text)}
    out = {f for f in out if not re.fullmatch(r"(?:19|20)\d\d", f)}
    return {f.rstrip("0").rstrip(".") if "." in f else f for f in out}


def _topic(text: str) -> frozenset:
    words = _WORD.findall(text.lower())
    words += [x for w in words for x in SHORTHAND.get(w, ())]  # "capex": capital expenditure
    return frozenset(stem(w) for w in words) - _GENERIC



_SCALE = re.compile(r"\s?(?:(thousand|k)|(million|mn|m)|(billion|bn|b)|(trillion|tn))\b", re.IGNORECASE)


def _midpoint(text: str) -> float | None:
    found = [(float(m.group().replace(",", "")), _SCALE.match(text, m.end())) for m in _NUM.finditer(text)
             if not re.fullmatch(r"(?:19|20)\d\d", m.group())][:2]
    # "$700 million to $800 million" against "$1 billion to $1.1 billion": compared at scale; a
    # range's first end takes the scale of its second ("$1 to $1.1 billion")
    scales = [1e3 ** (s.lastindex or 0) if s else None for _, s in found]
    known = [x for x in scales if x is not None]
    nums = [v * (x if x is not None else (known[-1] if known else 1.0))
            for (v, _), x in zip(found, scales)]
    if _FLAT.search(text):
        nums = [0.0] + nums[:1]
    return sum(nums) / len(nums) if nums else None


def _by_midpoints(new: str, old: str) -> str | None:
    a, b = _midpoint(new), _midpoint(old)
    if a is None or b is None:
        return None
    return RAISE if a > b + 1e-9 else LOWER if a < b - 1e-9 else KEEP


# What a statement is about lies within a few hundred characters: bounded work per statement,
# however long a sentence runs.
_REACH = 300


def _clause_after(text: str, pos: int, end: int) -> str:
    end = min(end, pos + _REACH)
    m = _CLAUSE.search(text, pos, end)
    return text[pos : m.start() if m else end]


def statements(text: str, sentences: list[tuple[int, int]], implicit: bool = True) -> list[Statement]:
    """Guidance statements of a text; `implicit`: also new-beside-old ranges (the source's
    evidence; a summary's status claim is its verb)."""
    out: list[Statement] = []
    for s, e in sentences:
        low = text[s:e].lower()
        dated = "report" in low and re.search(_MONTHS_REPORT, low) is not None
        full = "full-year" in low or "full year" in low
        if "guid" not in low and "outlook" not in low and "forecast" not in low \
                and "target" not in low and "projection" not in low and "expect" not in low \
                and not dated and not full:
            continue
        # (a metric's range with no guidance noun is read in the source only)
        for rx in (_ACTIVE, _PASSIVE, _BARE, _RANGE_KEPT) if full and implicit else \
                (_ACTIVE, _PASSIVE, _BARE):
            for m in rx.finditer(text, s, e):
                if rx is _ACTIVE and _JOINED.search(m.group("mid")):
                    continue  # "output guidance was kept while cost guidance rose"
                status = _CLASS[" ".join(m.group("verb").lower().split())]
                after = _clause_after(text, m.end(), e)
                moved = _RANGE_FROM.search(after)
                if moved:  # "raised its outlook to X from Y": the figures are the status' proof
                    status = _by_midpoints(moved.group("new"), moved.group("old")) or status
                if status is None:
                    continue
                # "Full-year EBITDA and CAFD guidance were reaffirmed": the words before the
                # noun of a passive statement say which guidance
                pre = _HEAD.split(text[max(s, m.start() - 50) : m.start()])[-1] \
                    if rx is _PASSIVE or rx is _BARE else ""
                about = pre + " " + m.group("mid") + " " + after
                out.append(Statement(m.start(), m.end(), status, _topic(about), frozenset(_figures(about)),
                                     text[m.start() : m.end()], _topic(pre + " " + m.group("mid")),
                                     _initials(about), _family(m.group("noun")) if m.group("noun") else "",
                                     frozenset(_YEAR.findall(m.group("mid"))),
                                     rx is _ACTIVE and _whole_words(m.group("mid"))))
        # a new range beside the old one, without a status verb, in a sentence about guidance
        # ("now expect FX to cut EPS by 3 points, versus 2 previously" is a headwind, not one)
        if not implicit or not (_GUIDANCE_WORD.search(text, s, e) or dated
                                or _NOW_EXPECTS.search(text, s, e)):
            continue
        for m in _NOW.finditer(text, s, e):
            clause_end = min(e, m.end() + _REACH)
            v = _VERSUS.search(text, m.end(), clause_end)
            while v and not _PRIOR.search(text, v.end(), min(clause_end, v.end() + 60)):
                v = _VERSUS.search(text, v.end(), clause_end)
            if not v:
                continue
            new = text[m.end() : v.start()]
            old = _clause_after(text, v.end(), e)
            if _HEADWIND.search(new):  # a bigger drag is no raised guidance
                continue
            status = _by_midpoints(new, old)
            if status is None:
                continue
            quote = " ".join(text[m.start() : v.end() + len(old)].split()[:26])
            out.append(Statement(m.start(), v.end(), status, _topic(new), frozenset(_figures(new + " " + old)),
                                 quote, initials=_initials(new)))
    return out


_YEAR = re.compile(r"\b(?:19|20)\d\d\b")
_HEAD = re.compile(r"[,;:(\d]|\b(?:while|whereas|but|as|and)\b", re.IGNORECASE)


# The words of "cut its 2025 full-year guidance" that name no part of it.
_WHOLE = frozenset(("its", "their", "our", "the", "full-year", "full", "year", "year's", "fiscal",
                    "annual", "this", "current", "overall", "financial", "company's", "group's"))


def _whole_words(mid: str) -> bool:
    return all(w in _WHOLE or _YEAR.fullmatch(w) for w in mid.lower().replace("\u2019", "'").split())


def _family(noun: str) -> str:
    """The kind of a guidance noun: a company's guidance (guidance, guide, outlook), a forecast
    (forecast, projection) or a target."""
    return _FAMILIES[noun.lower().rstrip("s")]


_FAMILIES = {"guidance": "guidance", "guide": "guidance", "outlook": "guidance",
             "forecast": "forecast", "projection": "forecast", "target": "target"}


def _whole(st: Statement, t: Statement) -> bool:
    """A summary statement about the guidance as a whole ("lowered its 2025 guidance": nothing
    but the year between verb and noun) meets the source's statements of the same kind (guidance or outlook, not a market
    forecast) for the same year, if it names one."""
    return st.whole and bool(t.noun) and t.noun == st.noun and (
        not st.years or not t.years or bool(st.years & t.years))


def _initials(text: str) -> str:
    return "".join(w[0] for w in _WORD.findall(text.lower()))


def _same_metric(st: Statement, t: Statement) -> bool:
    """Does source statement t speak of the metric st names: a shared stem, one the start of
    the other ("comp" / "comparable"), or an abbreviation of its words ("NII" / "net interest
    income")?"""
    if st.metric & t.topic:
        return True
    for m in st.metric:
        if 2 <= len(m) <= 5 and m.isalpha() and m in t.initials:
            return True
        parts = {p for w in t.topic for p in w.split("-") if p}  # "home-closings"
        if len(m) >= 3 and any(w.startswith(m[:4]) or len(w) >= 3 and m.startswith(w)
                               for w in parts):
            return True
    return False


def _scored(st: Statement, theirs: list[Statement]) -> list[tuple[int, Statement]]:
    """The source statements about what summary statement `st` is about, with how much they
    share."""
    scored = []
    for t in theirs:
        words, figures = len(st.topic & t.topic), len(st.figures & t.figures)
        if not words and st.metric and _same_metric(st, t):
            words = 1  # "NII guidance" / "net interest income"
        if not words and not figures and _whole(st, t):
            words = 1
        if (st.noun == "target") != (t.noun == "target") and not figures:
            continue  # "raised its 2024 guidance" is not borne out by an analyst's price target
        if words or figures >= 2:  # one shared figure alone ("3") is chance
            scored.append((words + 2 * figures, t))
    if st.metric:
        # "kept EPS guidance" meets only the source's statements about EPS (or with its
        # figures), not its raised sales outlook.
        scored = [(n, t) for n, t in scored if st.figures & t.figures or _same_metric(st, t)]
    return scored


def _summary_statements(doc) -> list[Statement]:
    return doc.memo("contradiction.guidance.summary",
                    lambda d: statements(d.text, d.sentences, implicit=False))


def _source_statements(doc) -> list[Statement]:
    return doc.memo("contradiction.guidance", lambda d: statements(d.text, d.sentences))


def guidance_agrees(summary, pos: int, source) -> bool:
    """Is the word at `pos` of the summary (a Document) the status verb of a guidance statement
    that the source's guidance statements bear out ("cut its 2025 organic growth forecast"
    where the source "trimmed its full-year sales forecast")? Then it is no flip of the metric
    it names ("growth")."""
    # [source, the summary's statements by start, whether each is borne out]: each statement
    # is scored once, however many claims ask.
    memo = summary.memo("contradiction.guidance.agrees", lambda _d: [None, {}, {}])
    if memo[0] is not source:
        memo[:] = [source, {x.start: x for x in _summary_statements(summary)}, {}]
    st = memo[1].get(pos)
    if st is None:
        return False
    agreed = memo[2]
    if pos not in agreed:
        agreed[pos] = any(t.status == st.status for _, t in _scored(st, _source_statements(source)))
    return agreed[pos]


def _guidance_clashes(ctx, summ, src) -> list[Clash]:
    from .polarity import Clash  # polarity asks guidance_agrees of this module

    mine = _summary_statements(ctx.summary)
    if not mine:
        return []
    theirs = _source_statements(ctx.source)
    out = []
    for st in mine:
        if ctx.overlaps_excluded(st.start, st.end):
            continue
        scored = _scored(st, theirs)
        if not scored or any(t.status == st.status for _, t in scored):
            continue
        best = max(n for n, _ in scored)
        top = [t for n, t in scored if n == best]
        evidence = ctx.source.sentence_text(top[0].start)
        said = ctx.summary.text[st.start : st.end]
        out.append(Clash(
            st.start, st.end, said, top[0].quote, evidence,
            f"the summary says the guidance was {st.status} ({said!r}), but the source says it was "
            f"{top[0].status} ({top[0].quote!r})",
        ))
    return out
