"""Light and dark, following the system.

Qt tells us the system's colour scheme (Windows, and on 统信UOS/麒麟 through the
desktop portal). Where the platform style does not turn dark by itself, the
Fusion style with a dark palette is used. Wengao's own colours (heading ink,
finding underlines, the outline's current row, the compare view) come from
:func:`color` at the moment they are drawn, so a scheme change repaints them
right; widgets that cache a colour listen to :func:`watch`.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication

# name → (light, dark)
_COLORS: dict[str, tuple[str, str]] = {
    "heading": ("#1f3a60", "#9cc3f0"),
    "error": ("#d0021b", "#ff6b6b"),
    "warning": ("#e08a00", "#f0a030"),
    "info": ("#2f7ed8", "#6aa8f0"),
    "error-text": ("#b00020", "#ff7a7a"),
    "current-row": ("#dbe8f7", "#2d3f55"),
    "diff-delete": ("#fbd4d4", "#5a2a2a"),
    "diff-insert": ("#d4f4d4", "#24452a"),
    "diff-header": ("#eef1f5", "#33383f"),
}


def is_dark() -> bool:
    app = QGuiApplication.instance()
    if app is None:
        return False
    scheme = QGuiApplication.styleHints().colorScheme()
    if scheme == Qt.ColorScheme.Dark:
        return True
    if scheme == Qt.ColorScheme.Light:
        return False
    return QGuiApplication.palette().color(QPalette.ColorRole.Window).lightness() < 128


def color(name: str) -> QColor:
    light, dark = _COLORS[name]
    return QColor(dark if is_dark() else light)


def dark_palette() -> QPalette:
    palette = QPalette()
    window, base, text = QColor("#2b2d30"), QColor("#1e1f22"), QColor("#dfe1e5")
    for group in (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive):
        palette.setColor(group, QPalette.ColorRole.Window, window)
        palette.setColor(group, QPalette.ColorRole.WindowText, text)
        palette.setColor(group, QPalette.ColorRole.Base, base)
        palette.setColor(group, QPalette.ColorRole.AlternateBase, QColor("#26282b"))
        palette.setColor(group, QPalette.ColorRole.Text, text)
        palette.setColor(group, QPalette.ColorRole.Button, window)
        palette.setColor(group, QPalette.ColorRole.ButtonText, text)
        palette.setColor(group, QPalette.ColorRole.ToolTipBase, QColor("#3c3f41"))
        palette.setColor(group, QPalette.ColorRole.ToolTipText, text)
        palette.setColor(group, QPalette.ColorRole.Highlight, QColor("#2f65ca"))
        palette.setColor(group, QPalette.ColorRole.HighlightedText, QColor("#ffffff"))
        palette.setColor(group, QPalette.ColorRole.Link, QColor("#6aa8f0"))
        palette.setColor(group, QPalette.ColorRole.PlaceholderText, QColor("#8c8f94"))
    disabled = QColor("#7a7d82")
    for role in (QPalette.ColorRole.WindowText, QPalette.ColorRole.Text, QPalette.ColorRole.ButtonText):
        palette.setColor(QPalette.ColorGroup.Disabled, role, disabled)
    palette.setColor(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Base, window)
    return palette


def apply_color_scheme(app: QApplication, dark: bool | None = None) -> None:
    """Make the widgets match the system's scheme (or ``dark`` when given) when
    the style did not do it."""
    if dark is None:
        dark = QGuiApplication.styleHints().colorScheme() == Qt.ColorScheme.Dark
    looks_dark = app.palette().color(QPalette.ColorRole.Window).lightness() < 128
    if dark and not looks_dark:
        app._wengao_style = app.style().name()  # type: ignore[attr-defined]
        app.setStyle("Fusion")
        app.setPalette(dark_palette())
    elif not dark and looks_dark and getattr(app, "_wengao_style", None):
        app.setStyle(app._wengao_style)  # type: ignore[attr-defined]
        app.setPalette(app.style().standardPalette())
        app._wengao_style = None  # type: ignore[attr-defined]


def follow_system(app: QApplication) -> None:
    apply_color_scheme(app)
    QGuiApplication.styleHints().colorSchemeChanged.connect(lambda _scheme: apply_color_scheme(app))


def watch(owner: QObject, repaint: Callable[[], None]) -> None:
    """Call ``repaint`` after each scheme change while ``owner`` lives."""
    hints = QGuiApplication.styleHints()
    connection = hints.colorSchemeChanged.connect(lambda _scheme: repaint())
    owner.destroyed.connect(lambda *_: hints.colorSchemeChanged.disconnect(connection))
