"""Section moves, inserts and deletes in the live editor: renumbered, one undo step."""

from __future__ import annotations

import pytest

from app.core.document import Report
from app.core.outline import parse_outline
from app.ui.editor.report_editor import ReportEditor
from app.ui.editor.structure_ops import (
    SectionKey,
    StaleSection,
    delete_section,
    insert_section,
    move_by,
    move_section,
    rename_section,
)
from tests.conftest import SAMPLE_000_TXT, sample_lines


@pytest.fixture
def editor(qtbot) -> ReportEditor:
    widget = ReportEditor()
    qtbot.addWidget(widget)
    widget.load_report(Report.from_text("\n".join(sample_lines(SAMPLE_000_TXT))))
    return widget


def _level2(editor: ReportEditor) -> list[str]:
    outline = parse_outline(editor.texts())
    return [f"{c.marker}{c.title}" for c in outline.sections[0].children if c.level == 2]


def test_drag_level2_down_renumbers_and_one_undo_restores(editor: ReportEditor) -> None:
    before = editor.texts()
    outline = parse_outline(before)
    first = outline.sections[0]
    move_section(editor.document(), SectionKey.of(first.children[0]), SectionKey.of(first), 4)
    assert _level2(editor) == [
        "（一）强化监督管理，不断深化作风建设",
        "（二）强化责任履行，不断提质工作落实",
        "（三）强化问题整改，不断夯实发展根基",
        "（四）强化廉洁意识，不断筑牢纪律防线",
        "（五）强化理论学习，不断提高党性修养",
    ]
    after = editor.texts()
    assert len(after) == len(before)
    assert after[7].endswith(before[3][3:])  # the whole body moved along
    assert parse_outline(after).faults == []
    editor.document().undo()
    assert editor.texts() == before


def test_move_level1_to_top_and_undo(editor: ReportEditor) -> None:
    before = editor.texts()
    third = parse_outline(before).sections[2]
    move_section(editor.document(), SectionKey.of(third), None, 0)
    outline = parse_outline(editor.texts())
    assert [f"{s.marker}{s.title}" for s in outline.sections] == ["一、下步工作打算", "二、述责述廉情况", "三、存在的问题"]
    assert editor.texts()[0] == before[0]  # the title stays first
    editor.document().undo()
    assert editor.texts() == before


def test_move_last_section_and_move_to_end(editor: ReportEditor) -> None:
    before = editor.texts()
    first = parse_outline(before).sections[0]
    move_section(editor.document(), SectionKey.of(first), None, 2)  # to the very end
    outline = parse_outline(editor.texts())
    assert [s.title for s in outline.sections] == ["存在的问题", "下步工作打算", "述责述廉情况"]
    assert sorted(editor.texts()) != sorted(before)  # markers changed …
    assert sorted(t[2:] for t in editor.texts()[2:]) == sorted(t[2:] for t in before[2:])  # … text did not
    editor.document().undo()
    assert editor.texts() == before


def test_up_down(editor: ReportEditor) -> None:
    first = parse_outline(editor.texts()).sections[0]
    move_by(editor.document(), SectionKey.of(first.children[1]), -1)
    assert _level2(editor)[:2] == ["（一）强化监督管理，不断深化作风建设", "（二）强化理论学习，不断提高党性修养"]
    first = parse_outline(editor.texts()).sections[0]
    move_by(editor.document(), SectionKey.of(first.children[0]), +1)
    assert _level2(editor)[:2] == ["（一）强化理论学习，不断提高党性修养", "（二）强化监督管理，不断深化作风建设"]


def test_insert_sibling_renumbers_following(editor: ReportEditor) -> None:
    before = editor.texts()
    first = parse_outline(before).sections[0]
    paragraph, start, end = insert_section(editor.document(), SectionKey.of(first.children[1]), as_child=False)
    texts = editor.texts()
    assert texts[paragraph][:start] == "（三）"
    assert texts[paragraph][start:end] == "新的一节"
    assert [t[:3] for t in _level2(editor)] == ["（一）", "（二）", "（三）", "（四）", "（五）", "（六）"]
    assert parse_outline(texts).faults == []
    editor.document().undo()
    assert editor.texts() == before


def test_insert_child_and_delete(editor: ReportEditor) -> None:
    before = editor.texts()
    outline = parse_outline(before)
    second = outline.sections[1]
    paragraph, _, _ = insert_section(editor.document(), SectionKey.of(second), as_child=True)
    assert editor.texts()[paragraph] == "（一）新的一节。"
    outline = parse_outline(editor.texts())
    delete_section(editor.document(), SectionKey.of(outline.sections[0]))
    outline = parse_outline(editor.texts())
    assert [f"{s.marker}{s.title}" for s in outline.sections] == ["一、存在的问题", "二、下步工作打算"]
    editor.document().undo()
    editor.document().undo()
    assert editor.texts() == before


def test_rename_and_stale_key(editor: ReportEditor) -> None:
    outline = parse_outline(editor.texts())
    key = SectionKey.of(outline.sections[1])
    rename_section(editor.document(), key, "存在的问题和不足")
    assert editor.texts()[8] == "二、存在的问题和不足"
    with pytest.raises(StaleSection):
        rename_section(editor.document(), key, "再改")


def test_tables_round_trip_through_the_editor_without_extra_paragraphs(qtbot) -> None:
    from app.core.document import Cell, Paragraph, Table

    widget = ReportEditor()
    qtbot.addWidget(widget)
    cell = lambda text: Cell([Paragraph.from_text(text, in_table=True)])  # noqa: E731
    for blocks in (
        [Paragraph.from_text("甲"), Table([[cell("a"), cell("b")]]), Paragraph.from_text("乙")],
        [Table([[cell("a")]]), Paragraph.from_text("乙"), Table([[cell("c")], [cell("d")]])],
    ):
        report = Report(blocks=blocks)
        widget.load_report(report)
        back = widget.to_report()
        assert [type(b).__name__ for b in back.blocks] == [type(b).__name__ for b in blocks]
        assert back.texts() == report.texts()


def test_outline_dock_updates_in_place_and_skips_unchanged_subtrees(qtbot) -> None:
    from dataclasses import replace

    from app.core.outline import Outline
    from app.ui.outline.outline_dock import OutlineDock

    dock = OutlineDock()
    qtbot.addWidget(dock)
    outline = parse_outline(sample_lines(SAMPLE_000_TXT))
    dock.show_outline(outline)
    tree = dock.tree
    first_item = tree.topLevelItem(1)
    assert first_item.text(0) == "一、述责述廉情况"
    # Same Section objects, a badge on one child: only that label changes.
    child = outline.sections[0].children[1]
    dock.show_outline(outline, {(child.paragraph, child.level): (2, 1)})
    assert tree.topLevelItem(1).child(1).text(0).endswith("〔待填 2，错误 1〕")
    # A changed section (a new object) next to unchanged ones.
    renamed = replace(outline.sections[2], title="下一步工作打算")
    changed = Outline(outline.title, outline.title_paragraph, [*outline.sections[:2], renamed], [], outline.roles)
    dock.show_outline(changed)
    assert tree.topLevelItem(3).text(0) == "三、下一步工作打算"
    assert tree.topLevelItem(1).child(1).text(0) == "（二）强化监督管理，不断深化作风建设"  # badge gone
    assert dock.key_of(tree.topLevelItem(2)).title == "存在的问题"
    dock.highlight_position(9, 0)
    assert dock._current_key.title == "存在的问题"


def test_blocks_revealed_by_a_taller_window_get_their_heading_face(qtbot) -> None:
    widget = ReportEditor()
    qtbot.addWidget(widget)
    widget.resize(600, 120)
    widget.show()
    lines = sample_lines(SAMPLE_000_TXT)
    widget.load_report(Report.from_text("\n".join(lines + ["一、附加的一节"] * 60)))  # loaded lazily
    qtbot.wait(50)
    number = len(lines) + 2  # a heading far below a 120-px window
    assert widget.document().findBlockByNumber(number).text() == "一、附加的一节"
    assert not widget.document().findBlockByNumber(number).layout().formats()
    widget.resize(600, 6000)
    qtbot.waitUntil(lambda: bool(widget.document().findBlockByNumber(number).layout().formats()), timeout=3000)
