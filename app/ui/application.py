"""The Qt application: created here, and only here, so tests can build windows alone."""

from __future__ import annotations

import os
import sys

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication

from app import __version__
from app.core.lang import LANG_ENV, current_language
from app.ui.fonts import apply_cjk_fallback
from app.ui.translation import install_translators


def choose_language(setting: str) -> str:
    """The settings' language unless it is "auto"; then WENGAO_LANG or the system's.

    The choice is written back into WENGAO_LANG so the Qt-free layers (checker
    messages, import errors) speak the same language as the window."""
    language = setting if setting in ("zh", "en") else current_language()
    os.environ[LANG_ENV] = language
    return language


def create_application(argv: list[str] | None = None, language_setting: str | None = None) -> QApplication:
    app = QApplication.instance() or QApplication(argv if argv is not None else sys.argv[:1])
    app.setApplicationName("Wengao")
    app.setOrganizationName("wengao")
    app.setApplicationVersion(__version__)
    if language_setting is None:
        from app import paths
        from app.core.settings import load_settings

        language_setting = load_settings(paths.config_dir())["language"]
    language = choose_language(language_setting)
    install_translators(app, language)
    app.setApplicationDisplayName(QCoreApplication.translate("Application", "Wengao"))
    apply_cjk_fallback(app)
    return app  # type: ignore[return-value]


def run_application(path: str | None = None) -> int:
    app = create_application()
    from app.ui.main_window import MainWindow

    window = MainWindow()
    window.show()
    recovered = window.offer_recovery()
    if path and not recovered:
        window.open_path(path)
    elif not recovered:
        window.show_welcome()
    return app.exec()
