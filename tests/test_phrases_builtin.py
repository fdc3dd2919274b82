"""The built-in library's content, and how the library feeds the checker."""

from __future__ import annotations

import re

import pytest

from app.checks.engine import CheckEngine
from app.checks.resources import load_check_resources
from app.phrases.builtin import read_builtin
from app.phrases.store import open_store
from tests.conftest import SAMPLE_000_TXT, SAMPLE_002_TXT, sample_lines

ENTRIES = read_builtin()[1]
REQUIRED_CATEGORIES = {
    "政治理论学习", "主体责任与一岗双责", "作风建设与八项规定", "廉洁自律", "基层党建", "履职尽责",
    "存在问题", "原因剖析", "整改措施与下步打算", "开头语", "结尾语", "过渡与总结", "规范提法",
}


def test_size_and_categories() -> None:
    assert len(ENTRIES) >= 300
    categories = {e.category for e in ENTRIES}
    assert REQUIRED_CATEGORIES <= categories and len(categories) >= 10
    assert len({e.text for e in ENTRIES}) == len(ENTRIES), "duplicate texts"


@pytest.mark.parametrize("entry", ENTRIES, ids=lambda e: e.text[:12])
def test_each_entry_is_well_formed(entry) -> None:
    text = entry.text
    assert text == text.strip() and "\n" not in text
    assert not re.search(r"[,;:!?()]", text), "half-width punctuation in Chinese text"
    assert not re.search(r"[，。、；：]{2}", text), "doubled punctuation"
    assert text.count("“") == text.count("”") and text.count("《") == text.count("》") and text.count("（") == text.count("）")
    assert "*" not in text.replace("**", "") or "****" in text, "figures are marked with ** (or **** for a year)"
    if entry.category not in ("规范提法",) and not text.startswith(("****年**月", "述职人")):
        assert text[-1] in "。：", f"a sentence ends with 。: {text}"


def test_fixed_formulations_are_exact() -> None:
    texts = {e.text: e for e in ENTRIES}
    for term in ("“四个意识”", "“四个自信”", "“两个维护”", "“两个确立”", "中央八项规定精神"):
        assert texts[term].wrong_variants, term
    assert "坚决维护习近平总书记党中央的核心、全党的核心地位，坚决维护党中央权威和集中统一领导" in texts
    assert "确立习近平同志党中央的核心、全党的核心地位，确立习近平新时代中国特色社会主义思想的指导地位" in texts
    assert "政治意识、大局意识、核心意识、看齐意识" in texts
    assert "道路自信、理论自信、制度自信、文化自信" in texts


def test_no_wrong_form_occurs_inside_a_correct_text() -> None:
    wrong = [(w, e.text) for e in ENTRIES for w in e.wrong_variants]
    assert wrong
    for w, owner in wrong:
        offenders = [e.text for e in ENTRIES if w in e.text]
        assert offenders == [], f"wrong form {w!r} (of {owner!r}) occurs in {offenders}"


def library_resources():
    formulations, standard = open_store().checker_data()
    return load_check_resources(extra_formulations=formulations, extra_standard_phrases=standard)


def test_the_library_adds_no_false_formulation_findings_on_the_samples() -> None:
    plain, fed = load_check_resources(), library_resources()
    for path in (SAMPLE_000_TXT, SAMPLE_002_TXT):
        lines = sample_lines(path)
        before = [f for f in CheckEngine(plain, rules=["formulation"]).check(lines).findings]
        after = [f for f in CheckEngine(fed, rules=["formulation"]).check(lines).findings]
        assert [(f.paragraph, f.start) for f in after] == [(f.paragraph, f.start) for f in before]


def test_wrong_variants_drive_the_formulation_rule() -> None:
    texts = ["一、述责述廉情况", "始终做到两个拥护，认真履行一岗两责。"]
    findings = CheckEngine(library_resources(), rules=["formulation"]).check(texts).findings
    fixes = sorted(f.fix for f in findings)
    assert fixes == ["“两个维护”", "一岗双责"]
    assert CheckEngine(load_check_resources(), rules=["formulation"]).check(texts).findings == []


def test_user_formulations_are_exempt_from_repeated_sentence() -> None:
    store = open_store()
    phrase = "坚持把本单位特色工作品牌建设作为推动高质量发展的重要抓手"
    from app.phrases.model import PhraseEntry

    texts = ["一、述责述廉情况", f"一是{phrase}，认真抓好落实。", f"二是{phrase}，持续深化拓展。"]
    plain = CheckEngine(load_check_resources(), rules=["repeated-sentence"]).check(texts).findings
    assert plain  # a repeat without the library
    store.add(PhraseEntry(phrase, category="规范提法"))
    formulations, standard = store.checker_data()
    fed = load_check_resources(extra_formulations=formulations, extra_standard_phrases=standard)
    assert CheckEngine(fed, rules=["repeated-sentence"]).check(texts).findings == []


def test_library_formulations_are_jieba_user_words() -> None:
    resources = library_resources()
    assert "以人民为中心的发展思想" in resources.segmenter.cut("坚持以人民为中心的发展思想不动摇")
