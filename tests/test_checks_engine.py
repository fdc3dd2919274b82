"""The engine: incremental re-checks, "not a fault", switching rules, the patched outline."""

from __future__ import annotations

import threading

import pytest
from conftest import SAMPLE_000_TXT, SAMPLE_002_TXT, sample_lines
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.checks.engine import CheckEngine
from app.checks.finding import dump_ignored, load_ignored
from app.checks.outline_cache import OutlineCache
from app.checks.resources import load_check_resources
from app.core.outline import parse_outline


@pytest.fixture(scope="module")
def resources():
    return load_check_resources()


def test_only_changed_paragraphs_are_rechecked(resources):
    engine = CheckEngine(resources, lang="zh")
    lines = sample_lines(SAMPLE_002_TXT)
    first = engine.check(lines)
    assert first.paragraphs_checked == len(lines)
    again = engine.check(lines)
    assert again.paragraphs_checked == 0
    assert again.findings == first.findings
    edited = list(lines)
    edited[4] = edited[4].replace("各项工资", "各项工作")
    third = engine.check(edited)
    assert third.paragraphs_checked == 1
    assert not any(f.rule == "typo" and f.paragraph == 4 for f in third.findings)
    fresh = CheckEngine(resources, lang="zh").check(edited)
    assert third.findings == fresh.findings


def test_inserting_a_paragraph_keeps_cached_work_and_fingerprints(resources):
    engine = CheckEngine(resources, lang="zh")
    lines = sample_lines(SAMPLE_000_TXT)
    before = engine.check(lines)
    inserted = lines[:2] + ["新增一段没有问题的文字。"] + lines[2:]
    after = engine.check(inserted)
    assert after.paragraphs_checked == 1
    assert {f.fingerprint for f in before.findings} == {f.fingerprint for f in after.findings}
    assert [f.paragraph + 1 for f in before.findings if f.paragraph >= 2] == [f.paragraph for f in after.findings if f.paragraph >= 3]


def test_not_a_fault_is_stored_as_fingerprints(resources):
    engine = CheckEngine(resources, lang="zh")
    lines = sample_lines(SAMPLE_002_TXT)
    result = engine.check(lines)
    typo = next(f for f in result.findings if f.rule == "typo")
    stored = dump_ignored({typo.fingerprint})
    ignored = load_ignored(stored)
    again = engine.check(lines, ignored=ignored)
    assert typo.fingerprint not in {f.fingerprint for f in again.findings}
    assert again.ignored_count == 1
    assert len(again.findings) == len(result.findings) - 1
    assert load_ignored("not json") == set() and load_ignored(None) == set() and load_ignored('["a", 1]') == {"a"}


def test_rules_can_be_switched_off(resources):
    engine = CheckEngine(resources, lang="zh")
    lines = sample_lines(SAMPLE_002_TXT)
    assert any(f.rule == "placeholder" for f in engine.check(lines).findings)
    engine.set_enabled("placeholder", False)
    assert not any(f.rule == "placeholder" for f in engine.check(lines).findings)
    engine.set_enabled("placeholder", True)
    assert any(f.rule == "placeholder" for f in engine.check(lines).findings)
    with pytest.raises(ValueError):
        CheckEngine(resources, rules=["no-such-rule"])


def test_findings_carry_sections_and_excerpts(resources):
    result = CheckEngine(resources, lang="zh").check(sample_lines(SAMPLE_002_TXT))
    typo = next(f for f in result.findings if f.rule == "typo")
    assert typo.section.startswith("一、述责述廉情况 > （三）")
    assert "工资" in typo.excerpt
    assert set(typo.to_json()) == {"rule", "severity", "message", "paragraph", "start", "end", "excerpt", "section"}


def test_engine_is_usable_from_threads(resources):
    engine = CheckEngine(resources, lang="zh")
    lines = sample_lines(SAMPLE_000_TXT)
    expected = CheckEngine(resources, lang="zh").check(lines).findings
    results, errors = [], []

    def work(i: int) -> None:
        try:
            text = list(lines)
            text[3] = text[3] + "补充" * i
            engine.check(text)
            results.append(engine.check(lines).findings)
        except Exception as error:  # pragma: no cover - reported below
            errors.append(error)

    threads = [threading.Thread(target=work, args=(i,)) for i in range(6)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert not errors
    assert all(r == expected for r in results)


# -- the patched outline equals a fresh parse ------------------------------------------------

BASE = sample_lines(SAMPLE_000_TXT)
INSERTS = ["", "一是", "二是", "三是", "。", "，", "（二）", "1.", "一、", "报告", "字", "是", "四是加强学习。", "；", "2022年"]


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.tuples(st.integers(0, len(BASE) - 1), st.floats(0, 1), st.integers(0, 6), st.sampled_from(INSERTS)), min_size=1, max_size=6))
def test_patched_outline_equals_fresh_parse(edits):
    cache = OutlineCache()
    lines = list(BASE)
    cache.outline(lines)
    for paragraph, where, delete, insert in edits:
        text = lines[paragraph]
        at = int(where * len(text))
        lines[paragraph] = text[:at] + insert + text[at + delete:]
        assert cache.outline(lines) == parse_outline(lines)


def test_typing_in_a_body_paragraph_patches(resources):
    cache = OutlineCache()
    lines = list(BASE)
    cache.outline(lines)
    lines[4] = lines[4][:50] + "加强" + lines[4][50:]
    assert cache.outline(lines) == parse_outline(lines)
    assert cache.last_was_patch


def test_a_time_budget_stops_paragraph_rules_and_the_next_call_finishes() -> None:
    from app.checks.engine import CheckEngine
    from app.checks.resources import load_check_resources

    texts = ["一、情况", *[f"第{i}段，，有**处待填。" for i in range(400)]]
    engine = CheckEngine(load_check_resources())
    first = engine.check(texts, budget_s=0.0)
    assert first.paragraphs_pending > 0
    complete = CheckEngine(load_check_resources()).check(texts)
    rounds = 1
    result = first
    while result.paragraphs_pending:
        result = engine.check(texts, budget_s=0.0)
        rounds += 1
        assert rounds < 1000
    assert result.findings == complete.findings
