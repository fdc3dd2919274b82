"""The rich-text editor a secretary drafts in (QTextEdit with the report's rules).

It knows nothing of checks or outlines: it shows a report, tells when paragraphs
changed, and selects a span when asked. The window wires it to the rest.
"""

from __future__ import annotations

from PySide6.QtCore import QMimeData, Qt, Signal
from PySide6.QtGui import QContextMenuEvent, QFontMetricsF, QKeyEvent, QTextBlock, QTextCursor
from PySide6.QtWidgets import QTextEdit, QWidget

from app.checks.rules.placeholder import placeholder_spans
from app.core.document import Report
from app.ui.editor.document_io import (
    block_texts,
    body_block_format,
    document_to_report,
    fill_document,
    forget_snapshots,
)
from app.ui.editor.faces import body_families
from app.ui.editor.lazy_highlighter import LazyHighlighter, Underline
from app.ui.fonts import body_font

DEFAULT_POINT_SIZE = 16.0  # 三号, as printed
MIN_POINT_SIZE, MAX_POINT_SIZE = 8.0, 48.0
PHRASE_MIME = "application/x-wengao-phrase"  # a drag from the phrase library (app/ui/phrases)


class ReportEditor(QTextEdit):
    """Emits ``paragraphs_changed`` whenever the text (not just formatting) changes."""

    paragraphs_changed = Signal()
    add_phrase_requested = Signal(str)  # context menu "加入常用语库" with the selected text

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.base_point_size: float = DEFAULT_POINT_SIZE  # what "actual size" (Ctrl+0) returns to
        self.set_body_font(None, DEFAULT_POINT_SIZE)
        self.setAcceptRichText(False)
        self.setTabChangesFocus(False)
        self.underlines: dict[int, list[Underline]] = {}
        self.highlighter = LazyHighlighter(self, self._underlines_for)
        self._template: Report | None = None
        self._last_text_revision = 0
        self.document().contentsChange.connect(self._on_contents_change)

    # -- content -------------------------------------------------------------
    def indent_px(self) -> float:
        """Two characters of the body face: the 公文 first-line indent."""
        return QFontMetricsF(self.font()).horizontalAdvance("中") * 2  # i18n: not UI text

    def load_report(self, report: Report) -> None:
        self._template = report
        self.underlines = {}
        # The view's cursor goes to the start once the first paragraph is in, while
        # moving it is cheap; the rest of the text then goes in after it. A cursor
        # (or selection) reaching the end made Qt lay out the whole document at once
        # to move or show it (130 ms for 500k characters); this way the layout goes
        # on lazily, a screen at a time, as after QTextEdit.setPlainText.
        fill_document(
            self.document(), report, self.indent_px(),
            after_first_block=lambda: self.setTextCursor(QTextCursor(self.document())),
        )
        self.highlighter.reset()
        self.paragraphs_changed.emit()

    def to_report(self) -> Report:
        # Cached per block (only edited paragraphs are converted again): the
        # autosave takes this every few seconds while the user types.
        return document_to_report(self.document(), self._template, cache=True)

    def texts(self) -> list[str]:
        return block_texts(self.document())

    def _on_contents_change(self, position: int, removed: int, added: int) -> None:
        # Every change, before anything else: a block's kept model paragraph
        # (to_report) must not outlive a change to its text or formats. The
        # highlighter's relayouts touch only display formats, not the text, so they
        # need not invalidate, but telling them apart would buy nothing: the few
        # visible blocks are converted again at the next snapshot.
        forget_snapshots(self.document(), position, added)
        # Formatting-only changes (and the highlighter's relayouts) report
        # removed == added; only a real text change moves on to the checker.
        if self.highlighter._applying:
            return
        self.paragraphs_changed.emit()

    # -- display-only formatting --------------------------------------------
    def _underlines_for(self, block: QTextBlock) -> list[Underline]:
        return self.underlines.get(block.blockNumber(), [])

    def set_underlines(self, underlines: dict[int, list[Underline]]) -> None:
        changed = {n for n in set(self.underlines) | set(underlines) if self.underlines.get(n) != underlines.get(n)}
        self.underlines = underlines
        self.highlighter.refresh_blocks(changed)

    def set_title_block(self, number: int | None) -> None:
        self.highlighter.set_title_block(number)

    # -- navigation ----------------------------------------------------------
    def select_span(self, paragraph: int, start: int, end: int) -> bool:
        block = self.document().findBlockByNumber(paragraph)
        if not block.isValid():
            return False
        length = block.length() - 1
        cursor = QTextCursor(block)
        cursor.setPosition(block.position() + min(max(start, 0), length))
        cursor.setPosition(block.position() + min(max(end, start, 0), length), QTextCursor.MoveMode.KeepAnchor)
        self.setTextCursor(cursor)
        self.ensureCursorVisible()
        return True

    def current_position(self) -> tuple[int, int]:
        cursor = self.textCursor()
        return cursor.blockNumber(), cursor.positionInBlock()

    # -- font and zoom --------------------------------------------------------
    def set_body_font(self, family: str | None, point_size: float) -> None:
        """The body face (None: the 公文 face where installed) and the size Ctrl+0 returns to."""
        font = body_font(point_size)
        families = [family] if family else body_families()
        if families:
            font.setFamilies([*families, *font.families()])
        self.base_point_size = float(point_size)
        self.setFont(font)
        self.document().setDefaultFont(font)
        if hasattr(self, "highlighter"):
            self.highlighter.reset()

    def zoom_by(self, steps: int) -> None:
        size = self.font().pointSizeF() + steps
        if MIN_POINT_SIZE <= size <= MAX_POINT_SIZE:
            font = self.font()
            font.setPointSizeF(size)
            self.setFont(font)
            self.document().setDefaultFont(font)
            self.highlighter.reset()

    def zoom_reset(self) -> None:
        self.zoom_by(round(self.base_point_size - self.font().pointSizeF()))

    def zoom_percent(self) -> int:
        return round(self.font().pointSizeF() / DEFAULT_POINT_SIZE * 100)

    # -- typing --------------------------------------------------------------
    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 (Qt name)
        was_centered = self.textCursor().blockFormat().alignment() & Qt.AlignmentFlag.AlignHCenter
        super().keyPressEvent(event)
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and was_centered:
            # After the (centred) title comes body text, as in Word's "next style".
            cursor = self.textCursor()
            if not cursor.block().text():
                cursor.joinPreviousEditBlock()
                cursor.setBlockFormat(body_block_format(self.indent_px()))
                cursor.endEditBlock()

    # -- phrase library -------------------------------------------------------
    def insert_phrase(self, text: str) -> None:
        """Insert at the cursor (replacing a selection); select the first placeholder in it, so typing fills it."""
        cursor = self.textCursor()
        start = cursor.selectionStart()
        cursor.insertText(text)
        spans = placeholder_spans(text)
        if spans:
            cursor.setPosition(start + spans[0][0])
            cursor.setPosition(start + spans[0][1], QTextCursor.MoveMode.KeepAnchor)
        self.setTextCursor(cursor)
        self.setFocus()

    def selected_plain_text(self) -> str:
        return self.textCursor().selectedText().replace("\u2029", "\n").replace("\u2028", "\n").strip()

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:  # noqa: N802 (Qt name)
        menu = self.createStandardContextMenu(event.pos())
        menu.addSeparator()
        selected = self.selected_plain_text()
        action = menu.addAction(self.tr("Add to Phrase Library"))
        action.setEnabled(bool(selected))
        action.triggered.connect(lambda: self.add_phrase_requested.emit(selected))
        menu.exec(event.globalPos())
        menu.deleteLater()

    def insertFromMimeData(self, source: QMimeData) -> None:  # noqa: N802 (Qt name)
        if source.hasFormat(PHRASE_MIME) and source.hasText():
            self.insert_phrase(source.text())
            return
        # Pasted text takes the report's faces, not the source's fonts and colours.
        if source.hasText():
            self.textCursor().insertText(source.text().replace("\r\n", "\n"))
        else:
            super().insertFromMimeData(source)
