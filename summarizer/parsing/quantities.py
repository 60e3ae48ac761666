"""Quantities in financial news: every amount, percentage, rate move, count and multiple with its
character span, normalised so that "€612m" and "612 million euros" compare equal.

`parse_quantities(text)` makes one left-to-right pass of one compiled regex (plus a short
look-behind for hedges and date guards at each hit), so it is linear in the length of the text.

Normalisation:
- `value` is absolute: "$3.2bn" -> 3.2e9, "64 cents" -> 0.64 (currency USD), "25bp" -> 25 (unit bp).
- `unit` is one of "percent", "pp", "bp", "currency", "count", None (a bare number), "points"
  (index points), "fraction" (half, two-thirds: value 0.5, 0.667), "times" (doubled, three times)
  or a measurement unit ("tonnes", "mcm", "MWh", "years", "days", ...).
- `currency` is an ISO-ish code ("USD", "EUR", "CAD", ...); `symbol` keeps what the text used,
  so a bare "$" can be told from an explicit "US$".
- `high` is the upper end of a range ("$1.6-1.8 billion", "between 35 and 37 dollars").
- `hedge` is "approx", "min" (more than, over), "max" (less than, almost, up to) or None;
  `approx` is True when any hedge applies. `peak` marks "as much as" / "up to" figures.
- `kind`: "number" (digits), "word" (two, twenty), "ordinal" (third, 14th), "fraction",
  "multiple" (doubled, three times) or "tally" (a "6-3 vote": not a range).

Not quantities: years (2026, fiscal 2026), days next to a month (Nov. 21, 21 October), quarters and
halves (Q3, H1, 3Q), times of day (10:30, 3 p.m.), tickers and codes (A320, 5G).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

# --------------------------------------------------------------------------- vocabularies

SCALES = {
    "thousand": 1e3, "k": 1e3, "million": 1e6, "mn": 1e6, "mln": 1e6, "m": 1e6,
    "billion": 1e9, "bn": 1e9, "b": 1e9, "bln": 1e9, "trillion": 1e12, "tn": 1e12, "trn": 1e12,
    "crore": 1e7, "lakh": 1e5, "hundred": 1e2,
}

SMALL = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
    "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
}
TENS = {
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
    "eighty": 80, "ninety": 90,
}
ORDINALS = {
    "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8, "ninth": 9,
    "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13, "fourteenth": 14,
    "fifteenth": 15, "sixteenth": 16, "seventeenth": 17, "eighteenth": 18, "nineteenth": 19,
    "twentieth": 20, "thirtieth": 30, "fortieth": 40, "fiftieth": 50,
}
UNIT_ORDINALS = {"first": 1, "second": 2, **{k: v for k, v in ORDINALS.items() if v < 10}}
DENOMINATORS = {"half": 2, "halves": 2, "third": 3, "thirds": 3, "quarter": 4, "quarters": 4,
                "fifth": 5, "fifths": 5}
MULTIPLE_WORDS = {"doubled": 2, "doubling": 2, "double": 2, "twice": 2, "tripled": 3,
                  "tripling": 3, "triple": 3, "trebled": 3, "quadrupled": 4, "halved": 0.5,
                  "halving": 0.5}

# Currency symbols written before a number: (code, bare). A bare symbol ("$", "¥") may stand for
# a sibling currency in the article's own usage (an Australian story's "$").
PREFIX_CURRENCY = {
    "us$": "USD", "u.s.$": "USD", "usd": "USD", "$": "USD", "c$": "CAD", "ca$": "CAD",
    "can$": "CAD", "cad": "CAD", "a$": "AUD", "au$": "AUD", "aud": "AUD", "nz$": "NZD",
    "nzd": "NZD", "s$": "SGD", "sg$": "SGD", "sgd": "SGD", "hk$": "HKD", "hkd": "HKD",
    "nt$": "TWD", "r$": "BRL", "#": "GBP", "€": "EUR", "eur": "EUR", "£": "GBP", "gbp": "GBP",
    "¥": "JPY", "jpy": "JPY", "cny": "CNY", "rmb": "CNY", "₹": "INR", "rs": "INR",
    "rs.": "INR", "inr": "INR", "₩": "KRW", "krw": "KRW", "chf": "CHF", "nok": "NOK",
    "sek": "SEK", "dkk": "DKK", "zar": "ZAR", "brl": "BRL", "mxn": "MXN",
}
BARE_SYMBOLS = {"$", "¥"}
DOLLAR_FAMILY = {"USD", "CAD", "AUD", "NZD", "SGD", "HKD", "TWD"}

_QUALIFIED = {
    "u.s.": "USD", "us": "USD", "american": "USD", "canadian": "CAD", "australian": "AUD",
    "singapore": "SGD", "hong kong": "HKD", "new zealand": "NZD", "taiwan": "TWD",
    "swiss": "CHF", "norwegian": "NOK", "swedish": "SEK", "danish": "DKK",
}
SUFFIX_CURRENCY = {
    "euro": "EUR", "euros": "EUR", "dollar": "USD", "dollars": "USD", "pound": "GBP",
    "pounds": "GBP", "sterling": "GBP", "yen": "JPY", "yuan": "CNY", "renminbi": "CNY",
    "franc": "CHF", "francs": "CHF", "kroner": "NOK", "krone": "NOK", "krona": "SEK",
    "kronor": "SEK", "crowns": "NOK", "rupee": "INR", "rupees": "INR", "won": "KRW",
    "rand": "ZAR", "ringgit": "MYR", "baht": "THB", "rupiah": "IDR", "peso": "MXN",
    "pesos": "MXN", "reais": "BRL", "riyal": "SAR", "riyals": "SAR", "dirham": "AED",
    "dirhams": "AED", "lira": "TRY", "usd": "USD", "eur": "EUR", "gbp": "GBP", "jpy": "JPY",
    "chf": "CHF", "cad": "CAD", "aud": "AUD", "sgd": "SGD", "hkd": "HKD", "cny": "CNY",
    "inr": "INR", "nok": "NOK", "sek": "SEK", "dkk": "DKK",
}
# Measurement units after a number -> (unit, factor into that unit).
MEASURES = {
    "tonnes": ("tonnes", 1), "tonne": ("tonnes", 1), "tons": ("tonnes", 1), "ton": ("tonnes", 1),
    "metric tons": ("tonnes", 1), "mt": ("tonnes", 1), "barrels": ("barrels", 1),
    "barrel": ("barrels", 1), "bpd": ("barrels", 1), "b/d": ("barrels", 1),
    "ounces": ("ounces", 1), "ounce": ("ounces", 1), "oz": ("ounces", 1),
    "mcm": ("mcm", 1), "bcm": ("mcm", 1e3), "cubic metres": ("mcm", 1e-6),
    "cubic meters": ("mcm", 1e-6), "mwh": ("MWh", 1), "megawatt hours": ("MWh", 1),
    "megawatt hour": ("MWh", 1), "megawatt-hours": ("MWh", 1), "gwh": ("MWh", 1e3),
    "twh": ("MWh", 1e6), "kwh": ("MWh", 1e-3), "mw": ("MW", 1), "megawatts": ("MW", 1),
    "gw": ("MW", 1e3), "gigawatts": ("MW", 1e3), "therms": ("therms", 1),
    "years": ("years", 1), "year": ("years", 1), "months": ("months", 1), "month": ("months", 1),
    "weeks": ("weeks", 1), "week": ("weeks", 1), "days": ("days", 1), "day": ("days", 1),
    "hours": ("hours", 1), "hour": ("hours", 1), "shares": ("shares", 1), "share": ("shares", 1),
    "passengers": ("passengers", 1), "passenger": ("passengers", 1),
    "times": ("times", 1), "fold": ("times", 1), "x": ("times", 1),
}

_MONTH = (r"jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|"
          r"sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?")

# --------------------------------------------------------------------------- the regex

_SMALL_W = "|".join(sorted(SMALL, key=len, reverse=True))
_TENS_W = "|".join(TENS)
_ORD_W = "|".join(sorted(ORDINALS, key=len, reverse=True))
_UNIT_ORD_W = "|".join(sorted(UNIT_ORDINALS, key=len, reverse=True))
_WORDNUM = rf"(?:(?:{_TENS_W})(?:[-\s](?:{_SMALL_W}))?|{_SMALL_W}|a\s+dozen|dozen)"
_PREFIX = (r"(?:US\s?\$|U\.S\.\s?\$|C\$|CA\$|Can\$|A\$|AU\$|NZ\$|S\$|SG\$|HK\$|NT\$|R\$|\$|€|£|¥|"
           r"₹|₩|#(?=\s\d))\s?|Rs\.?\s?|(?:USD|EUR|GBP|JPY|CAD|AUD|SGD|HKD|CHF|CNY|RMB|INR|NOK|SEK|DKK|NZD|"
           r"KRW|BRL|ZAR|MXN)\s?")
_SCALE = (r"(?:\s?(?:trillion|billion|million|thousand|hundred|crore|lakh|tn|trn|bn|bln|mn|mln)"
          r"|(?:m|b|k))(?![a-z])")
_QUAL = r"(?:(?:U\.S\.|US|American|Canadian|Australian|Singapore|Hong\s+Kong|New\s+Zealand|" \
        r"Taiwan|Swiss|Norwegian|Swedish|Danish|euro)\s+)?"
_CUR_WORDS = "|".join(sorted(SUFFIX_CURRENCY, key=len, reverse=True))
_MEASURE_WORDS = "|".join(re.escape(w) for w in sorted(MEASURES, key=len, reverse=True))
_UNIT = (
    r"(?P<pct>\s?%|\s?per[\s-]?cent\b|\s?pct\b)"
    r"|\s?(?P<pp>percentage[\s-]points?|pp|ppts?)\b"
    r"|\s?(?P<bp>basis[\s-]points?|bps?)\b"
    r"|\s(?P<points>points?|pts)\b"
    rf"|[\s-]?(?P<minor>{_QUAL}(?:cents?|pence|p)(?=\W|$))"
    rf"|[\s-]?(?P<curword>{_QUAL}(?:{_CUR_WORDS}))\b"
    rf"|[\s-]?(?P<measure>{_MEASURE_WORDS})(?=\W|$)"
)

_QTY = re.compile(
    r"(?<![^\W_])(?:(?P<special>"
    r"(?P<halfpt>half(?:\s+a|-a)?[\s-](?:percentage[\s-])?point)"
    r"|(?P<qpt>(?:a\s+)?quarter(?:\s+of\s+a)?[\s-](?:percentage[\s-])?point)"
    rf"|(?P<andhalf>(?P<ahnum>\d+|{_WORDNUM})\s+and\s+a\s+half)"
    rf"|(?P<frac>(?P<fnum>a|one|two|three|four)[\s-](?P<fden>halves|half|thirds?|quarters?|fifths?))"
    r"|(?P<half>half)"
    rf"|(?P<ord>\d+(?:st|nd|rd|th)|{_ORD_W}|(?:{_TENS_W})-(?:{_UNIT_ORD_W}))"
    r"|(?P<mult>(?:doubled|doubling|tripled|tripling|trebled|quadrupled|halved|halving)"
    r"|(?:double|triple|twice)(?=\s+(?:the|as|its|their|that|what)\b))"
    r")(?![\w-])"
    r"|"
    rf"(?P<cur>{_PREFIX})?(?P<neg>(?<![\w%)])[-−](?=\d))?"
    rf"(?P<num>\d{{1,3}}(?:,\d{{3}}|,\s000(?!\d))+(?:\.\d+)?|\d+(?:\.\d+)?|(?P<word>{_WORDNUM}))"
    rf"(?P<scale>{_SCALE})?"
    rf"(?P<unit>{_UNIT})?"
    r"(?![\w]))",
    re.IGNORECASE,
)
# A match may not start inside a word, a decimal, a code or a time ("A320", "10:30", "1/2").
_BAD_BEFORE = set(".,/:_") | {"-"}

_HEDGE = re.compile(
    r"(?P<h>about|around|roughly|some|nearly|almost|approximately|approx\.?|circa|c\.|~|"
    r"just\s+(?:under|over|below|above|shy\s+of)|more\s+than|less\s+than|fewer\s+than|over|"
    r"under|above|below|up\s+to|as\s+(?:much|many|high|low|little)\s+as|at\s+least|at\s+most|"
    r"close\s+to|an\s+estimated|estimated|upwards\s+of|in\s+excess\s+of|north\s+of|"
    r"between)\s*$",
    re.IGNORECASE,
)
_HEDGE_KIND = {
    "about": "approx", "around": "approx", "roughly": "approx", "some": "approx",
    "approximately": "approx", "approx": "approx", "approx.": "approx", "circa": "approx",
    "c.": "approx", "~": "approx", "close to": "approx", "an estimated": "approx",
    "estimated": "approx", "nearly": "max", "almost": "max", "just under": "max",
    "just below": "max", "just shy of": "max", "less than": "max", "fewer than": "max",
    "under": "max", "below": "max", "up to": "max", "at most": "max", "as much as": "max",
    "as many as": "max", "as high as": "max", "as little as": "min", "as low as": "min",
    "more than": "min", "over": "min", "above": "min", "just over": "min", "just above": "min",
    "at least": "min", "upwards of": "min", "in excess of": "min", "north of": "min",
}
_MONTH_BEFORE = re.compile(rf"\b(?:{_MONTH})\.?,?\s*$", re.IGNORECASE)
_MONTH_AFTER = re.compile(rf"^(?:st|nd|rd|th)?\s*(?:of\s+)?(?:{_MONTH})\b", re.IGNORECASE)
_TIME_AFTER = re.compile(
    r"^(?::\d|\s?(?:a\.m\.|p\.m\.|am\b|pm\b|gmt\b|bst\b|cet\b|utc\b|edt\b|est\b|et\b|hkt\b|"
    r"sgt\b|jst\b|local\s+time))",
    re.IGNORECASE,
)
_YEAR_BEFORE = re.compile(r"(?:19|20)\d\d\s?[-/–]\s?$")
_PERIOD_AFTER = re.compile(r"^[\s-]*(?:quarter|half|century|quarterly)\b", re.IGNORECASE)
_PERIOD_BEFORE = re.compile(r"\b(?:first|second|1st|2nd|latter|back|front|the\s+other)[\s-]*$",
                            re.IGNORECASE)
_HALF_AFTER = re.compile(r"^[\s-]*(?:year|yearly|time|hour|an\s+hour|century|decade)\b",
                         re.IGNORECASE)
_TALLY_CONTEXT = re.compile(r"vote|voted|voting|split|decision|majority|ruling", re.IGNORECASE)
_RANGE_SEP = re.compile(r"^\s*(?:-|–|—|to|and)\s*$", re.IGNORECASE)
_FROM_BEFORE = re.compile(r"\bfrom\s+$", re.IGNORECASE)


@dataclass(frozen=True)
class Quantity:
    start: int
    end: int
    text: str
    value: float
    high: float | None = None
    unit: str | None = None
    currency: str | None = None
    approx: bool = False
    kind: str = "number"
    hedge: str | None = None
    symbol: str | None = None
    precision: float = 0.5  # half the last stated digit, in the units of `value`
    peak: bool = False

    @property
    def values(self) -> tuple[float, ...]:
        return (self.value,) if self.high is None else (self.value, self.high)


# --------------------------------------------------------------------------- helpers


def word_value(w: str) -> float:
    """Value of a number word: "twenty-five" -> 25, "a dozen" -> 12."""
    w = re.sub(r"\s+", " ", w.lower()).replace("-", " ")
    if w in ("dozen", "a dozen"):
        return 12.0
    parts = w.split()
    total = 0
    for p in parts:
        total += TENS.get(p, 0) + SMALL.get(p, 0)
    return float(total)


def _ordinal_value(w: str) -> float:
    w = w.lower()
    m = re.match(r"\d+", w)
    if m:
        return float(m.group())
    if "-" in w:
        tens, unit = w.split("-", 1)
        return float(TENS.get(tens, 0) + UNIT_ORDINALS.get(unit, 0))
    return float(ORDINALS[w])


def _number_value(s: str) -> tuple[float, int]:
    """Value and number of decimals of "1,234.50" -> (1234.5, 2)."""
    s = s.replace(",", "").replace(" ", "")
    dec = len(s.split(".", 1)[1]) if "." in s else 0
    return float(s), dec


def _scale_factor(scale: str | None) -> float:
    if not scale:
        return 1.0
    return SCALES.get(scale.strip().lower(), 1.0)


def _currency_from_word(word: str) -> tuple[str, str]:
    """("Canadian dollars") -> ("CAD", "canadian dollars")."""
    w = re.sub(r"\s+", " ", word.strip().lower())
    for qual, code in _QUALIFIED.items():
        if w.startswith(qual + " "):
            rest = w[len(qual) + 1:]
            if rest.startswith("dollar") or rest.startswith("franc") or rest.startswith(
                "kron"
            ) or rest.startswith("crown") or rest.startswith("cent"):
                return code, w
    if w.startswith("euro "):
        return "EUR", w
    return SUFFIX_CURRENCY.get(w.split()[-1], "USD"), w


_HEDGE_ENDINGS = tuple(sorted(_HEDGE_KIND, key=len, reverse=True))
_PEAKS = ("as much as", "as high as", "up to", "as many as")


def _hedge_before(text: str, start: int) -> tuple[str | None, bool]:
    """The hedge right before a number ("about", "more than", "just under", "~")."""
    seg = text[max(0, start - 22):start].lower()
    seg = " ".join(seg.split()) if "  " in seg or "\n" in seg else seg.rstrip()
    seg = seg.rstrip()
    if not seg.endswith(_HEDGE_ENDINGS):
        return None, False
    for h in _HEDGE_ENDINGS:
        if seg.endswith(h):
            k = len(seg) - len(h)
            if h != "~" and k > 0 and seg[k - 1].isalnum():
                continue
            return _HEDGE_KIND[h], h in _PEAKS
    return None, False


def _is_between(text: str, start: int) -> bool:
    return bool(re.search(r"\bbetween\s+$", text[max(0, start - 12):start], re.IGNORECASE))


# --------------------------------------------------------------------------- one match


def _from_special(m: re.Match, text: str) -> Quantity | None:
    s, e = m.start(), m.end()
    g = m.group
    low = m.group().lower()
    if g("halfpt"):
        return Quantity(s, e, text[s:e], 0.5, unit="pp", kind="fraction", precision=0.0)
    if g("qpt"):
        return Quantity(s, e, text[s:e], 25.0, unit="bp", kind="fraction", precision=0.0)
    if g("andhalf"):
        n = g("ahnum")
        v = float(n) if n[0].isdigit() else word_value(n)
        return Quantity(s, e, text[s:e], v + 0.5, kind="word", precision=0.0)
    if g("frac"):
        num = g("fnum").lower()
        den_w = g("fden").lower()
        den = DENOMINATORS[den_w]
        n = 1 if num in ("a", "one") else SMALL[num]
        plural = den_w.endswith("s") and den_w != "halves" or den_w == "halves"
        after = text[e:e + 20]
        if num == "a" and den_w in ("third", "quarter", "fifth"):
            # "a third straight year" is an ordinal; "a third of" / "a quarter of" a fraction.
            if not re.match(r"^\s+of\b", after, re.IGNORECASE):
                if den_w == "third" or den_w == "fifth":
                    return Quantity(s + 2, e, text[s + 2:e], float(den), kind="ordinal",
                                    unit="count", precision=0.0)
                return None
        if n > 1 and not plural and den_w != "half":
            return None
        if _PERIOD_AFTER.match(after):
            return None
        return Quantity(s, e, text[s:e], n / den, unit="fraction", kind="fraction",
                        precision=0.0)
    if g("half"):
        if _PERIOD_BEFORE.search(text, max(0, s - 15), s) or _HALF_AFTER.match(text[e:e + 20]):
            return None
        return Quantity(s, e, text[s:e], 0.5, unit="fraction", kind="fraction", precision=0.0)
    if g("ord"):
        after = text[e:e + 20]
        if _PERIOD_AFTER.match(after) or _MONTH_AFTER.match(after):
            return None
        if _MONTH_BEFORE.search(text, max(0, s - 12), s):
            return None
        return Quantity(s, e, text[s:e], _ordinal_value(low), unit="count", kind="ordinal",
                        precision=0.0)
    if g("mult"):
        key = low.split()[0]
        hedge, _ = _hedge_before(text, s)
        return Quantity(s, e, text[s:e], float(MULTIPLE_WORDS[key]), unit="times",
                        kind="multiple", approx=hedge is not None, hedge=hedge, precision=0.0)
    return None


def _from_number(m: re.Match, text: str) -> Quantity | None:
    s, e = m.start(), m.end()
    g = m.group
    num = g("num")
    word = g("word")
    cur_tok = g("cur")
    scale = g("scale")
    unit_tok = g("unit")
    if word:
        wl = word.lower()
        if wl == "one" and not (scale or unit_tok):
            return None
        value, dec = word_value(word), 0
        precision = 0.0
    else:
        value, dec = _number_value(num)
        precision = 0.5 * 10 ** (-dec)
    plain = not (cur_tok or scale or unit_tok)
    num_start = m.start("num")
    num_end = m.end("num")
    after = text[num_end:num_end + 25]
    # Dates and times are not quantities.
    if not word and plain and dec == 0 and "," not in num:
        if len(num) == 4 and 1900 <= value <= 2100:
            return None
        if value <= 31 and (_MONTH_BEFORE.search(text, max(0, s - 12), s)
                            or _MONTH_AFTER.match(after)):
            return None
        if _YEAR_BEFORE.search(text, max(0, s - 7), s):
            return None
    if not word and not cur_tok and _TIME_AFTER.match(text[num_end:num_end + 12]):
        return None
    if not word and plain and len(num) == 4 and dec == 0 and 1900 <= value <= 2100:
        return None
    if word and not unit_tok and not scale and _PERIOD_AFTER.match(after):
        return None

    factor = _scale_factor(scale)
    if scale and scale.strip().lower() in ("m", "b", "k") and not (cur_tok or unit_tok):
        # "5m" with no currency or unit: still millions in news ("206m passengers").
        pass
    unit: str | None = None
    currency = None
    symbol = None
    kind = "word" if word else "number"
    if cur_tok:
        key = re.sub(r"\s+", "", cur_tok.lower())
        currency = PREFIX_CURRENCY.get(key, PREFIX_CURRENCY.get(key.rstrip("."), "USD"))
        symbol = "$" if key == "$" else ("¥" if key == "¥" else key)
        unit = "currency"
    if unit_tok:
        if g("pct"):
            unit = "percent"
        elif g("pp"):
            unit = "pp"
        elif g("bp"):
            unit = "bp"
        elif g("points"):
            unit = "pp" if value * factor < 25 else "points"
        elif g("minor"):
            tok = g("minor").lower()
            if not cur_tok:
                if "pence" in tok or tok.strip().endswith("p"):
                    currency, symbol = "GBP", "pence"
                elif "euro" in tok:
                    currency, symbol = "EUR", "euro cents"
                elif "u.s." in tok or tok.strip().startswith("us "):
                    currency, symbol = "USD", "us cents"
                else:
                    code, _ = _currency_from_word(tok.replace("cents", "dollars"))
                    currency, symbol = code, ("cents" if code == "USD" else tok.strip())
                unit = "currency"
                factor *= 0.01
                precision *= 0.01
            else:  # "$5 p..." odd; keep the prefix currency
                unit = "currency"
        elif g("curword"):
            code, wtxt = _currency_from_word(g("curword"))
            if not cur_tok:
                currency = code
                symbol = "dollars" if wtxt in ("dollar", "dollars") else wtxt
            unit = "currency"
        elif g("measure"):
            mw = re.sub(r"\s+", " ", g("measure").lower())
            munit, mfac = MEASURES[mw]
            if unit == "currency" or mw == "x" and (word or g("unit")[0:1].isspace()):
                return _trim_unit(m, text, value, factor, precision, currency, unit, symbol, kind,
                                  dec)
            if munit == "times":
                unit = "times"
                kind = "multiple"
            else:
                unit = munit
                factor *= mfac
                precision *= mfac
    neg = -1.0 if g("neg") else 1.0
    if unit is None and not word and num_start == s:
        unit = None
    if unit is None and word:
        unit = "count"
    hedge, peak = _hedge_before(text, s)
    return Quantity(
        s, e, text[s:e], neg * value * factor, unit=unit, currency=currency,
        approx=hedge is not None, kind=kind, hedge=hedge, symbol=symbol,
        precision=precision * factor, peak=peak,
    )


def _trim_unit(m, text, value, factor, precision, currency, unit, symbol, kind, dec):
    """A match whose unit part turned out not to be a unit: keep the number and scale only."""
    s = m.start()
    e = m.end("scale") if m.group("scale") else m.end("num")
    hedge, peak = _hedge_before(text, s)
    return Quantity(s, e, text[s:e], value * factor, unit=unit, currency=currency,
                    approx=hedge is not None, kind=kind, hedge=hedge, symbol=symbol,
                    precision=precision * factor, peak=peak)


# --------------------------------------------------------------------------- ranges


def _same_dim(a: Quantity, b: Quantity) -> bool:
    return a.unit == b.unit and a.currency == b.currency


def _merge(text: str, a: Quantity, b: Quantity) -> Quantity | None:
    """Join "a - b", "a to b" and "between a and b" into one range (or a vote tally)."""
    if a.kind in ("ordinal", "fraction", "multiple") or b.kind in ("ordinal", "fraction",
                                                                     "multiple"):
        return None
    if a.high is not None or b.high is not None:
        return None
    sep = text[a.end:b.start]
    if len(sep) > 7 or not _RANGE_SEP.match(sep):
        return None
    word = sep.strip().lower()
    if word == "and" and not _is_between(text, a.start):
        return None
    dash = word in ("-", "–", "—")
    if dash and a.kind == "number" and a.unit is None and b.unit is None and a.value >= b.value \
            and float(a.value).is_integer() and float(b.value).is_integer():
        ctx = text[max(0, a.start - 12):a.start] + text[b.end:b.end + 12]
        if _TALLY_CONTEXT.search(ctx) or a.value < 20:
            return Quantity(a.start, b.end, text[a.start:b.end], a.value, b.value, unit=None,
                            kind="tally", precision=0.0)
        return None
    if word == "to":
        if _FROM_BEFORE.search(text, max(0, a.start - 8), a.start):
            return None
        # "climbed 11 pence to 118.5 pence" is a move and a level, not a range.
        if a.unit is not None and a.value > 0 and b.value / a.value > 4:
            return None
    # Carry the unit/scale of the second end back to a bare first end ("1.1 to 1.4 billion").
    low, prec = a.value, a.precision
    unit, currency, symbol = a.unit, a.currency, a.symbol
    if a.unit is None and b.unit is not None:
        unit = b.unit
        currency, symbol = (a.currency or b.currency), (a.symbol or b.symbol)
    elif a.unit == "currency" and b.unit is None:
        pass  # "$1.6-1.8 billion": the scale sits on the second end
    elif not _same_dim(a, b):
        return None
    btext = text[b.start:b.end]
    a_has_scale = bool(re.search(r"\d\s?(?:[a-z]+)", text[a.start:a.end], re.IGNORECASE)) and \
        any(ch.isalpha() for ch in re.sub(r"^[^\d]*", "", text[a.start:a.end]))
    if not a_has_scale and b.value != 0 and abs(b.value) >= 1000 and abs(a.value) < 1000:
        factor = _scale_of(btext)
        low *= factor
        prec *= factor
    if unit == "currency" and b.unit is None:
        b = Quantity(b.start, b.end, btext, b.value * (1 if _scale_of(btext) != 1 else 1),
                     unit="currency", currency=currency, symbol=symbol,
                     precision=b.precision)
    if low >= b.value:
        return None
    hedge = a.hedge or b.hedge
    return Quantity(a.start, b.end, text[a.start:b.end], low, b.value, unit=unit,
                    currency=currency, approx=a.approx, kind=a.kind, hedge=hedge,
                    symbol=symbol, precision=max(prec, b.precision), peak=a.peak)


_SCALE_IN = re.compile(
    r"(trillion|billion|million|thousand|crore|lakh|tn|trn|bn|bln|mn|mln|m|b|k)\b", re.IGNORECASE
)


def _scale_of(text: str) -> float:
    m = _SCALE_IN.search(text)
    return _scale_factor(m.group(1)) if m else 1.0


# --------------------------------------------------------------------------- public


_NUMERIC_HIT = re.compile(r"\d[\d.,]*|[$€£¥₹₩~#]|[-−](?=\d)")
_TRIGGER_LIST = tuple(sorted(
    set(SMALL) | set(TENS) | set(ORDINALS) | set(MULTIPLE_WORDS)
    | {"half", "quarter", "dozen", "a quarter", "a third", "a half", "a dozen", "a fifth"},
    key=len, reverse=True,
))
_CODE_TOKENS = frozenset(
    "us u.s c ca can a au nz s sg hk nt r usd eur gbp jpy cad aud sgd hkd chf cny rmb inr nok "
    "sek dkk nzd krw brl zar mxn rs".split()
)
_CODE_BEFORE = re.compile(
    r"(?:US\s?|U\.S\.\s?|C|CA|Can|A|AU|NZ|S|SG|HK|NT|R)$|"
    r"(?:USD|EUR|GBP|JPY|CAD|AUD|SGD|HKD|CHF|CNY|RMB|INR|NOK|SEK|DKK|NZD|KRW|BRL|ZAR|MXN|Rs\.?)"
    r"\s?$",
    re.IGNORECASE,
)


def _starts(text: str) -> list[int]:
    """Offsets where a quantity may start, found with C-speed scans: digit runs and currency
    signs (moved back over a code such as "US", "C", "EUR "), and the number words that occur
    at all in the text (checked with substring tests first, so the word regex stays tiny)."""
    starts = []
    for h in _NUMERIC_HIT.finditer(text):
        p = h.start()
        if p > 0 and (text[p - 1].isalpha() or text[p - 1] in ". ") and \
                text[max(0, p - 6):p].split()[-1:] and \
                text[max(0, p - 6):p].split()[-1].lower().rstrip(".") in _CODE_TOKENS:
            m = _CODE_BEFORE.search(text, max(0, p - 6), p)
            if m and (m.start() == 0 or not text[m.start() - 1].isalnum()):
                p = m.start()
        starts.append(p)
    low = text.lower()
    seen = set()
    for w in _TRIGGER_LIST:
        p = low.find(w)
        while p >= 0:
            if (p == 0 or not low[p - 1].isalpha()) and p not in seen:
                seen.add(p)
                starts.append(p)
            p = low.find(w, p + 1)
    if seen:
        starts.sort()
    return starts


def _candidates(text: str):
    """Full-pattern matches at the possible starts, left to right, without overlaps (the full
    pattern is an expensive alternation, so it is never scanned across the whole text)."""
    last_end = 0
    for s in _starts(text):
        if s < last_end:
            continue
        m = _QTY.match(text, s)
        if m is None or m.end() == s:
            continue
        last_end = m.end()
        yield m


def parse_quantities(text: str) -> list[Quantity]:
    """Every quantity in `text`, in order, with spans into `text`."""
    out: list[Quantity] = []
    for m in _candidates(text):
        s = m.start()
        if s > 0:
            prev = text[s - 1]
            if prev.isalnum() or prev in _BAD_BEFORE:
                # After "-" only as the second end of a range ("3-5%", "$3.41bn-$3.46bn") or a
                # negative number after a space.
                if not (prev in "-–" and out and out[-1].end == s - 1):
                    continue
        q = _from_special(m, text) if m.group("special") else _from_number(m, text)
        if q is None:
            continue
        if out:
            merged = _merge(text, out[-1], q)
            if merged is not None:
                out[-1] = merged
                continue
        out.append(q)
    return out


def describe(q: Quantity) -> str:
    """Plain words for a quantity, with a conversion where units differ ("6 basis points
    (0.06 percentage points)")."""
    if q.unit == "bp":
        return f"{q.text} ({_fmt(q.value / 100)} percentage points)"
    if q.unit == "pp" and q.kind != "fraction" and "point" not in q.text.lower():
        return f"{q.text} ({_fmt(q.value)} percentage points)"
    return q.text


def _fmt(v: float) -> str:
    return f"{v:.4f}".rstrip("0").rstrip(".")
