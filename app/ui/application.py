"""The Qt application: created here, and only here, so tests can build windows alone."""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QApplication

from app import __version__
from app.ui.fonts import apply_cjk_fallback


def create_application(argv: list[str] | None = None) -> QApplication:
    app = QApplication.instance() or QApplication(argv if argv is not None else sys.argv[:1])
    app.setApplicationName("Wengao")
    app.setApplicationDisplayName("文稿")
    app.setOrganizationName("wengao")
    app.setApplicationVersion(__version__)
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
