"""halfwidth-punctuation: ``, ; : ? ! ( )`` touching Chinese text (warning).

Not flagged: numbers (``1,000``, ``10:30``), URLs and e-mail addresses, Latin
text, and a half-width bracket marker at the paragraph start (``(1)``), which is
the numbering rule's business.
"""

from __future__ import annotations

import re

from app.checks.finding import Hit, Severity
from app.checks.rule import CheckContext, ParagraphRule
from app.checks.textutil import CJK, CJK_PUNCT

_FULL = {",": "，", ";": "；", ":": "：", "?": "？", "!": "！", "(": "（", ")": "）"}
_MARK = re.compile(r"[,;:?!()]")
_SKIP = re.compile(r"(?:https?|ftp)://[^\s\u3000-\u303f\uff00-\uffef\u4e00-\u9fff]+|www\.[^\s\u4e00-\u9fff，。]+|[\w.+-]+@[\w-]+\.[\w.]+")
_LEADING_MARKER = re.compile(r"^[\s\u3000]*\([\d一二三四五六七八九十]{1,3}\)")
_CHINESE = re.compile(f"[{CJK}{re.escape(CJK_PUNCT)}]")


def _chinese_side(text: str, pos: int, step: int) -> bool:
    i = pos + step
    while 0 <= i < len(text) and text[i] in " \u3000":
        i += step
    return 0 <= i < len(text) and _CHINESE.match(text[i]) is not None


class HalfwidthPunctuationRule(ParagraphRule):
    id = "halfwidth-punctuation"
    severity = Severity.WARNING
    title_zh = "中文中使用半角标点"
    title_en = "Half-width punctuation in Chinese text"
    help_zh = "中文句子里用了半角标点（, ; : ? ! ( )），公文应使用全角标点。"
    help_en = "Half-width punctuation ( , ; : ? ! ( ) ) touching Chinese text; official documents use full-width marks."

    def check(self, text: str, ctx: CheckContext) -> list[Hit]:
        if not _MARK.search(text):
            return []
        skip = [(m.start(), m.end()) for m in _SKIP.finditer(text)]
        lead = _LEADING_MARKER.match(text)
        if lead:
            skip.append((0, lead.end()))
        hits = []
        for m in _MARK.finditer(text):
            pos = m.start()
            if any(a <= pos < b for a, b in skip):
                continue
            ch = m.group(0)
            if ch in ",:" and pos > 0 and pos + 1 < len(text) and text[pos - 1].isdigit() and text[pos + 1].isdigit():
                continue
            if ch == "(":
                chinese = _chinese_side(text, pos, -1) or _inner_chinese(text, pos, +1)
            elif ch == ")":
                chinese = _chinese_side(text, pos, +1) or _inner_chinese(text, pos, -1)
            else:
                chinese = _chinese_side(text, pos, -1) or _chinese_side(text, pos, +1)
            if chinese:
                full = _FULL[ch]
                hits.append(Hit(pos, pos + 1, ctx.msg(f"中文中应使用全角“{full}”", f"Use the full-width “{full}” in Chinese text"), fix=full))
        return hits


def _inner_chinese(text: str, pos: int, step: int) -> bool:
    """For brackets: Chinese inside them counts too: (试行)."""
    return _chinese_side(text, pos, step)
