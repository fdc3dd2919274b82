"""The outline tree: the live section tree beside the editor.

Rebuilt from each new Outline without losing what the user expanded or selected;
the section under the cursor is highlighted; badges count a section's unfilled
placeholders and errors. Dragging a heading asks the window to move the section
(the tree never rearranges itself: the document is the truth, the tree follows).
"""

from __future__ import annotations

import bisect
from collections.abc import Callable

from PySide6.QtCore import QPoint, Qt, Signal
from PySide6.QtGui import QAction, QBrush, QDropEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDockWidget,
    QMenu,
    QTreeWidget,
    QTreeWidgetItem,
    QWidget,
)

from app.core.outline import Outline, Section
from app.ui import theme
from app.ui.editor.structure_ops import SectionKey

# An item's position in the tree (a tuple of indices) never changes: items are
# updated in place, so the position is set once and everything else about the
# section is looked up on the Python side (setData per item per refresh costs
# ~25 µs, too much for thousands of items on every pause in typing).
PATH_ROLE = Qt.ItemDataRole.UserRole
TITLE_PATH = ("title",)


class _SectionTree(QTreeWidget):
    """A tree whose drops are turned into move requests instead of item moves."""

    drop_requested = Signal(object, object, int)  # SectionKey, parent SectionKey | None, index

    def __init__(self, parent: QWidget, key_of: Callable[[QTreeWidgetItem | None], SectionKey | None]) -> None:
        super().__init__(parent)
        self.key_of = key_of
        self.setHeaderHidden(True)
        self.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setDefaultDropAction(Qt.DropAction.MoveAction)

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802 (Qt name)
        request = self.drop_request(self.currentItem(), self.itemAt(event.position().toPoint()), self.dropIndicatorPosition())
        event.setDropAction(Qt.DropAction.IgnoreAction)
        event.accept()
        if request is not None:
            self.drop_requested.emit(*request)

    def drop_request(
        self, source: QTreeWidgetItem | None, target: QTreeWidgetItem | None, position: QAbstractItemView.DropIndicatorPosition
    ) -> tuple[SectionKey, SectionKey | None, int] | None:
        """(moved section, new parent, index among the parent's headings) for a drop."""
        key = self.key_of(source)
        if key is None:
            return None
        Position = QAbstractItemView.DropIndicatorPosition
        if target is None or position == Position.OnViewport:
            parent_item, index = None, self.topLevelItemCount()
        elif position == Position.OnItem:
            parent_item, index = target, target.childCount()
        else:
            parent_item = target.parent()
            index = parent_item.indexOfChild(target) if parent_item else self.indexOfTopLevelItem(target)
            if position == Position.BelowItem:
                index += 1
        # Count only heading siblings other than the moved one (the tree also shows 一是 items).
        siblings = [parent_item.child(i) if parent_item else self.topLevelItem(i) for i in range(index)]
        heading_index = sum(
            1 for item in siblings if (k := self.key_of(item)) is not None and k != key and k.level <= 4
        )
        return key, self.key_of(parent_item), heading_index


_FLAGS_WANTED: dict[tuple[Qt.ItemFlag, bool], Qt.ItemFlag] = {}
_NEW_ITEM_FLAGS: list[Qt.ItemFlag] = []


def _default_flags() -> Qt.ItemFlag:
    """The flags of a newly created QTreeWidgetItem (asked once)."""
    if not _NEW_ITEM_FLAGS:
        _NEW_ITEM_FLAGS.append(QTreeWidgetItem().flags())
    return _NEW_ITEM_FLAGS[0]


class OutlineDock(QDockWidget):
    section_activated = Signal(int, int)  # paragraph, offset
    move_requested = Signal(object, object, int)  # SectionKey, parent key | None, index
    action_requested = Signal(str, object)  # "up" | "down" | "sibling" | "child" | "delete" | "rename", SectionKey

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Outline"))
        self.setObjectName("outlineDock")
        self.tree = _SectionTree(self, self.key_of)
        self.tree.itemActivated.connect(self._activate)
        self.tree.itemClicked.connect(self._activate)
        self.tree.drop_requested.connect(self.move_requested)
        self.tree.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.tree.customContextMenuRequested.connect(self._context_menu)
        self.setWidget(self.tree)
        self._current_key: SectionKey | None = None
        self._items_by_key: dict[SectionKey, QTreeWidgetItem] = {}
        self._sections_by_path: dict[tuple, Section] = {}
        self._badges: dict[tuple[int, int], tuple[int, int]] = {}
        # During show_outline: what the tree showed before, and the paragraphs whose badges changed.
        self._shown_before: dict[tuple, Section] = {}
        self._badge_paragraphs: list[int] = []
        self.outline: Outline | None = None
        self._build_actions()

    def _build_actions(self) -> None:
        self.actions_by_name: dict[str, QAction] = {}
        for name, label, shortcut in (
            ("up", self.tr("Move &Up"), "Alt+Shift+Up"),
            ("down", self.tr("Move &Down"), "Alt+Shift+Down"),
            ("sibling", self.tr("Insert &Sibling Section"), None),
            ("child", self.tr("Insert &Child Section"), None),
            ("rename", self.tr("&Rename…"), "F2"),
            ("delete", self.tr("Dele&te Section"), None),
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
        key = self.key_of(item)
        if key is not None and key.level <= 4:
            self.action_requested.emit(name, key)

    def _context_menu(self, point: QPoint) -> None:
        item = self.tree.itemAt(point)
        key = self.key_of(item)
        if key is None or key.level > 4:
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
        """Bring the tree in line with ``outline``; ``badges`` maps (paragraph, level) to (placeholders, errors).

        Existing items are updated in place rather than rebuilt, so expansion and
        selection survive and a refresh costs only what changed: the engine's outline
        cache shares every subtree a keystroke did not touch (outlines are never
        mutated), so a section that is the very object shown at its place last time,
        with no badge changed inside it, is skipped whole, without walking it. At 500k
        characters (6,360 sections) walking every reused subtree cost ~50 ms a refresh.
        """
        self.outline = outline
        old_current = self._items_by_key.get(self._current_key) if self._current_key else None
        if old_current is not None:
            old_current.setBackground(0, QBrush())
        self._current_key = None
        if not self._sections_by_path:  # first time, or forget_shown(): every item is filled again
            self._items_by_key = {}
        new_badges = badges or {}
        old_badges, self._badges = self._badges, new_badges
        self._badge_paragraphs = sorted(
            {key[0] for key in old_badges.keys() | new_badges.keys() if old_badges.get(key) != new_badges.get(key)}
        )
        # The maps start as they were; what changes below is patched into them.
        self._shown_before = self._sections_by_path
        self._sections_by_path = dict(self._sections_by_path)
        first_time = self.tree.topLevelItemCount() == 0
        entries: list[tuple[str, Section | None]] = []
        if outline.title:
            entries.append((outline.title, None))
        entries.extend(("", section) for section in outline.sections)
        self.tree.setUpdatesEnabled(False)
        try:
            self._sync(None, entries, ())
            if first_time:
                self.tree.expandToDepth(1)
        finally:
            self._shown_before = {}
            self.tree.setUpdatesEnabled(True)

    def forget_shown(self) -> None:
        """Make the next show_outline repaint every item (colours changed with the scheme)."""
        self._sections_by_path = {}

    def _child_count(self, parent: QTreeWidgetItem | None) -> int:
        return parent.childCount() if parent is not None else self.tree.topLevelItemCount()

    def _child(self, parent: QTreeWidgetItem | None, index: int) -> QTreeWidgetItem:
        return parent.child(index) if parent is not None else self.tree.topLevelItem(index)

    def _sync(self, parent: QTreeWidgetItem | None, entries: list[tuple[str, Section | None]], path: tuple) -> None:
        for index, (title, section) in enumerate(entries):
            item_path = (*path, index)
            expected = TITLE_PATH if section is None else item_path
            new = index >= self._child_count(parent)
            if not new and parent is None and index == 0 and self._child(None, 0).data(0, PATH_ROLE) != expected:
                # The title came or went before the first section: that row starts afresh
                # (a title row is bold and not draggable, a section row has a tooltip …).
                self._forget_subtree(item_path, self.tree.takeTopLevelItem(0))
                new = True
            if not new:
                item = self._child(parent, index)
            else:
                item = QTreeWidgetItem()
                item.setData(0, PATH_ROLE, expected)
            if section is None:
                self._fill_title(item, title)
            elif new or not self._unchanged(section, item_path):
                self._forget_section(item_path, item)
                self._fill_section(item, section, item_path, fresh=new)
                self._sync(item, [("", child) for child in section.children], item_path)
            if new:
                # A new item joins the tree with its subtree already built: each child added
                # to an item in the tree costs a model update (most of listing 1,400 rows).
                if parent is None:
                    self.tree.insertTopLevelItem(index, item)
                else:
                    parent.insertChild(index, item)
        while self._child_count(parent) > len(entries):
            index = self._child_count(parent) - 1
            item = self.tree.takeTopLevelItem(index) if parent is None else parent.takeChild(index)
            self._forget_subtree((*path, index), item)

    def _unchanged(self, section: Section, path: tuple) -> bool:
        """True when this subtree is shown exactly as before: the same object at the
        same place (so its whole subtree is the same), and no badge changed in it."""
        if self._shown_before.get(path) is not section:
            return False
        changed = self._badge_paragraphs
        if not changed:
            return True
        i = bisect.bisect_left(changed, section.paragraph)
        return i == len(changed) or changed[i] > section.last_paragraph

    def _forget_section(self, path: tuple, item: QTreeWidgetItem) -> None:
        """Drop the map entries of the section shown at ``path`` before (about to be replaced)."""
        old = self._shown_before.get(path)
        if old is None:
            return
        if self._sections_by_path.get(path) is old:
            del self._sections_by_path[path]
        key = SectionKey.of(old)
        if self._items_by_key.get(key) is item:
            del self._items_by_key[key]

    def _forget_subtree(self, path: tuple, item: QTreeWidgetItem) -> None:
        """``item`` (at ``path``) no longer shows a section, nor do its descendants."""
        stack = [(path, item)]
        while stack:
            sub_path, sub_item = stack.pop()
            self._forget_section(sub_path, sub_item)
            stack.extend(((*sub_path, i), sub_item.child(i)) for i in range(sub_item.childCount()))

    def _fill_title(self, item: QTreeWidgetItem, title: str) -> None:
        if item.text(0) != title:
            item.setText(0, title)
        font = item.font(0)
        if not font.bold():
            font.setBold(True)
            item.setFont(0, font)
        item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsDragEnabled & ~Qt.ItemFlag.ItemIsDropEnabled)

    def _fill_section(self, item: QTreeWidgetItem, section: Section, path: tuple, fresh: bool = False) -> None:
        """``fresh``: ``item`` was just created (no text, no colour, default flags), so
        nothing needs reading back from it (~6 µs a row on a first fill of 1,400)."""
        label = f"{section.marker}{section.title}" if section.level <= 4 else f"{section.marker}{section.title[:24]}"
        placeholders, errors = self._badges.get((section.paragraph, section.level), (0, 0))
        extras = []
        if placeholders:
            extras.append(self.tr("to fill {count}").format(count=placeholders))
        if errors:
            extras.append(self.tr("errors {count}").format(count=errors))
        if extras:
            badges = self.tr(", ", "badge separator").join(extras)
            text = self.tr("{title}  [{badges}]").format(title=label, badges=badges)
        else:
            text = label
        if fresh:
            if text:
                item.setText(0, text)
                item.setToolTip(0, section.title)
                if errors:  # an empty brush on a new item is no change: Qt stores no colour for it
                    item.setForeground(0, QBrush(theme.color("error-text")))
        elif item.text(0) != text or item.toolTip(0) != section.title:  # an item's label is cut at 24 characters
            item.setText(0, text)
            item.setToolTip(0, section.title)
            item.setForeground(0, QBrush(theme.color("error-text")) if errors else QBrush())
        self._items_by_key[SectionKey.of(section)] = item
        self._sections_by_path[path] = section
        draggable = section.level <= 4
        flags = _default_flags() if fresh else item.flags()
        # Flag arithmetic goes through Python's enum machinery (~5 µs): once per distinct value.
        wanted = _FLAGS_WANTED.get((flags, draggable))
        if wanted is None:
            wanted = flags | Qt.ItemFlag.ItemIsDragEnabled | Qt.ItemFlag.ItemIsDropEnabled if draggable else \
                flags & ~Qt.ItemFlag.ItemIsDragEnabled & ~Qt.ItemFlag.ItemIsDropEnabled
            _FLAGS_WANTED[(flags, draggable)] = wanted
        if wanted != flags:
            item.setFlags(wanted)

    def highlight_position(self, paragraph: int, offset: int) -> None:
        """Mark the deepest heading containing the cursor (cheap: runs on every cursor move)."""
        if self.outline is None:
            return
        section = self.outline.section_at(paragraph, offset, max_level=4)
        wanted = SectionKey.of(section) if section else None
        if wanted == self._current_key:
            return
        old = self._items_by_key.get(self._current_key) if self._current_key else None
        if old is not None:
            old.setBackground(0, QBrush())
        self._current_key = wanted
        item = self._items_by_key.get(wanted) if wanted else None
        if item is not None:
            item.setBackground(0, QBrush(theme.color("current-row")))
            self.tree.scrollToItem(item)

    def _activate(self, item: QTreeWidgetItem) -> None:
        path = item.data(0, PATH_ROLE)
        if path == TITLE_PATH:
            if self.outline is not None and self.outline.title_paragraph is not None:
                self.section_activated.emit(self.outline.title_paragraph, 0)
            return
        section = self._sections_by_path.get(path)
        if section is not None:
            self.section_activated.emit(section.paragraph, section.start)

    def key_of(self, item: QTreeWidgetItem | None) -> SectionKey | None:
        section = self._sections_by_path.get(item.data(0, PATH_ROLE)) if item is not None else None
        return SectionKey.of(section) if section is not None else None
