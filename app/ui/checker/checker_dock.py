"""The checker panel: findings grouped by section or by rule, with fixes.

Clicking a finding selects its exact text in the editor; 快速修复 applies the
rule's fix; 不是问题 hides that finding for this document (stored with it).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QPoint, Qt, Signal
from PySide6.QtGui import QAction, QBrush, QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QDockWidget,
    QHBoxLayout,
    QLabel,
    QMenu,
    QStyle,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.checks.finding import Finding, Severity
from app.ui import theme

FINDING_ROLE = Qt.ItemDataRole.UserRole
GROUP_ROLE = Qt.ItemDataRole.UserRole + 1  # a group item's name, without its count
PATCH_MAX_ROWS = 300  # rows changed beyond which the panel is rebuilt instead


def _display_order(finding: Finding) -> tuple[int, int, int]:
    return finding.paragraph, finding.start, finding.severity.rank


SEVERITY_LABELS = {
    Severity.ERROR: QT_TRANSLATE_NOOP("CheckerDock", "Error"),
    Severity.WARNING: QT_TRANSLATE_NOOP("CheckerDock", "Warning"),
    Severity.INFO: QT_TRANSLATE_NOOP("CheckerDock", "Note"),
}
SEVERITY_ICONS = {
    Severity.ERROR: QStyle.StandardPixmap.SP_MessageBoxCritical,
    Severity.WARNING: QStyle.StandardPixmap.SP_MessageBoxWarning,
    Severity.INFO: QStyle.StandardPixmap.SP_MessageBoxInformation,
}


class CheckerDock(QDockWidget):
    finding_activated = Signal(object)  # Finding
    fix_requested = Signal(object)  # Finding
    ignore_requested = Signal(object)  # Finding

    def __init__(self, rule_titles: dict[str, str] | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Check Results"))
        self.setObjectName("checkerDock")
        self.rule_titles = rule_titles or {}
        body = QWidget(self)
        layout = QVBoxLayout(body)
        layout.setContentsMargins(4, 4, 4, 4)
        top = QHBoxLayout()
        self.counts = QLabel(body)
        self.grouping = QComboBox(body)
        self.grouping.addItem(self.tr("By section"), "section")
        self.grouping.addItem(self.tr("By type of problem"), "rule")
        self.grouping.currentIndexChanged.connect(lambda _: self._rebuild())
        top.addWidget(self.counts, 1)
        top.addWidget(QLabel(self.tr("Group:"), body))
        top.addWidget(self.grouping)
        layout.addLayout(top)
        self.tree = QTreeWidget(body)
        self.tree.setHeaderLabels([self.tr("Problem"), self.tr("Text"), self.tr("Location")])
        self.tree.setColumnWidth(0, 420)
        self.tree.setColumnWidth(1, 320)
        self.tree.itemActivated.connect(self._activate)
        self.tree.itemClicked.connect(self._activate)
        self.tree.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.tree.customContextMenuRequested.connect(self._context_menu)
        layout.addWidget(self.tree)
        self.setWidget(body)
        self.findings: list[Finding] = []
        self._shown: list[tuple[Finding, str, QTreeWidgetItem]] = []  # the rows, in display order
        self._groups: dict[str, QTreeWidgetItem] = {}
        self.fix_action = QAction(self.tr("Quick &Fix"), self.tree)
        self.fix_action.triggered.connect(lambda: self._emit_current(self.fix_requested))
        self.ignore_action = QAction(self.tr("&Not a Problem"), self.tree)
        self.ignore_action.triggered.connect(lambda: self._emit_current(self.ignore_requested))
        # From the keyboard too: Ctrl+. fixes, Delete dismisses the selected finding.
        for action, keys in ((self.fix_action, "Ctrl+."), (self.ignore_action, "Delete")):
            action.setShortcut(QKeySequence(keys))
            action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
            self.tree.addAction(action)
        self.show_findings([])

    def repaint_all(self) -> None:
        """Rebuild every row (the colour scheme changed: rows carry their colours)."""
        self._rebuild()

    def show_findings(self, findings: list[Finding]) -> None:
        if findings == self.findings and self.tree.topLevelItemCount() > 0:
            return  # typing that changed no finding costs nothing here
        self.findings = findings
        counts = Counter(f.severity for f in findings)
        self.counts.setText(
            self.tr("Errors: {errors}  Warnings: {warnings}  Notes: {notes}").format(
                errors=counts[Severity.ERROR], warnings=counts[Severity.WARNING], notes=counts[Severity.INFO]
            )
            if findings else self.tr("No problems found")
        )
        if not self._patch():
            self._rebuild()

    def _rebuild(self) -> None:
        collapsed = {self.tree.topLevelItem(i).data(0, GROUP_ROLE) for i in range(self.tree.topLevelItemCount())
                     if not self.tree.topLevelItem(i).isExpanded()}
        self.tree.setUpdatesEnabled(False)
        self.tree.clear()
        groups: dict[str, QTreeWidgetItem] = {}
        children: dict[str, list[QTreeWidgetItem]] = {}
        make, group_of = self._item_factory()
        shown: list[tuple[Finding, str, QTreeWidgetItem]] = []
        for finding in sorted(self.findings, key=_display_order):
            name = group_of(finding)
            items = children.get(name)
            if items is None:
                group = QTreeWidgetItem([name])
                group.setData(0, GROUP_ROLE, name)
                groups[name] = group
                items = children[name] = []
            item = make(finding)
            items.append(item)
            shown.append((finding, name, item))
        for name, group in groups.items():
            group.addChildren(children[name])  # a group at a time: far cheaper than item by item
            group.setText(0, self._group_label(name, len(children[name])))
        self.tree.addTopLevelItems(list(groups.values()))
        for name, group in groups.items():
            group.setExpanded(name not in collapsed)
        self.tree.setUpdatesEnabled(True)
        self._shown, self._groups = shown, groups

    def _group_label(self, name: str, count: int) -> str:
        return self.tr("{name} ({count})").format(name=name, count=count)

    def _item_factory(self) -> tuple[Callable[[Finding], QTreeWidgetItem], Callable[[Finding], str]]:
        """(finding → its row, finding → its group's name), with icons and wording looked up once."""
        icons = {severity: self.style().standardIcon(pixmap) for severity, pixmap in SEVERITY_ICONS.items()}
        error_brush = QBrush(theme.color("error-text"))
        location = self.tr("Paragraph {number}")
        tooltip = self.tr("{severity}: {message}")
        labels = {s: QCoreApplication.translate("CheckerDock", label) for s, label in SEVERITY_LABELS.items()}
        by_rule = self.grouping.currentData() == "rule"
        opening = self.tr("(Opening)")  # the findings before the first heading
        titles = self.rule_titles

        def make(finding: Finding) -> QTreeWidgetItem:
            item = QTreeWidgetItem([finding.message, finding.excerpt, location.format(number=finding.paragraph + 1)])
            item.setIcon(0, icons[finding.severity])
            item.setToolTip(0, tooltip.format(severity=labels[finding.severity], message=finding.message))
            if finding.severity is Severity.ERROR:
                item.setForeground(0, error_brush)
            item.setData(0, FINDING_ROLE, finding)
            return item

        def group_of(finding: Finding) -> str:
            return titles.get(finding.rule, finding.rule) if by_rule else (finding.section or opening)

        return make, group_of

    def _patch(self) -> bool:
        """Change only the rows that differ from what is shown; False when a rebuild is due.

        A pause in typing changes the findings of one paragraph: the rows before and
        after it stay (a 500k report's 3,400 rows took 40–70 ms to rebuild each time),
        and so do the groups' expansion, scrolling and selection."""
        shown = self._shown
        if not shown or not self.findings or self.tree.topLevelItemCount() != len(self._groups):
            return False
        new = sorted(self.findings, key=_display_order)
        n_old, n_new = len(shown), len(new)
        limit = min(n_old, n_new)
        def same(a: Finding, b: Finding) -> bool:
            return a == b and a.fingerprint == b.fingerprint  # the row keeps its Finding (不是问题 uses it)

        head = 0
        while head < limit and same(shown[head][0], new[head]):
            head += 1
        tail = 0
        while tail < limit - head and same(shown[n_old - 1 - tail][0], new[n_new - 1 - tail]):
            tail += 1
        removed, added = shown[head:n_old - tail], new[head:n_new - tail]
        if len(removed) + len(added) > PATCH_MAX_ROWS:
            return False
        make, group_of = self._item_factory()
        names = [group_of(finding) for finding in added]
        if any(name not in self._groups for name in names):
            return False  # a new group: its place among the others is the rebuild's job
        self.tree.setUpdatesEnabled(False)
        touched = set()
        for _, name, item in removed:
            self._groups[name].removeChild(item)
            touched.add(name)
        result = shown[:head]
        for finding, name in zip(added, names):
            group = self._groups[name]
            index = 0
            for _, other_name, other in reversed(result):  # the row before it in the same group
                if other_name == name:
                    index = group.indexOfChild(other) + 1
                    break
            item = make(finding)
            group.insertChild(index, item)
            result.append((finding, name, item))
            touched.add(name)
        result.extend(shown[n_old - tail:])
        for name in touched:
            group = self._groups[name]
            if group.childCount() == 0:
                self.tree.takeTopLevelItem(self.tree.indexOfTopLevelItem(group))
                del self._groups[name]
            else:
                group.setText(0, self._group_label(name, group.childCount()))
        self.tree.setUpdatesEnabled(True)
        self._shown = result
        return True

    def _current_finding(self) -> Finding | None:
        item = self.tree.currentItem()
        value = item.data(0, FINDING_ROLE) if item else None
        return value if isinstance(value, Finding) else None

    def _emit_current(self, signal: Signal) -> None:
        finding = self._current_finding()
        if finding is not None:
            signal.emit(finding)

    def _activate(self, item: QTreeWidgetItem) -> None:
        finding = item.data(0, FINDING_ROLE)
        if isinstance(finding, Finding):
            self.finding_activated.emit(finding)

    def _context_menu(self, point: QPoint) -> None:
        item = self.tree.itemAt(point)
        if item is None and self.tree.currentItem() is not None:  # the Menu key: the selected row
            item = self.tree.currentItem()
            point = self.tree.visualItemRect(item).center()
        finding = item.data(0, FINDING_ROLE) if item else None
        if not isinstance(finding, Finding):
            return
        self.tree.setCurrentItem(item)
        menu = QMenu(self.tree)
        self.fix_action.setEnabled(finding.fix is not None)
        self.fix_action.setText(
            self.tr("Quick fix: change to “{fix}”").format(fix=finding.fix) if finding.fix
            else self.tr("Quick fix (none for this finding)")
        )
        menu.addAction(self.fix_action)
        menu.addAction(self.ignore_action)
        menu.exec(self.tree.viewport().mapToGlobal(point))
