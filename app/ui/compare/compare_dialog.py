"""与去年对比: last year's report and this year's side by side.

Both sides are read-only. Sections are aligned (app.core.diff): each section
starts with a header saying how much of it was rewritten, deletions are struck
through in red on the left, insertions green on the right. Scrolling one side
scrolls the other to the same place in the same section (the sections are of
different lengths, so "the same place" is the same fraction of the section).
The list on the left names each section with its "% 已改写"; a click brings it
into view on both sides.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QFont, QTextBlockFormat, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QSplitter,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

from app.core.diff import DELETE, INSERT, ReportDiff, SectionDiff, Span, compare
from app.ui import theme


def _percent(section: SectionDiff) -> str:
    value = section.rewritten
    if value is None:
        return QCoreApplication.translate("CompareDialog", "Deleted this year")
    return QCoreApplication.translate("CompareDialog", "{percent} rewritten").format(percent=f"{value:.0%}")


def _section_label(section: SectionDiff) -> str:
    return QCoreApplication.translate("CompareDialog", "{title}   {percent}").format(
        title=section.title, percent=_percent(section)
    )


class CompareDialog(QDialog):
    def __init__(
        self, last: Sequence[str], this: Sequence[str], last_name: str | None = None, this_name: str | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Compare with Last Year"))
        self.resize(1200, 760)
        self.diff: ReportDiff = compare(list(last), list(this))
        self.left = self._view()
        self.right = self._view()
        self.sections = QListWidget(self)
        self.sections.setMaximumWidth(280)
        self._anchors: list[tuple[int, int]] = []  # (left block, right block) of each section header
        self._syncing = False
        self._fill()

        left_box = QWidget(self)
        lv = QVBoxLayout(left_box)
        lv.setContentsMargins(0, 0, 0, 0)
        lv.addWidget(QLabel(self.tr("Last year: {name}").format(name=last_name or self.tr("last year")), self))
        lv.addWidget(self.left)
        right_box = QWidget(self)
        rv = QVBoxLayout(right_box)
        rv.setContentsMargins(0, 0, 0, 0)
        rv.addWidget(QLabel(self.tr("This year: {name}").format(name=this_name or self.tr("this year")), self))
        rv.addWidget(self.right)
        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(self.sections)
        splitter.addWidget(left_box)
        splitter.addWidget(right_box)
        splitter.setStretchFactor(1, 1)
        splitter.setStretchFactor(2, 1)
        layout = QVBoxLayout(self)
        summary = QLabel(
            self.tr(
                "{percent} of the whole text rewritten   (red and struck through: in last year's, deleted this year; green: newly written this year)"
            ).format(percent=f"{self.diff.rewritten:.0%}"),
            self,
        )
        layout.addWidget(summary)
        row = QHBoxLayout()
        row.addWidget(splitter)
        layout.addLayout(row)

        self.left.verticalScrollBar().valueChanged.connect(lambda v: self._follow(self.left, self.right, 0))
        self.right.verticalScrollBar().valueChanged.connect(lambda v: self._follow(self.right, self.left, 1))
        self.sections.currentRowChanged.connect(self.show_section)

    def _view(self) -> QTextEdit:
        view = QTextEdit(self)
        view.setReadOnly(True)
        view.setUndoRedoEnabled(False)
        font = view.font()
        font.setPointSizeF(max(font.pointSizeF(), 11.0))
        view.setFont(font)
        return view

    # -- building ---------------------------------------------------------------------
    def _fill(self) -> None:
        lc = QTextCursor(self.left.document())
        rc = QTextCursor(self.right.document())
        first = True
        for section in self.diff.sections:
            anchor = (self._header(lc, section, first), self._header(rc, section, first))
            first = False
            self._anchors.append(anchor)
            item = QListWidgetItem(_section_label(section))
            item.setToolTip(section.title)
            self.sections.addItem(item)
            for row in section.rows:
                self._paragraph(lc, row.last)
                self._paragraph(rc, row.this)
        self.left.moveCursor(QTextCursor.MoveOperation.Start)
        self.right.moveCursor(QTextCursor.MoveOperation.Start)

    @staticmethod
    def _header(cursor: QTextCursor, section: SectionDiff, first: bool) -> int:
        fmt = QTextBlockFormat()
        fmt.setBackground(theme.color("diff-header"))
        fmt.setTopMargin(0 if first else 14)
        fmt.setBottomMargin(4)
        if first:
            cursor.setBlockFormat(fmt)
        else:
            cursor.insertBlock(fmt)
        char = QTextCharFormat()
        char.setFontWeight(QFont.Weight.Bold)
        cursor.insertText(_section_label(section), char)
        return cursor.blockNumber()

    @staticmethod
    def _paragraph(cursor: QTextCursor, spans: list[Span] | None) -> None:
        block = QTextBlockFormat()
        block.setBottomMargin(6)
        cursor.insertBlock(block, QTextCharFormat())
        for span in spans or ():
            fmt = QTextCharFormat()
            if span.kind == DELETE:
                fmt.setBackground(theme.color("diff-delete"))
                fmt.setFontStrikeOut(True)
            elif span.kind == INSERT:
                fmt.setBackground(theme.color("diff-insert"))
            cursor.insertText(span.text, fmt)

    # -- scrolling in step ------------------------------------------------------------
    def _tops(self, view: QTextEdit, side: int) -> list[float]:
        layout = view.document().documentLayout()
        doc = view.document()
        tops = [layout.blockBoundingRect(doc.findBlockByNumber(anchor[side])).top() for anchor in self._anchors]
        return [*tops, layout.documentSize().height()]

    def _follow(self, source: QTextEdit, target: QTextEdit, side: int) -> None:
        if self._syncing or not self._anchors:
            return
        self._syncing = True
        try:
            y = source.verticalScrollBar().value()
            src = self._tops(source, side)
            dst = self._tops(target, 1 - side)
            i = max(k for k in range(len(self._anchors)) if src[k] <= y) if y >= src[0] else 0
            span = max(src[i + 1] - src[i], 1.0)
            fraction = min(max((y - src[i]) / span, 0.0), 1.0)
            target.verticalScrollBar().setValue(round(dst[i] + fraction * (dst[i + 1] - dst[i])))
        finally:
            self._syncing = False

    def show_section(self, index: int) -> None:
        if not 0 <= index < len(self._anchors):
            return
        self._syncing = True
        try:
            for view, side in ((self.left, 0), (self.right, 1)):
                view.verticalScrollBar().setValue(round(self._tops(view, side)[index]))
        finally:
            self._syncing = False
