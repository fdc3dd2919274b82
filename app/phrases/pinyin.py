"""Pinyin initials for search by 拼音首字母 (lgwh → 两个维护).

pypinyin takes ~0.3 s to import, so it is imported only when an entry's initials
are computed; they are stored in the database, and ``wengao check`` never gets here.
"""

from __future__ import annotations

from collections.abc import Iterable


def initials(text: str) -> str:
    """Lowercase initials of the Chinese characters, with Latin letters and digits kept."""
    return initials_many([text])[0]


def initials_many(texts: Iterable[str]) -> list[str]:
    try:
        from pypinyin import Style, lazy_pinyin
    except ImportError:  # pragma: no cover - pypinyin is a dependency; degrade to no pinyin search
        return ["" for _ in texts]
    out = []
    for text in texts:
        parts = lazy_pinyin(text, style=Style.FIRST_LETTER, errors="default")
        # Non-Chinese runs come back whole ("”abc12"): keep only their letters and digits.
        out.append("".join(ch for part in parts for ch in part.lower() if ch.isascii() and ch.isalnum()))
    return out
