"""Qt translators for the window's language.

The language is decided once, at start-up, by :func:`app.core.lang.current_language`
after the settings' choice has been put into ``WENGAO_LANG`` (see
``app.ui.application``), so the window, the checker's messages and the import
errors always speak the same language.
"""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator


def translations_dir() -> Path:
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        return Path(bundle) / "i18n"
    shipped = Path(__file__).resolve().parents[1] / "_shipped" / "i18n"  # installed from a wheel (setup.py)
    if shipped.is_dir():
        return shipped
    return Path(__file__).resolve().parents[2] / "i18n"


def build_if_stale(folder: Path) -> None:
    """In a source checkout, compile the .ts files when their .qm is missing or older
    (the .qm files are build output, not committed): a fresh clone started any way
    at all shows the window in Chinese, not in the English source strings."""
    tool = folder / "tool.py"
    if getattr(sys, "_MEIPASS", None) or not tool.exists():
        return
    stale = [
        ts for ts in folder.glob("wengao_*.ts")
        if not ts.with_suffix(".qm").exists() or ts.with_suffix(".qm").stat().st_mtime < ts.stat().st_mtime
    ]
    if stale:
        import subprocess

        try:
            subprocess.run([sys.executable, str(tool), "build"], check=False, timeout=120, capture_output=True)
        except (OSError, subprocess.SubprocessError):
            pass  # without lrelease the window shows its English source strings


def qt_language(language: str) -> str:
    return "en" if language == "en" else "zh_CN"


def install_translators(app: QCoreApplication, language: str) -> list[QTranslator]:
    """Load Wengao's and Qt's own translations (the standard dialog buttons) for
    ``language`` ("zh" or "en"); returns them so the caller keeps them alive."""
    for old in getattr(app, "_wengao_translators", []):
        app.removeTranslator(old)
    name = qt_language(language)
    build_if_stale(translations_dir())
    installed: list[QTranslator] = []
    ours = QTranslator(app)
    if ours.load(str(translations_dir() / f"wengao_{name}.qm")):
        app.installTranslator(ours)
        installed.append(ours)
    if name != "en":
        qt_own = QTranslator(app)
        # qtbase_*, not the qt_* meta catalogue: that one also needs qtmultimedia_*.qm,
        # which PySide6-Essentials (the packaged build) does not have, and then loads nothing.
        if qt_own.load(QLocale(name), "qtbase", "_", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
            app.installTranslator(qt_own)
            installed.append(qt_own)
    app._wengao_translators = installed  # type: ignore[attr-defined]
    return installed
