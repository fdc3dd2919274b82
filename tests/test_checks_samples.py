"""The two real reports: every fault GENRE.md lists that a rule covers is found, no wrong errors."""

from __future__ import annotations

import pytest
from conftest import SAMPLE_000_TXT, SAMPLE_002_TXT, sample_lines

from app.checks.engine import CheckEngine
from app.checks.resources import load_check_resources


@pytest.fixture(scope="module")
def results():
    resources = load_check_resources()
    out = {}
    for name, path in (("000", SAMPLE_000_TXT), ("002", SAMPLE_002_TXT)):
        lines = sample_lines(path)
        out[name] = (lines, CheckEngine(resources, lang="zh").check(lines))
    return out


def flagged(results, name, rule):
    lines, result = results[name]
    return [lines[f.paragraph][f.start:f.end] for f in result.findings if f.rule == rule]


def test_types_and_years(results):
    for name in ("000", "002"):
        assert results[name][1].report_type.id == "述责述廉报告"
        assert results[name][1].year == 2022


def test_002_faults(results):
    assert len(flagged(results, "002", "missing-title")) == 1
    assert flagged(results, "002", "duplicate-punctuation") == ["，，"]
    (repeat,) = [f for f in results["002"][1].findings if f.rule == "repeated-sentence"]
    lines = results["002"][0]
    assert lines[repeat.paragraph][repeat.start:repeat.end].startswith("带头执行党的组织生活制度")
    assert repeat.start > lines[repeat.paragraph].index("三是")  # the second occurrence
    assert "重复" in repeat.message
    assert "工资" in flagged(results, "002", "typo")
    assert "“中梗阻”、“指尖上的形式主义”" in "".join(lines)
    assert flagged(results, "002", "quote-list-comma") == ["、"]


def test_placeholders(results):
    p000 = flagged(results, "000", "placeholder")
    p002 = flagged(results, "002", "placeholder")
    assert "*****" in p000 and "****" in p000 and "*" in p000 and "市市" in p000
    assert "**" in p002 and "***" in p002
    lines = results["002"][0]
    # 1＋5＋X is a fixed formulation, not a mask.
    assert not any(lines[f.paragraph][f.start:f.end] == "X" for f in results["002"][1].findings)


def test_000_quote_list_commas_and_standard_repeats(results):
    lines, result = results["000"]
    commas = [f for f in result.findings if f.rule == "quote-list-comma"]
    contexts = [lines[f.paragraph][f.start - 3 : f.end + 3] for f in commas]
    assert any("通报》、《派遣" in c for c in contexts)
    assert any("点评”、“案件" in c for c in contexts)
    assert not any(f.rule == "repeated-sentence" for f in result.findings)
    assert not any(f.rule == "stale-year" for f in result.findings)


def test_no_wrong_errors(results):
    """Every error-severity finding on the samples is a true fault (placeholders and 002's missing title)."""
    for name in ("000", "002"):
        lines, result = results[name]
        for f in result.findings:
            if f.severity.value != "error":
                continue
            assert f.rule in ("placeholder", "missing-title"), f
            if f.rule == "placeholder":
                assert set(lines[f.paragraph][f.start:f.end]) <= set("*＊"), f
    assert not any(f.rule == "missing-title" for f in results["000"][1].findings)


def test_stray_characters_caught_by_curated_patterns(results):
    typos = flagged(results, "000", "typo")
    assert "是" in typos and "穿" in typos and "不" in typos
