from summarizer.evaluation.metrics import (
    balanced_accuracy,
    best_threshold,
    precision_recall_f1,
    roc_auc,
    rouge,
    rouge2_precision_vs_source,
)


def test_balanced_accuracy_by_hand():
    # faithful: 3 of 4 predicted faithful (0.75); unfaithful: 1 of 2 predicted unfaithful (0.5)
    assert balanced_accuracy([1, 1, 1, 1, 0, 0], [1, 1, 1, 0, 0, 1]) == 0.625
    assert balanced_accuracy([1, 1], [1, 0]) is None


def test_precision_recall_f1_for_unfaithful_class():
    labels = [0, 0, 0, 1, 1]
    predicted = [0, 0, 1, 0, 1]  # two of three unfaithful caught, one false alarm
    p, r, f = precision_recall_f1(labels, predicted)
    assert (p, r) == (2 / 3, 2 / 3)
    assert abs(f - 2 / 3) < 1e-12


def test_roc_auc_by_hand_with_ties():
    assert roc_auc([0, 0, 1, 1], [0.1, 0.2, 0.8, 0.9]) == 1.0
    assert roc_auc([1, 1, 0, 0], [0.1, 0.2, 0.8, 0.9]) == 0.0
    # one tie between a positive and a negative counts a half
    assert roc_auc([0, 1], [0.5, 0.5]) == 0.5
    assert roc_auc([0, 1, 1], [0.3, 0.3, 0.9]) == 0.75
    assert roc_auc([1, 1], [0.1, 0.2]) is None


def test_best_threshold():
    t, ba = best_threshold([0, 0, 1, 1], [0.1, 0.4, 0.5, 0.9])
    assert t == 0.5 and ba == 1.0


def test_rouge_identical_and_disjoint():
    same = rouge("Shares rose 5%. Profit fell.", "Shares rose 5%. Profit fell.")
    assert all(abs(v - 1.0) < 1e-9 for v in same.values())
    none = rouge("alpha beta gamma", "delta epsilon")
    assert all(v == 0.0 for v in none.values())


def test_rouge2_precision_vs_source():
    # summary bigrams: "profit rose", "rose sharply" -> one of two found in the source
    assert rouge2_precision_vs_source("Profit rose 5% this year.", "profit rose sharply") == 0.5
