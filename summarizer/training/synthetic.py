"""Synthetic claims with exact labels, built from source sentences (FactCC's recipe, with
financial knowledge from finsum's own parsers).

From one source sentence:
  supported   the sentence; a shortened form (a trailing clause or a parenthesis dropped); the
              same sentence with a figure written another way ("3.60%" -> "3.6 per cent",
              "$2.35 billion" -> "about $2.4 billion", "25 basis points" -> "a quarter point").
  unsupported a figure swapped for another figure of the same article or changed (digits,
              scale, currency, unit); a date shifted (weekday, month, quarter, year); a name
              swapped for another name of the article, or two names of the sentence swapped
              (acquirer/target); a direction flipped (rose/fell, beat/missed, raised/cut...);
              a negation added; an invented clause taken from another article and attached with
              a connective ("..., as investors bet on ...", "..., after ...") - invented context
              that names no new figure.

Every generator returns None when the sentence offers nothing to perturb, so labels stay exact:
an unsupported claim always differs from its sentence by a change that the article does not
state elsewhere (figures, names and dates are checked against the whole article)."""

from __future__ import annotations

import functools
import random
import re

from ..parsing.dates import parse_dates
from ..parsing.names import parse_names
from ..parsing.quantities import parse_quantities

# ---- direction flips ---------------------------------------------------------------------------

_PAIRS = [
    ("rose", "fell"), ("rise", "fall"), ("rises", "falls"), ("rising", "falling"),
    ("increased", "decreased"), ("increase", "decrease"), ("increases", "decreases"),
    ("gained", "lost"), ("climbed", "declined"), ("jumped", "slumped"), ("surged", "plunged"),
    ("soared", "tumbled"), ("grew", "shrank"), ("higher", "lower"), ("up", "down"),
    ("above", "below"), ("more", "fewer"), ("beat", "missed"), ("beats", "misses"),
    ("exceeded", "fell short of"), ("raised", "cut"), ("raises", "cuts"), ("boosted", "reduced"),
    ("expanded", "contracted"), ("strengthened", "weakened"), ("improved", "worsened"),
    ("approved", "rejected"), ("accepted", "rejected"), ("won", "lost"), ("bought", "sold"),
    ("buy", "sell"), ("buyers", "sellers"), ("profit", "loss"), ("surplus", "deficit"),
    ("upgraded", "downgraded"), ("hired", "laid off"), ("opened", "closed"), ("gains", "losses"),
    ("strong", "weak"), ("stronger", "weaker"), ("highest", "lowest"), ("largest", "smallest"),
    ("before", "after"), ("record high", "record low"), ("outperformed", "underperformed"),
    ("welcomed", "criticised"), ("supported", "opposed"), ("allowed", "banned"),
    ("increasing", "decreasing"), ("optimistic", "pessimistic"), ("positive", "negative"),
]
# A status kept is not a status changed ("reaffirmed its outlook" vs "raised its outlook"): these
# flip one way only (the changed word does not say which status the article gave).
_STATUS = {
    "reaffirmed": "raised", "reiterated": "lowered", "maintained": "raised", "kept": "cut",
    "unchanged": "higher", "held steady": "rose", "in line with": "above", "flat": "up",
    "stable": "lower", "confirmed": "raised",
}
FLIPS = {a: b for a, b in _PAIRS} | {b: a for a, b in _PAIRS} | _STATUS
_FLIP_RX = re.compile(r"\b(" + "|".join(sorted(map(re.escape, FLIPS), key=len, reverse=True)) + r")\b")

_NEGATABLE = re.compile(r"\b(is|are|was|were|will|would|has|have|had|can|could|should|did|does|do)\b(?! not\b| n't\b)")

# Connectives that attach invented context to a faithful main clause.
CONNECTIVES = ("as", "after", "amid", "because", "following", "while", "since", "due to", "driven by",
               "prompting", "despite", "which", "in a move that", "reflecting", "partly because")
CONNECTIVE_WORDS = frozenset(w for c in CONNECTIVES for w in c.split())
_CLAUSE_START = re.compile(
    r"\b(as|after|amid|because|following|while|since|due to|driven by|despite|which|"
    r"prompting|sending|citing|amid|thanks to|fuelled by|fueled by|on hopes|on fears|on concerns)\b"
)

WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December"]
QUARTERS = ["first", "second", "third", "fourth"]
SCALES = {"million": "billion", "billion": "million", "thousand": "million", "trillion": "billion",
          "mln": "bln", "bln": "mln", "m": "bn", "bn": "m"}
CURRENCIES = [("$", "€"), ("$", "£"), ("€", "$"), ("£", "$"), ("dollars", "euros"),
              ("euros", "dollars"), ("pounds", "dollars"), ("yen", "dollars"), ("U.S.", "Canadian")]
UNITS = [("percentage points", "basis points"), ("basis points", "percentage points"),
         ("percent", "percentage points"), ("per cent", "percentage points")]

_NUM = re.compile(r"\d[\d,]*(?:\.\d+)?")


def _replace(text: str, start: int, end: int, new: str) -> str:
    return text[:start] + new + text[end:]


# ---- unsupported claims ------------------------------------------------------------------------

def swap_figure(sent: str, article: str, rng: random.Random) -> str | None:
    """A figure of the sentence replaced by another figure of the article (same kind), or by a
    changed copy of itself (another digit, scale, currency or unit)."""
    qs = [q for q in parse_quantities(sent) if _NUM.search(q.text)]
    if not qs:
        return None
    q = rng.choice(qs)
    others = [o for o in parse_quantities(article)
              if _NUM.search(o.text) and o.kind == q.kind and abs(o.value - q.value) > 1e-9
              and o.text.strip() != q.text.strip()]
    article_numbers = set(_NUM.findall(article))
    mode = rng.random()
    if others and mode < 0.45:
        o = rng.choice(others)
        return _replace(sent, q.start, q.end, o.text)
    text = q.text
    if mode < 0.65:
        for a, b in SCALES.items():
            m = re.search(rf"\b{re.escape(a)}\b", text)
            if m:
                return _replace(sent, q.start, q.end, _replace(text, m.start(), m.end(), b))
    if mode < 0.8:
        for a, b in CURRENCIES + UNITS:
            i = text.find(a) if a in text else sent.find(a, q.start, min(len(sent), q.end + 25))
            if a in text:
                return _replace(sent, q.start, q.end, text.replace(a, b, 1))
            if i >= 0:
                return _replace(sent, i, i + len(a), b)
    m = _NUM.search(text)
    digits = m.group()
    for _ in range(6):
        pos = [i for i, c in enumerate(digits) if c.isdigit()]
        i = rng.choice(pos)
        new_digit = str((int(digits[i]) + rng.randint(1, 8)) % 10)
        if i == 0 and new_digit == "0":
            continue
        new = digits[:i] + new_digit + digits[i + 1 :]
        if new not in article_numbers:
            return _replace(sent, q.start + m.start(), q.start + m.end(), new)
    return None


def shift_date(sent: str, article: str, rng: random.Random) -> str | None:
    """A weekday, month, quarter or year of the sentence changed to one the article does not give."""
    ds = parse_dates(sent)
    rng.shuffle(ds)
    for d in ds:
        piece = d.text
        for names in (WEEKDAYS, MONTHS):
            for name in names:
                if re.search(rf"\b{name}\b", piece):
                    choices = [n for n in names if n != name and n not in article]
                    if choices:
                        new = piece.replace(name, rng.choice(choices), 1)
                        return _replace(sent, d.start, d.end, new)
        for q in QUARTERS:
            if re.search(rf"\b{q}\b", piece, re.I) and "quarter" in piece.lower():
                choices = [x for x in QUARTERS if x != q.lower()]
                new = re.sub(rf"\b{q}\b", rng.choice(choices), piece, count=1, flags=re.I)
                return _replace(sent, d.start, d.end, new)
        m = re.search(r"\b(19[5-9]\d|20\d\d)\b", piece)
        if m:
            year = int(m.group()) + rng.choice((-2, -1, 1, 2))
            if str(year) not in article:
                return _replace(sent, d.start + m.start(), d.start + m.end(), str(year))
    return None


def _names(text: str):
    return [n for n in parse_names(text) if n.kind == "name" and len(n.text) > 2]


def swap_name(sent: str, article: str, rng: random.Random) -> str | None:
    """Two names of the sentence swapped (who did what to whom), or a name replaced by another
    name of the article of the same shape (person for person)."""
    mine = _names(sent)
    if not mine:
        return None
    if len(mine) >= 2 and rng.random() < 0.4:
        a, b = rng.sample(mine, 2)
        if a.text != b.text and a.text not in b.text and b.text not in a.text:
            first, second = sorted((a, b), key=lambda n: n.start)
            return (sent[: first.start] + second.text + sent[first.end : second.start]
                    + first.text + sent[second.end :])
    target = rng.choice(mine)
    pool = {n.text for n in _names(article)
            if n.is_person_like == target.is_person_like and n.text not in sent
            and not set(n.tokens) & set(target.tokens)}
    if not pool:
        return None
    return _replace(sent, target.start, target.end, rng.choice(sorted(pool)))


def flip_direction(sent: str, article: str, rng: random.Random) -> str | None:
    """One polar word flipped (rose -> fell, beat -> missed, raised -> cut...)."""
    ms = list(_FLIP_RX.finditer(sent))
    if not ms:
        return None
    m = rng.choice(ms)
    word = m.group()
    return _replace(sent, m.start(), m.end(), FLIPS[word])


def negate(sent: str, article: str, rng: random.Random) -> str | None:
    """'not' after the first auxiliary verb ("will" -> "will not")."""
    m = _NEGATABLE.search(sent)
    if not m:
        return None
    return _replace(sent, m.end(), m.end(), " not")


def invented_clause(sent: str, clause: str, rng: random.Random) -> str | None:
    """The sentence with an adjunct clause from another article attached at its end."""
    body = sent.rstrip().rstrip(".!?").rstrip()
    if len(body.split()) < 5 or not clause:
        return None
    return f"{body}, {clause}."


def clause_bank(sentences: list[str]) -> list[str]:
    """Adjunct clauses ("as investors bet on ...", "after the company ...") found in sentences,
    for `invented_clause`: 4-18 words, from the connective to the next clause boundary."""
    out = []
    for s in sentences:
        for m in _CLAUSE_START.finditer(s):
            if m.start() == 0:
                continue
            rest = s[m.start():]
            cut = re.search(r"[,;:.!?\"\u201d()]", rest)
            clause = rest[: cut.start()] if cut else rest
            n = len(clause.split())
            if 4 <= n <= 18 and not clause[0].isupper():
                out.append(clause.strip())
    return out


@functools.lru_cache(maxsize=100_000)
def _clause_words(clause: str) -> frozenset[str]:
    return frozenset(re.findall(r"[a-z]{4,}", clause.lower())) - CONNECTIVE_WORDS


def on_topic(clauses: list[str], article: str, k: int = 3) -> list[str]:
    """The `k` foreign clauses closest to the article's subject (most shared words) that still
    bring at least two words the article lacks: invented context that reads as if it belonged
    ("..., as tariffs raised lumber costs" under a housing story), not an obvious non sequitur."""
    words = set(re.findall(r"[a-z]{3,}", article.lower()))
    scored = []
    for c in clauses:
        cw = _clause_words(c)
        if len(cw - words) >= 2:
            scored.append((-len(cw & words), c))
    scored.sort()
    return [c for _, c in scored[:k]]


def unsupported_claim(sent: str, article: str, clauses: list[str], rng: random.Random) -> tuple[str, str] | None:
    """(kind, claim) of one randomly chosen perturbation that applies, or None."""
    gens = [("number", swap_figure, 3), ("date", shift_date, 1), ("entity", swap_name, 2),
            ("direction", flip_direction, 2), ("negation", negate, 1), ("invented", None, 4)]
    weights = [w for _, _, w in gens]
    for _ in range(4):
        kind, fn, _ = rng.choices(gens, weights)[0]
        if fn is None:
            claim = invented_clause(sent, rng.choice(clauses) if clauses else "", rng)
        else:
            claim = fn(sent, article, rng)
        if claim and claim != sent:
            return kind, claim
    return None


# ---- supported claims --------------------------------------------------------------------------

_PCT = re.compile(r"(\d+(?:\.\d+)?)\s?(%|percent\b|per cent\b)")
_BP = re.compile(r"\b25 basis points\b|\b50 basis points\b|\b25 bp\b|\b50 bp\b")
_BIG = re.compile(r"([$€£])(\d+(?:\.\d+)?) (billion|million)")


def reword_figure(sent: str, rng: random.Random) -> str | None:
    """The same figure written another way: % <-> per cent with trailing zeros dropped, a quarter
    point for 25 basis points, a rounded amount with "about", "$1.2 billion" -> "$1.2bn"."""
    m = _PCT.search(sent)
    if m:
        num = m.group(1)
        if "." in num:
            num = num.rstrip("0").rstrip(".")
        unit = rng.choice(["%", " percent", " per cent"])
        return _replace(sent, m.start(), m.end(), num + unit)
    m = _BP.search(sent)
    if m:
        new = "a quarter point" if m.group().startswith("25") else "half a percentage point"
        return _replace(sent, m.start(), m.end(), new)
    m = _BIG.search(sent)
    if m:
        sym, num, scale = m.groups()
        if "." in num and len(num.split(".")[1]) >= 2 and rng.random() < 0.5:
            rounded = f"{float(num):.1f}"
            return _replace(sent, m.start(), m.end(), f"about {sym}{rounded} {scale}")
        return _replace(sent, m.start(), m.end(), f"{sym}{num}{'bn' if scale == 'billion' else 'm'}")
    return None


def shorten(sent: str, rng: random.Random) -> str | None:
    """A trailing clause or a parenthesis dropped (what remains is still stated)."""
    no_paren = re.sub(r"\s*\([^()]{1,80}\)", "", sent)
    if no_paren != sent and rng.random() < 0.5:
        return no_paren
    parts = [m.start() for m in re.finditer(r",\s", sent)]
    parts = [p for p in parts if len(sent[:p].split()) >= 6]
    if not parts:
        return None
    cut = rng.choice(parts)
    return sent[:cut].rstrip() + "."


_SAYS = r"(?:said|says|told [A-Za-z]+|added|noted|wrote|announced)"
_DAY = r"(?:\s+(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|yesterday|today))?"
_ATTRIB_TAIL = re.compile(
    r",\s*(?:he|she|they|it|the [a-z]+|[A-Z][\w.&'-]*(?:\s+[A-Z][\w.&'-]*){0,3})\s+" + _SAYS + _DAY
    + r"\s*\.$"
)
_ATTRIB_HEAD = re.compile(
    r"^(?:The [a-z]+|[A-Z][\w.&'-]*(?:\s+[A-Z][\w.&'-]*){0,3})\s+(?:said|says)" + _DAY + r"(?:\s+that)?\s+(?=[A-Za-z])"
)


def drop_attribution(sent: str) -> str | None:
    """Who said it dropped ("Sales rose 5%, the company said on Tuesday." -> "Sales rose 5%."):
    summaries state reported facts without their attribution. Quotes are left alone."""
    if any(q in sent for q in "\"\u201c\u201d"):
        return None
    m = _ATTRIB_TAIL.search(sent)
    if m:
        out = sent[: m.start()].rstrip() + "."
    else:
        m = _ATTRIB_HEAD.match(sent)
        if not m:
            return None
        rest = sent[m.end():]
        out = rest[0].upper() + rest[1:]
    return out if len(out.split()) >= 6 else None


_STARTERS = frozenset(
    "the a an it its he she they their this that these those but and in on at for last shares "
    "analysts investors officials there".split()
)
JOINS = (", while ", "; ", ", and ")


def fuse(first: str, second: str, rng: random.Random) -> str:
    """Two sentences of the article as one claim ("A rose 5%, while B fell 2%."): summaries fuse
    facts from different parts of their source."""
    body = first.rstrip().rstrip(".!?").rstrip()
    head, _, rest = second.strip().partition(" ")
    if head.lower() in _STARTERS and head[:1].isupper():
        head = head.lower()
    join = rng.choice(JOINS)
    return f"{body}{join}{head} {rest}".rstrip()


def supported_claim(sent: str, rng: random.Random) -> tuple[str, str]:
    """(kind, claim): a reworded figure, a shortened sentence, the sentence without its
    attribution, or the sentence itself."""
    r = rng.random()
    if r < 0.15:
        claim = drop_attribution(sent)
        if claim:
            return "unattributed", claim
    if r < 0.35:
        claim = reword_figure(sent, rng)
        if claim:
            return "reworded", claim
    if r < 0.75:
        claim = shorten(sent, rng)
        if claim:
            return "shortened", claim
    return "copy", sent
