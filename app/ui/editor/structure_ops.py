"""Section operations on the live document, each one undo step.

The plan (which paragraphs go where, which markers change) comes from
app.core.restructure; this module only applies it to the QTextDocument, carrying
each paragraph's formatting and its link to the source file along.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QTextBlockFormat, QTextCharFormat, QTextCursor, QTextDocument

from app.core.outline import Outline, Section, format_marker, parse_outline
from app.core.restructure import (
    TextEdit,
    can_drop,
    find_section,
    heading_children,
    parent_of,
    plan_move,
    renumber_after_move,
    renumber_edits,
)
from app.ui.editor.document_io import ParagraphData, block_texts, paragraph_source


@dataclass(frozen=True)
class SectionKey:
    """Identifies a section in the document as it is now (checked before acting)."""

    paragraph: int
    level: int
    title: str

    @classmethod
    def of(cls, section: Section) -> SectionKey:
        return cls(section.paragraph, section.level, section.title)


class StaleSection(Exception):
    """The section is no longer where the outline said (the text changed meanwhile)."""


def current_outline(document: QTextDocument) -> tuple[list[str], Outline]:
    texts = block_texts(document)
    return texts, parse_outline(texts)


def resolve(outline: Outline, key: SectionKey | None) -> Section | None:
    if key is None:
        return None
    section = find_section(outline, key.paragraph, key.level)
    if section is None or section.title != key.title:
        raise StaleSection(key)
    return section


@dataclass
class _SavedBlock:
    block_format: QTextBlockFormat
    char_formats: list[tuple[str, QTextCharFormat]]
    data_source: object


def _save_block(document: QTextDocument, number: int) -> _SavedBlock:
    block = document.findBlockByNumber(number)
    runs = []
    iterator = block.begin()
    while not iterator.atEnd():
        fragment = iterator.fragment()
        if fragment.isValid():
            runs.append((fragment.text(), QTextCharFormat(fragment.charFormat())))
        iterator += 1
    return _SavedBlock(QTextBlockFormat(block.blockFormat()), runs, paragraph_source(block))


def _write_block(cursor: QTextCursor, saved: _SavedBlock) -> None:
    cursor.setBlockFormat(saved.block_format)
    cursor.block().setUserData(ParagraphData(saved.data_source))  # type: ignore[arg-type]
    for text, fmt in saved.char_formats:
        cursor.insertText(text, fmt)


def _remove_blocks(document: QTextDocument, cursor: QTextCursor, first: int, last: int) -> None:
    """Remove paragraphs first..last entirely (their text and one separator)."""
    start_block = document.findBlockByNumber(first)
    end_block = document.findBlockByNumber(last)
    if end_block.next().isValid():
        cursor.setPosition(start_block.position())
        cursor.setPosition(end_block.next().position(), QTextCursor.MoveMode.KeepAnchor)
    elif start_block.previous().isValid():
        previous = start_block.previous()
        cursor.setPosition(previous.position() + previous.length() - 1)
        cursor.setPosition(end_block.position() + end_block.length() - 1, QTextCursor.MoveMode.KeepAnchor)
    else:  # the whole document
        cursor.select(QTextCursor.SelectionType.Document)
    cursor.removeSelectedText()


def _insert_blocks_before(document: QTextDocument, cursor: QTextCursor, before: int, saved: list[_SavedBlock]) -> int:
    """Insert saved paragraphs before paragraph ``before`` (or at the end); returns the first's number."""
    count = document.blockCount()
    if before >= count:
        cursor.movePosition(QTextCursor.MoveOperation.End)
        for item in saved:
            cursor.insertBlock()
            _write_block(cursor, item)
        return count
    target = document.findBlockByNumber(before)
    cursor.setPosition(target.position())
    target_format = QTextBlockFormat(target.blockFormat())
    target_data = target.userData()
    for item in saved:
        cursor.insertBlock()  # the old text moves on into the new block
        cursor.movePosition(QTextCursor.MoveOperation.PreviousBlock)
        _write_block(cursor, item)
        cursor.movePosition(QTextCursor.MoveOperation.NextBlock)
    # The paragraph we inserted before keeps its own format and source.
    cursor.setBlockFormat(target_format)
    if isinstance(target_data, ParagraphData):
        cursor.block().setUserData(ParagraphData(target_data.source))
    return before


def apply_text_edits(document: QTextDocument, cursor: QTextCursor, edits: list[TextEdit]) -> None:
    for edit in sorted(edits, key=lambda e: (e.paragraph, e.start), reverse=True):
        block = document.findBlockByNumber(edit.paragraph)
        cursor.setPosition(block.position() + edit.start)
        cursor.setPosition(block.position() + edit.end, QTextCursor.MoveMode.KeepAnchor)
        fmt = cursor.charFormat()
        cursor.insertText(edit.replacement, fmt)


def move_section(document: QTextDocument, key: SectionKey, parent_key: SectionKey | None, index: int) -> int:
    """Move a section (with all its paragraphs) to child ``index`` of a parent; renumber.

    Returns the paragraph number where the moved heading now starts.
    """
    texts, outline = current_outline(document)
    section = resolve(outline, key)
    new_parent = resolve(outline, parent_key)
    if section is None or not can_drop(section, new_parent):
        raise ValueError(QCoreApplication.translate("StructureOps", "A section can only go under a heading one level above it"))
    old_parent = parent_of(outline, section)
    move = plan_move(outline, section, new_parent, index, len(texts))
    if move.first <= move.before <= move.last + 1:
        return section.paragraph  # dropped onto itself
    saved = [_save_block(document, n) for n in range(move.first, move.last + 1)]
    cursor = QTextCursor(document)
    cursor.beginEditBlock()
    try:
        _remove_blocks(document, cursor, move.first, move.last)
        before = move.before if move.before < move.first else move.before - len(saved)
        new_first = _insert_blocks_before(document, cursor, before, saved)
        moved_texts = block_texts(document)
        edits = renumber_after_move(moved_texts, move, old_parent, new_parent, len(texts))
        apply_text_edits(document, cursor, edits)
    finally:
        cursor.endEditBlock()
    return new_first


def move_by(document: QTextDocument, key: SectionKey, delta: int) -> int | None:
    """上移 / 下移: swap places with the previous or next sibling."""
    _, outline = current_outline(document)
    section = resolve(outline, key)
    if section is None:
        return None
    parent = parent_of(outline, section)
    siblings = [s for s in heading_children(parent, outline) if s.level == section.level]
    position = next(i for i, s in enumerate(siblings) if s is section)
    target = position + delta
    if not 0 <= target < len(siblings):
        return None
    all_children = heading_children(parent, outline)
    index_without = [s for s in all_children if s is not section].index(siblings[target]) + (1 if delta > 0 else 0)
    return move_section(document, key, SectionKey.of(parent) if parent else None, index_without)


def insert_section(document: QTextDocument, key: SectionKey, as_child: bool, title: str = "新的一节") -> tuple[int, int, int]:  # i18n: not UI text
    """插入同级节 / 插入下级节; returns (paragraph, title start, title end) to select."""
    _, outline = current_outline(document)
    section = resolve(outline, key)
    if section is None:
        raise StaleSection(key)
    level = section.level + 1 if as_child else section.level
    if level > 4:
        raise ValueError(QCoreApplication.translate("StructureOps", "Sections cannot be divided below the fourth level"))
    if as_child:
        number = sum(1 for c in heading_children(section, outline) if c.level == level) + 1
        after = section.last_paragraph
        parent: Section | None = section
    else:
        number = (section.number or 0) + 1
        after = section.last_paragraph
        parent = parent_of(outline, section)
    marker = format_marker(level, number)
    text = f"{marker}{title}" + ("" if level == 1 else "。")
    cursor = QTextCursor(document)
    cursor.beginEditBlock()
    try:
        block = document.findBlockByNumber(after)
        cursor.setPosition(block.position() + block.length() - 1)
        body_format = QTextBlockFormat(block.blockFormat())
        body_format.setAlignment(document.findBlockByNumber(section.paragraph).blockFormat().alignment())
        cursor.insertBlock(body_format, QTextCharFormat())
        cursor.block().setUserData(ParagraphData(None))
        cursor.insertText(text)
        new_paragraph = after + 1
        texts, fresh = current_outline(document)
        parent_now = None if parent is None else find_section(fresh, parent.paragraph, parent.level)
        apply_text_edits(document, cursor, [e for e in renumber_edits(fresh, [parent_now]) if e.paragraph != new_paragraph])
    finally:
        cursor.endEditBlock()
    start = len(marker)
    return new_paragraph, start, start + len(title)


def delete_section(document: QTextDocument, key: SectionKey) -> None:
    _, outline = current_outline(document)
    section = resolve(outline, key)
    if section is None:
        return
    parent = parent_of(outline, section)
    cursor = QTextCursor(document)
    cursor.beginEditBlock()
    try:
        _remove_blocks(document, cursor, section.paragraph, section.last_paragraph)
        _, fresh = current_outline(document)
        parent_now = None if parent is None else find_section(fresh, parent.paragraph, parent.level)
        apply_text_edits(document, cursor, renumber_edits(fresh, [parent_now]))
    finally:
        cursor.endEditBlock()


def rename_section(document: QTextDocument, key: SectionKey, new_title: str) -> None:
    _, outline = current_outline(document)
    section = resolve(outline, key)
    if section is None:
        return
    cursor = QTextCursor(document)
    cursor.beginEditBlock()
    try:
        apply_text_edits(document, cursor, [TextEdit(section.paragraph, section.title_start, section.title_end, new_title)])
    finally:
        cursor.endEditBlock()
