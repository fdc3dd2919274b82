"""Chinese fonts: use the 公文 faces where the machine has them, a CJK face otherwise."""

from __future__ import annotations

from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication

# In order of preference; the first installed one wins.
BODY_FAMILIES = ("仿宋_GB2312", "仿宋", "FangSong", "STFangsong", "Noto Serif CJK SC", "Source Han Serif SC")  # i18n: not UI text
UI_FAMILIES = (
    "Microsoft YaHei UI", "Microsoft YaHei", "PingFang SC", "Noto Sans CJK SC", "Source Han Sans SC",
    "WenQuanYi Micro Hei", "WenQuanYi Zen Hei", "Droid Sans Fallback",
)


def first_installed(families: tuple[str, ...]) -> str | None:
    installed = set(QFontDatabase.families())
    return next((family for family in families if family in installed), None)


def apply_cjk_fallback(app: QApplication) -> None:
    """Make sure Chinese text never shows as boxes: prefer a CJK UI face."""
    family = first_installed(UI_FAMILIES)
    if family:
        font = app.font()
        font.setFamilies([family, *font.families()])
        app.setFont(font)


def body_font(point_size: float = 16.0) -> QFont:
    families = [f for f in (first_installed(BODY_FAMILIES), first_installed(UI_FAMILIES)) if f]
    font = QFont()
    if families:
        font.setFamilies(families)
    font.setPointSizeF(point_size)
    return font
