"""The outline tree: the live section tree beside the editor.

Rebuilt from each new Outline without losing what the user expanded or selected;
the section under the cursor is highlighted; badges count a section's unfilled
placeholders and errors. Dragging a heading asks the window to move the section
(the tree never rearranges itself: the document is the truth, the tree follows).
"""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt, Signal
from PySide6.QtGui import QAction, QBrush, QColor, QDropEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDockWidget,
    QMenu,
    QTreeWidget,
    QTreeWidgetItem,
    QTreeWidgetItemIterator,
    QWidget,
)

from app.core.outline import Outline, Section
from app.ui.editor.structure_ops import SectionKey

KEY_ROLE = Qt.ItemDataRole.UserRole
PATH_ROLE = Qt.ItemDataRole.UserRole + 1
WHERE_ROLE = Qt.ItemDataRole.UserRole + 2
CURRENT_BRUSH = QBrush(QColor("#dbe8f7"))


class _SectionTree(QTreeWidget):
    """A tree whose drops are turned into move requests instead of item moves."""

    drop_requested = Signal(object, object, int)  # SectionKey, parent SectionKey | None, index

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setHeaderHidden(True)
        self.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setDefaultDropAction(Qt.DropAction.MoveAction)

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802 (Qt name)
        source = self.currentItem()
        key = source.data(0, KEY_ROLE) if source else None
        target = self.itemAt(event.position().toPoint())
        position = self.dropIndicatorPosition()
        event.setDropAction(Qt.DropAction.IgnoreAction)
        event.accept()
        if key is None:
            return
        if target is None or position == QAbstractItemView.DropIndicatorPosition.OnViewport:
            parent_item, index = None, self.topLevelItemCount()
        elif position == QAbstractItemView.DropIndicatorPosition.OnItem:
            parent_item, index = target, target.childCount()
        else:
            parent_item = target.parent()
            index = (parent_item.indexOfChild(target) if parent_item else self.indexOfTopLevelItem(target))
            if position == QAbstractItemView.DropIndicatorPosition.BelowItem:
                index += 1
        parent_key = parent_item.data(0, KEY_ROLE) if parent_item else None
        # Count only heading siblings other than the moved one (the tree also shows 一是 items).
        siblings = [parent_item.child(i) if parent_item else self.topLevelItem(i)
                    for i in range(parent_item.childCount() if parent_item else self.topLevelItemCount())]
        heading_index = sum(
            1 for item in siblings[:index]
            if item is not source and isinstance(item.data(0, KEY_ROLE), SectionKey) and item.data(0, KEY_ROLE).level <= 4
        )
        self.drop_requested.emit(key, parent_key, heading_index)


class OutlineDock(QDockWidget):
    section_activated = Signal(int, int)  # paragraph, offset
    move_requested = Signal(object, object, int)  # SectionKey, parent key | None, index
    action_requested = Signal(str, object)  # "up" | "down" | "sibling" | "child" | "delete" | "rename", SectionKey

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("大纲", parent)
        self.setObjectName("outlineDock")
        self.tree = _SectionTree(self)
        self.tree.itemActivated.connect(self._activate)
        self.tree.itemClicked.connect(self._activate)
        self.tree.drop_requested.connect(self.move_requested)
        self.tree.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.tree.customContextMenuRequested.connect(self._context_menu)
        self.setWidget(self.tree)
        self._current_item: QTreeWidgetItem | None = None
        self.outline: Outline | None = None
        self._build_actions()

    def _build_actions(self) -> None:
        self.actions_by_name: dict[str, QAction] = {}
        for name, label, shortcut in (
            ("up", "上移(&U)", "Alt+Shift+Up"),
            ("down", "下移(&D)", "Alt+Shift+Down"),
            ("sibling", "插入同级节(&S)", None),
            ("child", "插入下级节(&C)", None),
            ("rename", "重命名(&R)…", "F2"),
            ("delete", "删除节(&X)", None),
        ):
            action = QAction(label, self.tree)
            if shortcut:
                action.setShortcut(QKeySequence(shortcut))
                action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
                self.tree.addAction(action)
            action.triggered.connect(lambda _=False, n=name: self._request(n))
            self.actions_by_name[name] = action

    def _request(self, name: str) -> None:
        item = self.tree.currentItem()
        key = item.data(0, KEY_ROLE) if item else None
        if isinstance(key, SectionKey) and key.level <= 4:
            self.action_requested.emit(name, key)

    def _context_menu(self, point: QPoint) -> None:
        item = self.tree.itemAt(point)
        key = item.data(0, KEY_ROLE) if item else None
        if not isinstance(key, SectionKey) or key.level > 4:
            return
        self.tree.setCurrentItem(item)
        menu = QMenu(self.tree)
        for name in ("up", "down", None, "sibling", "child", None, "rename", "delete"):
            if name is None:
                menu.addSeparator()
            else:
                action = self.actions_by_name[name]
                action.setEnabled(not (name == "child" and key.level >= 4))
                menu.addAction(action)
        menu.exec(self.tree.viewport().mapToGlobal(point))

    # -- showing -------------------------------------------------------------
    def show_outline(self, outline: Outline, badges: dict[tuple[int, int], tuple[int, int]] | None = None) -> None:
        """Rebuild the tree; ``badges`` maps (paragraph, level) to (placeholders, errors)."""
        self.outline = outline
        badges = badges or {}
        expanded, selected = self._remember()
        first_time = self.tree.topLevelItemCount() == 0
        self.tree.setUpdatesEnabled(False)
        try:
            self.tree.clear()
            self._current_item = None
            if outline.title:
                title_item = QTreeWidgetItem([outline.title])
                title_item.setData(0, WHERE_ROLE, (outline.title_paragraph or 0, 0))
                title_item.setData(0, PATH_ROLE, ("title",))
                font = title_item.font(0)
                font.setBold(True)
                title_item.setFont(0, font)
                title_item.setFlags(title_item.flags() & ~Qt.ItemFlag.ItemIsDragEnabled & ~Qt.ItemFlag.ItemIsDropEnabled)
                self.tree.addTopLevelItem(title_item)
            for index, section in enumerate(outline.sections):
                self.tree.addTopLevelItem(self._item(section, (index,), badges))
            if first_time:
                self.tree.expandToDepth(1)
            else:
                self._restore(expanded, selected)
        finally:
            self.tree.setUpdatesEnabled(True)

    def _item(self, section: Section, path: tuple[int, ...], badges: dict) -> QTreeWidgetItem:
        label = f"{section.marker}{section.title}" if section.level <= 4 else f"{section.marker}{section.title[:24]}"
        placeholders, errors = badges.get((section.paragraph, section.level), (0, 0))
        extras = []
        if placeholders:
            extras.append(f"待填 {placeholders}")
        if errors:
            extras.append(f"错误 {errors}")
        item = QTreeWidgetItem([label + (f"  〔{'，'.join(extras)}〕" if extras else "")])
        item.setToolTip(0, section.title)
        if errors:
            item.setForeground(0, QBrush(QColor("#b00020")))
        item.setData(0, KEY_ROLE, SectionKey.of(section))
        item.setData(0, WHERE_ROLE, (section.paragraph, section.start))
        item.setData(0, PATH_ROLE, path)
        if section.level > 4:
            item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsDragEnabled & ~Qt.ItemFlag.ItemIsDropEnabled)
        for index, child in enumerate(section.children):
            item.addChild(self._item(child, (*path, index), badges))
        return item

    def _items(self) -> list[QTreeWidgetItem]:
        items = []
        iterator = QTreeWidgetItemIterator(self.tree)
        while iterator.value():
            items.append(iterator.value())
            iterator += 1
        return items

    def _remember(self) -> tuple[set, tuple | None]:
        expanded = {item.data(0, PATH_ROLE) for item in self._items() if item.isExpanded()}
        current = self.tree.currentItem()
        return expanded, current.data(0, PATH_ROLE) if current else None

    def _restore(self, expanded: set, selected: tuple | None) -> None:
        for item in self._items():
            path = item.data(0, PATH_ROLE)
            if path in expanded:
                item.setExpanded(True)
            if path == selected:
                self.tree.setCurrentItem(item)

    def highlight_position(self, paragraph: int, offset: int) -> None:
        """Mark the deepest heading containing the cursor."""
        if self.outline is None:
            return
        section = self.outline.section_at(paragraph, offset, max_level=4)
        wanted = SectionKey.of(section) if section else None
        if self._current_item is not None:
            self._current_item.setBackground(0, QBrush())
            self._current_item = None
        if wanted is None:
            return
        for item in self._items():
            if item.data(0, KEY_ROLE) == wanted:
                item.setBackground(0, CURRENT_BRUSH)
                self._current_item = item
                self.tree.scrollToItem(item)
                return

    def _activate(self, item: QTreeWidgetItem) -> None:
        where = item.data(0, WHERE_ROLE)
        if where:
            self.section_activated.emit(*where)
