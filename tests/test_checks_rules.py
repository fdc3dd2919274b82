"""Each rule with its own good and bad examples."""

from __future__ import annotations

import pytest

from app.checks.engine import CheckEngine
from app.checks.resources import load_check_resources


@pytest.fixture(scope="module")
def resources():
    return load_check_resources()


def run(resources, paragraphs, rule, **kwargs):
    engine = CheckEngine(resources, lang="zh", rules=[rule])
    return engine.check(paragraphs, **kwargs).findings


def para_hits(resources, text, rule):
    """Findings of one paragraph rule on a single body paragraph."""
    return [f for f in run(resources, ["2022年度述责述廉报告", text], rule) if f.paragraph == 1]


BAD = {
    "placeholder": [
        ("共立案*****件", "*****"), ("结案率**％", "**"), ("“1＋5＋*”标准体系", "*"), ("打造“**样板”", "**"),
        ("××局召开会议", "××"), ("XX县开展活动", "XX"), ("○○单位", "○○"), ("完成＿＿项", "＿"), ("共____项", "____"),
        ("完成【填写数字】项", "【填写数字】"), ("由（此处填写单位名称）负责", "（此处填写单位名称）"), ("共＊＊件", "＊＊"),
        ("于20XX年召开", "XX"),
    ],
    "duplicate-punctuation": [("工作要求，，积极履行", "，，"), ("完成任务。。下一步", "。。"), ("学习、、研讨", "、、"), ("要求，。积极", "，。")],
    "unpaired-mark": [("严格执行“三会一课“制度", "“"), ("学习《习近平谈治国理政（第四卷）等", "《"), ("落实到位”。", "”"), ("开展（二次）排查）", "）")],
    "halfwidth-punctuation": [("加强学习,提高能力", ","), ("主要有:一是", ":"), ("《条例(试行)》", "("), ("怎么办?我们", "?")],
    "quote-list-comma": [("《信息员工作（督查）通报》、《派遣处工作通报》", "、"), ("“案件点评”、“案件提升月”", "、")],
    "typo": [("有效保证各项工资高效率推进", "工资"), ("党的二十大是精神学习", "是"), ("穿于工作生活全过程", "穿"),
             ("指导工作实践不。如", "不"), ("再接再励，勇创佳绩", "再接再励"), ("截止目前已完成", "截止"), ("安排布署", "布署")],
    "formulation": [("提高政治领悟力、政治判断力、政治执行力", "政治领悟力、政治判断力、政治执行力"),
                    ("以习近平总书记为核心的党中央", "以习近平总书记为核心的党中央"),
                    ("学习习近平新时代特色社会主义思想", "习近平新时代特色社会主义思想"),
                    ("学习新时代中国特色社会主义思想", "新时代中国特色社会主义思想")],
    "date-format": [("2023年01月05日", "2023年01月05日"), ("二〇二三年1月5日", "二〇二三年1月5日"), ("二〇二三年一月五日", "二〇二三年一月五日"),
                    ("２０２３年１月５日", "２０２３年１月５日")],
}

GOOD = {
    "placeholder": ["构建“1＋5＋X”标准体系", "访问 www.example.com/xx 了解", "型号为XXL的设备",
                    "现场会办16次", "二〇〇八年", "按照《中国共产党支部工作条例（试行）》", "编号ABC-xx12"],
    "duplicate-punctuation": ["坚定不移……推进", "这是——我们的目标", "“两个确立”，", "完成。”"],
    "unpaired-mark": ["“三会一课”、民主生活会", "《习近平谈治国理政》（第四卷）", "“‘四风’问题”", "（一）强化学习"],
    "halfwidth-punctuation": ["共1,000人", "经济增长3.5%", "详见 https://www.gov.cn/a,b?c=1", "10:30召开", "use a, b; c", "（1）加强组织领导"],
    "quote-list-comma": ["“三会一课”、民主生活会", "“双创一争”“双联双促”", "《党章》（试行）、《条例》"],
    "typo": ["各项工资福利按时发放", "党的二十大精神", "贯穿于工作生活全过程", "始终不渝。", "截至目前已完成", "部署"],
    "formulation": ["提高政治判断力、政治领悟力、政治执行力", "以习近平同志为核心的党中央", "习近平新时代中国特色社会主义思想"],
    "date-format": ["2023年1月5日", "二〇二三年是开局之年", "于3月10日召开", "2022年12月"],
}


@pytest.mark.parametrize("rule, text, flagged", [(r, t, f) for r, cases in BAD.items() for t, f in cases])
def test_bad_examples_are_flagged(resources, rule, text, flagged):
    hits = para_hits(resources, text, rule)
    assert hits, f"{rule} missed {text!r}"
    assert any(text[h.start:h.end] == flagged or flagged in text[h.start:h.end] for h in hits), [(h.start, h.end) for h in hits]


@pytest.mark.parametrize("rule, text", [(r, t) for r, cases in GOOD.items() for t in cases])
def test_good_examples_are_not_flagged(resources, rule, text):
    assert para_hits(resources, text, rule) == []


def test_masking_artefact_is_a_warning_and_words_are_not(resources):
    hits = para_hits(resources, "获批“**市市科普教育基地”", "placeholder")
    artefact = [h for h in hits if h.excerpt and "市市" in h.excerpt and h.severity.value == "warning"]
    assert len(hits) == 2 and artefact
    assert len(para_hits(resources, "**市市场监督管理局", "placeholder")) == 1
    assert len(para_hits(resources, "**市市委办公室", "placeholder")) == 1


def test_one_finding_per_placeholder(resources):
    assert len(para_hits(resources, "立案*****件，结案*****件，结案率**％", "placeholder")) == 3


def test_fixes(resources):
    (dup,) = para_hits(resources, "要求，，积极", "duplicate-punctuation")
    assert dup.fix == "，"
    (half,) = para_hits(resources, "学习,提高", "halfwidth-punctuation")
    assert half.fix == "，"
    (date,) = para_hits(resources, "2023年01月05日", "date-format")
    assert date.fix == "2023年1月5日"


REPORT = [
    "2022年度市局班子成员述责述廉报告",
    "2022年，本人坚持以习近平新时代中国特色社会主义思想为指导。现将情况报告如下。",
    "一、述责述廉情况",
    "（一）强化理论学习。坚持个人自学，进一步增强“四个意识”、坚定“四个自信”、做到“两个维护”、捍卫“两个确立”。",
    "（二）强化责任落实。带头执行党的组织生活制度，认真落实“三会一课”、民主生活会、领导干部双重组织生活、谈心谈话等制度，强化教育。",
    "二、存在的问题",
    "2022年，我在工作中取得了一定成绩，但仍有不足。",
    "三、下步工作打算",
    "2023年是贯彻落实党的二十大精神开局之年。进一步增强“四个意识”、坚定“四个自信”、做到“两个维护”、捍卫“两个确立”，切实担当。",
]


def test_clean_report_has_no_structure_findings(resources):
    engine = CheckEngine(resources, lang="zh")
    findings = engine.check(REPORT).findings
    assert findings == [], [(f.rule, f.message) for f in findings]


def test_missing_title(resources):
    assert [f.rule for f in run(resources, REPORT[1:], "missing-title")] == ["missing-title"]
    assert run(resources, REPORT, "missing-title") == []


def test_missing_section_and_synonyms(resources):
    without_problems = REPORT[:5] + REPORT[7:]
    (finding,) = run(resources, without_problems, "missing-section")
    assert "存在的问题" in finding.message and finding.severity.value == "error"
    synonyms = list(REPORT)
    synonyms[5] = "二、存在的问题和不足"
    synonyms[7] = "三、今后努力方向"
    assert run(resources, synonyms, "missing-section") == []
    by_words = list(REPORT)
    by_words[5] = "二、工作中的差距和短板"  # no alias: matched through jieba words + synonyms
    by_words[7] = "三、下一步的工作思路"
    assert run(resources, by_words, "missing-section") == []


def test_section_order(resources):
    swapped = REPORT[:5] + ["二、下步工作打算", REPORT[8], "三、存在的问题", REPORT[6]]
    (finding,) = run(resources, swapped, "section-order")
    assert finding.paragraph == 5


def test_numbering(resources):
    text = list(REPORT)
    text[4] = text[4].replace("（二）", "（三）")
    (finding,) = run(resources, text, "numbering")
    assert finding.severity.value == "error" and "（二）" in finding.message
    items = ["一是加强学习。三是强化落实。"]
    (item,) = run(resources, ["2022年度述职报告", *items], "numbering")
    assert item.severity.value == "warning" and "二是" in item.message
    punct = run(resources, ["2022年度述职报告", "一、工作", "（一）、加强学习。"], "numbering")
    assert [f.severity.value for f in punct] == ["warning"]


def test_repeated_sentence_and_standard_formulations(resources):
    assert run(resources, REPORT, "repeated-sentence") == []  # 四个意识… twice is fine
    text = list(REPORT)
    text[6] = text[6] + "带头执行党的组织生活制度，认真落实“三会一课”、民主生活会、领导干部双重组织生活、谈心谈话等制度。"
    (finding,) = run(resources, text, "repeated-sentence")
    assert finding.paragraph == 6 and "第5段" in finding.message


def test_stale_year(resources):
    assert run(resources, REPORT, "stale-year") == []
    opening = list(REPORT)
    opening[1] = opening[1].replace("2022年，", "2021年，")
    assert [f.paragraph for f in run(resources, opening, "stale-year", year=2022)] == [1]
    since = list(REPORT)
    since[4] = since[4].replace("强化教育", "2021年以来，强化教育")
    assert [f.paragraph for f in run(resources, since, "stale-year")] == [4]
    plan = list(REPORT)
    plan[8] = plan[8].replace("2023年是", "2022年是")
    assert [f.paragraph for f in run(resources, plan, "stale-year")] == [8]
    title = run(resources, REPORT, "stale-year", year=2023)
    assert any(f.paragraph == 0 for f in title)


def test_english_messages(resources):
    engine = CheckEngine(resources, lang="en", rules=["placeholder"])
    (finding,) = engine.check(["2022年度述职报告", "共**件"]).findings
    assert finding.message.startswith("Placeholder")


def test_unchanged_from_last_year(resources):
    last = ["2021年度述责述廉报告", REPORT[4].replace("强化教育", "加强教育"), "其他内容完全不同的一段文字，讲的是别的事情，共有三十多个字。"]
    findings = run(resources, REPORT, "unchanged-from-last-year", last_year=last)
    assert [f.paragraph for f in findings] == [4]
