"""ReportEditor.to_report keeps each block's model paragraph until the block changes.

The autosave snapshots the whole document every few seconds while the user types;
with the cache only the edited paragraphs are converted again. These tests check
that the cached report always equals one converted afresh, whatever the edit.
"""

from __future__ import annotations

import random

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QTextBlockFormat, QTextCharFormat, QTextCursor, QTextTable

from app.core.document import Alignment, Cell, Paragraph, Report, Role, Run, Table
from app.formats import load_document
from app.ui.editor.document_io import FONT_PROPERTY, SIZE_PROPERTY, document_to_report
from app.ui.editor.report_editor import ReportEditor
from tests.conftest import SAMPLE_000_DOCX

_ALIGNMENTS = [Qt.AlignmentFlag.AlignLeft, Qt.AlignmentFlag.AlignHCenter, Qt.AlignmentFlag.AlignRight, Qt.AlignmentFlag.AlignJustify]
_WORDS = ["一、", "（二）", "加强", "学习", "ab", "", "。", "\n", "\u2028", "各项工作", "x"]


def _report() -> Report:
    """About 30 paragraphs: a real file's (linked to their XML), a table, typed ones."""
    report = load_document(SAMPLE_000_DOCX)
    cell = lambda *texts: Cell([Paragraph.from_text(t, in_table=True) for t in texts])  # noqa: E731
    report.blocks.insert(3, Table([[cell("甲", "乙"), cell("丙")], [cell(""), cell("丁戊")]]))
    for i in range(15):
        runs = [Run(f"第{i}段", bold=True), Run("正文内容" * (i % 4 + 1), font="仿宋", size=16.0)]
        report.blocks.append(
            Paragraph(runs=runs, role=Role.BODY if i % 3 else Role.HEADING2, alignment=[None, Alignment.CENTER][i % 2],
                      style_name=f"Style{i % 3}")
        )
    return report


def _norm(block: object) -> object:
    """Everything a snapshot holds; a new paragraph's id is made per conversion, so left out."""
    if isinstance(block, Table):
        return ("table", [[[_norm(p) for p in cell.paragraphs] for cell in row] for row in block.rows])
    assert isinstance(block, Paragraph)
    return (
        [(r.text, r.bold, r.italic, r.underline, r.font, r.east_asian_font, r.size, r.generated) for r in block.runs],
        block.role, block.alignment, block.first_line_indent, block.left_indent, block.style_name,
        block.outline_level, block.in_table, block.id if block.source is not None else None, id(block.source),
    )


def _norm_report(report: Report) -> list:
    return [_norm(b) for b in report.blocks]


def _check(editor: ReportEditor, step: str) -> None:
    cached = editor.to_report()
    fresh = document_to_report(editor.document(), editor._template, cache=False)
    assert _norm_report(cached) == _norm_report(fresh), step


def _random_position(rng: random.Random, editor: ReportEditor) -> int:
    return rng.randrange(editor.document().characterCount())


def _tables(editor: ReportEditor) -> list[QTextTable]:
    return [f for f in editor.document().rootFrame().childFrames() if isinstance(f, QTextTable)]


def _edit(rng: random.Random, editor: ReportEditor, qtbot) -> str:
    document = editor.document()
    cursor = QTextCursor(document)
    kind = rng.choice(
        ["insert", "insert", "delete", "delete", "split", "return", "merge", "align", "char", "char",
         "undo", "undo", "redo", "table", "table_op", "highlight"]
    )
    position = _random_position(rng, editor)
    cursor.setPosition(position)
    if kind == "insert":
        cursor.insertText("".join(rng.choice(_WORDS) for _ in range(rng.randint(1, 4))))
    elif kind == "delete":
        end = min(position + rng.choice([1, 3, 20, 400, 2000]), document.characterCount() - 1)
        cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
        cursor.removeSelectedText()
    elif kind == "split":
        cursor.insertBlock()
    elif kind == "return":
        editor.setTextCursor(cursor)
        qtbot.keyClick(editor, Qt.Key.Key_Return)
    elif kind == "merge":
        cursor.movePosition(QTextCursor.MoveOperation.StartOfBlock)
        cursor.deletePreviousChar()
    elif kind == "align":
        end = min(position + rng.choice([0, 300, 1500]), document.characterCount() - 1)
        cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
        if rng.random() < 0.5:
            fmt = QTextBlockFormat(cursor.blockFormat())
            fmt.setAlignment(rng.choice(_ALIGNMENTS))
            cursor.setBlockFormat(fmt)
        else:
            fmt = QTextBlockFormat()
            fmt.setAlignment(rng.choice(_ALIGNMENTS))
            cursor.mergeBlockFormat(fmt)
    elif kind == "char":
        end = min(position + rng.choice([1, 5, 50, 800]), document.characterCount() - 1)
        cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
        fmt = QTextCharFormat()
        what = rng.choice(["bold", "italic", "underline", "font", "size"])
        if what == "bold":
            fmt.setFontWeight(rng.choice([QFont.Weight.Bold, QFont.Weight.Normal]))
        elif what == "italic":
            fmt.setFontItalic(rng.random() < 0.5)
        elif what == "underline":
            fmt.setFontUnderline(rng.random() < 0.5)
        elif what == "font":
            fmt.setProperty(FONT_PROPERTY, rng.choice(["黑体", "楷体"]))
        else:
            fmt.setProperty(SIZE_PROPERTY, rng.choice([14.0, 22.0]))
        cursor.mergeCharFormat(fmt)
    elif kind == "undo":
        document.undo()
    elif kind == "redo":
        document.redo()
    elif kind == "table":
        table = cursor.insertTable(rng.randint(1, 2), rng.randint(1, 2))
        table.cellAt(0, 0).firstCursorPosition().insertText("新表")
    elif kind == "table_op":
        tables = _tables(editor)
        if not tables:
            return "table_op (no table)"
        table = rng.choice(tables)
        op = rng.choice(["insert_row", "remove_row", "insert_column", "merge"])
        if op == "insert_row":
            table.insertRows(rng.randint(0, table.rows()), 1)
        elif op == "remove_row" and table.rows() > 1:
            table.removeRows(rng.randrange(table.rows()), 1)
        elif op == "insert_column":
            table.insertColumns(rng.randint(0, table.columns()), 1)
        elif op == "merge" and table.columns() > 1:
            table.mergeCells(0, 0, 1, 2)
        kind = f"table_op {op}"
    elif kind == "highlight":
        # Display-only formats (the checker's underlines, the title face): no
        # change to the text, the cache must not care either way.
        block = document.findBlock(position)
        editor.set_underlines({block.blockNumber(): []} if rng.random() < 0.5 else {})
        editor.set_title_block(rng.choice([None, block.blockNumber()]))
        editor.highlighter.format_visible()
    return f"{kind} at {position}"


@pytest.mark.parametrize("seed", range(8))
def test_cached_snapshots_equal_fresh_ones_under_random_edits(qtbot, seed: int) -> None:
    rng = random.Random(seed)
    editor = ReportEditor()
    qtbot.addWidget(editor)
    editor.resize(700, 500)
    editor.show()
    editor.load_report(_report())
    _check(editor, "load")
    history = []
    for _ in range(120):
        history.append(_edit(rng, editor, qtbot))
        if rng.random() < 0.7:
            _check(editor, f"seed {seed}: {history[-6:]}")
    _check(editor, f"seed {seed}: end")
    # A load starts afresh.
    editor.load_report(_report())
    _check(editor, "reload")


def test_second_snapshot_reuses_unchanged_paragraphs(qtbot) -> None:
    editor = ReportEditor()
    qtbot.addWidget(editor)
    editor.load_report(_report())
    first = editor.to_report()
    edited = 5
    block = editor.document().findBlockByNumber(edited)
    cursor = QTextCursor(block)
    cursor.movePosition(QTextCursor.MoveOperation.EndOfBlock)
    cursor.insertText("补")
    second = editor.to_report()
    old, new = first.paragraphs, second.paragraphs
    assert len(old) == len(new)
    for i, (a, b) in enumerate(zip(old, new)):
        if i == edited:
            assert b is not a and b.text == a.text + "补"
            assert b.id == a.id and b.source is a.source  # still the file's paragraph
        else:
            assert b is a, i
    # The table's cells are cached too, and still marked as cells.
    table = next(b for b in second.blocks if isinstance(b, Table))
    assert all(p.in_table for row in table.rows for c in row for p in c.paragraphs)
    assert table.rows[0][0].paragraphs[0] is next(b for b in first.blocks if isinstance(b, Table)).rows[0][0].paragraphs[0]
    # A format change alone is a change too.
    cursor.setPosition(editor.document().findBlockByNumber(1).position())
    fmt = QTextBlockFormat()
    fmt.setAlignment(Qt.AlignmentFlag.AlignRight)
    cursor.mergeBlockFormat(fmt)
    third = editor.to_report()
    assert third.paragraphs[1] is not second.paragraphs[1]
    assert third.paragraphs[1].alignment is Alignment.RIGHT
    # Qt reports the block with its separator, so the range ends at the start of the
    # next block, which is converted again too (cheap, and safe for splits); no further.
    assert third.paragraphs[3] is second.paragraphs[3]


def test_saving_twice_from_the_editor_keeps_typed_paragraphs(qtbot, tmp_path) -> None:
    """A saved report's new paragraphs get linked to the file written (relink); the
    cached paragraph keeps that link, so the next save finds them verbatim."""
    from app.formats import save_document

    editor = ReportEditor()
    qtbot.addWidget(editor)
    editor.load_report(load_document(SAMPLE_000_DOCX))
    cursor = QTextCursor(editor.document())
    cursor.movePosition(QTextCursor.MoveOperation.End)
    cursor.insertText("\n新加的一段")
    first = tmp_path / "a.docx"
    save_document(editor.to_report(), first, source_path=SAMPLE_000_DOCX)
    cursor.insertText("，又补一句")
    cursor.setPosition(editor.document().findBlockByNumber(2).position())
    cursor.insertText("改")
    second = tmp_path / "b.docx"
    save_document(editor.to_report(), second, source_path=first)
    texts = load_document(second).texts()
    assert texts == editor.texts()
    assert texts[-1] == "新加的一段，又补一句"
