"""The Qt application: created here, and only here, so tests can build windows alone."""

from __future__ import annotations

import os
import sys

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

from app import __version__
from app.core.lang import LANG_ENV, current_language
from app.resources import resource_path
from app.ui.fonts import apply_cjk_fallback
from app.ui.theme import follow_system
from app.ui.translation import install_translators


def choose_language(setting: str) -> str:
    """The settings' language unless it is "auto"; then WENGAO_LANG or the system's.

    The choice is written back into WENGAO_LANG so the Qt-free layers (checker
    messages, import errors) speak the same language as the window."""
    language = setting if setting in ("zh", "en") else current_language()
    os.environ[LANG_ENV] = language
    return language


# How long a background thread (analysis, autosave, jieba) may keep the interpreter
# before the window gets it back. Python's default, 5 ms, is paid again at every
# hand-over inside one keystroke: at 500k characters 15 of 80 paced keystrokes
# took 21–100 ms while a check ran, against 3–5 of 80 at 0.5 ms (medians alike).
UI_SWITCH_INTERVAL_S = 0.0005


def create_application(argv: list[str] | None = None, language_setting: str | None = None) -> QApplication:
    sys.setswitchinterval(UI_SWITCH_INTERVAL_S)
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
    if not getattr(app, "_wengao_follows_system", False):  # tests create the app once, windows many times
        follow_system(app)
        app._wengao_follows_system = True  # type: ignore[attr-defined]
    app.setWindowIcon(app_icon())
    return app  # type: ignore[return-value]


def app_icon() -> QIcon:
    icon = QIcon()
    for size in (16, 32, 48, 128):
        icon.addFile(str(resource_path("icons", f"wengao-{size}.png")))
    icon.addFile(str(resource_path("icons", "wengao.png")))
    return icon


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
    if os.environ.get(SMOKE_ENV):
        _arm_smoke_test(app, window, path)
    return app.exec()


# Packaging smoke test (packaging/build_linux.sh): WENGAO_SMOKE_TEST=1 makes the
# window print one line once the file is loaded, checked in full and jieba is
# loaded, then quit (0); WENGAO_SMOKE_HOLD=S keeps it up S seconds more (for a
# screenshot). Exit 3 if that has not happened within WENGAO_SMOKE_TIMEOUT s (120).
SMOKE_ENV = "WENGAO_SMOKE_TEST"


def _arm_smoke_test(app: QApplication, window, path: str | None) -> None:
    from PySide6.QtCore import QTimer

    hold_ms = int(float(os.environ.get("WENGAO_SMOKE_HOLD", "0")) * 1000)
    poll = QTimer(app, interval=200)

    def finish(line: str, code: int) -> None:
        poll.stop()
        print(f"wengao smoke: {line}", flush=True)
        QTimer.singleShot(hold_ms if code == 0 else 0, lambda: app.exit(code))

    def check_done() -> None:
        analysis, words = window.last_analysis, window.checks.cut_if_loaded("坚持全面从严治党")  # i18n: not UI text
        if path and (analysis is None or not window.analysis.is_current(analysis) or getattr(analysis.checks, "pending", 0)):
            return
        if not words:
            return
        from app.phrases.pinyin import initials

        sections = f"{len(analysis.outline.headings())} sections, {len(analysis.checks or [])} findings" if path else "no file"
        finish(
            f"{os.path.basename(path or '')}: {sections}; jieba {'/'.join(words)}; pypinyin {initials('两个维护')}; "  # i18n: not UI text
            f"translations {','.join(os.path.basename(t.filePath()) for t in getattr(app, '_wengao_translators', []))}; "
            f"font {app.font().family()}; "
            f"platform {app.platformName()}",
            0,
        )

    poll.timeout.connect(check_done)
    poll.start()
    timeout_ms = int(float(os.environ.get("WENGAO_SMOKE_TIMEOUT", "120")) * 1000)
    QTimer.singleShot(timeout_ms, lambda: finish(f"timed out after {timeout_ms // 1000} s", 3))
