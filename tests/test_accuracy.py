"""Precision and recall per rule on the labelled set (tests/labelled_eval.py)."""

from __future__ import annotations

import labelled_eval
import pytest

# Minimums, below the measured figures in tests/data/labelled/RESULTS.md so that a
# regression fails while small changes to the set do not.
MIN_PRECISION = 0.95
MIN_RECALL = {
    "missing-title": 0.95, "missing-section": 0.95, "section-order": 0.9, "numbering": 0.95, "placeholder": 0.98,
    "duplicate-punctuation": 0.95, "unpaired-mark": 0.9, "halfwidth-punctuation": 0.95, "quote-list-comma": 0.9,
    "repeated-sentence": 0.85, "stale-year": 0.9, "date-format": 0.9, "formulation": 0.5, "typo": 0.45,
}


@pytest.fixture(scope="module")
def stats():
    return labelled_eval.evaluate()[0]


@pytest.mark.parametrize("rule", sorted(MIN_RECALL))
def test_rule_accuracy(stats, rule):
    s = stats[rule]
    findings = s["tp"] + s["fp"]
    assert s["labels"] > 0
    assert s["found"] / s["labels"] >= MIN_RECALL[rule]
    assert findings and s["tp"] / findings >= MIN_PRECISION


def test_no_wrong_error_findings(stats):
    assert sum(s["wrong_errors"] for s in stats.values()) == 0
