"""Find and replace (Ctrl+F / Ctrl+H): plain or regular expression, match case.

Matching uses Python's ``re`` on each paragraph's text, so what is found is what
the rest of Wengao (checker, outline) calls a paragraph; matches never cross
paragraphs. Replace all is one undo step.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from PySide6.QtCore import Qt
from PySide6.QtGui import QTextBlock, QTextCursor, QTextDocument
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTextEdit,
    QWidget,
)


def compile_pattern(text: str, regex: bool, match_case: bool) -> re.Pattern[str] | None:
    if not text:
        return None
    flags = 0 if match_case else re.IGNORECASE
    try:
        return re.compile(text if regex else re.escape(text), flags)
    except re.error:
        return None


def _blocks_from(document: QTextDocument, start: QTextBlock, backward: bool) -> Iterator[QTextBlock]:
    """Every block once from ``start`` in the search direction, wrapping, then ``start`` again."""
    block = start
    while block.isValid():
        yield block
        block = block.previous() if backward else block.next()
    block = document.lastBlock() if backward else document.begin()
    while block.isValid() and block != start:
        yield block
        block = block.previous() if backward else block.next()
    yield start


def find_in_document(
    document: QTextDocument, pattern: re.Pattern[str], position: int, backward: bool = False
) -> tuple[int, int] | None:
    """The (start, end) document positions of the next match from ``position``, wrapping once."""
    start_block = document.findBlock(position)
    if not start_block.isValid():
        start_block = document.lastBlock()
    blocks = list(_blocks_from(document, start_block, backward))
    for index, block in enumerate(blocks):
        base = block.position()
        hits = [(base + m.start(), base + m.end()) for m in pattern.finditer(block.text()) if m.end() > m.start()]
        if index == 0:  # the part of the start block ahead of the cursor
            hits = [h for h in hits if (h[1] <= position if backward else h[0] >= position)]
        elif index == len(blocks) - 1:  # wrapped round: the part behind the cursor
            hits = [h for h in hits if (h[1] > position if backward else h[0] < position)]
        if hits:
            return hits[-1] if backward else hits[0]
    return None


def replace_all(document: QTextDocument, pattern: re.Pattern[str], replacement: str, regex: bool) -> int:
    """Replace every match, in one undo step; returns how many."""
    count = 0
    cursor = QTextCursor(document)
    cursor.beginEditBlock()
    try:
        block = document.begin()
        while block.isValid():
            text = block.text()
            matches = [m for m in pattern.finditer(text) if m.end() > m.start()]
            for m in reversed(matches):
                cursor.setPosition(block.position() + m.start())
                cursor.setPosition(block.position() + m.end(), QTextCursor.MoveMode.KeepAnchor)
                cursor.insertText(m.expand(replacement) if regex else replacement)
                count += 1
            block = block.next()
    finally:
        cursor.endEditBlock()
    return count


class FindReplaceDialog(QDialog):
    def __init__(self, editor: QTextEdit, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Find and Replace"))
        self.editor = editor
        self.find_edit = QLineEdit(self)
        self.find_edit.setPlaceholderText(self.tr("Text to find"))
        self.replace_edit = QLineEdit(self)
        self.replace_edit.setPlaceholderText(self.tr("Replace with"))
        self.case_box = QCheckBox(self.tr("Match &case"), self)
        self.regex_box = QCheckBox(self.tr("Use &regular expressions"), self)
        self.status = QLabel(self)
        find_next = QPushButton(self.tr("Find &Next"), self)
        find_prev = QPushButton(self.tr("Find &Previous"), self)
        replace_one = QPushButton(self.tr("R&eplace"), self)
        replace_every = QPushButton(self.tr("Replace &All"), self)
        close = QPushButton(self.tr("Close"), self)
        find_next.setDefault(True)
        find_next.clicked.connect(lambda: self.find(backward=False))
        find_prev.clicked.connect(lambda: self.find(backward=True))
        replace_one.clicked.connect(self.replace_current)
        replace_every.clicked.connect(self.replace_everything)
        close.clicked.connect(self.close)
        self.replace_label = QLabel(self.tr("Replace w&ith:"), self)
        self.replace_label.setBuddy(self.replace_edit)
        find_label = QLabel(self.tr("Fin&d what:"), self)
        find_label.setBuddy(self.find_edit)
        grid = QGridLayout(self)
        grid.addWidget(find_label, 0, 0)
        grid.addWidget(self.find_edit, 0, 1)
        grid.addWidget(self.replace_label, 1, 0)
        grid.addWidget(self.replace_edit, 1, 1)
        options = QHBoxLayout()
        options.addWidget(self.case_box)
        options.addWidget(self.regex_box)
        options.addStretch(1)
        grid.addLayout(options, 2, 0, 1, 2)
        buttons = QHBoxLayout()
        for button in (find_prev, find_next, replace_one, replace_every, close):
            buttons.addWidget(button)
        grid.addLayout(buttons, 3, 0, 1, 2)
        grid.addWidget(self.status, 4, 0, 1, 2)
        self.replace_buttons = (replace_one, replace_every)

    def open_mode(self, replace: bool) -> None:
        for widget in (self.replace_edit, self.replace_label, *self.replace_buttons):
            widget.setVisible(replace)
        self.setWindowTitle(self.tr("Replace") if replace else self.tr("Find"))
        selected = self.editor.textCursor().selectedText()
        if selected and "\u2029" not in selected:
            self.find_edit.setText(selected)
        self.show()
        self.raise_()
        self.activateWindow()
        self.find_edit.setFocus(Qt.FocusReason.OtherFocusReason)
        self.find_edit.selectAll()

    def _pattern(self) -> re.Pattern[str] | None:
        pattern = compile_pattern(self.find_edit.text(), self.regex_box.isChecked(), self.case_box.isChecked())
        if pattern is None and self.find_edit.text():
            self.status.setText(self.tr("The regular expression is not valid; please check it."))
        return pattern

    def find(self, backward: bool = False) -> bool:
        pattern = self._pattern()
        if pattern is None:
            return False
        cursor = self.editor.textCursor()
        position = cursor.selectionStart() if backward else cursor.selectionEnd()
        hit = find_in_document(self.editor.document(), pattern, position, backward)
        if hit is None:
            self.status.setText(self.tr("Cannot find “{text}”.").format(text=self.find_edit.text()))
            return False
        cursor.setPosition(hit[0])
        cursor.setPosition(hit[1], QTextCursor.MoveMode.KeepAnchor)
        self.editor.setTextCursor(cursor)
        self.editor.ensureCursorVisible()
        self.status.setText("")
        return True

    def replace_current(self) -> None:
        pattern = self._pattern()
        if pattern is None:
            return
        cursor = self.editor.textCursor()
        selected = cursor.selectedText()
        match = pattern.fullmatch(selected) if selected else None
        if match is not None:
            regex = self.regex_box.isChecked()
            cursor.insertText(match.expand(self.replace_edit.text()) if regex else self.replace_edit.text())
        self.find()

    def replace_everything(self) -> int:
        pattern = self._pattern()
        if pattern is None:
            return 0
        count = replace_all(self.editor.document(), pattern, self.replace_edit.text(), self.regex_box.isChecked())
        self.status.setText(self.tr("Replacements made: {count}.").format(count=count))
        return count
