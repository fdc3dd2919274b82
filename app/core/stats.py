"""Counts for the status bar: characters as offices count them, pages at 22 × 28."""

from __future__ import annotations

import math
import re
from collections.abc import Iterable
from dataclasses import dataclass

LINES_PER_PAGE = 22
CHARS_PER_LINE = 28
FIRST_LINE_INDENT = 2

_HAN = re.compile(r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0002fa1f]")


@dataclass(frozen=True)
class TextStats:
    hanzi: int  # Chinese characters, punctuation and digits excluded (字数 as cadres quote it)
    characters: int  # every non-space character
    pages: int  # estimated A4 pages of 22 lines × 28 characters


_HALF_WIDTH = re.compile(r"[\x00-\xff\uff61-\uffdc]")
_SPACE = re.compile(r"\s")


def _display_width(text: str) -> float:
    """Width in full-width character cells (Latin letters and digits count ½)."""
    return len(text) - 0.5 * len(_HALF_WIDTH.findall(text))


def text_stats(paragraphs: Iterable[str]) -> TextStats:
    hanzi = characters = lines = 0
    for text in paragraphs:
        stripped = text.strip()
        hanzi += len(_HAN.findall(stripped))
        characters += len(stripped) - len(_SPACE.findall(stripped))
        if stripped:
            lines += max(1, math.ceil((_display_width(stripped) + FIRST_LINE_INDENT) / CHARS_PER_LINE))
    pages = math.ceil(lines / LINES_PER_PAGE) if lines else 0
    return TextStats(hanzi, characters, pages)
