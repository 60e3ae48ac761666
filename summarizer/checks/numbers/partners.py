"""NUM004, a figure's partner changed: "1.62 million passengers, up 11.3%" where the source gives
1.62 million passengers with "up 8.1%" and 11.3% belongs to another statement (international
traffic, in another sentence). The two figures of the summary stand side by side (the first's
words, a comma and "up"/"down" between them, or a bracket), the first is found once in the
source, and there the figure right after it, side by side in the same way, is another of the
second's kind. The same for a move given with the level of another ("dropped 17% to 48,300")."""

from __future__ import annotations

import re
from dataclasses import replace

from ...parsing.quantities import Quantity
from ...text import Document
from .context import _CLAUSE_CUT
from .figures import clause_start, figures
from .matching import _direct, _Source, dimension
from .periods import _base

# A move given beside its level: "1.62 million passengers in March, up 11.3%", "$486M (+22%)".
_BESIDE = re.compile(r"[^,;:()\u2014]{0,60},\s*(?:up|down|an?\s+(?:increase|decrease|rise|fall|drop|"
                     r"gain|decline)\s+of)\s+|\s*\(\s*(?:up\s+|down\s+)?[+\-\u2212]?",
                     re.IGNORECASE)


_QUALIFIED = re.compile(r"\s*(?:organic(?:ally)?|like-for-like|lfl|l-f-l|comparable|same-store|"
                        r"underlying|(?:at\s+|in\s+)?constant|cc\b|ex-?fx|currency-neutral|"
                        r"excluding|ex-)", re.IGNORECASE)


# "dropped 17% to 48,300", "grew 9.2% year on year to 612 billion", "fell 38% in the first five
# months of the year to 21.7 billion": a move and the level it reached, a time phrase between.
TO_LEVEL = _TO_LEVEL = re.compile(r"\s+(?:(?:year[- ](?:on|over)[- ]year|y/y|yoy|from\s+a\s+year\s+(?:earlier|ago)|"
                       r"(?:in|during|over)\s+the\s+(?:[a-z]+\s+){1,6}?(?:year|quarter|months?|"
                       r"half|period))\s+)?to\s+(?:about\s+|around\s+|roughly\s+|nearly\s+)?",
                       re.IGNORECASE)


def _kind(q: Quantity) -> str:
    return dimension(q)[0]


_TIME_SPAN = re.compile(r"\b(?:years?|months?|weeks?|days?|quarters?|hours?)$", re.IGNORECASE)


def _linked(q: Quantity, summary: Document, src: _Source, matches: list[int],
            quantities: list[Quantity], link: re.Pattern, q_first: bool, own_sentence_ok: bool,
            exact: bool = False, rival: bool = False, same_kind: bool = False,
            src_link: re.Pattern | None = None, src_q_first: bool | None = None):
    """The source figure that stands where `q` stands beside its summary neighbour, when it is
    another figure. The neighbour is the summary figure right before `q` (or right after it,
    `q_first`), joined to it by `link` in one sentence and of another kind; it must be found
    once in the source, and there the figure on the same side of it, joined the same way, is
    the answer. `own_sentence_ok`: q may itself be stated in the neighbour's source sentence.
    `exact`: the neighbour must be found with its value as written, not only within rounding
    ("0.3 percentage points" is no "quarter point"). `same_kind`: the neighbour may be of q's
    kind ("$412 million, or $2.87 per share"). `rival`: `q` is not in the source at all
    (`matches` is empty), and the figure beside the neighbour there is the one it changed.
    `src_link`, `src_q_first`: how the source joins the two, when it words it otherwise
    ("climbed 17% to $104M" / "was $104 million, up 11%")."""
    if q.kind != "number" or (not matches) != rival:
        return None
    figs = figures(summary, quantities)
    if not figs.ordered:
        return None
    k = figs.last_ending_by(q.end)
    if k < 0 or quantities[k] is not q:
        return None
    j = k + 1 if q_first else k - 1
    if not 0 <= j < len(quantities):
        return None
    p = quantities[j]
    first, second = (q, p) if q_first else (p, q)
    kq = _kind(q)
    if _kind(p) == kq and not same_kind or p.kind != "number" \
            or not link.fullmatch(summary.text, first.end, second.start):
        return None
    if summary.sentence_span(p.start) != summary.sentence_span(q.start):
        return None
    pm = sorted(set(_direct(p, src)))  # a range is found by each of its ends
    if len(pm) != 1:
        return None
    home = src.quantities[pm[0]]
    if exact and abs(home.value - p.value) > 1e-9 * max(1.0, abs(p.value)):
        return None
    si = src.sentence_of[pm[0]]
    if not own_sentence_ok and any(src.sentence_of[i] == si for i in matches):
        return None  # q is stated in the neighbour's own sentence too
    if src_link is None:
        src_link, src_q_first = link, q_first
    side = [i for i in src.by_sentence.get(si, ())
            if (src.quantities[i].end <= home.start if src_q_first else src.quantities[i].start >= home.end)
            and not _TIME_SPAN.search(src.quantities[i].text)]  # "in the first five months"
    if not side:
        return None
    # Only the figure right next to the neighbour stands beside it.
    i = max(side, key=lambda x: src.quantities[x].end) if src_q_first \
        else min(side, key=lambda x: src.quantities[x].start)
    o = src.quantities[i]
    first, second = (o, home) if src_q_first else (home, o)
    if i in matches or _kind(o) != kq or o.kind != "number" \
            or not src_link.fullmatch(src.doc.text, first.end, second.start):
        return None  # the same figure (rounded, or in other units) is no other one
    return o


def partner_moved(q: Quantity, summary: Document, src: _Source, matches: list[int],
                  quantities: list[Quantity]):
    """ "1.62 million passengers, up 11.3%": the move given beside another level; not a move
    measured another way ("$612M (8% organic)")."""
    if _QUALIFIED.match(summary.text, q.end):
        return None
    return _linked(q, summary, src, matches, quantities, _BESIDE, q_first=False,
                   own_sentence_ok=False)


def level_moved(q: Quantity, summary: Document, src: _Source, matches: list[int],
                quantities: list[Quantity]):
    """ "contracted sales fell 38% to 31.6 billion yuan" where the source's 38% fall went to 21.7
    billion yuan (31.6 billion was another year's loss): the level stated with the move is
    another one there."""
    return _linked(q, summary, src, matches, quantities, _TO_LEVEL, q_first=False,
                   own_sentence_ok=False, exact=True)


# "$7.85 to $8.05, which at the midpoint represents growth of about 7%": a figure and what it
# implies.
_IMPLIES = re.compile(r"\s*,?\s*(?:which\s+)?(?:(?:at|to)\s+the\s+midpoint\s+)?(?:represent|impl|"
                      r"equat|amount)\w*\s+(?:[\w-]+\s+){0,4}?(?:of\s+)?(?:about\s+|around\s+|"
                      r"roughly\s+|nearly\s+|some\s+)?", re.IGNORECASE)


def implied_moved(q: Quantity, summary: Document, src: _Source, matches: list[int],
                  quantities: list[Quantity]):
    """ "core FFO of $7.85 to $8.05, representing growth of about 9% at the midpoint" where the
    source's range "represents growth of about 7%" (its 9% is the quarter's): what the figure
    implies is another one there."""
    return _linked(q, summary, src, matches, quantities, _IMPLIES, q_first=False,
                   own_sentence_ok=False)


# "net income of $412 million, or $2.87 per share", "1,800 jobs, or 9% of its workforce": a
# figure restated another way right after another.
_OR = re.compile(r",\s*or\s+(?:about\s+|around\s+|roughly\s+|nearly\s+|some\s+)?", re.IGNORECASE)


def restated_moved(q: Quantity, summary: Document, src: _Source, matches: list[int],
                   quantities: list[Quantity]):
    """ "net income rose to $412 million, or $3.05 per share" where the source's $412 million
    is "or $2.87 per share" and $3.05 is the adjusted figure: the figure restating the other is
    another one there."""
    return _linked(q, summary, src, matches, quantities, _OR, q_first=False,
                   own_sentence_ok=False, same_kind=True)


# "58.7%, up from 55.9% a year earlier", "EPS $3.11 vs. $2.85": a level and the earlier level it
# is compared with.
_VERSUS = re.compile(r"\s*,?\s*(?:(?:up|down|rising|falling|rose|fell)\s+from|compared\s+with|"
                     r"versus|vs\.?|against)\s+(?:about\s+|around\s+|roughly\s+)?", re.IGNORECASE)


# "dropped to $410 million from $1.05 billion", "fell to $410m in 2023 from $1.5bn": a new level
# and the old one.
_FROM = re.compile(r"(?:\s+(?:in|for)\s+(?:fiscal\s+)?(?:\d{4}|the\s+(?:[a-z-]+\s+){0,3}?"
                   r"(?:quarter|year|half|period)))?\s+from\s+(?:about\s+|around\s+|roughly\s+)?",
                   re.IGNORECASE)


def from_moved(q: Quantity, summary: Document, src: _Source, matches: list[int],
               quantities: list[Quantity]):
    """ "net income fell to $410 million from $655 million" where the source's $410 million came
    from $1.05 billion ($655 million is another figure there): the old level is another one."""
    return _linked(q, summary, src, matches, quantities, _FROM, q_first=False,
                   own_sentence_ok=False, same_kind=True, exact=True) \
        or _linked(q, summary, src, matches, quantities, _FROM, q_first=False,
                   own_sentence_ok=True, same_kind=True, exact=True,
                   src_link=_FROM_PREVIOUS, src_q_first=False)


# "expects profit of 21.5 billion yen for the year, down from its previous forecast of 31.0
# billion yen and below the 29.4 billion yen estimate": the old level named as such, so a
# summary's "from 29.4 billion yen" is the estimate moved, though it is in the same sentence.
_FROM_PREVIOUS = re.compile(r"[^.;]{0,60}?\bfrom\s+(?:its|their|the|a)\s+(?:previous|prior|earlier|"
                            r"old|original)\s+(?:forecast|guidance|outlook|estimate|target|view|"
                            r"projection)\s+(?:of\s+)?(?:about\s+|around\s+)?", re.IGNORECASE)


def compared_moved(q: Quantity, summary: Document, src: _Source, matches: list[int],
                   quantities: list[Quantity]):
    """ "gross margin of 57.5%, up from 55.9% a year earlier" where the source's 55.9% is the
    year-earlier level of 58.7% and 57.5% is the forecast: the level compared with that earlier
    one is another there."""
    return _linked(q, summary, src, matches, quantities, _VERSUS, q_first=True,
                   own_sentence_ok=False, same_kind=True, exact=True)


def base_moved(q: Quantity, summary: Document, src: _Source, matches: list[int],
               quantities: list[Quantity]):
    """ "an EBIT margin of 13.5-14.5%, compared with 14.2% in 2024" where the source compares
    that range with 13.8% (its 14.2% is another period's): the base is another there."""
    return _linked(q, summary, src, matches, quantities, _VERSUS, q_first=False,
                   own_sentence_ok=False, same_kind=True, exact=True)


def compared_end(q: Quantity, summary: Document, quantities: list[Quantity],
                 link: re.Pattern | None = None) -> int:
    """Where a finding on a level compared with an earlier one ends: past the earlier figure
    ("4.8%, down from 6.6%"), or with `link` TO_LEVEL past the level a move reached ("rose 24%
    to EUR92.4m"): the pair is what the source does not say. Else at `q`'s end."""
    figs = figures(summary, quantities)
    k = figs.last_ending_by(q.end) if figs.ordered else -1
    if 0 <= k < len(quantities) - 1 and quantities[k] is q \
            and (link or _VERSUS).fullmatch(summary.text, q.end, quantities[k + 1].start):
        return quantities[k + 1].end
    return q.end


def linked_rival(q: Quantity, summary: Document, src: _Source,
                 quantities: list[Quantity]) -> Quantity | None:
    """A figure the source does not give, stated beside a neighbour it does give once: "sales
    dropped 7% to EUR2.4 billion" where the source's 7% drop went to 2.04 billion euros, "fell 17%
    to 48,300" where 48,300 came with an 11% fall. The figure beside the neighbour there is the
    one the summary changed, whatever sum or difference of source figures happens to give it."""
    for link, q_first in ((_TO_LEVEL, False), (_TO_LEVEL, True), (_BESIDE, False), (_OR, False),
                          (_VERSUS, True), (_FROM, False)):
        o = _linked(q, summary, src, [], quantities, link, q_first=q_first,
                    own_sentence_ok=True, exact=True, rival=True,
                    same_kind=link in (_OR, _VERSUS, _FROM))
        if o is not None:
            return o
    return None


_BY = re.compile(r"\bby\s+(?:about\s+|around\s+|roughly\s+|some\s+|a\s+further\s+|another\s+)?$",
                 re.IGNORECASE)


def by_rival(q: Quantity, summary: Document, src: _Source,
             quantities: list[Quantity]) -> Quantity | None:
    """A move amount the source does not give, stated with the level it led to ("lowered its
    policy rate by 50 basis points to 5.00%") where the source's sentence with that level gives
    the move as another amount ("cut ... by 25 basis points, lowering the ... rate to 5.00%"):
    the summary changed it, whatever difference of two source rates happens to give it."""
    text = summary.text
    if q.kind != "number" or q.high is not None or not _BY.search(text, max(0, q.start - 24), q.start):
        return None
    figs = figures(summary, quantities)
    if not figs.ordered:
        return None
    k = figs.last_ending_by(q.end)
    if k < 0 or quantities[k] is not q or k + 1 >= len(quantities):
        return None
    p = quantities[k + 1]
    kq = _kind(q)
    if p.kind != "number" or not _TO_LEVEL.fullmatch(text, q.end, p.start):
        return None
    pm = sorted(set(_direct(p, src)))  # a range is found by each of its ends
    if len(pm) != 1:
        return None
    si = src.sentence_of[pm[0]]
    src_text = src.doc.text
    amounts = {src.quantities[i].value: src.quantities[i] for i in src.by_sentence.get(si, ())
               if i != pm[0] and _kind(src.quantities[i]) == kq and src.quantities[i].high is None
               and _BY.search(src_text, max(0, src.quantities[i].start - 24), src.quantities[i].start)}
    if len(amounts) != 1:
        return None
    return next(iter(amounts.values()))


def move_to_level_moved(q: Quantity, summary: Document, src: _Source, matches: list[int],
                        quantities: list[Quantity]):
    """ "order intake dropped 17% to 48,300 vehicles" where the source has "dropped 11% to
    48,300" (17% is European orders') or "was 48,300, down 11%": the move stated with the
    level is another one there."""
    base = _base(summary.text, q.end)
    if base is not None and any(_base(src.doc.text, src.quantities[i].end) == base
                                for i in matches):
        return None  # "up 11% YoY to $568M": the source's 11% is the year-on-year move too
    o = _linked(q, summary, src, matches, quantities, _TO_LEVEL, q_first=True,
                own_sentence_ok=True) or \
        _linked(q, summary, src, matches, quantities, _TO_LEVEL, q_first=True,
                own_sentence_ok=True, src_link=_BESIDE, src_q_first=False)
    if o is not None and any(
            0 < src.quantities[i].start - o.end <= _BOTH_MOVES
            and _AND_MOVE.match(src.doc.text, o.end, src.quantities[i].start) for i in matches):
        return None  # "$568 million, up 1% sequentially and 11% year over year": both its moves
    return o


_BOTH_MOVES = 40
_AND_MOVE = re.compile(r"[^.;:\d]*\band\s+$")


# NUM004, the thing a figure is of: "a 27% premium" where the source's premium is 31% and its 27%
# is a share jump. The word right after the figure (its head: premium, stake, discount, fine)
# follows another source figure of the same kind, and never the summary's figure.
_HEAD = re.compile(r"[ \u00a0-]+([a-z][a-z'\u2019]+)\b")
# Heads that say what a figure is (a premium is no discount, a fine no disgorgement); counted
# things ("133 tests", "70 stores") are NUM009's business.
_HEADS = frozenset(["premium", "discount", "stake", "holding", "margin", "yield", "coupon", "tariff",
                    "dividend", "payout", "fine", "penalty", "charge", "saving", "buyback",
                    "bonus", "fee", "tax", "levy", "subsidy", "rebate", "reserve",
                    "disgorgement", "writedown", "write-down", "impairment", "provision", "cost"])


# Words for the same thing: a penalty is a fine, a write-down an impairment.
_SAME = {"penalty": "fine", "write-down": "writedown", "impairment": "writedown"}
# Each thing's words: "fine" -> {"fine", "penalty"}.
_WORDS_FOR = {c: {c, *(w for w, x in _SAME.items() if x == c)} for c in set(_SAME.values())}


# Words that may stand between a figure and its head: "$12 million civil fine", "$36 million in
# disgorgement", "a 500 million euro share buyback".
_BEFORE_HEAD = frozenset(["in", "of", "civil", "criminal", "one-off", "annual", "special", "interim",
                          "final", "cash", "total", "regulatory", "restructuring", "share", "euro",
                          "dollar", "pound", "yen", "crown", "rupee"])


def _head(text: str, end: int) -> str | None:
    pos = end
    for _ in range(3):
        m = _HEAD.match(text, pos, min(len(text), pos + 40))
        if m is None:
            return None
        w = m.group(1)
        w = w[:-1] if w.endswith("s") and w[:-1] in _HEADS else w
        if w in _HEADS:
            return _SAME.get(w, w)
        if w not in _BEFORE_HEAD:
            return None
        pos = m.end()
    return None


def head_of(text: str, end: int) -> str:
    """The head word after a figure as written ("buyback" in "$300 million share buyback")."""
    return _head(text, end) or "figure"


def _heads(src: _Source) -> dict[str, list[int]]:
    """Head word -> source quantities it goes with, right after them ("a 31% premium") or right
    before ("a premium of 31%"), built once per source."""
    def build(_doc):
        out: dict[str, list[int]] = {}
        text = src.doc.text
        for k, o in enumerate(src.quantities):
            h = _head(text, o.end) or _head_before(text, o.start)
            if h is not None:
                out.setdefault(h, []).append(k)
        return out
    return src.doc.memo("numbers.heads", build)


def head_moved(q: Quantity, summary: Document, src: _Source, matches: list[int],
               quantities: list[Quantity]):
    """The source figure the summary's head word goes with, when q never has it there."""
    if q.kind != "number" or not matches or q.high is not None:
        return None
    head = _head(summary.text, q.end)
    if head is None:
        return None
    heads = _heads(src)
    mine = heads.get(head, ())
    if any(i in mine for i in matches):
        return None
    kq = _kind(q)
    others = [k for k in mine
              if _kind(src.quantities[k]) == kq and abs(src.quantities[k].value - q.value) > 1e-9]
    if not others:
        return None
    # The figure has another head of its own there ("$12 million in disgorgement"): the rival in
    # its own sentence, else the only one, is what the summary's words belong to.
    stext = src.doc.text
    own_head = any((_head(stext, src.quantities[i].end) or _head_before(stext, src.quantities[i].start))
                   not in (None, head) for i in matches)
    home = {src.sentence_of[i] for i in matches}
    near = [k for k in others if src.sentence_of[k] in home]
    if own_head and near:
        return src.quantities[near[0]] if len(near) == 1 else None
    if not own_head:
        # No head of its own: the figure's sentence may name the thing in other words ("fined
        # Norrvik 850 million crowns" for an "850 million crown penalty").
        words = _WORDS_FOR.get(head, {head})
        for i in matches:
            s0, s1 = src.doc.sentence_span(src.quantities[i].start)
            if any(re.search(rf"\b{re.escape(w)}", src.doc.lower[s0:s1]) for w in words):
                return None
    return src.quantities[others[0]] if len(others) == 1 else None


# A head word before its figure: "annual savings of 380 million euros", "costs of around 520
# million euros", "the premium was 31%".
_HEAD_BEFORE = re.compile(r"\b(?:([a-z][a-z'\u2019-]+)\s+(?:of|was|were|is|are|totall?ing|totall?ed|"
                          r"came\s+to|stood\s+at)|to\s+(cost))\s+(?:(?:about|around|roughly|nearly|almost|some|"
                          r"approximately|an\s+estimated|up\s+to)\s+)?\S{0,4}$", re.IGNORECASE)


def _head_before(text: str, start: int) -> str | None:
    m = _HEAD_BEFORE.search(text, max(0, start - 60), start)
    if m is None:
        return None
    w = (m.group(1) or m.group(2)).lower()  # "expected to cost 480 million euros": a cost
    w = w[:-1] if w.endswith("s") and w[:-1] in _HEADS else w
    return _SAME.get(w, w) if w in _HEADS else None


def head_of_before(text: str, start: int) -> str:
    """The head word before a figure ("savings" in "annual savings of 520 million euros")."""
    m = _HEAD_BEFORE.search(text, max(0, start - 60), start)
    return (m.group(1) or m.group(2)) if m else "figure"


def head_before_moved(q: Quantity, summary: Document, src: _Source, matches: list[int],
                      quantities: list[Quantity]):
    """The mirror of head_moved with the head word before the figure: "annual savings of 520
    million euros" where the source's 520 million euros are "restructuring costs of around 520
    million euros" and its savings are 380 million euros."""
    if q.kind != "number" or not matches or q.high is not None:
        return None
    head = _head_before(summary.text, q.start)
    if head is None:
        return None
    stext = src.doc.text
    own = [_head_before(stext, src.quantities[i].start) for i in matches]
    if any(h is None or h == head for h in own):
        return None  # every source copy has a head of its own, and another one
    heads = src.doc.memo("numbers.heads_before", lambda _d: [
        _head_before(stext, o.start) for o in src.quantities])
    kq = _kind(q)
    others = [k for k, h in enumerate(heads) if h == head and k not in matches
              and _kind(src.quantities[k]) == kq and abs(src.quantities[k].value - q.value) > 1e-9]
    return src.quantities[others[0]] if len(others) == 1 else None


_RANGE_JOIN = re.compile(r"\s*(?:to|-|\u2013|and)\s*", re.IGNORECASE)


def range_end_moved(q: Quantity, summary: Document, src: _Source, matches: list[int],
                    quantities: list[Quantity]):
    """A range with one end of another figure: "charges of $140 million to $210 million" where
    the source's charges are $140 million to $165 million and $210 million is the yearly saving.
    Returns the source range that one end belongs to, when no source range has both ends."""
    if q.high is None or q.kind != "number":
        return None
    low, high = replace(q, high=None), replace(q, value=q.high, high=None)
    lows, highs = _direct(low, src), _direct(high, src)
    ranges = [src.quantities[i] for i in set(lows) | set(highs) if src.quantities[i].high is not None]
    if not ranges or any(i in lows and i in highs for i in set(lows) & set(highs)
                         if src.quantities[i].high is not None):
        return None
    stext = src.doc.text
    if any(j == i + 1 and _RANGE_JOIN.fullmatch(stext, src.quantities[i].end, src.quantities[j].start)
           for i in lows for j in highs):
        return None  # "from 7% to 9%": the source states it as two figures joined
    for k in lows:
        r = src.quantities[k]
        if r.high is not None and k not in highs and any(
                src.quantities[j].high is None for j in highs):
            return r  # its low end is the summary's, its high end another's
    for k in highs:
        r = src.quantities[k]
        if r.high is not None and k not in lows and any(
                src.quantities[j].high is None for j in lows):
            return r
    # "23.6-24.2 cents" from "23.6 to 24.0 cents, down from 24.2 to 24.6": ends of two ranges
    for k in lows:
        r = src.quantities[k]
        if r.high is not None and abs(r.value - low.value) <= 1e-9 * max(1.0, abs(low.value)) \
                and any(j != k and src.quantities[j].high is not None for j in highs):
            return r
    return None


# Words that give a figure as a range's end or a bound ("the bottom of its range", "at least").
_END_WORDS = re.compile(r"\b(?:range|bottom|top|low|lower|high|higher|end|between|guid\w*|"
                        r"forecast\w*|target\w*|outlook|expect\w*|sees?|up\s+to|at\s+least|"
                        r"as\s+(?:much|little|many|few)|minimum|maximum|floor|ceiling)\b",
                        re.IGNORECASE)


def range_end_as_point(q: Quantity, summary: Document, src: _Source, matches: list[int],
                       quantities: list[Quantity]):
    """ "sold 40 million shares at $24 each" where $24 is only the bottom of the source's
    marketed range of $24 to $27 (the shares priced at $27): an end of a range given as a
    figure of its own. Returns the source range."""
    if q.kind != "number" or q.high is not None or q.approx or not matches:
        return None
    if any(src.quantities[i].high is None or src.quantities[i].unit != q.unit for i in matches):
        return None
    s0, s1 = summary.sentence_span(q.start)
    r = src.quantities[matches[0]]
    other = r.high if abs(r.value - q.value) <= abs(r.high - q.value) else r.value
    near = figures(summary, quantities).between(max(s0, q.start - 120), min(s1, q.end + 120))
    if any(o is not q and abs(o.value - other) <= 1e-9 * max(1.0, other) for o in near):
        return None  # "down from $4.50 to $4.80": the summary gives both ends
    c0 = clause_start(summary, _CLAUSE_CUT, s0, q.start)
    cut = _CLAUSE_CUT.search(summary.text, q.end, s1)
    if _END_WORDS.search(summary.text, max(c0, q.start - 60), cut.start() if cut else s1):
        return None  # the clause says it is an end or a bound
    return r
