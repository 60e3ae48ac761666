"""Name parsing and the entity check: each accepted form of support, hand-checkable."""

from __future__ import annotations

import json

import pytest
from conftest import SHARED, errors, spans

from summarizer import check
from summarizer.parsing.names import acronym_forms, is_common_word, normalise, parse_names


def names(text):
    return [n.text for n in parse_names(text)]


def entity_check(source, summary):
    return check(source, summary, checks=("entity",))


# --- parsing -----------------------------------------------------------------------------------

def test_runs_with_connectors_possessives_and_and():
    assert names("Shares of Bank of America rose.") == ["Bank of America"]
    assert names("He sold Qolqa's stake.") == ["Qolqa"]
    assert names("It cited Gas Infrastructure Europe data.") == ["Gas Infrastructure Europe"]
    assert names("Citigroup and UniCredit ran it.") == ["Citigroup and UniCredit"]


def test_sentence_initial_ordinary_words_months_units_vocab_skipped():
    assert names("Counting the fines, it rose. Airfares soared in July.") == []
    assert names("The CEO said EPS and ARR rose on Tuesday; prices hit 46 euros/MWh.") == []
    assert names("Peru-focused miners and April-June profit.") == ["Peru"]


def test_titles_and_roles():
    (n,) = parse_names("Chief executive Annika Vogt said so.")
    assert (n.text, n.role, n.role_span) == ("Annika Vogt", "chief executive", (0, 15))
    (n, firm) = parse_names("said Imogen Hartley, chief UK economist at Fenwick Partners.")[:2]
    assert (n.text, n.role) == ("Imogen Hartley", "economist")
    assert parse_names("Mr. Trump spoke.")[0].text == "Trump"


def test_tickers():
    found = [(n.text, n.kind) for n in parse_names("Apple (NASDAQ: AAPL) and $TSLA rose.")]
    assert ("AAPL", "ticker") in found and ("$TSLA", "ticker") in found


def test_helpers():
    assert {"RBA"} <= acronym_forms(("Reserve", "Bank", "of", "Australia"))
    assert "BOFA" in acronym_forms(("Bank", "of", "America"))
    assert normalise("the U.S. Treasury's") == " the us treasury "
    assert is_common_word("Counting") and is_common_word("Airfares")
    assert not is_common_word("Madigan")


# --- the check ---------------------------------------------------------------------------------

SRC = ("SYDNEY (Nov 4) - The Reserve Bank of Australia held rates. The European Central Bank "
       "and the Monetary Authority of Singapore also met. Chief executive Conor Madigan blamed "
       "late deliveries from Boeing. Storage data came from Gas Infrastructure Europe. The "
       "Australian dollar rose against the United States currency. Bank of America, Citigroup and "
       "UniCredit ran the sale for Alpenrueck Re, which Northspire Mining Corp owns. Annual "
       "recurring revenue and liquefied natural gas imports rose; the price was a 29% premium "
       "to the volume-weighted average price. Chief financial officer Annika Vogt spoke. Dutch "
       "prices rose after a Norwegian outage, and mainland investors bought shares. The "
       "treasury said prices in Europe rose.")


@pytest.mark.parametrize("summary", [
    "Madigan blamed Boeing.",                      # surname of a source person
    "Alpenrueck and Northspire rose.",             # part of a source name
    "Northspire Corp rose.",                       # token subsequence
    "The RBA, the ECB and the MAS met.",           # acronyms of source names
    "GIE data showed it.",
    "The Aussie dollar rose.",                     # alias
    "BofA ran the sale.", "The U.S. currency fell.", "US buyers came.",
    "Australia's central bank held.",              # demonym
    "The Netherlands and Norway saw prices rise.",
    "European prices rose.", "Chinese investors bought shares.",
    "The Treasury said so.",                       # lower-case in source
    "ARR rose and LNG imports rose; the price beat the VWAP.",
    "The CEO said AI and EPS and GDP matter.",     # general vocabulary
    "CFO Annika Vogt spoke.",                      # same role, other words
])
def test_supported_names_pass(summary):
    assert entity_check(SRC, summary).findings == []


def test_invented_names_are_errors_spanning_the_name():
    r = entity_check(SRC, "Madigan blamed Airbus, said James Whitfield, an economist at Barclays.")
    assert spans(r, "entity") == ["Airbus", "James Whitfield", "Barclays"]
    assert all(f.severity == "error" for f in r.findings)
    assert entity_check(SRC, "Madigan blamed Airbus.").findings[0].evidence == "Boeing"


def test_invented_institution_with_ordinary_words():
    r = entity_check(SRC, "The International Energy Agency published the storage data.")
    assert spans(r, "entity") == ["International Energy Agency"]


def test_role_swap_is_an_error_with_the_title_in_the_span():
    r = entity_check(SRC, "Chief executive Annika Vogt spoke.")
    (f,) = errors(r)
    assert f.text == "Chief executive Annika Vogt"
    assert "chief financial officer" in f.message and "Vogt" in f.evidence


def test_and_split_flags_only_the_invented_part():
    r = entity_check(SRC, "Citigroup and Mediobanca ran the sale.")
    assert spans(r, "entity") == ["Mediobanca"]


def test_lowercased_summary_flags_known_names_missing_from_source():
    src = "the team lost to ireland in the second match of the series on tuesday ."
    assert spans(entity_check(src, "the team lost to afghanistan in the second match ."),
                 "entity") == ["afghanistan"]
    assert entity_check(src, "the team lost to ireland in the second match .").findings == []


FIN_DEV = SHARED / "benchmarks" / "fin_dev.jsonl"


@pytest.mark.skipif(not FIN_DEV.exists(), reason="shared benchmarks not available")
def test_fin_dev_faithful_pass_and_entity_spans_caught():
    caught = total = 0
    for line in FIN_DEV.read_text(encoding="utf-8").splitlines():
        case = json.loads(line)
        r = entity_check(case["source"], case["summary"])
        if case["label"] == 1:
            assert errors(r) == [], (case["id"], r.findings)
        for span, kind in zip(case["must_flag"], case["flag_kinds"]):
            if kind == "entity":
                total += 1
                s = case["summary"].find(span)
                caught += any(f.overlaps(s, s + len(span)) for f in r.findings)
    assert total and caught / total >= 0.8
