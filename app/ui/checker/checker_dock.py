"""The checker panel: findings grouped by section or by rule, with fixes.

Clicking a finding selects its exact text in the editor; 快速修复 applies the
rule's fix; 不是问题 hides that finding for this document (stored with it).
"""

from __future__ import annotations

from collections import Counter

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QPoint, Qt, Signal
from PySide6.QtGui import QAction, QBrush
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
        self.fix_action = QAction(self.tr("Quick &Fix"), self.tree)
        self.fix_action.triggered.connect(lambda: self._emit_current(self.fix_requested))
        self.ignore_action = QAction(self.tr("&Not a Problem"), self.tree)
        self.ignore_action.triggered.connect(lambda: self._emit_current(self.ignore_requested))
        self.show_findings([])

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
        self._rebuild()

    def _group_name(self, finding: Finding) -> str:
        if self.grouping.currentData() == "rule":
            return self.rule_titles.get(finding.rule, finding.rule)
        return finding.section or self.tr("(Opening)")

    def _rebuild(self) -> None:
        collapsed = {self.tree.topLevelItem(i).data(0, GROUP_ROLE) for i in range(self.tree.topLevelItemCount())
                     if not self.tree.topLevelItem(i).isExpanded()}
        self.tree.setUpdatesEnabled(False)
        self.tree.clear()
        groups: dict[str, QTreeWidgetItem] = {}
        icons = {severity: self.style().standardIcon(pixmap) for severity, pixmap in SEVERITY_ICONS.items()}
        error_brush = QBrush(theme.color("error-text"))
        for finding in sorted(self.findings, key=lambda f: (f.paragraph, f.start, f.severity.rank)):
            name = self._group_name(finding)
            group = groups.get(name)
            if group is None:
                group = QTreeWidgetItem([name])
                group.setData(0, GROUP_ROLE, name)
                groups[name] = group
                self.tree.addTopLevelItem(group)
            location = self.tr("Paragraph {number}").format(number=finding.paragraph + 1)
            item = QTreeWidgetItem([finding.message, finding.excerpt, location])
            item.setIcon(0, icons[finding.severity])
            item.setToolTip(0, self.tr("{severity}: {message}").format(
                severity=QCoreApplication.translate("CheckerDock", SEVERITY_LABELS[finding.severity]),
                message=finding.message,
            ))
            if finding.severity is Severity.ERROR:
                item.setForeground(0, error_brush)
            item.setData(0, FINDING_ROLE, finding)
            group.addChild(item)
        for name, group in groups.items():
            group.setText(0, self.tr("{name} ({count})").format(name=name, count=group.childCount()))
            group.setExpanded(name not in collapsed)
        self.tree.setUpdatesEnabled(True)

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
