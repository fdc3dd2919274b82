"""Display-only formatting (heading faces, finding underlines) for visible blocks.

QSyntaxHighlighter re-highlights the whole document when attached (9 s for a
500k-character report here), so this does the same job lazily: the block being
typed in is formatted at once, other blocks only when they scroll into view or
their findings change while visible. Formats go into the block layout's
additional formats, so they never touch the text, the undo stack or the file.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QEvent, QObject, QPoint, QTimer
from PySide6.QtGui import QTextBlock, QTextCharFormat, QTextDocument, QTextLayout
from PySide6.QtWidgets import QTextEdit

from app.core.outline import heading_title_span, parse_marker
from app.ui import theme
from app.ui.editor.document_io import ParagraphData, changed_blocks
from app.ui.editor.faces import heading_format, title_format

# A change spanning more blocks than this is formatted lazily, like a load.
EAGER_BLOCKS = 50



@dataclass(frozen=True)
class Underline:
    start: int
    end: int
    severity: str


def heading_span(text: str) -> tuple[int, int, int] | None:
    """(level, start, end) of the part of a paragraph shown in the heading face."""
    marker = parse_marker(text)
    if marker is None:
        return None
    _, title_end, _ = heading_title_span(text, marker.end)
    return marker.level, marker.start, max(title_end, marker.end)


class LazyHighlighter(QObject):
    def __init__(self, editor: QTextEdit, underlines_for: Callable[[QTextBlock], list[Underline]]) -> None:
        super().__init__(editor)
        self.editor = editor
        self.document: QTextDocument = editor.document()
        self.underlines_for = underlines_for
        self.title_block_number: int | None = None
        self._applying = False
        self._generation = 0
        self.document.contentsChange.connect(self._on_contents_change)
        editor.verticalScrollBar().valueChanged.connect(self._schedule_visible)
        # A taller window shows blocks no scroll has revealed: format them too.
        editor.viewport().installEventFilter(self)
        self._visible_timer = QTimer(self, singleShot=True, interval=0)
        self._visible_timer.timeout.connect(self.format_visible)

    def reset(self) -> None:
        """Forget what was formatted (after zoom or a new document) and redo the visible part."""
        self._generation += 1
        self._schedule_visible()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt name)
        if event.type() == QEvent.Type.Resize:
            self._schedule_visible()
        return False

    def _schedule_visible(self, *_: object) -> None:
        self._visible_timer.start()

    def _on_contents_change(self, position: int, removed: int, added: int) -> None:
        if self._applying:
            return
        block, last = changed_blocks(self.document, position, added)
        if last.blockNumber() - block.blockNumber() > EAGER_BLOCKS:
            # A whole document loaded or pasted: format what shows, the rest on scroll.
            self._schedule_visible()
            return
        while block.isValid():
            self.format_block(block)
            if block == last:
                break
            block = block.next()

    def visible_blocks(self) -> list[QTextBlock]:
        # Walk down from the top block until one starts below the viewport: asking
        # for the block at the bottom corner is wrong while Qt is still laying out.
        bottom = self.editor.verticalScrollBar().value() + self.editor.viewport().height()
        layout = self.document.documentLayout()
        blocks = []
        block = self.editor.cursorForPosition(QPoint(0, 0)).block()
        while block.isValid() and len(blocks) <= 500:
            if layout.blockBoundingRect(block).top() > bottom:
                break
            blocks.append(block)
            block = block.next()
        return blocks

    def format_visible(self) -> None:
        for block in self.visible_blocks():
            self.format_block(block)

    def refresh_blocks(self, block_numbers: set[int]) -> None:
        """Findings changed for these blocks: reformat the visible ones now."""
        for block in self.visible_blocks():
            if block.blockNumber() in block_numbers:
                self.format_block(block)

    def set_title_block(self, number: int | None) -> None:
        if number == self.title_block_number:
            return
        old, self.title_block_number = self.title_block_number, number
        for n in (old, number):
            if n is not None:
                block = self.document.findBlockByNumber(n)
                if block.isValid():
                    self.format_block(block)

    def format_block(self, block: QTextBlock) -> None:
        text = block.text()
        underlines = self.underlines_for(block)
        is_title = block.blockNumber() == self.title_block_number
        # A block's formats are current when its stamp matches what they were
        # made from; the stamp lives on the block so it moves with it.
        stamp = (self._generation, hash(text), tuple(underlines), is_title)
        data = block.userData()
        if not isinstance(data, ParagraphData):
            data = ParagraphData(None)
            block.setUserData(data)
        if data.format_stamp == stamp:
            return
        data.format_stamp = stamp
        ranges = self._ranges(text, underlines, is_title)
        layout = block.layout()
        if layout is None:
            return
        if not ranges and not layout.formats():
            return
        layout.setFormats(ranges)
        self._applying = True
        try:
            self.document.markContentsDirty(block.position(), block.length())
        finally:
            self._applying = False

    def _ranges(self, text: str, underlines: list[Underline], is_title: bool) -> list[QTextLayout.FormatRange]:
        base: list[tuple[int, int, QTextCharFormat]] = []
        if is_title and text:
            base.append((0, len(text), title_format(self.editor.font().pointSizeF())))
        else:
            span = heading_span(text)
            if span is not None:
                level, start, end = span
                base.append((start, end, heading_format(level)))
        # Split at every boundary so underline and face combine on each piece.
        cuts = {0, len(text)}
        for start, end, _ in base:
            cuts.update((start, end))
        for u in underlines:
            cuts.update((max(0, u.start), min(len(text), max(u.end, u.start + 1))))
        points = sorted(c for c in cuts if 0 <= c <= len(text))
        ranges = []
        for start, end in zip(points, points[1:]):
            fmt = QTextCharFormat()
            used = False
            for b_start, b_end, b_fmt in base:
                if b_start <= start and end <= b_end:
                    fmt.merge(b_fmt)
                    used = True
            for u in underlines:
                if u.start <= start and end <= max(u.end, u.start + 1):
                    fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.WaveUnderline)
                    fmt.setUnderlineColor(theme.color(u.severity if u.severity in ("error", "warning") else "info"))
                    used = True
                    break
            if used:
                r = QTextLayout.FormatRange()
                r.start, r.length, r.format = start, end - start, fmt
                ranges.append(r)
        return ranges
