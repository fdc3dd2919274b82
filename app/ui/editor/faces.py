"""How each paragraph role looks on screen: the 公文 faces where installed.

Level 1 黑体, level 2 楷体, levels 3–4 and body 仿宋, the title 小标宋 (GB/T 9704).
On a machine without those faces a CJK fallback is used and headings are set
bold so the structure stays visible.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from PySide6.QtGui import QFont, QTextCharFormat

from app.ui import theme
from app.ui.fonts import UI_FAMILIES, first_installed

HEITI = ("黑体", "SimHei", "方正黑体_GBK", "Noto Sans CJK SC", "Source Han Sans SC", "WenQuanYi Micro Hei")  # i18n: not UI text
KAITI = ("楷体_GB2312", "楷体", "KaiTi", "STKaiti", "AR PL UKai CN", "AR PL KaitiM GB")  # i18n: not UI text
FANGSONG = ("仿宋_GB2312", "仿宋", "FangSong", "STFangsong")  # i18n: not UI text
XIAOBIAOSONG = ("方正小标宋简体", "方正小标宋_GBK", "华文中宋", "STZhongsong", "宋体", "SimSun", "Noto Serif CJK SC")  # i18n: not UI text

TITLE_SCALE = 22 / 16  # 2号 over 3号


@dataclass(frozen=True)
class Face:
    families: tuple[str, ...]
    bold: bool
    color: str | None = None


@cache
def _resolve(preferred: tuple[str, ...]) -> tuple[str | None, bool]:
    """(family, is_fallback) for a face list."""
    family = first_installed(preferred)
    if family is not None:
        return family, False
    return first_installed(UI_FAMILIES), True


def heading_format(level: int) -> QTextCharFormat:
    """The character format for a heading's title span (levels 1–4)."""
    preferred = {1: HEITI, 2: KAITI}.get(level, FANGSONG)
    family, fallback = _resolve(preferred)
    fmt = QTextCharFormat()
    if family:
        fmt.setFontFamilies([family])
    if level == 1 or fallback and level == 2:
        fmt.setFontWeight(QFont.Weight.Bold)
    fmt.setForeground(theme.color("heading"))
    return fmt


def title_format(base_point_size: float) -> QTextCharFormat:
    family, _ = _resolve(XIAOBIAOSONG)
    fmt = QTextCharFormat()
    if family:
        fmt.setFontFamilies([family])
    fmt.setFontPointSize(base_point_size * TITLE_SCALE)
    fmt.setFontWeight(QFont.Weight.Bold)
    return fmt


def body_families() -> list[str]:
    family, _ = _resolve(FANGSONG)
    return [family] if family else []
