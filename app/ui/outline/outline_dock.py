"""The outline tree: the report's sections, click to jump."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QDockWidget, QTreeWidget, QTreeWidgetItem, QWidget

from app.core.outline import Outline, Section

SECTION_ROLE = Qt.ItemDataRole.UserRole


class OutlineDock(QDockWidget):
    """Shows an Outline; emits the (paragraph, offset) of a clicked section."""

    section_activated = Signal(int, int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("大纲", parent)
        self.setObjectName("outlineDock")
        self.tree = QTreeWidget(self)
        self.tree.setHeaderHidden(True)
        self.tree.itemActivated.connect(self._activate)
        self.tree.itemClicked.connect(self._activate)
        self.setWidget(self.tree)

    def show_outline(self, outline: Outline) -> None:
        self.tree.clear()
        if outline.title:
            title_item = QTreeWidgetItem([outline.title])
            title_item.setData(0, SECTION_ROLE, (outline.title_paragraph or 0, 0))
            font = title_item.font(0)
            font.setBold(True)
            title_item.setFont(0, font)
            self.tree.addTopLevelItem(title_item)
        for section in outline.sections:
            self.tree.addTopLevelItem(self._item(section))
        self.tree.expandToDepth(1)

    def _item(self, section: Section) -> QTreeWidgetItem:
        item = QTreeWidgetItem([f"{section.marker}{section.title}"])
        item.setToolTip(0, section.title)
        item.setData(0, SECTION_ROLE, (section.paragraph, section.start))
        for child in section.children:
            item.addChild(self._item(child))
        return item

    def _activate(self, item: QTreeWidgetItem) -> None:
        where = item.data(0, SECTION_ROLE)
        if where:
            self.section_activated.emit(*where)
