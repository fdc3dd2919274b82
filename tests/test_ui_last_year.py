"""Issue 7 in the window: a draft from last year's report, its flags, the compare view."""

from __future__ import annotations

import shutil
from pathlib import Path

from PySide6.QtGui import QTextCursor

from app.formats import load_document
from app.ui.main_window import MainWindow
from tests.conftest import SAMPLE_000_DOCX
from tests.ui_helpers import wait_for_analysis

UNCHANGED = "unchanged-from-last-year"


def _flags(window: MainWindow) -> set[int]:
    return {f.paragraph for f in window.visible_findings() if f.rule == UNCHANGED}


def _wait(qtbot, window: MainWindow, predicate) -> None:
    wait_for_analysis(qtbot, window, lambda analysis: predicate())


def _body(texts: list[str]) -> set[int]:
    from app.core.outline import parse_outline

    roles = parse_outline(texts).roles
    return {i for i, r in enumerate(roles) if r.value not in ("title", "heading1") and len(texts[i]) >= 30}


def test_draft_flags_unchanged_paragraphs_until_edited_and_link_survives_rename(qtbot, window: MainWindow, tmp_path: Path) -> None:
    last_path = tmp_path / "去年.docx"
    shutil.copy(SAMPLE_000_DOCX, last_path)
    assert window.last_year_actions.make_draft(load_document(last_path), last_path, 2023, True)
    texts = window.editor.texts()
    assert texts[0] == "2023年度市局班子成员述责述廉报告"
    assert "现场会办**次" in texts[5]
    assert window.editor.document().isModified() and window.files.path is None
    assert window.checks.last_year == load_document(last_path).texts()
    body = _body(texts)
    _wait(qtbot, window, lambda: _flags(window) == body)

    # Rewrite one paragraph: its flag goes.
    target = sorted(body)[1]
    block = window.editor.document().findBlockByNumber(target)
    cursor = QTextCursor(block)
    cursor.movePosition(QTextCursor.MoveOperation.EndOfBlock, QTextCursor.MoveMode.KeepAnchor)
    cursor.insertText("（一）强化理论学习，不断提高党性修养。今年围绕党的二十大精神开展专题学习，撰写心得体会，组织读书班，形成调研报告一篇。")
    _wait(qtbot, window, lambda: _flags(window) == body - {target})

    # Save (built on last year's package), rename, reopen: the link is still there.
    saved = tmp_path / "草稿.docx"
    assert window.files._save_to(saved, confirm_losses=False)
    renamed = tmp_path / "moved" / "2023年述责述廉报告.docx"
    renamed.parent.mkdir()
    window.files.release()
    saved.rename(renamed)
    assert window.files.open_path(str(renamed), confirmed=True)
    assert window.checks.last_year == load_document(last_path).texts()
    _wait(qtbot, window, lambda: _flags(window) == body - {target})


def test_new_from_last_year_dialog_detects_the_year(qtbot) -> None:
    from PySide6.QtWidgets import QDialogButtonBox

    from app.ui.lastyear.new_dialog import NewFromLastYearDialog

    dialog = NewFromLastYearDialog()
    qtbot.addWidget(dialog)
    assert not dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).isEnabled()
    assert dialog.set_file(str(SAMPLE_000_DOCX))
    assert dialog.year == 2023 and dialog.report is not None
    assert dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).isEnabled()


def test_compare_view_sections_and_scrolling_in_step(qtbot) -> None:
    from app.core.rollover import draft_from_last_year
    from app.ui.compare.compare_dialog import CompareDialog

    last = load_document(SAMPLE_000_DOCX)
    this = draft_from_last_year(last, mask=True).report.texts()
    this[7] = "（五）强化廉洁意识。今年全部重写了这一段。" * 5
    dialog = CompareDialog(last.texts(), this, "去年.docx", "今年.docx")
    qtbot.addWidget(dialog)
    dialog.resize(900, 400)
    dialog.show()
    qtbot.waitExposed(dialog)
    items = [dialog.sections.item(i).text() for i in range(dialog.sections.count())]
    assert len(items) == 4 and all("已改写" in t for t in items)
    assert "一、述责述廉情况" in items[1] and "已改写 0%" not in items[1]
    # Character-level highlights: struck-through deletions on the left.
    assert "现场会办16次" in dialog.left.toPlainText() and "现场会办**次" in dialog.right.toPlainText()
    dialog.left.verticalScrollBar().setValue(dialog.left.verticalScrollBar().maximum())
    assert dialog.right.verticalScrollBar().value() > 0
    dialog.show_section(3)
    assert dialog.left.verticalScrollBar().value() > 0
