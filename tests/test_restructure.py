"""Moving sections and renumbering their siblings, as pure text operations."""

from __future__ import annotations

from app.core.outline import parse_outline
from app.core.restructure import (
    TextEdit,
    apply_edits,
    can_drop,
    move_section_texts,
    renumber_edits,
    renumbered_marker,
)
from tests.conftest import SAMPLE_000_TXT, sample_lines


def test_renumbered_marker_keeps_the_form() -> None:
    assert renumbered_marker("一、", 1, 3) == "三、"
    assert renumbered_marker("（二）", 2, 10) == "（十）"
    assert renumbered_marker("1、", 3, 2) == "2、"
    assert renumbered_marker("（3）", 4, 1) == "（1）"


def test_renumber_fixes_only_the_given_parent() -> None:
    texts = ["一、甲", "（一）子", "（三）丑", "三、乙", "（二）寅"]
    outline = parse_outline(texts)
    first = outline.sections[0]
    edits = renumber_edits(outline, [first])
    assert edits == [TextEdit(2, 0, 3, "（二）")]
    assert apply_edits(texts, edits)[2] == "（二）丑"


def test_move_level2_section_down_renumbers_and_keeps_content() -> None:
    texts = sample_lines(SAMPLE_000_TXT)
    outline = parse_outline(texts)
    first = outline.sections[0]
    level2 = [c for c in first.children if c.level == 2]
    # Move （一） to the end of 一、 (after （五）).
    moved = move_section_texts(texts, outline, level2[0], first, 4)
    after = parse_outline(moved)
    titles = [c.title for c in after.sections[0].children if c.level == 2]
    assert titles == [
        "强化监督管理，不断深化作风建设",
        "强化责任履行，不断提质工作落实",
        "强化问题整改，不断夯实发展根基",
        "强化廉洁意识，不断筑牢纪律防线",
        "强化理论学习，不断提高党性修养",
    ]
    assert [c.marker for c in after.sections[0].children if c.level == 2] == ["（一）", "（二）", "（三）", "（四）", "（五）"]
    assert after.faults == []
    # Nothing lost: the same paragraphs, only the markers changed.
    assert sorted(t[3:] for t in moved[3:8]) == sorted(t[3:] for t in texts[3:8])
    assert len(moved) == len(texts)


def test_move_level1_section_up() -> None:
    texts = sample_lines(SAMPLE_000_TXT)
    outline = parse_outline(texts)
    third = outline.sections[2]
    moved = move_section_texts(texts, outline, third, None, 0)
    after = parse_outline(moved)
    assert [(s.marker, s.title) for s in after.sections] == [
        ("一、", "下步工作打算"), ("二、", "述责述廉情况"), ("三、", "存在的问题"),
    ]
    assert after.faults == []
    assert moved[0] == texts[0] and moved[1] == texts[1]  # title and opening stay


def test_move_level2_to_another_parent() -> None:
    texts = ["一、甲", "（一）子", "正文一", "（二）丑", "二、乙", "（一）寅"]
    outline = parse_outline(texts)
    source = outline.sections[0].children[1]  # （二）丑
    moved = move_section_texts(texts, outline, source, outline.sections[1], 0)
    assert moved == ["一、甲", "（一）子", "正文一", "二、乙", "（一）丑", "（二）寅"]


def test_can_drop_only_where_the_level_fits() -> None:
    outline = parse_outline(["一、甲", "（一）子", "二、乙"])
    first, second = outline.sections
    child = first.children[0]
    assert can_drop(child, second)
    assert not can_drop(child, None)
    assert can_drop(first, None)
    assert not can_drop(first, second)
    assert not can_drop(first, first)
