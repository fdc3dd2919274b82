"""Report model ↔ QTextDocument.

Run formatting the editor does not display itself (the file's own font names and
sizes) rides along in user properties of the character format, so a round trip
through the editor keeps it; what the editor shows is decided by the paragraph's
role (see faces.py), as in the printed 公文.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import (
    QFont,
    QTextBlock,
    QTextBlockFormat,
    QTextBlockUserData,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
)

from app.core.document import Alignment, Paragraph, Report, Run, Table

FONT_PROPERTY = QTextCharFormat.Property.UserProperty + 1
EAST_ASIAN_FONT_PROPERTY = QTextCharFormat.Property.UserProperty + 2
SIZE_PROPERTY = QTextCharFormat.Property.UserProperty + 3
GENERATED_PROPERTY = QTextCharFormat.Property.UserProperty + 4

_ALIGN_TO_QT = {
    Alignment.LEFT: Qt.AlignmentFlag.AlignLeft,
    Alignment.CENTER: Qt.AlignmentFlag.AlignHCenter,
    Alignment.RIGHT: Qt.AlignmentFlag.AlignRight,
    Alignment.JUSTIFY: Qt.AlignmentFlag.AlignJustify,
}


class ParagraphData(QTextBlockUserData):
    """Ties a block to the model paragraph it came from (None for new blocks).

    ``snapshot`` is the block as a model paragraph (block_to_paragraph), kept until
    the block changes (forget_snapshots, on every contentsChange), so a snapshot of
    the whole document (autosave, every few seconds while typing) converts only the
    paragraphs edited since the last one. Snapshot paragraphs are shared between
    reports: consumers must copy, not mutate them (docx_save's relink only links
    them to the file just written, which stays true while the block is unchanged).
    """

    def __init__(self, source: Paragraph | None) -> None:
        super().__init__()
        self.source = source
        self.format_stamp: tuple | None = None  # see LazyHighlighter
        self.snapshot: Paragraph | None = None


def paragraph_source(block: QTextBlock) -> Paragraph | None:
    data = block.userData()
    return data.source if isinstance(data, ParagraphData) else None


def _char_format(run: Run) -> QTextCharFormat:
    fmt = QTextCharFormat()
    if run.bold is not None:
        fmt.setFontWeight(QFont.Weight.Bold if run.bold else QFont.Weight.Normal)
    if run.italic is not None:
        fmt.setFontItalic(run.italic)
    if run.underline is not None:
        fmt.setFontUnderline(run.underline)
    if run.font:
        fmt.setProperty(FONT_PROPERTY, run.font)
    if run.east_asian_font:
        fmt.setProperty(EAST_ASIAN_FONT_PROPERTY, run.east_asian_font)
    if run.size:
        fmt.setProperty(SIZE_PROPERTY, float(run.size))
    if run.generated:
        fmt.setProperty(GENERATED_PROPERTY, True)
    return fmt


def body_block_format(indent_px: float, alignment: Alignment | None = None) -> QTextBlockFormat:
    fmt = QTextBlockFormat()
    fmt.setTextIndent(indent_px)
    if alignment is not None:
        fmt.setAlignment(_ALIGN_TO_QT[alignment])
    return fmt


class _Formats:
    """Block and character formats made once per distinct value for one fill (a
    report's runs mostly share a handful of formattings)."""

    def __init__(self) -> None:
        self.blocks: dict[tuple[float, Alignment | None], QTextBlockFormat] = {}
        self.chars: dict[tuple, QTextCharFormat] = {}

    def block(self, indent: float, alignment: Alignment | None) -> QTextBlockFormat:
        fmt = self.blocks.get((indent, alignment))
        if fmt is None:
            fmt = self.blocks[(indent, alignment)] = body_block_format(indent, alignment)
        return fmt

    def char(self, run: Run) -> QTextCharFormat:
        key = (run.bold, run.italic, run.underline, run.font, run.east_asian_font, run.size, run.generated)
        fmt = self.chars.get(key)
        if fmt is None:
            fmt = self.chars[key] = _char_format(run)
        return fmt


def _insert_paragraph(
    cursor: QTextCursor, paragraph: Paragraph, indent_px: float, first: bool, formats: _Formats | None = None
) -> None:
    formats = formats or _Formats()
    alignment = paragraph.alignment if paragraph.alignment is not Alignment.LEFT else None
    indent = 0.0 if alignment is Alignment.CENTER else indent_px
    fmt = formats.block(indent, alignment)
    if first:
        cursor.setBlockFormat(fmt)
    else:
        cursor.insertBlock(fmt)
    cursor.block().setUserData(ParagraphData(paragraph))
    for run in paragraph.runs:
        if run.text:
            cursor.insertText(run.text.replace("\n", "\u2028"), formats.char(run))


def fill_document(
    document: QTextDocument, report: Report, indent_px: float, after_first_block: Callable[[], None] | None = None
) -> None:
    """Replace the document's content with the report; clears undo history.

    ``after_first_block`` is called once the first block is in: the editor moves
    its cursor to the start there, where the text still to come goes in after it
    and leaves it in place (a cursor pushed to the end would make Qt lay out the
    whole document the moment it is moved or shown)."""
    document.setUndoRedoEnabled(False)
    # Clear inside the edit block, as QTextDocument.setPlainText does: the layout
    # then sees one change from an empty document and lays it out lazily, a screen
    # at a time. Cleared before the block, every block was laid out at once
    # (500k characters: 270 ms instead of 30 ms, and the first paint 200 ms more).
    edit = QTextCursor(document)
    edit.beginEditBlock()
    document.clear()
    cursor = QTextCursor(document)
    # "Write into the current block" for the first paragraph and for the one after
    # a table: Qt always keeps an (empty) block after a table, and using it keeps
    # the editor's paragraphs in step with the report's.
    reuse_block = True
    formats = _Formats()
    for block in report.blocks:
        if isinstance(block, Paragraph):
            _insert_paragraph(cursor, block, indent_px, reuse_block, formats)
            reuse_block = False
        elif _insert_table(cursor, block, reuse_block):
            reuse_block = True
        if after_first_block is not None:
            after_first_block()
            after_first_block = None
    if after_first_block is not None:
        after_first_block()
    edit.endEditBlock()
    document.setUndoRedoEnabled(True)
    document.setModified(False)


def _insert_table(cursor: QTextCursor, table: Table, at_block_start: bool) -> bool:
    """Insert a table after the current paragraph; False when it has no cells."""
    rows = len(table.rows)
    columns = max((len(row) for row in table.rows), default=0)
    if rows == 0 or columns == 0:
        return False
    if not at_block_start:
        # insertTable splits the current block; from the block's end the text stays
        # before the table and the empty remainder becomes the block after it.
        cursor.movePosition(QTextCursor.MoveOperation.EndOfBlock)
    text_table = cursor.insertTable(rows, columns)
    for r, row in enumerate(table.rows):
        for c, cell in enumerate(row):
            cell_cursor = text_table.cellAt(r, c).firstCursorPosition()
            for i, paragraph in enumerate(cell.paragraphs):
                _insert_paragraph(cell_cursor, paragraph, 0.0, i == 0)
    cursor.movePosition(QTextCursor.MoveOperation.End)
    return True


def block_texts(document: QTextDocument) -> list[str]:
    """Every block's text in document order (table cells row by row)."""
    texts = []
    block = document.begin()
    while block.isValid():
        texts.append(block.text())
        block = block.next()
    return texts


def _run_from_fragment(text: str, fmt: QTextCharFormat) -> Run:
    weight = fmt.fontWeight() if fmt.hasProperty(QTextCharFormat.Property.FontWeight) else None
    return Run(
        text=text,
        bold=None if weight is None else weight >= QFont.Weight.DemiBold,
        italic=fmt.fontItalic() if fmt.hasProperty(QTextCharFormat.Property.FontItalic) else None,
        underline=fmt.fontUnderline() if fmt.hasProperty(QTextCharFormat.Property.TextUnderlineStyle) or fmt.hasProperty(QTextCharFormat.Property.FontUnderline) else None,
        font=fmt.property(FONT_PROPERTY) if fmt.hasProperty(FONT_PROPERTY) else None,
        east_asian_font=fmt.property(EAST_ASIAN_FONT_PROPERTY) if fmt.hasProperty(EAST_ASIAN_FONT_PROPERTY) else None,
        size=fmt.property(SIZE_PROPERTY) if fmt.hasProperty(SIZE_PROPERTY) else None,
        generated=bool(fmt.property(GENERATED_PROPERTY)) if fmt.hasProperty(GENERATED_PROPERTY) else False,
    )


_QT_TO_ALIGN = {
    Qt.AlignmentFlag.AlignHCenter: Alignment.CENTER,
    Qt.AlignmentFlag.AlignRight: Alignment.RIGHT,
    Qt.AlignmentFlag.AlignJustify: Alignment.JUSTIFY,
}


def block_to_paragraph(block: QTextBlock, in_table: bool = False, *, cache: bool = False) -> Paragraph:
    """The model paragraph for a block: its runs and alignment, the source's other properties.

    ``in_table`` for a table cell's block. With ``cache`` the paragraph made last
    time is returned while the block is unchanged (see ParagraphData.snapshot),
    else it is made and kept; without, it is made afresh and nothing is stored.
    """
    data = block.userData()
    source = data.source if isinstance(data, ParagraphData) else None
    in_table = in_table or (source is not None and source.in_table)
    if cache and isinstance(data, ParagraphData):
        cached = data.snapshot
        if cached is not None and cached.in_table == in_table:
            return cached
    paragraph = _convert_block(block, source, in_table)
    if cache:
        if data is None:
            data = ParagraphData(None)
            block.setUserData(data)
        if isinstance(data, ParagraphData):
            data.snapshot = paragraph
    return paragraph


def changed_blocks(document: QTextDocument, position: int, added: int) -> tuple[QTextBlock, QTextBlock]:
    """The first and last block a contentsChange(position, removed, added) touched.

    Qt reports every change to text, character or block formats this way (undo,
    redo, splits and merges included; inside an edit block once, at its end,
    spanning it all); after it, the changed text is position … position + added,
    and blocks merged by a removal are the one block at ``position``."""
    # The change may run to the very end, one past the last valid position.
    return document.findBlock(position), document.findBlock(min(position + added, document.characterCount() - 1))


def forget_snapshots(document: QTextDocument, position: int, added: int) -> None:
    """Drop the kept paragraphs of the blocks a contentsChange touched (see changed_blocks)."""
    block, last = changed_blocks(document, position, added)
    while block.isValid():
        data = block.userData()
        if isinstance(data, ParagraphData):
            data.snapshot = None
        if block == last:
            break
        block = block.next()


def _convert_block(block: QTextBlock, source: Paragraph | None, in_table: bool) -> Paragraph:
    runs = []
    iterator = block.begin()
    while not iterator.atEnd():
        fragment = iterator.fragment()
        if fragment.isValid():
            runs.append(_run_from_fragment(fragment.text().replace("\u2028", "\n"), fragment.charFormat()))
        iterator += 1
    horizontal = block.blockFormat().alignment() & Qt.AlignmentFlag.AlignHorizontal_Mask
    alignment = _QT_TO_ALIGN.get(Qt.AlignmentFlag(horizontal))
    if source is None:
        return Paragraph(runs=runs, alignment=alignment, in_table=in_table)
    # Everything the editor does not change (style, indents, the link to the
    # source file's paragraph) is carried over from the paragraph it came from.
    kept_alignment = alignment if alignment is not None else (source.alignment if source.alignment is Alignment.LEFT else None)
    return dataclasses.replace(source, runs=runs, alignment=kept_alignment, in_table=in_table)


def document_to_report(document: QTextDocument, template: Report | None = None, *, cache: bool = False) -> Report:
    """The report the user sees: every block, tables kept as tables.

    With ``cache`` unchanged paragraphs are the same objects as in the previous
    report (see ParagraphData.snapshot): only for a document whose contentsChange
    calls forget_snapshots, as ReportEditor's does."""
    blocks: list = []
    root = document.rootFrame()
    iterator = root.begin()
    while not iterator.atEnd():
        # The block first: at a child frame it is invalid, and blocks are the many.
        block = iterator.currentBlock()
        if block.isValid():
            blocks.append(block_to_paragraph(block, cache=cache))
        else:
            frame = iterator.currentFrame()
            table = _frame_to_table(frame, cache) if frame is not None else None
            if table is not None:
                blocks.append(table)
        iterator += 1
    # Qt keeps an empty block before a table that opens the document and after one
    # that ends it; they are the editor's, not the user's.
    if len(blocks) > 1 and _is_filler(blocks[0]) and isinstance(blocks[1], Table):
        blocks.pop(0)
    if len(blocks) > 1 and _is_filler(blocks[-1]) and isinstance(blocks[-2], Table):
        blocks.pop()
    report = Report(blocks=blocks)
    if template is not None:
        report.report_type, report.year, report.omissions = template.report_type, template.year, list(template.omissions)
        # Last year's report (issue 7) rides along, so saves and autosave keep the link.
        report.last_year, report.last_year_year, report.last_year_name = (
            template.last_year, template.last_year_year, template.last_year_name,
        )
    return report


def _is_filler(block: object) -> bool:
    return isinstance(block, Paragraph) and not block.text and block.source is None


def _frame_to_table(frame, cache: bool = False) -> Table | None:
    from PySide6.QtGui import QTextTable

    if not isinstance(frame, QTextTable):
        return None
    from app.core.document import Cell

    rows = []
    for r in range(frame.rows()):
        row = []
        for c in range(frame.columns()):
            cell = frame.cellAt(r, c)
            paragraphs = []
            iterator = cell.begin()
            while not iterator.atEnd():
                block = iterator.currentBlock()
                if block.isValid():
                    paragraphs.append(block_to_paragraph(block, in_table=True, cache=cache))
                iterator += 1
            row.append(Cell(paragraphs))
        rows.append(row)
    return Table(rows)
