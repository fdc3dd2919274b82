"""Chinese counting numerals as used in 公文 numbering (一 … 九十九 …)."""

from __future__ import annotations

import functools

_DIGITS = "零一二三四五六七八九"
_DIGIT_VALUE = {ch: i for i, ch in enumerate(_DIGITS)} | {"〇": 0, "两": 2}
_UNITS = {"十": 10, "百": 100, "千": 1000}

CHINESE_NUMERAL_CHARS = "零〇一二三四五六七八九十百千两"


@functools.lru_cache(maxsize=1024)
def chinese_to_int(text: str) -> int | None:
    """``"十二"`` → 12, ``"二十"`` → 20, ``"一百零三"`` → 103; None if not a numeral.

    Cached: the outline reads the same few numerals thousands of times (一是, 二是 …)."""
    if not text or any(ch not in _DIGIT_VALUE and ch not in _UNITS for ch in text):
        return None
    total = 0
    pending: int | None = None
    for ch in text:
        if ch in _DIGIT_VALUE:
            pending = _DIGIT_VALUE[ch]
        else:
            total += (1 if pending is None else pending) * _UNITS[ch]
            pending = None
    if pending is not None:
        total += pending
    return total


def int_to_chinese(number: int) -> str:
    """12 → ``"十二"``, 20 → ``"二十"``, 103 → ``"一百零三"`` (the counting form)."""
    if number < 0:
        raise ValueError("negative numbers have no counting form")
    if number < 10:
        return _DIGITS[number]
    if number < 20:
        return "十" + (_DIGITS[number - 10] if number > 10 else "")
    if number < 100:
        tens, ones = divmod(number, 10)
        return _DIGITS[tens] + "十" + (_DIGITS[ones] if ones else "")
    parts = []
    for unit_value, unit in ((1000, "千"), (100, "百")):
        if number >= unit_value:
            digit, number = divmod(number, unit_value)
            parts.append(_DIGITS[digit] + unit)
            if 0 < number < unit_value // 10:
                parts.append("零")
    if number >= 10:
        tens, ones = divmod(number, 10)
        parts.append(_DIGITS[tens] + "十" + (_DIGITS[ones] if ones else ""))
    elif number:
        parts.append(_DIGITS[number])
    return "".join(parts)
