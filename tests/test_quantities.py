"""Hand-checkable cases for the quantity parser: one per normalisation rule."""

from __future__ import annotations

import pytest

from summarizer.parsing.quantities import fraction_parts, parse_quantities


def one(text):
    qs = parse_quantities(text)
    assert len(qs) == 1, [q.text for q in qs]
    q = qs[0]
    assert text[q.start:q.end] == q.text
    return q


@pytest.mark.parametrize(
    "text, value, unit, currency",
    [
        ("3.60%", 3.6, "percent", None),
        ("3.6 per cent", 3.6, "percent", None),
        ("9 percent", 9.0, "percent", None),
        ("€612m", 612e6, "currency", "EUR"),
        ("612 million euros", 612e6, "currency", "EUR"),
        ("C$3.2bn", 3.2e9, "currency", "CAD"),
        ("C$3.2 billion", 3.2e9, "currency", "CAD"),
        ("US$2.25bn", 2.25e9, "currency", "USD"),
        ("A$1.5 billion", 1.5e9, "currency", "AUD"),
        ("S$27.4m", 27.4e6, "currency", "SGD"),
        ("HK$9.6 billion", 9.6e9, "currency", "HKD"),
        ("¥300 billion", 300e9, "currency", "JPY"),
        ("500 yen", 500.0, "currency", "JPY"),
        ("£5m", 5e6, "currency", "GBP"),
        ("5 pounds", 5.0, "currency", "GBP"),
        ("3 billion Swedish crowns", 3e9, "currency", "SEK"),
        ("20,000 kroner", 20000.0, "currency", "NOK"),
        ("Rs 500 crore", 5e9, "currency", "INR"),
        ("$1.3520", 1.352, "currency", "USD"),
        ("64 cents", 0.64, "currency", "USD"),
        ("$0.64", 0.64, "currency", "USD"),
        ("the 59-cent estimate", 0.59, "currency", "USD"),
        ("11 pence", 0.11, "currency", "GBP"),
        ("$50k", 50e3, "currency", "USD"),
        ("$1.1 trillion", 1.1e12, "currency", "USD"),
        ("$4.5 tn", 4.5e12, "currency", "USD"),
        ("25bp", 25.0, "bp", None),
        ("40 basis points", 40.0, "bp", None),
        ("6 bps", 6.0, "bp", None),
        ("0.3 percentage points", 0.3, "pp", None),
        ("2 pp", 2.0, "pp", None),
        ("half a point", 0.5, "pp", None),
        ("half a percentage point", 0.5, "pp", None),
        ("a quarter point", 25.0, "bp", None),
        ("1,234.5", 1234.5, None, None),
        ("7,800 jobs", 7800.0, None, None),
        ("38 mcm", 38.0, "mcm", None),
        ("38 million cubic metres", 38.0, "mcm", None),
        ("8.9 million tonnes", 8.9e6, "tonnes", None),
        ("206m passengers", 206e6, "passengers", None),
        ("the 20-day average", 20.0, "days", None),
        ("nine years", 9.0, "years", None),
        ("twenty-five", 25.0, "count", None),
    ],
)
def test_normalisation(text, value, unit, currency):
    q = one(text)
    assert q.value == pytest.approx(value)
    assert q.unit == unit
    assert q.currency == currency


@pytest.mark.parametrize(
    "text, low, high, unit",
    [
        ("$1.6-1.8 billion", 1.6e9, 1.8e9, "currency"),
        ("4.00%-4.25%", 4.0, 4.25, "percent"),
        ("between 35 and 37 dollars", 35.0, 37.0, "currency"),
        ("3-5%", 3.0, 5.0, "percent"),
        ("$3.41bn-$3.46bn", 3.41e9, 3.46e9, "currency"),
        ("1.1 to 1.4 billion", 1.1e9, 1.4e9, None),
        ("3% to 5%", 3.0, 5.0, "percent"),
        ("1.9 million to 2.1 million ounces", 1.9e6, 2.1e6, "ounces"),
    ],
)
def test_ranges(text, low, high, unit):
    q = one(text)
    assert (q.value, q.high) == (pytest.approx(low), pytest.approx(high))
    assert q.unit == unit


def test_moves_are_not_ranges():
    assert [q.text for q in parse_quantities("rose from 2.7% to 3.0%")] == ["2.7%", "3.0%"]
    assert [q.text for q in parse_quantities("climbed 11 pence to 118.5 pence")] == [
        "11 pence", "118.5 pence"]
    assert [q.text for q in parse_quantities("rose 0.4% to 65.31 U.S. cents")] == [
        "0.4%", "65.31 U.S. cents"]


def test_vote_tally_is_not_a_range():
    q = one("in a split 6-3 vote")
    assert q.kind == "tally" and (q.value, q.high) == (6.0, 3.0)


@pytest.mark.parametrize(
    "text, value, unit, kind",
    [
        ("a third straight year", 3.0, "count", "ordinal"),
        ("the 14th straight session", 14.0, "count", "ordinal"),
        ("half of the shareholders", 0.5, "fraction", "fraction"),
        ("two-thirds of shareholders", 2 / 3, "fraction", "fraction"),
        ("a third of staff", 1 / 3, "fraction", "fraction"),
        ("profit doubled", 2.0, "times", "multiple"),
        ("more than three times covered", 3.0, "times", "multiple"),
        ("two and a half", 2.5, None, "word"),
    ],
)
def test_words(text, value, unit, kind):
    q = one(text)
    assert q.value == pytest.approx(value)
    assert q.unit == unit
    assert q.kind == kind


@pytest.mark.parametrize(
    "text, hedge",
    [
        ("about $2.4 billion", "approx"),
        ("around 5%", "approx"),
        ("roughly 470 jobs", "approx"),
        ("some 38 mcm", "approx"),
        ("~5%", "approx"),
        ("more than 9%", "min"),
        ("over 40 flights", "min"),
        ("almost 4%", "max"),
        ("nearly 12%", "max"),
        ("just under $500m", "max"),
        ("up to nine years", "max"),
        ("9%", None),
    ],
)
def test_hedges(text, hedge):
    q = one(text)
    assert q.hedge == hedge
    assert q.approx is (hedge is not None)


def test_as_much_as_is_a_peak():
    q = one("rose as much as 14%")
    assert q.peak and q.hedge == "max"


def test_negative_number():
    assert one("a -0.5% reading").value == -0.5


@pytest.mark.parametrize(
    "text",
    [
        "in 2026", "fiscal 2026", "on Nov. 21", "until 21 October", "(Nov 4)", "in Q3",
        "H1 profit", "3Q results", "at 10:30", "at 3 p.m.", "the A320 jet", "5G networks",
        "COVID-19", "in the first half", "the third quarter", "fourth-quarter revenue",
        "October 21st", "the 2025-26 season", "one of the biggest",
    ],
)
def test_not_quantities(text):
    assert parse_quantities(text) == []


def test_spans_in_a_sentence():
    text = "Qolqa shares jumped 21% in Toronto, while Northspire fell 4.6% to C$14.60."
    assert [q.text for q in parse_quantities(text)] == ["21%", "4.6%", "C$14.60"]


def test_cnn_style_tokenised_text():
    text = "-lrb- cnn -rrb- the club paid $ 5 million and was fined # 2, 000 ."
    qs = parse_quantities(text)
    assert [(q.value, q.currency) for q in qs] == [(5e6, "USD"), (2000.0, "GBP")]


def test_linear_on_a_large_text():
    """Completes on a 2 MB article (no timing asserted)."""
    chunk = ("The Hang Seng Index closed down 1.7% at 25,860.41 points on Tuesday, while "
             "turnover reached HK$251 billion and three-year yields rose 6 basis points. ")
    text = chunk * (2_000_000 // len(chunk))
    qs = parse_quantities(text)
    assert len(qs) == 5 * (2_000_000 // len(chunk))


@pytest.mark.parametrize(
    "text, value, currencies",
    [
        ("SEK900m", 900e6, ("SEK",)),
        ("2.5 billion NOK", 2.5e9, ("NOK",)),
        ("CHF 5bn", 5e9, ("CHF",)),
        ("R5bn", 5e9, ("ZAR",)),
        ("R$3bn", 3e9, ("BRL",)),
        ("KRW1.2tn", 1.2e12, ("KRW",)),
        ("5 billion Czech crowns", 5e9, ("CZK",)),
        ("5 billion Swiss francs", 5e9, ("CHF",)),
        ("96 Canadian cents", 0.96, ("CAD",)),
        ("4.1 billion yuan", 4.1e9, ("CNY",)),
        ("50 South African rand", 50.0, ("ZAR",)),
        ("# 48.6 m", 48.6e6, ("GBP",)),
        ("$1.2-billion", 1.2e9, None),
    ],
)
def test_currency_codes(text, value, currencies):
    q = one(text)
    assert q.unit == "currency" and q.value == pytest.approx(value)
    if currencies is None:
        assert q.currencies[0] == "USD" and "CAD" in q.currencies  # a bare "$": any dollar
    else:
        assert q.currencies == currencies and q.explicit_currency


@pytest.mark.parametrize(
    "text, members",
    [
        ("900 million crowns", {"SEK", "NOK", "DKK"}),
        ("96 cents", {"USD", "CAD", "EUR"}),
        ("20 billion rupees", {"INR", "PKR"}),
        ("3 billion francs", {"CHF"}),
    ],
)
def test_ambiguous_currency_words_keep_every_reading(text, members):
    q = one(text)
    assert members <= set(q.currencies) and not q.explicit_currency


@pytest.mark.parametrize(
    "text, value, unit",
    [
        ("ten years", 10.0, "years"),
        ("in a decade", 10.0, "years"),
        ("three decades", 30.0, "years"),
        ("some three dozen officers", 36.0, "count"),
        ("he weighs 8st", 8.0, "stone"),
        ("5pc", 5.0, "percent"),
        ("oversubscribed 112 times", 112.0, "times"),
        ("three-quarters of a percentage point", 75.0, "bp"),
        ("a percentage point", 1.0, "pp"),
        ("one in five adults", 0.2, "fraction"),
        ("9 out of 10 analysts", 0.9, "fraction"),
    ],
)
def test_more_words_and_units(text, value, unit):
    q = one(text)
    assert q.value == pytest.approx(value) and q.unit == unit


def test_fraction_parts_are_counts():
    q = one("13 out of the 22 players")
    assert [(p.text, p.value, p.kind) for p in fraction_parts(q)] == [
        ("13", 13.0, "part"), ("22", 22.0, "part")]


@pytest.mark.parametrize("text", ["the FTSE 100 index", "the S&P 500", "CAC 40 futures",
                                  "won 3 in 2024"])
def test_index_names_and_years_are_not_counts(text):
    assert [q.text for q in parse_quantities(text) if q.value in (100, 500, 40, 2024)] == []


def test_mis_decoded_pound_sign():
    assert [(q.value, q.currency) for q in parse_quantities("a licence costs Â£1,000")] == [
        (1000.0, "GBP")]


@pytest.mark.parametrize(
    "text, value, codes",
    [
        ("rose 40 sen", 0.4, {"JPY"}),
        ("up 25 centavos", 0.25, {"MXN", "BRL"}),
        ("fell 30 kurus", 0.3, {"TRY"}),
        ("cut by 3 paise", 0.03, {"INR"}),
        ("80 öre a share", 0.8, {"SEK"}),
        ("45 New Zealand cents", 0.45, {"NZD"}),
    ],
)
def test_minor_currency_units(text, value, codes):
    q = one(text)
    assert q.value == pytest.approx(value) and q.unit == "currency"
    assert codes <= set(q.currencies)


def test_cents_precision_is_half_a_cent():
    assert one("64 cents").precision == pytest.approx(0.005)


def test_senator_is_not_a_minor_unit():
    assert [(q.value, q.unit) for q in parse_quantities("3 Sen. Ames")] == [(3.0, None)]


@pytest.mark.parametrize(
    "text, spans",
    [
        ("shares rose 50 cents to $1.20", ["50 cents", "$1.20"]),
        ("climbed 11 pence to 28.5 pence", ["11 pence", "28.5 pence"]),
        ("it gained 40 sen to 1.2 yen", ["40 sen", "1.2 yen"]),
    ],
)
def test_a_move_then_a_level_is_not_a_range(text, spans):
    assert [q.text for q in parse_quantities(text)] == spans


def test_minor_unit_range_scales_its_bare_first_end():
    q = one("between 40 and 60 cents")
    assert (q.value, q.high) == (pytest.approx(0.4), pytest.approx(0.6))


def test_year_before_singular_currency_word_is_a_dated_instrument():
    qs = parse_quantities("Its 2033 dollar bond rose 1.5 cents, after it paid 2000 dollars.")
    assert [q.text for q in qs] == ["1.5 cents", "2000 dollars"]


def test_deal_structure_compounds_are_not_counts():
    assert parse_quantities("a three-part loan and a two-way split") == []
    assert [q.text for q in parse_quantities("a two-year loan")] == ["two-year"]
