"""What a figure counts, and the bound it states: "165 witnesses" where the source's 165 are
counts (NUM004 when the source gives witnesses another figure, NUM009 when it has no witnesses
at all), and "over 80 stores" where the source says over 100 (NUM010)."""

from __future__ import annotations

import re

from ...parsing.quantities import Quantity
from ...text import Document
from .context import _MOVES, _after_stems, _content_stems, _key
from .matching import _precision, _Source, dimension
from .swaps import _src_window, _window

# Words for people that count the same thing in a company story ("8,400 staff" = "8,400
# people"); a narrower word ("engineers") is a different count.
_PEOPLE = frozenset(["peopl", "emplo", "staff", "worke", "perso", "headc", "workf", "jobs", "job",
                     "posit", "roles", "role"])

# Words that cover many kinds of thing: "27 sites" for "27 of our wells and plants".
_UMBRELLA = frozenset(["sit", "site", "locat", "facil", "insta", "prope", "asset"])

# Words for the people a business serves, which count the same thing ("2.3 million subscribers"
# = "2.3 million users" = "2.3 million customers").
_SERVED = frozenset(["custo", "users", "user", "subsc", "clien", "accou", "membe", "patro"])
# Other words that count the same things: "112 ships" = "112 vessels", "80 stores" = "80 shops".
_FLEET = frozenset(["ship", "vesse", "boat"])
_SHOPS = frozenset(["stor", "shop", "outle", "branc"])
_PLANES = frozenset(["plan", "aircr", "jet", "airpl"])
_HOMES = frozenset(["hom", "hous", "dwell"])
_CARS = frozenset(["car", "vehic"])
_DEALS = frozenset(["deal", "trans"])  # "58 deals" = "58 transactions"
_STUDIES = frozenset(["trial", "studi", "study"])
_ALIKE = (_PEOPLE, _SERVED, _FLEET, _SHOPS, _PLANES, _HOMES, _CARS, _DEALS, _STUDIES)


def _alike(a: str, b: str) -> bool:
    """The same counted thing: one word (its stem), words of one group, or a short form ("reps"
    for "representatives": the one stem starts the other)."""
    return a == b or any(a in group and b in group for group in _ALIKE) or any(
        len(x) >= 3 and len(y) > len(x) and y.startswith(x) for x, y in ((a, b), (b, a)))


_NEXT = re.compile(r"[ \u00a0]+(?:[a-z]+-)?([a-z][a-z'\u2019]+)\b")
# Words right after a count that are not what it counts.
_NOT_COUNTED = frozenset(["last", "this", "next", "previous", "prior", "earlier", "later", "year",
                          "years", "month", "months", "week", "weeks", "day", "days", "quarter",
                          "quarters", "times", "percent", "per", "each", "apiece", "straight",
                          "consecutive", "such", "other", "more", "fewer", "less", "new", "total",
                          # shorthand of spans: "6 qtrs", "3 yrs", "18 mos"
                          "qtr", "qtrs", "yr", "yrs", "mo", "mos", "mth", "mths", "wk", "wks",
                          # a comparison that follows the count: "+14,200 vs. ~38,000 expected"
                          "vs", "versus", "against", "compared", "than", "expected", "forecast",
                          "estimated",
                          # the base of a change: "+1,150 sequentially", "up 310 from a year ago"
                          "sequentially", "yoy", "from", "since", "over", "on"])


def _counted(text: str, q: Quantity, end: int, quantities) -> list[str]:
    """The word right after a plain count, when it is a content word ("165 witnesses")."""
    m = _NEXT.match(text, q.end, end)
    if m is None or m.group(1) in _NOT_COUNTED or len(m.group(1)) > 4 and m.group(1).endswith(
            "ed") and not m.group(1).endswith("eed"):  # "at least 14 diverted": a verb
        return []
    return _content_stems(text, m.start(1), m.end(1))


_LABEL = re.compile(r"\b(?:phase|stage|series|tier|category|grade)\s+$", re.IGNORECASE)
_COORDINATED = re.compile(r"\s+[a-z][\w'\u2019-]*\s*(?:,|\s(?:and|or)\s)")


def _plain_count(q: Quantity) -> bool:
    return (q.kind == "number" and q.unit is None and q.currency is None and q.high is None
            and dimension(q)[0] == "n" and not 1900 <= q.value <= 2100)


def noun_changed(q: Quantity, summary: Document, src: _Source, matches: list[int],
                 quantities: list[Quantity]) -> tuple[Quantity, str, Quantity | None] | None:
    """(matched source figure, what it counts there, the source figure that counts what the
    summary says or None) when the summary counts something else with a source figure."""
    if not _plain_count(q) or not matches or _LABEL.search(summary.text, max(0, q.start - 8), q.start):
        return None  # ("a Phase 3 UC trial": the trial's label, no count)
    _, s1 = summary.sentence_span(q.start)
    mine = _counted(summary.text, q, s1, quantities)
    if not mine or mine[0] in _PEOPLE or mine[0] in _UMBRELLA:
        return None
    if _COORDINATED.match(summary.text, q.end, s1):
        # "412,000 working and retired employees": the whole phrase says what is counted
        phrase = _content_stems(summary.text, q.end, min(s1, q.end + 50))[:4]
        if not _PEOPLE.isdisjoint(phrase) or any(
                not set(phrase).isdisjoint(_content_stems(src.doc.text, src.quantities[i].end,
                                                          src.quantities[i].end + 50)[:4])
                for i in matches):
            return None
    doc = src.doc
    theirs: list[tuple[Quantity, list[str]]] = []
    for i in matches:
        s = src.quantities[i]
        si = src.sentence_of[i]
        end = doc.sentences[si][1] if si >= 0 else len(doc.text)
        sib = [src.quantities[k] for k in src.by_sentence.get(si, ())]
        after = _after_stems(doc.text, s, end, sib)[:4]
        if _COORDINATED.match(doc.text, s.end, end):  # "640,000 business and retail customers"
            after += _content_stems(doc.text, s.end, min(end, s.end + 50))[len(after):4]
        if not after or set(mine) & set(after):
            return None  # the source counts the same thing (or says nothing after it)
        start = doc.sentences[si][0] if si >= 0 else 0
        if mine[0] in _content_stems(doc.text, max(start, s.start - _BEFORE_REACH), s.start)[-5:]:
            return None  # "the rig count to recover to about 100": named before the figure
        theirs.append((s, after))
    s, after = theirs[0]
    if _alike(after[0], mine[0]):
        return None
    s0, _ = summary.sentence_span(q.start)
    said = set(_content_stems(summary.text, s0, s1))
    if any(set(a[:2]) & said for _, a in theirs):
        # "shut 11 weaker stores" / "close 11 underperforming stores"; "customers ... including
        # 310 additions" / "added 310 customers": the sentence names what the source counts.
        return None
    # Does the source give the summary's noun another figure?
    taken = set(matches)
    owners = [src.quantities[k] for k in doc.memo(_COUNTS, lambda d: _counts_index(src)).get(
        mine[0], ()) if k not in taken]
    if any(abs(o.value - s.value) <= max(o.precision or 0, s.precision or 0) for o in owners):
        return None  # "2 million customers" in the headline, "2.1 million homes and businesses"
    if owners and _tallied(doc.text, s, owners[0]):
        return None  # "passed 142,000 new homes, taking our footprint to 2.31 million premises"
    if owners:
        return s, after[0], owners[0]
    if mine[0] in _source_keys(src):
        return None  # the source uses the word, just not right after a figure: a paraphrase
    return s, after[0], None


# An addition and the total it takes something to: both count the same thing.
_TALLY = re.compile(r"[,;]?\s+(?:(?:which|and)\s+)?(?:taking|bringing|lifting|raising|pushing|"
                    r"boosting|growing|increasing)\s+(?:[\w'\u2019-]+\s+){0,4}?to\s+"
                    r"(?:(?:a\s+total\s+of|about|around|roughly|nearly|almost|more\s+than|over)"
                    r"\s+)?$", re.IGNORECASE)


def _tallied(text: str, s: Quantity, total: Quantity) -> bool:
    """Is `total` the total that the addition `s` takes the count to, in the words after it
    ("added 310 customers, bringing the total to 4,200")? Eighty characters at most between."""
    if not 0 <= total.start - s.end <= 80:
        return False
    gap = text[s.end : total.start]
    cut = max(gap.rfind(","), gap.rfind(";"))
    return cut >= 0 and _TALLY.match(gap, cut) is not None


_BEFORE_REACH = 60  # characters before a source figure where what it counts may be named
_PHRASE = re.compile(r"(?:[ \u00a0-]+[a-z][a-z'\u2019]+){1,3}")
_SRC_KEYS = "numbers.nouns.source_keys"


def _source_keys(src: _Source) -> frozenset[str]:
    """The content stems of the whole source, found once per source."""
    return src.doc.memo(_SRC_KEYS, lambda d: frozenset(_content_stems(d.text, 0, len(d.text))))


def invented_thing(q: Quantity, summary: Document, src: _Source) -> str | None:
    """The words right after a figure ("a $750,000 grand prize", "a $250 million break fee")
    when the source uses none of them anywhere: the summary invented what the figure is
    about, not just its value. None when it names nothing or the source knows the words."""
    if not any(c.isdigit() for c in q.text):
        return None  # "three tenths of a point": words for a figure describe no thing
    m = _PHRASE.match(summary.text, q.end)
    if m is None:
        return None
    words = []
    for w in m.group().replace("-", " ").split():
        if w in _STOP_PHRASE or w in _NOT_COUNTED or w in _VERBS or len(w) > 4 and w.endswith(
                "ed") and not w.endswith("eed"):
            break  # "about 1 billion crowns went to the seller": the phrase ends at its verb
        words.append(w)
    keys = _content_stems(" ".join(words), 0, len(" ".join(words)))
    if len(keys) < 1 or len(" ".join(words)) < 3 or any(k in _MOVES for k in keys):
        return None  # "a 20% increase" names a change, not a thing: derived, or wrong
    known = _source_keys(src)
    if any(k in known for k in keys):
        return None
    return " ".join(words)


# Verbs that end the noun phrase after a figure (past forms in "-ed" end it too).
_VERBS = frozenset(["went", "came", "rose", "fell", "grew", "stood", "made", "took", "gave", "got",
                    "paid", "sold", "won", "lost", "held", "kept", "spent", "go", "goes", "come",
                    "comes", "remain", "remains", "stay", "stays", "said", "says", "saw"])


# Words that end the noun phrase after a figure.
_STOP_PHRASE = frozenset(["of", "in", "on", "at", "to", "for", "from", "by", "with", "and", "or",
                          "but", "as", "than", "that", "which", "who", "a", "an", "the", "is",
                          "are", "was", "were", "will", "would", "has", "have", "had", "if",
                          "after", "before", "over", "under", "into", "since", "while", "up", "old",
                          "below", "above", "higher", "lower", "more", "less", "fewer", "ahead",
                          "behind", "short",
                          "down", "its", "their", "it", "this", "these", "those", "be", "been"])


_BOUND_WORDS = re.compile(r"(?:more than|over|above|at least|in excess of|upwards of|nearly|almost|"
                          r"up to|less than|fewer than|under|below|at most|just under|just over)"
                          r"\s+(?:[$\u20ac\u00a3\u00a5]|[A-Z]{1,3}\$)?$", re.IGNORECASE)


def with_bound(text: str, q: Quantity) -> str:
    """The figure with the bound words before it ("over 100")."""
    m = _BOUND_WORDS.search(text, max(0, q.start - 24), q.start)
    return text[m.start():q.end] if m else q.text


_COUNTS = "numbers.nouns.counts"


def _counts_index(src: _Source) -> dict[str, list[int]]:
    """Source plain counts by the first two content stems after them (built once per source)."""
    doc = src.doc
    out: dict[str, list[int]] = {}
    for k, o in enumerate(src.quantities):
        if not _plain_count(o):
            continue
        si = src.sentence_of[k]
        end = doc.sentences[si][1] if si >= 0 else len(doc.text)
        sib = [src.quantities[j] for j in src.by_sentence.get(si, ())]
        for w in _after_stems(doc.text, o, end, sib)[:2]:
            lst = out.setdefault(w, [])
            if len(lst) < 8:
                lst.append(k)
    return out


def bound_changed(q: Quantity, s: Quantity | None) -> bool:
    """Both state a bound of the same kind ("over 80" / "over 100") on values that differ."""
    return (s is not None and q.hedge in ("min", "max") and s.hedge == q.hedge
            and q.unit == s.unit and q.high is None and s.high is None
            and dimension(q)[0] == dimension(s)[0]
            and abs(abs(q.value) - abs(s.value)) > _precision(q) + 1e-9)


def rival_bound(q: Quantity, summary: Document, src: _Source) -> Quantity | None:
    """The source's own bound on the same thing ("over 100 stores" for "over 80 stores"): the
    counted words after both agree. A bound is a stated fact, not a figure to derive from."""
    if q.hedge not in ("min", "max") or q.high is not None:
        return None
    s0, s1 = summary.sentence_span(q.start)
    _, qa = _window(summary.text, s0, q.start, q.end, s1)
    if not qa:
        return None
    for k, o in enumerate(src.quantities):
        if bound_changed(q, o) and qa & _src_window(src, k)[1]:
            return o
    return None


def exact_figure(q: Quantity) -> bool:
    """A figure written in digits with no hedge, range or peak: stated exactly."""
    return (q.kind == "number" and q.high is None and not q.approx and not q.peak
            and any(c.isdigit() for c in q.text))


# "one death", "a single injury": a thing the source counts once, in words.
_MORE = re.compile(r"\b(?:another|second|other|additional|more)\b")  # "one ... and another"
_ONCE = re.compile(r"\b(?:a\s+single|one|a|an|single)\s+([a-z-]{3,})(?:\s+([a-z]{3,}))?\b")


def counted_once(q: Quantity, summary: Document, src: _Source) -> tuple[int, str] | None:
    """Where the source counts once what the summary counts two or more times of ("two deaths"
    for "one death that may be associated"): (the source's offset, its words), else None."""
    if q.unit not in (None, "count") or q.high is not None or not 2 <= q.value <= 20 \
            or q.text.lower().endswith(("st", "nd", "rd", "th")):  # "2nd" is no count
        return None
    text = summary.text
    m = _NEXT.match(text, q.end, min(len(text), q.end + 40))
    if m is None or m.group(1) in _NOT_COUNTED or not m.group(1).endswith("s"):
        return None
    word = m.group(1)
    one = {word[:-1], word[:-2] if word.endswith("es") else word[:-1],
           word[:-3] + "y" if word.endswith("ies") else word[:-1]}  # "deaths", "branches"
    once = src.doc.memo("numbers.counted_once", _counted_once)
    return next((once[w] for w in sorted(one) if w in once), None)


def _counted_once(doc: Document) -> dict[str, tuple[int, str]]:
    """Each word the source counts once in words ("one death", "a single serious injury": the
    thing, or the word after its adjective) -> (offset, its words); read once per source."""
    low, out = doc.lower, {}
    for o in _ONCE.finditer(low):
        if _MORE.search(low, o.end(), o.end() + 80):
            continue  # "one ... and another": two
        for g in (1, 2):
            if o.group(g) and o.group(g) not in out:
                out[o.group(g)] = (o.start(), doc.text[o.start():o.end(g)])
    return out


def counts_the_same(q: Quantity, text: str, src: _Source, matches: list[int],
                    other: Quantity) -> bool:
    """The summary figure counts what every matching source figure counts, by the noun right
    after it ("186 stores" and the source's "186 stores"), and the rival counts something else
    ("3,400 jobs"): the figure is where the source has it."""
    if q.unit not in (None, "count"):
        return False  # "a 4.1% organic rise": a word after a rate is no counted thing
    if any(_tallied(src.doc.text, src.quantities[i], other) for i in matches):
        return True  # "passed 142,000 new homes, taking our footprint to 2.31 million premises"
    noun = _NOUN_AFTER.match(text, q.end)
    if noun is None or noun.group(1).lower() in _NOT_A_NOUN:
        return False
    key = _key(noun.group(1).lower())
    stext = src.doc.text

    def counted(x: Quantity) -> str | None:
        m = _NOUN_AFTER.match(stext, x.end)
        return _key(m.group(1).lower()) if m else None
    return all(counted(src.quantities[i]) == key for i in matches) and counted(other) != key


_NOUN_AFTER = re.compile(r"\s+([a-z][a-z-]{2,})\b")
_NOT_A_NOUN = frozenset(["per", "and", "the", "for", "from", "with", "than", "each", "apiece"])
