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

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("welcomePage")
        outer = QVBoxLayout(self)
        outer.setContentsMargins(60, 40, 60, 40)
        title = QLabel("文稿", self)
        font = QFont(title.font())
        font.setPointSizeF(font.pointSizeF() * 2.2)
        font.setBold(True)
        title.setFont(font)
        outer.addWidget(title)
        outer.addWidget(QLabel("述责述廉报告、述职报告、年度工作总结、对照检查材料的写作与检查", self))
        outer.addSpacing(24)
        row = QHBoxLayout()
        self.buttons: dict[str, QPushButton] = {}
        for key, label, tip, signal in (
            ("last_year", "从去年报告新建…", "打开去年的 .docx，年份顺延、可隐去统计数字，并标出未改动的段落", self.new_from_last_year),
            ("type", "新建报告…", "按报告类型生成必备的各部分", self.new_from_type),
            ("template", "从模板新建…", "用保存过的模板开始", self.new_from_template),
            ("open", "打开…", "打开 .docx 或 .txt 报告", self.open_file),
        ):
            button = QPushButton(label, self)
            button.setToolTip(tip)
            button.setMinimumHeight(44)
            button.clicked.connect(signal)
            row.addWidget(button)
            self.buttons[key] = button
        outer.addLayout(row)
        outer.addSpacing(24)
        outer.addWidget(QLabel("最近打开：", self))
        self.recent = QListWidget(self)
        self.recent.itemActivated.connect(self._open_item)
        self.recent.itemDoubleClicked.connect(self._open_item)
        outer.addWidget(self.recent, 1)
        self.buttons["last_year"].setDefault(True)

    def show_recent(self, paths: list[str]) -> None:
        self.recent.clear()
        for path in paths:
            item = QListWidgetItem(f"{Path(path).name}　—　{Path(path).parent}")
            item.setData(PATH_ROLE, path)
            item.setToolTip(path)
            if not Path(path).exists():
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEnabled)
                item.setText(item.text() + "（已不存在）")
            self.recent.addItem(item)
        if not paths:
            placeholder = QListWidgetItem("（还没有打开过文件）")
            placeholder.setFlags(Qt.ItemFlag.NoItemFlags)
            self.recent.addItem(placeholder)

    def _open_item(self, item: QListWidgetItem) -> None:
        path = item.data(PATH_ROLE)
        if path:
            self.open_recent.emit(path)
