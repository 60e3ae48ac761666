"""Quantities in financial news: every amount, percentage, rate move, count and multiple with its
character span, normalised so that "€612m" and "612 million euros" compare equal.

`parse_quantities(text)` is linear in the length of the text: one compiled scan finds the places
where a quantity may start (digits, currency signs and codes, number words), and the full pattern
is tried only there, with a short look-behind for hedges and date guards at each hit.

Normalisation:
- `value` is absolute: "$3.2bn" -> 3.2e9, "64 cents" -> 0.64 (currency USD), "25bp" -> 25 (unit bp).
- `unit` is one of "percent", "pp", "bp", "currency", "count", None (a bare number), "points"
  (index points), "fraction" (half, two-thirds, one in five: value 0.5, 0.667, 0.2), "times"
  (doubled, three times) or a measurement unit ("tonnes", "mcm", "MWh", "years", "days", ...).
- `currency` is an ISO code ("USD", "EUR", "CAD", ...), the most likely one; `currencies` is every
  code the text could mean: one for "C$", "SEK" or "Swedish crowns", several for a bare "$",
  "crowns", "cents", "rupees" or "francs" (the check resolves those from the rest of the story).
  `symbol` keeps what the text used, so a bare "$" can be told from an explicit "US$".
- `high` is the upper end of a range ("$1.6-1.8 billion", "between 35 and 37 dollars").
- `hedge` is "approx", "min" (more than, over), "max" (less than, almost, up to) or None;
  `approx` is True when any hedge applies. `peak` marks "as much as" / "up to" figures.
- `kind`: "number" (digits), "word" (two, twenty), "ordinal" (third, 14th), "fraction",
  "multiple" (doubled, three times), "tally" (a "6-3 vote": not a range) or "part" (a count
  inside a fraction, from `fraction_parts`: the 13 and 22 of "13 out of 22").

Not quantities: years (2026, fiscal 2026), days next to a month (Nov. 21, 21 October), quarters and
halves (Q3, H1, 3Q), times of day (10:30, 3 p.m.), tickers, codes and index names (A320, 5G,
FTSE 100, S&P 500).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from ..text.patterns import lazy_compile, trie

# --------------------------------------------------------------------------- number vocabularies

SCALES = {
    "thousand": 1e3, "k": 1e3, "million": 1e6, "mn": 1e6, "mln": 1e6, "m": 1e6,
    "billion": 1e9, "bn": 1e9, "b": 1e9, "bln": 1e9, "trillion": 1e12, "tn": 1e12, "trn": 1e12,
    "crore": 1e7, "crores": 1e7, "lakh": 1e5, "lakhs": 1e5, "hundred": 1e2,
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
                "fifth": 5, "fifths": 5, "sixth": 6, "sixths": 6, "eighth": 8, "eighths": 8,
                "tenth": 10, "tenths": 10}
MULTIPLE_WORDS = {"doubled": 2, "doubling": 2, "double": 2, "twice": 2, "tripled": 3,
                  "tripling": 3, "triple": 3, "trebled": 3, "quadrupled": 4, "halved": 0.5,
                  "halving": 0.5}

# --------------------------------------------------------------------------- currencies

# Currency words that name a family of currencies, with the codes they may mean (first = the
# default when nothing in the text says which).
_FAMILY_CODES = {
    "dollar": ("USD", "CAD", "AUD", "NZD", "SGD", "HKD", "TWD", "JMD", "TTD", "BSD", "ZWL"),
    "crown": ("SEK", "NOK", "DKK", "ISK", "CZK"),
    "krona": ("SEK", "ISK"),
    "krone": ("NOK", "DKK"),
    "franc": ("CHF", "XOF", "XAF", "XPF"),
    "pound": ("GBP", "EGP", "LBP", "SYP", "SDG"),
    "peso": ("MXN", "ARS", "CLP", "COP", "PHP", "UYU", "DOP", "CUP"),
    "rupee": ("INR", "PKR", "LKR", "NPR", "MUR"),
    "riyal": ("SAR", "QAR", "OMR", "YER", "IRR"),
    "dinar": ("KWD", "BHD", "JOD", "IQD", "TND", "DZD", "LYD", "RSD"),
    "dirham": ("AED", "MAD"),
    "shilling": ("KES", "UGX", "TZS"),
    "yen": ("JPY", "CNY"),  # "¥" stands for both; the word "yen" is resolved below
}
DOLLAR_FAMILY = frozenset(_FAMILY_CODES["dollar"])
# Currency words after a number -> family name or a single code.
CURRENCY_WORDS = {
    "dollar": "dollar", "dollars": "dollar", "buck": "dollar", "bucks": "dollar",
    "crown": "crown", "crowns": "crown", "krona": "krona", "kronor": "krona", "kronur": "krona",
    "krone": "krone", "kroner": "krone", "franc": "franc", "francs": "franc",
    "pound": "pound", "pounds": "pound", "peso": "peso", "pesos": "peso", "rupee": "rupee",
    "rupees": "rupee", "riyal": "riyal", "riyals": "riyal", "rial": "riyal", "rials": "riyal",
    "dinar": "dinar", "dinars": "dinar", "dirham": "dirham", "dirhams": "dirham",
    "shilling": "shilling", "shillings": "shilling",
    "euro": "EUR", "euros": "EUR", "sterling": "GBP", "yen": "JPY", "yuan": "CNY",
    "renminbi": "CNY", "won": "KRW", "rand": "ZAR", "reais": "BRL", "lira": "TRY",
    "liras": "TRY", "lire": "TRY", "rouble": "RUB", "roubles": "RUB", "ruble": "RUB",
    "rubles": "RUB", "shekel": "ILS", "shekels": "ILS", "zloty": "PLN", "zlotys": "PLN",
    "zlotych": "PLN", "forint": "HUF", "forints": "HUF", "lei": "RON", "naira": "NGN",
    "ringgit": "MYR", "baht": "THB", "rupiah": "IDR", "dong": "VND", "hryvnia": "UAH",
    "hryvnias": "UAH", "leva": "BGN", "tenge": "KZT", "koruna": "CZK",
    "korunas": "CZK", "cedi": "GHS", "cedis": "GHS", "kwacha": "ZMW", "taka": "BDT",
    "bolivar": "VES", "bolivars": "VES", "soles": "PEN", "sol": "PEN", "rial omani": "OMR",
}
# Country adjectives before a currency word ("Canadian dollars", "Swedish crowns").
QUALIFIERS = {
    "u.s.": "USD", "us": "USD", "american": "USD", "canadian": "CAD", "australian": "AUD",
    "aussie": "AUD", "new zealand": "NZD", "singapore": "SGD", "singaporean": "SGD",
    "hong kong": "HKD", "hk": "HKD", "new taiwan": "TWD", "taiwan": "TWD", "taiwanese": "TWD",
    "jamaican": "JMD", "swiss": "CHF", "cfa": "XOF", "swedish": "SEK", "norwegian": "NOK",
    "danish": "DKK", "icelandic": "ISK", "czech": "CZK", "british": "GBP", "egyptian": "EGP",
    "lebanese": "LBP", "mexican": "MXN", "argentine": "ARS", "argentinian": "ARS",
    "chilean": "CLP", "colombian": "COP", "philippine": "PHP", "uruguayan": "UYU",
    "indian": "INR", "pakistani": "PKR", "sri lankan": "LKR", "nepalese": "NPR",
    "saudi": "SAR", "qatari": "QAR", "omani": "OMR", "iranian": "IRR", "kuwaiti": "KWD",
    "bahraini": "BHD", "jordanian": "JOD", "iraqi": "IQD", "tunisian": "TND",
    "algerian": "DZD", "libyan": "LYD", "serbian": "RSD", "emirati": "AED", "uae": "AED",
    "moroccan": "MAD", "kenyan": "KES", "ugandan": "UGX", "tanzanian": "TZS",
    "japanese": "JPY", "chinese": "CNY", "south korean": "KRW", "korean": "KRW",
    "south african": "ZAR", "brazilian": "BRL", "turkish": "TRY", "russian": "RUB",
    "israeli": "ILS", "polish": "PLN", "hungarian": "HUF", "romanian": "RON",
    "nigerian": "NGN", "malaysian": "MYR", "thai": "THB", "indonesian": "IDR",
    "vietnamese": "VND", "ukrainian": "UAH", "bulgarian": "BGN", "kazakh": "KZT",
    "ghanaian": "GHS", "peruvian": "PEN", "euro": "EUR",
}
# ISO codes written before or after a number ("SEK 900m", "900m NOK"). Upper case only, except the
# common ones that CNN-style lower-cased text also spells out.
ISO_CODES = frozenset(
    ["USD", "CAD", "AUD", "NZD", "SGD", "HKD", "TWD", "EUR", "GBP", "JPY", "CNY", "CNH", "RMB", "INR", "PKR", "LKR", "CHF", "SEK", "NOK", "DKK", "ISK", "CZK", "PLN", "HUF", "RON", "BGN", "RUB", "UAH", "TRY", "ILS", "ZAR", "NGN", "KES", "EGP", "MAD", "AED", "SAR", "QAR", "KWD", "BHD", "OMR", "JOD", "BRL", "MXN", "ARS", "CLP", "COP", "PEN", "PHP", "IDR", "MYR", "THB", "VND", "KRW", "KZT", "GHS", "BDT"]
)
_LOWER_OK_CODES = ("usd", "eur", "gbp", "jpy", "chf", "cad", "aud", "sgd", "hkd", "cny", "rmb",
                   "inr", "nok", "sek", "dkk", "nzd", "krw", "brl", "zar", "mxn")
# Signs and short forms before a number -> code or family.
PREFIX_CURRENCY = {
    "us$": "USD", "u.s.$": "USD", "$": "dollar", "c$": "CAD", "ca$": "CAD", "can$": "CAD",
    "a$": "AUD", "au$": "AUD", "nz$": "NZD", "s$": "SGD", "sg$": "SGD", "hk$": "HKD",
    "nt$": "TWD", "t$": "TWD", "r$": "BRL", "mx$": "MXN", "#": "GBP", "€": "EUR", "£": "GBP", "¥": "yen",
    "₹": "INR", "rs": "rupee", "rs.": "rupee", "₩": "KRW", "₽": "RUB", "₺": "TRY", "₪": "ILS",
    "₦": "NGN", "₱": "PHP", "₫": "VND", "฿": "THB", "rp": "IDR", "rm": "MYR", "r": "ZAR",
    "kr": "crown", "kr.": "crown", "sfr": "CHF", "chf": "CHF", "rmb": "CNY", "cnh": "CNY",
}
BARE_SYMBOLS = {"$", "¥"}
# Hundredth parts of a currency written after a number ("40 sen", "25 centavos") -> the codes
# they may belong to (resolved from the rest of the story like a bare "$"). "cents" and "pence"
# are handled on their own (cents may be any dollar's or the euro's).
MINOR_UNITS = {
    "sen": ("JPY", "MYR", "IDR"), "centavo": _FAMILY_CODES["peso"] + ("BRL",),
    "centavos": _FAMILY_CODES["peso"] + ("BRL",), "kurus": ("TRY",), "kuruş": ("TRY",),
    "paise": ("INR", "PKR", "NPR"), "paisa": ("INR", "PKR", "NPR"), "kopecks": ("RUB", "UAH"),
    "kopeck": ("RUB", "UAH"), "kopeks": ("RUB", "UAH"), "kopiykas": ("UAH",), "öre": ("SEK",),
    "øre": ("NOK", "DKK"), "rappen": ("CHF",), "centimes": ("CHF", "XOF", "XAF", "EUR"),
    "halalas": ("SAR",), "halala": ("SAR",), "agorot": ("ILS",), "groszy": ("PLN",),
    "grosz": ("PLN",), "kobo": ("NGN",), "satang": ("THB",), "pesewas": ("GHS",),
}


def currency_codes(key: str) -> tuple[str, ...]:
    """Codes a currency key (a code or a family name) may mean, the default first."""
    return _FAMILY_CODES.get(key, (key,))


# Measurement units after a number -> (unit, factor into that unit).
MEASURES = {
    "tonnes": ("tonnes", 1), "tonne": ("tonnes", 1), "tons": ("tonnes", 1), "ton": ("tonnes", 1),
    "metric tons": ("tonnes", 1), "mt": ("tonnes", 1), "mmt": ("tonnes", 1e6), "kt": ("tonnes", 1e3), "t": ("tonnes", 1),
    "barrels": ("barrels", 1),
    "barrel": ("barrels", 1), "bpd": ("barrels", 1), "b/d": ("barrels", 1),
    "ounces": ("ounces", 1), "ounce": ("ounces", 1), "oz": ("ounces", 1), "koz": ("ounces", 1e3),
    "moz": ("ounces", 1e6),
    "mcm": ("mcm", 1), "bcm": ("mcm", 1e3), "cubic metres": ("mcm", 1e-6),
    "cubic meters": ("mcm", 1e-6), "mwh": ("MWh", 1), "megawatt hours": ("MWh", 1),
    "megawatt hour": ("MWh", 1), "megawatt-hours": ("MWh", 1), "gwh": ("MWh", 1e3),
    "twh": ("MWh", 1e6), "kwh": ("MWh", 1e-3), "mw": ("MW", 1), "megawatts": ("MW", 1),
    "gigawatt hours": ("MWh", 1e3), "gigawatt-hours": ("MWh", 1e3),
    "terawatt hours": ("MWh", 1e6), "terawatt-hours": ("MWh", 1e6),
    "kilowatt hours": ("MWh", 1e-3), "kilowatt-hours": ("MWh", 1e-3),
    "gw": ("MW", 1e3), "gigawatts": ("MW", 1e3), "therms": ("therms", 1),
    "years": ("years", 1), "year": ("years", 1), "decades": ("years", 10),
    "decade": ("years", 10), "months": ("months", 1), "month": ("months", 1),
    "weeks": ("weeks", 1), "week": ("weeks", 1), "days": ("days", 1), "day": ("days", 1),
    "hours": ("hours", 1), "hour": ("hours", 1), "minutes": ("minutes", 1),
    "minute": ("minutes", 1), "shares": ("shares", 1), "share": ("shares", 1),
    "passengers": ("passengers", 1), "passenger": ("passengers", 1),
    "times": ("times", 1), "fold": ("times", 1), "x": ("times", 1),
    "kg": ("kg", 1), "kilograms": ("kg", 1), "kilogrammes": ("kg", 1), "kilos": ("kg", 1),
    "lb": ("lb", 1), "lbs": ("lb", 1), "st": ("stone", 1), "stone": ("stone", 1),
    "km": ("km", 1), "kilometres": ("km", 1), "kilometers": ("km", 1), "miles": ("miles", 1),
    "mile": ("miles", 1), "mph": ("mph", 1), "km/h": ("km/h", 1), "ft": ("feet", 1),
    "feet": ("feet", 1), "foot": ("feet", 1), "cm": ("cm", 1), "mm": ("mm", 1),
    "metres": ("metres", 1), "meters": ("metres", 1), "metre": ("metres", 1),
    "meter": ("metres", 1), "acres": ("acres", 1), "hectares": ("hectares", 1),
    "sq ft": ("sq ft", 1), "square feet": ("sq ft", 1),
    "litres": ("litres", 1), "liters": ("litres", 1), "hectolitres": ("litres", 100),
    "hectoliters": ("litres", 100), "hectolitre": ("litres", 100), "hectoliter": ("litres", 100),
    "litre": ("litres", 1), "liter": ("litres", 1), "hl": ("litres", 100), "mhl": ("litres", 1e8),
    # Oil and gas: "M" is a thousand, "MM" a million ("612 MBoe/d" = 612,000 BOE a day).
    "boe": ("barrels", 1), "mboe": ("barrels", 1e3), "mmboe": ("barrels", 1e6),
    "bbl": ("barrels", 1), "mbbl": ("barrels", 1e3), "mmbbl": ("barrels", 1e6),
    "mcf": ("cf", 1e3), "mmcf": ("cf", 1e6), "bcf": ("cf", 1e9), "tcf": ("cf", 1e12),
}
# Physical measures: a summary that converts them is not judged on the unit, only the value.
PHYSICAL_UNITS = frozenset(
    ["kg", "lb", "stone", "km", "miles", "mph", "km/h", "feet", "cm", "mm", "metres", "acres", "hectares", "sq", "ft"]
)

_MONTH = (r"jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|"
          r"sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?")


_trie = trie


# --------------------------------------------------------------------------- the regexes

_SMALL_W = _trie(SMALL)
_TENS_W = _trie(TENS)
_WORDNUM = (rf"(?:(?:{_SMALL_W}|a)\s+dozen|dozen|{_TENS_W}(?:[-\s]{_SMALL_W}(?![a-z]))?|{_SMALL_W}"
            r"|a(?=\s+(?:hundred|thousand|million|billion|trillion)\b))")
_CODES_CS = _trie(ISO_CODES)
_CODES_CI = _trie(_LOWER_OK_CODES)
_PREFIX = (
    r"(?:(?-i:US|U\.S\.)\s?\$|(?-i:CA|Can|C|AU|A|NZ|SG|S|HK|NT|T|R|MX)\$|\$|[€£¥₹₩₽₺₪₦₱₫฿]"
    r"|#(?=\s?\d))\s?"
    rf"|(?:(?-i:{_CODES_CS})|{_CODES_CI})(?:\s?(?=\d)|\s(?=[-−]\d))"
    r"|(?-i:Rs\.?|Rp|RM|SFr|kr\.?)\s?(?=\d)|(?-i:R)(?=\d[\d.,]*\s?(?:bn|m|billion|million|tn)\b)"
)
_SCALE = (r"(?:[\s-]?(?:trillion|billion|million|thousand|hundred|crores?|lakhs?|tn|trn|bn|bln|mn|mln)"
          r"(?![a-z])|(?(cur)\s?|)(?:[mbk]|(?-i:T))(?![a-z]))")  # "IDR 11.2T": a trillion
_QUAL = rf"(?:{_trie(QUALIFIERS)}\s+)?"
_MEASURE_WORDS = _trie(MEASURES)
_UNIT = (
    r"(?P<pct>\s?%|\s?per[\s-]?cent\b|\s?pct\b|\s?pc\b)"
    r"|[\s-]?(?P<pp>percentage[\s-]points?|pp|ppts?)\b"
    r"|[\s-]?(?P<bp>basis[\s-]points?|bps?)\b"
    r"|[\s-](?P<points>points?|pts)\b"
    rf"|[\s-]?(?P<minor>{_QUAL}(?:cents?|pence|p|\u00a2|(?-i:sen|(?<=\d)c)|{_trie(set(MINOR_UNITS) - {'sen'})})(?=\W|$))"
    rf"|[\s-]?(?P<curword>{_QUAL}{_trie(CURRENCY_WORDS)})\b"
    rf"|\s?(?P<code>(?-i:{_CODES_CS}))\b"
    rf"|[\s-]?(?P<measure>{_MEASURE_WORDS})(?=\W|$)"
)
_NUM = (r"\d{1,3}(?:,\d{3}|,\s000(?!\d))+(?:\.\d+)?|\d+(?:\.\d+)?")
_NUMBER = lazy_compile(
    rf"(?P<cur>{_PREFIX})?(?P<neg>(?<![\w%)])[-−](?=\d))?"
    rf"(?P<num>{_NUM}|(?P<word>{_WORDNUM}))"
    rf"(?P<scale>{_SCALE})?"
    r"(?P<plus>\+(?![\d+]))?"  # "100+ bps", "$10bn+": at least that
    rf"(?P<unit>{_UNIT})?"
    r"(?!\w)",
    re.IGNORECASE,
)
_FRAC_N = (r"(?P<fnum>a|one|two|three|four)[\s-]"
           r"(?P<fden>halves|half|thirds?|quarters?|fifths?|sixths?|eighths?|tenths?)")
_ORDINAL_DENS = ("third", "fifth", "sixth", "eighth", "tenth")  # "a third straight year"
_QUARTER_AFTER = lazy_compile(r"[\s-]+(?:quarter|half)\b", re.IGNORECASE)
_SPECIAL = lazy_compile(
    r"(?:"
    r"(?P<fracpt>(?:(?P<pn>a|one|two|three|four|five|six|seven|eight|nine)[\s-]"
    r"(?P<pd>half|thirds?|quarters?|tenths?)|half|quarter)"
    r"(?:\s+of\s+a|\s+a|-a)?[\s-](?:percentage[\s-])?point)"
    r"|(?P<onept>(?:a|one)\s+(?:full\s+)?percentage[\s-]point)"
    rf"|(?P<andhalf>(?P<ahnum>\d+|{_WORDNUM})(?:\s+and\s+(?:a\s+)?|-and-(?:a-)?)half)"
    rf"|(?P<inof>(?P<in1>\d+|{_WORDNUM})(?:\s+|-)(?:in|out\s+of(?:\s+the)?)(?:\s+|-)(?P<in2>\d+|{_WORDNUM}))"
    rf"|(?P<frac>{_FRAC_N})"
    r"|(?P<decade>a\s+decade)"
    r"|(?P<half>half)"
    rf"|(?P<ord>\d+(?:st|nd|rd|th)|{_trie(ORDINALS)}|{_TENS_W}-{_trie(UNIT_ORDINALS)})"
    r"|(?P<mult>(?:doubled|doubling|tripled|tripling|trebled|quadrupled|halved|halving)"
    r"|(?:double|triple|twice)(?=\s+(?:the|as|its|their|that|what)\b))"
    # "two-and-a-half-year low": a hyphen after "and a half" only before a span of time.
    r")(?:(?:(?<=and-half)|(?<=and-a-half))(?=-(?:years?|months?|weeks?|days?)\b)|(?![\w-]))",
    re.IGNORECASE,
)
_A_WORDS = frozenset(("third", "quarter", "half", "fifth", "sixth", "eighth", "tenth", "dozen",
                      "decade", "hundred",
                      "thousand", "million", "billion", "trillion", "percentage", "full"))
_TRIGGERS = (set(SMALL) | set(TENS) | set(ORDINALS) | set(MULTIPLE_WORDS) | set(_A_WORDS))
# Where a quantity may start, found with two scans that the regex engine runs at C speed (each
# pattern opens with a character set, so most positions are skipped at once): digit runs and
# currency signs in the text, number words in its lower-cased copy. Codes before a number
# ("US$", "C$", "SEK ", "Rs ") are found by looking back from the sign or the digits.
_HIT = lazy_compile(r"[\d$€£¥₹₩₽₺₪₦₱₫฿#~][\d.,]*")
_WORD_HIT = lazy_compile(rf"{_trie(_TRIGGERS)}(?![a-z])")
_DOLLAR_CODE_BEFORE = lazy_compile(r"(?:US|U\.S\.)\s?$|(?:CA|Can|C|AU|A|NZ|SG|S|HK|NT|T|R|MX)$")
_CODE_BEFORE = lazy_compile(
    rf"(?:{_trie(ISO_CODES)}|(?i:{'|'.join(_LOWER_OK_CODES)})|Rs\.?|Rp|RM|SFr|kr\.?|R)\s?$"
)


def _starts(text: str) -> list[int]:
    starts = []
    for h in _HIT.finditer(text):
        p = h.start()
        ch = text[p]
        if ch in "~#":
            starts.append(p)
            if h.end() > p + 1:
                starts.append(p + 1)  # "~5%": the hedge sign is not part of the number
            continue
        if p:
            prev = text[p - 1]
            if prev in "-−":
                if p < 2 or not (text[p - 2].isalnum() or text[p - 2] in "%)"):
                    p -= 1  # a negative number (or a range's second end: the parser decides)
            elif prev.isalpha() or prev == "." or (prev == " " and p > 1 and text[p - 2].isalpha()):
                pat = _DOLLAR_CODE_BEFORE if ch == "$" else _CODE_BEFORE
                m = pat.search(text, max(0, p - 9), p)
                if m and (m.start() == 0 or not text[m.start() - 1].isalnum()):
                    p = m.start()
        starts.append(p)
        if not ch.isdigit() and h.end() > h.start() + 1:
            starts.append(h.start() + 1)  # the digits alone, if the sign is turned down
    low = text.lower()
    words = []
    for h in _WORD_HIT.finditer(low):
        p = h.start()
        if p and low[p - 1].isalpha():
            continue
        if h.group() in _A_WORDS:
            if p >= 2 and low[p - 2] == "a" and low[p - 1].isspace() and (
                    p == 2 or not low[p - 3].isalpha()):
                words.append(p - 2)
            if h.group() not in ("half", "quarter", "dozen", "third", "fifth", "sixth", "eighth",
                                 "tenth"):
                continue
        words.append(p)
    if words:
        starts = sorted(starts + words)
    return starts


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
    "well over": "min", "well above": "min", "well below": "max", "well under": "max",
    "slightly more than": "min", "slightly less than": "max", "a little over": "min",
    "a little under": "max", "an approximate": "approx", "no less than": "min",
    "no more than": "max", "no fewer than": "min",
}
_MONTH_BEFORE = lazy_compile(rf"\b(?:{_MONTH})\.?,?\s*$", re.IGNORECASE)
_MONTH_AFTER = lazy_compile(rf"(?:st|nd|rd|th)?\s*(?:of\s+)?(?:{_MONTH})\b", re.IGNORECASE)
_TIME_AFTER = lazy_compile(
    r":\d|\s?(?:a\.m\.|p\.m\.|am\b|pm\b|gmt\b|bst\b|cet\b|utc\b|edt\b|est\b|et\b|hkt\b|"
    r"sgt\b|jst\b|local\s+time)",
    re.IGNORECASE,
)
_YEAR_BEFORE = lazy_compile(r"(?:19|20)\d\d\s?[-/–]\s?$")
_PERIOD_AFTER = lazy_compile(r"[\s-]*(?:quarter|half|century|quarterly)\b", re.IGNORECASE)
_PERIOD_BEFORE = lazy_compile(r"\b(?:first|second|1st|2nd|latter|back|front|the\s+other)[\s-]*$",
                            re.IGNORECASE)
# "the 2031 dollar bond": a year naming a dated instrument, the currency word an adjective.
_ADJ_AFTER = lazy_compile(r"[\s-]+(?!(?:a|an|the|per|in|on|at|of|for|to|and|or|from|by|with|each|"
                        r"apiece|worth|a-share|apiece|short|more|less|than)\b)[a-z]")
# "a two-part bond", "a three-way merger": the structure of a deal, not a figure to check.
_STRUCTURE_AFTER = lazy_compile(r"-(?:part|way|pronged|tier|tiered|step|stage|track|tranche)\b",
                              re.IGNORECASE)
_HALF_AFTER = lazy_compile(r"[\s-]*(?:year|yearly|time|hour|an\s+hour|century|decade)\b",
                         re.IGNORECASE)
_OF_AFTER = lazy_compile(r"\s+of\b", re.IGNORECASE)
# "climbed by a third to", "down about a fifth since": a fraction moved by, not "a third straight
# year" (the phrase ends right after the fraction).
_SHARE_MOVE = lazy_compile(
    r"\b(?:by|about|around|roughly|nearly|almost|some|over|than|down|up|fell|rose|cut|lost"
    r"|gained|jumped|dropped|climbed|shrank|grew|slumped|plunged|surged|slid|soared|tumbled"
    r"|increased|decreased|declined|reduced|lowered|raised|trimmed|slashed)\s+$", re.IGNORECASE)
_SHARE_END = lazy_compile(
    r"(?=\s*(?:[.,;:)\u2013\u2014-]|$|(?:to|from|since|in|on|over|after|this|last|compared"
    r"|versus|vs|than|and|but|while|as|year-on-year|during|through|within|amid|because|due"
    r"|following|for)\b))", re.IGNORECASE)
_UNIT_AND = lazy_compile(r"\b(?:an?|one)\s+(year|month)\s+and\s+$", re.IGNORECASE)
_THE_BEFORE = lazy_compile(r"\b(?:the|this|that|its|their|current|prior|previous|same|latest|"
                           r"fiscal)\s+$", re.IGNORECASE)
_TALLY_CONTEXT = lazy_compile(r"vote|voted|voting|split|decision|majority|ruling", re.IGNORECASE)
_RANGE_SEP = lazy_compile(r"\s*(?:-|–|—|to|and|-to-)\s*$", re.IGNORECASE)
_FROM_BEFORE = lazy_compile(r"\bfrom\s+$", re.IGNORECASE)
# "rose 50 cents to $1.20", "climbed 11 pence to 28.5 pence": a move and a level, not a range.
_MOVE_BEFORE = lazy_compile(
    r"\b(?:rose|rise[sn]?|rising|fell|fall(?:s|en|ing)?|climb\w*|gain\w*|jump\w*|added|lost|"
    r"drop\w*|slid|slipp?\w*|declin\w*|increas\w*|decreas\w*|rais\w*|lower\w*|up|down|"
    r"advanc\w*|surg\w*|soar\w*|plung\w*|tumbl\w*|sank|sunk|slump\w*|dipp?\w*|shed\w*|"
    r"trimm?\w*|widen\w*|narrow\w*)\s+(?:by\s+)?$", re.IGNORECASE)
_BETWEEN_BEFORE = lazy_compile(r"\bbetween\s+$", re.IGNORECASE)
# A bare number right after an all-capitals or "&" name is part of the name: "FTSE 100",
# "S&P 500", "CAC 40", "MSCI 300" (not a count to check), bold in a bullet too ("**S&P 500:**").
_NAME_BEFORE = lazy_compile(r"(?:^|[\s(\"'*_])(?-i:[A-Z][A-Za-z]*[A-Z&][A-Za-z&]*|[A-Z]&[A-Z])\s$")
_WS = lazy_compile(r"\s+")


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
    currencies: tuple[str, ...] | None = None  # every code the text may mean (default first)

    @property
    def values(self) -> tuple[float, ...]:
        return (self.value,) if self.high is None else (self.value, self.high)

    @property
    def explicit_currency(self) -> bool:
        """True when the text names exactly one currency ("C$", "SEK", "Swedish crowns")."""
        return self.currencies is not None and len(self.currencies) == 1


# --------------------------------------------------------------------------- helpers


def word_value(w: str) -> float:
    """Value of a number word: "twenty-five" -> 25, "a dozen" -> 12, "a" (million) -> 1."""
    w = _WS.sub(" ", w.lower()).replace("-", " ")
    if w.endswith("dozen"):
        head = w[:-5].strip()
        return 12.0 * (word_value(head) if head and head != "a" else 1.0)
    if w == "a":
        return 1.0
    return float(sum(TENS.get(p, 0) + SMALL.get(p, 0) for p in w.split()))


def _ordinal_value(w: str) -> float | None:
    w = w.lower()
    if w[0].isdigit():
        n = int(w[:-2])
        suffix = w[-2:]
        want = "th" if 10 <= n % 100 <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
        return float(n) if suffix == want else None  # "8st" is eight stone, not an ordinal
    if "-" in w:
        tens, unit = w.split("-", 1)
        return float(TENS.get(tens, 0) + UNIT_ORDINALS.get(unit, 0))
    return float(ORDINALS[w])


def _number_value(s: str) -> tuple[float, int]:
    """Value and number of decimals of "1,234.50" -> (1234.5, 2)."""
    s = s.replace(",", "").replace(" ", "")
    dec = len(s) - s.index(".") - 1 if "." in s else 0
    return float(s), dec


def _scale_factor(scale: str | None) -> float:
    if not scale:
        return 1.0
    scale = scale.strip(" -")
    return 1e12 if scale == "T" else SCALES.get(scale.lower(), 1.0)


def _currency_from_word(word: str) -> tuple[str, tuple[str, ...]]:
    """("Canadian dollars") -> ("CAD", ("CAD",)); ("crowns") -> ("SEK", ("SEK", "NOK", ...))."""
    w = _WS.sub(" ", word.strip().lower())
    head = w.rsplit(" ", 1)[-1]
    key = CURRENCY_WORDS.get(head, head.upper() if head.upper() in ISO_CODES else "dollar")
    if head in ("cent", "cents"):
        key = "dollar"
    if len(w) > len(head):
        qual = w[: len(w) - len(head) - 1]
        code = QUALIFIERS.get(qual)
        if code is not None:
            return code, (code,)
    codes = currency_codes(key)
    return codes[0], codes


_HEDGE_ENDINGS = tuple(sorted(_HEDGE_KIND, key=len, reverse=True))
_HEDGE_LAST = frozenset(h.split()[-1] for h in _HEDGE_KIND)
_PEAKS = ("as much as", "as high as", "up to", "as many as")


def _hedge_before(text: str, start: int) -> tuple[str | None, bool]:
    """The hedge right before a number ("about", "more than", "just under", "~")."""
    if start < 1 or not (text[start - 1].isspace() or text[start - 1] == "~"):
        return None, False
    seg = text[max(0, start - 24):start].lower()
    if seg.endswith("~"):
        return "approx", False
    last = seg.rsplit(None, 1)[-1:] if seg[-1:].isspace() else ()
    if not last or last[0].lstrip("([") not in _HEDGE_LAST:  # "(about $350m)"
        return None, False
    if "  " in seg or "\n" in seg:
        seg = " ".join(seg.split())
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


# --------------------------------------------------------------------------- one match


def _word_or_digits(s: str) -> float:
    return float(s) if s[0].isdigit() else word_value(s)


_REJECT = None  # a guard said no: the words are consumed, no quantity
_RETRY = False  # not this pattern: try the plain number pattern at the same place


def _from_special(m: re.Match, text: str) -> Quantity | None | bool:
    """The quantity of a special match, `_REJECT` (None) or `_RETRY` (False)."""
    s, e = m.start(), m.end()
    g = m.group
    low = m.group().lower()
    if g("fracpt"):
        if g("pd"):
            n = 1 if g("pn").lower() in ("a", "one") else SMALL[g("pn").lower()]
            v = n / DENOMINATORS[g("pd").lower()]
        else:
            v = 0.5 if low.startswith("half") else 0.25
        if v == 0.5:
            return Quantity(s, e, text[s:e], 0.5, unit="pp", kind="fraction", precision=0.0)
        return Quantity(s, e, text[s:e], v * 100, unit="bp", kind="fraction", precision=0.0)
    if g("onept"):
        return Quantity(s, e, text[s:e], 1.0, unit="pp", kind="word", precision=0.0)
    if g("andhalf"):
        v = _word_or_digits(g("ahnum"))
        return Quantity(s, e, text[s:e], v + 0.5, kind="word", precision=0.0)
    if g("inof"):
        a, b = _word_or_digits(g("in1")), _word_or_digits(g("in2"))
        if not 0 < a < b <= 1000 or _NUMBER.match(text, m.start("in2")).group("unit"):
            return _RETRY  # "3 in 2024", "5 in 10 years"
        return Quantity(s, e, text[s:e], a / b, unit="fraction", kind="fraction", precision=0.0)
    if g("frac"):
        num = g("fnum").lower()
        den_w = g("fden").lower()
        den = DENOMINATORS[den_w]
        n = 1 if num in ("a", "one") else SMALL[num]
        unit = _UNIT_AND.search(text, max(0, s - 16), s) if den_w == "half" else None
        if unit is not None:  # "a year and a half": 1.5 years
            u = "years" if unit.group(1).lower() == "year" else "months"
            return Quantity(unit.start(), e, text[unit.start():e], 1.5, unit=u, kind="word",
                            precision=0.0)
        plural = den_w.endswith("s")
        if num == "a" and den_w in _ORDINAL_DENS + ("quarter",) and not _OF_AFTER.match(text, e) \
                and not (_SHARE_MOVE.search(text, max(0, s - 24), s)
                         and _SHARE_END.match(text, e)):
            # "a third straight year" is an ordinal; "a third of" / "a quarter of" a fraction.
            if den_w in _ORDINAL_DENS and _QUARTER_AFTER.match(text, e):
                return None  # "a record for a third quarter": a period, not a figure
            if den_w in _ORDINAL_DENS:
                return Quantity(s + 2, e, text[s + 2:e], float(den), kind="ordinal",
                                unit="count", precision=0.0)
            return None
        if n > 1 and not plural and den_w != "half":
            return None
        if _PERIOD_AFTER.match(text, e):
            return None
        return _fraction(text, s, e, n / den)
    if g("decade"):
        return Quantity(s, e, text[s:e], 10.0, unit="years", kind="word", precision=0.0)
    if g("half"):
        if _PERIOD_BEFORE.search(text, max(0, s - 15), s) or _HALF_AFTER.match(text, e) or (
                _THE_BEFORE.search(text, max(0, s - 12), s) and not _OF_AFTER.match(text, e)):
            return None  # "the second half", "half-yearly", "in the half to December 31"
        return _fraction(text, s, e, 0.5)
    if g("ord"):
        if _PERIOD_AFTER.match(text, e) or _MONTH_AFTER.match(text, e):
            return None
        if _MONTH_BEFORE.search(text, max(0, s - 12), s):
            return None
        v = _ordinal_value(low)
        if v is None:
            return _RETRY
        return Quantity(s, e, text[s:e], v, unit="count", kind="ordinal", precision=0.0)
    if g("mult"):
        key = low.split()[0]
        hedge, _ = _hedge_before(text, s)
        return Quantity(s, e, text[s:e], float(MULTIPLE_WORDS[key]), unit="times",
                        kind="multiple", approx=hedge is not None, hedge=hedge, precision=0.0)
    return None


def _fraction(text: str, s: int, e: int, v: float) -> Quantity:
    """A fraction in words, with its hedge ("nearly half", "less than a third", "about a
    fifth")."""
    hedge, _ = _hedge_before(text, s)
    return Quantity(s, e, text[s:e], v, unit="fraction", kind="fraction", approx=hedge is not None,
                    hedge=hedge, precision=0.0)


def _is_date_or_code(m: re.Match, text: str, num: str, value: float, dec: int) -> bool:
    """A bare integer that is a year, a day of a month, a time or part of a name."""
    s = m.start()
    num_end = m.end("num")
    if _TIME_AFTER.match(text, num_end):
        return True
    if dec or "," in num:
        return False
    if len(num) == 4 and 1900 <= value <= 2100:
        return True
    if value <= 31 and (_MONTH_BEFORE.search(text, max(0, s - 12), s)
                        or _MONTH_AFTER.match(text, num_end)):
        return True
    if _YEAR_BEFORE.search(text, max(0, s - 7), s):
        return True
    return bool(_NAME_BEFORE.search(text, max(0, s - 14), s))


def _from_number(m: re.Match, text: str) -> Quantity | None:
    s, e = m.span()
    g = m.group
    num, word, cur_tok, scale, unit_tok = g("num", "word", "cur", "scale", "unit")
    if word:
        if word.lower() in ("one", "a") and not (scale or unit_tok):
            return None
        value, dec = word_value(word), 0
        precision = 0.0
    else:
        value, dec = _number_value(num)
        precision = 0.5 * 10 ** (-dec)
    plain = not (cur_tok or scale or unit_tok)
    if not word:
        if plain and _is_date_or_code(m, text, num, value, dec):
            return None
        if not cur_tok and _TIME_AFTER.match(text, m.end("num")):
            return None
    elif not unit_tok and not scale and _PERIOD_AFTER.match(text, m.end("num")):
        return None
    elif not unit_tok and not scale and _STRUCTURE_AFTER.match(text, m.end("num")):
        return None
    if (not word and not cur_tok and not scale and g("curword") and len(num) == 4
            and 1900 <= value <= 2100 and not g("curword").rstrip().lower().endswith("s")
            and _ADJ_AFTER.match(text, e)):
        return None

    factor = _scale_factor(scale)
    unit: str | None = None
    currency = None
    codes = None
    symbol = None
    kind = "word" if word else "number"
    if cur_tok:
        key = cur_tok.replace(" ", "").lower()
        ckey = PREFIX_CURRENCY.get(key) or PREFIX_CURRENCY.get(key.rstrip("."))
        if ckey is None:
            ckey = key.upper() if key.upper() in ISO_CODES else "dollar"
            if ckey == "RMB" or ckey == "CNH":
                ckey = "CNY"
        codes = currency_codes(ckey)
        currency = codes[0]
        symbol = key
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
            tok = _WS.sub(" ", g("minor").lower().strip(" -"))
            tok = "cents" if tok == "c" else tok  # "11.9c a security"
            if not cur_tok:
                if tok.endswith(("pence", "p")) and not tok.endswith("cents"):
                    currency, codes, symbol = "GBP", ("GBP",), "pence"
                elif tok.startswith("euro "):
                    currency, codes, symbol = "EUR", ("EUR",), "euro cents"
                elif tok.rsplit(" ", 1)[-1] in MINOR_UNITS:
                    codes = MINOR_UNITS[tok.rsplit(" ", 1)[-1]]
                    if " " in tok and QUALIFIERS.get(tok.rsplit(" ", 1)[0]) in codes:
                        codes = (QUALIFIERS[tok.rsplit(" ", 1)[0]],)
                    currency, symbol = codes[0], tok
                else:
                    currency, codes = _currency_from_word(tok)
                    if len(codes) > 1:
                        codes = codes + ("EUR",)  # a bare "cents" may be euro cents
                    symbol = tok
                unit = "currency"
                factor *= 0.01
            else:
                unit = "currency"
        elif g("curword") or g("code"):
            if g("code"):
                c = g("code").upper()
                wcodes = ("CNY",) if c in ("RMB", "CNH") else (c,)
                wcur, wtxt = wcodes[0], c
            else:
                wcur, wcodes = _currency_from_word(g("curword"))
                wtxt = _WS.sub(" ", g("curword").lower().strip(" -"))
            if not cur_tok:
                currency, codes, symbol = wcur, wcodes, wtxt
            elif len(codes) > 1 and wcur in codes:
                currency, codes = wcur, wcodes  # "$5 Canadian dollars"
            unit = "currency"
        elif g("measure"):
            mtok = g("measure")
            mw = _WS.sub(" ", mtok.lower())
            munit, mfac = MEASURES[mw]
            if mtok == "Mt":  # commodity shorthand: "3.4Mt" is 3.4 million tonnes ("mt": metric)
                mfac = 1e6
            spaced = g("unit")[:1].isspace()
            if unit == "currency" or mw in ("x", "st") and (word or spaced):
                return _trim_unit(m, text, value, factor, precision, currency, codes, unit,
                                  symbol, kind)
            if munit == "times":
                unit = "times"
                kind = "multiple"
            else:
                unit = munit
                factor *= mfac  # precision is scaled by `factor` below, once
    neg = -1.0 if g("neg") else 1.0
    if unit is None and word:
        unit = "count"
    hedge, peak = _hedge_before(text, s)
    if g("plus") and hedge is None:
        hedge = "min"
    return Quantity(
        s, e, text[s:e], neg * value * factor, unit=unit, currency=currency,
        approx=hedge is not None, kind=kind, hedge=hedge, symbol=symbol,
        precision=precision * factor, peak=peak, currencies=codes,
    )


def _trim_unit(m, text, value, factor, precision, currency, codes, unit, symbol, kind):
    """A match whose unit part turned out not to be a unit: keep the number and scale only."""
    s = m.start()
    e = m.end("scale") if m.group("scale") else m.end("num")
    hedge, peak = _hedge_before(text, s)
    if unit is None and kind == "word":
        unit = "count"
    return Quantity(s, e, text[s:e], value * factor, unit=unit, currency=currency,
                    approx=hedge is not None, kind=kind, hedge=hedge, symbol=symbol,
                    precision=precision * factor, peak=peak, currencies=codes)


# --------------------------------------------------------------------------- ranges


def _same_dim(a: Quantity, b: Quantity) -> bool:
    return a.unit == b.unit and a.currency == b.currency


_SCALE_IN = lazy_compile(
    r"(trillion|billion|million|thousand|crores?|lakhs?|tn|trn|bn|bln|mn|mln|m|b|k|(?-i:T))\b",
    re.IGNORECASE,
)
_HAS_SCALE = lazy_compile(r"\d\s?[a-z]", re.IGNORECASE)


def _scale_of(text: str) -> float:
    m = _SCALE_IN.search(text)
    if m:
        return _scale_factor(m.group(1))
    unit = _UNIT_AT_END.search(text)  # "420 MBoe": the unit's own scale (a thousand barrels)
    if unit is not None and unit.group() == "Mt":
        return 1e6  # "13.2-13.8Mt": million tonnes
    two = _UNIT2_AT_END.search(text)  # "16.0 terawatt-hours": the unit is both words
    if two is not None and two.group().lower() in MEASURES:
        return MEASURES[two.group().lower()][1]
    return MEASURES.get(unit.group().lower(), (None, 1.0))[1] if unit else 1.0


_UNIT_AT_END = lazy_compile(r"[A-Za-z]+$")
_UNIT2_AT_END = lazy_compile(r"[A-Za-z]+[- ][A-Za-z]+$")


def _merge(text: str, a: Quantity, b: Quantity) -> Quantity | None:
    """Join "a - b", "a to b" and "between a and b" into one range (or a vote tally)."""
    if b.start - a.end > 7:
        return None
    if a.kind in ("ordinal", "fraction", "multiple") or b.kind in ("ordinal", "fraction",
                                                                     "multiple"):
        return None
    if a.high is not None or b.high is not None:
        return None
    if a.kind == "word" == b.kind and a.unit == "count" and b.unit not in (None, "count"):
        a = replace(a, unit=None)  # "between four and nine years": a bare word, not a count
    sep = text[a.end:b.start]
    if len(sep) > 7 or "\n" in sep or not _RANGE_SEP.match(sep):
        return None  # "$1.12\n- $12M": a bullet, not a range
    word = sep.strip().lower()
    if word == "and" and not _BETWEEN_BEFORE.search(text, max(0, a.start - 12), a.start):
        return None
    dash = word in ("-", "–", "—", "-to-")
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
        if _MOVE_BEFORE.search(text, max(0, a.start - 16), a.start):
            return None
        # "climbed 11 pence to 118.5 pence" is a move and a level, not a range; "$2.45 to $2.52
        # billion" is a range whose scale sits on the second end.
        if a.unit is not None and a.value > 0 and b.value / a.value > 4 and not (
                a.unit == "currency" and not _HAS_SCALE.search(text, a.start, a.end)
                and 1 <= b.value / (a.value * _scale_of(text[b.start:b.end])) <= 4):
            return None
    # Carry the unit/scale of the second end back to a bare first end ("1.1 to 1.4 billion").
    low, prec = a.value, a.precision
    unit, currency, symbol, codes = a.unit, a.currency, a.symbol, a.currencies
    if a.unit is None and b.unit is not None:
        unit = b.unit
        currency, symbol = (a.currency or b.currency), (a.symbol or b.symbol)
        codes = a.currencies or b.currencies
    elif a.unit == "currency" and b.unit is None:
        pass  # "$1.6-1.8 billion": the scale sits on the second end
    elif not _same_dim(a, b) or is_minor(a) != is_minor(b):
        return None
    if a.unit is None and is_minor(b):
        low, prec = low * 0.01, prec * 0.01  # "between 40 and 60 cents"
    atext = text[a.start:a.end]
    a_has_scale = bool(_HAS_SCALE.search(atext)) and any(
        ch.isalpha() for ch in atext.lstrip("$€£¥#~ ").lstrip("-−0123456789.,"))
    high = b.value
    if not a_has_scale and b.value != 0 and abs(b.value) >= 1000 and abs(a.value) < 1000:
        factor = _scale_of(text[b.start:b.end])
        low *= factor
        prec *= factor
    if low >= high:
        return None
    hedge = a.hedge or b.hedge
    return Quantity(a.start, b.end, text[a.start:b.end], low, high, unit=unit,
                    currency=currency, approx=a.approx, kind=a.kind, hedge=hedge,
                    symbol=symbol, precision=max(prec, b.precision), peak=a.peak,
                    currencies=codes)


# --------------------------------------------------------------------------- public


_BAD_BEFORE = frozenset(".,/:_-–")
_TO_HYPHENS = lazy_compile(r"-to-$")  # "a 50-to-100-basis-point range": the second end


_DIGIT_RUN = lazy_compile(r"\d+")
_SPECIAL_AFTER_DIGITS = lazy_compile(r"st|nd|rd|th|\s+(?:and\s+a\s+half|in\s|out\s+of\s)|-in-|-and-",
                                   re.IGNORECASE)


def _maybe_special(text: str, s: int) -> bool:
    """Only "21st", "2 and a half", "1 in 5" and "9 out of 10" start special forms with a digit;
    a word start may be any."""
    if not text[s].isdigit():
        return not (text[s] in "$€£¥₹₩₽₺₪₦₱₫฿#~-−" or text[s].isupper() and text[s + 1:s + 2].isupper())
    run = _DIGIT_RUN.match(text, s)
    return _SPECIAL_AFTER_DIGITS.match(text, run.end()) is not None


_SHORT_YEAR = lazy_compile(r"\d\d(?![\d%.,]\d|[\d%])")
_YEAR_MARK = lazy_compile(r"\b(?:[QH][1-4]|FY|CY|fiscal|[Qq]uarter)[ \t]?\Z")
_QUARTER_YEAR = lazy_compile(r"\b[QH][1-4] \Z")


# A price in eighths of its last digit, as grain markets quote it: "21-1/4 cents" (21.25),
# "$9.68-1/2" (9.685).
_GRAIN_FRACTION = lazy_compile(r"(?<![\d/])(\d+)(\.\d+)?-([1357])/([248])(?![\d/])")


def _grain_decimal(m: re.Match) -> str:
    """The fraction written as decimals, in exactly as many characters as the match."""
    decimals = len(m.group(2) or ".") - 1  # "$9.68-1/2": half of the last digit, 9.685
    eighths = int(m.group(3)) / int(m.group(4)) * 10.0 ** -decimals
    value = float(m.group(1) + (m.group(2) or "")) + eighths
    width = len(m.group())
    whole = len(m.group(1))
    digits = max(1, width - whole - 1)
    out = f"{value:.{digits}f}"
    return out[:width].ljust(width, "0")


def parse_quantities(text: str) -> list[Quantity]:
    """Every quantity in `text`, in order, with spans into `text`."""
    if "/" in text and _GRAIN_FRACTION.search(text):
        plain = _GRAIN_FRACTION.sub(_grain_decimal, text)
        return [replace(q, text=text[q.start:q.end]) for q in _parse_quantities(plain)]
    return _parse_quantities(text)


def _parse_quantities(text: str) -> list[Quantity]:
    out: list[Quantity] = []
    last_end = 0
    for s in _starts(text):
        if s < last_end:
            continue
        if s > 0:
            prev = text[s - 1]
            # After "-" only as the second end of a range ("3-5%", "$3.41bn-$3.46bn") or a
            # negative number after a space.
            if (prev.isalnum() or prev in _BAD_BEFORE) and not (
                    prev in "-–" and out and out[-1].end == s - 1) and not (
                    prev == "-" and out and _TO_HYPHENS.match(text, out[-1].end, s)) and not (
                    prev == "\u00c2" and text[s] == "\u00a3"):  # "Â£": a mis-decoded "£"
                continue
            if prev in "'\u2019" and _SHORT_YEAR.match(text, s) and _YEAR_MARK.search(text, max(0, s - 12), s - 1):
                continue  # "Q2'25", "FY '24": a year, not a figure
            if prev == " " and _SHORT_YEAR.match(text, s) and _QUARTER_YEAR.search(text, max(0, s - 4), s):
                continue  # "Q1 25", "H2 24": a year
        q: Quantity | None | bool = _RETRY
        m = _SPECIAL.match(text, s) if _maybe_special(text, s) else None
        if m is not None:
            q = _from_special(m, text)
        if q is _RETRY:
            q = None
            m2 = _NUMBER.match(text, s)
            if m2 is not None and m2.end() > s:
                m = m2
                q = _from_number(m2, text)
        if m is None:
            continue
        last_end = m.end() if q is None else q.end
        if q is None:
            continue
        if out:
            merged = _merge(text, out[-1], q)
            if merged is not None:
                out[-1] = merged
                continue
        out.append(q)
    return out


_PARTS = lazy_compile(rf"(?P<a>\d+|{_WORDNUM})(?:\s+|-)(?:in|out\s+of(?:\s+the)?)(?:\s+|-)(?P<b>\d+|{_WORDNUM})",
                    re.IGNORECASE)


def fraction_parts(q: Quantity) -> list[Quantity]:
    """The two counts of a "13 out of 22" / "one in five" fraction, as count quantities of
    kind "part"."""
    m = _PARTS.fullmatch(q.text) if q.kind == "fraction" else None
    if m is None:
        return []
    out = []
    for g in ("a", "b"):
        tok = m.group(g)
        out.append(Quantity(q.start + m.start(g), q.start + m.end(g), tok, _word_or_digits(tok),
                            unit="count", kind="part",
                            precision=0.5 if tok[0].isdigit() else 0.0))
    return out


def is_minor(q: Quantity) -> bool:
    """Is `q` written in hundredth parts of a currency ("64 cents", "50p", "40 sen")?"""
    sym = (q.symbol or "").rsplit(" ", 1)[-1]
    return q.unit == "currency" and (sym in ("cent", "cents", "pence") or sym in MINOR_UNITS)


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
