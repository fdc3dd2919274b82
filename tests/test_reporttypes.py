"""Report types as data: shipped files, a unit's own types, detection, matching by meaning."""

from __future__ import annotations

from conftest import SAMPLE_000_TXT, SAMPLE_002_TXT, sample_lines

from app.core.reporttypes import detect_report_type, load_report_types, match_sections
from app.core.reportyear import detect_report_year
from app.core.segment import Segmenter
from app.paths import cache_dir, config_dir

SHIPPED = {"述责述廉报告", "述职报告", "述职述廉报告", "年度工作总结", "民主生活会对照检查材料"}


def test_shipped_types_load_with_required_sections():
    types = load_report_types()
    assert SHIPPED <= set(types.types)
    assert not types.warnings
    for rtype in types:
        assert rtype.required_sections, rtype.id
        assert any(s.role == "problems" for s in rtype.sections)
        assert any(s.role == "plan" for s in rtype.sections)


def test_a_unit_adds_and_overrides_types_and_broken_files_are_skipped():
    folder = config_dir() / "reporttypes"
    folder.mkdir(parents=True)
    (folder / "mine.toml").write_text(
        'id = "党支部书记抓基层党建述职报告"\ntitle_keywords = ["抓基层党建"]\n'
        '[[sections]]\nname = "履职情况"\naliases = ["抓党建工作情况"]\n'
        '[[sections]]\nname = "存在的问题"\nrole = "problems"\n',
        encoding="utf-8",
    )
    (folder / "broken.toml").write_text("id = [unclosed", encoding="utf-8")
    (folder / "nosections.toml").write_text('id = "空"\n', encoding="utf-8")
    types = load_report_types()
    assert "党支部书记抓基层党建述职报告" in types.types
    assert len(types.warnings) == 2 and any("broken.toml" in w for w in types.warnings)
    detected = detect_report_type("2022年度党支部书记抓基层党建述职报告", [], types)
    assert detected.id == "党支部书记抓基层党建述职报告"


def test_detection_from_title_prefers_the_longest_keyword():
    types = load_report_types()
    assert detect_report_type("2022年度述职述廉报告", [], types).id == "述职述廉报告"
    assert detect_report_type("2022年度个人述职报告", [], types).id == "述职报告"
    assert detect_report_type("2022年度市局班子成员述责述廉报告", [], types).id == "述责述廉报告"
    assert detect_report_type("2022年度民主生活会个人对照检查材料", [], types).id == "民主生活会对照检查材料"
    assert detect_report_type("2022年工作总结", [], types).id == "年度工作总结"


def test_detection_from_headings_when_there_is_no_title():
    types = load_report_types()
    assert detect_report_type(None, ["述责述廉情况", "存在的问题", "下步工作打算"], types).id == "述责述廉报告"
    assert detect_report_type(None, ["上年度整改落实情况", "存在的问题", "原因剖析", "整改措施"], types).id == "民主生活会对照检查材料"
    assert detect_report_type(None, ["关于天气"], types) is None


def test_matching_by_meaning():
    types = load_report_types()
    segmenter = Segmenter(cache_dir())
    rtype = types.get("述责述廉报告")
    match = match_sections(["落实全面从严治党主体责任情况", "存在的问题和不足", "今后努力方向"], rtype, segmenter)
    assert match.missing == ()
    match = match_sections(["主要工作", "下一步打算"], rtype, segmenter)
    assert [rtype.sections[i].name for i in match.missing] == ["述责述廉情况", "存在的问题"]
    review = types.get("民主生活会对照检查材料")
    match = match_sections(["上年度民主生活会整改措施落实情况", "存在的问题", "问题产生的原因", "整改措施"], review, segmenter)
    assert match.assigned == {0: 0, 1: 1, 2: 2, 3: 3}


def test_segmenter_cache_lives_in_the_cache_dir():
    segmenter = Segmenter(user_words=["两个确立"])
    assert "两个确立" in segmenter.cut("捍卫两个确立")
    assert (cache_dir() / "jieba.cache").exists()


def test_report_year_detection():
    assert detect_report_year(sample_lines(SAMPLE_000_TXT), "2022年度市局班子成员述责述廉报告") == 2022
    assert detect_report_year(sample_lines(SAMPLE_002_TXT)) == 2022
    assert detect_report_year(["一、工作", "二、问题", "2021年，我在工作中……"]) == 2021
    assert detect_report_year(["一、工作", "二、问题", "三、打算", "2024年是开局之年，我将……"]) == 2023
    assert detect_report_year(["正文", "2023年1月5日"]) == 2022
    assert detect_report_year(["没有年份"]) is None
