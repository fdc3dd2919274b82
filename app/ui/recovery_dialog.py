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
        self.setWindowTitle("恢复未保存的文稿")
        self.infos = list(infos)
        self.chosen: JournalInfo | None = None
        self.discarded: list[JournalInfo] = []
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel("文稿上次没有正常退出。以下文稿有未保存的内容，可以恢复：", self))
        self.list = QListWidget(self)
        for info in self.infos:
            when = _dt.datetime.fromtimestamp(info.saved_at).strftime("%Y-%m-%d %H:%M:%S")
            item = QListWidgetItem(f"{info.display_name}　（自动保存于 {when}）")
            item.setData(Qt.ItemDataRole.UserRole, info)
            item.setToolTip(info.document_path or "未保存过的新文稿")
            self.list.addItem(item)
        self.preview = QPlainTextEdit(self)
        self.preview.setReadOnly(True)
        self.preview.setMaximumHeight(110)
        self.list.currentRowChanged.connect(self._show_preview)
        layout.addWidget(self.list)
        layout.addWidget(QLabel("内容预览：", self))
        layout.addWidget(self.preview)
        buttons = QDialogButtonBox(self)
        self.restore_button = QPushButton("恢复(&R)", self)
        self.discard_button = QPushButton("丢弃(&D)", self)
        later = QPushButton("以后再说(&L)", self)
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
