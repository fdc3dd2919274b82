"""After a crash: offer each recoverable document with its time and a preview."""

from __future__ import annotations

import datetime as _dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.core.journal import JournalInfo


class RecoveryDialog(QDialog):
    """``chosen`` is the journal to restore (None: none now); ``discarded`` those thrown away."""

    def __init__(self, infos: list[JournalInfo], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Recover Unsaved Documents"))
        self.infos = list(infos)
        self.chosen: JournalInfo | None = None
        self.discarded: list[JournalInfo] = []
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Wengao did not close normally last time. These documents have unsaved content that can be recovered:"), self))
        self.list = QListWidget(self)
        for info in self.infos:
            when = _dt.datetime.fromtimestamp(info.saved_at).strftime("%Y-%m-%d %H:%M:%S")
            item = QListWidgetItem(self.tr("{name}  (autosaved {when})").format(name=info.display_name, when=when))
            item.setData(Qt.ItemDataRole.UserRole, info)
            item.setToolTip(info.document_path or self.tr("A new document, never saved"))
            self.list.addItem(item)
        self.preview = QPlainTextEdit(self)
        self.preview.setReadOnly(True)
        self.preview.setMaximumHeight(110)
        self.list.currentRowChanged.connect(self._show_preview)
        layout.addWidget(self.list)
        layout.addWidget(QLabel(self.tr("Preview:"), self))
        layout.addWidget(self.preview)
        buttons = QDialogButtonBox(self)
        self.restore_button = QPushButton(self.tr("&Recover"), self)
        self.discard_button = QPushButton(self.tr("&Discard"), self)
        later = QPushButton(self.tr("&Later"), self)
        buttons.addButton(self.restore_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.discard_button, QDialogButtonBox.ButtonRole.DestructiveRole)
        buttons.addButton(later, QDialogButtonBox.ButtonRole.RejectRole)
        self.restore_button.clicked.connect(self._restore)
        self.discard_button.clicked.connect(self._discard)
        later.clicked.connect(self.reject)
        layout.addWidget(buttons)
        self.list.setCurrentRow(0)
        self.resize(640, 380)

    def _current(self) -> JournalInfo | None:
        item = self.list.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item else None

    def _show_preview(self, row: int) -> None:
        info = self._current()
        self.preview.setPlainText(info.preview if info else "")

    def _restore(self) -> None:
        self.chosen = self._current()
        if self.chosen is not None:
            self.accept()

    def _discard(self) -> None:
        info = self._current()
        if info is None:
            return
        self.discarded.append(info)
        self.list.takeItem(self.list.currentRow())
        if self.list.count() == 0:
            self.reject()
