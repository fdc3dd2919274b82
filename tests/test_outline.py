"""The 公文 outline parser on the two real samples and on crafted faults."""

from __future__ import annotations

import pytest

from app.core.document import Paragraph, Role
from app.core.outline import format_marker, parse_marker, parse_outline
from tests.conftest import SAMPLE_000_TXT, SAMPLE_002_TXT, sample_lines

LEVEL1 = ["述责述廉情况", "存在的问题", "下步工作打算"]

SAMPLE_000_LEVEL2 = [
    "强化理论学习，不断提高党性修养",
    "强化监督管理，不断深化作风建设",
    "强化责任履行，不断提质工作落实",
    "强化问题整改，不断夯实发展根基",
    "强化廉洁意识，不断筑牢纪律防线",
]
SAMPLE_002_LEVEL2 = [
    "坚持勤学立德，不断提升个人政治素养",
    "坚持履职尽责，不断提升驾驭全局能力",
    "坚持总揽全局，不断探索城市治理新模式",
    "坚持夯实基础，不断提升党建科学化水平",
    "坚持清正廉洁，不断保持先进性和纯洁性",
]


def test_sample_000_outline_section_by_section() -> None:
    lines = sample_lines(SAMPLE_000_TXT)
    outline = parse_outline(lines)
    assert outline.title == "2022年度市局班子成员述责述廉报告"
    assert outline.title_paragraph == 0
    assert [s.title for s in outline.sections] == LEVEL1
    assert [s.marker for s in outline.sections] == ["一、", "二、", "三、"]
    assert [s.paragraph for s in outline.sections] == [2, 8, 10]
    first = outline.sections[0]
    level2 = [c for c in first.children if c.level == 2]
    assert [c.title for c in level2] == SAMPLE_000_LEVEL2
    assert [c.marker for c in level2] == ["（一）", "（二）", "（三）", "（四）", "（五）"]
    assert all(c.run_in for c in level2)
    # The first run-in heading: the title is the first sentence, the body follows.
    heading = level2[0]
    text = lines[heading.paragraph]
    assert text[heading.title_start:heading.title_end] == "强化理论学习，不断提高党性修养"
    assert text[heading.title_end] == "。"
    # Items 一是…三是 inside (一); 一是…六是 inside (二).
    assert [i.marker for i in level2[0].children] == ["一是", "二是", "三是"]
    assert level2[0].children[0].title == "坚持一以贯之地学习，旗帜鲜明讲政治"
    assert [i.number for i in level2[1].children] == [1, 2, 3, 4, 5, 6]
    # The problems section holds its three items, the plan section too.
    assert [i.title for i in outline.sections[1].children] == [
        "理论指导实践还不够有力", "宗旨意识树立还不够牢固", "队伍管理教育还不够严格",
    ]
    assert outline.faults == []


def test_sample_002_has_no_title_and_same_level1() -> None:
    lines = sample_lines(SAMPLE_002_TXT)
    outline = parse_outline(lines)
    assert outline.title is None
    assert [s.title for s in outline.sections] == LEVEL1
    level2 = [c for c in outline.sections[0].children if c.level == 2]
    assert [c.title for c in level2] == SAMPLE_002_LEVEL2
    assert outline.faults == []
    assert outline.roles[0] is Role.BODY
    assert outline.roles[1] is Role.HEADING1
    assert outline.roles[2] is Role.HEADING2


def test_section_spans_cover_their_paragraphs() -> None:
    lines = sample_lines(SAMPLE_000_TXT)
    outline = parse_outline(lines)
    first, second, third = outline.sections
    assert (first.paragraph, first.last_paragraph) == (2, 7)
    assert (second.paragraph, second.last_paragraph) == (8, 9)
    assert (third.paragraph, third.last_paragraph) == (10, 11)
    assert third.end == len(lines[11])
    # Items end where the next one starts.
    items = [c for c in first.children[0].children]
    assert items[0].end == items[1].start
    assert lines[3][items[1].start:items[1].start + 2] == "二是"
    # path_at finds the deepest section around a position.
    path = outline.path_at(3, items[1].start + 5)
    assert [s.marker for s in path] == ["一、", "（一）", "二是"]
    assert outline.section_at(9, 0).title == "存在的问题"


@pytest.mark.parametrize(
    ("text", "level", "number", "standard"),
    [
        ("一、述责述廉情况", 1, 1, True),
        ("十二、其他", 1, 12, True),
        ("（三）强化", 2, 3, True),
        ("(三)强化", 2, 3, False),
        ("1.加强组织领导。", 3, 1, True),
        ("12.加强", 3, 12, True),
        ("1、加强组织领导。", 3, 1, False),
        ("（1）落实", 4, 1, True),
        ("\u3000\u3000二、存在的问题", 1, 2, True),
    ],
)
def test_parse_marker(text: str, level: int, number: int, standard: bool) -> None:
    marker = parse_marker(text)
    assert marker is not None
    assert (marker.level, marker.number, marker.standard) == (level, number, standard)


@pytest.mark.parametrize("text", ["2022年，在市局党组的带领下", "3.5万元用于", "一是坚持学习", "十分重要", "二〇二二年"])
def test_not_a_marker(text: str) -> None:
    assert parse_marker(text) is None


def test_format_marker() -> None:
    assert [format_marker(1, n) for n in (1, 10, 11, 20)] == ["一、", "十、", "十一、", "二十、"]
    assert format_marker(2, 3) == "（三）"
    assert format_marker(3, 2) == "2."
    assert format_marker(4, 7) == "（7）"
    assert format_marker(5, 2) == "二是"


def _kinds(lines: list[str]) -> list[tuple[str, int, str, str]]:
    return [(f.kind, f.paragraph, f.found, f.expected) for f in parse_outline(lines).faults]


def test_gap_repeat_and_order() -> None:
    lines = ["一、甲", "（一）子。正文", "（三）丑。正文", "（三）寅。正文", "三、乙", "二、丙"]
    assert _kinds(lines) == [
        ("gap", 2, "（三）", "（二）"),
        ("repeat", 3, "（三）", "（四）"),
        ("gap", 4, "三、", "二、"),
        ("order", 5, "二、", "四、"),
    ]


def test_skipped_level_and_marker_forms() -> None:
    lines = ["一、甲", "1.直接跳到三级。正文", "二、乙", "（一）子", "1、混用顿号", "2.标准", "（二）、后面带顿号"]
    assert _kinds(lines) == [
        ("skipped-level", 1, "1.", "（一）"),
        ("mixed-marker", 4, "1、", "1."),
        ("punct-after-marker", 6, "（二）、", "（二）"),
    ]


def test_consistent_nonstandard_form_is_marker_form() -> None:
    lines = ["一、甲", "（一）子", "1、一", "2、二"]
    assert [(f.kind, f.found) for f in parse_outline(lines).faults] == [("marker-form", "1、"), ("marker-form", "2、")]


def test_items_gap_is_found_and_new_list_may_restart() -> None:
    lines = ["一、甲", "（一）子。一是学习。三是落实。", "（二）丑。一是学习。二是落实。一是再来。二是再来。"]
    faults = parse_outline(lines).faults
    assert [(f.kind, f.level, f.paragraph, f.found, f.expected) for f in faults] == [("gap", 5, 1, "三是", "二是")]
    text = lines[1]
    assert text[faults[0].start:faults[0].end] == "三是"


def test_item_marker_needs_a_boundary() -> None:
    outline = parse_outline(["一、甲", "坚持统一是前提。一是学习。"])
    assert [s.marker for s in outline.sections[0].children] == ["一是"]


def test_heading_styles_without_markers() -> None:
    paragraphs = [
        Paragraph.from_text("2023年度工作总结", role=Role.TITLE),
        Paragraph.from_text("主要工作", outline_level=1),
        Paragraph.from_text("正文。"),
        Paragraph.from_text("抓好学习", outline_level=2),
        Paragraph.from_text("存在问题", outline_level=1),
    ]
    outline = parse_outline(paragraphs)
    assert outline.title == "2023年度工作总结"
    assert [(s.level, s.title, s.marker) for s in outline.headings()] == [
        (1, "主要工作", ""), (2, "抓好学习", ""), (1, "存在问题", ""),
    ]
    assert outline.faults == []


def test_table_paragraphs_are_not_headings() -> None:
    paragraphs = [Paragraph.from_text("一、甲"), Paragraph.from_text("二、表格里的", in_table=True)]
    outline = parse_outline(paragraphs)
    assert [s.title for s in outline.sections] == ["甲"]


def test_empty_document() -> None:
    outline = parse_outline([])
    assert outline.sections == [] and outline.title is None and outline.faults == []
