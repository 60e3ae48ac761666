"""Name parsing and the entity check: each accepted form of support, hand-checkable."""

from __future__ import annotations

import json

import pytest
from conftest import SHARED, errors, spans

from summarizer import check
from summarizer.parsing.names import (
    acronym_forms,
    is_common_word,
    is_lowercased,
    normalise,
    parse_names,
    role_key,
    role_relation,
)


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
    (n, _firm) = parse_names("said Imogen Hartley, chief UK economist at Fenwick Partners.")[:2]
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
    # Boeing fills Airbus's slot in the source; a full person name is invented; nothing in the
    # source competes with the lone "Barclays", so it is only unverified
    assert [f.severity for f in r.findings] == ["error", "error", "warning"]
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


# --- round 2: roles, attributions, regions, plural acronyms ------------------------------------

PEOPLE = ("OSLO (Jan 14) - Acme Corp sold bonds on Tuesday. \"Demand was deep,\" said Acme Chief "
          "Financial Officer Jane Doe. Chief Executive John Smith told reporters the plant would "
          "reopen in March. Bob Lee, chairman of Acme, said nothing. Piet Mol, the Dutch central "
          "bank governor, said inflation was easing. Chief Financial Officer Kim Park said the "
          "global fleet would expand by about 10% and freight rates would fall next year. About "
          "21% went to the Nordics and the rest to Norwegian funds. The miner lost 3,800 ounces "
          "of platinum group metals a day.")


def test_roles_inside_capitalised_title_runs_and_appositions():
    found = {n.text: n.role for n in parse_names(PEOPLE)}
    assert found["Jane Doe"] == "chief financial officer"
    assert found["John Smith"] == "chief executive"
    assert [r for t, r in found.items() if t.endswith("Lee")] == ["chair"]
    assert found["Piet Mol"] == "governor"
    assert "Acme" in found  # the company before the title is a name of its own
    (n,) = parse_names("Y's boss, Ann Ek, left.")[1:]
    assert n.text == "Ann Ek"


def test_role_keys_and_relations():
    assert role_key("CEO") == role_key("Chief Executive Officer") == "chief executive"
    assert role_key("finance chief") == role_key("CFO") == "chief financial officer"
    assert role_key("chief UK economist") == "economist"
    assert role_key("Deputy Governor") == "deputy governor"
    assert role_relation("chief executive", "chief financial officer") == "different"
    assert role_relation("governor", "deputy governor") == "close"
    assert role_relation("minister", "finance minister") == "close"


@pytest.mark.parametrize("summary, span", [
    ("Chief executive Jane Doe said demand was deep.", "Chief executive Jane Doe"),
    ("Acme CEO Jane Doe said demand was deep.", "CEO Jane Doe"),
    ("Jane Doe, Acme's chief executive, said demand was deep.", "Jane Doe, Acme's chief executive"),
    ("CFO John Smith said the plant would reopen.", "CFO John Smith"),
])
def test_title_given_to_a_person_with_another_role_is_an_error(summary, span):
    (f,) = errors(entity_check(PEOPLE, summary))
    assert f.text == span and "different role" in f.message and f.evidence


@pytest.mark.parametrize("summary", [
    "Acme finance chief Jane Doe said demand was deep.",
    "Chief executive John Smith said the plant would reopen in March.",
    "Governor Piet Mol said inflation was easing.",
    "Kim Park said the global fleet would expand by about 10% and freight rates would fall.",
])
def test_right_roles_and_right_speakers_pass(summary):
    assert entity_check(PEOPLE, summary).findings == []


def test_close_role_is_only_a_warning_but_chair_is_not_chief_executive():
    (f,) = entity_check(PEOPLE, "Deputy governor Piet Mol said inflation was easing.").findings
    assert f.severity == "warning" and f.text == "Deputy governor Piet Mol"
    (f,) = entity_check(PEOPLE, "Chief executive Bob Lee said nothing.").findings
    assert f.severity == "error" and f.text == "Chief executive Bob Lee"


def test_statement_of_another_source_person_is_an_error():
    r = entity_check(PEOPLE, "Chief Executive John Smith said the global fleet would expand by "
                             "about 10%, so freight rates would fall next year.")
    (f,) = errors(r)
    assert f.text == "Chief Executive John Smith"
    assert "Kim Park" in f.message and "global fleet" in f.evidence


@pytest.mark.parametrize("summary", [
    "Nordic accounts took 21%.",          # plural in the source
    "Scandinavian funds bought the rest.",  # a region one of the source's countries is in
    "Nordic and European funds bought.",
    "The miner lost 3,800 ounces of PGMs a day.",  # plural acronym of a spelled-out phrase
])
def test_regions_plurals_and_plural_acronyms_pass(summary):
    assert errors(entity_check(PEOPLE, summary)) == []


def test_region_without_a_member_country_and_plural_acronym_not_spelled_out_are_errors():
    assert spans(entity_check(PEOPLE, "Asian funds bought."), "entity") == ["Asian"]
    assert spans(entity_check(PEOPLE, "The miner lost 3,800 ounces of LMEs."), "entity") == ["LMEs"]


def test_sentence_initial_ordinary_word_as_a_company():
    assert spans(entity_check(PEOPLE, "Shell said demand was deep."), "entity") == ["Shell"]
    assert entity_check(PEOPLE, "Analysts said demand was deep.").findings == []
    src = "Shell said demand was deep on Tuesday."
    assert entity_check(src, "Shell said demand was deep.").findings == []


def test_lowercased_possessives_and_plurals_in_the_source():
    src = "Veep is HBO's comedy. She won two Olympic medals."
    assert entity_check(src, "veep is hbo 's comedy ; she went to the olympics .").findings == []
    assert is_lowercased("veep is hbo 's comedy .") and not is_lowercased("Shell said so.")


def test_normalise_is_case_accent_and_possessive_blind():
    assert normalise("Société Générale's U.S. unit") == " societe generale us unit "
    assert normalise("Investors' A.B.C. fund", lower=False) == " Investors ABC fund "


def test_role_the_source_gives_someone_else_is_a_warning():
    src = ("Chief Executive Karl Berg said demand was strong. Sigrid Aune, who runs the Oslo "
           "plant, said output rose.")
    (f,) = entity_check(src, "CEO Sigrid Aune said output rose.").findings
    assert (f.severity, f.text) == ("warning", "CEO Sigrid Aune") and "Karl Berg" in f.message
    assert entity_check(src, "Sigrid Aune said output rose.").findings == []


def test_role_synonyms_across_countries_pass():
    src = ("Jane Doe, a senior portfolio manager at Acme, and Commerce Secretary Ann Ek spoke. "
           "John Smith, managing director of Beta, agreed.")
    summary = "Fund manager Jane Doe, commerce minister Ann Ek and Beta chief executive John Smith spoke."
    assert errors(entity_check(src, summary)) == []


# --- round 3: nicknames of institutions, spelled-out acronyms, confident errors only ------------

@pytest.mark.parametrize("source, summary", [
    ("The Bank of Mexico cut rates.", "Banxico cut rates."),
    ("Brazil's central bank raised rates.", "Copom raised rates."),
    ("The Reserve Bank of India held rates.", "The RBI held rates."),
    ("Shares fell on Germany's blue-chip DAX index.", "The DAX fell."),
    ("U.S. crude futures rose.", "WTI rose."),
    ("OPEC and its allies agreed to raise output.", "OPEC+ agreed to raise output."),
    ("It wrote down its battery cell joint venture.", "It wrote down its battery JV."),
    ("Headline earnings per share rose 14%.", "HEPS rose 14%."),
    ("It trades foreign exchange.", "It trades FX."),
    ("Its NIM and CET1 ratio rose; EBITDA and AUM too.", "NIM, CET1, EBITDA and AUM rose."),
])
def test_nicknames_and_spelled_out_acronyms_pass(source, summary):
    assert entity_check(source, summary).findings == []


def test_known_institution_of_the_same_kind_is_a_confident_error():
    (f,) = entity_check("The Federal Reserve cut rates.", "Banxico cut rates.").findings
    assert f.severity == "error" and f.evidence == "Federal Reserve"
    # the source names Mexico: "the central bank" may be Banxico, so only unverified
    (f,) = entity_check("Mexico's peso rose after the central bank cut rates.",
                        "Banxico cut rates.").findings
    assert f.severity == "warning"


def test_unknown_single_names_are_warnings_unless_a_source_name_fills_the_slot():
    src = "Goldman Sachs advised Rheinfeld on the deal, which closes in May."
    (f,) = entity_check(src, "JPMorgan advised Rheinfeld on the deal.").findings
    assert f.severity == "error" and f.evidence == "Goldman Sachs"
    (f,) = entity_check(src, "The deal needs approval from the ACCC.").findings
    assert f.severity == "warning"
    (f,) = entity_check(src, "Rheinfeld later sold a unit to Zephyrix.").findings
    assert f.severity == "warning"
    # a full person name or an organisation of several words stays an error
    assert [f.severity for f in entity_check(src, "Anna Berg advised Rheinfeld.").findings] \
        == ["error"]


def test_nickname_made_of_pieces_of_a_source_name_is_not_a_rival():
    src = "The Bank of Veltrania cut its key rate by 25 basis points."
    (f,) = entity_check(src, "Banveltra cut its key rate by a quarter point.").findings
    assert f.severity == "warning"


def test_lowercased_invented_first_name_is_an_error_with_the_rival_as_evidence():
    src = "former england captain michael vaughan said the side was strong ."
    (f,) = entity_check(src, "former captain james vaughan said the side was strong .").findings
    assert f.severity == "error" and "michael vaughan" in f.evidence
    (f,) = entity_check(src, "alan said the side was strong .").findings
    assert f.severity == "error" and f.text == "alan" and f.evidence is None


def test_numbered_name_with_another_number_is_flagged():
    src = "The Nikkei 225 index rose 1%, while the broader Topix gained 0.8%."
    rep = entity_check(src, "The Nikkei 400 rose 1%.")
    assert [f.text for f in errors(rep)] == ["Nikkei 400"]
    assert errors(entity_check(src, "The Nikkei 225 rose 1%.")) == []
    assert errors(entity_check(src, "The Nikkei rose 1% in 2025.")) == []


def test_person_placed_at_another_organisation_is_flagged():
    src = ("Lena Hartmann, a senior economist at Rhinebank, said growth would slow. Grey Owl "
           "Partners analyst Tom Reyes disagreed. The ministry cut its forecast.")
    rep = entity_check(src, "Lena Hartmann, an economist at Grey Owl Partners, said growth would slow.")
    assert [f.text for f in errors(rep)] == ["Grey Owl Partners"]
    rep = entity_check(src, "Tom Reyes, an analyst at Rhinebank, disagreed.")
    assert [f.text for f in errors(rep)] == ["Rhinebank"]
    assert errors(entity_check(src, "Lena Hartmann, an economist at Rhinebank, expects slower growth.")) == []
    assert errors(entity_check(src, "Tom Reyes, an analyst at Grey Owl Partners, disagreed.")) == []
