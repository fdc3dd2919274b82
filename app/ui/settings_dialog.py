"""The settings dialog: edits a copy of the user's settings, returns it on OK.

Three tabs: General (language, autosave, backups, default report type, layout
profile), Editor (font and size), Checks (each rule on or off, and the one
threshold a rule may have). Applying the result is the window's job
(``app.ui.preferences``); this dialog only collects valid values, so the
settings it returns always pass ``Settings.set``.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QSpinBox,
    QTabWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.core.settings import Settings

RULE_ID_ROLE = Qt.ItemDataRole.UserRole


class SettingsDialog(QDialog):
    def __init__(
        self,
        settings: Settings,
        report_types: list[tuple[str, str]],
        profiles: list[tuple[str, str]],
        rules: list[Any],
        lang: str,
        parent: QWidget | None = None,
    ) -> None:
        """``report_types`` and ``profiles`` are (id, shown name) pairs; ``rules`` the
        checker's Rule objects (id, title(lang), threshold)."""
        super().__init__(parent)
        self.setWindowTitle(self.tr("Settings"))
        self.setObjectName("settingsDialog")
        self._settings = settings
        self._rules = rules
        self._lang = lang
        tabs = QTabWidget(self)
        tabs.addTab(self._general_tab(report_types, profiles), self.tr("&General"))
        tabs.addTab(self._editor_tab(), self.tr("&Editor"))
        tabs.addTab(self._checks_tab(), self.tr("&Checks"))
        self.tabs = tabs
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok
            | QDialogButtonBox.StandardButton.Cancel
            | QDialogButtonBox.StandardButton.RestoreDefaults,
            self,
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        buttons.button(QDialogButtonBox.StandardButton.RestoreDefaults).clicked.connect(self.restore_defaults)
        layout = QVBoxLayout(self)
        layout.addWidget(tabs)
        layout.addWidget(buttons)
        self.load(settings.values)
        self.resize(560, 520)

    # -- the tabs -------------------------------------------------------------------
    def _general_tab(self, report_types: list[tuple[str, str]], profiles: list[tuple[str, str]]) -> QWidget:
        page = QWidget(self)
        form = QFormLayout(page)
        self.language = QComboBox(page)
        self.language.addItem(self.tr("Follow the system"), "auto")
        self.language.addItem("中文", "zh")  # i18n: not UI text (a language's own name)
        self.language.addItem("English", "en")
        form.addRow(self.tr("&Language:"), self.language)
        self.language_note = QLabel(self.tr("A new language takes effect when Wengao is started again."), page)
        self.language_note.setWordWrap(True)
        self.language_note.setEnabled(False)
        form.addRow("", self.language_note)
        self.autosave = QDoubleSpinBox(page)
        self.autosave.setRange(1.0, 60.0)
        self.autosave.setSingleStep(0.5)
        self.autosave.setDecimals(1)
        self.autosave.setSuffix(self.tr(" s"))
        self.autosave.setToolTip(self.tr("While you type, unsaved changes reach the recovery journal at least this often."))
        form.addRow(self.tr("&Autosave at least every:"), self.autosave)
        self.backups = QSpinBox(page)
        self.backups.setRange(0, 50)
        self.backups.setToolTip(self.tr("How many earlier versions to keep beside the file when saving (0: none)."))
        form.addRow(self.tr("&Backups kept:"), self.backups)
        self.report_type = QComboBox(page)
        self.report_type.addItem(self.tr("(ask each time)"), None)
        for type_id, name in report_types:
            self.report_type.addItem(name, type_id)
        form.addRow(self.tr("Default report &type:"), self.report_type)
        self.profile = QComboBox(page)
        for profile_id, name in profiles:
            self.profile.addItem(name, profile_id)
        form.addRow(self.tr("Layout &profile for export:"), self.profile)
        return page

    def _editor_tab(self) -> QWidget:
        page = QWidget(self)
        form = QFormLayout(page)
        self.font_family = QComboBox(page)
        self.font_family.addItem(self.tr("Official-document faces (FangSong, headings HeiTi/KaiTi)"), None)
        for family in QFontDatabase.families(QFontDatabase.WritingSystem.SimplifiedChinese):
            if not QFontDatabase.isPrivateFamily(family):
                self.font_family.addItem(family, family)
        form.addRow(self.tr("Body &font:"), self.font_family)
        self.font_size = QSpinBox(page)
        self.font_size.setRange(9, 36)
        self.font_size.setSuffix(self.tr(" pt"))
        self.font_size.setToolTip(self.tr("16 pt is the body size of GB/T 9704 (三号); export always uses the layout profile."))
        form.addRow(self.tr("Font &size:"), self.font_size)
        return page

    def _checks_tab(self) -> QWidget:
        page = QWidget(self)
        layout = QVBoxLayout(page)
        layout.addWidget(QLabel(self.tr("Checks that run while you type (untick to switch one off):"), page))
        self.rule_tree = QTreeWidget(page)
        self.rule_tree.setHeaderLabels([self.tr("Check"), self.tr("Threshold")])
        self.rule_tree.setRootIsDecorated(False)
        self.threshold_boxes: dict[str, QDoubleSpinBox] = {}
        for rule in self._rules:
            item = QTreeWidgetItem(self.rule_tree, [rule.title(self._lang), ""])
            item.setData(0, RULE_ID_ROLE, rule.id)
            item.setToolTip(0, rule.id)
            spec = rule.threshold
            if spec is not None:
                box = QDoubleSpinBox(self.rule_tree)
                box.setRange(spec.minimum, spec.maximum)
                box.setSingleStep(spec.step)
                box.setDecimals(spec.decimals)
                box.setToolTip(spec.label(self._lang))
                box.setAccessibleName(spec.label(self._lang))
                holder = QWidget(self.rule_tree)
                row = QHBoxLayout(holder)
                row.setContentsMargins(0, 0, 0, 0)
                row.addWidget(QLabel(spec.label(self._lang), holder))
                row.addWidget(box)
                self.rule_tree.setItemWidget(item, 1, holder)
                self.threshold_boxes[rule.id] = box
        self.rule_tree.header().setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        layout.addWidget(self.rule_tree)
        return page

    # -- values in and out --------------------------------------------------------------
    def load(self, values: dict[str, Any]) -> None:
        _select(self.language, values["language"])
        self.autosave.setValue(float(values["autosave_seconds"]))
        self.backups.setValue(int(values["backup_count"]))
        _select(self.report_type, values["default_report_type"])
        _select(self.profile, values["layout_profile"])
        _select(self.font_family, values["editor_font_family"])
        self.font_size.setValue(int(values["editor_font_size"]))
        disabled = set(values["disabled_rules"])
        thresholds = values["rule_thresholds"]
        for index in range(self.rule_tree.topLevelItemCount()):
            item = self.rule_tree.topLevelItem(index)
            rule_id = item.data(0, RULE_ID_ROLE)
            item.setCheckState(0, Qt.CheckState.Unchecked if rule_id in disabled else Qt.CheckState.Checked)
        for rule in self._rules:
            if rule.id in self.threshold_boxes:
                value = thresholds.get(rule.id, rule.threshold.default)
                self.threshold_boxes[rule.id].setValue(rule.threshold.clamp(float(value)))

    def restore_defaults(self) -> None:
        self.load({name: Settings.default(name) for name in self._settings.values})

    def values(self) -> dict[str, Any]:
        """The edited settings, every one valid for ``Settings.set``."""
        disabled = []
        for index in range(self.rule_tree.topLevelItemCount()):
            item = self.rule_tree.topLevelItem(index)
            if item.checkState(0) != Qt.CheckState.Checked:
                disabled.append(item.data(0, RULE_ID_ROLE))
        thresholds = {}
        for rule in self._rules:
            box = self.threshold_boxes.get(rule.id)
            if box is not None and abs(box.value() - rule.threshold.default) > 1e-9:
                thresholds[rule.id] = int(box.value()) if rule.threshold.decimals == 0 else round(box.value(), 4)
        return {
            "language": self.language.currentData(),
            "autosave_seconds": round(self.autosave.value(), 1),
            "backup_count": self.backups.value(),
            "default_report_type": self.report_type.currentData(),
            "layout_profile": self.profile.currentData(),
            "editor_font_family": self.font_family.currentData(),
            "editor_font_size": self.font_size.value(),
            "disabled_rules": disabled,
            "rule_thresholds": thresholds,
        }


def _select(combo: QComboBox, data: Any) -> None:
    index = combo.findData(data)
    combo.setCurrentIndex(index if index >= 0 else 0)
