"""The support check and the score: clause-level unsupported findings, severities from the
threshold, no double reports, and the fin_dev contract (faithful cases get no error)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from conftest import SHARED, errors, spans

from summarizer import check
from summarizer.backends.lexical import tokenize
from summarizer.checks.support import clauses
from summarizer.findings import Finding, SentenceSupport
from summarizer.scoring import (
    ALL_FEATURES,
    FEATURES,
    SENTENCE_FEATURES,
    combine,
    features,
    sentence_probability,
    thresholds,
)
from summarizer.text import Document

SOURCE = (
    "European gas prices jumped on Thursday after an outage at a Norwegian processing plant cut "
    "export capacity. The benchmark contract settled 9% higher at 46 euros per megawatt hour. "
    "Storage sites are 83% full, traders said."
)


def test_invented_cause_clause_is_flagged_alone():
    summary = ("European gas prices jumped on Thursday after Russia halted its remaining "
               "pipeline flows to Asia.")
    rep = check(SOURCE, summary, checks=("support",))
    assert spans(rep, "unsupported") == ["after Russia halted its remaining pipeline flows to Asia"]
    f = rep.findings[0]
    assert f.evidence and f.evidence in SOURCE
    assert f.message == "this clause is not in the source: nothing there says this"


def test_faithful_paraphrase_has_no_unsupported_finding():
    summary = "Gas prices in Europe jumped after an outage at a Norwegian plant; storage is 83% full."
    rep = check(SOURCE, summary, checks=("support",))
    assert spans(rep, "unsupported") == []
    assert rep.verdict == "pass"
    assert len(rep.support) == 1 and rep.support[0].score > 0.6


def test_wholly_invented_sentence_is_flagged_whole():
    summary = "Gas prices jumped 9% on Thursday. Shareholders approved a merger with a Danish utility."
    rep = check(SOURCE, summary, checks=("support",))
    assert spans(rep, "unsupported") == ["Shareholders approved a merger with a Danish utility."]


def test_threshold_sets_severity():
    summary = "Gas prices jumped on Thursday after Russia halted its remaining pipeline flows to Asia."
    strict = check(SOURCE, summary, checks=("support",), error_threshold=0.5)
    lenient = check(SOURCE, summary, checks=("support",), error_threshold=-1.0)
    assert [f.severity for f in strict.findings] == ["error"] and strict.verdict == "fail"
    assert [f.severity for f in lenient.findings] == ["warning"] and lenient.verdict == "pass"


def test_leftover_text_is_not_scored():
    pytest.importorskip("summarizer.checks.leftover")
    summary = "Gas prices jumped 9% on Thursday.\n\nLet me know if you'd like a shorter version!"
    rep = check(SOURCE, summary, checks=("leftover", "support"))
    if not spans(rep, "leftover"):
        pytest.skip("leftover check not detecting sign-offs yet")
    assert len(rep.support) == 1
    assert spans(rep, "unsupported") == []


def test_no_double_report_of_spans_flagged_earlier():
    from summarizer.checks import support
    from summarizer.checks.base import CheckContext
    from summarizer.settings import Settings

    summary = "Gas prices jumped after Russia halted its remaining pipeline flows to Asia."
    ctx = CheckContext(Document(summary), Document(SOURCE), Settings(checks=("support",)))
    start = summary.index("after")
    ctx.findings.append(Finding.at(summary, start, len(summary) - 1, "entity", "invented"))
    assert support.run(ctx) == []
    assert len(ctx.support) == 1  # still scored


def test_clause_splitting():
    text = "Veridane cut 470 of its 7,800 jobs, mainly to appease investors after shares fell."
    doc = Document(text)
    got = [(text[s:e], adj) for s, e, adj in clauses(text, tokenize(doc), 0, len(text))]
    assert got == [
        ("Veridane cut 470 of its 7,800 jobs", False),
        ("mainly to appease investors", True),
        ("after shares fell", True),
    ]


def test_combine_is_a_probability_and_orders_sensibly():
    good = [SentenceSupport(0, 10, 0.9, "x")]
    bad = [SentenceSupport(0, 10, 0.1, "x")]
    err = [Finding("number", "error", 0, 3, "abc", "m")]
    assert 0.0 <= combine([], bad) <= 1.0
    assert combine([], good) > combine([], bad)
    assert combine([], good) > combine(err, good)
    f = features(err, good)  # no source: every feature, overlap at its no-source value
    assert list(f) == list(ALL_FEATURES) and f["number"] == 1 and f["min_support"] == 0.9
    assert set(FEATURES) <= set(ALL_FEATURES)


def test_combine_uses_overlap_with_the_source():
    copied = "The benchmark contract settled 9% higher at 46 euros per megawatt hour."
    invented = "The benchmark contract collapsed after regulators banned futures trading outright."
    high = check(SOURCE, copied, checks=("support",), error_threshold=-1.0)
    low = check(SOURCE, invented, checks=("support",), error_threshold=-1.0)
    assert high.score > 0.5 > low.score
    sup = [SentenceSupport(0, 10, 0.8, "x")]
    src = Document(SOURCE)
    f = features([], sup, Document(copied), src, full=True)
    assert f["bigram_precision"] == 1.0 and f["novel_share"] == 0.0


def test_sentence_probability_rises_with_support():
    base = {k: 0.0 for k in SENTENCE_FEATURES}
    low = sentence_probability({**base, "support": 0.1, "log_length": 2.0})
    high = sentence_probability({**base, "support": 0.95, "bigram_precision": 0.9, "log_length": 2.0})
    assert 0.0 <= low < high <= 1.0


def test_thresholds_are_fitted_and_ordered():
    for backend in ("lexical", "embedding", "nli"):
        t = thresholds(backend)
        assert 0.0 <= t["error"] <= 1.0 and 0.0 <= t["warning"] <= 1.0


FIN_DEV = SHARED / "benchmarks" / "fin_dev.jsonl"
FIN_HOLDOUT = Path(__file__).resolve().parents[1] / "eval" / "data" / "fin_holdout.jsonl"


@pytest.mark.skipif(not FIN_HOLDOUT.is_file(), reason="held-out set not present")
def test_fin_holdout_faithful_cases_get_no_support_error():
    rows = [json.loads(line) for line in FIN_HOLDOUT.read_text(encoding="utf-8").splitlines() if line]
    faithful = [r for r in rows if r["label"] == 1]
    assert faithful
    for r in faithful:
        rep = check(r["source"], r["summary"], checks=("leftover", "support"))
        assert [f for f in errors(rep) if f.kind == "unsupported"] == [], r["id"]


@pytest.mark.skipif(not FIN_DEV.is_file(), reason="shared benchmarks not present")
def test_fin_dev_faithful_cases_get_no_support_error_and_invented_clauses_are_caught():
    rows = [json.loads(line) for line in FIN_DEV.read_text(encoding="utf-8").splitlines() if line]
    for r in rows:
        rep = check(r["source"], r["summary"], checks=("support",))
        if r["label"] == 1:
            assert errors(rep) == [], r["id"]
        elif r["kinds"] == ["unsupported"]:
            # Each invented clause overlaps an unsupported finding.
            for must in r["must_flag"]:
                s = r["summary"].index(must)
                assert any(f.overlaps(s, s + len(must)) for f in rep.findings
                           if f.kind == "unsupported"), (r["id"], must)


class _StubModel:
    """A model backend that judges every claim unsupported (P 0.1), with no clause to blame."""

    thresholds = {"error": 0.3, "warning": 0.5}

    def localise(self, summary, source, start, end, clauses, threshold):
        return []


def test_the_model_judges_the_claims_the_overlap_path_doubts():
    from summarizer.checks.base import CheckContext
    from summarizer.checks.support import model_findings
    from summarizer.settings import Settings

    summary = "Gas prices jumped after the outage. Storage sites are nearly full."
    ctx = CheckContext(Document(summary), Document(SOURCE), Settings())
    cut = summary.index("Storage")
    first, second = (0, cut - 1), (cut, len(summary))
    support = [SentenceSupport(*first, 0.1, "e1"), SentenceSupport(*second, 0.1, "e2")]
    doubt = Finding.at(summary, cut, cut + 13, "unsupported", "doubted", None, "warning", "SUP001")

    found = model_findings(ctx, _StubModel(), support, [], [doubt])
    assert [(f.start, f.severity) for f in found] == [(cut, "error")]  # the undoubted claim: nothing
    assert "model confidence 0.90" in found[0].message
    # without the condition (doubted=None) both are errors; above the warning level, nothing
    assert [f.severity for f in model_findings(ctx, _StubModel(), support, [], None)] == ["error", "error"]
    high = [SentenceSupport(*first, 0.7, "e1")]
    assert model_findings(ctx, _StubModel(), high, [], [doubt]) == []
