"""Aggregates and gates on hand-built row results (independent of the checker's behaviour)."""

from __future__ import annotations

import pytest

from summarizer.errors import ConfigError
from summarizer.evaluation.aggregate import aggregate
from summarizer.evaluation.gates import GateOptions, evaluate_gates, parse_fraction
from summarizer.evaluation.runner import RowResult
from summarizer.findings import Finding, Report


def result(i, summary="Shares rose 5%.", errors=0, warnings=0, score=0.9, label=None, rouge=None,
           error=None):
    if error is not None:
        return RowResult(line=i, id=f"r{i}", label=label, error=error, summary=summary)
    findings = [Finding("number", "error", 12, 14, summary[12:14], "number not in source")] * errors
    findings += [Finding("unsupported", "warning", 0, 6, summary[0:6], "weak support")] * warnings
    report = Report(summary=summary, findings=findings, score=score, signature="sig")
    return RowResult(line=i, id=f"r{i}", report=report, label=label, rouge=rouge, signature="sig",
                     summary=summary)


@pytest.fixture
def batch():
    # faithful (1): pass, pass, fail   unfaithful (0): fail, pass   unlabelled pass; one error row
    return [
        result(1, label=1, score=0.9, rouge={"rouge1": 0.5, "rouge2": 0.2, "rougeLsum": 0.4}),
        result(2, label=1, score=0.8, warnings=1),
        result(3, label=1, score=0.3, errors=1, rouge={"rouge1": 0.3, "rouge2": 0.1, "rougeLsum": 0.2}),
        result(4, label=0, score=0.2, errors=2),
        result(5, label=0, score=0.85),
        result(6, score=0.7),
        result(7, label=0, error="missing field 'summary'"),
    ]


def test_aggregate_by_hand(batch):
    a = aggregate(batch)
    assert (a.rows, a.passed, a.failed, a.errors) == (7, 4, 2, 1)
    assert a.pass_rate == 4 / 7
    assert a.findings_by_kind["number"] == 3 and a.findings_by_kind["unsupported"] == 1
    assert a.rouge == pytest.approx({"rouge1": 0.4, "rouge2": 0.15, "rougeLsum": 0.3})
    assert a.labelled == 5  # the error row's label does not count
    # faithful recall 2/3, unfaithful recall 1/2 -> (2/3 + 1/2) / 2
    assert a.labels["balanced_accuracy"] == pytest.approx(7 / 12)
    # predicted unfaithful: rows 3 (wrong) and 4 (right); unfaithful rows: 4, 5
    assert a.labels["precision"] == 0.5 and a.labels["recall"] == 0.5 and a.labels["f1"] == 0.5
    # scores faithful {0.9, 0.8, 0.3} vs unfaithful {0.2, 0.85}: 4 of 6 pairs ordered right
    assert a.labels["roc_auc"] == pytest.approx(4 / 6)


def test_aggregate_json_contract(batch):
    d = aggregate(batch).to_dict()
    assert list(d) == ["rows", "passed", "failed", "errors", "pass_rate", "faithful", "clean",
                       "findings_by_kind",
                       "rouge", "labels"]
    assert set(d["labels"]) == {"balanced_accuracy", "precision", "recall", "f1", "roc_auc"}
    assert set(d["rouge"]) == {"rouge1", "rouge2", "rougeLsum"}
    assert d["pass_rate"] == 0.5714


def test_aggregate_without_labels_or_references():
    a = aggregate([result(1), result(2, errors=1)])
    assert a.rouge == {"rouge1": None, "rouge2": None, "rougeLsum": None}
    assert all(v is None for v in a.labels.values())
    assert a.pass_rate == 0.5


def _gate(results, **options):
    return evaluate_gates(aggregate(results), results, GateOptions(**options))


def test_default_gate_fails_on_error_findings_only_when_no_gate_is_given():
    clean = [result(1), result(2, warnings=1)]
    assert _gate(clean).exit_code == 0
    dirty = clean + [result(3, errors=1)]
    g = _gate(dirty)
    assert (g.passed, g.exit_code, g.verdict) == (False, 1, "FAIL")
    assert g.failures == ["1 row with error findings (--fail-on error)"]
    # another gate given: the finding gate is off unless asked for
    assert _gate(dirty, fail_under=0.5).exit_code == 0
    assert _gate(dirty, fail_under=0.5, fail_on="error").exit_code == 1
    assert _gate(dirty, fail_on="none").exit_code == 0


def test_fail_on_warning_counts_rows_with_any_finding():
    g = _gate([result(1), result(2, warnings=1)], fail_on="warning")
    assert g.exit_code == 1 and g.failures == ["1 row with findings (--fail-on warning)"]


def test_fail_under_pass_rate(batch):
    assert _gate(batch[:6], fail_under=4 / 6).exit_code == 0
    g = _gate(batch[:6], fail_under=0.7)
    assert g.exit_code == 1 and g.failures[0].startswith("pass rate 0.6667 < 0.7")


def test_rouge_and_balanced_accuracy_gates(batch):
    rows = batch[:6]
    assert _gate(rows, min_rouge1=0.4, min_rouge2=0.15, min_rougeL=0.3).exit_code == 0
    g = _gate(rows, min_rouge1=0.41, min_rouge2=0.1, min_rougeL=0.31)
    assert g.exit_code == 1 and len(g.failures) == 2
    assert _gate(rows, min_balanced_accuracy=0.58).exit_code == 0
    assert _gate(rows, min_balanced_accuracy=0.59).exit_code == 1


def test_gate_that_cannot_be_measured_fails_instead_of_passing_silently():
    g = _gate([result(1), result(2)], min_rouge1=0.1, min_balanced_accuracy=0.5)
    assert g.exit_code == 1
    assert any("no row has a reference" in f for f in g.failures)
    assert any("labels of both classes" in f for f in g.failures)


def test_error_rows_make_the_exit_code_2_whatever_the_gates(batch):
    g = _gate(batch, fail_on="none")
    assert g.passed and g.exit_code == 2 and g.verdict == "ERROR"
    assert g.describe() == "ERROR: 1 row could not be evaluated"


@pytest.mark.parametrize("text,value", [("0.9", 0.9), ("90%", 0.9), ("0", 0.0), ("1", 1.0),
                                        (" 55.5% ", 0.555)])
def test_parse_fraction(text, value):
    assert parse_fraction(text, "--fail-under") == pytest.approx(value)


@pytest.mark.parametrize("text", ["abc", "1.5", "-0.1", "150%", "nan", ""])
def test_parse_fraction_rejects_bad_values(text):
    with pytest.raises(ConfigError, match="--fail-under"):
        parse_fraction(text, "--fail-under")


def test_gate_options_validate():
    with pytest.raises(ConfigError, match="--fail-on"):
        GateOptions(fail_on="sometimes")
    with pytest.raises(ConfigError, match="--min-rouge1"):
        GateOptions(min_rouge1=2.0)


def test_the_fail_on_gate_counts_the_same_from_the_aggregator_as_from_the_rows():
    """The CLI gives evaluate_gates the aggregator's row counts instead of a second pass over
    the stored rows (issue 12); both ways say the same."""
    from summarizer.evaluation.aggregate import Aggregator

    results = [result(i, errors=e, warnings=w)
               for i, (e, w) in enumerate([(1, 0), (0, 1), (0, 0), (2, 1), (0, 2)])]
    acc = Aggregator()
    for r in results:
        acc.add(r)
    for fail_on in ("error", "warning", "none"):
        options = GateOptions(fail_on=fail_on)
        counted = evaluate_gates(acc.result(), results, options, bad_rows=acc.bad_rows)
        assert counted == evaluate_gates(acc.result(), results, options)
