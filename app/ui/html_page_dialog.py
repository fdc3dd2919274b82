"""A page of text with a Close button: the base of 关于 and 帮助."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout, QWidget


class HtmlPageDialog(QDialog):
    def __init__(self, parent: QWidget | None, object_name: str, width: int, height: int) -> None:
        """The page itself is set by the subclass: ``self.browser.setHtml(…)``."""
        super().__init__(parent)
        self.setObjectName(object_name)
        self.browser = QTextBrowser(self)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser)
        layout.addWidget(buttons)
        self.resize(width, height)
