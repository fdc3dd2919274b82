"""The page shown when Wengao starts without a document: the ways to begin.

Almost every report starts from last year's, so 从去年报告新建 stands first.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

PATH_ROLE = Qt.ItemDataRole.UserRole


class WelcomePage(QWidget):
    new_from_last_year = Signal()
    new_from_type = Signal()
    new_from_template = Signal()
    open_file = Signal()
    open_recent = Signal(str)
    open_sample = Signal(str)  # a bundled sample report, opened as an untitled copy

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("welcomePage")
        outer = QVBoxLayout(self)
        outer.setContentsMargins(60, 40, 60, 40)
        title = QLabel(self.tr("Wengao"), self)
        font = QFont(title.font())
        font.setPointSizeF(font.pointSizeF() * 2.2)
        font.setBold(True)
        title.setFont(font)
        outer.addWidget(title)
        outer.addWidget(QLabel(self.tr("Writing and checking accountability and integrity reports, duty reports, annual work summaries and self-examination materials"), self))
        outer.addSpacing(24)
        row = QHBoxLayout()
        self.buttons: dict[str, QPushButton] = {}
        for key, label, tip, signal in (
            (
                "last_year",
                self.tr("New from Last Year’s Report…"),
                self.tr("Open last year’s .docx: the years move on by one, statistics can be blanked out, and unchanged paragraphs are marked"),
                self.new_from_last_year,
            ),
            ("type", self.tr("New Report…"), self.tr("Create the required parts for a type of report"), self.new_from_type),
            ("template", self.tr("New from Template…"), self.tr("Start from a saved template"), self.new_from_template),
            ("open", self.tr("Open…"), self.tr("Open a .docx or .txt report"), self.open_file),
        ):
            button = QPushButton(label, self)
            button.setToolTip(tip)
            button.setMinimumHeight(44)
            button.clicked.connect(signal)
            row.addWidget(button)
            self.buttons[key] = button
        outer.addLayout(row)
        outer.addSpacing(24)
        outer.addWidget(QLabel(self.tr("Recent files:"), self))
        self.recent = QListWidget(self)
        self.recent.itemActivated.connect(self._open_item)
        self.recent.itemDoubleClicked.connect(self._open_item)
        outer.addWidget(self.recent, 1)
        outer.addSpacing(12)
        outer.addWidget(QLabel(self.tr("Sample reports to try (opened as an untitled copy; the sample itself is never changed):"), self))
        self.samples = QListWidget(self)
        self.samples.setMaximumHeight(90)
        self.samples.itemActivated.connect(self._open_sample)
        self.samples.itemDoubleClicked.connect(self._open_sample)
        outer.addWidget(self.samples)
        self.buttons["last_year"].setDefault(True)

    def show_recent(self, paths: list[str]) -> None:
        self.recent.clear()
        for path in paths:
            item = QListWidgetItem(f"{Path(path).name}　—　{Path(path).parent}")
            item.setData(PATH_ROLE, path)
            item.setToolTip(path)
            if not Path(path).exists():
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEnabled)
                item.setText(self.tr("{item} (no longer exists)").format(item=item.text()))
            self.recent.addItem(item)
        if not paths:
            placeholder = QListWidgetItem(self.tr("(No files opened yet)"))
            placeholder.setFlags(Qt.ItemFlag.NoItemFlags)
            self.recent.addItem(placeholder)

    def show_samples(self, paths: list[Path]) -> None:
        self.samples.clear()
        for path in paths:
            item = QListWidgetItem(path.stem)
            item.setData(PATH_ROLE, str(path))
            item.setToolTip(str(path))
            self.samples.addItem(item)
        self.samples.setVisible(bool(paths))

    def _open_sample(self, item: QListWidgetItem) -> None:
        path = item.data(PATH_ROLE)
        if path:
            self.open_sample.emit(path)

    def _open_item(self, item: QListWidgetItem) -> None:
        path = item.data(PATH_ROLE)
        if path:
            self.open_recent.emit(path)
