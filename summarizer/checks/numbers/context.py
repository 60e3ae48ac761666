"""The words around a figure: which subject, qualifier or trailing words it goes with in the source
and in the summary (a source figure placed with something else)."""

from __future__ import annotations

import re
from functools import lru_cache

from ...parsing.quantities import Quantity
from ...text import Document
from .figures import clause_start, figures
from .matching import _direct, _Source, dimension

# --------------------------------------------------------------------------- context


_STOP = frozenset(
    ["the", "a", "an", "of", "in", "on", "at", "to", "for", "by", "with", "from", "and", "or", "as", "its", "their", "his", "her", "this", "that", "is", "was", "were", "be", "been", "has", "have", "had", "it", "which", "who", "while", "but", "than", "after", "before", "over", "under", "per", "said", "says", "year", "years", "month", "months", "day", "week", "quarter"]
)
_WORD = re.compile(r"[A-Za-z0-9][A-Za-z0-9'\u2019&.-]*")
_CLAUSE = re.compile(r"[,;:()\u2014]|\b(?:while|whereas|but|and|compared|versus)\b", re.IGNORECASE)
_MONTHS = frozenset(
    ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
)
def _norm(w: str) -> str:
    w = w.lower().rstrip(".")
    if w.endswith(("'s", "\u2019s")):
        w = w[:-2]
    return w


_SUFFIXES = ("ings", "ing", "ed", "es", "s")


@lru_cache(maxsize=50_000)
def _key(w: str) -> str:
    """A cheap word key that joins inflections (closed/closing, charges/charge, investors/
    investor): the first five letters after a common suffix is cut. (A real stemmer costs
    ~0.1 ms per new word, more than this whole check may spend on a pair.)"""
    for suf in _SUFFIXES:
        if w.endswith(suf) and len(w) - len(suf) >= 3:
            w = w[: -len(suf)]
            break
    return w[:5].rstrip("-")  # "full-year" and "full year" share "full"


_PREP = frozenset(
    ["at", "in", "on", "of", "for", "with", "a", "an", "the", "to", "from", "by", "as", "than", "about", "around", "over", "under", "into", "per", "worth", "valued", "value", "price", "priced", "totalling", "totaling"]
)


def _proper_in(word: str, text: str) -> bool:
    """Is `word` written capitalised inside a sentence of `text` (a name, not just a sentence
    opener)?"""
    p = text.find(word)
    for _ in range(6):
        if p < 0:
            return False
        if p >= 2 and text[p - 1] == " " and text[p - 2] not in ".!?\"\n":
            return True
        p = text.find(word, p + 1)
    return False


_FIGURE = re.compile(r"\d[\d,]*(?:\.\d+)?")


_YEAR_OR_ORDINAL = re.compile(r"(?:19|20)\d\d|\d+(?:st|nd|rd|th)", re.IGNORECASE)


def _digits_of_name(text: str, pos: int, w: str) -> bool:
    """A word with digits that can be part of a name ("CSI 300", "Q3", "A320neo"), not a figure
    ("rising 0.5% vs 0.3%": 0.5 is another figure, not the subject of 0.3%)."""
    if not any(c.isdigit() for c in w):
        return False
    bare = w.rstrip(".")
    if _YEAR_OR_ORDINAL.fullmatch(bare):
        return False  # "(October-December 2025), Kessling grew", "the 53rd week's": no names
    if _FIGURE.fullmatch(bare):
        return "." not in bare and not text.startswith("%", pos + len(bare))
    return True


# A relative clause between a subject and its verb: ", which palm oil tracks, fell".
_RELATIVE = re.compile(r",\s*(?:which|who|whose)\b[^,;.]{1,60},(?=\s*[a-z]+\s+[^\s]*$)")


def _subject_before(text: str, sent_start: int, start: int, src_text: str = "") -> set[str]:
    """Name-like words (capitalised but not first in the sentence unless the source writes them
    capitalised mid-sentence, or with digits) that stand as the subject right before the figure:
    "CSI 300 fell 2.9%", "Hang Seng Tech dropped 2.9%". At most two lower-case words (a verb,
    "shares") may sit between; a preposition or article ends the search, since then the figure
    is not the subject's own move."""
    lo = max(sent_start, start - 80, text.rfind(";", sent_start, start) + 1)  # "...; $10M in"
    rel = _RELATIVE.search(text, lo, start)
    if rel is not None:  # "Brent crude, which palm oil tracks, fell 1.1%": read past the clause
        text = text[:rel.start()] + " " * (rel.end() - rel.start()) + text[rel.end():]
    words = [(m.start(), m.group()) for m in _WORD.finditer(text, lo, start)]
    names: set[str] = set()
    skipped = 0
    for pos, w in reversed(words):
        lw = _norm(w)
        name_like = (w[0].isupper() or _digits_of_name(text, pos, w)) and (
            pos != sent_start or w[0].isupper() and _proper_in(w.rstrip(".").split("'")[0].split(
                "\u2019")[0], src_text))
        if name_like and lw not in _MONTHS and lw not in _STOP:
            names.add(lw)
            continue
        if names:
            break
        if lw in _PREP or skipped >= 2:
            return set()
        skipped += 1
    return names


def _names_before(text: str, sent_start: int, start: int, n: int = 8) -> set[str]:
    """Name-like words in the clause right before `start` (the source side: generous)."""
    seg = text[sent_start:start]
    cut = 0
    for m in _CLAUSE.finditer(seg):
        cut = m.end()
    seg_start = sent_start + cut
    words = [(m.start() + seg_start, m.group()) for m in _WORD.finditer(text, seg_start, start)]
    out = set()
    for pos, w in words[-n:]:
        lw = _norm(w)
        if lw in _STOP or lw in _MONTHS or pos == sent_start and not w[0].isdigit():
            continue
        if w[0].isupper() or _digits_of_name(text, pos, w):
            out.add(lw)
    return out


def _words_of(text: str) -> set[str]:
    return set(map(_norm, _WORD.findall(text)))


def _misattributed(q: Quantity, summary: Document, src: _Source, matches: list[int],
                   quantities: list[Quantity] | None = None):
    """A source figure reused for another subject: returns the source quantity it belongs to."""
    s0, s1 = summary.sentence_span(q.start)
    names = _subject_before(summary.text, s0, q.start, src.doc.text)
    names -= {_norm(w) for w in _WORD.findall(q.text)}
    doc = src.doc
    # The article's own subject (named again and again, often as "its shares") says nothing
    # about which figure is whose.
    # nor does a name in the lead sentence of a longer story (its protagonist).
    lead = doc.lower[slice(*doc.sentences[0])] if len(doc.sentences) > 2 else ""
    if len(matches) == 1:
        # ... unless the figure has another subject of its own there ("Robusta futures rose
        # 3.1%") that the summary sentence does not name: then the protagonist is not its owner.
        m0 = src.quantities[matches[0]]
        theirs = _names_before(doc.text, doc.sentence_span(m0.start)[0], m0.start) - names
        near = summary.text[max(s0, q.start - 300):min(s1, q.end + 300)]  # bounded work per figure
        if theirs and not theirs & _words_of(near):
            lead = ""
    names = {n for n in names if doc.lower.count(n) <= 2 and n not in lead}
    if not names:
        return None
    # "CASM-ex" is named by "CASM excluding fuel": a hyphenated name by its first part too.
    heads = names | {n.split("-")[0] for n in names if "-" in n and len(n.split("-")[0]) >= 3}
    after = {_norm(w) for w in _WORD.findall(summary.text, q.end, min(s1, q.end + 40))
             if w[0].isupper()}
    for i in matches:
        m = src.quantities[i]
        ms, me = doc.sentence_span(m.start)
        if heads & _words_of(doc.text[ms:m.end]) or _spelled_out(names, doc.text[ms:m.end]):
            return None  # the subject is named before the figure in its own sentence
        if after & _words_of(doc.text[ms:me]):
            return None  # "9% growth in the Americas": the subject named after the figure
    if _co_anchored(q, summary, src, matches, quantities):
        return None
    dq, _ = dimension(q)
    # The words between the subject and the figure ("North American lease renewals (+24.8%") tell
    # which when its source sentence has them and a rival's clause does not ("utilization was").
    heads = set(_content_stems(summary.text, max(s0, q.start - 40), q.start)[-3:]) - _MOVES
    here = set().union(*(_content_stems(doc.text, doc.sentence_span(src.quantities[i].start)[0],
                                        src.quantities[i].start) for i in matches)) & heads
    for k, s in enumerate(src.quantities):
        if k in matches or dimension(s)[0] != dq:
            continue
        ss, se = doc.sentence_span(s.start)
        ctx = _names_before(doc.text, ss, s.start, n=8)
        cut = _CLAUSE_CUT.search(doc.text, s.end, se)
        clause = set(_content_stems(doc.text, ss, cut.start() if cut else se))
        if names <= ctx and not (here and not here & clause):
            return s
    return None


def _spelled_out(names: set[str], text: str) -> bool:
    """An acronym of the summary written out in the source ("LME" for "London Metal Exchange"):
    the initials of consecutive capitalised words spell it (of any words, for three letters or
    more)."""
    if any(re.fullmatch(r"[a-z]&[a-z]", n) and re.search(rf"\b{n[0]}\w*\s+(?:and|&)\s+{n[2]}", text,
                                                          re.IGNORECASE) for n in names):
        return True  # "O&M" for "operations and maintenance"
    acronyms = [n for n in names if 2 <= len(n) <= 6 and n.isalpha()]
    if not acronyms:
        return False
    words = [w for w in _WORD.findall(text) if w.lower() not in ("of", "and", "for", "the", "&")]
    capitals = "".join(w[0].lower() if w[0].isupper() else " " for w in words)
    # Three letters or more may be spelled out in lower case too ("net interest margin": NIM).
    initials = "".join(w[0].lower() for w in words)
    return any(a in capitals or len(a) >= 3 and a in initials for a in acronyms)


_SPANS = frozenset(["years", "months", "weeks", "days", "hours", "minutes", "quarters"])
_CO_REACH = 300  # characters either side of a figure where another figure of its sentence counts


def _co_anchored(q: Quantity, summary: Document, src: _Source, matches: list[int],
                 quantities: list[Quantity] | None) -> bool:
    """Another figure of the summary's sentence stands in the same source sentence as a match of
    `q` ("GDP expanded 1%, more than double the 0.4% expected" / "the economy grew 1.0%, beating
    forecasts of 0.4%"), and the figure has no subject there that the summary leaves out: the
    sentence was read where the figure belongs, whatever its subject is called here."""
    if not quantities:
        return False
    doc = src.doc
    s0, s1 = summary.sentence_span(q.start)
    said = summary.memo("numbers.co_anchored_words", lambda _d: {})
    mine = said.get((s0, s1))
    if mine is None:  # each figure of a sentence asks: its words are read once
        mine = said[(s0, s1)] = _words_of(summary.text[s0:s1])
    here = {}  # source sentence -> the subject words of a match there
    for i in matches:
        ms, _ = doc.sentence_span(src.quantities[i].start)
        theirs = _names_before(doc.text, ms, src.quantities[i].start)
        if theirs <= mine:  # the figure's own subject there, if any, is named here too
            here[ms] = theirs
    if not here:
        return False
    lo, hi = max(s0, q.start - _CO_REACH), min(s1, q.end + _CO_REACH)  # bounded work per figure
    figs = figures(summary, quantities)
    for q2 in (figs.between(lo, hi) if figs.ordered else quantities):
        if q2 is q or not (lo <= q2.start < hi) or q2.start == q.start or q2.unit in _SPANS:
            continue  # a "30-year" bond or "12-month" average names a thing, not a figure
        for j in _direct(q2, src):
            at = src.quantities[j].start
            ms = doc.sentence_span(at)[0]
            # ... and the other figure is not another subject's ("while the 10-year yield ...")
            if j not in matches and ms in here and _names_before(doc.text, ms, at) <= here[ms]:
                return True
    return False


# --------------------------------------------------------------------------- figure swaps

_SOFT = _STOP | frozenset(
    ["up", "down", "also", "just", "will", "would", "could", "should", "may", "might", "can", "not", "no", "more", "less", "about", "around", "some", "nearly", "almost", "roughly", "only", "now", "then", "there", "than", "its", "it's", "were", "are", "been", "being", "per", "cent", "percent", "percentage", "points", "point", "basis"]
)
_CLAUSE_CUT = re.compile(r"[;:()\u2014\u2013\"]|--|\s-\s|,(?=\s)|\b(?:while|whereas|but|and|compared|versus|"
                         r"against|whereas)\b", re.IGNORECASE)
_ALPHA_WORD = re.compile(r"[A-Za-z][A-Za-z'\u2019-]*")


def _content_stems(text: str, start: int, end: int) -> list[str]:
    return [_key(w) for w in map(_norm, _ALPHA_WORD.findall(text, start, end))
            if len(w) > 1 and w not in _SOFT]


def _has_content(text: str, start: int, end: int) -> bool:
    """bool(_content_stems(text, start, end)), stopping at the first content word (the span may
    be long: two copies of a figure far apart in a long article)."""
    for m in _ALPHA_WORD.finditer(text, start, end):
        w = _norm(m.group())
        if len(w) > 1 and w not in _SOFT:
            return True
    return False


def _clause_start(text: str, sent_start: int, pos: int) -> int:
    cut = sent_start
    for m in _CLAUSE_CUT.finditer(text, sent_start, pos):
        cut = m.end()
    return cut


_ASIDE = re.compile(r",\s*(?:which|who|whose)\b[^,;.()]{1,80},")


def _context(src: _Source, i: int) -> tuple[frozenset[str], tuple[str, ...]]:
    """How a source figure is stated: the content stems from the previous figure of its kind in
    the same sentence (or the sentence start) up to it, plus those after it to the end of its
    clause or the next figure ("18,400 net postpaid subscribers"); and the figure's own subject
    when that stretch opens a sentence or a clause (its first two stems), else ()."""
    got = src.segments.get(i)
    if got is None:
        q = src.quantities[i]
        text = src.doc.text
        si = src.sentence_of[i]
        sent_start, end = src.doc.sentences[si] if si >= 0 else (0, len(text))
        start = sent_start
        d = dimension(q)[0]
        for k in src.by_sentence.get(si, ()):
            o = src.quantities[k]
            if o.end <= q.start and dimension(o)[0] == d:
                start = max(start, o.end)
            elif o.start >= q.end:
                end = min(end, o.start)
        cut = _CLAUSE_CUT.search(text, q.end, end)
        if cut is not None:
            end = cut.start()
        rel = _ASIDE.search(text, sent_start, q.start) if start > sent_start else None
        if rel is not None and rel.start() < start <= rel.end():
            # "Tessaline shares, which have gained about 18% this year, were down 4.2%": the
            # figure after an aside belongs to the subject before it.
            before = _content_stems(text, sent_start, rel.start()) + _content_stems(
                text, rel.end(), q.start)
            start = sent_start
        else:
            before = _content_stems(text, start, q.start)
        subject: tuple[str, ...] = ()
        if start == sent_start:
            subject = tuple(before[:2])
        else:
            first_cut = _CLAUSE_CUT.search(text, start, q.start)
            if first_cut is not None:
                subject = tuple(_content_stems(text, first_cut.end(), q.start)[:2])
        got = (frozenset(before + _content_stems(text, q.end, end)), subject)
        src.segments[i] = got
    return got


def _summary_clause(q: Quantity, summary: Document, quantities: list[Quantity]) -> list[str]:
    """Content stems of the summary clause before `q`, after any figure before it."""
    text = summary.text
    s0, _ = summary.sentence_span(q.start)
    start = clause_start(summary, _CLAUSE_CUT, s0, q.start)
    figs = figures(summary, quantities)
    if figs.ordered:  # the scan below ends at the last figure ending before q, if in the clause
        j = figs.last_ending_by(q.start)
        if j >= 0 and quantities[j].start >= start:
            start = quantities[j].end
    else:
        for o in quantities:
            if start <= o.start and o.end <= q.start:
                start = o.end
    return _content_stems(text, start, q.start)


# Words of a move say how a figure changed, not what it measures ("mining output fell 1.2%").
_MOVE_WORDS = ("rose", "rise", "risen", "rising", "fell", "fall", "fallen", "falling", "drop",
               "dropped", "declined", "decline", "gained", "gain", "climbed", "climb", "slipped",
               "slip", "slid", "slide", "jumped", "jump", "surged", "surge", "plunged", "plunge",
               "tumbled", "tumble", "slumped", "slump", "edged", "increased", "increase",
               "decreased", "decrease", "grew", "grow", "shrank", "shrink", "sank", "sink",
               "soared", "soar", "advanced", "advance", "eased", "ease", "dipped", "dip",
               "rallied", "rally", "lower", "higher", "added", "shed", "lost", "lose", "cut",
               "raised", "raise", "lifted", "lift", "lowered", "hiked", "hike", "stood", "was",
               "came", "reached", "hit", "totalled", "totaled", "set", "held", "kept", "left",
               "narrowed", "narrower", "narrowing", "widened", "wider", "widening", "deepened",
               "swelled", "trimmed", "improved", "worsened")
_MOVES = frozenset(_key(w) for w in _MOVE_WORDS)


def _chain_clause(q: Quantity, summary: Document, quantities: list[Quantity]) -> list[str]:
    """The summary clause of `q`; for the level of a move-and-level chain ("raised its deposit
    rate by 300bp to 28.25%"), the clause of the move before it."""
    words = _summary_clause(q, summary, quantities)
    if words:
        return words
    text = summary.text
    figs = figures(summary, quantities)
    if not figs.ordered:
        prev = [o for o in quantities if o.end <= q.start and _TO_AT.fullmatch(text, o.end, q.start)]
        return _summary_clause(prev[-1], summary, quantities) if prev else words
    # Only a figure ending in the blanks around the "to"/"at" right before q can match: walk
    # back from the last figure ending before q while the ends are in that stretch.
    r = q.start
    while r > 0 and text[r - 1].isspace():
        r -= 1
    lo = max(0, r - 2)
    while lo > 0 and text[lo - 1].isspace():
        lo -= 1
    j = figs.last_ending_by(q.start)
    while j >= 0 and quantities[j].end >= lo:
        o = quantities[j]
        if _TO_AT.fullmatch(text, o.end, q.start):
            return _summary_clause(o, summary, quantities)
        j -= 1
    return words


_TO_AT = re.compile(r"\s*(?:to|at)\s*", re.IGNORECASE)


def _after_stems(text: str, q: Quantity, end: int, quantities, figs=None) -> list[str]:
    """Content stems after a figure to the end of its clause or the next figure. `figs`: the
    index of `quantities` (the next figure by bisection)."""
    if figs is not None and figs.ordered:
        nxt = figs.next_start(q.end)
        if nxt is not None:
            end = min(end, nxt)
    else:
        for o in quantities:
            if o.start >= q.end:
                end = min(end, o.start)
    cut = _CLAUSE_CUT.search(text, q.end, end)
    return _content_stems(text, q.end, cut.start() if cut else end)


_LEAD_CUT = re.compile(r",|;|\b(?:from|than|versus|vs|against|compared)\b")
_PERIOD_STEMS = frozenset(["year", "the", "full", "whole", "fisca", "annua"])
_YEAR = re.compile(r"\b(?:19|20)\d\d\b|\b(?:FY|fy)\s?\d\d\b|\bfull[- ]year\b")


def _trailing_words(q: Quantity, summary: Document, matches: list[int],
                    quantities: list[Quantity]) -> set[str] | None:
    """The content stems after a summary figure with one source match (move words aside), when
    two or more: what the trailing rules compare with the source's qualifiers."""
    if len(matches) != 1 or q.kind != "number":
        return None
    _, s1 = summary.sentence_span(q.start)
    words = set(_after_stems(summary.text, q, s1, quantities, figures(summary, quantities)))
    words -= _MOVES
    return words if len(words) >= 2 else None


def _trailing_moved(q: Quantity, summary: Document, src: _Source, matches: list[int],
                    quantities: list[Quantity]):
    """The qualifier after the figure ("0.6% since the end of September") is what the source
    states after a sibling figure of the same kind in the same sentence ("down 0.6% on the day
    and 4.1% weaker since the end of September"), while this figure's own qualifier there is
    absent from the summary sentence."""
    mine_sum = _trailing_words(q, summary, matches, quantities)
    if mine_sum is None:
        return None
    s0, s1 = summary.sentence_span(q.start)
    i = matches[0]
    si = src.sentence_of[i]
    doc = src.doc
    sent_end = doc.sentences[si][1] if si >= 0 else len(doc.text)
    sib = [src.quantities[k] for k in src.by_sentence.get(si, ())]
    own = set(_after_stems(doc.text, src.quantities[i], sent_end, sib)) - _MOVES
    if own & mine_sum:
        return None
    before = _lead_stems(src, i)
    if not own and mine_sum & before or mine_sum <= before | own:
        return None  # its words stand before it there: "on revenue of €348 million."
    if own & set(_content_stems(summary.text, s0, s1)):
        return None
    if own <= _PERIOD_STEMS and _YEAR.search(summary.text, s0, s1):
        return None  # "46 for the year" told as "46 ... in 2024"
    dq = dimension(q)[0]
    for k in src.by_sentence.get(si, ()):
        o = src.quantities[k]
        if k == i or dimension(o)[0] != dq or o.kind != "number":
            continue
        theirs = set(_after_stems(doc.text, o, sent_end, sib))
        if len(mine_sum & theirs) >= 2 and mine_sum <= theirs | _MOVES:
            return o
    return None


def _lead_stems(src: _Source, i: int) -> set[str]:
    """The content stems right before source figure i in its clause."""
    doc, m0, si = src.doc, src.quantities[i], src.sentence_of[i]
    lead = max(doc.sentences[si][0] if si >= 0 else 0, m0.start - 40)
    lead = max((m.end() for m in _LEAD_CUT.finditer(doc.text, lead, m0.start)), default=lead)
    return set(_content_stems(doc.text, lead, m0.start))


def _trailing_sibling(q: Quantity, summary: Document, src: _Source, matches: list[int],
                      quantities: list[Quantity]):
    """The same, where the two qualifiers share words and one head noun stands before both
    figures: "a premium of 34% to the closing price on Monday and 41% to its three-month average
    price", summarised as "a 41% premium to Monday's closing price". What sets each qualifier
    apart decides: the summary's words are the sibling's, and none of this figure's own."""
    mine_sum = _trailing_words(q, summary, matches, quantities)
    if mine_sum is None:
        return None
    s0, s1 = summary.sentence_span(q.start)
    i = matches[0]
    si = src.sentence_of[i]
    if si < 0:
        return None
    doc = src.doc
    dq = dimension(q)[0]
    # Only figures of this kind end a qualifier (a span of time is part of one).
    sib = [src.quantities[k] for k in src.by_sentence.get(si, ())
           if dimension(src.quantities[k])[0] == dq]
    sent_start, sent_end = doc.sentences[si]
    own = set(_after_stems(doc.text, src.quantities[i], sent_end, sib)) - _MOVES
    told = set(_content_stems(summary.text, s0, s1))
    if mine_sum <= _lead_stems(src, i) | own:
        return None  # "a final price of NZ$8.22" told as "the NZ$8.22 final price"
    for o in sib:
        if o is src.quantities[i] or o.kind != "number":
            continue
        theirs = set(_after_stems(doc.text, o, sent_end, sib)) - _MOVES
        head = set(_content_stems(doc.text, sent_start, min(o.start, src.quantities[i].start)))
        if (own - theirs and not (own - theirs) & told
                and len(mine_sum & (theirs - own)) >= 2 and mine_sum <= theirs | head | _MOVES):
            return o
    return None


