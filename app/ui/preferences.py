"""The user's settings in the running window: applied at start-up and after the dialog.

One place knows which part of the window each setting drives, so start-up and
"Settings… → OK" go through the same :meth:`Preferences.apply`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QMessageBox

from app.core.settings import Settings

if TYPE_CHECKING:
    from app.ui.main_window import MainWindow


class Preferences(QObject):
    def __init__(self, window: MainWindow, settings: Settings) -> None:
        super().__init__(window)
        self.window = window
        self.settings = settings

    def apply(self) -> None:
        """Push every setting into the parts of the window it drives."""
        window, values = self.window, self.settings.values
        window.checks.configure(values["disabled_rules"], values["rule_thresholds"])
        window.files.backup_count = values["backup_count"]
        window.files.default_report_type = values["default_report_type"]
        window.editor.set_body_font(values["editor_font_family"], values["editor_font_size"])
        if getattr(window, "autosave", None) is not None:
            window.autosave.set_max_delay(values["autosave_seconds"])

    def edit(self) -> bool:
        """Show the settings dialog; on OK save, apply and re-check. False if cancelled."""
        from app.checks.registry import all_rules
        from app.core.layout_profile import load_profiles
        from app.core.reporttypes import load_report_types
        from app.ui.settings_dialog import SettingsDialog

        lang = self.window.checks.lang
        types = [(t.id, t.name(lang)) for t in load_report_types()]
        profiles = [(p.id, p.name) for p in load_profiles()]
        dialog = SettingsDialog(self.settings, types, profiles, all_rules(), lang, self.window)
        if dialog.exec() != SettingsDialog.DialogCode.Accepted:
            return False
        old_language = self.settings["language"]
        for name, value in dialog.values().items():
            self.settings.set(name, value)
        try:
            self.settings.save()
        except OSError as error:
            QMessageBox.warning(
                self.window,
                self.tr("Settings"),
                self.tr("The settings could not be saved ({reason}). They apply until Wengao is closed.").format(
                    reason=error.strerror or error
                ),
            )
        self.apply()
        self.window.analysis.submit_now(force=True)
        if self.settings["language"] != old_language:
            QMessageBox.information(
                self.window, self.tr("Settings"), self.tr("The new language takes effect when Wengao is started again.")
            )
        return True
